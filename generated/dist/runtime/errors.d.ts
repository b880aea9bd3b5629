/**
 * Everything the client throws. One base class ({@link WebflowError}) so callers can tell client
 * failures from their own bugs with a single `instanceof`, and one class per kind of failure:
 * the API answered with an error ({@link WebflowApiError}, with one subclass per common status,
 * below), the request never got an answer ({@link WebflowNetworkError}), or the answer did not
 * match the spec ({@link WebflowResponseValidationError}).
 *
 * The per-status classes live here, in the runtime, and nowhere else: every API version's client
 * maps statuses with {@link toApiError}, so a v1 404 and a v2 404 are both this module's
 * {@link NotFoundError}. The set is fixed and documented (see {@link API_ERROR_CLASSES}); any other
 * status is a plain {@link WebflowApiError}, whose `status` tells it apart.
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
/** Builds the error for a non-2xx response; the runtime's {@link toApiError} is the default. */
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
	/** @param message Replaces the standard message; for errors raised before anything was sent. */
	constructor(init: ApiErrorInit, message?: string);
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
	/**
	 * The system error code of the failure when the platform tells it (Node does, browsers do not):
	 * `ECONNREFUSED` means nothing reached the server, so even a POST is retried.
	 */
	readonly code: string | undefined;
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
/** HTTP 400: the request is malformed or failed the server's validation; `details` names the fields. */
export declare class BadRequestError extends WebflowApiError {
	override readonly status: 400;
	constructor(init: ApiErrorInit);
}
/** HTTP 401: the token is missing, malformed, expired or revoked. */
export declare class UnauthorizedError extends WebflowApiError {
	override readonly status: 401;
	constructor(init: ApiErrorInit);
}
/**
 * HTTP 403: the token may not do this. A 403 with code `missing_scopes` is the subclass
 * {@link MissingScopesError}, naming the scopes.
 */
export declare class ForbiddenError extends WebflowApiError {
	override readonly status: 403;
	constructor(init: ApiErrorInit, message?: string);
}
/** HTTP 404: a resource named in the path does not exist or is not visible to the token. */
export declare class NotFoundError extends WebflowApiError {
	override readonly status: 404;
	constructor(init: ApiErrorInit);
}
/** HTTP 409: the request conflicts with the current state of the resource. */
export declare class ConflictError extends WebflowApiError {
	override readonly status: 409;
	constructor(init: ApiErrorInit);
}
/** HTTP 422: the request is well-formed but cannot be processed. */
export declare class UnprocessableEntityError extends WebflowApiError {
	override readonly status: 422;
	constructor(init: ApiErrorInit);
}
/**
 * HTTP 429: the API key's requests per minute are used up. `retryAfter` is the wait the server
 * asked for, in seconds (from `Retry-After`, seconds or HTTP date), when it sent one. The client
 * retries a 429 by itself when that wait fits the caller's limits, so seeing this error means the
 * retries ran out or the wait was longer than `retry.maxDelayMs` or the call's deadline allowed.
 */
export declare class TooManyRequestsError extends WebflowApiError {
	override readonly status: 429;
	/** Seconds to wait before the next request, from `Retry-After`; undefined without the header. */
	readonly retryAfter: number | undefined;
	constructor(init: ApiErrorInit);
}
/** HTTP 500: an unexpected error on Webflow's side. */
export declare class InternalServerError extends WebflowApiError {
	override readonly status: 500;
	constructor(init: ApiErrorInit);
}
/** HTTP 502: a gateway in front of the API got no valid answer from it. */
export declare class BadGatewayError extends WebflowApiError {
	override readonly status: 502;
	constructor(init: ApiErrorInit);
}
/** HTTP 503: the API is temporarily down or overloaded. */
export declare class ServiceUnavailableError extends WebflowApiError {
	override readonly status: 503;
	constructor(init: ApiErrorInit);
}
/** HTTP 504: a gateway in front of the API timed out waiting for it. */
export declare class GatewayTimeoutError extends WebflowApiError {
	override readonly status: 504;
	constructor(init: ApiErrorInit);
}
/**
 * The scopes named in a `missing_scopes` error: every `name:verb` token of the message and the
 * details, in order, without repeats. Reads the shapes Webflow has used and reasonable variants
 * ("You are missing the following scopes - sites:read, cms:read", "Missing scopes: [\"sites:read\"]",
 * "sites:read and cms:read are required"); a token such as `missing_scopes:` before the list is not a scope.
 */
export declare function parseMissingScopes(message: string, details?: ReadonlyArray<unknown>): string[];
/** Input of {@link MissingScopesError} when the client refuses a call before sending it. */
export interface MissingScopesInit {
	operationId: string;
	/** The scopes the operation needs that the token lacks. */
	missingScopes: readonly string[];
	method?: string;
	url?: string;
	/** Replaces the default message ("<operationId> was not sent: the token lacks ..."). */
	message?: string;
}
/**
 * The token lacks scopes the operation needs. Thrown for a server's 403 `missing_scopes` (the
 * scopes parsed from its message, `sent: true`), and by a client that knows the token's scopes
 * before a call (`new MissingScopesError({ operationId, missingScopes })`, `sent: false`: nothing
 * reached the server and no rate limit was spent). `missingScopes` may be empty when the server
 * named none that could be read.
 */
export declare class MissingScopesError extends ForbiddenError {
	readonly missingScopes: string[];
	/** True when the server refused the call; false when the client did, before sending it. */
	readonly sent: boolean;
	constructor(init: ApiErrorInit | MissingScopesInit);
}
/**
 * Throws a {@link MissingScopesError} (not sent) when `granted` lacks any of `required`; for a client
 * that checks a call against the token's scopes before sending it.
 */
export declare function assertScopes(operationId: string, required: readonly string[], granted: Iterable<string>): void;
/** A class of {@link API_ERROR_CLASSES}. */
export type ApiErrorClass = new (init: ApiErrorInit) => WebflowApiError;
/**
 * The error class for each status that has one: 400, 401, 403, 404, 409, 422, 429, 500, 502, 503
 * and 504 — the statuses Webflow documents plus the gateway statuses a proxy in front of it sends.
 * A Map, so that no status can reach an object's prototype.
 */
export declare const API_ERROR_CLASSES: ReadonlyMap<number, ApiErrorClass>;
/**
 * The error for a failed response: a 403 with code `missing_scopes` is a {@link MissingScopesError},
 * a status of {@link API_ERROR_CLASSES} its class, any other status a plain {@link WebflowApiError}.
 */
export declare function toApiError(init: ApiErrorInit): WebflowApiError;
/** Input of {@link WebflowRateLimitError}. */
export interface RateLimitErrorInit {
	operationId: string;
	method: string;
	/** How long the client-side limiter would have had to wait. */
	waitMs: number;
}
/**
 * The client-side rate limiter (`ClientConfig.rateLimit`) has no slot for this call before its
 * deadline (`totalTimeoutMs`) passes, so it was not sent. `retryAfter` is in seconds, like
 * {@link TooManyRequestsError.retryAfter}.
 */
export declare class WebflowRateLimitError extends WebflowError {
	readonly operationId: string;
	readonly method: string;
	readonly retryAfter: number;
	constructor(init: RateLimitErrorInit);
}
