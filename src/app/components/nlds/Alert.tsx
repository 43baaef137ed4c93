import type { ComponentChildren } from 'preact';

/** The kinds of the Utrecht (NL Design System) alert; `ok` is a success. */
export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message box in the NL Design System alert style. The role is the caller's: `alert` for
 * what must be read out at once, `status` for news that may wait, none for a fixed text.
 * `page` makes it a full-width band under the header. A live region that must stay in the
 * page while empty uses `hidden` instead of not rendering.
 */
export function Alert(props: {
  type: AlertType;
  role?: 'alert' | 'status' | 'alertdialog';
  labelledBy?: string;
  page?: boolean;
  hidden?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <div
      class={`utrecht-alert utrecht-alert--${props.type}${props.page ? ' page-notice' : ''}`}
      role={props.role}
      aria-labelledby={props.labelledBy}
      hidden={props.hidden}
    >
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{props.children}</div>
      </div>
    </div>
  );
}
