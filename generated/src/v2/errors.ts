/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import { WebflowApiError, type ApiErrorInit } from "../runtime/errors.js";

/**
 * The error codes Webflow Data API documents. The API adds codes over time, so `error.code` may hold any other string too.
 */
export const ERROR_CODES = [
  "bad_request",
  "collection_not_found",
  "conflict",
  "duplicate_collection",
  "duplicate_user_email",
  "ecommerce_not_enabled",
  "forbidden",
  "forms_require_republish",
  "incompatible_webhook_filter",
  "internal_error",
  "invalid_auth_version",
  "invalid_credentials",
  "invalid_domain",
  "invalid_user_email",
  "item_not_found",
  "missing_scopes",
  "no_domains",
  "not_authorized",
  "not_enterprise_plan_site",
  "not_enterprise_plan_workspace",
  "order_not_found",
  "resource_not_found",
  "service_unavailable",
  "too_many_requests",
  "unsupported_version",
  "unsupported_webhook_trigger_type",
  "user_limit_reached",
  "user_not_found",
  "users_not_enabled",
  "validation_error",
] as const;

/**
 * A documented error code. `error.code` is typed `string` because the API adds codes over time; test it with `isKnownErrorCode`.
 */
export type KnownErrorCode = (typeof ERROR_CODES)[number];

/**
 * True when `code` is one of the documented codes.
 */
export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * HTTP 400. Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
 */
export class BadRequestError extends WebflowApiError {
  override readonly status: 400 = 400;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "BadRequestError";
  }
}

/**
 * HTTP 401. Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
 */
export class UnauthorizedError extends WebflowApiError {
  override readonly status: 401 = 401;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "UnauthorizedError";
  }
}

/**
 * HTTP 403. Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
 */
export class ForbiddenError extends WebflowApiError {
  override readonly status: 403 = 403;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "ForbiddenError";
  }
}

/**
 * HTTP 404. Not found: a resource named in the path does not exist or is not visible to the token (code `resource_not_found`).
 */
export class NotFoundError extends WebflowApiError {
  override readonly status: 404 = 404;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "NotFoundError";
  }
}

/**
 * HTTP 409. Conflict: the request conflicts with the current state of the resource (code `conflict`), e.g. creating a webhook that already exists or exceeds the limit for its trigger type.
 */
export class ConflictError extends WebflowApiError {
  override readonly status: 409 = 409;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "ConflictError";
  }
}

/**
 * HTTP 429. Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
 */
export class TooManyRequestsError extends WebflowApiError {
  override readonly status: 429 = 429;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "TooManyRequestsError";
  }
}

/**
 * HTTP 500. Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
 */
export class InternalServerError extends WebflowApiError {
  override readonly status: 500 = 500;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "InternalServerError";
  }
}

/**
 * HTTP 503. Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
 */
export class ServiceUnavailableError extends WebflowApiError {
  override readonly status: 503 = 503;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "ServiceUnavailableError";
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
  [403, ForbiddenError],
  [404, NotFoundError],
  [409, ConflictError],
  [429, TooManyRequestsError],
  [500, InternalServerError],
  [503, ServiceUnavailableError],
]);

/**
 * The error for a failed response: the documented class for its status, or a plain `WebflowApiError` for any other status.
 */
export function toApiError(init: ApiErrorInit): WebflowApiError {
  const ErrorClass = API_ERRORS.get(init.status) ?? WebflowApiError;
  return new ErrorClass(init);
}
