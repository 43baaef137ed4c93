import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Store } from '../../store/store.ts';
import type { MailSettings } from './idea-mails.ts';
import { queueNewsMails } from './news-notifier.ts';

/** How often the loop looks for news and due mail. */
export const MAIL_INTERVAL_MS = 30_000;
/** A failed mail waits 1, 2, 4 … minutes, at most an hour, and is never given up. */
const FIRST_RETRY_MS = 60_000;
const LAST_RETRY_MS = 60 * 60_000;

export interface MailSender {
  /** One round: queue the news, send what is due. Resolves when the round is done. */
  runOnce(): Promise<void>;
  stop(): void;
}

/** A round holds the database lease this long at most (a hung SMTP server then lets go). */
const LEASE_MS = 5 * 60_000;
const LEASE_JOB = 'mail';

/**
 * The outbox's sender: every interval, queue news mails, then send each due mail through the
 * SMTP server; a failure (the server down, a refusal) leaves the mail in the outbox with a
 * later attempt. One round at a time in all server processes together: a round runs only
 * under the database lease of the mail job (job_runs, as the retention job), so no news is
 * queued twice and no mail sent twice by two processes.
 */
export function startMailSender(
  store: Store,
  smtpUrl: string,
  settings: MailSettings,
  options: { intervalMs?: number; now?: () => number; onError?: (error: unknown) => void } = {},
): MailSender {
  const now = options.now ?? Date.now;
  const transport = nodemailer.createTransport(smtpUrl);
  let running: Promise<void> | null = null;

  const holder = randomUUID();
  const round = async () => {
    if (!(await store.privacy.takeLease(LEASE_JOB, holder, now(), now() + LEASE_MS))) return;
    try {
      await sendRound();
    } finally {
      await store.privacy.finishRun(LEASE_JOB, holder, now());
    }
  };
  const sendRound = async () => {
    await queueNewsMails(store, settings, now());
    for (const mail of await store.mailOutbox.due(now(), 20)) {
      try {
        await transport.sendMail({
          from: settings.from,
          to: mail.recipient,
          subject: mail.subject,
          text: mail.body,
        });
        await store.mailOutbox.markSent(mail.id, now());
      } catch (error) {
        const wait = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** mail.attempts);
        await store.mailOutbox.markFailed(mail.id, now() + wait, String(error));
      }
    }
  };
  const runOnce = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    runOnce().catch((error: unknown) => options.onError?.(error));
  }, options.intervalMs ?? MAIL_INTERVAL_MS);
  timer.unref();
  return {
    runOnce,
    stop: () => {
      clearInterval(timer);
      transport.close();
    },
  };
}
