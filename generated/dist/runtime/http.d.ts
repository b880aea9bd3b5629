/**
 * The HTTP core every generated operation goes through: URL building with safe path encoding,
 * auth and header merging, per-attempt timeouts and an overall deadline, retries that honour
 * `Retry-After`, an optional shared rate limiter, error mapping and response validation. Uses only
 * the global fetch API so it runs in Node 20+, browsers, Deno, Bun and edge runtimes without a
 * polyfill.
 *
 * Response metadata without giving up the typed result: `core.request(...)` returns an
 * {@link ApiPromise}, a `Promise<T>` of the validated body (await it as before) that also has
 * `.withResponse()`, resolving `{ data, response }` where `response` is the final
 * {@link ResponseInfo}: status, headers, rate limit (`X-RateLimit-Limit`/`-Remaining`), the attempt
 * that produced it and the URL. The request runs once whichever of the two is awaited, and a
 * caller who awaits only `.withResponse()` gets no unhandled rejection from the other. For every
 * call at once (logging, metrics), `ClientConfig.onResponse` sees the same `ResponseInfo`.
 */
import type { ApiErrorFactory, RateLimitInfo, WebflowApiError } from "./errors.js";
import { WebflowNetworkError, WebflowResponseValidationError } from "./errors.js";
import type { RateLimiter } from "./limiter.js";
import type { ValidationResult } from "./validation.js";
/** Methods the Webflow API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/**
 * A query parameter value; arrays become repeated keys (or one joined value, by style). Real
 * descriptions also send lists of lists and lists of objects: an inner list travels as one
 * comma-joined value, an object inside a list as its JSON text.
 */
export type QueryValue = string | number | boolean | ReadonlyArray<unknown>;
/**
 * An object-valued query parameter (`deepObject` or exploded `form` style). Nested objects of a
 * `deepObject` become `key[a][b]=value`; elsewhere a nested object travels as its JSON text.
 */
export type QueryObject = {
	readonly [key: string]: unknown;
};
/** The final response of a call: what `onResponse` and `.withResponse()` see. */
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
/** What `.withResponse()` resolves: the typed body and the response it came from. */
export interface ApiResponse<T> {
	data: T;
	response: ResponseInfo;
}
/**
 * The promise of one call's validated body, with `.withResponse()` for its metadata. It is a real
 * `Promise<T>` (`instanceof Promise`, `await`, `then`, `catch`, `finally`); derived promises
 * (`.then(...)`) are plain promises.
 */
export declare class ApiPromise<T> extends Promise<T> {
	#private;
	constructor(response: Promise<ApiResponse<T>>);
	/** The typed body together with the final response's status, headers, rate limit and attempt. */
	withResponse(): Promise<ApiResponse<T>>;
	override then<
		R1 = T,
		R2 = never
	>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2>;
	override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R>;
	override finally(onfinally?: (() => void) | null): Promise<T>;
}
/** Retry tuning; see {@link createHttpCore} for which failures are retried. */
export interface RetryOptions {
	/** Retries after the first attempt. Default 2. */
	maxRetries?: number;
	/** First backoff delay; doubles per retry. Default 500. */
	baseDelayMs?: number;
	/**
	 * The longest single wait the caller allows. Backoff is capped at it; a `Retry-After` longer
	 * than it is not cut short (retrying early only earns another 429): the error is thrown at once,
	 * carrying `retryAfter`. Default 60000, Webflow's usual `Retry-After` for a 429.
	 */
	maxDelayMs?: number;
}
/** What `onRetry` sees before each wait. */
export interface RetryInfo {
	operationId: string;
	method: HttpMethod;
	url: string;
	/** 1-based number of the attempt that failed. */
	attempt: number;
	/** The wait before the next attempt, in milliseconds. */
	delayMs: number;
	/** The status of the failed attempt; undefined when it got no response. */
	status: number | undefined;
	/** What the failed attempt would have thrown (response redacted like any error's). */
	error: WebflowApiError | WebflowNetworkError;
}
/**
 * What happens to a 2xx body that does not match the spec: "strict" throws
 * {@link WebflowResponseValidationError}, "warn" reports it to `onValidationIssue` and returns
 * the body as received, "off" does not check. `true` is "strict", `false` is "off".
 */
export type ValidationMode = "off" | "warn" | "strict";
/**
 * Options of a client instance, for an API whatever its security schemes: each call sends the
 * credentials its operation's requirement names (see {@link ClientConfig} for one that needs a token).
 */
export interface ClientOptions {
	/** Bearer token: an OAuth access token, or for Webflow a site or workspace token. */
	token?: string;
	/** The key of an API key scheme; sent where the spec puts it (a header, query parameter or cookie). */
	apiKey?: string;
	/** User name and password of an HTTP basic scheme. */
	basic?: {
		username: string;
		password: string;
	};
	/** Overrides the server URL from the spec, e.g. for a proxy or a test server. */
	baseUrl?: string;
	/** Custom fetch; defaults to `globalThis.fetch`, looked up at call time. */
	fetch?: typeof fetch;
	/**
	 * Extra headers on every request. They replace an operation's own fixed headers of the same
	 * name (such as v1's `Accept-Version`); per-call headers replace them in turn. May not contain
	 * `Authorization`.
	 */
	headers?: Record<string, string>;
	/**
	 * Response validation: "strict" (the default), "warn" or "off"; `true`/`false` mean
	 * "strict"/"off".
	 *
	 * Why strict by default: the client's whole promise is that a resolved value has the type it is
	 * declared with. A body that breaks the schema caught at the boundary is one precise error
	 * naming the field; let through, it surfaces later as a crash or a wrong write far from its
	 * cause. The spec is written for strictness to be livable: where Webflow is known to widen a
	 * response (trigger types, new fields) the schema is open, so what still fails is a real break
	 * of contract. "warn" is for programs that would rather limp on (dashboards, scripts) and want
	 * the mismatch logged; "off" skips the work.
	 */
	validateResponses?: boolean | ValidationMode;
	/**
	 * Called in "warn" mode with the error "strict" would have thrown (its body and issues already
	 * redacted). Default: `console.warn` of its message. What it throws rejects the call.
	 */
	onValidationIssue?: (error: WebflowResponseValidationError) => void;
	/** Check request bodies against the spec before sending and throw `WebflowRequestValidationError`. Default true. */
	validateRequests?: boolean;
	/**
	 * Per-attempt timeout covering the request and reading the body; `Infinity` disables it. Set (here
	 * or per call), or with a caller's `signal`, it aborts the request when it fires. Not set, the
	 * default of 60000 costs a call no timer and no abort signal (about 5 % of a fast local call): one
	 * shared watchdog checks every second, so the call rejects 60 to 61 s in, and the request it gives
	 * up on is left to fetch's own timeouts (Node's: 300 s) rather than aborted.
	 */
	timeoutMs?: number;
	/**
	 * Deadline of a whole call, across attempts, retry waits and rate-limit queueing. A wait that
	 * would end past it is not started: the error is thrown at once. Default: none.
	 */
	totalTimeoutMs?: number;
	/** Retry tuning, or `false` to never retry. */
	retry?: RetryOptions | false;
	/**
	 * Called before each retry wait with the failed attempt, its error and the delay. What it
	 * throws rejects the call instead of retrying.
	 */
	onRetry?: (info: RetryInfo) => void;
	/**
	 * A limiter from `createRateLimiter({ requestsPerMinute })` that queues calls to stay under the
	 * plan's rate limit; share one between all clients (and, through its store, all processes) of
	 * one API key. Default: none (a 429 is retried after its `Retry-After`).
	 */
	rateLimit?: RateLimiter;
	/**
	 * Called once per call with its final response (success or error) after any retries, before the
	 * body is decoded; responses that were retried and calls that got no response are not reported.
	 * Use it e.g. to watch the rate limit. An exception it throws rejects the call in place of the result.
	 */
	onResponse?: (info: ResponseInfo) => void;
}
/** Options of a client of an API whose every operation authenticates with a bearer token, as Webflow's does. */
export interface ClientConfig extends ClientOptions {
	/** Bearer token (for Webflow: a site token, workspace token or OAuth access token). Required. */
	token: string;
}
/** Per-call options. */
export interface RequestOptions {
	/** Aborting it cancels the call, including a pending retry or rate-limit wait; never retried. */
	signal?: AbortSignal;
	/** Extra headers for this call; they replace any other header of the same name. May not contain `Authorization`. */
	headers?: Record<string, string>;
	/** Overrides `ClientConfig.timeoutMs` for this call. */
	timeoutMs?: number;
	/** Overrides `ClientConfig.totalTimeoutMs` for this call. */
	totalTimeoutMs?: number;
	/** Overrides `ClientConfig.retry` for this call, field by field; `false` never retries it. */
	retry?: RetryOptions | false;
}
/** One credential an operation's security requirement names. */
export type Credential = {
	type: "bearer";
} | {
	type: "basic";
} | {
	type: "apiKey";
	in: "header" | "query" | "cookie";
	name: string;
};
/** How a query parameter is written: OpenAPI's `style`, with `explode` folded in. */
export type QueryStyle = "form" | "form-no-explode" | "space-delimited" | "pipe-delimited" | "deep-object";
/** How a request body is encoded, by its media type. */
export type BodyKind = "json" | "form" | "multipart" | "text" | "binary";
/** Everything a generated operation tells the core about one call. */
export interface OperationRequest<T> {
	operationId: string;
	method: HttpMethod;
	/** Path template such as `/sites/{site_id}`. */
	path: string;
	/** A value for every `{name}` in `path`. */
	pathParams?: Record<string, string | number | boolean>;
	/**
	 * Query parameters in the order they are sent; `undefined` and `null` are left out. A core from
	 * {@link createLeanCore} writes strings, numbers and booleans itself; lists, objects and
	 * `queryStyles` need `encodeQuery` (generated operations pass the runtime's where a parameter can
	 * be one; {@link createHttpCore} supplies it).
	 */
	query?: Record<string, QueryValue | QueryObject | undefined | null>;
	/** The style of each query parameter that is not `form` exploded (OpenAPI's default). */
	queryStyles?: Record<string, QueryStyle>;
	/** Writes `query` as `?a=1&b=2` ("" when nothing is sent): the runtime's `encodeQuery`. */
	encodeQuery?: QueryEncoder;
	/** Cookie parameters, sent in one `Cookie` header; `undefined` values are left out. */
	cookies?: Record<string, string | number | boolean | undefined>;
	/**
	 * Per-operation headers such as `Accept-Version`; `undefined` values are left out. They are
	 * defaults: `ClientConfig.headers` and `RequestOptions.headers` replace them.
	 */
	headers?: Record<string, string | undefined>;
	/** Encoded by `bodyKind` when not `undefined`. */
	body?: unknown;
	/** How the body is encoded; default "json". */
	bodyKind?: BodyKind;
	/**
	 * Encodes a "form" or "multipart" body (the runtime's `encodeFormBody`), which a core from
	 * {@link createLeanCore} needs for them; generated operations pass it, {@link createHttpCore} supplies it.
	 */
	encodeBody?: (kind: BodyKind, body: unknown) => FormData | URLSearchParams;
	/** The body's media type when it is not `application/json` (multipart sets its own boundary). */
	contentType?: string;
	/** The request body's validator, run before sending. */
	validateBody?: (value: unknown) => ValidationResult<unknown>;
	/**
	 * How the success body is read: "json" (parsed and validated), "text" (a string), "binary" (a
	 * `Blob`), or "empty" (resolve `undefined` whatever the body).
	 */
	responseKind: "json" | "text" | "binary" | "empty";
	/** Success statuses the spec documents without a body, among ones that have one. */
	emptyStatuses?: readonly number[];
	/**
	 * The alternatives of the operation's security requirement, each a list of credentials that go
	 * together; `[]` among them means the operation may be called without any. Default: a bearer token.
	 */
	security?: readonly (readonly Credential[])[];
	/**
	 * Writes `cookies` and the credentials `security` names (the runtime's `writeCredentials`), which a
	 * core from {@link createLeanCore} needs for either; generated operations pass it, and
	 * {@link createHttpCore} supplies it. Without both, a call sends the bearer token.
	 */
	writeCredentials?: CredentialWriter;
	/** The operation's generated response validator. */
	validate?: (value: unknown) => ValidationResult<T>;
}
/** The secrets a client holds, as {@link CredentialWriter} sends them. */
export interface HeldCredentials {
	token: string | undefined;
	apiKey: string | undefined;
	/** `username:password` in base64, ready for `Authorization: Basic`. */
	basic: string | undefined;
}
/** Query parameters as the writers take them: {@link OperationRequest.query}'s values, or anything else (refused with a `TypeError`). */
export type QueryRecord = Readonly<Record<string, unknown>>;
/** What {@link CredentialWriter} reads of a request. */
export interface CredentialRequest {
	operationId: string;
	query?: QueryRecord | undefined;
	cookies?: Readonly<Record<string, string | number | boolean | undefined>> | undefined;
	security?: readonly (readonly Credential[])[] | undefined;
}
/**
 * Adds a request's cookies and the credentials of its security requirement to `headers` (lower-case
 * names) and returns the query with an API key that travels there; see {@link OperationRequest.writeCredentials}.
 */
export type CredentialWriter = (req: CredentialRequest, headers: Record<string, string>, held: HeldCredentials) => QueryRecord | undefined;
/** Writes an operation's query parameters; see {@link OperationRequest.encodeQuery}. */
export type QueryEncoder = (operationId: string, query: QueryRecord, styles?: Readonly<Record<string, QueryStyle>>) => string;
/** Sends operations; one per client instance. */
export interface HttpCore {
	request<T>(req: OperationRequest<T>, options?: RequestOptions): ApiPromise<T>;
}
/** Input of {@link createHttpCore}. */
export interface HttpCoreSettings {
	/** The spec's server URL, used when `config.baseUrl` is not set. */
	defaultBaseUrl: string;
	config: ClientOptions;
	/** Maps a non-2xx response to the error to throw; default the runtime's `toApiError`. */
	toApiError?: ApiErrorFactory;
	/** Headers the generated client adds to every request, under everything else. */
	defaultHeaders?: Record<string, string>;
	/** Waits between retries; injectable so tests do not sleep. Must reject when `signal` aborts. */
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** Source of jitter in [0, 1); injectable for deterministic tests. */
	random?: () => number;
	/** Clock in epoch milliseconds, for deadlines and `Retry-After` dates; injectable for tests. */
	now?: () => number;
	/**
	 * Whether every operation needs `config.token`, so a missing one is refused at construction (as
	 * for Webflow). Default true; an API with other schemes, or without auth, passes false and each
	 * call checks the credentials its own requirement names.
	 */
	requireToken?: boolean;
}
/**
 * {@link createLeanCore} with the runtime's query, form and credential writers, for requests written by hand
 * (`core.request({ ..., query })`) that do not pass their own.
 */
export declare function createHttpCore(settings: HttpCoreSettings): HttpCore;
/**
 * Creates the HTTP core for one client; what generated clients use. Its requests bring their own
 * query and form-body encoders (generated operations do), so a program bundles those only when it
 * calls an operation that needs them; {@link createHttpCore} adds them for every request.
 *
 * Retries (up to `retry.maxRetries`, default 2), by what the failed attempt tells about the server:
 *
 * | failure | GET, PUT, DELETE | POST, PATCH |
 * | --- | --- | --- |
 * | 429 | retried | retried: the server did not act on it |
 * | 408, 500, 502, 503, 504 | retried | not retried: it may have acted |
 * | connection refused (`ECONNREFUSED`) | retried | retried: nothing reached the server |
 * | other network errors, per-attempt timeout | retried | not retried |
 * | other statuses, the caller's abort | not retried | not retried |
 *
 * The wait is `Retry-After` when the response has one (seconds or an HTTP date), never less; when
 * it is longer than `retry.maxDelayMs` or ends past the call's deadline (`totalTimeoutMs`), the
 * error (a 429's carrying `retryAfter`) is thrown at once rather than waited out or retried early.
 * Without `Retry-After`, exponential backoff with jitter, capped at `maxDelayMs`; a backoff that
 * would end past the deadline also ends the call. When retries run out, the last failure is
 * thrown. The caller's abort is never retried and surfaces as a {@link WebflowNetworkError} with
 * `aborted: true`, so everything the core throws at run time is a `WebflowError`; `TypeError` is
 * reserved for caller bugs (bad config, missing path parameter), thrown before anything is sent.
 *
 * @throws TypeError when the token is missing or not a plausible token, or the base URL or
 *   headers are invalid. The message never contains the token.
 */
export declare function createLeanCore(settings: HttpCoreSettings): HttpCore;
