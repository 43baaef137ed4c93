import type { Initiative } from '../../shared/records/initiative.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { useRecordText } from '../i18n/record-text.ts';

/**
 * The options of a connector picker: the gebiedsverbinders of the kern by name, and nobody,
 * each only when the server will accept it from this account (the current one always, so the
 * picker can show it). Before the colleagues' list reached this device, an unknown current
 * connector shows as "a colleague".
 */
export function ConnectorOptions({
  initiative,
  kernId,
  current,
}: {
  initiative: Initiative | undefined;
  kernId: string;
  current: string | null;
}) {
  const { t } = useRecordText();
  const { account, connectorsOf, mayAssign } = usePermissions();
  const record = initiative as Readonly<Record<string, unknown>> | undefined;
  const offered = (candidate: string | null) =>
    candidate === current || mayAssign(record, kernId, candidate);
  const named = connectorsOf(kernId).filter((colleague) => offered(colleague.id));
  const unknownCurrent = current !== null && !named.some((colleague) => colleague.id === current);
  return (
    <>
      {named.map((colleague) => (
        <option key={colleague.id} value={colleague.id}>
          {colleague.id === account.id
            ? t('initiative.connectorMe', { name: colleague.displayName })
            : colleague.displayName}
        </option>
      ))}
      {unknownCurrent && <option value={current}>{t('initiative.connectorOther')}</option>}
      {offered(null) && <option value="">{t('initiative.connectorNone')}</option>}
    </>
  );
}
