import { describe, expect, it } from "vitest";
import {
  describeValue,
  fail,
  hasOwn,
  isDate,
  isDateTime,
  isEmail,
  isPlainObject,
  isUri,
  issue,
  ok,
  pointerJoin,
  stringLength,
  summarizeIssues,
  unionIssue,
  type ValidationIssue,
} from "../../../templates/runtime/validation.js";

describe("pointerJoin", () => {
  it("appends plain keys and indexes", () => {
    expect(pointerJoin("", "sites")).toBe("/sites");
    expect(pointerJoin(pointerJoin("/sites", 0), "id")).toBe("/sites/0/id");
  });

  it("escapes ~ before / as RFC 6901 requires", () => {
    expect(pointerJoin("", "a/b")).toBe("/a~1b");
    expect(pointerJoin("", "m~n")).toBe("/m~0n");
    // "~1" literally must become "~01", not be mistaken for an escaped "/".
    expect(pointerJoin("", "~1")).toBe("/~01");
    expect(pointerJoin("/x", "")).toBe("/x/");
  });
});

describe("describeValue", () => {
  it("names JSON kinds", () => {
    expect(describeValue(null)).toBe("null");
    expect(describeValue([1, 2])).toBe("array");
    expect(describeValue({ a: 1 })).toBe("object");
    expect(describeValue(undefined)).toBe("undefined");
  });

  it("shows scalar values", () => {
    expect(describeValue(3)).toBe("number 3");
    expect(describeValue(-0.5)).toBe("number -0.5");
    expect(describeValue(true)).toBe("boolean true");
    expect(describeValue("ab")).toBe('string "ab"');
    expect(describeValue('say "hi"\n')).toBe('string "say \\"hi\\"\\n"');
  });

  it("truncates long strings to 40 characters with an ellipsis", () => {
    const long = "x".repeat(100);
    expect(describeValue(long)).toBe(`string "${"x".repeat(40)}…"`);
    expect(describeValue("y".repeat(40))).toBe(`string "${"y".repeat(40)}"`);
  });

  it("never cuts a surrogate pair in half", () => {
    const emoji = "😀".repeat(50);
    expect(describeValue(emoji)).toBe(`string "${"😀".repeat(40)}…"`);
  });
});

describe("issue", () => {
  it("builds the standard message", () => {
    expect(issue("/sites/0/id", "string", 5)).toEqual({
      path: "/sites/0/id",
      expected: "string",
      message: "/sites/0/id: expected string, got number 5",
      actual: "number 5",
    });
  });

  it('shows the root as "/"', () => {
    expect(issue("", "object", null).message).toBe("/: expected object, got null");
  });
});

describe("unionIssue and summarizeIssues", () => {
  /** The publishSite body's anyOf as a generated validator checks it: one variant per required field. */
  function checkPublishBody(value: unknown): ValidationIssue[] {
    const variants = ["customDomains", "publishToWebflowSubdomain"].map((field) =>
      isPlainObject(value) && !hasOwn(value, field)
        ? [issue(pointerJoin("", field), "required property", undefined)]
        : [],
    );
    return variants.some((found) => found.length === 0) ? [] : [unionIssue("", value, variants)];
  }

  it("names the fields of an anyOf that no variant matched", () => {
    const issues = checkPublishBody({});
    expect(issues).toEqual([
      {
        path: "",
        expected: "customDomains (required) or publishToWebflowSubdomain (required)",
        message:
          "/: expected customDomains (required) or publishToWebflowSubdomain (required), got object",
        actual: "object",
      },
    ]);
    expect(summarizeIssues(issues, "body")).toBe(
      "body: expected customDomains (required) or publishToWebflowSubdomain (required), got object",
    );
    expect(checkPublishBody({ customDomains: [] })).toEqual([]);
  });

  it("names nested fields relative to the union and keeps type-only variants short", () => {
    const found = unionIssue("/filter", 5, [
      [issue("/filter", "object", 5)],
      [
        issue("/filter/name", "string", undefined),
        issue("/filter/namespace", "required property", undefined),
      ],
      [issue("/filter", "object", 5)],
    ]);
    expect(found.expected).toBe("object or name: string and namespace (required)");
    expect(found.message).toBe(
      "/filter: expected object or name: string and namespace (required), got number 5",
    );
  });

  it("says when a oneOf matched several variants", () => {
    expect(unionIssue("", {}, [[], []], 2).expected).toBe("exactly one of any value (2 matched)");
  });

  it("names each field with its expectation, a missing one as missing, and counts the rest", () => {
    const issues = [
      issue("/url", "required property", undefined),
      issue("/triggerType", 'one of "form_submission", "site_publish"', "nope"),
      issue("", "object", []),
      issue("/a", "string", 1),
      issue("/b", "string", 2),
    ];
    expect(summarizeIssues(issues, "body")).toBe(
      '/url: required, but missing; /triggerType: expected one of "form_submission", "site_publish", got string "nope"; body: expected object, got array (and 2 more)',
    );
    expect(summarizeIssues(issues.slice(2, 3))).toBe("/: expected object, got array");
  });

  it("falls back to the message of an issue built without issue()", () => {
    const handMade: ValidationIssue = { path: "", expected: "x", message: "/: hand-made" };
    expect(summarizeIssues([handMade], "body")).toBe("/: hand-made");
  });
});

describe("isDateTime", () => {
  it.each([
    "2024-01-15T10:30:00Z",
    "2024-01-15T10:30:00.123Z",
    "2024-01-15T10:30:00.123456789+05:30",
    "2024-01-15t10:30:00z",
    "2024-02-29T00:00:00Z",
    "2000-02-29T00:00:00-00:00",
    "2016-12-31T23:59:60Z",
    "2016-12-31T18:59:60-05:00",
  ])("accepts %s", (s) => {
    expect(isDateTime(s)).toBe(true);
  });

  it.each([
    "2024-02-30T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z",
    "2024-04-31T00:00:00Z",
    "2024-13-01T00:00:00Z",
    "2024-00-10T00:00:00Z",
    "2024-01-00T00:00:00Z",
    "2024-01-15T24:00:00Z",
    "2024-01-15T10:60:00Z",
    "2024-01-15T10:30:61Z",
    "2024-01-15T10:30:60Z",
    "2024-01-15T10:30:00+24:00",
    "2024-01-15T10:30:00",
    "2024-01-15T10:30Z",
    "2024-01-15 10:30:00Z",
    "2024-01-15",
    "2024-01-15T10:30:00.Z",
    "2024-01-15T10:30:00+0530",
    " 2024-01-15T10:30:00Z",
    "",
  ])("rejects %j", (s) => {
    expect(isDateTime(s)).toBe(false);
  });
});

describe("isDate", () => {
  it.each(["2024-01-15", "2024-02-29", "2000-02-29", "1999-12-31", "0000-01-01"])(
    "accepts %s",
    (s) => {
      expect(isDate(s)).toBe(true);
    },
  );

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-1-15",
    "24-01-15",
    "+2024-01-15",
    "2024/01/15",
    "2024-01-15T00:00:00Z",
    "2024-01-15\n",
    " 2024-01-15",
    "２０２４-01-15",
    "",
  ])("rejects %j", (s) => {
    expect(isDate(s)).toBe(false);
  });
});

describe("stringLength", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["é", 1],
    ["😀", 1],
    ["a😀b", 3],
    ["👍🏽", 2],
    ["\ud800", 1],
  ])("counts %j as %i code points", (s, length) => {
    expect(stringLength(s)).toBe(length);
  });
});

describe("isUri", () => {
  it.each([
    "https://webflow.com/x?y=1#z",
    "http://localhost:8080",
    "mailto:a@b.co",
    "urn:isbn:0451450523",
  ])("accepts %s", (s) => {
    expect(isUri(s)).toBe(true);
  });

  it.each([
    "",
    "/relative/path",
    "webflow.com",
    "//example.com",
    "https://exa mple.com",
    " https://a.com",
    "https://a.com\n",
    "1http://a.com",
    "http://[::1",
  ])("rejects %j", (s) => {
    expect(isUri(s)).toBe(false);
  });
});

describe("isEmail", () => {
  it.each(["a@b.co", "first.last+tag@sub.example.org", "x_y@a-b.io"])("accepts %s", (s) => {
    expect(isEmail(s)).toBe(true);
  });

  it.each(["", "a@b", "@b.co", "a@.co", "a@b.", "a@b..co", "a b@c.co", "a@b@c.co", "a@b.co "])(
    "rejects %j",
    (s) => {
      expect(isEmail(s)).toBe(false);
    },
  );
});

describe("isPlainObject and hasOwn", () => {
  it("accepts objects only", () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject("x")).toBe(false);
  });

  it("sees own keys only, including a JSON __proto__ key", () => {
    const parsed = JSON.parse('{"__proto__": 1, "hasOwnProperty": 2}') as object;
    expect(hasOwn(parsed, "__proto__")).toBe(true);
    expect(hasOwn(parsed, "hasOwnProperty")).toBe(true);
    expect(hasOwn({}, "__proto__")).toBe(false);
    expect(hasOwn({}, "toString")).toBe(false);
  });
});

describe("ok and fail", () => {
  it("build both result shapes", () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
    const issues = [issue("", "string", 1)];
    expect(fail<string>(issues)).toEqual({ ok: false, issues });
  });
});

describe("edges found by mutation testing", () => {
  it("describes a bigint with its value", () => {
    expect(describeValue(5n)).toBe("bigint 5");
  });

  it("names a variant's issue outside the union's path by its full pointer", () => {
    expect(unionIssue("/a", 1, [[issue("/ab", "string", 1)], [issue("/b", "number", 1)]]).expected).toBe("/ab: string or /b: number");
  });

  it("says how many variants matched only when more than one did, joining the alternatives with or", () => {
    const variants = [[issue("", "string", 1)], [issue("", "boolean", 1)]];
    expect(unionIssue("", 1, variants, 1).expected).toBe("string or boolean");
    expect(unionIssue("", 1, variants, 2).expected).toBe("exactly one of string or boolean (2 matched)");
  });

  it("accepts offsets up to 23:59 and a leap second at 23:59 UTC whatever the offset", () => {
    expect(isDateTime("2024-01-01T00:00:00+23:00")).toBe(true);
    expect(isDateTime("2024-01-01T00:00:00+00:59")).toBe(true);
    expect(isDateTime("2024-01-01T00:00:00+24:00")).toBe(false);
    expect(isDateTime("2024-01-01T00:00:00+00:60")).toBe(false);
    expect(isDateTime("1990-12-31T15:59:60-08:00")).toBe(true);
    expect(isDateTime("1991-01-01T05:29:60+05:30")).toBe(true);
    expect(isDateTime("1991-01-01T05:30:60+05:30")).toBe(false);
  });
});
