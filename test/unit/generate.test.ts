/**
 * generate() itself (generator/index.ts), stage by stage: a spec in, the package's files (or the one
 * GenerationError a person reads) out. The stages have their own tests; this one checks how they are
 * joined: which problems stop a run, which lint profile applies, and what the package is made of.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { emitPackage, generate, GenerationError, runtimeFiles } from "../../generator/index.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const MINIMAL = path.join(REPO, "test/fixtures/valid/minimal/api.yaml");
const CAMEL = path.join(REPO, "test/fixtures/invalid/operation-id-not-camel-case/api.yaml");
/** Two groups sharing a schema, and a webhook: the shared module and the deliveries module. */
const SHARED = path.join(REPO, "test/fixtures/valid/shared-and-webhooks/api.yaml");
mkdirSync(path.join(REPO, "test/.tmp"), { recursive: true });
const TMP = mkdtempSync(path.join(REPO, "test/.tmp", "generate-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let count = 0;
/** A fresh folder holding `files` (name → text, or a path to copy). */
function folder(files: Record<string, { text: string } | { copy: string }>): string {
  const dir = path.join(TMP, `case-${++count}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, file] of Object.entries(files)) {
    if ("copy" in file) copyFileSync(file.copy, path.join(dir, name));
    else writeFileSync(path.join(dir, name), file.text);
  }
  return dir;
}

/** The problems generate() throws, as `rule file:line message`, or "generated" when it does not throw. */
async function failure(spec: string, cwd: string, options?: Parameters<typeof generate>[2]): Promise<string[] | "generated"> {
  try {
    await generate(spec, cwd, options);
    return "generated";
  } catch (error) {
    if (!(error instanceof GenerationError)) throw error;
    return error.problems.map((p) => `${p.severity} ${p.rule} ${p.location ? `${p.location.file}:${p.location.line}` : "-"} ${p.message}`);
  }
}

describe("generate(): what stops a run", () => {
  it("a folder without an API description", async () => {
    const dir = folder({ "notes.txt": { text: "not a spec" } });
    expect(await failure(".", dir)).toEqual(["error no-spec - no .yaml or .json API description found at ."]);
  });

  it("a spec path that does not exist", async () => {
    expect(await failure("nowhere.yaml", TMP)).toEqual(["error no-spec - spec path nowhere.yaml does not exist"]);
  });

  it("a load error, with every load problem of the run", async () => {
    const dir = folder({ "api.yaml": { text: "openapi: 3.1.0\ninfo: [\n" } });
    const problems = await failure("api.yaml", dir);
    expect(problems).not.toBe("generated");
    expect((problems as string[]).every((p) => p.startsWith("error yaml-syntax api.yaml:"))).toBe(true);
  });

  it("a document no front end reads: only the validity error, and no check of a document that is not there", async () => {
    const dir = folder({ "api.yaml": { text: 'openapi: "2.0.0"\ninfo:\n  title: T\n  version: "1"\npaths: {}\n' } });
    expect(await failure("api.yaml", dir)).toEqual(['error openapi-version api.yaml:1 OpenAPI "2.0.0" is not supported: webflow-codegen reads OpenAPI 3.0.x and 3.1.x']);
  });

  it("a validity error from normalising: only that error, and no check of the document it broke", async () => {
    // Under the house style the check would also find the operationId that is not camelCase.
    const text = readFileSync(CAMEL, "utf8").replace(/tags: \[(\w+)\]/, "tags: $1");
    expect(text).not.toBe(readFileSync(CAMEL, "utf8"));
    const dir = folder({ "api.yaml": { text } });
    const found = await failure("api.yaml", dir, { lint: "house-style" });
    expect(found).not.toBe("generated");
    expect((found as string[]).map((p) => p.split(" ").slice(0, 2).join(" "))).toEqual(["error operation-tag"]);
  });

  it("a check error under the lint profile asked for, which wins over the folder's", async () => {
    const plain = folder({ "api.yaml": { copy: CAMEL } });
    const wants = ["operation-id"];
    const rules = (found: string[] | "generated") => (found === "generated" ? found : found.filter((p) => p.startsWith("error ")).map((p) => p.split(" ")[1]));
    expect(rules(await failure("api.yaml", plain, { lint: "house-style" }))).toEqual(wants);
    const strict = folder({ "api.yaml": { copy: CAMEL }, "webflow-codegen.config.json": { text: '{ "lint": "house-style" }' } });
    expect(rules(await failure("api.yaml", strict))).toEqual(wants);
  });

  it("a load finding graded an error by the profile: a circular $ref under the house style", async () => {
    const text = readFileSync(MINIMAL, "utf8").replace("        name:\n          type: [string, 'null']", "        next:\n          $ref: '#/components/schemas/Thing/properties/name'\n        name:\n          type: [string, 'null']\n          items:\n            $ref: '#/components/schemas/Thing/properties/name'");
    const dir = folder({ "api.yaml": { text } });
    const found = await failure("api.yaml", dir, { lint: "house-style" });
    expect(found).not.toBe("generated");
    expect((found as string[]).filter((p) => p.startsWith("error ")).map((p) => p.split(" ")[1])).toEqual(["ref-cycle"]);
  });
});

describe("generate(): the package", () => {
  it("is every emitted file formatted, the runtime as written and a dist/ pair per source file, sorted by path, with each stage timed", async () => {
    const dir = folder({ "api.yaml": { copy: MINIMAL } });
    const result = await generate("api.yaml", dir);
    const paths = result.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths).size).toBe(paths.length);
    const byPath = new Map(result.files.map((f) => [f.path, f.contents]));
    const runtime = runtimeFiles();
    expect(runtime.map((f) => f.path)).toEqual(readdirSync(path.join(REPO, "templates/runtime")).filter((n) => n.endsWith(".ts")).sort().map((n) => `src/runtime/${n}`));
    for (const file of runtime) expect(byPath.get(file.path)).toBe(readFileSync(path.join(REPO, "templates/runtime", path.basename(file.path)), "utf8"));
    const sources = paths.filter((p) => p.startsWith("src/") && p.endsWith(".ts"));
    expect(sources).toEqual(expect.arrayContaining(["src/index.ts", "src/minimal/index.ts", "src/minimal/things.ts", "src/minimal/client.ts", "src/minimal/errors.ts", "src/minimal/schema.ts", "src/runtime/http.ts"]));
    for (const source of sources) {
      const base = `dist/${source.slice(4, -3)}`;
      expect(byPath.has(`${base}.js`) && byPath.has(`${base}.d.ts`), source).toBe(true);
    }
    expect(paths.filter((p) => p.startsWith("dist/"))).toHaveLength(sources.length * 2);
    expect(paths).toEqual(expect.arrayContaining(["package.json", "tsconfig.json", "README.md"]));
    // Formatted: prettier's output ends in one newline and uses double quotes.
    expect(byPath.get("src/minimal/things.ts")).toMatch(/^[^']*\n$/);
    expect(byPath.get("package.json")?.endsWith("}\n")).toBe(true);
    expect(result.models.map((m) => m.namespace)).toEqual(["minimal"]);
    expect(result.warnings).toEqual([]);
    expect(Object.keys(result.timings)).toEqual(["load", "normalise", "check", "model", "emit", "format", "compile"]);
    for (const ms of Object.values(result.timings)) expect(ms).toBeGreaterThan(0);
  }, 120_000);

  it("with verify, type-checks the package too, and times that", async () => {
    const dir = folder({ "api.yaml": { copy: MINIMAL } });
    const result = await generate("api.yaml", dir, { verify: true });
    expect(Object.keys(result.timings)).toContain("verify");
    expect(result.timings.verify).toBeGreaterThan(0);
  }, 120_000);

  it("returns the check's warnings of a spec that generates", async () => {
    const text = readFileSync(MINIMAL, "utf8").replace("          type: [string, 'null']", "          type: string\n          nullable: true");
    const dir = folder({ "api.yaml": { text } });
    const result = await generate("api.yaml", dir);
    expect(result.warnings.map((w) => `${w.severity} ${w.rule}`)).toEqual(["warning schema-nullable"]);
  }, 120_000);
});

describe("emitPackage(): a namespace's modules", () => {
  const emitted = async (text: string) => {
    const dir = folder({ "api.yaml": { text } });
    const started = performance.now();
    const result = await emitPackage("api.yaml", dir);
    return { ...result, elapsed: performance.now() - started, byPath: new Map(result.emitted.map((f) => [f.path, f.contents])) };
  };
  const spec = readFileSync(SHARED, "utf8");

  it("a schema two groups use is in the shared module, webhooks are in the deliveries module, and the index exports both", async () => {
    const { byPath } = await emitted(spec);
    expect([...byPath.keys()].filter((p) => p.startsWith("src/shop/")).sort()).toEqual(
      ["client", "deliveries", "errors", "explainers", "index", "orders", "products", "schema", "shared"].map((m) => `src/shop/${m}.ts`),
    );
    // The explainers serve the namespace's validators; they are not part of its API.
    expect([...byPath].filter(([, text]) => text.includes('from "./explainers.js"')).length).toBeGreaterThan(0);
    expect(byPath.get("src/shop/orders.ts")).toContain('from "./shared.js"');
    const index = byPath.get("src/shop/index.ts") ?? "";
    expect(index).toContain('from "./shared.js"');
    expect(index).toContain('from "./deliveries.js"');
    expect(index).not.toContain("explainers");
  });

  it("the index lists the groups by module name, so reordering the spec's tags changes nothing", async () => {
    const reordered = spec.replace("  - name: Products\n  - name: Orders\n", "  - name: Orders\n  - name: Products\n");
    expect(reordered).not.toBe(spec);
    const [given, swapped] = await Promise.all([emitted(spec), emitted(reordered)]);
    const index = given.byPath.get("src/shop/index.ts") ?? "";
    expect(index.indexOf('"./orders.js"')).toBeLessThan(index.indexOf('"./products.js"'));
    expect(swapped.byPath.get("src/shop/index.ts")).toBe(index);
  });

  it("times each stage within the time the call took", async () => {
    const { timings, elapsed } = await emitted(spec);
    expect(Object.keys(timings)).toEqual(["load", "normalise", "check", "model", "emit"]);
    for (const ms of Object.values(timings)) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(elapsed);
    }
  });
});
