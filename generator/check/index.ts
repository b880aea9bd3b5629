import type { LintProfile } from "../load/config.js";
import type { LoadedSpec } from "../load/index.js";
import { sortProblems, uniqueProblems, type Problem } from "../problems.js";
import { applyProfile, finding, type Finding, type Purpose } from "./profile.js";
import { ALL_RULES, type Rule } from "./rules.js";

export { applyProfile, type Finding, type Level } from "./profile.js";

export interface CheckOptions {
  /** The lint profile; by default the specs' own (their folder's `webflow-codegen.config.json`), else `default`. */
  lint?: LintProfile;
  /** Findings of earlier stages (normalise) to grade with the same profile. */
  findings?: readonly (Finding | Problem)[];
  /** `model` (diff): unsupported constructs the model can represent are warnings. Default `generate`. */
  purpose?: Purpose;
}

/**
 * Runs every rule over every (normalised) spec and returns all problems of the run, graded by the lint
 * profile (validity and unsupported: errors; deviations: warnings, errors under the house style; style:
 * silent, errors under the house style), each once, sorted by file and line.
 */
export function checkSpecs(specs: readonly LoadedSpec[], rules: readonly Rule[] = ALL_RULES, options: CheckOptions = {}): Problem[] {
  const earlier = options.findings ?? [];
  // What normalise filled in (a derived namespace, a synthesized tag) is reported there, about the document
  // as written; the rule seeing the filled-in value at the same place would report it a second time.
  const reported = new Set(earlier.map(placeOf));
  const own = specs.flatMap((spec) => rules.flatMap((rule) => rule(spec.document, spec.where))).filter((p) => !reported.has(placeOf(p)));
  const findings: (Finding | Problem)[] = [...earlier, ...own];
  const namespaces = new Map<string, string>();
  for (const spec of specs) {
    const namespace = (spec.document.info as { "x-namespace"?: unknown } | undefined)?.["x-namespace"];
    if (typeof namespace !== "string") continue;
    const other = namespaces.get(namespace);
    if (other) findings.push(finding("validity", "error", "info-namespace", `x-namespace "${namespace}" is also used by ${other}`, spec.where, "/info/x-namespace"));
    namespaces.set(namespace, spec.rootFile);
  }
  const lint = options.lint ?? specs[0]?.lint ?? "default";
  return sortProblems(uniqueProblems(applyProfile(findings, lint, options.purpose)));
}

const placeOf = (p: Problem) => `${p.rule} ${p.location?.file}#${p.location?.pointer}`;
