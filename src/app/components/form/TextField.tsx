import type { ComponentChildren } from 'preact';

/*
 * Field and TextField share this module, and TextField writes the Utrecht textbox classes out
 * instead of using Textbox: the sign-in screen puts TextField in the first bundle, and any
 * module it imports that later screens also import makes the bundler split the shared code
 * (Preact, i18n) into an extra chunk, which `npm run size` counts. Keep it self-contained.
 */

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

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date';
  autoComplete?: string;
  required?: boolean;
  /** Shown under the label; also read out with the field. */
  hint?: string;
  /** Shown next to the field in words, and marks the field invalid. */
  error?: string | undefined;
  minLength?: number;
  maxLength?: number;
}

/** A labelled input whose hint and error are tied to it for screen readers (WCAG 1.3.1, 3.3.1). */
export function TextField(props: TextFieldProps) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${props.error ? ' utrecht-textbox--invalid' : ''}`}
        id={props.id}
        name={props.id}
        // Preact types each input type apart; this field chooses at run time. The type
        // checker needs the assertion, the linter's view of the same code does not.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        autoComplete={props.autoComplete}
        required={props.required}
        minLength={props.minLength}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
    </Field>
  );
}
