import type { Change, DiffSummary } from "./types.js";

/** Text styling; the identity by default, ANSI colors when the CLI writes to a terminal. */
export interface Paint {
  red(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const plain: Paint = { red: (t) => t, green: (t) => t, bold: (t) => t, dim: (t) => t };

export function summarize(changes: readonly Change[]): DiffSummary {
  return { changes: changes.length, breaking: changes.filter((c) => c.breaking).length };
}

export function summaryLine(changes: readonly Change[]): string {
  const { changes: total, breaking } = summarize(changes);
  if (total === 0) return "no changes";
  return `${total} change${total === 1 ? "" : "s"}, ${breaking} breaking`;
}

/**
 * The changes for people (and pull requests): grouped by API version, then by operation, breaking
 * changes marked, the kind of each change at the end of its line.
 */
export function formatText(changes: readonly Change[], labels: { old: string; new: string }, paint: Paint = plain): string {
  const lines = [paint.bold(`spec diff: ${labels.old} → ${labels.new}`)];
  if (changes.length === 0) return `${lines[0]}\nno changes\n`;
  let namespace: string | undefined;
  let group: string | undefined;
  for (const change of changes) {
    if (change.namespace !== namespace) {
      namespace = change.namespace;
      group = undefined;
      lines.push("", paint.bold(namespace));
    }
    const heading = change.operationId === undefined ? "components" : `${change.operationId}  ${paint.dim(change.path.split(" ").slice(0, 2).join(" "))}`;
    if (heading !== group) {
      group = heading;
      lines.push(`  ${heading}`);
    }
    const mark = change.breaking ? paint.red("BREAKING") : paint.green("ok      ");
    lines.push(`    ${mark}  ${change.message}  ${paint.dim(`[${change.kind}]`)}`);
  }
  const summary = summaryLine(changes);
  lines.push("", summarize(changes).breaking > 0 ? paint.red(summary) : summary);
  return `${lines.join("\n")}\n`;
}

/** The changes for machines: `{ old, new, summary: { changes, breaking }, changes: Change[] }`. */
export function formatJson(changes: readonly Change[], labels: { old: string; new: string }): string {
  return `${JSON.stringify({ old: labels.old, new: labels.new, summary: summarize(changes), changes }, null, 2)}\n`;
}
