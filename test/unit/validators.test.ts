import { describe, expect, it } from "vitest";
// The namespace entry points, not one of their files: the package layout may change, the exports stay.
import * as v1 from "../../generated/src/v1/index.js";
import * as v2 from "../../generated/src/v2/index.js";
import { pascalCase, typeName } from "../../generator/model/names.js";
import type { ValidationResult } from "../../generated/src/runtime/validation.js";
import { dereferencedSpec, specOperations } from "../support/spec.js";

type Validator = (value: unknown) => ValidationResult<unknown>;
type Schema = Record<string, any>;

const modules: Record<string, Record<string, unknown>> = { v1, v2 };
const SPECS = [
  ["v1", "spec/webflow-v1.yaml"],
  ["v2", "spec/webflow-v2.yaml"],
] as const;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const escapeToken = (key: string | number) => String(key).replace(/~/g, "~0").replace(/\//g, "~1");

function validator(ns: string, name: string): Validator {
  const fn = modules[ns]?.[name];
  if (typeof fn !== "function") throw new Error(`generated/src/${ns}/index.ts exports no ${name}`);
  return fn as Validator;
}

function typesOf(schema: Schema): string[] {
  const type = schema.type;
  return Array.isArray(type) ? type : type ? [type] : [];
}

/** A value of the wrong JSON type for a schema of `types`. */
function wrongTypeFor(types: string[]): unknown {
  if (types.includes("string")) return 12345;
  if (types.includes("object")) return "not an object";
  if (types.includes("array")) return { not: "an array" };
  return "not a number or boolean";
}

interface Mutation {
  description: string;
  value: unknown;
  /** The pointer an issue must name, or undefined when the mutation must be accepted. */
  expectIssueAt?: string;
}

/** Values just outside each bound, length, item count, format and pattern of `node` that `value` has a type for. */
function outOfBounds(node: Schema, value: unknown): { description: string; value: unknown }[] {
  const out: { description: string; value: unknown }[] = [];
  const integer = typesOf(node).includes("integer");
  if (typeof value === "number") {
    if (typeof node.minimum === "number") out.push({ description: `below minimum ${node.minimum}`, value: node.minimum - (integer ? 1 : 0.001) });
    if (typeof node.maximum === "number") out.push({ description: `above maximum ${node.maximum}`, value: node.maximum + (integer ? 1 : 0.001) });
    if (typeof node.exclusiveMinimum === "number") out.push({ description: `at exclusiveMinimum ${node.exclusiveMinimum}`, value: node.exclusiveMinimum });
    if (typeof node.exclusiveMaximum === "number") out.push({ description: `at exclusiveMaximum ${node.exclusiveMaximum}`, value: node.exclusiveMaximum });
  }
  if (typeof value === "string") {
    if (typeof node.minLength === "number" && node.minLength > 0) out.push({ description: `shorter than ${node.minLength}`, value: Array.from(value).slice(0, node.minLength - 1).join("") });
    if (typeof node.maxLength === "number") out.push({ description: `longer than ${node.maxLength}`, value: value.padEnd(node.maxLength + 1, "x") });
    if (typeof node.format === "string" && ["date-time", "date", "uri", "email"].includes(node.format)) out.push({ description: `not a ${node.format}`, value: `not a ${node.format}` });
    if (typeof node.pattern === "string" && !new RegExp(node.pattern, "u").test("\u0000")) out.push({ description: `not matching ${node.pattern}`, value: "\u0000" });
  }
  if (Array.isArray(value)) {
    if (typeof node.minItems === "number" && node.minItems > 0) out.push({ description: `fewer than ${node.minItems} items`, value: value.slice(0, node.minItems - 1) });
    if (typeof node.maxItems === "number" && value.length > 0) out.push({ description: `more than ${node.maxItems} items`, value: Array.from({ length: node.maxItems + 1 }, (_, i) => value[i % value.length]) });
  }
  return out;
}

/**
 * Every single-point corruption of `example` the schema forbids (missing required property, wrong type, bad
 * enum value, null where not nullable, a value just outside a bound, length, item count, format or
 * pattern), plus null where it is allowed, at every depth the example reaches — through allOf members too,
 * since each of them applies. (A oneOf/anyOf subtree is left alone: which variant a corruption breaks is
 * the keyword matrix's business, test/unit/validator-keywords.test.ts.)
 */
function mutations(schema: Schema, example: unknown): Mutation[] {
  const out: Mutation[] = [];
  const visit = (node: Schema, value: unknown, pointer: string, set: (root: unknown, v: unknown) => unknown) => {
    if (Array.isArray(node.allOf)) for (const member of node.allOf as Schema[]) visit(member, value, pointer, set);
    if (node.oneOf || node.anyOf || node.allOf) return;
    for (const corruption of outOfBounds(node, value)) out.push({ description: `${corruption.description} at ${pointer || "/"}`, value: set(example, corruption.value), expectIssueAt: pointer });
    const types = typesOf(node);
    if (pointer !== "" && types.length > 0) {
      out.push({ description: `wrong type at ${pointer}`, value: set(example, wrongTypeFor(types)), expectIssueAt: pointer });
      if (types.includes("null")) out.push({ description: `null allowed at ${pointer}`, value: set(example, null) });
      else out.push({ description: `null at ${pointer}`, value: set(example, null), expectIssueAt: pointer });
    }
    if (pointer !== "" && Array.isArray(node.enum)) out.push({ description: `bad enum at ${pointer}`, value: set(example, "definitely-not-a-member"), expectIssueAt: pointer });
    if (value && typeof value === "object" && !Array.isArray(value) && node.properties) {
      for (const key of node.required ?? []) {
        if (!(key in value)) continue;
        out.push({
          description: `missing required ${pointer}/${key}`,
          value: set(example, (() => {
            const copy = clone(value) as Record<string, unknown>;
            delete copy[key];
            return copy;
          })()),
          expectIssueAt: `${pointer}/${escapeToken(key)}`,
        });
      }
      for (const [key, child] of Object.entries<Schema>(node.properties)) {
        if (!(key in value)) continue;
        visit(child, (value as Record<string, unknown>)[key], `${pointer}/${escapeToken(key)}`, (root, v) => set(root, { ...(clone(value) as object), [key]: v }));
      }
    }
    if (Array.isArray(value) && value.length > 0 && node.items) {
      visit(node.items, value[0], `${pointer}/0`, (root, v) => set(root, [v, ...clone(value).slice(1)]));
    }
  };
  visit(schema, example, "", (_root, v) => v);
  return out;
}

function failures(validate: Validator, examples: unknown[], schema: Schema): string[] {
  const problems: string[] = [];
  for (const [i, example] of examples.entries()) {
    const result = validate(example);
    if (!result.ok) problems.push(`example ${i} rejected: ${result.issues.map((x) => x.message).join("; ")}`);
    for (const mutation of mutations(schema, example)) {
      const mutated = validate(mutation.value);
      if (mutation.expectIssueAt === undefined) {
        if (!mutated.ok) problems.push(`example ${i}, ${mutation.description}: rejected: ${mutated.issues.map((x) => x.message).join("; ")}`);
      } else if (mutated.ok) {
        problems.push(`example ${i}, ${mutation.description}: accepted`);
      } else if (!mutated.issues.some((issue) => issue.path === mutation.expectIssueAt)) {
        problems.push(`example ${i}, ${mutation.description}: issues at ${mutated.issues.map((x) => x.path).join(", ")}`);
      }
    }
  }
  return problems;
}

for (const [ns, file] of SPECS) {
  describe(`${ns} validators`, async () => {
    const doc = await dereferencedSpec(file);

    for (const [name, schema] of Object.entries<Schema>(doc.components.schemas)) {
      it(`validate${typeName(name)} accepts the spec's examples and rejects their corruptions`, () => {
        const examples: unknown[] = schema.examples ?? [];
        expect(examples.length, `${name} has no examples in the spec`).toBeGreaterThan(0);
        expect(failures(validator(ns, `validate${typeName(name)}`), examples, schema)).toEqual([]);
      });
    }

    for (const op of specOperations(doc)) {
      const [status, response] = Object.entries<Schema>(op.operation.responses).find(([s]) => s.startsWith("2")) ?? [];
      const media = response?.content?.["application/json"];
      if (!media) continue;
      it(`validate${pascalCase(op.id)}Result accepts the ${status} example of ${op.id} and rejects its corruptions`, () => {
        expect(media.example, `${op.id} has no example`).toBeDefined();
        expect(failures(validator(ns, `validate${pascalCase(op.id)}Result`), [media.example], media.schema)).toEqual([]);
      });
    }
  });
}

describe("validator results", () => {
  it("reports every problem with its JSON pointer and what was expected", () => {
    const result = v2.validateCommentThreadList({ comments: [{ id: "x" }], pagination: { limit: "10", offset: 0, total: 1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = new Map(result.issues.map((i) => [i.path, i.expected]));
    expect(byPath.get("/comments/0/id")).toMatch(/\^\[0-9a-f\]\{24\}\$/);
    expect(byPath.get("/comments/0/siteId")).toBe("required property");
    expect(byPath.get("/pagination/limit")).toBe("integer");
  });

  it("returns the same value, typed, when it is valid", () => {
    const domain = { id: "589a331aa51e760df7ccb89d", url: "test-api-domain.com", lastPublished: null };
    const result = v2.validateDomain(domain);
    expect(result).toEqual({ ok: true, value: domain });
  });

  it("checks formats: date-time, uri and email", () => {
    const user = v2.validateAuthorizedUser({ id: "5f0c901c1a3e1d16f8b2e3a1", email: "not-an-email", firstName: "A", lastName: "B" });
    expect(user.ok ? [] : user.issues.map((i) => [i.path, i.expected])).toEqual([["/email", "email string"]]);
    const domain = v2.validateDomain({ id: "589a331aa51e760df7ccb89d", lastPublished: "2024-02-30T00:00:00Z" });
    expect(domain.ok ? [] : domain.issues.map((i) => i.path)).toEqual(["/lastPublished"]);
    const app = { id: "55131cd036c09f7d07883dfc", description: "d", homepage: "https://example.com/app", displayName: "App" };
    expect(v2.validateApplication(app).ok).toBe(true);
    const noScheme = v2.validateApplication({ ...app, homepage: "example.com/app" });
    expect(noScheme.ok ? [] : noScheme.issues.map((i) => [i.path, i.expected])).toEqual([["/homepage", "uri string"]]);
  });

  it("checks numeric bounds", () => {
    expect(v2.validatePagination({ limit: 100, offset: 0, total: 0 }).ok).toBe(true);
    const outside = v2.validatePagination({ limit: 101, offset: -1, total: 0 });
    expect(outside.ok ? [] : outside.issues.map((i) => [i.path, i.expected])).toEqual([
      ["/limit", "integer <= 100"],
      ["/offset", "integer >= 0"],
    ]);
  });

  it("checks oneOf/anyOf combinations and a body that must name at least one field", () => {
    const error = v2.validateErrorSchema({ code: "brand_new_code", message: "m", externalReference: null, details: ["text", { param: "x", description: "y" }, 5] });
    expect(error.ok ? [] : error.issues.map((i) => i.path)).toEqual(["/details/2"]);
    const publish = v2.validatePublishSiteRequest({});
    expect(publish.ok).toBe(false);
  });
});
