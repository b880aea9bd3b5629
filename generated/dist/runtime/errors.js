import { isPlainObject } from "./validation.js";
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
    504: "Gateway Timeout",
};
/** Details shown in an error message; the rest stay available on `details`. */
const MAX_DETAILS_IN_MESSAGE = 5;
/** Issues shown in a validation error message; the rest stay available on `issues`. */
const MAX_ISSUES_IN_MESSAGE = 3;
/** Path of a URL without query or fragment: query strings may carry data that does not belong in logs. */
function urlPath(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
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
            details: Array.isArray(body.details) ? body.details : [],
        };
    }
    if (isPlainObject(body) && (typeof body.msg === "string" || typeof body.code === "number")) {
        return {
            code: typeof body.name === "string"
                ? body.name
                : typeof body.code === "number"
                    ? String(body.code)
                    : "unknown_error",
            message: typeof body.msg === "string" ? body.msg : reason,
            externalReference: null,
            details: Array.isArray(body.problems) ? body.problems : [],
        };
    }
    return { code: "unknown_error", message: reason, externalReference: null, details: [] };
}
/** One detail as text: Webflow sends strings or `{param, description}` objects. */
function formatDetail(detail) {
    if (typeof detail === "string")
        return detail;
    if (isPlainObject(detail) &&
        typeof detail.param === "string" &&
        typeof detail.description === "string") {
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
    constructor(init) {
        const normalized = normalizeErrorBody(init.status, init.body);
        const shown = normalized.details.slice(0, MAX_DETAILS_IN_MESSAGE).map(formatDetail);
        if (normalized.details.length > MAX_DETAILS_IN_MESSAGE) {
            shown.push(`${normalized.details.length - MAX_DETAILS_IN_MESSAGE} more`);
        }
        super(`${init.method} ${urlPath(init.url)} failed with ${init.status} ${normalized.code}: ${normalized.message}` +
            (shown.length > 0 ? ` [${shown.join("; ")}]` : ""));
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
/** Text of a fetch failure; Node's "fetch failed" hides the useful part (e.g. ECONNREFUSED) in `cause.code`. */
function describeCause(cause) {
    if (!(cause instanceof Error))
        return String(cause);
    const inner = cause.cause;
    const code = isPlainObject(inner) && typeof inner.code === "string" ? inner.code : undefined;
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
    constructor(init) {
        const what = init.timedOut
            ? `timed out after ${init.timeoutMs ?? "?"} ms`
            : init.aborted
                ? "was aborted by the caller"
                : `failed: ${describeCause(init.cause)}`;
        super(`${init.method} ${urlPath(init.url)} ${what}`, { cause: init.cause });
        this.operationId = init.operationId;
        this.method = init.method;
        this.url = init.url;
        this.timedOut = init.timedOut;
        this.aborted = init.aborted;
    }
}
/** The first few issue messages, and how many more there are, for an error message. */
function summarizeIssues(issues) {
    const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((i) => i.message);
    const more = issues.length - shown.length;
    return `${shown.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`;
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
        super(`${init.operationId}: the request body does not match the spec, so it was not sent: ${summarizeIssues(init.issues)}`);
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
        super(`${init.method} ${urlPath(init.url)} returned ${init.status} with a body that does not match ` +
            `the ${init.operationId} response schema: ${summarizeIssues(init.issues)}`);
        this.operationId = init.operationId;
        this.method = init.method;
        this.url = init.url;
        this.status = init.status;
        this.issues = init.issues;
        this.body = init.body;
    }
}
