import { useEffect, useId, useState, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { useMessage } from "./form";
import { Markdown } from "./markdown";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue"> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
};

/**
 * A labelled textarea for markdown text with a preview. The preview renders with the same safe renderer as the
 * public pages, so what the author sees is what readers get. Without JavaScript the field is a plain textarea
 * (the toggle needs the browser to render); the text itself always goes to the server in the form.
 */
export function MarkdownField({ name, label, hint, error, defaultValue, id, rows = 6, ...rest }: Props) {
  const { t } = useTranslation();
  const tm = useMessage();
  const fieldId = id ?? name;
  const previewId = useId();
  const [value, setValue] = useState(defaultValue ?? "");
  const [previewing, setPreviewing] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const describedBy =
    [`${fieldId}-md`, hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field markdown-field">
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="field-hint utrecht-form-field-description">
          {hint}
        </p>
      ) : null}
      <p id={`${fieldId}-md`} className="field-hint utrecht-form-field-description">
        {t("markdownField.help")}
      </p>
      <textarea
        id={fieldId}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        hidden={previewing}
        {...rest}
      />
      {previewing ? (
        <div id={previewId} className="markdown-preview" aria-label={t("markdownField.previewOf", { label })} role="region">
          {value.trim() ? <Markdown text={value} /> : <p className="field-hint utrecht-form-field-description">{t("markdownField.empty")}</p>}
        </div>
      ) : null}
      {hydrated ? (
        <button
          type="button"
          className="link-button"
          aria-pressed={previewing}
          aria-controls={previewing ? previewId : fieldId}
          onClick={() => setPreviewing((p) => !p)}
        >
          {previewing ? t("markdownField.edit") : t("markdownField.preview")}
        </button>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="field-error utrecht-form-field-error-message">
          {tm(error)}
        </p>
      ) : null}
    </div>
  );
}
