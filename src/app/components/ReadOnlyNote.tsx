import type { PermissionReason } from '../../shared/permissions/write-permission.ts';
import { usePermissionText } from '../i18n/permission-text.ts';

/** Where an edit button would be: why this account may read the record but not change it. */
export function ReadOnlyNote({ reason }: { reason: PermissionReason }) {
  const { readOnlyText } = usePermissionText();
  return (
    <p class="read-only-note" data-testid="read-only">
      {readOnlyText(reason)}
    </p>
  );
}
