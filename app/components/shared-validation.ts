/**
 * Shared client/server validation (ADR 0021). The browser checks a form with the zod schema its action parses it with
 * (Conform: on blur, and again on every keystroke once a field shows an error), so a mistake shows before the round
 * trip. The messages are the same i18n keys the server answers with. Without JavaScript nothing changes: the form
 * posts and the server's answer is shown. A server message stands until the user edits that field; a new answer
 * from the server starts afresh.
 */
import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { useEffect, useState, type FormEvent } from "react";
import type { ZodTypeAny } from "zod";

type Errors = Record<string, string | undefined>;

export function useSharedValidation(schema: ZodTypeAny, serverErrors: Errors) {
  const [form] = useForm<Record<string, unknown>, string[]>({
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setEdited(new Set()), [serverErrors]);
  const errors: Errors = {};
  for (const [name, message] of Object.entries(serverErrors)) if (message && !edited.has(name)) errors[name] = message;
  for (const [name, messages] of Object.entries(form.allErrors)) if (messages?.[0]) errors[name] = messages[0];
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as { name?: string }).name;
    if (name && !edited.has(name)) setEdited(new Set(edited).add(name));
  };
  return { formProps: { id: form.id, onSubmit: form.onSubmit, onInput, noValidate: true }, errors };
}
