/**
 * The normalise stage rule by rule: a document in, the normalised document and the findings (with the
 * pointer each one names) out. Documents are written inline as data; `where` echoes the pointer it is
 * asked for, so every assertion on a location is an assertion on the exact pointer normalise reports.
 */
import { describe, expect, it } from "vitest";
import { normaliseSpec, normaliseSpecs, type NormalisedSpec } from "../../generator/normalise/index.js";
import type { LoadedSpec } from "../../generator/load/index.js";
import type { Finding } from "../../generator/check/profile.js";

type Doc = Record<string, any>;

function spec(document: Doc, rootFile = "their-api.yaml"): LoadedSpec {
  return { rootFile, sourceName: `specs/${rootFile}`, document, files: [rootFile], where: (pointer) => ({ file: rootFile, line: 1, column: 1, pointer }) };
}

function normalise(document: Doc, rootFile?: string): { doc: Doc; problems: Finding[]; spec: NormalisedSpec } {
  const result = normaliseSpec(spec(document, rootFile));
  if (!result.spec) throw new Error(`not normalised: ${result.problems.map((p) => p.message).join("; ")}`);
  return { doc: result.spec.document as Doc, problems: result.problems, spec: result.spec };
}

/** `[rule, pointer]` of the findings of one level. */
const found = (problems: Finding[], level: Finding["level"]) => problems.filter((p) => p.level === level).map((p) => [p.rule, p.location?.pointer]);

const base = (extra: Doc = {}): Doc => ({
  openapi: "3.1.0",
  info: { title: "T", version: "1", "x-namespace": "t" },
  servers: [{ url: "https://api.example.com" }],
  tags: [{ name: "things" }],
  paths: {},
  ...extra,
});

/** A fresh nullable schema each time: normalise rewrites in place. */
const n = () => ({ type: "string", nullable: true });

describe("normalise: every place a schema can be", () => {
  // One `nullable` schema at each place OpenAPI 3.0 or 3.1 holds a schema: each must be rewritten and reported at its own pointer.
  const document = () =>
    base({
      paths: {
        "/a/{id}": {
          parameters: [{ name: "id", in: "path", required: true, schema: n() }],
          post: {
            operationId: "postA",
            tags: ["things"],
            parameters: [{ name: "q", in: "query", content: { "application/json": { schema: n() } } }],
            requestBody: { content: { "application/json": { schema: n(), encoding: { f: { headers: { "X-E": { schema: n() } } } } } } },
            responses: { "200": { description: "ok", headers: { "X-H": { schema: n() } }, content: { "application/json": { schema: n() } } } },
            callbacks: { cb: { "{$url}": { put: { requestBody: { content: { "application/json": { schema: n() } } }, responses: {} } } } },
          },
          options: { responses: { "200": { description: "ok", content: { "text/plain": { schema: n() } } } } },
        },
      },
      webhooks: { hook: { post: { requestBody: { content: { "application/json": { schema: n() } } } } } },
      components: {
        schemas: {
          S: {
            type: "object",
            properties: { p: n() },
            patternProperties: { "^x": n() },
            $defs: { d: n() },
            definitions: { e: n() },
            dependentSchemas: { f: n() },
            items: n(),
            additionalProperties: n(),
            not: n(),
            contains: n(),
            propertyNames: n(),
            if: n(),
            then: n(),
            else: n(),
            unevaluatedItems: n(),
            unevaluatedProperties: n(),
            additionalItems: n(),
            allOf: [n()],
            oneOf: [n()],
            anyOf: [n()],
            prefixItems: [n()],
          },
        },
        parameters: { P: { name: "p", in: "query", schema: n() } },
        headers: { H: { schema: n() } },
        responses: { R: { description: "r", content: { "application/json": { schema: n() } }, headers: { X: { schema: n() } } } },
        requestBodies: { B: { content: { "application/json": { schema: n() } } } },
        callbacks: { C: { "{$x}": { post: { parameters: [{ name: "c", in: "query", schema: n() }] } } } },
        pathItems: { I: { get: { parameters: [{ name: "i", in: "query", schema: n() }] } } },
      },
    });

  const expected = [
    "/components/schemas/S/properties/p",
    "/components/schemas/S/patternProperties/^x",
    "/components/schemas/S/$defs/d",
    "/components/schemas/S/definitions/e",
    "/components/schemas/S/dependentSchemas/f",
    "/components/schemas/S/items",
    "/components/schemas/S/additionalProperties",
    "/components/schemas/S/not",
    "/components/schemas/S/contains",
    "/components/schemas/S/propertyNames",
    "/components/schemas/S/if",
    "/components/schemas/S/then",
    "/components/schemas/S/else",
    "/components/schemas/S/unevaluatedItems",
    "/components/schemas/S/unevaluatedProperties",
    "/components/schemas/S/additionalItems",
    "/components/schemas/S/allOf/0",
    "/components/schemas/S/oneOf/0",
    "/components/schemas/S/anyOf/0",
    "/components/schemas/S/prefixItems/0",
    "/components/parameters/P/schema",
    "/components/headers/H/schema",
    "/components/responses/R/content/application~1json/schema",
    "/components/responses/R/headers/X/schema",
    "/components/requestBodies/B/content/application~1json/schema",
    "/components/callbacks/C/{$x}/post/parameters/0/schema",
    "/components/pathItems/I/get/parameters/0/schema",
    "/paths/~1a~1{id}/parameters/0/schema",
    "/paths/~1a~1{id}/post/parameters/0/content/application~1json/schema",
    "/paths/~1a~1{id}/post/requestBody/content/application~1json/schema",
    "/paths/~1a~1{id}/post/requestBody/content/application~1json/encoding/f/headers/X-E/schema",
    "/paths/~1a~1{id}/post/responses/200/content/application~1json/schema",
    "/paths/~1a~1{id}/post/responses/200/headers/X-H/schema",
    "/paths/~1a~1{id}/post/callbacks/cb/{$url}/put/requestBody/content/application~1json/schema",
    "/paths/~1a~1{id}/options/responses/200/content/text~1plain/schema",
    "/webhooks/hook/post/requestBody/content/application~1json/schema",
  ];

  it("3.1: rewrites each one and reports it at its pointer", () => {
    const { doc, problems } = normalise(document());
    expect(JSON.stringify(doc)).not.toContain("nullable");
    expect(
      found(problems, "deviation")
        .map(([, pointer]) => pointer)
        .sort(),
    ).toEqual(expected.map((p) => `${p}/nullable`).sort());
    expect(doc.components.schemas.S.properties.p).toEqual({ type: ["string", "null"] });
  });

  it("3.0: rewrites each one without a word", () => {
    const { doc, problems } = normalise({ ...document(), openapi: "3.0.3" });
    expect(JSON.stringify(doc)).not.toContain("nullable");
    expect(problems.filter((p) => p.level === "deviation")).toEqual([]);
    expect(found(problems, "style")).toEqual([["openapi-version", "/openapi"]]);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("follows callbacks nine path items deep, and no deeper", () => {
    // Each callback's path item holds the next; a guard against documents that nest without end.
    const item = (level: number): Doc => ({
      post: { parameters: [{ name: `p${level}`, in: "query", schema: n() }], ...(level < 10 ? { callbacks: { cb: { "{$x}": item(level + 1) } } } : {}) },
    });
    const { doc } = normalise(base({ openapi: "3.0.3", paths: { "/a": item(0) } }));
    const types: unknown[] = [];
    for (let node = doc.paths["/a"]; node; node = node.post.callbacks?.cb["{$x}"]) types.push(node.post.parameters[0].schema.type);
    expect(types).toEqual([...Array(9).fill(["string", "null"]), "string", "string"]);
  });

  it("walks a schema that a rewrite moved under anyOf", () => {
    const { doc } = normalise(base({ components: { schemas: { S: { nullable: true, allOf: [{ type: "object", properties: { p: n() } }] } } } }));
    expect(doc.components.schemas.S).toEqual({ anyOf: [{ allOf: [{ type: "object", properties: { p: { type: ["string", "null"] } } }] }, { type: "null" }] });
  });

  it("leaves alone what is not a schema: a boolean schema, a list where a map belongs", () => {
    const { doc } = normalise(base({ components: { schemas: { T: true, S: { properties: [n()], items: true } } } }));
    expect(doc.components.schemas).toEqual({ T: true, S: { properties: [n()], items: true } });
  });
});

describe("normalise: the 3.0 schema dialect", () => {
  const schemaOf = (schema: Doc, openapi = "3.0.3") => normalise(base({ openapi, components: { schemas: { S: schema } } })).doc.components.schemas.S;

  it.each<[string, Doc, Doc]>([
    ["a null type stays one null", { type: "null", nullable: true }, { type: "null" }],
    ["a type list gets null once", { type: ["string", "integer"], nullable: true }, { type: ["string", "integer", "null"] }],
    ["a type list with null is kept", { type: ["string", "null"], nullable: true }, { type: ["string", "null"] }],
    ["an enum gets null", { type: "string", enum: ["a"], nullable: true }, { type: ["string", "null"], enum: ["a", null] }],
    ["an enum with null keeps one", { type: "string", enum: ["a", null], nullable: true }, { type: ["string", "null"], enum: ["a", null] }],
    ["a type list's enum gets null", { type: ["string"], enum: ["a"], nullable: true }, { type: ["string", "null"], enum: ["a", null] }],
    ["an untyped enum gets null", { enum: ["a"], description: "d", nullable: true }, { enum: ["a", null], description: "d" }],
    ["an untyped enum with more keywords is wrapped", { enum: ["a"], minLength: 1, nullable: true }, { anyOf: [{ enum: ["a"], minLength: 1 }, { type: "null" }] }],
    ["a const is wrapped", { const: "a", nullable: true }, { anyOf: [{ const: "a" }, { type: "null" }] }],
    ["oneOf is wrapped", { oneOf: [{ type: "string" }], nullable: true }, { anyOf: [{ oneOf: [{ type: "string" }] }, { type: "null" }] }],
    ["anyOf is wrapped", { anyOf: [{ type: "string" }], nullable: true }, { anyOf: [{ anyOf: [{ type: "string" }] }, { type: "null" }] }],
    ["nullable other than true is dropped", { type: "string", nullable: "yes" }, { type: "string" }],
  ])("nullable: %s", (_, schema, expected) => {
    expect(schemaOf(schema)).toStrictEqual(expected);
  });

  it("keeps annotations and extensions outside the wrapper, constraints inside", () => {
    const annotations = { title: "t", description: "d", deprecated: true, readOnly: true, writeOnly: false, default: 1, examples: [1], externalDocs: { url: "https://x" }, xml: { name: "x" }, $comment: "c", "x-kind": "k" };
    expect(schemaOf({ ...annotations, allOf: [{ type: "object" }], minProperties: 1, nullable: true })).toEqual({ ...annotations, anyOf: [{ allOf: [{ type: "object" }], minProperties: 1 }, { type: "null" }] });
  });

  it("boolean exclusive bounds: true moves the bound, false or no bound drops the flag", () => {
    expect(schemaOf({ type: "number", maximum: 9, exclusiveMaximum: true })).toStrictEqual({ type: "number", exclusiveMaximum: 9 });
    expect(schemaOf({ type: "number", exclusiveMinimum: true, exclusiveMaximum: false, maximum: 9 })).toStrictEqual({ type: "number", maximum: 9 });
  });

  it("example joins examples only when there are none; tuple items join prefixItems only when there are none", () => {
    expect(schemaOf({ type: "string", example: "a" })).toEqual({ type: "string", examples: ["a"] });
    expect(schemaOf({ type: "string", example: "a", examples: ["b"] })).toEqual({ type: "string", examples: ["b"] });
    expect(schemaOf({ type: "string", example: null })).toEqual({ type: "string", examples: [null] });
    expect(schemaOf({ type: "array", items: [{ type: "string" }], prefixItems: [{ type: "integer" }] })).toEqual({ type: "array", prefixItems: [{ type: "integer" }] });
  });

  it("3.1 keeps example, and reports each 3.0 keyword it rewrites at its pointer", () => {
    const { doc, problems } = normalise(
      base({ components: { schemas: { S: { type: "array", example: [], items: [{ type: "string" }], minItems: 1, exclusiveMinimum: false, exclusiveMaximum: true, maximum: 3 } } } }),
    );
    expect(doc.components.schemas.S).toEqual({ type: "array", example: [], prefixItems: [{ type: "string" }], minItems: 1, exclusiveMaximum: 3 });
    expect(found(problems, "deviation")).toEqual([
      ["schema-exclusive-bound", "/components/schemas/S/exclusiveMinimum"],
      ["schema-exclusive-bound", "/components/schemas/S/exclusiveMaximum"],
      ["schema-items", "/components/schemas/S/items"],
    ]);
    expect(problems.find((p) => p.rule === "schema-exclusive-bound")?.message).toBe("boolean exclusiveMinimum is OpenAPI 3.0; in 3.1 exclusiveMinimum is the bound itself (a number)");
    expect(problems.find((p) => p.rule === "schema-items")?.message).toBe("items must be one schema; write a tuple as prefixItems in 3.1");
  });

  it("3.1 reports nullable whatever the schema's shape", () => {
    const { problems } = normalise(
      base({ components: { schemas: { A: { type: ["string"], nullable: true }, B: { nullable: true }, C: { enum: ["a"], nullable: true }, D: { $ref: "#/components/schemas/A", nullable: true }, E: { type: "string", nullable: false } } } }),
    );
    expect(found(problems, "deviation").map(([, pointer]) => pointer)).toEqual(["A", "B", "C", "D", "E"].map((name) => `/components/schemas/${name}/nullable`));
    expect(problems[0]?.message).toBe('"nullable" is OpenAPI 3.0; write type: [X, "null"] in 3.1');
  });
});

describe("normalise: versions", () => {
  const refused = (document: Doc) => {
    const result = normaliseSpec(spec(document));
    expect(result.spec).toBeUndefined();
    return result.problems.map((p) => [p.level, p.rule, p.location?.pointer, p.message]);
  };

  it.each(["3.0.0", "3.0.3-rc.1", "3.1.0", "3.1.1-beta"])("reads %s, keeping the version written", (openapi) => {
    const { spec, doc } = normalise(base({ openapi }));
    expect(spec.sourceVersion).toBe(openapi);
    expect(doc.openapi).toBe(openapi.startsWith("3.0") ? "3.1.0" : openapi);
  });

  it("reads a patch version of several digits", () => {
    expect(normalise(base({ openapi: "3.0.10" })).doc.openapi).toBe("3.1.0");
    expect(normalise(base({ openapi: "3.1.12" })).spec.sourceVersion).toBe("3.1.12");
  });

  it.each(["3.0", "3.1", "v3.1.0", "3.1.0 ", "3.0.3 ", "3.0.1x", "3.0.1-", " 3.0.1", "3.1.x", "3.10.0", "3.1.0-", "4.0.0"])("refuses %j", (openapi) => {
    expect(refused(base({ openapi }))).toEqual([["validity", "openapi-version", "/openapi", `OpenAPI ${JSON.stringify(openapi)} is not supported: webflow-codegen reads OpenAPI 3.0.x and 3.1.x`]]);
  });

  it("refuses Swagger, whatever its version's type, before looking at openapi", () => {
    const [[, , pointer, message]] = refused({ swagger: 2, openapi: "3.1.0" }) as [[string, string, string, string]];
    expect(pointer).toBe("/swagger");
    expect(message).toMatch(/^this is a Swagger 2 document \(swagger: 2\); webflow-codegen reads OpenAPI 3\.0 and 3\.1/);
    expect(refused({ swagger: "2.0" })[0]?.[3]).toMatch(/^this is a Swagger 2\.0 document \(swagger: "2\.0"\);/);
    expect(refused({ swagger: ["2.0"] })[0]?.[3]).toMatch(/^this is a Swagger \["2\.0"\] document \(swagger: \["2\.0"\]\);/);
  });

  it("refuses a missing or non-string openapi at the right place", () => {
    expect(refused({ info: {} })).toEqual([["validity", "openapi-version", "", 'not an OpenAPI document: the root has no "openapi" field (expected openapi: 3.0.x or 3.1.x)']]);
    expect(refused({ openapi: 3.1 })).toEqual([["validity", "openapi-version", "/openapi", 'openapi must be a version string such as "3.1.0", found 3.1 (quote it: a YAML number loses the patch version)']]);
    expect(refused({ openapi: true })).toEqual([["validity", "openapi-version", "/openapi", 'openapi must be a version string such as "3.1.0", found true']]);
  });

  it("3.0 is a house-style finding saying what was found", () => {
    const { problems } = normalise(base({ openapi: "3.0.2" }));
    expect(problems).toEqual([expect.objectContaining({ level: "style", severity: "error", rule: "openapi-version", message: 'expected "openapi: 3.1.x", found "3.0.2"' })]);
  });

  it("leaves the loaded document as it was, and keeps the specs it could read", () => {
    const document = base({ openapi: "3.0.3", components: { schemas: { S: n() } } });
    const before = structuredClone(document);
    const { specs, problems } = normaliseSpecs([spec({ swagger: "2.0" }, "old.yaml"), spec(document, "new.yaml")]);
    expect(document).toEqual(before);
    expect(specs.map((s) => s.rootFile)).toEqual(["new.yaml"]);
    expect(problems.map((p) => `${p.location?.file} ${p.rule}`)).toEqual(["old.yaml openapi-version", "new.yaml openapi-version"]);
    expect(specs[0]?.sourceName).toBe("specs/new.yaml");
  });
});

describe("normalise: what the model needs, filled in", () => {
  it("namespace: a written one stays (no finding), a missing one comes from the file name, no info is left to the check", () => {
    expect(normalise(base()).doc.info["x-namespace"]).toBe("t");
    expect(found(normalise(base()).problems, "style")).toEqual([]);
    const derived = normalise(base({ info: { title: "T", version: "1" } }), "Their.Shop.YAML");
    expect(derived.doc.info["x-namespace"]).toBe("theirShop");
    expect(derived.problems).toEqual([expect.objectContaining({ level: "style", rule: "info-namespace", location: expect.objectContaining({ pointer: "/info/x-namespace" }) })]);
    const { info, ...noInfo } = base();
    expect(normalise(noInfo).doc.info).toBeUndefined();
    expect(normalise({ ...noInfo, info: "x" }).doc.info).toBe("x");
  });

  it("namespace: a null one is not filled in (the check reports it)", () => {
    expect(normalise(base({ info: { title: "T", version: "1", "x-namespace": null } })).doc.info["x-namespace"]).toBeNull();
  });

  it.each<[string, unknown, string]>([
    ["spec.yml", "", "api"],
    ["spec.yml", "!!!", "api"],
    ["spec.yml", 42, "api"],
    ["index.json", "Pet Store", "petStore"],
    ["bundled.yaml", "One Two Three Four Five Six Seven", "oneTwoThreeFourFiveSix"],
    ["V3.JSON", "Shop", "shop"],
    ["src.json", "x", "srcApi"],
    ["dist.yaml", "x", "distApi"],
    ["index.yaml", "Index", "indexApi"],
    ["spec.yaml", "7 Seas", "api7Seas"],
    ["my-pets.api.yaml", "x", "myPetsApi"],
    ["shop.json.yaml", "x", "shopJson"],
    ["___.yaml", "Shop", "shop"],
    ["open-api.yaml", "Shop", "shop"],
  ])("namespace of %s titled %j: %s", (file, title, expected) => {
    expect(normalise(base({ info: { title, version: "1" } }), file).doc.info["x-namespace"]).toBe(expected);
  });

  it("servers: none or an empty list get the relative default and a finding at /servers", () => {
    for (const servers of [undefined, []]) {
      const { doc, problems } = normalise({ ...base(), servers });
      expect(doc.servers).toEqual([{ url: "/", description: expect.stringContaining('OpenAPI\'s default is "/"') }]);
      expect(problems).toEqual([expect.objectContaining({ level: "style", rule: "servers", message: "at least one server with a url is required (the client's default base URL)", location: expect.objectContaining({ pointer: "/servers" }) })]);
    }
  });

  it.each(["/v2", "ftp://files.example.com", "api.example.com", "mailto:a@b.c"])("servers: a first url %j that is not absolute http(s) is a finding, kept as written", (url) => {
    const { doc, problems } = normalise(base({ servers: [{ url }, { url: "https://b.example.com" }] }));
    expect(doc.servers).toEqual([{ url }, { url: "https://b.example.com" }]);
    expect(problems.map((p) => [p.level, p.rule, p.message, p.location?.pointer])).toEqual([["style", "servers", `servers[0].url ${JSON.stringify(url)} is not an absolute http(s) URL`, "/servers/0/url"]]);
  });

  it.each<[unknown]>([["http://api.example.com"], ["HTTPS://API.example.com/v2"], [42], [undefined]])("servers: a first url %j is left to the check", (url) => {
    const { doc, problems } = normalise(base({ servers: [{ url }] }));
    expect(doc.servers).toEqual([{ url }]);
    expect(problems).toEqual([]);
  });

  it("operationIds: each missing one from method and path, numbered after every written and earlier id, reported at the operation", () => {
    const op = (operationId?: string) => ({ tags: ["things"], ...(operationId ? { operationId } : {}), responses: {} });
    const { doc, problems } = normalise(
      base({
        paths: {
          "/things": { get: op(), post: op("getThings2"), put: op(), patch: op() },
          "/things/": { get: op() },
          "/": { delete: op() },
        },
      }),
    );
    expect([doc.paths["/things"].get, doc.paths["/things"].post, doc.paths["/things"].put, doc.paths["/things"].patch, doc.paths["/things/"].get, doc.paths["/"].delete].map((o: Doc) => o.operationId)).toEqual([
      "getThings",
      "getThings2",
      "putThings",
      "patchThings",
      "getThings3",
      "deleteRoot",
    ]);
    expect(found(problems, "style")).toEqual([
      ["operation-id", "/paths/~1things/get"],
      ["operation-id", "/paths/~1things/put"],
      ["operation-id", "/paths/~1things/patch"],
      ["operation-id", "/paths/~1things~1/get"],
      ["operation-id", "/paths/~1/delete"],
    ]);
    expect(problems[0]?.message).toBe("GET /things has no operationId");
  });

  it("tags: an untagged operation gets its path's, declared after the written ones; an undeclared written tag is declared and reported once, on the first tag only", () => {
    const { doc, problems } = normalise(
      base({
        tags: [{ name: "things" }, { name: "unused" }],
        paths: {
          "/v1/orders": { get: { operationId: "a", responses: {} }, post: { operationId: "b", tags: [], responses: {} } },
          "/things": { get: { operationId: "c", tags: ["things", "extra"], responses: {} }, put: { operationId: "d", tags: ["people", "extra"], responses: {} } },
          "/people": { get: { operationId: "e", tags: ["people"], responses: {} } },
        },
      }),
    );
    expect(doc.paths["/v1/orders"].get.tags).toEqual(["orders"]);
    expect(doc.paths["/v1/orders"].post.tags).toEqual(["orders"]);
    expect(doc.tags).toEqual([{ name: "things" }, { name: "unused" }, { name: "orders" }, { name: "extra" }, { name: "people" }]);
    expect(found(problems, "style")).toEqual([
      ["operation-tag", "/paths/~1v1~1orders/get"],
      ["operation-tag", "/paths/~1v1~1orders/post"],
      ["operation-tag", "/paths/~1things/put/tags/0"],
      ["operation-tag", "/paths/~1people/get/tags/0"],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      "GET /v1/orders needs a tag: it decides the client group",
      "POST /v1/orders needs a tag: it decides the client group",
      'tag "people" is not declared under the top-level tags',
      'tag "people" is not declared under the top-level tags',
    ]);
  });

  it("tags: the top-level list is left as it is when nothing is missing, and read as empty when it is not a list", () => {
    const tagged = { "/x": { get: { operationId: "x", tags: ["things"], responses: {} } } };
    expect(normalise(base({ paths: tagged })).doc.tags).toEqual([{ name: "things" }]);
    expect(normalise(base({ tags: undefined, paths: {} })).doc.tags).toBeUndefined();
    const odd = normalise(base({ tags: { things: {} }, paths: tagged }));
    expect(odd.doc.tags).toEqual([{ name: "things" }]);
    expect(found(odd.problems, "style")).toEqual([["operation-tag", "/paths/~1x/get/tags/0"]]);
  });

  it.each<[unknown]>([["things"], [["things", 1]], [[null]]])("tags: %j is not a list of names: a validity error, and nothing is made up", (tags) => {
    const { doc, problems } = normalise(base({ paths: { "/x": { get: { operationId: "x", tags, responses: {} } } } }));
    expect(doc.paths["/x"].get.tags).toEqual(tags);
    expect(doc.tags).toEqual([{ name: "things" }]);
    expect(problems.map((p) => [p.level, p.severity, p.rule, p.message, p.location?.pointer])).toEqual([["validity", "error", "operation-tag", "tags of GET /x must be a list of tag names", "/paths/~1x/get/tags"]]);
  });
});

describe("normalise: scopes used but not declared", () => {
  const UNDECLARED = "Not declared by the API description; named by its security requirements.";
  const schemes = (flows: unknown) => ({
    securitySchemes: { oauth: { type: "oauth2", flows }, key: { type: "apiKey", in: "header", name: "X-Key" } },
  });

  it("declares a scope no flow declares on every flow (b:write, declared by one, is left), reported where the requirement names it (root and operation)", () => {
    const { doc, problems } = normalise(
      base({
        security: [{ key: [] }, { oauth: ["a:read", 7, "b:write"] }],
        paths: { "/x": { get: { operationId: "x", tags: ["things"], security: [{ oauth: ["c:read"], key: ["ignored"] }], responses: {} } } },
        components: schemes({ authorizationCode: { scopes: { "b:write": "B" } }, clientCredentials: { scopes: "none" } }),
      }),
    );
    expect(doc.components.securitySchemes.oauth.flows).toEqual({
      authorizationCode: { scopes: { "b:write": "B", "a:read": UNDECLARED, "c:read": UNDECLARED } },
      clientCredentials: { scopes: { "a:read": UNDECLARED, "c:read": UNDECLARED } },
    });
    expect(found(problems, "deviation")).toEqual([
      ["security-scope", "/security/1/oauth/0"],
      ["security-scope", "/paths/~1x/get/security/0/oauth/0"],
    ]);
    expect(problems.find((p) => p.level === "deviation")?.message).toBe('scope "a:read" is not declared by the oauth scheme');
  });

  it("declares a scope named __proto__ as an own entry", () => {
    const { doc } = normalise(base({ security: [{ oauth: ["__proto__"] }], components: schemes({ implicit: { scopes: {} } }) }));
    const scopes = doc.components.securitySchemes.oauth.flows.implicit.scopes;
    expect(Object.keys(scopes)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(scopes)).toBe(Object.prototype);
  });

  it("a scope one flow declares is declared: nothing is added", () => {
    const flows = { implicit: { scopes: { "a:read": "A" } }, password: { scopes: {} } };
    const { doc, problems } = normalise(base({ security: [{ oauth: ["a:read"] }], components: schemes(structuredClone(flows)) }));
    expect(doc.components.securitySchemes.oauth.flows).toEqual(flows);
    expect(problems).toEqual([]);
  });

  it("a scheme without flows: reported, nothing to declare it on; other schemes and shapes are not looked at", () => {
    const { doc, problems } = normalise(base({ security: [{ oauth: ["a:read"] }, { nothing: ["z"] }, { oauth: "a:read" }], components: schemes({ implicit: "not a flow" }) }));
    expect(doc.components.securitySchemes.oauth.flows).toEqual({ implicit: "not a flow" });
    expect(found(problems, "deviation")).toEqual([["security-scope", "/security/0/oauth/0"]]);
    expect(normalise(base({ security: { oauth: ["a"] }, components: schemes({}) })).problems).toEqual([]);
  });
});

describe("normalise: patterns in Unicode mode, in a document", () => {
  it.each([
    ["^\\-{2}\\_{10}x{1,}y{1,10}z{2,3}$", "^-{2}_{10}x{1,}y{1,10}z{2,3}$"],
    ["a}\\-", "a\\}-"],
    ["a{b}\\-", "a\\{b\\}-"],
    ["[a\\-z]\\_", "[a\\-z]_"],
    ["[.-\\w]\\_", "[.\\-\\w]_"],
    ["\\w[-a]\\_", "\\w[-a]_"],
    ["[-a]\\_", "[-a]_"],
    ["[a\\w-]\\_", "[a\\w\\-]_"],
    ["\\.\\_", "\\._"],
    ["[a\\_]", "[a_]"],
    ["[a-bs]\\_", "[a-bs]_"],
    ["a{b}c{2}\\-", "a\\{b\\}c{2}-"],
  ])("pattern %s is read as %s", (from, to) => {
    expect(normalise(base({ components: { schemas: { S: { type: "string", pattern: from } } } })).doc.components.schemas.S.pattern).toBe(to);
  });

  it("rewrites pattern and patternProperties keys, each reported at its pointer; keys that need nothing stay, __proto__ too", () => {
    const { doc, problems } = normalise(
      base({
        components: {
          schemas: {
            S: { type: "string", pattern: "^a\\-b$" },
            M: { type: "object", patternProperties: JSON.parse('{"__proto__": {"type": "string"}, "^x\\\\-": {"type": "integer"}, "^ok$": {"type": "boolean"}}') },
            K: { type: "string", pattern: "^fine$" },
          },
        },
      }),
    );
    expect(doc.components.schemas.S.pattern).toBe("^a-b$");
    expect(doc.components.schemas.K.pattern).toBe("^fine$");
    const map = doc.components.schemas.M.patternProperties;
    expect(Object.keys(map)).toEqual(["__proto__", "^x-", "^ok$"]);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(map["^x-"]).toEqual({ type: "integer" });
    expect(found(problems, "deviation")).toEqual([
      ["schema-pattern", "/components/schemas/S/pattern"],
      ["schema-pattern", "/components/schemas/M/patternProperties/^x\\-"],
    ]);
    expect(problems[0]?.message).toBe('pattern "^a\\\\-b$" is valid only without the Unicode flag; read as "^a-b$", which means the same in Unicode mode (the mode JSON Schema specifies)');
  });

  it("a patternProperties map whose every key needs rewriting is rewritten too", () => {
    const { doc, problems } = normalise(base({ components: { schemas: { M: { type: "object", patternProperties: { "^x\\-": { type: "integer" } } } } } }));
    expect(doc.components.schemas.M.patternProperties).toEqual({ "^x-": { type: "integer" } });
    expect(found(problems, "deviation")).toEqual([["schema-pattern", "/components/schemas/M/patternProperties/^x\\-"]]);
  });
});
