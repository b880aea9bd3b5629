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
import type { ApiErrorFactory, ApiErrorInit, RateLimitInfo, WebflowApiError } from "./errors.js";
import {
  toApiError as defaultToApiError,
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "./errors.js";
import type { RateLimiter } from "./limiter.js";
import { encodeFormBody, encodeQuery, scalarText, writeCredentials } from "./query.js";
import { readRateLimit } from "./rate-limit.js";
import { redactText, redactValue } from "./redact.js";
import { sleepFor } from "./sleep.js";
import type { ValidationResult } from "./validation.js";
import { issue } from "./validation.js";

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
export type QueryObject = { readonly [key: string]: unknown };

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
export class ApiPromise<T> extends Promise<T> {
  // No `Symbol.species` override: `then`, `catch` and `finally` below return the inner body promise's
  // derived promises, so the Promise machinery never constructs an ApiPromise itself.
  readonly #response: Promise<ApiResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(response: Promise<ApiResponse<T>>) {
    // The value of this promise itself is never observed: `then` reads the response instead, so
    // a rejection is reported only to whoever awaits the data or the response.
    super((resolve) => resolve(undefined as T));
    this.#response = response;
  }

  /** The typed body together with the final response's status, headers, rate limit and attempt. */
  withResponse(): Promise<ApiResponse<T>> {
    return this.#response;
  }

  #body(): Promise<T> {
    this.#data ??= this.#response.then((result) => result.data);
    return this.#data;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#body().then(onfulfilled, onrejected);
  }

  override catch<R = never>(
    onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<T | R> {
    return this.#body().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#body().finally(onfinally);
  }
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
  basic?: { username: string; password: string };
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
export type Credential =
  | { type: "bearer" }
  | { type: "basic" }
  | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string };

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

const DEFAULT_TIMEOUT_MS = 60_000;
/** setTimeout overflows above this and would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** Methods a repeat cannot make do something twice. */
const IDEMPOTENT = ["GET", "PUT", "DELETE"];
/** Statuses that signal a transient server or gateway failure. */
const TRANSIENT = [408, 500, 502, 503, 504];
/** Visible ASCII only: anything else would make `Headers` throw a message that quotes the token. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;
const EMPTY: RequestOptions = {};

/** A path template cut at its `{name}` placeholders: literal, name, literal, … literal. */
const templates = new Map<string, string[]>();

/**
 * Fills `{name}` placeholders. Values are percent-encoded so "/", "?" and "#" stay inside their
 * segment. "." and ".." are rejected rather than encoded: the WHATWG URL parser (and so fetch)
 * treats "%2E%2E" exactly like "..", so no encoding keeps them from climbing out of the path.
 * Empty values are rejected because "/webhooks/" is a different endpoint from "/webhooks/{id}".
 */
function fillPath(operationId: string, template: string, params: OperationRequest<unknown>["pathParams"]): string {
  let parts = templates.get(template);
  if (parts === undefined) templates.set(template, (parts = template.split(/\{([^{}]+)\}/)));
  let path = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params !== undefined && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    const what = `${operationId}: path parameter "${name}"`;
    if (value === undefined || value === null) throw new TypeError(`${what} is required`);
    const text = scalarText(value, what);
    if (text === "" || text === "." || text === "..") throw new TypeError(`${what} must not be ${text === "" ? "empty" : '"." or ".."'}`);
    path += encodeURIComponent(text) + (parts[i + 1] as string);
  }
  return path;
}

/**
 * Lower-cased header names, so a later source replaces an earlier one whatever its case. The token
 * is the client's identity, so extra headers may not replace or remove it: an `Authorization` entry
 * anywhere else is an error, not a silent override. Use one client per token.
 */
function addHeaders(target: Record<string, string>, extra: Record<string, string | undefined> | undefined, source: string): void {
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
  /** The body as text; empty when it was read as bytes. */
  text: string;
  /** The body of a successful binary response. */
  blob?: Blob;
  rateLimit: RateLimitInfo;
}

/** An attempt under the default timeout, which the shared watchdog ends when it is overdue. */
interface Watched {
  due: number;
  fire(): void;
}
const watched = new Set<Watched>();
let watchdog: ReturnType<typeof setInterval> | undefined;

/** One interval for every attempt on the default timeout, stopped once none is left; it never keeps a process alive. */
function watch(entry: Watched): void {
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
  }, 1000);
  (watchdog as { unref?: () => void }).unref?.();
}

/**
 * {@link createLeanCore} with the runtime's query, form and credential writers, for requests written by hand
 * (`core.request({ ..., query })`) that do not pass their own.
 */
export function createHttpCore(settings: HttpCoreSettings): HttpCore {
  const core = createLeanCore(settings);
  return {
    request: (req, options) => core.request({ encodeQuery, encodeBody: encodeFormBody, writeCredentials, ...req }, options),
  };
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
export function createLeanCore(settings: HttpCoreSettings): HttpCore {
  const { config } = settings;
  const toApiError = settings.toApiError ?? defaultToApiError;
  const { token, apiKey, basic } = config;
  // typeof guards JavaScript callers and `as any` config objects, which the type cannot.
  if ((settings.requireToken ?? true) && (typeof token !== "string" || token === "")) {
    throw new TypeError("ClientConfig.token is required: pass a Webflow API token");
  }
  for (const [name, secret] of [["token", token], ["apiKey", apiKey], ["basic.password", basic?.password]] as const) {
    // A stray newline from an env file is the usual cause; the secret itself is not echoed.
    if (secret !== undefined && (typeof secret !== "string" || !TOKEN_CHARS.test(secret))) {
      throw new TypeError(`ClientConfig.${name} contains whitespace or non-printable characters`);
    }
  }
  const basicCredential = basic === undefined ? undefined : btoa(`${basic.username}:${basic.password}`);
  /** Every secret the client holds: none of them may appear in an error. */
  const secrets = [token, apiKey, basic?.password, basicCredential].filter((s): s is string => typeof s === "string" && s !== "");
  const redactString = (text: string): string => secrets.reduce(redactText, text);
  const baseUrl = (config.baseUrl ?? settings.defaultBaseUrl).replace(/\/+$/, "");
  try {
    new URL(baseUrl);
  } catch {
    // A spec without servers (or with a relative one) leaves the base URL to the caller.
    throw new TypeError(
      config.baseUrl === undefined
        ? `The API's server URL ${JSON.stringify(settings.defaultBaseUrl)} is not absolute: pass ClientConfig.baseUrl`
        : `Invalid base URL: ${baseUrl}`,
    );
  }
  // Checked once here so a bad static header fails at construction, not on the first call.
  const staticHeaders: Record<string, string> = { accept: "application/json" };
  addHeaders(staticHeaders, settings.defaultHeaders, "defaultHeaders");
  const clientHeaders: Record<string, string> = {};
  addHeaders(clientHeaders, config.headers, "ClientConfig.headers");
  /** The headers of a bearer call that adds none of its own: built once, sent by every such call. */
  const plainHeaders: Record<string, string> = { ...staticHeaders, ...clientHeaders, ...(token ? { authorization: `Bearer ${token}` } : {}) };

  const setting = config.validateResponses;
  const mode: ValidationMode = setting === undefined || setting === true ? "strict" : setting === false ? "off" : setting;
  const sleep = settings.sleep ?? sleepFor;
  const random = settings.random ?? Math.random;
  const now = settings.now ?? Date.now;
  const limiter = config.rateLimit;

  /**
   * One attempt: fetch and read the whole body under one timeout, so a stalled body times out too.
   * `timeoutMs` undefined is the default timeout, kept by the watchdog without an abort signal: the
   * attempt is given up, not aborted.
   */
  async function send(
    url: string,
    init: RequestInit,
    context: { operationId: string; method: HttpMethod; url: string },
    callerSignal: AbortSignal | undefined,
    timeoutMs: number | undefined,
    reportedTimeoutMs: number,
    binary: boolean,
  ): Promise<Exchange> {
    const fetchFn = config.fetch ?? globalThis.fetch;
    if (typeof fetchFn !== "function") {
      throw new TypeError("No fetch implementation: pass ClientConfig.fetch or use a runtime with global fetch");
    }
    if (callerSignal?.aborted) throw new WebflowNetworkError({ ...context, cause: callerSignal.reason, timedOut: false, aborted: true });
    let timedOut = false;
    let controller: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const read = async (): Promise<Exchange> => {
      // Called as a plain function: browsers' fetch throws "Illegal invocation" with `this` = config.
      const response = await fetchFn(url, controller === undefined ? init : { ...init, signal: controller.signal });
      const rateLimit = readRateLimit(response.headers, now());
      // A successful binary body is kept as bytes; everything else is read as text.
      if (binary && response.ok) return { response, text: "", blob: await response.blob(), rateLimit };
      return { response, text: await response.text(), rateLimit };
    };
    let entry: Watched | undefined;
    try {
      if (callerSignal === undefined && timeoutMs !== undefined && !(timeoutMs <= MAX_TIMER_MS)) return await read();
      if (timeoutMs === undefined && callerSignal === undefined) {
        // The default timeout: nothing per call but an entry in the watchdog's set.
        return await new Promise<Exchange>((resolve, reject) => {
          entry = {
            due: Date.now() + DEFAULT_TIMEOUT_MS,
            fire() {
              timedOut = true;
              reject(new Error("timed out"));
            },
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
        timeoutMs: reportedTimeoutMs,
      });
    } finally {
      if (entry !== undefined) watched.delete(entry);
      if (timer !== undefined) clearTimeout(timer);
      if (onAbort !== undefined) callerSignal?.removeEventListener("abort", onAbort);
    }
  }

  function request<T>(req: OperationRequest<T>, options: RequestOptions = EMPTY): ApiPromise<T> {
    return new ApiPromise(execute(req, options));
  }

  async function execute<T>(req: OperationRequest<T>, options: RequestOptions): Promise<ApiResponse<T>> {
    const { operationId, method, body } = req;
    if (body !== undefined && req.validateBody !== undefined && config.validateRequests !== false) {
      const checked = req.validateBody(body);
      if (!checked.ok) throw new WebflowRequestValidationError({ operationId, method, issues: checked.issues });
    }
    let headers = plainHeaders;
    let query: QueryRecord | undefined = req.query;
    if (!token || req.headers !== undefined || options.headers !== undefined || req.cookies !== undefined || req.security !== undefined || body !== undefined) {
      // Operation headers are defaults: the client's and then the call's replace them.
      headers = { ...staticHeaders };
      addHeaders(headers, req.headers, `${operationId} headers`);
      Object.assign(headers, clientHeaders);
      addHeaders(headers, options.headers, "RequestOptions.headers");
      if (req.writeCredentials !== undefined) query = req.writeCredentials(req, headers, { token, apiKey, basic: basicCredential });
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
        if (req.queryStyles !== undefined || !["string", "number", "boolean"].includes(typeof value)) throw new TypeError(`${what} needs encodeQuery`);
        params.append(key, scalarText(value as string, what));
      }
      const search = `${params}`;
      if (search !== "") url += `?${search}`;
    }
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      const kind = req.bodyKind ?? "json";
      // fetch writes a multipart body's Content-Type itself, with its boundary.
      if (kind !== "multipart") headers["content-type"] = req.contentType ?? "application/json";
      if (kind === "json") init.body = JSON.stringify(body);
      else if (kind === "text") init.body = String(body);
      else if (kind === "binary") init.body = body as RequestInit["body"];
      else if (req.encodeBody !== undefined) init.body = req.encodeBody(kind, body);
      else throw new TypeError(`${operationId}: a ${kind} body needs encodeBody`);
    }
    const context = { operationId, method, url };
    const timeoutMs = options.timeoutMs ?? config.timeoutMs;
    const totalTimeoutMs = options.totalTimeoutMs ?? config.totalTimeoutMs;
    const deadline = totalTimeoutMs !== undefined && Number.isFinite(totalTimeoutMs) ? now() + totalTimeoutMs : Infinity;
    // The waits and retries allowed for this call: the client's settings under the call's.
    const policy: RetryOptions = { ...(config.retry === false ? { maxRetries: 0 } : config.retry), ...(options.retry === false ? { maxRetries: 0 } : options.retry) };
    const maxRetries = policy.maxRetries ?? 2;
    const maxDelayMs = policy.maxDelayMs ?? 60_000;
    const aborted = (cause: unknown) => new WebflowNetworkError({ ...context, cause, timedOut: false, aborted: true });

    for (let attempt = 1; ; attempt++) {
      if (limiter !== undefined) {
        try {
          await limiter.acquire({ operationId, method, pathParams: req.pathParams }, deadline - now(), options.signal);
        } catch (cause) {
          throw options.signal?.aborted === true ? aborted(cause) : cause;
        }
      }
      // The deadline shortens the last attempt's timeout; the message then names the deadline.
      const left = deadline === Infinity ? Infinity : deadline - now();
      if (left <= 0) throw new WebflowNetworkError({ ...context, cause: undefined, timedOut: true, aborted: false, timeoutMs: totalTimeoutMs });
      const cut = left < (timeoutMs ?? DEFAULT_TIMEOUT_MS);
      let exchange: Exchange | undefined;
      let failure: WebflowNetworkError | undefined;
      try {
        exchange = await send(
          url,
          init,
          context,
          options.signal,
          cut ? left : timeoutMs,
          cut ? (totalTimeoutMs ?? left) : (timeoutMs ?? DEFAULT_TIMEOUT_MS),
          req.responseKind === "binary",
        );
      } catch (error) {
        if (!(error instanceof WebflowNetworkError) || error.aborted) throw error;
        failure = error;
      }
      const status = exchange?.response.status;
      if (exchange !== undefined && limiter !== undefined) await limiter.observe(exchange.response.status, exchange.rateLimit);
      // Whether the failure may be repeated, by what the server can have done with it.
      const retryable =
        status !== undefined
          ? status === 429 || (IDEMPOTENT.includes(method) && TRANSIENT.includes(status))
          : failure !== undefined && !failure.aborted && (IDEMPOTENT.includes(method) || (!failure.timedOut && failure.code === "ECONNREFUSED"));
      const retryAfter = exchange?.rateLimit.retryAfterSeconds;
      let delayMs = 0;
      if (retryable && attempt <= maxRetries) {
        if (retryAfter !== undefined) {
          delayMs = retryAfter * 1000;
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
      config.onRetry?.({ ...context, attempt, delayMs, status, error: exchange === undefined ? (failure as WebflowNetworkError) : apiError(req, exchange, url) });
      try {
        await sleep(delayMs, options.signal);
      } catch (cause) {
        if (options.signal?.aborted !== true) throw cause;
        throw aborted(cause);
      }
    }
  }

  /** A body fit to keep in an error: the secrets removed, raw or JSON-escaped. */
  function safeBody(text: string, parsed: ReturnType<typeof parseJson>): unknown {
    // A server or proxy that echoes the request must not carry the token into an error.
    return parsed.ok ? secrets.reduce(redactValue, parsed.value) : redactString(text);
  }

  /** The API error for a non-2xx exchange, built from the redacted body and headers. */
  function apiError<T>(req: OperationRequest<T>, exchange: Exchange, url: string): WebflowApiError {
    const safe = new Headers();
    exchange.response.headers.forEach((value, name) => safe.append(name, redactString(value)));
    const init: ApiErrorInit = {
      status: exchange.response.status,
      operationId: req.operationId,
      method: req.method,
      url,
      body: safeBody(exchange.text, parseJson(exchange.text)),
      headers: safe,
      rateLimit: exchange.rateLimit,
    };
    return toApiError(init);
  }

  /** Reports, decodes and validates the final response, or throws its API error. */
  function finish<T>(req: OperationRequest<T>, exchange: Exchange, url: string, attempt: number): ApiResponse<T> {
    const { response, text, rateLimit } = exchange;
    const { status, headers } = response;
    const { operationId, method, responseKind } = req;
    const info: ResponseInfo = { operationId, method, url, status, attempt, rateLimit, headers };
    config.onResponse?.(info);
    if (status < 200 || status > 299) throw apiError(req, exchange, url);
    let data: unknown = text;
    if (responseKind === "empty" || req.emptyStatuses?.includes(status)) data = undefined;
    else if (responseKind === "binary") data = exchange.blob;
    else if (responseKind === "json") {
      const parsed = parseJson(text);
      if (!parsed.ok) {
        const body = safeBody(text, parsed);
        throw new WebflowResponseValidationError({ operationId, method, url, status, issues: [issue("", "JSON body", body)], body });
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
            issues: safeResult.ok
              ? [{ path: "", expected: "a body matching the schema", message: "/: the mismatches quote the API token, so they are withheld" }]
              : safeResult.issues,
            body,
          });
          if (mode === "strict") throw error;
          (config.onValidationIssue ?? ((e: WebflowResponseValidationError) => console.warn(`[webflow] ${e.message}`)))(error);
        }
      }
    }
    return { data: data as T, response: info };
  }

  return { request };
}
