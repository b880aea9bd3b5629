/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT, EXPLAIN_ARRAY_OBJECT, EXPLAIN_OBJECT } from "./explainers.js";
import { isPagination, paginationSchema } from "./shared.js";
/**
 * Whether `value` is a {@link CommentReply}; the fast check {@link validateCommentReply} runs before explaining a failure.
 */
export function isCommentReply(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.commentId === "string" && typeof value.siteId === "string" && typeof value.pageId === "string" && (value.localeId === undefined || typeof value.localeId === "string") && typeof value.breakpoint === "string" && typeof value.content === "string" && typeof value.isResolved === "boolean" && isCommentReplyUser(value.author) && (value.mentionedUsers === undefined || isCommentReply_mentionedUsers(value.mentionedUsers)) && typeof value.createdOn === "string" && typeof value.lastUpdated === "string";
}
function isCommentReply_mentionedUsers(value) {
	return Array.isArray(value) && value.every(isCommentReplyUser);
}
/**
 * The CommentReply schema as data: what {@link validateCommentReply} walks to say why a value failed.
 */
export const commentReplySchema = {
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
		mentionedUsers: {
			kind: "array",
			items: () => commentReplyUserSchema
		},
		createdOn: { kind: "string" },
		lastUpdated: { kind: "string" }
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
		"lastUpdated"
	]
};
/**
 * Checks that `value` is a {@link CommentReply}.
 * @returns `{ ok: true, value }` typed as {@link CommentReply}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentReply = /* @__PURE__ */ $.validator(isCommentReply, commentReplySchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link CommentReplyList}; the fast check {@link validateCommentReplyList} runs before explaining a failure.
 */
export function isCommentReplyList(value) {
	return $.isPlainObject(value) && isCommentReplyList_comments(value.comments) && isPagination(value.pagination);
}
function isCommentReplyList_comments(value) {
	return Array.isArray(value) && value.every(isCommentReply);
}
/**
 * The CommentReplyList schema as data: what {@link validateCommentReplyList} walks to say why a value failed.
 */
export const commentReplyListSchema = {
	kind: "object",
	title: "CommentReplyList",
	properties: {
		comments: {
			kind: "array",
			items: () => commentReplySchema
		},
		pagination: () => paginationSchema
	},
	required: ["comments", "pagination"]
};
/**
 * Checks that `value` is a {@link CommentReplyList}.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentReplyList = /* @__PURE__ */ $.validator(isCommentReplyList, commentReplyListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT);
/**
 * Whether `value` is a {@link CommentReplyUser}; the fast check {@link validateCommentReplyUser} runs before explaining a failure.
 */
export function isCommentReplyUser(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.email === "string" && typeof value.name === "string";
}
/**
 * The CommentReplyUser schema as data: what {@link validateCommentReplyUser} walks to say why a value failed.
 */
export const commentReplyUserSchema = {
	kind: "object",
	title: "CommentReplyUser",
	properties: {
		id: { kind: "string" },
		email: { kind: "string" },
		name: { kind: "string" }
	},
	required: [
		"id",
		"email",
		"name"
	]
};
/**
 * Checks that `value` is a {@link CommentReplyUser}.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentReplyUser = /* @__PURE__ */ $.validator(isCommentReplyUser, commentReplyUserSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link CommentThread}; the fast check {@link validateCommentThread} runs before explaining a failure.
 */
export function isCommentThread(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.siteId === "string" && typeof value.pageId === "string" && (value.localeId === null || typeof value.localeId === "string") && (value.itemId === null || typeof value.itemId === "string") && typeof value.breakpoint === "string" && typeof value.url === "string" && typeof value.content === "string" && typeof value.isResolved === "boolean" && isCommentThreadUser(value.author) && isCommentThread_mentionedUsers(value.mentionedUsers) && typeof value.createdOn === "string" && typeof value.lastUpdated === "string";
}
function isCommentThread_mentionedUsers(value) {
	return Array.isArray(value) && value.every(isCommentThreadUser);
}
/**
 * The CommentThread schema as data: what {@link validateCommentThread} walks to say why a value failed.
 */
export const commentThreadSchema = {
	kind: "object",
	title: "CommentThread",
	properties: {
		id: { kind: "string" },
		siteId: { kind: "string" },
		pageId: { kind: "string" },
		localeId: {
			kind: "string",
			nullable: true
		},
		itemId: {
			kind: "string",
			nullable: true
		},
		breakpoint: { kind: "string" },
		url: { kind: "string" },
		content: { kind: "string" },
		isResolved: { kind: "boolean" },
		author: () => commentThreadUserSchema,
		mentionedUsers: {
			kind: "array",
			items: () => commentThreadUserSchema
		},
		createdOn: { kind: "string" },
		lastUpdated: { kind: "string" }
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
		"lastUpdated"
	]
};
/**
 * Checks that `value` is a {@link CommentThread}.
 * @returns `{ ok: true, value }` typed as {@link CommentThread}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentThread = /* @__PURE__ */ $.validator(isCommentThread, commentThreadSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link CommentThreadList}; the fast check {@link validateCommentThreadList} runs before explaining a failure.
 */
export function isCommentThreadList(value) {
	return $.isPlainObject(value) && isCommentThreadList_comments(value.comments) && isPagination(value.pagination);
}
function isCommentThreadList_comments(value) {
	return Array.isArray(value) && value.every(isCommentThread);
}
/**
 * The CommentThreadList schema as data: what {@link validateCommentThreadList} walks to say why a value failed.
 */
export const commentThreadListSchema = {
	kind: "object",
	title: "CommentThreadList",
	properties: {
		comments: {
			kind: "array",
			items: () => commentThreadSchema
		},
		pagination: () => paginationSchema
	},
	required: ["comments", "pagination"]
};
/**
 * Checks that `value` is a {@link CommentThreadList}.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentThreadList = /* @__PURE__ */ $.validator(isCommentThreadList, commentThreadListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT);
/**
 * Whether `value` is a {@link CommentThreadUser}; the fast check {@link validateCommentThreadUser} runs before explaining a failure.
 */
export function isCommentThreadUser(value) {
	return $.isPlainObject(value) && typeof value.userId === "string" && typeof value.email === "string" && typeof value.name === "string";
}
/**
 * The CommentThreadUser schema as data: what {@link validateCommentThreadUser} walks to say why a value failed.
 */
export const commentThreadUserSchema = {
	kind: "object",
	title: "CommentThreadUser",
	properties: {
		userId: { kind: "string" },
		email: { kind: "string" },
		name: { kind: "string" }
	},
	required: [
		"userId",
		"email",
		"name"
	]
};
/**
 * Checks that `value` is a {@link CommentThreadUser}.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentThreadUser = /* @__PURE__ */ $.validator(isCommentThreadUser, commentThreadUserSchema, EXPLAIN_OBJECT);
/**
 * Checks the 200 response body of `client.comments.getThread`.
 */
export const validateGetCommentThreadResult = validateCommentThread;
/**
 * Get Comment Thread: {@link CommentsApi.getThread | client.comments.getThread} as a function of the core, so that a program importing only it bundles only it.
 */
export function getCommentThread(core, params, options) {
	return core.request({
		operationId: "getCommentThread",
		method: "GET",
		path: "/sites/{site_id}/comments/{comment_thread_id}",
		pathParams: {
			site_id: params.site_id,
			comment_thread_id: params.comment_thread_id
		},
		query: {
			localeId: params.localeId,
			offset: params.offset,
			limit: params.limit,
			sortBy: params.sortBy,
			sortOrder: params.sortOrder
		},
		responseKind: "json",
		validate: validateGetCommentThreadResult
	}, options);
}
/**
 * Checks the 200 response body of `client.comments.listReplies`.
 */
export const validateListCommentRepliesResult = validateCommentReplyList;
/**
 * List Comment Replies: {@link CommentsApi.listReplies | client.comments.listReplies} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCommentReplies(core, params, options) {
	return core.request({
		operationId: "listCommentReplies",
		method: "GET",
		path: "/sites/{site_id}/comments/{comment_thread_id}/replies",
		pathParams: {
			site_id: params.site_id,
			comment_thread_id: params.comment_thread_id
		},
		query: {
			localeId: params.localeId,
			offset: params.offset,
			limit: params.limit,
			sortBy: params.sortBy,
			sortOrder: params.sortOrder
		},
		responseKind: "json",
		validate: validateListCommentRepliesResult
	}, options);
}
/**
 * Checks the 200 response body of `client.comments.listThreads`.
 */
export const validateListCommentThreadsResult = validateCommentThreadList;
/**
 * List Comment Threads: {@link CommentsApi.listThreads | client.comments.listThreads} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCommentThreads(core, params, options) {
	return core.request({
		operationId: "listCommentThreads",
		method: "GET",
		path: "/sites/{site_id}/comments",
		pathParams: { site_id: params.site_id },
		query: {
			localeId: params.localeId,
			offset: params.offset,
			limit: params.limit,
			sortBy: params.sortBy,
			sortOrder: params.sortOrder
		},
		responseKind: "json",
		validate: validateListCommentThreadsResult
	}, options);
}
/**
 * Comments operations: Read the comment threads and replies left on a site in the Designer.
 *
 * Reached as `client.comments`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class CommentsApi {
	#core;
	constructor(core) {
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
	getThread(params, options) {
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
	listReplies(params, options) {
		return listCommentReplies(this.#core, params, options);
	}
	/**
	 * Every item of `listReplies` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.comments.iterateReplies(params)) console.log(item);
	 */
	iterateReplies(params, options) {
		return $.paginate(async (offset) => {
			const page = await listCommentReplies(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.comments,
				pagination: page.pagination
			};
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
	listThreads(params, options) {
		return listCommentThreads(this.#core, params, options);
	}
	/**
	 * Every item of `listThreads` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.comments.iterateThreads(params)) console.log(item);
	 */
	iterateThreads(params, options) {
		return $.paginate(async (offset) => {
			const page = await listCommentThreads(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.comments,
				pagination: page.pagination
			};
		}, params.offset ?? 0);
	}
}
