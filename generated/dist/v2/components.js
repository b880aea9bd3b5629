/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION, EXPLAIN_ARRAY_NUMBER_OBJECT, EXPLAIN_ARRAY_OBJECT, EXPLAIN_OBJECT } from "./explainers.js";
import { componentPropertySchema, componentPropertyUpdateSchema, domNodeSchema, isComponentProperty, isComponentPropertyUpdate, isDomNode, isPagination, paginationSchema, validateContentUpdateResponse, validateDomUpdateRequest } from "./shared.js";
/**
 * Whether `value` is a {@link Component}; the fast check {@link validateComponent} runs before explaining a failure.
 */
export function isComponent(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && (value.name === undefined || typeof value.name === "string") && (value.group === undefined || typeof value.group === "string") && (value.description === undefined || typeof value.description === "string") && (value.readonly === undefined || typeof value.readonly === "boolean");
}
/**
 * The Component schema as data: what {@link validateComponent} walks to say why a value failed.
 */
export const componentSchema = {
	kind: "object",
	title: "Component",
	properties: {
		id: { kind: "string" },
		name: { kind: "string" },
		group: { kind: "string" },
		description: { kind: "string" },
		readonly: { kind: "boolean" }
	},
	required: ["id"]
};
/**
 * Checks that `value` is a {@link Component}.
 * @returns `{ ok: true, value }` typed as {@link Component}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponent = /* @__PURE__ */ $.validator(isComponent, componentSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link ComponentContent}; the fast check {@link validateComponentContent} runs before explaining a failure.
 */
export function isComponentContent(value) {
	return $.isPlainObject(value) && (value.componentId === undefined || typeof value.componentId === "string") && (value.nodes === undefined || isComponentContent_nodes(value.nodes)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isComponentContent_nodes(value) {
	return Array.isArray(value) && value.every(isDomNode);
}
/**
 * The ComponentContent schema as data: what {@link validateComponentContent} walks to say why a value failed.
 */
export const componentContentSchema = {
	kind: "object",
	title: "ComponentContent",
	properties: {
		componentId: { kind: "string" },
		nodes: {
			kind: "array",
			items: () => domNodeSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link ComponentContent}.
 * @returns `{ ok: true, value }` typed as {@link ComponentContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentContent = /* @__PURE__ */ $.validator(isComponentContent, componentContentSchema, EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link ComponentList}; the fast check {@link validateComponentList} runs before explaining a failure.
 */
export function isComponentList(value) {
	return $.isPlainObject(value) && (value.components === undefined || isComponentList_components(value.components)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isComponentList_components(value) {
	return Array.isArray(value) && value.every(isComponent);
}
/**
 * The ComponentList schema as data: what {@link validateComponentList} walks to say why a value failed.
 */
export const componentListSchema = {
	kind: "object",
	title: "ComponentList",
	properties: {
		components: {
			kind: "array",
			items: () => componentSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link ComponentList}.
 * @returns `{ ok: true, value }` typed as {@link ComponentList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentList = /* @__PURE__ */ $.validator(isComponentList, componentListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT);
/**
 * Whether `value` is a {@link ComponentPropertyList}; the fast check {@link validateComponentPropertyList} runs before explaining a failure.
 */
export function isComponentPropertyList(value) {
	return $.isPlainObject(value) && (value.componentId === undefined || typeof value.componentId === "string") && (value.properties === undefined || isComponentPropertyList_properties(value.properties)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isComponentPropertyList_properties(value) {
	return Array.isArray(value) && value.every(isComponentProperty);
}
/**
 * The ComponentPropertyList schema as data: what {@link validateComponentPropertyList} walks to say why a value failed.
 */
export const componentPropertyListSchema = {
	kind: "object",
	title: "ComponentPropertyList",
	properties: {
		componentId: { kind: "string" },
		properties: {
			kind: "array",
			items: () => componentPropertySchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link ComponentPropertyList}.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentPropertyList = /* @__PURE__ */ $.validator(isComponentPropertyList, componentPropertyListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT);
/**
 * Whether `value` is a {@link UpdateComponentPropertiesRequest}; the fast check {@link validateUpdateComponentPropertiesRequest} runs before explaining a failure.
 */
export function isUpdateComponentPropertiesRequest(value) {
	return $.isPlainObject(value) && isUpdateComponentPropertiesRequest_properties(value.properties);
}
function isUpdateComponentPropertiesRequest_properties(value) {
	return Array.isArray(value) && value.every(isComponentPropertyUpdate);
}
/**
 * The UpdateComponentPropertiesRequest schema as data: what {@link validateUpdateComponentPropertiesRequest} walks to say why a value failed.
 */
export const updateComponentPropertiesRequestSchema = {
	kind: "object",
	title: "UpdateComponentPropertiesRequest",
	properties: { properties: {
		kind: "array",
		items: () => componentPropertyUpdateSchema
	} },
	required: ["properties"]
};
/**
 * Checks that `value` is a {@link UpdateComponentPropertiesRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateComponentPropertiesRequest = /* @__PURE__ */ $.validator(isUpdateComponentPropertiesRequest, updateComponentPropertiesRequestSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Checks the 200 response body of `client.components.getContent`.
 */
export const validateGetComponentContentResult = validateComponentContent;
/**
 * Get Component Content: {@link ComponentsApi.getContent | client.components.getContent} as a function of the core, so that a program importing only it bundles only it.
 */
export function getComponentContent(core, params, options) {
	return core.request({
		operationId: "getComponentContent",
		method: "GET",
		path: "/sites/{site_id}/components/{component_id}/dom",
		pathParams: {
			site_id: params.site_id,
			component_id: params.component_id
		},
		query: {
			localeId: params.localeId,
			branchId: params.branchId,
			limit: params.limit,
			offset: params.offset
		},
		responseKind: "json",
		validate: validateGetComponentContentResult
	}, options);
}
/**
 * Checks the 200 response body of `client.components.getProperties`.
 */
export const validateGetComponentPropertiesResult = validateComponentPropertyList;
/**
 * Get Component Properties: {@link ComponentsApi.getProperties | client.components.getProperties} as a function of the core, so that a program importing only it bundles only it.
 */
export function getComponentProperties(core, params, options) {
	return core.request({
		operationId: "getComponentProperties",
		method: "GET",
		path: "/sites/{site_id}/components/{component_id}/properties",
		pathParams: {
			site_id: params.site_id,
			component_id: params.component_id
		},
		query: {
			localeId: params.localeId,
			branchId: params.branchId,
			limit: params.limit,
			offset: params.offset
		},
		responseKind: "json",
		validate: validateGetComponentPropertiesResult
	}, options);
}
/**
 * Checks the 200 response body of `client.components.list`.
 */
export const validateListComponentsResult = validateComponentList;
/**
 * List Components: {@link ComponentsApi.list | client.components.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listComponents(core, params, options) {
	return core.request({
		operationId: "listComponents",
		method: "GET",
		path: "/sites/{site_id}/components",
		pathParams: { site_id: params.site_id },
		query: {
			branchId: params.branchId,
			limit: params.limit,
			offset: params.offset
		},
		responseKind: "json",
		validate: validateListComponentsResult
	}, options);
}
/**
 * Checks the 200 response body of `client.components.updateContent`.
 */
export const validateUpdateComponentContentResult = validateContentUpdateResponse;
/**
 * Checks a request body of `client.components.updateContent`; the client runs it before sending.
 */
export const validateUpdateComponentContentBody = validateDomUpdateRequest;
/**
 * Update Component Content: {@link ComponentsApi.updateContent | client.components.updateContent} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateComponentContent(core, params, options) {
	return core.request({
		operationId: "updateComponentContent",
		method: "POST",
		path: "/sites/{site_id}/components/{component_id}/dom",
		pathParams: {
			site_id: params.site_id,
			component_id: params.component_id
		},
		query: {
			localeId: params.localeId,
			branchId: params.branchId
		},
		body: params.body,
		validateBody: validateUpdateComponentContentBody,
		responseKind: "json",
		validate: validateUpdateComponentContentResult
	}, options);
}
/**
 * Checks the 200 response body of `client.components.updateProperties`.
 */
export const validateUpdateComponentPropertiesResult = validateContentUpdateResponse;
/**
 * Checks a request body of `client.components.updateProperties`; the client runs it before sending.
 */
export const validateUpdateComponentPropertiesBody = validateUpdateComponentPropertiesRequest;
/**
 * Update Component Properties: {@link ComponentsApi.updateProperties | client.components.updateProperties} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateComponentProperties(core, params, options) {
	return core.request({
		operationId: "updateComponentProperties",
		method: "POST",
		path: "/sites/{site_id}/components/{component_id}/properties",
		pathParams: {
			site_id: params.site_id,
			component_id: params.component_id
		},
		query: {
			localeId: params.localeId,
			branchId: params.branchId
		},
		body: params.body,
		validateBody: validateUpdateComponentPropertiesBody,
		responseKind: "json",
		validate: validateUpdateComponentPropertiesResult
	}, options);
}
/**
 * Components operations: Read and update the components of a site, their static content and their properties.
 *
 * Reached as `client.components`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class ComponentsApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
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
	getContent(params, options) {
		return getComponentContent(this.#core, params, options);
	}
	/**
	 * Every item of `getContent` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.components.iterateContent(params)) console.log(item);
	 */
	iterateContent(params, options) {
		return $.paginate(async (offset) => {
			const page = await getComponentContent(this.#core, {
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
	getProperties(params, options) {
		return getComponentProperties(this.#core, params, options);
	}
	/**
	 * Every item of `getProperties` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.components.iterateProperties(params)) console.log(item);
	 */
	iterateProperties(params, options) {
		return $.paginate(async (offset) => {
			const page = await getComponentProperties(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.properties ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
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
	list(params, options) {
		return listComponents(this.#core, params, options);
	}
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.components.iterate(params)) console.log(item);
	 */
	iterate(params, options) {
		return $.paginate(async (offset) => {
			const page = await listComponents(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.components ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
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
	updateContent(params, options) {
		return updateComponentContent(this.#core, params, options);
	}
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
	updateProperties(params, options) {
		return updateComponentProperties(this.#core, params, options);
	}
}
