import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small file beside the database saying how far the server's history had come: its epoch
 * and last seq. A backup copied back over the database leaves this file as it was, so the
 * server sees at its next start that the database went back in time, before any device
 * syncs. Written on a clean stop and every minute, not on each commit (that would cost every
 * push a file write); a restore after a crash or onto a new disk is found by the devices'
 * proofs instead (client-check.ts).
 */
export const HISTORY_FILE_NAME = 'noaber-history.json';

export interface ServerHistory {
  epoch: string;
  lastSeq: number;
}

/** The history file's contents; null when it is missing or unreadable (then no check). */
export function readHistoryFile(dataDir: string): ServerHistory | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, HISTORY_FILE_NAME), 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { epoch, lastSeq } = parsed as Record<string, unknown>;
    if (typeof epoch !== 'string' || typeof lastSeq !== 'number') return null;
    return { epoch, lastSeq };
  } catch {
    return null;
  }
}

/**
 * Writes the file whole or not at all (a new file renamed over the old one). Best effort: a
 * full or read-only disk must not stop the server; the devices' proofs remain.
 */
export function writeHistoryFile(dataDir: string, history: ServerHistory): void {
  const file = join(dataDir, HISTORY_FILE_NAME);
  try {
    writeFileSync(`${file}.tmp`, `${JSON.stringify(history)}\n`);
    renameSync(`${file}.tmp`, file);
  } catch {
    // Nothing to do: the next write tries again.
  }
}
