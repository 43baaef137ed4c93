import type { SelectHTMLAttributes } from 'preact';

/**
 * A <select> in the NL Design System (Utrecht) style. Every attribute goes to the element as
 * it is (a `class` of the caller's is replaced); `aria-invalid` also gives the invalid look.
 */
export function Select(props: SelectHTMLAttributes) {
  const invalid = props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  return (
    <select
      {...props}
      class={`utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}`}
    />
  );
}
