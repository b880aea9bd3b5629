/**
 * Public surface of the runtime: the error classes callers catch, the configuration types they
 * pass, and the HTTP core for calling an endpoint the spec does not cover yet. The validation
 * helpers are left out on purpose: only generated validators use them, importing the module
 * directly, and the package root re-exports this file.
 */
export type {
  ApiErrorFactory,
  ApiErrorInit,
  NetworkErrorInit,
  RateLimitInfo,
  RequestValidationErrorInit,
  ResponseValidationErrorInit,
} from "./errors.js";
export {
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "./errors.js";
export type {
  ClientConfig,
  HttpCore,
  HttpCoreSettings,
  HttpMethod,
  OperationRequest,
  QueryValue,
  RequestOptions,
  ResponseInfo,
  RetryOptions,
} from "./http.js";
export { createHttpCore } from "./http.js";
export { readRateLimit } from "./rate-limit.js";
export type { ValidationIssue, ValidationResult } from "./validation.js";
export { paginate, type Page } from "./paging.js";
export {
  parseWebhook,
  verifyWebhookSignature,
  WebflowWebhookError,
  type VerifyWebhookOptions,
  type WebhookEvent,
} from "./webhooks.js";
export {
  authorizeUrl,
  exchangeCode,
  WebflowOAuthError,
  type AccessToken,
  type AuthorizeUrlOptions,
  type ExchangeCodeOptions,
} from "./oauth.js";
