/**
 * Types and validators agree with JSON Schema itself: values fast-check generates from every component
 * schema of the real Webflow description (spec/webflow-v2.yaml), near-valid and broken alike, get the same
 * verdict from the generated validator as from Ajv (draft 2020-12, formats on) compiled on the same schema.
 * The generator reads the spec through its own model; Ajv reads Redocly's bundle of it: two readings.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { bundle, createConfig } from "@redocly/openapi-core";
import * as v2 from "../../generated/src/v2/index.js";
import type { ValidationResult } from "../../generated/src/index.js";

type Schema = Record<string, any>;
type Validator = (value: unknown) => ValidationResult<unknown>;

// Ajv ships CommonJS: under NodeNext its default export arrives as the `module.exports` object.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

const RUNS = 60;
const MAX_DEPTH = 4;

async function bundledSpec(file: string): Promise<Schema> {
  const config = await createConfig({});
  return (await bundle({ ref: file, config, dereference: false })).bundle.parsed as Schema;
}

const doc = await bundledSpec("spec/webflow-v2.yaml");
const schemas = doc.components.schemas as Record<string, Schema>;
const ajv = new Ajv2020({ allErrors: false, strict: false, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: "spec", components: doc.components });

const resolve = (ref: string): Schema => {
  const name = ref.replace("#/components/schemas/", "");
  const target = schemas[name];
  if (!target) throw new Error(`unresolved ${ref}`);
  return target;
};

/** The generated validator of component `name` (validate<Name>, or validate<Name>Schema for a global's name). */
function generatedValidator(name: string): Validator | undefined {
  const exports = v2 as Record<string, unknown>;
  const fn = exports[`validate${name}`] ?? exports[`validate${name}Schema`];
  return typeof fn === "function" ? (fn as Validator) : undefined;
}

/** A value of some other shape: what a broken or changed API might send in place of a field. */
const noise: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant({}), fc.constant([]));

/** Values for `schema`: mostly what it describes (at every depth), now and then something else. */
function valuesOf(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const exact = exactValuesOf(schema, depth);
  return depth === 0 ? exact : fc.oneof({ weight: 24, arbitrary: exact }, { weight: 1, arbitrary: noise });
}

function exactValuesOf(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === "string") return depth >= MAX_DEPTH ? noise : valuesOf(resolve(schema.$ref), depth + 1);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const union = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (union) return fc.oneof(...union.map((member) => valuesOf({ ...stripped(schema), ...member }, depth + 1)));
  if (Array.isArray(schema.allOf)) {
    const parts = (schema.allOf as Schema[]).map((member) => valuesOf(member, depth + 1));
    return fc.tuple(...parts).map((values) => (values.every((v) => isPlainObject(v)) ? Object.assign({}, ...values) : values[0]));
  }
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ["object"] : schema.items ? ["array"] : [];
  if (types.length === 0) return fc.jsonValue({ maxDepth: 1 });
  return fc.oneof(...types.map((type) => valuesOfType(schema, type, depth)));
}

/** `schema` without its combinators, so a union member inherits only the surrounding keywords. */
function stripped(schema: Schema): Schema {
  const { oneOf: _oneOf, anyOf: _anyOf, discriminator: _discriminator, ...rest } = schema;
  return rest;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function valuesOfType(schema: Schema, type: string, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100000 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case "string":
      return stringsOf(schema);
    case "array": {
      const items = schema.items ? valuesOf(schema.items as Schema, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      return fc.array(items, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    }
    case "object":
      return objectsOf(schema, depth);
    default:
      return noise;
  }
}

function stringsOf(schema: Schema): fc.Arbitrary<string> {
  switch (schema.format) {
    case "date-time":
      return fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());
    case "uri":
      return fc.webUrl();
    case "email":
      return fc.emailAddress();
  }
  if (typeof schema.pattern === "string") {
    try {
      return fc.stringMatching(new RegExp(schema.pattern, "u"));
    } catch {
      // fast-check cannot generate from every pattern (lookaheads): any short string, matching or not.
      return fc.string({ maxLength: 12 });
    }
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 12, 12) });
}

function objectsOf(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set<string>((schema.required as string[] | undefined) ?? []);
  // Past the depth limit only what is required is generated, so recursive schemas end.
  const names = Object.keys(properties).filter((name) => depth < MAX_DEPTH || required.has(name));
  const known = fc.record(Object.fromEntries(names.map((name) => [name, valuesOf(properties[name] as Schema, depth + 1)])), { requiredKeys: names.filter((name) => required.has(name)) });
  const extra = schema.additionalProperties;
  if (extra === false || extra === undefined) return known;
  const values = extra === true ? fc.jsonValue({ maxDepth: 1 }) : valuesOf(extra as Schema, depth + 1);
  return fc.tuple(known, fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).filter((key) => !(key in properties) && key !== "__proto__"), values, { maxKeys: 2 })).map(([k, e]) => ({ ...e, ...k }));
}

const names = Object.keys(schemas).filter((name) => generatedValidator(name) !== undefined).sort();

describe("generated validators and Ajv agree on values generated from the real schemas", () => {
  it("covers the component schemas (every one the package has a validator for)", () => {
    expect(names.length).toBeGreaterThan(150);
  });

  const verdicts = { valid: 0, invalid: 0 };

  it.each(names)("%s", (name) => {
    const ours = generatedValidator(name) as Validator;
    const theirs = ajv.getSchema(`spec#/components/schemas/${name}`);
    if (!theirs) throw new Error(`Ajv cannot compile ${name}`);
    fc.assert(
      fc.property(valuesOf(schemas[name] as Schema), (value) => {
        const expected = theirs(value) === true;
        expected ? verdicts.valid++ : verdicts.invalid++;
        const result = ours(value);
        if (result.ok !== expected) {
          const why = result.ok ? `Ajv: ${ajv.errorsText(theirs.errors)}` : `ours: ${result.issues.map((i) => `${i.path} ${i.message}`).join("; ")}`;
          throw new Error(`${name}: generated validator says ${result.ok ? "valid" : "invalid"}, Ajv says ${expected ? "valid" : "invalid"} (${why})`);
        }
      }),
      { numRuns: RUNS, seed: 20261130 },
    );
  });

  it("saw both verdicts in plenty, so agreement means something", () => {
    expect(verdicts.valid).toBeGreaterThan(names.length * 5);
    expect(verdicts.invalid).toBeGreaterThan(names.length * 5);
  });
});
