/**
 * The HTTP core's retry policy, Retry-After, deadlines, response metadata, validation modes and
 * header layering, against a real server on 127.0.0.1. Every fault case asserts the exact number of
 * requests the server saw (for a refused connection, which no server sees, the fetch calls), the
 * error's type and fields, and that the token is in no message.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  BadGatewayError,
  BadRequestError,
  GatewayTimeoutError,
  InternalServerError,
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowResponseValidationError,
} from "../../../templates/runtime/errors.js";
import {
  ApiPromise,
  type ClientConfig,
  type HttpCoreSettings,
  type HttpMethod,
  type OperationRequest,
  type RetryInfo,
  createHttpCore,
} from "../../../templates/runtime/http.js";
import {
  fail,
  isPlainObject,
  issue,
  ok,
  type ValidationResult,
} from "../../../templates/runtime/validation.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const TOKEN = "tok_POLICY_7e6d5c4b3a29181706f5";
let server: Server;
let origin: string;
let closedOrigin: string;
let seen: { method: string; url: string; headers: IncomingMessage["headers"] }[] = [];
let handlers: Handler[] = [];
let sleeps: number[] = [];
let fetchCalls = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
      const handler = handlers.shift();
      if (handler === undefined) res.writeHead(599).end("no handler queued");
      else handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
  // The first fetch of a process loads and compiles undici, which on a loaded machine can take longer
  // than the short per-attempt timeouts below: done here, it is not mistaken for a timeout of a case.
  await fetch(`${origin}/warm-up`).then((response) => response.text());
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  handlers = [];
  sleeps = [];
  fetchCalls = 0;
});

afterEach(() => {
  vi.restoreAllMocks();
});

const json =
  (status: number, body: unknown = {}, headers: Record<string, string> = {}): Handler =>
  (_req, res) =>
    res
      .writeHead(status, { "Content-Type": "application/json", ...headers })
      .end(JSON.stringify(body));
const hang: Handler = () => {};
/** Sends a TCP reset: the client sees ECONNRESET after the request reached the server. */
const reset: Handler = (req) => req.socket.resetAndDestroy();

/** Counts fetch calls, so a refused connection (which no server sees) is counted too. */
const countingFetch: typeof fetch = (input, init) => {
  fetchCalls++;
  return fetch(input, init);
};

function core(config: Partial<ClientConfig> = {}, settings: Partial<HttpCoreSettings> = {}) {
  return createHttpCore({
    defaultBaseUrl: `${origin}/v2`,
    config: { token: TOKEN, fetch: countingFetch, ...config },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...settings,
  });
}

/** A clock that only moves when the core sleeps, so deadlines are tested without waiting. */
function fakeClock(start = Date.UTC(2024, 0, 15, 12, 0, 0)) {
  const clock = {
    time: start,
    now: () => clock.time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock.time += ms;
    },
  };
  return clock;
}

function op<T = unknown>(overrides: Partial<OperationRequest<T>> = {}): OperationRequest<T> {
  return {
    operationId: "listSites",
    method: "GET",
    path: "/sites",
    responseKind: "json",
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

function expectNoToken(error: unknown): void {
  expect(error).toBeInstanceOf(WebflowError);
  const e = error as Error;
  for (const text of [
    e.message,
    String(e),
    JSON.stringify(e),
    inspect(e, { depth: Infinity }),
    e.stack ?? "",
  ]) {
    expect(text).not.toContain(TOKEN);
  }
}

describe("retry policy: method × failure → attempts", () => {
  type Failure =
    429 | 500 | 502 | 503 | 504 | 400 | 404 | "ECONNREFUSED" | "ECONNRESET" | "timeout";
  const METHODS: HttpMethod[] = ["GET", "PUT", "DELETE", "POST", "PATCH"];
  const idempotent = (method: HttpMethod) =>
    method === "GET" || method === "PUT" || method === "DELETE";
  /** maxRetries is 2: a retried failure is sent 3 times, any other once. */
  const attempts: Record<Failure, (method: HttpMethod) => number> = {
    429: () => 3,
    500: (m) => (idempotent(m) ? 3 : 1),
    502: (m) => (idempotent(m) ? 3 : 1),
    503: (m) => (idempotent(m) ? 3 : 1),
    504: (m) => (idempotent(m) ? 3 : 1),
    400: () => 1,
    404: () => 1,
    ECONNREFUSED: () => 3,
    ECONNRESET: (m) => (idempotent(m) ? 3 : 1),
    timeout: (m) => (idempotent(m) ? 3 : 1),
  };
  const classes = {
    429: TooManyRequestsError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
    400: BadRequestError,
    404: NotFoundError,
  } as const;
  const rows = METHODS.flatMap((method) =>
    (Object.keys(attempts) as string[]).map((failure) => {
      const f = (/^\d+$/.test(failure) ? Number(failure) : failure) as Failure;
      return [method, f, attempts[f](method)] as const;
    }),
  );

  it.each(rows)("%s with %s is sent %i time(s)", async (method, failure, expected) => {
    const retries: RetryInfo[] = [];
    const settings: Partial<ClientConfig> = {
      timeoutMs: 100,
      onRetry: (info) => retries.push(info),
    };
    if (failure === "ECONNREFUSED") settings.baseUrl = `${closedOrigin}/v2`;
    for (let i = 0; i < 4; i++) {
      if (typeof failure === "number")
        handlers.push(json(failure, { code: "c", message: "m" }, { "Retry-After": "0" }));
      else if (failure === "ECONNRESET") handlers.push(reset);
      else if (failure === "timeout") handlers.push(hang);
    }
    const body = method === "POST" || method === "PATCH" ? { a: 1 } : undefined;
    const error = await rejection(core(settings).request(op({ method, body })));
    expectNoToken(error);
    if (failure === "ECONNREFUSED") {
      expect(seen).toHaveLength(0);
      expect(fetchCalls).toBe(expected);
    } else {
      expect(seen).toHaveLength(expected);
      expect(seen.every((s) => s.method === method)).toBe(true);
    }
    expect(retries.map((r) => r.attempt)).toEqual(
      Array.from({ length: expected - 1 }, (_, i) => i + 1),
    );
    if (typeof failure === "number") {
      expect(error).toBeInstanceOf(classes[failure]);
      expect((error as WebflowApiError).status).toBe(failure);
      expect(
        retries.every((r) => r.status === failure && r.error instanceof classes[failure]),
      ).toBe(true);
    } else {
      expect(error).toBeInstanceOf(WebflowNetworkError);
      const e = error as WebflowNetworkError;
      expect(e.timedOut).toBe(failure === "timeout");
      expect(e.aborted).toBe(false);
      expect(e.code).toBe(failure === "timeout" ? undefined : failure);
      expect(
        retries.every((r) => r.status === undefined && r.error instanceof WebflowNetworkError),
      ).toBe(true);
    }
  });
});

describe("Retry-After", () => {
  it("waits exactly the seconds asked for, up to the default 60 s", async () => {
    handlers.push(json(429, {}, { "Retry-After": "60" }), json(200, { ok: true }));
    await expect(core().request(op({ method: "POST", body: {} }))).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(2);
    expect(sleeps).toEqual([60_000]);
  });

  it("throws a longer wait at once, carrying retryAfter, instead of retrying early", async () => {
    handlers.push(
      json(429, { code: "too_many_requests", message: "slow" }, { "Retry-After": "61" }),
      json(200, {}),
    );
    const error = await rejection(core().request(op()));
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect((error as TooManyRequestsError).retryAfter).toBe(61);
    expect((error as TooManyRequestsError).rateLimit.retryAfterSeconds).toBe(61);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expectNoToken(error);
  });

  it("reads an HTTP date against the injected clock", async () => {
    const clock = fakeClock();
    handlers.push(
      json(503, {}, { "Retry-After": new Date(clock.time + 90_000).toUTCString() }),
      json(200, {}),
    );
    await core({ retry: { maxDelayMs: 120_000 } }, { now: clock.now, sleep: clock.sleep }).request(
      op(),
    );
    expect(sleeps).toEqual([90_000]);
    expect(seen).toHaveLength(2);
  });

  it("throws at once when the wait ends past the call's deadline", async () => {
    const clock = fakeClock();
    handlers.push(json(429, {}, { "Retry-After": "20" }), json(200, {}));
    const error = await rejection(
      core({ totalTimeoutMs: 10_000 }, { now: clock.now, sleep: clock.sleep }).request(op()),
    );
    expect((error as TooManyRequestsError).retryAfter).toBe(20);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("is honoured on a 503 too, for idempotent methods", async () => {
    handlers.push(json(503, {}, { "Retry-After": "7" }), json(200, {}));
    await core().request(op({ method: "DELETE" }));
    expect(sleeps).toEqual([7000]);
  });
});

describe("the overall deadline", () => {
  it("ends backoff that would run past it, with the last failure", async () => {
    const clock = fakeClock();
    for (let i = 0; i < 4; i++) handlers.push(json(500, {}));
    const error = await rejection(
      core(
        { totalTimeoutMs: 1000, retry: { baseDelayMs: 600, maxRetries: 5 } },
        { now: clock.now, sleep: clock.sleep },
      ).request(op()),
    );
    // 450 ms (600 with jitter 0.5) fits; the next, 900 ms, would end at 1350 > 1000.
    expect(sleeps).toEqual([450]);
    expect(seen).toHaveLength(2);
    expect(error).toBeInstanceOf(InternalServerError);
  });

  it("cuts the last attempt's timeout and names the deadline", async () => {
    handlers.push(hang, hang);
    const started = Date.now();
    const error = await rejection(core({ timeoutMs: 10_000, totalTimeoutMs: 150 }).request(op()));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect((error as WebflowNetworkError).timedOut).toBe(true);
    expect((error as Error).message).toBe("GET /v2/sites timed out after 150 ms");
    expect(seen).toHaveLength(1);
  });

  it("per call overrides the client's", async () => {
    const clock = fakeClock();
    handlers.push(json(429, {}, { "Retry-After": "5" }), json(200, {}));
    await rejection(
      core({ totalTimeoutMs: 60_000 }, { now: clock.now, sleep: clock.sleep }).request(op(), {
        totalTimeoutMs: 1000,
      }),
    );
    expect(seen).toHaveLength(1);
  });
});

describe("onRetry and per-call retry", () => {
  it("sees the failed attempt, its error and the delay before each wait", async () => {
    const infos: RetryInfo[] = [];
    handlers.push(
      json(429, { code: "too_many_requests", message: "m" }, { "Retry-After": "2" }),
      json(503, {}),
      json(200, {}),
    );
    await core({ onRetry: (info) => infos.push(info) }).request(op());
    expect(
      infos.map(({ attempt, status, delayMs, operationId, method }) => ({
        attempt,
        status,
        delayMs,
        operationId,
        method,
      })),
    ).toEqual([
      { attempt: 1, status: 429, delayMs: 2000, operationId: "listSites", method: "GET" },
      { attempt: 2, status: 503, delayMs: 750, operationId: "listSites", method: "GET" },
    ]);
    expect(infos[0]?.error).toBeInstanceOf(TooManyRequestsError);
    expect((infos[0]?.error as TooManyRequestsError).retryAfter).toBe(2);
    expect(infos[0]?.url).toBe(`${origin}/v2/sites`);
  });

  it("rejects the call with what onRetry throws, sending nothing more", async () => {
    const thrown = new Error("stop retrying");
    handlers.push(json(503, {}), json(200, {}));
    const error = await rejection(
      core({
        onRetry: () => {
          throw thrown;
        },
      }).request(op()),
    );
    expect(error).toBe(thrown);
    expect(seen).toHaveLength(1);
  });

  it("retry: false per call never retries; an object overrides field by field", async () => {
    handlers.push(json(503, {}), json(200, {}));
    await rejection(core().request(op(), { retry: false }));
    expect(seen).toHaveLength(1);
    seen = [];
    handlers = [];
    for (let i = 0; i < 6; i++) handlers.push(json(503, {}));
    await rejection(
      core({ retry: { maxRetries: 1, baseDelayMs: 100 } }).request(op(), {
        retry: { maxRetries: 4 },
      }),
    );
    expect(seen).toHaveLength(5);
    expect(sleeps).toEqual([75, 150, 300, 600]);
  });

  it("a per-call retry object retries even when the client says retry: false", async () => {
    handlers.push(json(500, {}), json(200, { ok: 1 }));
    await expect(
      core({ retry: false }).request(op(), { retry: { maxRetries: 1 } }),
    ).resolves.toEqual({ ok: 1 });
    expect(seen).toHaveLength(2);
  });
});

describe("ApiPromise.withResponse", () => {
  it("resolves the typed body and the final response's metadata", async () => {
    handlers.push(
      json(429, {}, { "Retry-After": "0" }),
      json(
        200,
        { id: "s1" },
        { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "41", "X-Request-Id": "r9" },
      ),
    );
    const promise = core().request(op({ validate: (v) => ok(v as { id: string }) }));
    expect(promise).toBeInstanceOf(ApiPromise);
    expect(promise).toBeInstanceOf(Promise);
    const { data, response } = await promise.withResponse();
    expect(data).toEqual({ id: "s1" });
    expect(response).toMatchObject({
      operationId: "listSites",
      method: "GET",
      status: 200,
      attempt: 2,
      url: `${origin}/v2/sites`,
      rateLimit: { limit: 60, remaining: 41 },
    });
    expect(response.headers.get("x-request-id")).toBe("r9");
    // Awaiting the data as well does not send the request again.
    await expect(promise).resolves.toEqual({ id: "s1" });
    expect(seen).toHaveLength(2);
  });

  it("is a real promise: then, catch, finally, and derived promises are plain", async () => {
    handlers.push(json(200, { n: 1 }));
    const promise = core().request<{ n: number }>(op());
    const derived = promise.then((value) => value.n + 1);
    expect(derived).not.toBeInstanceOf(ApiPromise);
    expect(await derived).toBe(2);
    let finished = false;
    await promise.finally(() => (finished = true));
    expect(finished).toBe(true);
    handlers.push(json(404, { code: "resource_not_found", message: "gone" }));
    const caught = await core()
      .request(op())
      .catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(NotFoundError);
    expect(seen).toHaveLength(2);
  });

  it("rejects withResponse with the call's error, and awaiting only it leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listener);
    try {
      handlers.push(json(404, { code: "resource_not_found", message: "gone" }));
      const error = await rejection(core().request(op()).withResponse());
      expect(error).toBeInstanceOf(NotFoundError);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });
});

describe("validation modes", () => {
  const strictId = (value: unknown): ValidationResult<{ id: string }> =>
    isPlainObject(value) && typeof value.id === "string"
      ? ok({ id: value.id })
      : fail([issue("/id", "string", isPlainObject(value) ? value.id : value)]);

  it.each([[undefined], [true], ["strict" as const]])(
    "validateResponses %j throws",
    async (mode) => {
      handlers.push(json(200, { id: 5 }));
      const error = await rejection(
        core({ validateResponses: mode }).request(op({ validate: strictId })),
      );
      expect(error).toBeInstanceOf(WebflowResponseValidationError);
    },
  );

  it.each([[false], ["off" as const]])(
    "validateResponses %j returns the body unchecked",
    async (mode) => {
      handlers.push(json(200, { id: 5 }));
      await expect(
        core({ validateResponses: mode }).request(op({ validate: strictId })),
      ).resolves.toEqual({ id: 5 });
    },
  );

  it('"warn" reports the mismatch to onValidationIssue and returns the body', async () => {
    const reported: WebflowResponseValidationError[] = [];
    handlers.push(json(200, { id: 5, extra: "x" }));
    const data = await core({
      validateResponses: "warn",
      onValidationIssue: (error) => reported.push(error),
    }).request(op({ validate: strictId }));
    expect(data).toEqual({ id: 5, extra: "x" });
    expect(reported).toHaveLength(1);
    expect(reported[0]?.issues.map((i) => i.path)).toEqual(["/id"]);
    expect(reported[0]?.message).toContain("/id: expected string, got number 5");
  });

  it('"warn" logs with console.warn by default, the token redacted', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    handlers.push((req, res) =>
      res
        .writeHead(200, { "Content-Type": "application/json" })
        .end(JSON.stringify({ id: 5, echo: req.headers.authorization })),
    );
    const data = await core({ validateResponses: "warn" }).request(op({ validate: strictId }));
    expect(data).toEqual({ id: 5, echo: `Bearer ${TOKEN}` });
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(line).toMatch(
      /^\[webflow\] GET \/v2\/sites returned 200 with a body that does not match the listSites response schema: \/id: expected string, got number 5$/,
    );
    expect(JSON.stringify(warn.mock.calls)).not.toContain(TOKEN);
  });

  it('"warn" still throws for a body that is not JSON: there is nothing to return', async () => {
    handlers.push((_req, res) => res.writeHead(200).end("<html>"));
    await expect(
      core({ validateResponses: "warn" }).request(op({ validate: strictId })),
    ).rejects.toBeInstanceOf(WebflowResponseValidationError);
  });
});

describe("headers and parameters", () => {
  it("per-call and client headers replace an operation's fixed header such as Accept-Version", async () => {
    const v1 = op({ path: "/info", headers: { "Accept-Version": "1.0.0" } });
    handlers.push(json(200, {}), json(200, {}), json(200, {}), json(200, {}));
    await core().request(v1);
    await core().request(v1, { headers: { "accept-version": "2.0.0" } });
    await core({ headers: { "Accept-Version": "1.1.0" } }).request(v1);
    await core({ headers: { "Accept-Version": "1.1.0" } }).request(v1, {
      headers: { "ACCEPT-VERSION": "3.0.0" },
    });
    expect(seen.map((s) => s.headers["accept-version"])).toEqual([
      "1.0.0",
      "2.0.0",
      "1.1.0",
      "3.0.0",
    ]);
  });

  it.each([
    ["a lone high surrogate in a path parameter", { pathParams: { site_id: "ab\uD800" } }],
    ["a lone low surrogate in a path parameter", { pathParams: { site_id: "\uDC00" } }],
    [
      "a lone surrogate in a query parameter",
      { pathParams: { site_id: "s" }, query: { q: "x\uD83D" } },
    ],
  ])("throws the documented TypeError, not URIError, for %s", async (_label, parts) => {
    const error = await rejection(core().request(op({ path: "/sites/{site_id}", ...parts })));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(URIError);
    expect((error as Error).message).toMatch(
      /^listSites: (path|query) parameter "(site_id|q)" contains a lone surrogate/,
    );
    expect(seen).toHaveLength(0);
  });

  it("still encodes a well-formed surrogate pair", async () => {
    handlers.push(json(200, {}));
    await core().request(op({ path: "/sites/{site_id}", pathParams: { site_id: "😀" } }));
    expect(seen[0]?.url).toBe("/v2/sites/%F0%9F%98%80");
  });
});
