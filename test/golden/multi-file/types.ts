/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import type { components, operations } from "./schema.js";

/**
 * The Domain schema.
 */
export type Domain = components["schemas"]["Domain"];

/**
 * The Error schema.
 */
export type ErrorSchema = components["schemas"]["Error"];

/**
 * The Site schema.
 */
export type Site = components["schemas"]["Site"];

/**
 * The TriggerType schema.
 */
export type TriggerType = components["schemas"]["TriggerType"];

/**
 * The Webhook schema.
 */
export type Webhook = components["schemas"]["Webhook"];

/**
 * Request body of `client.sites.createWebhook` (Create a webhook).
 */
export type CreateWebhookBody = NonNullable<
  operations["createWebhook"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.sites.createWebhook` resolves to: the 200 response. The new webhook.
 */
export type CreateWebhookResult =
  operations["createWebhook"]["responses"][200]["content"]["application/json"];

/**
 * What `client.sites.get` resolves to: the 200 response. The site.
 */
export type GetSiteResult = operations["getSite"]["responses"][200]["content"]["application/json"];

/**
 * Parameters of `client.sites.createWebhook` (Create a webhook).
 *
 * Required scopes: `sites:write`.
 *
 * POST `/sites/{site_id}/webhooks` (operationId `createWebhook`).
 */
export interface CreateWebhookParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["createWebhook"]["parameters"]["path"]>["site_id"];
  /**
   * The JSON request body.
   */
  body: CreateWebhookBody;
}

/**
 * Parameters of `client.sites.get` (Get a site).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}` (operationId `getSite`).
 */
export interface GetSiteParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["getSite"]["parameters"]["path"]>["site_id"];
}
