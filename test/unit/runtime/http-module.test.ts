/**
 * What the HTTP core keeps at module level (the retry tables, the token check, the default-timeout
 * watchdog) and the cleanup of each attempt, against the real test server on 127.0.0.1. Each test loads
 * http.ts afresh inside its body: the watchdog starts from nothing (not from another file's interval),
 * and a mutation run ties the module's constants to the tests that check them, which it cannot do for a
 * module imported while the test file loads.
 */
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useTestServer } from "../../e2e/server.js";

const TOKEN = "tok_MODULE_5a4b3c2d1e0f";
const server = useTestServer();

type Http = typeof import("../../../templates/runtime/http.js");

/** http.ts (and the runtime it imports) as first loaded, with no state left by earlier calls. */
async function freshHttp(): Promise<Http> {
  vi.resetModules();
  return import("../../../templates/runtime/http.js");
}

async function core(config: Partial<import("../../../templates/runtime/http.js").ClientConfig> = {}) {
  const { createHttpCore } = await freshHttp();
  return createHttpCore({ defaultBaseUrl: `${server.origin}/v2`, config: { token: TOKEN, ...config }, sleep: async () => {} });
}

const op = (method: "GET" | "PUT" | "DELETE" | "POST" | "PATCH" = "GET") => ({
  operationId: "thing",
  method,
  path: "/things/{id}",
  pathParams: { id: "t1" },
  responseKind: "json" as const,
});

/** The settled outcome of a call, or "pending" when it has not settled once pending I/O callbacks ran. */
const state = (call: Promise<unknown>) =>
  Promise.race([
    call.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise((resolve) => setImmediate(() => resolve("pending"))),
  ]);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("retry tables", () => {
  it.each([
    // given method and status: want the attempts the server sees with one retry allowed
    ["GET", 500, 2],
    ["PUT", 500, 2],
    ["DELETE", 500, 2],
    ["POST", 500, 1],
    ["PATCH", 503, 1],
    ["GET", 408, 2],
    ["GET", 504, 2],
    ["DELETE", 502, 2],
    ["GET", 404, 1],
  ] as const)("%s answered %i is sent %i time(s)", async (method, status, attempts) => {
    server.respond(() => ({ status, body: { message: "no" } }));
    const client = await core({ retry: { maxRetries: 1 } });
    await expect(client.request(op(method))).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(attempts);
  });
});

describe("the token check", () => {
  it.each([
    // given token: want it accepted (true) or refused before anything is sent (false)
    ["tok_abc-123.XYZ~", true],
    ["x", true],
    [" tok_abc", false],
    ["tok_abc\n", false],
    ["tok abc", false],
    ["tök_abc", false],
  ])("%j accepted: %s", async (token, accepted) => {
    server.enqueue({ status: 200, body: {} });
    const { createHttpCore } = await freshHttp();
    const make = () => createHttpCore({ defaultBaseUrl: `${server.origin}/v2`, config: { token } });
    if (accepted) await expect(make().request(op())).resolves.toEqual({});
    else expect(make).toThrow(new TypeError("ClientConfig.token contains whitespace or non-printable characters"));
  });
});

describe("the default timeout's watchdog", () => {
  it("leaves a slow call alone until 60 s have passed, then ends it", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    server.enqueue({ status: 200, hang: true });
    const call = (await core({ retry: false })).request(op());
    await vi.waitFor(() => expect(server.requests).toHaveLength(1), { interval: 5 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await state(call)).toBe("pending");
    await vi.advanceTimersByTimeAsync(60_000);
    const outcome = (await state(call)) as { error: Error & { timedOut: boolean; cause: Error } };
    expect(outcome.error).toMatchObject({ name: "WebflowNetworkError", timedOut: true, message: "GET /v2/things/t1 timed out after 60000 ms" });
    // What a log of the error shows as its cause.
    expect(outcome.error.cause.message).toBe("timed out");
  });

  it("is one interval for calls in a row, stopped on the first tick with none left", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    server.respond(() => ({ status: 200, body: {} }));
    const client = await core();
    for (let i = 0; i < 3; i++) await client.request(op());
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("runs where setInterval returns a plain number, as in browsers, which have no unref", async () => {
    let next = 1;
    vi.stubGlobal("setInterval", () => next++);
    vi.stubGlobal("clearInterval", () => undefined);
    server.enqueue({ status: 200, body: { ok: true } });
    const client = await core({ retry: false });
    await expect(client.request(op("POST"))).resolves.toEqual({ ok: true });
  });
});

describe("what an attempt leaves behind", () => {
  it("removes its listener from the caller's signal, however the call ends", async () => {
    const signal = new AbortController().signal;
    server.enqueue({ status: 200, body: {} }, { status: 404, body: {} }, { status: 200, hang: true });
    const client = await core({ retry: false });
    await client.request(op(), { signal });
    await expect(client.request(op(), { signal })).rejects.toMatchObject({ status: 404 });
    await expect(client.request(op(), { signal, timeoutMs: 1 })).rejects.toMatchObject({ timedOut: true });
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });

  it("clears its per-attempt timer, which would keep the process alive until it fired", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    server.respond(() => ({ status: 200, body: {} }));
    const client = await core({ timeoutMs: 1_000_000 });
    await client.request(op());
    await client.request(op(), { signal: new AbortController().signal });
    // fetch's own timers (keep-alive, header and body timeouts) are all shorter than ten minutes.
    await vi.advanceTimersByTimeAsync(600_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sets no timer for a timeout too long for setTimeout, which would fire at once", async () => {
    server.enqueue({ status: 200, body: { ok: true } });
    const client = await core({ retry: false });
    await expect(client.request(op(), { signal: new AbortController().signal, timeoutMs: 2 ** 31 })).resolves.toEqual({ ok: true });
  });
});
