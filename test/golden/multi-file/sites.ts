/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import {
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_EMAIL,
  EXPLAIN_ENUM,
  EXPLAIN_ENUM_OBJECT,
  EXPLAIN_ENUM_OBJECT_STRING_URI,
  EXPLAIN_OBJECT,
} from "./explainers.js";
import type { components, operations } from "./schema.js";

/**
 * The Domain schema.
 */
export type Domain = components["schemas"]["Domain"];

/**
 * Whether `value` is a {@link Domain}; the fast check {@link validateDomain} runs before explaining a failure.
 */
export function isDomain(value: unknown): value is Domain {
  return $.isPlainObject(value) && typeof value.id === "string" && typeof value.url === "string";
}

/**
 * The Domain schema as data: what {@link validateDomain} walks to say why a value failed.
 */
export const domainSchema: SchemaPlan = {
  kind: "object",
  title: "Domain",
  properties: { id: { kind: "string" }, url: { kind: "string" } },
  required: ["id", "url"],
};

/**
 * Checks that `value` is a {@link Domain}.
 * @returns `{ ok: true, value }` typed as {@link Domain}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateDomain: Validator<Domain> = /* @__PURE__ */ $.validator(
  isDomain,
  domainSchema,
  EXPLAIN_OBJECT,
);

/**
 * The Error schema.
 */
export type ErrorSchema = components["schemas"]["Error"];

/**
 * Whether `value` is a {@link ErrorSchema}; the fast check {@link validateErrorSchema} runs before explaining a failure.
 */
export function isErrorSchema(value: unknown): value is ErrorSchema {
  return (
    $.isPlainObject(value) && typeof value.code === "string" && typeof value.message === "string"
  );
}

/**
 * The ErrorSchema schema as data: what {@link validateErrorSchema} walks to say why a value failed.
 */
export const errorSchemaSchema: SchemaPlan = {
  kind: "object",
  title: "Error",
  properties: { code: { kind: "string" }, message: { kind: "string" } },
  required: ["code", "message"],
};

/**
 * Checks that `value` is a {@link ErrorSchema}.
 * @returns `{ ok: true, value }` typed as {@link ErrorSchema}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateErrorSchema: Validator<ErrorSchema> = /* @__PURE__ */ $.validator(
  isErrorSchema,
  errorSchemaSchema,
  EXPLAIN_OBJECT,
);

/**
 * The Site schema.
 */
export type Site = components["schemas"]["Site"];

/**
 * Whether `value` is a {@link Site}; the fast check {@link validateSite} runs before explaining a failure.
 */
export function isSite(value: unknown): value is Site {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    typeof value.displayName === "string" &&
    isSite_domains(value.domains) &&
    (value.owner === undefined || isSite_owner(value.owner)) &&
    (value.webhooks === undefined || isSite_webhooks(value.webhooks))
  );
}

function isSite_domains(value: unknown): boolean {
  return Array.isArray(value) && value.every(isDomain);
}

function isSite_owner(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    (value.email === undefined || (typeof value.email === "string" && $.isEmail(value.email)))
  );
}

function isSite_webhooks(value: unknown): boolean {
  return Array.isArray(value) && value.every(isWebhook);
}

/**
 * The Site schema as data: what {@link validateSite} walks to say why a value failed.
 */
export const siteSchema: SchemaPlan = {
  kind: "object",
  title: "Site",
  properties: {
    id: { kind: "string" },
    displayName: { kind: "string" },
    domains: { kind: "array", items: () => domainSchema },
    owner: {
      kind: "object",
      properties: { id: { kind: "string" }, email: { kind: "string", format: "email" } },
      required: ["id"],
    },
    webhooks: { kind: "array", items: () => webhookSchema },
  },
  required: ["id", "displayName", "domains"],
};

/**
 * Checks that `value` is a {@link Site}.
 * @returns `{ ok: true, value }` typed as {@link Site}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSite: Validator<Site> = /* @__PURE__ */ $.validator(
  isSite,
  siteSchema,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_EMAIL,
);

/**
 * The TriggerType schema.
 */
export type TriggerType = components["schemas"]["TriggerType"];

/**
 * Whether `value` is a {@link TriggerType}; the fast check {@link validateTriggerType} runs before explaining a failure.
 */
export function isTriggerType(value: unknown): value is TriggerType {
  return typeof value === "string" && (value === "site_publish" || value === "form_submission");
}

/**
 * The TriggerType schema as data: what {@link validateTriggerType} walks to say why a value failed.
 */
export const triggerTypeSchema: SchemaPlan = {
  kind: "string",
  title: "TriggerType",
  enum: ["site_publish", "form_submission"],
};

/**
 * Checks that `value` is a {@link TriggerType}.
 * @returns `{ ok: true, value }` typed as {@link TriggerType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateTriggerType: Validator<TriggerType> = /* @__PURE__ */ $.validator(
  isTriggerType,
  triggerTypeSchema,
  EXPLAIN_ENUM,
);

/**
 * The Webhook schema.
 */
export type Webhook = components["schemas"]["Webhook"];

/**
 * Whether `value` is a {@link Webhook}; the fast check {@link validateWebhook} runs before explaining a failure.
 */
export function isWebhook(value: unknown): value is Webhook {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    isTriggerType(value.triggerType) &&
    typeof value.url === "string"
  );
}

/**
 * The Webhook schema as data: what {@link validateWebhook} walks to say why a value failed.
 */
export const webhookSchema: SchemaPlan = {
  kind: "object",
  title: "Webhook",
  properties: {
    id: { kind: "string" },
    triggerType: () => triggerTypeSchema,
    url: { kind: "string" },
  },
  required: ["id", "triggerType", "url"],
};

/**
 * Checks that `value` is a {@link Webhook}.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWebhook: Validator<Webhook> = /* @__PURE__ */ $.validator(
  isWebhook,
  webhookSchema,
  EXPLAIN_ENUM_OBJECT,
);

/**
 * Parameters of `client.sites.createWebhook`.
 */
export interface CreateWebhookParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["createWebhook"]["parameters"]["path"]>["site_id"];
  /**
   * The request body.
   */
  body: CreateWebhookBody;
}

/**
 * Request body of `client.sites.createWebhook`.
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
 * Checks the 200 response body of `client.sites.createWebhook`.
 */
export const validateCreateWebhookResult: Validator<CreateWebhookResult> = validateWebhook;

/**
 * Whether `value` is a {@link CreateWebhookBody}; the fast check {@link validateCreateWebhookBody} runs before explaining a failure.
 */
export function isCreateWebhookBody(value: unknown): value is CreateWebhookBody {
  return (
    $.isPlainObject(value) &&
    isTriggerType(value.triggerType) &&
    typeof value.url === "string" &&
    $.isUri(value.url)
  );
}

/**
 * The CreateWebhookBody schema as data: what {@link validateCreateWebhookBody} walks to say why a value failed.
 */
export const createWebhookBodySchema: SchemaPlan = {
  kind: "object",
  title: "CreateWebhookBody",
  properties: { triggerType: () => triggerTypeSchema, url: { kind: "string", format: "uri" } },
  required: ["triggerType", "url"],
};

/**
 * Checks a request body of `client.sites.createWebhook`; the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateWebhookBody: Validator<CreateWebhookBody> = /* @__PURE__ */ $.validator(
  isCreateWebhookBody,
  createWebhookBodySchema,
  EXPLAIN_ENUM_OBJECT_STRING_URI,
);

/**
 * Create a webhook: {@link SitesApi.createWebhook | client.sites.createWebhook} as a function of the core, so that a program importing only it bundles only it.
 */
export function createWebhook(
  core: HttpCore,
  params: CreateWebhookParams,
  options?: RequestOptions,
): ApiPromise<CreateWebhookResult> {
  return core.request<CreateWebhookResult>(
    {
      operationId: "createWebhook",
      method: "POST",
      path: "/sites/{site_id}/webhooks",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateCreateWebhookBody,
      responseKind: "json",
      validate: validateCreateWebhookResult,
    },
    options,
  );
}

/**
 * Parameters of `client.sites.get`.
 */
export interface GetSiteParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["getSite"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.sites.get` resolves to: the 200 response. The site.
 */
export type GetSiteResult = operations["getSite"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.sites.get`.
 */
export const validateGetSiteResult: Validator<GetSiteResult> = validateSite;

/**
 * Get a site: {@link SitesApi.get | client.sites.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getSite(
  core: HttpCore,
  params: GetSiteParams,
  options?: RequestOptions,
): ApiPromise<GetSiteResult> {
  return core.request<GetSiteResult>(
    {
      operationId: "getSite",
      method: "GET",
      path: "/sites/{site_id}",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateGetSiteResult,
    },
    options,
  );
}

/**
 * Sites operations: Sites and their webhooks.
 *
 * Reached as `client.sites`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class SitesApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create a webhook
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/webhooks` (operationId `createWebhook`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   */
  createWebhook(
    params: CreateWebhookParams,
    options?: RequestOptions,
  ): ApiPromise<CreateWebhookResult> {
    return createWebhook(this.#core, params, options);
  }

  /**
   * Get a site
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}` (operationId `getSite`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link NotFoundError} 404: No such site.
   */
  get(params: GetSiteParams, options?: RequestOptions): ApiPromise<GetSiteResult> {
    return getSite(this.#core, params, options);
  }
}
