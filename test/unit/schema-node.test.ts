/**
 * toSchemaNode (generator/model/schema.ts): one JSON Schema as OpenAPI 3.1 writes it (given) to the
 * model's node (want), keyword by keyword: types and unions, null, enums and const, refs with siblings,
 * combinators with siblings, implied types, each type's constraints, and what is left out.
 */
import { describe, expect, it } from "vitest";
import { toSchemaNode } from "../../generator/model/schema.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("toSchemaNode", () => {
  it.each<{ name: string; given: unknown; want: unknown }>([
    { name: "not an object: any value, null only when `true`", given: true, want: { kind: "unknown", nullable: true } },
    { name: "false", given: false, want: { kind: "unknown", nullable: false } },
    { name: "an empty schema", given: {}, want: { kind: "unknown", nullable: false } },
    { name: "a string with its constraints and a known format", given: { type: "string", format: "date-time", pattern: "^a", minLength: 1, maxLength: 9, description: "D", deprecated: true }, want: { kind: "string", nullable: false, format: "date-time", pattern: "^a", minLength: 1, maxLength: 9, description: "D", deprecated: true } },
    { name: "an unknown format is dropped; deprecated false is not kept", given: { type: "string", format: "uuid", deprecated: false }, want: { kind: "string", nullable: false } },
    { name: "format binary is a file part: any value", given: { type: "string", format: "binary", enum: ["x"] }, want: { kind: "unknown", nullable: true } },
    { name: "numbers with every bound", given: { type: "number", minimum: 0, maximum: 9, exclusiveMinimum: -1, exclusiveMaximum: 10, multipleOf: 0.5 }, want: { kind: "number", nullable: false, minimum: 0, maximum: 9, exclusiveMinimum: -1, exclusiveMaximum: 10, multipleOf: 0.5 } },
    { name: "an integer; a bound that is no number is ignored", given: { type: "integer", minimum: "1" }, want: { kind: "integer", nullable: false } },
    { name: "a boolean", given: { type: "boolean" }, want: { kind: "boolean", nullable: false } },
    { name: "null alone", given: { type: "null" }, want: { kind: "null", nullable: true } },
    { name: "a nullable string", given: { type: ["string", "null"] }, want: { kind: "string", nullable: true } },
    { name: "two types: a union of each", given: { type: ["string", "integer"], description: "D" }, want: { kind: "anyOf", nullable: false, description: "D", variants: [{ kind: "string", nullable: false }, { kind: "integer", nullable: false }] } },
    { name: "a const", given: { const: "a" }, want: { kind: "string", nullable: false, enum: ["a"] } },
    { name: "an enum without null under a nullable type: null refused", given: { type: ["string", "null"], enum: ["a", "b"] }, want: { kind: "string", nullable: false, enum: ["a", "b"] } },
    { name: "an enum with null under a nullable type", given: { type: ["string", "null"], enum: ["a", null] }, want: { kind: "string", nullable: true, enum: ["a"] } },
    { name: "an enum with null and no type", given: { enum: ["a", null] }, want: { kind: "string", nullable: true, enum: ["a"] } },
    { name: "an enum of only null", given: { enum: [null] }, want: { kind: "null", nullable: true } },
    { name: "an enum of mixed kinds: no type inferred", given: { enum: ["a", 1] }, want: { kind: "unknown", nullable: false, enum: ["a", 1] } },
    { name: "an empty enum limits nothing", given: { type: "string", enum: [] }, want: { kind: "string", nullable: false } },
    { name: "an array with its constraints", given: { type: "array", items: { type: "string" }, prefixItems: [{ type: "integer" }], minItems: 1, maxItems: 3, uniqueItems: true }, want: { kind: "array", nullable: false, items: { kind: "string", nullable: false }, prefixItems: [{ kind: "integer", nullable: false }], minItems: 1, maxItems: 3, uniqueItems: true } },
    { name: "an array without items or uniqueness", given: { type: "array", uniqueItems: false }, want: { kind: "array", nullable: false, items: { kind: "unknown", nullable: false } } },
    {
      name: "an object: required properties, names required without a property, closed, patterns, counts",
      given: { type: "object", required: ["a", "c", 7], properties: { a: { type: "string" }, b: { type: "integer" } }, additionalProperties: false, patternProperties: { "^x-": { type: "string" } }, minProperties: 1, maxProperties: 5 },
      want: { kind: "object", nullable: false, properties: [{ name: "a", required: true, schema: { kind: "string", nullable: false } }, { name: "b", required: false, schema: { kind: "integer", nullable: false } }], additionalProperties: false, requiredOnly: ["c"], patternProperties: [{ pattern: "^x-", schema: { kind: "string", nullable: false } }], minProperties: 1, maxProperties: 5 },
    },
    { name: "an object with additional properties of a schema", given: { type: "object", additionalProperties: { type: "string" } }, want: { kind: "object", nullable: false, properties: [], additionalProperties: { kind: "string", nullable: false }, requiredOnly: [] } },
    {
      name: "a required readOnly or writeOnly property is required in neither direction",
      given: { type: "object", required: ["id", "secret", "name"], properties: { id: { type: "string", readOnly: true }, secret: { type: "string", writeOnly: true }, name: { type: "string" } } },
      want: { kind: "object", nullable: false, properties: [{ name: "id", required: false, schema: { kind: "string", nullable: false } }, { name: "secret", required: false, schema: { kind: "string", nullable: false } }, { name: "name", required: true, schema: { kind: "string", nullable: false } }], additionalProperties: true, requiredOnly: [] },
    },
    { name: "a ref", given: { ...ref("Thing"), description: "D", deprecated: true }, want: { kind: "ref", name: "Thing", nullable: false, description: "D", deprecated: true } },
    { name: "a ref with annotations and extensions beside it is just the ref", given: { ...ref("Thing"), title: "T", example: 1, "x-note": 1 }, want: { kind: "ref", name: "Thing", nullable: false } },
    { name: "a ref with a constraint beside it: both hold", given: { ...ref("Thing"), maxLength: 3, description: "D" }, want: { kind: "allOf", nullable: false, description: "D", variants: [{ kind: "ref", name: "Thing", nullable: false }, { kind: "string", nullable: false, implied: true, maxLength: 3 }] } },
    { name: "a combinator", given: { oneOf: [{ type: "string" }, ref("Thing")], description: "D" }, want: { kind: "oneOf", nullable: false, description: "D", variants: [{ kind: "string", nullable: false }, { kind: "ref", name: "Thing", nullable: false }] } },
    {
      name: "a combinator with keywords of its own: both hold",
      given: { anyOf: [{ type: "string" }], minLength: 2, enum: ["ab"] },
      want: { kind: "allOf", nullable: false, variants: [{ kind: "string", nullable: false, enum: ["ab"], minLength: 2 }, { kind: "anyOf", nullable: false, variants: [{ kind: "string", nullable: false }] }] },
    },
    { name: "allOf comes first of the combinators", given: { allOf: [{ type: "string" }], oneOf: [{ type: "integer" }] }, want: { kind: "allOf", nullable: false, variants: [{ kind: "oneOf", nullable: false, variants: [{ kind: "integer", nullable: false }] }, { kind: "allOf", nullable: false, variants: [{ kind: "string", nullable: false }] }] } },
    { name: "not", given: { type: "string", not: { const: "x" } }, want: { kind: "string", nullable: false, not: { kind: "string", nullable: false, enum: ["x"] } } },
    { name: "object keywords imply an object", given: { required: ["a"] }, want: { kind: "object", nullable: false, implied: true, properties: [], additionalProperties: true, requiredOnly: ["a"] } },
    { name: "array keywords imply an array", given: { minItems: 1 }, want: { kind: "array", nullable: false, implied: true, items: { kind: "unknown", nullable: false }, minItems: 1 } },
    { name: "string keywords imply a string", given: { format: "email" }, want: { kind: "string", nullable: false, implied: true, format: "email" } },
    { name: "number keywords imply a number", given: { multipleOf: 2 }, want: { kind: "number", nullable: false, implied: true, multipleOf: 2 } },
    { name: "an enum's one kind is its type, not implied", given: { enum: [1, 2], minimum: 0 }, want: { kind: "number", nullable: false, enum: [1, 2], minimum: 0 } },
  ])("$name", ({ given, want }) => {
    expect(toSchemaNode(given)).toEqual(want);
  });
});

describe("toSchemaNode, keywords of the wrong type and enums of other kinds", () => {
  it.each<{ name: string; given: unknown; want: unknown }>([
    { name: "a description or pattern that is no string is ignored", given: { type: "string", description: 5, pattern: 5 }, want: { kind: "string", nullable: false } },
    { name: "a type that is no string is ignored beside one that is", given: { type: ["string", 7] }, want: { kind: "string", nullable: false } },
    { name: "an enum of booleans is a boolean", given: { enum: [true, false] }, want: { kind: "boolean", nullable: false, enum: [true, false] } },
    { name: "an enum of objects is an object", given: { enum: [{ a: 1 }] }, want: { kind: "object", nullable: false, enum: [{ a: 1 }], properties: [], additionalProperties: true, requiredOnly: [] } },
    { name: "an enum of arrays is an array", given: { enum: [[1], [2]] }, want: { kind: "array", nullable: false, enum: [[1], [2]], items: { kind: "unknown", nullable: false } } },
    { name: "not beside a combinator stays on it", given: { oneOf: [{ type: "string" }], not: { const: "x" } }, want: { kind: "oneOf", nullable: false, not: { kind: "string", nullable: false, enum: ["x"] }, variants: [{ kind: "string", nullable: false }] } },
  ])("$name", ({ given, want }) => {
    expect(toSchemaNode(given)).toEqual(want);
  });
});
