import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso/router';
import { createOrganisation } from '../../db/repositories/organisations.ts';
import { ORGANISATION_STATUSES } from '../../shared/records/organisation.ts';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useKernen, useOrganisationKinds } from '../data/useReference.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { describedBy, Field } from '../components/form/Field.tsx';
import { Select, Textbox } from '../components/form/controls.tsx';

type Status = (typeof ORGANISATION_STATUSES)[number];

/** Add an organisation to a kern: name and kind at least; contact details if known. */
export function NewOrganisationScreen() {
  const { t } = useI18n();
  const { params } = useRoute();
  const kernId = params['id'] ?? '';
  const { route } = useLocation();
  const { db, writer } = useLocalData();
  const kern = useKernen().find((candidate) => candidate.id === kernId);
  const kinds = useOrganisationKinds().filter((kind) => kind.active);
  const [name, setName] = useState('');
  const [kindId, setKindId] = useState('');
  const [status, setStatus] = useState<Status>('actief');
  const [endDate, setEndDate] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const { problems, failure, run } = useRecordSave();

  const save = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      const organisation = await createOrganisation(
        db,
        {
          name,
          kindId: kindId || kinds[0]?.id || '',
          kernIds: [kernId],
          status,
          endDate: status === 'opgeheven' ? endDate || null : null,
          email,
          phone,
        },
        writer,
      );
      route(`/organisaties/${organisation.id}`);
    });
  };

  return (
    <Screen title={t('organisation.newIn', { kern: kern?.name ?? '' })}>
      <form class="form" onSubmit={(event) => void save(event)} noValidate>
        <FormMessage text={failure} kind="error" />
        <TextField
          id="organisation-name"
          label={t('field.name')}
          value={name}
          onInput={setName}
          error={problems['name']}
          required
        />
        <Field id="organisation-kind" label={t('organisation.kind')}>
          <Select
            id="organisation-kind"
            value={kindId}
            onChange={(e) => setKindId(e.currentTarget.value)}
          >
            {kinds.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="organisation-status" label={t('organisation.status')}>
          <Select
            id="organisation-status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as Status)}
          >
            {ORGANISATION_STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`organisationStatus.${option}`)}
              </option>
            ))}
          </Select>
        </Field>
        {status === 'opgeheven' && (
          <Field
            id="organisation-end"
            label={t('organisation.endDate')}
            error={problems['endDate']}
          >
            <Textbox
              aria-invalid={problems['endDate'] ? true : undefined}
              aria-describedby={describedBy('organisation-end', undefined, problems['endDate'])}
              id="organisation-end"
              type="date"
              value={endDate}
              onInput={(e) => setEndDate(e.currentTarget.value)}
            />
          </Field>
        )}
        <TextField
          id="organisation-email"
          type="email"
          label={t('field.email')}
          value={email}
          onInput={setEmail}
          error={problems['email']}
        />
        <TextField
          id="organisation-phone"
          label={t('field.phone')}
          value={phone}
          onInput={setPhone}
          error={problems['phone']}
        />
        <Button appearance="primary" large type="submit">
          {t('admin.save')}
        </Button>
      </form>
    </Screen>
  );
}
