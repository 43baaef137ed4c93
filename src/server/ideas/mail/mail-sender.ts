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

/**
 * The outbox's sender: every interval, queue news mails, then send each due mail through the
 * SMTP server; a failure (the server down, a refusal) leaves the mail in the outbox with a
 * later attempt. One round at a time; several server processes may each run one (a mail sent
 * twice in a race is the price of no lock; acceptable for a status note).
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

  const round = async () => {
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
