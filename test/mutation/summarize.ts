/**
 * Turns Stryker's JSON report (test/mutation/reports/mutation.json, mutation-testing-report-schema) into
 * the committed summary: test/mutation/REPORT.md (score per folder, every surviving mutant with the reason
 * it is equivalent or not worth a test, from test/mutation/survivors.json) and test/mutation/report.json
 * (the same numbers and mutants, without the sources Stryker embeds).
 *
 * `npm run mutation` calls it after every run; `npx tsx test/mutation/summarize.ts` redoes it from the last
 * raw report, e.g. after writing reasons into survivors.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..", "..");
export const RAW_REPORT = path.join(HERE, "reports", "mutation.json");
/** Every run's raw report (`<finished>.json`) and scope (`<finished>.scope.json`). */
export const RUNS = path.join(HERE, "reports", "runs");
export const SURVIVORS = path.join(HERE, "survivors.json");

interface Position {
  line: number;
  column: number;
}

interface RawMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  location: { start: Position; end: Position };
  status: "Killed" | "Survived" | "NoCoverage" | "Timeout" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";
  statusReason?: string;
  static?: boolean;
  coveredBy?: string[];
  killedBy?: string[];
}

export interface RawReport {
  files: Record<string, { source: string; mutants: RawMutant[] }>;
}

export interface Counts {
  mutants: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
}

export interface Scope {
  mutate: string[];
  /** Test files left out of this run (`--skip-tests`). */
  skippedTests?: string[];
  /** The commit the run started at. */
  commit?: string;
  startedAt: string;
  finishedAt?: string;
  /** Stryker's `--incremental` base: a mutant in unchanged code keeps its earlier result unless its tests changed. */
  incrementalFrom?: string;
}

const empty = (): Counts => ({ mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 });

function add(counts: Counts, status: RawMutant["status"]): void {
  counts.mutants++;
  if (status === "Killed") counts.killed++;
  else if (status === "Timeout") counts.timeout++;
  else if (status === "Survived") counts.survived++;
  else if (status === "NoCoverage") counts.noCoverage++;
  else if (status === "Ignored") counts.ignored++;
  else counts.errors++;
}

/** Stryker's mutation score: detected over valid mutants (ignored ones and compile/runtime errors left out). */
export function score(c: Counts): number | undefined {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? undefined : (100 * (c.killed + c.timeout)) / valid;
}

/** The score among mutants some test executed. */
function coveredScore(c: Counts): number | undefined {
  const covered = c.killed + c.timeout + c.survived;
  return covered === 0 ? undefined : (100 * (c.killed + c.timeout)) / covered;
}

const percent = (value: number | undefined) => (value === undefined ? "—" : `${value.toFixed(1)} %`);
const oneLine = (text: string, max = 70) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/`/g, "ˋ");

/** What a survivor is known by in survivors.json: file, position, mutator and (the start of) its replacement. */
export function survivorKey(file: string, m: RawMutant): string {
  return `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${oneLine(m.replacement ?? "", 40)}`;
}

/** The mutated code as written: the mutant's location in the source, on one line. */
function original(source: string, m: RawMutant): string {
  const lines = source.split("\n");
  const { start, end } = m.location;
  if (start.line === end.line) return (lines[start.line - 1] ?? "").slice(start.column - 1, end.column - 1);
  return [(lines[start.line - 1] ?? "").slice(start.column - 1), ...lines.slice(start.line, end.line - 1), (lines[end.line - 1] ?? "").slice(0, end.column - 1)].join("\n");
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const folderOf = (file: string) => path.posix.dirname(file.split(path.sep).join("/"));

/** One run's report, for the files it is the latest run of. */
interface Run {
  scope: Scope;
  files: string[];
}

type Survivor = { file: string; key: string; line: number; mutator: string; code: string; replacement: string; status: string; reason?: string };

/** The committed summary (report.json), as far as it is needed to carry folders no local run covers. */
export interface CommittedSummary {
  runs: (Scope & { files: string[] })[];
  folders: Record<string, Counts>;
  survivors: Omit<Survivor, "key">[];
}

/**
 * `changed`: the measured files whose source today differs from the one their run mutated; their rows count
 * mutants of older code, so the report names them.
 */
export function summarize(raw: RawReport, runs: readonly Run[], reasons: Record<string, string>, committed?: CommittedSummary, changed: readonly string[] = []): { markdown: string; json: unknown } {
  const files = Object.keys(raw.files).sort();
  const byFolder = new Map<string, Counts>();
  const total = empty();
  const survivors: Survivor[] = [];
  // Raw run reports stay on the machine that ran them (they embed every source): a folder no run here
  // mutated keeps its numbers, runs and survivors from the committed summary.
  const measuredHere = new Set(files.map(folderOf));
  const carried = Object.entries(committed?.folders ?? {}).filter(([folder]) => !measuredHere.has(folder));
  const carriedFolders = new Set(carried.map(([folder]) => folder));
  for (const [folder, counts] of carried) {
    const { score: _score, ...plain } = counts as Counts & { score?: unknown };
    byFolder.set(folder, plain);
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += plain[key];
  }
  for (const s of committed?.survivors ?? []) {
    if (!carriedFolders.has(folderOf(s.file))) continue;
    const key = `${s.file}:${s.line} ${s.mutator} ${oneLine(s.replacement, 40)}`;
    survivors.push({ ...s, key, ...(s.reason ? {} : reasons[key] ? { reason: reasons[key] } : {}) });
  }
  const carriedRuns: Run[] = (committed?.runs ?? []).flatMap(({ files: taken, ...scope }) => {
    const kept = taken.filter((file) => carriedFolders.has(folderOf(file)));
    return kept.length > 0 ? [{ scope, files: kept }] : [];
  });
  runs = [...carriedRuns, ...runs];
  for (const file of files) {
    const { source, mutants } = raw.files[file] as RawReport["files"][string];
    const folder = folderOf(file);
    const counts = byFolder.get(folder) ?? byFolder.set(folder, empty()).get(folder)!;
    for (const m of [...mutants].sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)) {
      add(counts, m.status);
      add(total, m.status);
      if (m.status === "Survived" || m.status === "NoCoverage") {
        const key = survivorKey(file, m);
        survivors.push({ file, key, line: m.location.start.line, mutator: m.mutatorName, code: original(source, m), replacement: m.replacement ?? "", status: m.status, ...(reasons[key] ? { reason: reasons[key] } : {}) });
      }
    }
  }

  const folders = [...byFolder.keys()].sort();
  const row = (name: string, c: Counts) => `| ${name} | ${c.mutants} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored} | ${c.errors} | **${percent(score(c))}** | ${percent(coveredScore(c))} |`;
  const runLine = ({ scope, files: taken }: Run) =>
    `- ${scope.mutate.map((g) => `\`${g}\``).join(", ")} at commit ${scope.commit ?? "?"}, finished ${scope.finishedAt ?? "?"}${scope.incrementalFrom ? `, incremental on the run${scope.incrementalFrom.includes(", ") ? "s" : ""} ${scope.incrementalFrom} (a mutant outside the ranges keeps its result from there)` : ""}${scope.skippedTests?.length ? `, without the tests ${scope.skippedTests.map((g) => `\`${g}\``).join(", ")}` : ""}: ${taken.length} file(s) from this run`;
  const lines = [
    "# Mutation testing report",
    "",
    "StrykerJS; each file from the latest run that mutated it:",
    "",
    ...runs.map(runLine),
    ...(changed.length > 0
      ? ["", `Changed since their run, so their mutants are of older code (re-measure them): ${changed.map((file) => `\`${file}\``).join(", ")}.`]
      : ["", "Every measured file is as its run mutated it."]),
    "",
    "The tests that may kill a mutant are those of `vitest.mutation.config.ts` (no golden tests, less any left out of a run); each mutant runs the tests that executed its code.",
    "Regenerate with `npm run mutation` (see test/mutation/README.md).",
    "",
    "| folder | mutants | killed | timed out | survived | no coverage | ignored (static) | errors | score | covered score |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...folders.map((folder) => row(`\`${folder}/\``, byFolder.get(folder) as Counts)),
    row("**total**", total),
    "",
    "Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it: ignored mutants (code that runs only while a",
    "module loads or in a `beforeAll`, which Stryker cannot tie to a test) and compile or runtime errors are left out. Covered score leaves out",
    "mutants no test executed.",
    "",
    `## Surviving mutants (${survivors.length})`,
    "",
    "Each with the reason it is equivalent or not worth a test (test/mutation/survivors.json); “—” means not yet looked at.",
  ];
  survivors.sort((a, b) => compare(a.file, b.file) || a.line - b.line);
  let current = "";
  for (const s of survivors) {
    if (s.file !== current) {
      current = s.file;
      lines.push("", `### ${s.file}`, "", "| line | mutator | code → mutant | status | reason |", "| ---: | --- | --- | --- | --- |");
    }
    lines.push(`| ${s.line} | ${s.mutator} | \`${cell(oneLine(s.code))}\` → \`${cell(oneLine(s.replacement))}\` | ${s.status === "NoCoverage" ? "no coverage" : "survived"} | ${cell(s.reason ?? "—")} |`);
  }
  lines.push("");

  const json = {
    runs: runs.map((r) => ({ ...r.scope, files: r.files })),
    folders: Object.fromEntries(folders.map((folder) => { const c = byFolder.get(folder) as Counts; return [folder, { ...c, score: score(c) ?? null }]; })),
    total: { ...total, score: score(total) ?? null },
    changedSinceRun: changed,
    survivors: survivors.map(({ key: _key, ...s }) => s),
  };
  return { markdown: lines.join("\n"), json };
}

/** Every saved run, oldest first. */
export function savedRuns<Report extends RawReport = RawReport>(): { name: string; scope: Scope; raw: Report }[] {
  const names = existsSync(RUNS) ? readdirSync(RUNS).filter((n) => n.endsWith(".scope.json")).map((n) => n.slice(0, -".scope.json".length)) : [];
  return names
    .map((name) => ({ name, scope: JSON.parse(readFileSync(path.join(RUNS, `${name}.scope.json`), "utf8")) as Scope, raw: JSON.parse(readFileSync(path.join(RUNS, `${name}.json`), "utf8")) as Report }))
    .sort((a, b) => ((a.scope.finishedAt ?? "") < (b.scope.finishedAt ?? "") ? -1 : 1));
}

/** Each file's mutants from the latest run that has it. */
function mergedRuns(): { raw: RawReport; runs: Run[] } {
  const loaded = savedRuns();
  const files: RawReport["files"] = {};
  const owner = new Map<string, number>();
  loaded.forEach((run, i) => {
    for (const [file, data] of Object.entries(run.raw.files)) {
      files[file] = data;
      owner.set(file, i);
    }
  });
  const runs = loaded.map((run, i) => ({ scope: run.scope, files: [...owner].filter(([, j]) => j === i).map(([file]) => file).sort() })).filter((run) => run.files.length > 0);
  return { raw: { files }, runs };
}

export function writeSummary(): { total: Counts } {
  const reasons = existsSync(SURVIVORS) ? (JSON.parse(readFileSync(SURVIVORS, "utf8")) as Record<string, string>) : {};
  const { raw, runs } = mergedRuns();
  const summaryFile = path.join(HERE, "report.json");
  const committed = existsSync(summaryFile) ? (JSON.parse(readFileSync(summaryFile, "utf8")) as CommittedSummary) : undefined;
  const changed = Object.entries(raw.files)
    .filter(([file, data]) => { const here = path.join(REPO, file); return !existsSync(here) || readFileSync(here, "utf8") !== data.source; })
    .map(([file]) => file)
    .sort();
  const { markdown, json } = summarize(raw, runs, reasons, committed, changed);
  writeFileSync(path.join(HERE, "REPORT.md"), markdown);
  writeFileSync(path.join(HERE, "report.json"), `${JSON.stringify(json, null, 2)}\n`);
  return { total: (json as { total: Counts }).total };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeSummary();
  console.log(`wrote ${path.relative(process.cwd(), path.join(HERE, "REPORT.md"))} and report.json`);
}
