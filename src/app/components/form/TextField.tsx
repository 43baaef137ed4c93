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
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint && hintId, props.error && errorId].filter(Boolean).join(' ');
  return (
    <div class={`field${props.error ? ' field-invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
      <input
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
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
