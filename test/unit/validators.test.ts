import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import * as v1 from "../../generated/src/v1/index.js";
import * as v2 from "../../generated/src/v2/index.js";
import type { ValidationResult } from "../../generated/src/index.js";
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
  if (typeof fn !== "function") throw new Error(`the package's ${ns} namespace exports no ${name}`);
  return fn as Validator;
}

/** The validator of component schema `name`: validate<Name>, or validate<Name>Schema where Name is a JavaScript global (`Error`). */
const schemaValidator = (name: string) => (name in globalThis ? `validate${name}Schema` : `validate${name}`);
/** validate<OperationId>Result / validate<OperationId>Body. */
const operationValidator = (id: string, role: "Result" | "Body") => `validate${id[0]!.toUpperCase()}${id.slice(1)}${role}`;
const pascal = (text: string) => text.split(/[^A-Za-z0-9]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");

// Ajv ships CommonJS: under NodeNext its default export arrives as the `module.exports` object.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

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

type Media = { schema: Schema; example?: unknown; examples?: Record<string, { value: unknown }> } | undefined;
const json = (node: Schema | undefined): Media => node?.content?.["application/json"];

for (const [ns, file] of SPECS) {
  describe(`${ns} validators`, async () => {
    const doc = await dereferencedSpec(file);
    const operations = specOperations(doc);

    for (const [name, schema] of Object.entries<Schema>(doc.components.schemas)) {
      it(`${schemaValidator(name)} accepts the spec's examples and rejects their corruptions`, () => {
        const examples: unknown[] = schema.examples ?? [];
        expect(examples.length, `${name} has no examples in the spec`).toBeGreaterThan(0);
        expect(failures(validator(ns, schemaValidator(name)), examples, schema)).toEqual([]);
      });
    }

    for (const op of operations) {
      const [status, response] = Object.entries<Schema>(op.operation.responses).find(([s]) => s.startsWith("2")) ?? [];
      const media = json(response);
      if (media) {
        it(`${operationValidator(op.id, "Result")} accepts the ${status} example of ${op.id} and rejects its corruptions`, () => {
          expect(media.example, `${op.id} has no example`).toBeDefined();
          expect(failures(validator(ns, operationValidator(op.id, "Result")), [media.example], media.schema)).toEqual([]);
        });
      }
      const body = json(op.operation.requestBody);
      if (body) {
        it(`${operationValidator(op.id, "Body")} accepts the request body example of ${op.id} and rejects its corruptions`, () => {
          expect(body.example, `${op.id} has no request body example`).toBeDefined();
          expect(failures(validator(ns, operationValidator(op.id, "Body")), [body.example], body.schema)).toEqual([]);
        });
      }
    }

    it("every error response example is a valid error body", () => {
      // Shared responses repeat their example on every operation: each distinct (status, example) once.
      const distinct = new Map<string, { where: string; example: unknown; schema: Schema }>();
      for (const op of operations) {
        for (const [status, response] of Object.entries<Schema>(op.operation.responses)) {
          const media = json(response);
          if (!/^[45]/.test(status) || !media) continue;
          expect(media.example, `${op.id} ${status} has no example`).toBeDefined();
          distinct.set(`${status} ${JSON.stringify(media.example)}`, { where: `${op.id} ${status}`, example: media.example, schema: media.schema });
        }
      }
      expect(distinct.size).toBeGreaterThan(0);
      // The error body's validator is the one of the component schema it is (Error in v2, V1Error in v1).
      const componentOf = (schema: Schema) => Object.entries<Schema>(doc.components.schemas).find(([, s]) => isDeepStrictEqual(s, schema))?.[0];
      const problems = [...distinct.values()].flatMap(({ where, example, schema }) => {
        const name = componentOf(schema);
        if (name === undefined) return [`${where}: the error body is not a component schema`];
        return failures(validator(ns, schemaValidator(name)), [example], schema).map((p) => `${where}: ${p}`);
      });
      expect(problems).toEqual([]);
    });

    it("every parameter example matches its parameter's schema", () => {
      // No generated validator takes parameters: Ajv (JSON Schema 2020-12, formats on) checks them.
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
      const problems: string[] = [];
      let checked = 0;
      for (const op of operations) {
        const params: Schema[] = [...(doc.paths[op.path].parameters ?? []), ...(op.operation.parameters ?? [])];
        for (const param of params) {
          const examples = [...(param.example === undefined ? [] : [param.example]), ...(param.schema?.examples ?? [])];
          for (const example of examples) {
            checked++;
            if (!ajv.validate(param.schema, example)) problems.push(`${op.id} ${param.name}: ${JSON.stringify(example)} ${ajv.errorsText()}`);
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  });
}

describe("examples of every operation", () => {
  it("are checked for all 119 operations (117 v2, 2 v1): every JSON body the spec documents has an example", async () => {
    const counts: Record<string, number> = {};
    const missing: string[] = [];
    for (const [ns, file] of SPECS) {
      const operations = specOperations(await dereferencedSpec(file));
      counts[ns] = operations.length;
      for (const op of operations) {
        const bodies: Array<[string, Media]> = [["request", json(op.operation.requestBody)], ...Object.entries<Schema>(op.operation.responses).map(([status, r]): [string, Media] => [status, json(r)])];
        for (const [what, media] of bodies) if (media && media.example === undefined) missing.push(`${ns} ${op.id} ${what}`);
      }
    }
    expect(counts).toEqual({ v1: 2, v2: 117 });
    expect(missing).toEqual([]);
  });
});

describe("webhook deliveries", async () => {
  const doc = await dereferencedSpec("spec/webflow-v2.yaml");
  const triggers: string[] = doc.components.schemas.TriggerType.enum;

  it("covers the 14 trigger types", () => {
    expect(triggers).toHaveLength(14);
  });

  it.each(triggers)("%s: validate<Trigger>Event accepts the delivery examples and no other trigger type", (trigger) => {
    const name = `${pascal(trigger)}Event`;
    const schema: Schema = doc.components.schemas[name];
    expect(schema, `no component schema ${name}`).toBeDefined();
    const validate = validator("v2", schemaValidator(name));
    const examples: Array<Record<string, unknown>> = schema.examples ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example.triggerType).toBe(trigger);
      expect(validate(example)).toEqual({ ok: true, value: example });
      // The constant triggerType is what lets a union of deliveries narrow on it.
      const other = triggers.find((t) => t !== trigger)!;
      const result = validate({ ...example, triggerType: other });
      expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["/triggerType"]);
    }
  });
});

describe("validator results", () => {
  it("reports every problem with its JSON pointer and what was expected", () => {
    const result = v2.validateCommentThreadList({ comments: [{ id: "x" }], pagination: { limit: "10", offset: 0, total: 1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = new Map(result.issues.map((i) => [i.path, i.expected]));
    expect(byPath.get("/comments/0/siteId")).toBe("required property");
    expect(byPath.get("/pagination/limit")).toBe("integer");
    // Comment ids are plain strings (the reference gives them no object-id format; see CommentThread's x-decision).
    expect(byPath.has("/comments/0/id")).toBe(false);
    const sites = v2.validateSiteList({ sites: [{ id: "x" }] });
    expect(sites.ok ? [] : sites.issues.map((i) => [i.path, i.expected])).toEqual([["/sites/0/id", expect.stringMatching(/\^\[0-9a-f\]\{24\}\$/)]]);
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
