import { ERASED_PERSON_ID } from '../../shared/records/person.ts';
import { personById } from '../../db/queries/kern-queries.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { formatEuro } from '../../shared/money.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { NOABERFONDS_STEP_LABELS, SUPPORT_LABELS } from './labels.ts';

/** What the initiative form records beyond the basics: only the facts that are filled in. */
export function InitiativeFacts({ initiative }: { initiative: Initiative }) {
  const { t, language } = useRecordText();
  const { db } = useLocalData();
  const initiatorId = initiative.initiatorPersonId;
  const initiator = useLive(
    () => (initiatorId ? personById(db, initiatorId) : Promise.resolve(undefined)),
    [db, initiatorId],
  );
  const fund = initiative.noaberfonds;
  const amounts = [
    fund &&
      fund.amountAskedCents !== null &&
      t('initiative.asked', { amount: formatEuro(fund.amountAskedCents, language) }),
    fund &&
      fund.amountGrantedCents !== null &&
      t('initiative.granted', { amount: formatEuro(fund.amountGrantedCents, language) }),
  ].filter(Boolean);
  const initiatorName = initiator.status === 'ready' ? initiator.value?.name : undefined;
  return (
    <dl class="facts">
      <dt>{t('initiative.type')}</dt>
      <dd>{t(`initiativeType.${initiative.type}`)}</dd>
      {initiative.type === 'uitdaagrecht' && initiative.challengedTask && (
        <>
          <dt>{t('initiative.challengedTask')}</dt>
          <dd>{initiative.challengedTask}</dd>
        </>
      )}
      {initiative.theme && (
        <>
          <dt>{t('initiative.theme')}</dt>
          <dd>{initiative.theme}</dd>
        </>
      )}
      {initiatorId === ERASED_PERSON_ID && (
        <>
          <dt>{t('initiative.initiator')}</dt>
          <dd>{t('person.erased')}</dd>
        </>
      )}
      {initiatorName && (
        <>
          <dt>{t('initiative.initiator')}</dt>
          <dd>
            <a class="nl-link" href={`/personen/${initiatorId ?? ''}`}>
              {initiatorName}
            </a>
          </dd>
        </>
      )}
      {initiative.support.length > 0 && (
        <>
          <dt>{t('initiative.support')}</dt>
          <dd>{initiative.support.map((kind) => t(SUPPORT_LABELS[kind])).join(', ')}</dd>
        </>
      )}
      {fund && (
        <>
          <dt>{t('initiative.noaberfonds')}</dt>
          <dd>
            {[
              amounts.join(', '),
              ...fund.steps.map(({ step, date }) =>
                t('initiative.stepOn', {
                  step: t(NOABERFONDS_STEP_LABELS[step]),
                  date: formatCivilDate(date, language),
                }),
              ),
            ]
              .filter(Boolean)
              .join(' · ')}
          </dd>
        </>
      )}
      {initiative.needsPermit && (
        <>
          <dt>{t('initiative.needsPermit')}</dt>
          <dd>{initiative.neighboursNote || '—'}</dd>
        </>
      )}
    </dl>
  );
}
