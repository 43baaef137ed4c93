import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  jsonValueProblem,
  MAX_PATCH_DEPTH,
  MAX_SYNC_NUMBER,
} from '../../src/shared/sync-protocol/json-limits.ts';
import {
  MutationSchema,
  OutboxReportSchema,
  PullRequestSchema,
  PushRequestSchema,
} from '../../src/shared/sync-protocol/sync-protocol.ts';

/** `depth` levels of arrays around a 1: depth 1 is `[1]`. Built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

const CLIENT = {
  clientId: '0190c3c4-0000-7000-8000-000000000001',
  protocolVersion: 2,
  epoch: null,
};
const mutation = (fields: Record<string, unknown> = {}) => ({
  id: 1,
  table: 'people',
  recordId: '0190c3c4-0000-7000-8000-000000000002',
  kind: 'patch',
  patch: { name: 'Els' },
  baseCursor: 0,
  ...fields,
});

describe('jsonValueProblem', () => {
  it('takes values up to the depth limit and refuses deeper ones', () => {
    // The patch object is level 1, so it may hold MAX_PATCH_DEPTH - 1 levels of lists.
    expect(jsonValueProblem({ x: nested(MAX_PATCH_DEPTH - 1) }, MAX_PATCH_DEPTH)).toBeNull();
    expect(jsonValueProblem({ x: nested(MAX_PATCH_DEPTH) }, MAX_PATCH_DEPTH)).toMatch(/deeper/);
  });

  it('measures a value nested 100 000 deep without overflowing the stack', () => {
    expect(jsonValueProblem(nested(100_000), MAX_PATCH_DEPTH)).toMatch(/deeper/);
  });

  it('refuses whole numbers a double cannot hold exactly, anywhere in the value', () => {
    expect(jsonValueProblem({ a: [{ b: MAX_SYNC_NUMBER }] }, 16)).toBeNull();
    expect(jsonValueProblem({ a: [{ b: 2 ** 53 + 2 }] }, 16)).toMatch(/number/);
    expect(jsonValueProblem({ a: -(2 ** 60) }, 16)).toMatch(/number/);
    expect(jsonValueProblem({ a: 1.5, b: 'text', c: null, d: true }, 16)).toBeNull();
  });
});

describe('sync request schemas and numbers', () => {
  it('refuse mutation ids, cursors and outbox counts beyond 2^53', () => {
    const big = 2 ** 53 + 2;
    expect(v.is(PushRequestSchema, { ...CLIENT, mutations: [mutation({ id: big })] })).toBe(false);
    expect(v.is(PushRequestSchema, { ...CLIENT, mutations: [mutation()] })).toBe(true);
    expect(v.is(PullRequestSchema, { ...CLIENT, cursor: big })).toBe(false);
    expect(v.is(PullRequestSchema, { ...CLIENT, cursor: MAX_SYNC_NUMBER })).toBe(true);
    expect(v.is(OutboxReportSchema, { lastNumberedId: 1e300, waiting: 0 })).toBe(false);
    expect(v.is(OutboxReportSchema, { lastNumberedId: 0, waiting: big })).toBe(false);
    expect(v.is(OutboxReportSchema, { lastNumberedId: 3, waiting: 2 })).toBe(true);
    expect(v.is(MutationSchema, mutation({ baseCursor: big }))).toBe(false);
  });

  it('refuse a mutation whose patch nests too deep or holds an inexact number', () => {
    expect(v.is(MutationSchema, mutation({ patch: { x: nested(10_000) } }))).toBe(false);
    expect(v.is(MutationSchema, mutation({ patch: { updatedAt: 2 ** 53 + 2 } }))).toBe(false);
    expect(v.is(MutationSchema, mutation({ patch: { memberships: [{ role: 'x' }] } }))).toBe(true);
  });
});
