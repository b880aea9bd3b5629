import { type ValidationResult } from "../runtime/validation.js";
import type { Application, Authorization, AuthorizedUser, CommentReply, CommentReplyList, CommentReplyUser, CommentThread, CommentThreadList, CommentThreadUser, CreateWebhookBody, CreateWebhookRequest, CreateWebhookResult, CustomDomainList, DateTime, Domain, ErrorCode, ErrorDetail, ErrorSchema, GetAuthorizedUserResult, GetCommentThreadResult, GetCustomDomainsResult, GetSiteResult, GetWebhookResult, IntrospectTokenResult, Introspection, ListCommentRepliesResult, ListCommentThreadsResult, ListSitesResult, ListWebhooksResult, Locale, ObjectId, Pagination, PublishSiteBody, PublishSiteRequest, PublishSiteResponse, PublishSiteResult, Site, SiteList, TriggerType, Webhook, WebhookFilter, WebhookList } from "./types.js";
/**
 * Checks that `value` is a {@link Application}.
 *
 * The Data Client app the token was issued to (present only for OAuth tokens).
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateApplication(value: unknown): ValidationResult<Application>;
/**
 * Checks that `value` is a {@link Authorization}.
 *
 * The authorization (token grant) behind the access token.
 * @returns `{ ok: true, value }` typed as {@link Authorization}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuthorization(value: unknown): ValidationResult<Authorization>;
/**
 * Checks that `value` is a {@link AuthorizedUser}.
 *
 * The user who authorized the token (response of GET /token/authorized_by).
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuthorizedUser(value: unknown): ValidationResult<AuthorizedUser>;
/**
 * Checks that `value` is a {@link CommentReply}.
 *
 * A reply in a comment thread.
 * @returns `{ ok: true, value }` typed as {@link CommentReply}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentReply(value: unknown): ValidationResult<CommentReply>;
/**
 * Checks that `value` is a {@link CommentReplyList}.
 *
 * Response of GET /sites/{site_id}/comments/{comment_thread_id}/replies, one page of replies. The array is under the key `comments`, not `replies`.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentReplyList(value: unknown): ValidationResult<CommentReplyList>;
/**
 * Checks that `value` is a {@link CommentReplyUser}.
 *
 * A user in a comment reply (its author or a mentioned user). Unlike CommentThreadUser it is identified by `id`, not `userId`.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentReplyUser(value: unknown): ValidationResult<CommentReplyUser>;
/**
 * Checks that `value` is a {@link CommentThread}.
 *
 * A comment thread left on a page of a site in the Designer.
 * @returns `{ ok: true, value }` typed as {@link CommentThread}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentThread(value: unknown): ValidationResult<CommentThread>;
/**
 * Checks that `value` is a {@link CommentThreadList}.
 *
 * Response of GET /sites/{site_id}/comments, one page of comment threads.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentThreadList(value: unknown): ValidationResult<CommentThreadList>;
/**
 * Checks that `value` is a {@link CommentThreadUser}.
 *
 * A user in a comment thread (its author or a mentioned user), identified by `userId`.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentThreadUser(value: unknown): ValidationResult<CommentThreadUser>;
/**
 * Checks that `value` is a {@link CreateWebhookRequest}.
 *
 * Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateWebhookRequest(value: unknown): ValidationResult<CreateWebhookRequest>;
/**
 * Checks that `value` is a {@link CustomDomainList}.
 *
 * Response of GET /sites/{site_id}/custom_domains.
 * @returns `{ ok: true, value }` typed as {@link CustomDomainList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomDomainList(value: unknown): ValidationResult<CustomDomainList>;
/**
 * Checks that `value` is a {@link DateTime}.
 *
 * An ISO-8601 date and time in UTC, e.g. `2023-04-02T12:42:00.000Z`.
 * @returns `{ ok: true, value }` typed as {@link DateTime}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDateTime(value: unknown): ValidationResult<DateTime>;
/**
 * Checks that `value` is a {@link Domain}.
 *
 * A custom domain attached to a site.
 * @returns `{ ok: true, value }` typed as {@link Domain}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDomain(value: unknown): ValidationResult<Domain>;
/**
 * Checks that `value` is a {@link ErrorSchema}.
 *
 * Body of every 4xx and 5xx response of the Data API v2. `code` is a machine-readable error code (see ErrorCode), `message` a human-readable explanation (for `missing_scopes` it names the missing scopes), `externalReference` an optional link or reference id, and `details` extra information such as the parameters that failed validation. Only `code` and `message` are required, so that a client can still surface errors whose body omits the optional fields.
 * @returns `{ ok: true, value }` typed as {@link ErrorSchema}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateErrorSchema(value: unknown): ValidationResult<ErrorSchema>;
/**
 * Checks that `value` is a {@link ErrorCode}.
 *
 * Machine-readable error code. The enum lists every code known when this description was written, but new codes appear over time: the schema also accepts any other string, and clients must handle unknown codes (treat them by HTTP status). Common codes by status: 400 bad_request / validation_error, 401 not_authorized, 403 forbidden / missing_scopes, 404 resource_not_found, 409 conflict, 429 too_many_requests, 500 internal_error, 503 service_unavailable.
 * @returns `{ ok: true, value }` typed as {@link ErrorCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateErrorCode(value: unknown): ValidationResult<ErrorCode>;
/**
 * Checks that `value` is a {@link ErrorDetail}.
 *
 * A structured error detail naming the parameter that caused the error.
 * @returns `{ ok: true, value }` typed as {@link ErrorDetail}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateErrorDetail(value: unknown): ValidationResult<ErrorDetail>;
/**
 * Checks that `value` is a {@link Introspection}.
 *
 * Information about the token used for the request (response of GET /token/introspect). `application` is absent for site and workspace tokens (grantType `client_credentials`).
 * @returns `{ ok: true, value }` typed as {@link Introspection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateIntrospection(value: unknown): ValidationResult<Introspection>;
/**
 * Checks that `value` is a {@link Locale}.
 *
 * A locale of a site (Localization).
 * @returns `{ ok: true, value }` typed as {@link Locale}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateLocale(value: unknown): ValidationResult<Locale>;
/**
 * Checks that `value` is a {@link ObjectId}.
 *
 * A Webflow object id: 24 lowercase hexadecimal characters (a MongoDB ObjectId), as used for sites, pages, collections, items and most other resources.
 * @returns `{ ok: true, value }` typed as {@link ObjectId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateObjectId(value: unknown): ValidationResult<ObjectId>;
/**
 * Checks that `value` is a {@link Pagination}.
 *
 * Paging information returned by list endpoints. Lists page with `offset` and `limit` (at most 100); `total` is the number of items across all pages.
 * @returns `{ ok: true, value }` typed as {@link Pagination}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePagination(value: unknown): ValidationResult<Pagination>;
/**
 * Checks that `value` is a {@link PublishSiteRequest}.
 *
 * Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishSiteRequest(value: unknown): ValidationResult<PublishSiteRequest>;
/**
 * Checks that `value` is a {@link PublishSiteResponse}.
 *
 * Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishSiteResponse(value: unknown): ValidationResult<PublishSiteResponse>;
/**
 * Checks that `value` is a {@link Site}.
 *
 * A Webflow site.
 * @returns `{ ok: true, value }` typed as {@link Site}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSite(value: unknown): ValidationResult<Site>;
/**
 * Checks that `value` is a {@link SiteList}.
 *
 * Response of GET /sites. The list is not paginated.
 * @returns `{ ok: true, value }` typed as {@link SiteList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSiteList(value: unknown): ValidationResult<SiteList>;
/**
 * Checks that `value` is a {@link TriggerType}.
 *
 * The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
 * @returns `{ ok: true, value }` typed as {@link TriggerType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateTriggerType(value: unknown): ValidationResult<TriggerType>;
/**
 * Checks that `value` is a {@link Webhook}.
 *
 * A webhook registered on a site.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWebhook(value: unknown): ValidationResult<Webhook>;
/**
 * Checks that `value` is a {@link WebhookFilter}.
 *
 * Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
 * @returns `{ ok: true, value }` typed as {@link WebhookFilter}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWebhookFilter(value: unknown): ValidationResult<WebhookFilter>;
/**
 * Checks that `value` is a {@link WebhookList}.
 *
 * Response of GET /sites/{site_id}/webhooks.
 * @returns `{ ok: true, value }` typed as {@link WebhookList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWebhookList(value: unknown): ValidationResult<WebhookList>;
/**
 * Checks the 201 response body of `client.webhooks.create` (Create Webhook).
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateWebhookResult(value: unknown): ValidationResult<CreateWebhookResult>;
/**
 * Checks the 200 response body of `client.token.getAuthorizedUser` (Get Authorization User Info).
 * @returns `{ ok: true, value }` typed as {@link GetAuthorizedUserResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetAuthorizedUserResult(value: unknown): ValidationResult<GetAuthorizedUserResult>;
/**
 * Checks the 200 response body of `client.comments.getThread` (Get Comment Thread).
 * @returns `{ ok: true, value }` typed as {@link GetCommentThreadResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetCommentThreadResult(value: unknown): ValidationResult<GetCommentThreadResult>;
/**
 * Checks the 200 response body of `client.sites.getCustomDomains` (Get Custom Domains).
 * @returns `{ ok: true, value }` typed as {@link GetCustomDomainsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetCustomDomainsResult(value: unknown): ValidationResult<GetCustomDomainsResult>;
/**
 * Checks the 200 response body of `client.sites.get` (Get Site).
 * @returns `{ ok: true, value }` typed as {@link GetSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetSiteResult(value: unknown): ValidationResult<GetSiteResult>;
/**
 * Checks the 200 response body of `client.webhooks.get` (Get Webhook).
 * @returns `{ ok: true, value }` typed as {@link GetWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetWebhookResult(value: unknown): ValidationResult<GetWebhookResult>;
/**
 * Checks the 200 response body of `client.token.introspect` (Get Authorization Info).
 * @returns `{ ok: true, value }` typed as {@link IntrospectTokenResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateIntrospectTokenResult(value: unknown): ValidationResult<IntrospectTokenResult>;
/**
 * Checks the 200 response body of `client.comments.listReplies` (List Comment Replies).
 * @returns `{ ok: true, value }` typed as {@link ListCommentRepliesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListCommentRepliesResult(value: unknown): ValidationResult<ListCommentRepliesResult>;
/**
 * Checks the 200 response body of `client.comments.listThreads` (List Comment Threads).
 * @returns `{ ok: true, value }` typed as {@link ListCommentThreadsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListCommentThreadsResult(value: unknown): ValidationResult<ListCommentThreadsResult>;
/**
 * Checks the 200 response body of `client.sites.list` (List Sites).
 * @returns `{ ok: true, value }` typed as {@link ListSitesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListSitesResult(value: unknown): ValidationResult<ListSitesResult>;
/**
 * Checks the 200 response body of `client.webhooks.list` (List Webhooks).
 * @returns `{ ok: true, value }` typed as {@link ListWebhooksResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListWebhooksResult(value: unknown): ValidationResult<ListWebhooksResult>;
/**
 * Checks the 202 response body of `client.sites.publish` (Publish Site).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishSiteResult(value: unknown): ValidationResult<PublishSiteResult>;
/**
 * Checks a request body of `client.webhooks.create` (Create Webhook); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateWebhookBody(value: unknown): ValidationResult<CreateWebhookBody>;
/**
 * Checks a request body of `client.sites.publish` (Publish Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link PublishSiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishSiteBody(value: unknown): ValidationResult<PublishSiteBody>;
