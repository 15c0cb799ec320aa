import type { TFunction } from "i18next";

/** "SDG 13 Klimaatactie" / "SDG 13 Climate action": the goal's number with its official name (1–17). */
export const sdgLabel = (t: TFunction, n: number | string): string => {
  const name = (t as unknown as (key: string) => string)(`sdg.names.${n}`);
  return t("sdg.named", { n, name });
};
