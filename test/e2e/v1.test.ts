/**
 * End-to-end: the generated legacy v1 client against a real HTTP server on 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  NotFoundError as V2NotFoundError,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowResponseValidationError,
  createWebflowV1Client,
  v1,
  type ClientConfig,
  type ResponseInfo,
} from "../../generated/src/index.js";
import { expectNoSecret, thrown } from "./assertions.js";
import { closedPortOrigin, startTestServer, type TestServer } from "./server.js";
import { clone, loadOperations, successResponse, type SpecOperation } from "./spec.js";

const TOKEN = "wf_e2e_v1_S3CRET_0a1b2c3d4e5f60718293";
const SPEC = loadOperations("webflow-v1.yaml");

function specOp(operationId: string): SpecOperation {
  const op = SPEC.get(operationId);
  if (op === undefined) throw new Error(`spec has no operation ${operationId}`);
  return op;
}

type V1Client = ReturnType<typeof createWebflowV1Client>;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

function client(config: Partial<ClientConfig> = {}): V1Client {
  // A trailing slash on the base URL must not produce "//info".
  return createWebflowV1Client({ token: TOKEN, baseUrl: `${server.origin}/`, ...config });
}


const expectNoToken = (error: unknown) => expectNoSecret(error, TOKEN);

const CASES = [
  {
    operationId: "getAuthorizedInfo",
    path: "/info",
    call: (c: V1Client) => c.meta.getAuthorizedInfo(),
  },
  {
    operationId: "getAuthorizedUser",
    path: "/user",
    call: (c: V1Client) => c.meta.getAuthorizedUser(),
  },
] as const;

describe("v1: every operation against a real server", () => {
  it("covers every operation of the spec exactly once", () => {
    expect(CASES.map((c) => c.operationId).sort()).toEqual([...SPEC.keys()].sort());
  });

  it.each(CASES.map((c) => [c.operationId, c] as const))(
    "%s: sends Accept-Version 1.0.0 and resolves to the spec's example",
    async (_name, testCase) => {
      const op = specOp(testCase.operationId);
      expect(op.path).toBe(testCase.path);
      expect(op.parameters.get("Accept-Version")).toEqual({ in: "header", required: true });
      const success = successResponse(op);
      expect(success.status).toBe(200);
      expect(success.hasExample).toBe(true);
      server.enqueue({
        status: 200,
        headers: { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "58" },
        body: success.example,
      });

      const seen: ResponseInfo[] = [];
      const result = await testCase.call(client({ onResponse: (i) => seen.push(i) }));

      expect(result).toStrictEqual(success.example);
      expect(server.requests).toHaveLength(1);
      const req = server.requests[0]!;
      expect(req.method).toBe(op.method);
      expect(req.url).toBe(testCase.path);
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(req.headers.accept).toBe("application/json");
      expect(req.headers["accept-version"]).toBe("1.0.0");
      expect(req.headers["content-type"]).toBeUndefined();
      expect(req.rawBody).toBe("");
      expect(seen.map((i) => i.rateLimit)).toEqual([{ limit: 60, remaining: 58 }]);
    },
  );
});

type ApiErrorClass = abstract new (...args: never[]) => WebflowApiError;

const V1_ERRORS: ReadonlyArray<readonly [number, ApiErrorClass]> = [
  [400, v1.BadRequestError],
  [401, v1.UnauthorizedError],
  [404, v1.NotFoundError],
  [429, v1.TooManyRequestsError],
  [500, v1.InternalServerError],
];

describe("v1: error responses", () => {
  it("covers every error status the spec documents", () => {
    const documented = new Set<number>();
    for (const op of SPEC.values()) {
      for (const status of op.responses.keys()) if (status >= 400) documented.add(status);
    }
    expect([...documented].sort((a, b) => a - b)).toEqual(V1_ERRORS.map(([s]) => s));
  });

  it.each(V1_ERRORS.map(([status, cls]) => [status, cls.name, cls] as const))(
    "%i with a v1 body maps to v1.%s with code and message normalized",
    async (status, _name, cls) => {
      const documented = specOp("getAuthorizedInfo").responses.get(status);
      expect(documented?.hasExample).toBe(true);
      const example = documented!.example as {
        msg: string;
        code: number;
        name: string;
        problems?: string[];
      };
      expect(example.code).toBe(status);
      server.enqueue({
        status,
        headers: { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0", "Retry-After": "9" },
        body: example,
      });

      const error = await thrown(() => client({ retry: false }).meta.getAuthorizedInfo());

      expect(error).toBeInstanceOf(cls);
      expect(error).toBeInstanceOf(WebflowApiError);
      expect(error).toBeInstanceOf(WebflowError);
      for (const [, other] of V1_ERRORS) if (other !== cls) expect(error).not.toBeInstanceOf(other);
      const e = error as WebflowApiError;
      expect(e.name).toBe(cls.name);
      expect(e.status).toBe(status);
      expect(e.code).toBe(example.name);
      expect(e.apiMessage).toBe(example.msg);
      expect(e.details).toEqual(example.problems ?? []);
      expect(e.externalReference).toBeNull();
      expect(e.body).toEqual(example);
      expect(e.rateLimit).toEqual({ limit: 60, remaining: 0, retryAfterSeconds: 9 });
      expect(e.operationId).toBe("getAuthorizedInfo");
      expect(e.message).toContain(
        `GET /info failed with ${status} ${example.name}: ${example.msg}`,
      );
      expect(server.requests).toHaveLength(1);
      expectNoToken(error);
    },
  );

  it("throws the one error hierarchy every namespace shares: a v1 404 is the root's NotFoundError", async () => {
    server.enqueue({
      status: 404,
      body: {
        msg: "Requested resource not found",
        code: 404,
        name: "NotFound",
        path: "/user",
        err: "NotFound: Requested resource not found",
      },
    });
    const e = await thrown(() => client().meta.getAuthorizedUser());
    expect(e).toBeInstanceOf(v1.NotFoundError);
    expect(e).toBeInstanceOf(V2NotFoundError);
    expect(v1.NotFoundError).toBe(V2NotFoundError);
    expect((e as WebflowApiError).details).toEqual([]);
  });

  it("maps a status v1 does not document (403) to the runtime's class for it", async () => {
    server.enqueue({
      status: 403,
      body: {
        msg: "Forbidden",
        code: 403,
        name: "Forbidden",
        path: "/info",
        err: "Forbidden: Forbidden",
      },
    });
    const e = (await thrown(() => client().meta.getAuthorizedInfo())) as WebflowApiError;
    expect(e.name).toBe("ForbiddenError");
    expect(e).toBeInstanceOf(WebflowApiError);
    expect(e.status).toBe(403);
    expect(e.code).toBe("Forbidden");
  });

  it("falls back to the numeric code when a v1 body has no name", async () => {
    server.enqueue({ status: 401, body: { msg: "Not Authorized", code: 401 } });
    const e = (await thrown(() => client().meta.getAuthorizedUser())) as WebflowApiError;
    expect(e).toBeInstanceOf(v1.UnauthorizedError);
    expect(e.code).toBe("401");
    expect(e.apiMessage).toBe("Not Authorized");
  });
});

describe("v1: validation, retries and network", () => {
  it("rejects a user without email, with the issue at /user/email", async () => {
    const body = clone(successResponse(specOp("getAuthorizedUser")).example) as {
      user: Record<string, unknown>;
    };
    delete body.user.email;
    server.enqueue({ status: 200, body }, { status: 200, body });
    const e = await thrown(() => client().meta.getAuthorizedUser());
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual([
      "/user/email",
    ]);
    expect(await client({ validateResponses: false }).meta.getAuthorizedUser()).toStrictEqual(body);
  });

  it("rejects an info body whose rateLimit is a string, with the issue at /rateLimit", async () => {
    const body = clone(successResponse(specOp("getAuthorizedInfo")).example) as Record<
      string,
      unknown
    >;
    body.rateLimit = "60";
    server.enqueue({ status: 200, body });
    const e = await thrown(() => client().meta.getAuthorizedInfo());
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual(["/rateLimit"]);
  });

  it("retries a 429 with Retry-After: 0 and sends Accept-Version every time", async () => {
    const example = successResponse(specOp("getAuthorizedInfo")).example;
    server.enqueue(
      {
        status: 429,
        headers: { "Retry-After": "0" },
        body: {
          msg: "Rate limit hit",
          code: 429,
          name: "RateLimit",
          path: "/info",
          err: "RateLimit: Rate limit hit",
        },
      },
      { status: 200, body: example },
    );
    expect(await client().meta.getAuthorizedInfo()).toStrictEqual(example);
    expect(server.requests).toHaveLength(2);
    for (const req of server.requests) expect(req.headers["accept-version"]).toBe("1.0.0");
  });

  it("throws WebflowNetworkError for a closed port, without the token anywhere", async () => {
    const dead = await closedPortOrigin();
    const e = await thrown(() =>
      createWebflowV1Client({ token: TOKEN, baseUrl: dead, retry: false }).meta.getAuthorizedUser(),
    );
    expect(e).toBeInstanceOf(WebflowNetworkError);
    expect((e as WebflowNetworkError).message).toMatch(/^GET \/user failed: .*ECONNREFUSED/);
    expectNoToken(e);
  });
});
