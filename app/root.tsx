import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  data,
} from "@remix-run/react";
import { useMemo, useSyncExternalStore, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { useNonce } from "./components/nonce";
import { getSession } from "./domain/auth/session.server";
import { isDatabaseUnavailable } from "./domain/db.server";
import { bellCount } from "./domain/notifications/bell.server";
import { listThemes } from "./domain/themes.server";
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { areaSet, stringsFile, type I18nHandle } from "./i18n/areas";
import { createPageI18n, loadAreas, missingAreas, onStrings, stringsVersion } from "./i18n/instance";
import { STRINGS_VERSION } from "./i18n/strings.server";
import { getLocale } from "./i18n/locale.server";
import { useRootData, type RootData } from "./utils/root-data";
import { EDGE_MESSAGES, edgeErrorOf, type EdgeProblem } from "./utils/request-edge";
import stylesheet from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Fallback title (also for the error page); routes set their own. */
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const locale = data?.locale ?? errorLocale(error) ?? DEFAULT_LOCALE;
  const t = createPageI18n(locale).t;
  const site = t("meta.siteName");
  if (!error) return [{ title: site }];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const edge = edgeMessages(error);
  return [{ title: `${edge ? t(edge.title) : errorTitle(t, status)} · ${site}` }];
};

function errorTitle(t: (key: "errors.notFoundTitle" | "errors.forbiddenTitle" | "errors.unavailableTitle" | "errors.title") => string, status: number) {
  if (status === 404) return t("errors.notFoundTitle");
  if (status === 403) return t("errors.forbiddenTitle");
  if (status === 503) return t("errors.unavailableTitle");
  return t("errors.title");
}

/** The request edge refused the request (server/request-edge.ts): the data of the error the root loader throws. */
type EdgeErrorData = { edgeError: EdgeProblem; locale: Locale; stringsVersion: string };
const edgeData = (error: unknown): EdgeErrorData | null =>
  isRouteErrorResponse(error) && typeof (error.data as EdgeErrorData | null)?.edgeError === "string" ? (error.data as EdgeErrorData) : null;
/** The language an error page speaks: the edge's and the 503's error data carry the visitor's locale. */
const errorLocale = (error: unknown): Locale | undefined =>
  isRouteErrorResponse(error) ? ((error.data as { locale?: Locale } | null)?.locale ?? undefined) : undefined;
/** The strings version an error page's data carries (the root loader threw before it could return its data). */
const errorStringsVersion = (error: unknown): string | undefined =>
  isRouteErrorResponse(error) ? ((error.data as { stringsVersion?: string } | null)?.stringsVersion ?? undefined) : undefined;

/**
 * The page's strings: the base areas and those its routes declare (handle.i18n), as one file whose name the layout
 * puts on <html> for entry.client. The browser holds only what its pages used so far; when a next page (or another
 * language without a new document) needs more, the layout suspends until they are loaded, so the router keeps showing the
 * current page meanwhile (its updates are transitions). The server has everything and never waits.
 */
function usePageStrings(locale: Locale, version: string): { file: string; loads: number } {
  const matches = useMatches();
  const loads = useSyncExternalStore(onStrings, stringsVersion, stringsVersion);
  const areas = areaSet(matches.flatMap((m) => (m.handle as I18nHandle | undefined)?.i18n ?? []));
  const missing = missingAreas(locale, areas);
  if (missing.length) throw loadAreas(locale, version, missing);
  return { file: `/i18n/${stringsFile(locale, version, areas)}`, loads };
}

const edgeMessages = (error: unknown) => {
  const problem = edgeData(error)?.edgeError;
  return problem && problem !== "notFound" ? EDGE_MESSAGES[problem] : null;
};

/**
 * While the database is unavailable every page answers 503 in the normal layout ("tijdelijk niet beschikbaar"), in the
 * visitor's language (read from the cookie, no database needed), with Retry-After. The pool fails fast (db/client.ts).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  // A request the edge refused is rendered as this page's error, in the visitor's language; no route loader runs.
  const edge = edgeErrorOf(context);
  if (edge) {
    const locale = await getLocale(request);
    throw data({ edgeError: edge.problem, locale, stringsVersion: STRINGS_VERSION } satisfies EdgeErrorData, { status: edge.status });
  }
  const locale = await getLocale(request);
  try {
    return await rootData(request, locale);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw new Response(JSON.stringify({ locale, stringsVersion: STRINGS_VERSION }), {
      status: 503,
      headers: { "Content-Type": "application/json", "Retry-After": "10", "Cache-Control": "no-store" },
    });
  }
}

async function rootData(request: Request, locale: Locale) {
  const [session, themes] = await Promise.all([getSession(request), listThemes()]);
  const headers = new Headers();
  if (session.setCookie) headers.append("Set-Cookie", session.setCookie);
  if (session.user) headers.set("Cache-Control", "private, no-store");
  const user: RootData["user"] = session.user
    ? {
        name: session.user.name,
        platformRole: session.user.platformRole,
        organisation: session.organisation?.name ?? null,
        organisationKind: session.organisation?.kind ?? null,
        membershipVerified: session.membership?.verified ?? false,
        unreadNotifications: await bellCount(session.user.id),
      }
    : null;
  const themeLabels = Object.fromEntries(themes.map((t) => [t.slug, locale === "en" ? t.labelEn : t.labelNl]));
  return data({ locale, stringsVersion: STRINGS_VERSION, user, themeLabels } satisfies RootData, { headers });
}

/**
 * Document responses take their headers from here (routes without a `headers` export inherit them): a signed-in
 * page must not be stored by the browser or a proxy (the loader's data() headers alone do not reach the document).
 */
export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => {
  const cacheControl = actionHeaders.get("Cache-Control") ?? loaderHeaders.get("Cache-Control");
  const out = new Headers();
  if (cacheControl) out.set("Cache-Control", cacheControl);
  return out;
};

export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRootData();
  const error = useRouteError();
  const locale: Locale = rootData?.locale ?? errorLocale(error) ?? DEFAULT_LOCALE;
  const strings = usePageStrings(locale, rootData?.stringsVersion ?? errorStringsVersion(error) ?? "");
  const i18n = useMemo(() => createPageI18n(locale), [locale, strings.loads]); // eslint-disable-line react-hooks/exhaustive-deps
  const nonce = useNonce();
  return (
    <html lang={locale} dir="ltr" className="opgavenmarkt-theme" data-strings={strings.file}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <SiteHeader user={rootData?.user ?? null} />
          <main id="inhoud" tabIndex={-1} className="page">
            {children}
          </main>
          <SiteFooter />
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** One friendly error page for every route: no stack traces, a way back home. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const edge = edgeMessages(error);
  const title = edge ? t(edge.title) : errorTitle(t, status);
  const message = edge
    ? t(edge.text)
    : status === 404
      ? t("errors.notFound")
      : status === 403
        ? t("errors.forbidden")
        : status === 503
          ? t("errors.unavailable")
          : t("errors.generic");
  return (
    <div className="container narrow">
      <h1>{title}</h1>
      <p>{message}</p>
      <p className="error-code">HTTP {status}</p>
      <p>
        <a href="/" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t("errors.home")}
        </a>
      </p>
    </div>
  );
}
