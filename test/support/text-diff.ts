/**
 * Where two texts first differ, as a few numbered lines of each: enough for a failing golden test to show
 * what changed without a diff library.
 */
export function firstDifference(expected: string, actual: string, context = 3): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let line = 0;
  while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++;
  if (line === Math.max(a.length, b.length)) return "(no difference)";
  const from = Math.max(0, line - context);
  const show = (lines: string[], mark: string) =>
    lines
      .slice(from, line + context + 1)
      .map((text, i) => `${from + i === line ? mark : " "} ${String(from + i + 1).padStart(5)} | ${text}`)
      .join("\n");
  return `first difference at line ${line + 1}\n--- committed\n${show(a, "-")}\n+++ generated now\n${show(b, "+")}`;
}
