import type { Page } from 'playwright-core';

/**
 * Counts, inside the page, what a person does besides typing: every tap (pointerdown), every
 * focus move that no tap caused (Tab, the phone keyboard's "next", a field focused without a
 * tap), and how far anything scrolled (the page and any scrolling box, in px, both ways).
 * Installed before the app's scripts run; read with `readEffort`, reset with `resetEffort`.
 */
export async function installTapCounter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const effort = { taps: 0, focusMoves: 0, scrolled: 0, log: [] as string[] };
    let lastPointerDown = -Infinity;
    const positions = new WeakMap<object, number>();
    const describe = (target: EventTarget | null) => {
      if (!(target instanceof Element)) return 'page';
      const label = target.getAttribute('aria-label') ?? target.textContent.trim().slice(0, 40);
      return `${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''} ${label}`;
    };
    document.addEventListener(
      'pointerdown',
      (event) => {
        lastPointerDown = performance.now();
        effort.taps += 1;
        effort.log.push(`tap ${describe(event.target)}`);
      },
      true,
    );
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.target;
        // The app moves focus to a screen's heading itself: that is not the person's doing.
        if (!(target instanceof HTMLElement) || target.tabIndex < 0) return;
        if (performance.now() - lastPointerDown < 100) return;
        effort.focusMoves += 1;
        effort.log.push(`focus ${describe(target)}`);
      },
      true,
    );
    const scrollPosition = (target: EventTarget | null) =>
      target === document || target === window
        ? window.scrollY
        : target instanceof Element
          ? target.scrollTop
          : 0;
    document.addEventListener(
      'scroll',
      (event) => {
        const key = event.target === window ? document : (event.target ?? document);
        const now = scrollPosition(event.target);
        effort.scrolled += Math.abs(now - (positions.get(key) ?? 0));
        positions.set(key, now);
      },
      true,
    );
    Object.assign(window, {
      __effort: effort,
      __resetEffort: () => {
        effort.taps = 0;
        effort.focusMoves = 0;
        effort.scrolled = 0;
        effort.log = [];
        positions.set(document, window.scrollY);
      },
    });
  });
}

export interface Effort {
  taps: number;
  focusMoves: number;
  scrolled: number;
  log: string[];
}

export function readEffort(page: Page): Promise<Effort> {
  return page.evaluate(() => ({ ...(window as unknown as { __effort: Effort }).__effort }));
}

export function resetEffort(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __resetEffort: () => void }).__resetEffort());
}
