import { WebflowRateLimitError } from "./errors.js";
import { sleepFor } from "./sleep.js";
/** A store in this process's memory; the default. `now` is the clock its expiry reads. */
export function createMemoryStore(now = Date.now) {
	const entries = new Map();
	const read = (key) => {
		const entry = entries.get(key);
		if (entry !== undefined && entry.expires <= now()) entries.delete(key);
		return entry !== undefined && entry.expires > now() ? entry.value : undefined;
	};
	return {
		get: async (key) => read(key),
		compareAndSet: async (key, expected, value, ttlMs) => {
			if (read(key) !== expected) return false;
			entries.set(key, {
				value,
				expires: now() + ttlMs
			});
			return true;
		}
	};
}
function decode(raw, since) {
	let parsed = {};
	try {
		if (raw !== undefined) parsed = JSON.parse(raw);
	} catch {}
	const sends = Array.isArray(parsed.s) ? parsed.s.filter((t) => typeof t === "number") : [];
	return {
		s: sends.filter((t) => t > since),
		b: typeof parsed.b === "number" ? parsed.b : 0,
		l: typeof parsed.l === "number" ? parsed.l : 0
	};
}
/**
 * Creates a limiter for one API key; pass it as `ClientConfig.rateLimit` to every client of that
 * key. Calls wait in the order their turn comes up; a call that would wait past its deadline
 * (`totalTimeoutMs`) fails at once with {@link WebflowRateLimitError} instead.
 */
export function createRateLimiter(options) {
	const limit = options.requestsPerMinute;
	if (!Number.isSafeInteger(limit) || limit < 1) {
		throw new TypeError("RateLimiterOptions.requestsPerMinute must be a positive integer");
	}
	const windowMs = options.windowMs ?? 6e4;
	const now = options.now ?? Date.now;
	const store = options.store ?? createMemoryStore(now);
	const key = options.key ?? "webflow";
	const once = new Set(options.oncePerWindow ?? ["publishSite"]);
	const sleep = options.sleep ?? sleepFor;
	/** The number of sends allowed per window now. */
	const allowed = (budget) => budget.l > 0 ? Math.min(limit, budget.l) : limit;
	const ttl = (budget, at) => Math.max(budget.b - at, 0) + windowMs;
	/** Reads, changes and writes the budget until the write is not overtaken by another. */
	async function update(change) {
		for (;;) {
			const at = now();
			const raw = await store.get(key);
			const budget = decode(raw, at - windowMs);
			change(budget, at);
			if (await store.compareAndSet(key, raw, JSON.stringify(budget), ttl(budget, at))) return;
		}
	}
	async function acquire(call, maxWaitMs = Infinity, signal) {
		const site = call.pathParams?.site_id;
		const onceKey = once.has(call.operationId) ? `${key}:once:${call.operationId}:${site === undefined ? "" : String(site)}` : undefined;
		for (;;) {
			if (signal?.aborted) throw signal.reason;
			const at = now();
			const raw = await store.get(key);
			const budget = decode(raw, at - windowMs);
			let wait = Math.max(budget.b - at, 0);
			const max = allowed(budget);
			const oldest = budget.s[budget.s.length - max];
			if (budget.s.length >= max && oldest !== undefined) wait = Math.max(wait, oldest + windowMs - at);
			const lastOnce = onceKey === undefined ? undefined : await store.get(onceKey);
			if (lastOnce !== undefined) wait = Math.max(wait, Number(lastOnce) + windowMs - at);
			if (wait > 0) {
				if (wait > maxWaitMs) {
					throw new WebflowRateLimitError({
						operationId: call.operationId,
						method: call.method,
						waitMs: wait
					});
				}
				await sleep(wait, signal);
				continue;
			}
			budget.s.push(at);
			if (!await store.compareAndSet(key, raw, JSON.stringify(budget), ttl(budget, at))) continue;
			// Booked; a publish also takes its site's slot. Losing that race costs the booked slot only.
			if (onceKey === undefined || await store.compareAndSet(onceKey, lastOnce, String(at), windowMs)) return;
		}
	}
	async function observe(status, info) {
		const blockMs = status === 429 ? (info.retryAfterSeconds ?? windowMs / 1e3) * 1e3 : 0;
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
	return {
		acquire,
		observe
	};
}
