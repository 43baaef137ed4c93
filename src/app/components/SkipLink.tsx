import { useI18n } from '../i18n/i18n.tsx';

export function SkipLink() {
  const { t } = useI18n();
  return (
    <a class="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}
