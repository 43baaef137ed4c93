import { useLocation } from 'preact-iso/router';
import { draftKey } from '../../db/drafts.ts';
import { personById } from '../../db/queries/kern-queries.ts';
import { cachedFeedbackTerm } from '../../db/reference-cache.ts';
import { peopleInKern } from '../../db/queries/field-queries.ts';
import { registerInitiative, updateInitiative } from '../../db/repositories/initiatives.ts';
import { DEFAULT_FEEDBACK_TERM } from '../../shared/dates/feedback-deadline.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { changedFields } from '../../shared/records/changes.ts';
import {
  INITIATIVE_TYPES,
  NOABERFONDS_STEPS,
  SUPPORT_KINDS,
  type Initiative,
} from '../../shared/records/initiative.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { Checkbox } from '../components/form/Checkbox.tsx';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { KernSelect } from '../components/form/KernSelect.tsx';
import { Select } from '../components/form/Select.tsx';
import { TextAreaField } from '../components/form/TextAreaField.tsx';
import { Field, TextField } from '../components/form/TextField.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useKernen } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';
import {
  emptyInitiativeForm,
  initiativeFieldsOf,
  initiativeFormOf,
  type InitiativeFormState,
} from './initiative-form-state.ts';
import { NOABERFONDS_STEP_EXPLAINED, NOABERFONDS_STEP_LABELS, SUPPORT_LABELS } from './labels.ts';
import { ConnectorOptions } from './ConnectorOptions.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { useDraft } from '../data/useDraft.ts';

type InitiativeType = (typeof INITIATIVE_TYPES)[number];

interface InitiativeDraft {
  baseline: InitiativeFormState;
  form: InitiativeFormState;
  receivedOn: string;
}

/**
 * An initiative's fields, to register one or to change one (`initiative`). The status has
 * its own form (the status machine) and the registration date never changes. An edit writes
 * only the fields changed since the form opened.
 */
export function InitiativeForm({ initiative }: { initiative?: Initiative }) {
  const { t } = useRecordText();
  const { state } = useAuth();
  const { db, writer } = useLocalData();
  const { route } = useLocation();
  const kernen = useKernen();
  const me = state.status === 'signed-in' ? state.user : undefined;
  // Kept as a draft while typed, with the record as it was when typing began: a save then
  // writes only what was typed, not the older values of fields a colleague changed meanwhile.
  const draft = useDraft<InitiativeDraft>(
    db,
    initiative ? draftKey('edit-initiative', initiative.id) : draftKey('new-initiative'),
    () => {
      const start = initiative
        ? initiativeFormOf(initiative)
        : emptyInitiativeForm(me?.kernIds[0] ?? '', writer.userId);
      // An idea received before it was typed keeps the day it came in (never a day to come).
      return { baseline: start, form: start, receivedOn: municipalToday(writer.now()) };
    },
  );
  const { baseline, form, receivedOn } = draft.value;
  const setReceivedOn = (value: string) =>
    draft.update((current) => ({ ...current, receivedOn: value }));
  // The kern picker lists the kernen this account may register in (src/shared/permissions).
  const writable = usePermissions().kernenToCreateIn(
    'initiatives',
    kernen.filter((kern) => kern.active).map((kern) => kern.id),
  );
  const kernId = form.kernId || writable[0] || '';
  const people = useLive(() => peopleInKern(db, kernId), [db, kernId]);
  const currentInitiator = useLive(
    () =>
      baseline.initiatorPersonId
        ? personById(db, baseline.initiatorPersonId)
        : Promise.resolve(undefined),
    [db, baseline.initiatorPersonId],
  );
  const { problems, failure, run } = useRecordSave();
  const set = <K extends keyof InitiativeFormState>(field: K, value: InitiativeFormState[K]) =>
    draft.update((current) => ({ ...current, form: { ...current.form, [field]: value } }));

  const initiators = [
    ...(people.status === 'ready' ? people.value : []),
    ...(currentInitiator.status === 'ready' &&
    currentInitiator.value &&
    currentInitiator.value.kernId !== kernId
      ? [currentInitiator.value]
      : []),
  ];
  const showFund =
    form.support.includes('noaberfonds') ||
    baseline.amountAsked !== '' ||
    Object.keys(baseline.stepDates).length > 0;

  const save = async (event: Event) => {
    event.preventDefault();
    const fields = initiativeFieldsOf({ ...form, kernId });
    await run(async () => {
      const saved = initiative
        ? await updateInitiative(
            db,
            initiative.id,
            changedFields(initiativeFieldsOf(baseline), fields),
            writer,
          )
        : await registerInitiative(
            db,
            { ...fields, registeredOn: receivedOn },
            // The municipality's term as last copied from the server (four weeks until then).
            (await cachedFeedbackTerm(db)) ?? DEFAULT_FEEDBACK_TERM,
            writer,
          );
      await draft.discard();
      route(`/initiatieven/${saved.id}`);
    });
  };
  const cancel = async () => {
    await draft.discard();
    if (initiative) route(`/initiatieven/${initiative.id}`);
  };

  if (!draft.ready) return null;

  return (
    <form class="form" onSubmit={(event) => void save(event)} noValidate>
      <FormMessage text={failure} kind="error" />
      <TextField
        id="initiative-title"
        label={t('initiative.titleField')}
        value={form.title}
        onInput={(value) => set('title', value)}
        error={problems['title']}
        required
      />
      {!initiative && (
        <TextField
          id="initiative-received"
          type="date"
          label={t('initiative.receivedOn')}
          hint={t('initiative.receivedOnHint')}
          value={receivedOn}
          onInput={setReceivedOn}
          error={problems['registeredOn']}
        />
      )}
      <TextAreaField
        id="initiative-description"
        label={t('initiative.description')}
        value={form.description}
        onInput={(value) => set('description', value)}
        error={problems['description']}
      />
      <KernSelect
        id="initiative-kern"
        kernen={kernen.filter((kern) => writable.includes(kern.id) || kern.id === baseline.kernId)}
        value={kernId}
        onChange={(next) => set('kernId', next)}
        error={problems['kernId']}
      />
      <Field id="initiative-type" label={t('initiative.type')}>
        <Select
          id="initiative-type"
          value={form.type}
          onChange={(e) => set('type', e.currentTarget.value as InitiativeType)}
        >
          <option value="initiatief">{t('initiativeType.initiatief')}</option>
          <option value="uitdaagrecht">{t('initiativeType.uitdaagrecht')}</option>
        </Select>
      </Field>
      {form.type === 'uitdaagrecht' && (
        <TextField
          id="initiative-task"
          label={t('initiative.challengedTask')}
          value={form.challengedTask}
          onInput={(value) => set('challengedTask', value)}
          error={problems['challengedTask']}
        />
      )}
      <TextField
        id="initiative-theme"
        label={t('initiative.theme')}
        hint={t('initiative.themeHint')}
        value={form.theme}
        onInput={(value) => set('theme', value)}
        error={problems['theme']}
      />
      <Field id="initiative-initiator" label={t('initiative.initiator')}>
        <Select
          id="initiative-initiator"
          value={form.initiatorPersonId ?? ''}
          onChange={(e) => set('initiatorPersonId', e.currentTarget.value || null)}
        >
          <option value="">{t('initiative.noInitiator')}</option>
          {initiators.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="initiative-connector" label={t('initiative.connector')}>
        <Select
          id="initiative-connector"
          value={form.assignedConnectorId ?? ''}
          onChange={(e) => set('assignedConnectorId', e.currentTarget.value || null)}
        >
          <ConnectorOptions
            initiative={initiative}
            kernId={kernId}
            current={baseline.assignedConnectorId}
          />
        </Select>
      </Field>
      <Checkboxes
        legend={t('initiative.support')}
        name="initiative-support"
        options={SUPPORT_KINDS.map((kind) => ({ value: kind, label: t(SUPPORT_LABELS[kind]) }))}
        selected={form.support}
        onChange={(support) => set('support', support)}
        error={problems['support']}
      />
      {showFund && (
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset membership">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('initiative.noaberfonds')}
          </legend>
          {problems['noaberfonds'] &&
            !problems['noaberfonds.amountAskedCents'] &&
            !problems['noaberfonds.amountGrantedCents'] && (
              <p class="utrecht-form-field-error-message">{problems['noaberfonds']}</p>
            )}
          <TextField
            id="initiative-amount-asked"
            label={t('initiative.amountAsked')}
            value={form.amountAsked}
            onInput={(value) => set('amountAsked', value)}
            error={problems['noaberfonds.amountAskedCents']}
          />
          <TextField
            id="initiative-amount-granted"
            label={t('initiative.amountGranted')}
            value={form.amountGranted}
            onInput={(value) => set('amountGranted', value)}
            error={problems['noaberfonds.amountGrantedCents']}
          />
          <p class="utrecht-form-field-description">{t('initiative.stepHint')}</p>
          {NOABERFONDS_STEPS.map((step) => (
            <TextField
              key={step}
              id={`initiative-step-${step}`}
              type="date"
              label={t(NOABERFONDS_STEP_LABELS[step])}
              hint={t(NOABERFONDS_STEP_EXPLAINED[step])}
              value={form.stepDates[step] ?? ''}
              onInput={(value) => set('stepDates', { ...form.stepDates, [step]: value })}
            />
          ))}
        </fieldset>
      )}
      <Checkbox
        label={t('initiative.needsPermit')}
        checked={form.needsPermit}
        onChange={(e) => set('needsPermit', e.currentTarget.checked)}
      />
      {form.needsPermit && (
        <TextAreaField
          id="initiative-neighbours"
          label={t('initiative.neighboursNote')}
          value={form.neighboursNote}
          onInput={(value) => set('neighboursNote', value)}
          error={problems['neighboursNote']}
        />
      )}
      <p class="button-row">
        <Button appearance="primary" large type="submit">
          {initiative ? t('record.saveChanges') : t('initiative.register')}
        </Button>
        {initiative && (
          <Button type="button" onClick={() => void cancel()}>
            {t('record.cancel')}
          </Button>
        )}
      </p>
    </form>
  );
}
