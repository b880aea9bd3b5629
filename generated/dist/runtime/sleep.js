/** Waiting that an AbortSignal can cut short; shared by the HTTP core and the rate limiter. */
/** setTimeout fires at once above this, so longer waits are cut to it (about 24.8 days). */
const MAX_TIMER_MS = 2147483647;
/** Resolves after `ms`, or rejects with `signal`'s reason as soon as it aborts. */
export function sleepFor(ms, signal) {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(signal.reason);
			return;
		}
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener("abort", onAbort);
			resolve();
		}, Math.min(ms, MAX_TIMER_MS));
		signal?.addEventListener("abort", onAbort, { once: true });
	});
}
