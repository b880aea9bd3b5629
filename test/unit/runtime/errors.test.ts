import { describe, expect, it } from "vitest";
import {
  type ApiErrorInit,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowResponseValidationError,
} from "../../../templates/runtime/errors.js";
import { issue } from "../../../templates/runtime/validation.js";

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
