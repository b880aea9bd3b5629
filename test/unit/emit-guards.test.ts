/**
 * The type guards generator/emit/schemas.ts writes, judged alone: each schema of the table is emitted into
 * one components module, the module runs beside the runtime templates, and each row's value goes through
 * the schema's `is…` guard. Ajv (draft 2020-12) judges the same schema too and must agree. The guard is
 * asked, not the validator: the validator explains a failure from its plan, which would hide a guard that
 * refuses too much or too little. The keyword matrix over a whole generated package is
 * test/unit/validator-keywords.test.ts; here each keyword's guard code is reached directly, with the code
 * shapes (helper names, constants, types) that follow from it.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { emitComponentsModule } from "../../generator/emit/groups.js";
import { importEmittedOnce, strictDiagnostics, moduleFiles } from "../support/emitted-module.js";
import { modelOfSchemas } from "../support/model.js";

/** The components module of a spec with no operations: every schema of `schemas` lands there. */
function sharedModule(schemas: Record<string, unknown>) {
  const model = modelOfSchemas(schemas);
  const emitted = emitComponentsModule(model);
  if (!emitted) throw new Error("nothing emitted");
  return { model, file: emitted.file, files: moduleFiles(model, [emitted]) };
}

const SCHEMAS: Record<string, unknown> = {
  Text: { type: "string" },
  NotX: { type: "string", not: { enum: ["x"] } },
  NullableNotX: { type: ["string", "null"], not: { const: "x" } },
  // Keywords that imply a type but constrain nothing: every value passes.
  ImpliedObject: { properties: {} },
  ImpliedArray: { items: {} },
  // An enum whose values are all of another type than the schema's: no value passes.
  StringOfNumbers: { type: "string", enum: [1] },
  StringEnum: { type: "string", enum: ["a", 1] },
  NumberEnum: { type: "number", enum: [1.5, "x"] },
  IntegerEnum: { type: "integer", enum: [2, "2"] },
  BooleanEnum: { type: "boolean", enum: [true, "true"] },
  ArrayEnum: { type: "array", enum: [[1], "a"] },
  ObjectEnum: { type: "object", enum: [{ a: 1 }, [1], "a"] },
  Halves: { type: "number", multipleOf: 0.5 },
  // "abc" matches both variants: anyOf takes it, oneOf would not.
  Overlapping: {
    anyOf: [
      { type: "string", minLength: 1 },
      { type: "string", maxLength: 5 },
    ],
  },
  Unique: { type: "array", uniqueItems: true },
  Tuple: {
    type: "array",
    prefixItems: [{ type: "string" }, { type: "integer" }],
    items: { type: "boolean" },
  },
  TupleOnly: { type: "array", prefixItems: [{ type: "string" }] },
  NotEmpty: { type: "object", minProperties: 1 },
  AtMostOne: { type: "object", maxProperties: 1 },
  Closed: {
    type: "object",
    properties: { a: { type: "string" } },
    additionalProperties: false,
  },
  // An enum of mixed types: the extra values have no type of their own, only the enum.
  ExtraEnum: { type: "object", additionalProperties: { enum: [1, "a"] } },
  ExtraNot: {
    type: "object",
    additionalProperties: { not: { type: "string" } },
  },
  Patterns: {
    type: "object",
    patternProperties: { "^x": { type: "integer" }, "^y": { type: "string" } },
  },
};

type Row = readonly [
  schema: string,
  value: unknown,
  verdict: "valid" | "invalid",
];

const ROWS: Record<string, readonly Row[]> = {
  "a type alone refuses null": [["Text", null, "invalid"]],
  not: [
    ["NotX", "y", "valid"],
    ["NotX", "x", "invalid"],
    ["NotX", 1, "invalid"],
    ["NullableNotX", null, "valid"],
    ["NullableNotX", "y", "valid"],
    ["NullableNotX", "x", "invalid"],
  ],
  "implied types without constraints": [
    ["ImpliedObject", "s", "valid"],
    ["ImpliedObject", { a: 1 }, "valid"],
    ["ImpliedArray", 1, "valid"],
    ["ImpliedArray", [1, "a"], "valid"],
  ],
  "enum values of the schema's own type": [
    ["StringOfNumbers", "1", "invalid"],
    ["StringOfNumbers", 1, "invalid"],
    ["StringEnum", "a", "valid"],
    ["StringEnum", "b", "invalid"],
    ["StringEnum", 1, "invalid"],
    ["NumberEnum", 1.5, "valid"],
    ["NumberEnum", 2, "invalid"],
    ["IntegerEnum", 2, "valid"],
    ["IntegerEnum", "2", "invalid"],
    ["BooleanEnum", true, "valid"],
    ["BooleanEnum", "true", "invalid"],
    ["ArrayEnum", [1], "valid"],
    ["ArrayEnum", [2], "invalid"],
    ["ArrayEnum", "a", "invalid"],
    ["ObjectEnum", { a: 1 }, "valid"],
    ["ObjectEnum", { a: 2 }, "invalid"],
    ["ObjectEnum", [1], "invalid"],
    ["ObjectEnum", "a", "invalid"],
  ],
  multipleOf: [
    ["Halves", 1.5, "valid"],
    ["Halves", 1.2, "invalid"],
  ],
  anyOf: [
    ["Overlapping", "abc", "valid"],
    ["Overlapping", "", "valid"],
    ["Overlapping", 1, "invalid"],
  ],
  "array items": [
    ["Unique", [1, 2], "valid"],
    ["Unique", [1, 1], "invalid"],
    ["Tuple", [], "valid"],
    ["Tuple", ["a"], "valid"],
    ["Tuple", ["a", 1, true, false], "valid"],
    ["Tuple", [1], "invalid"],
    ["Tuple", ["a", "b"], "invalid"],
    ["Tuple", ["a", 1, 2], "invalid"],
    ["TupleOnly", ["a", 5, null], "valid"],
    ["TupleOnly", [5], "invalid"],
  ],
  "object properties": [
    ["NotEmpty", {}, "invalid"],
    ["NotEmpty", { a: 1 }, "valid"],
    ["AtMostOne", { a: 1 }, "valid"],
    ["AtMostOne", { a: 1, b: 2 }, "invalid"],
    ["Closed", { a: "x" }, "valid"],
    ["Closed", { b: 1 }, "invalid"],
    ["ExtraEnum", { a: 1, b: "a" }, "valid"],
    ["ExtraEnum", { a: 2 }, "invalid"],
    ["ExtraNot", { a: 1 }, "valid"],
    ["ExtraNot", { a: "s" }, "invalid"],
    ["Patterns", { x1: 1, y1: "s", other: true }, "valid"],
    ["Patterns", { x1: "a" }, "invalid"],
    ["Patterns", { y1: 1 }, "invalid"],
  ],
};

describe("guards agree with the schema", () => {
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema({
    $id: "https://t.example/api",
    components: { schemas: SCHEMAS },
  });
  /** Emitted in each test, so a mutation run ties the emitter's code to the test that checks it. */
  async function guardsOf(): Promise<Record<string, (value: unknown) => boolean>> {
    const { model, file, files } = sharedModule(SCHEMAS);
    const module = await importEmittedOnce(files, file.path);
    return Object.fromEntries(
      model.schemas.map((s) => [
        s.name,
        module[s.guardName] as (value: unknown) => boolean,
      ]),
    );
  }

  for (const [keyword, rows] of Object.entries(ROWS)) {
    it.each(
      rows.map(
        ([schema, value, verdict]) =>
          [JSON.stringify(value), schema, verdict, value] as const,
      ),
    )(`${keyword}: %s against %s is %s`, async (_, schema, verdict, value) => {
      const guards = await guardsOf();
      const oracle = ajv.compile({
        $ref: `https://t.example/api#/components/schemas/${schema}`,
      });
      expect(oracle(value) ? "valid" : "invalid", "Ajv").toBe(verdict);
      expect(guards[schema]?.(value) ? "valid" : "invalid", `is${schema}`).toBe(
        verdict,
      );
    });
  }
});

/** The module-level helper functions (not exported) and constants of an emitted module, by name. */
const helpersOf = (text: string) =>
  [...text.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();
const constantsOf = (text: string) =>
  [...text.matchAll(/^const ([A-Z0-9_]+) =/gm)].map((m) => m[1]).sort();
const guardOf = (text: string, name: string) =>
  new RegExp(
    `export function ${name}\\(value: unknown\\)[^{]*\\{\\s*return (.*);\\n`,
  ).exec(text)?.[1];

describe("the code a guard needs, and no more", () => {
  it("names each helper guard and pattern after where it sits", () => {
    const nested = {
      type: "object",
      properties: {
        a: { type: "object", properties: { b: { type: "string" } } },
      },
    };
    const { file } = sharedModule({
      NotX: SCHEMAS.NotX,
      Both: { allOf: [{ type: "string" }, nested] },
      Either: { anyOf: [{ type: "string" }, nested] },
      One: { oneOf: [{ type: "string" }, nested] },
      Tuple: SCHEMAS.Tuple,
      Patterns: SCHEMAS.Patterns,
      ExtraEnum: SCHEMAS.ExtraEnum,
    });
    expect(helpersOf(file.contents)).toEqual([
      "isBoth_all2_a",
      "isEither_option2_a",
      "isExtraEnum_additional",
      "isNotX_not",
      "isOne_option2_a",
      "isPatterns_pattern1",
      "isPatterns_pattern2",
      "isTuple_item",
      "isTuple_item1",
      "isTuple_item2",
    ]);
    // One empty key set serves both objects: constants are shared by initializer.
    expect(constantsOf(file.contents)).toEqual([
      "EXTRA_ENUM_KEYS",
      "PATTERNS_PATTERN1_PATTERN",
      "PATTERNS_PATTERN2_PATTERN",
    ]);
  });

  it("checks no keys of an object open to any extra property, and no items of an array of anything", () => {
    const { file } = sharedModule({
      Open: { type: "object", properties: { a: { type: "string" } } },
      OpenToAnything: { type: "object", additionalProperties: {} },
      Anything: { type: "array" },
      AnythingItems: { type: "array", items: {} },
      // Patterns still checked, but a key no pattern matches may hold anything: no helper for it.
      PatternsOpen: {
        type: "object",
        patternProperties: { "^x": { type: "integer" } },
        additionalProperties: {},
      },
    });
    expect(helpersOf(file.contents)).toEqual(["isPatternsOpen_pattern1"]);
    expect(constantsOf(file.contents)).toEqual([
      "PATTERNS_OPEN_KEYS",
      "PATTERNS_OPEN_PATTERN1_PATTERN",
    ]);
    expect(guardOf(file.contents, "isOpen")).toBe(
      '($.isPlainObject(value) && (value.a === undefined || typeof value.a === "string"))',
    );
    expect(guardOf(file.contents, "isOpenToAnything")).toBe(
      "$.isPlainObject(value)",
    );
    expect(guardOf(file.contents, "isAnything")).toBe("Array.isArray(value)");
    expect(guardOf(file.contents, "isPatternsOpen")).toBe(
      "($.isPlainObject(value) && $.extrasMatch(value, PATTERNS_OPEN_KEYS, [[PATTERNS_OPEN_PATTERN1_PATTERN, isPatternsOpen_pattern1]], true))",
    );
  });

  it("tests null once for a schema of type null", () => {
    expect(
      guardOf(
        sharedModule({ Nothing: { type: "null" } }).file.contents,
        "isNothing",
      ),
    ).toBe("value === null");
  });

  // An enum value of another type than the schema's can never match; compared with `===` it would not
  // compile either (TypeScript: the types have no overlap), so the guard leaves it out.
  it("compiles, under strict TypeScript, enums that list values of other types", () => {
    const schemas = Object.fromEntries(
      [
        "StringEnum",
        "NumberEnum",
        "IntegerEnum",
        "BooleanEnum",
        "ArrayEnum",
        "ObjectEnum",
      ].map((name) => [name, SCHEMAS[name]]),
    );
    const { file, files } = sharedModule(schemas);
    // The guards are what is checked: the schema types (openapi-typescript's) stand in as unknown.
    const types = {
      path: "src/t/schema.ts",
      contents:
        "export interface components { schemas: Record<string, unknown> }\n",
    };
    const diagnostics = strictDiagnostics([types, ...files], file.path);
    expect(diagnostics).toEqual([]);
  });
});
