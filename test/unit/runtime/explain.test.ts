/**
 * The schema-plan interpreter behind every generated validator's slow path: a plan (the schema as data) and
 * a value in, every issue with its JSON pointer and message out. The generated packages reach it only when
 * their compiled guard refuses a value; here each keyword is exercised on its own, just inside and just
 * outside its bound, so a change to what is reported, where, or in which words is noticed.
 */
import { describe, expect, it, vi } from "vitest";
import {
  describePlan,
  explain,
  explainer,
  extrasMatch,
  hasDuplicates,
  isMultipleOf,
  jsonEqual,
  maxLength,
  minLength,
  numberKeywords,
  objectKeywords,
  own,
  type SchemaPlan,
  stringKeywords,
  unionKeywords,
  uniqueItemsKeyword,
  validator,
} from "../../../templates/runtime/explain.js";
import { issue } from "../../../templates/runtime/validation.js";

const STRING: SchemaPlan = { kind: "string" };
const NUMBER: SchemaPlan = { kind: "number" };
const INTEGER: SchemaPlan = { kind: "integer" };
const BOOLEAN: SchemaPlan = { kind: "boolean" };
const NULL: SchemaPlan = { kind: "null" };

describe("describePlan", () => {
  it("names a plan by its title, its type, or its variants", () => {
    expect(describePlan({ kind: "object", title: "Site" })).toBe("Site");
    expect(describePlan(() => ({ kind: "object", title: "Site" }))).toBe("Site");
    expect(describePlan({ kind: "object" })).toBe("object");
    expect(describePlan({ kind: "any" })).toBe("any value");
    expect(describePlan(STRING)).toBe("string");
    expect(describePlan({ kind: "string", format: "email" })).toBe("email string");
    expect(describePlan({ kind: "anyOf", of: [STRING, NUMBER] })).toBe("string or number");
    expect(describePlan({ kind: "oneOf", of: [STRING, INTEGER] })).toBe("string xor integer");
    expect(describePlan({ kind: "allOf", of: [{ kind: "object", title: "A" }, { kind: "object", title: "B" }] })).toBe("A and B");
    expect(describePlan({ kind: "anyOf" })).toBe("");
    expect(describePlan({ kind: "oneOf" })).toBe("");
    expect(describePlan({ kind: "allOf" })).toBe("");
  });

  it("adds “or null” to a nullable plan, except to null itself", () => {
    expect(describePlan({ kind: "object", title: "Site", nullable: true })).toBe("Site or null");
    expect(describePlan({ kind: "null", nullable: true })).toBe("null");
    expect(describePlan({ kind: "string", nullable: false })).toBe("string");
  });
});

describe("jsonEqual and hasDuplicates", () => {
  it("compares as JSON: same type, same members, key order aside", () => {
    expect(jsonEqual(1, 1)).toBe(true);
    expect(jsonEqual("1", 1)).toBe(false);
    expect(jsonEqual(null, null)).toBe(true);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({}, null)).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual([1, [2, { a: 3 }]], [1, [2, { a: 3 }]])).toBe(true);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false);
    // Same number of keys, different names; an inherited name is not an own key.
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(jsonEqual({ toString: undefined }, {})).toBe(false);
    expect(jsonEqual({ constructor: Object }, { x: Object })).toBe(false);
    // A scalar is never equal to an object, even one without keys.
    expect(jsonEqual(1, {})).toBe(false);
    expect(jsonEqual({}, 1)).toBe(false);
    expect(jsonEqual("", [])).toBe(false);
    // Every item and every member must be equal, not some.
    expect(jsonEqual([1, 2], [1, 3])).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
  });

  it("finds two equal items wherever they are", () => {
    expect(hasDuplicates([])).toBe(false);
    expect(hasDuplicates([1])).toBe(false);
    expect(hasDuplicates([1, 2, 3])).toBe(false);
    expect(hasDuplicates([1, 2, 1])).toBe(true);
    expect(hasDuplicates([1, 2, 3, 3])).toBe(true);
    expect(hasDuplicates([{ a: 1, b: 2 }, { b: 2, a: 1 }])).toBe(true);
    expect(hasDuplicates([1, "1"])).toBe(false);
  });
});

describe("number and length helpers", () => {
  it("isMultipleOf decides on a whole quotient", () => {
    expect(isMultipleOf(10, 5)).toBe(true);
    expect(isMultipleOf(11, 5)).toBe(false);
    expect(isMultipleOf(0.75, 0.25)).toBe(true);
    expect(isMultipleOf(-6, 3)).toBe(true);
    expect(isMultipleOf(7.5, 2)).toBe(false);
  });

  it("minLength and maxLength count code points", () => {
    expect(minLength("ab", 2)).toBe(true);
    expect(minLength("a", 2)).toBe(false);
    // Two UTF-16 units, one code point.
    expect(minLength("😀", 2)).toBe(false);
    expect(minLength("😀😀", 2)).toBe(true);
    expect(minLength("😀a", 2)).toBe(true);
    expect(maxLength("ab", 2)).toBe(true);
    expect(maxLength("abc", 2)).toBe(false);
    expect(maxLength("😀", 1)).toBe(true);
    expect(maxLength("😀😀", 1)).toBe(false);
  });

  it("own reads own properties only", () => {
    expect(own({ a: 1 }, "a")).toBe(1);
    expect(own({}, "toString")).toBeUndefined();
    expect(own({}, "constructor")).toBeUndefined();
    expect(own(JSON.parse('{"__proto__": 5}') as Record<string, unknown>, "__proto__")).toBe(5);
  });
});

describe("explain: types", () => {
  it("accepts each type's values and names the type of a wrong one", () => {
    expect(explain(STRING, "x")).toEqual([]);
    expect(explain(STRING, 1)).toEqual([issue("", "string", 1)]);
    expect(explain(NUMBER, 1.5)).toEqual([]);
    expect(explain(NUMBER, "1")).toEqual([issue("", "number", "1")]);
    expect(explain(NUMBER, Infinity)).toEqual([issue("", "number", Infinity)]);
    expect(explain(INTEGER, 3)).toEqual([]);
    expect(explain(INTEGER, 3.5)).toEqual([issue("", "integer", 3.5)]);
    expect(explain(INTEGER, "3")).toEqual([issue("", "integer", "3")]);
    expect(explain(BOOLEAN, false)).toEqual([]);
    expect(explain(BOOLEAN, 0)).toEqual([issue("", "boolean", 0)]);
    expect(explain(NULL, null)).toEqual([]);
    expect(explain(NULL, 0)).toEqual([issue("", "null", 0)]);
    expect(explain({ kind: "array" }, [])).toEqual([]);
    expect(explain({ kind: "array" }, {})).toEqual([issue("", "array", {})]);
    expect(explain({ kind: "object" }, {})).toEqual([]);
    expect(explain({ kind: "object" }, [])).toEqual([issue("", "object", [])]);
    expect(explain({ kind: "object" }, null)).toEqual([issue("", "object", null)]);
    expect(explain({ kind: "any" }, Symbol.iterator)).toEqual([]);
  });

  it("lets null through a nullable plan only", () => {
    expect(explain({ kind: "string", nullable: true }, null)).toEqual([]);
    expect(explain({ kind: "string", nullable: true }, 1)).toEqual([issue("", "string", 1)]);
    expect(explain({ kind: "string" }, null)).toEqual([issue("", "string", null)]);
  });

  it("an implied type only scopes its keywords: other types pass", () => {
    const plan: SchemaPlan = { kind: "string", implied: true, minLength: 2 };
    expect(explain(plan, 5)).toEqual([]);
    expect(explain(plan, "a")).toEqual([issue("", "string of at least 2 characters", "a")]);
  });

  it("resolves a plan given as a getter, and puts issues below the path given", () => {
    expect(explain(() => STRING, 1, "/a")).toEqual([issue("/a", "string", 1)]);
  });
});

describe("explain: enum and not", () => {
  it("names the allowed values, at most eight of them", () => {
    expect(explain({ kind: "string", enum: ["a", "b"] }, "a")).toEqual([]);
    expect(explain({ kind: "string", enum: ["a", "b"] }, "c")).toEqual([issue("", 'one of "a", "b"', "c")]);
    const many = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    expect(explain({ kind: "string", enum: many }, "z")).toEqual([
      issue("", 'one of "a", "b", "c", "d", "e", "f", "g", "h", … (9 values)', "z"),
    ]);
    expect(explain({ kind: "string", enum: many.slice(0, 8) }, "z")).toEqual([
      issue("", 'one of "a", "b", "c", "d", "e", "f", "g", "h"', "z"),
    ]);
    expect(explain({ kind: "any", enum: [1, true] }, false)).toEqual([issue("", "one of 1, true", false)]);
  });

  it("reports the enum only for a value of the right type", () => {
    expect(explain({ kind: "string", enum: ["a"] }, 1)).toEqual([issue("", "string", 1)]);
  });

  it("refuses a value the `not` plan matches", () => {
    const plan: SchemaPlan = { kind: "any", not: STRING };
    expect(explain(plan, 1)).toEqual([]);
    expect(explain(plan, "x")).toEqual([issue("", "not string", "x")]);
  });
});

describe("explain: strings", () => {
  it("checks each format", async () => {
    // Loaded afresh here, so a mutation run ties the module's table of format checks to this test.
    vi.resetModules();
    const { explain } = await import("../../../templates/runtime/explain.js");
    expect(explain({ kind: "string", format: "date-time" }, "2024-02-29T12:00:00Z")).toEqual([]);
    expect(explain({ kind: "string", format: "date-time" }, "2024-02-30T12:00:00Z")).toEqual([
      issue("", "date-time string", "2024-02-30T12:00:00Z"),
    ]);
    expect(explain({ kind: "string", format: "date" }, "2024-02-29")).toEqual([]);
    expect(explain({ kind: "string", format: "date" }, "2023-02-29")).toEqual([issue("", "date string", "2023-02-29")]);
    expect(explain({ kind: "string", format: "uri" }, "https://webflow.com/x")).toEqual([]);
    expect(explain({ kind: "string", format: "uri" }, "no scheme")).toEqual([issue("", "uri string", "no scheme")]);
    expect(explain({ kind: "string", format: "email" }, "a@b.co")).toEqual([]);
    expect(explain({ kind: "string", format: "email" }, "a@b")).toEqual([issue("", "email string", "a@b")]);
  });

  it("checks the pattern, quoting its source", () => {
    const plan: SchemaPlan = { kind: "string", pattern: /^[a-f0-9]{4}$/ };
    expect(explain(plan, "ab12")).toEqual([]);
    expect(explain(plan, "ab1")).toEqual([issue("", "string matching /^[a-f0-9]{4}$/", "ab1")]);
  });

  it("checks lengths at their bounds, in code points", () => {
    const plan: SchemaPlan = { kind: "string", minLength: 2, maxLength: 3 };
    expect(explain(plan, "ab")).toEqual([]);
    expect(explain(plan, "abc")).toEqual([]);
    expect(explain(plan, "a")).toEqual([issue("", "string of at least 2 characters", "a")]);
    expect(explain(plan, "abcd")).toEqual([issue("", "string of at most 3 characters", "abcd")]);
    expect(explain(plan, "😀😀😀")).toEqual([]);
  });
});

describe("explain: numbers", () => {
  it("checks each bound just inside and just outside", () => {
    const inclusive: SchemaPlan = { kind: "integer", minimum: 1, maximum: 10 };
    expect(explain(inclusive, 1)).toEqual([]);
    expect(explain(inclusive, 10)).toEqual([]);
    expect(explain(inclusive, 0)).toEqual([issue("", "integer >= 1", 0)]);
    expect(explain(inclusive, 11)).toEqual([issue("", "integer <= 10", 11)]);
    const exclusive: SchemaPlan = { kind: "number", exclusiveMinimum: 1, exclusiveMaximum: 10 };
    expect(explain(exclusive, 1.5)).toEqual([]);
    expect(explain(exclusive, 9.5)).toEqual([]);
    expect(explain(exclusive, 1)).toEqual([issue("", "number > 1", 1)]);
    expect(explain(exclusive, 10)).toEqual([issue("", "number < 10", 10)]);
  });

  it("checks multipleOf", () => {
    const plan: SchemaPlan = { kind: "number", multipleOf: 0.5 };
    expect(explain(plan, 2.5)).toEqual([]);
    expect(explain(plan, 2.2)).toEqual([issue("", "number multiple of 0.5", 2.2)]);
  });

  it("reports every bound a value breaks", () => {
    expect(explain({ kind: "integer", minimum: 5, multipleOf: 2 }, 3)).toEqual([
      issue("", "integer >= 5", 3),
      issue("", "integer multiple of 2", 3),
    ]);
  });
});

describe("explain: arrays", () => {
  it("checks the item count at its bounds", () => {
    const plan: SchemaPlan = { kind: "array", minItems: 1, maxItems: 2 };
    expect(explain(plan, [1])).toEqual([]);
    expect(explain(plan, [1, 2])).toEqual([]);
    expect(explain(plan, [])).toEqual([issue("", "array of at least 1 items", [])]);
    expect(explain(plan, [1, 2, 3])).toEqual([issue("", "array of at most 2 items", [1, 2, 3])]);
  });

  it("checks uniqueness only when asked", () => {
    expect(explain({ kind: "array", uniqueItems: true }, [1, 1])).toEqual([issue("", "array of unique items", [1, 1])]);
    expect(explain({ kind: "array", uniqueItems: true }, [1, 2])).toEqual([]);
    expect(explain({ kind: "array", uniqueItems: false }, [1, 1])).toEqual([]);
  });

  it("checks each item against its prefix plan, then the items plan, at its index", () => {
    const plan: SchemaPlan = { kind: "array", prefixItems: [STRING, NUMBER], items: BOOLEAN };
    expect(explain(plan, ["a", 1, true, false])).toEqual([]);
    expect(explain(plan, [1, "a", true, 0])).toEqual([
      issue("/0", "string", 1),
      issue("/1", "number", "a"),
      issue("/3", "boolean", 0),
    ]);
    expect(explain({ kind: "array", prefixItems: [STRING] }, ["a", 5])).toEqual([]);
    expect(explain({ kind: "array" }, [1, "a"])).toEqual([]);
  });
});

describe("explain: objects", () => {
  it("reports a missing or undefined required property at its own path", () => {
    const plan: SchemaPlan = { kind: "object", required: ["id", "name"], properties: { id: STRING, name: STRING } };
    expect(explain(plan, { id: "a", name: "b" })).toEqual([]);
    expect(explain(plan, { id: "a", name: undefined })).toEqual([issue("/name", "required property", undefined)]);
    expect(explain(plan, {})).toEqual([
      issue("/id", "required property", undefined),
      issue("/name", "required property", undefined),
    ]);
    // An inherited name is not a property of the payload.
    expect(explain({ kind: "object", required: ["toString"] }, {})).toEqual([issue("/toString", "required property", undefined)]);
  });

  it("checks the property count at its bounds", () => {
    const plan: SchemaPlan = { kind: "object", minProperties: 1, maxProperties: 2 };
    expect(explain(plan, { a: 1 })).toEqual([]);
    expect(explain(plan, { a: 1, b: 2 })).toEqual([]);
    expect(explain(plan, {})).toEqual([issue("", "object with at least 1 properties", {})]);
    expect(explain(plan, { a: 1, b: 2, c: 3 })).toEqual([issue("", "object with at most 2 properties", { a: 1, b: 2, c: 3 })]);
  });

  it("checks known properties at their pointer, escaped, and skips undefined ones", () => {
    const plan: SchemaPlan = { kind: "object", properties: { "a/b": STRING, n: NUMBER } };
    expect(explain(plan, { "a/b": 1, n: undefined }, "/x")).toEqual([issue("/x/a~1b", "string", 1)]);
    expect(explain({ kind: "object", additionalProperties: false }, { gone: undefined })).toEqual([]);
  });

  it("checks pattern properties, every pattern a key matches", () => {
    const plan: SchemaPlan = {
      kind: "object",
      patternProperties: [
        [/^x-/, STRING],
        [/-id$/, { kind: "string", minLength: 3 }],
      ],
      additionalProperties: false,
    };
    expect(explain(plan, { "x-a": "v", "x-id": "abc" })).toEqual([]);
    expect(explain(plan, { "x-id": 5 })).toEqual([issue("/x-id", "string", 5), issue("/x-id", "string", 5)]);
    expect(explain(plan, { "x-id": "ab" })).toEqual([issue("/x-id", "string of at least 3 characters", "ab")]);
    expect(explain(plan, { other: 1 })).toEqual([issue("/other", "no additional properties", 1)]);
  });

  it("checks additional properties against their plan, or refuses them, or lets them be", () => {
    const known = { id: STRING };
    expect(explain({ kind: "object", properties: known, additionalProperties: NUMBER }, { id: "a", n: 1, m: "x" })).toEqual([
      issue("/m", "number", "x"),
    ]);
    expect(explain({ kind: "object", properties: known, additionalProperties: false }, { id: "a", m: "x" })).toEqual([
      issue("/m", "no additional properties", "x"),
    ]);
    expect(explain({ kind: "object", properties: known }, { id: "a", m: "x" })).toEqual([]);
    // A property the plan knows is not an additional one, even where it matches.
    expect(explain({ kind: "object", properties: known, additionalProperties: false }, { id: "a" })).toEqual([]);
    // An inherited name is not a known property.
    expect(explain({ kind: "object", properties: known, additionalProperties: false }, JSON.parse('{"constructor": 1}'))).toEqual([
      issue("/constructor", "no additional properties", 1),
    ]);
  });

  it("reports every issue of a nested value with its full pointer", () => {
    const site: SchemaPlan = {
      kind: "object",
      title: "Site",
      required: ["id"],
      properties: { id: STRING, domains: { kind: "array", items: { kind: "object", properties: { url: { kind: "string", format: "uri" } } } } },
    };
    expect(explain({ kind: "array", items: () => site }, [{ id: "a" }, { domains: [{ url: "x" }] }])).toEqual([
      issue("/1/id", "required property", undefined),
      issue("/1/domains/0/url", "uri string", "x"),
    ]);
  });
});

describe("explain: combinators", () => {
  it("allOf reports what each member finds", () => {
    const plan: SchemaPlan = {
      kind: "allOf",
      of: [
        { kind: "object", required: ["a"] },
        { kind: "object", required: ["b"] },
      ],
    };
    expect(explain(plan, { a: 1, b: 2 })).toEqual([]);
    expect(explain(plan, {})).toEqual([issue("/a", "required property", undefined), issue("/b", "required property", undefined)]);
    expect(explain({ kind: "allOf" }, 1)).toEqual([]);
  });

  it("anyOf passes when one variant matches and names the types when all refuse the type", () => {
    const plan: SchemaPlan = { kind: "anyOf", of: [STRING, NUMBER] };
    expect(explain(plan, "a")).toEqual([]);
    expect(explain(plan, 1)).toEqual([]);
    expect(explain(plan, true)).toEqual([issue("", "string or number", true)]);
    expect(explain(plan, true, "/v")).toEqual([issue("/v", "string or number", true)]);
  });

  it("anyOf passes when several variants match", () => {
    expect(explain({ kind: "anyOf", of: [NUMBER, INTEGER] }, 2)).toEqual([]);
  });

  it("anyOf names the fields each variant wanted when a variant looked inside", () => {
    const plan: SchemaPlan = {
      kind: "anyOf",
      of: [
        { kind: "object", required: ["customDomains"] },
        { kind: "object", required: ["publishToWebflowSubdomain"] },
      ],
    };
    expect(explain(plan, {})).toEqual([issue("", "customDomains (required) or publishToWebflowSubdomain (required)", {})]);
    // One variant with two issues at the union's own path is not a type-only refusal.
    const twoAtRoot: SchemaPlan = { kind: "anyOf", of: [{ kind: "integer", minimum: 5, multipleOf: 2 }, STRING] };
    expect(explain(twoAtRoot, 3)).toEqual([issue("", "integer >= 5 and integer multiple of 2 or string", 3)]);
  });

  it("oneOf passes on exactly one match and says how many matched otherwise", () => {
    const plan: SchemaPlan = { kind: "oneOf", of: [NUMBER, INTEGER] };
    expect(explain(plan, 1.5)).toEqual([]);
    expect(explain(plan, 2)).toEqual([issue("", "exactly one of any value (2 matched)", 2)]);
    expect(explain(plan, "x")).toEqual([issue("", "exactly one of: number xor integer", "x")]);
    expect(explain({ kind: "oneOf" }, 1)).toEqual([issue("", "exactly one of: ", 1)]);
    expect(explain({ kind: "anyOf" }, 1)).toEqual([issue("", "", 1)]);
  });

  it("a discriminator explains the value by the variant it names alone", () => {
    const published: SchemaPlan = { kind: "object", required: ["triggerType", "site"], properties: { site: STRING } };
    const form: SchemaPlan = { kind: "object", required: ["triggerType", "form"], properties: { form: STRING } };
    const plan: SchemaPlan = {
      kind: "oneOf",
      of: [published, form],
      discriminator: { property: "triggerType", mapping: { site_publish: published, form_submission: () => form } },
    };
    expect(explain(plan, { triggerType: "site_publish", site: "s" })).toEqual([]);
    expect(explain(plan, { triggerType: "site_publish" })).toEqual([issue("/site", "required property", undefined)]);
    expect(explain(plan, { triggerType: "form_submission", form: 1 })).toEqual([issue("/form", "string", 1)]);
    // A value naming no variant (or not by a string, or by an inherited name) is explained as the union.
    const union = issue("", "triggerType (required) and site (required) or triggerType (required) and form (required)", {});
    expect(explain(plan, {})).toEqual([union]);
    expect(explain(plan, { triggerType: "toString" })).toEqual([
      issue("", "site (required) or form (required)", { triggerType: "toString" }),
    ]);
    expect(explain(plan, { triggerType: 5 })).toEqual([issue("", "site (required) or form (required)", { triggerType: 5 })]);
    const byNumber: SchemaPlan = { kind: "anyOf", of: [published], discriminator: { property: "triggerType", mapping: { "5": published } } };
    expect(explain(byNumber, { triggerType: 5, site: 1 })).toEqual([issue("", "site: string", { triggerType: 5, site: 1 })]);
    expect(explain(plan, "site_publish")).toEqual([issue("", "exactly one of: object xor object", "site_publish")]);
  });
});

describe("an explainer of some parts", () => {
  const plan: SchemaPlan = {
    kind: "object",
    properties: {
      name: { kind: "string", minLength: 3, format: "email" },
      count: { kind: "integer", minimum: 1 },
      either: { kind: "anyOf", of: [{ kind: "string" }, { kind: "boolean" }] },
      tag: { kind: "string", enum: ["a", "b"] },
    },
    required: ["name"],
  };
  const value = { name: "ab", count: 0, either: 1, tag: "c" };

  it("checks the types always, and only the keywords of the parts it has", () => {
    expect(explainer({})(plan, "x")).toEqual([issue("", "object", "x")]);
    // Without the object part, nothing inside the object is walked.
    expect(explainer({})(plan, value)).toEqual([]);
    // The object part walks the properties, whose types are right: their own keywords need parts too.
    expect(explainer({ object: objectKeywords })(plan, value)).toEqual([]);
    expect(explainer({ object: objectKeywords })(plan, { count: "1" })).toEqual([issue("/name", "required property", undefined), issue("/count", "integer", "1")]);
    expect(explainer({ object: objectKeywords, string: stringKeywords, number: numberKeywords })(plan, value)).toEqual([
      issue("/name", "string of at least 3 characters", "ab"),
      issue("/count", "integer >= 1", 0),
    ]);
    expect(explainer({ object: objectKeywords, string: stringKeywords, formats: { email: () => false } })(plan, value)).toEqual([
      issue("/name", "email string", "ab"),
      issue("/name", "string of at least 3 characters", "ab"),
    ]);
    expect(explainer({ object: objectKeywords, union: unionKeywords })(plan, value)).toEqual([issue("/either", "string or boolean", 1)]);
  });

  it("explains as every part does when it has them all", () => {
    expect(explain(plan, value)).toEqual([
      issue("/name", "email string", "ab"),
      issue("/name", "string of at least 3 characters", "ab"),
      issue("/count", "integer >= 1", 0),
      issue("/either", "string or boolean", 1),
      issue("/tag", 'one of "a", "b"', "c"),
    ]);
  });

  it("runs uniqueItems after the bounds and before the items, or alone without the array part", () => {
    const unique: SchemaPlan = { kind: "array", minItems: 3, uniqueItems: true, items: STRING };
    expect(explain(unique, [1, 1])).toEqual([
      issue("", "array of at least 3 items", [1, 1]),
      issue("", "array of unique items", [1, 1]),
      issue("/0", "string", 1),
      issue("/1", "string", 1),
    ]);
    expect(explainer({ uniqueItems: uniqueItemsKeyword })(unique, [1, 1])).toEqual([issue("", "array of unique items", [1, 1])]);
  });
});

describe("validator", () => {
  const isString = (value: unknown): value is string => typeof value === "string";

  it("returns the value when the guard accepts it, without explaining", () => {
    const plan = () => {
      throw new Error("the plan is read only for a refused value");
    };
    expect(validator(isString, plan, explain)("a")).toEqual({ ok: true, value: "a" });
  });

  it("returns the plan's issues when the guard refuses", () => {
    expect(validator(isString, { kind: "string", title: "Name" }, explain)(1)).toEqual({ ok: false, issues: [issue("", "string", 1)] });
  });

  it("still refuses, with one issue, when the plan finds nothing wrong", () => {
    const never = (value: unknown): value is string => value === Symbol.iterator;
    expect(validator(never, { kind: "string", title: "Name" }, explain)("a")).toEqual({ ok: false, issues: [issue("", "Name", "a")] });
  });
});

describe("extrasMatch", () => {
  const isString = (value: unknown) => typeof value === "string";
  const isNumber = (value: unknown) => typeof value === "number";

  it("checks pattern-matched properties against every matching guard", () => {
    const patterns = [
      [/^x-/, isString],
      [/-n$/, isNumber],
    ] as const;
    expect(extrasMatch({ "x-a": "v" }, new Set(), patterns, false)).toBe(true);
    expect(extrasMatch({ "x-a": 1 }, new Set(), patterns, true)).toBe(false);
    expect(extrasMatch({ "x-n": "v" }, new Set(), patterns, true)).toBe(false);
    expect(extrasMatch({ "b-n": 1 }, new Set(), patterns, false)).toBe(true);
  });

  it("lets known properties and undefined values be, and applies `additional` to the rest", () => {
    expect(extrasMatch({ id: 1 }, new Set(["id"]), [], false)).toBe(true);
    expect(extrasMatch({ other: undefined }, new Set(), [], false)).toBe(true);
    expect(extrasMatch({ other: 1 }, new Set(), [], false)).toBe(false);
    expect(extrasMatch({ other: 1 }, new Set(), [], true)).toBe(true);
    expect(extrasMatch({ other: 1 }, new Set(), [], isNumber)).toBe(true);
    expect(extrasMatch({ other: "1" }, new Set(), [], isNumber)).toBe(false);
    expect(extrasMatch({ a: 1, b: "x" }, new Set(), [], isNumber)).toBe(false);
  });
});
