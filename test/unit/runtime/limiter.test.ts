/**
 * The plan-aware rate limiter on a virtual clock: time moves only when every caller waits, jumping
 * to the next wake-up, so a minute of queueing takes no real time.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebflowRateLimitError } from "../../../templates/runtime/errors.js";
import { createHttpCore } from "../../../templates/runtime/http.js";
import {
  createMemoryStore,
  createRateLimiter,
  type RateLimitedCall,
  type RateLimiterOptions,
} from "../../../templates/runtime/limiter.js";

/** A discrete-event clock: `sleep` registers a wake-up; `run` jumps to the next one when all are idle. */
function virtualClock(start = 1_700_000_000_000) {
  let time = start;
  const timers: { at: number; resolve: () => void }[] = [];
  return {
    start,
    now: () => time,
    sleep: (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = { at: time + ms, resolve };
        timers.push(timer);
        signal?.addEventListener("abort", () => {
          timers.splice(timers.indexOf(timer), 1);
          reject(signal.reason);
        });
      }),
    /** Settles `promise`, moving time forward only when nothing else can run and `idle()` (no I/O in flight). */
    async run<T>(promise: Promise<T>, idle: () => boolean = () => true): Promise<T> {
      let settled = false;
      promise.then(
        () => (settled = true),
        () => (settled = true),
      );
      while (!settled) {
        await new Promise((resolve) => setImmediate(resolve));
        if (settled || timers.length === 0 || !idle()) continue;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift()!;
        time = Math.max(time, next.at);
        next.resolve();
      }
      return promise;
    },
  };
}

const GET: RateLimitedCall = { operationId: "listSites", method: "GET" };

function limiter(
  clock: ReturnType<typeof virtualClock>,
  options: Partial<RateLimiterOptions> = {},
) {
  return createRateLimiter({
    requestsPerMinute: 60,
    now: clock.now,
    sleep: clock.sleep,
    ...options,
  });
}

/** Acquires `n` slots at once and returns, in order, the virtual times (from start) they were granted. */
async function grantTimes(
  clock: ReturnType<typeof virtualClock>,
  acquire: () => Promise<void>,
  n: number,
): Promise<number[]> {
  const times: number[] = [];
  await clock.run(
    Promise.all(
      Array.from({ length: n }, () => acquire().then(() => times.push(clock.now() - clock.start))),
    ),
  );
  return times.sort((a, b) => a - b);
}

/** The most grants in any window of `windowMs`. */
function busiestWindow(times: readonly number[], windowMs: number): number {
  return Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
}

describe("createRateLimiter", () => {
  it("lets the plan's number through per minute and queues the rest", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    const times = await grantTimes(clock, () => rl.acquire(GET), 150);
    expect(times.filter((t) => t === 0)).toHaveLength(60);
    expect(times.filter((t) => t === 60_000)).toHaveLength(60);
    expect(times.filter((t) => t === 120_000)).toHaveLength(30);
    expect(busiestWindow(times, 60_000)).toBe(60);
  });

  it("keeps 120 for the larger plans, and a sliding window: no burst at a minute's edge", async () => {
    const clock = virtualClock();
    const rl = limiter(clock, { requestsPerMinute: 120 });
    const early = await grantTimes(clock, () => rl.acquire(GET), 100);
    expect(early.every((t) => t === 0)).toBe(true);
    await clock.run(clock.sleep(59_000));
    const late = await grantTimes(clock, () => rl.acquire(GET), 100);
    expect(late.filter((t) => t === 59_000)).toHaveLength(20);
    expect(busiestWindow([...early, ...late], 60_000)).toBe(120);
  });

  it("books what X-RateLimit-Remaining says others used", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    await rl.observe(200, { limit: 60, remaining: 10 });
    const times = await grantTimes(clock, () => rl.acquire(GET), 11);
    expect(times.filter((t) => t === 0)).toHaveLength(10);
    expect(times[10]).toBe(60_000);
  });

  it("does not unbook when the server counts fewer than the log", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    await grantTimes(clock, () => rl.acquire(GET), 60);
    await rl.observe(200, { remaining: 59 });
    const times = await grantTimes(clock, () => rl.acquire(GET), 1);
    expect(times).toEqual([60_000]);
  });

  it("takes a lower X-RateLimit-Limit than configured", async () => {
    const clock = virtualClock();
    const rl = limiter(clock, { requestsPerMinute: 120 });
    await rl.observe(200, { limit: 60 });
    const times = await grantTimes(clock, () => rl.acquire(GET), 61);
    expect(times.filter((t) => t === 0)).toHaveLength(60);
  });

  it("stops everyone for a 429's Retry-After", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    await rl.observe(429, { retryAfterSeconds: 30 });
    expect(await grantTimes(clock, () => rl.acquire(GET), 3)).toEqual([30_000, 30_000, 30_000]);
  });

  it("keeps publishSite to one per minute per site, without holding up other calls", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    const publish = (site: string): RateLimitedCall => ({
      operationId: "publishSite",
      method: "POST",
      pathParams: { site_id: site },
    });
    const times: Record<string, number[]> = { a: [], b: [], other: [] };
    const track = (name: string, p: Promise<void>) =>
      p.then(() => times[name]!.push(clock.now() - clock.start));
    await clock.run(
      Promise.all([
        track("a", rl.acquire(publish("a"))),
        track("a", rl.acquire(publish("a"))),
        track("a", rl.acquire(publish("a"))),
        track("b", rl.acquire(publish("b"))),
        track("other", rl.acquire(GET)),
        track("other", rl.acquire(GET)),
      ]),
    );
    expect(times.a!.sort((x, y) => x - y)).toEqual([0, 60_000, 120_000]);
    expect(times.b).toEqual([0]);
    expect(times.other).toEqual([0, 0]);
  });

  it("fails at once, booking nothing, when the wait exceeds maxWaitMs", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    await grantTimes(clock, () => rl.acquire(GET), 60);
    const error = await rl.acquire(GET, 5_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowRateLimitError);
    expect((error as WebflowRateLimitError).retryAfter).toBe(60);
    expect(clock.now()).toBe(clock.start);
    expect(await grantTimes(clock, () => rl.acquire(GET), 60)).toEqual(Array(60).fill(60_000));
  });

  it("stops waiting when the signal aborts", async () => {
    const clock = virtualClock();
    const rl = limiter(clock, { requestsPerMinute: 1 });
    await rl.acquire(GET);
    const controller = new AbortController();
    const waiting = rl.acquire(GET, Infinity, controller.signal);
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
  });

  it("shares one budget between limiters on one store", async () => {
    const clock = virtualClock();
    const store = createMemoryStore(clock.now);
    const one = limiter(clock, { store, key: "key-1" });
    const two = limiter(clock, { store, key: "key-1" });
    const other = limiter(clock, { store, key: "key-2" });
    const times = await grantTimes(clock, () => (Math.random() < 0.5 ? one : two).acquire(GET), 90);
    expect(times.filter((t) => t === 0)).toHaveLength(60);
    expect(busiestWindow(times, 60_000)).toBe(60);
    expect(await grantTimes(clock, () => other.acquire(GET), 1)).toEqual([120_000 - 60_000]);
  });

  it("rejects a limit that is not a positive integer", () => {
    for (const n of [0, -1, 1.5, Number.NaN])
      expect(() => createRateLimiter({ requestsPerMinute: n })).toThrow(TypeError);
  });

  it("forgets an expired entry of the memory store", async () => {
    let now = 0;
    const store = createMemoryStore(() => now);
    expect(await store.compareAndSet("k", undefined, "1", 100)).toBe(true);
    expect(await store.compareAndSet("k", undefined, "2", 100)).toBe(false);
    now = 100;
    expect(await store.get("k")).toBeUndefined();
    expect(await store.compareAndSet("k", undefined, "3", 100)).toBe(true);
  });
});

describe("the limiter in the HTTP core, against 127.0.0.1", () => {
  let server: Server;
  let origin: string;
  let arrivals: number[] = [];
  let clock = virtualClock();
  let answer: () => { status: number; headers: Record<string, string> } = () => ({
    status: 200,
    headers: {},
  });

  beforeAll(async () => {
    server = createServer((req, res) => {
      arrivals.push(clock.now() - clock.start);
      req.resume();
      const { status, headers } = answer();
      res.writeHead(status, { "Content-Type": "application/json", ...headers }).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Requests sent and not answered yet: virtual time must not move while one is on its way. */
  let inFlight = 0;
  const trackingFetch: typeof fetch = async (input, init) => {
    inFlight++;
    try {
      return await fetch(input, init);
    } finally {
      inFlight--;
    }
  };
  const idle = () => inFlight === 0;
  const client = (rl = limiter(clock)) =>
    createHttpCore({
      defaultBaseUrl: origin,
      config: { token: "tok_limiter_test", rateLimit: rl, fetch: trackingFetch },
      now: clock.now,
      sleep: clock.sleep,
    });

  it("sends 70 calls as 60 now and 10 a minute later; the server sees each once", async () => {
    clock = virtualClock();
    arrivals = [];
    answer = () => ({ status: 200, headers: {} });
    const core = client();
    await clock.run(
      Promise.all(
        Array.from({ length: 70 }, () =>
          core.request({
            operationId: "listSites",
            method: "GET",
            path: "/sites",
            responseKind: "json",
          }),
        ),
      ),
      idle,
    );
    expect(arrivals).toHaveLength(70);
    expect(arrivals.filter((t) => t < 60_000)).toHaveLength(60);
    expect(arrivals.filter((t) => t >= 60_000)).toHaveLength(10);
  });

  it("a v1 and a v2 client given one limiter share its budget, adapting to the server's Remaining", async () => {
    clock = virtualClock();
    arrivals = [];
    let remaining = 60;
    answer = () => ({
      status: 200,
      headers: {
        "X-RateLimit-Limit": "60",
        "X-RateLimit-Remaining": String(Math.max(--remaining - 20, 0)),
      },
    });
    const shared = limiter(clock);
    const v1 = client(shared);
    const v2 = client(shared);
    const call = (core: typeof v1) =>
      core.request({
        operationId: "listSites",
        method: "GET",
        path: "/sites",
        responseKind: "json",
      });
    // Sequential, so each response's Remaining (20 lower than the client's own count: another program) is seen before the next call.
    await clock.run(
      (async () => {
        for (let i = 0; i < 41; i++) await call(i % 2 === 0 ? v1 : v2);
      })(),
      idle,
    );
    expect(arrivals).toHaveLength(41);
    expect(arrivals.filter((t) => t < 60_000)).toHaveLength(40);
  });

  it("fails a call whose turn comes after its deadline at once, sending nothing", async () => {
    clock = virtualClock();
    arrivals = [];
    answer = () => ({ status: 200, headers: {} });
    const core = client(limiter(clock, { requestsPerMinute: 1 }));
    const op = {
      operationId: "listSites",
      method: "GET",
      path: "/sites",
      responseKind: "json",
    } as const;
    await clock.run(core.request(op), idle);
    const error = await clock
      .run(core.request(op, { totalTimeoutMs: 10_000 }), idle)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowRateLimitError);
    expect(arrivals).toHaveLength(1);
    expect(String(error)).not.toContain("tok_limiter_test");
  });
});

/** A store that keeps entries past their TTL (as a store may) and records every key read and every write. */
function recordingStore() {
  const entries = new Map<string, string>();
  const reads: unknown[] = [];
  const writes: { key: string; value: string; ttlMs: number }[] = [];
  return {
    entries,
    reads,
    writes,
    get: async (key: string) => {
      reads.push(key);
      return entries.get(key);
    },
    compareAndSet: async (key: string, expected: string | undefined, value: string, ttlMs: number) => {
      if (entries.get(key) !== expected) return false;
      entries.set(key, value);
      writes.push({ key, value, ttlMs });
      return true;
    },
  };
}

describe("the limiter's edges", () => {
  it("names the option a bad limit breaks", () => {
    expect(() => createRateLimiter({ requestsPerMinute: 0 })).toThrow(new TypeError("RateLimiterOptions.requestsPerMinute must be a positive integer"));
  });

  it("keeps its budget under the key webflow by default, and a publish's slot per site", async () => {
    const clock = virtualClock();
    const store = recordingStore();
    const rl = limiter(clock, { store });
    await rl.acquire(GET);
    await rl.acquire({ operationId: "publishSite", method: "POST" });
    await rl.acquire({ operationId: "publishSite", method: "POST", pathParams: { site_id: 7 } });
    expect([...store.entries.keys()]).toEqual(["webflow", "webflow:once:publishSite:", "webflow:once:publishSite:7"]);
    expect(store.reads.every((key) => typeof key === "string")).toBe(true);
    expect(store.reads.filter((key) => String(key).includes(":once:"))).toHaveLength(2);
  });

  it("keeps an entry as long as a 429's block lasts plus a window", async () => {
    const clock = virtualClock();
    const store = recordingStore();
    const rl = limiter(clock, { store });
    await rl.observe(429, { retryAfterSeconds: 30 });
    expect(store.writes.at(-1)?.ttlMs).toBe(90_000);
    await clock.run(clock.sleep(10_000));
    await rl.observe(200, { remaining: 59 });
    expect(store.writes.at(-1)?.ttlMs).toBe(80_000);
  });

  it("a 429 without Retry-After stops everyone for a window", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    await rl.observe(429, {});
    expect(await grantTimes(clock, () => rl.acquire(GET), 1)).toEqual([60_000]);
  });

  it("books what Remaining says others used, without a Limit header", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    await rl.observe(200, { remaining: 58 });
    const times = await grantTimes(clock, () => rl.acquire(GET), 59);
    expect(times.filter((t) => t === 0)).toHaveLength(58);
  });

  it("counts only the sends of the last window, not one older, when the server reports Remaining", async () => {
    const clock = virtualClock();
    const store = recordingStore();
    const rl = limiter(clock, { store });
    await grantTimes(clock, () => rl.acquire(GET), 60);
    await clock.run(clock.sleep(60_000));
    await rl.observe(200, { remaining: 10 });
    const times = await grantTimes(clock, () => rl.acquire(GET), 11);
    expect(times.filter((t) => t === 60_000)).toHaveLength(10);
    expect(times[10]).toBe(120_000);
  });

  it("reads a damaged entry as what it can: send times only if numbers", async () => {
    const clock = virtualClock();
    const store = recordingStore();
    store.entries.set("webflow", JSON.stringify({ s: [String(clock.now()), null, "x"], b: String(clock.now() + 30_000), l: "1" }));
    const rl = limiter(clock, { store, requestsPerMinute: 2 });
    expect(await grantTimes(clock, () => rl.acquire(GET), 2)).toEqual([0, 0]);
  });

  it("a wait of exactly maxWaitMs is waited, a longer one is refused", async () => {
    const clock = virtualClock();
    const rl = limiter(clock, { requestsPerMinute: 1 });
    await rl.acquire(GET);
    expect(await grantTimes(clock, () => rl.acquire(GET, 60_000), 1)).toEqual([60_000]);
    await expect(rl.acquire(GET, 59_999)).rejects.toBeInstanceOf(WebflowRateLimitError);
  });

  it("an already aborted signal books nothing", async () => {
    const clock = virtualClock();
    const store = recordingStore();
    const rl = limiter(clock, { store });
    await expect(rl.acquire(GET, Infinity, AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
    expect(store.writes).toEqual([]);
  });

  it("a publish waiting for its site's slot spends no slot of the budget", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    const publish: RateLimitedCall = { operationId: "publishSite", method: "POST", pathParams: { site_id: "a" } };
    await rl.acquire(publish);
    let second: number | undefined;
    const waiting = rl.acquire(publish).then(() => (second = clock.now() - clock.start));
    const times = await grantTimes(clock, () => rl.acquire(GET), 59);
    expect(times.filter((t) => t === 0)).toHaveLength(59);
    await clock.run(waiting);
    expect(second).toBe(60_000);
  });

  it("a server limit at or above the configured one lifts a lower one it reported before", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    await rl.observe(200, { limit: 30 });
    await rl.observe(200, { limit: 60 });
    const times = await grantTimes(clock, () => rl.acquire(GET), 60);
    expect(times.filter((t) => t === 0)).toHaveLength(60);
  });
});

describe("a lower limit the server reported", () => {
  it("stays while responses carry no Limit header, or a Limit of 0", async () => {
    const clock = virtualClock();
    const rl = limiter(clock);
    await rl.observe(200, { limit: 30 });
    await rl.observe(200, { limit: 0, remaining: 30 });
    await rl.observe(429, { retryAfterSeconds: 1 });
    const times = await grantTimes(clock, () => rl.acquire(GET), 31);
    expect(times.filter((t) => t === 1000)).toHaveLength(30);
    expect(times[30]).toBe(61_000);
  });
});
