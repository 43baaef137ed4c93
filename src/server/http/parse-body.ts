import * as v from 'valibot';
import { ApiFailure } from './api-errors.ts';

/**
 * Validates a request body with the shared schema. A body of the wrong shape is refused as a
 * whole with 400 and the first problem named (field path and what is wrong); nothing is
 * written, because this runs before the route does anything.
 */
export function parseBody<TSchema extends v.GenericSchema>(
  schema: TSchema,
  body: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, body ?? undefined);
  if (result.success) return result.output;
  throw new ApiFailure(400, 'invalid-body', describeIssue(result.issues[0], 'body'));
}

/** A validation problem for developers: the field path (or `whole`) and what is wrong. */
export function describeIssue(issue: v.BaseIssue<unknown>, whole: string): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? whole;
  return `${path}: ${issue.message}`;
}
