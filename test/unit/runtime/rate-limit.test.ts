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
