/**
 * The action contract (ADR 0021): one place for what every route action repeated. Private pages and action replies
 * are never cached (`NO_STORE`); a reply is `data(result, { status, headers: NO_STORE })`; `bad` is the 400 of an
 * invalid form; `dispatchIntent` runs the handler named by the form's `intent` field and answers 400 for an unknown
 * one (remix-run/examples `multiple-forms`).
 */
import { data } from "@remix-run/node";

/** Responses with personal data: not stored by the browser or any cache. */
export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

/** An action's reply (200 unless told otherwise), never cached. */
export const reply = <T>(result: T, status = 200) => data(result, { status, headers: NO_STORE });

/** The 400 of an invalid form or an unknown intent, never cached. */
export const bad = <T>(result: T) => reply(result, 400);

/** The form's `intent` field ("" when missing). */
export const intentOf = (form: FormData): string => String(form.get("intent") ?? "");

type Handler = (intent: string) => unknown;

/**
 * Runs the handler named by the form's `intent` and returns what it returns. An intent without a handler gets
 * `unknown` (by default a 400 with the generic form error).
 */
export async function dispatchIntent<H extends Record<string, Handler>, U = ReturnType<typeof bad<{ intent: string; errors: { form: string } }>>>(
  form: FormData,
  handlers: H,
  unknown?: (intent: string) => U | Promise<U>,
): Promise<Awaited<ReturnType<H[keyof H]>> | U> {
  const intent = intentOf(form);
  const handler = Object.hasOwn(handlers, intent) ? handlers[intent] : undefined;
  if (handler) return (await handler(intent)) as Awaited<ReturnType<H[keyof H]>>;
  if (unknown) return unknown(intent);
  return bad({ intent, errors: { form: "forms.invalid" } }) as U;
}
