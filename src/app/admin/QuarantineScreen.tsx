import { plural } from '../i18n/plural.ts';
import { useCallback } from 'preact/hooks';
import { formatDateTime } from '../../shared/dutch-format.ts';
import type { QuarantineEntry } from '../../shared/quarantine-api.ts';
import { useFailureText } from '../auth/useFailureText.ts';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { useAdminText } from '../i18n/admin-text.ts';
import { AdminNav } from './AdminNav.tsx';
import { useAdminApi } from './useAdminApi.ts';
import { useRemote } from './useRemote.ts';
import { useServerAction } from './useServerAction.ts';

/**
 * Beheer → Ter controle: the outboxes revoked devices sent in (src/shared/quarantine-api.ts).
 * Accepting applies them as the account's own push (the permission model decides each
 * change; refusals are counted); discarding drops them. The server logs both.
 */
export default function QuarantineScreen() {
  const { t } = useAdminText();
  const api = useAdminApi();
  const failureText = useFailureText();
  const entries = useRemote(useCallback(() => api.quarantine(), [api]));
  const { failure, act } = useServerAction(entries.reload);

  return (
    <Screen title={t('admin.quarantine')}>
      <AdminNav />
      <Paragraph lead>{t('admin.quarantineIntro')}</Paragraph>
      <FormMessage
        text={failure ?? (entries.error ? failureText(entries.error) : undefined)}
        kind="error"
      />
      {entries.data?.length === 0 && <Paragraph muted>{t('admin.quarantineEmpty')}</Paragraph>}
      {entries.data?.map((entry) => (
        <Delivery
          key={entry.id}
          entry={entry}
          onAccept={() => void act(() => api.acceptQuarantined(entry.id))}
          onDiscard={() => void act(() => api.discardQuarantined(entry.id))}
        />
      ))}
    </Screen>
  );
}

function Delivery({
  entry,
  onAccept,
  onDiscard,
}: {
  entry: QuarantineEntry;
  onAccept: () => void;
  onDiscard: () => void;
}) {
  const { t, language } = useAdminText();
  const when = (at: number) => formatDateTime(new Date(at), language);
  const titleId = `delivery-${entry.id}`;
  return (
    <section class="screen-section" aria-labelledby={titleId} data-testid="quarantine-entry">
      <Heading level={2} id={titleId}>
        {t('admin.quarantineFrom', {
          name: entry.userName,
          device: entry.deviceLabel,
          when: when(entry.deliveredAt),
        })}
      </Heading>
      <Paragraph>
        {t(plural(entry.count, 'admin.quarantineCountOne', 'admin.quarantineCount'), {
          count: String(entry.count),
        })}
      </Paragraph>
      {entry.changes.length > 0 && (
        <ul class="plain-list">
          {entry.changes.map((change) => (
            <li key={change.id}>
              {t('admin.quarantineChange', {
                kind: change.kind,
                table: change.table,
                record: change.recordId,
              })}
            </li>
          ))}
        </ul>
      )}
      {entry.decision === null ? (
        <div class="button-row">
          <Button appearance="primary" type="button" onClick={onAccept}>
            {t('admin.quarantineAccept')}
          </Button>
          <Button type="button" onClick={onDiscard}>
            {t('admin.quarantineDiscard')}
          </Button>
        </div>
      ) : (
        <Paragraph role="status">
          {entry.decision.kind === 'accepted'
            ? t('admin.quarantineAccepted', {
                when: when(entry.decision.at),
                applied: String(entry.outcome?.applied ?? 0),
                rejected: String(entry.outcome?.rejected ?? 0),
              })
            : t('admin.quarantineDiscarded', { when: when(entry.decision.at) })}
        </Paragraph>
      )}
    </section>
  );
}
