/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING_DATE_TIME } from "./explainers.js";
import { domNodeSchema, isDomNode, isPagination, paginationSchema, validateContentUpdateResponse, validateDomUpdateRequest } from "./shared.js";
const PAGE_CONTENT_BRANCH_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
/**
 * Whether `value` is a {@link PageContent}; the fast check {@link validatePageContent} runs before explaining a failure.
 */
export function isPageContent(value) {
	return $.isPlainObject(value) && (value.pageId === undefined || typeof value.pageId === "string") && (value.branchId === undefined || value.branchId === null || typeof value.branchId === "string" && PAGE_CONTENT_BRANCH_ID_PATTERN.test(value.branchId)) && (value.nodes === undefined || isPageContent_nodes(value.nodes)) && (value.pagination === undefined || isPagination(value.pagination)) && (value.lastUpdated === undefined || value.lastUpdated === null || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated));
}
function isPageContent_nodes(value) {
	return Array.isArray(value) && value.every(isDomNode);
}
/**
 * The PageContent schema as data: what {@link validatePageContent} walks to say why a value failed.
 */
export const pageContentSchema = {
	kind: "object",
	title: "PageContent",
	properties: {
		pageId: { kind: "string" },
		branchId: {
			kind: "string",
			nullable: true,
			pattern: PAGE_CONTENT_BRANCH_ID_PATTERN
		},
		nodes: {
			kind: "array",
			items: () => domNodeSchema
		},
		pagination: () => paginationSchema,
		lastUpdated: {
			kind: "string",
			nullable: true,
			format: "date-time"
		}
	}
};
/**
 * Checks that `value` is a {@link PageContent}.
 * @returns `{ ok: true, value }` typed as {@link PageContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageContent = /* @__PURE__ */ $.validator(isPageContent, pageContentSchema, EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link PageList}; the fast check {@link validatePageList} runs before explaining a failure.
 */
export function isPageList(value) {
	return $.isPlainObject(value) && (value.pages === undefined || isPageList_pages(value.pages)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isPageList_pages(value) {
	return Array.isArray(value) && value.every(isPageMetadata);
}
/**
 * The PageList schema as data: what {@link validatePageList} walks to say why a value failed.
 */
export const pageListSchema = {
	kind: "object",
	title: "PageList",
	properties: {
		pages: {
			kind: "array",
			items: () => pageMetadataSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link PageList}.
 * @returns `{ ok: true, value }` typed as {@link PageList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageList = /* @__PURE__ */ $.validator(isPageList, pageListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link PageMetadata}; the fast check {@link validatePageMetadata} runs before explaining a failure.
 */
export function isPageMetadata(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && PAGE_CONTENT_BRANCH_ID_PATTERN.test(value.id) && (value.siteId === undefined || typeof value.siteId === "string" && PAGE_CONTENT_BRANCH_ID_PATTERN.test(value.siteId)) && (value.title === undefined || typeof value.title === "string") && (value.slug === undefined || typeof value.slug === "string") && (value.parentId === undefined || value.parentId === null || typeof value.parentId === "string" && PAGE_CONTENT_BRANCH_ID_PATTERN.test(value.parentId)) && (value.collectionId === undefined || value.collectionId === null || typeof value.collectionId === "string" && PAGE_CONTENT_BRANCH_ID_PATTERN.test(value.collectionId)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.lastUpdated === undefined || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)) && (value.archived === undefined || typeof value.archived === "boolean") && (value.draft === undefined || typeof value.draft === "boolean") && (value.canBranch === undefined || typeof value.canBranch === "boolean") && (value.isBranch === undefined || typeof value.isBranch === "boolean") && (value.branchId === undefined || value.branchId === null || typeof value.branchId === "string" && PAGE_CONTENT_BRANCH_ID_PATTERN.test(value.branchId)) && (value.seo === undefined || isPageSeo(value.seo)) && (value.openGraph === undefined || isPageOpenGraph(value.openGraph)) && (value.localeId === undefined || value.localeId === null || typeof value.localeId === "string" && PAGE_CONTENT_BRANCH_ID_PATTERN.test(value.localeId)) && (value.publishedPath === undefined || typeof value.publishedPath === "string");
}
/**
 * The PageMetadata schema as data: what {@link validatePageMetadata} walks to say why a value failed.
 */
export const pageMetadataSchema = {
	kind: "object",
	title: "PageMetadata",
	properties: {
		id: {
			kind: "string",
			pattern: PAGE_CONTENT_BRANCH_ID_PATTERN
		},
		siteId: {
			kind: "string",
			pattern: PAGE_CONTENT_BRANCH_ID_PATTERN
		},
		title: { kind: "string" },
		slug: { kind: "string" },
		parentId: {
			kind: "string",
			nullable: true,
			pattern: PAGE_CONTENT_BRANCH_ID_PATTERN
		},
		collectionId: {
			kind: "string",
			nullable: true,
			pattern: PAGE_CONTENT_BRANCH_ID_PATTERN
		},
		createdOn: {
			kind: "string",
			format: "date-time"
		},
		lastUpdated: {
			kind: "string",
			format: "date-time"
		},
		archived: { kind: "boolean" },
		draft: { kind: "boolean" },
		canBranch: { kind: "boolean" },
		isBranch: { kind: "boolean" },
		branchId: {
			kind: "string",
			nullable: true,
			pattern: PAGE_CONTENT_BRANCH_ID_PATTERN
		},
		seo: () => pageSeoSchema,
		openGraph: () => pageOpenGraphSchema,
		localeId: {
			kind: "string",
			nullable: true,
			pattern: PAGE_CONTENT_BRANCH_ID_PATTERN
		},
		publishedPath: { kind: "string" }
	},
	required: ["id"]
};
/**
 * Checks that `value` is a {@link PageMetadata}.
 * @returns `{ ok: true, value }` typed as {@link PageMetadata}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageMetadata = /* @__PURE__ */ $.validator(isPageMetadata, pageMetadataSchema, EXPLAIN_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link PageOpenGraph}; the fast check {@link validatePageOpenGraph} runs before explaining a failure.
 */
export function isPageOpenGraph(value) {
	return $.isPlainObject(value) && (value.title === undefined || typeof value.title === "string") && (value.titleCopied === undefined || typeof value.titleCopied === "boolean") && (value.description === undefined || typeof value.description === "string") && (value.descriptionCopied === undefined || typeof value.descriptionCopied === "boolean");
}
/**
 * The PageOpenGraph schema as data: what {@link validatePageOpenGraph} walks to say why a value failed.
 */
export const pageOpenGraphSchema = {
	kind: "object",
	title: "PageOpenGraph",
	properties: {
		title: { kind: "string" },
		titleCopied: { kind: "boolean" },
		description: { kind: "string" },
		descriptionCopied: { kind: "boolean" }
	}
};
/**
 * Checks that `value` is a {@link PageOpenGraph}.
 * @returns `{ ok: true, value }` typed as {@link PageOpenGraph}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageOpenGraph = /* @__PURE__ */ $.validator(isPageOpenGraph, pageOpenGraphSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link PageSeo}; the fast check {@link validatePageSeo} runs before explaining a failure.
 */
export function isPageSeo(value) {
	return $.isPlainObject(value) && (value.title === undefined || typeof value.title === "string") && (value.description === undefined || typeof value.description === "string");
}
/**
 * The PageSeo schema as data: what {@link validatePageSeo} walks to say why a value failed.
 */
export const pageSeoSchema = {
	kind: "object",
	title: "PageSeo",
	properties: {
		title: { kind: "string" },
		description: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link PageSeo}.
 * @returns `{ ok: true, value }` typed as {@link PageSeo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageSeo = /* @__PURE__ */ $.validator(isPageSeo, pageSeoSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link UpdatePageRequest}; the fast check {@link validateUpdatePageRequest} runs before explaining a failure.
 */
export function isUpdatePageRequest(value) {
	return $.isPlainObject(value) && (value.title === undefined || typeof value.title === "string") && (value.slug === undefined || typeof value.slug === "string") && (value.seo === undefined || isPageSeo(value.seo)) && (value.openGraph === undefined || isPageOpenGraph(value.openGraph));
}
/**
 * The UpdatePageRequest schema as data: what {@link validateUpdatePageRequest} walks to say why a value failed.
 */
export const updatePageRequestSchema = {
	kind: "object",
	title: "UpdatePageRequest",
	properties: {
		title: { kind: "string" },
		slug: { kind: "string" },
		seo: () => pageSeoSchema,
		openGraph: () => pageOpenGraphSchema
	}
};
/**
 * Checks that `value` is a {@link UpdatePageRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdatePageRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdatePageRequest = /* @__PURE__ */ $.validator(isUpdatePageRequest, updatePageRequestSchema, EXPLAIN_OBJECT);
/**
 * Checks the 200 response body of `client.pages.getContent`.
 */
export const validateGetPageContentResult = validatePageContent;
/**
 * Get Page Content: {@link PagesApi.getContent | client.pages.getContent} as a function of the core, so that a program importing only it bundles only it.
 */
export function getPageContent(core, params, options) {
	return core.request({
		operationId: "getPageContent",
		method: "GET",
		path: "/pages/{page_id}/dom",
		pathParams: { page_id: params.page_id },
		query: {
			localeId: params.localeId,
			limit: params.limit,
			offset: params.offset
		},
		responseKind: "json",
		validate: validateGetPageContentResult
	}, options);
}
/**
 * Checks the 200 response body of `client.pages.getMetadata`.
 */
export const validateGetPageMetadataResult = validatePageMetadata;
/**
 * Get Page Metadata: {@link PagesApi.getMetadata | client.pages.getMetadata} as a function of the core, so that a program importing only it bundles only it.
 */
export function getPageMetadata(core, params, options) {
	return core.request({
		operationId: "getPageMetadata",
		method: "GET",
		path: "/pages/{page_id}",
		pathParams: { page_id: params.page_id },
		query: { localeId: params.localeId },
		responseKind: "json",
		validate: validateGetPageMetadataResult
	}, options);
}
/**
 * Checks the 200 response body of `client.pages.list`.
 */
export const validateListPagesResult = validatePageList;
/**
 * List Pages: {@link PagesApi.list | client.pages.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listPages(core, params, options) {
	return core.request({
		operationId: "listPages",
		method: "GET",
		path: "/sites/{site_id}/pages",
		pathParams: { site_id: params.site_id },
		query: {
			localeId: params.localeId,
			limit: params.limit,
			offset: params.offset
		},
		responseKind: "json",
		validate: validateListPagesResult
	}, options);
}
/**
 * Checks the 200 response body of `client.pages.updateContent`.
 */
export const validateUpdatePageContentResult = validateContentUpdateResponse;
/**
 * Checks a request body of `client.pages.updateContent`; the client runs it before sending.
 */
export const validateUpdatePageContentBody = validateDomUpdateRequest;
/**
 * Update Page Content: {@link PagesApi.updateContent | client.pages.updateContent} as a function of the core, so that a program importing only it bundles only it.
 */
export function updatePageContent(core, params, options) {
	return core.request({
		operationId: "updatePageContent",
		method: "POST",
		path: "/pages/{page_id}/dom",
		pathParams: { page_id: params.page_id },
		query: { localeId: params.localeId },
		body: params.body,
		validateBody: validateUpdatePageContentBody,
		responseKind: "json",
		validate: validateUpdatePageContentResult
	}, options);
}
/**
 * Checks the 200 response body of `client.pages.updateMetadata`.
 */
export const validateUpdatePageMetadataResult = validatePageMetadata;
/**
 * Checks a request body of `client.pages.updateMetadata`; the client runs it before sending.
 */
export const validateUpdatePageMetadataBody = validateUpdatePageRequest;
/**
 * Update Page Metadata: {@link PagesApi.updateMetadata | client.pages.updateMetadata} as a function of the core, so that a program importing only it bundles only it.
 */
export function updatePageMetadata(core, params, options) {
	return core.request({
		operationId: "updatePageMetadata",
		method: "PUT",
		path: "/pages/{page_id}",
		pathParams: { page_id: params.page_id },
		query: { localeId: params.localeId },
		body: params.body,
		validateBody: validateUpdatePageMetadataBody,
		responseKind: "json",
		validate: validateUpdatePageMetadataResult
	}, options);
}
/**
 * Pages operations: Read and update the pages of a site, their metadata and their static content.
 *
 * Reached as `client.pages`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class PagesApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
	/**
	 * Get Page Content
	 *
	 * Get the static content of a page as a list of nodes (text, images, form fields, component instances...), one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the content of that locale is returned. Nodes of a type this description does not document are returned as UnknownDomNode.
	 *
	 * Required scopes: `pages:read`.
	 *
	 * GET `/pages/{page_id}/dom` (operationId `getPageContent`).
	 * @param params - page_id, localeId, limit, offset
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	getContent(params, options) {
		return getPageContent(this.#core, params, options);
	}
	/**
	 * Every item of `getContent` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.pages.iterateContent(params)) console.log(item);
	 */
	iterateContent(params, options) {
		return $.paginate(async (offset) => {
			const page = await getPageContent(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.nodes ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
	/**
	 * Get Page Metadata
	 *
	 * Get the metadata of a page (title, slug, SEO and Open Graph settings...). With `localeId` the metadata of that locale is returned.
	 *
	 * Required scopes: `pages:read`.
	 *
	 * GET `/pages/{page_id}` (operationId `getPageMetadata`).
	 * @param params - page_id, localeId
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	getMetadata(params, options) {
		return getPageMetadata(this.#core, params, options);
	}
	/**
	 * List Pages
	 *
	 * List the pages of a site with their metadata, one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the metadata of that locale is returned.
	 *
	 * Required scopes: `pages:read`.
	 *
	 * GET `/sites/{site_id}/pages` (operationId `listPages`).
	 * @param params - site_id, localeId, limit, offset
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
		return listPages(this.#core, params, options);
	}
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.pages.iterate(params)) console.log(item);
	 */
	iterate(params, options) {
		return $.paginate(async (offset) => {
			const page = await listPages(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.pages ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
	/**
	 * Update Page Content
	 *
	 * Update the static content of a page in one locale (`localeId`, required): for each node, identified by `nodeId`, send the new content its type takes (see DomNodeUpdate). The response lists in `errors` the updates that could not be applied.
	 *
	 * Required scopes: `pages:write`.
	 *
	 * POST `/pages/{page_id}/dom` (operationId `updatePageContent`).
	 * @param params - page_id, localeId, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	updateContent(params, options) {
		return updatePageContent(this.#core, params, options);
	}
	/**
	 * Update Page Metadata
	 *
	 * Update the metadata of a page (title, slug, SEO and Open Graph settings); fields not sent are left as they are. With `localeId` the metadata of that locale is updated. Answers with the updated page.
	 *
	 * Required scopes: `pages:write`.
	 *
	 * PUT `/pages/{page_id}` (operationId `updatePageMetadata`).
	 * @param params - page_id, localeId, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	updateMetadata(params, options) {
		return updatePageMetadata(this.#core, params, options);
	}
}
