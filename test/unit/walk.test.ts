/**
 * The structural helpers over a bundled document (generator/walk.ts): a document in, the operations,
 * references and schemas found in it out, each with its pointer.
 */
import { describe, expect, it } from "vitest";
import { componentRefName, deref, entries, isJsonMediaType, isObject, operationsOf, own, walkAllSchemas, walkSchema } from "../../generator/walk.js";

describe("JSON media types", () => {
  it.each<[string, boolean]>([
    ["application/json", true],
    ["APPLICATION/JSON", true],
    ["application/problem+json", true],
    ["application/vnd.webflow.v2+json", true],
    ["application/json; charset=utf-8", true],
    ["application/json ;charset=utf-8", true],
    ["application/json;", true],
    ["application/jsonx", false],
    ["application/json-seq", false],
    ["text/json", false],
    ["xapplication/json", false],
    ["application/+json", false],
    ["application/x+json+xml", false],
    ["application/x y+json", false],
    ["multipart/form-data", false],
  ])("%j: %s", (type, want) => {
    expect(isJsonMediaType(type)).toBe(want);
  });
});

describe("own values", () => {
  it.each<[unknown, boolean]>([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    [undefined, false],
    ["text", false],
    [1, false],
  ])("isObject(%j) is %s", (value, want) => {
    expect(isObject(value)).toBe(want);
  });

  it("reads only own keys of mappings", () => {
    expect(own({ a: 1 }, "a")).toBe(1);
    expect(own({ a: 1 }, "b")).toBeUndefined();
    expect(own({}, "toString")).toBeUndefined();
    expect(own({}, "constructor")).toBeUndefined();
    expect(own(["x"], "0")).toBeUndefined();
    expect(own("text", "length")).toBeUndefined();
    expect(own(null, "a")).toBeUndefined();
    expect(entries({ a: 1, b: 2 })).toEqual([["a", 1], ["b", 2]]);
    expect(entries(["x"])).toEqual([]);
    expect(entries(null)).toEqual([]);
  });
});

describe("operations", () => {
  it("lists every operation of the five methods in document order, with its path item and pointer", () => {
    const get = { operationId: "list" };
    const post = { operationId: "create" };
    const del = { operationId: "remove" };
    const doc = {
      paths: {
        "/sites": { post, get, parameters: [], head: { operationId: "head" }, options: {}, trace: {}, summary: "x" },
        "/sites/{id}": { delete: del, put: "not an operation", patch: null },
        "/broken": "not a path item",
        "/list": [{ get: {} }],
      },
    };
    const ops = operationsOf(doc);
    expect(ops.map((op) => [op.path, op.method, op.operation, op.pointer])).toEqual([
      ["/sites", "get", get, "/paths/~1sites/get"],
      ["/sites", "post", post, "/paths/~1sites/post"],
      ["/sites/{id}", "delete", del, "/paths/~1sites~1{id}/delete"],
    ]);
    expect(ops[0]?.pathItem).toBe(doc.paths["/sites"]);
    expect(operationsOf({ paths: { "/a": { put: {}, patch: {} } } }).map((op) => op.method)).toEqual(["put", "patch"]);
    expect(operationsOf({})).toEqual([]);
  });
});

describe("component references", () => {
  it.each<[unknown, string, string | undefined]>([
    [{ $ref: "#/components/schemas/Site" }, "schemas", "Site"],
    [{ $ref: "#/components/schemas/Rate%25Limit" }, "schemas", "Rate%Limit"],
    [{ $ref: "#/components/schemas/a~1b~0c" }, "schemas", "a/b~c"],
    [{ $ref: "#/components/parameters/Site" }, "schemas", undefined],
    [{ $ref: "#/components/schemasSite" }, "schemas", undefined],
    [{ $ref: "other.yaml#/components/schemas/Site" }, "schemas", undefined],
    [{ $ref: "#/components/schemas/100%" }, "schemas", undefined],
    [{ $ref: 1 }, "schemas", undefined],
    [{}, "schemas", undefined],
    ["#/components/schemas/Site", "schemas", undefined],
  ])("%j in %s names %j", (value, section, want) => {
    expect(componentRefName(value, section)).toBe(want);
  });

  it("follows one level of indirection, and gives anything else back as it is", () => {
    const site = { type: "object" };
    const alias = { $ref: "#/components/schemas/Site" };
    const doc = { components: { schemas: { Site: site, Alias: alias } } };
    expect(deref(doc, { $ref: "#/components/schemas/Site" }, "schemas")).toEqual({ value: site, pointer: "/components/schemas/Site" });
    expect(deref(doc, { $ref: "#/components/schemas/Alias" }, "schemas")).toEqual({ value: alias, pointer: "/components/schemas/Alias" });
    expect(deref(doc, { $ref: "#/components/schemas/Gone" }, "schemas")).toEqual({ value: undefined, pointer: "/components/schemas/Gone" });
    expect(deref(doc, { $ref: "#/components/responses/Site" }, "schemas")).toEqual({ value: { $ref: "#/components/responses/Site" } });
    expect(deref(doc, site, "schemas")).toEqual({ value: site });
  });
});

describe("walking schemas", () => {
  const visited = (schema: unknown, pointer = "#") => {
    const seen: string[] = [];
    walkSchema(schema, pointer, (_schema, at) => seen.push(at));
    return seen;
  };

  it("visits a schema, then its maps, its single children and its lists, each nested one with its pointer", () => {
    const schema = {
      type: "object",
      properties: { "a/b": { type: "string" }, c: { items: { type: "number" } } },
      patternProperties: { "^x": {} },
      $defs: { D: {} },
      items: {},
      additionalProperties: {},
      not: {},
      contains: {},
      propertyNames: {},
      if: {},
      then: {},
      else: {},
      allOf: [{}, {}],
      oneOf: [{}],
      anyOf: [{}],
      prefixItems: [{}],
    };
    expect(visited(schema)).toEqual([
      "#",
      "#/properties/a~1b",
      "#/properties/c",
      "#/properties/c/items",
      "#/patternProperties/^x",
      "#/$defs/D",
      "#/items",
      "#/additionalProperties",
      "#/not",
      "#/contains",
      "#/propertyNames",
      "#/if",
      "#/then",
      "#/else",
      "#/allOf/0",
      "#/allOf/1",
      "#/oneOf/0",
      "#/anyOf/0",
      "#/prefixItems/0",
    ]);
  });

  it("passes over what is not a schema: booleans, lists where one is expected, a map where a list is", () => {
    expect(visited(true)).toEqual([]);
    expect(visited(null)).toEqual([]);
    expect(visited({ items: true, additionalProperties: false, properties: [{}], allOf: { a: {} }, not: [{}] })).toEqual(["#"]);
  });

  it("hands each visit the schema itself", () => {
    const inner = { type: "string" };
    const seen: unknown[] = [];
    walkSchema({ items: inner }, "", (schema) => seen.push(schema));
    expect(seen[1]).toBe(inner);
  });

  it("finds every schema of a document: components, parameters, headers, responses, bodies, path items and operations", () => {
    const s = () => ({ type: "string" });
    const doc = {
      components: {
        schemas: { A: { properties: { b: s() } } },
        parameters: { P: { schema: s() } },
        headers: { H: { schema: s() } },
        responses: { R: { content: { "application/json": { schema: s() } }, headers: { X: { schema: s() } } } },
        requestBodies: { B: { content: { "text/plain": { schema: s() } } } },
      },
      paths: {
        "/a": {
          parameters: [{ schema: s() }, { name: "no schema" }],
          get: {
            parameters: [{}, { schema: s() }],
            requestBody: { content: { "application/json": { schema: s() } } },
            responses: { "200": { content: { "application/json": { schema: s() } }, headers: { Y: { schema: s() } } } },
          },
        },
        "/b": { parameters: "not a list" },
      },
    };
    const seen: string[] = [];
    walkAllSchemas(doc, (_schema, pointer) => seen.push(pointer));
    expect(seen).toEqual([
      "/components/schemas/A",
      "/components/schemas/A/properties/b",
      "/components/parameters/P/schema",
      "/components/headers/H/schema",
      "/components/responses/R/content/application~1json/schema",
      "/components/responses/R/headers/X/schema",
      "/components/requestBodies/B/content/text~1plain/schema",
      "/paths/~1a/parameters/0/schema",
      "/paths/~1a/get/parameters/1/schema",
      "/paths/~1a/get/requestBody/content/application~1json/schema",
      "/paths/~1a/get/responses/200/content/application~1json/schema",
      "/paths/~1a/get/responses/200/headers/Y/schema",
    ]);
    const none: string[] = [];
    walkAllSchemas({}, (_schema, pointer) => none.push(pointer));
    expect(none).toEqual([]);
  });
});
