/**
 * The root route's loader data, which any page or UI helper may read: the language, the signed-in user and the
 * theme labels. Declared here rather than inferred from root.tsx, so that helpers below the routes read it without
 * importing the root route module (and its server imports); root.tsx checks its loader against this type.
 */
import { useRouteLoaderData } from "@remix-run/react";
import type { PlatformRole } from "../../shared/vocabulary";
import type { Locale } from "../i18n/locales";

export interface RootData {
  locale: Locale;
  /** The version of the strings files the browser loads (app/i18n/strings.server.ts). */
  stringsVersion: string;
  user: {
    name: string;
    platformRole: PlatformRole;
    organisation: string | null;
    organisationKind: string | null;
    membershipVerified: boolean;
    unreadNotifications: number;
  } | null;
  /** Theme slug → label in the page's language. */
  themeLabels: Record<string, string>;
}

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<RootData>("root");
}
