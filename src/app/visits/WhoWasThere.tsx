import { useState } from 'preact/hooks';
import {
  matchAttendees,
  type Attendee,
  type VisitChoices,
} from '../../db/queries/visit-form-queries.ts';
import { useVisitText } from '../i18n/visit-text.ts';
import { MEMBERSHIP_ROLE_LABELS } from '../kernen/labels.ts';

/** How many search results are shown at once: more means typing one more letter. */
const RESULTS_SHOWN = 8;

export interface WhoPicked {
  personIds: string[];
  organisationIds: string[];
  newPeople: { name: string }[];
}

/**
 * "Wie was er?": one search box over the kern's people and organisations, the most recent and
 * frequent ones as one-tap chips, the board of a picked organisation suggested, and a new
 * person added inline. Every choice is a plain button, so one tap is one choice.
 */
export function WhoWasThere({
  choices,
  picked,
  onChange,
  error,
  allowNew = true,
}: {
  choices: VisitChoices;
  picked: WhoPicked;
  onChange: (next: WhoPicked) => void;
  error: string | undefined;
  /** Offer "add as a new person" (the new-visit form creates them with the visit). */
  allowNew?: boolean;
}) {
  const { t } = useVisitText();
  const [typed, setTyped] = useState('');
  const chosen = new Set([...picked.personIds, ...picked.organisationIds]);
  const byId = new Map(choices.attendees.map((a) => [a.id, a]));

  const add = (attendee: Attendee) => {
    setTyped('');
    if (chosen.has(attendee.id)) return;
    onChange(
      attendee.kind === 'person'
        ? { ...picked, personIds: [...picked.personIds, attendee.id] }
        : { ...picked, organisationIds: [...picked.organisationIds, attendee.id] },
    );
  };
  const addPeople = (ids: string[]) =>
    onChange({
      ...picked,
      personIds: [...picked.personIds, ...ids.filter((id) => !chosen.has(id))],
    });
  const remove = (id: string) =>
    onChange({
      ...picked,
      personIds: picked.personIds.filter((other) => other !== id),
      organisationIds: picked.organisationIds.filter((other) => other !== id),
    });
  const addNew = () => {
    const name = typed.trim();
    if (!name) return;
    setTyped('');
    onChange({ ...picked, newPeople: [...picked.newPeople, { name }] });
  };

  const results = matchAttendees(choices.attendees, typed).filter((a) => !chosen.has(a.id));
  const exact = choices.attendees.some(
    (a) => a.kind === 'person' && a.name.toLowerCase() === typed.trim().toLowerCase(),
  );
  const chips = choices.chips.filter((a) => !chosen.has(a.id));
  const boards = picked.organisationIds
    .map((id) => ({
      organisation: byId.get(id),
      open: (choices.boards[id] ?? []).filter((member) => !chosen.has(member.personId)),
    }))
    .filter((board) => board.organisation && board.open.length > 0);
  const hintId = 'visit-who-hint';
  const errorId = 'visit-who-error';

  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset who${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('visitForm.who')}
      </legend>
      <p id={hintId} class="utrecht-form-field-description">
        {t('visitForm.whoHint')}
      </p>
      {error && (
        <p id={errorId} class="utrecht-form-field-error-message">
          {error}
        </p>
      )}
      {(chosen.size > 0 || picked.newPeople.length > 0) && (
        <ul class="chips" aria-label={t('visitForm.chosen')}>
          {[...picked.organisationIds, ...picked.personIds].map((id) => {
            const name = byId.get(id)?.name ?? id;
            return (
              <li key={id}>
                <button
                  type="button"
                  class="chip chip--chosen"
                  aria-label={t('visitForm.remove', { name })}
                  onClick={() => remove(id)}
                >
                  {name} <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
          {picked.newPeople.map((person, index) => (
            <li key={`new-${index}`}>
              <button
                type="button"
                class="chip chip--chosen"
                aria-label={t('visitForm.remove', { name: person.name })}
                onClick={() =>
                  onChange({
                    ...picked,
                    newPeople: picked.newPeople.filter((_, i) => i !== index),
                  })
                }
              >
                {person.name} ({t('visitForm.newPerson')}) <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {boards.map(({ organisation, open }) => (
        <div key={organisation?.id} class="board-suggestion">
          <p class="item-meta">{t('visitForm.board', { name: organisation?.name ?? '' })}</p>
          <ul class="chips">
            {open.map((member) => (
              <li key={member.personId}>
                <button type="button" class="chip" onClick={() => addPeople([member.personId])}>
                  + {member.name}
                  <span class="chip-meta">
                    {' '}
                    ({t(MEMBERSHIP_ROLE_LABELS[member.role]).toLowerCase()})
                  </span>
                </button>
              </li>
            ))}
            {open.length > 1 && (
              <li>
                <button
                  type="button"
                  class="chip"
                  onClick={() => addPeople(open.map((member) => member.personId))}
                >
                  + {t('visitForm.addAllBoard')}
                </button>
              </li>
            )}
          </ul>
        </div>
      ))}
      <div class="utrecht-form-field who-search">
        <label class="utrecht-form-label" for="visit-who">
          {t('visitForm.search')}
        </label>
        <input
          id="visit-who"
          class="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          autoComplete="off"
          enterKeyHint="done"
          value={typed}
          aria-controls="visit-who-results"
          onInput={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter picks the only (or first) match instead of sending the form.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            const first = results[0];
            if (first) add(first);
            else if (allowNew) addNew();
          }}
        />
      </div>
      <div id="visit-who-results" aria-live="polite">
        {typed.trim() === '' ? (
          chips.length > 0 && (
            <ul class="chips" aria-label={t('visitForm.suggested')}>
              {chips.map((attendee) => (
                <li key={attendee.id}>
                  <AttendeeChip attendee={attendee} onPick={add} />
                </li>
              ))}
            </ul>
          )
        ) : (
          <>
            {results.length === 0 && <p class="item-meta">{t('visitForm.noMatch')}</p>}
            <ul class="chips">
              {results.slice(0, RESULTS_SHOWN).map((attendee) => (
                <li key={attendee.id}>
                  <AttendeeChip attendee={attendee} onPick={add} />
                </li>
              ))}
              {allowNew && !exact && (
                <li>
                  <button type="button" class="chip" onClick={addNew}>
                    + {t('visitForm.addNew', { name: typed.trim() })}
                  </button>
                </li>
              )}
            </ul>
          </>
        )}
      </div>
    </fieldset>
  );
}

function AttendeeChip({ attendee, onPick }: { attendee: Attendee; onPick: (a: Attendee) => void }) {
  const { t } = useVisitText();
  return (
    <button type="button" class="chip" onClick={() => onPick(attendee)}>
      + {attendee.name}
      {attendee.kind === 'organisation' && (
        <span class="chip-meta"> ({t('visitForm.organisation')})</span>
      )}
    </button>
  );
}
