import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { joinPointer } from "../pointer.js";
import type { Problem } from "../problems.js";
import { parseJsonFile } from "./json-source.js";

/**
 * How strictly a spec is linted beyond validity:
 * - `default`: only what makes generation impossible or wrong is an error; deviations real documents
 *   carry (`nullable` inside 3.1, ...) are warnings; house-style rules are silent.
 * - `house-style`: every house-style rule (camelCase operationIds, declared tags, summaries, scope levels,
 *   security on every operation, 3.1 only, `info.x-namespace`, servers, ...) and every deviation is an error.
 */
export type LintProfile = "default" | "house-style";

export const LINT_PROFILES: readonly LintProfile[] = ["default", "house-style"];

/** The configuration file a spec folder may hold, beside its root documents. */
export const CONFIG_FILE = "webflow-codegen.config.json";

export interface Config {
  lint: LintProfile;
  /** The config file relative to the working directory, when there is one. */
  file?: string;
}

/**
 * Reads `<spec folder>/webflow-codegen.config.json` (the folder itself for a folder spec path, the root
 * file's folder for a file). `{ "lint": "house-style" }` opts the folder into the house style. No file:
 * the default profile. Unknown keys and values are errors naming the file and line.
 */
export function readConfig(specPath: string, cwd = process.cwd()): Config & { problems: Problem[] } {
  const absolute = path.resolve(cwd, specPath);
  const folder = existsSync(absolute) && statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
  const file = path.join(folder, CONFIG_FILE);
  if (!existsSync(file)) return { lint: "default", problems: [] };
  const display = path.relative(cwd, file).split(path.sep).join("/");
  const parsed = parseJsonFile(display, readFileSync(file, "utf8"));
  const problems = [...parsed.problems];
  const at = (pointer: string) => {
    const pos = parsed.positions.get(pointer) ?? parsed.positions.get("") ?? { line: 1, column: 1 };
    return { file: display, line: pos.line, column: pos.column, pointer };
  };
  let lint: LintProfile = "default";
  const value = parsed.value;
  if (problems.length === 0) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.push({ severity: "error", rule: "config", message: `${CONFIG_FILE} must hold a JSON object such as { "lint": "house-style" }`, location: at("") });
    } else {
      for (const [key, setting] of Object.entries(value)) {
        const pointer = joinPointer("", key);
        if (key === "$schema" || key === "$comment") continue;
        if (key !== "lint") {
          problems.push({ severity: "error", rule: "config", message: `unknown setting ${JSON.stringify(key)} in ${CONFIG_FILE}; the settings are "lint"`, location: at(pointer) });
        } else if (typeof setting !== "string" || !(LINT_PROFILES as readonly string[]).includes(setting)) {
          problems.push({ severity: "error", rule: "config", message: `"lint" must be one of ${LINT_PROFILES.map((p) => JSON.stringify(p)).join(", ")}, found ${JSON.stringify(setting)}`, location: at(pointer) });
        } else lint = setting as LintProfile;
      }
    }
  }
  return { lint, file: display, problems };
}
