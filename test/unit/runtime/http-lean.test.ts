/**
 * The lean core (what generated clients use), against a real server on 127.0.0.1: requests bring
 * their own query, form and credential writers, the default timeout is kept by the shared watchdog
 * (no AbortController per call: fetch gets no signal; a request it gives up on is not aborted), and
 * a configured timeout or a caller's signal still aborts the request itself.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { WebflowNetworkError } from "../../../templates/runtime/errors.js";
import { type ClientConfig, createHttpCore, createLeanCore, type OperationRequest } from "../../../templates/runtime/http.js";
import { encodeFormBody, encodeQuery, writeCredentials } from "../../../templates/runtime/query.js";

const TOKEN = "tok_LEAN_0a1b2c3d4e5f";
let server: Server;
let origin: string;
let seen: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
let handler: (req: IncomingMessage, res: ServerResponse) => void;
/** Every request's socket, closed or not, so a test can see the client drop one. */
let closedSockets = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handler(req, res);
    });
  });
  server.on("connection", (socket) => socket.on("close", () => closedSockets++));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  closedSockets = 0;
  handler = (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
});

afterEach(() => {
  vi.useRealTimers();
});

/** The signals fetch was given, one per call. */
let signals: (AbortSignal | null | undefined)[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  signals.push(init?.signal);
  return fetch(input, init);
};

function lean(config: Partial<ClientConfig> = {}) {
  signals = [];
  return createLeanCore({ defaultBaseUrl: `${origin}/v2`, config: { token: TOKEN, fetch: recordingFetch, ...config } });
}

const get = (extra: Partial<OperationRequest<unknown>> = {}): OperationRequest<unknown> => ({
  operationId: "getThing",
  method: "GET",
  path: "/things/{id}",
  pathParams: { id: "a b" },
  responseKind: "json",
  ...extra,
});

describe("the lean core", () => {
  it("sends a plain bearer call with its headers and no abort signal", async () => {
    await expect(lean().request(get())).resolves.toEqual({ ok: true });
    expect(seen[0]?.url).toBe("/v2/things/a%20b");
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen[0]?.headers.accept).toBe("application/json");
    expect(signals).toEqual([undefined]);
  });

  it("gives fetch an abort signal when a timeout is configured or the caller passes one", async () => {
    const given: (AbortSignal | null | undefined)[] = [];
    for (const [config, options] of [
      [{ timeoutMs: 5_000 }, {}],
      [{}, { timeoutMs: 5_000 }],
      [{}, { signal: new AbortController().signal }],
      [{ timeoutMs: Infinity }, { signal: new AbortController().signal }],
      // An infinite timeout without a signal has nothing to abort.
      [{ timeoutMs: Infinity }, {}],
    ] as const) {
      await lean(config).request(get(), options);
      given.push(...signals);
    }
    expect(seen).toHaveLength(5);
    expect(given.slice(0, 4).every((s) => s instanceof AbortSignal)).toBe(true);
    expect(given[4]).toBeUndefined();
  });

  it("refuses list, object and styled query parameters, a form body and cookies it has no writer for, before sending", async () => {
    const core = lean();
    await expect(core.request(get({ query: { tags: ["a", "b"] } }))).rejects.toThrow('getThing: query parameter "tags" needs encodeQuery');
    await expect(core.request(get({ query: { filter: { a: 1 } } }))).rejects.toThrow(TypeError);
    await expect(core.request(get({ query: { limit: 5 }, queryStyles: { limit: "form-no-explode" } }))).rejects.toThrow(TypeError);
    await expect(core.request(get({ query: { limit: 5n as unknown as number } }))).rejects.toThrow(TypeError);
    await expect(core.request(get({ method: "POST", body: { a: 1 }, bodyKind: "form" }))).rejects.toThrow("getThing: a form body needs encodeBody");
    await expect(core.request(get({ cookies: { session: "s" } }))).rejects.toThrow("getThing: a request with cookies or security needs writeCredentials");
    await expect(core.request(get({ security: [[{ type: "apiKey", in: "header", name: "X-Key" }]] }))).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(0);
  });

  it("writes scalar query parameters itself, as the query writer would", async () => {
    const query = { q: "a b&c=d/é", limit: 5, draft: false, none: undefined, empty: null, last: "" };
    await lean().request(get({ query }));
    await lean().request({ ...get({ query }), encodeQuery });
    // Nothing to send leaves no bare "?" either: fetch would drop it, but the call's reported URL would keep it.
    const reported: string[] = [];
    await lean({ onResponse: (info) => reported.push(info.url) }).request(get({ query: { none: undefined } }));
    expect(reported).toEqual([`${origin}/v2/things/a%20b`]);
    expect(seen.map((s) => s.url)).toEqual([
      "/v2/things/a%20b?q=a+b%26c%3Dd%2F%C3%A9&limit=5&draft=false&last=",
      "/v2/things/a%20b?q=a+b%26c%3Dd%2F%C3%A9&limit=5&draft=false&last=",
      "/v2/things/a%20b",
    ]);
    await expect(lean().request(get({ query: { q: "\uD800" } }))).rejects.toThrow('getThing: query parameter "q" contains a lone surrogate');
    await expect(lean().request(get({ query: { n: Number.NaN } }))).rejects.toThrow('getThing: query parameter "n" must be a finite number');
    expect(seen).toHaveLength(3);
  });

  it("writes them with the writers the request brings, as createHttpCore does by itself", async () => {
    const request = get({
      method: "POST",
      query: { tags: ["a", "b"], filter: { kind: "x" } },
      queryStyles: { filter: "deep-object" },
      body: { name: "n", list: [1, 2] },
      bodyKind: "form",
      contentType: "application/x-www-form-urlencoded",
      cookies: { session: "s 1" },
      security: [[{ type: "apiKey", in: "query", name: "key" }], [{ type: "bearer" }]],
    });
    await lean({ apiKey: "k123" }).request({ ...request, encodeQuery, encodeBody: encodeFormBody, writeCredentials });
    const full = createHttpCore({ defaultBaseUrl: `${origin}/v2`, config: { token: TOKEN, apiKey: "k123" } });
    await full.request(request);
    expect(seen).toHaveLength(2);
    for (const s of seen) {
      expect(s.url).toBe("/v2/things/a%20b?tags=a&tags=b&filter%5Bkind%5D=x&key=k123");
      expect(s.body).toBe("name=n&list=1&list=2");
      expect(s.headers.cookie).toBe("session=s%201");
      expect(s.headers.authorization).toBeUndefined();
    }
  });

  it("names the token it was not given for a request that brings no credential writer, before sending", async () => {
    const core = createLeanCore({ defaultBaseUrl: `${origin}/v2`, config: { fetch: recordingFetch }, requireToken: false });
    await expect(core.request(get())).rejects.toThrow(new TypeError("getThing needs credentials the client was not given: ClientConfig.token"));
    expect(seen).toHaveLength(0);
  });

  it("lets the client's and the call's headers replace the operation's whatever their case", async () => {
    await lean({ headers: { "X-Mode": "client" } }).request(get({ headers: { "x-mode": "operation", "X-Op": "1" } }), { headers: { "X-OP": "call" } });
    expect(seen[0]?.headers["x-mode"]).toBe("client");
    expect(seen[0]?.headers["x-op"]).toBe("call");
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    await expect(lean().request(get(), { headers: { "bad header": "x" } })).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(1);
  });
});

describe("the default timeout", () => {
  it("ends a call whose server never answers after 60 s, by the watchdog", async () => {
    handler = () => undefined;
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    const call = lean({ retry: false }).request(get());
    const failed = call.then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.waitFor(() => expect(seen).toHaveLength(1), { interval: 5 });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(await Promise.race([failed, new Promise((resolve) => setImmediate(() => resolve("pending")))])).toBe("pending");
    await vi.advanceTimersByTimeAsync(2_000);
    const error = await failed;
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect(error).toMatchObject({ timedOut: true, aborted: false, message: "GET /v2/things/a%20b timed out after 60000 ms" });
    expect(signals).toEqual([undefined]);
  });

  it("also ends a call whose response body stalls", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"partial":');
    };
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    const failed = lean({ retry: false })
      .request(get())
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    await vi.waitFor(() => expect(seen).toHaveLength(1), { interval: 5 });
    // Let the response headers reach the client before the timeout.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await vi.advanceTimersByTimeAsync(61_000);
    expect(await failed).toMatchObject({ timedOut: true, message: "GET /v2/things/a%20b timed out after 60000 ms" });
  });

  it("a configured timeout still aborts the request itself", async () => {
    handler = () => undefined;
    const started = Date.now();
    const error = await lean({ retry: false, timeoutMs: 100 })
      .request(get())
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ timedOut: true, message: "GET /v2/things/a%20b timed out after 100 ms" });
    expect(Date.now() - started).toBeLessThan(2_000);
    await vi.waitFor(() => expect(closedSockets).toBeGreaterThan(0), { timeout: 2_000, interval: 10 });
  });
});
