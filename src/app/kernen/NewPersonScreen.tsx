import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso/router';
import { organisationsInKern } from '../../db/queries/field-queries.ts';
import { createPerson } from '../../db/repositories/people.ts';
import { MEMBERSHIP_ROLES } from '../../shared/records/person.ts';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { MEMBERSHIP_ROLE_LABELS } from './labels.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Field } from '../components/form/Field.tsx';
import { Select } from '../components/form/controls.tsx';

type Role = (typeof MEMBERSHIP_ROLES)[number];

/**
 * Add a contact person. Only what is needed; the basis for keeping their data is required
 * (AVG), and a role in one of the kern's organisations can be given straight away.
 */
export function NewPersonScreen() {
  const { t } = useI18n();
  const { params } = useRoute();
  const kernId = params['id'] ?? '';
  const { route } = useLocation();
  const { db, writer } = useLocalData();
  const kern = useKernen().find((candidate) => candidate.id === kernId);
  const organisations = useLive(() => organisationsInKern(db, kernId), [db, kernId]);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [dataBasis, setDataBasis] = useState(t('person.defaultBasis'));
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<Role>('contactpersoon');
  const { problems, failure, run } = useRecordSave();

  const save = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      const person = await createPerson(
        db,
        {
          name,
          kernId,
          phone,
          email,
          dataBasis,
          memberships: organisationId
            ? [{ organisationId, role, startDate: null, endDate: null }]
            : [],
        },
        writer,
      );
      route(`/personen/${person.id}`);
    });
  };

  return (
    <Screen title={t('person.newIn', { kern: kern?.name ?? '' })}>
      <form class="form" onSubmit={(event) => void save(event)} noValidate>
        <FormMessage text={failure} kind="error" />
        <TextField
          id="person-name"
          label={t('field.name')}
          value={name}
          onInput={setName}
          error={problems['name']}
          required
        />
        <TextField
          id="person-phone"
          label={t('field.phone')}
          value={phone}
          onInput={setPhone}
          error={problems['phone']}
        />
        <TextField
          id="person-email"
          type="email"
          label={t('field.email')}
          value={email}
          onInput={setEmail}
          error={problems['email']}
        />
        <TextField
          id="person-basis"
          label={t('person.dataBasis')}
          hint={t('person.dataBasisHint')}
          value={dataBasis}
          onInput={setDataBasis}
          error={problems['dataBasis']}
          required
        />
        <Field id="person-organisation" label={t('person.organisation')}>
          <Select
            id="person-organisation"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
          >
            <option value="">{t('person.noOrganisation')}</option>
            {(organisations.status === 'ready' ? organisations.value : []).map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </Select>
        </Field>
        {organisationId && (
          <Field id="person-role" label={t('person.role')}>
            <Select
              id="person-role"
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as Role)}
            >
              {MEMBERSHIP_ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(MEMBERSHIP_ROLE_LABELS[option])}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button appearance="primary" large type="submit">
          {t('admin.save')}
        </Button>
      </form>
    </Screen>
  );
}
