import { MEMBERSHIP_ROLES, type Membership } from '../../shared/records/person.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import { Select } from '../components/form/Select.tsx';
import { describedBy, Field, TextField } from '../components/form/TextField.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { useRecordText } from '../i18n/record-text.ts';
import { MEMBERSHIP_ROLE_LABELS } from './labels.ts';

type Role = (typeof MEMBERSHIP_ROLES)[number];

/**
 * A person's roles in organisations, each with its dates. A role that ended gets an end date
 * and stays (boards change; the history is worth keeping); "weghalen" is for a role entered
 * by mistake. A dissolved organisation is not offered for a new role.
 */
export function MembershipFields(props: {
  memberships: Membership[];
  organisations: Organisation[];
  problems: Record<string, string>;
  onChange: (memberships: Membership[]) => void;
}) {
  const { t } = useRecordText();
  const { memberships, onChange } = props;
  const change = (index: number, changes: Partial<Membership>) =>
    onChange(memberships.map((m, i) => (i === index ? { ...m, ...changes } : m)));
  return (
    <section class="screen-section" aria-labelledby="memberships-title">
      <Heading level={2} id="memberships-title">
        {t('person.roles')}
      </Heading>
      {props.problems['memberships'] && !memberships.length && (
        <p class="utrecht-form-field-error-message">{props.problems['memberships']}</p>
      )}
      {memberships.length === 0 && <Paragraph muted>{t('person.noRoles')}</Paragraph>}
      {memberships.map((membership, index) => {
        const n = String(index + 1);
        const problem = (field: keyof Membership) =>
          props.problems[`memberships.${index}.${field}`];
        const organisationId = `membership-${n}-organisation`;
        const roleId = `membership-${n}-role`;
        return (
          <fieldset
            key={index}
            class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset membership"
          >
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t('person.roleLegend', { n })}
            </legend>
            <Field
              id={organisationId}
              label={t('person.roleOrganisation', { n })}
              error={problem('organisationId')}
            >
              <Select
                id={organisationId}
                value={membership.organisationId}
                onChange={(e) => change(index, { organisationId: e.currentTarget.value })}
                aria-invalid={problem('organisationId') ? true : undefined}
                aria-describedby={describedBy(organisationId, undefined, problem('organisationId'))}
              >
                <option value="">{t('person.chooseOrganisation')}</option>
                {props.organisations
                  .filter((o) => o.status !== 'opgeheven' || o.id === membership.organisationId)
                  .map((organisation) => (
                    <option key={organisation.id} value={organisation.id}>
                      {organisation.name}
                    </option>
                  ))}
              </Select>
            </Field>
            <Field id={roleId} label={t('person.roleFunction', { n })}>
              <Select
                id={roleId}
                value={membership.role}
                onChange={(e) => change(index, { role: e.currentTarget.value as Role })}
              >
                {MEMBERSHIP_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(MEMBERSHIP_ROLE_LABELS[role])}
                  </option>
                ))}
              </Select>
            </Field>
            <TextField
              id={`membership-${n}-start`}
              type="date"
              label={t('person.roleStart', { n })}
              value={membership.startDate ?? ''}
              onInput={(value) => change(index, { startDate: value || null })}
              error={problem('startDate')}
            />
            <TextField
              id={`membership-${n}-end`}
              type="date"
              label={t('person.roleEnd', { n })}
              hint={t('person.roleEndHint')}
              value={membership.endDate ?? ''}
              onInput={(value) => change(index, { endDate: value || null })}
              error={problem('endDate')}
            />
            <Button
              type="button"
              onClick={() => onChange(memberships.filter((_, i) => i !== index))}
            >
              {t('person.removeRole', { n })}
            </Button>
          </fieldset>
        );
      })}
      <p>
        <Button
          type="button"
          onClick={() =>
            onChange([
              ...memberships,
              { organisationId: '', role: 'contactpersoon', startDate: null, endDate: null },
            ])
          }
        >
          {t('person.addRole')}
        </Button>
      </p>
    </section>
  );
}
