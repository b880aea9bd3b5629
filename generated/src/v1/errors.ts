/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import { WebflowApiError, type ApiErrorInit } from "../runtime/errors.js";

/**
 * The error codes Webflow API v1 (legacy) documents. The API adds codes over time, so `error.code` may hold any other string too.
 */
export const ERROR_CODES = [] as const;

/**
 * A documented error code. `error.code` is typed `string` because the API adds codes over time; test it with `isKnownErrorCode`.
 */
export type KnownErrorCode = never;

/**
 * True when `code` is one of the documented codes.
 */
export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * HTTP 400. Bad request: the request is malformed, the Accept-Version header is missing or unsupported, or the input failed validation (`problems` lists the failures).
 */
export class BadRequestError extends WebflowApiError {
  override readonly status: 400 = 400;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "BadRequestError";
  }
}

/**
 * HTTP 401. Unauthorized: the bearer token is missing, invalid or revoked.
 */
export class UnauthorizedError extends WebflowApiError {
  override readonly status: 401 = 401;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "UnauthorizedError";
  }
}

/**
 * HTTP 404. Not found: the requested resource does not exist or is not visible to the token.
 */
export class NotFoundError extends WebflowApiError {
  override readonly status: 404 = 404;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "NotFoundError";
  }
}

/**
 * HTTP 429. Too many requests: the per-minute rate limit of the API key is exhausted. Wait for `Retry-After` seconds before retrying.
 */
export class TooManyRequestsError extends WebflowApiError {
  override readonly status: 429 = 429;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "TooManyRequestsError";
  }
}

/**
 * HTTP 500. Internal server error: an unexpected error on Webflow's side.
 */
export class InternalServerError extends WebflowApiError {
  override readonly status: 500 = 500;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "InternalServerError";
  }
}

/**
 * Error class by status; a Map so that no status can reach an object's prototype.
 */
const API_ERRORS: ReadonlyMap<number, new (init: ApiErrorInit) => WebflowApiError> = new Map<
  number,
  new (init: ApiErrorInit) => WebflowApiError
>([
  [400, BadRequestError],
  [401, UnauthorizedError],
  [404, NotFoundError],
  [429, TooManyRequestsError],
  [500, InternalServerError],
]);

/**
 * The error for a failed response: the documented class for its status, or a plain `WebflowApiError` for any other status.
 */
export function toApiError(init: ApiErrorInit): WebflowApiError {
  const ErrorClass = API_ERRORS.get(init.status) ?? WebflowApiError;
  return new ErrorClass(init);
}
