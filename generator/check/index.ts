import type { LoadedSpec } from "../load/index.js";
import { sortProblems, uniqueProblems, type Problem } from "../problems.js";
import { ALL_RULES, type Rule } from "./rules.js";

/** Runs every rule over every spec and returns all problems of the run, each once, sorted by file and line. */
export function checkSpecs(specs: readonly LoadedSpec[], rules: readonly Rule[] = ALL_RULES): Problem[] {
  const problems = specs.flatMap((spec) => rules.flatMap((rule) => rule(spec.document, spec.where)));
  const namespaces = new Map<string, string>();
  for (const spec of specs) {
    const namespace = (spec.document.info as { "x-namespace"?: unknown } | undefined)?.["x-namespace"];
    if (typeof namespace !== "string") continue;
    const other = namespaces.get(namespace);
    const location = spec.where("/info/x-namespace");
    if (other) problems.push({ severity: "error", rule: "info-namespace", message: `x-namespace "${namespace}" is also used by ${other}`, ...(location ? { location } : {}) });
    namespaces.set(namespace, spec.rootFile);
  }
  return sortProblems(uniqueProblems(problems));
}
