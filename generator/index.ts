import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkSpecs } from "./check/index.js";
import { compilePackage, verifyPackage } from "./compile/index.js";
import { emitClient } from "./emit/client.js";
import { emitDeliveries } from "./emit/deliveries.js";
import { emitExplainers } from "./emit/explainers.js";
import { emitComponentsModule, emitGroupModule, type EmittedModule } from "./emit/groups.js";
import { emitReadme } from "./emit/docs.js";
import { emitErrors } from "./emit/errors.js";
import { emitNamespaceIndex, emitPackageJson, emitRootIndex, emitTsconfig, packageInfo } from "./emit/package.js";
import { emitScopes } from "./emit/scopes.js";
import type { GeneratedFile } from "./emit/source.js";
import { emitSchemaTypes } from "./emit/types.js";
import { loadSpecs, type LintProfile, type LoadedSpec } from "./load/index.js";
import { normaliseSpecs } from "./normalise/index.js";
import { buildModel, COMPONENTS_MODULE, DELIVERIES_MODULE, type ApiModel } from "./model/index.js";
import { applyProfile } from "./check/profile.js";
import { GenerationError, hasErrors, type Problem } from "./problems.js";
import { formatFiles } from "./write/format.js";
import { keepHeapInBounds } from "./heap.js";

export { loadSpec, loadSpecs, type LoadedSpec } from "./load/index.js";
export { checkSpecs, applyProfile, type Finding, type Level } from "./check/index.js";
export { normaliseSpecs, normaliseSpec, type NormalisedSpec } from "./normalise/index.js";
export { readConfig, CONFIG_FILE, LINT_PROFILES, type LintProfile } from "./load/config.js";
export { buildModel } from "./model/index.js";
export type * from "./model/types.js";
export { compareOutput, isFresh, writeOutput, listFiles } from "./write/index.js";
export { verifyPackage } from "./compile/index.js";
export { GenerationError, formatProblems, type Problem, type SourceLocation } from "./problems.js";
export type { GeneratedFile } from "./emit/source.js";

const TEMPLATES = fileURLToPath(new URL("../templates/runtime/", import.meta.url));

/** The runtime pieces, copied as written into `src/runtime/`. */
export function runtimeFiles(): GeneratedFile[] {
  return readdirSync(TEMPLATES)
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => ({ path: `src/runtime/${name}`, contents: readFileSync(`${TEMPLATES}${name}`, "utf8") }));
}

/** Every file of one API version's namespace, from its model (and, for the types, its bundled document). */
function emitNamespace(model: ApiModel, spec: LoadedSpec): GeneratedFile[] {
  const scopes = emitScopes(model);
  const components = emitComponentsModule(model);
  const groups = [...model.tags]
    .sort((a, b) => (a.module < b.module ? -1 : 1))
    .map((tag) => {
      const emitted = emitGroupModule(model, tag);
      // ts-morph leaves each module's syntax trees behind: the largest garbage of emit.
      keepHeapInBounds();
      return { module: tag.module, emitted };
    });
  const client = emitClient(model);
  const deliveries = emitDeliveries(model);
  const modules: { module: string; emitted: EmittedModule }[] = [
    ...(components ? [{ module: COMPONENTS_MODULE, emitted: components }] : []),
    ...groups,
    { module: "client", emitted: client },
    ...(deliveries ? [{ module: DELIVERIES_MODULE, emitted: deliveries }] : []),
  ];
  const explainers = emitExplainers(model, new Map(modules.flatMap((m) => [...m.emitted.explainers])));
  return [
    emitSchemaTypes(model, spec.document),
    ...modules.map((m) => m.emitted.file),
    ...(explainers ? [explainers] : []),
    emitErrors(model),
    ...(scopes ? [scopes] : []),
    emitNamespaceIndex(model, modules.map((m) => ({ module: m.module, exports: m.emitted.exports })), ["errors", ...(scopes ? ["scopes"] : [])]),
  ];
}

export interface GenerateOptions {
  /** Overrides the lint profile of the spec's folder (`webflow-codegen.config.json`). */
  lint?: LintProfile;
  /**
   * Also type-check the whole output under `tsc --strict` (seconds more). Off by default: per-file emit
   * does not need it, and the tests prove the committed package compiles.
   */
  verify?: boolean;
}

export interface GenerateResult {
  files: GeneratedFile[];
  models: ApiModel[];
  warnings: Problem[];
  timings: Record<string, number>;
}

export interface EmitResult {
  /** The emitted files as printed, before formatting; the runtime is not among them. */
  emitted: GeneratedFile[];
  models: ApiModel[];
  warnings: Problem[];
  timings: Record<string, number>;
}

/** Runs `run` and records how long it took under `stage`. */
async function timed<T>(timings: Record<string, number>, stage: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  timings[stage] = performance.now() - start;
  keepHeapInBounds();
  return result;
}

/**
 * load → normalise → check → model → emit: the package's own files as printed, unformatted. Throws
 * `GenerationError` with every problem found when the spec cannot be generated.
 */
export async function emitPackage(specPath: string, cwd = process.cwd(), options: Pick<GenerateOptions, "lint"> = {}): Promise<EmitResult> {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T | Promise<T>) => timed(timings, stage, run);

  const loaded = await time("load", () => loadSpecs(specPath, cwd));
  const lint = options.lint ?? loaded.lint;
  const loadProblems = applyProfile(loaded.problems, lint);
  if (hasErrors(loadProblems)) throw new GenerationError(loadProblems);
  if (loaded.specs.length === 0) throw new GenerationError([{ severity: "error", rule: "no-spec", message: `no .yaml or .json API description found at ${specPath}` }]);
  const normalised = await time("normalise", () => normaliseSpecs(loaded.specs));
  const earlier = [...loaded.problems, ...normalised.problems];
  if (hasErrors(normalised.problems.filter((p) => p.level === "validity"))) throw new GenerationError(checkSpecs([], [], { lint, findings: earlier }));
  const specs = normalised.specs;
  const problems = await time("check", () => checkSpecs(specs, undefined, { lint, findings: earlier }));
  if (hasErrors(problems)) throw new GenerationError(problems);

  const models = await time("model", () => specs.map(buildModel));
  const info = packageInfo(models);
  const emitted = await time("emit", () => [
    ...models.flatMap((model, i) => emitNamespace(model, specs[i] as LoadedSpec)),
    emitRootIndex(info),
    emitPackageJson(info),
    emitTsconfig(),
    emitReadme(info),
  ]);
  return { emitted, models, warnings: problems, timings };
}

/**
 * load → normalise → check → model → emit → format → compile. Returns the whole package in memory; writing it is the
 * caller's choice. Throws `GenerationError` with every problem found when the spec cannot be generated.
 */
export async function generate(specPath: string, cwd = process.cwd(), options: GenerateOptions = {}): Promise<GenerateResult> {
  const { emitted, models, warnings, timings } = await emitPackage(specPath, cwd, options);
  const time = <T>(stage: string, run: () => T | Promise<T>) => timed(timings, stage, run);
  // The runtime goes in exactly as written in templates/; only emitted files are formatted.
  const formatted = [...(await time("format", () => formatFiles(emitted))), ...runtimeFiles()];
  const compiled = await time("compile", () => compilePackage(formatted));
  if (compiled.problems.length > 0) throw new GenerationError(compiled.problems);
  if (options.verify) {
    const unsound = await time("verify", () => verifyPackage(formatted));
    if (unsound.length > 0) throw new GenerationError(unsound);
  }

  const files = [...formatted, ...compiled.dist].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, models, warnings, timings };
}
