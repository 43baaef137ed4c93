import type { Kern } from '../../../shared/reference-data.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * The labelled choice of a kern, used by every form and filter. `allLabel` adds a first
 * option with the empty value (a filter's "Alle kernen").
 */
export function KernSelect(props: {
  id: string;
  kernen: Kern[];
  value: string;
  onChange: (kernId: string) => void;
  allLabel?: string;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={props.id}>{t('visit.kern')}</label>
      {props.error && <p class="field-error">{props.error}</p>}
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.allLabel !== undefined && <option value="">{props.allLabel}</option>}
        {props.kernen.map((kern) => (
          <option key={kern.id} value={kern.id}>
            {kern.name}
          </option>
        ))}
      </select>
    </div>
  );
}
