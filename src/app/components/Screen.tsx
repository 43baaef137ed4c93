import type { ComponentChildren } from 'preact';
import { useScreenTitle } from '../hooks/useScreenTitle.ts';

/**
 * The frame of every screen: one h1 that also names the tab. The h1 takes focus after a
 * route change (see App), so keyboard and screen-reader users land on the new screen.
 */
export function Screen({ title, children }: { title: string; children?: ComponentChildren }) {
  useScreenTitle(title);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {title}
      </h1>
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
      <h2>{title}</h2>
      {hasContent ? children : <p class="empty-state">{emptyText}</p>}
    </section>
  );
}
