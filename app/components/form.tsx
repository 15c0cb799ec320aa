import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

/** Translate a message key coming from the server (zod messages and domain errors are translation keys). */
export function useMessage() {
  const { t } = useTranslation();
  return (key: string, options?: Record<string, unknown>) => String(t(key as "errors.title", options as never));
}

/** The list of problems at the top of a form; takes focus when it appears, so screen readers announce it. */
export function ErrorSummary({ messages, title }: { messages: (string | null | undefined)[]; title?: string }) {
  const tm = useMessage();
  const ref = useRef<HTMLDivElement>(null);
  const list = [...new Set(messages.filter(Boolean) as string[])];
  const signature = list.join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (!list.length) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title ?? tm("forms.errorSummary")}</h2>
      <ul>
        {list.map((m) => (
          <li key={m}>{tm(m)}</li>
        ))}
      </ul>
    </div>
  );
}

/** A field-level error, by id, for controls that TextField and SelectField do not cover (groups, textareas). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const tm = useMessage();
  return error ? (
    <p id={id} className="field-error utrecht-form-field-error-message">
      {tm(error)}
    </p>
  ) : null;
}

type Labelled = { name: string; label: string; error?: string; hint?: string; id?: string };

/**
 * Label, hint and field-level error around one control, wired up through aria-describedby: an NL Design System form
 * field (utrecht-form-field), in its reading order (label, description, error message, control).
 */
function LabelledField({ name, label, error, hint, id, control }: Labelled & { control: (wiring: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  const tm = useMessage();
  const fieldId = id ?? name;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <label htmlFor={fieldId} className="utrecht-form-label utrecht-form-field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="field-hint utrecht-form-field-description">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="field-error utrecht-form-field-error-message utrecht-form-field__error-message">
          {tm(error)}
        </p>
      ) : null}
      <div className="utrecht-form-field__input">{control({ id: fieldId, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}</div>
    </div>
  );
}

/** A labelled input with its hint and field-level error. */
export function TextField({ name, label, error, hint, id, ...rest }: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return <LabelledField name={name} label={label} error={error} hint={hint} id={id} control={(wiring) => <input name={name} {...wiring} {...rest} />} />;
}

/** A labelled textarea (plain text; Markdown fields use MarkdownField) with its hint and field-level error. */
export function TextAreaField({ name, label, error, hint, id, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return <LabelledField name={name} label={label} error={error} hint={hint} id={id} control={(wiring) => <textarea name={name} {...wiring} {...rest} />} />;
}

/** A labelled select with an empty first option and its field-level error wired up through aria-describedby. */
export function SelectField({
  name,
  label,
  placeholder,
  defaultValue,
  error,
  children,
}: {
  name: string;
  label: string;
  placeholder: string;
  defaultValue?: string;
  error?: string;
  children: ReactNode;
}) {
  const tm = useMessage();
  return (
    <div className={`field utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <label htmlFor={name} className="utrecht-form-label utrecht-form-field__label">
        {label}
      </label>
      {error ? (
        <p id={`${name}-error`} className="field-error utrecht-form-field-error-message utrecht-form-field__error-message">
          {tm(error)}
        </p>
      ) : null}
      <select
        className="utrecht-form-field__input"
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      >
        <option value="">{placeholder}</option>
        {children}
      </select>
    </div>
  );
}
