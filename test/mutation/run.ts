/**
 * `npm run mutation [-- <folder>... ] [-- <stryker option>...]`: StrykerJS over generator/ and
 * templates/runtime/ (stryker.config.mjs), then the committed summary (test/mutation/REPORT.md).
 *
 *   npm run mutation                                   every file of generator/ and templates/runtime/
 *   npm run mutation -- generator/check generator/diff  only these folders (each becomes <folder>/**\/*.ts)
 *   npm run mutation -- --mutate 'generator/check/**'   Stryker's own --mutate, passed through as is
 *   npm run mutation -- generator/write --concurrency 1 any other Stryker option is passed through
 *   npm run mutation -- generator/check --skip-tests 'test/hostile/**'   leave test files out (quicker, weaker)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RAW_REPORT, RUNS, score, writeSummary, type Scope } from "./summarize.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DEFAULT_MUTATE = ["generator/**/*.ts", "templates/runtime/**/*.ts"];

const args = process.argv.slice(2);
const folders: string[] = [];
const passThrough: string[] = [];
let mutate: string[] | undefined;
let skipTests: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === "--mutate" || arg === "-m") {
    mutate = (args[++i] ?? "").split(",").filter(Boolean);
  } else if (arg.startsWith("--mutate=")) {
    mutate = arg.slice("--mutate=".length).split(",").filter(Boolean);
  } else if (arg === "--skip-tests") {
    skipTests = (args[++i] ?? "").split(",").filter(Boolean);
  } else if (!arg.startsWith("-") && existsSync(path.join(REPO, arg)) && statSync(path.join(REPO, arg)).isDirectory()) {
    folders.push(arg.replace(/\/+$/, ""));
  } else {
    passThrough.push(arg);
  }
}
const globs = mutate ?? (folders.length > 0 ? folders.map((folder) => `${folder}/**/*.ts`) : DEFAULT_MUTATE);
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
  ...(incrementalFile ? { incrementalFrom: path.basename(incrementalFile, ".json") } : {}),
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
