import { useState } from 'preact/hooks';
import { RecordValidationError, type FieldProblem } from '../../db/repositories/record-errors.ts';
import { useRecordText } from '../i18n/record-text.ts';

/**
 * The save of a record form: field problems from the repository's validation shown next to
 * their fields, any other failure (storage full, database closed) as one plain sentence. The
 * form keeps what was typed either way. A full device says so, with what to do.
 *
 * `problems` holds the words for each field, in the language shown now, under the full path
 * (`memberships.0.endDate`) and under the top-level field (`memberships`), the first
 * problem of each.
 */
export function useRecordSave(): {
  problems: Record<string, string>;
  failure: string | undefined;
  run: (work: () => Promise<void>) => Promise<void>;
} {
  const { t, problemText, saveFailedText } = useRecordText();
  const [found, setFound] = useState<FieldProblem[]>([]);
  const [failed, setFailed] = useState<'fields' | { error: unknown }>();
  const run = async (work: () => Promise<void>) => {
    setFound([]);
    setFailed(undefined);
    try {
      await work();
    } catch (error) {
      if (error instanceof RecordValidationError) {
        setFound(error.problems);
        setFailed('fields');
      } else {
        setFailed({ error });
      }
    }
  };
  const problems: Record<string, string> = {};
  for (const problem of found) {
    const text = problemText(problem);
    const field = problem.path.split('.')[0] ?? '';
    problems[problem.path] ??= text;
    problems[field] ??= text;
  }
  const failure =
    failed === 'fields'
      ? t('visit.fixFields')
      : failed
        ? saveFailedText(failed.error)
        : undefined;
  return { problems, failure, run };
}
