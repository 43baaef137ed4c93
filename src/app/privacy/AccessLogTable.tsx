import type { AccessLogLine } from '../../shared/privacy/privacy-api.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { usePrivacyText } from './privacy-text.ts';

/**
 * Who received a person's data, per day (the server's access log). Four columns are wider than
 * a 320 px screen: the table scrolls in its own region (keyboard-focusable), never the page
 * (WCAG 1.4.10).
 */
export function AccessLogTable({ lines }: { lines: readonly AccessLogLine[] }) {
  const { t, language } = usePrivacyText();
  if (lines.length === 0) return <p class="muted">{t('privacy.accessEmpty')}</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t('privacy.accessTitle')}>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('privacy.accessDay')}</th>
            <th scope="col">{t('privacy.accessWho')}</th>
            <th scope="col">{t('privacy.accessHow')}</th>
            <th scope="col">{t('privacy.accessRows')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.day}:${line.userId}:${line.via}`}>
              <td>{formatCivilDate(line.day, language)}</td>
              <td>{line.userName}</td>
              <td>{t(line.via === 'pull' ? 'privacy.viaPull' : 'privacy.viaExport')}</td>
              <td>{line.rows}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
