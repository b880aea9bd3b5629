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
import { WebflowRateLimitError } from "./errors.js";
import { sleepFor } from "./sleep.js";

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
  compareAndSet(
    key: string,
    expected: string | undefined,
    value: string,
    ttlMs: number,
  ): Promise<boolean>;
}

/** A store in this process's memory; the default. `now` is the clock its expiry reads. */
export function createMemoryStore(now: () => number = Date.now): RateLimitStore {
  const entries = new Map<string, { value: string; expires: number }>();
  const read = (key: string): string | undefined => {
    const entry = entries.get(key);
    if (entry !== undefined && entry.expires <= now()) entries.delete(key);
    return entry !== undefined && entry.expires > now() ? entry.value : undefined;
  };
  return {
    get: async (key) => read(key),
    compareAndSet: async (key, expected, value, ttlMs) => {
      if (read(key) !== expected) return false;
      entries.set(key, { value, expires: now() + ttlMs });
      return true;
    },
  };
}

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

/** The stored state of a budget: send times in the window, blocked-until time, server limit. */
interface Budget {
  /** Send times (booked, or inferred from the server), ascending, all within the last window. */
  s: number[];
  /** No sends before this time (a 429's Retry-After); 0 when not blocked. */
  b: number;
  /** The limit the server reported, when below the configured one; 0 when none. */
  l: number;
}

function decode(raw: string | undefined, since: number): Budget {
  let parsed: Partial<Budget> = {};
  try {
    if (raw !== undefined) parsed = JSON.parse(raw) as Partial<Budget>;
  } catch {
    // A damaged entry is treated as empty: the server's headers correct the count soon.
  }
  const sends = Array.isArray(parsed.s) ? parsed.s.filter((t) => typeof t === "number") : [];
  return {
    s: sends.filter((t) => t > since),
    b: typeof parsed.b === "number" ? parsed.b : 0,
    l: typeof parsed.l === "number" ? parsed.l : 0,
  };
}

/**
 * Creates a limiter for one API key; pass it as `ClientConfig.rateLimit` to every client of that
 * key. Calls wait in the order their turn comes up; a call that would wait past its deadline
 * (`totalTimeoutMs`) fails at once with {@link WebflowRateLimitError} instead.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const limit = options.requestsPerMinute;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new TypeError("RateLimiterOptions.requestsPerMinute must be a positive integer");
  }
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const store = options.store ?? createMemoryStore(now);
  const key = options.key ?? "webflow";
  const once: ReadonlySet<string> = new Set(options.oncePerWindow ?? ["publishSite"]);
  const sleep = options.sleep ?? sleepFor;

  /** The number of sends allowed per window now. */
  const allowed = (budget: Budget): number => (budget.l > 0 ? Math.min(limit, budget.l) : limit);
  const ttl = (budget: Budget, at: number): number => Math.max(budget.b - at, 0) + windowMs;

  /** Reads, changes and writes the budget until the write is not overtaken by another. */
  async function update(change: (budget: Budget, at: number) => void): Promise<void> {
    for (;;) {
      const at = now();
      const raw = await store.get(key);
      const budget = decode(raw, at - windowMs);
      change(budget, at);
      if (await store.compareAndSet(key, raw, JSON.stringify(budget), ttl(budget, at))) return;
    }
  }

  async function acquire(
    call: RateLimitedCall,
    maxWaitMs = Infinity,
    signal?: AbortSignal,
  ): Promise<void> {
    const site = call.pathParams?.site_id;
    const onceKey = once.has(call.operationId)
      ? `${key}:once:${call.operationId}:${site === undefined ? "" : String(site)}`
      : undefined;
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const at = now();
      const raw = await store.get(key);
      const budget = decode(raw, at - windowMs);
      let wait = Math.max(budget.b - at, 0);
      const max = allowed(budget);
      const oldest = budget.s[budget.s.length - max];
      if (budget.s.length >= max && oldest !== undefined)
        wait = Math.max(wait, oldest + windowMs - at);
      const lastOnce = onceKey === undefined ? undefined : await store.get(onceKey);
      if (lastOnce !== undefined) wait = Math.max(wait, Number(lastOnce) + windowMs - at);
      if (wait > 0) {
        if (wait > maxWaitMs) {
          throw new WebflowRateLimitError({
            operationId: call.operationId,
            method: call.method,
            waitMs: wait,
          });
        }
        await sleep(wait, signal);
        continue;
      }
      budget.s.push(at);
      if (!(await store.compareAndSet(key, raw, JSON.stringify(budget), ttl(budget, at)))) continue;
      // Booked; a publish also takes its site's slot. Losing that race costs the booked slot only.
      if (
        onceKey === undefined ||
        (await store.compareAndSet(onceKey, lastOnce, String(at), windowMs))
      )
        return;
    }
  }

  async function observe(status: number, info: RateLimitInfo): Promise<void> {
    const blockMs = status === 429 ? (info.retryAfterSeconds ?? windowMs / 1000) * 1000 : 0;
    if (blockMs === 0 && info.remaining === undefined && info.limit === undefined) return;
    await update((budget, at) => {
      // A limit at or above the configured one (the plan was raised) lifts a lower one reported before.
      if (info.limit !== undefined && info.limit > 0) budget.l = info.limit < limit ? info.limit : 0;
      if (blockMs > 0) budget.b = Math.max(budget.b, at + blockMs);
      if (info.remaining !== undefined) {
        // The server counts more than the log: someone else used the key. Book the difference now.
        const used = allowed(budget) - info.remaining;
        for (let i = budget.s.length; i < used; i++) budget.s.push(at);
      }
    });
  }

  return { acquire, observe };
}
