import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../../generator/check/rules.js";
import { checkSpecs, generate, GenerationError, loadSpecs, normaliseSpecs, type Problem } from "../../generator/index.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const INVALID = path.join(FIXTURES, "invalid");
const VALID = path.join(FIXTURES, "valid");

interface Expected {
  rule: string;
  file: string;
  line: number;
  message: string;
}

const cases = readdirSync(INVALID, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function expectedOf(name: string): Expected[] {
  const raw = JSON.parse(readFileSync(path.join(INVALID, name, "expected.json"), "utf8")) as Expected | Expected[];
  return Array.isArray(raw) ? raw : [raw];
}

/**
 * Runs the whole pipeline on a case, from inside its folder so problem paths read `api.yaml`, `schemas/x.yaml`.
 * Under the house-style lint profile, as spec/ uses: several cases break a house rule that other documents
 * may break (see test/unit/lint-profile.test.ts for which pass under the default profile).
 */
async function failureOf(dir: string): Promise<GenerationError> {
  try {
    await generate("api.yaml", dir, { lint: "house-style" });
  } catch (error) {
    if (error instanceof GenerationError) return error;
    throw error;
  }
  throw new Error(`${dir}: generation succeeded, expected it to fail`);
}

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");

const isSorted = (problems: readonly Problem[]) =>
  problems.every((p, i) => {
    const q = problems[i - 1];
    if (!q) return true;
    const a = [q.location?.file ?? "", q.location?.line ?? 0, q.location?.column ?? 0] as const;
    const b = [p.location?.file ?? "", p.location?.line ?? 0, p.location?.column ?? 0] as const;
    return a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])));
  });

describe("the broken-spec corpus", () => {
  it("has at least 25 cases, each with an api.yaml and an expected.json", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const name of cases) {
      expect(existsSync(path.join(INVALID, name, "api.yaml")), `${name}/api.yaml`).toBe(true);
      expect(expectedOf(name).length, name).toBeGreaterThan(0);
    }
  });

  it.each(cases)("%s: reports the expected problems at the expected file and line", async (name) => {
    const dir = path.join(INVALID, name);
    const error = await failureOf(dir);
    const errors = errorsOf(error.problems);
    const expected = expectedOf(name);
    // Exactly these, in this order: no extra errors (each case breaks one thing), nothing reported twice.
    expect(errors.map((p) => ({ rule: p.rule, file: p.location?.file, line: p.location?.line }))).toEqual(
      expected.map(({ rule, file, line }) => ({ rule, file, line })),
    );
    errors.forEach((p, i) => expect(p.message).toContain(expected[i]?.message));
    // The printed report names file:line and the rule, as the CLI prints it.
    for (const { file, line, rule } of expected) {
      expect(error.message).toContain(`${file}:${line}:`);
      expect(error.message).toContain(`error [${rule}]`);
    }
  });
});

describe("valid fixtures", () => {
  const valid = readdirSync(VALID).sort();

  it("exist", () => {
    expect(valid).toEqual(expect.arrayContaining(["minimal", "multi-file"]));
  });

  it.each(valid)("%s loads, normalises and checks with no errors", (name) => {
    const loaded = loadSpecs(path.join(VALID, name, "api.yaml"));
    expect(loaded.problems).toEqual([]);
    expect(loaded.specs).toHaveLength(1);
    // As generate() does: the check sees the normalised document (patterns rewritten for the u flag, ...).
    const normalised = normaliseSpecs(loaded.specs);
    expect(errorsOf(checkSpecs(normalised.specs, undefined, { findings: normalised.problems }))).toEqual([]);
  });

  it("multi-file generates a whole package", async () => {
    const result = await generate(path.join(VALID, "multi-file", "api.yaml"));
    expect(result.models[0]?.operations.map((op) => op.id).sort()).toEqual(["createWebhook", "getSite"]);
    expect(result.files.some((f) => f.path.startsWith("dist/"))).toBe(true);
  });
});

describe("problem order and completeness", () => {
  const dir = path.join(INVALID, "several-check-problems");

  it("reports every problem of a run, sorted by file and line rather than by the rule that found it", () => {
    const { specs, problems } = loadSpecs("api.yaml", dir);
    expect(problems).toEqual([]);
    const raw = normaliseSpecs(specs).specs.flatMap((spec) => ALL_RULES.flatMap((rule) => rule(spec.document, spec.where)));
    // The rules find them out of order (otherwise the sort below would prove nothing)...
    expect(isSorted(errorsOf(raw))).toBe(false);
    const normalised = normaliseSpecs(specs);
    const checked = errorsOf(checkSpecs(normalised.specs, undefined, { lint: "house-style", findings: normalised.problems }));
    // ...and checkSpecs returns all of them, in order.
    expect(checked).toHaveLength(expectedOf("several-check-problems").length);
    expect(isSorted(checked)).toBe(true);
    expect(new Set(checked.map((p) => p.location?.file))).toEqual(new Set(["api.yaml", "paths/sites.yaml", "schemas/webhook.yaml"]));
  });

  it("sorts load problems too, and keeps going after the first one", () => {
    const { problems } = loadSpecs("api.yaml", path.join(INVALID, "several-load-problems"));
    expect(problems.map((p) => p.rule)).toEqual(["ref-file", "ref-remote", "ref-missing"]);
    expect(isSorted(problems)).toBe(true);
  });

  it("reports a problem in a component shared by several operations once, where it is written", () => {
    const { specs } = loadSpecs("api.yaml", path.join(INVALID, "path-param-not-required-in-component"));
    const errors = errorsOf(checkSpecs(specs));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.location).toMatchObject({ file: "shared/parameters.yaml", line: 4 });
  });
});
