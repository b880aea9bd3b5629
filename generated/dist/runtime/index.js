export { WebflowApiError, WebflowError, WebflowNetworkError, WebflowRequestValidationError, WebflowResponseValidationError, } from "./errors.js";
export { createHttpCore } from "./http.js";
export { readRateLimit } from "./rate-limit.js";
export { paginate } from "./paging.js";
export { parseWebhook, verifyWebhookSignature, WebflowWebhookError, } from "./webhooks.js";
export { authorizeUrl, exchangeCode, WebflowOAuthError, } from "./oauth.js";
