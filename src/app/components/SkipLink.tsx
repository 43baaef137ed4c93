import { useI18n } from '../i18n/i18n.tsx';

export function SkipLink() {
  const { t } = useI18n();
  return (
    <a class="nl-skip-link nl-skip-link--visible-on-focus" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}
