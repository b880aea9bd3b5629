/**
 * Scopes at run time, through the generated package's compiled entry point against a server on
 * 127.0.0.1: `client.checkScopes()` reads `GET /token/introspect` once, then every call lacking a
 * scope is refused before it is sent, as a `MissingScopesError` naming the scopes; a client
 * created with `scopes` is checked against those from the start; `missingScopes()` and
 * `scopesFor()` name an unknown operationId in a `TypeError`. Each case asserts what the server saw.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  createWebflowClient,
  createWebflowCore,
  getSite,
  introspectToken,
  listSites,
  missingScopes,
  MissingScopesError,
  OPERATION_SCOPES,
  scopesFor,
  UnauthorizedError,
  withScopeCheck,
  WebflowResponseValidationError,
  type ScopedClient,
} from "../../generated/dist/index.js";
import { useTestServer } from "../e2e/server.js";

const TOKEN = "scope-test-token-91c2d7";
const SITE_ID = "580e63e98c9a982ac9b8b741";
const introspection = (scope: string | undefined) => ({
  authorization: {
    id: "55818d58616600637b9a5786",
    grantType: "authorization_code",
    rateLimit: 60,
    ...(scope === undefined ? {} : { scope }),
    authorizedTo: { siteIds: [SITE_ID], workspaceIds: [], userIds: [] },
  },
});

const server = useTestServer();
let baseUrl: string;
beforeAll(() => {
  baseUrl = `${server.origin}/v2`;
});

const seen = () => server.requests.map((r) => `${r.method} ${r.path}`);

/** Whatever a caller might print or log of an error. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  return [String(e), e.message, e.stack ?? "", JSON.stringify(e), JSON.stringify({ ...e })];
}

async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    for (const text of renderings(error)) expect(text).not.toContain(TOKEN);
    return error;
  }
  throw new Error("expected the call to reject");
}

describe("client.checkScopes()", () => {
  it("reads GET /token/introspect once, then refuses calls lacking a scope before sending them", async () => {
    server.enqueue({ status: 200, body: introspection("sites:read,cms:read") });
    server.respond((r) => (r.path === "/v2/sites" ? { status: 200, body: { sites: [] } } : undefined));
    const client = createWebflowClient({ token: TOKEN, baseUrl, retry: false });

    // Concurrent and later calls share the one read.
    const [first, second] = await Promise.all([client.checkScopes(), client.checkScopes()]);
    expect(first).toEqual(["sites:read", "cms:read"]);
    expect(second).toBe(first);
    expect(await client.checkScopes()).toBe(first);
    expect(seen()).toEqual(["GET /v2/token/introspect"]);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);

    // Allowed: sent.
    expect(await client.sites.list()).toEqual({ sites: [] });
    // Not allowed: refused, nothing sent.
    const error = await rejection(client.sites.publish({ site_id: SITE_ID, body: { publishToWebflowSubdomain: true } }));
    expect(error).toBeInstanceOf(MissingScopesError);
    const missing = error as MissingScopesError;
    expect(missing.missingScopes).toEqual(["sites:write"]);
    expect(missing.sent).toBe(false);
    expect(missing.operationId).toBe("publishSite");
    expect(missing.method).toBe("POST");
    expect(missing.status).toBe(403);
    expect(missing.message).toBe("publishSite was not sent: the token lacks the scope sites:write");
    // .withResponse() rejects the same way.
    await expect(client.token.getAuthorizedUser().withResponse()).rejects.toMatchObject({
      name: "MissingScopesError",
      missingScopes: ["authorized_user:read"],
    });
    // An operation that needs no scope is never refused.
    server.enqueue({ status: 200, body: introspection("sites:read,cms:read") });
    await client.token.introspect();
    expect(seen()).toEqual(["GET /v2/token/introspect", "GET /v2/sites", "GET /v2/token/introspect"]);
  });

  it("checks nothing before it is called: the server's 403 missing_scopes is the same error, sent", async () => {
    server.enqueue({
      status: 403,
      body: {
        code: "missing_scopes",
        message: "You are missing the following scopes - sites:write",
        externalReference: null,
        details: [],
      },
    });
    const client = createWebflowClient({ token: TOKEN, baseUrl, retry: false });
    const error = await rejection(client.sites.publish({ site_id: SITE_ID, body: { publishToWebflowSubdomain: true } }));
    expect(error).toBeInstanceOf(MissingScopesError);
    expect((error as MissingScopesError).missingScopes).toEqual(["sites:write"]);
    expect((error as MissingScopesError).sent).toBe(true);
    expect(seen()).toEqual([`POST /v2/sites/${SITE_ID}/publish`]);
  });

  it("accepts scopes separated by commas and spaces, and a token with none", async () => {
    server.enqueue({ status: 200, body: introspection(" sites:read, cms:read  pages:read,") });
    const client = createWebflowClient({ token: TOKEN, baseUrl });
    expect(await client.checkScopes()).toEqual(["sites:read", "cms:read", "pages:read"]);

    server.enqueue({ status: 200, body: introspection("") });
    const bare = createWebflowClient({ token: TOKEN, baseUrl });
    expect(await bare.checkScopes()).toEqual([]);
    const error = await rejection(bare.sites.get({ site_id: SITE_ID }));
    expect((error as MissingScopesError).missingScopes).toEqual(["sites:read"]);
    expect(seen()).toEqual(["GET /v2/token/introspect", "GET /v2/token/introspect"]);
  });

  it("forgets a failed read, so the next call reads again", async () => {
    server.enqueue(
      { status: 401, body: { code: "not_authorized", message: "Invalid token", externalReference: null, details: [] } },
      { status: 200, body: { sites: [] } },
      { status: 200, body: introspection("sites:read") },
    );
    const client = createWebflowClient({ token: TOKEN, baseUrl, retry: false });
    expect(await rejection(client.checkScopes())).toBeInstanceOf(UnauthorizedError);
    // Still unchecked: the call goes out.
    await client.sites.list();
    expect(await client.checkScopes()).toEqual(["sites:read"]);
    expect(seen()).toEqual(["GET /v2/token/introspect", "GET /v2/sites", "GET /v2/token/introspect"]);
  });

  it("rejects an introspection without authorization.scope instead of guessing", async () => {
    server.enqueue({ status: 200, body: introspection(undefined) });
    const client = createWebflowClient({ token: TOKEN, baseUrl });
    const error = await rejection(client.checkScopes());
    expect(error).toBeInstanceOf(WebflowResponseValidationError);
    expect((error as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual(["/authorization/scope"]);
    expect((error as Error).message).toContain("/authorization/scope: expected the token's scopes");
    // Nothing was concluded: calls still go out.
    server.enqueue({ status: 200, body: { sites: [] } });
    await client.sites.list();
    expect(seen()).toEqual(["GET /v2/token/introspect", "GET /v2/sites"]);
  });
});

describe("a client created with scopes", () => {
  it("is checked against them from the start, without a request", async () => {
    const reader = createWebflowClient({ token: TOKEN, baseUrl, scopes: ["sites:read", "cms:read"] as const });
    // The type has no publish; JavaScript (or a cast) can still reach the method, and is refused.
    const untyped = reader as unknown as ScopedClient<"sites:write">;
    const error = await rejection(untyped.sites.publish({ site_id: SITE_ID, body: { publishToWebflowSubdomain: true } }));
    expect((error as MissingScopesError).missingScopes).toEqual(["sites:write"]);
    expect(server.requests).toEqual([]);
  });

  it("checkScopes() passes when the token holds every declared scope, and keeps the declared ones", async () => {
    server.enqueue({ status: 200, body: introspection("sites:read,sites:write,cms:read") });
    const reader = createWebflowClient({ token: TOKEN, baseUrl, scopes: ["sites:read"] });
    expect(await reader.checkScopes()).toEqual(["sites:read", "sites:write", "cms:read"]);
    // The token could publish, but this client said it only reads sites.
    const untyped = reader as unknown as ScopedClient<"sites:write">;
    expect(await rejection(untyped.sites.publish({ site_id: SITE_ID, body: { publishToWebflowSubdomain: true } }))).toBeInstanceOf(MissingScopesError);
    expect(seen()).toEqual(["GET /v2/token/introspect"]);
  });

  it("checkScopes() names every declared scope the token lacks", async () => {
    server.enqueue({ status: 200, body: introspection("sites:read") });
    const client = createWebflowClient({ token: TOKEN, baseUrl, scopes: ["sites:read", "cms:read", "pages:write"] });
    const error = (await rejection(client.checkScopes())) as MissingScopesError;
    expect(error).toBeInstanceOf(MissingScopesError);
    expect(error.missingScopes).toEqual(["cms:read", "pages:write"]);
    expect(error.message).toBe(
      "The client was created with scopes the token lacks (GET /token/introspect lists sites:read): cms:read, pages:write",
    );
    expect(seen()).toEqual(["GET /v2/token/introspect"]);
  });
});

describe("withScopeCheck() around a core, for the standalone functions", () => {
  it("refuses a call naming every missing scope, and lets unknown operations through", async () => {
    server.enqueue({ status: 200, body: introspection("sites:read") });
    const core = withScopeCheck(createWebflowCore({ token: TOKEN, baseUrl }), {
      operationScopes: { ...OPERATION_SCOPES, customTwoScopes: ["cms:read", "sites:read", "pages:write"] },
      introspect: (unchecked) => introspectToken(unchecked).withResponse(),
    });
    expect(core.checkedScopes).toBeUndefined();
    expect(await core.checkScopes()).toEqual(["sites:read"]);
    expect(core.checkedScopes).toEqual(["sites:read"]);

    server.enqueue({ status: 200, body: { sites: [] } });
    expect(await listSites(core)).toEqual({ sites: [] });
    const error = (await rejection(
      core.request({ operationId: "customTwoScopes", method: "GET", path: "/custom", responseKind: "empty" }),
    )) as MissingScopesError;
    expect(error.missingScopes).toEqual(["cms:read", "pages:write"]);
    expect(error.message).toBe("customTwoScopes was not sent: the token lacks the scopes cms:read, pages:write");
    // An endpoint the table does not know is not the check's business.
    server.enqueue({ status: 204 });
    await core.request({ operationId: "notInTheSpec", method: "GET", path: "/beta", responseKind: "empty" });
    expect(await rejection(getSite(core, { site_id: SITE_ID }))).not.toBeInstanceOf(MissingScopesError);
    expect(seen()).toEqual(["GET /v2/token/introspect", "GET /v2/sites", "GET /v2/beta", `GET /v2/sites/${SITE_ID}`]);
  });

  it("without an introspect function, checkScopes() is a TypeError", async () => {
    const core = withScopeCheck(createWebflowCore({ token: TOKEN, baseUrl }), { operationScopes: {} });
    await expect(core.checkScopes()).rejects.toThrow(TypeError);
    expect(server.requests).toEqual([]);
  });
});

describe("missingScopes() and scopesFor()", () => {
  it("name an unknown operationId in a TypeError", () => {
    const call = (id: string) => () => missingScopes(id as "getSite", []);
    expect(call("getSites")).toThrow(new TypeError('missingScopes: unknown operationId "getSites"'));
    // Not reached through the prototype: the table has none.
    expect(call("toString")).toThrow(new TypeError('missingScopes: unknown operationId "toString"'));
    expect(call("__proto__")).toThrow(TypeError);
    expect(() => missingScopes(42 as unknown as "getSite", [])).toThrow(
      new TypeError("missingScopes: unknown operationId (a number)"),
    );
    expect(() => scopesFor("getSite", "publishSites" as "publishSite")).toThrow(
      new TypeError('scopesFor: unknown operationId "publishSites"'),
    );
    expect(missingScopes("publishSite", ["sites:read"])).toEqual(["sites:write"]);
    expect(scopesFor("getSite", "publishSite")).toEqual(["sites:read", "sites:write"]);
  });
});
