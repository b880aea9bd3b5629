import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
 */
export type CreateWebhookRequest = components["schemas"]["CreateWebhookRequest"];
/**
 * Whether `value` is a {@link CreateWebhookRequest}; the fast check {@link validateCreateWebhookRequest} runs before explaining a failure.
 */
export declare function isCreateWebhookRequest(value: unknown): value is CreateWebhookRequest;
/**
 * The CreateWebhookRequest schema as data: what {@link validateCreateWebhookRequest} walks to say why a value failed.
 */
export declare const createWebhookRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateWebhookRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateWebhookRequest: Validator<CreateWebhookRequest>;
/**
 * The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
 */
export type TriggerType = components["schemas"]["TriggerType"];
/**
 * Whether `value` is a {@link TriggerType}; the fast check {@link validateTriggerType} runs before explaining a failure.
 */
export declare function isTriggerType(value: unknown): value is TriggerType;
/**
 * The TriggerType schema as data: what {@link validateTriggerType} walks to say why a value failed.
 */
export declare const triggerTypeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link TriggerType}.
 * @returns `{ ok: true, value }` typed as {@link TriggerType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateTriggerType: Validator<TriggerType>;
/**
 * A webhook registered on a site.
 */
export type Webhook = components["schemas"]["Webhook"];
/**
 * Whether `value` is a {@link Webhook}; the fast check {@link validateWebhook} runs before explaining a failure.
 */
export declare function isWebhook(value: unknown): value is Webhook;
/**
 * The Webhook schema as data: what {@link validateWebhook} walks to say why a value failed.
 */
export declare const webhookSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Webhook}.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateWebhook: Validator<Webhook>;
/**
 * Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
 */
export type WebhookFilter = components["schemas"]["WebhookFilter"];
/**
 * Whether `value` is a {@link WebhookFilter}; the fast check {@link validateWebhookFilter} runs before explaining a failure.
 */
export declare function isWebhookFilter(value: unknown): value is WebhookFilter;
/**
 * The WebhookFilter schema as data: what {@link validateWebhookFilter} walks to say why a value failed.
 */
export declare const webhookFilterSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link WebhookFilter}.
 * @returns `{ ok: true, value }` typed as {@link WebhookFilter}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateWebhookFilter: Validator<WebhookFilter>;
/**
 * Response of GET /sites/{site_id}/webhooks.
 */
export type WebhookList = components["schemas"]["WebhookList"];
/**
 * Whether `value` is a {@link WebhookList}; the fast check {@link validateWebhookList} runs before explaining a failure.
 */
export declare function isWebhookList(value: unknown): value is WebhookList;
/**
 * The WebhookList schema as data: what {@link validateWebhookList} walks to say why a value failed.
 */
export declare const webhookListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link WebhookList}.
 * @returns `{ ok: true, value }` typed as {@link WebhookList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateWebhookList: Validator<WebhookList>;
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
export type CreateWebhookBody = NonNullable<operations["createWebhook"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.webhooks.create` resolves to: the 201 response. The webhook was created.
 */
export type CreateWebhookResult = operations["createWebhook"]["responses"][201]["content"]["application/json"];
/**
 * Checks the 201 response body of `client.webhooks.create`.
 */
export declare const validateCreateWebhookResult: Validator<CreateWebhookResult>;
/**
 * Checks a request body of `client.webhooks.create`; the client runs it before sending.
 */
export declare const validateCreateWebhookBody: Validator<CreateWebhookBody>;
/**
 * Create Webhook: {@link WebhooksApi.create | client.webhooks.create} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function createWebhook(core: HttpCore, params: CreateWebhookParams, options?: RequestOptions): ApiPromise<CreateWebhookResult>;
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
export type GetWebhookResult = operations["getWebhook"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.webhooks.get`.
 */
export declare const validateGetWebhookResult: Validator<GetWebhookResult>;
/**
 * Get Webhook: {@link WebhooksApi.get | client.webhooks.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getWebhook(core: HttpCore, params: GetWebhookParams, options?: RequestOptions): ApiPromise<GetWebhookResult>;
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
export type ListWebhooksResult = operations["listWebhooks"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.webhooks.list`.
 */
export declare const validateListWebhooksResult: Validator<ListWebhooksResult>;
/**
 * List Webhooks: {@link WebhooksApi.list | client.webhooks.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listWebhooks(core: HttpCore, params: ListWebhooksParams, options?: RequestOptions): ApiPromise<ListWebhooksResult>;
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
export declare function removeWebhook(core: HttpCore, params: RemoveWebhookParams, options?: RequestOptions): ApiPromise<RemoveWebhookResult>;
/**
 * Webhooks operations: List, read, create and remove webhooks that notify your server of site events.
 *
 * Reached as `client.webhooks`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class WebhooksApi {
	#private;
	constructor(core: HttpCore);
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
	create(params: CreateWebhookParams, options?: RequestOptions): ApiPromise<CreateWebhookResult>;
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
	get(params: GetWebhookParams, options?: RequestOptions): ApiPromise<GetWebhookResult>;
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
	list(params: ListWebhooksParams, options?: RequestOptions): ApiPromise<ListWebhooksResult>;
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
	remove(params: RemoveWebhookParams, options?: RequestOptions): ApiPromise<RemoveWebhookResult>;
}
