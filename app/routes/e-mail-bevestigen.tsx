import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../components/form";
import { verifyEmail } from "../domain/auth/signup.server";

export const meta: MetaFunction = () => [{ title: "E-mailadres bevestigen · Opgavenmarkt" }];

/** The link only shows a button: the state change happens in the POST (mail scanners follow links). */
export function loader({ request }: LoaderFunctionArgs) {
  return { token: (new URL(request.url).searchParams.get("token") ?? "").slice(0, 100) };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = String((await request.formData()).get("token") ?? "");
  if (!(await verifyEmail(request, token))) return data({ error: "verify.invalid" }, { status: 400 });
  return redirect("/inloggen?melding=bevestigd");
}

export default function VerifyEmail() {
  const { t } = useTranslation();
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <h1>{t("verify.title")}</h1>
      <ErrorSummary messages={[result?.error]} />
      <p>{t("verify.intro")}</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {t("verify.submit")}
        </button>
      </Form>
    </div>
  );
}
