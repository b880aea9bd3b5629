import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { authorizeUrl, exchangeCode, WebflowOAuthError } from "../../../templates/runtime/oauth.js";

const SECRET = "cs_live_secret_value";
const CODE = "code_abc123";
let server: Server;
let tokenUrl: string;
const received: { method?: string; url?: string; body?: unknown; contentType?: string }[] = [];
/** When set, the server answers 400 with this text, built from the request body. */
let reply: ((body: Record<string, string>) => string) | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const body = JSON.parse(raw) as Record<string, string>;
      received.push({ method: req.method, url: req.url, body, contentType: req.headers["content-type"] });
      res.setHeader("content-type", "application/json");
      if (reply !== undefined) {
        res.statusCode = 400;
        return res.end(reply(body));
      }
      if (body.code === CODE) return res.end(JSON.stringify({ access_token: "tok_granted", token_type: "bearer" }));
      res.statusCode = 400;
      res.end(JSON.stringify({ error: "invalid_grant", error_description: `code ${body.code} with secret ${body.client_secret} is invalid` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth/access_token`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  reply = undefined;
});

describe("OAuth authorization-code flow", () => {
  it("builds the authorize URL with space-separated scopes", () => {
    const url = new URL(authorizeUrl({ authorizationUrl: "https://webflow.com/oauth/authorize", clientId: "app 1", scopes: ["sites:read", "cms:write"], state: "s&t", redirectUri: "https://app.example/cb" }));
    expect(url.origin + url.pathname).toBe("https://webflow.com/oauth/authorize");
    expect(Object.fromEntries(url.searchParams)).toEqual({ response_type: "code", client_id: "app 1", redirect_uri: "https://app.example/cb", scope: "sites:read cms:write", state: "s&t" });
  });

  it("exchanges a code for a token against the token endpoint", async () => {
    const token = await exchangeCode({ tokenUrl, clientId: "app", clientSecret: SECRET, code: CODE, redirectUri: "https://app.example/cb" });
    expect(token).toEqual({ access_token: "tok_granted", token_type: "bearer" });
    expect(received.at(-1)).toEqual({
      method: "POST",
      url: "/oauth/access_token",
      contentType: "application/json",
      body: { client_id: "app", client_secret: SECRET, code: CODE, grant_type: "authorization_code", redirect_uri: "https://app.example/cb" },
    });
  });

  it("reports a refused exchange without the secret or the code", async () => {
    const error = await exchangeCode({ tokenUrl, clientId: "app", clientSecret: SECRET, code: "code_wrong" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowOAuthError);
    expect((error as WebflowOAuthError).status).toBe(400);
    expect((error as WebflowOAuthError).error).toBe("invalid_grant");
    const everything = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain("code_wrong");
  });

  it("reports a refused exchange without the secret or the code when they come back JSON-escaped", async () => {
    const secret = 'cs"Golf3/Hotel4\\India5';
    const code = 'co/Juliet6"Kilo7';
    const escaped = (s: string) => JSON.stringify(s).slice(1, -1);
    const slashed = (s: string) => escaped(s).replace(/\//g, "\\/");
    const unicode = (s: string) => Array.from(s, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
    reply = (body) =>
      `{"error":"${unicode(body.code ?? "")}","error_description":"code ${slashed(body.code ?? "")} ` +
      `with secret ${escaped(body.client_secret ?? "")} or ${slashed(body.client_secret ?? "")}"}`;
    const error = await exchangeCode({ tokenUrl, clientId: "app", clientSecret: secret, code }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowOAuthError);
    const e = error as WebflowOAuthError;
    expect(e.error).toBe("[REDACTED]");
    expect(e.errorDescription).toBe("code [REDACTED] with secret [REDACTED] or [REDACTED]");
    const everything = `${e.message} ${String(e)} ${JSON.stringify(e)} ${inspect(e, { depth: Infinity })} ${e.stack}`;
    for (const word of ["Golf3", "Hotel4", "India5", "Juliet6", "Kilo7"]) expect(everything).not.toContain(word);
  });
});
