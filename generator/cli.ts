import { generate } from "./index.js";
import { formatProblems, GenerationError } from "./problems.js";
import { compareOutput, isFresh, writeOutput } from "./write/index.js";

/** Exit codes: 0 done (or fresh), 1 `--check` found stale files, 2 the spec has errors, 3 bad usage or internal failure. */
const USAGE = `usage: webflow-codegen generate [spec] [out] [--check]
  spec    a root OpenAPI YAML file, or a folder of them (default: spec)
  out     the package folder to write (default: generated)
  --check compare instead of writing; exit 1 and list the stale files`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== "generate") {
    process.stderr.write(`${USAGE}\n`);
    return 3;
  }
  const flags = rest.filter((a) => a.startsWith("--"));
  const [specPath = "spec", outDir = "generated"] = rest.filter((a) => !a.startsWith("--"));
  const unknown = flags.filter((f) => f !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(`unknown option ${unknown[0]}\n${USAGE}\n`);
    return 3;
  }

  const started = performance.now();
  const result = await generate(specPath);
  if (result.warnings.length > 0) process.stderr.write(`${formatProblems(result.warnings)}\n`);

  if (flags.includes("--check")) {
    const staleness = compareOutput(result.files, outDir);
    if (isFresh(staleness)) {
      process.stdout.write(`${outDir}/ is up to date with ${specPath}\n`);
      return 0;
    }
    const lines = [
      ...staleness.changed.map((f) => `  changed: ${outDir}/${f}`),
      ...staleness.missing.map((f) => `  missing: ${outDir}/${f}`),
      ...staleness.extra.map((f) => `  not generated: ${outDir}/${f}`),
    ];
    process.stderr.write(`${outDir}/ is stale; run npm run generate:\n${lines.join("\n")}\n`);
    return 1;
  }

  writeOutput(result.files, outDir);
  const ops = result.models.reduce((n, m) => n + m.operations.length, 0);
  const schemas = result.models.reduce((n, m) => n + m.schemas.length, 0);
  const scopes = result.models.reduce((n, m) => n + m.scopes.length, 0);
  process.stdout.write(`generated ${outDir}/: ${ops} operations, ${schemas} schemas, ${scopes} scopes, ${result.files.length} files in ${Math.round(performance.now() - started)} ms\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof GenerationError) {
      process.stderr.write(`${error.message}\ngeneration failed: nothing was written\n`);
      process.exit(2);
    }
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(3);
  },
);
