/**
 * Plan-aware rate limiting, opt in: `createWebflowClient({ token, rateLimit: createRateLimiter({
 * requestsPerMinute: 60 }) })`. Webflow counts requests per API key and per minute (60 on Starter
 * and Basic plans, 120 on CMS, eCommerce and Business, custom on Enterprise); past that it answers
 * 429 and asks for a wait of about a minute. The limiter queues calls instead, so that everyone
 * sharing it stays under the plan's number in every window of a minute:
 *
 * - it keeps the send times of the last window (a sliding log, so no burst at a window's edge);
 * - it adapts to the server: when `X-RateLimit-Remaining` says fewer requests are left than the
 *   log counts (another program uses the key), the difference is booked as sent now; a 429 stops
 *   everyone for its `Retry-After`; an `X-RateLimit-Limit` below the configured number wins;
 * - it keeps `publishSite` (or the operations of `oncePerWindow`) to one per window per site,
 *   since Webflow publishes a site at most once a minute.
 *
 * A limiter is a value: pass one to several clients (the v1 and the v2 client of one key) and they
 * share its budget. Its state lives in a {@link RateLimitStore}, in memory by default; processes
 * or workers sharing a key share one budget by passing a store backed by something they all
 * reach (Redis, a database, a SharedArrayBuffer). The store needs two operations, `get` and an
 * atomic `compareAndSet`; the algorithm stays here, so a store has nothing to get wrong but
 * atomicity. Times are epoch milliseconds from `now`, so processes sharing a store need clocks
 * that agree (one machine, or NTP).
 *
 * The limiter is only bundled by programs that import it: the HTTP core knows only the
 * {@link RateLimiter} interface.
 */
import type { RateLimitInfo } from "./errors.js";
/**
 * Where a limiter keeps its state: string values under string keys. `compareAndSet` must be atomic
 * for everyone sharing the store (Redis: `WATCH`/`MULTI` or a Lua script; SQL: `UPDATE … WHERE
 * value = $expected`, or an insert for `undefined`).
 */
export interface RateLimitStore {
	/** The value under `key`, or `undefined` when there is none (or it expired). */
	get(key: string): Promise<string | undefined>;
	/**
	 * Sets `key` to `value`, to expire after `ttlMs`, only if it still holds `expected`
	 * (`undefined`: only if absent). Resolves whether it was set.
	 */
	compareAndSet(key: string, expected: string | undefined, value: string, ttlMs: number): Promise<boolean>;
}
/** A store in this process's memory; the default. `now` is the clock its expiry reads. */
export declare function createMemoryStore(now?: () => number): RateLimitStore;
/** What the limiter is told about a call before it is sent. */
export interface RateLimitedCall {
	operationId: string;
	method: string;
	pathParams?: Record<string, string | number | boolean>;
}
/** A budget shared by every client given it; see {@link createRateLimiter}. */
export interface RateLimiter {
	/**
	 * Resolves when `call` may be sent and books it. Rejects with {@link WebflowRateLimitError} at once,
	 * without waiting, when the wait would exceed `maxWaitMs`; with the abort reason when `signal` aborts.
	 */
	acquire(call: RateLimitedCall, maxWaitMs?: number, signal?: AbortSignal): Promise<void>;
	/** Tells the limiter what a response said about the budget. */
	observe(status: number, info: RateLimitInfo): Promise<void>;
}
/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
	/** The plan's requests per minute (per window): 60, 120 or an Enterprise number. */
	requestsPerMinute: 60 | 120 | (number & {});
	/** Where the state lives; default a new in-memory store. */
	store?: RateLimitStore;
	/** Names this budget in the store; give each API key its own. Default "webflow". */
	key?: string;
	/** Length of the window; default 60000 (a minute). */
	windowMs?: number;
	/** Operations allowed once per window per site (per `site_id`); default `["publishSite"]`. */
	oncePerWindow?: readonly string[];
	/** Clock in epoch milliseconds; for tests. */
	now?: () => number;
	/** Waits; for tests. Must reject when `signal` aborts. */
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}
/**
 * Creates a limiter for one API key; pass it as `ClientConfig.rateLimit` to every client of that
 * key. Calls wait in the order their turn comes up; a call that would wait past its deadline
 * (`totalTimeoutMs`) fails at once with {@link WebflowRateLimitError} instead.
 */
export declare function createRateLimiter(options: RateLimiterOptions): RateLimiter;
