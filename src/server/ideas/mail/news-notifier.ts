import type { Initiative } from '../../../shared/records/initiative.ts';
import type { Store } from '../../store/store.ts';
import { newsMail, type MailSettings } from './idea-mails.ts';

/**
 * Puts a short news mail in the outbox for every resident whose initiative changed status or
 * got a feedback entry shared with them since the last mail. It compares with what the
 * submission row says was last mailed, so it needs no hook in the sync code, and a change
 * made while the server was down is mailed at the next round. Returns how many it queued.
 */
export async function queueNewsMails(
  store: Store,
  settings: MailSettings,
  now: number,
): Promise<number> {
  let queued = 0;
  for (const submission of await store.ideas.listMailable()) {
    if (submission.initiativeId === null) continue;
    const row = await store.sync.findRecord('initiatives', submission.initiativeId);
    if (!row || row.deleted) continue;
    const initiative = row.data as Initiative;
    const shared = initiative.feedbackLog.filter((entry) => entry.visibleToResident).length;
    const newStatus = initiative.status !== submission.notifiedStatus;
    if (!newStatus && shared <= submission.notifiedShared) continue;
    await store.transaction(async () => {
      const mail = newsMail(
        settings,
        { email: submission.email, language: submission.language, title: initiative.title },
        {
          status: newStatus ? initiative.status : null,
          shared: shared > submission.notifiedShared,
        },
      );
      await store.mailOutbox.enqueue(mail, now);
      await store.ideas.setNotified(submission.id, initiative.status, shared);
    });
    queued += 1;
  }
  return queued;
}
