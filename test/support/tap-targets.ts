import type { Page } from 'playwright-core';

/**
 * The controls on the page smaller than WCAG 2.2 2.5.8 allows (24 × 24 CSS px), or than 44 × 44
 * for a primary button (class nl-button--primary), as readable lines. Measured: every visible
 * button, link, input, select, textarea and summary. A checkbox or radio is measured with its
 * label (the label is its target). Exempt as the criterion has it: a link inside a sentence
 * (inline), and the skip link, which shows only on focus.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary',
    );
    for (const control of controls) {
      if (control.closest('.nl-skip-link, [hidden]')) continue;
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Visually hidden (1 × 1, clipped): not a target anyone taps.
      if (box.width <= 1 && box.height <= 1) continue;
      if (
        control instanceof HTMLInputElement &&
        (control.type === 'checkbox' || control.type === 'radio')
      ) {
        const label =
          control.closest('label') ??
          (control.id ? document.querySelector(`label[for="${control.id}"]`) : null);
        if (label) box = label.getBoundingClientRect();
      }
      if (control instanceof HTMLAnchorElement && !control.classList.contains('nl-button')) {
        // Inline: the link is part of a sentence (its paragraph holds other words too).
        const sentence = control.closest('p');
        const own = control.textContent.trim();
        if (sentence && sentence.textContent.trim() !== own) continue;
      }
      const primary = control.classList.contains('nl-button--primary');
      const floor = primary ? 44 : 24;
      if (box.width < floor - 0.5 || box.height < floor - 0.5) {
        const name = (control.getAttribute('aria-label') ?? control.textContent).trim();
        found.push(
          `${control.tagName.toLowerCase()}${primary ? ' (primary)' : ''} "${name.slice(0, 40)}" ` +
            `${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return found;
  });
}

/** Moves to `path` as a link inside the app does (history and popstate), not a page load. */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Whether keyboard focus is on the screen's heading. */
export function focusOnHeading(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.id === 'screen-title');
}
