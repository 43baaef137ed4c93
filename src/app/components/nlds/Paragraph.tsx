import type { HTMLAttributes } from 'preact';

/**
 * An NL Design System paragraph. `lead` is the introduction under a screen title; `muted` is
 * secondary text (still AA on the page background).
 */
export function Paragraph({
  lead,
  muted,
  ...props
}: { lead?: boolean; muted?: boolean } & Omit<
  HTMLAttributes<HTMLParagraphElement>,
  'class' | 'className'
>) {
  return (
    <p
      {...props}
      class={`nl-paragraph${lead ? ' nl-paragraph--lead' : ''}${muted ? ' noaber-muted' : ''}`}
    />
  );
}
