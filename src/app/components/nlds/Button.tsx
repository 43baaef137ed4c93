import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'preact';

/** NL Design System button appearances; `secondary` is the everyday one. */
export type ButtonAppearance = 'primary' | 'secondary' | 'subtle';

interface Look {
  appearance?: ButtonAppearance;
  /** The one big call to action of a screen (Nieuw bezoek, Opslaan). */
  large?: boolean;
}

function buttonClass({ appearance = 'secondary', large }: Look, disabled?: unknown): string {
  return (
    `nl-button nl-button--${appearance}` +
    (large ? ' noaber-button--large' : '') +
    (disabled ? ' nl-button--disabled' : '')
  );
}

/**
 * The NL Design System button; every other attribute goes to the <button> as it is. The label
 * sits in its own span, as the NL Design System markup has it, so that it centres vertically.
 */
export function Button({ appearance, large, children, ...props }: Look & ButtonHTMLAttributes) {
  return (
    <button {...props} class={buttonClass({ appearance, large }, props.disabled)}>
      <span class="nl-button__label">{children}</span>
    </button>
  );
}

/** A link that looks like a button: it goes somewhere, it does not act. */
export function ButtonLink({ appearance, large, children, ...props }: Look & AnchorHTMLAttributes) {
  return (
    <a {...props} class={buttonClass({ appearance, large })}>
      <span class="nl-button__label">{children}</span>
    </a>
  );
}
