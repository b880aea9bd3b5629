/** Markdown tables (printed, and pasted as they are into the README) and number formatting. */

export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("l" | "r")[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const cell = (text: string, i: number) => ((align?.[i] ?? (i === 0 ? "l" : "r")) === "l" ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0));
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => ((align?.[i] ?? (i === 0 ? "l" : "r")) === "l" ? "-".repeat(Math.max(3, w)) : `${"-".repeat(Math.max(2, w - 1))}:`)).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

export const isNum = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);

/** Seconds: two decimals below 10, one below 100, none above. */
export function seconds(s: number | undefined, lowerBound = false): string {
  if (!isNum(s)) return "–";
  const text = s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : s.toFixed(0);
  return `${lowerBound ? ">" : ""}${text} s`;
}

export function ms(v: number | undefined): string {
  if (!isNum(v)) return "–";
  return v < 1 ? `${(v * 1000).toFixed(0)} µs` : v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(1)} ms`;
}

export function ratio(r: number | undefined, lowerBound = false): string {
  if (!isNum(r)) return "–";
  return `${lowerBound ? "≥" : ""}${r < 10 ? r.toFixed(2) : r.toFixed(1)}×`;
}

export function int(n: number | undefined): string {
  if (!isNum(n)) return "–";
  return Math.round(n).toLocaleString("en-US");
}

export function percent(p: number | undefined): string {
  if (!isNum(p)) return "–";
  return `${p >= 0 ? "+" : ""}${(p * 100).toFixed(1)} %`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
