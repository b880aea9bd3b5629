/**
 * Catching what the client throws: `instanceof` narrows to the documented class, whose
 * `status` is a literal type, and the runtime base classes carry typed fields.
 */
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowResponseValidationError,
  ERROR_CODES,
  isKnownErrorCode,
  type KnownErrorCode,
  type RateLimitInfo,
  type ValidationIssue,
} from "webflow-api";
import { NotFoundError as V2NotFoundError } from "webflow-api/v2";
import type { Equal, Expect } from "./type-assert.js";

type _sameClass = Expect<Equal<typeof NotFoundError, typeof V2NotFoundError>>;
type _statusBase = Expect<Equal<WebflowApiError["status"], number>>;
type _status400 = Expect<Equal<BadRequestError["status"], 400>>;
type _status403 = Expect<Equal<ForbiddenError["status"], 403>>;
type _status404 = Expect<Equal<NotFoundError["status"], 404>>;
type _status409 = Expect<Equal<ConflictError["status"], 409>>;
type _status429 = Expect<Equal<TooManyRequestsError["status"], 429>>;
type _knownCode = Expect<Equal<KnownErrorCode, (typeof ERROR_CODES)[number]>>;
type _hierarchy = Expect<
  NotFoundError extends WebflowApiError
    ? WebflowApiError extends WebflowError
      ? true
      : false
    : false
>;

export function describeFailure(error: unknown): string {
  // @ts-expect-error TS18046 -- an unknown catch value must be narrowed before use
  void error.status;

  if (error instanceof NotFoundError) {
    type _status = Expect<Equal<typeof error.status, 404>>;
    // @ts-expect-error TS2367 -- a NotFoundError's status is 404, never 500
    if (error.status === 500) return "impossible";
    return `not found: ${error.apiMessage}`;
  }
  if (error instanceof TooManyRequestsError) {
    type _rateLimit = Expect<Equal<typeof error.rateLimit, RateLimitInfo>>;
    type _retryAfter = Expect<Equal<typeof error.rateLimit.retryAfterSeconds, number | undefined>>;
    return `retry after ${error.rateLimit.retryAfterSeconds ?? 60}s`;
  }
  if (error instanceof WebflowApiError) {
    type _status = Expect<Equal<typeof error.status, number>>;
    type _code = Expect<Equal<typeof error.code, string>>;
    type _details = Expect<Equal<typeof error.details, ReadonlyArray<unknown>>>;
    type _reference = Expect<Equal<typeof error.externalReference, string | null>>;
    type _body = Expect<Equal<typeof error.body, unknown>>;
    type _operationId = Expect<Equal<typeof error.operationId, string>>;
    // @ts-expect-error TS2540 -- error fields are read-only
    error.status = 200;
    if (isKnownErrorCode(error.code)) {
      type _narrowed = Expect<Equal<typeof error.code, KnownErrorCode>>;
      return `documented error ${error.code}`;
    }
    return `HTTP ${error.status} ${error.code}`;
  }
  if (error instanceof WebflowResponseValidationError) {
    type _issues = Expect<Equal<typeof error.issues, ValidationIssue[]>>;
    return error.issues.map((issue) => `${issue.path}: ${issue.expected}`).join("; ");
  }
  if (error instanceof WebflowNetworkError) {
    type _timedOut = Expect<Equal<typeof error.timedOut, boolean>>;
    // @ts-expect-error TS2339 -- a network error has no HTTP status
    void error.status;
    return error.timedOut ? "timeout" : error.aborted ? "aborted" : "network";
  }
  if (error instanceof WebflowError) return error.message;
  return String(error);
}
