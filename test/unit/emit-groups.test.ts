/**
 * What the operations generator/emit/groups.ts writes do on the wire: each spec goes in as a small
 * document served by a test server on 127.0.0.1, the group module is written beside the client and the
 * runtime and imported, and each operation is called through the lean core `createCore` makes (which sends
 * only what the generated request asks for: a query, form or credential writer the operation does not pass
 * is an error there). What reaches the server and what the call resolves to is the behaviour under test.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitClient } from "../../generator/emit/client.js";
import { emitComponentsModule, emitGroupModule } from "../../generator/emit/groups.js";
import { emitSchemaTypes } from "../../generator/emit/types.js";
import type { ApiModel } from "../../generator/model/types.js";
import { useTestServer, type ScriptedResponse } from "../e2e/server.js";
import { importEmitted, strictDiagnostics, moduleFiles } from "../support/emitted-module.js";
import { modelOfDocument } from "../support/model.js";

const server = useTestServer();

type Operation = Record<string, unknown>;

/** A spec of namespace `t` served by the test server, with one tag `Things` and the given paths. */
function api(paths: Record<string, Record<string, Operation>>, extra: Extra = {}): ApiModel {
  return modelOfDocument(documentOf(paths, extra));
}

type Extra = { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown>; security?: unknown[] };

function documentOf(paths: Record<string, Record<string, Operation>>, extra: Extra = {}): Record<string, unknown> {
  const tagged = Object.fromEntries(Object.entries(paths).map(([p, ops]) => [p, Object.fromEntries(Object.entries(ops).map(([method, op]) => [method, { tags: ["Things"], ...op }]))]));
  return {
    openapi: "3.1.0",
    info: { title: "T", version: "1", "x-namespace": "t" },
    servers: [{ url: server.origin }],
    tags: [{ name: "Things" }],
    ...(extra.security ? { security: extra.security } : {}),
    components: { schemas: extra.schemas ?? {}, securitySchemes: extra.securitySchemes ?? {} },
    paths: tagged,
  };
}

const json = (schema: unknown, status = "200") => ({ [status]: { description: "ok", content: { "application/json": { schema } } } });
const none = { "204": { description: "no content" } };

interface Loaded {
  core: unknown;
  /** The group module's exports: the standalone functions and the class. */
  things: Record<string, any>;
  client: Record<string, any>;
}

/** The group module of `Things` and the client, imported from one folder, with a core holding `config`. */
async function load(model: ApiModel, config: Record<string, unknown> = { token: "t" }): Promise<Loaded> {
  const tag = model.tags[0] as ApiModel["tags"][number];
  const groupModule = emitGroupModule(model, tag);
  const group = groupModule.file;
  const files = moduleFiles(model, [emitClient(model), groupModule, emitComponentsModule(model)]);
  const client = (await importEmitted([...files, { path: "src/t/entry.ts", contents: `export * from "./client.js";\nexport * as things from "./${group.path.split("/").pop()?.replace(/\.ts$/, ".js")}";\n` }], "src/t/entry.ts")) as Record<string, any>;
  return { core: client.createCore(config), things: client.things as Record<string, any>, client };
}

/** The one request the server got, after the call `run` made. */
async function sent(run: () => Promise<unknown>, ...answers: ScriptedResponse[]) {
  server.enqueue(...(answers.length > 0 ? answers : [{ status: 204 }]));
  await run();
  expect(server.requests).toHaveLength(1);
  return server.requests[0] as (typeof server.requests)[number];
}

/** Every operation authenticates with the bearer token, as the core does unless a request says otherwise. */
const bearer = { securitySchemes: { bearer: { type: "http", scheme: "bearer" }, key: { type: "apiKey", in: "header", name: "X-Key" } }, security: [{ bearer: [] }] };

const param = (name: string, where: string, schema: unknown, more: Record<string, unknown> = {}) => ({ name, in: where, schema, ...more });

describe("parameters on the wire", () => {
  // given: an operation's parameters and what the caller passes; want: the request target the server sees.
  it.each<{ spec: string; params: unknown[]; given: Record<string, unknown>; url: string }>([
    { spec: "path and scalar query parameters", params: [param("id", "path", { type: "string" }, { required: true }), param("limit", "query", { type: "integer" }), param("flag", "query", { type: "boolean" })], given: { id: "a b", limit: 5, flag: false }, url: "/things/a%20b?limit=5&flag=false" },
    { spec: "an omitted optional query parameter", params: [param("id", "path", { type: "string" }, { required: true }), param("limit", "query", { type: "integer" })], given: { id: "x" }, url: "/things/x" },
    { spec: "an array query parameter (form, exploded)", params: [param("id", "path", { type: "string" }, { required: true }), param("tags", "query", { type: "array", items: { type: "string" } })], given: { id: "x", tags: ["a", "b"] }, url: "/things/x?tags=a&tags=b" },
    { spec: "an array query parameter, not exploded", params: [param("id", "path", { type: "string" }, { required: true }), param("tags", "query", { type: "array", items: { type: "string" } }, { explode: false })], given: { id: "x", tags: ["a", "b"] }, url: "/things/x?tags=a%2Cb" },
    { spec: "a scalar query parameter, space-delimited", params: [param("id", "path", { type: "string" }, { required: true }), param("q", "query", { type: "string" }, { style: "spaceDelimited", explode: false })], given: { id: "x", q: "a" }, url: "/things/x?q=a" },
    { spec: "an object query parameter (deepObject)", params: [param("id", "path", { type: "string" }, { required: true }), param("filter", "query", { type: "object", properties: { name: { type: "string" } } }, { style: "deepObject" })], given: { id: "x", filter: { name: "n" } }, url: "/things/x?filter%5Bname%5D=n" },
    { spec: "an object query parameter (form)", params: [param("id", "path", { type: "string" }, { required: true }), param("filter", "query", { type: "object", properties: { name: { type: "string" } } })], given: { id: "x", filter: { name: "n" } }, url: "/things/x?name=n" },
    { spec: "a query parameter named like an Object.prototype member, omitted", params: [param("id", "path", { type: "string" }, { required: true }), param("constructor", "query", { type: "string" })], given: { id: "x" }, url: "/things/x" },
    { spec: "a query parameter named like an Object.prototype member, set", params: [param("id", "path", { type: "string" }, { required: true }), param("constructor", "query", { type: "string" })], given: { id: "x", constructor: "c" }, url: "/things/x?constructor=c" },
    { spec: "a name used in the path and the query", params: [param("id", "path", { type: "string" }, { required: true }), param("id", "query", { type: "string" })], given: { id: "p", id_query: "q" }, url: "/things/p?id=q" },
  ])("$spec", async ({ params, given, url }) => {
    const { core, things } = await load(api({ "/things/{id}": { get: { operationId: "getThing", parameters: params, responses: none } } }));
    const request = await sent(() => things.getThing(core, given));
    expect(request.url).toBe(url);
  });

  // given: a header or cookie parameter and what the caller passes; want: the header the server sees.
  it.each([
    { spec: "an integer header, sent as text", params: [param("x-count", "header", { type: "integer" })], given: { "x-count": 5 }, header: "x-count", value: "5" },
    { spec: "an omitted header", params: [param("x-count", "header", { type: "integer" })], given: {}, header: "x-count", value: undefined },
    { spec: "a header with one allowed value, sent without the caller", params: [param("accept-version", "header", { type: "string", enum: ["1.0.0"] }, { required: true })], given: {}, header: "accept-version", value: "1.0.0" },
    { spec: "a cookie beside a query parameter", params: [param("limit", "query", { type: "integer" }), param("session", "cookie", { type: "string" })], given: { session: "abc" }, header: "cookie", value: "session=abc" },
  ])("$spec", async ({ params, given, header, value }) => {
    // Bearer auth, the core's default: the request names no credentials of its own.
    const { core, things } = await load(api({ "/things": { get: { operationId: "listThings", parameters: params, responses: none } } }, bearer));
    const request = await sent(() => things.listThings(core, given));
    expect(request.headers[header]).toBe(value);
  });

  it("calls an operation whose parameters are all optional without any", async () => {
    const { core, things } = await load(api({ "/things": { get: { operationId: "listThings", parameters: [param("limit", "query", { type: "integer" })], responses: none } } }));
    expect((await sent(() => things.listThings(core))).url).toBe("/things");
  });
});

describe("the query writer travels only with the operations that need it", () => {
  /** Whether the emitted function of an operation with query parameter `schema` passes the runtime's query writer. */
  const passesEncoder = (schema: unknown, more: Record<string, unknown> = {}, schemas: Record<string, unknown> = {}) => {
    const model = api({ "/things": { get: { operationId: "listThings", parameters: [param("q", "query", schema, more)], responses: none } } }, { schemas });
    return /encodeQuery:/.test(emitGroupModule(model, model.tags[0] as ApiModel["tags"][number]).file.contents);
  };

  // given: the query parameter's schema; want: whether its request brings `encodeQuery` (the lean core writes scalars itself).
  it.each([
    { schema: { type: "string" }, encoder: false },
    { schema: { type: "integer" }, encoder: false },
    { schema: { type: "number" }, encoder: false },
    { schema: { type: "boolean" }, encoder: false },
    { schema: { type: "string", enum: ["a", "b"] }, encoder: false },
    { schema: { $ref: "#/components/schemas/Name" }, encoder: false },
    { schema: { type: "array", items: { type: "string" } }, encoder: true },
    { schema: { type: "object" }, encoder: true },
    { schema: { $ref: "#/components/schemas/Names" }, encoder: true },
    { schema: { $ref: "#/components/schemas/Missing" }, encoder: true },
    { schema: {}, encoder: true },
    { schema: { enum: ["a", "b"] }, encoder: false },
    { schema: { maxLength: 3 }, encoder: true },
  ])("$schema: $encoder", ({ schema, encoder }) => {
    expect(passesEncoder(schema, {}, { Name: { type: "string" }, Names: { type: "array", items: { type: "string" } } })).toBe(encoder);
  });

  it("a styled scalar brings it; a path parameter never does", () => {
    expect(passesEncoder({ type: "string" }, { style: "pipeDelimited", explode: false })).toBe(true);
    const model = api({ "/things/{id}": { get: { operationId: "getThing", parameters: [param("id", "path", { type: "array", items: { type: "string" } }, { required: true })], responses: none } } });
    expect(emitGroupModule(model, model.tags[0] as ApiModel["tags"][number]).file.contents).not.toMatch(/encodeQuery|queryStyles/);
  });
});

describe("request bodies", () => {
  const post = (content: Record<string, unknown>, required = true) => ({ "/things": { post: { operationId: "createThing", requestBody: { required, content }, responses: none } } });
  const object = { type: "object", properties: { name: { type: "string" }, count: { type: "integer" } }, required: ["name"] };

  // given: the body's media type and the value passed; want: the Content-Type and body the server sees.
  it.each([
    { type: "application/json", body: { name: "n" }, contentType: "application/json", raw: '{"name":"n"}' },
    { type: "application/vnd.api+json", body: { name: "n" }, contentType: "application/vnd.api+json", raw: '{"name":"n"}' },
    { type: "application/x-www-form-urlencoded", body: { name: "n", count: 2 }, contentType: "application/x-www-form-urlencoded", raw: "name=n&count=2" },
    { type: "text/plain", body: "hello", contentType: "text/plain", raw: "hello", schema: { type: "string" } },
    { type: "application/octet-stream", body: "bytes", contentType: "application/octet-stream", raw: "bytes", schema: { type: "string", format: "binary" } },
  ])("$type", async ({ type, body, contentType, raw, schema }) => {
    const { core, things } = await load(api(post({ [type]: { schema: schema ?? object } })));
    const request = await sent(() => things.createThing(core, { body }));
    expect([request.headers["content-type"], request.rawBody]).toEqual([contentType, raw]);
  });

  it("multipart/form-data, with the boundary the body uses", async () => {
    const { core, things } = await load(api(post({ "multipart/form-data": { schema: object } })));
    const request = await sent(() => things.createThing(core, { body: { name: "n" } }));
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(String(request.headers["content-type"]))?.[1];
    expect(boundary).toBeDefined();
    expect(request.rawBody).toContain(`--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nn\r\n`);
  });

  // given: where the body's schema is; want: an invalid body refused before anything is sent.
  it.each([
    { where: "inline", content: { "application/json": { schema: object } }, schemas: {} },
    { where: "a component", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } }, schemas: { Thing: object } },
    { where: "inline, vendor JSON", content: { "application/vnd.api+json": { schema: object } }, schemas: {} },
  ])("checks a body whose schema is $where before sending it", async ({ content, schemas }) => {
    const model = api(post(content), { schemas });
    const { core, things } = await load(model);
    await expect(things.createThing(core, { body: { count: 1 } })).rejects.toMatchObject({ name: "WebflowRequestValidationError" });
    expect(server.requests).toHaveLength(0);
  });

  it("sends an optional body left out as no body", async () => {
    const { core, things } = await load(api(post({ "application/json": { schema: object } }, false)));
    const request = await sent(() => things.createThing(core));
    expect([request.rawBody, request.headers["content-type"]]).toEqual(["", undefined]);
  });
});

describe("responses", () => {
  const get = (responses: Record<string, unknown>) => ({ "/things": { get: { operationId: "getThing", responses } } });

  // given: the success responses and what the server answers; want: what the call resolves to.
  it.each([
    { spec: "JSON", responses: json({ type: "object" }), answer: { status: 200, body: { a: 1 } }, want: { a: 1 } },
    { spec: "text", responses: { "200": { description: "ok", content: { "text/plain": { schema: { type: "string" } } } } }, answer: { status: 200, raw: "hi", headers: { "content-type": "text/plain" } }, want: "hi" },
    { spec: "no body", responses: none, answer: { status: 204 }, want: undefined },
    { spec: "JSON or no body, answered 204", responses: { ...json({ type: "object", required: ["a"] }), ...none }, answer: { status: 204 }, want: undefined },
    { spec: "JSON or no body, answered 200", responses: { ...json({ type: "object", required: ["a"] }), ...none }, answer: { status: 200, body: { a: 1 } }, want: { a: 1 } },
    { spec: "JSON or binary, answered JSON", responses: { ...json({ type: "object" }), "201": { description: "file", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } } }, answer: { status: 200, body: { a: 1 } }, want: { a: 1 } },
    { spec: "text or no body, answered text", responses: { "200": { description: "ok", content: { "text/plain": { schema: { type: "string" } } } }, ...none }, answer: { status: 200, raw: "hi", headers: { "content-type": "text/plain" } }, want: "hi" },
    { spec: "no body, answered 200 with one anyway", responses: { "200": { description: "ok" } }, answer: { status: 200, raw: "ignored", headers: { "content-type": "text/plain" } }, want: undefined },
    { spec: "JSON or no body on 202 and 204, answered 202", responses: { ...json({ type: "object", required: ["a"] }), "202": { description: "accepted" }, ...none }, answer: { status: 202 }, want: undefined },
    { spec: "JSON or a bodiless 2XX, answered 200", responses: { ...json({ type: "object", required: ["a"] }), "2XX": { description: "other" } }, answer: { status: 200, body: { a: 1 } }, want: { a: 1 } },
    { spec: "text or no body, answered 204", responses: { "200": { description: "ok", content: { "text/plain": { schema: { type: "string" } } } }, ...none }, answer: { status: 204 }, want: undefined },
  ])("$spec", async ({ responses, answer, want }) => {
    const { core, things } = await load(api(get(responses)));
    server.enqueue(answer as ScriptedResponse);
    expect(await things.getThing(core)).toEqual(want);
  });

  it("reads a binary response as a Blob", async () => {
    const { core, things } = await load(api(get({ "200": { description: "file", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } } })));
    server.enqueue({ status: 200, raw: "bytes", headers: { "content-type": "application/octet-stream" } });
    const blob = await things.getThing(core);
    expect([blob instanceof Blob, await (blob as Blob).text()]).toEqual([true, "bytes"]);
  });

  // given: where the result schema is; want: a response that does not match it rejected.
  it.each<{ where: string; responses: Record<string, unknown>; schemas: Record<string, unknown> }>([
    { where: "inline", responses: json({ type: "object", required: ["a"] }), schemas: {} },
    { where: "a component", responses: json({ $ref: "#/components/schemas/Thing" }), schemas: { Thing: { type: "object", required: ["a"] } } },
    { where: "inline, 201 after a 200 without body", responses: { "200": { description: "nothing" }, ...json({ type: "object", required: ["a"] }, "201") }, schemas: {} },
  ])("validates a result whose schema is $where", async ({ responses, schemas }) => {
    const { core, things } = await load(api(get(responses), { schemas }));
    server.enqueue({ status: responses["201"] ? 201 : 200, body: { b: 1 } });
    await expect(things.getThing(core)).rejects.toMatchObject({ name: "WebflowResponseValidationError" });
  });
});

describe("credentials", () => {
  // given: the operation's security scheme; want: where the credential travels.
  it.each([
    { scheme: { type: "apiKey", in: "header", name: "X-Key" }, config: { apiKey: "k1" }, see: (r: (typeof server.requests)[number]) => r.headers["x-key"], want: "k1" },
    { scheme: { type: "apiKey", in: "query", name: "key" }, config: { apiKey: "k1" }, see: (r: (typeof server.requests)[number]) => r.search, want: "?key=k1" },
    { scheme: { type: "http", scheme: "bearer" }, config: { token: "tok" }, see: (r: (typeof server.requests)[number]) => r.headers.authorization, want: "Bearer tok" },
    { scheme: { type: "http", scheme: "basic" }, config: { basic: { username: "u", password: "p" } }, see: (r: (typeof server.requests)[number]) => r.headers.authorization, want: `Basic ${btoa("u:p")}` },
  ])("$scheme.type $scheme.in$scheme.scheme", async ({ scheme, config, see, want }) => {
    const model = api({ "/things": { get: { operationId: "listThings", responses: none } } }, { securitySchemes: { auth: scheme }, security: [{ auth: [] }] });
    const { core, things } = await load(model, config);
    expect(see(await sent(() => things.listThings(core)))).toBe(want);
  });

  it("sends one of two alternative credentials, the one the client holds", async () => {
    const model = api({ "/things": { get: { operationId: "listThings", responses: none } } }, {
      securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" }, bearer: { type: "http", scheme: "bearer" } },
      security: [{ key: [] }, { bearer: [] }],
    });
    const { core, things } = await load(model, { apiKey: "k1" });
    const request = await sent(() => things.listThings(core));
    expect([request.headers["x-key"], request.headers.authorization]).toEqual(["k1", undefined]);
  });
});

describe("the group class", () => {
  const spec = () =>
    api({
      "/things": { get: { operationId: "listThings", parameters: [param("limit", "query", { type: "integer" })], responses: json({ type: "object" }) } },
      "/things/{id}": { delete: { operationId: "deleteThing", parameters: [param("id", "path", { type: "string" }, { required: true })], responses: none } },
      "/ping": { get: { operationId: "ping", responses: json({ type: "string" }) } },
    });

  it("has one method per operation, each the operation's function on the client's core", async () => {
    const { client } = await load(spec());
    const made = client.createClient({ token: "t" });
    server.enqueue({ status: 200, body: { n: 1 } }, { status: 204 }, { status: 200, body: "pong" });
    expect(await made.things.list({ limit: 2 })).toEqual({ n: 1 });
    expect(await made.things.delete({ id: "x" })).toBeUndefined();
    // An operation without parameters takes the options first.
    expect(await made.things.ping({ headers: { "x-extra": "1" } })).toBe("pong");
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.headers["x-extra"] ?? ""}`)).toEqual(["GET /things?limit=2 ", "DELETE /things/x ", "GET /ping 1"]);
    expect(made.things.constructor.name).toBe("ThingsApi");
  });

  it("calls a method whose parameters are all optional without any", async () => {
    const { client } = await load(spec());
    server.enqueue({ status: 200, body: {} });
    await client.createClient({ token: "t" }).things.list();
    expect(server.requests.map((r) => r.url)).toEqual(["/things"]);
  });
});

describe("iterating a paged list", () => {
  const page = (items: { required: boolean; pagination: boolean }) => ({
    type: "object",
    properties: {
      things: { type: "array", items: { type: "object", properties: { n: { type: "integer" } } } },
      pagination: { type: "object", properties: { offset: { type: "integer" }, limit: { type: "integer" }, total: { type: "integer" } }, required: ["offset", "total"] },
    },
    required: [...(items.required ? ["things"] : []), ...(items.pagination ? ["pagination"] : [])],
  });
  const spec = (shape = { required: true, pagination: true }) =>
    api({ "/things": { get: { operationId: "listThings", parameters: [param("offset", "query", { type: "integer" }), param("limit", "query", { type: "integer" })], responses: json(page(shape)) } } });
  const total = 5;
  /** Serves items `offset` to `offset + limit` of five, with pagination. */
  const serve = () =>
    server.respond((request) => {
      const query = new URLSearchParams(request.search);
      const offset = Number(query.get("offset") ?? 0);
      const limit = Number(query.get("limit") ?? 100);
      const things = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ n: offset + i }));
      return { status: 200, body: { things, pagination: { offset, limit, total } } };
    });
  const collect = async (items: AsyncIterable<{ n: number }>) => {
    const seen: number[] = [];
    for await (const item of items) seen.push(item.n);
    return seen;
  };

  // given: the caller's params; want: the items yielded and the offsets requested.
  it.each([
    { params: { limit: 2 }, items: [0, 1, 2, 3, 4], offsets: ["0", "2", "4"] },
    { params: { limit: 2, offset: 3 }, items: [3, 4], offsets: ["3"] },
    { params: undefined, items: [0, 1, 2, 3, 4], offsets: ["0"] },
  ])("with $params", async ({ params, items, offsets }) => {
    const { client } = await load(spec());
    serve();
    const things = client.createClient({ token: "t" }).things;
    expect(await collect(params === undefined ? things.iterate() : things.iterate(params))).toEqual(items);
    expect(server.requests.map((r) => new URLSearchParams(r.search).get("offset"))).toEqual(offsets);
  });

  it("stops at a page without pagination, and reads a page without items as empty", async () => {
    const { client } = await load(spec({ required: false, pagination: false }));
    server.enqueue({ status: 200, body: { things: [{ n: 7 }] } });
    expect(await collect(client.createClient({ token: "t" }).things.iterate({ limit: 1 }))).toEqual([7]);
    server.reset();
    server.enqueue({ status: 200, body: { pagination: { offset: 0, limit: 1, total: 0 } } });
    expect(await collect(client.createClient({ token: "t" }).things.iterate({ limit: 1 }))).toEqual([]);
  });

  it("passes the call options to every page", async () => {
    const { client } = await load(spec());
    serve();
    await collect(client.createClient({ token: "t" }).things.iterate({ limit: 3 }, { headers: { "x-trace": "1" } }));
    expect(server.requests.map((r) => r.headers["x-trace"])).toEqual(["1", "1"]);
  });
});

describe("what a group module holds", () => {
  const model = () =>
    modelOfDocument({
      openapi: "3.1.0",
      info: { title: "T", version: "1", "x-namespace": "t" },
      servers: [{ url: "https://api.example.com" }],
      tags: [{ name: "Alpha" }, { name: "Beta" }],
      components: { schemas: { OnlyAlpha: { type: "object" }, OnlyBeta: { type: "object" }, Both: { type: "string" }, Unused: { type: "integer" } } },
      paths: {
        "/a": { get: { operationId: "getA", tags: ["Alpha"], responses: json({ type: "object", properties: { x: { $ref: "#/components/schemas/OnlyAlpha" }, y: { $ref: "#/components/schemas/Both" } } }) } },
        "/b": { get: { operationId: "getB", tags: ["Beta"], responses: json({ type: "object", properties: { x: { $ref: "#/components/schemas/OnlyBeta" }, y: { $ref: "#/components/schemas/Both" } } }) } },
      },
    });
  /** The names a module declares at the top level. */
  const declared = (contents: string) =>
    ts
      .createSourceFile("m.ts", contents, ts.ScriptTarget.Latest, true)
      .statements.flatMap((s) => (ts.isVariableStatement(s) ? s.declarationList.declarations.map((d) => d.name.getText()) : "name" in s && s.name ? [(s.name as ts.Identifier).text] : []));

  it("holds its own operations and the schemas only it uses; shared.ts the others", () => {
    const m = model();
    const [alpha, beta] = m.tags.map((tag) => declared(emitGroupModule(m, tag).file.contents));
    expect(alpha).toEqual(expect.arrayContaining(["OnlyAlpha", "isOnlyAlpha", "getA", "AlphaApi"]));
    expect(alpha?.filter((name) => /Beta|Both|Unused|getB/.test(name))).toEqual([]);
    expect(beta).toEqual(expect.arrayContaining(["OnlyBeta", "getB", "BetaApi"]));
    expect(beta?.filter((name) => /Alpha|Both|Unused|getA/.test(name))).toEqual([]);
    const shared = emitComponentsModule(m);
    expect(shared?.file.path).toBe("src/t/shared.ts");
    expect(declared(shared?.file.contents ?? "").filter((name) => !/^(is|validate)|Schema$/.test(name))).toEqual(["Both", "Unused"]);
  });

  it("writes no shared.ts when every schema belongs to one group", () => {
    const m = modelOfDocument({
      openapi: "3.1.0",
      info: { title: "T", version: "1", "x-namespace": "t" },
      tags: [{ name: "Alpha" }],
      components: { schemas: { OnlyAlpha: { type: "object" } } },
      paths: { "/a": { get: { operationId: "getA", tags: ["Alpha"], responses: json({ $ref: "#/components/schemas/OnlyAlpha" }) } } },
    });
    expect(emitComponentsModule(m)).toBeUndefined();
  });
});

describe("the request an operation hands the core", () => {
  /** The object literal the emitted function passes to `core.request`. */
  const requestOf = (model: ApiModel) => /return core\.request<\w+>\((\{.*\}), options\);/.exec(emitGroupModule(model, model.tags[0] as ApiModel["tags"][number]).file.contents)?.[1];
  const op = (more: Record<string, unknown>) => api({ "/x": { post: { operationId: "doX", ...more } } }, bearer);
  const body = (type: string) => ({ requestBody: { required: true, content: { [type]: { schema: { type: "object", properties: { a: { type: "string" } } } } } } });

  // given: an operation; want: only the fields its call needs, so nothing else is bundled or sent.
  it.each([
    { spec: "no parameters, no body, no response body", more: { responses: none }, want: '{ operationId: "doX", method: "POST", path: "/x", responseKind: "empty" }' },
    { spec: "a JSON body", more: { ...body("application/json"), responses: none }, want: '{ operationId: "doX", method: "POST", path: "/x", body: params.body, validateBody: validateDoXBody, responseKind: "empty" }' },
    { spec: "a vendor JSON body", more: { ...body("application/vnd.api+json"), responses: none }, want: '{ operationId: "doX", method: "POST", path: "/x", body: params.body, contentType: "application/vnd.api+json", validateBody: validateDoXBody, responseKind: "empty" }' },
    { spec: "a multipart body", more: { ...body("multipart/form-data"), responses: none }, want: '{ operationId: "doX", method: "POST", path: "/x", body: params.body, bodyKind: "multipart", encodeBody: $.encodeFormBody, validateBody: validateDoXBody, responseKind: "empty" }' },
    { spec: "a form body", more: { ...body("application/x-www-form-urlencoded"), responses: none }, want: '{ operationId: "doX", method: "POST", path: "/x", body: params.body, bodyKind: "form", encodeBody: $.encodeFormBody, contentType: "application/x-www-form-urlencoded", validateBody: validateDoXBody, responseKind: "empty" }' },
    { spec: "JSON or no content", more: { responses: { ...json({ type: "object" }), ...none } }, want: '{ operationId: "doX", method: "POST", path: "/x", responseKind: "json", emptyStatuses: [204], validate: validateDoXResult }' },
    { spec: "JSON or no content on 202 and 204", more: { responses: { ...json({ type: "object" }), "202": { description: "accepted" }, ...none } }, want: '{ operationId: "doX", method: "POST", path: "/x", responseKind: "json", emptyStatuses: [202, 204], validate: validateDoXResult }' },
    { spec: "text", more: { responses: { "200": { description: "ok", content: { "text/plain": { schema: { type: "string" } } } } } }, want: '{ operationId: "doX", method: "POST", path: "/x", responseKind: "text" }' },
    { spec: "a cookie", more: { parameters: [param("s", "cookie", { type: "string" })], responses: none }, want: '{ operationId: "doX", method: "POST", path: "/x", cookies: { s: params.s }, responseKind: "empty", writeCredentials: $.writeCredentials }' },
    { spec: "a query parameter, no cookie", more: { parameters: [param("q", "query", { type: "string" })], responses: none }, want: '{ operationId: "doX", method: "POST", path: "/x", query: { q: params.q }, responseKind: "empty" }' },
    {
      spec: "two credentials together",
      more: { security: [{ key: [], bearer: [] }], responses: none },
      want: '{ operationId: "doX", method: "POST", path: "/x", responseKind: "empty", writeCredentials: $.writeCredentials, security: [[{ type: "apiKey", in: "header", name: "X-Key" }, { type: "bearer" }]] }',
    },
  ])("$spec", ({ more, want }) => {
    expect(requestOf(op(more))).toBe(want);
  });
});

describe("under tsc --strict", () => {
  it("a module with header, cookie, form and text operations and a paged list type-checks, and so does its caller", () => {
    const document = documentOf(
      {
        "/things": {
          get: {
            operationId: "listThings",
            parameters: [param("offset", "query", { type: "integer" }), param("limit", "query", { type: "integer" }), param("x-count", "header", { type: "integer" }), param("s", "cookie", { type: "string" })],
            responses: json({ type: "object", properties: { things: { type: "array", items: { type: "string" } }, pagination: { $ref: "#/components/schemas/Pagination" } } }),
          },
          post: { operationId: "createThing", requestBody: { content: { "application/x-www-form-urlencoded": { schema: { type: "object", properties: { a: { type: "string" } } } } } }, responses: { "200": { description: "ok", content: { "text/plain": { schema: { type: "string" } } } } } },
        },
      },
      { ...bearer, schemas: { Pagination: { type: "object", properties: { offset: { type: "integer" }, total: { type: "integer" } }, required: ["offset", "total"] } } },
    );
    const model = modelOfDocument(document);
    const caller = {
      path: "src/t/caller.ts",
      contents: [
        'import { createClient } from "./client.js";',
        "export async function run(): Promise<string[]> {",
        '  const client = createClient({ token: "t" });',
        "  const names: string[] = [];",
        '  for await (const name of client.things.iterate({ limit: 2, "x-count": 3 })) names.push(name);',
        '  const text: string = await client.things.create({ body: { a: "b" } });',
        "  return [...names, text];",
        "}",
      ].join("\n"),
    };
    const files = [...moduleFiles(model, [emitClient(model), emitGroupModule(model, model.tags[0] as ApiModel["tags"][number])]), emitSchemaTypes(model, document), caller];
    expect(strictDiagnostics(files, "src/t/caller.ts")).toEqual([]);
  });
});
