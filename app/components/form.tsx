import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from "react";
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
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
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
    <p id={id} className="field-error">
      {tm(error)}
    </p>
  ) : null;
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string; hint?: string };

/** A labelled input with its hint and field-level error wired up through aria-describedby. */
export function TextField({ name, label, error, hint, id, ...rest }: FieldProps) {
  const tm = useMessage();
  const fieldId = id ?? name;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
      {error ? (
        <p id={`${fieldId}-error`} className="field-error">
          {tm(error)}
        </p>
      ) : null}
    </div>
  );
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
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      >
        <option value="">{placeholder}</option>
        {children}
      </select>
      {error ? (
        <p id={`${name}-error`} className="field-error">
          {tm(error)}
        </p>
      ) : null}
    </div>
  );
}
