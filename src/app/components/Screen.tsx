import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useScreenTitle } from '../hooks/useScreenTitle.ts';
import { Heading } from './nlds/Heading.tsx';
import { Paragraph } from './nlds/Paragraph.tsx';

/** When the last route change asked for the new screen's heading to take focus. */
let focusAsked = 0;

function focusIfAsked(): void {
  const heading = document.getElementById('screen-title');
  // A screen that shows up later than this (never, or after a long wait) takes no focus.
  if (heading && Date.now() - focusAsked < 3000) {
    heading.focus();
    focusAsked = 0;
  }
}

/**
 * After an in-app navigation (the router's onRouteChange), focus moves to the new screen's
 * heading (WCAG 2.4.3): at once if it is there, else when its Screen mounts — most screens
 * show their frame only once their data is read.
 */
export function focusScreenHeading(): void {
  focusAsked = Date.now();
  requestAnimationFrame(focusIfAsked);
}

/**
 * The frame of every screen: one h1 that also names the tab. The h1 takes focus after a
 * route change (focusScreenHeading), so keyboard and screen-reader users land on the new
 * screen.
 */
export function Screen({ title, children }: { title: string; children?: ComponentChildren }) {
  useScreenTitle(title);
  useEffect(focusIfAsked, []);
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
