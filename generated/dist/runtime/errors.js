import { isPlainObject, summarizeIssues } from "./validation.js";
/**
 * Base of everything thrown by the client. `name` defaults to the concrete class's name; generated
 * subclasses such as `NotFoundError` also set it explicitly, because minifiers rename classes.
 */
export class WebflowError extends Error {
	constructor(message, options) {
		super(message, options);
		this.name = new.target.name;
	}
}
/** Standard reason phrases, used when the body carries no message of its own. */
const REASONS = {
	400: "Bad Request",
	401: "Unauthorized",
	403: "Forbidden",
	404: "Not Found",
	405: "Method Not Allowed",
	408: "Request Timeout",
	409: "Conflict",
	410: "Gone",
	413: "Content Too Large",
	415: "Unsupported Media Type",
	422: "Unprocessable Content",
	429: "Too Many Requests",
	500: "Internal Server Error",
	501: "Not Implemented",
	502: "Bad Gateway",
	503: "Service Unavailable",
	504: "Gateway Timeout"
};
/** Details shown in an error message; the rest stay available on `details`. */
const MAX_DETAILS_IN_MESSAGE = 5;
/** Path of a URL without query or fragment: query strings may carry data that does not belong in logs. */
function urlPath(url) {
	try {
		return new URL(url).pathname;
	} catch {
		return url.split(/[?#]/)[0] ?? "";
	}
}
/**
 * Reads either error body shape Webflow uses. v2: `{code: string, message, externalReference,
 * details}`. v1: `{msg, code: number, name, path, err, problems?}`, where `name` is the symbolic
 * code. Anything else (HTML from a proxy, empty body) gets code "unknown_error" and the status's
 * reason phrase, because a client must cope with whatever a gateway returns.
 */
function normalizeErrorBody(status, body) {
	const reason = REASONS[status] ?? `HTTP ${status}`;
	if (isPlainObject(body) && typeof body.code === "string") {
		return {
			code: body.code,
			message: typeof body.message === "string" ? body.message : reason,
			externalReference: typeof body.externalReference === "string" ? body.externalReference : null,
			details: Array.isArray(body.details) ? body.details : []
		};
	}
	if (isPlainObject(body) && (typeof body.msg === "string" || typeof body.code === "number")) {
		return {
			code: typeof body.name === "string" ? body.name : typeof body.code === "number" ? String(body.code) : "unknown_error",
			message: typeof body.msg === "string" ? body.msg : reason,
			externalReference: null,
			details: Array.isArray(body.problems) ? body.problems : []
		};
	}
	return {
		code: "unknown_error",
		message: reason,
		externalReference: null,
		details: []
	};
}
/** One detail as text: Webflow sends strings or `{param, description}` objects. */
function formatDetail(detail) {
	if (typeof detail === "string") return detail;
	if (isPlainObject(detail) && typeof detail.param === "string" && typeof detail.description === "string") {
		return `${detail.param}: ${detail.description}`;
	}
	const json = JSON.stringify(detail) ?? String(detail);
	return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}
/**
 * The API answered with a non-2xx status. Both v2 and legacy v1 error bodies are normalized
 * into `code`, `apiMessage`, `details` and `externalReference`; the raw body stays on `body`.
 * `message` reads `"<METHOD> <path> failed with <status> <code>: <message>"`, followed by the
 * first details in brackets, because validation errors are useless without them.
 */
export class WebflowApiError extends WebflowError {
	status;
	/** Symbolic error code, e.g. "resource_not_found"; unknown codes pass through unchanged. */
	code;
	/** The server's own message, without the method/path prefix of `message`. */
	apiMessage;
	details;
	externalReference;
	/** Parsed JSON, or the raw text when the body was not JSON. */
	body;
	operationId;
	method;
	url;
	rateLimit;
	/** Response headers (e.g. for a request id); never the request's. */
	headers;
	/** @param message Replaces the standard message; for errors raised before anything was sent. */
	constructor(init, message) {
		const normalized = normalizeErrorBody(init.status, init.body);
		const shown = normalized.details.slice(0, MAX_DETAILS_IN_MESSAGE).map(formatDetail);
		if (normalized.details.length > MAX_DETAILS_IN_MESSAGE) {
			shown.push(`${normalized.details.length - MAX_DETAILS_IN_MESSAGE} more`);
		}
		super(message ?? `${init.method} ${urlPath(init.url)} failed with ${init.status} ${normalized.code}: ${normalized.message}` + (shown.length > 0 ? ` [${shown.join("; ")}]` : ""));
		this.status = init.status;
		this.code = normalized.code;
		this.apiMessage = normalized.message;
		this.details = normalized.details;
		this.externalReference = normalized.externalReference;
		this.body = init.body;
		this.operationId = init.operationId;
		this.method = init.method;
		this.url = init.url;
		this.rateLimit = init.rateLimit;
		this.headers = init.headers;
	}
}
/**
 * The system error code under a fetch failure (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`…):
 * Node's "fetch failed" keeps it in `cause.code`, a connection tried on several addresses in an
 * `AggregateError`'s `errors`. Browsers expose none, so there it is undefined.
 */
function causeCode(cause, depth = 0) {
	if (!isPlainObject(cause) || depth > 4) return undefined;
	if (typeof cause.code === "string") return cause.code;
	if (Array.isArray(cause.errors)) {
		for (const inner of cause.errors) {
			const code = causeCode(inner, depth + 1);
			if (code !== undefined) return code;
		}
	}
	return causeCode(cause.cause, depth + 1);
}
/** Text of a fetch failure, with the system error code that Node's "fetch failed" hides. */
function describeCause(cause) {
	if (!(cause instanceof Error)) return String(cause);
	const code = causeCode(cause.cause);
	return code === undefined ? cause.message : `${cause.message} (${code})`;
}
/**
 * No HTTP response was received: fetch threw, the connection broke while reading the body,
 * the per-attempt timeout fired (`timedOut`), or the caller aborted (`aborted`). The caller's
 * abort surfaces as this class too, so everything the client throws is a {@link WebflowError};
 * the abort reason is on `cause`.
 */
export class WebflowNetworkError extends WebflowError {
	operationId;
	method;
	url;
	timedOut;
	aborted;
	/**
	 * The system error code of the failure when the platform tells it (Node does, browsers do not):
	 * `ECONNREFUSED` means nothing reached the server, so even a POST is retried.
	 */
	code;
	constructor(init) {
		const what = init.timedOut ? `timed out after ${init.timeoutMs ?? "?"} ms` : init.aborted ? "was aborted by the caller" : `failed: ${describeCause(init.cause)}`;
		super(`${init.method} ${urlPath(init.url)} ${what}`, { cause: init.cause });
		this.operationId = init.operationId;
		this.method = init.method;
		this.url = init.url;
		this.timedOut = init.timedOut;
		this.aborted = init.aborted;
		this.code = init.timedOut || init.aborted ? undefined : causeCode(init.cause);
	}
}
/**
 * A request body that does not match the spec, caught before it is sent (so it costs no request and
 * no rate limit); disable with `validateRequests: false`.
 */
export class WebflowRequestValidationError extends WebflowError {
	operationId;
	method;
	issues;
	constructor(init) {
		super(`${init.operationId}: the request body does not match the spec, so it was not sent: ${summarizeIssues(init.issues, "body")}`);
		this.operationId = init.operationId;
		this.method = init.method;
		this.issues = init.issues;
	}
}
/**
 * A 2xx response whose body is not what the spec promises (or not JSON at all). Thrown instead
 * of handing the caller a value whose type is a lie; disable with `validateResponses: false`.
 */
export class WebflowResponseValidationError extends WebflowError {
	operationId;
	method;
	url;
	status;
	issues;
	body;
	constructor(init) {
		super(`${init.method} ${urlPath(init.url)} returned ${init.status} with a body that does not match ` + `the ${init.operationId} response schema: ${summarizeIssues(init.issues)}`);
		this.operationId = init.operationId;
		this.method = init.method;
		this.url = init.url;
		this.status = init.status;
		this.issues = init.issues;
		this.body = init.body;
	}
}
/** HTTP 400: the request is malformed or failed the server's validation; `details` names the fields. */
export class BadRequestError extends WebflowApiError {
	status = 400;
	constructor(init) {
		super(init);
		this.name = "BadRequestError";
	}
}
/** HTTP 401: the token is missing, malformed, expired or revoked. */
export class UnauthorizedError extends WebflowApiError {
	status = 401;
	constructor(init) {
		super(init);
		this.name = "UnauthorizedError";
	}
}
/**
 * HTTP 403: the token may not do this. A 403 with code `missing_scopes` is the subclass
 * {@link MissingScopesError}, naming the scopes.
 */
export class ForbiddenError extends WebflowApiError {
	status = 403;
	constructor(init, message) {
		super(init, message);
		this.name = "ForbiddenError";
	}
}
/** HTTP 404: a resource named in the path does not exist or is not visible to the token. */
export class NotFoundError extends WebflowApiError {
	status = 404;
	constructor(init) {
		super(init);
		this.name = "NotFoundError";
	}
}
/** HTTP 409: the request conflicts with the current state of the resource. */
export class ConflictError extends WebflowApiError {
	status = 409;
	constructor(init) {
		super(init);
		this.name = "ConflictError";
	}
}
/** HTTP 422: the request is well-formed but cannot be processed. */
export class UnprocessableEntityError extends WebflowApiError {
	status = 422;
	constructor(init) {
		super(init);
		this.name = "UnprocessableEntityError";
	}
}
/**
 * HTTP 429: the API key's requests per minute are used up. `retryAfter` is the wait the server
 * asked for, in seconds (from `Retry-After`, seconds or HTTP date), when it sent one. The client
 * retries a 429 by itself when that wait fits the caller's limits, so seeing this error means the
 * retries ran out or the wait was longer than `retry.maxDelayMs` or the call's deadline allowed.
 */
export class TooManyRequestsError extends WebflowApiError {
	status = 429;
	/** Seconds to wait before the next request, from `Retry-After`; undefined without the header. */
	retryAfter;
	constructor(init) {
		super(init);
		this.name = "TooManyRequestsError";
		this.retryAfter = init.rateLimit.retryAfterSeconds;
	}
}
/** HTTP 500: an unexpected error on Webflow's side. */
export class InternalServerError extends WebflowApiError {
	status = 500;
	constructor(init) {
		super(init);
		this.name = "InternalServerError";
	}
}
/** HTTP 502: a gateway in front of the API got no valid answer from it. */
export class BadGatewayError extends WebflowApiError {
	status = 502;
	constructor(init) {
		super(init);
		this.name = "BadGatewayError";
	}
}
/** HTTP 503: the API is temporarily down or overloaded. */
export class ServiceUnavailableError extends WebflowApiError {
	status = 503;
	constructor(init) {
		super(init);
		this.name = "ServiceUnavailableError";
	}
}
/** HTTP 504: a gateway in front of the API timed out waiting for it. */
export class GatewayTimeoutError extends WebflowApiError {
	status = 504;
	constructor(init) {
		super(init);
		this.name = "GatewayTimeoutError";
	}
}
/** A lower-case `name:verb` token, as Webflow spells scopes (`sites:read`, `workspace_activity:read`). */
const SCOPE_TOKEN = /(?<![\w:])[a-z][a-z0-9_]*:[a-z][a-z0-9_]*(?![\w:])/g;
/**
 * The scopes named in a `missing_scopes` error: every `name:verb` token of the message and the
 * details, in order, without repeats. Reads the shapes Webflow has used and reasonable variants
 * ("You are missing the following scopes - sites:read, cms:read", "Missing scopes: [\"sites:read\"]",
 * "sites:read and cms:read are required"); a token such as `missing_scopes:` before the list is not a scope.
 */
export function parseMissingScopes(message, details = []) {
	const texts = [message];
	for (const detail of details) {
		if (typeof detail === "string") texts.push(detail);
		else if (isPlainObject(detail)) {
			for (const value of Object.values(detail)) if (typeof value === "string") texts.push(value);
		}
	}
	const found = new Set();
	for (const text of texts) {
		for (const match of text.matchAll(SCOPE_TOKEN)) {
			if (!/scopes?:/.test(match[0].slice(0, match[0].indexOf(":") + 1))) found.add(match[0]);
		}
	}
	return [...found];
}
/**
 * The token lacks scopes the operation needs. Thrown for a server's 403 `missing_scopes` (the
 * scopes parsed from its message, `sent: true`), and by a client that knows the token's scopes
 * before a call (`new MissingScopesError({ operationId, missingScopes })`, `sent: false`: nothing
 * reached the server and no rate limit was spent). `missingScopes` may be empty when the server
 * named none that could be read.
 */
export class MissingScopesError extends ForbiddenError {
	missingScopes;
	/** True when the server refused the call; false when the client did, before sending it. */
	sent;
	constructor(init) {
		if ("status" in init) {
			super(init);
			this.missingScopes = parseMissingScopes(this.apiMessage, this.details);
			this.sent = true;
		} else {
			const scopes = [...init.missingScopes];
			const list = scopes.join(", ");
			super({
				status: 403,
				operationId: init.operationId,
				method: init.method ?? "",
				url: init.url ?? "",
				body: {
					code: "missing_scopes",
					message: `You are missing the following scopes - ${list}`,
					externalReference: null,
					details: []
				},
				headers: new Headers(),
				rateLimit: {}
			}, init.message ?? `${init.operationId} was not sent: the token lacks the scope${scopes.length === 1 ? "" : "s"} ${list}`);
			this.missingScopes = scopes;
			this.sent = false;
		}
		this.name = "MissingScopesError";
	}
}
/**
 * Throws a {@link MissingScopesError} (not sent) when `granted` lacks any of `required`; for a client
 * that checks a call against the token's scopes before sending it.
 */
export function assertScopes(operationId, required, granted) {
	const have = new Set(granted);
	const missing = required.filter((scope) => !have.has(scope));
	if (missing.length > 0) throw new MissingScopesError({
		operationId,
		missingScopes: missing
	});
}
/**
 * The error class for each status that has one: 400, 401, 403, 404, 409, 422, 429, 500, 502, 503
 * and 504 — the statuses Webflow documents plus the gateway statuses a proxy in front of it sends.
 * A Map, so that no status can reach an object's prototype.
 */
export const API_ERROR_CLASSES = /* @__PURE__ */ new Map([
	[400, BadRequestError],
	[401, UnauthorizedError],
	[403, ForbiddenError],
	[404, NotFoundError],
	[409, ConflictError],
	[422, UnprocessableEntityError],
	[429, TooManyRequestsError],
	[500, InternalServerError],
	[502, BadGatewayError],
	[503, ServiceUnavailableError],
	[504, GatewayTimeoutError]
]);
/**
 * The error for a failed response: a 403 with code `missing_scopes` is a {@link MissingScopesError},
 * a status of {@link API_ERROR_CLASSES} its class, any other status a plain {@link WebflowApiError}.
 */
export function toApiError(init) {
	if (init.status === 403 && normalizeErrorBody(403, init.body).code === "missing_scopes") {
		return new MissingScopesError(init);
	}
	const ErrorClass = API_ERROR_CLASSES.get(init.status) ?? WebflowApiError;
	return new ErrorClass(init);
}
/**
 * The client-side rate limiter (`ClientConfig.rateLimit`) has no slot for this call before its
 * deadline (`totalTimeoutMs`) passes, so it was not sent. `retryAfter` is in seconds, like
 * {@link TooManyRequestsError.retryAfter}.
 */
export class WebflowRateLimitError extends WebflowError {
	operationId;
	method;
	retryAfter;
	constructor(init) {
		const seconds = Math.ceil(init.waitMs / 1e3);
		super(`${init.operationId} was not sent: the rate limit frees a slot in ${seconds} s, after the call's deadline`);
		this.operationId = init.operationId;
		this.method = init.method;
		this.retryAfter = seconds;
	}
}
