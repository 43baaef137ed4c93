import type { TextareaHTMLAttributes } from 'preact';

/**
 * A <textarea> in the NL Design System (Utrecht) style. Every attribute goes to the element as
 * it is (a `class` of the caller's is replaced); `aria-invalid` also gives the invalid look.
 */
export function Textarea(props: TextareaHTMLAttributes) {
  const invalid = props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  return (
    <textarea
      {...props}
      class={`utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`}
    />
  );
}
