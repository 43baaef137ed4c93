import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'preact';

/*
 * The form controls as thin wrappers over the NL Design System (Utrecht) class names: every
 * attribute goes to the element as it is (a `class` of the caller's is replaced); `aria-invalid` also gives the invalid look.
 */

const invalid = (ariaInvalid: unknown, base: string) =>
  ariaInvalid === true || ariaInvalid === 'true' ? ` ${base}--invalid` : '';

/** A text, e-mail, password or date input. */
export function Textbox(props: InputHTMLAttributes) {
  return (
    <input
      {...props}
      class={`utrecht-textbox utrecht-textbox--html-input${invalid(props['aria-invalid'], 'utrecht-textbox')}`}
    />
  );
}

export function Select(props: SelectHTMLAttributes) {
  return (
    <select
      {...props}
      class={`utrecht-select utrecht-select--html-select${invalid(props['aria-invalid'], 'utrecht-select')}`}
    />
  );
}

export function Textarea(props: TextareaHTMLAttributes) {
  return (
    <textarea
      {...props}
      class={`utrecht-textarea utrecht-textarea--html-textarea${invalid(props['aria-invalid'], 'utrecht-textarea')}`}
    />
  );
}

/** A checkbox with its label after it, the whole line a touch target. */
export function Checkbox(props: {
  label: string;
  name?: string;
  value?: string;
  checked: boolean;
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
        onChange={props.onChange}
      />
      <span>{props.label}</span>
    </label>
  );
}
