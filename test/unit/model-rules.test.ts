/**
 * The model's decisions, each from a small document (given) to what the model says (want): method names,
 * paging, parameter names and styles, success and error statuses, media kinds, security, scopes, servers,
 * error classes and codes, webhook triggers and deliveries, and which module a component lives in.
 * The document goes through normalise, as in a generation, but no check or emit.
 */
import { describe, expect, it } from "vitest";
import { resultSchemaOf } from "../../generator/model/index.js";
import { toSchemaNode } from "../../generator/model/schema.js";
import type { ApiModel, OperationModel } from "../../generator/model/types.js";
import { modelOfDocument } from "../support/model.js";

type Doc = Record<string, unknown>;

function modelOf(extra: Doc, info: Doc = {}): ApiModel {
  const document = {
    openapi: "3.1.0",
    info: { title: "T", version: "1", "x-namespace": "t", ...info },
    servers: [{ url: "https://api.example.com/v1" }],
    tags: [{ name: "Comments" }, { name: "Things" }, { name: "Sites" }],
    ...extra,
  };
  return modelOfDocument(document);
}

const json = (schema: unknown) => ({ "application/json": { schema } });
const ok = (schema: unknown = { type: "object" }) => ({ "200": { description: "ok", content: json(schema) } });
const query = (name: string, extra: Doc = {}) => ({ name, in: "query", schema: { type: "string" }, ...extra });
const get = (operationId: string, extra: Doc = {}) => ({ get: { operationId, tags: ["Things"], responses: ok(), ...extra } });

/** The model of one operation at GET /x. */
function operation(op: Doc, extra: Doc = {}): OperationModel {
  const model = modelOf({ paths: { "/x": { get: { operationId: "getThing", tags: ["Things"], responses: ok(), ...op } } }, ...extra });
  return model.operations[0] as OperationModel;
}

describe("method names", () => {
  it.each([
    { id: "listCommentThreads", tag: "Comments", want: "listThreads" },
    { id: "getComment", tag: "Comments", want: "get" },
    { id: "getThing", tag: "Things", want: "get" },
    { id: "publishSite", tag: "Sites", want: "publish" },
    { id: "getThingsCount", tag: "Things", want: "getCount" },
    { id: "fetchOther", tag: "Things", want: "fetchOther" },
    // The tag's words count only after the first word: a verb that happens to be the tag stays.
    { id: "thingsList", tag: "Things", want: "thingsList" },
  ])("$id under $tag is $want", ({ id, tag, want }) => {
    const model = modelOf({ paths: { "/x": { get: { operationId: id, tags: [tag], responses: ok() } } } });
    expect(model.operations[0]?.methodName).toBe(want);
    expect(model.operations[0]?.group).toBe(tag.toLowerCase());
  });

  it("claims x-method-name before derived names, which yield with a suffix, per group", () => {
    const model = modelOf({
      paths: {
        "/a": get("getThing"),
        "/b": get("fetchThing", { "x-method-name": "get" }),
        "/c": { get: { operationId: "getComment", tags: ["Comments"], responses: ok() } },
      },
    });
    expect(Object.fromEntries(model.operations.map((op) => [op.id, `${op.group}.${op.methodName}`]))).toEqual({ getThing: "things.get2", fetchThing: "things.get", getComment: "comments.get" });
  });

  it("keeps two tags that differ only in punctuation as two groups, neither named checkScopes", () => {
    const model = modelOf({
      tags: [{ name: "Check Scopes" }, { name: "check-scopes" }],
      paths: { "/a": { get: { operationId: "getA", tags: ["Check Scopes"], responses: ok() } }, "/b": { get: { operationId: "getB", tags: ["check-scopes"], responses: ok() } } },
    });
    expect(model.tags.map((t) => t.group)).toEqual(["checkScopes2", "checkScopes3"]);
    expect(new Set(model.tags.map((t) => t.module)).size).toBe(2);
  });
});

describe("paging", () => {
  const counts = { type: "object", required: ["offset", "total"], properties: { offset: { type: "integer" }, limit: { type: "integer" }, total: { type: "integer" } } };
  const page = (extra: Doc = {}, required: string[] = ["items"]) => ({ type: "object", required, properties: { pagination: counts, items: { type: "array", items: { type: "string" } }, ...extra } });
  const paged = (parameters: unknown[], schema: unknown) => operation({ operationId: "listThings", parameters, responses: ok(schema) });
  const offsetLimit = [query("offset"), query("limit")];

  it("is a list call with offset and limit returning pagination and exactly one array", () => {
    expect(paged(offsetLimit, page()).paging).toEqual({ itemsProperty: "items", itemsRequired: true, paginationRequired: false, iteratorName: "iterate" });
    expect(paged(offsetLimit, page({}, ["pagination"])).paging).toMatchObject({ itemsRequired: false, paginationRequired: true });
  });

  it("follows a $ref to the page's schema and to its pagination's", () => {
    const op = operation({ operationId: "listThings", parameters: offsetLimit, responses: ok({ $ref: "#/components/schemas/Page" }) }, { components: { schemas: { Page: page() } } });
    expect(op.paging?.itemsProperty).toBe("items");
    const number = { ...counts, properties: { offset: { type: "number" }, total: { type: "number" } } };
    const viaRef = operation({ operationId: "listThings", parameters: offsetLimit, responses: ok(page({ pagination: { $ref: "#/components/schemas/Counts" } })) }, { components: { schemas: { Counts: number } } });
    expect(viaRef.paging?.itemsProperty).toBe("items");
  });

  it.each([
    { name: "offset alone", parameters: [query("offset")], schema: page() },
    { name: "limit alone", parameters: [query("limit")], schema: page() },
    { name: "no pagination property", parameters: offsetLimit, schema: { type: "object", properties: { items: { type: "array", items: {} } } } },
    { name: "two arrays", parameters: offsetLimit, schema: page({ more: { type: "array", items: {} } }) },
    { name: "the only array nullable", parameters: offsetLimit, schema: page({ items: { type: ["array", "null"], items: {} } }) },
    { name: "a result that is no object", parameters: offsetLimit, schema: { type: "array", items: {} } },
    // The iterator reads `pagination.total` and hands the page on as the runtime's Page, which needs both.
    { name: "pagination without total", parameters: offsetLimit, schema: page({ pagination: { ...counts, required: ["offset"] } }) },
    { name: "pagination without offset", parameters: offsetLimit, schema: page({ pagination: { ...counts, required: ["total"] } }) },
    { name: "pagination with a required offset and limit but no required total", parameters: offsetLimit, schema: page({ pagination: { ...counts, required: ["offset", "limit"] } }) },
    { name: "a total that is text", parameters: offsetLimit, schema: page({ pagination: { ...counts, properties: { offset: { type: "integer" }, total: { type: "string" } } } }) },
    { name: "pagination that is no object", parameters: offsetLimit, schema: page({ pagination: { type: "string" } }) },
  ])("is not: $name", ({ parameters, schema }) => {
    expect(paged(parameters, schema).paging).toBeUndefined();
  });

  it("is not when offset or limit is another location's name, renamed for the caller, or the result is not JSON", () => {
    const header = { name: "offset", in: "header", schema: { type: "string" } };
    expect(paged([query("offset"), query("limit"), header], page()).paging).toBeDefined();
    expect(paged([{ name: "offset", in: "path", schema: { type: "string" } }, query("offset"), query("limit")], page()).paging).toBeUndefined();
    const text = operation({ operationId: "listThings", parameters: offsetLimit, responses: { "200": { description: "d", content: { "text/plain": { schema: page() } } } } });
    expect(text.paging).toBeUndefined();
  });

  it("names the iterator after the method without its list/get prefix", () => {
    const model = modelOf({ paths: { "/c": { get: { operationId: "listCommentThreads", tags: ["Comments"], parameters: offsetLimit, responses: ok(page()) } } } });
    expect(model.operations[0]?.paging?.iteratorName).toBe("iterateThreads");
  });
});

describe("parameters", () => {
  it("keep their name in the first of path, query, header, cookie; the others are suffixed by location", () => {
    const op = operation({
      parameters: [
        { name: "id", in: "cookie", schema: { type: "string" } },
        { name: "id", in: "header", schema: { type: "string" } },
        query("id"),
        { name: "id", in: "path", schema: { type: "string" } },
        query("body"),
      ],
      requestBody: { content: json({ type: "object" }) },
    });
    expect(op.params.map((p) => [p.in, p.name, p.argument])).toEqual([
      ["cookie", "id", "id_cookie"],
      ["header", "id", "id_header"],
      ["query", "id", "id_query"],
      ["path", "id", undefined],
      ["query", "body", "body_query"],
    ]);
  });

  it("a query parameter named body keeps its name when the operation has no body", () => {
    expect(operation({ parameters: [query("body")] }).params.map((p) => p.argument)).toEqual([undefined]);
  });

  it("number a suffixed name that is taken too", () => {
    const op = operation({ parameters: [query("id"), query("id_header"), { name: "id", in: "header", schema: { type: "string" } }] });
    // id_header is the query parameter's own name, so the header's is numbered.
    expect(op.params.map((p) => p.argument)).toEqual([undefined, undefined, "id_header2"]);
  });

  it("a path parameter is required whatever it says; others as they say", () => {
    const op = operation({ parameters: [{ name: "id", in: "path", required: false, schema: { type: "string" } }, query("q"), query("r", { required: true })] });
    expect(op.params.map((p) => p.required)).toEqual([true, false, true]);
  });

  it("a header with one allowed value is sent by the client itself; a query parameter with one is not", () => {
    const op = operation({ parameters: [{ name: "accept-version", in: "header", schema: { type: "string", enum: ["1.0.0"] } }, query("mode", { schema: { type: "string", enum: ["x"] } }), { name: "n", in: "header", schema: { type: "integer", enum: [2] } }] });
    expect(op.params.map((p) => p.fixedValue)).toEqual(["1.0.0", undefined, "2"]);
  });

  it.each([
    { given: { style: "deepObject" }, want: "deep-object" },
    { given: { style: "spaceDelimited" }, want: "space-delimited" },
    { given: { style: "pipeDelimited" }, want: "pipe-delimited" },
    { given: { style: "form", explode: false }, want: "form-no-explode" },
    { given: { explode: false }, want: "form-no-explode" },
    { given: { style: "form", explode: true }, want: undefined },
    { given: {}, want: undefined },
  ])("query style $given is $want", ({ given, want }) => {
    expect(operation({ parameters: [query("q", { schema: { type: "array", items: { type: "string" } }, ...given })] }).params[0]?.style).toBe(want);
  });
});

describe("responses", () => {
  const statuses = (responses: Doc) => {
    const op = operation({ responses });
    return { successes: op.successes.map((r) => r.key), errors: op.errors.map((r) => r.key), success: op.success.key };
  };
  const plain = (description = "d") => ({ description });

  it.each([
    { name: "every 2xx, in order", given: { "201": plain(), "200": plain(), "404": plain() }, want: { successes: ["200", "201"], errors: ["404"], success: "200" } },
    { name: "a 2XX range", given: { "2XX": plain(), "400": plain() }, want: { successes: ["2XX"], errors: ["400"], success: "2XX" } },
    { name: "default when no 2xx", given: { default: plain(), "404": plain() }, want: { successes: ["default"], errors: ["404"], success: "default" } },
    { name: "default is an error beside a 2xx", given: { "200": plain(), default: plain(), "4XX": plain(), "500": plain() }, want: { successes: ["200"], errors: ["default", "4XX", "500"], success: "200" } },
    { name: "3xx is neither", given: { "200": plain(), "304": plain() }, want: { successes: ["200"], errors: [], success: "200" } },
    { name: "an empty 200 when nothing succeeds", given: { "404": plain() }, want: { successes: ["200"], errors: ["404"], success: "200" } },
    { name: "399 is no error, 400 is", given: { "200": plain(), "399": plain(), "400": plain() }, want: { successes: ["200"], errors: ["400"], success: "200" } },
    { name: "299 succeeds, 300 does not", given: { "299": plain(), "300": plain() }, want: { successes: ["299"], errors: [], success: "299" } },
    // Statuses that tie are ordered by key, so the success (the first) never depends on the document's order.
    { name: "200 before the 2XX range", given: { "2XX": plain(), "200": plain() }, want: { successes: ["200", "2XX"], errors: [], success: "200" } },
    { name: "a range in both cases, whatever their order", given: { "4xx": plain(), "2xx": plain(), "4XX": plain(), "2XX": plain() }, want: { successes: ["2XX", "2xx"], errors: ["4XX", "4xx"], success: "2XX" } },
  ])("$name", ({ given, want }) => {
    expect(statuses(given)).toEqual(want);
  });

  it("an operation without any success gets an empty 200 with no schema", () => {
    const op = operation({ responses: { "404": plain() } });
    expect(op.success).toEqual({ status: 200, key: "200", kind: "empty", description: "", examples: [] });
  });

  it("statuses are numbers: 4XX is 400, default 0", () => {
    const op = operation({ responses: { "200": plain(), "4xx": plain(), default: plain(), "503": plain() } });
    expect(op.errors.map((r) => [r.key, r.status])).toEqual([["default", 0], ["4xx", 400], ["503", 503]]);
  });

  it("a response's own description wins over its shared component's, which is kept beside it", () => {
    const op = operation(
      { responses: { "200": plain(), "404": { $ref: "#/components/responses/NotFound", description: "No such thing." }, "409": { $ref: "#/components/responses/Conflict" } } },
      { components: { responses: { NotFound: { description: "Not found." }, Conflict: { description: "Conflict." } } } },
    );
    expect(op.errors.map((r) => [r.description, r.sharedDescription])).toEqual([
      ["No such thing.", "Not found."],
      ["Conflict.", "Conflict."],
    ]);
  });

  it("the result schema is the JSON success body, one of several distinct bodies, or none", () => {
    const a = { type: "object", properties: { a: { type: "string" } } };
    expect(operation({ responses: { "200": { description: "d", content: json(a) }, "201": { description: "d", content: json(a) } } }).inline.resultGuard).toBe("isGetThingResult");
    const two = operation({ responses: { "200": { description: "d", content: json(a) }, "201": { description: "d", content: json({ type: "string" }) } } });
    expect(two.successes.map((r) => r.schema?.kind)).toEqual(["object", "string"]);
    expect(two.inline).toEqual({ resultGuard: "isGetThingResult", resultPlan: "getThingResultSchema" });
    // A result that is only a component is checked by the component's own validator.
    expect(operation({ responses: ok({ $ref: "#/components/schemas/Thing" }) }, { components: { schemas: { Thing: a } } }).inline).toEqual({});
    expect(operation({ responses: { "204": plain() } }).inline).toEqual({});
  });

  const thing = { type: "object", properties: { a: { type: "string" } } };
  it.each([
    { name: "the JSON body, not an empty 204 beside it", given: { "200": { description: "d", content: json(thing) }, "204": plain() }, want: toSchemaNode(thing) },
    { name: "the JSON body, not a text body beside it", given: { "200": { description: "d", content: json(thing) }, "201": { description: "d", content: { "text/plain": { schema: { type: "string" } } } } }, want: toSchemaNode(thing) },
    { name: "one body written under two statuses", given: { "200": { description: "d", content: json(thing) }, "201": { description: "d", content: json(thing) } }, want: toSchemaNode(thing) },
    {
      name: "either of two distinct bodies",
      given: { "200": { description: "d", content: json(thing) }, "201": { description: "d", content: json({ type: "string" }) } },
      want: { kind: "anyOf", nullable: false, variants: [toSchemaNode(thing), toSchemaNode({ type: "string" })] },
    },
    { name: "nothing without a JSON body", given: { "204": plain() }, want: undefined },
  ])("the result validator checks $name", ({ given, want }) => {
    expect(resultSchemaOf(operation({ responses: given }).successes)).toEqual(want);
  });

  it("examples from the media type's example and each named example's value", () => {
    const op = operation({ responses: { "200": { description: "d", content: { "application/json": { schema: { type: "object" }, example: { a: 1 }, examples: { one: { value: { b: 2 } }, none: { summary: "no value" } } } } } } });
    expect(op.success.examples).toEqual([{ a: 1 }, { b: 2 }]);
  });
});

describe("media kinds", () => {
  it.each([
    { content: { "application/json": { schema: { type: "object" } } }, want: ["json", "application/json"] },
    { content: { "application/vnd.api+json": { schema: { type: "object" } } }, want: ["json", "application/vnd.api+json"] },
    { content: { "text/plain": { schema: { type: "string" } }, "application/json": { schema: { type: "object" } } }, want: ["json", "application/json"] },
    { content: { "application/x-www-form-urlencoded": { schema: { type: "object" } } }, want: ["form", "application/x-www-form-urlencoded"] },
    { content: { "multipart/form-data": { schema: { type: "object" } } }, want: ["multipart", "multipart/form-data"] },
    { content: { "application/octet-stream": { schema: {} }, "multipart/form-data": { schema: { type: "object" } } }, want: ["multipart", "multipart/form-data"] },
    { content: { "text/csv": { schema: { type: "string" } } }, want: ["text", "text/csv"] },
    { content: { "application/atom+xml": { schema: { type: "string" } } }, want: ["text", "application/atom+xml"] },
    { content: { "application/xml": { schema: { type: "string" } } }, want: ["text", "application/xml"] },
    { content: { "*/*": { schema: { type: "object" } } }, want: ["json", "application/json"] },
    { content: { "*/*": { schema: { properties: { a: {} } } } }, want: ["json", "application/json"] },
    { content: { "*/*": { schema: { $ref: "#/components/schemas/Thing" } } }, want: ["json", "application/json"] },
    { content: { "*/*": { schema: { type: "string" } } }, want: ["binary", "*/*"] },
    { content: { "image/png": { schema: { type: "object" } } }, want: ["binary", "image/png"] },
  ])("a body of $content is $want", ({ content, want }) => {
    const op = operation({ operationId: "putThing", requestBody: { required: true, content } }, { components: { schemas: { Thing: { type: "object" } } } });
    expect([op.body?.kind, op.body?.contentType]).toEqual(want);
    expect(op.body?.required).toBe(true);
  });

  it("a body is optional unless it says required; a body without content is none", () => {
    expect(operation({ requestBody: { content: json({ type: "object" }) } }).body?.required).toBe(false);
    expect(operation({ requestBody: { content: {} } }).body).toBeUndefined();
  });

  it("a body gets its type, validator, guard and plan names from the operation; a body that is a component reuses its checks", () => {
    const op = operation({ requestBody: { content: json({ type: "object" }) } });
    expect([op.typeNames.body, op.bodyValidatorName, op.inline.bodyGuard, op.inline.bodyPlan]).toEqual(["GetThingBody", "validateGetThingBody", "isGetThingBody", "getThingBodySchema"]);
    const shared = operation({ requestBody: { content: json({ $ref: "#/components/schemas/Thing" }) } }, { components: { schemas: { Thing: { type: "object" } } } });
    expect([shared.bodyValidatorName, shared.inline.bodyGuard, shared.inline.bodyPlan]).toEqual(["validateGetThingBody", undefined, undefined]);
    expect(operation({}).bodyValidatorName).toBeUndefined();
  });

  it("form and multipart bodies are checked before sending, text and bytes are not", () => {
    const inline = (type: string) => operation({ requestBody: { content: { [type]: { schema: { type: "object" } } } } }).inline;
    expect(inline("application/x-www-form-urlencoded").bodyGuard).toBe("isGetThingBody");
    expect(inline("multipart/form-data").bodyGuard).toBe("isGetThingBody");
    expect(inline("text/plain").bodyGuard).toBeUndefined();
    expect(inline("application/octet-stream").bodyGuard).toBeUndefined();
  });
});

describe("security", () => {
  const schemes = {
    oauth: { type: "oauth2", flows: { authorizationCode: { authorizationUrl: "https://x/auth", tokenUrl: "https://x/token", scopes: { "b:read": "Read b", "a:write": "Write a", "a:read": "Read a" } } }, "x-scope-levels": { workspace: ["a:read"], site: ["a:read", "b:read", "c:none"] } },
    key: { type: "apiKey", in: "query", name: "api_key" },
    cookieKey: { type: "apiKey", in: "cookie", name: "sid" },
    headerKey: { type: "apiKey", in: "header" },
    basic: { type: "http", scheme: "Basic" },
    bearer: { type: "http", scheme: "bearer" },
    unplacedKey: { type: "apiKey", name: "k" },
    bodyKey: { type: "apiKey", in: "body", name: "k" },
    alias: { $ref: "#/components/securitySchemes/key" },
    openId: { type: "openIdConnect", openIdConnectUrl: "https://x/.well-known/openid-configuration", scheme: "basic" },
  };
  const secured = (security: unknown, global?: unknown) => {
    const model = modelOf({ ...(global ? { security: global } : {}), components: { securitySchemes: schemes }, paths: { "/x": get("getThing", security === undefined ? {} : { security }) } });
    return { op: model.operations[0] as OperationModel, model };
  };

  it.each([
    { name: "none at all: public", given: undefined, want: { security: [[]], scopes: [] } },
    { name: "an empty list: public", given: [], want: { security: [[]], scopes: [] } },
    { name: "one bearer scheme: the runtime's default", given: [{ bearer: [] }], want: { security: undefined, scopes: [] } },
    { name: "OAuth with scopes, repeated ones once", given: [{ oauth: ["a:read", "a:read", "b:read"] }], want: { security: undefined, scopes: [["a:read", "b:read"]] } },
    { name: "alternatives", given: [{ oauth: ["a:read"] }, { key: [] }], want: { security: [[{ type: "bearer" }], [{ type: "apiKey", in: "query", name: "api_key" }]], scopes: [["a:read"]] } },
    { name: "a cookie key, a header key named after its scheme, basic, together", given: [{ cookieKey: [], headerKey: [], basic: [] }], want: { security: [[{ type: "apiKey", in: "cookie", name: "sid" }, { type: "apiKey", in: "header", name: "headerKey" }, { type: "basic" }]], scopes: [] } },
    { name: "a bearer token and a key together: not the default, both are sent", given: [{ bearer: [], key: [] }], want: { security: [[{ type: "bearer" }, { type: "apiKey", in: "query", name: "api_key" }]], scopes: [] } },
    { name: "a key with no location, or one the runtime has none of, goes in a header", given: [{ unplacedKey: [], bodyKey: [] }], want: { security: [[{ type: "apiKey", in: "header", name: "k" }, { type: "apiKey", in: "header", name: "k" }]], scopes: [] } },
    { name: "a scheme that is a $ref to another is that scheme", given: [{ alias: [] }], want: { security: [[{ type: "apiKey", in: "query", name: "api_key" }]], scopes: [] } },
    { name: "scheme: basic counts on an http scheme only", given: [{ openId: [] }], want: { security: undefined, scopes: [] } },
    { name: "a requirement that is no object is skipped", given: [{ bearer: [] }, null], want: { security: undefined, scopes: [] } },
  ])("$name", ({ given, want }) => {
    const { op } = secured(given);
    expect(op.security).toEqual(want.security);
    expect(op.scopeAlternatives).toEqual(want.scopes);
    expect(op.scopes).toEqual([...new Set(want.scopes.flat())]);
  });

  it("an operation without its own requirement takes the document's", () => {
    expect(secured(undefined, [{ oauth: ["a:write"] }]).op.scopeAlternatives).toEqual([["a:write"]]);
    expect(secured([], [{ oauth: ["a:write"] }]).op.security).toEqual([[]]);
  });

  it("needs a token when every operation has only the default bearer credential", () => {
    expect(secured([{ bearer: [] }]).model.requiresToken).toBe(true);
    expect(secured([{ oauth: [] }]).model.requiresToken).toBe(true);
    expect(secured(undefined).model.requiresToken).toBe(false);
    // One public operation among token-only ones: the token is optional.
    const mixed = modelOf({ components: { securitySchemes: schemes }, paths: { "/a": get("getA", { security: [{ bearer: [] }] }), "/b": get("getB", { security: [] }) } });
    expect(mixed.requiresToken).toBe(false);
    expect(secured([{ key: [] }]).model.requiresToken).toBe(false);
    expect(modelOf({ paths: {} }).requiresToken).toBe(false);
  });

  it("OAuth: scopes as declared with constants and sorted levels, the authorization-code URLs, and auth oauth2", () => {
    const { model } = secured([{ oauth: [] }]);
    expect(model.auth).toBe("oauth2");
    expect(model.scopes).toEqual([
      { name: "b:read", constantName: "B_READ", description: "Read b", levels: ["site"] },
      { name: "a:write", constantName: "A_WRITE", description: "Write a", levels: [] },
      { name: "a:read", constantName: "A_READ", description: "Read a", levels: ["site", "workspace"] },
    ]);
    expect(model.oauth).toEqual({ authorizationUrl: "https://x/auth", tokenUrl: "https://x/token" });
    const bearerOnly = modelOf({ components: { securitySchemes: { bearer: schemes.bearer } }, paths: { "/x": get("getThing") } });
    expect([bearerOnly.auth, bearerOnly.scopes, bearerOnly.oauth]).toEqual(["bearer", [], undefined]);
  });
});

describe("the document", () => {
  it.each([
    { servers: [{ url: "https://{region}.example.com/{base}", variables: { region: { default: "eu" }, base: { default: "v2" } } }, { url: "https://other" }], want: "https://eu.example.com/v2" },
    { servers: [{ url: "https://{region}.example.com", variables: {} }], want: "https://{region}.example.com" },
    { servers: [], want: "/" },
    { servers: undefined, want: "/" },
  ])("server of $servers is $want", ({ servers, want }) => {
    expect(modelOf({ servers, paths: {} }).server).toBe(want);
  });

  it("title, version, namespace, description and package name from info; the source file", () => {
    const model = modelOf({ paths: {} }, { title: "Things API", version: "2.1.0", "x-namespace": "things", description: "All things.", "x-package-name": "things-api" });
    expect([model.title, model.version, model.namespace, model.description, model.packageName, model.sourceFile]).toEqual(["Things API", "2.1.0", "things", "All things.", "things-api", "t/api.json"]);
    const bare = modelOf({ paths: {} });
    expect([bare.description, bare.packageName]).toEqual([undefined, undefined]);
  });

  it("orders operations by operationId and components by name, whatever the document's order", () => {
    const model = modelOf({
      paths: { "/z": get("zebraThing"), "/a": get("alphaThing"), "/m": get("middleThing") },
      components: { schemas: { Zed: { type: "string" }, Alpha: { type: "string" }, Mid: { type: "string" } } },
    });
    expect(model.operations.map((op) => op.id)).toEqual(["alphaThing", "middleThing", "zebraThing"]);
    expect(model.schemas.map((s) => s.name)).toEqual(["Alpha", "Mid", "Zed"]);
  });

  it("a summary or description that is not a string is left out; the summary falls back to the id", () => {
    // The check only warns about a summary that is no string (house style), so such a document generates.
    const op = operation({ summary: 42, description: { text: "x" } });
    expect([op.summary, op.description]).toEqual(["getThing", undefined]);
  });

  it("skips a top-level tag entry that is no tag object", () => {
    // A stray string would otherwise be a tag named "undefined", holding that group name against a real tag.
    const model = modelOf({ tags: ["Undefined", { name: "Undefined" }], paths: { "/x": { get: { operationId: "getThing", tags: ["Undefined"], responses: ok() } } } });
    expect(model.tags.map((t) => [t.name, t.group])).toEqual([["Undefined", "undefined_"]]);
    expect(model.operations[0]?.group).toBe("undefined_");
  });

  it("keeps only the tags some operation uses, with their description", () => {
    const model = modelOf({ tags: [{ name: "Things", description: "Thing calls." }, { name: "Unused" }], paths: { "/x": get("getThing") } });
    expect(model.tags.map((t) => [t.name, t.group, t.className, t.module, t.description])).toEqual([["Things", "things", "ThingsApi", "things", "Thing calls."]]);
  });

  it("operations by operationId, with method, path, summary (or the id), description and deprecation", () => {
    const model = modelOf({ paths: { "/b": { delete: { operationId: "deleteThing", tags: ["Things"], deprecated: true, description: "Gone.", responses: ok() } }, "/a": { post: { operationId: "createThing", tags: ["Things"], summary: "Create", responses: ok() } } } });
    expect(model.operations.map((op) => [op.id, op.method, op.path, op.summary, op.description, op.deprecated])).toEqual([
      ["createThing", "POST", "/a", "Create", undefined, false],
      ["deleteThing", "DELETE", "/b", "deleteThing", "Gone.", true],
    ]);
  });
});

describe("errors", () => {
  const errorModel = (paths: Doc, components: Doc = {}) => modelOf({ paths, components });

  it("one class a documented status, its description from the shared response when there is one", () => {
    const model = errorModel(
      {
        "/a": get("getA", { responses: { ...ok(), "404": { description: "A is missing." }, "418": { description: "Teapot." }, "4XX": { description: "Range." }, default: { description: "Other." } } }),
        "/b": get("getB", { responses: { ...ok(), "404": { $ref: "#/components/responses/NotFound" }, "429": { description: "Slow down." } } }),
        "/c": get("getC", { responses: { ...ok(), "404": { description: "C is missing." } } }),
      },
      { responses: { NotFound: { description: "Not found." } } },
    );
    expect(model.errorStatuses).toEqual([
      { status: 404, className: "NotFoundError", description: "Not found." },
      { status: 418, className: "WebflowApiError", description: "Teapot." },
      { status: 429, className: "TooManyRequestsError", description: "Slow down." },
    ]);
  });

  it("the first operation's own words when no shared response describes a status", () => {
    const model = errorModel({ "/a": get("getA", { responses: { ...ok(), "409": { description: "First." } } }), "/b": get("getB", { responses: { ...ok(), "409": { description: "Second." } } }) });
    expect(model.errorStatuses).toEqual([{ status: 409, className: "ConflictError", description: "First." }]);
  });

  it("collects the string values of the error body's code however it is combined, sorted, through refs and cycles", () => {
    const model = errorModel(
      {
        "/a": get("getA", { responses: { ...ok(), "400": { description: "d", content: json({ $ref: "#/components/schemas/Error" }) } } }),
        "/b": get("getB", { responses: { ...ok(), "409": { description: "d", content: json({ type: "object", properties: { code: { anyOf: [{ type: "string", enum: ["conflict"] }, { $ref: "#/components/schemas/Code" }] } } }) } } }),
        "/c": get("getC", { responses: { ...ok(), "404": { description: "d", content: json({ type: "object", properties: { code: { type: "integer", enum: [1] } } }) } } }),
      },
      {
        schemas: {
          Error: { type: "object", properties: { code: { $ref: "#/components/schemas/Code" }, message: { type: "string", enum: ["not a code"] } } },
          Code: { oneOf: [{ type: "string", enum: ["not_found", "bad_request"] }, { $ref: "#/components/schemas/Code" }] },
        },
      },
    );
    expect(model.errorCodes).toEqual(["bad_request", "conflict", "not_found"]);
  });
});

describe("webhooks", () => {
  it("triggers from an enum with x-trigger-scopes, once each, with their description", () => {
    const model = modelOf({
      paths: {},
      components: {
        schemas: {
          Trigger: { type: "string", enum: ["form_submission", "site_publish"], "x-trigger-scopes": { form_submission: "forms:read", site_publish: "sites:read" }, "x-enum-descriptions": { site_publish: "A site was published." } },
          Again: { type: "string", enum: ["site_publish"], "x-trigger-scopes": { site_publish: "other:read" } },
          Plain: { type: "string", enum: ["x"] },
        },
      },
    });
    expect(model.triggers).toEqual([
      { name: "form_submission", scope: "forms:read" },
      { name: "site_publish", scope: "sites:read", description: "A site was published." },
    ]);
  });

  const delivery = (type: string, extra: Doc = {}) => ({ post: { summary: `${type} happened`, requestBody: { content: json({ type: "object", required: ["triggerType", "payload"], properties: { triggerType: { type: "string", const: type }, payload: { type: "object" }, ...extra } }) }, responses: { "200": { description: "ok" } } } });

  it("deliveries sorted by name whatever the document's order, with summary and description, told apart by the constant every body requires", () => {
    const model = modelOf({ paths: {}, webhooks: { siteUpdated: delivery("site_updated"), formSent: delivery("form_sent", { kind: { type: "string", const: "same" } }) } });
    expect(model.deliveries?.webhooks.map((w) => [w.name, w.summary, w.discriminantValue])).toEqual([
      ["formSent", "form_sent happened", "form_sent"],
      ["siteUpdated", "site_updated happened", "site_updated"],
    ]);
    expect(model.deliveries).toMatchObject({
      discriminant: "triggerType",
      typeName: "WebhookDelivery",
      unknownTypeName: "UnknownWebhookDelivery",
      guardName: "isWebhookDelivery",
      planName: "webhookDeliverySchema",
      validatorName: "validateWebhookDelivery",
      parseName: "parseWebhookDelivery",
    });
    const inOrder = modelOf({ paths: {}, webhooks: { a: delivery("a"), c: delivery("c"), b: { post: { ...delivery("b").post, description: "B, at length." } } } });
    expect(inOrder.deliveries?.webhooks.map((w) => [w.name, w.description])).toEqual([
      ["a", undefined],
      ["b", "B, at length."],
      ["c", undefined],
    ]);
  });

  it("finds the constant through refs and allOf, a shared request body, and past a cycle of refs", () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const trigger = (type: string) => ({ type: "object", required: ["triggerType"], properties: { triggerType: { type: "string", const: type } } });
    const model = modelOf({
      paths: {},
      components: {
        schemas: {
          Base: { type: "object", required: ["payload"], properties: { payload: { type: "object" } } },
          FormSent: { allOf: [ref("Base"), trigger("form_sent")] },
          SiteUpdated: { allOf: [ref("Loop"), trigger("site_updated")] },
          Loop: { allOf: [ref("SiteUpdated")] },
        },
        requestBodies: { SiteUpdated: { content: json(ref("SiteUpdated")) } },
      },
      webhooks: {
        formSent: { post: { requestBody: { content: json(ref("FormSent")) }, responses: {} } },
        siteUpdated: { post: { requestBody: { $ref: "#/components/requestBodies/SiteUpdated" }, responses: {} } },
      },
    });
    expect(model.deliveries?.discriminant).toBe("triggerType");
    expect(model.deliveries?.webhooks.map((w) => [w.name, w.discriminantValue])).toEqual([
      ["formSent", "form_sent"],
      ["siteUpdated", "site_updated"],
    ]);
  });

  it("of several properties that could tell the deliveries apart, the first by name", () => {
    // Both constants are required and differ; triggerType comes first in the document, event first by name.
    const body = (type: string) => ({ post: { requestBody: { content: json({ type: "object", required: ["triggerType", "event"], properties: { triggerType: { type: "string", const: type }, event: { type: "string", const: `${type}_event` } } }) }, responses: {} } });
    const model = modelOf({ paths: {}, webhooks: { a: body("a"), b: body("b") } });
    expect(model.deliveries?.discriminant).toBe("event");
    expect(model.deliveries?.webhooks.map((w) => w.discriminantValue)).toEqual(["a_event", "b_event"]);
  });

  it("no discriminant when two deliveries share the value or one lacks it; none at all without webhooks or a JSON body schema", () => {
    const same = modelOf({ paths: {}, webhooks: { a: delivery("same"), b: delivery("same") } });
    expect(same.deliveries?.discriminant).toBeUndefined();
    expect(same.deliveries?.webhooks.map((w) => w.discriminantValue)).toEqual([undefined, undefined]);
    expect(modelOf({ paths: {} }).deliveries).toBeUndefined();
    // A constant only some bodies carry tells nothing apart.
    const plainBody = { post: { requestBody: { content: json({ type: "object" }) }, responses: {} } };
    expect(modelOf({ paths: {}, webhooks: { a: delivery("a"), b: plainBody } }).deliveries?.discriminant).toBeUndefined();
    expect(modelOf({ paths: {}, webhooks: { a: { post: { requestBody: { content: { "application/json": {} } }, responses: {} } } } }).deliveries).toBeUndefined();
    expect(modelOf({ paths: {}, webhooks: { a: { post: { requestBody: { content: { "text/plain": { schema: { type: "string" } } } }, responses: {} } } } }).deliveries).toBeUndefined();
  });
});

describe("component modules", () => {
  it("a component used by one group lives in its module, one used by several or none in shared, through refs", () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const model = modelOf({
      paths: {
        "/a": get("getThing", { responses: ok(ref("Thing")) }),
        "/b": { post: { operationId: "createComment", tags: ["Comments"], requestBody: { content: json(ref("CommentInput")) }, responses: ok({ type: "object", properties: { at: ref("Both") } }) } },
        "/c": get("getOther", { parameters: [query("q", { schema: ref("Filter") })], responses: { ...ok({ type: "array", items: ref("Both") }), "404": { description: "d", content: json(ref("Problem")) } } }),
      },
      components: {
        schemas: {
          Thing: { type: "object", properties: { part: ref("Part"), tags: { type: "array", items: ref("Label") }, extra: { type: "object", additionalProperties: ref("Extra") } } },
          Part: { allOf: [ref("Deep")] },
          Deep: { type: "object", not: ref("Nothing") },
          Nothing: { type: "object" },
          Label: { type: "string" },
          Extra: { type: "string" },
          CommentInput: { type: "object" },
          Both: { type: "object" },
          Filter: { type: "string" },
          Problem: { type: "object" },
          Unused: { type: "object" },
        },
      },
    });
    expect(Object.fromEntries(model.schemas.map((s) => [s.name, s.module]))).toEqual({
      Both: "shared",
      CommentInput: "comments",
      Deep: "things",
      Extra: "things",
      Filter: "things",
      Label: "things",
      Nothing: "things",
      Part: "things",
      Problem: "things",
      Thing: "things",
      Unused: "shared",
    });
  });

  it("a component named like an operation's type takes the Schema suffix; names by role stay when a component is added", () => {
    const model = modelOf({ paths: { "/a": get("getThing") }, components: { schemas: { GetThingResult: { type: "object" }, Thing: { type: "object" } } } });
    expect(model.schemas.map((s) => [s.name, s.typeName, s.validatorName, s.guardName, s.planName])).toEqual([
      ["GetThingResult", "GetThingResultSchema", "validateGetThingResultSchema", "isGetThingResultSchema", "getThingResultSchemaSchema"],
      ["Thing", "Thing", "validateThing", "isThing", "thingSchema"],
    ]);
    expect(model.operations[0]?.typeNames).toEqual({ params: "GetThingParams", result: "GetThingResult" });
    expect(model.operations[0]?.validatorName).toBe("validateGetThingResult");
  });
});

describe("method and iterator names, more cases", () => {
  it("a tag named in the singular also drops its plural from the operationId", () => {
    const model = modelOf({ tags: [{ name: "Comment" }], paths: { "/x": { get: { operationId: "listComments", tags: ["Comment"], responses: ok() } } } });
    expect(model.operations[0]?.methodName).toBe("list");
  });

  it("only a leading list or get leaves the iterator's name, not one inside a word", () => {
    const page = { type: "object", properties: { pagination: { type: "object", required: ["offset", "total"], properties: { offset: { type: "integer" }, total: { type: "integer" } } }, items: { type: "array", items: {} } } };
    const op = operation({ operationId: "playlistItems", parameters: [query("offset"), query("limit")], responses: ok(page) });
    expect(op.paging?.iteratorName).toBe("iteratePlaylistItems");
  });
});

describe("parameters, more cases", () => {
  it("a header whose one allowed value is an object is the caller's to send", () => {
    const op = operation({ parameters: [{ name: "h", in: "header", schema: { type: "object", const: { a: 1 } } }] });
    expect(op.params[0]?.fixedValue).toBeUndefined();
  });

  it("only query parameters have a query style", () => {
    const op = operation({ parameters: [{ name: "h", in: "header", explode: false, schema: { type: "array", items: { type: "string" } } }] });
    expect(op.params[0]?.style).toBeUndefined();
  });

  it("a header the client sends itself takes no name from the caller's parameters", () => {
    const op = operation({ parameters: [{ name: "v", in: "header", schema: { type: "string", const: "1" } }, { name: "v", in: "cookie", schema: { type: "string" } }] });
    expect(op.params.map((p) => [p.in, p.argument])).toEqual([
      ["header", undefined],
      ["cookie", undefined],
    ]);
  });

  it("numbers a suffixed name upwards past every taken one", () => {
    const op = operation({ parameters: [query("id"), query("id_header"), query("id_header2"), { name: "id", in: "header", schema: { type: "string" } }] });
    expect(op.params.map((p) => p.argument)).toEqual([undefined, undefined, undefined, "id_header3"]);
  });
});

describe("responses and bodies, more cases", () => {
  it.each([
    { name: "a form type with parameters", content: { "application/x-www-form-urlencoded; charset=utf-8": { schema: { type: "object" } } }, want: ["form", "application/x-www-form-urlencoded; charset=utf-8"] },
    { name: "a wildcard with an array schema", content: { "*/*": { schema: { type: "array", items: {} } } }, want: ["json", "application/json"] },
    { name: "a media type that is no object", content: { "application/x-www-form-urlencoded": true }, want: [undefined, undefined] },
  ])("a body of $name", ({ content, want }) => {
    const op = operation({ requestBody: { content } });
    expect([op.body?.kind, op.body?.contentType]).toEqual(want);
  });

  it("a response without content is empty, with no content type, schema or examples", () => {
    const op = operation({ responses: { "204": { description: "Gone." } } });
    expect(op.success).toEqual({ status: 204, key: "204", kind: "empty", description: "Gone.", examples: [] });
  });

  it("a JSON response has its content type; without a schema it has none, without examples no examples", () => {
    const op = operation({ responses: { "200": { description: "d", content: { "application/json": {} } } } });
    expect(op.success).toEqual({ status: 200, key: "200", kind: "json", description: "d", contentType: "application/json", examples: [] });
    expect(op.inline).toEqual({});
  });

  it("a response without a description has an empty one", () => {
    expect(operation({ responses: { "200": { content: json({ type: "object" }) } } }).success.description).toBe("");
  });

  it("a body's description, inline or from a shared request body", () => {
    expect(operation({ requestBody: { description: "The thing.", content: json({ type: "object" }) } }).body?.description).toBe("The thing.");
    const shared = operation({ requestBody: { $ref: "#/components/requestBodies/Thing" } }, { components: { requestBodies: { Thing: { description: "Shared.", required: true, content: json({ type: "string" }) } } } });
    expect(shared.body).toEqual({ required: true, description: "Shared.", contentType: "application/json", kind: "json", schema: { kind: "string", nullable: false } });
  });

  it("a component's examples: its examples list, then its example", () => {
    const model = modelOf({ paths: {}, components: { schemas: { Both: { type: "object", examples: [{ a: 1 }], example: { b: 2 } }, None: { type: "object" }, One: { type: "string", example: "x" } } } });
    expect(model.schemas.map((s) => [s.name, s.examples])).toEqual([
      ["Both", [{ a: 1 }, { b: 2 }]],
      ["None", []],
      ["One", ["x"]],
    ]);
  });
});

describe("scopes and OAuth, more cases", () => {
  it("a scope two schemes declare is one scope, as the first declares it; a scope without a description has an empty one", () => {
    const flows = (scopes: Doc) => ({ type: "oauth2", flows: { authorizationCode: { authorizationUrl: "https://x/auth", tokenUrl: "https://x/token", scopes } } });
    const model = modelOf({ components: { securitySchemes: { first: flows({ "a:read": "First words", "b:read": null }), second: flows({ "a:read": "Second words" }) } }, paths: {} });
    expect(model.scopes).toEqual([
      { name: "a:read", constantName: "A_READ", description: "First words", levels: [] },
      { name: "b:read", constantName: "B_READ", description: "", levels: [] },
    ]);
  });

  it("no OAuth URLs unless the authorization-code flow has both", () => {
    const model = modelOf({ components: { securitySchemes: { o: { type: "oauth2", flows: { authorizationCode: { authorizationUrl: "https://x/auth", scopes: {} } } } } }, paths: {} });
    expect([model.auth, model.oauth]).toEqual(["oauth2", undefined]);
  });
});

describe("error statuses and codes, more cases", () => {
  it("statuses in numeric order whatever the operations' order; a status two shared responses describe keeps the first's", () => {
    const model = modelOf({
      paths: {
        "/a": get("getA", { responses: { ...ok(), "404": { $ref: "#/components/responses/MissingA" }, "503": { description: "Down." } } }),
        "/b": get("getB", { responses: { ...ok(), "404": { $ref: "#/components/responses/MissingB" }, "429": { description: "Slow down." } } }),
        "/c": get("getC", { responses: { ...ok(), "400": { description: "Bad." } } }),
      },
      components: { responses: { MissingA: { description: "A is missing." }, MissingB: { description: "B is missing." } } },
    });
    expect(model.errorStatuses.map((s) => [s.status, s.description])).toEqual([
      [400, "Bad."],
      [404, "A is missing."],
      [429, "Slow down."],
      [503, "Down."],
    ]);
  });

  it("codes from a string code, a code or body that is a component, a oneOf, an allOf inside a component; not from numbers, plain strings or bodies that are no object", () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const body = (schema: unknown) => ({ description: "d", content: json(schema) });
    const model = modelOf({
      paths: {
        "/a": get("getA", { responses: { ...ok(), "400": body({ type: "object", properties: { code: { type: "string", enum: ["direct"] } } }) } }),
        "/b": get("getB", { responses: { ...ok(), "401": body(ref("ErrorBody")) } }),
        "/c": get("getC", { responses: { ...ok(), "403": body({ type: "object", properties: { code: { oneOf: [{ type: "string", enum: ["one_of"] }, { type: "integer" }] } } }) } }),
        "/d": get("getD", { responses: { ...ok(), "404": body({ type: "object", properties: { code: ref("AllOfCode") } }) } }),
        "/e": get("getE", { responses: { ...ok(), "409": body({ type: "object", properties: { code: ref("NumberCode") } }) } }),
        "/f": get("getF", { responses: { ...ok(), "422": body({ type: "object", properties: { code: { type: "string" } } }) } }),
        "/g": get("getG", { responses: { ...ok(), "500": body({ type: "string", enum: ["not a code"] }) } }),
      },
      components: {
        schemas: {
          // The first property named other than code is not the code.
          ErrorBody: { type: "object", properties: { message: { type: "string", enum: ["not a code"] }, code: ref("RefCode") } },
          RefCode: { type: "string", enum: ["via_ref"] },
          AllOfCode: { allOf: [{ type: "string", enum: ["all_of"] }] },
          NumberCode: { type: "integer", enum: [7] },
        },
      },
    });
    expect(model.errorCodes).toEqual(["all_of", "direct", "one_of", "via_ref"]);
  });

  it("an error body that refers to itself round a cycle has no codes", () => {
    const model = modelOf({
      paths: { "/a": get("getA", { responses: { ...ok(), "400": { description: "d", content: json({ $ref: "#/components/schemas/A" }) } } }) },
      components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } } },
    });
    expect(model.errorCodes).toEqual([]);
  });
});

describe("webhook triggers, more cases", () => {
  it("an x-trigger-scopes map beside no enum names no triggers", () => {
    expect(modelOf({ paths: {}, components: { schemas: { Trigger: { type: "string", "x-trigger-scopes": {} } } } }).triggers).toEqual([]);
  });
});

describe("webhook discriminants, more cases", () => {
  const deliveryOf = (property: unknown, required = ["triggerType"]) => ({ post: { requestBody: { content: json({ type: "object", required, properties: { triggerType: property } }) }, responses: { "200": { description: "ok" } } } });

  it.each<{ name: string; property: (value: string) => unknown; required?: string[] }>([
    { name: "an optional constant", property: (value) => ({ type: "string", const: value }), required: [] },
    { name: "a constant of several types", property: (value) => ({ type: ["string", "integer"], const: value }) },
    { name: "two allowed values", property: (value) => ({ type: "string", enum: [value, "other"] }) },
    { name: "a string without allowed values", property: () => ({ type: "string" }) },
    { name: "a string whose one allowed value is a number", property: (value) => ({ type: "string", enum: [value.length] }) },
  ])("no discriminant from $name", ({ property, required }) => {
    const model = modelOf({ paths: {}, webhooks: { a: deliveryOf(property("site_updated"), required), b: deliveryOf(property("form"), required) } });
    expect(model.deliveries?.discriminant).toBeUndefined();
  });

  it("a delivery whose body is no object has no constants, and so no discriminant", () => {
    const model = modelOf({ paths: {}, webhooks: { a: deliveryOf({ type: "string", const: "a" }), b: { post: { requestBody: { content: json({ type: "string" }) }, responses: { "200": { description: "ok" } } } } } });
    expect(model.deliveries?.webhooks.map((w) => w.name)).toEqual(["a", "b"]);
    expect(model.deliveries?.discriminant).toBeUndefined();
  });
});

describe("component modules, more cases", () => {
  it("follows oneOf and anyOf to the components they name", () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const model = modelOf({
      paths: { "/a": get("getThing", { responses: ok({ oneOf: [ref("One"), { anyOf: [ref("Any"), { type: "null" }] }] }) }) },
      components: { schemas: { One: { type: "object" }, Any: { type: "object" } } },
    });
    expect(model.schemas.map((s) => [s.name, s.module])).toEqual([
      ["Any", "things"],
      ["One", "things"],
    ]);
  });
});
