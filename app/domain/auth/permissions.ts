/**
 * Roles and permissions as data (role → entity → actions). Organisation roles come from the caller's membership
 * of their active organisation; hub roles from users.platform_role. Pure data: the UI may import it to hide
 * buttons, and app/domain/auth/access.server.ts enforces it on the server.
 */
export const ROLES = ["org_member", "org_admin", "hub_staff", "hub_admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  org_member: {
    organisation: ["view"],
    membership: ["view"],
    challenge: ["create", "update", "publish"],
    solution: ["create", "update", "publish"],
    deployment: ["confirm"],
    match: ["respond"],
  },
  org_admin: {
    organisation: ["view", "update"],
    membership: ["view", "invite", "changeRole", "remove"],
    challenge: ["create", "update", "publish"],
    solution: ["create", "update", "publish"],
    deployment: ["confirm"],
    match: ["respond"],
  },
  hub_staff: {
    hub: ["view"],
    verification: ["view", "approve"],
    challenge: ["review"],
    solution: ["review"],
    match: ["broker"],
    thread: ["readAll"],
  },
  hub_admin: {
    hub: ["view"],
    verification: ["view", "approve"],
    challenge: ["review"],
    solution: ["review"],
    match: ["broker"],
    hubRole: ["assign"],
    hubSettings: ["update"],
    thread: ["readAll"],
  },
} as const satisfies Record<Role, Record<string, readonly string[]>>;

type Entities = { [R in Role]: keyof (typeof PERMISSIONS)[R] }[Role];
type ActionsOf<E extends string> = {
  [R in Role]: E extends keyof (typeof PERMISSIONS)[R] ? ((typeof PERMISSIONS)[R][E] extends readonly (infer A)[] ? A : never) : never;
}[Role];
/** "entity.action", e.g. "membership.invite". */
export type Permission = { [E in Entities & string]: `${E}.${ActionsOf<E> & string}` }[Entities & string];

/**
 * Organisation permissions that also need a verified membership when the organisation is a public body: everything
 * that speaks for the body (ADR 0015). An unverified member keeps challenge.create / challenge.update for their own
 * drafts; the intake domain narrows those further (app/domain/organisations/speaks-for.server.ts).
 */
export const NEEDS_VERIFIED_PUBLIC_BODY: readonly Permission[] = [
  "challenge.publish",
  "deployment.confirm",
  "match.respond",
  "membership.invite",
  "membership.changeRole",
  "membership.remove",
];
/** Permissions that belong to the hub (no organisation needed). */
export const HUB_ENTITIES = ["hub", "verification", "match", "hubRole", "hubSettings", "thread"] as const;

export function rolesFor(platformRole: string, membershipRole: string | null): Role[] {
  const roles: Role[] = [];
  if (membershipRole === "admin") roles.push("org_admin");
  else if (membershipRole === "member") roles.push("org_member");
  if (platformRole === "hub_staff") roles.push("hub_staff");
  if (platformRole === "hub_admin") roles.push("hub_admin");
  return roles;
}

export function roleGrants(role: Role, permission: Permission): boolean {
  const [entity, action] = permission.split(".") as [string, string];
  const table = PERMISSIONS[role] as Record<string, readonly string[]>;
  return table[entity]?.includes(action) ?? false;
}
