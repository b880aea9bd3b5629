import { plainStyle, quote, type Style } from "./text.js";
import type { Change, DiffSummary } from "./types.js";

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
 * changes marked, the kind of each change at the end of its line. Names from the specs are quoted
 * (`quote`), in the headings here and in the messages where they are written.
 */
export function formatText(changes: readonly Change[], labels: { old: string; new: string }, paint: Style = plainStyle): string {
  const lines = [paint.bold(`spec diff: ${labels.old} → ${labels.new}`)];
  if (changes.length === 0) return `${lines[0]}\nno changes\n`;
  let namespace: string | undefined;
  let group: string | undefined;
  for (const change of changes) {
    if (change.namespace !== namespace) {
      namespace = change.namespace;
      group = undefined;
      lines.push("", paint.bold(quote(namespace)));
    }
    const heading = change.operationId === undefined ? "components" : `${quote(change.operationId)}  ${paint.dim(endpointText(change.path))}`;
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

/** `POST /things body.name` → `POST "/things"`: the endpoint at the start of an operation change's path. */
function endpointText(changePath: string): string {
  const [method = "", path = ""] = changePath.split(" ");
  return `${method} ${quote(path)}`;
}

/** The changes for machines: `{ old, new, summary: { changes, breaking }, changes: Change[] }`. */
export function formatJson(changes: readonly Change[], labels: { old: string; new: string }): string {
  return `${JSON.stringify({ old: labels.old, new: labels.new, summary: summarize(changes), changes }, null, 2)}\n`;
}
