/**
 * Public surface of the runtime: the error classes callers catch, the configuration types they
 * pass, and the HTTP core for calling an endpoint the spec does not cover yet. The validation
 * helpers are left out on purpose: only generated validators use them, importing the module
 * directly, and the package root re-exports this file.
 *
 * The per-status error classes (`BadRequestError` … `GatewayTimeoutError`) and `toApiError` live in
 * ./errors.js and reach the package root through each namespace's errors module, which re-exports
 * them. They are not listed here while a generated namespace may still define classes of the same
 * names: the root's `export *` of both would be ambiguous. Once every namespace re-exports the
 * runtime's, listing them here too is harmless (the same binding twice is not ambiguous).
 */
export type {
  ApiErrorClass,
  ApiErrorFactory,
  ApiErrorInit,
  MissingScopesInit,
  NetworkErrorInit,
  RateLimitErrorInit,
  RateLimitInfo,
  RequestValidationErrorInit,
  ResponseValidationErrorInit,
} from "./errors.js";
export {
  API_ERROR_CLASSES,
  assertScopes,
  MissingScopesError,
  parseMissingScopes,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowRateLimitError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "./errors.js";
export type {
  ApiResponse,
  ClientConfig,
  HttpCore,
  HttpCoreSettings,
  HttpMethod,
  OperationRequest,
  QueryValue,
  RequestOptions,
  ResponseInfo,
  RetryInfo,
  RetryOptions,
  ValidationMode,
} from "./http.js";
export { ApiPromise, createHttpCore } from "./http.js";
export {
  createMemoryStore,
  createRateLimiter,
  type RateLimitedCall,
  type RateLimiter,
  type RateLimiterOptions,
  type RateLimitStore,
} from "./limiter.js";
export { readRateLimit } from "./rate-limit.js";
export type { ValidationIssue, ValidationResult } from "./validation.js";
export { paginate, type Page } from "./paging.js";
export {
  parseWebhook,
  verifyWebhookSignature,
  WebflowWebhookError,
  type ParseWebhookOptions,
  type VerifyWebhookOptions,
  type WebhookEvent,
  type WebhookHeaders,
} from "./webhooks.js";
export {
  authorizeUrl,
  exchangeCode,
  revokeToken,
  WebflowOAuthError,
  type AccessToken,
  type AuthorizeUrlOptions,
  type ExchangeCodeOptions,
  type OAuthErrorInit,
  type OAuthFailure,
  type OAuthRequestOptions,
  type RevokeTokenOptions,
} from "./oauth.js";
