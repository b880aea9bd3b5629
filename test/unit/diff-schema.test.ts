/**
 * The schema rules of the spec diff (generator/diff/schema.ts), case by case. Each row gives a schema
 * before and after (and the components it refers to); the schema is the request body and the 200
 * response body of one operation, so every row shows both directions: what callers send and what the
 * old client receives and validates. `want` is every change the diff reports, in order:
 * `<BREAKING|ok> <kind> @ <where>: <message>`, where is the change's path after `POST /things `.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffModels, loadModels, type Change } from "../../generator/diff/index.js";
import { REPO } from "../support/generated.js";

const TMP = path.join(REPO, "test", ".tmp", `diff-schema-${process.pid}`);
mkdirSync(TMP, { recursive: true });
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

type Schemas = Record<string, unknown>;
let written = 0;

/** One operation, POST /things, whose request body and 200 response body are both `schema`. */
function models(schema: unknown, components: Schemas = {}) {
  const file = path.join(TMP, `api-${written++}.json`);
  const content = (s: unknown) => ({ "application/json": { schema: s } });
  const doc = {
    openapi: "3.1.0",
    info: { title: "Things", version: "1", "x-namespace": "things" },
    paths: { "/things": { post: { operationId: "createThing", requestBody: { required: true, content: content(schema) }, responses: { "200": { description: "ok", content: content(schema) } } } } },
    components: { schemas: components },
  };
  writeFileSync(file, JSON.stringify(doc));
  return loadModels(file);
}

const show = (c: Change) => `${c.breaking ? "BREAKING" : "ok"} ${c.kind} @ ${c.path.replace(/^POST \/things /, "")}: ${c.message}`;

interface Row {
  name: string;
  old: unknown;
  new: unknown;
  /** Components of both sides, or of each. */
  schemas?: Schemas;
  oldSchemas?: Schemas;
  newSchemas?: Schemas;
  want: string[];
}

function diff(row: Row): string[] {
  return diffModels(models(row.old, row.oldSchemas ?? row.schemas), models(row.new, row.newSchemas ?? row.schemas)).map(show);
}

const str = (extra: object = {}) => ({ type: "string", ...extra });
const obj = (properties: Schemas, extra: object = {}) => ({ type: "object", properties, ...extra });

describe("nullability", () => {
  it.each<Row>([
    {
      name: "a union gains null beside two types",
      old: { oneOf: [str(), { type: "integer" }] },
      new: { oneOf: [str(), { type: "integer" }, { type: "null" }] },
      want: ["ok request-became-nullable @ body: request body became nullable", "BREAKING response-became-nullable @ response.200: 200 response body became nullable"],
    },
    {
      name: "a union loses null beside two types",
      old: { oneOf: [str(), { type: "integer" }, { type: "null" }] },
      new: { oneOf: [str(), { type: "integer" }] },
      want: ["BREAKING request-became-not-nullable @ body: request body is no longer nullable", "ok response-became-not-nullable @ response.200: 200 response body is no longer nullable"],
    },
    {
      name: "one alternative of a union stops being nullable",
      old: { anyOf: [{ type: ["string", "null"] }, { type: "integer" }] },
      new: { anyOf: [str(), { type: "integer" }] },
      want: ["BREAKING request-became-not-nullable @ body: request body is no longer nullable", "ok response-became-not-nullable @ response.200: 200 response body is no longer nullable"],
    },
    {
      name: "a ref to a nullable component replaced by its non-nullable copy",
      old: { $ref: "#/components/schemas/Maybe" },
      new: str(),
      schemas: { Maybe: { type: ["string", "null"] } },
      want: ["BREAKING request-became-not-nullable @ body: request body is no longer nullable", "ok response-became-not-nullable @ response.200: 200 response body is no longer nullable"],
    },
    {
      name: "a component or null, the same component alone",
      old: { oneOf: [{ $ref: "#/components/schemas/Thing" }, { type: "null" }] },
      new: { $ref: "#/components/schemas/Thing" },
      schemas: { Thing: obj({ id: str() }) },
      want: ["BREAKING request-became-not-nullable @ body: request body is no longer nullable", "ok response-became-not-nullable @ response.200: 200 response body is no longer nullable"],
    },
    {
      name: "a union of one component, the component itself: nothing",
      old: { oneOf: [{ $ref: "#/components/schemas/Thing" }] },
      new: { $ref: "#/components/schemas/Thing" },
      schemas: { Thing: obj({ id: str() }) },
      want: [],
    },
    {
      name: "null alone, then null or a string: a type change, not a nullability change",
      old: { type: "null" },
      new: { type: ["string", "null"] },
      want: ["ok request-type-changed @ body: request body type changed from null to string", "BREAKING response-type-changed @ response.200: 200 response body type changed from null to string"],
    },
    {
      name: "null or a string, then null alone",
      old: { type: ["string", "null"] },
      new: { type: "null" },
      want: ["BREAKING request-type-changed @ body: request body type changed from string to null", "ok response-type-changed @ response.200: 200 response body type changed from string to null"],
    },
    {
      name: "null alone, then one of two types or null",
      old: { type: "null" },
      new: { oneOf: [str(), { type: "integer" }, { type: "null" }] },
      want: ["ok request-type-changed @ body: request body type changed from null to string | integer", "BREAKING response-type-changed @ response.200: 200 response body type changed from null to string | integer"],
    },
    {
      name: "one of two types or null, then null alone",
      old: { oneOf: [str(), { type: "integer" }, { type: "null" }] },
      new: { type: "null" },
      want: ["BREAKING request-type-changed @ body: request body type changed from string | integer to null", "ok response-type-changed @ response.200: 200 response body type changed from string | integer to null"],
    },
    {
      name: "one alternative of a union becomes nullable",
      old: { anyOf: [str(), { type: "integer" }] },
      new: { anyOf: [{ type: ["string", "null"] }, { type: "integer" }] },
      want: ["ok request-became-nullable @ body: request body became nullable", "BREAKING response-became-nullable @ response.200: 200 response body became nullable"],
    },
    {
      name: "a string, then null alone: a type change only",
      old: str(),
      new: { type: "null" },
      want: ["BREAKING request-type-changed @ body: request body type changed from string to null", "BREAKING response-type-changed @ response.200: 200 response body type changed from string to null"],
    },
    {
      name: "a union component with null keeps its name",
      old: { $ref: "#/components/schemas/U" },
      new: { type: "boolean" },
      schemas: { U: { oneOf: [str(), { type: "integer" }, { type: "null" }] } },
      want: [
        "BREAKING request-became-not-nullable @ body: request body is no longer nullable",
        'BREAKING request-type-changed @ body: request body type changed from "U" to boolean',
        "ok response-became-not-nullable @ response.200: 200 response body is no longer nullable",
        'BREAKING response-type-changed @ response.200: 200 response body type changed from "U" to boolean',
      ],
    },
    {
      name: "an allOf component merged as one object keeps its name",
      old: { $ref: "#/components/schemas/M" },
      new: str(),
      schemas: { M: { allOf: [obj({ a: str() }), obj({ b: str() })] } },
      want: ['BREAKING request-type-changed @ body: request body type changed from "M" to string', 'BREAKING response-type-changed @ response.200: 200 response body type changed from "M" to string'],
    },
    {
      name: "null alone, then a string that is not nullable",
      old: { type: "null" },
      new: str(),
      want: ["BREAKING request-type-changed @ body: request body type changed from null to string", "BREAKING response-type-changed @ response.200: 200 response body type changed from null to string"],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("component names in messages", () => {
  it.each<Row>([
    {
      name: "an alias component is named by the alias, not by its target",
      old: { $ref: "#/components/schemas/Alias" },
      new: str(),
      schemas: { Alias: { $ref: "#/components/schemas/Thing" }, Thing: { type: "integer" } },
      want: ['BREAKING request-type-changed @ body: request body type changed from "Alias" to string', 'BREAKING response-type-changed @ response.200: 200 response body type changed from "Alias" to string'],
    },
    {
      name: "a component or null keeps the component's name",
      old: { oneOf: [{ $ref: "#/components/schemas/Thing" }, { type: "null" }] },
      new: { type: ["string", "null"] },
      schemas: { Thing: { type: "integer" } },
      want: ['BREAKING request-type-changed @ body: request body type changed from "Thing" to string', 'BREAKING response-type-changed @ response.200: 200 response body type changed from "Thing" to string'],
    },
    {
      name: "nested arrays are spelled out four levels deep",
      old: { type: "array", items: { type: "array", items: { type: "array", items: { type: "array", items: { type: "array", items: str() } } } } },
      new: str(),
      want: [
        "BREAKING request-type-changed @ body: request body type changed from array of array of array of array of array to string",
        "BREAKING response-type-changed @ response.200: 200 response body type changed from array of array of array of array of array to string",
      ],
    },
    {
      name: "a union's alternatives are spelled out one level less deep",
      old: { oneOf: [{ type: "array", items: { type: "array", items: { type: "array", items: { type: "array", items: str() } } } }, { type: "integer" }] },
      new: str(),
      want: [
        "BREAKING request-type-changed @ body: request body type changed from array of array of array of array | integer to string",
        "BREAKING response-type-changed @ response.200: 200 response body type changed from array of array of array of array | integer to string",
      ],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("allOf", () => {
  it.each<Row>([
    {
      name: "objects merged as one object equal to the new plain object: nothing",
      old: { allOf: [{ $ref: "#/components/schemas/Base" }, obj({ extra: str() })] },
      new: obj({ id: str(), note: str(), extra: str() }, { required: ["id"] }),
      schemas: { Base: obj({ id: str(), note: str() }, { required: ["id"] }) },
      want: [],
    },
    {
      name: "a field declared by two members is one field",
      old: { allOf: [obj({ id: str() }), obj({ id: str() }, { required: ["id"] })] },
      new: obj({ id: { type: "integer" } }, { required: ["id"] }),
      want: ['BREAKING request-type-changed @ body.id: request body field "id" type changed from string to integer', 'BREAKING response-type-changed @ response.200.id: response field "id" type changed from string to integer'],
    },
    {
      name: "one closed member closes the merged object",
      old: { allOf: [obj({ a: str() }, { additionalProperties: false }), obj({ b: str() })] },
      new: obj({ a: str(), b: str() }),
      want: ["ok request-constraint-relaxed @ body: request body: now allows additional fields", "BREAKING response-constraint-relaxed @ response.200: 200 response body: now allows additional fields"],
    },
    {
      name: "a name one member requires without a property schema stays required",
      old: { allOf: [obj({ a: str() }), { type: "object", required: ["b"] }] },
      new: obj({ a: str() }),
      want: ['BREAKING request-property-removed @ body.b: request body field "b" removed', 'BREAKING response-property-removed @ response.200.b: response field "b" removed'],
    },
    {
      name: "names required by members without any properties",
      old: { allOf: [{ type: "object", required: ["x"] }, { type: "object", required: ["y"] }] },
      new: { type: "object", required: ["x"] },
      want: ['BREAKING request-property-removed @ body.y: request body field "y" removed', 'BREAKING response-property-removed @ response.200.y: response field "y" removed'],
    },
    {
      name: "an optional field of a member stays optional",
      old: { allOf: [obj({ a: str() }), obj({ b: str() }, { required: ["b"] })] },
      new: obj({ a: str(), b: str() }, { required: ["b"] }),
      want: [],
    },
    {
      name: "a member required by another member becomes required",
      old: { allOf: [obj({ a: str() }), { type: "object", required: ["a"] }] },
      new: obj({ a: str() }),
      want: ['ok request-property-became-optional @ body.a: request body field "a" became optional', 'BREAKING response-property-became-optional @ response.200.a: response field "a" became optional'],
    },
    {
      name: "allOf of one component is that component",
      old: { allOf: [{ $ref: "#/components/schemas/Code" }] },
      new: { $ref: "#/components/schemas/Code" },
      schemas: { Code: str({ pattern: "^[a-z]+$" }) },
      want: [],
    },
    {
      name: "members that are not all objects are compared member by member, with the direction rules",
      old: { allOf: [str({ minLength: 1 }), str({ maxLength: 5 })] },
      new: { allOf: [str({ minLength: 2 }), str({ maxLength: 10 })] },
      want: [
        "BREAKING request-constraint-tightened @ body: request body: minLength changed from 1 to 2",
        "ok request-constraint-relaxed @ body: request body: maxLength changed from 5 to 10",
        "ok response-constraint-tightened @ response.200: 200 response body: minLength changed from 1 to 2",
        "BREAKING response-constraint-relaxed @ response.200: 200 response body: maxLength changed from 5 to 10",
      ],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("arrays", () => {
  it.each<Row>([
    {
      name: "item bounds follow the direction rules",
      old: obj({ tags: { type: "array", items: str({ minLength: 1, maxLength: 5 }) } }),
      new: obj({ tags: { type: "array", items: str({ minLength: 2, maxLength: 10 }) } }),
      want: [
        'BREAKING request-constraint-tightened @ body.tags[]: request body field "tags[]": minLength changed from 1 to 2',
        'ok request-constraint-relaxed @ body.tags[]: request body field "tags[]": maxLength changed from 5 to 10',
        'ok response-constraint-tightened @ response.200.tags[]: response field "tags[]": minLength changed from 1 to 2',
        'BREAKING response-constraint-relaxed @ response.200.tags[]: response field "tags[]": maxLength changed from 5 to 10',
      ],
    },
    {
      name: "items that must be unique, then need not be",
      old: obj({ tags: { type: "array", items: str() } }),
      new: obj({ tags: { type: "array", items: str(), uniqueItems: true } }),
      want: [
        'BREAKING request-constraint-tightened @ body.tags: request body field "tags": items must now be unique',
        'ok response-constraint-tightened @ response.200.tags: response field "tags": items must now be unique',
      ],
    },
    {
      name: "unique items no longer required",
      old: obj({ tags: { type: "array", items: str(), uniqueItems: true } }),
      new: obj({ tags: { type: "array", items: str(), uniqueItems: false } }),
      want: [
        'ok request-constraint-relaxed @ body.tags: request body field "tags": items no longer need to be unique',
        'BREAKING response-constraint-relaxed @ response.200.tags: response field "tags": items no longer need to be unique',
      ],
    },
    {
      name: "prefixItems: a leading item's schema compared by position, one more leading item",
      old: obj({ pair: { type: "array", prefixItems: [str()], items: {} } }),
      new: obj({ pair: { type: "array", prefixItems: [{ type: "integer" }, str()], items: {} } }),
      want: [
        'BREAKING request-type-changed @ body.pair[0]: request body field "pair[0]" type changed from string to integer',
        'BREAKING request-constraint-tightened @ body.pair: request body field "pair": 1 more leading item(s) with a schema of their own',
        'BREAKING response-type-changed @ response.200.pair[0]: response field "pair[0]" type changed from string to integer',
        'ok response-constraint-tightened @ response.200.pair: response field "pair": 1 more leading item(s) with a schema of their own',
      ],
    },
    {
      // Each leading item is a closed schema of its own: an enum value added or removed there counts in full.
      name: "prefixItems: a leading item's enum follows the direction rules",
      old: obj({ pair: { type: "array", prefixItems: [str({ enum: ["a", "b"] })], items: {} } }),
      new: obj({ pair: { type: "array", prefixItems: [str({ enum: ["a", "c"] })], items: {} } }),
      want: [
        'ok request-enum-value-added @ body.pair[0]: enum value "c" added to request body field "pair[0]"',
        'BREAKING request-enum-value-removed @ body.pair[0]: enum value "b" removed from request body field "pair[0]"',
        'BREAKING response-enum-value-added @ response.200.pair[0]: enum value "c" added to response field "pair[0]"',
        'ok response-enum-value-removed @ response.200.pair[0]: enum value "b" removed from response field "pair[0]"',
      ],
    },
    {
      name: "prefixItems: one fewer leading item",
      old: obj({ pair: { type: "array", prefixItems: [str(), str()], items: {} } }),
      new: obj({ pair: { type: "array", prefixItems: [str()], items: {} } }),
      want: [
        'ok request-constraint-relaxed @ body.pair: request body field "pair": 1 fewer leading item(s) with a schema of their own',
        'BREAKING response-constraint-relaxed @ response.200.pair: response field "pair": 1 fewer leading item(s) with a schema of their own',
      ],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("numbers: multipleOf", () => {
  const num = (multipleOf?: number) => obj({ n: { type: "number", ...(multipleOf === undefined ? {} : { multipleOf }) } });
  const tightened = (what: string) => [`BREAKING request-constraint-tightened @ body.n: request body field "n": ${what}`, `ok response-constraint-tightened @ response.200.n: response field "n": ${what}`];
  const relaxed = (what: string) => [`ok request-constraint-relaxed @ body.n: request body field "n": ${what}`, `BREAKING response-constraint-relaxed @ response.200.n: response field "n": ${what}`];
  it.each<Row>([
    { name: "added", old: num(), new: num(2), want: tightened("multipleOf 2 added") },
    { name: "removed", old: num(2), new: num(), want: relaxed("multipleOf 2 removed") },
    { name: "a multiple of the old divisor accepts fewer", old: num(2), new: num(6), want: tightened("multipleOf changed from 2 to 6") },
    { name: "a divisor of the old one accepts more", old: num(6), new: num(2), want: relaxed("multipleOf changed from 6 to 2") },
    { name: "neither: other values, breaking both ways", old: num(2), new: num(3), want: [tightened("multipleOf changed from 2 to 3")[0] as string, relaxed("multipleOf changed from 2 to 3")[1] as string] },
    { name: "the same: nothing", old: num(2), new: num(2), want: [] },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("objects: property counts and patternProperties", () => {
  it.each<Row>([
    {
      name: "minProperties and maxProperties follow the direction rules",
      old: obj({ meta: obj({}, { minProperties: 1, maxProperties: 5 }) }),
      new: obj({ meta: obj({}, { minProperties: 2, maxProperties: 10 }) }),
      want: [
        'BREAKING request-constraint-tightened @ body.meta: request body field "meta": minProperties changed from 1 to 2',
        'ok request-constraint-relaxed @ body.meta: request body field "meta": maxProperties changed from 5 to 10',
        'ok response-constraint-tightened @ response.200.meta: response field "meta": minProperties changed from 1 to 2',
        'BREAKING response-constraint-relaxed @ response.200.meta: response field "meta": maxProperties changed from 5 to 10',
      ],
    },
    {
      name: "a pattern added, one removed, and one whose schema changed",
      old: obj({ meta: obj({}, { patternProperties: { "^x-": str(), "^old-": str() } }) }),
      new: obj({ meta: obj({}, { patternProperties: { "^x-": { type: "integer" }, "^new-": str() } }) }),
      want: [
        'BREAKING request-type-changed @ body.meta{^x-}: request body field "meta{^x-}" type changed from string to integer',
        'BREAKING request-constraint-tightened @ body.meta: request body field "meta": fields matching "^new-" must now match a schema',
        'ok request-constraint-relaxed @ body.meta: request body field "meta": fields matching "^old-" are no longer checked',
        'BREAKING response-type-changed @ response.200.meta{^x-}: response field "meta{^x-}" type changed from string to integer',
        'ok response-constraint-tightened @ response.200.meta: response field "meta": fields matching "^new-" must now match a schema',
        'BREAKING response-constraint-relaxed @ response.200.meta: response field "meta": fields matching "^old-" are no longer checked',
      ],
    },
    {
      name: "a pattern's schema constraints follow the direction rules",
      old: obj({ meta: obj({}, { patternProperties: { "^x-": str({ minLength: 1, maxLength: 5 }) } }) }),
      new: obj({ meta: obj({}, { patternProperties: { "^x-": str({ minLength: 2, maxLength: 10 }) } }) }),
      want: [
        'BREAKING request-constraint-tightened @ body.meta{^x-}: request body field "meta{^x-}": minLength changed from 1 to 2',
        'ok request-constraint-relaxed @ body.meta{^x-}: request body field "meta{^x-}": maxLength changed from 5 to 10',
        'ok response-constraint-tightened @ response.200.meta{^x-}: response field "meta{^x-}": minLength changed from 1 to 2',
        'BREAKING response-constraint-relaxed @ response.200.meta{^x-}: response field "meta{^x-}": maxLength changed from 5 to 10',
      ],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("types", () => {
  it.each<Row>([
    {
      name: "string to number: a number does not take every string",
      old: str(),
      new: { type: "number" },
      want: ["BREAKING request-type-changed @ body: request body type changed from string to number", "BREAKING response-type-changed @ response.200: 200 response body type changed from string to number"],
    },
    {
      name: "integer to string: a string does not take every integer",
      old: { type: "integer" },
      new: str(),
      want: ["BREAKING request-type-changed @ body: request body type changed from integer to string", "BREAKING response-type-changed @ response.200: 200 response body type changed from integer to string"],
    },
    {
      name: "string to integer or null: null is new, strings are gone",
      old: str(),
      new: { type: ["integer", "null"] },
      want: [
        "ok request-became-nullable @ body: request body became nullable",
        "BREAKING request-type-changed @ body: request body type changed from string to integer",
        "BREAKING response-became-nullable @ response.200: 200 response body became nullable",
        "BREAKING response-type-changed @ response.200: 200 response body type changed from string to integer",
      ],
    },
    {
      name: "a union narrowed to one constrained type: the type change and the constraint",
      old: { oneOf: [str(), { type: "integer" }] },
      new: str({ maxLength: 5 }),
      want: [
        "BREAKING request-type-changed @ body: request body type changed from string | integer to string",
        "BREAKING request-constraint-tightened @ body: request body: maxLength 5 added",
        "ok response-type-changed @ response.200: 200 response body type changed from string | integer to string",
        "ok response-constraint-tightened @ response.200: 200 response body: maxLength 5 added",
      ],
    },
    {
      name: "one constrained type widened to a union",
      old: str({ maxLength: 5 }),
      new: { oneOf: [str(), { type: "integer" }] },
      want: [
        "ok request-type-changed @ body: request body type changed from string to string | integer",
        "ok request-constraint-relaxed @ body: request body: maxLength 5 removed",
        "BREAKING response-type-changed @ response.200: 200 response body type changed from string to string | integer",
        "BREAKING response-constraint-relaxed @ response.200: 200 response body: maxLength 5 removed",
      ],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("unions: alternatives paired by component name, then by type", () => {
  it.each<Row>([
    {
      name: "reordered types: nothing",
      old: { oneOf: [str(), { type: "integer" }] },
      new: { oneOf: [{ type: "integer" }, str()] },
      want: [],
    },
    {
      name: "reordered components, one of them changed: only that change",
      old: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }] },
      new: { oneOf: [{ $ref: "#/components/schemas/Dog" }, { $ref: "#/components/schemas/Cat" }] },
      oldSchemas: { Cat: obj({ meow: str() }), Dog: obj({ bark: str() }) },
      newSchemas: { Cat: obj({ meow: str() }), Dog: obj({ bark: str({ maxLength: 9 }) }) },
      want: ['BREAKING request-constraint-tightened @ body.bark: request body field "bark": maxLength 9 added', 'ok response-constraint-tightened @ response.200.bark: response field "bark": maxLength 9 added'],
    },
    {
      name: "an inline alternative pairs with the inline one of its type, not with a component",
      old: { anyOf: [str({ maxLength: 3 }), { $ref: "#/components/schemas/Code" }] },
      new: { anyOf: [{ $ref: "#/components/schemas/Code" }, str({ maxLength: 3 })] },
      schemas: { Code: str({ pattern: "^[a-z]+$" }) },
      want: [],
    },
    {
      name: "an enum alternative pairs with the enum of its type, not with the open one",
      old: { anyOf: [str({ enum: ["a", "b"] }), str()] },
      new: { anyOf: [str(), str({ enum: ["a", "b", "c"] })] },
      want: ['ok request-enum-value-added @ body: enum value "c" added to request body', 'ok response-enum-value-added @ response.200: enum value "c" added to 200 response body'],
    },
    {
      name: "a plain alternative pairs with the plain one of its type, not with an enum listed first",
      old: { anyOf: [str({ maxLength: 3 }), str({ enum: ["a"] })] },
      new: { anyOf: [str({ enum: ["a"] }), str({ maxLength: 3 })] },
      want: [],
    },
    {
      name: "an enum alternative whose enum is dropped still pairs with the alternative of its type",
      old: { anyOf: [str({ enum: ["a"] }), { type: "integer" }] },
      new: { anyOf: [str(), { type: "integer" }] },
      want: ['ok request-constraint-relaxed @ body: request body: no longer limited to "a"', 'BREAKING response-constraint-relaxed @ response.200: 200 response body: no longer limited to "a"'],
    },
    {
      name: "an alternative replaced by one of another type",
      old: { oneOf: [str(), { type: "integer" }] },
      new: { oneOf: [str(), { type: "boolean" }] },
      want: [
        "BREAKING request-type-changed @ body: request body type changed from string | integer to string | boolean",
        "BREAKING response-type-changed @ response.200: 200 response body type changed from string | integer to string | boolean",
      ],
    },
    {
      name: "an alternative dropped",
      old: { oneOf: [str(), { type: "integer" }, { type: "boolean" }] },
      new: { oneOf: [str(), { type: "integer" }] },
      want: [
        "BREAKING request-type-changed @ body: request body type changed from string | integer | boolean to string | integer",
        "ok response-type-changed @ response.200: 200 response body type changed from string | integer | boolean to string | integer",
      ],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("unions: a sibling alternative that takes any value of the type makes a change harmless", () => {
  const number = { type: "number" };
  it.each<Row>([
    {
      name: "an enum sibling is not open",
      old: { anyOf: [str({ enum: ["a"] }), str({ enum: ["b"] })] },
      new: { anyOf: [str({ enum: ["a", "c"] }), str({ enum: ["b"] })] },
      want: ['ok request-enum-value-added @ body: enum value "c" added to request body', 'BREAKING response-enum-value-added @ response.200: enum value "c" added to 200 response body'],
    },
    ...(
      [
        ["format", str({ format: "date" })],
        ["pattern", str({ pattern: "^x" })],
        ["minLength", str({ minLength: 1 })],
        ["maxLength", str({ maxLength: 9 })],
      ] as const
    ).map(([keyword, sibling]): Row => ({
      name: `a string sibling with ${keyword} is not open`,
      old: { anyOf: [str({ enum: ["a"] }), sibling] },
      new: { anyOf: [str({ enum: ["a", "c"] }), sibling] },
      want: ['ok request-enum-value-added @ body: enum value "c" added to request body', 'BREAKING response-enum-value-added @ response.200: enum value "c" added to 200 response body'],
    })),
    ...(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const).map(
      (keyword): Row => ({
        name: `a number sibling with ${keyword} is not open`,
        old: { anyOf: [{ type: "number", enum: [1] }, { type: "number", [keyword]: 0 }] },
        new: { anyOf: [{ type: "number", enum: [1, 2] }, { type: "number", [keyword]: 0 }] },
        want: ["ok request-enum-value-added @ body: enum value 2 added to request body", "BREAKING response-enum-value-added @ response.200: enum value 2 added to 200 response body"],
      }),
    ),
    {
      name: "an open number sibling: relaxing the bounded one is harmless in a response",
      old: { anyOf: [{ type: "number", maximum: 5 }, number] },
      new: { anyOf: [{ type: "number", maximum: 10 }, number] },
      want: ["ok request-constraint-relaxed @ body: request body: maximum changed from 5 to 10", "ok response-constraint-relaxed @ response.200: 200 response body: maximum changed from 5 to 10"],
    },
    {
      name: "an open integer sibling: tightening the bounded one is harmless in a request",
      old: { anyOf: [{ type: "integer", maximum: 10 }, { type: "integer" }] },
      new: { anyOf: [{ type: "integer", maximum: 5 }, { type: "integer" }] },
      want: ["ok request-constraint-tightened @ body: request body: maximum changed from 10 to 5", "ok response-constraint-tightened @ response.200: 200 response body: maximum changed from 10 to 5"],
    },
    {
      name: "an open boolean sibling",
      old: { anyOf: [{ type: "boolean", enum: [true] }, { type: "boolean" }] },
      new: { anyOf: [{ type: "boolean", enum: [true, false] }, { type: "boolean" }] },
      want: ["ok request-enum-value-added @ body: enum value false added to request body", "ok response-enum-value-added @ response.200: enum value false added to 200 response body"],
    },
    {
      name: "an object sibling is never open",
      old: { anyOf: [obj({ a: str() }, { additionalProperties: false }), obj({ b: str() })] },
      new: { anyOf: [obj({ a: str() }), obj({ b: str() })] },
      want: ["ok request-constraint-relaxed @ body: request body: now allows additional fields", "BREAKING response-constraint-relaxed @ response.200: 200 response body: now allows additional fields"],
    },
    {
      name: "an open sibling of another type does not count (old side)",
      old: { anyOf: [str({ maxLength: 5 }), { type: "integer" }] },
      new: { anyOf: [str({ maxLength: 10 }), { type: "integer" }] },
      want: ["ok request-constraint-relaxed @ body: request body: maxLength changed from 5 to 10", "BREAKING response-constraint-relaxed @ response.200: 200 response body: maxLength changed from 5 to 10"],
    },
    {
      name: "an open sibling of another type does not count (new side)",
      old: { anyOf: [str({ maxLength: 10 }), { type: "integer" }] },
      new: { anyOf: [str({ maxLength: 5 }), { type: "integer" }] },
      want: ["BREAKING request-constraint-tightened @ body: request body: maxLength changed from 10 to 5", "ok response-constraint-tightened @ response.200: 200 response body: maxLength changed from 10 to 5"],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});

describe("recursive components", () => {
  it.each<Row>([
    {
      name: "a change inside a recursive component is reported once",
      old: { $ref: "#/components/schemas/Node" },
      new: { $ref: "#/components/schemas/Node" },
      oldSchemas: { Node: obj({ name: str(), children: { type: "array", items: { $ref: "#/components/schemas/Node" } } }) },
      newSchemas: { Node: obj({ name: str({ maxLength: 9 }), children: { type: "array", items: { $ref: "#/components/schemas/Node" } } }) },
      want: ['BREAKING request-constraint-tightened @ body.name: request body field "name": maxLength 9 added', 'ok response-constraint-tightened @ response.200.name: response field "name": maxLength 9 added'],
    },
    {
      name: "a component under another is compared although the outer one is being compared",
      old: { $ref: "#/components/schemas/Outer" },
      new: { $ref: "#/components/schemas/Outer" },
      oldSchemas: { Outer: obj({ inner: { $ref: "#/components/schemas/Inner" } }), Inner: obj({ id: str() }) },
      newSchemas: { Outer: obj({ inner: { $ref: "#/components/schemas/Inner" } }), Inner: obj({ id: { type: "integer" } }) },
      want: ['BREAKING request-type-changed @ body.inner.id: request body field "inner.id" type changed from string to integer', 'BREAKING response-type-changed @ response.200.inner.id: response field "inner.id" type changed from string to integer'],
    },
    {
      name: "components that only refer to each other take any value",
      old: { $ref: "#/components/schemas/A" },
      new: { type: "boolean" },
      schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } },
      want: ['BREAKING request-type-changed @ body: request body type changed from "A" to boolean', 'ok response-type-changed @ response.200: 200 response body type changed from "A" to boolean'],
    },
    {
      name: "a union that contains itself",
      old: { $ref: "#/components/schemas/U" },
      new: { type: "boolean" },
      schemas: { U: { oneOf: [{ $ref: "#/components/schemas/U" }, str()] } },
      want: ['BREAKING request-type-changed @ body: request body type changed from "U" to boolean', 'BREAKING response-type-changed @ response.200: 200 response body type changed from "U" to boolean'],
    },
    {
      name: "two unions that contain each other: their other alternatives, reordered",
      old: { $ref: "#/components/schemas/U" },
      new: { oneOf: [str(), { type: "integer" }] },
      schemas: { U: { oneOf: [{ $ref: "#/components/schemas/V" }, str()] }, V: { anyOf: [{ $ref: "#/components/schemas/U" }, { type: "integer" }] } },
      want: [],
    },
    {
      name: "two unions that contain each other, one alternative replaced",
      old: { $ref: "#/components/schemas/U" },
      new: { oneOf: [str(), { type: "boolean" }] },
      schemas: { U: { oneOf: [{ $ref: "#/components/schemas/V" }, str()] }, V: { anyOf: [{ $ref: "#/components/schemas/U" }, { type: "integer" }] } },
      want: [
        'BREAKING request-type-changed @ body: request body type changed from "U" to string | boolean',
        'BREAKING response-type-changed @ response.200: 200 response body type changed from "U" to string | boolean',
      ],
    },
    {
      name: "a union that contains itself, unchanged",
      old: { $ref: "#/components/schemas/U" },
      new: { $ref: "#/components/schemas/U" },
      schemas: { U: { oneOf: [{ $ref: "#/components/schemas/U" }, str()] } },
      want: [],
    },
  ])("$name", (row) => expect(diff(row)).toEqual(row.want));
});
