import { format } from "prettier";
import type { GeneratedFile } from "../emit/source.js";

/** Fixed options, never read from the user's config: the same spec must print the same bytes anywhere. */
const PRETTIER_OPTIONS = { printWidth: 100, tabWidth: 2, useTabs: false, semi: true, singleQuote: false, trailingComma: "all", endOfLine: "lf" } as const;

const PARSERS: [RegExp, string][] = [
  [/\.ts$/, "typescript"],
  [/\.json$/, "json"],
  [/\.md$/, "markdown"],
];

export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  const parser = PARSERS.find(([pattern]) => pattern.test(file.path))?.[1];
  if (!parser) return file;
  return { path: file.path, contents: await format(file.contents, { ...PRETTIER_OPTIONS, parser }) };
}
