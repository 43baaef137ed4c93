import type { Kern } from '../../../shared/reference-data.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { describedBy, Field } from './TextField.tsx';
import { Select } from './Select.tsx';

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
    <Field id={props.id} label={t('visit.kern')} error={props.error}>
      <Select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, undefined, props.error)}
      >
        {props.allLabel !== undefined && <option value="">{props.allLabel}</option>}
        {props.kernen.map((kern) => (
          <option key={kern.id} value={kern.id}>
            {kern.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
