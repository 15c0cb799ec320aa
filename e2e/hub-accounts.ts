/** Hub staff accounts the e2e test server creates: one per spec file that logs in as hub staff (see test-server.ts). */
export const E2E_HUB_ACCOUNTS = ["hub", "hub-home", "hub-insights", "intake-challenge", "intake-solution", "brokering", "messaging", "browse", "story", "mobile", "spare", "edih", "first-steps-nl", "first-steps-en", "judgements", "joint", "match-reasons"] as const;
export type HubAccount = (typeof E2E_HUB_ACCOUNTS)[number];
export const hubEmail = (key: HubAccount) => `e2e-hub-${key}@e2e.example`;
/**
 * Hub staff, except where a spec needs what only a hub admin may do (brokering.spec edits the stale thresholds;
 * first-steps.spec invites a new broker to the hub team).
 */
export const hubRole = (key: HubAccount): "hub_staff" | "hub_admin" => (key === "brokering" || key.startsWith("first-steps") ? "hub_admin" : "hub_staff");
