/**
 * What the request edge (server/request-edge.ts) refused, passed to the app in the load context: the root loader
 * then throws it, so the visitor sees the normal page (layout, language) with a message instead of a bare error.
 */
export type EdgeProblem = "malformed" | "unsupportedType" | "tooLarge" | "badAddress" | "notFound";

export interface EdgeError {
  status: 400 | 404 | 413 | 415;
  problem: EdgeProblem;
}

export const EDGE_STATUS: Record<EdgeProblem, EdgeError["status"]> = {
  malformed: 400,
  badAddress: 400,
  notFound: 404,
  tooLarge: 413,
  unsupportedType: 415,
};

/** The edge's refusal from a loader's `context`, if any. */
export function edgeErrorOf(context: unknown): EdgeError | undefined {
  const value = (context as { edgeError?: EdgeError } | null | undefined)?.edgeError;
  return value && typeof value.status === "number" ? value : undefined;
}

/** The error page's message keys for a refusal (title, text); 404 uses the normal not-found page. */
export const EDGE_MESSAGES = {
  malformed: { title: "errors.edge.badRequestTitle", text: "errors.edge.malformed" },
  badAddress: { title: "errors.edge.badRequestTitle", text: "errors.edge.badAddress" },
  tooLarge: { title: "errors.edge.tooLargeTitle", text: "errors.edge.tooLarge" },
  unsupportedType: { title: "errors.edge.badRequestTitle", text: "errors.edge.unsupportedType" },
} as const satisfies Record<Exclude<EdgeProblem, "notFound">, { title: string; text: string }>;
