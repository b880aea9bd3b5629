import { type ClientConfig, type HttpCore, type RequestOptions } from "../runtime/http.js";
import type { CreateWebhookParams, CreateWebhookResult, GetAuthorizedUserResult, GetCommentThreadParams, GetCommentThreadResult, GetCustomDomainsParams, GetCustomDomainsResult, GetSiteParams, GetSiteResult, GetWebhookParams, GetWebhookResult, IntrospectTokenResult, ListCommentRepliesParams, ListCommentRepliesResult, ListCommentThreadsParams, ListCommentThreadsResult, ListSitesResult, ListWebhooksParams, ListWebhooksResult, PublishSiteParams, PublishSiteResult, RemoveWebhookParams, RemoveWebhookResult } from "./types.js";
/**
 * The default base URL of Webflow Data API, from the spec's first server.
 */
export declare const SERVER_URL = "https://api.webflow.com/v2";
/**
 * The version of the API description this client was generated from.
 */
export declare const API_VERSION = "2.0.0";
/**
 * Comments operations: Read the comment threads and replies left on a site in the Designer.
 *
 * Reached as `client.comments`.
 */
export declare class CommentsApi {
    #private;
    constructor(core: HttpCore);
    /**
     * Get Comment Thread
     *
     * Get a comment thread of a site. Takes the same query parameters as listCommentThreads. Required scope: `comments:read`.
     *
     * Required scopes: `comments:read`.
     *
     * GET `/sites/{site_id}/comments/{comment_thread_id}` (operationId `getCommentThread`).
     * @param params - site_id, comment_thread_id, localeId, offset, limit, sortBy, sortOrder
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no comment thread with this `comment_thread_id`.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    getThread(params: GetCommentThreadParams, options?: RequestOptions): Promise<GetCommentThreadResult>;
    /**
     * List Comment Replies
     *
     * List the replies of a comment thread, one page at a time (`offset` and `limit`, at most 100 per page). The replies come under the key `comments`. `sortBy` only applies together with `sortOrder`. Required scope: `comments:read`.
     *
     * Required scopes: `comments:read`.
     *
     * GET `/sites/{site_id}/comments/{comment_thread_id}/replies` (operationId `listCommentReplies`).
     * @param params - site_id, comment_thread_id, localeId, offset, limit, sortBy, sortOrder
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no comment thread with this `comment_thread_id`.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    listReplies(params: ListCommentRepliesParams, options?: RequestOptions): Promise<ListCommentRepliesResult>;
    /**
     * Every item of `listReplies` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
     *
     * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
     * @example for await (const item of client.comments.iterateReplies(params)) console.log(item);
     */
    iterateReplies(params: ListCommentRepliesParams, options?: RequestOptions): AsyncGenerator<ListCommentRepliesResult["comments"][number], void, undefined>;
    /**
     * List Comment Threads
     *
     * List the comment threads of a site, one page at a time (`offset` and `limit`, at most 100 per page). `sortBy` only applies together with `sortOrder`. Required scope: `comments:read`.
     *
     * Required scopes: `comments:read`.
     *
     * GET `/sites/{site_id}/comments` (operationId `listCommentThreads`).
     * @param params - site_id, localeId, offset, limit, sortBy, sortOrder
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    listThreads(params: ListCommentThreadsParams, options?: RequestOptions): Promise<ListCommentThreadsResult>;
    /**
     * Every item of `listThreads` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
     *
     * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
     * @example for await (const item of client.comments.iterateThreads(params)) console.log(item);
     */
    iterateThreads(params: ListCommentThreadsParams, options?: RequestOptions): AsyncGenerator<ListCommentThreadsResult["comments"][number], void, undefined>;
}
/**
 * Sites operations: List, read and publish sites and read their custom domains.
 *
 * Reached as `client.sites`.
 */
export declare class SitesApi {
    #private;
    constructor(core: HttpCore);
    /**
     * Get Custom Domains
     *
     * List the custom domains attached to a site; their IDs are what publishSite takes in `customDomains`. Required scope: `sites:read`.
     *
     * Required scopes: `sites:read`.
     *
     * GET `/sites/{site_id}/custom_domains` (operationId `getCustomDomains`).
     * @param params - site_id
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    getCustomDomains(params: GetCustomDomainsParams, options?: RequestOptions): Promise<GetCustomDomainsResult>;
    /**
     * Get Site
     *
     * Get the details of a site. Required scope: `sites:read`.
     *
     * Required scopes: `sites:read`.
     *
     * GET `/sites/{site_id}` (operationId `getSite`).
     * @param params - site_id
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    get(params: GetSiteParams, options?: RequestOptions): Promise<GetSiteResult>;
    /**
     * List Sites
     *
     * List the sites the access token can access. The list is not paginated. Required scope: `sites:read`. Workspace tokens cannot call site endpoints (403).
     *
     * Required scopes: `sites:read`.
     *
     * GET `/sites` (operationId `listSites`).
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    list(options?: RequestOptions): Promise<ListSitesResult>;
    /**
     * Publish Site
     *
     * Publish a site to its custom domains and/or its webflow.io subdomain. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (the request schema says so; `validatePublishSiteRequest` checks a body before it is sent). A site can be published successfully at most once per minute. Publishing is asynchronous: the API answers 202 Accepted. Required scope: `sites:write`.
     *
     * Required scopes: `sites:write`.
     *
     * POST `/sites/{site_id}/publish` (operationId `publishSite`).
     * @param params - site_id, body
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 202 response body, validated.
     * @throws {@link BadRequestError} 400: The body is invalid: neither `customDomains` nor `publishToWebflowSubdomain` was sent, or a domain ID is unknown (codes `validation_error`, `invalid_domain`, `no_domains`).
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
     * @throws {@link TooManyRequestsError} 429: The rate limit is exhausted (code `too_many_requests`). A second publish within a minute of a successful one (one successful publish per minute) is expected to be rejected this way too. Wait for `Retry-After` seconds.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    publish(params: PublishSiteParams, options?: RequestOptions): Promise<PublishSiteResult>;
}
/**
 * Token operations: Information about the access token and the user who authorized it.
 *
 * Reached as `client.token`.
 */
export declare class TokenApi {
    #private;
    constructor(core: HttpCore);
    /**
     * Get Authorization User Info
     *
     * Information about the user who authorized the access token. Required scope: `authorized_user:read`.
     *
     * Required scopes: `authorized_user:read`.
     *
     * GET `/token/authorized_by` (operationId `getAuthorizedUser`).
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    getAuthorizedUser(options?: RequestOptions): Promise<GetAuthorizedUserResult>;
    /**
     * Get Authorization Info
     *
     * Information about the access token used for the request: its grant, scopes, rate limit, the sites, workspaces and users it is authorized for, and (for OAuth tokens only) the application it was issued to. Needs a valid token but no scope.
     *
     * Required scopes: none (any valid token).
     *
     * GET `/token/introspect` (operationId `introspectToken`).
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    introspect(options?: RequestOptions): Promise<IntrospectTokenResult>;
}
/**
 * Webhooks operations: List, read, create and remove webhooks that notify your server of site events.
 *
 * Reached as `client.webhooks`.
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
     * @returns The 201 response body, validated.
     * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`), the trigger type is not supported (`unsupported_webhook_trigger_type`), or a `filter` was sent with a trigger type other than `form_submission` (`incompatible_webhook_filter`).
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: The token lacks `sites:write` or the scope the trigger type needs (code `missing_scopes`), or is not allowed to create webhooks on the site (code `forbidden`).
     * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
     * @throws {@link ConflictError} 409: The webhook conflicts with existing ones: the same trigger type and URL are already registered, or the site already has 75 webhooks for this trigger type.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    create(params: CreateWebhookParams, options?: RequestOptions): Promise<CreateWebhookResult>;
    /**
     * Get Webhook
     *
     * Get a webhook. Required scope: `sites:read`.
     *
     * Required scopes: `sites:read`.
     *
     * GET `/webhooks/{webhook_id}` (operationId `getWebhook`).
     * @param params - webhook_id
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No webhook with this `webhook_id` exists, or the token cannot access it.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    get(params: GetWebhookParams, options?: RequestOptions): Promise<GetWebhookResult>;
    /**
     * List Webhooks
     *
     * List the webhooks registered on a site. The endpoint takes no paging parameters; the response still carries `pagination`. Required scope: `sites:read`.
     *
     * Required scopes: `sites:read`.
     *
     * GET `/sites/{site_id}/webhooks` (operationId `listWebhooks`).
     * @param params - site_id
     * @param options - Per-call abort signal, headers and timeout.
     * @returns The 200 response body, validated.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    list(params: ListWebhooksParams, options?: RequestOptions): Promise<ListWebhooksResult>;
    /**
     * Remove Webhook
     *
     * Remove a webhook. Answers 204 with no body. Required scope: `sites:write` (the documentation text says `sites:read`; see x-decision).
     *
     * Required scopes: `sites:write`.
     *
     * DELETE `/webhooks/{webhook_id}` (operationId `removeWebhook`).
     * @param params - webhook_id
     * @param options - Per-call abort signal, headers and timeout.
     * @returns Nothing: the API answers 204 with no body.
     * @throws {@link BadRequestError} 400: Bad request: the request is malformed or failed validation (codes `bad_request`, `validation_error`, or an endpoint-specific code such as `incompatible_webhook_filter`); `details` names the offending parameters.
     * @throws {@link UnauthorizedError} 401: Unauthorized: the access token is missing, malformed, expired or revoked (code `not_authorized`).
     * @throws {@link ForbiddenError} 403: Forbidden: the token is valid but lacks a required scope (code `missing_scopes`; the message names the missing scopes) or may not access the resource, e.g. a workspace token calling a site endpoint (code `forbidden`).
     * @throws {@link NotFoundError} 404: No webhook with this `webhook_id` exists, or the token cannot access it.
     * @throws {@link TooManyRequestsError} 429: Too many requests: the rate limit of the API key (requests per minute) is exhausted (code `too_many_requests`). Wait for `Retry-After` seconds before retrying.
     * @throws {@link InternalServerError} 500: Internal server error: an unexpected error on Webflow's side (code `internal_error`). Idempotent requests may be retried.
     * @throws {@link ServiceUnavailableError} 503: Service unavailable: the API is temporarily down or overloaded (code `service_unavailable`). Retry later.
     * @throws {@link WebflowNetworkError} when the request cannot be sent or times out.
     * @throws {@link WebflowResponseValidationError} when the response does not match the spec.
     */
    remove(params: RemoveWebhookParams, options?: RequestOptions): Promise<RemoveWebhookResult>;
}
/**
 * A Webflow Data API client: one property per tag, one method per operation.
 */
export interface Client {
    readonly comments: CommentsApi;
    readonly sites: SitesApi;
    readonly token: TokenApi;
    readonly webhooks: WebhooksApi;
}
/**
 * Creates a Webflow Data API client.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.webflow.com/v2` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 */
export declare function createClient(config: ClientConfig): Client;
