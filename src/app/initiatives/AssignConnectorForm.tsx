import { useState } from 'preact/hooks';
import { updateInitiative } from '../../db/repositories/initiatives.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { Select } from '../components/form/Select.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useRecordText } from '../i18n/record-text.ts';
import { ConnectorOptions } from './ConnectorOptions.tsx';

/**
 * A teamleider assigns the initiative to a gebiedsverbinder of its kern (or to nobody yet),
 * without the form for its other fields, which are the connectors' to change.
 */
export function AssignConnectorForm({ initiative }: { initiative: Initiative }) {
  const { t, saveFailedText } = useRecordText();
  const { db, writer } = useLocalData();
  const [chosen, setChosen] = useState(initiative.assignedConnectorId ?? '');
  const [failure, setFailure] = useState<string>();

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(undefined);
    try {
      await updateInitiative(db, initiative.id, { assignedConnectorId: chosen || null }, writer);
    } catch (error) {
      setFailure(saveFailedText(error));
    }
  };

  return (
    <section class="screen-section" aria-labelledby="assign-title">
      <Heading level={2} id="assign-title">
        {t('initiative.assign')}
      </Heading>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormMessage text={failure} kind="error" />
        <Field id="assign-connector" label={t('initiative.connector')}>
          <Select
            id="assign-connector"
            value={chosen}
            onChange={(e) => setChosen(e.currentTarget.value)}
          >
            <ConnectorOptions
              initiative={initiative}
              kernId={initiative.kernId}
              current={initiative.assignedConnectorId}
            />
          </Select>
        </Field>
        <Button
          appearance="primary"
          type="submit"
          disabled={chosen === (initiative.assignedConnectorId ?? '')}
        >
          {t('initiative.saveAssignment')}
        </Button>
      </form>
    </section>
  );
}
