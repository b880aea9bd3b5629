import { describe, expect, it } from "vitest";
import {
  API_ERROR_CLASSES,
  type ApiErrorInit,
  assertScopes,
  BadGatewayError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  GatewayTimeoutError,
  InternalServerError,
  MissingScopesError,
  NotFoundError,
  parseMissingScopes,
  ServiceUnavailableError,
  toApiError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowRateLimitError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../../../templates/runtime/errors.js";
import { issue, unionIssue } from "../../../templates/runtime/validation.js";

function init(overrides: Partial<ApiErrorInit>): ApiErrorInit {
  return {
    status: 404,
    operationId: "getSite",
    method: "GET",
    url: "https://api.webflow.com/v2/sites/abc?secret=1",
    body: "",
    headers: new Headers(),
    rateLimit: {},
    ...overrides,
  };
}

describe("WebflowApiError", () => {
  it("normalizes a v2 body", () => {
    const body = {
      code: "resource_not_found",
      message: "Requested resource not found",
      externalReference: "ref-1",
      details: [],
    };
    const error = new WebflowApiError(init({ body, rateLimit: { remaining: 3 } }));
    expect(error).toBeInstanceOf(WebflowError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("WebflowApiError");
    expect(error.status).toBe(404);
    expect(error.code).toBe("resource_not_found");
    expect(error.apiMessage).toBe("Requested resource not found");
    expect(error.externalReference).toBe("ref-1");
    expect(error.details).toEqual([]);
    expect(error.body).toBe(body);
    expect(error.rateLimit).toEqual({ remaining: 3 });
    expect(error.message).toBe(
      "GET /v2/sites/abc failed with 404 resource_not_found: Requested resource not found",
    );
  });

  it("lists the first details in the message", () => {
    const details = [
      { param: "url", description: "must be https" },
      "plain detail",
      { other: true },
      "d4",
      "d5",
      "d6",
      "d7",
    ];
    const error = new WebflowApiError(
      init({
        status: 400,
        method: "POST",
        body: { code: "validation_error", message: "Validation Failure", details },
      }),
    );
    expect(error.details).toBe(details);
    expect(error.externalReference).toBeNull();
    expect(error.message).toBe(
      'POST /v2/sites/abc failed with 400 validation_error: Validation Failure [url: must be https; plain detail; {"other":true}; d4; d5; 2 more]',
    );
  });

  it("normalizes a legacy v1 body", () => {
    const body = {
      msg: "Invalid parameter",
      code: 400,
      name: "ValidationError",
      path: "/info",
      err: "ValidationError: Invalid parameter",
      problems: ["Field 'x' is required"],
    };
    const error = new WebflowApiError(init({ status: 400, body }));
    expect(error.code).toBe("ValidationError");
    expect(error.apiMessage).toBe("Invalid parameter");
    expect(error.details).toEqual(["Field 'x' is required"]);
    expect(error.externalReference).toBeNull();
  });

  it("falls back to the numeric v1 code and empty details", () => {
    const error = new WebflowApiError(
      init({ status: 401, body: { msg: "Not authorized", code: 401 } }),
    );
    expect(error.code).toBe("401");
    expect(error.details).toEqual([]);
    expect(error.message).toBe("GET /v2/sites/abc failed with 401 401: Not authorized");
  });

  it.each([
    ["", 502, "Bad Gateway"],
    ["<html>oops</html>", 503, "Service Unavailable"],
    [{ error: "weird" }, 500, "Internal Server Error"],
    [null, 599, "HTTP 599"],
  ])("gives %j with status %i code unknown_error", (body, status, reason) => {
    const error = new WebflowApiError(init({ status, body }));
    expect(error.code).toBe("unknown_error");
    expect(error.apiMessage).toBe(reason);
    expect(error.body).toBe(body);
    expect(error.message).toBe(`GET /v2/sites/abc failed with ${status} unknown_error: ${reason}`);
  });

  it("takes the name of a generated subclass", () => {
    class NotFoundError extends WebflowApiError {}
    const error = new NotFoundError(init({}));
    expect(error.name).toBe("NotFoundError");
    expect(error).toBeInstanceOf(WebflowApiError);
    expect(String(error)).toMatch(/^NotFoundError: GET \/v2\/sites\/abc failed/);
  });
});

describe("WebflowNetworkError", () => {
  const base = {
    operationId: "listSites",
    method: "GET",
    url: "https://api.webflow.com/v2/sites?x=1",
  };

  it("reports the underlying code of a fetch failure", () => {
    const cause = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
    });
    const error = new WebflowNetworkError({ ...base, cause, timedOut: false, aborted: false });
    expect(error.name).toBe("WebflowNetworkError");
    expect(error.cause).toBe(cause);
    expect(error.message).toBe("GET /v2/sites failed: fetch failed (ECONNREFUSED)");
  });

  it("reports timeouts and aborts", () => {
    expect(
      new WebflowNetworkError({
        ...base,
        cause: null,
        timedOut: true,
        aborted: false,
        timeoutMs: 50,
      }).message,
    ).toBe("GET /v2/sites timed out after 50 ms");
    const aborted = new WebflowNetworkError({
      ...base,
      cause: "stop",
      timedOut: false,
      aborted: true,
    });
    expect(aborted.aborted).toBe(true);
    expect(aborted.message).toBe("GET /v2/sites was aborted by the caller");
  });
});

describe("WebflowResponseValidationError", () => {
  it("lists the first three issues and counts the rest", () => {
    const issues = [
      issue("/a", "string", 1),
      issue("/b", "string", 2),
      issue("/c", "string", 3),
      issue("/d", "string", 4),
      issue("/e", "string", 5),
    ];
    const error = new WebflowResponseValidationError({
      operationId: "listSites",
      method: "GET",
      url: "https://api.webflow.com/v2/sites",
      status: 200,
      issues,
      body: {},
    });
    expect(error.name).toBe("WebflowResponseValidationError");
    expect(error.issues).toBe(issues);
    expect(error.message).toBe(
      "GET /v2/sites returned 200 with a body that does not match the listSites response schema: " +
        "/a: expected string, got number 1; /b: expected string, got number 2; /c: expected string, got number 3 (and 2 more)",
    );
  });
});

describe("one error class per common status", () => {
  it.each([
    [400, BadRequestError, "BadRequestError"],
    [401, UnauthorizedError, "UnauthorizedError"],
    [403, ForbiddenError, "ForbiddenError"],
    [404, NotFoundError, "NotFoundError"],
    [409, ConflictError, "ConflictError"],
    [422, UnprocessableEntityError, "UnprocessableEntityError"],
    [429, TooManyRequestsError, "TooManyRequestsError"],
    [500, InternalServerError, "InternalServerError"],
    [502, BadGatewayError, "BadGatewayError"],
    [503, ServiceUnavailableError, "ServiceUnavailableError"],
    [504, GatewayTimeoutError, "GatewayTimeoutError"],
  ] as const)("maps %i to its class", (status, ErrorClass, name) => {
    const error = toApiError(init({ status, body: { code: "c", message: "m" } }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(WebflowApiError);
    expect(error.constructor).toBe(ErrorClass);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
    expect(String(error)).toBe(`${name}: GET /v2/sites/abc failed with ${status} c: m`);
    expect(API_ERROR_CLASSES.get(status)).toBe(ErrorClass);
  });

  it("has exactly the documented set, and any other status is a plain WebflowApiError", () => {
    expect([...API_ERROR_CLASSES.keys()]).toEqual([
      400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504,
    ]);
    for (const status of [402, 405, 418, 501, 599]) {
      const error = toApiError(init({ status }));
      expect(error.constructor).toBe(WebflowApiError);
      expect(error.status).toBe(status);
    }
  });

  it("does not reach the prototype through a status", () => {
    expect(toApiError(init({ status: "constructor" as unknown as number })).constructor).toBe(
      WebflowApiError,
    );
  });

  it("gives a 429 its Retry-After as retryAfter, in seconds", () => {
    const error = toApiError(
      init({ status: 429, rateLimit: { retryAfterSeconds: 60, remaining: 0 } }),
    );
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect((error as TooManyRequestsError).retryAfter).toBe(60);
    expect((toApiError(init({ status: 429 })) as TooManyRequestsError).retryAfter).toBeUndefined();
  });
});

describe("MissingScopesError", () => {
  const forbidden = (message: string, details: unknown[] = [], code = "missing_scopes") =>
    toApiError(init({ status: 403, body: { code, message, externalReference: null, details } }));

  it.each([
    ["You are missing the following scopes - sites:read, cms:read", ["sites:read", "cms:read"]],
    ["You are missing the following scopes - sites:read,cms:read.", ["sites:read", "cms:read"]],
    ["You are missing the following scope - sites:write", ["sites:write"]],
    ["Missing scopes: sites:read cms:read", ["sites:read", "cms:read"]],
    [
      'Missing scopes: ["pages:read","workspace_activity:read"]',
      ["pages:read", "workspace_activity:read"],
    ],
    ["missing_scopes: 'authorized_user:read'", ["authorized_user:read"]],
    ["sites:read and cms:write are required for this request", ["sites:read", "cms:write"]],
    ["Request requires scopes (sites:read | sites:read)", ["sites:read"]],
    ["You are missing the following scopes", []],
  ])("reads the scopes of %j", (message, scopes) => {
    const error = forbidden(message);
    expect(error).toBeInstanceOf(MissingScopesError);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error.name).toBe("MissingScopesError");
    expect(error.status).toBe(403);
    expect((error as MissingScopesError).missingScopes).toEqual(scopes);
    expect((error as MissingScopesError).sent).toBe(true);
    expect(error.message).toBe(`GET /v2/sites/abc failed with 403 missing_scopes: ${message}`);
  });

  it("reads scopes from the details too, and ignores URLs and times", () => {
    expect(
      parseMissingScopes("Missing scopes, see https://developers.webflow.com at 12:30", [
        "cms:read",
        { param: "scope", description: "forms:read" },
      ]),
    ).toEqual(["cms:read", "forms:read"]);
  });

  it("is a plain ForbiddenError for any other 403", () => {
    const error = forbidden("You may not access sites:read things", [], "forbidden");
    expect(error.constructor).toBe(ForbiddenError);
  });

  it("recognises a v1 body naming missing_scopes", () => {
    const error = toApiError(
      init({
        status: 403,
        body: { msg: "Missing scopes: sites:read", code: 403, name: "missing_scopes" },
      }),
    );
    expect((error as MissingScopesError).missingScopes).toEqual(["sites:read"]);
  });

  it("is thrown before a call by a client that knows the token's scopes", () => {
    const error = new MissingScopesError({
      operationId: "publishSite",
      missingScopes: ["sites:write"],
    });
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toBeInstanceOf(WebflowApiError);
    expect(error.sent).toBe(false);
    expect(error.status).toBe(403);
    expect(error.code).toBe("missing_scopes");
    expect(error.missingScopes).toEqual(["sites:write"]);
    expect(error.message).toBe("publishSite was not sent: the token lacks the scope sites:write");
    expect(String(error)).toBe(
      "MissingScopesError: publishSite was not sent: the token lacks the scope sites:write",
    );
  });

  it("assertScopes names every missing scope and passes when none is", () => {
    expect(() => assertScopes("getSite", ["sites:read"], ["sites:read", "cms:read"])).not.toThrow();
    let caught: unknown;
    try {
      assertScopes("listCommentThreads", ["comments:read", "sites:read"], new Set(["sites:read"]));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MissingScopesError);
    expect((caught as MissingScopesError).missingScopes).toEqual(["comments:read"]);
    expect((caught as Error).message).toBe(
      "listCommentThreads was not sent: the token lacks the scope comments:read",
    );
  });
});

describe("WebflowRequestValidationError", () => {
  it("names the field, never a bare '/: expected object or object'", () => {
    const error = new WebflowRequestValidationError({
      operationId: "publishSite",
      method: "POST",
      issues: [
        unionIssue("", {}, [
          [issue("/customDomains", "required property", undefined)],
          [issue("/publishToWebflowSubdomain", "required property", undefined)],
        ]),
      ],
    });
    expect(error.message).toBe(
      "publishSite: the request body does not match the spec, so it was not sent: " +
        "body: expected customDomains (required) or publishToWebflowSubdomain (required), got object",
    );
    expect(error.message).not.toContain("object or object");
  });

  it("names nested and missing fields", () => {
    const error = new WebflowRequestValidationError({
      operationId: "createWebhook",
      method: "POST",
      issues: [issue("/url", "required property", undefined), issue("/filter/name", "string", 7)],
    });
    expect(error.message).toBe(
      "createWebhook: the request body does not match the spec, so it was not sent: " +
        "/url: required, but missing; /filter/name: expected string, got number 7",
    );
  });
});

describe("WebflowRateLimitError", () => {
  it("says how long the wait would have been, in whole seconds", () => {
    const error = new WebflowRateLimitError({
      operationId: "listSites",
      method: "GET",
      waitMs: 12_300,
    });
    expect(error).toBeInstanceOf(WebflowError);
    expect(error.retryAfter).toBe(13);
    expect(error.message).toBe(
      "listSites was not sent: the rate limit frees a slot in 13 s, after the call's deadline",
    );
  });
});

describe("WebflowNetworkError.code", () => {
  it("finds the system error code under fetch's error and inside an AggregateError", () => {
    const refused = Object.assign(new Error("connect"), { code: "ECONNREFUSED" });
    const aggregate = new TypeError("fetch failed", { cause: new AggregateError([refused]) });
    const error = new WebflowNetworkError({
      operationId: "x",
      method: "POST",
      url: "http://h/x",
      cause: aggregate,
      timedOut: false,
      aborted: false,
    });
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.message).toBe("POST /x failed: fetch failed (ECONNREFUSED)");
    expect(
      new WebflowNetworkError({
        operationId: "x",
        method: "GET",
        url: "http://h/x",
        cause: new TypeError("Failed to fetch"),
        timedOut: false,
        aborted: false,
      }).code,
    ).toBeUndefined();
  });
});
