import { Checkbox } from './Checkbox.tsx';

interface Option<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
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
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${props.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {props.legend}
      </legend>
      {props.error && (
        <p id={errorId} class="utrecht-form-field-error-message">
          {props.error}
        </p>
      )}
      {props.options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          name={props.name}
          value={option.value}
          checked={props.selected.includes(option.value)}
          disabled={option.disabled}
          onChange={(event) => toggle(option.value, event.currentTarget.checked)}
        />
      ))}
    </fieldset>
  );
}
