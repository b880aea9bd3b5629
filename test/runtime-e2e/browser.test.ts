/**
 * The runtime in a browser: headless Chromium (Debian's `chromium`, driven by playwright-core with
 * `executablePath`) loads a page from a server on 127.0.0.1 whose script is the runtime bundled by
 * esbuild, and runs calls, errors, retries, paging and Web Crypto webhook verification against the
 * same server. `.ci/run` installs chromium when it is missing.
 */
import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = "/usr/bin/chromium";
const TOKEN = "tok_BROWSER_c0ffee1234567890";
const SECRET = "whsec_browser_5678";
const NOW = 1_732_450_000_000;

let server: Server;
let browser: Browser | undefined;
let origin: string;
let script = "";
/** Every API request the server saw, as "METHOD /path?query". */
const seen: string[] = [];
const authorizations = new Set<string | undefined>();
let results: Record<string, Record<string, unknown>> = {};

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { "Content-Type": "application/json", ...headers })
    .end(JSON.stringify(body));
}

function api(req: IncomingMessage, res: ServerResponse, path: string, url: URL): void {
  const count = (what: string) => seen.filter((s) => s.startsWith(what)).length;
  switch (path) {
    case "/sites/s%201%2Fx":
      return json(
        res,
        200,
        { id: "s1" },
        { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59" },
      );
    case "/missing":
      return json(res, 404, {
        code: "resource_not_found",
        message: `no such thing (${req.headers.authorization})`,
        details: [],
      });
    case "/limited":
      return count("GET /api/v2/limited") === 1
        ? json(res, 429, { code: "too_many_requests", message: "slow" }, { "Retry-After": "0" })
        : json(res, 200, {});
    case "/limited-long":
      return json(
        res,
        429,
        { code: "too_many_requests", message: "slow" },
        { "Retry-After": "3600" },
      );
    case "/publish":
      return json(res, 503, { code: "service_unavailable", message: "down" });
    case "/forbidden":
      return json(res, 403, {
        code: "missing_scopes",
        message: "You are missing the following scopes - sites:write, cms:read",
        details: [],
      });
    case "/slow":
      return; // never answers
    case "/items": {
      const offset = Number(url.searchParams.get("offset"));
      const all = [10, 11, 12, 13, 14, 15, 16];
      return json(res, 200, {
        items: all.slice(offset, offset + 3),
        pagination: { offset, limit: 3, total: all.length },
      });
    }
    default:
      return json(res, 599, {});
  }
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does it)`,
    );
  }
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("./browser/page.ts", import.meta.url))],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "chrome120",
    write: false,
    logLevel: "silent",
  });
  script = bundle.outputFiles[0]?.text ?? "";
  const rawBody = JSON.stringify({ triggerType: "form_submission", payload: { name: "Contact" } });
  const timestamp = String(NOW - 1000);
  const fixture = {
    rawBody,
    timestamp,
    signature: createHmac("sha256", SECRET).update(`${timestamp}:${rawBody}`).digest("hex"),
    secret: SECRET,
    now: NOW,
  };

  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      if (url.pathname === "/") {
        res
          .writeHead(200, { "Content-Type": "text/html" })
          .end('<!doctype html><script type="module" src="/page.js"></script>');
      } else if (url.pathname === "/page.js") {
        res.writeHead(200, { "Content-Type": "text/javascript" }).end(script);
      } else if (url.pathname === "/webhook-fixture") {
        json(res, 200, fixture);
      } else if (url.pathname.startsWith("/api/v2/")) {
        seen.push(`${req.method} ${url.pathname}${url.search}`);
        authorizations.add(req.headers.authorization);
        api(req, res, url.pathname.slice("/api/v2".length), url);
      } else {
        res.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__done === true, undefined, { timeout: 30_000 });
  results = (await page.evaluate(() => window.__results)) as typeof results;
  expect(errors).toEqual([]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

declare global {
  interface Window {
    __results?: Record<string, unknown>;
    __done?: boolean;
  }
}

describe("the runtime in headless Chromium", () => {
  it("calls an endpoint, encoding the path, and reads the response metadata", () => {
    expect(results.call).toEqual({
      data: { id: "s1" },
      status: 200,
      attempt: 1,
      rateLimit: { limit: 60, remaining: 59 },
    });
    expect(seen.filter((s) => s.startsWith("GET /api/v2/sites/"))).toEqual([
      "GET /api/v2/sites/s%201%2Fx",
    ]);
    expect([...authorizations]).toEqual([`Bearer ${TOKEN}`]);
  });

  it("throws the runtime's NotFoundError, the echoed token redacted", () => {
    expect(results.notFound).toMatchObject({
      isWebflowError: true,
      isNotFound: true,
      name: "NotFoundError",
      status: 404,
      code: "resource_not_found",
      leaked: false,
    });
    expect(results.notFound?.message).toBe(
      "GET /api/v2/missing failed with 404 resource_not_found: no such thing (Bearer [REDACTED])",
    );
    expect(seen.filter((s) => s === "GET /api/v2/missing")).toHaveLength(1);
  });

  it("retries a 429 and reports the attempt", () => {
    expect(results.retried429).toEqual({ status: 200, attempt: 2 });
    expect(seen.filter((s) => s === "GET /api/v2/limited")).toHaveLength(2);
  });

  it("throws a Retry-After longer than the caller allows at once", () => {
    expect(results.tooLongRetryAfter).toMatchObject({
      is429: true,
      retryAfter: 3600,
      leaked: false,
    });
    expect(seen.filter((s) => s === "GET /api/v2/limited-long")).toHaveLength(1);
  });

  it("does not retry a POST that got a 503", () => {
    expect(results.postNotRetried).toMatchObject({
      is503: true,
      name: "ServiceUnavailableError",
      leaked: false,
    });
    expect(seen.filter((s) => s === "POST /api/v2/publish")).toHaveLength(1);
  });

  it("turns a 403 missing_scopes into MissingScopesError naming the scopes", () => {
    expect(results.missingScopes).toMatchObject({
      isMissingScopes: true,
      missingScopes: ["sites:write", "cms:read"],
      leaked: false,
    });
  });

  it("times out a request that gets no answer", () => {
    expect(results.timeout).toMatchObject({
      isNetwork: true,
      timedOut: true,
      message: "GET /api/v2/slow timed out after 200 ms",
      leaked: false,
    });
    expect(seen.filter((s) => s === "GET /api/v2/slow")).toHaveLength(1);
  });

  it("pages through a list, one request a page", () => {
    expect(results.paging).toEqual({ items: [10, 11, 12, 13, 14, 15, 16] });
    expect(seen.filter((s) => s.startsWith("GET /api/v2/items"))).toEqual([
      "GET /api/v2/items?offset=0&limit=3",
      "GET /api/v2/items?offset=3&limit=3",
      "GET /api/v2/items?offset=6&limit=3",
    ]);
  });

  it("verifies a webhook with Web Crypto, from a Headers object", () => {
    expect(results.webhook).toMatchObject({
      valid: true,
      tampered: false,
      event: { triggerType: "form_submission", payload: { name: "Contact" } },
      emptySecret: { name: "WebflowWebhookError", isWebflowError: true },
      subtle: "function",
    });
  });
});
