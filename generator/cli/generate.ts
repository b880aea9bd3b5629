import { existsSync } from "node:fs";
import { applyProfile, checkSpecs } from "../check/index.js";
import { compareOutput, generate, isFresh, writeOutput, type GenerateOptions, type GenerateResult } from "../index.js";
import { loadSpecs, type LintProfile } from "../load/index.js";
import { normaliseSpecs } from "../normalise/index.js";
import { GenerationError, hasErrors, type Problem } from "../problems.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { printProblems, type Io } from "./output.js";

/** A spec path that does not exist is a spec error, reported like the others. */
export function assertSpecExists(spec: string): void {
  if (!existsSync(spec)) throw new GenerationError([{ severity: "error", rule: "no-spec", message: `${spec} does not exist` }]);
}

/**
 * The spec's own problems (load, normalise, check; nothing emitted), for when the command cannot go on
 * for another reason (a wrong output folder) but the spec's errors must still be reported.
 */
export function specProblems(spec: string, lint?: LintProfile): Problem[] {
  if (!existsSync(spec)) return [{ severity: "error", rule: "no-spec", message: `${spec} does not exist` }];
  const loaded = loadSpecs(spec);
  const profile = lint ?? loaded.lint;
  const loadProblems = applyProfile(loaded.problems, profile);
  if (hasErrors(loadProblems)) return loadProblems;
  const normalised = normaliseSpecs(loaded.specs);
  return checkSpecs(normalised.specs, undefined, { lint: profile, findings: [...loaded.problems, ...normalised.problems] });
}

/** `generated out/: 15 operations, 20 schemas, 31 scopes, 88 files written in 2345 ms` */
export function summaryLine(out: string, result: GenerateResult, written: number, ms: number): string {
  const count = (pick: (m: GenerateResult["models"][number]) => readonly unknown[]) => result.models.reduce((n, m) => n + pick(m).length, 0);
  return `generated ${out.replace(/(.)\/+$/, "$1")}/: ${count((m) => m.operations)} operations, ${count((m) => m.schemas)} schemas, ${count((m) => m.scopes)} scopes, ${written} files written in ${Math.round(ms)} ms`;
}

/**
 * Generates and writes `out` through a temporary folder swapped in at the end (so a failure leaves the
 * previous output as it was). Throws `GenerationError` when the spec cannot be generated.
 */
export async function generateAndWrite(spec: string, out: string, io: Io, options: GenerateOptions = {}): Promise<void> {
  const started = performance.now();
  assertSpecExists(spec);
  const result = await generate(spec, process.cwd(), options);
  printProblems(io, result.warnings);
  writeOutput(result.files, out);
  io.out(io.outStyle.green(summaryLine(out, result, result.files.length, performance.now() - started)));
}

/** `generate --check`: regenerates in memory and compares with `out`; writes nothing. */
export async function checkOutput(spec: string, out: string, io: Io, options: GenerateOptions = {}): Promise<ExitCode> {
  assertSpecExists(spec);
  const result = await generate(spec, process.cwd(), options);
  printProblems(io, result.warnings);
  const staleness = compareOutput(result.files, out);
  if (isFresh(staleness)) {
    io.out(io.outStyle.green(`${out}/ is up to date with ${spec}`));
    return EXIT.ok;
  }
  const lines = [
    ...staleness.changed.map((f) => `  changed: ${out}/${f}`),
    ...staleness.missing.map((f) => `  missing: ${out}/${f}`),
    ...staleness.extra.map((f) => `  not generated: ${out}/${f}`),
  ];
  io.err(`${io.errStyle.red(`${out}/ is stale`)}; run npm run generate:\n${lines.join("\n")}`);
  return EXIT.checkFailed;
}
