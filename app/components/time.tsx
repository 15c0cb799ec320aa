import { useTranslation } from "react-i18next";

/** A date and time in the reader's language and Amsterdam time, machine-readable in `datetime`. */
export function Time({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const text = new Date(iso).toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL", {
    timeZone: "Europe/Amsterdam",
    dateStyle: "medium",
    timeStyle: "short",
  });
  return <time dateTime={iso}>{text}</time>;
}
