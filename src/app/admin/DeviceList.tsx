import { useCallback } from 'preact/hooks';
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
 * The devices an account is signed in on. Revoking one (a lost phone) signs it out; it wipes
 * its local data the next time it reaches the server.
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
              <span class="muted">
                {t('admin.lastUsed', {
                  when: formatDateTime(new Date(session.lastUsedAt), language),
                })}
              </span>
            </span>
            <Button type="button" onClick={() => void act(() => api.revokeSession(session.id))}>
              {t('admin.revokeDevice')}
              <span class="visually-hidden"> {session.deviceLabel}</span>
            </Button>
          </li>
        ))}
      </ul>
      {active.length > 1 && (
        <Button type="button" onClick={() => void act(() => api.revokeAllSessions(userId))}>
          {t('admin.revokeAll')}
        </Button>
      )}
    </section>
  );
}
