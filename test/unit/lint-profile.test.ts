import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSpecs, loadSpecs, normaliseSpecs, readConfig, type LintProfile, type Problem } from "../../generator/index.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const INVALID = path.join(ROOT, "test", "fixtures", "invalid");
const TMP = mkdtempSync(path.join(tmpdir(), "webflow-codegen-lint-"));

/** Every problem of load → normalise → check under a profile (no emit: fast). */
function problemsOf(dir: string, root: string, lint?: LintProfile): Problem[] {
  const loaded = loadSpecs(root, dir);
  const normalised = normaliseSpecs(loaded.specs);
  return checkSpecs(normalised.specs, undefined, { lint: lint ?? loaded.lint, findings: [...loaded.problems, ...normalised.problems] });
}
const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");

/**
 * The invalid fixtures that break only the house style (or carry a deviation real documents have):
 * under the default profile they have no error. Every other invalid fixture stays an error everywhere.
 */
const HOUSE_STYLE_ONLY = [
  "media-type-not-json",
  "openapi-3.0",
  "operation-id-missing",
  "operation-id-not-camel-case",
  "ref-cycle",
  "request-body-not-json",
  "responses-no-2xx",
  "schema-nullable",
  "scope-without-level",
  "security-inherited-scope-undeclared",
  "security-scope-undeclared",
  "servers-empty",
  "servers-missing",
  "tag-undeclared",
  "tag-undeclared-in-path-file",
];

const fixtures = readdirSync(INVALID, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe("lint profiles over the invalid fixtures", () => {
  it.each(fixtures.filter((name) => HOUSE_STYLE_ONLY.includes(name)))("%s: no error by default, an error under the house style", (name) => {
    const dir = path.join(INVALID, name);
    expect(errors(problemsOf(dir, "api.yaml", "default"))).toEqual([]);
    expect(errors(problemsOf(dir, "api.yaml", "house-style")).length).toBeGreaterThan(0);
  });

  it.each(fixtures.filter((name) => !HOUSE_STYLE_ONLY.includes(name)))("%s: an error under every profile", (name) => {
    const dir = path.join(INVALID, name);
    const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { rule: string } | { rule: string }[];
    const rules = (Array.isArray(expected) ? expected : [expected]).map((e) => e.rule);
    const found = errors(problemsOf(dir, "api.yaml", "default")).map((p) => p.rule);
    expect(found.length, name).toBeGreaterThan(0);
    // The first expected error is a validity (or unsupported) one, reported alike by default.
    expect(rules).toContain(found[0]);
  });

  it("the house style reports what normalisation filled in, where the document leaves it out", () => {
    const found = problemsOf(path.join(INVALID, "servers-missing"), "api.yaml", "house-style");
    expect(errors(found).map((p) => `${p.rule} ${p.location?.file}:${p.location?.line}`)).toEqual(["servers api.yaml:1"]);
  });
});

describe("the lint profile config file", () => {
  const spec = path.join(INVALID, "operation-id-not-camel-case", "api.yaml");
  const folderWith = (config: string | undefined) => {
    const dir = mkdtempSync(path.join(TMP, "config-"));
    copyFileSync(spec, path.join(dir, "api.yaml"));
    if (config !== undefined) writeFileSync(path.join(dir, "webflow-codegen.config.json"), config);
    return dir;
  };

  it("no file: the default profile", () => {
    const dir = folderWith(undefined);
    expect(readConfig(dir).lint).toBe("default");
    expect(errors(problemsOf(dir, "api.yaml"))).toEqual([]);
  });

  it('{ "lint": "house-style" } in the spec folder opts its documents in, for a folder or a root file path', () => {
    const dir = folderWith('{ "lint": "house-style" }\n');
    expect(errors(problemsOf(dir, "api.yaml")).map((p) => p.rule)).toEqual(["operation-id"]);
    expect(errors(problemsOf(dir, ".")).map((p) => p.rule)).toEqual(["operation-id"]);
    // An explicit profile (the CLI's --lint) wins over the file.
    expect(errors(problemsOf(dir, "api.yaml", "default"))).toEqual([]);
  });

  it("the config file is not read as an API description", () => {
    const dir = folderWith('{ "lint": "default" }\n');
    expect(loadSpecs(".", dir).specs.map((s) => s.rootFile)).toEqual(["api.yaml"]);
  });

  it.each([
    ['{ "lint": "strict" }', 1, '"lint" must be one of "default", "house-style", found "strict"'],
    ['{\n  "lint": "default",\n  "rules": {}\n}', 3, 'unknown setting "rules"'],
    ["[]", 1, "must hold a JSON object"],
    ['{ "lint": }', 1, "invalid JSON"],
  ])("%s is an error naming the file and line", (text, line, message) => {
    const dir = folderWith(text);
    const problem = errors(loadSpecs("api.yaml", dir).problems)[0];
    expect(problem?.location).toMatchObject({ file: "webflow-codegen.config.json", line });
    expect(problem?.message).toContain(message);
  });

  it("spec/ opts into the house style", () => {
    expect(readConfig(path.join(ROOT, "spec")).lint).toBe("house-style");
  });
});

describe("every check is classified", () => {
  /** `finding("level", "severity", "rule"` and `problem("level", "severity", "rule"` calls in the check and normalise stages. */
  const sources = ["generator/check/rules.ts", "generator/check/index.ts", "generator/normalise/index.ts", "generator/normalise/defaults.ts", "generator/normalise/v3_1.ts"];
  const classified = new Set<string>();
  /** Under StrykerJS (test/mutation) the sources are instrumented and the calls no longer read as written. */
  let instrumented = false;
  for (const file of sources) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    instrumented ||= text.includes("stryMutAct_");
    for (const match of text.matchAll(/(?:finding|problem)\(\s*(?:location === "cookie" \? "unsupported" : "validity"|range \? "unsupported" : "validity"|level|"(\w+)")\s*,\s*"(error|warning)"\s*,\s*"([\w-]+)"/g)) {
      classified.add(`${match[3]}`);
    }
  }
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

  it.skipIf(instrumented)("finds the rules (the pattern above still matches the sources)", () => {
    expect(classified.size).toBeGreaterThan(25);
  });

  it.each([...classified].sort())("%s has a row in the README's table of checks", (rule) => {
    expect(readme).toMatch(new RegExp(`^\\| [^|]*\`${rule}\`[^|]*\\|`, "m"));
  });
});
