/**
 * withScopeCheck over a real HTTP core and a server on 127.0.0.1: what the server sees (nothing, for a
 * refused call) and what the caller gets, before and after the token's scopes are known.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MissingScopesError, WebflowResponseValidationError, UnauthorizedError } from "../../../templates/runtime/errors.js";
import { type ApiResponse, type HttpCore, type OperationRequest, createHttpCore } from "../../../templates/runtime/http.js";
import { withScopeCheck, type ScopeCheckSettings } from "../../../templates/runtime/scope-check.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let base: string;
let seen: string[] = [];
let handlers: Handler[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      seen.push(`${req.method} ${req.url}`);
      const handler = handlers.shift();
      if (handler === undefined) res.writeHead(599).end("no handler queued");
      else handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  handlers = [];
});

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) =>
    res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));

const OPERATION_SCOPES = {
  listSites: ["sites:read"],
  publishSite: ["sites:write", "pages:write"],
  introspectToken: [],
};

const listSites: OperationRequest<unknown> = { operationId: "listSites", method: "GET", path: "/sites", responseKind: "json" };
const publishSite: OperationRequest<unknown> = {
  operationId: "publishSite",
  method: "POST",
  path: "/sites/{site_id}/publish",
  pathParams: { site_id: "s1" },
  responseKind: "json",
};
const unknownOp: OperationRequest<unknown> = { operationId: "getThing", method: "GET", path: "/things", responseKind: "json" };
const inherited: OperationRequest<unknown> = { operationId: "toString", method: "GET", path: "/to-string", responseKind: "json" };

const introspect = (core: HttpCore): PromiseLike<ApiResponse<unknown>> =>
  core.request({ operationId: "introspectToken", method: "GET", path: "/token/introspect", responseKind: "json" }).withResponse();

function checked(settings: Partial<ScopeCheckSettings> = {}) {
  const core = createHttpCore({ defaultBaseUrl: base, config: { token: "tok_scopes_1a2b3c", retry: false } });
  return withScopeCheck(core, { operationScopes: OPERATION_SCOPES, introspect, ...settings });
}

async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

const introspection = (scope: unknown) => json(200, { authorization: { scope }, application: { id: "app" } });

describe("withScopeCheck", () => {
  it("forwards every call untouched while the scopes are unknown", async () => {
    const client = checked();
    expect(client.checkedScopes).toBeUndefined();
    handlers.push(json(200, { sites: [] }), json(200, { ok: 1 }));
    await expect(client.request(listSites)).resolves.toEqual({ sites: [] });
    await expect(client.request(publishSite)).resolves.toEqual({ ok: 1 });
    expect(seen).toEqual(["GET /v2/sites", "POST /v2/sites/s1/publish"]);
  });

  it("refuses a call lacking declared scopes before sending it, naming every missing scope", async () => {
    const declared = ["sites:read"];
    const client = checked({ declared });
    declared.push("sites:write");
    expect(client.checkedScopes).toEqual(["sites:read"]);
    expect(Object.isFrozen(client.checkedScopes)).toBe(true);
    const error = await rejection(client.request(publishSite));
    expect(error).toBeInstanceOf(MissingScopesError);
    expect(error).toMatchObject({ operationId: "publishSite", method: "POST", missingScopes: ["sites:write", "pages:write"], sent: false });
    expect(seen).toEqual([]);
    // The refusal is an ApiPromise too: its response rejects the same way.
    await expect(client.request(publishSite).withResponse()).rejects.toBeInstanceOf(MissingScopesError);
    handlers.push(json(200, { sites: [] }), json(200, { thing: 1 }), json(200, { s: 1 }));
    await expect(client.request(listSites)).resolves.toEqual({ sites: [] });
    // No entry (an endpoint the spec does not cover, or a name every object inherits): forwarded.
    await expect(client.request(unknownOp)).resolves.toEqual({ thing: 1 });
    await expect(client.request(inherited)).resolves.toEqual({ s: 1 });
    expect(seen).toEqual(["GET /v2/sites", "GET /v2/things", "GET /v2/to-string"]);
  });

  it("with no scopes declared, none is allowed", async () => {
    const client = checked({ declared: [] });
    expect(client.checkedScopes).toEqual([]);
    await expect(client.request(listSites)).rejects.toMatchObject({ missingScopes: ["sites:read"] });
    handlers.push(json(200, { active: true }));
    await expect(client.request({ ...listSites, operationId: "introspectToken" })).resolves.toEqual({ active: true });
  });

  it("checkScopes reads the token's scopes once, then checks calls against them", async () => {
    const client = checked();
    handlers.push(introspection(" sites:read, cms:read,,cms:read  assets:read "));
    const [first, second] = await Promise.all([client.checkScopes(), client.checkScopes()]);
    expect(first).toEqual(["sites:read", "cms:read", "assets:read"]);
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(await client.checkScopes()).toBe(first);
    expect(seen).toEqual(["GET /v2/token/introspect"]);
    expect(client.checkedScopes).toEqual(["sites:read", "cms:read", "assets:read"]);
    await expect(client.request(publishSite)).rejects.toMatchObject({ missingScopes: ["sites:write", "pages:write"] });
    handlers.push(json(200, { sites: [] }));
    await expect(client.request(listSites)).resolves.toEqual({ sites: [] });
    expect(seen).toEqual(["GET /v2/token/introspect", "GET /v2/sites"]);
  });

  it("a token with no scopes at all allows no scoped call", async () => {
    const client = checked();
    handlers.push(introspection(""));
    await expect(client.checkScopes()).resolves.toEqual([]);
    expect(client.checkedScopes).toEqual([]);
    await expect(client.request(listSites)).rejects.toBeInstanceOf(MissingScopesError);
  });

  it("a failed read is tried again by the next checkScopes", async () => {
    const client = checked();
    handlers.push(json(401, { code: "not_authorized", message: "bad token" }));
    await expect(client.checkScopes()).rejects.toBeInstanceOf(UnauthorizedError);
    expect(client.checkedScopes).toBeUndefined();
    handlers.push(introspection("sites:read"));
    await expect(client.checkScopes()).resolves.toEqual(["sites:read"]);
    expect(seen).toEqual(["GET /v2/token/introspect", "GET /v2/token/introspect"]);
  });

  it("an introspection without a scope string is a response validation error at /authorization/scope", async () => {
    const client = checked();
    handlers.push(introspection(["sites:read"]));
    const error = await rejection(client.checkScopes());
    expect(error).toBeInstanceOf(WebflowResponseValidationError);
    expect(error).toMatchObject({
      operationId: "introspectToken",
      method: "GET",
      url: `${base}/token/introspect`,
      status: 200,
      body: undefined,
      issues: [
        {
          path: "/authorization/scope",
          expected: "the token's scopes (a comma-separated string)",
          message: "/authorization/scope: expected the token's scopes (a comma-separated string), got array",
        },
      ],
    });
    handlers.push(json(200, { authorization: "sites:read" }), json(200, []), json(200, { authorization: null }));
    await expect(client.checkScopes()).rejects.toMatchObject({ issues: [{ actual: "undefined" }] });
    await expect(client.checkScopes()).rejects.toMatchObject({ issues: [{ actual: "undefined" }] });
    await expect(client.checkScopes()).rejects.toMatchObject({ issues: [{ actual: "undefined" }] });
    expect(client.checkedScopes).toBeUndefined();
  });

  it("with declared scopes, checkScopes fails naming those the token lacks and keeps the declared ones", async () => {
    const client = checked({ declared: ["sites:read", "sites:write", "cms:read"] });
    handlers.push(introspection("sites:read"));
    const error = await rejection(client.checkScopes());
    expect(error).toBeInstanceOf(MissingScopesError);
    expect(error).toMatchObject({
      operationId: "introspectToken",
      method: "GET",
      url: `${base}/token/introspect`,
      missingScopes: ["sites:write", "cms:read"],
      message: "The client was created with scopes the token lacks (GET /token/introspect lists sites:read): sites:write, cms:read",
    });
    expect(client.checkedScopes).toEqual(["sites:read", "sites:write", "cms:read"]);
    handlers.push(introspection(""), introspection("sites:read,pages:read"));
    await expect(client.checkScopes()).rejects.toMatchObject({
      message: "The client was created with scopes the token lacks (GET /token/introspect lists none): sites:read, sites:write, cms:read",
    });
    await expect(client.checkScopes()).rejects.toMatchObject({
      message: "The client was created with scopes the token lacks (GET /token/introspect lists sites:read, pages:read): sites:write, cms:read",
    });
  });

  it("with declared scopes the token holds, checkScopes resolves what it holds and calls stay checked against the declared ones", async () => {
    const client = checked({ declared: ["sites:read"] });
    handlers.push(introspection("sites:read,sites:write,pages:write"));
    await expect(client.checkScopes()).resolves.toEqual(["sites:read", "sites:write", "pages:write"]);
    expect(client.checkedScopes).toEqual(["sites:read"]);
    await expect(client.request(publishSite)).rejects.toMatchObject({ missingScopes: ["sites:write", "pages:write"] });
    expect(seen).toEqual(["GET /v2/token/introspect"]);
  });

  it("without an introspection operation, checkScopes is a TypeError", async () => {
    const client = checked({ introspect: undefined });
    const error = await rejection(client.checkScopes());
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("checkScopes: this API has no operation that reads a token's scopes");
    expect(seen).toEqual([]);
  });
});
