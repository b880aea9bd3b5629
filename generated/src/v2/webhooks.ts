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
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ENUM,
  EXPLAIN_ENUM_OBJECT_STRING_URI,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

const TRIGGER_TYPE_VALUES = /* @__PURE__ */ new Set<unknown>([
  "form_submission",
  "site_publish",
  "page_created",
  "page_metadata_updated",
  "page_deleted",
  "ecomm_new_order",
  "ecomm_order_changed",
  "ecomm_inventory_changed",
  "collection_item_created",
  "collection_item_changed",
  "collection_item_deleted",
  "collection_item_published",
  "collection_item_unpublished",
  "comment_created",
]);

const WEBHOOK_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

/**
 * Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
 */
export type CreateWebhookRequest = components["schemas"]["CreateWebhookRequest"];

/**
 * Whether `value` is a {@link CreateWebhookRequest}; the fast check {@link validateCreateWebhookRequest} runs before explaining a failure.
 */
export function isCreateWebhookRequest(value: unknown): value is CreateWebhookRequest {
  return (
    $.isPlainObject(value) &&
    isTriggerType(value.triggerType) &&
    typeof value.url === "string" &&
    $.isUri(value.url) &&
    (value.filter === undefined || isWebhookFilter(value.filter))
  );
}

/**
 * The CreateWebhookRequest schema as data: what {@link validateCreateWebhookRequest} walks to say why a value failed.
 */
export const createWebhookRequestSchema: SchemaPlan = {
  kind: "object",
  title: "CreateWebhookRequest",
  properties: {
    triggerType: () => triggerTypeSchema,
    url: { kind: "string", format: "uri" },
    filter: () => webhookFilterSchema,
  },
  required: ["triggerType", "url"],
};

/**
 * Checks that `value` is a {@link CreateWebhookRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateWebhookRequest: Validator<CreateWebhookRequest> =
  /* @__PURE__ */ $.validator(
    isCreateWebhookRequest,
    createWebhookRequestSchema,
    EXPLAIN_ENUM_OBJECT_STRING_URI,
  );

/**
 * The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
 */
export type TriggerType = components["schemas"]["TriggerType"];

/**
 * Whether `value` is a {@link TriggerType}; the fast check {@link validateTriggerType} runs before explaining a failure.
 */
export function isTriggerType(value: unknown): value is TriggerType {
  return typeof value === "string" && TRIGGER_TYPE_VALUES.has(value);
}

/**
 * The TriggerType schema as data: what {@link validateTriggerType} walks to say why a value failed.
 */
export const triggerTypeSchema: SchemaPlan = {
  kind: "string",
  title: "TriggerType",
  enum: [
    "form_submission",
    "site_publish",
    "page_created",
    "page_metadata_updated",
    "page_deleted",
    "ecomm_new_order",
    "ecomm_order_changed",
    "ecomm_inventory_changed",
    "collection_item_created",
    "collection_item_changed",
    "collection_item_deleted",
    "collection_item_published",
    "collection_item_unpublished",
    "comment_created",
  ],
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
 * A webhook registered on a site.
 */
export type Webhook = components["schemas"]["Webhook"];

/**
 * Whether `value` is a {@link Webhook}; the fast check {@link validateWebhook} runs before explaining a failure.
 */
export function isWebhook(value: unknown): value is Webhook {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined ||
      (typeof value.id === "string" && WEBHOOK_ID_PATTERN.test(value.id))) &&
    (value.triggerType === undefined || typeof value.triggerType === "string") &&
    (value.url === undefined || typeof value.url === "string") &&
    (value.workspaceId === undefined ||
      (typeof value.workspaceId === "string" && WEBHOOK_ID_PATTERN.test(value.workspaceId))) &&
    (value.siteId === undefined ||
      (typeof value.siteId === "string" && WEBHOOK_ID_PATTERN.test(value.siteId))) &&
    (value.filter === undefined || isWebhookFilter(value.filter)) &&
    (value.lastTriggered === undefined ||
      value.lastTriggered === null ||
      (typeof value.lastTriggered === "string" && $.isDateTime(value.lastTriggered))) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn)))
  );
}

/**
 * The Webhook schema as data: what {@link validateWebhook} walks to say why a value failed.
 */
export const webhookSchema: SchemaPlan = {
  kind: "object",
  title: "Webhook",
  properties: {
    id: { kind: "string", pattern: WEBHOOK_ID_PATTERN },
    triggerType: { kind: "string" },
    url: { kind: "string" },
    workspaceId: { kind: "string", pattern: WEBHOOK_ID_PATTERN },
    siteId: { kind: "string", pattern: WEBHOOK_ID_PATTERN },
    filter: () => webhookFilterSchema,
    lastTriggered: { kind: "string", nullable: true, format: "date-time" },
    createdOn: { kind: "string", format: "date-time" },
  },
};

/**
 * Checks that `value` is a {@link Webhook}.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWebhook: Validator<Webhook> = /* @__PURE__ */ $.validator(
  isWebhook,
  webhookSchema,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
);

/**
 * Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
 */
export type WebhookFilter = components["schemas"]["WebhookFilter"];

/**
 * Whether `value` is a {@link WebhookFilter}; the fast check {@link validateWebhookFilter} runs before explaining a failure.
 */
export function isWebhookFilter(value: unknown): value is WebhookFilter {
  return $.isPlainObject(value) && (value.name === undefined || typeof value.name === "string");
}

/**
 * The WebhookFilter schema as data: what {@link validateWebhookFilter} walks to say why a value failed.
 */
export const webhookFilterSchema: SchemaPlan = {
  kind: "object",
  title: "WebhookFilter",
  properties: { name: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link WebhookFilter}.
 * @returns `{ ok: true, value }` typed as {@link WebhookFilter}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWebhookFilter: Validator<WebhookFilter> = /* @__PURE__ */ $.validator(
  isWebhookFilter,
  webhookFilterSchema,
  EXPLAIN_OBJECT,
);

/**
 * Response of GET /sites/{site_id}/webhooks.
 */
export type WebhookList = components["schemas"]["WebhookList"];

/**
 * Whether `value` is a {@link WebhookList}; the fast check {@link validateWebhookList} runs before explaining a failure.
 */
export function isWebhookList(value: unknown): value is WebhookList {
  return (
    $.isPlainObject(value) &&
    (value.webhooks === undefined || isWebhookList_webhooks(value.webhooks)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isWebhookList_webhooks(value: unknown): boolean {
  return Array.isArray(value) && value.every(isWebhook);
}

/**
 * The WebhookList schema as data: what {@link validateWebhookList} walks to say why a value failed.
 */
export const webhookListSchema: SchemaPlan = {
  kind: "object",
  title: "WebhookList",
  properties: {
    webhooks: { kind: "array", items: () => webhookSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link WebhookList}.
 * @returns `{ ok: true, value }` typed as {@link WebhookList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWebhookList: Validator<WebhookList> = /* @__PURE__ */ $.validator(
  isWebhookList,
  webhookListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME,
);

/**
 * Parameters of `client.webhooks.create`.
 */
export interface CreateWebhookParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["createWebhook"]["parameters"]["path"]>["site_id"];
  /**
   * The webhook to create.
   */
  body: CreateWebhookBody;
}

/**
 * Request body of `client.webhooks.create`.
 *
 * The webhook to create.
 */
export type CreateWebhookBody = NonNullable<
  operations["createWebhook"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.webhooks.create` resolves to: the 201 response. The webhook was created.
 */
export type CreateWebhookResult =
  operations["createWebhook"]["responses"][201]["content"]["application/json"];

/**
 * Checks the 201 response body of `client.webhooks.create`.
 */
export const validateCreateWebhookResult: Validator<CreateWebhookResult> = validateWebhook;

/**
 * Checks a request body of `client.webhooks.create`; the client runs it before sending.
 */
export const validateCreateWebhookBody: Validator<CreateWebhookBody> = validateCreateWebhookRequest;

/**
 * Create Webhook: {@link WebhooksApi.create | client.webhooks.create} as a function of the core, so that a program importing only it bundles only it.
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
 * Parameters of `client.webhooks.get`.
 */
export interface GetWebhookParams {
  /**
   * Unique identifier of a webhook.
   *
   * Sent in the path.
   */
  webhook_id: NonNullable<operations["getWebhook"]["parameters"]["path"]>["webhook_id"];
}

/**
 * What `client.webhooks.get` resolves to: the 200 response. The webhook.
 */
export type GetWebhookResult =
  operations["getWebhook"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.webhooks.get`.
 */
export const validateGetWebhookResult: Validator<GetWebhookResult> = validateWebhook;

/**
 * Get Webhook: {@link WebhooksApi.get | client.webhooks.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getWebhook(
  core: HttpCore,
  params: GetWebhookParams,
  options?: RequestOptions,
): ApiPromise<GetWebhookResult> {
  return core.request<GetWebhookResult>(
    {
      operationId: "getWebhook",
      method: "GET",
      path: "/webhooks/{webhook_id}",
      pathParams: { webhook_id: params.webhook_id },
      responseKind: "json",
      validate: validateGetWebhookResult,
    },
    options,
  );
}

/**
 * Parameters of `client.webhooks.list`.
 */
export interface ListWebhooksParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listWebhooks"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.webhooks.list` resolves to: the 200 response. The webhooks of the site.
 */
export type ListWebhooksResult =
  operations["listWebhooks"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.webhooks.list`.
 */
export const validateListWebhooksResult: Validator<ListWebhooksResult> = validateWebhookList;

/**
 * List Webhooks: {@link WebhooksApi.list | client.webhooks.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listWebhooks(
  core: HttpCore,
  params: ListWebhooksParams,
  options?: RequestOptions,
): ApiPromise<ListWebhooksResult> {
  return core.request<ListWebhooksResult>(
    {
      operationId: "listWebhooks",
      method: "GET",
      path: "/sites/{site_id}/webhooks",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateListWebhooksResult,
    },
    options,
  );
}

/**
 * Parameters of `client.webhooks.remove`.
 */
export interface RemoveWebhookParams {
  /**
   * Unique identifier of a webhook.
   *
   * Sent in the path.
   */
  webhook_id: NonNullable<operations["removeWebhook"]["parameters"]["path"]>["webhook_id"];
}

/**
 * What `client.webhooks.remove` resolves to: the 204 response. The webhook was removed. No content.
 */
export type RemoveWebhookResult = void;

/**
 * Remove Webhook: {@link WebhooksApi.remove | client.webhooks.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function removeWebhook(
  core: HttpCore,
  params: RemoveWebhookParams,
  options?: RequestOptions,
): ApiPromise<RemoveWebhookResult> {
  return core.request<RemoveWebhookResult>(
    {
      operationId: "removeWebhook",
      method: "DELETE",
      path: "/webhooks/{webhook_id}",
      pathParams: { webhook_id: params.webhook_id },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Webhooks operations: List, read, create and remove webhooks that notify your server of site events.
 *
 * Reached as `client.webhooks`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class WebhooksApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Webhook
   *
   * Register a webhook on a site. Required scope: `sites:write`, with a Data Client App token; the token must also hold the scope the trigger type needs (see the `x-trigger-scopes` of TriggerType, e.g. `forms:read` for `form_submission`). `filter` is only allowed with `form_submission`. A site can have at most 75 webhooks per trigger type.
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/webhooks` (operationId `createWebhook`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 201 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`), the trigger type is not supported (`unsupported_webhook_trigger_type`), or a `filter` was sent with a trigger type other than `form_submission` (`incompatible_webhook_filter`).
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403: The token lacks `sites:write` or the scope the trigger type needs (code `missing_scopes`), or is not allowed to create webhooks on the site (code `forbidden`).
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The webhook conflicts with existing ones: the same trigger type and URL are already registered, or the site already has 75 webhooks for this trigger type.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  create(params: CreateWebhookParams, options?: RequestOptions): ApiPromise<CreateWebhookResult> {
    return createWebhook(this.#core, params, options);
  }

  /**
   * Get Webhook
   *
   * Get a webhook.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/webhooks/{webhook_id}` (operationId `getWebhook`).
   * @param params - webhook_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No webhook with this `webhook_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  get(params: GetWebhookParams, options?: RequestOptions): ApiPromise<GetWebhookResult> {
    return getWebhook(this.#core, params, options);
  }

  /**
   * List Webhooks
   *
   * List the webhooks registered on a site. The endpoint takes no paging parameters; the response still carries `pagination`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/webhooks` (operationId `listWebhooks`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  list(params: ListWebhooksParams, options?: RequestOptions): ApiPromise<ListWebhooksResult> {
    return listWebhooks(this.#core, params, options);
  }

  /**
   * Remove Webhook
   *
   * Remove a webhook. Answers 204 with no body. Required scope: `sites:write` (the documentation text and the reference's scope column say `sites:read`; see x-decision).
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/webhooks/{webhook_id}` (operationId `removeWebhook`).
   * @param params - webhook_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No webhook with this `webhook_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  remove(params: RemoveWebhookParams, options?: RequestOptions): ApiPromise<RemoveWebhookResult> {
    return removeWebhook(this.#core, params, options);
  }
}
