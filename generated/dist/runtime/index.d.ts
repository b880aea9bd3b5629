/**
 * Public surface of the runtime: the error classes callers catch, the configuration types they
 * pass, and the HTTP core for calling an endpoint the spec does not cover yet. The validation
 * helpers are left out on purpose: only generated validators use them, importing the module
 * directly, and the package root re-exports this file.
 *
 * The per-status error classes are the runtime's: every namespace re-exports these same classes, so a
 * v1 404 and a v2 404 are both `NotFoundError`.
 */
export type { ApiErrorClass, ApiErrorFactory, ApiErrorInit, MissingScopesInit, NetworkErrorInit, RateLimitErrorInit, RateLimitInfo, RequestValidationErrorInit, ResponseValidationErrorInit } from "./errors.js";
export { API_ERROR_CLASSES, assertScopes, BadGatewayError, BadRequestError, ConflictError, ForbiddenError, GatewayTimeoutError, InternalServerError, MissingScopesError, NotFoundError, parseMissingScopes, ServiceUnavailableError, toApiError, TooManyRequestsError, UnauthorizedError, UnprocessableEntityError, WebflowApiError, WebflowError, WebflowNetworkError, WebflowRateLimitError, WebflowRequestValidationError, WebflowResponseValidationError } from "./errors.js";
export type { ApiResponse, BodyKind, ClientConfig, ClientOptions, Credential, CredentialRequest, CredentialWriter, HeldCredentials, QueryObject, QueryStyle, HttpCore, HttpCoreSettings, HttpMethod, OperationRequest, QueryEncoder, QueryRecord, QueryValue, RequestOptions, ResponseInfo, RetryInfo, RetryOptions, ValidationMode } from "./http.js";
export { ApiPromise, createHttpCore, createLeanCore } from "./http.js";
export { encodeFormBody, encodeQuery, writeCredentials } from "./query.js";
export { createMemoryStore, createRateLimiter, type RateLimitedCall, type RateLimiter, type RateLimiterOptions, type RateLimitStore } from "./limiter.js";
export { readRateLimit } from "./rate-limit.js";
export { withScopeCheck, type ScopeCheckedCore, type ScopeCheckSettings } from "./scope-check.js";
export type { ValidationIssue, ValidationResult } from "./validation.js";
export { paginate, type Page } from "./paging.js";
export { parseWebhook, verifyWebhookSignature, WebflowWebhookError, type ParseWebhookOptions, type VerifyWebhookOptions, type WebhookEvent, type WebhookHeaders } from "./webhooks.js";
export { authorizeUrl, exchangeCode, revokeToken, WebflowOAuthError, type AccessToken, type AuthorizeUrlOptions, type ExchangeCodeOptions, type OAuthErrorInit, type OAuthFailure, type OAuthRequestOptions, type RevokeTokenOptions } from "./oauth.js";
