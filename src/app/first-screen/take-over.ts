/*
 * index.html carries the sign-in screen, rendered at build time (prerender.tsx), and a small
 * inline script that runs before its first paint. Until the app has taken the page over, that
 * script stops every form submit (a native one would put the password into the address) and
 * marks the form `data-sent-early`; it hides the page when SESSION_HINT_KEY says this device
 * is signed in. These helpers are the app's side of that agreement.
 */

/** The attribute the inline script in index.html waits for: forms are the app's now. */
const LIVE = 'data-live';
/** The attribute it puts on a form sent before that. */
const SENT_EARLY = 'data-sent-early';

/** From here on, forms submit through the app's own handlers; the page is shown. */
export function markAppLive(root: HTMLElement): void {
  root.setAttribute(LIVE, '');
  root.hidden = false;
}

/** Whether the user sent this form before the app took it over (asked once: it forgets). */
export function takeEarlySubmit(form: HTMLFormElement): boolean {
  const sent = form.hasAttribute(SENT_EARLY);
  form.removeAttribute(SENT_EARLY);
  return sent;
}

/** What is typed in a field of the form, by its id (the form was typed into before it was live). */
export function typedValue(form: HTMLFormElement, id: string): string {
  const field = form.elements.namedItem(id);
  return field instanceof HTMLInputElement ? field.value : '';
}
