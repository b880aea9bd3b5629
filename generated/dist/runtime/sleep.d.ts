/** Waiting that an AbortSignal can cut short; shared by the HTTP core and the rate limiter. */
/** Resolves after `ms`, or rejects with `signal`'s reason as soon as it aborts. */
export declare function sleepFor(ms: number, signal?: AbortSignal): Promise<void>;
