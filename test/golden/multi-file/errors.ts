/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import { WebflowApiError, type ApiErrorInit } from "../runtime/errors.js";

/**
 * The error codes Multi-file API documents. The API adds codes over time, so `error.code` may hold any other string too.
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
 * HTTP 404. No such site.
 */
export class NotFoundError extends WebflowApiError {
  override readonly status: 404 = 404;

  constructor(init: ApiErrorInit) {
    super(init);
    this.name = "NotFoundError";
  }
}

/**
 * Error class by status; a Map so that no status can reach an object's prototype.
 */
const API_ERRORS: ReadonlyMap<number, new (init: ApiErrorInit) => WebflowApiError> = new Map<
  number,
  new (init: ApiErrorInit) => WebflowApiError
>([[404, NotFoundError]]);

/**
 * The error for a failed response: the documented class for its status, or a plain `WebflowApiError` for any other status.
 */
export function toApiError(init: ApiErrorInit): WebflowApiError {
  const ErrorClass = API_ERRORS.get(init.status) ?? WebflowApiError;
  return new ErrorClass(init);
}
