import { plural } from '../i18n/plural.ts';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { searchEverything, type SearchGroup } from '../../db/queries/search-queries.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { currentNotes } from '../../shared/records/visit-notes.ts';
import { Screen } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { Field } from '../components/form/TextField.tsx';
import { Textbox } from '../components/form/Textbox.tsx';
import { Heading } from '../components/nlds/Heading.tsx';

/** How much of a visit's notes a search result shows. */
const RESULT_PREVIEW_LENGTH = 140;

/** One box over visits, organisations, people, initiatives and actions; works offline. */
export default function SearchScreen() {
  const { t, language } = useRecordText();
  const { db } = useLocalData();
  const kernen = useKernen();
  const [query, setQuery] = useState('');
  const results = useLive(() => searchEverything(db, query), [db, query]);
  const found = results.status === 'ready' ? results.value : undefined;
  const kernName = (id: string) => kernen.find((kern) => kern.id === id)?.name ?? '';
  const total = found
    ? found.visits.total +
      found.organisations.total +
      found.people.total +
      found.initiatives.total +
      found.actions.total
    : 0;

  return (
    <Screen title={t('search.title')}>
      <form role="search" class="form" onSubmit={(event) => event.preventDefault()}>
        <Field id="search-query" label={t('search.label')}>
          <Textbox
            id="search-query"
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </Field>
      </form>
      <p role="status" class="muted">
        {found ? t(plural(total, 'search.countOne', 'search.count'), { count: String(total) }) : ''}
      </p>
      {found && (
        <>
          <ResultGroup title={t('search.visits')} group={found.visits}>
            {(visit) => (
              <>
                <a class="nl-link item-title" href={`/bezoeken/${visit.id}`}>
                  {formatCivilDate(visit.date, language)} · {kernName(visit.kernId)}
                </a>
                <span class="item-meta muted">
                  {currentNotes(visit).slice(0, RESULT_PREVIEW_LENGTH)}
                </span>
              </>
            )}
          </ResultGroup>
          <ResultGroup title={t('search.initiatives')} group={found.initiatives}>
            {(initiative) => (
              <a class="nl-link item-title" href={`/initiatieven/${initiative.id}`}>
                {initiative.title}
              </a>
            )}
          </ResultGroup>
          <ResultGroup title={t('search.organisations')} group={found.organisations}>
            {(organisation) => (
              <>
                <a class="nl-link item-title" href={`/organisaties/${organisation.id}`}>
                  {organisation.name}
                </a>
                {organisation.status === 'opgeheven' && organisation.endDate && (
                  <span class="item-meta muted">
                    {t('organisation.dissolvedOn', {
                      date: formatCivilDate(organisation.endDate, language),
                    })}
                  </span>
                )}
              </>
            )}
          </ResultGroup>
          <ResultGroup title={t('search.people')} group={found.people}>
            {(person) => (
              <>
                <a class="nl-link item-title" href={`/personen/${person.id}`}>
                  {person.name}
                </a>
                <span class="item-meta muted">{kernName(person.kernId)}</span>
              </>
            )}
          </ResultGroup>
          <ResultGroup title={t('search.actions')} group={found.actions}>
            {(action) => (
              <>
                <span class="item-title">{action.what}</span>
                <span class="item-meta muted">{formatCivilDate(action.dueDate, language)}</span>
              </>
            )}
          </ResultGroup>
        </>
      )}
    </Screen>
  );
}

function ResultGroup<T extends { id: string }>({
  title,
  group,
  children,
}: {
  title: string;
  group: SearchGroup<T>;
  children: (record: T) => ComponentChildren;
}) {
  const { t } = useRecordText();
  if (group.total === 0) return null;
  return (
    <section class="screen-section">
      <Heading level={2}>
        {title} ({group.total})
      </Heading>
      <ul class="plain-list">
        {group.shown.map((record) => (
          <li key={record.id} class="list-row">
            <span>{children(record)}</span>
          </li>
        ))}
      </ul>
      {group.total > group.shown.length && (
        <p class="muted">{t('search.more', { count: String(group.total - group.shown.length) })}</p>
      )}
    </section>
  );
}
