/**
 * Small text helpers shared by the spec diff's report and the CLI. Nothing here imports the generator,
 * so the CLI can use them without loading it.
 */

/** Text styling: ANSI colors when the CLI writes to a terminal, the identity otherwise (`plainStyle`). */
export interface Style {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const identity = (text: string) => text;

export const plainStyle: Style = { red: identity, green: identity, yellow: identity, bold: identity, dim: identity };

/**
 * A name or value from a spec, as it appears in text for people: JSON-quoted, so control characters
 * (ANSI escapes, newlines) are escaped and cannot rewrite a terminal or CI log, and where the name ends
 * is unambiguous. Every spec-derived name and value in a diff message goes through here.
 */
export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Code-unit order (the same on every machine and locale), for `Array.prototype.sort`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
