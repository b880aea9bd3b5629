/**
 * The keyword matrix: every JSON Schema keyword the generated validators support, with values just inside
 * and just outside each bound, composition subtrees and nesting. Each row is judged three times — by the
 * table, by the validator generated from test/fixtures/valid/keywords, and by Ajv (draft 2020-12 with
 * ajv-formats) on the same schema — and all three must agree; for a rejected value the generated issue
 * must point (JSON pointer) where the table says, and Ajv must report an error there too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { explain, type PlanRef } from "../../templates/runtime/explain.js";
import { useGeneratedPackage } from "../support/generated.js";

const FIXTURE = "test/fixtures/valid/keywords/api.yaml";
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

type Issue = { path: string; expected: string; message: string };
type Result = { ok: true; value: unknown } | { ok: false; issues: Issue[] };
type Validator = (value: unknown) => Result;

/** `[schema, value, "valid"]`, or `[schema, value, "invalid", pointer(s) of the issue(s)]`. */
type Row = readonly [schema: string, value: unknown, verdict: "valid"] | readonly [schema: string, value: unknown, verdict: "invalid", at: string | readonly string[]];

const MATRIX: Record<string, readonly Row[]> = {
  // `{ type: 'null' }` admits null alone, also as a variant of a union.
  "type null": [
    ["TypeNull", 0, "invalid", ""],
    ["TypeNull", "null", "invalid", ""],
    ["OneOfOrNull", { id: "x" }, "valid"],
    ["OneOfOrNull", {}, "invalid", ""],
    ["OneOfOrNull", { id: 1 }, "invalid", ""],
  ],
  type: [
    ["TypeString", "", "valid"],
    ["TypeString", 1, "invalid", ""],
    ["TypeString", null, "invalid", ""],
    ["TypeNumber", 1.5, "valid"],
    ["TypeNumber", -0, "valid"],
    ["TypeNumber", "1", "invalid", ""],
    ["TypeInteger", 1, "valid"],
    ["TypeInteger", -9007199254740991, "valid"],
    ["TypeInteger", 1.5, "invalid", ""],
    ["TypeInteger", "1", "invalid", ""],
    ["TypeBoolean", false, "valid"],
    ["TypeBoolean", 0, "invalid", ""],
    ["TypeNull", null, "valid"],
    ["TypeArray", [], "valid"],
    ["TypeArray", {}, "invalid", ""],
    ["TypeObject", {}, "valid"],
    ["TypeObject", [], "invalid", ""],
    ["TypeObject", null, "invalid", ""],
  ],
  "type arrays": [
    ["StringOrNull", "a", "valid"],
    ["StringOrNull", null, "valid"],
    ["StringOrNull", 1, "invalid", ""],
    ["StringOrInteger", "a", "valid"],
    ["StringOrInteger", 3, "valid"],
    ["StringOrInteger", 3.5, "invalid", ""],
    ["StringOrInteger", true, "invalid", ""],
    ["StringOrInteger", null, "invalid", ""],
    ["ObjectOrNull", null, "valid"],
    ["ObjectOrNull", { a: "x" }, "valid"],
    ["ObjectOrNull", {}, "invalid", "/a"],
    ["ObjectOrNull", "x", "invalid", ""],
    ["Untyped", null, "valid"],
    ["Untyped", [1, "a", {}], "valid"],
  ],
  enum: [
    ["EnumStrings", "b", "valid"],
    ["EnumStrings", "c", "invalid", ""],
    ["EnumStrings", "A", "invalid", ""],
    ["EnumWithNull", null, "valid"],
    ["EnumWithNull", "a", "valid"],
    ["EnumWithNull", "b", "invalid", ""],
    ["EnumLeavesOutNull", "a", "valid"],
    ["EnumLeavesOutNull", null, "invalid", ""],
    ["EnumNumbers", 2.5, "valid"],
    ["EnumNumbers", 1, "valid"],
    ["EnumNumbers", 2, "invalid", ""],
    ["EnumNumbers", "1", "invalid", ""],
    ["EnumMany", "h", "valid"],
    ["EnumMany", "a", "valid"],
    ["EnumMany", "i", "invalid", ""],
    ["EnumMany", "toString", "invalid", ""],
    ["EnumUntypedMixed", "a", "valid"],
    ["EnumUntypedMixed", 1, "valid"],
    ["EnumUntypedMixed", true, "valid"],
    ["EnumUntypedMixed", "1", "invalid", ""],
    ["EnumUntypedMixed", false, "invalid", ""],
    ["EnumUntypedMixed", null, "invalid", ""],
  ],
  const: [
    ["ConstString", "fixed", "valid"],
    ["ConstString", "fixed ", "invalid", ""],
    ["ConstZero", 0, "valid"],
    ["ConstZero", false, "invalid", ""],
    ["ConstZero", "0", "invalid", ""],
    ["ConstNull", null, "valid"],
    ["ConstNull", 0, "invalid", ""],
    ["ConstFalse", false, "valid"],
    ["ConstFalse", null, "invalid", ""],
    ["ConstTyped", "x", "valid"],
    ["ConstTyped", "y", "invalid", ""],
  ],
  "required and properties": [
    ["RequiredId", { id: "1" }, "valid"],
    ["RequiredId", { id: "1", other: 1 }, "valid"],
    ["RequiredId", {}, "invalid", "/id"],
    ["RequiredId", { Id: "1" }, "invalid", "/id"],
    ["RequiredId", { id: 1 }, "invalid", "/id"],
    ["RequiredId", { id: null }, "invalid", "/id"],
    ["RequiredOnly", { id: null }, "valid"],
    ["RequiredOnly", {}, "invalid", "/id"],
    ["Properties", {}, "valid"],
    ["Properties", { n: 1, s: "x" }, "valid"],
    ["Properties", { n: 1.5 }, "invalid", "/n"],
    ["Properties", { n: 1, s: 2 }, "invalid", "/s"],
    ["Properties", { n: "1", s: 2 }, "invalid", ["/n", "/s"]],
  ],
  additionalProperties: [
    ["Closed", { a: "x" }, "valid"],
    ["Closed", {}, "valid"],
    ["Closed", { a: "x", b: 1 }, "invalid", "/b"],
    ["Closed", { constructor: 1 }, "invalid", "/constructor"],
    ["Open", { a: "x", b: 1 }, "valid"],
    ["Open", { a: 1, b: 1 }, "invalid", "/a"],
    ["ExtrasSchema", { a: "x", b: 1 }, "valid"],
    ["ExtrasSchema", { a: "x", b: "1" }, "invalid", "/b"],
    ["ExtrasSchema", { a: 1 }, "invalid", "/a"],
    ["ExtrasAnything", { b: null }, "valid"],
    ["ExtrasAnything", [], "invalid", ""],
    ["Escaped", { "a/b": 1, "m~n": 2 }, "valid"],
    ["Escaped", { "a/b": "1" }, "invalid", "/a~1b"],
    ["Escaped", { "m~n": "2" }, "invalid", "/m~0n"],
    ["Escaped", { "x/~y": 1 }, "invalid", "/x~1~0y"],
  ],
  items: [
    ["Items", [], "valid"],
    ["Items", [1, 2], "valid"],
    ["Items", [1, "2"], "invalid", "/1"],
    ["Items", [1.5, 2, null], "invalid", ["/0", "/2"]],
  ],
  "minItems and maxItems": [
    ["MinItems", [1, 2], "valid"],
    ["MinItems", [1], "invalid", ""],
    ["MinItems", [], "invalid", ""],
    ["MaxItems", [1, 2], "valid"],
    ["MaxItems", [], "valid"],
    ["MaxItems", [1, 2, 3], "invalid", ""],
  ],
  "minLength and maxLength (code points)": [
    ["MinLength", "ab", "valid"],
    ["MinLength", "a", "invalid", ""],
    ["MinLength", "", "invalid", ""],
    ["MinLength", "😀😀", "valid"],
    // One code point in two UTF-16 units: too short, though `"😀".length` is 2.
    ["MinLength", "😀", "invalid", ""],
    ["MaxLength", "ab", "valid"],
    ["MaxLength", "abc", "invalid", ""],
    // Two code points in four UTF-16 units: short enough.
    ["MaxLength", "😀😀", "valid"],
    ["MaxLength", "😀😀😀", "invalid", ""],
  ],
  pattern: [
    ["Pattern", "aaa", "valid"],
    ["Pattern", "a", "valid"],
    ["Pattern", "", "invalid", ""],
    ["Pattern", "aab", "invalid", ""],
    ["Pattern", "baa", "invalid", ""],
    ["PatternUnanchored", "abc", "valid"],
    ["PatternUnanchored", "b", "valid"],
    ["PatternUnanchored", "ac", "invalid", ""],
    ["PatternUnicode", "É", "valid"],
    ["PatternUnicode", "é", "invalid", ""],
    ["PatternUnicode", "ÉÉ", "invalid", ""],
  ],
  "format: date-time": [
    ["DateTime", "2024-02-29T23:59:59Z", "valid"],
    ["DateTime", "2024-02-29T23:59:59.123+05:30", "valid"],
    ["DateTime", "2024-01-01t00:00:00z", "valid"],
    ["DateTime", "2023-02-28T00:00:00-23:59", "valid"],
    ["DateTime", "2016-12-31T23:59:60Z", "valid"],
    ["DateTime", "2023-02-29T00:00:00Z", "invalid", ""],
    ["DateTime", "2024-13-01T00:00:00Z", "invalid", ""],
    ["DateTime", "2024-04-31T00:00:00Z", "invalid", ""],
    ["DateTime", "2024-01-01T24:00:00Z", "invalid", ""],
    ["DateTime", "2024-01-01T00:60:00Z", "invalid", ""],
    ["DateTime", "2024-01-01T12:00:60Z", "invalid", ""],
    ["DateTime", "2024-01-01T00:00:00", "invalid", ""],
    ["DateTime", "2024-01-01T00:00:00+24:00", "invalid", ""],
    ["DateTime", "2024-01-01", "invalid", ""],
  ],
  "format: date": [
    ["Date", "2024-02-29", "valid"],
    ["Date", "2000-02-29", "valid"],
    ["Date", "2023-02-29", "invalid", ""],
    ["Date", "1900-02-29", "invalid", ""],
    ["Date", "2024-00-10", "invalid", ""],
    ["Date", "2024-06-31", "invalid", ""],
    ["Date", "2024-6-01", "invalid", ""],
    ["Date", "2024-01-01T00:00:00Z", "invalid", ""],
  ],
  "format: uri": [
    ["Uri", "https://example.com/a/b?c=d#e", "valid"],
    ["Uri", "http://[::1]:8080/", "valid"],
    ["Uri", "mailto:someone@example.com", "valid"],
    ["Uri", "http://exa%mple.com/", "invalid", ""],
    ["Uri", "http://exa%41mple.com/", "valid"],
    ["Uri", "urn:isbn:0451450523", "valid"],
    ["Uri", "https://example.com/%20", "valid"],
    ["Uri", "example.com/path", "invalid", ""],
    ["Uri", "/relative/path", "invalid", ""],
    ["Uri", "https://exa mple.com/", "invalid", ""],
    ["Uri", "https://example.com/%zz", "invalid", ""],
    ["Uri", "1http://example.com", "invalid", ""],
    ["Uri", "", "invalid", ""],
  ],
  "format: email": [
    ["Email", "someone@example.com", "valid"],
    ["Email", "first.last+tag@sub.example.co", "valid"],
    ["Email", "someone@example", "invalid", ""],
    ["Email", "someone@@example.com", "invalid", ""],
    ["Email", "some one@example.com", "invalid", ""],
    ["Email", "someone@example..com", "invalid", ""],
    ["Email", "@example.com", "invalid", ""],
  ],
  "minimum and maximum": [
    ["Minimum", 5, "valid"],
    ["Minimum", 5.000001, "valid"],
    ["Minimum", 4.999999, "invalid", ""],
    ["Minimum", -5, "invalid", ""],
    ["Maximum", 10, "valid"],
    ["Maximum", -1e9, "valid"],
    ["Maximum", 10.000001, "invalid", ""],
    ["IntegerRange", -3, "valid"],
    ["IntegerRange", 0, "valid"],
    ["IntegerRange", -4, "invalid", ""],
    ["IntegerRange", 1, "invalid", ""],
    ["IntegerRange", -2.5, "invalid", ""],
  ],
  "exclusiveMinimum and exclusiveMaximum": [
    ["ExclusiveMinimum", 5.000001, "valid"],
    ["ExclusiveMinimum", 5, "invalid", ""],
    ["ExclusiveMinimum", 4, "invalid", ""],
    ["ExclusiveMaximum", 9.999999, "valid"],
    ["ExclusiveMaximum", 10, "invalid", ""],
    ["ExclusiveMaximum", 11, "invalid", ""],
    ["FractionBounds", -0.5, "valid"],
    ["FractionBounds", 0.24, "valid"],
    ["FractionBounds", -0.51, "invalid", ""],
    ["FractionBounds", 0.25, "invalid", ""],
  ],
  allOf: [
    ["AllOf", { a: "x", b: 3 }, "valid"],
    ["AllOf", { a: "x" }, "invalid", "/b"],
    ["AllOf", { a: "x", b: 4 }, "invalid", "/b"],
    ["AllOf", { a: 1, b: 4 }, "invalid", ["/a", "/b"]],
    ["AllOfWithSiblings", { c: 1, a: "x" }, "valid"],
    ["AllOfWithSiblings", { a: "x" }, "invalid", "/c"],
    ["AllOfWithSiblings", { c: 1, a: "" }, "invalid", "/a"],
    ["AllOfWithSiblings", "x", "invalid", ["", ""]],
  ],
  anyOf: [
    ["AnyOf", "ab", "valid"],
    ["AnyOf", 10, "valid"],
    ["AnyOf", "abc", "invalid", ""],
    ["AnyOf", 9, "invalid", ""],
    ["AnyOf", 10.5, "invalid", ""],
    ["AnyOfWithEnum", "y", "valid"],
    ["AnyOfWithEnum", "zed", "valid"],
    ["AnyOfWithEnum", "w", "invalid", ""],
    ["AnyOfWithEnum", 5, "invalid", ""],
  ],
  "oneOf (exactly one)": [
    ["OneOf", 4, "valid"],
    ["OneOf", 11, "valid"],
    ["OneOf", 5, "invalid", ""],
    ["OneOf", 10, "invalid", ""],
    ["OneOf", 7, "invalid", ""],
    ["OneOf", "7", "invalid", ""],
    ["OneOfObjects", { kind: "a", a: "x" }, "valid"],
    ["OneOfObjects", { kind: "b", b: 1 }, "valid"],
    ["OneOfObjects", { kind: "a", b: 1 }, "invalid", ""],
    ["OneOfObjects", { kind: "c" }, "invalid", ""],
    ["OneOfOrNull", null, "valid"],
    ["AllOfInOneOf", 100, "valid"],
    ["AllOfInOneOf", "s", "valid"],
    ["AllOfInOneOf", 99, "invalid", ""],
    ["AllOfInOneOf", 100.5, "invalid", ""],
  ],
  $ref: [
    ["Ref", "ab", "valid"],
    ["Ref", "a", "invalid", ""],
    ["RefWithSibling", "abc", "valid"],
    ["RefWithSibling", "a", "invalid", ""],
    ["RefWithSibling", "abcd", "invalid", ""],
    ["RefProperty", { inner: { id: "x" } }, "valid"],
    ["RefProperty", { inner: {} }, "invalid", "/inner/id"],
    ["RefProperty", { inner: null }, "invalid", "/inner"],
    ["Recursive", { v: 1, child: { v: 2, child: {} } }, "valid"],
    ["Recursive", { child: { child: { v: "3" } } }, "invalid", "/child/child/v"],
  ],
  "implied types": [
    ["ImpliedString", "ab", "valid"],
    ["ImpliedString", 5, "valid"],
    ["ImpliedString", null, "valid"],
    ["ImpliedString", "a", "invalid", ""],
    ["ImpliedNumber", 3, "valid"],
    ["ImpliedNumber", "1", "valid"],
    ["ImpliedNumber", 2.9, "invalid", ""],
    ["ImpliedObject", "not an object", "valid"],
    ["ImpliedObject", [1], "valid"],
    ["ImpliedObject", { a: "x" }, "valid"],
    ["ImpliedObject", { a: 1 }, "invalid", "/a"],
    ["ImpliedRequired", [], "valid"],
    ["ImpliedRequired", { a: null }, "valid"],
    ["ImpliedRequired", {}, "invalid", "/a"],
    ["ImpliedArray", { 0: 1 }, "valid"],
    ["ImpliedArray", ["x"], "valid"],
    ["ImpliedArray", ["x", 1], "invalid", "/1"],
    ["ImpliedMaxItems", "ab", "valid"],
    ["ImpliedMaxItems", [1], "valid"],
    ["ImpliedMaxItems", [1, 2], "invalid", ""],
    ["ImpliedFormat", 20240101, "valid"],
    ["ImpliedFormat", "2024-01-01", "valid"],
    ["ImpliedFormat", "2024-01-32", "invalid", ""],
  ],
  nesting: [
    ["Nested", { list: [] }, "valid"],
    ["Nested", { list: [{ tags: ["abc"], meta: { x: [0, 1] } }] }, "valid"],
    ["Nested", { list: [{ tags: [] }, { tags: ["abcd"] }] }, "invalid", "/list/1/tags/0"],
    ["Nested", { list: [{ tags: ["a", "b", "c"] }] }, "invalid", "/list/0/tags"],
    ["Nested", { list: [{}] }, "invalid", "/list/0/tags"],
    ["Nested", { list: [{ tags: [], meta: { "x/y": [0, -1] } }] }, "invalid", "/list/0/meta/x~1y/1"],
    ["Nested", { list: [{ tags: [], meta: { x: 0 } }] }, "invalid", "/list/0/meta/x"],
    ["UnionItems", [{ id: "a" }, "none"], "valid"],
    ["UnionItems", [{ id: "a" }, "some"], "invalid", "/1"],
    ["UnionItems", [{}, { id: 1 }], "invalid", ["/0", "/1"]],
  ],
};

/**
 * Rows the generated validator gets wrong today while Ajv agrees with the table. Each asserts today's wrong
 * verdict, so the fix makes it fail: then move the row into MATRIX.
 */
/**
 * Where the generated format checks and ajv-formats disagree by design (the runtime's checks are regular
 * expressions, documented in templates/runtime/validation.ts). Each asserts both verdicts as they are, so a
 * change on either side is noticed.
 */
const FORMAT_DIVERGENCES: readonly { schema: string; value: string; generated: boolean; ajv: boolean; why: string }[] = [
  { schema: "DateTime", value: "2024-01-01 00:00:00Z", generated: false, ajv: true, why: "RFC 3339 §5.6 grammar needs T; ajv-formats also takes the space its note allows" },
  { schema: "Email", value: "a..b@example.com", generated: true, ajv: false, why: "the pragmatic e-mail check does not look at dots in the local part" },
  { schema: "Email", value: "a@-b.com", generated: true, ajv: false, why: "the pragmatic e-mail check does not check host-name labels" },
  { schema: "Email", value: "a@b_c.com", generated: true, ajv: false, why: "the pragmatic e-mail check does not check host-name labels" },
  { schema: "Uri", value: "a:", generated: true, ajv: false, why: "RFC 3986 allows an empty hier-part; ajv-formats wants something after the colon" },
  { schema: "Uri", value: "http://例え.jp/", generated: true, ajv: false, why: "the URI check lets non-ASCII through (an IRI), RFC 3986 does not" },
];

const escapeToken = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Where Ajv says each of its errors is: the value's pointer, or the named property's for required/additionalProperties. */
function ajvPointers(errors: readonly { instancePath: string; keyword: string; params: Record<string, unknown> }[]): string[] {
  return errors.map((error) => {
    if (error.keyword === "required") return `${error.instancePath}/${escapeToken(String(error.params.missingProperty))}`;
    if (error.keyword === "additionalProperties") return `${error.instancePath}/${escapeToken(String(error.params.additionalProperty))}`;
    return error.instancePath;
  });
}

const doc = parse(readFileSync(FIXTURE, "utf8")) as { components: { schemas: Record<string, unknown> } };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// The whole document, so `#/components/schemas/...` references resolve as they do in the spec.
ajv.addSchema({ ...doc, $id: "https://keywords.test/api" });
const ajvValidator = (name: string) => {
  const validate = ajv.getSchema(`https://keywords.test/api#/components/schemas/${name}`);
  if (!validate) throw new Error(`Ajv cannot compile ${name}`);
  return validate;
};

const generated = useGeneratedPackage(FIXTURE);
/** `validate<TypeName>`: the type name is the component's, unless that shadows a global (Date → DateSchema). */
const validatorNames = () => new Map(generated().pkg.models[0]?.schemas.map((s) => [s.name, s.validatorName]));

const generatedValidator = (name: string): Validator => {
  const exported = validatorNames().get(name) ?? `validate${name}`;
  const fn = generated().ns[exported];
  if (typeof fn !== "function") throw new Error(`the generated keywords namespace exports no ${exported}`);
  return fn as Validator;
};

/** A validator's two halves, each judged on its own: the guard (the fast path) and the plan (what explains a failure). */
async function halves(name: string): Promise<{ guard: (value: unknown) => boolean; plan: PlanRef }> {
  const { pkg } = generated();
  const model = pkg.models[0];
  const schema = model?.schemas.find((s) => s.name === name);
  if (!model || !schema) throw new Error(`the keywords fixture has no schema ${name}`);
  // Plans are exported by the module that declares them, not by the namespace index.
  const declaring = (await import(pathToFileURL(path.join(pkg.dir, "src", model.namespace, `${schema.module}.ts`)).href)) as Record<string, unknown>;
  const guard = declaring[schema.guardName];
  const plan = declaring[schema.planName];
  if (typeof guard !== "function" || typeof plan !== "object" || plan === null) throw new Error(`${schema.module}.ts exports no guard or plan of ${name}`);
  return { guard: guard as (value: unknown) => boolean, plan: plan as PlanRef };
}

const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

describe("keyword matrix: generated validator == Ajv == table", () => {
  for (const [keyword, rows] of Object.entries(MATRIX)) {
    describe(keyword, () => {
      it.each(rows.map((row) => [`${row[0]} ${show(row[1])} is ${row[2]}${row[3] !== undefined ? ` at ${JSON.stringify(row[3])}` : ""}`, row] as const))("%s", async (_name, row) => {
        const [schema, value, verdict, at] = row;
        const generated = generatedValidator(schema)(value);
        const ajvValidate = ajvValidator(schema);
        const ajvOk = ajvValidate(value) as boolean;
        expect({ generated: generated.ok, ajv: ajvOk }).toEqual({ generated: verdict === "valid", ajv: verdict === "valid" });
        if (verdict === "valid") {
          // A valid value comes back as it was, and the plan finds nothing wrong with it either.
          expect(generated).toEqual({ ok: true, value });
          expect(explain((await halves(schema)).plan, value)).toEqual([]);
          return;
        }
        const expected = typeof at === "string" ? [at] : [...(at ?? [])];
        // Neither half leans on the other: the guard alone refuses the value, and the plan alone finds where
        // (were it to find nothing, the validator would still refuse, with one issue at the root).
        const { guard, plan } = await halves(schema);
        expect(guard(value)).toBe(false);
        expect(explain(plan, value).map((issue) => issue.path)).toEqual(expected);
        const issues = generated.ok ? [] : generated.issues;
        expect(issues.map((issue) => issue.path)).toEqual(expected);
        // The validator's own explainer, of only the parts its plan reaches, says all that every part would.
        expect(issues).toEqual(explain(plan, value));
        for (const issue of issues) expect(issue.message.startsWith(`${issue.path || "/"}: expected ${issue.expected}, got `)).toBe(true);
        const fromAjv = ajvPointers(ajvValidate.errors ?? []);
        for (const pointer of expected) expect(fromAjv, `Ajv reports no error at ${JSON.stringify(pointer)}`).toContain(pointer);
      });
    });
  }

  it("names each validator validate<TypeName>, with the type renamed only where it would shadow a global", () => {
    expect(validatorNames().get("Date")).toBe("validateDateSchema");
    expect([...validatorNames()].filter(([name, validator]) => validator !== `validate${name}`)).toEqual([["Date", "validateDateSchema"]]);
  });

  it("covers every component schema of the fixture", () => {
    const used = new Set([...Object.values(MATRIX).flatMap((rows) => rows.map((row) => row[0]))]);
    expect(Object.keys(doc.components.schemas).filter((name) => !used.has(name))).toEqual([]);
  });

  it("has a valid and an invalid value for every schema that can reject anything", () => {
    const verdicts = new Map<string, Set<string>>();
    for (const row of Object.values(MATRIX).flat()) verdicts.set(row[0], (verdicts.get(row[0]) ?? new Set()).add(row[2]));
    const oneSided = [...verdicts].filter(([name, seen]) => name !== "Untyped" && seen.size < 2).map(([name]) => name);
    expect(oneSided).toEqual([]);
  });
});

describe("format checks where the runtime and ajv-formats differ by design", () => {
  it.each(FORMAT_DIVERGENCES.map((d) => [`${d.schema} ${JSON.stringify(d.value)}: ${d.why}`, d] as const))("%s", (_name, d) => {
    expect({ generated: generatedValidator(d.schema)(d.value).ok, ajv: ajvValidator(d.schema)(d.value) }).toEqual({ generated: d.generated, ajv: d.ajv });
  });
});
