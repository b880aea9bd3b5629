import { toApiError as defaultToApiError, WebflowNetworkError, WebflowRequestValidationError, WebflowResponseValidationError, } from "./errors.js";
import { readRateLimit } from "./rate-limit.js";
import { redactText, redactValue } from "./redact.js";
import { sleepFor } from "./sleep.js";
import { issue } from "./validation.js";
/**
 * The promise of one call's validated body, with `.withResponse()` for its metadata. It is a real
 * `Promise<T>` (`instanceof Promise`, `await`, `then`, `catch`, `finally`); derived promises
 * (`.then(...)`) are plain promises.
 */
export class ApiPromise extends Promise {
    // No `Symbol.species` override: `then`, `catch` and `finally` below return the inner body promise's
    // derived promises, so the Promise machinery never constructs an ApiPromise itself.
    #response;
    #data;
    constructor(response) {
        // The value of this promise itself is never observed: `then` reads the response instead, so
        // a rejection is reported only to whoever awaits the data or the response.
        super((resolve) => resolve(undefined));
        this.#response = response;
    }
    /** The typed body together with the final response's status, headers, rate limit and attempt. */
    withResponse() {
        return this.#response;
    }
    #body() {
        this.#data ??= this.#response.then((result) => result.data);
        return this.#data;
    }
    then(onfulfilled, onrejected) {
        return this.#body().then(onfulfilled, onrejected);
    }
    catch(onrejected) {
        return this.#body().catch(onrejected);
    }
    finally(onfinally) {
        return this.#body().finally(onfinally);
    }
}
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 60_000;
/** setTimeout overflows above this and would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** Failures after which the server may have acted are retried only where a repeat cannot do something twice. */
const IDEMPOTENT = /* @__PURE__ */ new Set([
    "GET",
    "PUT",
    "DELETE",
]);
/** Statuses that signal a transient server or gateway failure. */
const TRANSIENT_STATUSES = /* @__PURE__ */ new Set([408, 500, 502, 503, 504]);
/** Visible ASCII only: anything else would make `Headers` throw a message that quotes the token. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;
const PATH_PARAM = /\{([^{}]+)\}/g;
/** A UTF-16 surrogate without its other half: not text, so it has no percent-encoding. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Scalar to its wire text. Non-finite numbers are a caller bug that would otherwise send "NaN"; a
 * lone surrogate would make `encodeURIComponent` throw a `URIError` (and `URLSearchParams` send
 * U+FFFD in its place), so both are the documented `TypeError` instead.
 */
function scalarText(value, what) {
    if (typeof value === "number" && !Number.isFinite(value)) {
        throw new TypeError(`${what} must be a finite number`);
    }
    const text = String(value);
    if (LONE_SURROGATE.test(text)) {
        throw new TypeError(`${what} contains a lone surrogate, which is not valid Unicode`);
    }
    return text;
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
/**
 * Any parameter value as one piece of wire text: a scalar as itself, a list as its items joined by
 * commas (OpenAPI's `simple` style), an object as its JSON text (the form OpenAPI leaves undefined
 * that servers most often read).
 */
function valueText(value, what) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return scalarText(value, what);
    if (Array.isArray(value))
        return value.filter((item) => item !== undefined && item !== null).map((item) => valueText(item, what)).join(",");
    // JSON.stringify escapes lone surrogates, so the text is always encodable.
    if (typeof value === "object" && value !== null)
        return JSON.stringify(value);
    throw new TypeError(`${what} must be a string, number, boolean, list or object, found ${typeof value}`);
}
/** A `deepObject` value: `key[a]=1`, nested objects as `key[a][b]=1`, lists as repeated keys. */
function appendDeep(params, key, value, what) {
    if (value === undefined || value === null)
        return;
    if (Array.isArray(value))
        for (const item of value)
            appendDeep(params, key, item, what);
    else if (typeof value === "object")
        for (const [name, v] of Object.entries(value))
            appendDeep(params, `${key}[${name}]`, v, what);
    else
        params.append(key, valueText(value, what));
}
function buildQuery(operationId, query, styles = {}) {
    if (query === undefined)
        return "";
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined || value === null)
            continue;
        const what = `${operationId}: query parameter "${key}"`;
        const style = Object.prototype.hasOwnProperty.call(styles, key) ? styles[key] : "form";
        if (typeof value === "object" && !Array.isArray(value)) {
            // An object: `key[name]=value` (deepObject), `name=value` (exploded form) or `key=name,value`.
            const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
            if (style === "deep-object")
                appendDeep(params, key, value, what);
            else if (style === "form")
                for (const [name, v] of entries)
                    for (const item of Array.isArray(v) ? v : [v])
                        params.append(name, valueText(item, what));
            else
                params.append(key, entries.flatMap(([name, v]) => [name, valueText(v, what)]).join(","));
            continue;
        }
        const items = (Array.isArray(value) ? value : [value]).filter((item) => item !== undefined && item !== null).map((item) => valueText(item, what));
        const separator = style === "form-no-explode" ? "," : style === "space-delimited" ? " " : style === "pipe-delimited" ? "|" : undefined;
        if (separator !== undefined && Array.isArray(value))
            params.append(key, items.join(separator));
        else
            for (const item of items)
                params.append(key, item);
    }
    const text = params.toString();
    return text === "" ? "" : `?${text}`;
}
/** The request body as fetch sends it, by the operation's media type. */
function encodeBody(kind, body) {
    switch (kind) {
        case "json":
            return JSON.stringify(body);
        case "text":
            return String(body);
        case "binary":
            return body;
        case "form":
        case "multipart": {
            const fields = new URLSearchParams();
            const parts = new FormData();
            for (const [name, value] of Object.entries(body)) {
                for (const item of Array.isArray(value) ? value : [value]) {
                    if (item === undefined || item === null)
                        continue;
                    const blob = typeof Blob !== "undefined" && item instanceof Blob;
                    const text = typeof item === "object" && !blob ? JSON.stringify(item) : String(item);
                    if (kind === "form")
                        fields.append(name, text);
                    else
                        parts.append(name, blob ? item : text);
                }
            }
            return kind === "form" ? fields : parts;
        }
    }
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
/** The mode a `validateResponses` setting means. */
function validationMode(setting) {
    if (setting === undefined || setting === true)
        return "strict";
    if (setting === false)
        return "off";
    return setting;
}
/**
 * Creates the HTTP core for one client.
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
export function createHttpCore(settings) {
    const { config } = settings;
    const toApiError = settings.toApiError ?? defaultToApiError;
    const { token, apiKey, basic } = config;
    // typeof guards JavaScript callers and `as any` config objects, which the type cannot.
    if ((settings.requireToken ?? true) && (typeof token !== "string" || token === "")) {
        throw new TypeError("ClientConfig.token is required: pass a Webflow API token");
    }
    for (const [name, secret] of [["token", token], ["apiKey", apiKey], ["basic.password", basic?.password]]) {
        // A stray newline from an env file is the usual cause; the secret itself is not echoed.
        if (secret !== undefined && (typeof secret !== "string" || !TOKEN_CHARS.test(secret))) {
            throw new TypeError(`ClientConfig.${name} contains whitespace or non-printable characters`);
        }
    }
    const basicCredential = basic === undefined ? undefined : btoa(`${basic.username}:${basic.password}`);
    /** Every secret the client holds: none of them may appear in an error. */
    const secrets = [token, apiKey, basic?.password, basicCredential].filter((s) => typeof s === "string" && s !== "");
    const redactString = (text) => secrets.reduce(redactText, text);
    const redactAny = (value) => secrets.reduce(redactValue, value);
    const baseUrl = (config.baseUrl ?? settings.defaultBaseUrl).replace(/\/+$/, "");
    try {
        new URL(baseUrl);
    }
    catch {
        // A spec without servers (or with a relative one) leaves the base URL to the caller.
        throw new TypeError(config.baseUrl === undefined
            ? `The API's server URL ${JSON.stringify(settings.defaultBaseUrl)} is not absolute: pass ClientConfig.baseUrl`
            : `Invalid base URL: ${baseUrl}`);
    }
    // Checked once here so a bad static header fails at construction, not on the first call.
    const staticHeaders = new Headers({ Accept: "application/json" });
    addHeaders(staticHeaders, settings.defaultHeaders, "defaultHeaders");
    addHeaders(new Headers(), config.headers, "ClientConfig.headers");
    const mode = validationMode(config.validateResponses);
    const sleep = settings.sleep ?? sleepFor;
    const random = settings.random ?? Math.random;
    const now = settings.now ?? Date.now;
    const limiter = config.rateLimit;
    const warn = config.onValidationIssue ??
        ((error) => console.warn(`[webflow] ${error.message}`));
    /** One attempt: fetch and read the whole body under one timeout, so a stalled body times out too. */
    async function send(url, init, context, callerSignal, timeoutMs, reportedTimeoutMs, binary = false) {
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
            const rateLimit = readRateLimit(response.headers, now());
            // A successful binary body is kept as bytes; everything else is read as text.
            if (binary && response.ok)
                return { response, text: "", blob: await response.blob(), rateLimit };
            const text = await response.text();
            return { response, text, rateLimit };
        }
        catch (cause) {
            throw new WebflowNetworkError({
                ...context,
                cause,
                timedOut,
                aborted: !timedOut && callerSignal?.aborted === true,
                timeoutMs: reportedTimeoutMs,
            });
        }
        finally {
            clearTimeout(timer);
            callerSignal?.removeEventListener("abort", onAbort);
        }
    }
    /** The waits and retries allowed for one call: the client's settings under the call's. */
    function retryPolicy(options) {
        const client = config.retry === false ? { maxRetries: 0 } : (config.retry ?? {});
        const call = options.retry === false ? { maxRetries: 0 } : (options.retry ?? {});
        const merged = { ...client, ...call };
        return {
            maxRetries: merged.maxRetries ?? DEFAULT_MAX_RETRIES,
            baseDelayMs: merged.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
            maxDelayMs: merged.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
        };
    }
    /** Whether a failed attempt may be repeated, by what the server can have done with it. */
    function retryable(method, status, failure) {
        if (status !== undefined)
            return status === 429 || (IDEMPOTENT.has(method) && TRANSIENT_STATUSES.has(status));
        if (failure === undefined || failure.aborted)
            return false;
        return IDEMPOTENT.has(method) || (!failure.timedOut && failure.code === "ECONNREFUSED");
    }
    /**
     * The credentials to send: the first alternative of the operation's requirement the client holds
     * all of. Refused before anything is sent when it holds none, naming what would do.
     */
    function credentialsFor(req) {
        const alternatives = req.security ?? [[{ type: "bearer" }]];
        const held = (credential) => credential.type === "bearer" ? token !== undefined && token !== "" : credential.type === "basic" ? basic !== undefined : apiKey !== undefined && apiKey !== "";
        const chosen = alternatives.find((alternative) => alternative.every(held));
        if (chosen !== undefined)
            return chosen;
        const names = alternatives.map((alternative) => alternative.map((c) => (c.type === "apiKey" ? "apiKey" : c.type === "basic" ? "basic" : "token")).join(" and "));
        throw new TypeError(`${req.operationId} needs credentials the client was not given: ClientConfig.${[...new Set(names)].join(", or ClientConfig.")}`);
    }
    function request(req, options = {}) {
        return new ApiPromise(execute(req, options));
    }
    async function execute(req, options) {
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
        const query = { ...req.query };
        // Operation headers are defaults: the client's and then the call's replace them.
        const headers = new Headers(staticHeaders);
        addHeaders(headers, req.headers, `${req.operationId} headers`);
        addHeaders(headers, config.headers, "ClientConfig.headers");
        addHeaders(headers, options.headers, "RequestOptions.headers");
        const cookies = Object.entries(req.cookies ?? {}).flatMap(([name, value]) => value === undefined ? [] : [`${name}=${encodeURIComponent(scalarText(value, `${req.operationId}: cookie "${name}"`))}`]);
        for (const credential of credentialsFor(req)) {
            if (credential.type === "bearer")
                headers.set("Authorization", `Bearer ${token}`);
            else if (credential.type === "basic")
                headers.set("Authorization", `Basic ${basicCredential}`);
            else if (credential.in === "header")
                headers.set(credential.name, apiKey);
            else if (credential.in === "query")
                query[credential.name] = apiKey;
            else
                cookies.push(`${credential.name}=${encodeURIComponent(apiKey)}`);
        }
        if (cookies.length > 0)
            headers.set("Cookie", cookies.join("; "));
        const url = baseUrl + fillPath(req.operationId, req.path, req.pathParams) + buildQuery(req.operationId, query, req.queryStyles);
        const init = { method: req.method, headers };
        if (req.body !== undefined) {
            const kind = req.bodyKind ?? "json";
            // fetch writes a multipart body's Content-Type itself, with its boundary.
            if (kind !== "multipart")
                headers.set("Content-Type", req.contentType ?? "application/json");
            init.body = encodeBody(kind, req.body);
        }
        const context = { operationId: req.operationId, method: req.method, url };
        const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        const totalTimeoutMs = options.totalTimeoutMs ?? config.totalTimeoutMs;
        const deadline = totalTimeoutMs !== undefined && Number.isFinite(totalTimeoutMs)
            ? now() + totalTimeoutMs
            : Infinity;
        const policy = retryPolicy(options);
        const aborted = (cause) => new WebflowNetworkError({ ...context, cause, timedOut: false, aborted: true });
        for (let attempt = 1;; attempt++) {
            if (limiter !== undefined) {
                try {
                    await limiter.acquire({ operationId: req.operationId, method: req.method, pathParams: req.pathParams }, deadline - now(), options.signal);
                }
                catch (cause) {
                    if (options.signal?.aborted === true)
                        throw aborted(cause);
                    throw cause;
                }
            }
            // The deadline shortens the last attempt's timeout; the message then names the deadline.
            const left = deadline - now();
            const cutByDeadline = left < timeoutMs;
            if (left <= 0) {
                throw new WebflowNetworkError({
                    ...context,
                    cause: undefined,
                    timedOut: true,
                    aborted: false,
                    timeoutMs: totalTimeoutMs,
                });
            }
            let exchange;
            let failure;
            try {
                exchange = await send(url, init, context, options.signal, cutByDeadline ? left : timeoutMs, cutByDeadline ? (totalTimeoutMs ?? left) : timeoutMs, req.responseKind === "binary");
            }
            catch (error) {
                if (!(error instanceof WebflowNetworkError) || error.aborted)
                    throw error;
                failure = error;
            }
            if (exchange !== undefined)
                await limiter?.observe(exchange.response.status, exchange.rateLimit);
            const status = exchange?.response.status;
            if (attempt > policy.maxRetries || !retryable(req.method, status, failure)) {
                if (exchange === undefined)
                    throw failure;
                return finish(req, exchange, url, attempt);
            }
            const retryAfter = exchange?.rateLimit.retryAfterSeconds;
            let delayMs;
            if (retryAfter !== undefined) {
                delayMs = retryAfter * 1000;
                // Never retry before the server asked: a wait the caller does not allow ends the call now.
                if (delayMs > policy.maxDelayMs || now() + delayMs > deadline) {
                    if (exchange === undefined)
                        throw failure;
                    return finish(req, exchange, url, attempt);
                }
            }
            else {
                const ceiling = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
                // Equal jitter: at least half the exponential delay, so a burst of clients still spreads out.
                delayMs = ceiling / 2 + random() * (ceiling / 2);
                if (now() + delayMs >= deadline) {
                    if (exchange === undefined)
                        throw failure;
                    return finish(req, exchange, url, attempt);
                }
            }
            if (config.onRetry !== undefined) {
                config.onRetry({
                    ...context,
                    attempt,
                    delayMs,
                    status,
                    error: exchange === undefined
                        ? failure
                        : apiError(req, exchange, url),
                });
            }
            try {
                await sleep(delayMs, options.signal);
            }
            catch (cause) {
                if (options.signal?.aborted !== true)
                    throw cause;
                throw aborted(cause);
            }
        }
    }
    /** A body fit to keep in an error: the token removed, raw or JSON-escaped. */
    function safeBody(text, parsed) {
        // A server or proxy that echoes the request must not carry the token into an error.
        return parsed.ok ? redactAny(parsed.value) : redactString(text);
    }
    /** The API error for a non-2xx exchange, built from the redacted body and headers. */
    function apiError(req, exchange, url) {
        const init = {
            status: exchange.response.status,
            operationId: req.operationId,
            method: req.method,
            url,
            body: safeBody(exchange.text, parseJson(exchange.text)),
            headers: redactHeaders(exchange.response.headers),
            rateLimit: exchange.rateLimit,
        };
        return toApiError(init);
    }
    /** Reports, decodes and validates the final response, or throws its API error. */
    function finish(req, exchange, url, attempt) {
        const { response, text, rateLimit } = exchange;
        const { status, headers } = response;
        const info = {
            operationId: req.operationId,
            method: req.method,
            url,
            status,
            attempt,
            rateLimit,
            headers,
        };
        config.onResponse?.(info);
        const success = status >= 200 && status <= 299;
        if (!success)
            throw apiError(req, exchange, url);
        if (req.responseKind === "empty" || req.emptyStatuses?.includes(status))
            return { data: undefined, response: info };
        if (req.responseKind === "binary")
            return { data: exchange.blob, response: info };
        if (req.responseKind === "text")
            return { data: text, response: info };
        const parsed = parseJson(text);
        const context = { operationId: req.operationId, method: req.method, url, status };
        if (!parsed.ok) {
            const body = safeBody(text, parsed);
            throw new WebflowResponseValidationError({
                ...context,
                issues: [issue("", "JSON body", body)],
                body,
            });
        }
        if (req.validate === undefined || mode === "off")
            return { data: parsed.value, response: info };
        const result = req.validate(parsed.value);
        if (result.ok)
            return { data: result.value, response: info };
        // Issues quote keys and values, cut to an excerpt that may hold part of the token where no
        // whole one is left to redact, so they come from validating the redacted body instead.
        const body = safeBody(text, parsed);
        const safeResult = req.validate(body);
        const error = new WebflowResponseValidationError({
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
        if (mode === "strict")
            throw error;
        warn(error);
        return { data: parsed.value, response: info };
    }
    /** Response headers with the token removed from every value. */
    function redactHeaders(headers) {
        const safe = new Headers();
        headers.forEach((value, name) => safe.append(name, redactString(value)));
        return safe;
    }
    return { request };
}
