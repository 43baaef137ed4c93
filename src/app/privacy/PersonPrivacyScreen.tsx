import { useCallback, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso/router';
import { personById } from '../../db/queries/kern-queries.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { exportHtml } from '../../shared/privacy/export-html.ts';
import type { PersonExport } from '../../shared/privacy/privacy-api.ts';
import { mayActOnPersonRights } from '../../shared/permissions/account.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { useFailureText } from '../auth/useFailureText.ts';
import { useRemote } from '../admin/useRemote.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { Alert } from '../components/nlds/Alert.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useOnline } from '../hooks/useOnline.ts';
import { AccessLogTable } from './AccessLogTable.tsx';
import { downloadText } from '../components/download-file.ts';
import { EraseSection } from './EraseSection.tsx';
import { usePrivacyText } from './privacy-text.ts';
import { usePrivacyClient } from './usePrivacyClient.ts';

/**
 * A person's AVG rights in one place: the export of everything held (inzage), who received
 * their data (the access log), and the erasure. For a beheerder and the connectors of the
 * person's kern (account.ts, mayActOnPersonRights); the server checks the same rule.
 */
export function PersonPrivacyScreen() {
  const { t } = usePrivacyText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const { state } = useAuth();
  const online = useOnline();
  const client = usePrivacyClient();
  const failureText = useFailureText();
  const live = useLive(() => personById(db, id), [db, id]);
  const [exportState, setExportState] = useState<{ error?: string; done?: boolean }>({});
  const [erased, setErased] = useState<{ message: string; kernId: string }>();
  const person = live.status === 'ready' ? live.value : undefined;
  const account = state.status === 'signed-in' ? state.user : null;
  const allowed = person && account ? mayActOnPersonRights(account, person.kernId) : false;
  const access = useRemote(
    useCallback(() => (allowed ? client.access(id) : Promise.resolve([])), [allowed, client, id]),
  );
  if (erased) {
    return (
      <Screen title={t('privacy.eraseTitle')}>
        <FormMessage text={erased.message} kind="success" />
        <p>
          <a class="nl-link" href={`/kernen/${erased.kernId}`}>
            {t('privacy.backToKern')}
          </a>
        </p>
      </Screen>
    );
  }
  if (live.status !== 'ready') return null;
  if (!person || !account) {
    return (
      <Screen title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
      </Screen>
    );
  }
  const title = t('privacy.title', { name: person.name });
  if (!allowed) {
    return (
      <Screen title={title}>
        <p>{t('privacy.notAllowed')}</p>
      </Screen>
    );
  }

  const download = async (format: 'html' | 'json') => {
    setExportState({});
    try {
      const data = (await client.exportData(person.id)) as PersonExport;
      const base = `gegevens-${municipalToday(Date.now())}`;
      if (format === 'html') downloadText(`${base}.html`, 'text/html', exportHtml(data));
      else downloadText(`${base}.json`, 'application/json', JSON.stringify(data, null, 2));
      setExportState({ done: true });
    } catch (error) {
      setExportState({ error: failureText(error) });
    }
  };

  return (
    <Screen title={title}>
      {!online && <Alert type="warning">{t('privacy.needsConnection')}</Alert>}
      <ScreenSection title={t('privacy.exportTitle')} emptyText="">
        <p>{t('privacy.exportIntro')}</p>
        <FormMessage text={exportState.error} kind="error" />
        <FormMessage text={exportState.done ? t('privacy.exportDone') : undefined} kind="success" />
        <div class="button-row">
          <Button type="button" onClick={() => void download('html')}>
            {t('privacy.exportHtml')}
          </Button>
          <Button type="button" onClick={() => void download('json')}>
            {t('privacy.exportJson')}
          </Button>
        </div>
      </ScreenSection>
      <ScreenSection title={t('privacy.accessTitle')} emptyText="">
        <p>{t('privacy.accessIntro')}</p>
        {access.error !== undefined && (
          <FormMessage text={failureText(access.error)} kind="error" />
        )}
        {access.data && <AccessLogTable lines={access.data} />}
      </ScreenSection>
      <EraseSection
        person={person}
        userId={account.id}
        onErased={(message) => setErased({ message, kernId: person.kernId })}
      />
    </Screen>
  );
}
