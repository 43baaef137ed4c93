import type { ComponentChildren } from 'preact';

/** An NL Design System heading; its level is both the element and the look. */
export function Heading({
  level,
  id,
  tabIndex,
  children,
}: {
  level: 1 | 2 | 3;
  id?: string;
  tabIndex?: number;
  children: ComponentChildren;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} tabIndex={tabIndex} class={`nl-heading nl-heading--level-${level}`}>
      {children}
    </Tag>
  );
}
