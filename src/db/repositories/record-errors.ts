import * as v from 'valibot';
import { fieldReason, type FieldReason } from '../../shared/records/fields.ts';

export interface FieldProblem {
  /** Dotted field path, e.g. `memberships.0.endDate`; '' for the record as a whole. */
  path: string;
  /** Why, as a code; the app says it in the chosen language. */
  reason: FieldReason;
  /** For `too-long`: the maximum number of characters. */
  limit?: number;
}

/**
 * A record the repository refused: nothing was written. The form shows each problem next to
 * its field and keeps what was typed.
 */
export class RecordValidationError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.path || 'record'}: ${p.reason}`).join('; '));
    this.name = 'RecordValidationError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`no ${table} record ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

/** A change that the domain rules refuse, e.g. a status step the status machine forbids. */
export class RecordRuleError extends Error {
  constructor(readonly rule: string) {
    super(rule);
    this.name = 'RecordRuleError';
  }
}

export function validated<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new RecordValidationError(
    result.issues.map((issue) => {
      const reason = fieldReason(issue.message);
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      return reason === 'too-long' && typeof issue.requirement === 'number'
        ? { path, reason, limit: issue.requirement }
        : { path, reason };
    }),
  );
}
