/**
 * The edges of reading what a server or the platform said into an error: error bodies that are half v2,
 * half v1 or neither, details of every shape, URLs that do not parse, causes nested deep or not errors at
 * all, and the scopes of a 403 in the spellings a gateway or an old API version may use.
 */
import { describe, expect, it } from "vitest";
import {
  type ApiErrorInit,
  MissingScopesError,
  NotFoundError,
  parseMissingScopes,
  toApiError,
  WebflowApiError,
  WebflowNetworkError,
} from "../../../templates/runtime/errors.js";

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

const apiError = (body: unknown, status = 404) => new WebflowApiError(init({ status, body }));

describe("error bodies", () => {
  it("a v2 body whose message is not a string gets the reason phrase", () => {
    const error = apiError({ code: "resource_not_found", message: 5 });
    expect(error.apiMessage).toBe("Not Found");
    expect(error.message).toBe("GET /v2/sites/abc failed with 404 resource_not_found: Not Found");
  });

  it("a v1 body is recognised by its msg alone or its numeric code alone", () => {
    const msgOnly = apiError({ msg: "Site is gone" }, 410);
    expect([msgOnly.code, msgOnly.apiMessage]).toEqual(["unknown_error", "Site is gone"]);
    const codeOnly = apiError({ code: 500, msg: 7 }, 500);
    expect([codeOnly.code, codeOnly.apiMessage]).toEqual(["500", "Internal Server Error"]);
    const named = apiError({ code: 400, name: "ValidationError", problems: ["field x"] }, 400);
    expect([named.code, named.apiMessage, named.details]).toEqual(["ValidationError", "Bad Request", ["field x"]]);
  });

  it("a body of neither shape is an unknown error with the reason phrase, or the status without one", () => {
    const neither = apiError({ name: "Oops", problems: ["p"] }, 400);
    expect([neither.code, neither.apiMessage, neither.details]).toEqual(["unknown_error", "Bad Request", []]);
    expect(apiError("<html>", 418).message).toBe("GET /v2/sites/abc failed with 418 unknown_error: HTTP 418");
  });

  it("shows a detail as param: description only when both are strings, otherwise as JSON", () => {
    const error = apiError({
      code: "validation_error",
      message: "Bad",
      details: [{ param: "name", description: "required" }, { description: "only this" }, { param: "p" }, { param: "n", description: 3 }],
    });
    expect(error.message).toBe(
      'GET /v2/sites/abc failed with 404 validation_error: Bad [name: required; {"description":"only this"}; {"param":"p"}; {"param":"n","description":3}]',
    );
  });

  it("cuts a detail longer than 200 characters of JSON, and only then", () => {
    // `"` + 198 characters + `"` is 200 characters of JSON.
    const exact = "a".repeat(198);
    const longer = "b".repeat(199);
    const error = apiError({ code: "c", message: "m", details: [[exact], { k: longer }] });
    const shownLonger = JSON.stringify({ k: longer }).slice(0, 200);
    expect(JSON.stringify([exact])).toHaveLength(202);
    expect(error.message).toBe(`GET /v2/sites/abc failed with 404 c: m [${JSON.stringify([exact]).slice(0, 200)}…; ${shownLonger}…]`);
    const fits = apiError({ code: "c", message: "m", details: [{ k: "x".repeat(192) }] });
    expect(JSON.stringify({ k: "x".repeat(192) })).toHaveLength(200);
    expect(fits.message).toBe(`GET /v2/sites/abc failed with 404 c: m [${JSON.stringify({ k: "x".repeat(192) })}]`);
  });

  it("shows five details in the message and counts the rest only when there are more", () => {
    const five = apiError({ code: "c", message: "m", details: ["1", "2", "3", "4", "5"] });
    expect(five.message).toBe("GET /v2/sites/abc failed with 404 c: m [1; 2; 3; 4; 5]");
    const six = apiError({ code: "c", message: "m", details: ["1", "2", "3", "4", "5", "6"] });
    expect(six.message).toBe("GET /v2/sites/abc failed with 404 c: m [1; 2; 3; 4; 5; 1 more]");
    expect(six.details).toHaveLength(6);
  });

  it("names a URL that does not parse by what comes before its query or fragment", () => {
    expect(new WebflowApiError(init({ url: "sites/abc?token=x#frag" })).message).toBe("GET sites/abc failed with 404 unknown_error: Not Found");
    expect(new WebflowApiError(init({ url: "sites#x" })).message).toBe("GET sites failed with 404 unknown_error: Not Found");
  });

  it("only a 403 is a MissingScopesError, whatever the code", () => {
    const error = toApiError(init({ status: 404, body: { code: "missing_scopes", message: "sites:read" } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).not.toBeInstanceOf(MissingScopesError);
  });
});

describe("network error causes", () => {
  const base = { operationId: "listSites", method: "GET", url: "https://api.webflow.com/v2/sites", timedOut: false, aborted: false };

  it("quotes a cause that is not an Error as it is, and an Error without a code without one", () => {
    expect(new WebflowNetworkError({ ...base, cause: "socket hang up" }).message).toBe("GET /v2/sites failed: socket hang up");
    expect(new WebflowNetworkError({ ...base, cause: new TypeError("fetch failed") }).message).toBe("GET /v2/sites failed: fetch failed");
  });

  it("finds a code up to four causes deep, through errors lists too, and no deeper", () => {
    const deep = (levels: number, inner: object): object => (levels === 0 ? inner : { cause: deep(levels - 1, inner) });
    expect(new WebflowNetworkError({ ...base, cause: deep(4, { code: "ECONNRESET" }) }).code).toBe("ECONNRESET");
    expect(new WebflowNetworkError({ ...base, cause: deep(5, { code: "ECONNRESET" }) }).code).toBeUndefined();
    const list = (levels: number, inner: object): object => (levels === 0 ? inner : { errors: [list(levels - 1, inner)] });
    expect(new WebflowNetworkError({ ...base, cause: list(4, { code: "EHOSTUNREACH" }) }).code).toBe("EHOSTUNREACH");
    expect(new WebflowNetworkError({ ...base, cause: list(5, { code: "EHOSTUNREACH" }) }).code).toBeUndefined();
  });

  it("takes the first inner error that has a code", () => {
    const cause = { errors: [{ message: "no code" }, { code: "ENETUNREACH" }, { code: "ECONNREFUSED" }] };
    expect(new WebflowNetworkError({ ...base, cause }).code).toBe("ENETUNREACH");
  });

  it("has no code when it timed out or was aborted, whatever the cause says", () => {
    const cause = { code: "ECONNRESET" };
    expect(new WebflowNetworkError({ ...base, cause, timedOut: true }).code).toBeUndefined();
    expect(new WebflowNetworkError({ ...base, cause, aborted: true }).code).toBeUndefined();
    expect(new WebflowNetworkError({ ...base, cause }).code).toBe("ECONNRESET");
  });

  it("says ? for a timeout it was not told", () => {
    expect(new WebflowNetworkError({ ...base, cause: undefined, timedOut: true }).message).toBe("GET /v2/sites timed out after ? ms");
  });
});

describe("missing scopes", () => {
  it("a token named scope: or scopes: is the list's label, not a scope", () => {
    expect(parseMissingScopes("missing scope:sites_read, scopes:cms and assets:read")).toEqual(["assets:read"]);
  });

  it("reads string values of object details and skips every other kind of detail", () => {
    expect(parseMissingScopes("Missing scopes", [null, 5, ["cms:read"], { n: 5, s: "forms:read", nested: { t: "x:y" } }, "sites:read"])).toEqual([
      "forms:read",
      "sites:read",
    ]);
  });

  it("a refusal before sending names the scopes in the message and the body, with no details", () => {
    const one = new MissingScopesError({ operationId: "publishSite", missingScopes: ["sites:write"] });
    const two = new MissingScopesError({ operationId: "publishSite", missingScopes: ["sites:write", "pages:write"] });
    expect(two.message).toBe("publishSite was not sent: the token lacks the scopes sites:write, pages:write");
    expect(two.apiMessage).toBe("You are missing the following scopes - sites:write, pages:write");
    expect(one.apiMessage).toBe("You are missing the following scopes - sites:write");
    expect(two.details).toEqual([]);
    expect([two.method, two.url]).toEqual(["", ""]);
    const located = new MissingScopesError({ operationId: "publishSite", missingScopes: ["sites:write"], method: "POST", url: "https://h/v2/sites/s/publish" });
    expect([located.method, located.url]).toEqual(["POST", "https://h/v2/sites/s/publish"]);
  });
});
