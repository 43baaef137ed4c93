import { useState } from 'preact/hooks';
import { formatDateTime } from '../../shared/dutch-format.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A fresh one-time setup link, to hand over in person or by a trusted channel. It is shown
 * once: the server keeps only its hash.
 */
export function SetupLinkBox({ link, expiresAt }: { link: string; expiresAt: number }) {
  const { t, language } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  };
  return (
    <div class="setup-link" role="status">
      <p>{t('admin.setupLinkIntro', { until: formatDateTime(new Date(expiresAt), language) })}</p>
      <label for="setup-link">{t('admin.setupLink')}</label>
      <input
        id="setup-link"
        type="text"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" class="button" onClick={() => void copy()}>
        {copied ? t('admin.copied') : t('admin.copy')}
      </button>
    </div>
  );
}
