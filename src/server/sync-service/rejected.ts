import type { RejectionReason } from '../../shared/sync-protocol/sync-protocol.ts';

/** A mutation that can never apply: recorded as rejected, counted as processed. */
export class Rejected extends Error {
  constructor(
    readonly reason: RejectionReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}
