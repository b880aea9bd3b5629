import { toApiError as defaultToApiError, WebflowNetworkError, WebflowRequestValidationError, WebflowResponseValidationError } from "./errors.js";
import { encodeFormBody, encodeQuery, scalarText, writeCredentials } from "./query.js";
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
const DEFAULT_TIMEOUT_MS = 6e4;
/** setTimeout overflows above this and would fire at once. */
const MAX_TIMER_MS = 2147483647;
/** Methods a repeat cannot make do something twice. */
const IDEMPOTENT = [
	"GET",
	"PUT",
	"DELETE"
];
/** Statuses that signal a transient server or gateway failure. */
const TRANSIENT = [
	408,
	500,
	502,
	503,
	504
];
/** Visible ASCII only: anything else would make `Headers` throw a message that quotes the token. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;
const EMPTY = {};
/** A path template cut at its `{name}` placeholders: literal, name, literal, … literal. */
const templates = new Map();
/**
 * Fills `{name}` placeholders. Values are percent-encoded so "/", "?" and "#" stay inside their
 * segment. "." and ".." are rejected rather than encoded: the WHATWG URL parser (and so fetch)
 * treats "%2E%2E" exactly like "..", so no encoding keeps them from climbing out of the path.
 * Empty values are rejected because "/webhooks/" is a different endpoint from "/webhooks/{id}".
 */
function fillPath(operationId, template, params) {
	let parts = templates.get(template);
	if (parts === undefined) templates.set(template, parts = template.split(/\{([^{}]+)\}/));
	let path = parts[0];
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i];
		const value = params !== undefined && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
		const what = `${operationId}: path parameter "${name}"`;
		if (value === undefined || value === null) throw new TypeError(`${what} is required`);
		const text = scalarText(value, what);
		if (text === "" || text === "." || text === "..") throw new TypeError(`${what} must not be ${text === "" ? "empty" : "\".\" or \"..\""}`);
		path += encodeURIComponent(text) + parts[i + 1];
	}
	return path;
}
/**
 * Lower-cased header names, so a later source replaces an earlier one whatever its case. The token
 * is the client's identity, so extra headers may not replace or remove it: an `Authorization` entry
 * anywhere else is an error, not a silent override. Use one client per token.
 */
function addHeaders(target, extra, source) {
	if (extra === undefined) return;
	for (const name in extra) {
		const value = extra[name];
		if (!Object.prototype.hasOwnProperty.call(extra, name) || value === undefined) continue;
		const key = name.toLowerCase();
		if (key === "authorization") throw new TypeError(`${source} may not set Authorization; the client sends its configured token`);
		// `Headers` checks the name and value now, so a bad header fails before anything is sent.
		new Headers([[name, value]]);
		target[key] = value;
	}
}
/** Raw text or parsed JSON; `ok: false` when the text is not JSON. */
function parseJson(text) {
	try {
		return {
			ok: true,
			value: JSON.parse(text)
		};
	} catch {
		return { ok: false };
	}
}
const watched = new Set();
let watchdog;
/** One interval for every attempt on the default timeout, stopped once none is left; it never keeps a process alive. */
function watch(entry) {
	watched.add(entry);
	if (watchdog !== undefined) return;
	watchdog = setInterval(() => {
		const now = Date.now();
		if (watched.size === 0) {
			clearInterval(watchdog);
			watchdog = undefined;
		}
		for (const overdue of watched) {
			if (overdue.due > now) continue;
			watched.delete(overdue);
			overdue.fire();
		}
	}, 1e3);
	watchdog.unref?.();
}
/**
 * {@link createLeanCore} with the runtime's query, form and credential writers, for requests written by hand
 * (`core.request({ ..., query })`) that do not pass their own.
 */
export function createHttpCore(settings) {
	const core = createLeanCore(settings);
	return { request: (req, options) => core.request({
		encodeQuery,
		encodeBody: encodeFormBody,
		writeCredentials,
		...req
	}, options) };
}
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
export function createLeanCore(settings) {
	const { config } = settings;
	const toApiError = settings.toApiError ?? defaultToApiError;
	const { token, apiKey, basic } = config;
	// typeof guards JavaScript callers and `as any` config objects, which the type cannot.
	if ((settings.requireToken ?? true) && (typeof token !== "string" || token === "")) {
		throw new TypeError("ClientConfig.token is required: pass a Webflow API token");
	}
	for (const [name, secret] of [
		["token", token],
		["apiKey", apiKey],
		["basic.password", basic?.password]
	]) {
		// A stray newline from an env file is the usual cause; the secret itself is not echoed.
		if (secret !== undefined && (typeof secret !== "string" || !TOKEN_CHARS.test(secret))) {
			throw new TypeError(`ClientConfig.${name} contains whitespace or non-printable characters`);
		}
	}
	const basicCredential = basic === undefined ? undefined : btoa(`${basic.username}:${basic.password}`);
	/** Every secret the client holds: none of them may appear in an error. */
	const secrets = [
		token,
		apiKey,
		basic?.password,
		basicCredential
	].filter((s) => typeof s === "string" && s !== "");
	const redactString = (text) => secrets.reduce(redactText, text);
	const baseUrl = (config.baseUrl ?? settings.defaultBaseUrl).replace(/\/+$/, "");
	try {
		new URL(baseUrl);
	} catch {
		// A spec without servers (or with a relative one) leaves the base URL to the caller.
		throw new TypeError(config.baseUrl === undefined ? `The API's server URL ${JSON.stringify(settings.defaultBaseUrl)} is not absolute: pass ClientConfig.baseUrl` : `Invalid base URL: ${baseUrl}`);
	}
	// Checked once here so a bad static header fails at construction, not on the first call.
	const staticHeaders = { accept: "application/json" };
	addHeaders(staticHeaders, settings.defaultHeaders, "defaultHeaders");
	const clientHeaders = {};
	addHeaders(clientHeaders, config.headers, "ClientConfig.headers");
	/** The headers of a bearer call that adds none of its own: built once, sent by every such call. */
	const plainHeaders = {
		...staticHeaders,
		...clientHeaders,
		...token ? { authorization: `Bearer ${token}` } : {}
	};
	const setting = config.validateResponses;
	const mode = setting === undefined || setting === true ? "strict" : setting === false ? "off" : setting;
	const sleep = settings.sleep ?? sleepFor;
	const random = settings.random ?? Math.random;
	const now = settings.now ?? Date.now;
	const limiter = config.rateLimit;
	/**
	 * One attempt: fetch and read the whole body under one timeout, so a stalled body times out too.
	 * `timeoutMs` undefined is the default timeout, kept by the watchdog without an abort signal: the
	 * attempt is given up, not aborted.
	 */
	async function send(url, init, context, callerSignal, timeoutMs, reportedTimeoutMs, binary) {
		const fetchFn = config.fetch ?? globalThis.fetch;
		if (typeof fetchFn !== "function") {
			throw new TypeError("No fetch implementation: pass ClientConfig.fetch or use a runtime with global fetch");
		}
		if (callerSignal?.aborted) throw new WebflowNetworkError({
			...context,
			cause: callerSignal.reason,
			timedOut: false,
			aborted: true
		});
		let timedOut = false;
		let controller;
		let timer;
		let onAbort;
		const read = async () => {
			// Called as a plain function: browsers' fetch throws "Illegal invocation" with `this` = config.
			const response = await fetchFn(url, controller === undefined ? init : {
				...init,
				signal: controller.signal
			});
			const rateLimit = readRateLimit(response.headers, now());
			// A successful binary body is kept as bytes; everything else is read as text.
			if (binary && response.ok) return {
				response,
				text: "",
				blob: await response.blob(),
				rateLimit
			};
			return {
				response,
				text: await response.text(),
				rateLimit
			};
		};
		let entry;
		try {
			if (callerSignal === undefined && timeoutMs !== undefined && !(timeoutMs <= MAX_TIMER_MS)) return await read();
			if (timeoutMs === undefined && callerSignal === undefined) {
				// The default timeout: nothing per call but an entry in the watchdog's set.
				return await new Promise((resolve, reject) => {
					entry = {
						due: Date.now() + DEFAULT_TIMEOUT_MS,
						fire() {
							timedOut = true;
							reject(new Error("timed out"));
						}
					};
					watch(entry);
					read().then(resolve, reject);
				});
			}
			controller = new AbortController();
			const limit = timeoutMs ?? DEFAULT_TIMEOUT_MS;
			if (Number.isFinite(limit) && limit <= MAX_TIMER_MS) {
				timer = setTimeout(() => {
					timedOut = true;
					controller?.abort();
				}, limit);
			}
			if (callerSignal !== undefined) {
				onAbort = () => controller?.abort(callerSignal.reason);
				callerSignal.addEventListener("abort", onAbort, { once: true });
			}
			return await read();
		} catch (cause) {
			throw new WebflowNetworkError({
				...context,
				cause,
				timedOut,
				aborted: !timedOut && callerSignal?.aborted === true,
				timeoutMs: reportedTimeoutMs
			});
		} finally {
			if (entry !== undefined) watched.delete(entry);
			if (timer !== undefined) clearTimeout(timer);
			if (onAbort !== undefined) callerSignal?.removeEventListener("abort", onAbort);
		}
	}
	function request(req, options = EMPTY) {
		return new ApiPromise(execute(req, options));
	}
	async function execute(req, options) {
		const { operationId, method, body } = req;
		if (body !== undefined && req.validateBody !== undefined && config.validateRequests !== false) {
			const checked = req.validateBody(body);
			if (!checked.ok) throw new WebflowRequestValidationError({
				operationId,
				method,
				issues: checked.issues
			});
		}
		let headers = plainHeaders;
		let query = req.query;
		if (!token || req.headers !== undefined || options.headers !== undefined || req.cookies !== undefined || req.security !== undefined || body !== undefined) {
			// Operation headers are defaults: the client's and then the call's replace them.
			headers = { ...staticHeaders };
			addHeaders(headers, req.headers, `${operationId} headers`);
			Object.assign(headers, clientHeaders);
			addHeaders(headers, options.headers, "RequestOptions.headers");
			if (req.writeCredentials !== undefined) query = req.writeCredentials(req, headers, {
				token,
				apiKey,
				basic: basicCredential
			});
			else if (req.cookies !== undefined || req.security !== undefined) throw new TypeError(`${operationId}: a request with cookies or security needs writeCredentials`);
			else if (token) headers.authorization = `Bearer ${token}`;
			else throw new TypeError(`${operationId} needs credentials the client was not given: ClientConfig.token`);
		}
		let url = baseUrl + fillPath(operationId, req.path, req.pathParams);
		if (req.encodeQuery !== undefined && query !== undefined) url += req.encodeQuery(operationId, query, req.queryStyles);
		else if (query !== undefined) {
			// Scalars in OpenAPI's default style need no writer: `key=value`, in order.
			const params = new URLSearchParams();
			for (const key in query) {
				const value = query[key];
				if (value === undefined || value === null) continue;
				const what = `${operationId}: query parameter "${key}"`;
				if (req.queryStyles !== undefined || ![
					"string",
					"number",
					"boolean"
				].includes(typeof value)) throw new TypeError(`${what} needs encodeQuery`);
				params.append(key, scalarText(value, what));
			}
			const search = `${params}`;
			if (search !== "") url += `?${search}`;
		}
		const init = {
			method,
			headers
		};
		if (body !== undefined) {
			const kind = req.bodyKind ?? "json";
			// fetch writes a multipart body's Content-Type itself, with its boundary.
			if (kind !== "multipart") headers["content-type"] = req.contentType ?? "application/json";
			if (kind === "json") init.body = JSON.stringify(body);
			else if (kind === "text") init.body = String(body);
			else if (kind === "binary") init.body = body;
			else if (req.encodeBody !== undefined) init.body = req.encodeBody(kind, body);
			else throw new TypeError(`${operationId}: a ${kind} body needs encodeBody`);
		}
		const context = {
			operationId,
			method,
			url
		};
		const timeoutMs = options.timeoutMs ?? config.timeoutMs;
		const totalTimeoutMs = options.totalTimeoutMs ?? config.totalTimeoutMs;
		const deadline = totalTimeoutMs !== undefined && Number.isFinite(totalTimeoutMs) ? now() + totalTimeoutMs : Infinity;
		// The waits and retries allowed for this call: the client's settings under the call's.
		const policy = {
			...config.retry === false ? { maxRetries: 0 } : config.retry,
			...options.retry === false ? { maxRetries: 0 } : options.retry
		};
		const maxRetries = policy.maxRetries ?? 2;
		const maxDelayMs = policy.maxDelayMs ?? 6e4;
		const aborted = (cause) => new WebflowNetworkError({
			...context,
			cause,
			timedOut: false,
			aborted: true
		});
		for (let attempt = 1;; attempt++) {
			if (limiter !== undefined) {
				try {
					await limiter.acquire({
						operationId,
						method,
						pathParams: req.pathParams
					}, deadline - now(), options.signal);
				} catch (cause) {
					throw options.signal?.aborted === true ? aborted(cause) : cause;
				}
			}
			// The deadline shortens the last attempt's timeout; the message then names the deadline.
			const left = deadline === Infinity ? Infinity : deadline - now();
			if (left <= 0) throw new WebflowNetworkError({
				...context,
				cause: undefined,
				timedOut: true,
				aborted: false,
				timeoutMs: totalTimeoutMs
			});
			const cut = left < (timeoutMs ?? DEFAULT_TIMEOUT_MS);
			let exchange;
			let failure;
			try {
				exchange = await send(url, init, context, options.signal, cut ? left : timeoutMs, cut ? totalTimeoutMs ?? left : timeoutMs ?? DEFAULT_TIMEOUT_MS, req.responseKind === "binary");
			} catch (error) {
				if (!(error instanceof WebflowNetworkError) || error.aborted) throw error;
				failure = error;
			}
			const status = exchange?.response.status;
			if (exchange !== undefined && limiter !== undefined) await limiter.observe(exchange.response.status, exchange.rateLimit);
			// Whether the failure may be repeated, by what the server can have done with it.
			const retryable = status !== undefined ? status === 429 || IDEMPOTENT.includes(method) && TRANSIENT.includes(status) : failure !== undefined && !failure.aborted && (IDEMPOTENT.includes(method) || !failure.timedOut && failure.code === "ECONNREFUSED");
			const retryAfter = exchange?.rateLimit.retryAfterSeconds;
			let delayMs = 0;
			if (retryable && attempt <= maxRetries) {
				if (retryAfter !== undefined) {
					delayMs = retryAfter * 1e3;
				} else {
					const ceiling = Math.min((policy.baseDelayMs ?? 500) * 2 ** (attempt - 1), maxDelayMs);
					// Equal jitter: at least half the exponential delay, so a burst of clients still spreads out.
					delayMs = ceiling / 2 + random() * (ceiling / 2);
				}
			}
			// Never retry before the server asked: a wait the caller does not allow ends the call now.
			if (!retryable || attempt > maxRetries || (retryAfter !== undefined ? delayMs > maxDelayMs || now() + delayMs > deadline : now() + delayMs >= deadline)) {
				if (exchange === undefined) throw failure;
				return finish(req, exchange, url, attempt);
			}
			config.onRetry?.({
				...context,
				attempt,
				delayMs,
				status,
				error: exchange === undefined ? failure : apiError(req, exchange, url)
			});
			try {
				await sleep(delayMs, options.signal);
			} catch (cause) {
				if (options.signal?.aborted !== true) throw cause;
				throw aborted(cause);
			}
		}
	}
	/** A body fit to keep in an error: the secrets removed, raw or JSON-escaped. */
	function safeBody(text, parsed) {
		// A server or proxy that echoes the request must not carry the token into an error.
		return parsed.ok ? secrets.reduce(redactValue, parsed.value) : redactString(text);
	}
	/** The API error for a non-2xx exchange, built from the redacted body and headers. */
	function apiError(req, exchange, url) {
		const safe = new Headers();
		exchange.response.headers.forEach((value, name) => safe.append(name, redactString(value)));
		const init = {
			status: exchange.response.status,
			operationId: req.operationId,
			method: req.method,
			url,
			body: safeBody(exchange.text, parseJson(exchange.text)),
			headers: safe,
			rateLimit: exchange.rateLimit
		};
		return toApiError(init);
	}
	/** Reports, decodes and validates the final response, or throws its API error. */
	function finish(req, exchange, url, attempt) {
		const { response, text, rateLimit } = exchange;
		const { status, headers } = response;
		const { operationId, method, responseKind } = req;
		const info = {
			operationId,
			method,
			url,
			status,
			attempt,
			rateLimit,
			headers
		};
		config.onResponse?.(info);
		if (status < 200 || status > 299) throw apiError(req, exchange, url);
		let data = text;
		if (responseKind === "empty" || req.emptyStatuses?.includes(status)) data = undefined;
		else if (responseKind === "binary") data = exchange.blob;
		else if (responseKind === "json") {
			const parsed = parseJson(text);
			if (!parsed.ok) {
				const body = safeBody(text, parsed);
				throw new WebflowResponseValidationError({
					operationId,
					method,
					url,
					status,
					issues: [issue("", "JSON body", body)],
					body
				});
			}
			data = parsed.value;
			if (req.validate !== undefined && mode !== "off") {
				const result = req.validate(data);
				if (result.ok) data = result.value;
				else {
					// Issues quote keys and values, cut to an excerpt that may hold part of the token where no
					// whole one is left to redact, so they come from validating the redacted body instead.
					const body = safeBody(text, parsed);
					const safeResult = req.validate(body);
					const error = new WebflowResponseValidationError({
						operationId,
						method,
						url,
						status,
						// The redacted body can pass where the real one failed, e.g. a maxLength the token broke.
						issues: safeResult.ok ? [{
							path: "",
							expected: "a body matching the schema",
							message: "/: the mismatches quote the API token, so they are withheld"
						}] : safeResult.issues,
						body
					});
					if (mode === "strict") throw error;
					(config.onValidationIssue ?? ((e) => console.warn(`[webflow] ${e.message}`)))(error);
				}
			}
		}
		return {
			data,
			response: info
		};
	}
	return { request };
}
