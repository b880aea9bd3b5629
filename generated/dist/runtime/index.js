export { API_ERROR_CLASSES, assertScopes, BadGatewayError, BadRequestError, ConflictError, ForbiddenError, GatewayTimeoutError, InternalServerError, MissingScopesError, NotFoundError, parseMissingScopes, ServiceUnavailableError, toApiError, TooManyRequestsError, UnauthorizedError, UnprocessableEntityError, WebflowApiError, WebflowError, WebflowNetworkError, WebflowRateLimitError, WebflowRequestValidationError, WebflowResponseValidationError } from "./errors.js";
export { ApiPromise, createHttpCore, createLeanCore } from "./http.js";
export { encodeFormBody, encodeQuery, writeCredentials } from "./query.js";
export { createMemoryStore, createRateLimiter } from "./limiter.js";
export { readRateLimit } from "./rate-limit.js";
export { withScopeCheck } from "./scope-check.js";
export { paginate } from "./paging.js";
export { parseWebhook, verifyWebhookSignature, WebflowWebhookError } from "./webhooks.js";
export { authorizeUrl, exchangeCode, revokeToken, WebflowOAuthError } from "./oauth.js";
