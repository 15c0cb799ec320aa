// Dev-time generator for db/reference/data/common-passwords.txt (the app never goes to the network for this).
// Usage: npm install --no-save @zxcvbn-ts/language-common@4.1.3 (in a scratch folder), then
//   npx tsx scripts/generate-common-passwords.ts <path to @zxcvbn-ts/language-common/src/passwords.json>
import { readFileSync, writeFileSync } from "node:fs";

const source = process.argv[2];
if (!source) throw new Error("Pass the path of @zxcvbn-ts/language-common/src/passwords.json");
const ranked = JSON.parse(readFileSync(source, "utf8"));
const seen = new Set();
const out: string[] = [];
(ranked as string[]).forEach((entry, rank) => {
  const word = entry.toLowerCase();
  if ((rank < 10_000 || word.length >= 12) && !seen.has(word)) {
    seen.add(word);
    out.push(word);
  }
});
const header = [
  "# Common and breached passwords, one per line, lower-cased (comment lines start with #).",
  "# Source: the npm package @zxcvbn-ts/language-common 4.1.3 (MIT), src/passwords.json, a ranked list derived from",
  "# public breach corpora. Kept: the 10,000 most common entries plus every entry of 12 or more characters.",
  "# Regenerate with: npx tsx scripts/generate-common-passwords.ts (see that file). No network use at run time.",
];
writeFileSync(new URL("../db/reference/data/common-passwords.txt", import.meta.url), `${header.join("\n")}\n${out.join("\n")}\n`);
console.log(`${out.length} entries`);
