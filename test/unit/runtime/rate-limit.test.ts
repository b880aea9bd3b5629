import { describe, expect, it } from "vitest";
import { readRateLimit } from "../../../templates/runtime/rate-limit.js";

const NOW = Date.UTC(2024, 0, 15, 12, 0, 0);

describe("readRateLimit", () => {
  it("reads all three headers", () => {
    const headers = new Headers({
      "X-RateLimit-Limit": "120",
      "X-RateLimit-Remaining": "7",
      "Retry-After": "60",
    });
    expect(readRateLimit(headers, NOW)).toEqual({
      limit: 120,
      remaining: 7,
      retryAfterSeconds: 60,
    });
  });

  it("returns an empty object when the headers are absent", () => {
    expect(readRateLimit(new Headers(), NOW)).toEqual({});
  });

  it("keeps zero values", () => {
    const headers = new Headers({ "x-ratelimit-remaining": "0", "retry-after": "0" });
    expect(readRateLimit(headers, NOW)).toEqual({ remaining: 0, retryAfterSeconds: 0 });
  });

  it("trims surrounding whitespace", () => {
    expect(readRateLimit(new Headers({ "X-RateLimit-Limit": " 60 " }), NOW)).toEqual({ limit: 60 });
  });

  it.each(["-1", "1.5", "abc", "", "60, 60", "1e3", "99999999999999999999"])(
    "ignores malformed value %j",
    (value) => {
      const headers = new Headers({
        "X-RateLimit-Limit": value,
        "X-RateLimit-Remaining": value,
        "Retry-After": value,
      });
      expect(readRateLimit(headers, NOW)).toEqual({});
    },
  );

  it("converts an IMF-fixdate Retry-After to seconds from now, rounding up", () => {
    const headers = new Headers({ "Retry-After": "Mon, 15 Jan 2024 12:01:30 GMT" });
    expect(readRateLimit(headers, NOW)).toEqual({ retryAfterSeconds: 90 });
    expect(readRateLimit(headers, NOW + 500)).toEqual({ retryAfterSeconds: 90 });
  });

  it("accepts the obsolete RFC 850 and asctime forms", () => {
    expect(
      readRateLimit(new Headers({ "Retry-After": "Monday, 15-Jan-24 12:00:10 GMT" }), NOW),
    ).toEqual({
      retryAfterSeconds: 10,
    });
    expect(readRateLimit(new Headers({ "Retry-After": "Mon Jan 15 12:00:20 2024" }), NOW)).toEqual({
      retryAfterSeconds: 20,
    });
    expect(readRateLimit(new Headers({ "Retry-After": "Mon Jan  8 12:00:00 2024" }), NOW)).toEqual({
      retryAfterSeconds: 0,
    });
  });

  it("clamps a date in the past to 0", () => {
    const headers = new Headers({ "Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT" });
    expect(readRateLimit(headers, NOW)).toEqual({ retryAfterSeconds: 0 });
  });

  it.each([
    "Mon, 31 Feb 2024 12:00:00 GMT",
    "Mon, 15 Foo 2024 12:00:00 GMT",
    "Mon, 15 Jan 2024 25:00:00 GMT",
    "Mon, 15 Jan 2024 12:00:00 PST",
    "2024-01-15T12:01:00Z",
    "tomorrow",
  ])("ignores malformed date %j", (value) => {
    expect(readRateLimit(new Headers({ "Retry-After": value }), NOW)).toEqual({});
  });
});

describe("readRateLimit: HTTP-date edges", () => {
  const now = Date.UTC(2026, 0, 1, 0, 0, 0);
  const retryAfter = (value: string) => readRateLimit(new Headers({ "Retry-After": value }), now).retryAfterSeconds;

  it("reads an RFC 850 two-digit year as within 50 years ahead, else the past century", () => {
    expect(retryAfter("Friday, 06-Nov-76 00:00:00 GMT")).toBe((Date.UTC(2076, 10, 6) - now) / 1000);
    expect(retryAfter("Saturday, 06-Nov-77 00:00:00 GMT")).toBe(0);
    expect(retryAfter("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(0);
    expect(retryAfter("Thursday, 01-Jan-26 00:01:00 GMT")).toBe(60);
  });

  it("accepts the last hour, minute and leap second of a day and nothing past them", () => {
    expect(retryAfter("Thu, 01 Jan 2026 23:00:00 GMT")).toBe(23 * 3600);
    expect(retryAfter("Thu, 01 Jan 2026 00:59:00 GMT")).toBe(59 * 60);
    expect(retryAfter("Thu, 01 Jan 2026 00:00:60 GMT")).toBe(60);
    expect(retryAfter("Thu, 01 Jan 2026 24:00:00 GMT")).toBeUndefined();
    expect(retryAfter("Thu, 01 Jan 2026 00:60:00 GMT")).toBeUndefined();
    expect(retryAfter("Thu, 01 Jan 2026 00:00:61 GMT")).toBeUndefined();
  });

  it("leaves a malformed count out rather than setting it undefined", () => {
    const info = readRateLimit(new Headers({ "X-RateLimit-Limit": "x", "X-RateLimit-Remaining": "-1", "Retry-After": "soon" }), now);
    expect(Object.keys(info)).toEqual([]);
  });
});
