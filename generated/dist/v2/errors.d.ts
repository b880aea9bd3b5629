export { BadRequestError, ConflictError, ForbiddenError, InternalServerError, NotFoundError, ServiceUnavailableError, TooManyRequestsError, UnauthorizedError, WebflowApiError, toApiError } from "../runtime/errors.js";
/**
 * The error codes Webflow Data API documents. The API adds codes over time, so `error.code` may hold any other string too.
 */
export declare const ERROR_CODES: readonly ["bad_request", "collection_not_found", "conflict", "duplicate_collection", "duplicate_user_email", "ecommerce_not_enabled", "forbidden", "forms_require_republish", "incompatible_webhook_filter", "internal_error", "invalid_auth_version", "invalid_credentials", "invalid_domain", "invalid_user_email", "item_not_found", "missing_scopes", "no_domains", "not_authorized", "not_enterprise_plan_site", "not_enterprise_plan_workspace", "order_not_found", "resource_not_found", "service_unavailable", "too_many_requests", "unsupported_version", "unsupported_webhook_trigger_type", "user_limit_reached", "user_not_found", "users_not_enabled", "validation_error"];
/**
 * A documented error code. `error.code` is typed `string` because the API adds codes over time; test it with `isKnownErrorCode`.
 */
export type KnownErrorCode = (typeof ERROR_CODES)[number];
/**
 * True when `code` is one of the documented codes.
 */
export declare function isKnownErrorCode(code: string): code is KnownErrorCode;
