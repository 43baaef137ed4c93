import type { Kern } from '../../shared/reference-data.ts';
import type { PermissionReason } from '../../shared/permissions/write-permission.ts';
import type { Permissions } from '../data/usePermissions.ts';
import { usePermissionText } from '../i18n/permission-text.ts';

/*
 * The notes that stand where the permission model refuses something: a button to change a
 * record, or a form for a new one. One module, so the screens share one lazy chunk.
 */

/** Where an edit button would be: why this account may read the record but not change it. */
export function ReadOnlyNote({ reason }: { reason: PermissionReason }) {
  const { readOnlyText } = usePermissionText();
  return (
    <p class="read-only-note" data-testid="read-only">
      {readOnlyText(reason)}
    </p>
  );
}

type CreatedTable = 'organisations' | 'people' | 'visits' | 'initiatives';

/**
 * Why this account could not save a new record of this kind in any kern (a beheerder, a
 * teamleider, a connector without kernen); null while it could, or before the kernen are read.
 */
export function whyNoCreate(
  permissions: Permissions,
  table: CreatedTable,
  kernen: readonly Kern[],
): PermissionReason | null {
  const active = kernen.filter((kern) => kern.active).map((kern) => kern.id);
  if (active.length === 0 || permissions.kernenToCreateIn(table, active).length > 0) return null;
  return permissions.whyNotCreateIn(table, active[0] ?? '');
}

/** In place of a "new …" form that could not be saved: why, in words. */
export function NoCreateHere({ reason }: { reason: PermissionReason }) {
  const { cannotCreateText } = usePermissionText();
  return (
    <p class="read-only-note" data-testid="read-only">
      {cannotCreateText(reason)}
    </p>
  );
}
