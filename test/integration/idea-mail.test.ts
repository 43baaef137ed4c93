import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMailSender, type MailSender } from '../../src/server/ideas/mail/mail-sender.ts';
import { takeInIdea } from '../../src/server/ideas/intake-service.ts';
import { changeFormRecord } from '../../src/server/ideas/form-records.ts';
import * as v from 'valibot';
import { IdeaSubmissionSchema } from '../../src/shared/ideas/idea-schema.ts';
import { openSqliteStore, type SqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import { validIdea } from '../support/idea-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server in the test process, on a random loopback port, that may be down. */
async function startSmtp(
  port = 0,
): Promise<{ server: SMTPServer; port: number; inbox: Received[] }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, inbox };
}

const unfold = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/\r?\n\s+/g, ' ');

describe('mail to residents (outbox and sender)', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let store: SqliteStore;
  let sender: MailSender | null = null;
  let now = Date.now();
  const settings = { from: 'Gemeente <noaber@gemeente.test>', publicUrl: 'https://noaber.test' };

  beforeEach(async () => {
    dir = makeTempDir('mail');
    store = openSqliteStore(dir.path);
    await seedReferenceData(store, 'dalfsen');
  });
  afterEach(async () => {
    sender?.stop();
    await store.close();
    dir.remove();
  });

  it('sends the code and link, keeps a mail through an SMTP outage, and mails news', async () => {
    // The SMTP server's port is known, but it is down when the idea arrives.
    const probe = await startSmtp();
    const port = probe.port;
    await new Promise<void>((resolve) => probe.server.close(() => resolve()));
    const idea = v.parse(IdeaSubmissionSchema, validIdea());
    await takeInIdea(store, idea, now, settings);
    sender = startMailSender(store, `smtp://127.0.0.1:${port}`, settings, {
      intervalMs: 3_600_000,
      now: () => now,
    });
    await sender.runOnce();
    const [waiting] = await store.mailOutbox.listFor('janna@example.nl');
    expect(waiting).toMatchObject({ attempts: 1, sentAt: null });

    const smtp = await startSmtp(port);
    try {
      await sender.runOnce(); // the retry is not due yet
      expect(smtp.inbox).toHaveLength(0);
      now += 61_000;
      await sender.runOnce();
      expect(smtp.inbox).toHaveLength(1);
      const first = unfold(smtp.inbox[0]?.raw ?? '');
      expect(smtp.inbox[0]?.to).toEqual(['janna@example.nl']);
      expect(first).toContain(`Je code: ${idea.code}`);
      expect(first).toContain(`https://noaber.test/idee/${idea.code}`);

      // A connector moves it on and shares an entry: one short news mail, without the code.
      const submission = await store.ideas.findSubmission(idea.id);
      await changeFormRecord(
        store,
        'initiatives',
        submission?.initiativeId ?? '',
        (data) => ({
          status: 'in gesprek',
          statusHistory: [
            ...(data['statusHistory'] as object[]),
            { from: 'ingediend', to: 'in gesprek', at: now, by: submission?.id ?? '', reason: '' },
          ],
          feedbackLog: [
            {
              id: idea.id,
              date: '2026-01-01',
              channel: 'telefoon',
              summary: 'Gebeld.',
              by: idea.id,
              visibleToResident: true,
            },
          ],
        }),
        now,
      );
      await sender.runOnce();
      await sender.runOnce();
      expect(smtp.inbox).toHaveLength(2);
      const news = unfold(smtp.inbox[1]?.raw ?? '');
      expect(news).toContain('we zijn met je idee in gesprek');
      expect(news).toContain('Je gebiedsverbinder heeft een bericht voor je');
      expect(news).not.toContain(idea.code);
    } finally {
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    }
  });

  it('queues nothing without SMTP: the page asks to save the code', async () => {
    const idea = v.parse(IdeaSubmissionSchema, validIdea());
    expect(await takeInIdea(store, idea, now, null)).toEqual({
      received: true,
      mailsUpdates: false,
    });
    expect(await store.mailOutbox.listFor('janna@example.nl')).toEqual([]);
  });
});
