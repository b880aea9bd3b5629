import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * A component (reusable element) defined on a site.
 */
export type Component = components["schemas"]["Component"];
/**
 * Whether `value` is a {@link Component}; the fast check {@link validateComponent} runs before explaining a failure.
 */
export declare function isComponent(value: unknown): value is Component;
/**
 * The Component schema as data: what {@link validateComponent} walks to say why a value failed.
 */
export declare const componentSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Component}.
 * @returns `{ ok: true, value }` typed as {@link Component}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateComponent: Validator<Component>;
/**
 * Response of GET /sites/{site_id}/components/{component_id}/dom: one page of the static content nodes of a component.
 */
export type ComponentContent = components["schemas"]["ComponentContent"];
/**
 * Whether `value` is a {@link ComponentContent}; the fast check {@link validateComponentContent} runs before explaining a failure.
 */
export declare function isComponentContent(value: unknown): value is ComponentContent;
/**
 * The ComponentContent schema as data: what {@link validateComponentContent} walks to say why a value failed.
 */
export declare const componentContentSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ComponentContent}.
 * @returns `{ ok: true, value }` typed as {@link ComponentContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateComponentContent: Validator<ComponentContent>;
/**
 * Response of GET /sites/{site_id}/components, one page of components.
 */
export type ComponentList = components["schemas"]["ComponentList"];
/**
 * Whether `value` is a {@link ComponentList}; the fast check {@link validateComponentList} runs before explaining a failure.
 */
export declare function isComponentList(value: unknown): value is ComponentList;
/**
 * The ComponentList schema as data: what {@link validateComponentList} walks to say why a value failed.
 */
export declare const componentListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ComponentList}.
 * @returns `{ ok: true, value }` typed as {@link ComponentList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateComponentList: Validator<ComponentList>;
/**
 * Response of GET /sites/{site_id}/components/{component_id}/properties: one page of the properties of a component with their default values.
 */
export type ComponentPropertyList = components["schemas"]["ComponentPropertyList"];
/**
 * Whether `value` is a {@link ComponentPropertyList}; the fast check {@link validateComponentPropertyList} runs before explaining a failure.
 */
export declare function isComponentPropertyList(value: unknown): value is ComponentPropertyList;
/**
 * The ComponentPropertyList schema as data: what {@link validateComponentPropertyList} walks to say why a value failed.
 */
export declare const componentPropertyListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ComponentPropertyList}.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateComponentPropertyList: Validator<ComponentPropertyList>;
/**
 * Body of POST /sites/{site_id}/components/{component_id}/properties.
 */
export type UpdateComponentPropertiesRequest = components["schemas"]["UpdateComponentPropertiesRequest"];
/**
 * Whether `value` is a {@link UpdateComponentPropertiesRequest}; the fast check {@link validateUpdateComponentPropertiesRequest} runs before explaining a failure.
 */
export declare function isUpdateComponentPropertiesRequest(value: unknown): value is UpdateComponentPropertiesRequest;
/**
 * The UpdateComponentPropertiesRequest schema as data: what {@link validateUpdateComponentPropertiesRequest} walks to say why a value failed.
 */
export declare const updateComponentPropertiesRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateComponentPropertiesRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateComponentPropertiesRequest: Validator<UpdateComponentPropertiesRequest>;
/**
 * Parameters of `client.components.getContent`.
 */
export interface GetComponentContentParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getComponentContent"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
	 *
	 * Sent in the path.
	 */
	component_id: NonNullable<operations["getComponentContent"]["parameters"]["path"]>["component_id"];
	/**
	 * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
	 *
	 * Sent in the query.
	 */
	localeId?: NonNullable<operations["getComponentContent"]["parameters"]["query"]>["localeId"];
	/**
	 * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
	 *
	 * Sent in the query.
	 */
	branchId?: NonNullable<operations["getComponentContent"]["parameters"]["query"]>["branchId"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["getComponentContent"]["parameters"]["query"]>["limit"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["getComponentContent"]["parameters"]["query"]>["offset"];
}
/**
 * What `client.components.getContent` resolves to: the 200 response. One page of the content nodes of the component.
 */
export type GetComponentContentResult = operations["getComponentContent"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.components.getContent`.
 */
export declare const validateGetComponentContentResult: Validator<GetComponentContentResult>;
/**
 * Get Component Content: {@link ComponentsApi.getContent | client.components.getContent} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getComponentContent(core: HttpCore, params: GetComponentContentParams, options?: RequestOptions): ApiPromise<GetComponentContentResult>;
/**
 * Parameters of `client.components.getProperties`.
 */
export interface GetComponentPropertiesParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getComponentProperties"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
	 *
	 * Sent in the path.
	 */
	component_id: NonNullable<operations["getComponentProperties"]["parameters"]["path"]>["component_id"];
	/**
	 * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
	 *
	 * Sent in the query.
	 */
	localeId?: NonNullable<operations["getComponentProperties"]["parameters"]["query"]>["localeId"];
	/**
	 * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
	 *
	 * Sent in the query.
	 */
	branchId?: NonNullable<operations["getComponentProperties"]["parameters"]["query"]>["branchId"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["getComponentProperties"]["parameters"]["query"]>["limit"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["getComponentProperties"]["parameters"]["query"]>["offset"];
}
/**
 * What `client.components.getProperties` resolves to: the 200 response. One page of the properties of the component.
 */
export type GetComponentPropertiesResult = operations["getComponentProperties"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.components.getProperties`.
 */
export declare const validateGetComponentPropertiesResult: Validator<GetComponentPropertiesResult>;
/**
 * Get Component Properties: {@link ComponentsApi.getProperties | client.components.getProperties} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getComponentProperties(core: HttpCore, params: GetComponentPropertiesParams, options?: RequestOptions): ApiPromise<GetComponentPropertiesResult>;
/**
 * Parameters of `client.components.list`.
 */
export interface ListComponentsParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["listComponents"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
	 *
	 * Sent in the query.
	 */
	branchId?: NonNullable<operations["listComponents"]["parameters"]["query"]>["branchId"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listComponents"]["parameters"]["query"]>["limit"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listComponents"]["parameters"]["query"]>["offset"];
}
/**
 * What `client.components.list` resolves to: the 200 response. One page of the site's components.
 */
export type ListComponentsResult = operations["listComponents"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.components.list`.
 */
export declare const validateListComponentsResult: Validator<ListComponentsResult>;
/**
 * List Components: {@link ComponentsApi.list | client.components.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listComponents(core: HttpCore, params: ListComponentsParams, options?: RequestOptions): ApiPromise<ListComponentsResult>;
/**
 * Parameters of `client.components.updateContent`.
 */
export interface UpdateComponentContentParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["updateComponentContent"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
	 *
	 * Sent in the path.
	 */
	component_id: NonNullable<operations["updateComponentContent"]["parameters"]["path"]>["component_id"];
	/**
	 * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
	 *
	 * Sent in the query.
	 */
	localeId?: NonNullable<operations["updateComponentContent"]["parameters"]["query"]>["localeId"];
	/**
	 * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
	 *
	 * Sent in the query.
	 */
	branchId?: NonNullable<operations["updateComponentContent"]["parameters"]["query"]>["branchId"];
	/**
	 * The nodes to update.
	 */
	body: UpdateComponentContentBody;
}
/**
 * Request body of `client.components.updateContent`.
 *
 * The nodes to update.
 */
export type UpdateComponentContentBody = NonNullable<operations["updateComponentContent"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.components.updateContent` resolves to: the 200 response. The update was processed; `errors` lists what could not be applied.
 */
export type UpdateComponentContentResult = operations["updateComponentContent"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.components.updateContent`.
 */
export declare const validateUpdateComponentContentResult: Validator<UpdateComponentContentResult>;
/**
 * Checks a request body of `client.components.updateContent`; the client runs it before sending.
 */
export declare const validateUpdateComponentContentBody: Validator<UpdateComponentContentBody>;
/**
 * Update Component Content: {@link ComponentsApi.updateContent | client.components.updateContent} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateComponentContent(core: HttpCore, params: UpdateComponentContentParams, options?: RequestOptions): ApiPromise<UpdateComponentContentResult>;
/**
 * Parameters of `client.components.updateProperties`.
 */
export interface UpdateComponentPropertiesParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["updateComponentProperties"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
	 *
	 * Sent in the path.
	 */
	component_id: NonNullable<operations["updateComponentProperties"]["parameters"]["path"]>["component_id"];
	/**
	 * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
	 *
	 * Sent in the query.
	 */
	localeId?: NonNullable<operations["updateComponentProperties"]["parameters"]["query"]>["localeId"];
	/**
	 * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
	 *
	 * Sent in the query.
	 */
	branchId?: NonNullable<operations["updateComponentProperties"]["parameters"]["query"]>["branchId"];
	/**
	 * The properties to update.
	 */
	body: UpdateComponentPropertiesBody;
}
/**
 * Request body of `client.components.updateProperties`.
 *
 * The properties to update.
 */
export type UpdateComponentPropertiesBody = NonNullable<operations["updateComponentProperties"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.components.updateProperties` resolves to: the 200 response. The update was processed; `errors` lists what could not be applied.
 */
export type UpdateComponentPropertiesResult = operations["updateComponentProperties"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.components.updateProperties`.
 */
export declare const validateUpdateComponentPropertiesResult: Validator<UpdateComponentPropertiesResult>;
/**
 * Checks a request body of `client.components.updateProperties`; the client runs it before sending.
 */
export declare const validateUpdateComponentPropertiesBody: Validator<UpdateComponentPropertiesBody>;
/**
 * Update Component Properties: {@link ComponentsApi.updateProperties | client.components.updateProperties} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateComponentProperties(core: HttpCore, params: UpdateComponentPropertiesParams, options?: RequestOptions): ApiPromise<UpdateComponentPropertiesResult>;
/**
 * Components operations: Read and update the components of a site, their static content and their properties.
 *
 * Reached as `client.components`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class ComponentsApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * Get Component Content
	 *
	 * Get the static content of a component as a list of nodes (the same node types as getPageContent), one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the content of that locale is returned, with `branchId` the content on that branch.
	 *
	 * Required scopes: `components:read`.
	 *
	 * GET `/sites/{site_id}/components/{component_id}/dom` (operationId `getComponentContent`).
	 * @param params - site_id, component_id, localeId, branchId, limit, offset
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	getContent(params: GetComponentContentParams, options?: RequestOptions): ApiPromise<GetComponentContentResult>;
	/**
	 * Every item of `getContent` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.components.iterateContent(params)) console.log(item);
	 */
	iterateContent(params: GetComponentContentParams, options?: RequestOptions): AsyncGenerator<NonNullable<GetComponentContentResult["nodes"]>[number], void, undefined>;
	/**
	 * Get Component Properties
	 *
	 * Get the text properties of a component with their default values, one page of results at a time (`offset` and `limit`, at most 100 per page). With `localeId` the values of that locale are returned, with `branchId` the values on that branch.
	 *
	 * Required scopes: `components:read`.
	 *
	 * GET `/sites/{site_id}/components/{component_id}/properties` (operationId `getComponentProperties`).
	 * @param params - site_id, component_id, localeId, branchId, limit, offset
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	getProperties(params: GetComponentPropertiesParams, options?: RequestOptions): ApiPromise<GetComponentPropertiesResult>;
	/**
	 * Every item of `getProperties` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.components.iterateProperties(params)) console.log(item);
	 */
	iterateProperties(params: GetComponentPropertiesParams, options?: RequestOptions): AsyncGenerator<NonNullable<GetComponentPropertiesResult["properties"]>[number], void, undefined>;
	/**
	 * List Components
	 *
	 * List the components of a site, one page of results at a time (`offset` and `limit`, at most 100 per page). With `branchId` the components of that branch are listed.
	 *
	 * Required scopes: `components:read`.
	 *
	 * GET `/sites/{site_id}/components` (operationId `listComponents`).
	 * @param params - site_id, branchId, limit, offset
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
	list(params: ListComponentsParams, options?: RequestOptions): ApiPromise<ListComponentsResult>;
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.components.iterate(params)) console.log(item);
	 */
	iterate(params: ListComponentsParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListComponentsResult["components"]>[number], void, undefined>;
	/**
	 * Update Component Content
	 *
	 * Update the static content of a component: for each node, identified by `nodeId`, send the new content its type takes (see DomNodeUpdate). With `localeId` the content of that locale is updated, with `branchId` the content on that branch. The response lists in `errors` the updates that could not be applied.
	 *
	 * Required scopes: `components:write`.
	 *
	 * POST `/sites/{site_id}/components/{component_id}/dom` (operationId `updateComponentContent`).
	 * @param params - site_id, component_id, localeId, branchId, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	updateContent(params: UpdateComponentContentParams, options?: RequestOptions): ApiPromise<UpdateComponentContentResult>;
	/**
	 * Update Component Properties
	 *
	 * Update the default values of text properties of a component. With `localeId` the values of that locale are updated, with `branchId` the values on that branch. The response lists in `errors` the updates that could not be applied.
	 *
	 * Required scopes: `components:write`.
	 *
	 * POST `/sites/{site_id}/components/{component_id}/properties` (operationId `updateComponentProperties`).
	 * @param params - site_id, component_id, localeId, branchId, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no component with this `component_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	updateProperties(params: UpdateComponentPropertiesParams, options?: RequestOptions): ApiPromise<UpdateComponentPropertiesResult>;
}
