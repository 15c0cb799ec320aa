/** Platform roles, notification mail settings and e-mail link purposes. */

export const PLATFORM_ROLES = ["user", "hub_staff", "hub_admin"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
/** The platform roles of hub staff (brokers and hub admins). */
export const HUB_ROLES = ["hub_staff", "hub_admin"] as const satisfies readonly PlatformRole[];
export const isHubRole = (role: string | null | undefined): boolean => role != null && (HUB_ROLES as readonly string[]).includes(role);

export const NOTIFICATION_EMAIL_MODES = ["immediate", "daily", "off"] as const;
export type NotificationEmailMode = (typeof NOTIFICATION_EMAIL_MODES)[number];

export const TOKEN_PURPOSES = ["verify_email", "reset_password", "invite"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];
