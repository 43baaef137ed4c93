import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { registerInitiative } from '../../db/repositories/initiatives.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { DEFAULT_FEEDBACK_TERM } from '../../shared/dates/feedback-deadline.ts';
import { INITIATIVE_TYPES } from '../../shared/records/initiative.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { Screen } from '../components/Screen.tsx';
import { KernSelect } from '../components/form/KernSelect.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useKernen } from '../data/useReference.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Field } from '../components/form/Field.tsx';
import { Select, Textarea } from '../components/form/controls.tsx';

type InitiativeType = (typeof INITIATIVE_TYPES)[number];

/** Register an initiative a resident brought in; the connector who registers it follows it. */
export function NewInitiativeScreen() {
  const { t } = useI18n();
  const { state } = useAuth();
  const { db, writer } = useLocalData();
  const { route } = useLocation();
  const kernen = useKernen().filter((kern) => kern.active);
  const myKern = state.status === 'signed-in' ? (state.user.kernIds[0] ?? '') : '';
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [kernId, setKernId] = useState(myKern);
  const [type, setType] = useState<InitiativeType>('initiatief');
  const [challengedTask, setChallengedTask] = useState('');
  const { problems, failure, run } = useRecordSave();

  const save = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      const initiative = await registerInitiative(
        db,
        {
          title,
          description,
          kernId: kernId || kernen[0]?.id || '',
          type,
          challengedTask: type === 'uitdaagrecht' ? challengedTask : '',
          initiatorPersonId: null,
          assignedConnectorId: writer.userId,
          registeredOn: municipalToday(writer.now()),
        },
        DEFAULT_FEEDBACK_TERM,
        writer,
      );
      route(`/initiatieven/${initiative.id}`);
    });
  };

  return (
    <Screen title={t('initiative.new')}>
      <form class="form" onSubmit={(event) => void save(event)} noValidate>
        <FormMessage text={failure} kind="error" />
        <TextField
          id="initiative-title"
          label={t('initiative.titleField')}
          value={title}
          onInput={setTitle}
          error={problems['title']}
          required
        />
        <Field id="initiative-description" label={t('initiative.description')}>
          <Textarea
            id="initiative-description"
            rows={4}
            value={description}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        </Field>
        <KernSelect id="initiative-kern" kernen={kernen} value={kernId} onChange={setKernId} />
        <Field id="initiative-type" label={t('initiative.type')}>
          <Select
            id="initiative-type"
            value={type}
            onChange={(e) => setType(e.currentTarget.value as InitiativeType)}
          >
            <option value="initiatief">{t('initiativeType.initiatief')}</option>
            <option value="uitdaagrecht">{t('initiativeType.uitdaagrecht')}</option>
          </Select>
        </Field>
        {type === 'uitdaagrecht' && (
          <TextField
            id="initiative-task"
            label={t('initiative.challengedTask')}
            value={challengedTask}
            onInput={setChallengedTask}
            error={problems['challengedTask']}
          />
        )}
        <Button appearance="primary" large type="submit">
          {t('initiative.register')}
        </Button>
      </form>
    </Screen>
  );
}
