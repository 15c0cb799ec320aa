/**
 * A sentence that ends in a value which itself ends in a period ("… bij Warmtewijk Digitaal B.V.") got a second
 * period from the message ("B.V.."). This i18next post-processor drops the sentence's period after such a value:
 * exactly two periods before a space or the end become one; an ellipsis ("...") is left alone.
 */
import type { PostProcessorModule } from "i18next";

export const collapseSentenceDots = (text: string): string => text.replace(/(?<!\.)\.\.(?=\s|$)/g, ".");

export const SENTENCE_DOTS = "sentenceDots";

export const sentenceDots: PostProcessorModule = {
  type: "postProcessor",
  name: SENTENCE_DOTS,
  process: (value: string) => (typeof value === "string" ? collapseSentenceDots(value) : value),
};
