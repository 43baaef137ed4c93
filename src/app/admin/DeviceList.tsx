import { plural } from '../i18n/plural.ts';
import { useCallback } from 'preact/hooks';
import type { DeviceSession } from '../../shared/auth-api.ts';
import { formatDateTime } from '../../shared/dutch-format.ts';
import { useFailureText } from '../auth/useFailureText.ts';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { useAdminText } from '../i18n/admin-text.ts';
import { useAdminApi } from './useAdminApi.ts';
import { useRemote } from './useRemote.ts';
import { useServerAction } from './useServerAction.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';

/**
 * The devices an account is signed in on, each with what it last said it had not sent yet.
 * Revoking one (a lost phone) signs it out; the next time it reaches the server it wipes its
 * local data, or, with changes unsent, keeps them until its user exported them or sent them
 * for review (Beheer → Ter controle). Revoked devices that still had changes stay listed.
 */
export function DeviceList({ userId }: { userId: string }) {
  const { t, language } = useAdminText();
  const api = useAdminApi();
  const failureText = useFailureText();
  const sessions = useRemote(useCallback(() => api.sessions(userId), [api, userId]));
  const { failure, act } = useServerAction(sessions.reload);
  const active = (sessions.data ?? []).filter(
    (s) => s.revokedAt === null && s.expiresAt > Date.now(),
  );
  const revokedWithUnsent = (sessions.data ?? []).filter(
    (s) => s.revokedAt !== null && (s.unsent?.count ?? 0) > 0,
  );
  const when = (at: number) => formatDateTime(new Date(at), language);
  const unsentLine = (session: DeviceSession) =>
    session.unsent && session.unsent.count > 0 ? (
      <>
        <br />
        <span data-testid="device-unsent">
          {t(plural(session.unsent.count, 'admin.unsentOne', 'admin.unsent'), {
            count: String(session.unsent.count),
            when: when(session.unsent.reportedAt),
          })}
        </span>
      </>
    ) : null;

  return (
    <section class="screen-section" aria-labelledby="devices-title">
      <Heading level={2} id="devices-title">
        {t('admin.devices')}
      </Heading>
      <FormMessage
        text={failure ?? (sessions.error ? failureText(sessions.error) : undefined)}
        kind="error"
      />
      {sessions.data && active.length === 0 && <Paragraph muted>{t('admin.noDevices')}</Paragraph>}
      <ul class="plain-list">
        {active.map((session) => (
          <li key={session.id} class="list-row">
            <span>
              {session.deviceLabel}
              <br />
              <span class="muted">{t('admin.lastUsed', { when: when(session.lastUsedAt) })}</span>
              {unsentLine(session)}
            </span>
            <Button type="button" onClick={() => void act(() => api.revokeSession(session.id))}>
              {t('admin.revokeDevice')}
              <span class="visually-hidden"> {session.deviceLabel}</span>
            </Button>
          </li>
        ))}
      </ul>
      {revokedWithUnsent.length > 0 && (
        <>
          <Heading level={3}>{t('admin.revokedWithUnsent')}</Heading>
          <ul class="plain-list">
            {revokedWithUnsent.map((session) => (
              <li key={session.id} class="list-row">
                <span>
                  {session.deviceLabel}
                  <br />
                  <span class="muted">
                    {t('admin.revokedAt', { when: when(session.revokedAt ?? 0) })}
                  </span>
                  {unsentLine(session)}
                  {session.delivered && (
                    <>
                      <br />
                      <a class="nl-link" href="/beheer/quarantaine">
                        {t('admin.deliveredForReview')}
                      </a>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {active.length > 1 && (
        <Button type="button" onClick={() => void act(() => api.revokeAllSessions(userId))}>
          {t('admin.revokeAll')}
        </Button>
      )}
    </section>
  );
}
