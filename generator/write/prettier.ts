import * as oxc from "@prettier/plugin-oxc";
import { format, version } from "prettier";

/** Fixed options, never read from the user's config: the same spec must print the same bytes anywhere. */
export const PRETTIER_OPTIONS = { printWidth: 100, tabWidth: 2, useTabs: false, semi: true, singleQuote: false, trailingComma: "all", endOfLine: "lf" } as const;

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
