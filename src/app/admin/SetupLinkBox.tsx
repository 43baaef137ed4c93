import { useState } from 'preact/hooks';
import { formatDateTime } from '../../shared/dutch-format.ts';
import { useAdminText } from '../i18n/admin-text.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Textbox } from '../components/form/Textbox.tsx';

/**
 * A fresh one-time setup link, to hand over in person or by a trusted channel. It is shown
 * once: the server keeps only its hash.
 */
export function SetupLinkBox({ link, expiresAt }: { link: string; expiresAt: number }) {
  const { t, language } = useAdminText();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  };
  return (
    <div class="setup-link" role="status">
      <Paragraph>
        {t('admin.setupLinkIntro', { until: formatDateTime(new Date(expiresAt), language) })}
      </Paragraph>
      <Field id="setup-link" label={t('admin.setupLink')}>
        <Textbox
          id="setup-link"
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
      </Field>
      <Button type="button" onClick={() => void copy()}>
        {copied ? t('admin.copied') : t('admin.copy')}
      </Button>
    </div>
  );
}
