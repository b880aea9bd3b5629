import { WebflowNetworkError, WebflowRequestValidationError, WebflowResponseValidationError, } from "./errors.js";
import { readRateLimit } from "./rate-limit.js";
import { redactText, redactValue } from "./redact.js";
import { issue } from "./validation.js";
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 30_000;
/** setTimeout overflows above this and would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** Network failures are retried only where repeating the request cannot do something twice. */
const IDEMPOTENT = new Set(["GET", "PUT", "DELETE"]);
/** Statuses that signal a transient server or gateway failure. */
const TRANSIENT_STATUSES = new Set([408, 500, 502, 503, 504]);
/** Visible ASCII only: anything else would make `Headers` throw a message that quotes the token. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;
const PATH_PARAM = /\{([^{}]+)\}/g;
function defaultSleep(ms, signal) {
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
        }, ms);
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
/** Scalar to its wire text; non-finite numbers are a caller bug that would otherwise send "NaN". */
function scalarText(value, what) {
    if (typeof value === "number" && !Number.isFinite(value)) {
        throw new TypeError(`${what} must be a finite number`);
    }
    return String(value);
}
/**
 * Fills `{name}` placeholders. Values are percent-encoded so "/", "?" and "#" stay inside their
 * segment. "." and ".." are rejected rather than encoded: the WHATWG URL parser (and so fetch)
 * treats "%2E%2E" exactly like "..", so no encoding keeps them from climbing out of the path.
 * Empty values are rejected because "/webhooks/" is a different endpoint from "/webhooks/{id}".
 */
function fillPath(operationId, template, params) {
    return template.replace(PATH_PARAM, (_match, name) => {
        const value = params !== undefined && Object.prototype.hasOwnProperty.call(params, name)
            ? params[name]
            : undefined;
        const what = `${operationId}: path parameter "${name}"`;
        if (value === undefined || value === null)
            throw new TypeError(`${what} is required`);
        const text = scalarText(value, what);
        if (text === "")
            throw new TypeError(`${what} must not be empty`);
        if (text === "." || text === "..")
            throw new TypeError(`${what} must not be "." or ".."`);
        return encodeURIComponent(text);
    });
}
function buildQuery(operationId, query) {
    if (query === undefined)
        return "";
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined || value === null)
            continue;
        const what = `${operationId}: query parameter "${key}"`;
        for (const item of Array.isArray(value) ? value : [value])
            params.append(key, scalarText(item, what));
    }
    const text = params.toString();
    return text === "" ? "" : `?${text}`;
}
/**
 * The token is the client's identity, so extra headers may not replace or remove it: an
 * `Authorization` entry anywhere else is an error, not a silent override. Use one client per token.
 */
function addHeaders(target, extra, source) {
    if (extra === undefined)
        return;
    for (const [name, value] of Object.entries(extra)) {
        if (value === undefined)
            continue;
        if (name.toLowerCase() === "authorization") {
            throw new TypeError(`${source} may not set Authorization; the client sends its configured token`);
        }
        target.set(name, value);
    }
}
/** Raw text or parsed JSON; `ok: false` when the text is not JSON. */
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
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
export function createHttpCore(settings) {
    const { config, toApiError } = settings;
    const { token } = config;
    // typeof guards JavaScript callers and `as any` config objects, which the type cannot.
    if (typeof token !== "string" || token === "") {
        throw new TypeError("ClientConfig.token is required: pass a Webflow API token");
    }
    if (!TOKEN_CHARS.test(token)) {
        // A stray newline from an env file is the usual cause; the token itself is not echoed.
        throw new TypeError("ClientConfig.token contains whitespace or non-printable characters");
    }
    const baseUrl = (config.baseUrl ?? settings.defaultBaseUrl).replace(/\/+$/, "");
    try {
        new URL(baseUrl);
    }
    catch {
        throw new TypeError(`Invalid base URL: ${baseUrl}`);
    }
    // Checked once here so a bad static header fails at construction, not on the first call.
    const staticHeaders = new Headers({ Accept: "application/json" });
    addHeaders(staticHeaders, settings.defaultHeaders, "defaultHeaders");
    addHeaders(staticHeaders, config.headers, "ClientConfig.headers");
    const retry = config.retry === false ? { maxRetries: 0 } : (config.retry ?? {});
    const maxRetries = retry.maxRetries ?? DEFAULT_MAX_RETRIES;
    const baseDelayMs = retry.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
    const maxDelayMs = retry.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
    const sleep = settings.sleep ?? defaultSleep;
    const random = settings.random ?? Math.random;
    /** Equal jitter: at least half the exponential delay, so a burst of clients still spreads out. */
    function backoff(attempt, retryAfterSeconds) {
        if (retryAfterSeconds !== undefined)
            return Math.min(retryAfterSeconds * 1000, maxDelayMs);
        const ceiling = Math.min(baseDelayMs * 2 ** attempt, maxDelayMs);
        return ceiling / 2 + random() * (ceiling / 2);
    }
    /** One attempt: fetch and read the whole body under one timeout, so a stalled body times out too. */
    async function send(url, init, context, callerSignal, timeoutMs) {
        const fetchFn = config.fetch ?? globalThis.fetch;
        if (typeof fetchFn !== "function") {
            throw new TypeError("No fetch implementation: pass ClientConfig.fetch or use a runtime with global fetch");
        }
        if (callerSignal?.aborted) {
            throw new WebflowNetworkError({
                ...context,
                cause: callerSignal.reason,
                timedOut: false,
                aborted: true,
            });
        }
        const controller = new AbortController();
        let timedOut = false;
        const timer = Number.isFinite(timeoutMs) && timeoutMs <= MAX_TIMER_MS
            ? setTimeout(() => {
                timedOut = true;
                controller.abort();
            }, timeoutMs)
            : undefined;
        const onAbort = () => controller.abort(callerSignal?.reason);
        callerSignal?.addEventListener("abort", onAbort, { once: true });
        try {
            // Called as a plain function: browsers' fetch throws "Illegal invocation" with `this` = config.
            const response = await fetchFn(url, { ...init, signal: controller.signal });
            const text = await response.text();
            return { response, text };
        }
        catch (cause) {
            throw new WebflowNetworkError({
                ...context,
                cause,
                timedOut,
                aborted: !timedOut && callerSignal?.aborted === true,
                timeoutMs,
            });
        }
        finally {
            clearTimeout(timer);
            callerSignal?.removeEventListener("abort", onAbort);
        }
    }
    async function request(req, options = {}) {
        if (req.body !== undefined &&
            req.validateBody !== undefined &&
            config.validateRequests !== false) {
            const checked = req.validateBody(req.body);
            if (!checked.ok)
                throw new WebflowRequestValidationError({
                    operationId: req.operationId,
                    method: req.method,
                    issues: checked.issues,
                });
        }
        const url = baseUrl +
            fillPath(req.operationId, req.path, req.pathParams) +
            buildQuery(req.operationId, req.query);
        const headers = new Headers(staticHeaders);
        addHeaders(headers, req.headers, `${req.operationId} headers`);
        addHeaders(headers, options.headers, "RequestOptions.headers");
        headers.set("Authorization", `Bearer ${token}`);
        const init = { method: req.method, headers };
        if (req.body !== undefined) {
            headers.set("Content-Type", req.contentType ?? "application/json");
            init.body = JSON.stringify(req.body);
        }
        const context = { operationId: req.operationId, method: req.method, url };
        const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        const idempotent = IDEMPOTENT.has(req.method);
        for (let attempt = 0;; attempt++) {
            let exchange;
            let failure;
            try {
                exchange = await send(url, init, context, options.signal, timeoutMs);
            }
            catch (error) {
                if (!(error instanceof WebflowNetworkError) || error.aborted)
                    throw error;
                failure = error;
            }
            const status = exchange?.response.status;
            const rateLimit = exchange === undefined ? {} : readRateLimit(exchange.response.headers);
            const retryable = status === undefined
                ? idempotent
                : status === 429 || (idempotent && TRANSIENT_STATUSES.has(status));
            if (retryable && attempt < maxRetries) {
                try {
                    await sleep(backoff(attempt, rateLimit.retryAfterSeconds), options.signal);
                }
                catch (cause) {
                    if (options.signal?.aborted !== true)
                        throw cause;
                    throw new WebflowNetworkError({ ...context, cause, timedOut: false, aborted: true });
                }
                continue;
            }
            if (exchange === undefined)
                throw failure;
            return finish(req, exchange, rateLimit, url, attempt + 1);
        }
    }
    /** Reports, decodes and validates the final response, or throws its API error. */
    function finish(req, exchange, rateLimit, url, attempt) {
        const { response, text } = exchange;
        const { status, headers } = response;
        config.onResponse?.({
            operationId: req.operationId,
            method: req.method,
            url,
            status,
            attempt,
            rateLimit,
            headers,
        });
        const success = status >= 200 && status <= 299;
        if (success && req.responseKind === "empty")
            return undefined;
        const parsed = parseJson(text);
        // A server or proxy that echoes the request must not carry the token into an error, so
        // whatever an error keeps of the response is redacted; a returned value is left untouched.
        const safeBody = () => parsed.ok ? redactValue(parsed.value, token) : redactText(text, token);
        if (!success) {
            throw toApiError({
                status,
                operationId: req.operationId,
                method: req.method,
                url,
                body: safeBody(),
                headers: redactHeaders(headers),
                rateLimit,
            });
        }
        const context = { operationId: req.operationId, method: req.method, url, status };
        if (!parsed.ok) {
            const body = safeBody();
            throw new WebflowResponseValidationError({
                ...context,
                issues: [issue("", "JSON body", body)],
                body,
            });
        }
        if (req.validate === undefined || config.validateResponses === false)
            return parsed.value;
        const result = req.validate(parsed.value);
        if (result.ok)
            return result.value;
        // Issues quote keys and values, cut to an excerpt that may hold part of the token where no
        // whole one is left to redact, so they come from validating the redacted body instead.
        const body = safeBody();
        const safeResult = req.validate(body);
        throw new WebflowResponseValidationError({
            ...context,
            // The redacted body can pass where the real one failed, e.g. a maxLength the token broke.
            issues: safeResult.ok
                ? [
                    {
                        path: "",
                        expected: "a body matching the schema",
                        message: "/: the mismatches quote the API token, so they are withheld",
                    },
                ]
                : safeResult.issues,
            body,
        });
    }
    /** Response headers with the token removed from every value. */
    function redactHeaders(headers) {
        const safe = new Headers();
        headers.forEach((value, name) => safe.append(name, redactText(value, token)));
        return safe;
    }
    return { request };
}
