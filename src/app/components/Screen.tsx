import type { ComponentChildren } from 'preact';
import { useScreenTitle } from '../hooks/useScreenTitle.ts';
import { Heading } from './nlds/Heading.tsx';
import { Paragraph } from './nlds/Paragraph.tsx';

/**
 * The frame of every screen: one h1 that also names the tab. The h1 takes focus after a
 * route change (see App), so keyboard and screen-reader users land on the new screen.
 */
export function Screen({ title, children }: { title: string; children?: ComponentChildren }) {
  useScreenTitle(title);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <Heading level={1} id="screen-title" tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A titled part of a screen with the text to show while it has nothing in it. */
export function ScreenSection({
  title,
  emptyText,
  children,
}: {
  title: string;
  emptyText: string;
  children?: ComponentChildren;
}) {
  const hasContent = Array.isArray(children) ? children.length > 0 : Boolean(children);
  return (
    <section class="screen-section">
      <Heading level={2}>{title}</Heading>
      {hasContent ? children : <Paragraph muted>{emptyText}</Paragraph>}
    </section>
  );
}
