/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
export { BadRequestError, InternalServerError, NotFoundError, TooManyRequestsError, UnauthorizedError, WebflowApiError, toApiError } from "../runtime/errors.js";
/**
 * The error codes Webflow API v1 (legacy) documents. The API adds codes over time, so `error.code` may hold any other string too.
 */
export const ERROR_CODES = [];
/**
 * True when `code` is one of the documented codes.
 */
export function isKnownErrorCode(code) {
	return ERROR_CODES.includes(code);
}
