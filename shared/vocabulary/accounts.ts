/** Platform roles, notification mail settings and e-mail link purposes. */

export const PLATFORM_ROLES = ["user", "hub_staff", "hub_admin"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const NOTIFICATION_EMAIL_MODES = ["immediate", "daily", "off"] as const;
export type NotificationEmailMode = (typeof NOTIFICATION_EMAIL_MODES)[number];

export const TOKEN_PURPOSES = ["verify_email", "reset_password", "invite"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];
