/** A checkbox with its label after it, the whole line a touch target (NL Design System look). */
export function Checkbox(props: {
  label: string;
  name?: string;
  value?: string;
  checked: boolean;
  /** Shown but not changeable (e.g. a kern the permission model keeps as it is). */
  disabled?: boolean | undefined;
  onChange: (event: Event & { currentTarget: HTMLInputElement }) => void;
}) {
  return (
    <label class="utrecht-form-label utrecht-form-label--checkbox choice">
      <input
        type="checkbox"
        class="utrecht-checkbox utrecht-checkbox--html-input"
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
      />
      <span>{props.label}</span>
    </label>
  );
}
