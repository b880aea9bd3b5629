/**
 * The HTTP core every generated operation goes through: URL building with safe path encoding,
 * auth and header merging, per-attempt timeouts, retries with backoff, error mapping and
 * response validation. Uses only the global fetch API so it runs in Node 20+, browsers,
 * Deno, Bun and edge runtimes without a polyfill.
 */
import type { ApiErrorFactory, RateLimitInfo } from "./errors.js";
import {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "./errors.js";
import { readRateLimit } from "./rate-limit.js";
import { redactText, redactValue } from "./redact.js";
import type { ValidationResult } from "./validation.js";
import { issue } from "./validation.js";

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

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 30_000;
/** setTimeout overflows above this and would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** Network failures are retried only where repeating the request cannot do something twice. */
const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(["GET", "PUT", "DELETE"]);
/** Statuses that signal a transient server or gateway failure. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 500, 502, 503, 504]);
/** Visible ASCII only: anything else would make `Headers` throw a message that quotes the token. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;
const PATH_PARAM = /\{([^{}]+)\}/g;

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
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
function scalarText(value: string | number | boolean, what: string): string {
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
function fillPath(
  operationId: string,
  template: string,
  params: OperationRequest<unknown>["pathParams"],
): string {
  return template.replace(PATH_PARAM, (_match, name: string) => {
    const value =
      params !== undefined && Object.prototype.hasOwnProperty.call(params, name)
        ? params[name]
        : undefined;
    const what = `${operationId}: path parameter "${name}"`;
    if (value === undefined || value === null) throw new TypeError(`${what} is required`);
    const text = scalarText(value, what);
    if (text === "") throw new TypeError(`${what} must not be empty`);
    if (text === "." || text === "..") throw new TypeError(`${what} must not be "." or ".."`);
    return encodeURIComponent(text);
  });
}

function buildQuery(operationId: string, query: OperationRequest<unknown>["query"]): string {
  if (query === undefined) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
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
function addHeaders(
  target: Headers,
  extra: Record<string, string | undefined> | undefined,
  source: string,
): void {
  if (extra === undefined) return;
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    if (name.toLowerCase() === "authorization") {
      throw new TypeError(
        `${source} may not set Authorization; the client sends its configured token`,
      );
    }
    target.set(name, value);
  }
}

/** Raw text or parsed JSON; `ok: false` when the text is not JSON. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Outcome of one attempt that reached the server. */
interface Exchange {
  response: Response;
  text: string;
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
export function createHttpCore(settings: HttpCoreSettings): HttpCore {
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
  } catch {
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
  function backoff(attempt: number, retryAfterSeconds: number | undefined): number {
    if (retryAfterSeconds !== undefined) return Math.min(retryAfterSeconds * 1000, maxDelayMs);
    const ceiling = Math.min(baseDelayMs * 2 ** attempt, maxDelayMs);
    return ceiling / 2 + random() * (ceiling / 2);
  }

  /** One attempt: fetch and read the whole body under one timeout, so a stalled body times out too. */
  async function send(
    url: string,
    init: RequestInit,
    context: { operationId: string; method: HttpMethod; url: string },
    callerSignal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<Exchange> {
    const fetchFn = config.fetch ?? globalThis.fetch;
    if (typeof fetchFn !== "function") {
      throw new TypeError(
        "No fetch implementation: pass ClientConfig.fetch or use a runtime with global fetch",
      );
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
    const timer =
      Number.isFinite(timeoutMs) && timeoutMs <= MAX_TIMER_MS
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const onAbort = (): void => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener("abort", onAbort, { once: true });
    try {
      // Called as a plain function: browsers' fetch throws "Illegal invocation" with `this` = config.
      const response = await fetchFn(url, { ...init, signal: controller.signal });
      const text = await response.text();
      return { response, text };
    } catch (cause) {
      throw new WebflowNetworkError({
        ...context,
        cause,
        timedOut,
        aborted: !timedOut && callerSignal?.aborted === true,
        timeoutMs,
      });
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onAbort);
    }
  }

  async function request<T>(req: OperationRequest<T>, options: RequestOptions = {}): Promise<T> {
    if (
      req.body !== undefined &&
      req.validateBody !== undefined &&
      config.validateRequests !== false
    ) {
      const checked = req.validateBody(req.body);
      if (!checked.ok)
        throw new WebflowRequestValidationError({
          operationId: req.operationId,
          method: req.method,
          issues: checked.issues,
        });
    }
    const url =
      baseUrl +
      fillPath(req.operationId, req.path, req.pathParams) +
      buildQuery(req.operationId, req.query);
    const headers = new Headers(staticHeaders);
    addHeaders(headers, req.headers, `${req.operationId} headers`);
    addHeaders(headers, options.headers, "RequestOptions.headers");
    headers.set("Authorization", `Bearer ${token}`);
    const init: RequestInit = { method: req.method, headers };
    if (req.body !== undefined) {
      headers.set("Content-Type", req.contentType ?? "application/json");
      init.body = JSON.stringify(req.body);
    }
    const context = { operationId: req.operationId, method: req.method, url };
    const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const idempotent = IDEMPOTENT.has(req.method);

    for (let attempt = 0; ; attempt++) {
      let exchange: Exchange | undefined;
      let failure: WebflowNetworkError | undefined;
      try {
        exchange = await send(url, init, context, options.signal, timeoutMs);
      } catch (error) {
        if (!(error instanceof WebflowNetworkError) || error.aborted) throw error;
        failure = error;
      }
      const status = exchange?.response.status;
      const rateLimit = exchange === undefined ? {} : readRateLimit(exchange.response.headers);
      const retryable =
        status === undefined
          ? idempotent
          : status === 429 || (idempotent && TRANSIENT_STATUSES.has(status));
      if (retryable && attempt < maxRetries) {
        try {
          await sleep(backoff(attempt, rateLimit.retryAfterSeconds), options.signal);
        } catch (cause) {
          if (options.signal?.aborted !== true) throw cause;
          throw new WebflowNetworkError({ ...context, cause, timedOut: false, aborted: true });
        }
        continue;
      }
      if (exchange === undefined) throw failure;
      return finish(req, exchange, rateLimit, url, attempt + 1);
    }
  }

  /** Reports, decodes and validates the final response, or throws its API error. */
  function finish<T>(
    req: OperationRequest<T>,
    exchange: Exchange,
    rateLimit: RateLimitInfo,
    url: string,
    attempt: number,
  ): T {
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
    if (success && req.responseKind === "empty") return undefined as T;
    const parsed = parseJson(text);
    // A server or proxy that echoes the request must not carry the token into an error, so
    // whatever an error keeps of the response is redacted; a returned value is left untouched.
    const safeBody = (): unknown =>
      parsed.ok ? redactValue(parsed.value, token) : redactText(text, token);
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
    if (req.validate === undefined || config.validateResponses === false) return parsed.value as T;
    const result = req.validate(parsed.value);
    if (result.ok) return result.value;
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
  function redactHeaders(headers: Headers): Headers {
    const safe = new Headers();
    headers.forEach((value, name) => safe.append(name, redactText(value, token)));
    return safe;
  }

  return { request };
}
