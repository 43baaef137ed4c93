import type { ComponentChildren } from 'preact';

/**
 * One labelled form field in the NL Design System (Utrecht) form-field markup: label, hint,
 * error, then the control. The control is the caller's (Textbox, Select, Textarea) and must
 * have `id` = `props.id`; `${id}-hint` and `${id}-error` are the ids to point
 * aria-describedby at (WCAG 1.3.1, 3.3.1).
 */
export function Field(props: {
  id: string;
  label: ComponentChildren;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={`utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={props.id}>
          {props.label}
        </label>
      </div>
      {props.hint && (
        <p
          id={`${props.id}-hint`}
          class="utrecht-form-field-description utrecht-form-field__description"
        >
          {props.hint}
        </p>
      )}
      {props.error && (
        <p
          id={`${props.id}-error`}
          class="utrecht-form-field-error-message utrecht-form-field__error-message"
        >
          {props.error}
        </p>
      )}
      <div class="utrecht-form-field__input">{props.children}</div>
    </div>
  );
}

/** The ids of a field's hint and error that are shown, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}
