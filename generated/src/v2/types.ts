/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import type { components, operations } from "./schema.js";

/**
 * The Data Client app the token was issued to (present only for OAuth tokens).
 */
export type Application = components["schemas"]["Application"];

/**
 * The authorization (token grant) behind the access token.
 */
export type Authorization = components["schemas"]["Authorization"];

/**
 * The user who authorized the token (response of GET /token/authorized_by).
 */
export type AuthorizedUser = components["schemas"]["AuthorizedUser"];

/**
 * A reply in a comment thread.
 */
export type CommentReply = components["schemas"]["CommentReply"];

/**
 * Response of GET /sites/{site_id}/comments/{comment_thread_id}/replies, one page of replies. The array is under the key `comments`, not `replies`.
 */
export type CommentReplyList = components["schemas"]["CommentReplyList"];

/**
 * A user in a comment reply (its author or a mentioned user). Unlike CommentThreadUser it is identified by `id`, not `userId`.
 */
export type CommentReplyUser = components["schemas"]["CommentReplyUser"];

/**
 * A comment thread left on a page of a site in the Designer.
 */
export type CommentThread = components["schemas"]["CommentThread"];

/**
 * Response of GET /sites/{site_id}/comments, one page of comment threads.
 */
export type CommentThreadList = components["schemas"]["CommentThreadList"];

/**
 * A user in a comment thread (its author or a mentioned user), identified by `userId`.
 */
export type CommentThreadUser = components["schemas"]["CommentThreadUser"];

/**
 * Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
 */
export type CreateWebhookRequest = components["schemas"]["CreateWebhookRequest"];

/**
 * Response of GET /sites/{site_id}/custom_domains.
 */
export type CustomDomainList = components["schemas"]["CustomDomainList"];

/**
 * An ISO-8601 date and time in UTC, e.g. `2023-04-02T12:42:00.000Z`.
 */
export type DateTime = components["schemas"]["DateTime"];

/**
 * A custom domain attached to a site.
 */
export type Domain = components["schemas"]["Domain"];

/**
 * Body of every 4xx and 5xx response of the Data API v2. `code` is a machine-readable error code (see ErrorCode), `message` a human-readable explanation (for `missing_scopes` it names the missing scopes), `externalReference` an optional link or reference id, and `details` extra information such as the parameters that failed validation. Only `code` and `message` are required, so that a client can still surface errors whose body omits the optional fields.
 */
export type ErrorSchema = components["schemas"]["Error"];

/**
 * Machine-readable error code. The enum lists every code known when this description was written, but new codes appear over time: the schema also accepts any other string, and clients must handle unknown codes (treat them by HTTP status). Common codes by status: 400 bad_request / validation_error, 401 not_authorized, 403 forbidden / missing_scopes, 404 resource_not_found, 409 conflict, 429 too_many_requests, 500 internal_error, 503 service_unavailable.
 */
export type ErrorCode = components["schemas"]["ErrorCode"];

/**
 * A structured error detail naming the parameter that caused the error.
 */
export type ErrorDetail = components["schemas"]["ErrorDetail"];

/**
 * Information about the token used for the request (response of GET /token/introspect). `application` is absent for site and workspace tokens (grantType `client_credentials`).
 */
export type Introspection = components["schemas"]["Introspection"];

/**
 * A locale of a site (Localization).
 */
export type Locale = components["schemas"]["Locale"];

/**
 * A Webflow object id: 24 lowercase hexadecimal characters (a MongoDB ObjectId), as used for sites, pages, collections, items and most other resources.
 */
export type ObjectId = components["schemas"]["ObjectId"];

/**
 * Paging information returned by list endpoints. Lists page with `offset` and `limit` (at most 100); `total` is the number of items across all pages.
 */
export type Pagination = components["schemas"]["Pagination"];

/**
 * Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
 */
export type PublishSiteRequest = components["schemas"]["PublishSiteRequest"];

/**
 * Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
 */
export type PublishSiteResponse = components["schemas"]["PublishSiteResponse"];

/**
 * A Webflow site.
 */
export type Site = components["schemas"]["Site"];

/**
 * Response of GET /sites. The list is not paginated.
 */
export type SiteList = components["schemas"]["SiteList"];

/**
 * The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
 */
export type TriggerType = components["schemas"]["TriggerType"];

/**
 * A webhook registered on a site.
 */
export type Webhook = components["schemas"]["Webhook"];

/**
 * Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
 */
export type WebhookFilter = components["schemas"]["WebhookFilter"];

/**
 * Response of GET /sites/{site_id}/webhooks.
 */
export type WebhookList = components["schemas"]["WebhookList"];

/**
 * Request body of `client.webhooks.create` (Create Webhook).
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
 * What `client.token.getAuthorizedUser` resolves to: the 200 response. The user who authorized the token.
 */
export type GetAuthorizedUserResult =
  operations["getAuthorizedUser"]["responses"][200]["content"]["application/json"];

/**
 * What `client.comments.getThread` resolves to: the 200 response. The comment thread.
 */
export type GetCommentThreadResult =
  operations["getCommentThread"]["responses"][200]["content"]["application/json"];

/**
 * What `client.sites.getCustomDomains` resolves to: the 200 response. The custom domains of the site.
 */
export type GetCustomDomainsResult =
  operations["getCustomDomains"]["responses"][200]["content"]["application/json"];

/**
 * What `client.sites.get` resolves to: the 200 response. The site.
 */
export type GetSiteResult = operations["getSite"]["responses"][200]["content"]["application/json"];

/**
 * What `client.webhooks.get` resolves to: the 200 response. The webhook.
 */
export type GetWebhookResult =
  operations["getWebhook"]["responses"][200]["content"]["application/json"];

/**
 * What `client.token.introspect` resolves to: the 200 response. Information about the token.
 */
export type IntrospectTokenResult =
  operations["introspectToken"]["responses"][200]["content"]["application/json"];

/**
 * What `client.comments.listReplies` resolves to: the 200 response. One page of replies.
 */
export type ListCommentRepliesResult =
  operations["listCommentReplies"]["responses"][200]["content"]["application/json"];

/**
 * What `client.comments.listThreads` resolves to: the 200 response. One page of comment threads.
 */
export type ListCommentThreadsResult =
  operations["listCommentThreads"]["responses"][200]["content"]["application/json"];

/**
 * What `client.sites.list` resolves to: the 200 response. The sites the token can access.
 */
export type ListSitesResult =
  operations["listSites"]["responses"][200]["content"]["application/json"];

/**
 * What `client.webhooks.list` resolves to: the 200 response. The webhooks of the site.
 */
export type ListWebhooksResult =
  operations["listWebhooks"]["responses"][200]["content"]["application/json"];

/**
 * Request body of `client.sites.publish` (Publish Site).
 *
 * The publish targets.
 */
export type PublishSiteBody = NonNullable<
  operations["publishSite"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.sites.publish` resolves to: the 202 response. Publishing was accepted and is in progress.
 */
export type PublishSiteResult =
  operations["publishSite"]["responses"][202]["content"]["application/json"];

/**
 * What `client.webhooks.remove` resolves to: the 204 response. The webhook was removed. No content.
 */
export type RemoveWebhookResult = void;

/**
 * Parameters of `client.webhooks.create` (Create Webhook).
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
   * The webhook to create.
   */
  body: CreateWebhookBody;
}

/**
 * Parameters of `client.comments.getThread` (Get Comment Thread).
 *
 * Required scopes: `comments:read`.
 *
 * GET `/sites/{site_id}/comments/{comment_thread_id}` (operationId `getCommentThread`).
 */
export interface GetCommentThreadParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["getCommentThread"]["parameters"]["path"]>["site_id"];
  /**
   * Unique identifier of a comment thread.
   *
   * Sent in the path.
   */
  comment_thread_id: NonNullable<
    operations["getCommentThread"]["parameters"]["path"]
  >["comment_thread_id"];
  /**
   * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
   *
   * Sent in the query.
   */
  localeId?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["localeId"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["limit"];
  /**
   * Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
   *
   * Sent in the query.
   */
  sortBy?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["sortBy"];
  /**
   * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
   *
   * Sent in the query.
   */
  sortOrder?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["sortOrder"];
}

/**
 * Parameters of `client.sites.getCustomDomains` (Get Custom Domains).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/custom_domains` (operationId `getCustomDomains`).
 */
export interface GetCustomDomainsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["getCustomDomains"]["parameters"]["path"]>["site_id"];
}

/**
 * Parameters of `client.sites.get` (Get Site).
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

/**
 * Parameters of `client.webhooks.get` (Get Webhook).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/webhooks/{webhook_id}` (operationId `getWebhook`).
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
 * Parameters of `client.comments.listReplies` (List Comment Replies).
 *
 * Required scopes: `comments:read`.
 *
 * GET `/sites/{site_id}/comments/{comment_thread_id}/replies` (operationId `listCommentReplies`).
 */
export interface ListCommentRepliesParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listCommentReplies"]["parameters"]["path"]>["site_id"];
  /**
   * Unique identifier of a comment thread.
   *
   * Sent in the path.
   */
  comment_thread_id: NonNullable<
    operations["listCommentReplies"]["parameters"]["path"]
  >["comment_thread_id"];
  /**
   * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
   *
   * Sent in the query.
   */
  localeId?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["localeId"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["limit"];
  /**
   * Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
   *
   * Sent in the query.
   */
  sortBy?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["sortBy"];
  /**
   * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
   *
   * Sent in the query.
   */
  sortOrder?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["sortOrder"];
}

/**
 * Parameters of `client.comments.listThreads` (List Comment Threads).
 *
 * Required scopes: `comments:read`.
 *
 * GET `/sites/{site_id}/comments` (operationId `listCommentThreads`).
 */
export interface ListCommentThreadsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listCommentThreads"]["parameters"]["path"]>["site_id"];
  /**
   * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
   *
   * Sent in the query.
   */
  localeId?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["localeId"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["limit"];
  /**
   * Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
   *
   * Sent in the query.
   */
  sortBy?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["sortBy"];
  /**
   * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
   *
   * Sent in the query.
   */
  sortOrder?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["sortOrder"];
}

/**
 * Parameters of `client.webhooks.list` (List Webhooks).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/webhooks` (operationId `listWebhooks`).
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
 * Parameters of `client.sites.publish` (Publish Site).
 *
 * Required scopes: `sites:write`.
 *
 * POST `/sites/{site_id}/publish` (operationId `publishSite`).
 */
export interface PublishSiteParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["publishSite"]["parameters"]["path"]>["site_id"];
  /**
   * The publish targets.
   */
  body: PublishSiteBody;
}

/**
 * Parameters of `client.webhooks.remove` (Remove Webhook).
 *
 * Required scopes: `sites:write`.
 *
 * DELETE `/webhooks/{webhook_id}` (operationId `removeWebhook`).
 */
export interface RemoveWebhookParams {
  /**
   * Unique identifier of a webhook.
   *
   * Sent in the path.
   */
  webhook_id: NonNullable<operations["removeWebhook"]["parameters"]["path"]>["webhook_id"];
}
