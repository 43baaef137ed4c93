import type { InputHTMLAttributes } from 'preact';

/**
 * A text, e-mail, password, telephone, URL or date input in the NL Design System (Utrecht)
 * textbox style. Every attribute goes to the <input> as it is (a `class` of the caller's is
 * replaced); `aria-invalid` also gives the invalid look. One control a file, so that a screen
 * loads only the controls it shows (the sign-in screen is in the first bundle).
 */
export function Textbox(props: InputHTMLAttributes) {
  const invalid = props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  return (
    <input
      {...props}
      class={`utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}`}
    />
  );
}
