/**
 * Reading Webflow's rate-limit headers. Webflow limits each token per minute and reports the
 * budget on every response (`X-RateLimit-Limit`, `X-RateLimit-Remaining`); a 429 carries
 * `Retry-After`. The official SDK hides these; this client reports them to `onResponse` for the
 * final response of each call and on every API error.
 */
import type { RateLimitInfo } from "./errors.js";
export type { RateLimitInfo } from "./errors.js";
/**
 * Reads `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `Retry-After` from response headers.
 * `Retry-After` may be delay-seconds or an HTTP-date (converted to whole seconds from `now`,
 * never negative). Malformed or absent values are left out rather than guessed.
 *
 * @param now Current time in epoch ms; a parameter so callers and tests can pin the clock.
 */
export declare function readRateLimit(headers: Headers, now?: number): RateLimitInfo;
