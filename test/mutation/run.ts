/**
 * `npm run mutation [-- <folder>... ] [-- <stryker option>...]`: StrykerJS over generator/ and
 * templates/runtime/ (stryker.config.mjs), then the committed summary (test/mutation/REPORT.md).
 *
 *   npm run mutation                                   every file of generator/ and templates/runtime/
 *   npm run mutation -- generator/check generator/diff  only these folders (each becomes <folder>/**\/*.ts)
 *   npm run mutation -- --mutate 'generator/check/**'   Stryker's own --mutate, passed through as is
 *   npm run mutation -- generator/write --concurrency 1 any other Stryker option is passed through
 *   npm run mutation -- generator/check --skip-tests 'test/hostile/**'   leave test files out (quicker, weaker)
 *   npm run mutation -- --changed [--claims] [<folder>...]   only lines changed since each file's run (./changed.ts)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { changedScope, globPattern, mergedBase, type ClaimedPlace, type FullReport } from "./changed.js";
import { RAW_REPORT, RUNS, savedRuns, score, SURVIVORS, writeSummary, type Scope } from "./summarize.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DEFAULT_MUTATE = ["generator/**/*.ts", "templates/runtime/**/*.ts"];

const args = process.argv.slice(2);
const folders: string[] = [];
const passThrough: string[] = [];
let mutate: string[] | undefined;
let skipTests: string[] = [];
let changedOnly = false;
let withClaims = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === "--mutate" || arg === "-m") {
    mutate = (args[++i] ?? "").split(",").filter(Boolean);
  } else if (arg.startsWith("--mutate=")) {
    mutate = arg.slice("--mutate=".length).split(",").filter(Boolean);
  } else if (arg === "--changed") {
    changedOnly = true;
  } else if (arg === "--claims") {
    withClaims = true;
  } else if (arg === "--skip-tests") {
    skipTests = (args[++i] ?? "").split(",").filter(Boolean);
  } else if (!arg.startsWith("-") && existsSync(path.join(REPO, arg)) && statSync(path.join(REPO, arg)).isDirectory()) {
    folders.push(arg.replace(/\/+$/, ""));
  } else {
    passThrough.push(arg);
  }
}
const requested = mutate ?? (folders.length > 0 ? folders.map((folder) => `${folder}/**/*.ts`) : DEFAULT_MUTATE);
const changed = changedOnly ? narrowToChanges(requested) : undefined;
if (changed && changed.mutate.length === 0) {
  console.log("nothing changed since the runs of these files: no run needed");
  process.exit(0);
}
const globs = changed?.mutate ?? requested;
if (changed) passThrough.push("--incremental", "--incrementalFile", changed.baseFile, "--force");
const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
})();
const fileOption = passThrough.indexOf("--incrementalFile");
const incrementalFile = passThrough.includes("--incremental") ? (fileOption >= 0 ? passThrough[fileOption + 1] : undefined) ?? "reports/stryker-incremental.json" : undefined;
const scope: Scope = {
  mutate: globs,
  ...(skipTests.length > 0 ? { skippedTests: skipTests } : {}),
  commit,
  startedAt: new Date().toISOString(),
  ...(changed ? { incrementalFrom: changed.runs.join(", ") } : incrementalFile ? { incrementalFrom: path.basename(incrementalFile, ".json") } : {}),
};

// Formatting and compiling a fixture package change no behaviour a test reads unless the mutants are in the
// code that does them: other runs skip both (test/support/generated.ts), seconds a mutant.
const FORMATS_OR_COMPILES = /^generator\/(write|compile)\/|^generator\/[^/]*$|^generator\/\*\*/;
const unformatted = globs.every((glob) => /^(generator|templates)\//.test(glob) && !FORMATS_OR_COMPILES.test(glob));

mkdirSync(path.dirname(RAW_REPORT), { recursive: true });
const started = Date.now();
const stryker = spawnSync(path.join(REPO, "node_modules", ".bin", "stryker"), ["run", "stryker.config.mjs", "--mutate", globs.join(","), ...passThrough], {
  cwd: REPO,
  stdio: "inherit",
  env: { ...process.env, MUTATION_SKIP_TESTS: skipTests.join(","), ...(unformatted ? { MUTATION_UNFORMATTED: "1" } : {}) },
});
if (stryker.error) throw stryker.error;

if (existsSync(RAW_REPORT) && statSync(RAW_REPORT).mtimeMs >= started) {
  // Kept per run, so scoped runs add up: the summary takes each file from the latest run that mutated it.
  const finished = { ...scope, finishedAt: new Date().toISOString() };
  const name = finished.finishedAt.replace(/[:.]/g, "-");
  mkdirSync(RUNS, { recursive: true });
  copyFileSync(RAW_REPORT, path.join(RUNS, `${name}.json`));
  writeFileSync(path.join(RUNS, `${name}.scope.json`), JSON.stringify(finished, null, 2));
  const { total } = writeSummary();
  const value = score(total);
  console.log(`mutation score ${value === undefined ? "—" : `${value.toFixed(1)} %`} over ${globs.join(", ")}: test/mutation/REPORT.md`);
} else {
  console.error("Stryker wrote no report; test/mutation/REPORT.md is unchanged");
}
process.exit(stryker.status ?? 1);

/** The files of generator/ and templates/runtime/ that `globs` (Stryker's syntax, `**` and `*`) select. */
function filesOf(globs: readonly string[]): string[] {
  const patterns = globs.map(globPattern);
  const walk = (dir: string): string[] =>
    readdirSync(path.join(REPO, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(`${dir}/${entry.name}`) : entry.name.endsWith(".ts") ? [`${dir}/${entry.name}`] : []));
  return [...walk("generator"), ...walk("templates/runtime")].filter((file) => patterns.some((pattern) => pattern.test(file))).sort();
}

/** `--changed`: the changed (and with `--claims`, claimed) lines of the requested files, and the base the rest comes from. */
function narrowToChanges(requested: readonly string[]): { mutate: string[]; baseFile: string; runs: string[] } {
  const latest = new Map<string, { run: string; report: FullReport }>();
  for (const { name, raw } of savedRuns<FullReport>()) for (const file of Object.keys(raw.files)) latest.set(file, { run: name, report: raw });
  const claims = new Map<string, ClaimedPlace[]>();
  if (withClaims && existsSync(SURVIVORS)) {
    for (const [key, reason] of Object.entries(JSON.parse(readFileSync(SURVIVORS, "utf8")) as Record<string, string>)) {
      const at = /^(.+?):(\d+):(\d+) /.exec(key);
      if (!at || !reason.startsWith("Killed by a test added after")) continue;
      const file = at[1] as string;
      claims.set(file, [...(claims.get(file) ?? []), { line: Number(at[2]), column: Number(at[3]) }]);
    }
  }
  const { mutate, base } = changedScope(filesOf(requested), latest, claims, REPO);
  const baseFile = path.join(REPO, "test", "mutation", "reports", "incremental-base.json");
  mkdirSync(path.dirname(baseFile), { recursive: true });
  writeFileSync(baseFile, JSON.stringify(mergedBase(base)));
  return { mutate, baseFile, runs: [...new Set([...base.values()].map(({ run }) => run))].sort() };
}
