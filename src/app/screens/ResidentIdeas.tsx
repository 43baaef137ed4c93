import { newResidentIdeas } from '../../db/queries/resident-idea-queries.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { ScreenSection } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Its own words: this section loads after Vandaag's first paint (the initial JS budget). */
const WORDS = {
  nl: {
    title: 'Nieuwe ideeën van inwoners',
    sent: 'Via het formulier, op',
    nobody: 'nog niet toegewezen',
  },
  en: {
    title: 'New ideas from residents',
    sent: 'Through the form, on',
    nobody: 'not assigned yet',
  },
};

/** Vandaag's list of ideas residents sent through /idee that wait for a first step. */
export default function ResidentIdeas({
  kernIds,
  leadsTeam,
}: {
  kernIds: readonly string[];
  leadsTeam: boolean;
}) {
  const { language } = useI18n();
  const { db, userId } = useLocalData();
  const words = WORDS[language];
  const ideas = useLive(
    () => newResidentIdeas(db, { userId, kernIds, leadsTeam }),
    [db, userId, kernIds.join(), leadsTeam],
  );
  if (ideas.status !== 'ready' || ideas.value.length === 0) return null;
  return (
    <ScreenSection title={words.title} emptyText="">
      <ul class="plain-list" data-testid="resident-ideas">
        {ideas.value.map((initiative) => (
          <li key={initiative.id} class="list-row">
            <a class="nl-link item-title" href={`/initiatieven/${initiative.id}`}>
              {initiative.title}
            </a>
            <span class="item-meta muted">
              {words.sent} {formatCivilDate(initiative.registeredOn, language)}
              {initiative.assignedConnectorId === null ? ` · ${words.nobody}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </ScreenSection>
  );
}
