/**
 * Everything the client throws. One base class ({@link WebflowError}) so callers can tell client
 * failures from their own bugs with a single `instanceof`, and one class per kind of failure:
 * the API answered with an error ({@link WebflowApiError}, subclassed per status by generated
 * code), the request never got an answer ({@link WebflowNetworkError}), or the answer did not
 * match the spec ({@link WebflowResponseValidationError}).
 *
 * No class here sees the request headers, but a response can echo the token back (a proxy
 * reflecting the request), so the HTTP core removes it, raw or JSON-escaped, from the response
 * body and headers before building an error from them.
 */
import type { ValidationIssue } from "./validation.js";
/** Rate-limit state read from a response; a field is absent when its header was missing or malformed. */
export interface RateLimitInfo {
    /** `X-RateLimit-Limit`: requests allowed per minute for this token. */
    limit?: number;
    /** `X-RateLimit-Remaining`: requests left in the current minute. */
    remaining?: number;
    /** `Retry-After`, in seconds from when the response was read. */
    retryAfterSeconds?: number;
}
/**
 * Base of everything thrown by the client. `name` defaults to the concrete class's name; generated
 * subclasses such as `NotFoundError` also set it explicitly, because minifiers rename classes.
 */
export declare class WebflowError extends Error {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** What the HTTP core knows about a non-2xx response; the input of every API error constructor. */
export interface ApiErrorInit {
    status: number;
    operationId: string;
    method: string;
    url: string;
    /** Parsed JSON when the body parsed, otherwise the raw text ("" for an empty body). */
    body: unknown;
    headers: Headers;
    rateLimit: RateLimitInfo;
}
/** Builds the error for a non-2xx response; generated code maps statuses to subclasses with it. */
export type ApiErrorFactory = (init: ApiErrorInit) => WebflowApiError;
/**
 * The API answered with a non-2xx status. Both v2 and legacy v1 error bodies are normalized
 * into `code`, `apiMessage`, `details` and `externalReference`; the raw body stays on `body`.
 * `message` reads `"<METHOD> <path> failed with <status> <code>: <message>"`, followed by the
 * first details in brackets, because validation errors are useless without them.
 */
export declare class WebflowApiError extends WebflowError {
    readonly status: number;
    /** Symbolic error code, e.g. "resource_not_found"; unknown codes pass through unchanged. */
    readonly code: string;
    /** The server's own message, without the method/path prefix of `message`. */
    readonly apiMessage: string;
    readonly details: ReadonlyArray<unknown>;
    readonly externalReference: string | null;
    /** Parsed JSON, or the raw text when the body was not JSON. */
    readonly body: unknown;
    readonly operationId: string;
    readonly method: string;
    readonly url: string;
    readonly rateLimit: RateLimitInfo;
    /** Response headers (e.g. for a request id); never the request's. */
    readonly headers: Headers;
    constructor(init: ApiErrorInit);
}
/** Input of {@link WebflowNetworkError}. */
export interface NetworkErrorInit {
    operationId: string;
    method: string;
    url: string;
    /** What fetch (or reading the body) threw, or the abort reason. */
    cause: unknown;
    /** The per-attempt timeout fired. */
    timedOut: boolean;
    /** The caller's AbortSignal fired; such requests are never retried. */
    aborted: boolean;
    /** The timeout that fired, for the message. */
    timeoutMs?: number;
}
/**
 * No HTTP response was received: fetch threw, the connection broke while reading the body,
 * the per-attempt timeout fired (`timedOut`), or the caller aborted (`aborted`). The caller's
 * abort surfaces as this class too, so everything the client throws is a {@link WebflowError};
 * the abort reason is on `cause`.
 */
export declare class WebflowNetworkError extends WebflowError {
    readonly operationId: string;
    readonly method: string;
    readonly url: string;
    readonly timedOut: boolean;
    readonly aborted: boolean;
    constructor(init: NetworkErrorInit);
}
/** Input of {@link WebflowResponseValidationError}. */
export interface ResponseValidationErrorInit {
    operationId: string;
    method: string;
    url: string;
    status: number;
    issues: ValidationIssue[];
    /** The decoded body (or the raw text when it was not JSON). */
    body: unknown;
}
/** What the core knows about a request body that fails its schema. */
export interface RequestValidationErrorInit {
    operationId: string;
    method: string;
    issues: ValidationIssue[];
}
/**
 * A request body that does not match the spec, caught before it is sent (so it costs no request and
 * no rate limit); disable with `validateRequests: false`.
 */
export declare class WebflowRequestValidationError extends WebflowError {
    readonly operationId: string;
    readonly method: string;
    readonly issues: ValidationIssue[];
    constructor(init: RequestValidationErrorInit);
}
/**
 * A 2xx response whose body is not what the spec promises (or not JSON at all). Thrown instead
 * of handing the caller a value whose type is a lie; disable with `validateResponses: false`.
 */
export declare class WebflowResponseValidationError extends WebflowError {
    readonly operationId: string;
    readonly method: string;
    readonly url: string;
    readonly status: number;
    readonly issues: ValidationIssue[];
    readonly body: unknown;
    constructor(init: ResponseValidationErrorInit);
}
