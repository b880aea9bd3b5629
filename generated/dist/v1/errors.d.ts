import { WebflowApiError, type ApiErrorInit } from "../runtime/errors.js";
/**
 * The error codes Webflow API v1 (legacy) documents. The API adds codes over time, so `error.code` may hold any other string too.
 */
export declare const ERROR_CODES: readonly [];
/**
 * A documented error code. `error.code` is typed `string` because the API adds codes over time; test it with `isKnownErrorCode`.
 */
export type KnownErrorCode = never;
/**
 * True when `code` is one of the documented codes.
 */
export declare function isKnownErrorCode(code: string): code is KnownErrorCode;
/**
 * HTTP 400. Bad request: the request is malformed, the Accept-Version header is missing or unsupported, or the input failed validation (`problems` lists the failures).
 */
export declare class BadRequestError extends WebflowApiError {
    readonly status: 400;
    constructor(init: ApiErrorInit);
}
/**
 * HTTP 401. Unauthorized: the bearer token is missing, invalid or revoked.
 */
export declare class UnauthorizedError extends WebflowApiError {
    readonly status: 401;
    constructor(init: ApiErrorInit);
}
/**
 * HTTP 404. Not found: the requested resource does not exist or is not visible to the token.
 */
export declare class NotFoundError extends WebflowApiError {
    readonly status: 404;
    constructor(init: ApiErrorInit);
}
/**
 * HTTP 429. Too many requests: the per-minute rate limit of the API key is exhausted. Wait for `Retry-After` seconds before retrying.
 */
export declare class TooManyRequestsError extends WebflowApiError {
    readonly status: 429;
    constructor(init: ApiErrorInit);
}
/**
 * HTTP 500. Internal server error: an unexpected error on Webflow's side.
 */
export declare class InternalServerError extends WebflowApiError {
    readonly status: 500;
    constructor(init: ApiErrorInit);
}
/**
 * The error for a failed response: the documented class for its status, or a plain `WebflowApiError` for any other status.
 */
export declare function toApiError(init: ApiErrorInit): WebflowApiError;
