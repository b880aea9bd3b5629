export { BadRequestError, InternalServerError, NotFoundError, TooManyRequestsError, UnauthorizedError, WebflowApiError, toApiError } from "../runtime/errors.js";
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
