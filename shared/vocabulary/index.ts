/**
 * The shared vocabulary: statuses, kinds, fixed choices, limits and id checks that the database schema, the domain
 * and the browser all use. Dependency-free on purpose (no packages, nothing outside this folder), so client code
 * can import it without pulling server code into the bundle. Layer rules: docs/decisions/0019-layers.md.
 */
export * from "./accounts";
export * from "./challenges";
export * from "./ids";
export * from "./languages";
export * from "./limits";
export * from "./matches";
export * from "./organisations";
export * from "./solutions";
export * from "./judgements";
export * from "./procurement";
export * from "./joint-demand";
export * from "./alerts";
