import { plural } from '../i18n/plural.ts';
import { useEffect, useState } from 'preact/hooks';
import { countUnsentChanges, openUserDatabase } from '../../db/user-data.ts';
import type { RevokedDevice } from '../../db/session-storage.ts';
import { formatDateTime } from '../../shared/dutch-format.ts';
import { ApiError } from '../../sync/api-client.ts';
import { DELIVERY_FAILURES, useRevokedText } from '../i18n/revoked-text.ts';
import { Checkbox } from '../components/form/Checkbox.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { Alert } from '../components/nlds/Alert.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { Screen } from '../components/Screen.tsx';
import { deliverUnsent, markExported } from '../../sync/revoked-device.ts';
import { exportUnsent } from '../sync/export-unsent.ts';
import { useAuth } from './auth-context.tsx';
import { useFailureText } from './useFailureText.ts';

/**
 * A beheerder signed this device out while changes on it were not sent yet. Nothing is wiped
 * without the user: they export the changes, send them once to the server for a beheerder
 * to review, and then wipe; or wipe anyway after confirming that the changes go.
 */
export function RevokedScreen({ userId, revoked }: { userId: string; revoked: RevokedDevice }) {
  const { t, language } = useRevokedText();
  const { client } = useAuth();
  const failureText = useFailureText();
  // Read once: nothing can be typed or sent while this screen stands.
  const [unsent, setUnsent] = useState<number>();
  useEffect(() => void countUnsentChanges(userId).then(setUnsent), [userId]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [wipeAnyway, setWipeAnyway] = useState(false);
  const count = unsent === undefined ? undefined : String(unsent);
  const safe = revoked.exported || revoked.delivered;

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      const own = error instanceof ApiError ? DELIVERY_FAILURES[error.reason] : undefined;
      setFailure(own ? t(own) : failureText(error));
    } finally {
      setBusy(false);
    }
  };
  const exportFile = () =>
    act(async () => {
      await exportUnsent(await openUserDatabase(userId));
      await markExported(client);
    });

  return (
    <Screen title={t('revoked.title')}>
      <Alert type="warning">
        <Paragraph>
          {t('revoked.intro', { time: formatDateTime(new Date(revoked.at), language) })}
        </Paragraph>
        {count !== undefined && (
          <Paragraph>
            <strong data-testid="revoked-unsent">
              {t(plural(count, 'revoked.unsentOne', 'revoked.unsent'), { count })}
            </strong>
          </Paragraph>
        )}
      </Alert>
      <FormMessage text={failure} kind="error" />

      <section class="screen-section" aria-labelledby="revoked-export">
        <Heading level={2} id="revoked-export">
          {t('revoked.exportTitle')}
        </Heading>
        <Paragraph>{t('revoked.exportHint')}</Paragraph>
        <Button type="button" disabled={busy} onClick={() => void exportFile()}>
          {t('revoked.export')}
        </Button>
        {revoked.exported && <Paragraph role="status">{t('revoked.exported')}</Paragraph>}
      </section>

      <section class="screen-section" aria-labelledby="revoked-deliver">
        <Heading level={2} id="revoked-deliver">
          {t('revoked.deliverTitle')}
        </Heading>
        <Paragraph>{t('revoked.deliverHint')}</Paragraph>
        {revoked.delivered ? (
          <Paragraph role="status">{t('revoked.delivered')}</Paragraph>
        ) : (
          <Button
            type="button"
            disabled={busy}
            onClick={() => void act(() => deliverUnsent(client))}
          >
            {t('revoked.deliver')}
          </Button>
        )}
      </section>

      <section class="screen-section" aria-labelledby="revoked-wipe">
        <Heading level={2} id="revoked-wipe">
          {t('revoked.wipeTitle')}
        </Heading>
        {!safe && count !== undefined && (
          <Checkbox
            label={t(plural(count, 'revoked.wipeAnywayOne', 'revoked.wipeAnyway'), { count })}
            checked={wipeAnyway}
            onChange={(event) => setWipeAnyway(event.currentTarget.checked)}
          />
        )}
        <Button
          appearance="primary"
          type="button"
          disabled={busy || !(safe || wipeAnyway)}
          onClick={() => void act(() => client.wipeRevoked())}
        >
          {t('revoked.wipe')}
        </Button>
      </section>
    </Screen>
  );
}
