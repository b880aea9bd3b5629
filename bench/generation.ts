/**
 * 1. Generation time and peak memory, every run in its own process, for synthetic specs
 * (bench/synthetic.ts) and for spec/: ours (`webflow-codegen generate <spec> <out>` as installed: the
 * generator built by `npm run build` and run by plain Node; cold = format cache cleared, warm = the same
 * command again) against openapi-typescript (types only) and
 * @hey-api/openapi-ts (fetch client, types, SDK validating responses with zod, zod schemas) on the
 * same files.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { writeSyntheticSpec } from "./synthetic.js";
import { measureNode, type Measurement } from "./lib/measure.js";
import { int, isNum, median, ratio, seconds, table } from "./lib/table.js";
import { check, type Target } from "./lib/targets.js";

export const TOOLS = ["oursCold", "oursWarm", "openapiTypescript", "heyApi"] as const;
export type Tool = (typeof TOOLS)[number];
export const TOOL_NAMES: Record<Tool, string> = {
  oursCold: "ours, cold",
  oursWarm: "ours, warm",
  openapiTypescript: "openapi-typescript",
  heyApi: "hey-api sdk+zod",
};

export interface Summary {
  wallS: number;
  cpuS: number;
  peakMB: number;
  /** Stopped at the timeout: the time is a lower bound. */
  timedOut: boolean;
  /** Every round failed (exit code ≠ 0); `error` has the tail of the output. */
  failed: boolean;
  error?: string;
  rounds: number;
}

export interface GenerationRow {
  input: string;
  operations: number;
  results: Partial<Record<Tool, Summary>>;
}

export interface Profile {
  input: string;
  /** generate()'s stage timings, ms. */
  timings: Record<string, number>;
  totalMs: number;
  rssMB: number;
  files: number;
  bytes: number;
}

/** Ours cold and a baseline run back to back on one input, again and again: a ratio that sits near its limit, taken as the median of the pairs. */
export interface PairedRatio {
  input: string;
  baseline: Tool;
  pairs: { oursS: number; baselineS: number; ratio: number }[];
  median: number;
}

export interface GenerationResult {
  rounds: number;
  /** The wall-time ratios the targets judge, each from interleaved pairs (the first pairs are the rounds'). */
  paired?: PairedRatio[];
  timeoutS: number;
  rows: GenerationRow[];
  /** log(t_max / t_min) / log(max / min) over the synthetic sizes (100 → 5,000 by default). */
  exponents: Partial<Record<Tool, Exponent>>;
  /** The same between neighbouring sizes (100 → 1,000, 1,000 → 5,000). */
  stepExponents: (Exponent & { tool: Tool })[];
  profiles: Profile[];
  targets: Target[];
  /** Where ours wrote the 1,000-operation package (for the bundle and validator sections). */
  synthetic1000?: string;
}

export interface Exponent {
  /** From wall times (the target). */
  value: number;
  /** From CPU times (user + system): less sensitive to what else the machine runs. */
  cpu: number;
  /** The bigger run was stopped at the timeout: both are lower bounds. */
  lowerBound: boolean;
  from: number;
  to: number;
}

export interface GenerationOptions {
  root: string;
  tmp: string;
  sizes: number[];
  spec: boolean;
  rounds: number;
  /** Pairs behind each ratio target near its limit (1,000 operations vs openapi-typescript, spec/ vs hey-api); at least the rounds. */
  pairs: number;
  timeoutS: number;
  profile: boolean;
  log: (line: string) => void;
}

interface Input {
  label: string;
  operations: number;
  /** What ours gets: the spec folder (every top-level YAML is one API version). */
  oursSpec: string;
  /** What the baselines get: the same top-level files, one job each. */
  files: string[];
}

const round3 = (n: number) => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n);
const summarize = (runs: Measurement[]): Summary => {
  const ok = runs.filter((r) => r.exitCode === 0 || r.timedOut);
  const pick = ok.length > 0 ? ok : runs;
  return {
    wallS: round3(median(pick.map((r) => r.wallS))),
    cpuS: round3(median(pick.map((r) => r.cpuS))),
    peakMB: round3(median(pick.map((r) => r.peakMB))),
    timedOut: pick.some((r) => r.timedOut),
    failed: ok.length === 0,
    ...(ok.length === 0 ? { error: runs.at(-1)?.output.trim().split("\n").slice(-8).join("\n") } : {}),
    rounds: runs.length,
  };
};

export async function benchGeneration(o: GenerationOptions): Promise<GenerationResult> {
  // What `npm install webflow-codegen` runs: the compiled generator (a checkout's bin runs the sources under tsx).
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"], { cwd: o.root, stdio: "ignore" });
  const cli = path.join(o.root, "dist", "generator", "cli.js");
  const oatChild = path.join(o.root, "bench", "children", "openapi-typescript.mjs");
  const heyChild = path.join(o.root, "bench", "children", "hey-api.mjs");
  // generator/cache.ts keeps its texts in node_modules/ beside the generator's folder: dist/ when built,
  // the root for the profile below (run from the sources).
  const clearCaches = () => {
    for (const base of [path.join(o.root, "dist"), o.root]) rmSync(path.join(base, "node_modules", ".cache", "webflow-codegen"), { recursive: true, force: true });
  };
  const work = path.join(o.tmp, "generation");

  const inputs: Input[] = [];
  if (o.spec) {
    const specDir = path.join(o.root, "spec");
    const files = readdirSync(specDir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => path.join(specDir, f));
    inputs.push({ label: "spec/", operations: Number.NaN, oursSpec: "spec", files });
  }
  for (const size of o.sizes) {
    const dir = path.join(work, `synthetic-${size}`, "spec");
    const file = writeSyntheticSpec(size, dir);
    inputs.push({ label: `synthetic ${size.toLocaleString("en-US")}`, operations: size, oursSpec: dir, files: [file] });
  }

  const result: GenerationResult = { rounds: o.rounds, paired: [], timeoutS: o.timeoutS, rows: [], exponents: {}, stepExponents: [], profiles: [], targets: [] };
  for (const input of inputs) {
    const slug = input.label.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "");
    const out = (tool: string) => path.join(work, slug, tool);
    const runs: Record<Tool, Measurement[]> = { oursCold: [], oursWarm: [], openapiTypescript: [], heyApi: [] };
    const run = async (tool: Tool, args: string[]) => {
      const m = await measureNode(args, { cwd: o.root, timeoutS: o.timeoutS });
      runs[tool].push(m);
      const state = m.timedOut ? `stopped at the ${o.timeoutS} s timeout` : m.exitCode !== 0 ? `FAILED (exit ${m.exitCode})` : `${seconds(m.wallS)} wall, ${seconds(m.cpuS)} CPU, ${int(m.peakMB)} MB`;
      o.log(`  ${input.label}: ${TOOL_NAMES[tool]}: ${state}`);
      if (m.exitCode !== 0 && !m.timedOut) o.log(m.output.trim().split("\n").slice(-6).map((l) => `    | ${l}`).join("\n"));
      return m;
    };
    for (let round = 0; round < o.rounds; round++) {
      // Cold: no cache of formatted text.
      clearCaches();
      rmSync(out("ours"), { recursive: true, force: true });
      const cold = await run("oursCold", [cli, "generate", input.oursSpec, out("ours")]);
      if (Number.isNaN(input.operations)) input.operations = Number(/(\d+) operations/.exec(cold.output)?.[1] ?? Number.NaN);
      if (cold.exitCode === 0) await run("oursWarm", [cli, "generate", input.oursSpec, out("ours")]);
      rmSync(out("openapi-typescript"), { recursive: true, force: true });
      await run("openapiTypescript", [oatChild, out("openapi-typescript"), ...input.files]);
      rmSync(out("hey-api"), { recursive: true, force: true });
      await run("heyApi", [heyChild, out("hey-api"), ...input.files]);
    }
    // One run of each can land on either side of a limit with the machine's load (2.1× to 2.8× for 1,000
    // operations vs openapi-typescript on one afternoon): the targets near theirs are judged on the median of pairs.
    const baseline: Tool | undefined = input.label === "spec/" ? "heyApi" : input.operations === 1000 ? "openapiTypescript" : undefined;
    if (baseline) {
      const baselineArgs = baseline === "heyApi" ? [heyChild, out("hey-api"), ...input.files] : [oatChild, out("openapi-typescript"), ...input.files];
      const pairs = runs.oursCold.map((m, i) => [m, runs[baseline][i]] as const);
      while (pairs.length < o.pairs) {
        clearCaches();
        rmSync(out("ours"), { recursive: true, force: true });
        const ours = await measureNode([cli, "generate", input.oursSpec, out("ours")], { cwd: o.root, timeoutS: o.timeoutS });
        rmSync(baselineArgs[1] as string, { recursive: true, force: true });
        const base = await measureNode(baselineArgs, { cwd: o.root, timeoutS: o.timeoutS });
        o.log(`  ${input.label}: pair ${pairs.length + 1}: ours cold ${seconds(ours.wallS)}, ${TOOL_NAMES[baseline]} ${seconds(base.wallS)}`);
        pairs.push([ours, base]);
      }
      const valid = pairs.filter(([a, b]) => b !== undefined && a.exitCode === 0 && b.exitCode === 0 && !a.timedOut && !b.timedOut);
      const measured = valid.map(([a, b]) => ({ oursS: round3(a.wallS), baselineS: round3((b as Measurement).wallS), ratio: round3(a.wallS / (b as Measurement).wallS) }));
      if (measured.length > 0) result.paired?.push({ input: input.label, baseline, pairs: measured, median: round3(median(measured.map((p) => p.ratio))) });
    }
    const row: GenerationRow = { input: input.label, operations: input.operations, results: {} };
    for (const tool of TOOLS) if (runs[tool].length > 0) row.results[tool] = summarize(runs[tool]);
    result.rows.push(row);
    if (input.operations === 1000 && row.results.oursCold && !row.results.oursCold.failed) result.synthetic1000 = out("ours");
    // Only our 1,000-operation package is used later (bundle, validators); the rest can go now.
    rmSync(out("openapi-typescript"), { recursive: true, force: true });
    rmSync(out("hey-api"), { recursive: true, force: true });
    if (result.synthetic1000 !== out("ours")) rmSync(out("ours"), { recursive: true, force: true });
  }

  // Growth exponents: first → last synthetic size (the target), and between neighbouring sizes.
  const synthetic = result.rows.filter((r) => r.input !== "spec/").sort((a, b) => a.operations - b.operations);
  const exponent = (a: GenerationRow, b: GenerationRow, tool: Tool) => {
    const x = a.results[tool];
    const y = b.results[tool];
    if (!x || !y || x.failed || y.failed || x.timedOut) return undefined;
    const growth = Math.log(b.operations / a.operations);
    return { value: Math.log(y.wallS / x.wallS) / growth, cpu: Math.log(y.cpuS / x.cpuS) / growth, lowerBound: y.timedOut, from: a.operations, to: b.operations };
  };
  const first = synthetic[0];
  const last = synthetic.at(-1);
  if (first && last && last.operations > first.operations) {
    for (const tool of TOOLS) {
      const e = exponent(first, last, tool);
      if (e) result.exponents[tool] = e;
    }
  }
  for (let i = 1; i < synthetic.length; i++) {
    for (const tool of TOOLS) {
      const e = exponent(synthetic[i - 1] as GenerationRow, synthetic[i] as GenerationRow, tool);
      if (e) result.stepExponents.push({ tool, ...e });
    }
  }

  // Targets.
  const at1000 = result.rows.find((r) => r.operations === 1000 && r.input !== "spec/");
  const atSpec = result.rows.find((r) => r.input === "spec/");
  const div = (row: GenerationRow | undefined, a: Tool, b: Tool) => {
    const x = row?.results[a];
    const y = row?.results[b];
    if (!x || !y || x.failed || y.failed || y.timedOut) return { value: undefined, lowerBound: false };
    return { value: x.wallS / y.wallS, lowerBound: x.timedOut };
  };
  const r1 = div(at1000, "oursCold", "heyApi");
  const pairedOr = (row: GenerationRow | undefined, baseline: Tool) => {
    const paired = result.paired?.find((p) => p.input === row?.input && p.baseline === baseline);
    return paired ? { value: paired.median, lowerBound: false, note: `, median of ${paired.pairs.length} pairs` } : { ...div(row, "oursCold", baseline), note: "" };
  };
  const r2 = pairedOr(at1000, "openapiTypescript");
  const r3 = pairedOr(atSpec, "heyApi");
  const exp = result.exponents.oursCold;
  result.targets.push(
    check("generation", "1,000 ops: ours (cold) ÷ hey-api sdk+zod, wall time", r1.value, 1.0, ratio, "max", r1.lowerBound),
    check("generation", `1,000 ops: ours (cold) ÷ openapi-typescript, wall time${r2.note}`, r2.value, 2.5, ratio, "max", r2.lowerBound),
    check("generation", "1,000 ops: ours (cold) peak memory", at1000?.results.oursCold?.failed ? undefined : at1000?.results.oursCold?.peakMB, 600, (n) => `${int(n)} MB`, "max"),
    check("generation", `growth exponent of ours (cold)${exp ? `, ${exp.from} → ${exp.to} ops` : ""}`, exp?.value, 1.1, (n) => (isNum(n) ? n.toFixed(2) : "–"), "max", exp?.lowerBound ?? false),
    check("generation", `spec/: ours (cold) ÷ hey-api sdk+zod, wall time${r3.note}`, r3.value, 1.0, ratio, "max", r3.lowerBound),
  );

  // Where our time goes, when a target on that input was missed.
  if (o.profile) {
    const missedSpec = result.targets.some((t) => t.name.startsWith("spec/") && t.met === false);
    const missed1000 = result.targets.some((t) => !t.name.startsWith("spec/") && t.met === false);
    for (const input of inputs) {
      if (!((input.label === "spec/" && missedSpec) || (input.operations === 1000 && missed1000))) continue;
      clearCaches();
      o.log(`  ${input.label}: profiling one cold in-process generate() for its stage timings`);
      const m = await measureNode(["--import", "tsx", path.join(o.root, "bench", "children", "profile.ts"), input.oursSpec], { cwd: o.root, timeoutS: o.timeoutS });
      const last = m.output.trim().split("\n").at(-1) ?? "";
      try {
        const parsed = JSON.parse(last) as Omit<Profile, "input">;
        result.profiles.push({ input: input.label, ...parsed });
      } catch {
        o.log(`  profile of ${input.label} failed${m.timedOut ? " (timeout)" : ""}:\n${m.output.trim().split("\n").slice(-6).join("\n")}`);
      }
    }
  }
  return result;
}

export function generationTables(r: GenerationResult): string {
  const cell = (s: Summary | undefined, value: (s: Summary) => string) => (!s ? "–" : s.failed ? "failed" : value(s));
  const wall = (s: Summary) => seconds(s.wallS, s.timedOut);
  const cpu = (s: Summary) => seconds(s.cpuS, s.timedOut);
  const mem = (s: Summary) => (isNum(s.peakMB) ? `${s.timedOut ? ">" : ""}${int(s.peakMB)} MB` : "–");
  const quotient = (row: GenerationRow, a: Tool, b: Tool, field: "wallS" | "cpuS" | "peakMB") => {
    const x = row.results[a];
    const y = row.results[b];
    if (!x || !y || x.failed || y.failed || y.timedOut) return "–";
    return ratio(x[field] / y[field], x.timedOut && field !== "peakMB");
  };
  const label = (row: GenerationRow) => `${row.input}${row.input === "spec/" && isNum(row.operations) ? ` (${row.operations} ops)` : ""}`;
  const header = ["input", ...TOOLS.map((t) => TOOL_NAMES[t]), "cold ÷ hey-api", "cold ÷ openapi-ts"];
  const block = (title: string, value: (s: Summary) => string, field: "wallS" | "cpuS" | "peakMB") =>
    `${title}\n\n${table(
      header,
      r.rows.map((row) => [label(row), ...TOOLS.map((t) => cell(row.results[t], value)), quotient(row, "oursCold", "heyApi", field), quotient(row, "oursCold", "openapiTypescript", field)]),
    )}`;
  const parts = [
    block(`Generation, wall time (${r.rounds === 1 ? "one run each" : `median of ${r.rounds} rounds`}; \`>\` = stopped at the ${r.timeoutS} s timeout)`, wall, "wallS"),
    block("Generation, CPU time (user + system, all threads)", cpu, "cpuS"),
    block("Generation, peak resident memory", mem, "peakMB"),
  ];
  for (const p of r.paired ?? []) {
    parts.push(
      `${p.input}: ours cold and ${TOOL_NAMES[p.baseline]} run back to back, ${p.pairs.length} pairs (the target takes the median, ${ratio(p.median)}):\n\n${table(
        ["pair", "ours, cold", TOOL_NAMES[p.baseline], "ratio"],
        p.pairs.map((pair, i) => [String(i + 1), seconds(pair.oursS), seconds(pair.baselineS), ratio(pair.ratio)]),
      )}`,
    );
  }
  const show = (e: Exponent | undefined, field: "value" | "cpu") => (e && isNum(e[field]) ? `${e.lowerBound ? "≥ " : ""}${e[field].toFixed(2)}` : "–");
  const pairs = [...new Set(r.stepExponents.map((e) => `${e.from}→${e.to}`))];
  const first = Object.values(r.exponents)[0];
  if (first) {
    const columns = [`${first.from} → ${first.to} ops`, ...(pairs.length > 1 ? pairs.map((p) => `${p.replace("→", " → ")} ops`) : [])];
    const cells = (t: Tool, field: "value" | "cpu") => [show(r.exponents[t], field), ...(pairs.length > 1 ? pairs.map((p) => show(r.stepExponents.find((x) => x.tool === t && `${x.from}→${x.to}` === p), field)) : [])];
    parts.push(
      `Growth exponent log(t_big / t_small) / log(ops_big / ops_small) (1 = linear), wall time / CPU time:\n\n${table(
        ["tool", ...columns],
        TOOLS.filter((t) => r.exponents[t]).map((t) => [TOOL_NAMES[t], ...cells(t, "value").map((w, i) => `${w} / ${cells(t, "cpu")[i]}`)]),
      )}`,
    );
  }
  for (const p of r.profiles) {
    const total = Object.values(p.timings).reduce((a, b) => a + b, 0);
    parts.push(
      `Stage timings of one cold in-process generate() on ${p.input} (${seconds(p.totalMs / 1000)}, ${int(p.rssMB)} MB RSS at the end, ${int(p.files)} files, ${(p.bytes / 1e6).toFixed(1)} MB):\n\n${table(
        ["stage", "time", "share"],
        Object.entries(p.timings).map(([stage, t]) => [stage, seconds(t / 1000), `${((t / total) * 100).toFixed(0)} %`]),
      )}`,
    );
  }
  return parts.join("\n\n");
}
