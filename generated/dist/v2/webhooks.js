/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME, EXPLAIN_ENUM, EXPLAIN_ENUM_OBJECT_STRING_URI, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING_DATE_TIME } from "./explainers.js";
import { isPagination, paginationSchema } from "./shared.js";
const TRIGGER_TYPE_VALUES = /* @__PURE__ */ new Set([
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
	"comment_created"
]);
const WEBHOOK_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
/**
 * Whether `value` is a {@link CreateWebhookRequest}; the fast check {@link validateCreateWebhookRequest} runs before explaining a failure.
 */
export function isCreateWebhookRequest(value) {
	return $.isPlainObject(value) && isTriggerType(value.triggerType) && typeof value.url === "string" && $.isUri(value.url) && (value.filter === undefined || isWebhookFilter(value.filter));
}
/**
 * The CreateWebhookRequest schema as data: what {@link validateCreateWebhookRequest} walks to say why a value failed.
 */
export const createWebhookRequestSchema = {
	kind: "object",
	title: "CreateWebhookRequest",
	properties: {
		triggerType: () => triggerTypeSchema,
		url: {
			kind: "string",
			format: "uri"
		},
		filter: () => webhookFilterSchema
	},
	required: ["triggerType", "url"]
};
/**
 * Checks that `value` is a {@link CreateWebhookRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateWebhookRequest = /* @__PURE__ */ $.validator(isCreateWebhookRequest, createWebhookRequestSchema, EXPLAIN_ENUM_OBJECT_STRING_URI);
/**
 * Whether `value` is a {@link TriggerType}; the fast check {@link validateTriggerType} runs before explaining a failure.
 */
export function isTriggerType(value) {
	return typeof value === "string" && TRIGGER_TYPE_VALUES.has(value);
}
/**
 * The TriggerType schema as data: what {@link validateTriggerType} walks to say why a value failed.
 */
export const triggerTypeSchema = {
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
		"comment_created"
	]
};
/**
 * Checks that `value` is a {@link TriggerType}.
 * @returns `{ ok: true, value }` typed as {@link TriggerType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateTriggerType = /* @__PURE__ */ $.validator(isTriggerType, triggerTypeSchema, EXPLAIN_ENUM);
/**
 * Whether `value` is a {@link Webhook}; the fast check {@link validateWebhook} runs before explaining a failure.
 */
export function isWebhook(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && WEBHOOK_ID_PATTERN.test(value.id)) && (value.triggerType === undefined || typeof value.triggerType === "string") && (value.url === undefined || typeof value.url === "string") && (value.workspaceId === undefined || typeof value.workspaceId === "string" && WEBHOOK_ID_PATTERN.test(value.workspaceId)) && (value.siteId === undefined || typeof value.siteId === "string" && WEBHOOK_ID_PATTERN.test(value.siteId)) && (value.filter === undefined || isWebhookFilter(value.filter)) && (value.lastTriggered === undefined || value.lastTriggered === null || typeof value.lastTriggered === "string" && $.isDateTime(value.lastTriggered)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn));
}
/**
 * The Webhook schema as data: what {@link validateWebhook} walks to say why a value failed.
 */
export const webhookSchema = {
	kind: "object",
	title: "Webhook",
	properties: {
		id: {
			kind: "string",
			pattern: WEBHOOK_ID_PATTERN
		},
		triggerType: { kind: "string" },
		url: { kind: "string" },
		workspaceId: {
			kind: "string",
			pattern: WEBHOOK_ID_PATTERN
		},
		siteId: {
			kind: "string",
			pattern: WEBHOOK_ID_PATTERN
		},
		filter: () => webhookFilterSchema,
		lastTriggered: {
			kind: "string",
			nullable: true,
			format: "date-time"
		},
		createdOn: {
			kind: "string",
			format: "date-time"
		}
	}
};
/**
 * Checks that `value` is a {@link Webhook}.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWebhook = /* @__PURE__ */ $.validator(isWebhook, webhookSchema, EXPLAIN_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link WebhookFilter}; the fast check {@link validateWebhookFilter} runs before explaining a failure.
 */
export function isWebhookFilter(value) {
	return $.isPlainObject(value) && (value.name === undefined || typeof value.name === "string");
}
/**
 * The WebhookFilter schema as data: what {@link validateWebhookFilter} walks to say why a value failed.
 */
export const webhookFilterSchema = {
	kind: "object",
	title: "WebhookFilter",
	properties: { name: { kind: "string" } }
};
/**
 * Checks that `value` is a {@link WebhookFilter}.
 * @returns `{ ok: true, value }` typed as {@link WebhookFilter}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWebhookFilter = /* @__PURE__ */ $.validator(isWebhookFilter, webhookFilterSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link WebhookList}; the fast check {@link validateWebhookList} runs before explaining a failure.
 */
export function isWebhookList(value) {
	return $.isPlainObject(value) && (value.webhooks === undefined || isWebhookList_webhooks(value.webhooks)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isWebhookList_webhooks(value) {
	return Array.isArray(value) && value.every(isWebhook);
}
/**
 * The WebhookList schema as data: what {@link validateWebhookList} walks to say why a value failed.
 */
export const webhookListSchema = {
	kind: "object",
	title: "WebhookList",
	properties: {
		webhooks: {
			kind: "array",
			items: () => webhookSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link WebhookList}.
 * @returns `{ ok: true, value }` typed as {@link WebhookList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWebhookList = /* @__PURE__ */ $.validator(isWebhookList, webhookListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME);
/**
 * Checks the 201 response body of `client.webhooks.create`.
 */
export const validateCreateWebhookResult = validateWebhook;
/**
 * Checks a request body of `client.webhooks.create`; the client runs it before sending.
 */
export const validateCreateWebhookBody = validateCreateWebhookRequest;
/**
 * Create Webhook: {@link WebhooksApi.create | client.webhooks.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createWebhook(core, params, options) {
	return core.request({
		operationId: "createWebhook",
		method: "POST",
		path: "/sites/{site_id}/webhooks",
		pathParams: { site_id: params.site_id },
		body: params.body,
		validateBody: validateCreateWebhookBody,
		responseKind: "json",
		validate: validateCreateWebhookResult
	}, options);
}
/**
 * Checks the 200 response body of `client.webhooks.get`.
 */
export const validateGetWebhookResult = validateWebhook;
/**
 * Get Webhook: {@link WebhooksApi.get | client.webhooks.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getWebhook(core, params, options) {
	return core.request({
		operationId: "getWebhook",
		method: "GET",
		path: "/webhooks/{webhook_id}",
		pathParams: { webhook_id: params.webhook_id },
		responseKind: "json",
		validate: validateGetWebhookResult
	}, options);
}
/**
 * Checks the 200 response body of `client.webhooks.list`.
 */
export const validateListWebhooksResult = validateWebhookList;
/**
 * List Webhooks: {@link WebhooksApi.list | client.webhooks.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listWebhooks(core, params, options) {
	return core.request({
		operationId: "listWebhooks",
		method: "GET",
		path: "/sites/{site_id}/webhooks",
		pathParams: { site_id: params.site_id },
		responseKind: "json",
		validate: validateListWebhooksResult
	}, options);
}
/**
 * Remove Webhook: {@link WebhooksApi.remove | client.webhooks.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function removeWebhook(core, params, options) {
	return core.request({
		operationId: "removeWebhook",
		method: "DELETE",
		path: "/webhooks/{webhook_id}",
		pathParams: { webhook_id: params.webhook_id },
		responseKind: "empty"
	}, options);
}
/**
 * Webhooks operations: List, read, create and remove webhooks that notify your server of site events.
 *
 * Reached as `client.webhooks`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class WebhooksApi {
	#core;
	constructor(core) {
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
	create(params, options) {
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
	get(params, options) {
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
	list(params, options) {
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
	remove(params, options) {
		return removeWebhook(this.#core, params, options);
	}
}
