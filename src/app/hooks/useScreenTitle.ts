import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.tsx';

/** Sets the tab title, so screen readers and the task switcher say which screen this is. */
export function useScreenTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}
