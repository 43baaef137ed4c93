import { makesKernCycle } from '../../shared/kern-tree.ts';
import type { Kern } from '../../shared/reference-data.ts';
import { Field } from '../components/form/TextField.tsx';
import { Select } from '../components/form/Select.tsx';
import { useAdminText } from '../i18n/admin-text.ts';

/**
 * The village an existing kern belongs to. Offers only villages that keep the kernen a tree:
 * never the kern itself or a kern below it (the server refuses those too, with 'kern-cycle').
 */
export function KernParentSelect({
  kern,
  kernen,
  onChange,
}: {
  kern: Kern;
  kernen: Kern[];
  onChange: (parentId: string | null) => void;
}) {
  const { t } = useAdminText();
  const id = `kern-parent-${kern.id}`;
  const options = kernen.filter(
    (other) =>
      (other.kind === 'dorp' || other.id === kern.parentId) &&
      !makesKernCycle(kernen, kern.id, other.id),
  );
  return (
    <Field
      id={id}
      label={
        <>
          {t('admin.kernParent')}
          <span class="visually-hidden"> ({kern.name})</span>
        </>
      }
    >
      <Select
        id={id}
        value={kern.parentId ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
      >
        <option value="">{t('admin.noParent')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
