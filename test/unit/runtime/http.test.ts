import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type ApiErrorInit,
  TooManyRequestsError,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowResponseValidationError,
} from "../../../templates/runtime/errors.js";
import {
  type ClientConfig,
  type HttpCoreSettings,
  type OperationRequest,
  type ResponseInfo,
  createHttpCore,
} from "../../../templates/runtime/http.js";
import {
  fail,
  isPlainObject,
  issue,
  ok,
  pointerJoin,
  type ValidationIssue,
  type ValidationResult,
} from "../../../templates/runtime/validation.js";

// A real server on 127.0.0.1: each request is recorded and answered by the next queued handler.
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const TOKEN = "tok_SECRET_4f9a8b7c6d5e3a2b1c";
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
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const handler = handlers.shift();
      if (handler === undefined) {
        res.writeHead(599).end("no handler queued");
        return;
      }
      handler(req, res);
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

function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res
      .writeHead(status, { "Content-Type": "application/json", ...headers })
      .end(JSON.stringify(body));
  };
}

function text(status: number, body: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, headers).end(body);
  };
}

/** Never answers: for timeouts and aborts. */
const hang: Handler = () => {};

function core(config: Partial<ClientConfig> = {}, settings: Partial<HttpCoreSettings> = {}) {
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
  return {
    operationId: "listSites",
    method: "GET",
    path: "/sites",
    responseKind: "json",
    ...overrides,
  };
}

/** Resolves to what the promise rejected with; fails the test if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

const siteValidator = (value: unknown): ValidationResult<{ id: string }> =>
  isPlainObject(value) && typeof value.id === "string"
    ? ok({ id: value.id })
    : fail([issue("/id", "string", isPlainObject(value) ? value.id : value)]);

describe("request building", () => {
  it("encodes path parameters so they cannot leave their segment", async () => {
    handlers.push(json(200, {}));
    await core().request(
      op({
        path: "/sites/{site_id}/comments/{comment_thread_id}",
        pathParams: { site_id: "a/b?c#d", comment_thread_id: 42 },
      }),
    );
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.url).toBe("/v2/sites/a%2Fb%3Fc%23d/comments/42");
  });

  it("keeps already-encoded-looking values literal", async () => {
    handlers.push(json(200, {}));
    await core().request(
      op({ path: "/webhooks/{webhook_id}", pathParams: { webhook_id: "%2e%2e" } }),
    );
    expect(seen[0]?.url).toBe("/v2/webhooks/%252e%252e");
  });

  it.each([
    // given path parameter value: want the message
    ["..", 'listSites: path parameter "webhook_id" must not be "." or ".."'],
    [".", 'listSites: path parameter "webhook_id" must not be "." or ".."'],
    ["", 'listSites: path parameter "webhook_id" must not be empty'],
  ])("rejects the path parameter value %j before sending", async (value, message) => {
    const error = await rejection(
      core().request(op({ path: "/webhooks/{webhook_id}", pathParams: { webhook_id: value } })),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(message);
    expect(seen).toHaveLength(0);
  });

  it("names a missing path parameter", async () => {
    const error = await rejection(
      core().request(
        op({ path: "/sites/{site_id}/comments/{comment_thread_id}", pathParams: { site_id: "s" } }),
      ),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'listSites: path parameter "comment_thread_id" is required',
    );
    expect(seen).toHaveLength(0);
  });

  it("does not take path parameters from the prototype", async () => {
    const error = await rejection(core().request(op({ path: "/x/{constructor}", pathParams: {} })));
    expect(error).toBeInstanceOf(TypeError);
  });

  it("serializes the query in insertion order, repeating array keys and skipping undefined and null", async () => {
    handlers.push(json(200, {}));
    await core().request(
      op({
        query: {
          offset: 0,
          tags: ["a", "b c"],
          flag: true,
          off: false,
          skipped: undefined,
          nothing: null,
          tricky: "x&y=z#",
        },
      }),
    );
    expect(seen[0]?.url).toBe(
      "/v2/sites?offset=0&tags=a&tags=b+c&flag=true&off=false&tricky=x%26y%3Dz%23",
    );
  });

  it("sends no query string when every value is skipped", async () => {
    handlers.push(json(200, {}));
    await core().request(op({ query: { a: undefined } }));
    expect(seen[0]?.url).toBe("/v2/sites");
  });

  it("rejects non-finite numbers", async () => {
    const error = await rejection(core().request(op({ query: { limit: Number.NaN } })));
    expect(error).toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(0);
  });

  it("sends auth, accept and layered headers, later layers winning", async () => {
    handlers.push(json(200, {}));
    await core(
      { headers: { "X-Layer": "config", "X-Config": "c" } },
      { defaultHeaders: { "X-Layer": "default", "X-Default": "d" } },
    ).request(
      op({ headers: { "Accept-Version": "1.0.0", "X-Layer": "op", "X-Skip": undefined } }),
      {
        headers: { "X-Layer": "call" },
      },
    );
    const headers = seen[0]?.headers ?? {};
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers.accept).toBe("application/json");
    expect(headers["accept-version"]).toBe("1.0.0");
    expect(headers["x-default"]).toBe("d");
    expect(headers["x-config"]).toBe("c");
    expect(headers["x-layer"]).toBe("call");
    expect(headers).not.toHaveProperty("x-skip");
    expect(headers).not.toHaveProperty("content-type");
  });

  it("refuses Authorization in extra headers instead of silently replacing the token", async () => {
    expect(() => core({ headers: { authorization: "Bearer other" } })).toThrow(TypeError);
    expect(() => core({}, { defaultHeaders: { Authorization: "x" } })).toThrow(TypeError);
    const error = await rejection(
      core().request(op(), { headers: { AUTHORIZATION: "Bearer other" } }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(0);
  });

  it("sends a JSON body with its content type", async () => {
    handlers.push(json(201, { id: "w1" }));
    const body = {
      triggerType: "form_submission",
      url: "https://example.com/hook",
      filter: { name: "Contact" },
    };
    const result = await core().request(
      op({
        operationId: "createWebhook",
        method: "POST",
        path: "/sites/{site_id}/webhooks",
        pathParams: { site_id: "s1" },
        body,
      }),
    );
    expect(result).toEqual({ id: "w1" });
    expect(seen[0]?.method).toBe("POST");
    expect(seen[0]?.url).toBe("/v2/sites/s1/webhooks");
    expect(seen[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual(body);
  });

  it("sends a body under the JSON media type the spec declares", async () => {
    handlers.push(json(200, {}));
    await core().request(op({ method: "PATCH", body: { a: 1 }, contentType: "application/merge-patch+json" }));
    expect(seen[0]?.headers["content-type"]).toBe("application/merge-patch+json");
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({ a: 1 });
  });

  it("trims a trailing slash from the base URL", async () => {
    handlers.push(json(200, {}));
    await core({ baseUrl: `${base}//` }).request(op());
    expect(seen[0]?.url).toBe("/v2/sites");
  });

  it("looks up the global fetch at call time and calls it unbound", async () => {
    const client = core();
    const realFetch = globalThis.fetch;
    const receivers: unknown[] = [];
    vi.stubGlobal(
      "fetch",
      function (this: unknown, input: string | URL | Request, init?: RequestInit) {
        receivers.push(this);
        return realFetch(input, init);
      },
    );
    handlers.push(json(200, {}));
    await client.request(op());
    expect(receivers).toEqual([undefined]);
  });
});

describe("config validation", () => {
  it.each([
    ["empty", ""],
    ["missing", undefined],
  ])("rejects a %s token", (_label, token) => {
    expect(() => core({ token: token as unknown as string })).toThrow(
      /ClientConfig\.token is required/,
    );
  });

  it("rejects a token with whitespace without echoing it", () => {
    let caught: unknown;
    try {
      core({ token: `${TOKEN}\n` });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(String(caught)).not.toContain(TOKEN);
  });

  it("rejects an invalid base URL", () => {
    expect(() => core({ baseUrl: "not a url" })).toThrow(TypeError);
  });
});

describe("success responses", () => {
  it("decodes JSON", async () => {
    handlers.push(json(200, { sites: [{ id: "s1" }] }));
    await expect(core().request(op())).resolves.toEqual({ sites: [{ id: "s1" }] });
  });

  it("accepts any 2xx, not only the documented one", async () => {
    handlers.push(json(202, { id: "w1" }));
    await expect(core().request(op({ method: "POST" }))).resolves.toEqual({ id: "w1" });
  });

  it("resolves undefined for 204", async () => {
    handlers.push(text(204, ""));
    await expect(
      core().request(op({ method: "DELETE", responseKind: "empty" })),
    ).resolves.toBeUndefined();
  });

  it("ignores any body of an empty-kind response", async () => {
    handlers.push(text(200, "surprise"));
    await expect(core().request(op({ responseKind: "empty" }))).resolves.toBeUndefined();
  });

  it("reports a body that is not JSON as a validation error", async () => {
    handlers.push(text(200, "<html>maintenance</html>"));
    const error = await rejection(core().request(op()));
    expect(error).toBeInstanceOf(WebflowResponseValidationError);
    const e = error as WebflowResponseValidationError;
    expect(e.status).toBe(200);
    expect(e.operationId).toBe("listSites");
    expect(e.body).toBe("<html>maintenance</html>");
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ path: "", expected: "JSON body" });
  });

  it("returns the validator's value", async () => {
    handlers.push(json(200, { id: "s1", extra: true }));
    await expect(core().request(op({ validate: siteValidator }))).resolves.toEqual({ id: "s1" });
  });

  it("throws the validator's issues", async () => {
    handlers.push(json(200, { id: 5 }));
    const error = await rejection(core().request(op({ validate: siteValidator })));
    expect(error).toBeInstanceOf(WebflowResponseValidationError);
    const e = error as WebflowResponseValidationError;
    expect(e.issues).toEqual([issue("/id", "string", 5)]);
    expect(e.body).toEqual({ id: 5 });
    expect(e.message).toContain("/id: expected string, got number 5");
  });

  it("skips validation with validateResponses: false", async () => {
    handlers.push(json(200, { id: 5 }));
    await expect(
      core({ validateResponses: false }).request(op({ validate: siteValidator })),
    ).resolves.toEqual({ id: 5 });
  });
});

describe("error responses", () => {
  it("hands status, parsed body, headers and rate limit to toApiError and throws its result", async () => {
    class NotFoundError extends WebflowApiError {}
    const inits: ApiErrorInit[] = [];
    const client = core(
      {},
      {
        toApiError: (init) => {
          inits.push(init);
          return init.status === 404 ? new NotFoundError(init) : new WebflowApiError(init);
        },
      },
    );
    const body = {
      code: "resource_not_found",
      message: "Site not found",
      externalReference: null,
      details: [],
    };
    handlers.push(
      json(404, body, {
        "X-RateLimit-Limit": "60",
        "X-RateLimit-Remaining": "58",
        "X-Request-Id": "r1",
      }),
    );
    const error = await rejection(
      client.request(
        op({
          operationId: "getSite",
          path: "/sites/{site_id}",
          pathParams: { site_id: "s1" },
          query: { q: "1" },
        }),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(inits).toHaveLength(1);
    const init = inits[0];
    expect(init?.status).toBe(404);
    expect(init?.body).toEqual(body);
    expect(init?.operationId).toBe("getSite");
    expect(init?.method).toBe("GET");
    expect(init?.url).toBe(`${base}/sites/s1?q=1`);
    expect(init?.rateLimit).toEqual({ limit: 60, remaining: 58 });
    expect(init?.headers.get("x-request-id")).toBe("r1");
    const e = error as NotFoundError;
    expect(e.name).toBe("NotFoundError");
    expect(e.code).toBe("resource_not_found");
    expect(e.message).toBe("GET /v2/sites/s1 failed with 404 resource_not_found: Site not found");
  });

  it("normalizes a v1 error body", async () => {
    handlers.push(
      json(400, {
        msg: "Bad request",
        code: 400,
        name: "ValidationError",
        path: "/info",
        err: "x",
        problems: ["p1"],
      }),
    );
    const error = (await rejection(
      core().request(op({ path: "/info", headers: { "Accept-Version": "1.0.0" } })),
    )) as WebflowApiError;
    expect(error).toBeInstanceOf(WebflowApiError);
    expect(error.code).toBe("ValidationError");
    expect(error.apiMessage).toBe("Bad request");
    expect(error.details).toEqual(["p1"]);
  });

  it("keeps a non-JSON error body as text", async () => {
    handlers.push(text(403, "<html>Forbidden by proxy</html>", { "Content-Type": "text/html" }));
    const error = (await rejection(core().request(op()))) as WebflowApiError;
    expect(error.status).toBe(403);
    expect(error.code).toBe("unknown_error");
    expect(error.body).toBe("<html>Forbidden by proxy</html>");
    expect(error.message).toBe("GET /v2/sites failed with 403 unknown_error: Forbidden");
  });
});

describe("retries", () => {
  it("retries a 429 and honours Retry-After: 0", async () => {
    handlers.push(
      json(429, { code: "too_many_requests", message: "slow down" }, { "Retry-After": "0" }),
      json(200, { ok: 1 }),
    );
    await expect(core().request(op())).resolves.toEqual({ ok: 1 });
    expect(seen).toHaveLength(2);
    expect(sleeps).toEqual([0]);
  });

  it("throws a Retry-After longer than maxDelayMs at once instead of retrying early", async () => {
    handlers.push(json(429, {}, { "Retry-After": "120" }), json(200, {}));
    const error = await rejection(core({ retry: { maxDelayMs: 1000 } }).request(op()));
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect((error as TooManyRequestsError).retryAfter).toBe(120);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("retries a POST on 429", async () => {
    handlers.push(json(429, {}, { "Retry-After": "1" }), json(201, { id: "w1" }));
    await expect(core().request(op({ method: "POST", body: {} }))).resolves.toEqual({ id: "w1" });
    expect(seen.map((s) => s.method)).toEqual(["POST", "POST"]);
    expect(seen[1]?.body).toBe("{}");
    expect(sleeps).toEqual([1000]);
  });

  it("does not retry a POST on 500", async () => {
    handlers.push(json(500, { code: "internal_error", message: "boom" }), json(201, {}));
    const error = (await rejection(
      core().request(op({ method: "POST", body: {} })),
    )) as WebflowApiError;
    expect(error.status).toBe(500);
    expect(seen).toHaveLength(1);
  });

  it.each([408, 500, 502, 503, 504])("retries a GET on %i", async (status) => {
    handlers.push(json(status, {}), json(200, { ok: true }));
    await expect(core().request(op())).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it("does not retry other 4xx", async () => {
    handlers.push(json(409, { code: "conflict", message: "c" }), json(200, {}));
    await expect(core().request(op({ method: "PUT" }))).rejects.toBeInstanceOf(WebflowApiError);
    expect(seen).toHaveLength(1);
  });

  it("throws the last error when retries run out, after exponential backoff with jitter", async () => {
    for (const n of [1, 2, 3])
      handlers.push(json(503, { code: "service_unavailable", message: `attempt ${n}` }));
    const error = (await rejection(core().request(op({ method: "DELETE" })))) as WebflowApiError;
    expect(error.apiMessage).toBe("attempt 3");
    expect(seen).toHaveLength(3);
    // baseDelayMs 500, random 0.5: half the ceiling plus half of the other half.
    expect(sleeps).toEqual([375, 750]);
  });

  it("caps the backoff at maxDelayMs", async () => {
    for (let i = 0; i < 4; i++) handlers.push(json(503, {}));
    await rejection(
      core({ retry: { maxRetries: 3, baseDelayMs: 400, maxDelayMs: 1000 } }).request(op()),
    );
    expect(sleeps).toEqual([300, 600, 750]);
  });

  it("never retries with retry: false", async () => {
    handlers.push(json(429, {}, { "Retry-After": "0" }), json(200, {}));
    await expect(core({ retry: false }).request(op())).rejects.toBeInstanceOf(WebflowApiError);
    expect(seen).toHaveLength(1);
  });

  it("reports only the final response to onResponse, with its rate limit and attempt", async () => {
    const infos: ResponseInfo[] = [];
    handlers.push(
      json(
        429,
        {},
        { "Retry-After": "0", "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "0" },
      ),
      json(200, {}, { "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "119" }),
    );
    await core({ onResponse: (info) => infos.push(info) }).request(op());
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatchObject({
      operationId: "listSites",
      method: "GET",
      url: `${base}/sites`,
      status: 200,
      attempt: 2,
      rateLimit: { limit: 120, remaining: 119 },
    });
  });

  it("reports error responses to onResponse too", async () => {
    const infos: ResponseInfo[] = [];
    handlers.push(json(404, {}, { "X-RateLimit-Remaining": "5" }));
    await rejection(core({ onResponse: (info) => infos.push(info) }).request(op()));
    expect(infos.map(({ status, attempt }) => ({ status, attempt }))).toEqual([
      { status: 404, attempt: 1 },
    ]);
  });

  it("rejects the call with what onResponse throws", async () => {
    const thrown = new Error("listener failed");
    handlers.push(json(200, { id: "s1" }));
    const error = await rejection(
      core({
        onResponse: () => {
          throw thrown;
        },
      }).request(op()),
    );
    expect(error).toBe(thrown);
  });
});

describe("network failures", () => {
  it("times out a request that gets no answer, retrying idempotent ones", async () => {
    handlers.push(hang, hang);
    const error = await rejection(core({ timeoutMs: 100, retry: { maxRetries: 1 } }).request(op()));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    const e = error as WebflowNetworkError;
    expect(e.timedOut).toBe(true);
    expect(e.aborted).toBe(false);
    expect(e.message).toBe("GET /v2/sites timed out after 100 ms");
    expect(seen).toHaveLength(2);
  });

  it("times out a body that stalls after the headers", async () => {
    handlers.push((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"partial":');
    });
    const error = await rejection(core({ retry: false }).request(op(), { timeoutMs: 100 }));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect((error as WebflowNetworkError).timedOut).toBe(true);
  });

  it("does not retry a POST that timed out", async () => {
    handlers.push(hang, json(201, {}));
    const error = await rejection(
      core({ timeoutMs: 100 }).request(op({ method: "POST", body: {} })),
    );
    expect((error as WebflowNetworkError).timedOut).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it("reports a refused connection as a network error after retrying", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await rejection(core({ baseUrl: `http://127.0.0.1:${port}/v2` }).request(op()));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    const e = error as WebflowNetworkError;
    expect(e.timedOut).toBe(false);
    expect(e.aborted).toBe(false);
    expect(e.operationId).toBe("listSites");
    expect(e.message).toMatch(/^GET \/v2\/sites failed: .*ECONNREFUSED/);
    expect(sleeps).toHaveLength(2);
  });

  it("surfaces the caller's abort as an aborted network error and does not retry it", async () => {
    handlers.push(hang, json(200, {}));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(core().request(op(), { signal: controller.signal }));
    expect(error).toBeInstanceOf(WebflowNetworkError);
    const e = error as WebflowNetworkError;
    expect(e.aborted).toBe(true);
    expect(e.timedOut).toBe(false);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const error = await rejection(core().request(op(), { signal: AbortSignal.abort() }));
    expect((error as WebflowNetworkError).aborted).toBe(true);
    expect(seen).toHaveLength(0);
  });

  it("stops waiting for a retry when the caller aborts", async () => {
    handlers.push(json(429, {}, { "Retry-After": "20" }), json(200, {}));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    // The real sleep, so the abort has a timer to cancel.
    const error = await rejection(
      core({}, { sleep: undefined }).request(op(), { signal: controller.signal }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(WebflowNetworkError);
    expect((error as WebflowNetworkError).aborted).toBe(true);
    expect(seen).toHaveLength(1);
  });
});

describe("the token never leaks", () => {
  it("appears in no error message, string form or JSON form", async () => {
    const errors: unknown[] = [];
    const collect = async (promise: Promise<unknown>) => errors.push(await rejection(promise));

    // A proxy that echoes the request headers back in its error body.
    handlers.push((req, res) => {
      res.writeHead(401, { "Content-Type": "application/json" }).end(
        JSON.stringify({
          code: "not_authorized",
          message: `bad ${req.headers.authorization}`,
          details: [req.headers.authorization],
        }),
      );
    });
    await collect(core().request(op()));
    handlers.push((req, res) => {
      res.writeHead(500).end(`echo: ${req.headers.authorization}`);
    });
    await collect(core({ retry: false }).request(op()));
    handlers.push(text(200, "not json"));
    await collect(core().request(op()));
    handlers.push(json(200, { id: 1 }));
    await collect(core().request(op({ validate: siteValidator })));
    handlers.push(hang);
    await collect(core({ timeoutMs: 50, retry: false }).request(op()));
    await collect(core({ baseUrl: "http://127.0.0.1:1/v2", retry: false }).request(op()));
    await collect(core().request(op(), { signal: AbortSignal.abort() }));
    await collect(Promise.resolve().then(() => core({ token: `${TOKEN} ` })));

    expect(errors).toHaveLength(8);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      const e = error as Error;
      expect(e.message).not.toContain(TOKEN);
      expect(String(e)).not.toContain(TOKEN);
      expect(JSON.stringify(e)).not.toContain(TOKEN);
      expect(e.stack ?? "").not.toContain(TOKEN);
    }
    const echoed = errors[0] as WebflowApiError;
    expect(echoed).toBeInstanceOf(WebflowError);
    expect(echoed.apiMessage).toBe("bad Bearer [REDACTED]");
    expect(JSON.stringify(echoed.body)).not.toContain(TOKEN);
    expect((errors[1] as WebflowApiError).body).toBe("echo: Bearer [REDACTED]");
  });

  describe("when the server echoes it JSON-escaped", () => {
    // Every character TOKEN_CHARS admits that JSON escapes or may escape: `"`, `/` and `\`.
    const WORDS = ["Alpha7", "Bravo8", "Charlie9", "Delta0", "Echo1", "Foxtrot2"];
    const ODD = `tk"${WORDS[0]}/${WORDS[1]}\\${WORDS[2]}+=-._~${WORDS[3]}${WORDS[4]}${WORDS[5]}`;
    const escaped = JSON.stringify(ODD).slice(1, -1);
    const slashed = escaped.replace(/\//g, "\\/");
    const unicode = Array.from(
      ODD,
      (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
    ).join("");
    /** Any of these in any rendering of an error is a leak; the words also catch a cut excerpt. */
    const FORBIDDEN = [ODD, escaped, slashed, unicode, ...WORDS];
    const html = `<p>Bearer ${ODD}</p><script>a = "${escaped}"; b = "${slashed}"; c = "${unicode}";</script>`;

    function expectNoLeak(error: unknown): void {
      expect(error).toBeInstanceOf(WebflowError);
      const e = error as WebflowApiError | WebflowResponseValidationError;
      const renderings = [
        e.message,
        String(e),
        JSON.stringify(e),
        inspect(e, { depth: Infinity }),
        e.stack ?? "",
        typeof e.body === "string" ? e.body : JSON.stringify(e.body),
      ];
      for (const rendering of renderings) {
        for (const secret of FORBIDDEN) expect(rendering).not.toContain(secret);
      }
    }

    /** Reports every property as unexpected, quoting its value, as a strict generated validator would. */
    const strictValidator = (value: unknown): ValidationResult<never> =>
      fail(
        Object.entries(isPlainObject(value) ? value : {}).map(([key, item]) =>
          issue(pointerJoin("", key), key === "id" ? "number" : "no such property", item),
        ),
      );

    it("redacts an error body, its keys, a nested JSON string and the response headers", async () => {
      handlers.push((_req, res) => {
        res
          .writeHead(401, { "Content-Type": "application/json", "X-Echo": `Bearer ${ODD}` })
          .end(
            `{"code":"not_authorized","message":"bad Bearer ${escaped}",` +
              `"details":["${slashed}","${unicode}"],` +
              `"nested":${JSON.stringify(JSON.stringify({ auth: ODD }))},"${escaped}":1}`,
          );
      });
      const error = (await rejection(core({ token: ODD }).request(op()))) as WebflowApiError;
      expect(seen[0]?.headers.authorization).toBe(`Bearer ${ODD}`);
      expectNoLeak(error);
      expect(error.message).toBe(
        "GET /v2/sites failed with 401 not_authorized: bad Bearer [REDACTED] [[REDACTED]; [REDACTED]]",
      );
      expect(error.body).toEqual({
        code: "not_authorized",
        message: "bad Bearer [REDACTED]",
        details: ["[REDACTED]", "[REDACTED]"],
        nested: '{"auth":"[REDACTED]"}',
        "[REDACTED]": 1,
      });
      expect(error.headers.get("x-echo")).toBe("Bearer [REDACTED]");
    });

    it("redacts every spelling in a body that is not JSON", async () => {
      const redacted =
        '<p>Bearer [REDACTED]</p><script>a = "[REDACTED]"; b = "[REDACTED]"; c = "[REDACTED]";</script>';
      handlers.push(text(500, html), text(200, html));
      const apiError = await rejection(core({ token: ODD, retry: false }).request(op()));
      expectNoLeak(apiError);
      expect((apiError as WebflowApiError).body).toBe(redacted);
      const validationError = await rejection(core({ token: ODD }).request(op()));
      expectNoLeak(validationError);
      expect(validationError).toBeInstanceOf(WebflowResponseValidationError);
      expect((validationError as WebflowResponseValidationError).body).toBe(redacted);
    });

    it("takes validation issues from the redacted body, so no excerpt holds part of the token", async () => {
      handlers.push(text(200, `{"id":"x${escaped}","${slashed}":"${unicode}"}`));
      const error = (await rejection(
        core({ token: ODD }).request(op({ validate: strictValidator })),
      )) as WebflowResponseValidationError;
      expectNoLeak(error);
      expect(error.issues).toEqual([
        issue("/id", "number", "x[REDACTED]"),
        issue("/[REDACTED]", "no such property", "[REDACTED]"),
      ]);
      expect(error.body).toEqual({ id: "x[REDACTED]", "[REDACTED]": "[REDACTED]" });
    });

    it("withholds the issues when only the token made the body invalid", async () => {
      const shortId = (value: unknown): ValidationResult<{ id: string }> =>
        isPlainObject(value) && typeof value.id === "string" && value.id.length <= 12
          ? ok({ id: value.id })
          : fail([
              issue(
                "/id",
                "string of at most 12 characters",
                isPlainObject(value) ? value.id : value,
              ),
            ]);
      handlers.push(json(200, { id: ODD }));
      const error = (await rejection(
        core({ token: ODD }).request(op({ validate: shortId })),
      )) as WebflowResponseValidationError;
      expectNoLeak(error);
      expect(error.issues).toEqual<ValidationIssue[]>([
        {
          path: "",
          expected: "a body matching the schema",
          message: "/: the mismatches quote the API token, so they are withheld",
        },
      ]);
      expect(error.body).toEqual({ id: "[REDACTED]" });
    });

    it("returns a successful body untouched", async () => {
      handlers.push(json(200, { id: ODD }));
      await expect(core({ token: ODD }).request(op({ validate: siteValidator }))).resolves.toEqual({
        id: ODD,
      });
    });
  });
});
