/**
 * `npm run mutation -- --changed`: re-measures only what changed since each file's latest run. For every file
 * in scope whose source differs from the one its run mutated, the lines that are new (or border a deletion)
 * become Stryker `--mutate` ranges; a file no run has measured is mutated whole. Stryker runs with
 * `--incremental --force` on a base merged from those latest runs: every mutant inside the ranges is run
 * again, and every mutant outside them keeps its earlier result (its code is unchanged). `--claims` also
 * re-runs the lines of survivors whose reason says a later test kills them, so the claim is measured.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RawReport } from "./summarize.js";

/** Where each line of `before` went in `after`, and which lines of `after` are new or border a deletion. */
export function lineChanges(before: string, after: string): { changed: number[]; moved: Map<number, number> } {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  // Longest common subsequence of the differing middle, by lines.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[head + i] === b[head + j] ? (lcs[(i + 1) * width + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  const moved = new Map<number, number>();
  for (let k = 1; k <= head; k++) moved.set(k, k);
  for (let k = 0; k < tail; k++) moved.set(a.length - k, b.length - k);
  const changed = new Set<number>();
  // A hunk is a stretch of removed and inserted lines between kept ones: its inserted lines changed; a hunk
  // that only removes changes how the lines on either side of the gap read.
  let inserted = 0;
  let removed = 0;
  const closeHunk = (j: number) => {
    if (inserted === 0 && removed > 0) changed.add(head + j).add(head + j + 1);
    inserted = removed = 0;
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      closeHunk(j);
      moved.set(head + i + 1, head + j + 1);
      i++;
      j++;
    } else if (j < m && (i === n || (lcs[i * width + j + 1] as number) >= (lcs[(i + 1) * width + j] as number))) {
      changed.add(head + j + 1);
      inserted++;
      j++;
    } else {
      removed++;
      i++;
    }
  }
  closeHunk(j);
  return { changed: [...changed].filter((line) => line >= 1 && line <= b.length).sort((x, y) => x - y), moved };
}

/** Sorted line numbers as `[first, last]` runs of consecutive lines. */
export function toRanges(lines: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of [...new Set(lines)].sort((x, y) => x - y)) {
    const last = ranges[ranges.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

/** Stryker's file glob (`**` any folders, `*` any name part) as a regular expression over repository paths. */
export function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\*\*\//g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, "(?:.*/)?")}$`);
}

/** A run's raw report as Stryker writes it, test files included (the incremental base needs them). */
export interface FullReport extends RawReport {
  testFiles?: Record<string, { source?: string; tests: { id: string; name: string }[] }>;
  schemaVersion?: string;
  thresholds?: { high: number; low: number };
}

/**
 * One report of the given files, each as its latest run left it. Test ids are only unique within a report,
 * so each run's are prefixed with the run's name.
 */
export function mergedBase(latest: ReadonlyMap<string, { run: string; report: FullReport }>): FullReport {
  const base: Required<Pick<FullReport, "files" | "testFiles">> & FullReport = { schemaVersion: "1", thresholds: { high: 80, low: 60 }, files: {}, testFiles: {} };
  const runs = new Map<string, FullReport>();
  for (const [file, { run, report }] of latest) {
    const data = report.files[file];
    if (!data) continue;
    runs.set(run, report);
    const prefixed = (ids: string[] | undefined) => (ids ?? []).map((id) => `${run}/${id}`);
    base.files[file] = { ...data, mutants: data.mutants.map((m) => ({ ...m, coveredBy: prefixed(m.coveredBy), killedBy: prefixed(m.killedBy) })) };
  }
  for (const [run, report] of runs) {
    for (const [file, { source, tests }] of Object.entries(report.testFiles ?? {})) {
      const entry = (base.testFiles[file] ??= { ...(source === undefined ? {} : { source }), tests: [] });
      entry.tests.push(...tests.map((test) => ({ ...test, id: `${run}/${test.id}` })));
    }
  }
  return base;
}

/** A claimed survivor's place in the file its run mutated: where it starts. */
export interface ClaimedPlace {
  line: number;
  column: number;
}

/**
 * What `--changed` mutates: ranges of changed (and claimed) lines, whole files never measured. Stryker takes
 * only the mutants that lie wholly inside a range, so a range grows to cover every earlier mutant that
 * overlaps it (a block or a multi-line expression around an edited line), and a claimed mutant's range is
 * all of its lines.
 */
export function changedScope(
  files: readonly string[],
  latest: ReadonlyMap<string, { run: string; report: FullReport }>,
  claims: ReadonlyMap<string, readonly ClaimedPlace[]>,
  repo: string,
): { mutate: string[]; base: Map<string, { run: string; report: FullReport }> } {
  const mutate: string[] = [];
  const base = new Map<string, { run: string; report: FullReport }>();
  for (const file of files) {
    const measured = latest.get(file);
    const data = measured?.report.files[file];
    if (!measured || !data) {
      mutate.push(file);
      continue;
    }
    const { changed, moved } = lineChanges(data.source, readFileSync(path.join(repo, file), "utf8"));
    const lines = new Set(changed);
    const claimed = claims.get(file) ?? [];
    for (const m of data.mutants) {
      // Where the mutant's first and last lines stand now; a mutant whose own lines changed is not an earlier one.
      const first = moved.get(m.location.start.line);
      const last = moved.get(m.location.end.line);
      if (first === undefined || last === undefined) continue;
      const alive = m.status === "Survived" || m.status === "NoCoverage";
      const isClaimed = alive && claimed.some((c) => c.line === m.location.start.line && c.column === m.location.start.column);
      if (isClaimed || (last > first && changed.some((line) => line >= first && line <= last))) for (let line = first; line <= last; line++) lines.add(line);
    }
    const ranges = toRanges([...lines]);
    if (ranges.length === 0) continue;
    base.set(file, measured);
    mutate.push(...ranges.map(([first, last]) => `${file}:${first}-${last}`));
  }
  return { mutate, base };
}
