import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Response of GET /pages/{page_id}/dom: one page of the static content nodes of a page (text, images, form fields, component instances...).
 */
export type PageContent = components["schemas"]["PageContent"];
/**
 * Whether `value` is a {@link PageContent}; the fast check {@link validatePageContent} runs before explaining a failure.
 */
export declare function isPageContent(value: unknown): value is PageContent;
/**
 * The PageContent schema as data: what {@link validatePageContent} walks to say why a value failed.
 */
export declare const pageContentSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageContent}.
 * @returns `{ ok: true, value }` typed as {@link PageContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageContent: Validator<PageContent>;
/**
 * Response of GET /sites/{site_id}/pages, one page of the site's pages.
 */
export type PageList = components["schemas"]["PageList"];
/**
 * Whether `value` is a {@link PageList}; the fast check {@link validatePageList} runs before explaining a failure.
 */
export declare function isPageList(value: unknown): value is PageList;
/**
 * The PageList schema as data: what {@link validatePageList} walks to say why a value failed.
 */
export declare const pageListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageList}.
 * @returns `{ ok: true, value }` typed as {@link PageList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageList: Validator<PageList>;
/**
 * A page of a site (static page or CMS collection template page) with its metadata, as listed by listPages and read by getPageMetadata.
 */
export type PageMetadata = components["schemas"]["PageMetadata"];
/**
 * Whether `value` is a {@link PageMetadata}; the fast check {@link validatePageMetadata} runs before explaining a failure.
 */
export declare function isPageMetadata(value: unknown): value is PageMetadata;
/**
 * The PageMetadata schema as data: what {@link validatePageMetadata} walks to say why a value failed.
 */
export declare const pageMetadataSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageMetadata}.
 * @returns `{ ok: true, value }` typed as {@link PageMetadata}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageMetadata: Validator<PageMetadata>;
/**
 * The Open Graph metadata of a page, used when the page is shared on social networks.
 */
export type PageOpenGraph = components["schemas"]["PageOpenGraph"];
/**
 * Whether `value` is a {@link PageOpenGraph}; the fast check {@link validatePageOpenGraph} runs before explaining a failure.
 */
export declare function isPageOpenGraph(value: unknown): value is PageOpenGraph;
/**
 * The PageOpenGraph schema as data: what {@link validatePageOpenGraph} walks to say why a value failed.
 */
export declare const pageOpenGraphSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageOpenGraph}.
 * @returns `{ ok: true, value }` typed as {@link PageOpenGraph}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageOpenGraph: Validator<PageOpenGraph>;
/**
 * The search-engine (SEO) metadata of a page.
 */
export type PageSeo = components["schemas"]["PageSeo"];
/**
 * Whether `value` is a {@link PageSeo}; the fast check {@link validatePageSeo} runs before explaining a failure.
 */
export declare function isPageSeo(value: unknown): value is PageSeo;
/**
 * The PageSeo schema as data: what {@link validatePageSeo} walks to say why a value failed.
 */
export declare const pageSeoSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageSeo}.
 * @returns `{ ok: true, value }` typed as {@link PageSeo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageSeo: Validator<PageSeo>;
/**
 * Body of PUT /pages/{page_id}: the page metadata to change. Fields that are not sent are left as they are. With the `localeId` query parameter the metadata of that locale is updated.
 */
export type UpdatePageRequest = components["schemas"]["UpdatePageRequest"];
/**
 * Whether `value` is a {@link UpdatePageRequest}; the fast check {@link validateUpdatePageRequest} runs before explaining a failure.
 */
export declare function isUpdatePageRequest(value: unknown): value is UpdatePageRequest;
/**
 * The UpdatePageRequest schema as data: what {@link validateUpdatePageRequest} walks to say why a value failed.
 */
export declare const updatePageRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdatePageRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdatePageRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdatePageRequest: Validator<UpdatePageRequest>;
/**
 * Parameters of `client.pages.getContent`.
 */
export interface GetPageContentParams {
	/**
	 * Unique identifier of a page.
	 *
	 * Sent in the path.
	 */
	page_id: NonNullable<operations["getPageContent"]["parameters"]["path"]>["page_id"];
	/**
	 * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
	 *
	 * Sent in the query.
	 */
	localeId?: NonNullable<operations["getPageContent"]["parameters"]["query"]>["localeId"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["getPageContent"]["parameters"]["query"]>["limit"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["getPageContent"]["parameters"]["query"]>["offset"];
}
/**
 * What `client.pages.getContent` resolves to: the 200 response. One page of the content nodes of the page.
 */
export type GetPageContentResult = operations["getPageContent"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.pages.getContent`.
 */
export declare const validateGetPageContentResult: Validator<GetPageContentResult>;
/**
 * Get Page Content: {@link PagesApi.getContent | client.pages.getContent} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getPageContent(core: HttpCore, params: GetPageContentParams, options?: RequestOptions): ApiPromise<GetPageContentResult>;
/**
 * Parameters of `client.pages.getMetadata`.
 */
export interface GetPageMetadataParams {
	/**
	 * Unique identifier of a page.
	 *
	 * Sent in the path.
	 */
	page_id: NonNullable<operations["getPageMetadata"]["parameters"]["path"]>["page_id"];
	/**
	 * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
	 *
	 * Sent in the query.
	 */
	localeId?: NonNullable<operations["getPageMetadata"]["parameters"]["query"]>["localeId"];
}
/**
 * What `client.pages.getMetadata` resolves to: the 200 response. The page metadata.
 */
export type GetPageMetadataResult = operations["getPageMetadata"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.pages.getMetadata`.
 */
export declare const validateGetPageMetadataResult: Validator<GetPageMetadataResult>;
/**
 * Get Page Metadata: {@link PagesApi.getMetadata | client.pages.getMetadata} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getPageMetadata(core: HttpCore, params: GetPageMetadataParams, options?: RequestOptions): ApiPromise<GetPageMetadataResult>;
/**
 * Parameters of `client.pages.list`.
 */
export interface ListPagesParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["listPages"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
	 *
	 * Sent in the query.
	 */
	localeId?: NonNullable<operations["listPages"]["parameters"]["query"]>["localeId"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listPages"]["parameters"]["query"]>["limit"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listPages"]["parameters"]["query"]>["offset"];
}
/**
 * What `client.pages.list` resolves to: the 200 response. One page of the site's pages.
 */
export type ListPagesResult = operations["listPages"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.pages.list`.
 */
export declare const validateListPagesResult: Validator<ListPagesResult>;
/**
 * List Pages: {@link PagesApi.list | client.pages.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listPages(core: HttpCore, params: ListPagesParams, options?: RequestOptions): ApiPromise<ListPagesResult>;
/**
 * Parameters of `client.pages.updateContent`.
 */
export interface UpdatePageContentParams {
	/**
	 * Unique identifier of a page.
	 *
	 * Sent in the path.
	 */
	page_id: NonNullable<operations["updatePageContent"]["parameters"]["path"]>["page_id"];
	/**
	 * Unique identifier of the locale (its `id` in the site's `locales`) whose content is updated. Required by this endpoint.
	 *
	 * Sent in the query.
	 */
	localeId: NonNullable<operations["updatePageContent"]["parameters"]["query"]>["localeId"];
	/**
	 * The nodes to update.
	 */
	body: UpdatePageContentBody;
}
/**
 * Request body of `client.pages.updateContent`.
 *
 * The nodes to update.
 */
export type UpdatePageContentBody = NonNullable<operations["updatePageContent"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.pages.updateContent` resolves to: the 200 response. The update was processed; `errors` lists what could not be applied.
 */
export type UpdatePageContentResult = operations["updatePageContent"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.pages.updateContent`.
 */
export declare const validateUpdatePageContentResult: Validator<UpdatePageContentResult>;
/**
 * Checks a request body of `client.pages.updateContent`; the client runs it before sending.
 */
export declare const validateUpdatePageContentBody: Validator<UpdatePageContentBody>;
/**
 * Update Page Content: {@link PagesApi.updateContent | client.pages.updateContent} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updatePageContent(core: HttpCore, params: UpdatePageContentParams, options?: RequestOptions): ApiPromise<UpdatePageContentResult>;
/**
 * Parameters of `client.pages.updateMetadata`.
 */
export interface UpdatePageMetadataParams {
	/**
	 * Unique identifier of a page.
	 *
	 * Sent in the path.
	 */
	page_id: NonNullable<operations["updatePageMetadata"]["parameters"]["path"]>["page_id"];
	/**
	 * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
	 *
	 * Sent in the query.
	 */
	localeId?: NonNullable<operations["updatePageMetadata"]["parameters"]["query"]>["localeId"];
	/**
	 * The metadata to change.
	 */
	body: UpdatePageMetadataBody;
}
/**
 * Request body of `client.pages.updateMetadata`.
 *
 * The metadata to change.
 */
export type UpdatePageMetadataBody = NonNullable<operations["updatePageMetadata"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.pages.updateMetadata` resolves to: the 200 response. The updated page metadata.
 */
export type UpdatePageMetadataResult = operations["updatePageMetadata"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.pages.updateMetadata`.
 */
export declare const validateUpdatePageMetadataResult: Validator<UpdatePageMetadataResult>;
/**
 * Checks a request body of `client.pages.updateMetadata`; the client runs it before sending.
 */
export declare const validateUpdatePageMetadataBody: Validator<UpdatePageMetadataBody>;
/**
 * Update Page Metadata: {@link PagesApi.updateMetadata | client.pages.updateMetadata} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updatePageMetadata(core: HttpCore, params: UpdatePageMetadataParams, options?: RequestOptions): ApiPromise<UpdatePageMetadataResult>;
/**
 * Pages operations: Read and update the pages of a site, their metadata and their static content.
 *
 * Reached as `client.pages`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class PagesApi {
	#private;
	constructor(core: HttpCore);
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
	getContent(params: GetPageContentParams, options?: RequestOptions): ApiPromise<GetPageContentResult>;
	/**
	 * Every item of `getContent` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.pages.iterateContent(params)) console.log(item);
	 */
	iterateContent(params: GetPageContentParams, options?: RequestOptions): AsyncGenerator<NonNullable<GetPageContentResult["nodes"]>[number], void, undefined>;
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
	getMetadata(params: GetPageMetadataParams, options?: RequestOptions): ApiPromise<GetPageMetadataResult>;
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
	list(params: ListPagesParams, options?: RequestOptions): ApiPromise<ListPagesResult>;
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.pages.iterate(params)) console.log(item);
	 */
	iterate(params: ListPagesParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListPagesResult["pages"]>[number], void, undefined>;
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
	updateContent(params: UpdatePageContentParams, options?: RequestOptions): ApiPromise<UpdatePageContentResult>;
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
	updateMetadata(params: UpdatePageMetadataParams, options?: RequestOptions): ApiPromise<UpdatePageMetadataResult>;
}
