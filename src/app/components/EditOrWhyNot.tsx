import type { RecordTable } from '../../shared/sync-protocol/sync-tables.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { ButtonLink } from './nlds/Button.tsx';
import { ReadOnlyNote } from './PermissionNotes.tsx';

/**
 * The edit button of a record screen, only when the server will accept an edit of this
 * record's fields by this account; otherwise a sentence that says why it cannot be changed.
 */
export function EditOrWhyNot({
  table,
  record,
  href,
}: {
  table: RecordTable;
  record: object;
  href: string;
}) {
  const { t } = useRecordText();
  const permissions = usePermissions();
  const data = record as Readonly<Record<string, unknown>>;
  // An edit form changes the record's own fields; a teamleider's status step is offered apart.
  const fields = table === 'initiatives' ? ['title', 'updatedAt'] : ['updatedAt'];
  const reason = permissions.whyNotChange(table, data, fields);
  if (reason) return <ReadOnlyNote reason={reason} />;
  return (
    <p class="button-row">
      <ButtonLink href={href}>{t('record.edit')}</ButtonLink>
    </p>
  );
}
