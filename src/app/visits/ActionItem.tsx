import { useEffect, useState } from 'preact/hooks';
import {
  completeAction,
  deleteAction,
  reopenAction,
  updateAction,
} from '../../db/repositories/actions.ts';
import { draftKey, loadDraft } from '../../db/drafts.ts';
import type { Action } from '../../shared/records/action.ts';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { Select } from '../components/form/Select.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Textbox } from '../components/form/Textbox.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useDraft } from '../data/useDraft.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useVisitText } from '../i18n/visit-text.ts';
import { dueText } from './due-text.ts';

/** How long "Klaar" can be taken back before the notice goes. */
export const UNDO_MS = 8000;

/**
 * One follow-up with what can be done to it: done (with a few seconds to undo), reopen,
 * edit what and when, hand it to a named colleague of the kern, delete after a question.
 * `editable` is the screen's answer to "may this account change it".
 */
export function ActionItem({
  action,
  kernId,
  today,
  editable,
}: {
  action: Action;
  kernId: string;
  today: string;
  editable: boolean;
}) {
  const { t, language } = useVisitText();
  const { db, writer } = useLocalData();
  const { account, connectorsOf } = usePermissions();
  const [editing, setEditing] = useState(false);
  const [justDone, setJustDone] = useState(false);
  // A half-typed edit of this action (kept as a draft) opens again after a reload.
  useEffect(() => {
    if (!editable) return;
    void loadDraft(db, draftKey('edit-action', action.id))
      .then((draft) => draft !== undefined && setEditing(true))
      .catch(() => undefined);
  }, [db, action.id, editable]);
  useEffect(() => {
    if (!justDone) return undefined;
    const timer = setTimeout(() => setJustDone(false), UNDO_MS);
    return () => clearTimeout(timer);
  }, [justDone]);

  const colleagues = connectorsOf(kernId);
  const nameOf = (id: string) =>
    colleagues.find((colleague) => colleague.id === id)?.displayName ?? t('someone');
  const due = dueText(action, today, language, t);
  const itemId = `action-${action.id}`;

  return (
    <li class="list-row action-item" aria-labelledby={itemId}>
      <span>
        <span id={itemId} class="item-title">
          {action.what}
        </span>
        <span class={due.late ? 'item-meta overdue' : 'item-meta muted'}>{due.text}</span>
        {action.assigneeId !== account.id && (
          <span class="item-meta muted">
            {t('action.assignee', { name: nameOf(action.assigneeId) })}
          </span>
        )}
      </span>
      {justDone && (
        <p class="undo-notice" role="status">
          {t('action.doneNotice', { what: action.what })}{' '}
          <Button
            type="button"
            onClick={() => {
              setJustDone(false);
              void reopenAction(db, action.id, writer);
            }}
          >
            {t('action.undo')}
          </Button>
        </p>
      )}
      {editable && !editing && (
        <span class="button-row">
          {action.done ? (
            !justDone && (
              <Button type="button" onClick={() => void reopenAction(db, action.id, writer)}>
                {t('action.reopen')}
                <span class="visually-hidden">: {action.what}</span>
              </Button>
            )
          ) : (
            <Button
              type="button"
              onClick={() => {
                setJustDone(true);
                void completeAction(db, action.id, today, writer);
              }}
            >
              {t('action.done')}
              <span class="visually-hidden">: {action.what}</span>
            </Button>
          )}
          <Button type="button" onClick={() => setEditing(true)}>
            {t('action.edit')}
            <span class="visually-hidden">: {action.what}</span>
          </Button>
          <ConfirmButton
            id={`delete-${action.id}`}
            label={
              <>
                {t('action.delete')}
                <span class="visually-hidden">: {action.what}</span>
              </>
            }
            question={t('action.deleteQuestion')}
            explain={t('action.deleteExplain', { what: action.what })}
            confirm={t('action.deleteConfirm')}
            cancel={t('confirm.cancel')}
            onConfirm={async () => {
              await deleteAction(db, action.id, writer);
            }}
          />
        </span>
      )}
      {editing && (
        <ActionEditForm
          action={action}
          colleagues={colleagues.map((colleague) => ({
            id: colleague.id,
            name:
              colleague.id === account.id
                ? t('action.me', { name: colleague.displayName })
                : colleague.displayName,
          }))}
          onDone={() => setEditing(false)}
        />
      )}
    </li>
  );
}

/** What, when and who of one action; only the fields that changed are written. */
function ActionEditForm({
  action,
  colleagues,
  onDone,
}: {
  action: Action;
  colleagues: { id: string; name: string }[];
  onDone: () => void;
}) {
  const { t } = useVisitText();
  const { db, writer } = useLocalData();
  const { problems, failure, run } = useRecordSave();
  // Kept as a draft while typed, one per action.
  const draft = useDraft(db, draftKey('edit-action', action.id), () => ({
    what: action.what,
    dueDate: action.dueDate,
    assigneeId: action.assigneeId,
  }));
  const { what, dueDate, assigneeId } = draft.value;
  const set = (next: Partial<typeof draft.value>) =>
    draft.update((current) => ({ ...current, ...next }));
  const prefix = `action-edit-${action.id}`;
  const known = colleagues.some((colleague) => colleague.id === action.assigneeId);
  const save = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      await updateAction(db, action.id, { what, dueDate, assigneeId }, writer);
      await draft.discard();
      onDone();
    });
  };
  const cancel = () => {
    void draft.discard().then(onDone);
  };
  if (!draft.ready) return null;
  return (
    <form class="form action-edit" onSubmit={save} noValidate aria-label={t('action.editTitle')}>
      <FormMessage text={failure} kind="error" />
      <Field id={`${prefix}-what`} label={t('action.what')} error={problems['what']}>
        <Textbox
          id={`${prefix}-what`}
          type="text"
          value={what}
          aria-invalid={problems['what'] ? true : undefined}
          onInput={(e) => set({ what: e.currentTarget.value })}
        />
      </Field>
      <Field id={`${prefix}-due`} label={t('action.due')} error={problems['dueDate']}>
        <Textbox
          id={`${prefix}-due`}
          type="date"
          value={dueDate}
          aria-invalid={problems['dueDate'] ? true : undefined}
          onInput={(e) => set({ dueDate: e.currentTarget.value })}
        />
      </Field>
      <Field id={`${prefix}-who`} label={t('action.assigneeField')} error={problems['assigneeId']}>
        <Select
          id={`${prefix}-who`}
          value={assigneeId}
          onChange={(e) => set({ assigneeId: e.currentTarget.value })}
        >
          {!known && <option value={action.assigneeId}>{t('someone')}</option>}
          {colleagues.map((colleague) => (
            <option key={colleague.id} value={colleague.id}>
              {colleague.name}
            </option>
          ))}
        </Select>
      </Field>
      <p class="button-row">
        <Button appearance="primary" type="submit">
          {t('action.save')}
        </Button>
        <Button type="button" onClick={cancel}>
          {t('record.cancel')}
        </Button>
      </p>
    </form>
  );
}
