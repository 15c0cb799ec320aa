import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringsResponse } from "../i18n/strings.server";

/** The interface strings of one language for the browser (public, no session): app/i18n/strings.server.ts. */
export function loader({ params, request }: LoaderFunctionArgs) {
  return stringsResponse(params.file, request.headers.get("Accept-Encoding") ?? "");
}
