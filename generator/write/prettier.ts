import { format, version } from "prettier";

/** Fixed options, never read from the user's config: the same spec must print the same bytes anywhere. */
export const PRETTIER_OPTIONS = { printWidth: 100, tabWidth: 2, useTabs: false, semi: true, singleQuote: false, trailingComma: "all", endOfLine: "lf" } as const;

/**
 * TypeScript is parsed by `babel-ts`, prettier's fastest TypeScript parser on this output: on the
 * 1,000-operation synthetic spec the format stage took 15.8 s with it, 29.7 s with oxc (whose plugin
 * strips comments from the whole text once per comment) below 256 kB and `typescript` above, and all three
 * print the same bytes.
 */
const PARSERS: [RegExp, string][] = [
  [/\.ts$/, "babel-ts"],
  [/\.json$/, "json"],
  [/\.md$/, "markdown"],
];

/** What the formatted text depends on besides the input: part of every cache key. */
export const FORMAT_FINGERPRINT = JSON.stringify({ prettier: version, options: PRETTIER_OPTIONS });

export function parserFor(file: string): string | undefined {
  return PARSERS.find(([pattern]) => pattern.test(file))?.[1];
}

export function formatText(text: string, parser: string): Promise<string> {
  return format(text, { ...PRETTIER_OPTIONS, parser });
}
