/**
 * "Gluren bij de buren" (issue 17): for a member of a municipality or province, the solutions that neighbouring
 * municipalities and those in the same province use (confirmed deployments), with a way to ask the peer's contact
 * person through the platform (a new conversation). Logic: app/domain/peers/peers.server.ts.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, TextAreaField } from "../components/form";
import { fieldErrors } from "../domain/auth/schemas";
import { requireBodyMember } from "../domain/intake/deployment-confirm.server";
import { PeerMapFigure, peerAnchor } from "../components/peer-map";
import { peerMap } from "../domain/peers/peer-map.server";
import { contactPeer, peerDeployments, regionOf } from "../domain/peers/peers.server";
import { NO_STORE, reply } from "../utils/action.server";
import { MESSAGE_MAX } from "../../shared/vocabulary/limits";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-insights", "hub-team", "joint"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.peers") }];

const ContactSchema = z.object({
  deploymentId: z.string().uuid("peers.errors.notPeer"),
  body: z.string().trim().min(1, "peers.errors.body").max(MESSAGE_MAX, "peers.errors.body"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireBodyMember(request);
  const region = await regionOf(ctx.organisation.id);
  const rows = region ? await peerDeployments(region) : [];
  const map = region ? await peerMap(region, rows) : null;
  return data({ organisation: ctx.organisation.name, rows, map }, { headers: NO_STORE });
}

type Result = { values: Record<string, string>; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireBodyMember(request);
  const input = Object.fromEntries(await request.formData());
  const values = { deploymentId: String(input.deploymentId ?? "").slice(0, 100), body: String(input.body ?? "").slice(0, MESSAGE_MAX) };
  const parsed = ContactSchema.safeParse(input);
  if (!parsed.success) return reply<Result>({ values, errors: fieldErrors(parsed.error) }, 400);
  const region = await regionOf(ctx.organisation.id);
  if (!region) return reply<Result>({ values, errors: { form: "peers.errors.notPeer" } }, 400);
  const result = await contactPeer({ id: ctx.user.id, name: ctx.user.name, regionCode: region }, parsed.data.deploymentId, parsed.data.body);
  if (!result.ok) return reply<Result>({ values, errors: { form: `peers.errors.${result.error}` } }, 400);
  return redirect(`/berichten/${result.threadId}`, { headers: NO_STORE });
}

export default function Peers() {
  const { organisation, rows, map } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asking = rows.find((r) => r.deploymentId === (result?.values.deploymentId || params.get("vraag")));
  return (
    <div className="container">
      <h1>{t("peers.title")}</h1>
      <p>{t("peers.intro", { organisation })}</p>
      {asking ? (
        <section aria-labelledby="ask-heading" className="form-section">
          <h2 id="ask-heading">{t("peers.askTitle", { region: asking.regionName, solution: asking.solutionTitle })}</h2>
          <Form method="post" className="form" noValidate>
            <ErrorSummary messages={Object.values(result?.errors ?? {})} />
            <input type="hidden" name="deploymentId" value={asking.deploymentId} />
            <TextAreaField name="body" label={t("peers.question")} hint={t("peers.questionHint")} defaultValue={result?.values.body} error={result?.errors.body} rows={5} maxLength={MESSAGE_MAX} />
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t("peers.send")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
      {map ? <PeerMapFigure map={map} /> : null}
      {rows.length ? (
        <table className="utrecht-table data-table">
          <caption>{t("peers.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("peers.body")}</th>
              <th scope="col">{t("peers.solution")}</th>
              <th scope="col">{t("peers.provider")}</th>
              <th scope="col">{t("peers.relation")}</th>
              <th scope="col">{t("peers.contact")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.deploymentId} id={rows.findIndex((o) => o.regionCode === r.regionCode) === i ? peerAnchor(r.regionCode) : undefined}>
                <td>{r.regionName}</td>
                <td>
                  <Link to={`/oplossingen/${r.solutionSlug}`}>{r.solutionTitle}</Link>
                </td>
                <td>{r.provider}</td>
                <td>{t(r.relation === "adjacent" ? "peers.adjacent" : "peers.province")}</td>
                <td>
                  {r.hasContact ? (
                    <Link to={`?vraag=${r.deploymentId}#ask-heading`} aria-label={t("peers.askLabel", { region: r.regionName, solution: r.solutionTitle })}>
                      {t("peers.ask")}
                    </Link>
                  ) : (
                    t("peers.noContact")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("peers.none")}</p>
      )}
      <p className="field-hint">{t("peers.source")}</p>
    </div>
  );
}
