import * as oxc from "@prettier/plugin-oxc";
import { format, version } from "prettier";

/** Fixed options, never read from the user's config: the same spec must print the same bytes anywhere. */
const PRETTIER_OPTIONS = { printWidth: 100, tabWidth: 2, useTabs: false, semi: true, singleQuote: false, trailingComma: "all", endOfLine: "lf" } as const;

const PARSERS: [RegExp, string][] = [
  [/\.ts$/, "oxc-ts"],
  [/\.json$/, "json"],
  [/\.md$/, "markdown"],
];

/**
 * TypeScript is parsed by oxc (prettier's own plugin), faster than prettier's default parser on small
 * files, but the plugin's cost grows faster than the file: on a 3.4 MB schema.ts it took 56 s where
 * the `typescript` parser takes 3.5 s (the same output, byte for byte). Above this length, `typescript`.
 */
const OXC_MAX_LENGTH = 256_000;

/** What the formatted text depends on besides the input: part of every cache key. */
export const FORMAT_FINGERPRINT = JSON.stringify({ prettier: version, oxc: "0.2.2", options: PRETTIER_OPTIONS });

export function parserFor(file: string, length = 0): string | undefined {
  const parser = PARSERS.find(([pattern]) => pattern.test(file))?.[1];
  return parser === "oxc-ts" && length > OXC_MAX_LENGTH ? "typescript" : parser;
}

export function formatText(text: string, parser: string): Promise<string> {
  return format(text, { ...PRETTIER_OPTIONS, parser, plugins: parser === "oxc-ts" ? [oxc] : [] });
}

/**
 * A worker thread that formats what it is posted exactly as {@link formatText} does. Its code is a
 * plain script that imports prettier by resolved URL, so it runs the same from TypeScript sources
 * (under tsx) and from the compiled generator.
 */
export const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const loaded = Promise.all([import(workerData.prettier), import(workerData.oxc)]);
parentPort.on("message", async (job) => {
  try {
    const [prettier, oxc] = await loaded;
    const text = await prettier.format(job.text, { ...workerData.options, parser: job.parser, plugins: job.parser === "oxc-ts" ? [oxc] : [] });
    parentPort.postMessage({ index: job.index, text });
  } catch (error) {
    parentPort.postMessage({ index: job.index, error: String((error && error.message) || error) });
  }
});
`;

export const workerData = (): { prettier: string; oxc: string; options: typeof PRETTIER_OPTIONS } => ({
  prettier: import.meta.resolve("prettier"),
  oxc: import.meta.resolve("@prettier/plugin-oxc"),
  options: PRETTIER_OPTIONS,
});
