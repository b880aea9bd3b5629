import { existsSync } from "node:fs";
import path from "node:path";
// The generator's own stages (the functions generator/index.ts re-exports), imported from their modules so
// a diff does not load the emitters and the TypeScript compiler.
import { checkSpecs } from "../check/index.js";
import { loadSpecs, type LintProfile } from "../load/index.js";
import { buildModel, type ApiModel } from "../model/index.js";
import { normaliseSpecs } from "../normalise/index.js";
import { applyProfile } from "../check/profile.js";
import { GenerationError, hasErrors } from "../problems.js";

/**
 * The models of every API description at `specPath` (a root YAML file or a folder of them), through the
 * generator's own load and check stages. Throws `GenerationError` when the spec cannot be modelled.
 * File names in problems are relative to `cwd`.
 */
export function loadModels(specPath: string, cwd = process.cwd(), options: { lint?: LintProfile } = {}): ApiModel[] {
  const absolute = path.resolve(cwd, specPath);
  if (!existsSync(absolute)) throw new GenerationError([{ severity: "error", rule: "no-spec", message: `${specPath} does not exist` }]);
  const loaded = loadSpecs(absolute, cwd);
  const lint = options.lint ?? loaded.lint;
  const loadProblems = applyProfile(loaded.problems, lint);
  if (hasErrors(loadProblems)) throw new GenerationError(loadProblems);
  if (loaded.specs.length === 0) throw new GenerationError([{ severity: "error", rule: "no-spec", message: `no .yaml or .json API description found at ${specPath}` }]);
  const normalised = normaliseSpecs(loaded.specs);
  const earlier = [...loaded.problems, ...normalised.problems];
  if (hasErrors(normalised.problems.filter((p) => p.level === "validity"))) throw new GenerationError(checkSpecs([], [], { lint, findings: earlier }));
  // Only the model is built: constructs the emitters cannot generate yet but the model represents (non-JSON
  // bodies, `default` responses, cookie parameters, ...) are warnings here, so any document can be compared.
  const problems = checkSpecs(normalised.specs, undefined, { lint, findings: earlier, purpose: "model" });
  if (hasErrors(problems)) throw new GenerationError(problems);
  return normalised.specs.map(buildModel);
}
