/**
 * OAuth failures against a scripted server on 127.0.0.1: every one a WebflowOAuthError with the
 * exact number of requests the server saw, and none quoting the client secret, the code or a token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorizeUrl, exchangeCode, revokeToken, WebflowOAuthError } from "../../../templates/runtime/oauth.js";

const SECRET = "cs_FAULT_secret_9a8b7c";
const CODE = "code_FAULT_1234abcd";
const ACCESS = "at_FAULT_token_5e6f7a";
type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let server: Server;
let origin: string;
let closedOrigin: string;
let seen: { method: string; url: string; body: unknown }[] = [];
let handlers: Handler[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        body: raw === "" ? undefined : JSON.parse(raw),
      });
      const handler = handlers.shift();
      if (handler === undefined) res.writeHead(599).end();
      else handler(req, res, raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
  handlers = [];
});

const reply =
  (status: number, text: string, type = "application/json"): Handler =>
  (_req, res) =>
    res.writeHead(status, { "Content-Type": type }).end(text);
const hang: Handler = () => {};

const exchange = (overrides: Partial<Parameters<typeof exchangeCode>[0]> = {}) =>
  exchangeCode({
    tokenUrl: `${origin}/oauth/access_token`,
    clientId: "app",
    clientSecret: SECRET,
    code: CODE,
    ...overrides,
  });
const revoke = (overrides: Partial<Parameters<typeof revokeToken>[0]> = {}) =>
  revokeToken({
    revokeUrl: `${origin}/oauth/revoke`,
    clientId: "app",
    clientSecret: SECRET,
    accessToken: ACCESS,
    ...overrides,
  });

async function oauthError(promise: Promise<unknown>): Promise<WebflowOAuthError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebflowOAuthError);
  const e = error as WebflowOAuthError;
  const everything = `${e.message} ${String(e)} ${JSON.stringify(e)} ${inspect(e, { depth: Infinity })} ${e.stack}`;
  for (const secret of [SECRET, CODE, ACCESS]) expect(everything).not.toContain(secret);
  return e;
}

describe("exchangeCode failures", () => {
  it("a refused connection is network_error, not a bare TypeError", async () => {
    const e = await oauthError(exchange({ tokenUrl: `${closedOrigin}/oauth/access_token` }));
    expect(e).toMatchObject({ operation: "exchange", status: 0, error: "network_error" });
    expect(e.message).toBe(
      "OAuth token exchange failed: network_error: the server could not be reached (ECONNREFUSED)",
    );
  });

  it("a stalled server times out after timeoutMs", async () => {
    handlers.push(hang);
    const started = Date.now();
    const e = await oauthError(exchange({ timeoutMs: 100 }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(e).toMatchObject({
      status: 0,
      error: "timeout",
      errorDescription: "no answer within 100 ms",
    });
    expect(seen).toHaveLength(1);
  });

  it("a caller's abort is aborted", async () => {
    handlers.push(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const e = await oauthError(exchange({ signal: controller.signal }));
    expect(e.error).toBe("aborted");
    expect(seen).toHaveLength(1);
  });

  it("a success that is not JSON is invalid_response", async () => {
    handlers.push(reply(200, "<html>login</html>", "text/html"));
    const e = await oauthError(exchange());
    expect(e).toMatchObject({ status: 200, error: "invalid_response" });
    expect(seen).toHaveLength(1);
  });

  it.each([
    ["no access_token", { token_type: "bearer" }],
    ["an empty access_token", { access_token: "" }],
    ["a numeric access_token", { access_token: 5 }],
    ["an array", []],
  ])("a success with %s is missing_token", async (_label, body) => {
    handlers.push(reply(200, JSON.stringify(body)));
    const e = await oauthError(exchange());
    expect(e).toMatchObject({ status: 200, error: "missing_token" });
    expect(seen).toHaveLength(1);
  });

  it("an error that is not JSON keeps an excerpt without the secrets", async () => {
    handlers.push((_req, res, raw) =>
      res.writeHead(502, { "Content-Type": "text/plain" }).end(`upstream failed for ${raw}`),
    );
    const e = await oauthError(exchange());
    expect(e).toMatchObject({ status: 502, error: "unknown_error" });
    expect(e.errorDescription).toContain("[REDACTED]");
  });

  it("an OAuth error names the server's code and description, secrets redacted", async () => {
    handlers.push((_req, res, raw) =>
      res
        .writeHead(400, { "Content-Type": "application/json" })
        .end(JSON.stringify({ error: "invalid_grant", error_description: `bad ${raw}` })),
    );
    const e = await oauthError(exchange());
    expect(e).toMatchObject({ status: 400, error: "invalid_grant" });
    expect(e.message).toMatch(/^OAuth token exchange failed with 400: invalid_grant: bad /);
    expect(seen).toHaveLength(1);
  });
});

describe("revokeToken", () => {
  it("posts the client and the token, and resolves on success", async () => {
    handlers.push(reply(200, JSON.stringify({ did_revoke: true })), reply(204, ""));
    await expect(revoke()).resolves.toBeUndefined();
    await expect(revoke()).resolves.toBeUndefined();
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual({
      method: "POST",
      url: "/oauth/revoke",
      body: { client_id: "app", client_secret: SECRET, access_token: ACCESS },
    });
  });

  it("did_revoke: false is not_revoked", async () => {
    handlers.push(reply(200, JSON.stringify({ did_revoke: false })));
    const e = await oauthError(revoke());
    expect(e).toMatchObject({ operation: "revoke", status: 200, error: "not_revoked" });
  });

  it("an error echoing the token and secret is redacted", async () => {
    handlers.push((_req, res, raw) =>
      res
        .writeHead(401, { "Content-Type": "application/json" })
        .end(JSON.stringify({ error: "invalid_client", error_description: raw })),
    );
    const e = await oauthError(revoke());
    expect(e).toMatchObject({ operation: "revoke", status: 401, error: "invalid_client" });
    expect(e.message).toMatch(/^OAuth token revocation failed with 401: invalid_client: /);
    expect(e.errorDescription).toContain("[REDACTED]");
  });

  it("a network failure and a timeout are typed too", async () => {
    expect((await oauthError(revoke({ revokeUrl: `${closedOrigin}/oauth/revoke` }))).error).toBe(
      "network_error",
    );
    handlers.push(hang);
    expect((await oauthError(revoke({ timeoutMs: 80 }))).error).toBe("timeout");
    expect(seen).toHaveLength(1);
  });
});

describe("OAuth edges", () => {
  it("an authorize URL names only the options given", () => {
    const url = new URL(authorizeUrl({ authorizationUrl: "https://webflow.com/oauth/authorize", clientId: "app", scopes: ["sites:read"] }));
    expect([...url.searchParams.keys()]).toEqual(["response_type", "client_id", "scope"]);
  });

  it("sends JSON, without redirect_uri when none is given", async () => {
    let type: string | undefined;
    handlers.push((req, res) => {
      type = req.headers["content-type"];
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ access_token: "tok_1", token_type: "Bearer" }));
    });
    await expect(exchange()).resolves.toEqual({ access_token: "tok_1", token_type: "Bearer" });
    expect(type).toBe("application/json");
    expect(seen[0]?.body).toEqual({ client_id: "app", client_secret: SECRET, code: CODE, grant_type: "authorization_code" });
  });

  it("a token_type that is not a string is bearer", async () => {
    handlers.push(reply(200, JSON.stringify({ access_token: "tok_1", token_type: 5 })));
    await expect(exchange()).resolves.toEqual({ access_token: "tok_1", token_type: "bearer" });
  });

  it("a success without access_token names what is missing", async () => {
    handlers.push(reply(200, JSON.stringify({ token_type: "bearer" })));
    const e = await oauthError(exchange());
    expect([e.operation, e.status, e.error, e.errorDescription]).toEqual(["exchange", 200, "missing_token", "the answer has no access_token"]);
    expect(e.message).toBe("OAuth token exchange failed with 200: missing_token: the answer has no access_token");
  });

  it("a success that is not JSON says so", async () => {
    handlers.push(reply(200, "<html>", "text/html"));
    const e = await oauthError(exchange());
    expect([e.error, e.errorDescription]).toEqual(["invalid_response", "the body is not JSON"]);
  });

  it("an error that is not JSON keeps at most 200 characters of it", async () => {
    handlers.push(reply(502, "x".repeat(300), "text/plain"));
    const e = await oauthError(exchange());
    expect([e.error, e.errorDescription]).toEqual(["unknown_error", "x".repeat(200)]);
    handlers.push(reply(502, "", "text/plain"));
    const empty = await oauthError(exchange());
    expect(empty.errorDescription).toBeUndefined();
    expect(empty.message).toBe("OAuth token exchange failed with 502: unknown_error");
  });

  it("an error body without string fields is unknown_error, its description from message if any", async () => {
    handlers.push(
      reply(400, JSON.stringify({ error: 5, error_description: 6, message: "Bad client" })),
      reply(400, JSON.stringify({ error: "invalid_client", message: 7 })),
      reply(400, "null"),
      reply(400, JSON.stringify(["invalid_client"])),
    );
    const fromMessage = await oauthError(exchange());
    expect([fromMessage.error, fromMessage.errorDescription]).toEqual(["unknown_error", "Bad client"]);
    const none = await oauthError(exchange());
    expect([none.error, none.errorDescription]).toEqual(["invalid_client", undefined]);
    const nothing = await oauthError(exchange());
    expect([nothing.error, nothing.errorDescription]).toEqual(["unknown_error", undefined]);
    const list = await oauthError(exchange());
    expect([list.error, list.errorDescription]).toEqual(["unknown_error", undefined]);
  });

  it("an already aborted signal sends nothing", async () => {
    const e = await oauthError(exchange({ signal: AbortSignal.abort() }));
    expect([e.status, e.error, e.errorDescription]).toEqual([0, "aborted", "aborted by the caller"]);
    expect(seen).toEqual([]);
  });

  it("a failure without a system error code says only that the server could not be reached", async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError("fetch failed", { cause: new Error("no code here") });
    };
    const e = await oauthError(exchange({ fetch: failing }));
    expect([e.error, e.errorDescription]).toEqual(["network_error", "the server could not be reached"]);
    const refused = await oauthError(exchange({ tokenUrl: `${closedOrigin}/oauth/access_token` }));
    expect(refused.errorDescription).toBe("the server could not be reached (ECONNREFUSED)");
  });

  it("a revocation the server declined says so", async () => {
    handlers.push(reply(200, JSON.stringify({ did_revoke: false })));
    const e = await oauthError(revoke());
    expect([e.operation, e.error, e.errorDescription]).toEqual(["revoke", "not_revoked", "the server answered did_revoke: false"]);
    expect(e.message).toBe("OAuth token revocation failed with 200: not_revoked: the server answered did_revoke: false");
  });

  it("keeps a cause only when given one", () => {
    const cause = new Error("inner");
    expect(new WebflowOAuthError({ operation: "revoke", status: 0, error: "network_error", cause }).cause).toBe(cause);
    const without = new WebflowOAuthError({ operation: "revoke", status: 0, error: "network_error" });
    expect("cause" in without).toBe(false);
    expect(without.message).toBe("OAuth token revocation failed: network_error");
  });
});
