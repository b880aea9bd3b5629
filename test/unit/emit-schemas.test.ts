/**
 * The shape of the validator code generator/emit/schemas.ts writes, as users and bundlers meet it: names
 * that come from where a check sits (so adding to the spec renames nothing), `/* @__PURE__ *\/` on every
 * module-level call so unused validators shake out, the JSDoc an editor shows, and the form each schema
 * compiles to. What the validators accept is test/unit/validator-keywords.test.ts; here each spec goes in
 * and the emitted text comes out, read through TypeScript's own parser.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitExplainers } from "../../generator/emit/explainers.js";
import { emitComponentsModule, emitGroupModule, specifierOf } from "../../generator/emit/groups.js";
import { ModuleBuilder } from "../../generator/emit/module.js";
import { planLiteral, schemaScope } from "../../generator/emit/schemas.js";
import type { SchemaNode, TagModel } from "../../generator/model/types.js";
import { explain, type SchemaPlan } from "../../templates/runtime/explain.js";
import { importEmitted, moduleFiles, strictDiagnostics } from "../support/emitted-module.js";
import { modelOfSchemas } from "../support/model.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const Owner = { type: "object", required: ["name"], properties: { name: { type: "string" } } };

/** The shared module of a spec with no operations: every component lands there. */
const shared = (schemas: Record<string, unknown>) => emitComponentsModule(modelOfSchemas(schemas))?.file.contents ?? "";

/** The shared module and the namespace's explainers module, which holds what its validators use. */
function sharedWithExplainers(schemas: Record<string, unknown>): { text: string; explainers: string } {
  const model = modelOfSchemas(schemas);
  const emitted = emitComponentsModule(model);
  return { text: emitted?.file.contents ?? "", explainers: emitExplainers(model, emitted?.explainers ?? new Map())?.contents ?? "" };
}

const parse = (text: string) => ts.createSourceFile("m.ts", text, ts.ScriptTarget.Latest, true);

/** Each module-level const: its initializer as written, and the comment before it. */
function constsOf(text: string): Map<string, { initializer: string; annotation: string }> {
  const consts = new Map<string, { initializer: string; annotation: string }>();
  for (const statement of parse(text).statements.filter(ts.isVariableStatement)) {
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      // What stands between `=` and the expression: where a bundler looks for the annotation.
      consts.set(d.name.text, { initializer: d.initializer.getText(), annotation: text.slice(d.initializer.getFullStart(), d.initializer.getStart()).trim() });
    }
  }
  return consts;
}

/** The expression the module-level function `name` returns. */
function returnOf(text: string, name: string): string {
  const fn = parse(text).statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name);
  const ret = fn?.body?.statements.find(ts.isReturnStatement);
  if (!ret?.expression) throw new Error(`no function ${name}`);
  return ret.expression.getText();
}

/** The hoisted helper guards: module functions that are not exported. */
const helpersOf = (text: string) =>
  parse(text)
    .statements.filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
    .map((s) => s.name?.text)
    .sort();

/** The module constants (all caps) with their initializers. */
const constantsOf = (text: string) => Object.fromEntries([...constsOf(text)].filter(([name]) => /^[A-Z0-9_]+$/.test(name)).map(([name, c]) => [name, c.initializer]));

describe("names decided by location", () => {
  const Site = {
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "string", pattern: "^s-" },
      // The same regex as `id`: one constant serves both.
      slug: { type: "string", pattern: "^s-" },
      domains: { type: "array", items: { type: "object", properties: { host: { type: "string", pattern: "\\.com$" } } } },
      kind: { enum: ["a", "b", "c", "d", "e"] },
    },
    additionalProperties: false,
  };

  it("names helper guards is<Type>_<where> and constants CONSTANT_CASE of the place plus what they hold", () => {
    const text = shared({ Site });
    expect(helpersOf(text)).toEqual(["isSite_domains", "isSite_domains_item"]);
    expect(constantsOf(text)).toEqual({
      SITE_ID_PATTERN: 'new RegExp("^s-", "u")',
      SITE_DOMAINS_ITEM_HOST_PATTERN: 'new RegExp("\\\\.com$", "u")',
      SITE_KIND_VALUES: 'new Set<unknown>(["a", "b", "c", "d", "e"])',
      SITE_KEYS: 'new Set<string>(["id", "slug", "domains", "kind"])',
    });
    // The second place to need a regex uses the first place's constant, in the guard and in the plan.
    expect(returnOf(text, "isSite")).toContain('(value.slug === undefined || (typeof value.slug === "string" && SITE_ID_PATTERN.test(value.slug)))');
    expect(constsOf(text).get("siteSchema")?.initializer).toContain('slug: { kind: "string", pattern: SITE_ID_PATTERN }');
  });

  it("keeps a pattern's name when another pattern is added before it, in the same schema and in another", () => {
    // Names come from what a constant checks, not from a counter: adding to the spec renames nothing.
    const before = constantsOf(shared({ Site }));
    const grown = { ...Site, properties: { alias: { type: "string", pattern: "^a-" }, ...Site.properties } };
    const after = constantsOf(shared({ Aardvark: { type: "string", pattern: "^x" }, Site: grown }));
    expect(before.SITE_ID_PATTERN).toBe('new RegExp("^s-", "u")');
    expect(after.SITE_ID_PATTERN).toBe(before.SITE_ID_PATTERN);
    expect(after.SITE_ALIAS_PATTERN).toBe('new RegExp("^a-", "u")');
    expect(after.AARDVARK_PATTERN).toBe('new RegExp("^x", "u")');
  });
});

describe("explainers: the parts of the runtime's explanation a validator's plan needs, and no more", () => {
  /** Each validator's explainer, what the module imports of the explainers module, and each explainer's initializer there. */
  const explainersOf = (schemas: Record<string, unknown>) => {
    const { text, explainers } = sharedWithExplainers(schemas);
    const used = Object.fromEntries([...constsOf(text)].filter(([name]) => name.startsWith("validate")).map(([name, c]) => [name, /, (\w+)\)$/.exec(c.initializer)?.[1]]));
    const declared = Object.fromEntries([...constsOf(explainers)].map(([name, c]) => [name, c.initializer]));
    const imported = /import \{([^}]*)\} from "\.\/explainers\.js"/.exec(text)?.[1]?.split(",").map((name) => name.trim()).filter(Boolean);
    return { used, declared, imported };
  };
  const Tree = { type: "object", properties: { children: { type: "array", items: ref("Tree") } } };
  const Choice = { oneOf: [{ type: "string" }, { type: "integer", minimum: 0 }] };

  it.each([
    ["only types", { type: "object" }, "EXPLAIN_TYPES", "$.explainer({})"],
    ["an object's properties, whose plain types need no part", Owner, "EXPLAIN_OBJECT", "$.explainer({ object: $.objectKeywords })"],
    ["a string's keywords and its format's check", { type: "string", format: "uri", maxLength: 9 }, "EXPLAIN_STRING_URI", "$.explainer({ string: $.stringKeywords, formats: { uri: $.isUri } })"],
    ["an enum, not the string part", { enum: ["a", "b"] }, "EXPLAIN_ENUM", "$.explainer({ enum: $.enumKeyword })"],
    ["number bounds, uniqueItems and not", { type: "array", uniqueItems: true, items: { type: "number", maximum: 3 }, not: { maxItems: 0 } }, "EXPLAIN_ARRAY_NOT_NUMBER_UNIQUE_ITEMS", "$.explainer({ array: $.arrayKeywords, not: $.notKeyword, number: $.numberKeywords, uniqueItems: $.uniqueItemsKeyword })"],
    ["what a referenced schema needs, through the reference", { type: "object", properties: { choice: ref("Choice") } }, "EXPLAIN_NUMBER_OBJECT_UNION", "$.explainer({ number: $.numberKeywords, object: $.objectKeywords, union: $.unionKeywords })"],
    ["a recursive schema's, without walking it forever", ref("Tree"), "EXPLAIN_ALL_OF_ARRAY_OBJECT", "$.explainer({ allOf: $.allOfKeywords, array: $.arrayKeywords, object: $.objectKeywords })"],
  ])("%s", (_, schema, name, initializer) => {
    const { used, declared, imported } = explainersOf({ Subject: schema, Tree, Choice });
    expect(used.validateSubject).toBe(name);
    expect(imported).toContain(name);
    expect(declared[name]).toBe(initializer);
  });

  it("writes every part and format as the runtime names it: one of all of them type-checks and explains as explain() does", async () => {
    const model = modelOfSchemas({ Owner });
    const every = ["allOf", "array", "discriminator", "enum", "not", "number", "object", "string", "union", "uniqueItems", "format:date", "format:date-time", "format:email", "format:uri"];
    const file = emitExplainers(model, new Map([["EXPLAIN_EVERYTHING", every]]));
    if (!file) throw new Error("no explainers module");
    expect(strictDiagnostics([file], file.path)).toEqual([]);
    const { EXPLAIN_EVERYTHING } = (await importEmitted([file], file.path)) as { EXPLAIN_EVERYTHING: typeof explain };
    const plan: SchemaPlan = {
      kind: "object",
      properties: {
        on: { kind: "string", format: "date" },
        tags: { kind: "array", uniqueItems: true, items: { kind: "anyOf", of: [{ kind: "integer", minimum: 1 }, { kind: "string", enum: ["a"] }] } },
        not: { kind: "any", not: { kind: "string", format: "email" } },
      },
    };
    const value = { on: "2026-02-30", tags: [0, 0, "b"], not: "a@b.co" };
    expect(explain(plan, value).map((issue) => `${issue.path} ${issue.expected}`)).toEqual([
      "/on date string",
      "/tags array of unique items",
      "/tags/0 integer or string",
      "/tags/1 integer or string",
      "/tags/2 integer or string",
      "/not not email string",
    ]);
    expect(EXPLAIN_EVERYTHING(plan, value)).toEqual(explain(plan, value));
  });

  it("is one constant for every plan with the same needs, named after them, so adding a schema renames none", () => {
    const before = explainersOf({ Owner, Tree });
    const after = explainersOf({ Aardvark: { type: "object", required: ["a"] }, Owner, Tree });
    expect(before.used).toEqual({ validateOwner: "EXPLAIN_OBJECT", validateTree: "EXPLAIN_ARRAY_OBJECT" });
    expect(after.used).toEqual({ ...before.used, validateAardvark: "EXPLAIN_OBJECT" });
    expect(after.declared).toEqual(before.declared);
    expect(Object.keys(after.declared)).toEqual(["EXPLAIN_ARRAY_OBJECT", "EXPLAIN_OBJECT"]);
  });
});

describe("tree-shaking", () => {
  it("marks every module-level call (regexes, sets, parsed JSON, explainers, validators) /* @__PURE__ */", () => {
    const text = shared({
      Owner,
      Thing: { type: "object", properties: { code: { type: "string", pattern: "^c" }, size: { enum: [1, 2, 3, 4, 5] }, shape: { enum: [{ a: 1 }, [2]] } }, additionalProperties: false },
    });
    const calls = [...constsOf(text)].filter(([, c]) => /^(new |[\w$.]+\()/.test(c.initializer));
    // Every call a bundler could keep for its side effects, not just some: the list is the whole module's.
    expect(calls.map(([name]) => name).sort()).toEqual(["THING_CODE_PATTERN", "THING_KEYS", "THING_SHAPE_JSON_VALUES", "THING_SIZE_VALUES", "validateOwner", "validateThing"]);
    for (const [name, c] of calls) expect([name, c.annotation]).toEqual([name, "/* @__PURE__ */"]);
  });

  it("marks every explainer of the namespace's explainers module /* @__PURE__ */", () => {
    const explainers = [...constsOf(sharedWithExplainers({ Owner, Thing: { type: "integer", minimum: 1 } }).explainers)];
    expect(explainers.map(([name]) => name)).toEqual(["EXPLAIN_NUMBER", "EXPLAIN_OBJECT"]);
    for (const [name, c] of explainers) expect([name, c.annotation]).toEqual([name, "/* @__PURE__ */"]);
  });
});

describe("JSDoc of a schema's code", () => {
  /** The JSDoc an editor shows for the top-level declaration `name`: its text and its tags. */
  function docOf(text: string, name: string): { text: string | undefined; tags: string[] } {
    const statement = parse(text).statements.find((s) =>
      ts.isVariableStatement(s) ? s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name) : ts.isFunctionDeclaration(s) && s.name?.text === name,
    );
    const doc = statement && ts.getJSDocCommentsAndTags(statement).find(ts.isJSDoc);
    return { text: doc && ts.getTextOfJSDocComment(doc.comment), tags: (doc?.tags ?? []).map((t) => `@${t.tagName.text} ${ts.getTextOfJSDocComment(t.comment)}`) };
  }

  // given: the declaration; want: what an editor shows for it.
  it.each([
    { name: "isOwner", text: "Whether `value` is a {@link Owner}; the fast check {@link validateOwner} runs before explaining a failure.", tags: [] },
    { name: "ownerSchema", text: "The Owner schema as data: what {@link validateOwner} walks to say why a value failed.", tags: [] },
    {
      name: "validateOwner",
      text: "Checks that `value` is a {@link Owner}.",
      tags: ["@returns `{ ok: true, value }` typed as {@link Owner}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem."],
    },
  ])("documents $name", ({ name, text, tags }) => {
    expect(docOf(shared({ Owner }), name)).toEqual({ text, tags });
  });
});

describe("enums", () => {
  // given: the values; want: the guard and the constants it needs. Up to four scalars inline, more in a Set.
  it.each([
    { values: ["a", "b", "c", "d"], guard: '(typeof value === "string" && (value === "a" || value === "b" || value === "c" || value === "d"))', constants: {} },
    { values: ["a", "b", "c", "d", "e"], guard: '(typeof value === "string" && E_VALUES.has(value))', constants: { E_VALUES: 'new Set<unknown>(["a", "b", "c", "d", "e"])' } },
    {
      values: ["x", { a: 1 }, [2]],
      guard: '(value === "x" || E_JSON_VALUES.some((allowed) => $.jsonEqual(allowed, value)))',
      constants: { E_JSON_VALUES: 'JSON.parse("[{\\"a\\":1},[2]]") as readonly unknown[]' },
    },
  ])("compiles enum $values", ({ values, guard, constants }) => {
    const text = shared({ E: { enum: values } });
    expect(returnOf(text, "isE")).toBe(guard);
    expect(constantsOf(text)).toEqual(constants);
  });

  it("lists object and array values in the plan from their JSON constant", () => {
    expect(constsOf(shared({ E: { enum: ["x", { a: 1 }, [2]] } })).get("eSchema")?.initializer).toBe('{ kind: "any", title: "E", enum: ["x", ...E_JSON_VALUES] }');
  });

  // An open enum names known values for the types and docs; every string passes.
  it.each([
    { anyOf: [{ enum: ["on", "off"] }, { type: "string" }], guard: 'typeof value === "string"', plan: '{ kind: "string", title: "E" }' },
    { anyOf: [{ enum: ["on", "off"] }, { type: "string" }, { type: "null" }], guard: '(value === null || typeof value === "string")', plan: '{ kind: "string", title: "E", nullable: true }' },
  ])("compiles an open enum to a plain type test: $anyOf", ({ anyOf, guard, plan }) => {
    const text = shared({ E: { anyOf } });
    expect(returnOf(text, "isE")).toBe(guard);
    expect(constsOf(text).get("eSchema")?.initializer).toBe(plan);
  });
});

describe("allOf and required refs", () => {
  const Extra = { type: "object", properties: { x: { type: "string" } } };
  const plainThenOwner = '(($.isPlainObject(value) && (value.x === undefined || typeof value.x === "string")) && isOwner(value))';

  // The ref's guard narrows `value` to Owner: checks that read it as a plain record must come before.
  it.each([
    { allOf: [ref("Owner"), Extra], guard: plainThenOwner },
    { allOf: [Extra, ref("Owner")], guard: plainThenOwner },
  ])("checks the plain parts before the ref parts, whatever the spec's order", ({ allOf, guard }) => {
    expect(returnOf(shared({ Owner, Both: { allOf } }), "isBoth")).toBe(guard);
  });

  // given: the target of a required property; want: the guard. A target that refuses undefined needs no extra test.
  it.each([
    { target: Owner, guard: "($.isPlainObject(value) && isTarget(value.p))" },
    // Nullable admits null, not undefined: still no extra test.
    { target: { type: ["object", "null"] }, guard: "($.isPlainObject(value) && isTarget(value.p))" },
    // An implied object lets every non-object through, undefined too; so does an unconstrained schema.
    { target: { properties: { a: { type: "string" } } }, guard: "($.isPlainObject(value) && (value.p !== undefined && isTarget(value.p)))" },
    { target: {}, guard: "($.isPlainObject(value) && (value.p !== undefined && isTarget(value.p)))" },
  ])("tests a required ref property for undefined only when its guard may pass it: $target", ({ target, guard }) => {
    expect(returnOf(shared({ Target: target, Holder: { type: "object", required: ["p"], properties: { p: ref("Target") } } }), "isHolder")).toBe(guard);
  });
});

describe("properties named like Object.prototype members", () => {
  const Proto = {
    type: "object",
    required: ["constructor", "valueOf"],
    properties: { constructor: { type: "string" }, toString: ref("Owner"), hasOwnProperty: { type: "object" } },
  };

  it("reads them through own(), so an absent one is never the inherited function", () => {
    const guard = returnOf(shared({ Owner, Proto }), "isProto");
    expect(guard).toBe(
      '($.isPlainObject(value) && ($.own(value, "constructor") !== undefined && isProto_constructor_($.own(value, "constructor"))) && ($.own(value, "toString") === undefined || isOwner($.own(value, "toString"))) && ($.own(value, "hasOwnProperty") === undefined || isProto_hasOwnProperty_($.own(value, "hasOwnProperty"))) && $.own(value, "valueOf") !== undefined)',
    );
  });

  it("gives their plan values `satisfies SchemaPlan`, which a thunk does not need", () => {
    expect(constsOf(shared({ Owner, Proto })).get("protoSchema")?.initializer).toBe(
      '{ kind: "object", title: "Proto", properties: { constructor: { kind: "string" } satisfies SchemaPlan, toString: () => ownerSchema, hasOwnProperty: { kind: "object" } satisfies SchemaPlan }, required: ["constructor", "valueOf"] }',
    );
  });
});

describe("operation results", () => {
  const json = (schema: unknown) => ({ "application/json": { schema } });
  const group = (schema: unknown) => {
    const model = modelOfSchemas({ Owner }, { "/things": { get: { operationId: "getThing", tags: ["Things"], responses: { "200": { description: "ok", content: json(schema) } } } } });
    return emitGroupModule(model, model.tags[0] as TagModel).file.contents;
  };

  it("aliases the component's validator when the result is exactly that component", () => {
    const text = group(ref("Owner"));
    const statement = parse(text).statements.find((s) => ts.isVariableStatement(s) && s.getText().includes("validateGetThingResult"));
    expect(statement?.getText()).toBe("export const validateGetThingResult: Validator<GetThingResult> = validateOwner;");
    expect(helpersOf(text)).toEqual([]);
    expect(text).not.toMatch(/function isGetThingResult|getThingResultSchema/);
  });

  it("compiles a guard, plan and validator of its own for an inline result", () => {
    const text = group({ type: "array", items: ref("Owner") });
    expect(returnOf(text, "isGetThingResult")).toBe("(Array.isArray(value) && value.every(isOwner))");
    expect(constsOf(text).get("validateGetThingResult")?.initializer).toBe("$.validator(isGetThingResult, getThingResultSchema, EXPLAIN_ARRAY_OBJECT)");
  });
});

describe("plan literals", () => {
  // given: a component; want: its plan. A bare ref inside is a thunk, so plans can refer to each other in any order.
  it.each([
    { schema: { type: "object", properties: { o: ref("Owner") } }, plan: '{ kind: "object", title: "X", properties: { o: () => ownerSchema } }' },
    { schema: { type: "array", items: ref("Owner") }, plan: '{ kind: "array", title: "X", items: () => ownerSchema }' },
    // A component that is a ref still carries its title: an allOf of the target alone.
    { schema: ref("Owner"), plan: '{ kind: "allOf", title: "X", of: [() => ownerSchema] }' },
    { schema: {}, plan: '{ kind: "any", title: "X" }' },
  ])("writes the plan of $schema", ({ schema, plan }) => {
    expect(constsOf(shared({ Owner, X: schema })).get("xSchema")?.initializer).toBe(plan);
  });

  // No spec yields these nodes today (the model turns keywords beside $ref into allOf); the emitter still
  // keeps their keywords by wrapping the ref, so planLiteral is given them directly.
  it.each([
    { node: { kind: "ref", name: "Owner", nullable: true }, plan: '{ kind: "allOf", nullable: true, of: [() => ownerSchema] }' },
    { node: { kind: "ref", name: "Owner", nullable: false, enum: [{ name: "a" }] }, plan: '{ kind: "allOf", enum: [...X_JSON_VALUES], of: [() => ownerSchema] }' },
    { node: { kind: "ref", name: "Owner", nullable: false, not: { kind: "null", nullable: false } }, plan: '{ kind: "allOf", not: { kind: "null" }, of: [() => ownerSchema] }' },
  ])("wraps a ref with its own keywords in allOf: $node", ({ node, plan }) => {
    const model = modelOfSchemas({ Owner });
    const scope = schemaScope(new ModuleBuilder("src/t/x.ts", "./x.js"), new Map(model.schemas.map((s) => [s.name, s])), specifierOf, []);
    expect(planLiteral(scope, node as SchemaNode, ["X"])).toBe(plan);
  });
});

/** The shared module of `schemas`, imported, with Ajv's verdict on each component beside it: the oracle for what a guard should accept. */
async function guardsAndAjv(schemas: Record<string, unknown>): Promise<{ guard: (name: string) => (value: unknown) => boolean; ajv: (name: string) => (value: unknown) => boolean }> {
  const model = modelOfSchemas(schemas);
  const module = emitComponentsModule(model);
  if (!module) throw new Error("no shared module");
  const emitted = await importEmitted(moduleFiles(model, [module]), module.file.path);
  const ajv = new Ajv2020({ strict: false });
  // The schemas under their spec path, so `#/components/schemas/...` references resolve as in the spec.
  ajv.addSchema({ $id: "https://emit-schemas.test/api", components: { schemas } });
  return {
    guard: (name) => emitted[`is${name}`] as (value: unknown) => boolean,
    ajv: (name) => {
      const validate = ajv.getSchema(`https://emit-schemas.test/api#/components/schemas/${name}`);
      if (!validate) throw new Error(`Ajv cannot compile ${name}`);
      return (value) => validate(value) as boolean;
    },
  };
}

const samples: unknown[] = ["on", "x", "ab", "abc", "", 0, 1, 1.5, true, false, null, {}, { name: "n" }, []];

describe("required properties whose schema is a combinator", () => {
  const implied = (name: string) => ({ properties: { [name]: { type: "string" } } });
  const checked = "($.isPlainObject(value) && (value.p !== undefined && isTarget(value.p)))";
  const unchecked = "($.isPlainObject(value) && isTarget(value.p))";

  // given: the target of a required property; want: the guard, and Ajv's verdicts. allOf refuses undefined
  // when one part does; anyOf and oneOf only when every option does; a schema of enum values only, always.
  it.each([
    { target: { allOf: [ref("Owner"), implied("x")] }, guard: unchecked },
    { target: { allOf: [implied("a"), implied("b")] }, guard: checked },
    { target: { anyOf: [ref("Owner"), { type: "string" }] }, guard: unchecked },
    { target: { anyOf: [ref("Owner"), implied("a")] }, guard: checked },
    { target: { oneOf: [ref("Owner"), { type: "string" }] }, guard: unchecked },
    { target: { oneOf: [ref("Owner"), implied("a")] }, guard: checked },
    { target: { enum: ["a", 1] }, guard: unchecked },
  ])("tests the property for undefined only when the target may pass it: $target", async ({ target, guard }) => {
    const schemas = { Owner, Target: target, Holder: { type: "object", required: ["p"], properties: { p: ref("Target") } } };
    expect(returnOf(shared(schemas), "isHolder")).toBe(guard);
    const { guard: emitted, ajv } = await guardsAndAjv(schemas);
    for (const value of [{}, { p: undefined }, { p: "a" }, { p: { name: "n" } }, { p: 1 }]) expect(emitted("Holder")(value), JSON.stringify(value)).toBe(ajv("Holder")(value));
  });

  it("follows a ref cycle through combinators once, and then assumes the cycle may pass undefined", () => {
    const schemas = { Target: { anyOf: [{ type: "string" }, ref("Target")] }, Holder: { type: "object", required: ["p"], properties: { p: ref("Target") } } };
    expect(returnOf(shared(schemas), "isHolder")).toBe(checked);
  });
});

describe("open enums: which anyOf reduce to a plain type", () => {
  const Status = { type: "string", enum: ["on", "off"] };
  // given: the options; want: the guard, and on every sample the verdict Ajv gives. An anyOf reduces to its
  // plain option (a type with no constraint of its own) when every option has that same scalar type.
  it.each([
    { anyOf: [{ enum: ["on", "off"] }, { type: "string", description: "free text", deprecated: true }], guard: 'typeof value === "string"' },
    { anyOf: [ref("Status"), { type: "string" }], guard: 'typeof value === "string"' },
    { anyOf: [{ type: "integer", enum: [1, 2] }, { type: "number" }], guard: 'typeof value === "number" && Number.isFinite(value)' },
    { anyOf: [{ type: "boolean", enum: [true] }, { type: "boolean" }], guard: 'typeof value === "boolean"' },
    // Nullable when an option is: its own `type: [string, null]` as well as a `type: null` option.
    { anyOf: [{ enum: ["a", "b"] }, { type: ["string", "null"] }], guard: '(value === null || typeof value === "string")' },
    // An unconstrained option accepts everything.
    { anyOf: [{ type: "string" }, {}], guard: "(value === null || true)" },
    // Options of another type, or with no type of their own (implied), or of the plain type with constraints: no reduction.
    { anyOf: [{ type: "object" }, { type: "string" }], guard: '($.isPlainObject(value) || typeof value === "string")' },
    { anyOf: [{ type: "object" }, { type: "number" }], guard: '($.isPlainObject(value) || typeof value === "number" && Number.isFinite(value))' },
    { anyOf: [{ type: "object" }, { type: "boolean" }], guard: '($.isPlainObject(value) || typeof value === "boolean")' },
    { anyOf: [{ minLength: 3 }, { type: "string" }], guard: '((typeof value !== "string" || $.minLength(value, 3)) || typeof value === "string")' },
    { anyOf: [{ minimum: 1 }, { type: "number" }], guard: '((typeof value !== "number" || value >= 1) || typeof value === "number" && Number.isFinite(value))' },
    { anyOf: [{ type: "boolean" }, { minLength: 1 }], guard: '(typeof value === "boolean" || (typeof value !== "string" || $.minLength(value, 1)))' },
    // integer is not a plain number: 1.5 still passes through the first option.
    { anyOf: [{ type: "number", enum: [1.5] }, { type: "integer" }], guard: '((typeof value === "number" && Number.isFinite(value) && (value === 1.5)) || typeof value === "number" && Number.isInteger(value))' },
    { anyOf: [{ enum: ["x"] }, { type: "string", pattern: "^a" }], guard: '((typeof value === "string" && (value === "x")) || (typeof value === "string" && E_OPTION2_PATTERN.test(value)))' },
    { anyOf: [{ enum: ["a", 1] }, { type: "string" }], guard: '((value === "a" || value === 1) || typeof value === "string")' },
    { anyOf: [{ type: "string" }, { not: { type: "string" } }], guard: '(typeof value === "string" || (true && !isE_option2_not(value)))' },
  ])("compiles anyOf $anyOf", async ({ anyOf, guard }) => {
    const schemas = { Status, E: { anyOf } };
    expect(returnOf(shared(schemas), "isE")).toBe(guard);
    const { guard: emitted, ajv } = await guardsAndAjv(schemas);
    for (const value of samples) expect(emitted("E")(value), JSON.stringify(value)).toBe(ajv("E")(value));
  });

  it("follows a ref cycle once when looking for an option's type", () => {
    expect(returnOf(shared({ R1: ref("R2"), R2: ref("R1"), E: { anyOf: [ref("R1"), { type: "string" }] } }), "isE")).toBe('(isR1(value) || typeof value === "string")');
  });
});

describe("enums of more than four scalars and some objects", () => {
  it("tests the scalars with the Set and the objects as JSON", async () => {
    const schemas = { E: { enum: ["a", "b", "c", "d", "e", { k: 1 }] } };
    expect(returnOf(shared(schemas), "isE")).toBe("(E_VALUES.has(value) || E_JSON_VALUES.some((allowed) => $.jsonEqual(allowed, value)))");
    const { guard, ajv } = await guardsAndAjv(schemas);
    for (const value of ["a", "e", "f", { k: 1 }, { k: 2 }]) expect(guard("E")(value), JSON.stringify(value)).toBe(ajv("E")(value));
  });
});

describe("hoisted helper guards", () => {
  it("declares each (value: unknown): boolean, which the package's strict type-check requires of a parameter", () => {
    const text = shared({ E: { type: "array", items: { type: "array", items: { type: "string" } } } });
    const signatures = parse(text)
      .statements.filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
      .map((s) => `${s.name?.text}(${s.parameters.map((p) => p.getText()).join(", ")}): ${s.type?.getText()}`)
      .sort();
    expect(signatures).toEqual(["isE_item(value: unknown): boolean", "isE_item_item(value: unknown): boolean"]);
  });
});
