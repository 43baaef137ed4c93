interface Option<T extends string> {
  value: T;
  label: string;
}

/** A group of checkboxes with a legend, for choosing several values (roles, kernen). */
export function Checkboxes<T extends string>(props: {
  legend: string;
  name: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  error?: string | undefined;
}) {
  const toggle = (value: T, checked: boolean) => {
    const next = checked
      ? [...props.selected, value]
      : props.selected.filter((item) => item !== value);
    props.onChange(props.options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  const errorId = `${props.name}-error`;
  return (
    <fieldset
      class={`field checkboxes${props.error ? ' field-invalid' : ''}`}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
      {props.options.map((option) => (
        <label key={option.value} class="choice">
          <input
            type="checkbox"
            name={props.name}
            value={option.value}
            checked={props.selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.currentTarget.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
