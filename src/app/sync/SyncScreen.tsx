import { markLostChangesRead, unreadLostChanges } from '../../db/lost-changes.ts';
import { recordNames, recordsById } from '../../db/queries/record-names.ts';
import { conflictList, myRejections } from '../../db/queries/sync-queries.ts';
import { exportUnsent } from './export-unsent.ts';
import { updateConflictChoice } from '../../db/repositories/conflicts.ts';
import type { Conflict } from '../../shared/sync-protocol/sync-records.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useSyncText } from '../i18n/sync-text.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { usePermissionText } from '../i18n/permission-text.ts';
import { refusalReasonOf } from '../../shared/permissions/refusal-detail.ts';
import type { SyncMessageKey } from '../i18n/sync-messages-nl.ts';
import { Fragment } from 'preact';
import {
  idsIn,
  recordPhrase,
  shown,
  typedFields,
  userName,
  type ValueWords,
} from './shown-value.ts';
import { colleagueNames } from '../../db/colleague-cache.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { STATUS_LABELS } from '../initiatives/labels.ts';
import type { InitiativeStatus } from '../../shared/records/initiative-status.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Alert } from '../components/nlds/Alert.tsx';
import { formatCivilDate, formatDateTime } from '../../shared/dutch-format.ts';

/** A record's own screen, for the kinds that have one. */
const RECORD_PATHS: Partial<Record<string, string>> = {
  organisations: '/organisaties/',
  people: '/personen/',
  initiatives: '/initiatieven/',
};

/**
 * Synchronisatie (the status line above it is the app's own, on every screen): changes a
 * wiped database here never sent (until read), the conflicts to resolve (choose which value
 * stays), the changes the server refused with what was typed, and the export of what is not
 * sent yet.
 */
export default function SyncScreen() {
  const { db, userId, writer } = useLocalData();
  const { st, language, fieldText } = useSyncText();
  const recordText = useRecordText();
  const { reasonText } = usePermissionText();
  /** A refusal by the permission model says which rule; other reasons have their own words. */
  const rejectionReason = (reason: string, detail: string) => {
    const permission = reason === 'forbidden' ? refusalReasonOf(detail) : null;
    return permission ? reasonText(permission) : st(`sync.reason.${reason}` as SyncMessageKey);
  };
  const { state } = useAuth();
  const kernen = useKernen();
  const colleagues = useLive(() => colleagueNames(db), [db]);
  const lost = useLive(() => unreadLostChanges(db), [db]);
  // One query, so that the names always belong to the lists they are shown with.
  const lists = useLive(async () => {
    const [conflicts, rejections] = await Promise.all([conflictList(db), myRejections(db, userId)]);
    const ids = [
      ...conflicts.flatMap((c) => [c.recordId, ...idsIn(c.keptValue), ...idsIn(c.overruledValue)]),
      ...rejections.flatMap((rejection) => [rejection.recordId, ...idsIn(rejection.change)]),
    ];
    const [records, current] = await Promise.all([
      recordNames(db, ids),
      recordsById(
        db,
        rejections.map((rejection) => ({ table: rejection.table, id: rejection.recordId })),
      ),
    ]);
    return { conflicts, rejections, records, current };
  }, [db, userId]);
  const loaded = lists.status === 'ready' ? lists.value : undefined;
  const tableName = (table: string) => st(`sync.table.${table}` as SyncMessageKey);
  const empty = st('sync.empty');
  const words: ValueWords = {
    empty,
    yes: st('sync.yes'),
    no: st('sync.no'),
    colleague: st('sync.colleague'),
    me: {
      id: userId,
      name: (state.status === 'signed-in' && state.user.displayName) || st('sync.you'),
    },
    users: colleagues.status === 'ready' ? colleagues.value : new Map(),
    kernen: new Map(kernen.map((kern) => [kern.id, kern.name])),
    records: loaded?.records ?? new Map(),
    date: (civil) => formatCivilDate(civil, language),
    visit: (date) => st('sync.visitOf', { date }),
    code: (value) =>
      Object.hasOwn(STATUS_LABELS, value)
        ? recordText.t(STATUS_LABELS[value as InitiativeStatus])
        : undefined,
  };
  const record = (table: string, id: string) => recordPhrase(tableName(table), id, words);
  /** Who wrote a value, as the sentence names them ("jou" for the one reading). */
  const by = (id: string) => (id === userId ? st('sync.you') : userName(id, words));
  /** A link to the record's own screen, when it has one and is on this device. */
  const recordLink = (table: string, id: string) => {
    const path = RECORD_PATHS[table];
    if (!path || !words.records.has(id)) return null;
    return (
      <a class="nl-link" href={`${path}${id}`}>
        {st('sync.open', { record: record(table, id) })}
      </a>
    );
  };
  const conflicts = loaded?.conflicts ?? [];
  const rejections = loaded?.rejections ?? [];

  const choose = (conflict: Conflict, chosen: 'kept' | 'overruled') =>
    void updateConflictChoice(db, conflict.id, chosen, writer);

  return (
    <Screen title={st('sync.title')}>
      {lost.status === 'ready' && lost.value && (
        <section class="screen-section" aria-labelledby="lost-changes-title">
          <Alert type="warning">
            <Heading level={2} id="lost-changes-title">
              {st('sync.lost.title')}
            </Heading>
            <p data-testid="lost-changes">
              {st(lost.value.count === 1 ? 'sync.lost.textOne' : 'sync.lost.text', {
                count: String(lost.value.count),
                time: formatDateTime(new Date(lost.value.lastContactAt), language),
              })}
            </p>
            <p>{st('sync.lost.advice')}</p>
            <Button type="button" onClick={() => void markLostChangesRead(db)}>
              {st('sync.lost.read')}
            </Button>
          </Alert>
        </section>
      )}
      <ScreenSection title={st('sync.conflicts')} emptyText={st('sync.conflictsEmpty')}>
        {conflicts.length > 0 && (
          <ul class="plain-list">
            {conflicts.map((conflict) => (
              <li key={conflict.id} data-testid="conflict">
                <p>
                  {st('sync.conflictText', {
                    field: fieldText(conflict.field),
                    record: record(conflict.table, conflict.recordId),
                    kept: shown(conflict.keptValue, conflict.field, words),
                    keptBy: by(conflict.keptById),
                    overruled: shown(conflict.overruledValue, conflict.field, words),
                    overruledBy: by(conflict.overruledById),
                  })}
                </p>
                {recordLink(conflict.table, conflict.recordId)}
                {conflict.resolvedAt === null ? (
                  <p class="button-row">
                    <Button type="button" onClick={() => choose(conflict, 'kept')}>
                      {st('sync.keep', { value: shown(conflict.keptValue, conflict.field, words) })}
                    </Button>{' '}
                    <Button type="button" onClick={() => choose(conflict, 'overruled')}>
                      {st('sync.restore', {
                        value: shown(conflict.overruledValue, conflict.field, words),
                      })}
                    </Button>
                  </p>
                ) : (
                  <p>
                    {st('sync.resolved', {
                      value: shown(
                        conflict.chosen === 'overruled'
                          ? conflict.overruledValue
                          : conflict.keptValue,
                        conflict.field,
                        words,
                      ),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </ScreenSection>
      <ScreenSection title={st('sync.rejections')} emptyText={st('sync.rejectionsEmpty')}>
        {rejections.length > 0 && (
          <ul class="plain-list">
            {rejections.map((rejection) => (
              <li key={rejection.id} data-testid="rejection">
                <p>
                  {st('sync.rejectionText', {
                    record: record(rejection.table, rejection.recordId),
                    reason: rejectionReason(rejection.reason, rejection.detail),
                  })}
                </p>
                {recordLink(rejection.table, rejection.recordId)}
                <details>
                  <summary>{st('sync.rejectedChange')}</summary>
                  <dl class="facts">
                    {typedFields(
                      rejection.table,
                      rejection.change,
                      loaded?.current.get(rejection.recordId),
                    ).map(([field, value]) => (
                      <Fragment key={field}>
                        <dt>{fieldText(field)}</dt>
                        <dd>{shown(value, field, words)}</dd>
                      </Fragment>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ul>
        )}
      </ScreenSection>
      <section class="screen-section">
        <Heading level={2}>{st('sync.export')}</Heading>
        <p>{st('sync.exportHint')}</p>
        <Button type="button" onClick={() => void exportUnsent(db)}>
          {st('sync.export')}
        </Button>
      </section>
    </Screen>
  );
}
