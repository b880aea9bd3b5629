/** Resolves after `ms`, or rejects with `signal`'s reason as soon as it aborts. */
export declare function sleepFor(ms: number, signal?: AbortSignal): Promise<void>;
