/**
 * End-to-end: the generated v2 client (TypeScript source) against a real HTTP server on
 * 127.0.0.1. Every operation is called through the client; the server records what arrives and
 * answers with the example the spec documents for that operation.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowResponseValidationError,
  createWebflowClient,
  isKnownErrorCode,
  type ClientConfig,
  type ResponseInfo,
} from "../../generated/src/index.js";
import { expectNoSecret, thrown } from "./assertions.js";
import { closedPortOrigin, startTestServer, type TestServer } from "./server.js";
import { clone, fillPath, loadOperations, successResponse, type SpecOperation } from "./spec.js";

const TOKEN = "wf_e2e_S3CRET_9c1d2e3f4a5b6c7d8e9f";
const SITE = "580e63e98c9a982ac9b8b741";
const THREAD = "679a4f4e0a7b6c3b7d4b4e21";
const WEBHOOK = "57ca0a9e418c504a6e1acbb6";
const LOCALE = "653fd9af6a07fc9cfd7a5e56";
const RATE = { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "42" };

const SPEC = loadOperations("webflow-v2.yaml");

function specOp(operationId: string): SpecOperation {
  const op = SPEC.get(operationId);
  if (op === undefined) throw new Error(`spec has no operation ${operationId}`);
  return op;
}

type V2Client = ReturnType<typeof createWebflowClient>;

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = `${server.origin}/v2`;
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

function client(config: Partial<ClientConfig> = {}): V2Client {
  return createWebflowClient({ token: TOKEN, baseUrl: base, ...config });
}


const expectNoToken = (error: unknown) => expectNoSecret(error, TOKEN);

// ---------------------------------------------------------------------------------------------
// Every operation
// ---------------------------------------------------------------------------------------------

interface OperationCase {
  operationId: string;
  /** The documented success status the server answers with. */
  status: number;
  pathParams: Record<string, string>;
  /** Expected request path below the base URL, written out. */
  path: string;
  /** Expected raw query, "" for none. */
  search: string;
  /** Expected JSON request body, when the operation sends one. */
  body?: unknown;
  call: (c: V2Client) => Promise<unknown>;
}

const publishBody = {
  customDomains: ["589a331aa51e760df7ccb89d"],
  publishToWebflowSubdomain: true,
};
const webhookBody = {
  triggerType: "form_submission" as const,
  url: "https://api.example.com/webhooks/webflow",
  filter: { name: "Contact Form" },
};

const CASES: OperationCase[] = [
  {
    operationId: "getAuthorizedUser",
    status: 200,
    pathParams: {},
    path: "/token/authorized_by",
    search: "",
    call: (c) => c.token.getAuthorizedUser(),
  },
  {
    operationId: "introspectToken",
    status: 200,
    pathParams: {},
    path: "/token/introspect",
    search: "",
    call: (c) => c.token.introspect(),
  },
  {
    operationId: "listSites",
    status: 200,
    pathParams: {},
    path: "/sites",
    search: "",
    call: (c) => c.sites.list(),
  },
  {
    operationId: "getSite",
    status: 200,
    pathParams: { site_id: SITE },
    path: `/sites/${SITE}`,
    search: "",
    call: (c) => c.sites.get({ site_id: SITE }),
  },
  {
    operationId: "getCustomDomains",
    status: 200,
    pathParams: { site_id: SITE },
    path: `/sites/${SITE}/custom_domains`,
    search: "",
    call: (c) => c.sites.getCustomDomains({ site_id: SITE }),
  },
  {
    operationId: "publishSite",
    status: 202,
    pathParams: { site_id: SITE },
    path: `/sites/${SITE}/publish`,
    search: "",
    body: publishBody,
    call: (c) => c.sites.publish({ site_id: SITE, body: publishBody }),
  },
  {
    operationId: "listCommentThreads",
    status: 200,
    pathParams: { site_id: SITE },
    path: `/sites/${SITE}/comments`,
    search: `?localeId=${LOCALE}&offset=20&limit=50&sortBy=createdOn&sortOrder=desc`,
    call: (c) =>
      c.comments.listThreads({
        site_id: SITE,
        localeId: LOCALE,
        offset: 20,
        limit: 50,
        sortBy: "createdOn",
        sortOrder: "desc",
      }),
  },
  {
    operationId: "getCommentThread",
    status: 200,
    pathParams: { site_id: SITE, comment_thread_id: THREAD },
    path: `/sites/${SITE}/comments/${THREAD}`,
    search: `?localeId=${LOCALE}`,
    call: (c) =>
      c.comments.getThread({ site_id: SITE, comment_thread_id: THREAD, localeId: LOCALE }),
  },
  {
    operationId: "listCommentReplies",
    status: 200,
    pathParams: { site_id: SITE, comment_thread_id: THREAD },
    path: `/sites/${SITE}/comments/${THREAD}/replies`,
    // offset 0 is a value, not an absent parameter.
    search: "?offset=0&limit=100&sortBy=lastUpdated&sortOrder=asc",
    call: (c) =>
      c.comments.listReplies({
        site_id: SITE,
        comment_thread_id: THREAD,
        offset: 0,
        limit: 100,
        sortBy: "lastUpdated",
        sortOrder: "asc",
      }),
  },
  {
    operationId: "listWebhooks",
    status: 200,
    pathParams: { site_id: SITE },
    path: `/sites/${SITE}/webhooks`,
    search: "",
    call: (c) => c.webhooks.list({ site_id: SITE }),
  },
  {
    operationId: "getWebhook",
    status: 200,
    pathParams: { webhook_id: WEBHOOK },
    path: `/webhooks/${WEBHOOK}`,
    search: "",
    call: (c) => c.webhooks.get({ webhook_id: WEBHOOK }),
  },
  {
    operationId: "createWebhook",
    status: 201,
    pathParams: { site_id: SITE },
    path: `/sites/${SITE}/webhooks`,
    search: "",
    body: webhookBody,
    call: (c) => c.webhooks.create({ site_id: SITE, body: webhookBody }),
  },
  {
    operationId: "removeWebhook",
    status: 204,
    pathParams: { webhook_id: WEBHOOK },
    path: `/webhooks/${WEBHOOK}`,
    search: "",
    call: (c) => c.webhooks.remove({ webhook_id: WEBHOOK }),
  },
];

function caseFor(operationId: string): OperationCase {
  const found = CASES.find((c) => c.operationId === operationId);
  if (found === undefined) throw new Error(`no case for ${operationId}`);
  return found;
}

describe("v2: every operation against a real server", () => {
  it("covers every operation of the spec exactly once", () => {
    expect(CASES.map((c) => c.operationId).sort()).toEqual([...SPEC.keys()].sort());
    expect(CASES).toHaveLength(13);
  });

  it.each(CASES.map((c) => [c.operationId, c] as const))(
    "%s: sends the documented request and resolves to the spec's example",
    async (_name, testCase) => {
      const op = specOp(testCase.operationId);
      const success = successResponse(op);
      expect(success.status).toBe(testCase.status);
      // The written-out path is the spec's template filled in.
      expect(fillPath(op.path, testCase.pathParams)).toBe(testCase.path);

      if (success.status === 204) {
        expect(success.hasExample).toBe(false);
        server.enqueue({ status: 204, headers: RATE });
      } else {
        expect(success.hasExample).toBe(true);
        server.enqueue({ status: success.status, headers: RATE, body: success.example });
      }

      const result = await testCase.call(client());

      expect(server.requests).toHaveLength(1);
      const req = server.requests[0]!;
      expect(req.method).toBe(op.method);
      expect(req.path).toBe(`/v2${testCase.path}`);
      expect(req.search).toBe(testCase.search);
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(req.headers.accept).toBe("application/json");
      expect(req.headers["accept-version"]).toBeUndefined();
      if (testCase.body === undefined) {
        expect(req.rawBody).toBe("");
        expect(req.headers["content-type"]).toBeUndefined();
      } else {
        expect(req.headers["content-type"]).toBe("application/json");
        expect(req.body).toEqual(testCase.body);
      }

      if (success.status === 204) expect(result).toBeUndefined();
      else expect(result).toStrictEqual(success.example);
    },
  );

  it("publishSite resolves with the 202 body", async () => {
    const success = successResponse(specOp("publishSite"));
    expect(success.status).toBe(202);
    server.enqueue({ status: 202, body: success.example });
    const result = await client().sites.publish({
      site_id: SITE,
      body: { publishToWebflowSubdomain: true },
    });
    expect(result).toStrictEqual(success.example);
    expect(result.publishScope).toBe("site");
    expect(server.requests[0]!.rawBody).toBe('{"publishToWebflowSubdomain":true}');
  });

  it("sends the query parameters the spec declares, in spec order", () => {
    const query = [...specOp("listCommentThreads").parameters]
      .filter(([, p]) => p.in === "query")
      .map(([name]) => name);
    expect(query).toEqual(["localeId", "offset", "limit", "sortBy", "sortOrder"]);
    const sent = new URLSearchParams(caseFor("listCommentThreads").search);
    expect([...sent.keys()]).toEqual(query);
  });

  it("sends no query string when no query parameter is given", async () => {
    const example = successResponse(specOp("listCommentThreads")).example;
    server.enqueue({ status: 200, body: example }, { status: 200, body: example });
    await client().comments.listThreads({ site_id: SITE });
    await client().comments.listThreads({ site_id: SITE, localeId: undefined, limit: undefined });
    for (const req of server.requests) {
      expect(req.url).toBe(`/v2/sites/${SITE}/comments`);
      expect(req.search).toBe("");
    }
  });

  it("sends only the query parameters that are given", async () => {
    server.enqueue({ status: 200, body: successResponse(specOp("listCommentReplies")).example });
    await client().comments.listReplies({ site_id: SITE, comment_thread_id: THREAD, limit: 5 });
    expect(server.requests[0]!.url).toBe(`/v2/sites/${SITE}/comments/${THREAD}/replies?limit=5`);
  });

  it("percent-encodes path parameters so they stay inside their segment", async () => {
    const example = successResponse(specOp("getSite")).example;
    server.enqueue({ status: 200, body: example });
    await client({ validateResponses: false }).sites.get({ site_id: "a/b?c#d e" });
    expect(server.requests[0]!.url).toBe("/v2/sites/a%2Fb%3Fc%23d%20e");
    expect(server.requests[0]!.path).toBe("/v2/sites/a%2Fb%3Fc%23d%20e");
    expect(server.requests[0]!.search).toBe("");

    server.enqueue({ status: 204 });
    await client().webhooks.remove({ webhook_id: "../sites" });
    expect(server.requests[1]!.method).toBe("DELETE");
    expect(server.requests[1]!.url).toBe("/v2/webhooks/..%2Fsites");
  });

  it("refuses a path parameter of '..' or '' without sending anything", async () => {
    await expect(client().webhooks.remove({ webhook_id: ".." })).rejects.toThrow(TypeError);
    await expect(client().sites.get({ site_id: "" })).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it("adds per-call and per-client headers but never lets them replace the token", async () => {
    server.enqueue({ status: 200, body: successResponse(specOp("listSites")).example });
    await client({ headers: { "X-Client": "e2e" } }).sites.list({
      headers: { "X-Request-Id": "req-1" },
    });
    const req = server.requests[0]!;
    expect(req.headers["x-client"]).toBe("e2e");
    expect(req.headers["x-request-id"]).toBe("req-1");
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);

    await expect(
      client().sites.list({ headers: { Authorization: "Bearer other" } }),
    ).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(1);
  });

  it("joins a base URL with a trailing slash without doubling it", async () => {
    server.enqueue({ status: 200, body: successResponse(specOp("listSites")).example });
    await client({ baseUrl: `${base}/` }).sites.list();
    expect(server.requests[0]!.url).toBe("/v2/sites");
  });
});

// ---------------------------------------------------------------------------------------------
// Error mapping
// ---------------------------------------------------------------------------------------------

type ApiErrorClass = abstract new (...args: never[]) => WebflowApiError;

const ERROR_CASES: ReadonlyArray<{ status: number; cls: ApiErrorClass; operationId: string }> = [
  { status: 400, cls: BadRequestError, operationId: "publishSite" },
  { status: 401, cls: UnauthorizedError, operationId: "getAuthorizedUser" },
  { status: 403, cls: ForbiddenError, operationId: "createWebhook" },
  { status: 404, cls: NotFoundError, operationId: "getSite" },
  { status: 409, cls: ConflictError, operationId: "createWebhook" },
  { status: 429, cls: TooManyRequestsError, operationId: "listCommentThreads" },
  { status: 500, cls: InternalServerError, operationId: "getWebhook" },
  { status: 503, cls: ServiceUnavailableError, operationId: "removeWebhook" },
];

describe("v2: error responses", () => {
  it("covers every error status the spec documents", () => {
    const documented = new Set<number>();
    for (const op of SPEC.values()) {
      for (const status of op.responses.keys()) if (status >= 400) documented.add(status);
    }
    expect([...documented].sort((a, b) => a - b)).toEqual(ERROR_CASES.map((c) => c.status));
  });

  it.each(ERROR_CASES.map((c) => [c.status, c.cls.name, c] as const))(
    "%i maps to %s with code, details, reference and rate limit",
    async (status, _name, { cls, operationId }) => {
      const op = specOp(operationId);
      const documented = op.responses.get(status);
      expect(documented?.hasExample).toBe(true);
      const example = documented!.example as { code: string; message: string };
      const details = [{ param: "site_id", description: "Provided ID is invalid" }, "free text"];
      const body = { ...example, externalReference: `ref-${status}`, details };
      server.enqueue({
        status,
        headers: { ...RATE, "Retry-After": "17" },
        body,
      });

      const testCase = caseFor(operationId);
      const error = await thrown(() => testCase.call(client({ retry: false })));

      expect(error).toBeInstanceOf(cls);
      expect(error).toBeInstanceOf(WebflowApiError);
      expect(error).toBeInstanceOf(WebflowError);
      for (const other of ERROR_CASES) {
        if (other.cls !== cls) expect(error).not.toBeInstanceOf(other.cls);
      }
      const e = error as WebflowApiError;
      expect(e.name).toBe(cls.name);
      expect(e.status).toBe(status);
      expect(e.code).toBe(example.code);
      expect(e.apiMessage).toBe(example.message);
      expect(e.details).toEqual(details);
      expect(e.externalReference).toBe(`ref-${status}`);
      expect(e.rateLimit).toEqual({ limit: 60, remaining: 42, retryAfterSeconds: 17 });
      expect(e.body).toEqual(body);
      expect(e.operationId).toBe(operationId);
      expect(e.method).toBe(op.method);
      expect(e.url).toBe(`${base}${testCase.path}${testCase.search}`);
      expect(e.headers.get("x-ratelimit-remaining")).toBe("42");
      expect(e.message).toContain(
        `${op.method} /v2${testCase.path} failed with ${status} ${example.code}: ${example.message}`,
      );
      expect(e.message).toContain("site_id: Provided ID is invalid");
      // retry: false: exactly one request, even for 429 and 5xx.
      expect(server.requests).toHaveLength(1);
      expectNoToken(error);
    },
  );

  // A class is thrown by every operation, so its doc must be the shared response's description,
  // not the override one operation gives it (createWebhook's 400 talks about trigger types).
  it("documents each error class with the shared response description", () => {
    const source = readFileSync(
      fileURLToPath(new URL("../../generated/src/v2/errors.ts", import.meta.url)),
      "utf8",
    );
    for (const { status, cls } of ERROR_CASES) {
      const shared = new Set<string>();
      for (const op of SPEC.values()) {
        const response = op.responses.get(status);
        if (response !== undefined) shared.add(response.sharedDescription);
      }
      expect(shared.size).toBe(1);
      const doc = new RegExp(`/\\*\\*\\n \\* (.*)\\n \\*/\\nexport class ${cls.name} `).exec(
        source,
      );
      expect(doc?.[1], cls.name).toBe(`HTTP ${status}. ${[...shared][0]}`);
    }
  });

  it("keeps null externalReference and missing details as null and []", async () => {
    server.enqueue({ status: 404, body: { code: "resource_not_found", message: "gone" } });
    const e = (await thrown(() => client().sites.get({ site_id: SITE }))) as WebflowApiError;
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.externalReference).toBeNull();
    expect(e.details).toEqual([]);
    expect(e.rateLimit).toEqual({});
  });

  it("delivers an unknown error code as-is", async () => {
    server.enqueue({
      status: 400,
      body: {
        code: "brand_new_code",
        message: "Something new",
        externalReference: null,
        details: [],
      },
    });
    const e = (await thrown(() => client().sites.list())) as WebflowApiError;
    expect(e).toBeInstanceOf(BadRequestError);
    expect(e.code).toBe("brand_new_code");
    expect(e.apiMessage).toBe("Something new");
    expect(isKnownErrorCode(e.code)).toBe(false);
    expect(isKnownErrorCode("resource_not_found")).toBe(true);
  });

  it("maps an undocumented status to a plain WebflowApiError", async () => {
    server.enqueue({
      status: 418,
      body: { code: "teapot", message: "I'm a teapot", externalReference: null, details: [] },
    });
    const e = (await thrown(() => client({ retry: false }).sites.list())) as WebflowApiError;
    expect(e.constructor).toBe(WebflowApiError);
    expect(e.name).toBe("WebflowApiError");
    expect(e.status).toBe(418);
    expect(e.code).toBe("teapot");
    for (const { cls } of ERROR_CASES) expect(e).not.toBeInstanceOf(cls);
  });

  it("maps a non-JSON error body (a proxy's HTML page) with the reason phrase", async () => {
    const html = "<html><body>Bad gateway</body></html>";
    server.enqueue({ status: 502, headers: { "Content-Type": "text/html" }, raw: html });
    const e = (await thrown(() => client({ retry: false }).sites.list())) as WebflowApiError;
    expect(e.constructor).toBe(WebflowApiError);
    expect(e.status).toBe(502);
    expect(e.code).toBe("unknown_error");
    expect(e.apiMessage).toBe("Bad Gateway");
    expect(e.body).toBe(html);
  });

  it("redacts the token when the server echoes it in the error body", async () => {
    server.enqueue({
      status: 401,
      body: {
        code: "not_authorized",
        message: `Token ${TOKEN} is revoked`,
        externalReference: null,
        details: [TOKEN],
      },
    });
    const e = (await thrown(() => client().token.introspect())) as WebflowApiError;
    expect(e).toBeInstanceOf(UnauthorizedError);
    expect(e.apiMessage).toBe("Token [REDACTED] is revoked");
    expectNoToken(e);
  });
});

// ---------------------------------------------------------------------------------------------
// Response validation
// ---------------------------------------------------------------------------------------------

describe("v2: response validation", () => {
  it("rejects a getSite body whose id is a number, with the issue at /id", async () => {
    server.enqueue({ status: 200, body: { id: 5 } });
    const e = await thrown(() => client().sites.get({ site_id: SITE }));
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect(e).toBeInstanceOf(WebflowError);
    const v = e as WebflowResponseValidationError;
    expect(v.issues.map((i) => i.path)).toEqual(["/id"]);
    expect(v.status).toBe(200);
    expect(v.operationId).toBe("getSite");
    expect(v.body).toEqual({ id: 5 });
    expect(v.message).toContain("/id");
    expectNoToken(e);
  });

  it("rejects a comment thread without author, with the issue at /comments/0/author", async () => {
    const body = clone(successResponse(specOp("listCommentThreads")).example) as {
      comments: Array<Record<string, unknown>>;
    };
    delete body.comments[0]!.author;
    server.enqueue({ status: 200, body });
    const e = await thrown(() => client().comments.listThreads({ site_id: SITE }));
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual([
      "/comments/0/author",
    ]);
  });

  it("rejects a single comment thread without author, with the issue at /author", async () => {
    const body = clone(successResponse(specOp("getCommentThread")).example) as Record<
      string,
      unknown
    >;
    delete body.author;
    server.enqueue({ status: 200, body });
    const e = await thrown(() =>
      client().comments.getThread({ site_id: SITE, comment_thread_id: THREAD }),
    );
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual(["/author"]);
  });

  it("returns the same bodies as-is with validateResponses: false", async () => {
    const thread = clone(successResponse(specOp("listCommentThreads")).example) as {
      comments: Array<Record<string, unknown>>;
    };
    delete thread.comments[0]!.author;
    server.enqueue({ status: 200, body: { id: 5 } }, { status: 200, body: thread });
    const loose = client({ validateResponses: false });
    expect(await loose.sites.get({ site_id: SITE })).toStrictEqual({ id: 5 });
    expect(await loose.comments.listThreads({ site_id: SITE })).toStrictEqual(thread);
  });

  it("rejects a 2xx body that is not JSON, with the issue at the root", async () => {
    server.enqueue({ status: 200, raw: "<html>maintenance</html>" });
    const e = await thrown(() => client().sites.list());
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual([""]);
  });
});

// ---------------------------------------------------------------------------------------------
// Retries and rate limit
// ---------------------------------------------------------------------------------------------

function tooMany(remaining: string): {
  status: number;
  headers: Record<string, string>;
  body: unknown;
} {
  return {
    status: 429,
    headers: { "Retry-After": "0", "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": remaining },
    body: {
      code: "too_many_requests",
      message: "Too many requests",
      externalReference: null,
      details: [],
    },
  };
}

describe("v2: retries and rate limit", () => {
  it("retries a 429 with Retry-After: 0 and succeeds after exactly 2 requests", async () => {
    const example = successResponse(specOp("listSites")).example;
    server.enqueue(tooMany("0"), {
      status: 200,
      headers: { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59" },
      body: example,
    });
    const seen: ResponseInfo[] = [];
    const result = await client({ onResponse: (info) => seen.push(info) }).sites.list();
    expect(result).toStrictEqual(example);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    // onResponse sees the final response of the call.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.status).toBe(200);
    expect(seen[0]!.operationId).toBe("listSites");
    expect(seen[0]!.rateLimit).toEqual({ limit: 60, remaining: 59 });
  });

  it("retries a 429 for a POST too, re-sending the same body", async () => {
    const example = successResponse(specOp("createWebhook")).example;
    server.enqueue(tooMany("0"), { status: 201, body: example });
    const result = await client().webhooks.create({ site_id: SITE, body: webhookBody });
    expect(result).toStrictEqual(example);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body).toEqual(webhookBody);
  });

  it("gives up after maxRetries and throws the last 429 with its rate limit", async () => {
    server.enqueue(tooMany("3"), tooMany("2"), tooMany("1"), tooMany("0"));
    const seen: ResponseInfo[] = [];
    const e = await thrown(() =>
      client({ retry: { maxRetries: 2 }, onResponse: (i) => seen.push(i) }).sites.list(),
    );
    expect(e).toBeInstanceOf(TooManyRequestsError);
    expect((e as TooManyRequestsError).rateLimit).toEqual({
      limit: 60,
      remaining: 1,
      retryAfterSeconds: 0,
    });
    expect(server.requests).toHaveLength(3);
    expect(server.pending()).toBe(1);
    expect(seen.map((i) => i.rateLimit.remaining)).toEqual([1]);
  });

  it("retries a 503 for GET but not a 500 for POST", async () => {
    const unavailable = {
      status: 503,
      headers: { "Retry-After": "0" },
      body: { code: "service_unavailable", message: "down", externalReference: null, details: [] },
    };
    server.enqueue(unavailable, unavailable, unavailable);
    const e1 = await thrown(() => client().webhooks.get({ webhook_id: WEBHOOK }));
    expect(e1).toBeInstanceOf(ServiceUnavailableError);
    expect(server.requests).toHaveLength(3);

    server.reset();
    server.enqueue({
      status: 500,
      headers: { "Retry-After": "0" },
      body: { code: "internal_error", message: "oops", externalReference: null, details: [] },
    });
    const e2 = await thrown(() => client().webhooks.create({ site_id: SITE, body: webhookBody }));
    expect(e2).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("reports rate-limit headers of a successful call to onResponse", async () => {
    server.enqueue({
      status: 200,
      headers: { "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "7" },
      body: successResponse(specOp("getAuthorizedUser")).example,
    });
    const seen: ResponseInfo[] = [];
    await client({ onResponse: (i) => seen.push(i) }).token.getAuthorizedUser();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.rateLimit.remaining).toBe(7);
    expect(seen[0]!.rateLimit.limit).toBe(120);
    expect(seen[0]!.url).toBe(`${base}/token/authorized_by`);
  });
});

// ---------------------------------------------------------------------------------------------
// Network failures
// ---------------------------------------------------------------------------------------------

describe("v2: network failures", () => {
  it("throws WebflowNetworkError for a closed port, without the token anywhere", async () => {
    const dead = `${await closedPortOrigin()}/v2`;
    const e = await thrown(() =>
      createWebflowClient({ token: TOKEN, baseUrl: dead, retry: false }).sites.get({
        site_id: SITE,
      }),
    );
    expect(e).toBeInstanceOf(WebflowNetworkError);
    expect(e).toBeInstanceOf(WebflowError);
    const n = e as WebflowNetworkError;
    expect(n.timedOut).toBe(false);
    expect(n.aborted).toBe(false);
    expect(n.operationId).toBe("getSite");
    expect(n.url).toBe(`${dead}/sites/${SITE}`);
    expect(n.message).toMatch(new RegExp(`^GET /v2/sites/${SITE} failed: .*ECONNREFUSED`));
    expectNoToken(e);
  });

  it("still throws WebflowNetworkError after retrying a closed port", async () => {
    const dead = `${await closedPortOrigin()}/v2`;
    const e = await thrown(() =>
      createWebflowClient({
        token: TOKEN,
        baseUrl: dead,
        retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 },
      }).webhooks.list({ site_id: SITE }),
    );
    expect(e).toBeInstanceOf(WebflowNetworkError);
    expectNoToken(e);
  });

  it("times out a server that never answers", async () => {
    server.enqueue({ status: 200, hang: true });
    const e = await thrown(() => client({ retry: false, timeoutMs: 100 }).sites.list());
    expect(e).toBeInstanceOf(WebflowNetworkError);
    expect((e as WebflowNetworkError).timedOut).toBe(true);
    expect((e as WebflowNetworkError).message).toBe("GET /v2/sites timed out after 100 ms");
    expectNoToken(e);
  });

  // A misconfigured baseUrl pointing at a proxy or echo service that reflects the request
  // headers: the runtime redacts the token from non-2xx bodies, and must do the same when the
  // reflected body comes with a 2xx and fails validation.
  it("keeps an echoed token out of a response validation error", async () => {
    server.enqueue({
      status: 200,
      body: { headers: { authorization: `Bearer ${TOKEN}`, accept: "application/json" } },
    });
    const e = await thrown(() => client().sites.list());
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual(["/sites"]);
    expectNoToken(e);
  });

  it("never puts the token in the message of a constructor error", () => {
    let error: unknown;
    try {
      createWebflowClient({ token: `${TOKEN}\n`, baseUrl: base });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    expectNoToken(error);
  });
});
