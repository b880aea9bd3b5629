/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT, EXPLAIN_ARRAY_OBJECT, EXPLAIN_OBJECT } from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

/**
 * A reply in a comment thread.
 */
export type CommentReply = components["schemas"]["CommentReply"];

/**
 * Whether `value` is a {@link CommentReply}; the fast check {@link validateCommentReply} runs before explaining a failure.
 */
export function isCommentReply(value: unknown): value is CommentReply {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    typeof value.commentId === "string" &&
    typeof value.siteId === "string" &&
    typeof value.pageId === "string" &&
    (value.localeId === undefined || typeof value.localeId === "string") &&
    typeof value.breakpoint === "string" &&
    typeof value.content === "string" &&
    typeof value.isResolved === "boolean" &&
    isCommentReplyUser(value.author) &&
    (value.mentionedUsers === undefined || isCommentReply_mentionedUsers(value.mentionedUsers)) &&
    typeof value.createdOn === "string" &&
    typeof value.lastUpdated === "string"
  );
}

function isCommentReply_mentionedUsers(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCommentReplyUser);
}

/**
 * The CommentReply schema as data: what {@link validateCommentReply} walks to say why a value failed.
 */
export const commentReplySchema: SchemaPlan = {
  kind: "object",
  title: "CommentReply",
  properties: {
    id: { kind: "string" },
    commentId: { kind: "string" },
    siteId: { kind: "string" },
    pageId: { kind: "string" },
    localeId: { kind: "string" },
    breakpoint: { kind: "string" },
    content: { kind: "string" },
    isResolved: { kind: "boolean" },
    author: () => commentReplyUserSchema,
    mentionedUsers: { kind: "array", items: () => commentReplyUserSchema },
    createdOn: { kind: "string" },
    lastUpdated: { kind: "string" },
  },
  required: [
    "id",
    "commentId",
    "siteId",
    "pageId",
    "breakpoint",
    "content",
    "isResolved",
    "author",
    "createdOn",
    "lastUpdated",
  ],
};

/**
 * Checks that `value` is a {@link CommentReply}.
 * @returns `{ ok: true, value }` typed as {@link CommentReply}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentReply: Validator<CommentReply> = /* @__PURE__ */ $.validator(
  isCommentReply,
  commentReplySchema,
  EXPLAIN_ARRAY_OBJECT,
);

/**
 * Response of GET /sites/{site_id}/comments/{comment_thread_id}/replies, one page of replies. The array is under the key `comments`, not `replies`.
 */
export type CommentReplyList = components["schemas"]["CommentReplyList"];

/**
 * Whether `value` is a {@link CommentReplyList}; the fast check {@link validateCommentReplyList} runs before explaining a failure.
 */
export function isCommentReplyList(value: unknown): value is CommentReplyList {
  return (
    $.isPlainObject(value) &&
    isCommentReplyList_comments(value.comments) &&
    isPagination(value.pagination)
  );
}

function isCommentReplyList_comments(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCommentReply);
}

/**
 * The CommentReplyList schema as data: what {@link validateCommentReplyList} walks to say why a value failed.
 */
export const commentReplyListSchema: SchemaPlan = {
  kind: "object",
  title: "CommentReplyList",
  properties: {
    comments: { kind: "array", items: () => commentReplySchema },
    pagination: () => paginationSchema,
  },
  required: ["comments", "pagination"],
};

/**
 * Checks that `value` is a {@link CommentReplyList}.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentReplyList: Validator<CommentReplyList> = /* @__PURE__ */ $.validator(
  isCommentReplyList,
  commentReplyListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT,
);

/**
 * A user in a comment reply (its author or a mentioned user). Unlike CommentThreadUser it is identified by `id`, not `userId`.
 */
export type CommentReplyUser = components["schemas"]["CommentReplyUser"];

/**
 * Whether `value` is a {@link CommentReplyUser}; the fast check {@link validateCommentReplyUser} runs before explaining a failure.
 */
export function isCommentReplyUser(value: unknown): value is CommentReplyUser {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    typeof value.email === "string" &&
    typeof value.name === "string"
  );
}

/**
 * The CommentReplyUser schema as data: what {@link validateCommentReplyUser} walks to say why a value failed.
 */
export const commentReplyUserSchema: SchemaPlan = {
  kind: "object",
  title: "CommentReplyUser",
  properties: { id: { kind: "string" }, email: { kind: "string" }, name: { kind: "string" } },
  required: ["id", "email", "name"],
};

/**
 * Checks that `value` is a {@link CommentReplyUser}.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentReplyUser: Validator<CommentReplyUser> = /* @__PURE__ */ $.validator(
  isCommentReplyUser,
  commentReplyUserSchema,
  EXPLAIN_OBJECT,
);

/**
 * A comment thread left on a page of a site in the Designer.
 */
export type CommentThread = components["schemas"]["CommentThread"];

/**
 * Whether `value` is a {@link CommentThread}; the fast check {@link validateCommentThread} runs before explaining a failure.
 */
export function isCommentThread(value: unknown): value is CommentThread {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    typeof value.siteId === "string" &&
    typeof value.pageId === "string" &&
    (value.localeId === null || typeof value.localeId === "string") &&
    (value.itemId === null || typeof value.itemId === "string") &&
    typeof value.breakpoint === "string" &&
    typeof value.url === "string" &&
    typeof value.content === "string" &&
    typeof value.isResolved === "boolean" &&
    isCommentThreadUser(value.author) &&
    isCommentThread_mentionedUsers(value.mentionedUsers) &&
    typeof value.createdOn === "string" &&
    typeof value.lastUpdated === "string"
  );
}

function isCommentThread_mentionedUsers(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCommentThreadUser);
}

/**
 * The CommentThread schema as data: what {@link validateCommentThread} walks to say why a value failed.
 */
export const commentThreadSchema: SchemaPlan = {
  kind: "object",
  title: "CommentThread",
  properties: {
    id: { kind: "string" },
    siteId: { kind: "string" },
    pageId: { kind: "string" },
    localeId: { kind: "string", nullable: true },
    itemId: { kind: "string", nullable: true },
    breakpoint: { kind: "string" },
    url: { kind: "string" },
    content: { kind: "string" },
    isResolved: { kind: "boolean" },
    author: () => commentThreadUserSchema,
    mentionedUsers: { kind: "array", items: () => commentThreadUserSchema },
    createdOn: { kind: "string" },
    lastUpdated: { kind: "string" },
  },
  required: [
    "id",
    "siteId",
    "pageId",
    "localeId",
    "itemId",
    "breakpoint",
    "url",
    "content",
    "isResolved",
    "author",
    "mentionedUsers",
    "createdOn",
    "lastUpdated",
  ],
};

/**
 * Checks that `value` is a {@link CommentThread}.
 * @returns `{ ok: true, value }` typed as {@link CommentThread}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentThread: Validator<CommentThread> = /* @__PURE__ */ $.validator(
  isCommentThread,
  commentThreadSchema,
  EXPLAIN_ARRAY_OBJECT,
);

/**
 * Response of GET /sites/{site_id}/comments, one page of comment threads.
 */
export type CommentThreadList = components["schemas"]["CommentThreadList"];

/**
 * Whether `value` is a {@link CommentThreadList}; the fast check {@link validateCommentThreadList} runs before explaining a failure.
 */
export function isCommentThreadList(value: unknown): value is CommentThreadList {
  return (
    $.isPlainObject(value) &&
    isCommentThreadList_comments(value.comments) &&
    isPagination(value.pagination)
  );
}

function isCommentThreadList_comments(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCommentThread);
}

/**
 * The CommentThreadList schema as data: what {@link validateCommentThreadList} walks to say why a value failed.
 */
export const commentThreadListSchema: SchemaPlan = {
  kind: "object",
  title: "CommentThreadList",
  properties: {
    comments: { kind: "array", items: () => commentThreadSchema },
    pagination: () => paginationSchema,
  },
  required: ["comments", "pagination"],
};

/**
 * Checks that `value` is a {@link CommentThreadList}.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentThreadList: Validator<CommentThreadList> = /* @__PURE__ */ $.validator(
  isCommentThreadList,
  commentThreadListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT,
);

/**
 * A user in a comment thread (its author or a mentioned user), identified by `userId`.
 */
export type CommentThreadUser = components["schemas"]["CommentThreadUser"];

/**
 * Whether `value` is a {@link CommentThreadUser}; the fast check {@link validateCommentThreadUser} runs before explaining a failure.
 */
export function isCommentThreadUser(value: unknown): value is CommentThreadUser {
  return (
    $.isPlainObject(value) &&
    typeof value.userId === "string" &&
    typeof value.email === "string" &&
    typeof value.name === "string"
  );
}

/**
 * The CommentThreadUser schema as data: what {@link validateCommentThreadUser} walks to say why a value failed.
 */
export const commentThreadUserSchema: SchemaPlan = {
  kind: "object",
  title: "CommentThreadUser",
  properties: { userId: { kind: "string" }, email: { kind: "string" }, name: { kind: "string" } },
  required: ["userId", "email", "name"],
};

/**
 * Checks that `value` is a {@link CommentThreadUser}.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentThreadUser: Validator<CommentThreadUser> = /* @__PURE__ */ $.validator(
  isCommentThreadUser,
  commentThreadUserSchema,
  EXPLAIN_OBJECT,
);

/**
 * Parameters of `client.comments.getThread`.
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
 * What `client.comments.getThread` resolves to: the 200 response. The comment thread.
 */
export type GetCommentThreadResult =
  operations["getCommentThread"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.comments.getThread`.
 */
export const validateGetCommentThreadResult: Validator<GetCommentThreadResult> =
  validateCommentThread;

/**
 * Get Comment Thread: {@link CommentsApi.getThread | client.comments.getThread} as a function of the core, so that a program importing only it bundles only it.
 */
export function getCommentThread(
  core: HttpCore,
  params: GetCommentThreadParams,
  options?: RequestOptions,
): ApiPromise<GetCommentThreadResult> {
  return core.request<GetCommentThreadResult>(
    {
      operationId: "getCommentThread",
      method: "GET",
      path: "/sites/{site_id}/comments/{comment_thread_id}",
      pathParams: { site_id: params.site_id, comment_thread_id: params.comment_thread_id },
      query: {
        localeId: params.localeId,
        offset: params.offset,
        limit: params.limit,
        sortBy: params.sortBy,
        sortOrder: params.sortOrder,
      },
      responseKind: "json",
      validate: validateGetCommentThreadResult,
    },
    options,
  );
}

/**
 * Parameters of `client.comments.listReplies`.
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
 * What `client.comments.listReplies` resolves to: the 200 response. One page of replies.
 */
export type ListCommentRepliesResult =
  operations["listCommentReplies"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.comments.listReplies`.
 */
export const validateListCommentRepliesResult: Validator<ListCommentRepliesResult> =
  validateCommentReplyList;

/**
 * List Comment Replies: {@link CommentsApi.listReplies | client.comments.listReplies} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCommentReplies(
  core: HttpCore,
  params: ListCommentRepliesParams,
  options?: RequestOptions,
): ApiPromise<ListCommentRepliesResult> {
  return core.request<ListCommentRepliesResult>(
    {
      operationId: "listCommentReplies",
      method: "GET",
      path: "/sites/{site_id}/comments/{comment_thread_id}/replies",
      pathParams: { site_id: params.site_id, comment_thread_id: params.comment_thread_id },
      query: {
        localeId: params.localeId,
        offset: params.offset,
        limit: params.limit,
        sortBy: params.sortBy,
        sortOrder: params.sortOrder,
      },
      responseKind: "json",
      validate: validateListCommentRepliesResult,
    },
    options,
  );
}

/**
 * Parameters of `client.comments.listThreads`.
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
 * What `client.comments.listThreads` resolves to: the 200 response. One page of comment threads.
 */
export type ListCommentThreadsResult =
  operations["listCommentThreads"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.comments.listThreads`.
 */
export const validateListCommentThreadsResult: Validator<ListCommentThreadsResult> =
  validateCommentThreadList;

/**
 * List Comment Threads: {@link CommentsApi.listThreads | client.comments.listThreads} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCommentThreads(
  core: HttpCore,
  params: ListCommentThreadsParams,
  options?: RequestOptions,
): ApiPromise<ListCommentThreadsResult> {
  return core.request<ListCommentThreadsResult>(
    {
      operationId: "listCommentThreads",
      method: "GET",
      path: "/sites/{site_id}/comments",
      pathParams: { site_id: params.site_id },
      query: {
        localeId: params.localeId,
        offset: params.offset,
        limit: params.limit,
        sortBy: params.sortBy,
        sortOrder: params.sortOrder,
      },
      responseKind: "json",
      validate: validateListCommentThreadsResult,
    },
    options,
  );
}

/**
 * Comments operations: Read the comment threads and replies left on a site in the Designer.
 *
 * Reached as `client.comments`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class CommentsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Comment Thread
   *
   * Get a comment thread of a site. Takes the same query parameters as listCommentThreads.
   *
   * Required scopes: `comments:read`.
   *
   * GET `/sites/{site_id}/comments/{comment_thread_id}` (operationId `getCommentThread`).
   * @param params - site_id, comment_thread_id, localeId, offset, limit, sortBy, sortOrder
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no comment thread with this `comment_thread_id`.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  getThread(
    params: GetCommentThreadParams,
    options?: RequestOptions,
  ): ApiPromise<GetCommentThreadResult> {
    return getCommentThread(this.#core, params, options);
  }

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
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no comment thread with this `comment_thread_id`.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  listReplies(
    params: ListCommentRepliesParams,
    options?: RequestOptions,
  ): ApiPromise<ListCommentRepliesResult> {
    return listCommentReplies(this.#core, params, options);
  }

  /**
   * Every item of `listReplies` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.comments.iterateReplies(params)) console.log(item);
   */
  iterateReplies(
    params: ListCommentRepliesParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCommentRepliesResult["comments"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listCommentReplies(this.#core, { ...params, offset }, options);
      return { items: page.comments, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * List Comment Threads
   *
   * List the comment threads of a site, one page at a time (`offset` and `limit`, at most 100 per page). `sortBy` only applies together with `sortOrder`.
   *
   * Required scopes: `comments:read`.
   *
   * GET `/sites/{site_id}/comments` (operationId `listCommentThreads`).
   * @param params - site_id, localeId, offset, limit, sortBy, sortOrder
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
  listThreads(
    params: ListCommentThreadsParams,
    options?: RequestOptions,
  ): ApiPromise<ListCommentThreadsResult> {
    return listCommentThreads(this.#core, params, options);
  }

  /**
   * Every item of `listThreads` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.comments.iterateThreads(params)) console.log(item);
   */
  iterateThreads(
    params: ListCommentThreadsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCommentThreadsResult["comments"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listCommentThreads(this.#core, { ...params, offset }, options);
      return { items: page.comments, pagination: page.pagination };
    }, params.offset ?? 0);
  }
}
