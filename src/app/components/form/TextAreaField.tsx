import { describedBy, Field } from './TextField.tsx';
import { Textarea } from './Textarea.tsx';

/** A labelled multi-line text field; hint and error are tied to it like TextField's. */
export function TextAreaField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  hint?: string;
  error?: string | undefined;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <Textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 4}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
    </Field>
  );
}
