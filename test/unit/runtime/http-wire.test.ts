/**
 * What the HTTP core puts on the wire for each kind of operation the spec can describe — query styles,
 * body media types, credentials of every scheme, cookies — and how it reads each kind of response, seen
 * by a real server on 127.0.0.1. Also the caller mistakes refused before anything is sent, with the
 * message that names them, and the deadline's edges (a fixed clock, so no assertion depends on timing).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { WebflowNetworkError, WebflowRateLimitError, WebflowRequestValidationError } from "../../../templates/runtime/errors.js";
import { type ClientOptions, type HttpCoreSettings, type OperationRequest, createHttpCore } from "../../../templates/runtime/http.js";
import type { RateLimitedCall, RateLimiter } from "../../../templates/runtime/limiter.js";
import { fail, issue, ok, type ValidationResult } from "../../../templates/runtime/validation.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const TOKEN = "tok_WIRE_9e8d7c6b5a";
const API_KEY = "key_WIRE_1f2e3d";
let server: Server;
let base: string;
let seen: Seen[] = [];
let handlers: Handler[] = [];
let sleeps: number[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
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
  sleeps = [];
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) =>
    res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
const raw =
  (status: number, body: string | Buffer, headers: Record<string, string> = {}): Handler =>
  (_req, res) =>
    res.writeHead(status, headers).end(body);
const hang: Handler = () => {};

function core(config: Partial<ClientOptions> = {}, settings: Partial<HttpCoreSettings> = {}) {
  return createHttpCore({
    defaultBaseUrl: base,
    config: { token: TOKEN, ...config },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...settings,
  });
}

function op<T = unknown>(overrides: Partial<OperationRequest<T>> = {}): OperationRequest<T> {
  return { operationId: "listThings", method: "GET", path: "/things", responseKind: "json", ...overrides };
}

async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

/** The query string the server saw, decoded for reading. */
const query = (i = 0) => decodeURIComponent((seen[i]?.url ?? "").split("?")[1] ?? "");

describe("query parameters by style", () => {
  it("writes an object parameter as deepObject, exploded form (the default) or joined form", async () => {
    handlers.push(json(200, {}));
    await core().request(
      op({
        query: {
          filter: { name: "a b", size: 2, gone: undefined, none: null },
          page: { offset: 10, limit: 5, skip: null },
          pair: { x: 1, y: true, no: undefined },
        },
        queryStyles: { filter: "deep-object", pair: "form-no-explode" },
      }),
    );
    expect(seen[0]?.url).toBe("/v2/things?filter%5Bname%5D=a+b&filter%5Bsize%5D=2&offset=10&limit=5&pair=x%2C1%2Cy%2Ctrue");
  });

  it("joins an array by its style's separator, and repeats the key in exploded form", async () => {
    handlers.push(json(200, {}));
    await core().request(
      op({
        query: { a: ["1", "2"], b: ["3", "4"], c: ["5", "6"], d: ["7", "8"], e: "single" },
        queryStyles: { a: "form-no-explode", b: "space-delimited", c: "pipe-delimited", e: "pipe-delimited" },
      }),
    );
    expect(query()).toBe("a=1,2&b=3+4&c=5|6&d=7&d=8&e=single");
  });

  it("takes no style from the prototype of the styles object", async () => {
    handlers.push(json(200, {}));
    await core().request(op({ query: { toString: ["1", "2"] }, queryStyles: {} }));
    expect(query()).toBe("toString=1&toString=2");
  });

  it("names a non-finite number in any parameter", async () => {
    await expect(core().request(op({ query: { n: NaN } }))).rejects.toThrow(new TypeError('listThings: query parameter "n" must be a finite number'));
    await expect(core().request(op({ query: { f: { n: Infinity } }, queryStyles: { f: "deep-object" } }))).rejects.toThrow(
      'listThings: query parameter "f" must be a finite number',
    );
    expect(seen).toEqual([]);
  });
});

describe("path parameters", () => {
  it("names a missing one, whether the map is absent or the value null", async () => {
    const withParam = op({ path: "/things/{thing_id}" });
    await expect(core().request(withParam)).rejects.toThrow(new TypeError('listThings: path parameter "thing_id" is required'));
    await expect(core().request({ ...withParam, pathParams: { thing_id: null as unknown as string } })).rejects.toThrow(
      new TypeError('listThings: path parameter "thing_id" is required'),
    );
    expect(seen).toEqual([]);
  });
});

describe("request bodies by media type", () => {
  it("sends text as a string under its media type", async () => {
    handlers.push(json(200, {}));
    await core().request(op({ method: "POST", body: 42, bodyKind: "text", contentType: "text/plain" }));
    expect(seen[0]?.headers["content-type"]).toBe("text/plain");
    expect(seen[0]?.body.toString("utf8")).toBe("42");
  });

  it("keeps a body's content type to its own call, not to the client's next ones", async () => {
    handlers.push(json(200, {}), json(200, {}), json(200, {}));
    const client = core();
    await client.request(op({ method: "POST", body: { name: "n" } }));
    await client.request(op({ method: "POST", body: { name: "n" }, bodyKind: "multipart", contentType: "multipart/form-data" }));
    await client.request(op());
    const types = seen.map((s) => s.headers["content-type"]);
    expect(types[0]).toBe("application/json");
    // A multipart body's type is fetch's own, with the boundary that splits its parts.
    expect(types[1]).toMatch(/^multipart\/form-data; boundary=/);
    expect(types[2]).toBeUndefined();
  });

  it("sends binary bytes as they are", async () => {
    handlers.push(json(200, {}));
    const bytes = new Uint8Array([0, 255, 1, 254]);
    await core().request(op({ method: "PUT", body: bytes, bodyKind: "binary", contentType: "application/octet-stream" }));
    expect(seen[0]?.headers["content-type"]).toBe("application/octet-stream");
    expect([...(seen[0]?.body ?? [])]).toEqual([0, 255, 1, 254]);
  });

  it("sends a form URL-encoded, repeating arrays, JSON for objects, leaving out null and undefined", async () => {
    handlers.push(json(200, {}));
    await core().request(
      op({
        method: "POST",
        body: { name: "a b", tags: ["x", null, "y"], meta: { k: 1 }, gone: undefined, none: null, n: 0 },
        bodyKind: "form",
        contentType: "application/x-www-form-urlencoded",
      }),
    );
    expect(seen[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(seen[0]?.body.toString("utf8")).toBe("name=a+b&tags=x&tags=y&meta=%7B%22k%22%3A1%7D&n=0");
  });

  it("sends multipart with its own boundary, files as files and objects as JSON", async () => {
    handlers.push(json(200, {}));
    await core().request(
      op({
        method: "POST",
        body: { file: new Blob(["file-bytes"], { type: "text/csv" }), meta: { k: 1 }, list: ["a", undefined, "b"], none: null },
        bodyKind: "multipart",
        contentType: "multipart/form-data",
      }),
    );
    const type = seen[0]?.headers["content-type"] ?? "";
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    const parts = await new Response(Uint8Array.from(seen[0]?.body ?? []), { headers: { "content-type": type } }).formData();
    const names: string[] = [];
    parts.forEach((_value, name) => names.push(name));
    expect(names).toEqual(["file", "meta", "list", "list"]);
    const file = parts.get("file");
    expect(file).toBeInstanceOf(Blob);
    expect(await (file as Blob).text()).toBe("file-bytes");
    expect(parts.get("meta")).toBe('{"k":1}');
    expect(parts.getAll("list")).toEqual(["a", "b"]);
  });
});

describe("request body validation", () => {
  const validateBody = (value: unknown): ValidationResult<unknown> =>
    typeof value === "object" && value !== null && "name" in value ? ok(value) : fail([issue("/name", "required property", undefined)]);

  it("refuses a body that fails its schema before sending it", async () => {
    const error = await rejection(core().request(op({ method: "POST", body: {}, validateBody })));
    expect(error).toBeInstanceOf(WebflowRequestValidationError);
    expect(error).toMatchObject({ operationId: "listThings", method: "POST", issues: [issue("/name", "required property", undefined)] });
    expect(seen).toEqual([]);
  });

  it("does not check a call without a body", async () => {
    handlers.push(json(200, {}));
    await core().request(op({ method: "POST", validateBody }));
    expect(seen).toHaveLength(1);
  });

  it("sends a body that passes, and any body with validateRequests: false", async () => {
    handlers.push(json(200, {}), json(200, {}));
    await core().request(op({ method: "POST", body: { name: "x" }, validateBody }));
    await core({ validateRequests: false }).request(op({ method: "POST", body: {}, validateBody }));
    expect(seen.map((s) => s.body.toString("utf8"))).toEqual(['{"name":"x"}', "{}"]);
  });
});

describe("credentials by security scheme", () => {
  it("sends basic credentials", async () => {
    handlers.push(json(200, {}));
    await core({ token: undefined, basic: { username: "user", password: "pa:ss" } }, { requireToken: false }).request(
      op({ security: [[{ type: "basic" }]] }),
    );
    expect(seen[0]?.headers.authorization).toBe(`Basic ${btoa("user:pa:ss")}`);
  });

  it("sends an API key in a header, the query or a cookie, never as a bearer token", async () => {
    handlers.push(json(200, {}), json(200, {}), json(200, {}));
    const client = core({ token: undefined, apiKey: API_KEY }, { requireToken: false });
    await client.request(op({ security: [[{ type: "apiKey", in: "header", name: "X-Api-Key" }]] }));
    await client.request(op({ query: { a: 1 }, security: [[{ type: "apiKey", in: "query", name: "api_key" }]] }));
    await client.request(op({ security: [[{ type: "apiKey", in: "cookie", name: "session" }]] }));
    expect(seen[0]?.headers["x-api-key"]).toBe(API_KEY);
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(seen[0]?.url).toBe("/v2/things");
    expect(seen[1]?.url).toBe(`/v2/things?a=1&api_key=${API_KEY}`);
    expect(seen[1]?.headers["x-api-key"]).toBeUndefined();
    expect(seen[2]?.headers.cookie).toBe(`session=${API_KEY}`);
    expect(seen[2]?.headers.authorization).toBeUndefined();
  });

  it("uses the first alternative whose every credential the client holds", async () => {
    handlers.push(json(200, {}), json(200, {}));
    const security = [
      [{ type: "bearer" }, { type: "apiKey", in: "header", name: "X-Api-Key" }],
      [{ type: "apiKey", in: "query", name: "k" }],
    ] as const;
    await core().request(op({ security: [...security, [{ type: "bearer" }]] }));
    expect(seen[0]?.headers["x-api-key"]).toBeUndefined();
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    await core({ apiKey: API_KEY }).request(op({ security }));
    expect(seen[1]?.headers["x-api-key"]).toBe(API_KEY);
    expect(seen[1]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("sends no credentials for an operation that needs none", async () => {
    handlers.push(json(200, {}));
    await core({ token: undefined }, { requireToken: false }).request(op({ security: [[]] }));
    expect(seen[0]?.headers.authorization).toBeUndefined();
  });

  it("names what would do when the client holds no alternative, before sending", async () => {
    const client = core({ token: undefined }, { requireToken: false });
    await expect(
      client.request(
        op({
          security: [
            [{ type: "apiKey", in: "header", name: "K" }],
            [{ type: "basic" }],
            [{ type: "bearer" }, { type: "apiKey", in: "query", name: "k" }],
            [{ type: "apiKey", in: "cookie", name: "c" }],
          ],
        }),
      ),
    ).rejects.toThrow(
      new TypeError(
        "listThings needs credentials the client was not given: ClientConfig.apiKey, or ClientConfig.basic, or ClientConfig.token and apiKey",
      ),
    );
    await expect(client.request(op())).rejects.toThrow(new TypeError("listThings needs credentials the client was not given: ClientConfig.token"));
    await expect(core({ token: undefined, apiKey: API_KEY }, { requireToken: false }).request(op({ security: [[{ type: "basic" }]] }))).rejects.toThrow(
      "ClientConfig.basic",
    );
    await expect(
      core({ token: undefined, basic: { username: "u", password: "p" } }, { requireToken: false }).request(
        op({ security: [[{ type: "apiKey", in: "header", name: "K" }]] }),
      ),
    ).rejects.toThrow("ClientConfig.apiKey");
    expect(seen).toEqual([]);
  });
});

describe("cookies", () => {
  it("sends cookie parameters in one header, encoded, leaving out undefined, with an API key cookie last", async () => {
    handlers.push(json(200, {}), json(200, {}));
    await core({ apiKey: API_KEY }).request(
      op({ cookies: { theme: "dark mode", n: 2, gone: undefined }, security: [[{ type: "bearer" }, { type: "apiKey", in: "cookie", name: "k" }]] }),
    );
    expect(seen[0]?.headers.cookie).toBe(`theme=dark%20mode; n=2; k=${API_KEY}`);
    await core().request(op({ cookies: { gone: undefined } }));
    expect(seen[1]?.headers.cookie).toBeUndefined();
  });

  it("names a cookie value that cannot be sent", async () => {
    await expect(core().request(op({ cookies: { n: NaN } }))).rejects.toThrow(new TypeError('listThings: cookie "n" must be a finite number'));
  });
});

describe("response kinds", () => {
  it("reads text as a string and binary as a Blob of the exact bytes", async () => {
    handlers.push(raw(200, "plain text, not JSON"), raw(200, Buffer.from([0, 255, 10, 13])));
    await expect(core().request(op({ responseKind: "text" }))).resolves.toBe("plain text, not JSON");
    const blob = await core().request(op({ responseKind: "binary" }));
    expect(blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (blob as Blob).arrayBuffer())]).toEqual([0, 255, 10, 13]);
  });

  it("takes every 2xx status as success, 299 too", async () => {
    handlers.push(json(299, { last: true }), json(300, { message: "choose" }));
    await expect(core().request(op())).resolves.toEqual({ last: true });
    await expect(core().request(op())).rejects.toMatchObject({ status: 300 });
  });

  it("still reads a failed binary call's body as text for its error", async () => {
    handlers.push(json(404, { code: "resource_not_found", message: "no such asset" }));
    await expect(core().request(op({ responseKind: "binary" }))).rejects.toMatchObject({ status: 404, apiMessage: "no such asset" });
  });

  it("resolves undefined with the response for a documented empty status", async () => {
    handlers.push(raw(202, "queued"));
    const { data, response } = await core().request(op({ emptyStatuses: [202] })).withResponse();
    expect(data).toBeUndefined();
    expect(response.status).toBe(202);
  });

  it('does not validate with validateResponses "off" or false: nothing is reported', async () => {
    const refuse = (value: unknown): ValidationResult<unknown> => fail([issue("", "nothing", value)]);
    const reported: unknown[] = [];
    const onValidationIssue = (error: unknown) => {
      reported.push(error);
    };
    handlers.push(json(200, { id: 1 }), json(200, { id: 2 }), json(200, { id: 3 }));
    await expect(core({ validateResponses: "off", onValidationIssue }).request(op({ validate: refuse }))).resolves.toEqual({ id: 1 });
    await expect(core({ validateResponses: false, onValidationIssue }).request(op({ validate: refuse }))).resolves.toEqual({ id: 2 });
    expect(reported).toEqual([]);
    await expect(core({ validateResponses: "warn", onValidationIssue }).request(op({ validate: refuse }))).resolves.toEqual({ id: 3 });
    expect(reported).toHaveLength(1);
  });
});

describe("caller mistakes refused with their name", () => {
  it("a secret that is not a string", () => {
    expect(() => core({ apiKey: 12345 as unknown as string })).toThrow(
      new TypeError("ClientConfig.apiKey contains whitespace or non-printable characters"),
    );
    expect(() => core({ basic: { username: "u", password: "p w" } })).toThrow(
      new TypeError("ClientConfig.basic.password contains whitespace or non-printable characters"),
    );
  });

  it("a server URL that is not absolute, or a bad base URL", () => {
    expect(() => core({}, { defaultBaseUrl: "/v2" })).toThrow(new TypeError('The API\'s server URL "/v2" is not absolute: pass ClientConfig.baseUrl'));
    expect(() => core({ baseUrl: "not a url/" })).toThrow(new TypeError("Invalid base URL: not a url"));
    expect(core({ baseUrl: base }, { defaultBaseUrl: "/v2" })).toBeDefined();
  });

  it("Authorization among any headers, naming where", async () => {
    const message = (source: string) => new TypeError(`${source} may not set Authorization; the client sends its configured token`);
    expect(() => core({}, { defaultHeaders: { authorization: "x" } })).toThrow(message("defaultHeaders"));
    expect(() => core({ headers: { Authorization: "x" } })).toThrow(message("ClientConfig.headers"));
    await expect(core().request(op({ headers: { Authorization: "x" } }))).rejects.toThrow(message("listThings headers"));
    await expect(core().request(op(), { headers: { AUTHORIZATION: "x" } })).rejects.toThrow(message("RequestOptions.headers"));
    expect(seen).toEqual([]);
  });

  it("no fetch at all: a TypeError, not retried", async () => {
    vi.stubGlobal("fetch", undefined);
    await expect(core().request(op())).rejects.toThrow(
      new TypeError("No fetch implementation: pass ClientConfig.fetch or use a runtime with global fetch"),
    );
    expect(sleeps).toEqual([]);
  });
});

describe("network failures", () => {
  it("an already aborted call is an abort, not a timeout", async () => {
    const error = await rejection(core().request(op(), { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ aborted: true, timedOut: false, message: "GET /v2/things was aborted by the caller" });
    expect(seen).toEqual([]);
  });

  it("a refused connection is a failure, not a timeout", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await rejection(core({ baseUrl: `http://127.0.0.1:${port}`, retry: false }).request(op()));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect(error).toMatchObject({ timedOut: false, aborted: false, code: "ECONNREFUSED" });
    expect((error as Error).message).toMatch(/^GET \/things failed: /);
  });

  it("a per-attempt timeout beyond what a timer can hold, or Infinity, means no timeout", async () => {
    const later: Handler = (req, res) => {
      setTimeout(() => json(200, { late: true })(req, res), 100);
    };
    handlers.push(later, later);
    await expect(core({ timeoutMs: 2 ** 32 }).request(op())).resolves.toEqual({ late: true });
    await expect(core({ timeoutMs: Infinity }).request(op())).resolves.toEqual({ late: true });
  });
});

/** A limiter that admits every call and lets a test see what it was told and act while it is asked. */
function recordingLimiter(onAcquire: (call: RateLimitedCall, maxWaitMs: number | undefined, signal?: AbortSignal) => Promise<void> | void = () => {}) {
  const calls: { call: RateLimitedCall; maxWaitMs: number | undefined }[] = [];
  const observed: number[] = [];
  const limiter: RateLimiter = {
    acquire: async (call, maxWaitMs, signal) => {
      calls.push({ call, maxWaitMs });
      await onAcquire(call, maxWaitMs, signal);
    },
    observe: async (status) => {
      observed.push(status);
    },
  };
  return { limiter, calls, observed };
}

describe("with a rate limiter", () => {
  it("tells it the call and the time left before the deadline, and every status", async () => {
    const { limiter, calls, observed } = recordingLimiter();
    handlers.push(json(503, {}), json(200, {}));
    await core({ rateLimit: limiter, totalTimeoutMs: 5000 }, { now: () => 1000 }).request(
      op({ operationId: "publishSite", method: "PUT", path: "/sites/{site_id}", pathParams: { site_id: "s1" } }),
    );
    expect(calls).toEqual([
      { call: { operationId: "publishSite", method: "PUT", pathParams: { site_id: "s1" } }, maxWaitMs: 5000 },
      { call: { operationId: "publishSite", method: "PUT", pathParams: { site_id: "s1" } }, maxWaitMs: 5000 },
    ]);
    expect(observed).toEqual([503, 200]);
    handlers.push(json(200, {}));
    await core({ rateLimit: limiter }, { now: () => 1000 }).request(op());
    expect(calls[2]?.maxWaitMs).toBe(Infinity);
  });

  it("a failure without a response is not observed", async () => {
    const { limiter, observed } = recordingLimiter();
    const error = await rejection(core({ rateLimit: limiter, retry: false, baseUrl: "http://127.0.0.1:1" }).request(op()));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect(observed).toEqual([]);
  });

  it("its refusal is thrown as it is, and the caller's abort while queued is an aborted network error", async () => {
    const refusing: RateLimiter = {
      acquire: async (call) => {
        throw new WebflowRateLimitError({ operationId: call.operationId, method: call.method, waitMs: 30_000 });
      },
      observe: async () => {},
    };
    await expect(core({ rateLimit: refusing }).request(op())).rejects.toBeInstanceOf(WebflowRateLimitError);
    const controller = new AbortController();
    const { limiter } = recordingLimiter((_call, _max, signal) => {
      controller.abort(new Error("caller gave up"));
      throw signal?.reason;
    });
    const error = await rejection(core({ rateLimit: limiter }).request(op(), { signal: controller.signal }));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect(error).toMatchObject({ aborted: true, timedOut: false, message: "GET /v2/things was aborted by the caller" });
    expect(seen).toEqual([]);
  });

  it("a deadline the queueing used up ends the call unsent, naming the deadline", async () => {
    let clock = 0;
    const { limiter } = recordingLimiter(() => {
      clock = 100;
    });
    const error = await rejection(core({ rateLimit: limiter, totalTimeoutMs: 100 }, { now: () => clock }).request(op()));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect(error).toMatchObject({ timedOut: true, aborted: false, message: "GET /v2/things timed out after 100 ms" });
    expect(seen).toEqual([]);
  });

  it("a deadline cut into by queueing shortens the attempt and is what the timeout names", async () => {
    let clock = 0;
    const { limiter } = recordingLimiter(() => {
      clock = 30;
    });
    handlers.push(hang);
    const error = await rejection(core({ rateLimit: limiter, totalTimeoutMs: 80, timeoutMs: 60_000 }, { now: () => clock }).request(op()));
    expect(error).toMatchObject({ timedOut: true, message: "GET /v2/things timed out after 80 ms" });
  });

  it("a per-attempt timeout equal to the time left is the attempt's own", async () => {
    let clock = 0;
    const { limiter } = recordingLimiter(() => {
      clock = 50;
    });
    handlers.push(hang);
    const error = await rejection(core({ rateLimit: limiter, totalTimeoutMs: 100, timeoutMs: 50 }, { now: () => clock }).request(op()));
    expect(error).toMatchObject({ timedOut: true, message: "GET /v2/things timed out after 50 ms" });
  });
});

describe("waits that end exactly at the deadline", () => {
  it("a Retry-After ending at the deadline is waited out", async () => {
    handlers.push(json(429, {}, { "Retry-After": "2" }), json(200, { ok: true }));
    await expect(core({ totalTimeoutMs: 2000 }, { now: () => 0 }).request(op())).resolves.toEqual({ ok: true });
    expect(sleeps).toEqual([2000]);
  });

  it("a backoff ending at the deadline is not started", async () => {
    // Base 500, first retry: ceiling 500, jitter 0.5 → 250 + 125 = 375.
    handlers.push(json(503, { code: "unavailable" }), json(200, {}));
    await expect(core({ totalTimeoutMs: 375 }, { now: () => 0 }).request(op())).rejects.toMatchObject({ status: 503 });
    expect(sleeps).toEqual([]);
    expect(seen).toHaveLength(1);
  });
});

describe("the caller's abort during a retry wait", () => {
  it("is an aborted network error, and a sleep failing otherwise rejects the call as it is", async () => {
    handlers.push(json(503, {}), json(503, {}));
    const controller = new AbortController();
    const aborting = core({}, {
      sleep: async () => {
        controller.abort(new Error("stop"));
        throw new Error("sleep cut short");
      },
    });
    const error = await rejection(aborting.request(op(), { signal: controller.signal }));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect(error).toMatchObject({ aborted: true, timedOut: false });
    const broken = core({}, {
      sleep: async () => {
        throw new RangeError("no timers here");
      },
    });
    await expect(broken.request(op())).rejects.toThrow(new RangeError("no timers here"));
  });
});
