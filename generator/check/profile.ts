import type { LintProfile } from "../load/config.js";
import type { Problem, Severity, SourceLocation } from "../problems.js";

/**
 * What kind of finding a problem is, which decides its severity under each lint profile:
 * - `validity`: the document is wrong or generation would be (dangling `$ref`, path parameter mismatch,
 *   invalid regex, duplicate operationId, ...). An error (or the warning it was written as) everywhere.
 * - `unsupported`: a valid construct this generator cannot emit yet (today names openapi-typescript cannot
 *   process: `reserved-key`). An error everywhere, naming the generator as the cause.
 * - `deviation`: something real documents carry that their OpenAPI version does not allow, accepted and
 *   normalised (`nullable` inside 3.1, boolean `exclusiveMinimum` in 3.1, scopes used but not declared).
 *   A warning by default, an error under the house style.
 * - `style`: a house rule that keeps a hand-written spec clean (camelCase operationIds, declared tags,
 *   summaries, scope levels, security on every operation, 3.1 only, `info.x-namespace`, servers).
 *   Silent by default, an error (or the warning it was written as) under the house style.
 */
export type Level = "validity" | "unsupported" | "deviation" | "style";

/** A problem with its level. `severity` is what it is under the house style, the strictest profile. */
export interface Finding extends Problem {
  level: Level;
  /** An unsupported construct the model itself cannot represent (not only the emitters): `diff` refuses it too. */
  blocksModel?: true;
}

/** What the findings are graded for: generating code, or only building the model (`diff`), where unsupported constructs the model represents are warnings. */
export type Purpose = "generate" | "model";

export type Where = (pointer: string) => SourceLocation | undefined;

export function finding(level: Level, severity: Severity, rule: string, message: string, where: Where, pointer: string): Finding {
  const location = where(pointer);
  return { level, severity, rule, message, ...(location ? { location } : {}) };
}

/** The problems a profile reports: findings re-graded (or dropped) by level, plain problems as they are. */
export function applyProfile(problems: readonly (Problem | Finding)[], profile: LintProfile, purpose: Purpose = "generate"): Problem[] {
  const out: Problem[] = [];
  for (const problem of problems) {
    const { level, blocksModel, ...plain } = problem as Finding;
    if (level === "unsupported" && purpose === "model" && !blocksModel) {
      out.push({ ...plain, severity: "warning" });
      continue;
    }
    if (level === "style" && profile !== "house-style") continue;
    if (level === "deviation") out.push({ ...plain, severity: profile === "house-style" ? "error" : "warning" });
    else out.push(plain);
  }
  return out;
}
