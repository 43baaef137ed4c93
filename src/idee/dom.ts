type Child = Node | string | null | false | undefined;
type Attrs = Record<string, string | boolean | number | EventListener | undefined>;

/**
 * A tiny element builder: this page carries no framework (its whole JS budget is 20 KB on a
 * slow phone connection). `on…` attributes become listeners; `true` an empty attribute.
 */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Replaces what the main element shows and moves focus to its heading (screen readers). */
export function show(root: HTMLElement, ...children: Child[]): void {
  root.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
  const heading = root.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}
