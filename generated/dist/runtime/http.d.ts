/**
 * The HTTP core every generated operation goes through: URL building with safe path encoding,
 * auth and header merging, per-attempt timeouts, retries with backoff, error mapping and
 * response validation. Uses only the global fetch API so it runs in Node 20+, browsers,
 * Deno, Bun and edge runtimes without a polyfill.
 */
import type { ApiErrorFactory, RateLimitInfo } from "./errors.js";
import type { ValidationResult } from "./validation.js";
/** Methods the Webflow API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/** A query parameter value; arrays become repeated keys. */
export type QueryValue = string | number | boolean | ReadonlyArray<string | number | boolean>;
/** What `onResponse` sees for the final response of each call. */
export interface ResponseInfo {
    operationId: string;
    method: HttpMethod;
    url: string;
    status: number;
    /** 1-based number of the attempt that produced this response; above 1 when retries happened. */
    attempt: number;
    rateLimit: RateLimitInfo;
    headers: Headers;
}
/** Retry tuning; see {@link createHttpCore} for which failures are retried. */
export interface RetryOptions {
    /** Retries after the first attempt. Default 2. */
    maxRetries?: number;
    /** First backoff delay; doubles per retry. Default 500. */
    baseDelayMs?: number;
    /** Upper bound of any single wait, including one asked for by `Retry-After`. Default 30000. */
    maxDelayMs?: number;
}
/** Options of a client instance. */
export interface ClientConfig {
    /** Bearer token (site token, workspace token or OAuth access token). Required. */
    token: string;
    /** Overrides the server URL from the spec, e.g. for a proxy or a test server. */
    baseUrl?: string;
    /** Custom fetch; defaults to `globalThis.fetch`, looked up at call time. */
    fetch?: typeof fetch;
    /** Extra headers on every request. May not contain `Authorization`. */
    headers?: Record<string, string>;
    /** Validate 2xx bodies against the spec and throw on mismatch. Default true. */
    validateResponses?: boolean;
    /** Check request bodies against the spec before sending and throw `WebflowRequestValidationError`. Default true. */
    validateRequests?: boolean;
    /** Per-attempt timeout covering the request and reading the body. Default 60000; `Infinity` disables it. */
    timeoutMs?: number;
    /** Retry tuning, or `false` to never retry. */
    retry?: RetryOptions | false;
    /**
     * Called once per call with its final response (success or error) after any retries, before the
     * body is decoded; responses that were retried and calls that got no response are not reported.
     * Use it e.g. to watch the rate limit. An exception it throws rejects the call in place of the result.
     */
    onResponse?: (info: ResponseInfo) => void;
}
/** Per-call options. */
export interface RequestOptions {
    /** Aborting it cancels the call, including a pending retry wait; never retried. */
    signal?: AbortSignal;
    /** Extra headers for this call. May not contain `Authorization`. */
    headers?: Record<string, string>;
    /** Overrides `ClientConfig.timeoutMs` for this call. */
    timeoutMs?: number;
}
/** Everything a generated operation tells the core about one call. */
export interface OperationRequest<T> {
    operationId: string;
    method: HttpMethod;
    /** Path template such as `/sites/{site_id}`. */
    path: string;
    /** A value for every `{name}` in `path`. */
    pathParams?: Record<string, string | number | boolean>;
    /** Query parameters in the order they are sent; `undefined` and `null` are left out. */
    query?: Record<string, QueryValue | undefined | null>;
    /** Per-operation headers such as `Accept-Version`; `undefined` values are left out. */
    headers?: Record<string, string | undefined>;
    /** JSON-encoded when not `undefined`. */
    body?: unknown;
    /** The body's JSON media type when the spec declares one other than `application/json`. */
    contentType?: string;
    /** The request body's validator, run before sending. */
    validateBody?: (value: unknown) => ValidationResult<unknown>;
    /** "empty": resolve `undefined` whatever the body. */
    responseKind: "json" | "empty";
    /** The operation's generated response validator. */
    validate?: (value: unknown) => ValidationResult<T>;
}
/** Sends operations; one per client instance. */
export interface HttpCore {
    request<T>(req: OperationRequest<T>, options?: RequestOptions): Promise<T>;
}
/** Input of {@link createHttpCore}. */
export interface HttpCoreSettings {
    /** The spec's server URL, used when `config.baseUrl` is not set. */
    defaultBaseUrl: string;
    config: ClientConfig;
    /** Maps a non-2xx response to the error to throw (generated: per-status subclasses). */
    toApiError: ApiErrorFactory;
    /** Headers the generated client adds to every request, before `config.headers`. */
    defaultHeaders?: Record<string, string>;
    /** Waits between retries; injectable so tests do not sleep. Must reject when `signal` aborts. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** Source of jitter in [0, 1); injectable for deterministic tests. */
    random?: () => number;
}
/**
 * Creates the HTTP core for one client.
 *
 * Retries (up to `retry.maxRetries`, default 2): a 429 for any method, since the server did not
 * act on it; 408/500/502/503/504, network errors and timeouts only for GET/PUT/DELETE, where a
 * repeat cannot create something twice. The wait is exponential with jitter, or `Retry-After`
 * when the response has one, capped at `maxDelayMs`. When retries run out, the last failure is
 * thrown. The caller's abort is never retried and surfaces as a {@link WebflowNetworkError} with
 * `aborted: true`, so everything the core throws at run time is a `WebflowError`; `TypeError` is
 * reserved for caller bugs (bad config, missing path parameter), thrown before anything is sent.
 *
 * @throws TypeError when the token is missing or not a plausible token, or the base URL or
 *   headers are invalid. The message never contains the token.
 */
export declare function createHttpCore(settings: HttpCoreSettings): HttpCore;
