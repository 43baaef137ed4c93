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
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 4}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
