/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT, EXPLAIN_OBJECT } from "./explainers.js";
import { isPagination, paginationSchema } from "./shared.js";
/**
 * Whether `value` is a {@link CreateRedirectRequest}; the fast check {@link validateCreateRedirectRequest} runs before explaining a failure.
 */
export function isCreateRedirectRequest(value) {
	return $.isPlainObject(value) && typeof value.fromUrl === "string" && typeof value.toUrl === "string";
}
/**
 * The CreateRedirectRequest schema as data: what {@link validateCreateRedirectRequest} walks to say why a value failed.
 */
export const createRedirectRequestSchema = {
	kind: "object",
	title: "CreateRedirectRequest",
	properties: {
		fromUrl: { kind: "string" },
		toUrl: { kind: "string" }
	},
	required: ["fromUrl", "toUrl"]
};
/**
 * Checks that `value` is a {@link CreateRedirectRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateRedirectRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateRedirectRequest = /* @__PURE__ */ $.validator(isCreateRedirectRequest, createRedirectRequestSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link Redirect}; the fast check {@link validateRedirect} runs before explaining a failure.
 */
export function isRedirect(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.fromUrl === undefined || typeof value.fromUrl === "string") && (value.toUrl === undefined || typeof value.toUrl === "string");
}
/**
 * The Redirect schema as data: what {@link validateRedirect} walks to say why a value failed.
 */
export const redirectSchema = {
	kind: "object",
	title: "Redirect",
	properties: {
		id: { kind: "string" },
		fromUrl: { kind: "string" },
		toUrl: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link Redirect}.
 * @returns `{ ok: true, value }` typed as {@link Redirect}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRedirect = /* @__PURE__ */ $.validator(isRedirect, redirectSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link RedirectList}; the fast check {@link validateRedirectList} runs before explaining a failure.
 */
export function isRedirectList(value) {
	return $.isPlainObject(value) && (value.redirects === undefined || isRedirectList_redirects(value.redirects)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isRedirectList_redirects(value) {
	return Array.isArray(value) && value.every(isRedirect);
}
/**
 * The RedirectList schema as data: what {@link validateRedirectList} walks to say why a value failed.
 */
export const redirectListSchema = {
	kind: "object",
	title: "RedirectList",
	properties: {
		redirects: {
			kind: "array",
			items: () => redirectSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link RedirectList}.
 * @returns `{ ok: true, value }` typed as {@link RedirectList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRedirectList = /* @__PURE__ */ $.validator(isRedirectList, redirectListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT);
/**
 * Whether `value` is a {@link UpdateRedirectRequest}; the fast check {@link validateUpdateRedirectRequest} runs before explaining a failure.
 */
export function isUpdateRedirectRequest(value) {
	return $.isPlainObject(value) && (value.fromUrl === undefined || typeof value.fromUrl === "string") && (value.toUrl === undefined || typeof value.toUrl === "string");
}
/**
 * The UpdateRedirectRequest schema as data: what {@link validateUpdateRedirectRequest} walks to say why a value failed.
 */
export const updateRedirectRequestSchema = {
	kind: "object",
	title: "UpdateRedirectRequest",
	properties: {
		fromUrl: { kind: "string" },
		toUrl: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link UpdateRedirectRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateRedirectRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateRedirectRequest = /* @__PURE__ */ $.validator(isUpdateRedirectRequest, updateRedirectRequestSchema, EXPLAIN_OBJECT);
/**
 * Checks the 200 response body of `client.redirects.create`.
 */
export const validateCreateRedirectResult = validateRedirect;
/**
 * Checks a request body of `client.redirects.create`; the client runs it before sending.
 */
export const validateCreateRedirectBody = validateCreateRedirectRequest;
/**
 * Create a 301 redirect: {@link RedirectsApi.create | client.redirects.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createRedirect(core, params, options) {
	return core.request({
		operationId: "createRedirect",
		method: "POST",
		path: "/sites/{site_id}/redirects",
		pathParams: { site_id: params.site_id },
		body: params.body,
		validateBody: validateCreateRedirectBody,
		responseKind: "json",
		validate: validateCreateRedirectResult
	}, options);
}
/**
 * Checks the 200 response body of `client.redirects.remove`.
 */
export const validateDeleteRedirectResult = validateRedirectList;
/**
 * Delete 301 redirects: {@link RedirectsApi.remove | client.redirects.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteRedirect(core, params, options) {
	return core.request({
		operationId: "deleteRedirect",
		method: "DELETE",
		path: "/sites/{site_id}/redirects/{redirect_id}",
		pathParams: {
			site_id: params.site_id,
			redirect_id: params.redirect_id
		},
		responseKind: "json",
		validate: validateDeleteRedirectResult
	}, options);
}
/**
 * Checks the 200 response body of `client.redirects.list`.
 */
export const validateListRedirectsResult = validateRedirectList;
/**
 * Get 301 redirects: {@link RedirectsApi.list | client.redirects.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listRedirects(core, params, options) {
	return core.request({
		operationId: "listRedirects",
		method: "GET",
		path: "/sites/{site_id}/redirects",
		pathParams: { site_id: params.site_id },
		responseKind: "json",
		validate: validateListRedirectsResult
	}, options);
}
/**
 * Checks the 200 response body of `client.redirects.update`.
 */
export const validateUpdateRedirectResult = validateRedirect;
/**
 * Checks a request body of `client.redirects.update`; the client runs it before sending.
 */
export const validateUpdateRedirectBody = validateUpdateRedirectRequest;
/**
 * Update 301 redirect: {@link RedirectsApi.update | client.redirects.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateRedirect(core, params, options) {
	return core.request({
		operationId: "updateRedirect",
		method: "PATCH",
		path: "/sites/{site_id}/redirects/{redirect_id}",
		pathParams: {
			site_id: params.site_id,
			redirect_id: params.redirect_id
		},
		body: params.body,
		validateBody: validateUpdateRedirectBody,
		responseKind: "json",
		validate: validateUpdateRedirectResult
	}, options);
}
/**
 * Redirects operations: Read, create, update and delete the 301 redirects of a site.
 *
 * Reached as `client.redirects`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class RedirectsApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
	/**
	 * Create a 301 redirect
	 *
	 * Add a 301 redirect to a site, from a path of the site to another path or URL. Answers 200 with the new redirect.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * POST `/sites/{site_id}/redirects` (operationId `createRedirect`).
	 * @param params - site_id, body
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
	create(params, options) {
		return createRedirect(this.#core, params, options);
	}
	/**
	 * Delete 301 redirects
	 *
	 * Delete a 301 redirect. Answers 200 with the redirects of the site that remain.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * DELETE `/sites/{site_id}/redirects/{redirect_id}` (operationId `deleteRedirect`).
	 * @param params - site_id, redirect_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no redirect with this `redirect_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	remove(params, options) {
		return deleteRedirect(this.#core, params, options);
	}
	/**
	 * Get 301 redirects
	 *
	 * List the 301 redirects of a site. The endpoint takes no paging parameters; the response may still carry `pagination`.
	 *
	 * Required scopes: `sites:read`.
	 *
	 * GET `/sites/{site_id}/redirects` (operationId `listRedirects`).
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
		return listRedirects(this.#core, params, options);
	}
	/**
	 * Update 301 redirect
	 *
	 * Change the source or the target of a 301 redirect. Only the fields sent are changed. Answers with the updated redirect.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * PATCH `/sites/{site_id}/redirects/{redirect_id}` (operationId `updateRedirect`).
	 * @param params - site_id, redirect_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no redirect with this `redirect_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	update(params, options) {
		return updateRedirect(this.#core, params, options);
	}
}
