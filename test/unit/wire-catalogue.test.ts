/**
 * True to the wire, against Webflow's catalogue (`../shared/reference/webflow-v2-catalog.md`): every
 * operation's response validator, as the package ships it, and the webhook delivery validator accept
 * every value the catalogue's shape admits, filled as test/support/catalogue-shapes.ts fills it (optional
 * fields left out or all present with one more, each alternative of each union, free text where the
 * catalogue gives no format). Where the spec is deliberately narrower, an x-decision on a schema along the
 * failing path must name a field of that path and the kind of narrowing (`required`, `pattern`, the
 * format, `enum`, or the type it insists on). Numeric bounds are not probed: the catalogue states none.
 *
 * Request bodies stay strict, so there the spec may constrain the form of a value (an id's pattern, a
 * URL) without saying why; but a body validator that requires a field the catalogue makes optional,
 * refuses its null or one of its listed values, would stop a call the API takes, and needs a decision.
 */
import { describe, expect, it } from "vitest";
import * as v2 from "../../generated/src/v2/index.js";
import type { ValidationIssue, ValidationResult } from "../../generated/src/index.js";
import { mentions, readCatalogue, type CatalogueOperation } from "../support/catalogue.js";
import { fill, fills, parseShape, UNLISTED_FIELD, type Shape } from "../support/catalogue-shapes.js";
import { dereferencedSpec, specOperations } from "../support/spec.js";

type Node = Record<string, any>;
type Validate = (value: unknown) => ValidationResult<unknown>;

const catalogue = readCatalogue();
const doc = await dereferencedSpec("spec/webflow-v2.yaml");
const operations = specOperations(doc);

/** One value a catalogue shape admits that the validator refused, and what it said. */
interface Refusal {
  fill: string;
  issue: ValidationIssue;
}

function refusals(shape: Shape, validate: Validate, unlisted: boolean, adjust: (value: unknown) => unknown = (v) => v): Refusal[] {
  const found = new Map<string, Refusal>();
  for (const how of fills(shape, unlisted)) {
    const result = validate(adjust(fill(shape, how)));
    if (result.ok) continue;
    for (const issue of result.issues) {
      const key = `${issue.path} ${issue.expected}`;
      if (!found.has(key)) found.set(key, { fill: `${how.extent}, alternative ${how.alternative}`, issue });
    }
  }
  return [...found.values()];
}

/** The word a decision must use for the narrowing an issue reports. */
function narrowing(expected: string): string {
  if (expected === "required property" || expected.includes(" (required)")) return "required";
  if (expected.startsWith("string matching")) return "pattern";
  if (expected.startsWith("one of")) return "enum";
  const format = /^(\S+) string$/.exec(expected);
  return format ? format[1]! : expected.split(" ")[0]!;
}

/** The x-decisions of every schema the JSON pointer `path` passes through, from `schema` down (any branch of a union). */
function decisionsAlong(schema: Node, path: string): string[] {
  const texts: string[] = [];
  const expand = (nodes: Node[]): Node[] => {
    const all: Node[] = [];
    const visit = (node: Node) => {
      if (typeof node !== "object" || node === null || all.includes(node)) return;
      all.push(node);
      for (const key of ["allOf", "anyOf", "oneOf"]) for (const branch of node[key] ?? []) visit(branch);
    };
    nodes.forEach(visit);
    return all;
  };
  let level = expand([schema]);
  for (const segment of path.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))) {
    for (const node of level) if (typeof node["x-decision"] === "string") texts.push(node["x-decision"]);
    const next: Node[] = [];
    for (const node of level) {
      const child = node.properties?.[segment] ?? (/^\d+$/.test(segment) ? node.items : undefined) ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
      if (child !== undefined) next.push(child);
    }
    level = expand(next);
  }
  for (const node of level) if (typeof node["x-decision"] === "string") texts.push(node["x-decision"]);
  return texts;
}

/**
 * A refusal no decision along its path explains: a field name of the path (or one a union's message says
 * it requires) and the narrowing's word, in one decision.
 */
function undecided(refusal: Refusal, decisions: string[]): boolean {
  const required = [...refusal.issue.expected.matchAll(/(\S+) \(required\)/g)].map((m) => m[1]!);
  const fields = [...refusal.issue.path.split("/").filter((s) => s !== "" && !/^\d+$/.test(s)), ...required];
  const word = narrowing(refusal.issue.expected);
  return !decisions.some((text) => mentions(text, word) && fields.some((field) => mentions(text, field)));
}

const describeRefusal = (r: Refusal) => `${r.issue.path || "/"}: expected ${r.issue.expected}, got ${r.issue.actual} (${r.fill} fill)`;

function validatorOf(operationId: string, role: "Result" | "Body" = "Result"): Validate {
  const name = `validate${operationId[0]!.toUpperCase()}${operationId.slice(1)}${role}`;
  const fn = (v2 as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`the package exports no ${name}`);
  return fn as Validate;
}

const specOperation = (row: CatalogueOperation) => {
  const found = operations.find((o) => o.method.toUpperCase() === row.method && o.path === row.path);
  if (found === undefined) throw new Error(`catalogue line ${row.line}: the spec has no ${row.method} ${row.path}`);
  return { name: `${row.method} ${row.path} (${found.id})`, row, id: found.id, operation: found.operation as Node };
};

const withBody = catalogue.operations
  .filter((row) => row.successHasBody)
  .map(specOperation)
  .map((x) => {
    const response = x.operation.responses[String(x.row.successStatus)] as Node;
    return { ...x, response, schema: response.content["application/json"].schema as Node };
  });

const withRequest = catalogue.operations
  .filter((row) => row.requestShape !== "")
  .map(specOperation)
  .map((x) => ({ ...x, body: x.operation.requestBody as Node, schema: x.operation.requestBody.content["application/json"].schema as Node }));

/** What a request body validator may refuse without a decision: the form of a value. */
const FORM = new Set(["pattern", "date-time", "date", "uri", "email"]);

describe("the catalogue's shapes", () => {
  it("are read for every operation with a body and every delivery", () => {
    expect(withBody).toHaveLength(100);
    for (const { row } of withBody) expect(() => parseShape(row.successShape, `catalogue line ${row.line}`)).not.toThrow();
    expect(catalogue.triggers).toHaveLength(14);
    for (const t of catalogue.triggers) expect(() => parseShape(t.bodyShape, `catalogue line ${t.line}`)).not.toThrow();
  });
});

describe("each response validator accepts what the catalogue says the API sends", () => {
  it.each(withBody.map((x) => [x.name, x] as const))("%s", (_, { id, row, response, schema }) => {
    const shape = parseShape(row.successShape, `catalogue line ${row.line}`);
    const decisions = (r: Refusal) => [...decisionsAlong(schema, r.issue.path), response["x-decision"] ?? ""];
    expect(refusals(shape, validatorOf(id), true).filter((r) => undecided(r, decisions(r))).map(describeRefusal)).toEqual([]);
  });
});

describe("each request body validator takes what the catalogue says the API takes", () => {
  it.each(withRequest.map((x) => [x.name, x] as const))("%s", (_, { id, row, operation, body, schema }) => {
    const shape = parseShape(row.requestShape, `catalogue line ${row.line}`);
    const decisions = (r: Refusal) => [...decisionsAlong(schema, r.issue.path), body["x-decision"] ?? "", operation["x-decision"] ?? ""];
    const found = refusals(shape, validatorOf(id, "Body"), false).filter((r) => !FORM.has(narrowing(r.issue.expected)));
    expect(found.filter((r) => undecided(r, decisions(r))).map(describeRefusal)).toEqual([]);
  });
});

describe("the delivery validator accepts every body the catalogue lists", () => {
  it.each(catalogue.triggers)("$triggerType", ({ triggerType, bodyShape, line }) => {
    const shape = parseShape(bodyShape, `catalogue line ${line}`);
    const schema = doc.webhooks[triggerType].post.requestBody.content["application/json"].schema as Node;
    // Where the catalogue types triggerType as optional or as any string, a delivery still names its own
    // (the spec requires it, and decides so): without it the validator could not tell which body to check.
    const own = (value: unknown) => ({ ...(value as Node), triggerType });
    const found = refusals(shape, v2.validateWebhookDelivery as Validate, true, own).filter((r) => undecided(r, decisionsAlong(schema, r.issue.path)));
    expect(found.map(describeRefusal)).toEqual([]);
    // The fills reached this trigger's own body schema, not the pass-through for trigger types not listed.
    expect(v2.validateWebhookDelivery({ triggerType, payload: 5 }).ok).toBe(false);
  });
});

describe("the check itself", () => {
  const getSite = withBody.find((x) => x.id === "getSite")!;

  it("finds a narrowing no decision explains: free text where the spec wants an object id", () => {
    const found = refusals(parseShape("{ id: string; displayName?: string }", "test"), validatorOf("getSite"), true);
    expect(found.map((r) => [r.issue.path, narrowing(r.issue.expected)])).toEqual([["/id", "pattern"]]);
    expect(undecided(found[0]!, decisionsAlong(getSite.schema, "/id"))).toBe(true);
    expect(undecided(found[0]!, ["The id carries the object-id pattern although the reference types it a plain string."])).toBe(false);
    expect(undecided(found[0]!, ["The id is required."])).toBe(true);
  });

  it("probes optional fields, null, every union member and a field the catalogue does not list", () => {
    const shape = parseShape('{ a?: string | null; b: "x" | "y"; c: Array<integer> }', "test");
    const values = fills(shape, true).map((how) => fill(shape, how));
    expect(values).toEqual([
      { a: "Any text — not an id, a URL or a date", b: "x", c: [42], [UNLISTED_FIELD]: "not in the catalogue" },
      { a: null, b: "y", c: [42], [UNLISTED_FIELD]: "not in the catalogue" },
      { b: "x", c: [] },
      { b: "y", c: [] },
    ]);
  });

  it("follows a failing path through properties, array items and union branches to their decisions", () => {
    const schema = { "x-decision": "top", properties: { list: { items: { oneOf: [{ "x-decision": "first" }, { properties: { deep: { "x-decision": "deep" } }, "x-decision": "second" }] } } } };
    expect(decisionsAlong(schema, "/list/0/deep")).toEqual(["top", "first", "second", "deep"]);
    expect(narrowing("date-time string")).toBe("date-time");
    expect(narrowing("one of a, b")).toBe("enum");
    expect(narrowing("string")).toBe("string");
  });

  it("reads the fields a union's message requires, so a decision may name them", () => {
    const refusal = { fill: "bare", issue: { path: "", expected: "a (required) or b (required)", message: "", actual: "object" } };
    expect(narrowing(refusal.issue.expected)).toBe("required");
    expect(undecided(refusal, ["Either a or b is required, as an empty body does nothing."])).toBe(false);
    expect(undecided(refusal, ["Something else is required."])).toBe(true);
  });
});
