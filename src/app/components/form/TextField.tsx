import { describedBy, Field } from './Field.tsx';
import { Textbox } from './controls.tsx';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date';
  autoComplete?: string;
  required?: boolean;
  /** Shown under the label; also read out with the field. */
  hint?: string;
  /** Shown next to the field in words, and marks the field invalid. */
  error?: string | undefined;
  minLength?: number;
  maxLength?: number;
}

/** A labelled input whose hint and error are tied to it for screen readers (WCAG 1.3.1, 3.3.1). */
export function TextField(props: TextFieldProps) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <Textbox
        id={props.id}
        name={props.id}
        // Preact types each input type apart; this field chooses at run time. The type
        // checker needs the assertion, the linter's view of the same code does not.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        autoComplete={props.autoComplete}
        required={props.required}
        minLength={props.minLength}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
    </Field>
  );
}
