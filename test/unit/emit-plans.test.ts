/**
 * The plans generator/emit/schemas.ts writes — each schema as data, what `explain()` walks to say why a
 * value failed — and the declarations around them. Each spec is emitted and imported; every row is judged
 * by the emitted plan (the issues' pointers and `expected` texts), by the emitted validator and by Ajv
 * (draft 2020-12) on the same schema, which must agree on validity. The rest reads the emitted text through
 * TypeScript's parser: which checks get a named helper, the names of the constants only a plan needs, and
 * the signatures and imports of the exported declarations.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitComponentsModule, emitGroupModule } from "../../generator/emit/groups.js";
import type { GeneratedFile } from "../../generator/emit/source.js";
import type { TagModel } from "../../generator/model/types.js";
import { explain, type PlanRef } from "../../templates/runtime/explain.js";
import { importEmittedOnce, moduleFiles } from "../support/emitted-module.js";
import { modelOfSchemas } from "../support/model.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ "application/json": { schema } });

/** The shared module of a spec with no operations: every component lands there. */
const shared = (schemas: Record<string, unknown>) => emitComponentsModule(modelOfSchemas(schemas))?.file;

/** The shared module of `schemas` and the explainers module it imports from. */
function sharedFiles(schemas: Record<string, unknown>): { file: GeneratedFile; files: GeneratedFile[] } {
  const model = modelOfSchemas(schemas);
  const emitted = emitComponentsModule(model);
  if (!emitted) throw new Error("no shared module");
  return { file: emitted.file, files: moduleFiles(model, [emitted]) };
}

const parse = (text: string) => ts.createSourceFile("m.ts", text, ts.ScriptTarget.Latest, true);

type Issue = { path: string; expected: string };
type Result = { ok: boolean };

describe("plans: what explain() reports for each keyword", () => {
  const SCHEMAS = {
    Text: { type: "string" },
    Nothing: { type: "null" },
    // Items and extra properties that constrain nothing.
    List: { type: "array", items: { description: "anything" } },
    Free: { type: "object", additionalProperties: { description: "anything" } },
    Even: { type: "number", multipleOf: 2 },
    Tuple: {
      type: "array",
      prefixItems: [{ type: "string" }, { type: "integer" }],
      items: { type: "boolean" },
      uniqueItems: true,
    },
    // Items and extra properties with no type (values of two types leave it open): only their `enum` or
    // `not` constrains them.
    EnumItems: { type: "array", items: { enum: [1, "a"] } },
    NotItems: { type: "array", items: { not: { type: "string" } } },
    EnumExtras: { type: "object", additionalProperties: { enum: [1, "a"] } },
    NotExtras: {
      type: "object",
      additionalProperties: { not: { type: "string" } },
    },
    Patterned: {
      type: "object",
      patternProperties: {
        "^x-": { type: "integer" },
        "^y-": { type: "string" },
      },
      minProperties: 1,
      maxProperties: 2,
    },
  };

  /** `[schema, value, issues]`: no issue means the value is valid. */
  const ROWS: [schema: keyof typeof SCHEMAS, value: unknown, issues: Issue[]][] = [
    // Not nullable: null is refused like any other wrong type.
    ["Text", null, [{ path: "", expected: "string" }]],
    ["Nothing", null, []],
    ["Nothing", 0, [{ path: "", expected: "null" }]],
    ["List", [1, "a", null], []],
    ["Free", { a: 1, b: null }, []],
    ["Even", 4, []],
    ["Even", 3, [{ path: "", expected: "number multiple of 2" }]],
    ["Tuple", ["a", 1, true], []],
    ["Tuple", [1], [{ path: "/0", expected: "string" }]],
    ["Tuple", ["a", "b"], [{ path: "/1", expected: "integer" }]],
    ["Tuple", ["a", 1, "c"], [{ path: "/2", expected: "boolean" }]],
    ["Tuple", ["a", 1, true, true], [{ path: "", expected: "array of unique items" }]],
    ["EnumItems", [1, "a"], []],
    ["EnumItems", [3], [{ path: "/0", expected: 'one of 1, "a"' }]],
    ["NotItems", [1], []],
    ["NotItems", ["a"], [{ path: "/0", expected: "not string" }]],
    ["EnumExtras", { a: 1, b: "a" }, []],
    ["EnumExtras", { a: 2 }, [{ path: "/a", expected: 'one of 1, "a"' }]],
    ["NotExtras", { a: 1 }, []],
    ["NotExtras", { a: "x" }, [{ path: "/a", expected: "not string" }]],
    ["Patterned", { "x-a": 1 }, []],
    ["Patterned", { "x-a": "s" }, [{ path: "/x-a", expected: "integer" }]],
    ["Patterned", { "y-a": 1 }, [{ path: "/y-a", expected: "string" }]],
    ["Patterned", {}, [{ path: "", expected: "object with at least 1 properties" }]],
    ["Patterned", { "x-a": 1, "x-b": 2, "x-c": 3 }, [{ path: "", expected: "object with at most 2 properties" }]],
  ];

  /** Emitted in each test, so a mutation run ties the emitter's code to the test that checks it. */
  async function plans(): Promise<Record<string, unknown>> {
    const { file, files } = sharedFiles(SCHEMAS);
    return importEmittedOnce(files, file.path);
  }
  const ajv = new Ajv2020({ strict: false });

  it.each(ROWS)("%s: %j", async (name, value, want) => {
    const emitted = await plans();
    const plan = emitted[`${name[0]?.toLowerCase()}${name.slice(1)}Schema`] as PlanRef;
    const validate = emitted[`validate${name}`] as (value: unknown) => Result;
    expect(explain(plan, value).map(({ path, expected }) => ({ path, expected }))).toEqual(want);
    // The validator's own explainer, of only the parts its plan reaches, says what every part would.
    expect(validate(value)).toEqual(want.length === 0 ? { ok: true, value } : { ok: false, issues: explain(plan, value) });
    expect(ajv.validate(SCHEMAS[name], value)).toBe(want.length === 0);
  });

  it("exports plans that hold only the keywords that constrain", async () => {
    const emitted = await plans();
    // null is the one value of a null type: no "nullable" beside it; anything-goes items or extras are left out.
    expect([emitted.nothingSchema, emitted.listSchema, emitted.freeSchema]).toEqual([
      { kind: "null", title: "Nothing" },
      { kind: "array", title: "List" },
      { kind: "object", title: "Free" },
    ]);
  });
});

describe("checks of nested values", () => {
  it("gives a structured property a named helper and checks a scalar or an open enum inline", () => {
    const text =
      shared({
        Owner: { type: "object", properties: { name: { type: "string" } } },
        Shapes: {
          type: "object",
          properties: {
            obj: { type: "object", properties: { a: { type: "string" } } },
            arr: { type: "array", items: { type: "string" } },
            all: { allOf: [ref("Owner"), { type: "object", required: ["x"] }] },
            any: { anyOf: [{ type: "string" }, { type: "integer" }] },
            one: { oneOf: [{ type: "string" }, { type: "array" }] },
            // An open enum accepts every string: a plain type test, inline.
            open: {
              anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "string" }],
            },
            short: { type: "string", minLength: 1 },
          },
        },
      })?.contents ?? "";
    const helpers = parse(text)
      .statements.filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
      .map((s) => s.name?.text)
      .sort();
    expect(helpers).toEqual(["isShapes_all", "isShapes_any_", "isShapes_arr", "isShapes_arr_item", "isShapes_obj", "isShapes_one"]);
  });
});

describe("constants only a plan needs", () => {
  // A string enum that also lists objects: the guard tests the strings alone (an object is never a
  // string), the plan lists every value, so the plan alone writes the object values' constant.
  const mixed = (k: number) => ({ type: "string", enum: ["a", { k }] });

  it("are named after where they sit, as the guard's constants are", () => {
    const text =
      shared({
        Mixed: {
          type: "object",
          properties: {
            p: mixed(1),
            n: { type: "string", not: mixed(2) },
            list: {
              type: "array",
              prefixItems: [mixed(3), mixed(4)],
              items: mixed(5),
            },
            all: { allOf: [mixed(6), mixed(7)] },
            any: { anyOf: [mixed(8), mixed(9), { type: "integer" }] },
            one: { oneOf: [mixed(10), { type: "integer" }] },
          },
          patternProperties: { "^x-": mixed(11), "^y-": mixed(12) },
          additionalProperties: mixed(13),
        },
      })?.contents ?? "";
    const constants = parse(text)
      .statements.filter(ts.isVariableStatement)
      .flatMap((s) => s.declarationList.declarations.map((d) => [d.name.getText(), d.initializer?.getText() ?? ""] as const))
      .filter(([name]) => name.endsWith("_JSON_VALUES"))
      .map(([name, initializer]) => [name, /\d+/.exec(initializer)?.[0]]);
    expect(Object.fromEntries(constants)).toEqual({
      MIXED_P_JSON_VALUES: "1",
      MIXED_N_NOT_JSON_VALUES: "2",
      MIXED_LIST_ITEM1_JSON_VALUES: "3",
      MIXED_LIST_ITEM2_JSON_VALUES: "4",
      MIXED_LIST_ITEM_JSON_VALUES: "5",
      MIXED_ALL_ALL1_JSON_VALUES: "6",
      MIXED_ALL_ALL2_JSON_VALUES: "7",
      MIXED_ANY_OPTION1_JSON_VALUES: "8",
      MIXED_ANY_OPTION2_JSON_VALUES: "9",
      MIXED_ONE_OPTION1_JSON_VALUES: "10",
      MIXED_PATTERN1_JSON_VALUES: "11",
      MIXED_PATTERN2_JSON_VALUES: "12",
      MIXED_ADDITIONAL_JSON_VALUES: "13",
    });
  });
});

describe("declarations of a schema root", () => {
  // `toString` is a name every object inherits: its plan is marked `satisfies SchemaPlan`.
  const Thing = {
    type: "object",
    properties: { toString: { type: "string" }, size: { type: "integer" } },
  };
  const model = modelOfSchemas(
    { Thing },
    {
      "/things": {
        get: {
          operationId: "getThing",
          tags: ["Things"],
          responses: {
            "200": { description: "ok", content: json(ref("Thing")) },
          },
        },
      },
    },
  );
  const statementsOf = (text: string) => parse(text).statements;
  /** Each declaration's text without its body or initializer, and its JSDoc. */
  const header = (text: string, name: string) => {
    const statement = statementsOf(text).find(
      (s) => (ts.isFunctionDeclaration(s) && s.name?.text === name) || (ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => d.name.getText() === name)),
    );
    if (!statement) throw new Error(`no declaration ${name}`);
    const doc = ts.getJSDocCommentsAndTags(ts.isVariableStatement(statement) ? (statement.declarationList.declarations[0] as ts.Node) : statement);
    const signature = ts.isFunctionDeclaration(statement)
      ? statement
          .getText()
          .slice(0, (statement.body?.getStart() ?? 0) - statement.getStart())
          .trim()
      : `${statement.getText().split(" = ")[0]}`;
    return { signature, doc: doc.map((d) => d.getText()).join("\n") };
  };
  const imports = (text: string) =>
    statementsOf(text)
      .filter(ts.isImportDeclaration)
      .map((s) => s.getText());

  // Thing is used by one group only, so it lives in that group's module beside the operation's alias.
  // Emitted in each test, so a mutation run ties the emitter's code to the test that checks it.
  const emit = () => emitGroupModule(model, model.tags[0] as TagModel).file.contents;

  it("declares a guard that narrows, a typed plan and a typed validator, importing the runtime's types as types", () => {
    const text = emit();
    expect(imports(text).filter((i) => /SchemaPlan|Validator/.test(i))).toEqual(['import type { SchemaPlan, Validator } from "../runtime/explain.js";']);
    expect(header(text, "isThing").signature).toBe("export function isThing(value: unknown): value is Thing");
    expect(header(text, "thingSchema").signature).toBe("export const thingSchema: SchemaPlan");
    expect(header(text, "validateThing").signature).toBe("export const validateThing: Validator<Thing>");
    expect(text).toContain('toString: { kind: "string" } satisfies SchemaPlan');
  });

  it("aliases a component's validator with its type and the operation's JSDoc", () => {
    const text = emit();
    expect(header(text, "validateGetThingResult")).toEqual({
      signature: "export const validateGetThingResult: Validator<GetThingResult>",
      doc: "/**\n * Checks the 200 response body of `client.things.get`.\n */",
    });
  });
});
