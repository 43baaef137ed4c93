import type { UiLanguage } from '../../shared/dutch-format.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import type { Action } from '../../shared/records/action.ts';

/**
 * How an action's date reads: "Te laat sinds 31 december 2025", "Uiterlijk 20 december
 * 2026", or when it was done. `late` marks the overdue ones for the eye as well.
 */
export function dueText(
  action: Pick<Action, 'dueDate' | 'done' | 'doneOn'>,
  today: string,
  language: UiLanguage,
  t: (
    key: 'action.overdueSince' | 'action.dueBy' | 'action.doneOn',
    values: Record<string, string>,
  ) => string,
): { text: string; late: boolean } {
  if (action.done) {
    return {
      text: t('action.doneOn', {
        date: formatCivilDate(action.doneOn ?? action.dueDate, language),
      }),
      late: false,
    };
  }
  const date = formatCivilDate(action.dueDate, language);
  return action.dueDate < today
    ? { text: t('action.overdueSince', { date }), late: true }
    : { text: t('action.dueBy', { date }), late: false };
}
