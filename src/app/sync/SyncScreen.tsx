import { markLostChangesRead, unreadLostChanges } from '../../db/lost-changes.ts';
import { conflictList, myRejections, unsentChanges } from '../../db/queries/sync-queries.ts';
import { updateConflictChoice } from '../../db/repositories/conflicts.ts';
import type { Conflict } from '../../shared/sync-protocol/sync-records.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useSyncText } from '../i18n/sync-text.ts';
import type { SyncMessageKey } from '../i18n/sync-messages-nl.ts';
import { shown } from './shown-value.ts';
import SyncStatusBar from './SyncStatusBar.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Alert } from '../components/nlds/Alert.tsx';
import { formatDateTime } from '../../shared/dutch-format.ts';

/**
 * Synchronisatie: the status, changes a wiped database here never sent (until read), the conflicts to resolve (choose which value stays), the
 * changes the server refused with what was typed, and the export of what is not sent yet.
 */
export default function SyncScreen() {
  const { db, userId, writer } = useLocalData();
  const { st, language, fieldText } = useSyncText();
  const kernen = useKernen();
  const names = new Map(kernen.map((kern) => [kern.id, kern.name]));
  const lost = useLive(() => unreadLostChanges(db), [db]);
  const conflicts = useLive(() => conflictList(db), [db]);
  const rejections = useLive(() => myRejections(db, userId), [db, userId]);
  const tableName = (table: string) => st(`sync.table.${table}` as SyncMessageKey);
  const empty = st('sync.empty');

  const choose = (conflict: Conflict, chosen: 'kept' | 'overruled') =>
    void updateConflictChoice(db, conflict.id, chosen, writer);

  const exportUnsent = async () => {
    const entries = await unsentChanges(db);
    const blob = new Blob(
      [JSON.stringify({ exportedAt: new Date().toISOString(), entries }, null, 2)],
      {
        type: 'application/json',
      },
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `noaber-niet-verzonden-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <Screen title={st('sync.title')}>
      <SyncStatusBar />
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
        {conflicts.status === 'ready' && conflicts.value.length > 0 && (
          <ul class="plain-list">
            {conflicts.value.map((conflict) => (
              <li key={conflict.id} data-testid="conflict">
                <p>
                  {st('sync.conflictText', {
                    field: fieldText(conflict.field),
                    record: tableName(conflict.table),
                    kept: shown(conflict.keptValue, empty, names),
                    overruled: shown(conflict.overruledValue, empty, names),
                  })}
                </p>
                {conflict.resolvedAt === null ? (
                  <p class="button-row">
                    <Button type="button" onClick={() => choose(conflict, 'kept')}>
                      {st('sync.keep', { value: shown(conflict.keptValue, empty, names) })}
                    </Button>{' '}
                    <Button type="button" onClick={() => choose(conflict, 'overruled')}>
                      {st('sync.restore', { value: shown(conflict.overruledValue, empty, names) })}
                    </Button>
                  </p>
                ) : (
                  <p>
                    {st('sync.resolved', {
                      value: shown(
                        conflict.chosen === 'overruled'
                          ? conflict.overruledValue
                          : conflict.keptValue,
                        empty,
                        names,
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
        {rejections.status === 'ready' && rejections.value.length > 0 && (
          <ul class="plain-list">
            {rejections.value.map((rejection) => (
              <li key={rejection.id} data-testid="rejection">
                <p>
                  {st('sync.rejectionText', {
                    record: tableName(rejection.table),
                    reason: st(`sync.reason.${rejection.reason}` as SyncMessageKey),
                  })}
                </p>
                <details>
                  <summary>{st('sync.rejectedChange')}</summary>
                  <pre class="rejected-change">{JSON.stringify(rejection.change, null, 2)}</pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </ScreenSection>
      <section class="screen-section">
        <Heading level={2}>{st('sync.export')}</Heading>
        <p>{st('sync.exportHint')}</p>
        <Button type="button" onClick={() => void exportUnsent()}>
          {st('sync.export')}
        </Button>
      </section>
    </Screen>
  );
}
