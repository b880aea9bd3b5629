/**
 * Property-based: random strings (any code point, salted with comment ends, quotes, backticks, `${`,
 * line separators, NUL and `__proto__`) go into the descriptions, summary, a property name, enum values,
 * an example, a default and a scope description of a small valid spec. Whatever they are, generation
 * either succeeds or fails with a GenerationError that names a file and line; a generated package
 * compiles, importing and using it runs nothing, and the strings come back as data where they are data
 * (enum values, the property name, the scope description) and as comment text where they are docs.
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { generate, verifyPackage, GenerationError, writeOutput, type GenerateResult } from "../../generator/index.js";
import {
  activeOccurrences,
  CANARY,
  commentText,
  docForm,
  importPackage,
  own,
  resetCanary,
  sideEffects,
  snapshotPrototypes,
  strayLineSeparators,
} from "./harness.js";
import { baseSpec, writeSpec, type Doc } from "./spec-builder.js";

/** Fixed so a failure reproduces; change it to explore other inputs. */
const SEED = 4_2024_06;
/** Each run generates and type-checks a package (1–3 s), so the count stays small. */
const RUNS = 20;
const TMP = "test/.tmp";

const FRAGMENTS = [
  "*/",
  "/*",
  "/**",
  "*",
  "/",
  '"',
  "'",
  "`",
  "${",
  "}",
  "\\",
  "\u2028",
  "\u2029",
  "\u0000",
  "\r\n",
  "\n",
  "@param ",
  "__proto__",
  "constructor",
  "globalThis.__pwned=1;",
  "</script>",
  " ",
];

/** Random text: plain random code points, or random code points mixed with the fragments above. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 16 }),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 10 }).map((parts) => parts.join("")),
);

interface Input {
  description: string;
  summary: string;
  tagDescription: string;
  schemaDescription: string;
  paramDescription: string;
  scopeDescription: string;
  propertyName: string;
  enumValues: string[];
  example: string;
  defaultValue: string;
}

const inputs: fc.Arbitrary<Input> = fc.record({
  description: hostileText,
  summary: hostileText,
  tagDescription: hostileText,
  schemaDescription: hostileText,
  paramDescription: hostileText,
  scopeDescription: hostileText,
  propertyName: hostileText.filter((name) => name !== "id" && name !== "name"),
  enumValues: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 8 }),
  example: hostileText,
  defaultValue: hostileText,
});

function specFor(input: Input): Doc {
  const doc = baseSpec();
  const op = doc.paths["/things/{thing_id}"].get;
  op.description = input.description;
  op.summary = input.summary;
  op.parameters[0].description = input.paramDescription;
  doc.tags[0].description = input.tagDescription;
  doc.components.securitySchemes.oauth.flows.authorizationCode.scopes["things:read"] = input.scopeDescription;
  const thing = doc.components.schemas.Thing;
  thing.description = input.schemaDescription;
  Object.defineProperty(thing.properties, input.propertyName, {
    value: { type: "string", enum: input.enumValues, default: input.defaultValue, examples: [input.example] },
    enumerable: true,
    writable: true,
    configurable: true,
  });
  thing.required = ["id", input.propertyName];
  thing.example = own([["id", "abc"], [input.propertyName, input.enumValues[0]]]);
  return doc;
}

const written: string[] = [];
afterAll(() => {
  for (const dir of written) rmSync(dir, { recursive: true, force: true });
});

let counter = 0;

async function check(input: Input): Promise<void> {
  const run = path.join(TMP, `hostile-prop-${process.pid}-${++counter}`);
  rmSync(run, { recursive: true, force: true });
  written.push(run);
  const specDir = path.join(run, "spec");
  const file = writeSpec(specDir, specFor(input));
  // The expectations come from the YAML as written, which is what the generator reads.
  const spec = parse(readFileSync(file, "utf8")) as Doc;
  const op = spec.paths["/things/{thing_id}"].get;
  const property = Object.keys(spec.components.schemas.Thing.properties).find((k) => k !== "id" && k !== "name") as string;
  const values = spec.components.schemas.Thing.properties[property].enum as string[];
  const scopeDescription = spec.components.securitySchemes.oauth.flows.authorizationCode.scopes["things:read"] as string;

  resetCanary();
  const before = snapshotPrototypes();
  let result: GenerateResult;
  try {
    result = await generate(specDir);
  } catch (error) {
    // Refusing the spec is allowed, but only as a GenerationError that says where.
    expect(error, `internal crash: ${String((error as Error).stack ?? error)}`).toBeInstanceOf(GenerationError);
    for (const problem of (error as GenerationError).problems) {
      if (problem.severity !== "error") continue;
      expect(problem.location?.file, problem.message).toMatch(/api\.yaml$/);
      expect(problem.location?.line, problem.message).toBeGreaterThan(0);
    }
    expect(sideEffects(before)).toEqual([]);
    return;
  }
  expect(sideEffects(before), "generating ran spec text").toEqual([]);
  expect(verifyPackage(result.files).map((p) => `${p.location?.file}:${p.location?.line} ${p.message}`), "the package compiles strictly").toEqual([]);
  expect(result.files.map((f) => f.path)).toContain("dist/index.js");

  const out = path.join(run, "pkg");
  writeOutput(result.files, out);
  const pkg = await importPackage(out);
  expect(sideEffects(before), "importing the package ran spec text").toEqual([]);
  const ns = pkg.hostile;

  // Data comes back exactly.
  const validate = ns.validateThing as (value: unknown) => { ok: boolean };
  for (const value of values) expect(validate(own([["id", "a"], [property, value]])).ok, `enum value ${JSON.stringify(value)}`).toBe(true);
  const outsider = `${values.join("|")}\u0001`;
  expect(validate(own([["id", "a"], [property, outsider]])).ok, "a value outside the enum").toBe(false);
  expect(validate({ id: "a" }).ok, `missing required ${JSON.stringify(property)}`).toBe(false);
  expect(ns.SCOPE_DESCRIPTIONS["things:read"]).toBe(scopeDescription);
  expect(ns.SCOPES).toEqual(["things:read"]);
  for (const name of Object.keys(ns)) if (name.startsWith("validate")) ns[name]({});
  expect(sideEffects(before), "using the package ran spec text").toEqual([]);

  // Docs are comment text, unchanged up to the JSDoc escaping.
  const code = result.files.filter((f) => f.path.startsWith("src/hostile/") && f.path.endsWith(".ts") && !f.path.endsWith("/schema.ts")).map((f) => f.contents).join("\n");
  const comments = docForm(commentText(code));
  for (const [what, text] of [
    ["description", op.description],
    ["summary", op.summary],
    ["tag description", spec.tags[0].description],
  ] as const) {
    if (typeof text === "string" && docForm(text) !== "") expect(comments, `${what} ${JSON.stringify(text)} in a comment of the generated modules`).toContain(docForm(text));
  }

  expect(activeOccurrences(result.files, [CANARY]), "spec text outside a literal or comment").toEqual([]);
  expect(strayLineSeparators(result.files)).toEqual([]);
  rmSync(run, { recursive: true, force: true });
}

describe("hostile strings, property-based", () => {
  it(
    `random descriptions, names, enum values and defaults never become code (${RUNS} runs, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          await check(input);
        }),
        // Each run costs a generation, so a failure is reported as found rather than shrunk.
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    },
    600_000,
  );
});
