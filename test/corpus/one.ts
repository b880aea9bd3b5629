/**
 * Runs one corpus document through the generator and the strict type-check of its output, in its own
 * process (so one document's memory or crash cannot touch the next), and prints one JSON line:
 * `{ operations, result, ms, stage, problems, first, redocly }`.
 *
 * result: `pass` (generated, and the output compiles under tsc --strict), `rejected` (the generator
 * refused the document: `first` is its first error), `compile` (generated, but the output does not
 * type-check: an emitter defect), `crash` (an exception that is not a GenerationError).
 * For anything but `pass`, `redocly` is Redocly's `recommended` lint of the same file (error count and
 * first error), the cross-check of "a defect of the document itself".
 */
import path from "node:path";
import { generate, GenerationError, verifyPackage } from "../../generator/index.js";
import { formatProblem, type Problem } from "../../generator/problems.js";

export interface OneResult {
  operations: number | null;
  result: "pass" | "rejected" | "compile" | "crash";
  ms: number;
  /** Problems that decided the result: the generator's errors, or the compiler's. */
  problems: number;
  first: string | null;
  /** The rules of every error, for categorising (rejected only). */
  rules: string[];
  warnings: number;
  /** One message per kind of error (rule and message with quoted names left out), at most 20: what categorises a rejection. */
  details?: string[];
  redocly?: { errors: number; first: string | null };
}

function detailsOf(problems: readonly Problem[]): string[] {
  const seen = new Map<string, string>();
  for (const p of problems) {
    const skeleton = `${p.rule} ${p.message.replace(/"(?:[^"\\]|\\.)*"/g, '""')}`;
    if (!seen.has(skeleton)) seen.set(skeleton, `[${p.rule}] ${p.message.slice(0, 200)}`);
  }
  return [...seen.values()].slice(0, 20);
}

async function redocly(file: string): Promise<OneResult["redocly"]> {
  try {
    const { createConfig, lint } = await import("@redocly/openapi-core");
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lint({ ref: file, config });
    const errors = problems.filter((p) => p.severity === "error");
    const first = errors[0];
    return { errors: errors.length, first: first ? `[${first.ruleId}] ${first.message} (${first.location[0]?.pointer ?? ""})` : null };
  } catch (error) {
    return { errors: -1, first: `redocly failed: ${(error as Error).message}` };
  }
}

async function run(file: string): Promise<OneResult> {
  const started = performance.now();
  const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");
  try {
    const result = await generate(path.basename(file), path.dirname(file), { lint: "default" });
    const operations = result.models.reduce((n, m) => n + m.operations.length, 0);
    // CORPUS_VERIFY=0: generation only (a quick look at what is rejected); the committed table always verifies.
    const compileProblems = process.env.CORPUS_VERIFY === "0" ? [] : verifyPackage(result.files);
    const ms = Math.round(performance.now() - started);
    if (compileProblems.length === 0) return { operations, result: "pass", ms, problems: 0, first: null, rules: [], warnings: result.warnings.length };
    return { operations, result: "compile", ms, problems: compileProblems.length, first: formatProblem(compileProblems[0] as Problem), rules: [...new Set(compileProblems.map((p) => p.rule))], warnings: result.warnings.length, details: detailsOf(compileProblems), redocly: await redocly(file) };
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    if (error instanceof GenerationError) {
      const errors = errorsOf(error.problems);
      return { operations: null, result: "rejected", ms, problems: errors.length, first: errors[0] ? formatProblem(errors[0]) : null, rules: [...new Set(errors.map((p) => p.rule))], warnings: error.problems.length - errors.length, details: detailsOf(errors), redocly: await redocly(file) };
    }
    const message = error instanceof Error ? `${error.message.split("\n")[0]} @ ${(error.stack ?? "").split("\n").slice(1, 3).join(" ").trim()}` : String(error);
    return { operations: null, result: "crash", ms, problems: 1, first: message, rules: ["crash"], warnings: 0, redocly: await redocly(file) };
  }
}

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: tsx test/corpus/one.ts <document>\n");
  process.exit(3);
}
run(path.resolve(file)).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exit(4);
  },
);
