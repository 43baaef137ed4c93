import { useAuth } from '../auth/auth-context.tsx';
import { Screen } from '../components/Screen.tsx';
import { useKernen } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { KERN_KIND_LABELS } from '../admin/labels.ts';
import { Paragraph } from '../components/nlds/Paragraph.tsx';

/**
 * The active kernen as links, the connector's own first. `current`: the kern shown beside
 * this list (a laptop's split view), marked as the current page.
 */
export function KernLinks({ current }: { current?: string }) {
  const { t } = useRecordText();
  const { state } = useAuth();
  const mine = state.status === 'signed-in' ? state.user.kernIds : [];
  const kernen = useKernen()
    .filter((kern) => kern.active)
    .sort(
      (a, b) =>
        Number(mine.includes(b.id)) - Number(mine.includes(a.id)) ||
        a.name.localeCompare(b.name, 'nl'),
    );
  if (kernen.length === 0) return <Paragraph muted>{t('kernen.empty')}</Paragraph>;
  return (
    <ul class="plain-list">
      {kernen.map((kern) => (
        <li key={kern.id} class="list-row">
          <span>
            <a
              class="nl-link item-title"
              href={`/kernen/${kern.id}`}
              aria-current={kern.id === current ? 'page' : undefined}
            >
              {kern.name}
            </a>
            <span class="item-meta muted">
              {t(KERN_KIND_LABELS[kern.kind])}
              {mine.includes(kern.id) && ` · ${t('kernen.mine')}`}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The kernen: the connector's own first, then the others (whose organisations they may read). */
export default function KernenScreen() {
  const { t } = useRecordText();
  return (
    <Screen title={t('kernen.title')}>
      <KernLinks />
    </Screen>
  );
}
