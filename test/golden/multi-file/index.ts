/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
export type { components, operations, paths } from "./schema.js";

export {
  type CreateWebhookBody,
  type CreateWebhookParams,
  type CreateWebhookResult,
  type Domain,
  type ErrorSchema,
  type GetSiteParams,
  type GetSiteResult,
  type Site,
  SitesApi,
  type TriggerType,
  type Webhook,
  createWebhook,
  getSite,
  isCreateWebhookBody,
  isDomain,
  isErrorSchema,
  isSite,
  isTriggerType,
  isWebhook,
  validateCreateWebhookBody,
  validateCreateWebhookResult,
  validateDomain,
  validateErrorSchema,
  validateGetSiteResult,
  validateSite,
  validateTriggerType,
  validateWebhook,
} from "./sites.js";

export {
  API_VERSION,
  type Client,
  SERVER_URL,
  type ScopedClient,
  type ScopedClientConfig,
  createClient,
  createCore,
} from "./client.js";

export * from "./errors.js";

export * from "./scopes.js";
