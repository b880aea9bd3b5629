/**
 * `npm run bench` (never part of `npm test`: timings depend on the machine and its load; every figure
 * here is a ratio against a named baseline measured in the same run on the same machine):
 *   1. generation time and peak memory, each run in its own process (generation.ts);
 *   2. one-call bundle size (bundle.ts);
 *   3. client overhead against a local server (overhead.ts);
 *   4. validators vs Ajv (validators.ts).
 * Prints markdown tables and the issue's targets (met / missed), writes bench/results.json.
 *
 *   npm run bench                                   # everything (spec/, 100, 1,000 and 5,000 operations)
 *   npm run bench -- --only bundle,validators       # some sections (results.json keeps the others)
 *   npm run bench -- --sizes 100,1000 --rounds 3    # other synthetic sizes, median of 3 rounds
 *   npm run bench -- --update-readme                # also put the tables into the README's Benchmarks section
 *   npm run bench -- --report-only --update-readme  # measure nothing: print (and put in the README) results.json
 * Options: --pairs <n> back-to-back runs of ours and the baseline behind a ratio target near its limit
 * (default 5), --timeout <s> per generation (default 900), --calls <n> for the overhead (default 3000),
 * --no-profile (skip the stage-timing run when a generation target is missed), --keep (keep the temp folder).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchBundle, bundleTables, type BundleResult } from "./bundle.js";
import { benchGeneration, generationTables, type GenerationResult } from "./generation.js";
import { measuredBy } from "./lib/measure.js";
import { bundledSpec, responseExample } from "./lib/spec.js";
import { table } from "./lib/table.js";
import { type Target, verdict } from "./lib/targets.js";
import { benchOverhead, overheadTables, type OverheadResult } from "./overhead.js";
import { writeSyntheticSpec } from "./synthetic.js";
import { benchValidators, validatorTables, type ValidatorResult } from "./validators.js";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const RESULTS = path.join(ROOT, "bench", "results.json");
const README = path.join(ROOT, "README.md");
const SECTIONS = ["generation", "bundle", "validators", "overhead"] as const;
type Section = (typeof SECTIONS)[number];

interface Conditions {
  startedAt: string;
  seconds: number;
  /** `uptime`'s 1, 5 and 15 minute load averages, before and after the section. */
  loadBefore: number[];
  loadAfter: number[];
  /** The generator's commit and the command of the run that measured the section (a run may measure only some). */
  commit?: string;
  command?: string;
}

interface Results {
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryGB: number; commit: string; measuredBy: string; command: string };
  versions: Record<string, string>;
  generation?: GenerationResult & { conditions: Conditions };
  bundle?: BundleResult & { conditions: Conditions };
  validators?: ValidatorResult & { conditions: Conditions };
  overhead?: OverheadResult & { conditions: Conditions };
  targets: Target[];
}

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    sizes: { type: "string", default: "100,1000,5000" },
    "no-spec": { type: "boolean", default: false },
    rounds: { type: "string", default: "1" },
    pairs: { type: "string", default: "5" },
    timeout: { type: "string", default: "900" },
    calls: { type: "string", default: "3000" },
    "no-profile": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "update-readme": { type: "boolean", default: false },
    "report-only": { type: "boolean", default: false },
  },
});
const only = new Set((values.only ?? SECTIONS.join(",")).split(",").map((s) => s.trim()));
for (const s of only) if (!SECTIONS.includes(s as Section)) throw new Error(`unknown section ${s}; known: ${SECTIONS.join(", ")}`);
const sizes = (values.sizes ?? "").split(",").filter(Boolean).map(Number);
const log = (line: string) => console.error(line);

const version = (name: string) => (JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
const load = () => loadavg().map((n) => Math.round(n * 100) / 100);

const previous: Partial<Results> = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as Results) : {};
if (values["report-only"]) {
  if (!previous.machine) throw new Error(`${RESULTS} has no results to report`);
  const report = render(previous as Results);
  console.log(report);
  if (values["update-readme"]) updateReadme(report);
  process.exit(0);
}
const results: Results = {
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGB: Math.round(totalmem() / 1e9),
    commit: `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--", "generator", "templates", "generated", "spec").length > 0 ? " + uncommitted changes" : ""}`,
    measuredBy,
    command: ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" "),
  },
  versions: Object.fromEntries(["typescript", "openapi-typescript", "@hey-api/openapi-ts", "webflow-api", "openapi-fetch", "ajv", "ajv-formats", "esbuild"].map((n) => [n, version(n)])),
  ...(Object.fromEntries(SECTIONS.filter((s) => !only.has(s) && previous[s]).map((s) => [s, kept(previous[s] as { conditions?: Conditions })])) as Partial<Results>),
  targets: [],
};

/** A section of the previous run, kept as it was: it still names the commit and command that measured it. */
function kept<T extends { conditions?: Conditions }>(section: T): T {
  const c = section.conditions;
  if (c === undefined || c.commit !== undefined || previous.machine === undefined) return section;
  return { ...section, conditions: { ...c, commit: previous.machine.commit, command: previous.machine.command } };
}

const tmp = mkdtempSync(path.join(tmpdir(), "webflow-codegen-bench-"));
const started = performance.now();
async function section<T>(name: Section, run: () => Promise<T>): Promise<T & { conditions: Conditions }> {
  const startedAt = new Date().toISOString();
  const loadBefore = load();
  const t = performance.now();
  log(`\n== ${name} (load average ${loadBefore.join(", ")})`);
  const value = await run();
  const { commit, command } = results.machine;
  return { ...value, conditions: { startedAt, seconds: Math.round((performance.now() - t) / 100) / 10, loadBefore, loadAfter: load(), commit, command } };
}

try {
  let synthetic1000: string | undefined;
  if (only.has("generation")) {
    results.generation = await section("generation", () =>
      benchGeneration({ root: ROOT, tmp, sizes, spec: !values["no-spec"], rounds: Number(values.rounds), pairs: Number(values.pairs), timeoutS: Number(values.timeout), profile: !values["no-profile"], log }),
    );
    synthetic1000 = results.generation.synthetic1000;
    delete results.generation.synthetic1000;
  }
  if (!synthetic1000 && (only.has("bundle") || only.has("validators"))) {
    // Not measured: the bundle and validator sections only need the package.
    const dir = path.join(tmp, "synthetic-1000");
    log("\n== generating the 1,000-operation synthetic package (not timed)");
    writeSyntheticSpec(1000, path.join(dir, "spec"));
    execFileSync(process.execPath, [path.join(ROOT, "bin", "webflow-codegen.js"), "generate", path.join(dir, "spec"), path.join(dir, "package")], { cwd: ROOT, stdio: "ignore" });
    synthetic1000 = path.join(dir, "package");
  }
  if (only.has("bundle")) {
    // The smallest size the one-call target names; not timed.
    const synthetic15 = path.join(tmp, "synthetic-15");
    writeSyntheticSpec(15, path.join(synthetic15, "spec"));
    execFileSync(process.execPath, [path.join(ROOT, "bin", "webflow-codegen.js"), "generate", path.join(synthetic15, "spec"), path.join(synthetic15, "package")], { cwd: ROOT, stdio: "ignore" });
    results.bundle = await section("bundle", () => benchBundle({ root: ROOT, tmp, ...(synthetic1000 ? { synthetic1000 } : {}), synthetic15: path.join(synthetic15, "package"), log }));
  }
  if (only.has("validators") || only.has("overhead")) {
    const doc = await bundledSpec(ROOT);
    if (only.has("validators")) results.validators = await section("validators", () => benchValidators({ root: ROOT, doc, ...(synthetic1000 ? { synthetic1000 } : {}), log }));
    if (only.has("overhead")) results.overhead = await section("overhead", () => benchOverhead({ root: ROOT, tmp, calls: Number(values.calls), siteExample: responseExample(doc, "getSite"), log }));
  }
} finally {
  if (values.keep) log(`\ntemporary files kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

results.targets = SECTIONS.flatMap((s) => results[s]?.targets ?? []);
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
const report = render(results);
console.log(`\n${report}`);
if (values["update-readme"]) updateReadme(report);
log(`\nwrote ${path.relative(process.cwd(), RESULTS)}; this run took ${Math.round((performance.now() - started) / 1000)} s (load average now ${load().join(", ")})`);

/** The whole report in markdown: what the terminal shows and what the README carries. */
function render(r: Results): string {
  const by = (c: Conditions) => (c.commit === undefined ? "" : ` at commit ${c.commit} by \`${c.command ?? ""}\``);
  const when = (c: Conditions | undefined) => (c ? `measured ${c.startedAt.slice(0, 16).replace("T", " ")} UTC${by(c)} in ${c.seconds} s, load average ${c.loadBefore.join(" / ")} before, ${c.loadAfter.join(" / ")} after` : "");
  const parts: string[] = [
    `On ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, ${r.machine.platform}, Node ${r.machine.node}; time and memory by ${r.machine.measuredBy}. Each section names the commit and the command that measured it; \`npm run bench -- --sizes 100,1000,5000 --timeout 300\` measures them all.`,
    `Baselines: ${Object.entries(r.versions)
      .map(([n, v]) => `${n} ${v}`)
      .join(", ")}.`,
  ];
  if (r.generation) parts.push(`### 1. Generation\n\n_${when(r.generation.conditions)}_\n\n${generationTables(r.generation)}`);
  if (r.bundle) parts.push(`### 2. One-call bundle\n\n_${when(r.bundle.conditions)}_\n\n${bundleTables(r.bundle)}`);
  if (r.overhead) parts.push(`### 3. Client overhead\n\n_${when(r.overhead.conditions)}_\n\n${overheadTables(r.overhead)}`);
  if (r.validators) parts.push(`### 4. Validators\n\n_${when(r.validators.conditions)}_\n\n${validatorTables(r.validators)}`);
  parts.push(
    `### Targets\n\n${table(
      ["section", "target", "measured", "limit", "verdict"],
      r.targets.map((t) => [t.section, t.name, t.actual, t.limit, verdict(t)]),
      ["l", "l", "r", "r", "l"],
    )}`,
  );
  return parts.join("\n\n");
}

function updateReadme(report: string): void {
  const begin = "<!-- bench:begin (npm run bench -- --update-readme) -->";
  const end = "<!-- bench:end -->";
  const text = readFileSync(README, "utf8");
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${begin} … ${end} block`);
  writeFileSync(README, `${text.slice(0, from + begin.length)}\n\n${report}\n\n${text.slice(to)}`);
}
