import { useState } from 'preact/hooks';
import { RecordValidationError } from '../../db/repositories/record-errors.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The save of a record form: field problems from the repository's validation shown next to
 * their fields, any other failure (storage full, database closed) as one plain sentence. The
 * form keeps what was typed either way.
 */
export function useRecordSave(): {
  problems: Record<string, string>;
  failure: string | undefined;
  run: (work: () => Promise<void>) => Promise<void>;
} {
  const { t } = useI18n();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const run = async (work: () => Promise<void>) => {
    setProblems({});
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      if (error instanceof RecordValidationError) {
        // The first problem per top-level field: e.g. `memberships.0.role` shows at memberships.
        setProblems(Object.fromEntries(error.problems.map((p) => [p.path.split('.')[0] ?? '', p.message])));
        setFailure(t('visit.fixFields'));
      } else {
        setFailure(t('visit.saveFailed'));
      }
    }
  };
  return { problems, failure, run };
}
