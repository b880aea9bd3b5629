/**
 * A small sample of the corpus in `npm test`: real documents no one here wrote (test/corpus/specs/, each
 * one's source in SOURCES.md), chosen among those the full corpus run passes. The folder is one spec (each
 * top-level file a namespace named from its file name), so the sample is generated once and its output
 * type-checked once with `tsc --strict`, the corpus's own verdict.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, verifyPackage, type GenerateResult } from "../../generator/index.js";
import { formatProblems } from "../../generator/problems.js";

const SPECS = fileURLToPath(new URL("./specs/", import.meta.url));
const documents = readdirSync(SPECS)
  .filter((name) => /\.(?:json|ya?ml)$/.test(name))
  .sort();

describe("corpus sample", () => {
  let result: GenerateResult;

  it("has five to ten documents, JSON and YAML, OpenAPI 3.0 and 3.1", () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
    expect(documents.length).toBeLessThanOrEqual(10);
  });

  it("generates every document under the default profile", async () => {
    result = await generate(SPECS, process.cwd(), { lint: "default" });
    expect(result.models).toHaveLength(documents.length);
    for (const model of result.models) expect(model.operations.length, model.namespace).toBeGreaterThan(0);
    expect(result.warnings.filter((w) => w.severity === "error")).toEqual([]);
  }, 180_000);

  it("and the output type-checks under tsc --strict", () => {
    expect(result, "generation failed above").toBeDefined();
    const problems = verifyPackage(result.files);
    expect(problems, formatProblems(problems)).toEqual([]);
  }, 180_000);

  it("names each namespace after its file", () => {
    expect(result.models.map((m) => m.sourceFile.split("/").at(-1)).sort()).toEqual(documents.map((d) => path.basename(d)).sort());
  });
});
