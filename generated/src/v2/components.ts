/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import {
  EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION,
  EXPLAIN_ARRAY_NUMBER_OBJECT,
  EXPLAIN_ARRAY_OBJECT,
  EXPLAIN_OBJECT,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import {
  componentPropertySchema,
  componentPropertyUpdateSchema,
  domNodeSchema,
  isComponentProperty,
  isComponentPropertyUpdate,
  isDomNode,
  isPagination,
  paginationSchema,
  validateContentUpdateResponse,
  validateDomUpdateRequest,
} from "./shared.js";

/**
 * A component (reusable element) defined on a site.
 */
export type Component = components["schemas"]["Component"];

/**
 * Whether `value` is a {@link Component}; the fast check {@link validateComponent} runs before explaining a failure.
 */
export function isComponent(value: unknown): value is Component {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.group === undefined || typeof value.group === "string") &&
    (value.description === undefined || typeof value.description === "string") &&
    (value.readonly === undefined || typeof value.readonly === "boolean")
  );
}

/**
 * The Component schema as data: what {@link validateComponent} walks to say why a value failed.
 */
export const componentSchema: SchemaPlan = {
  kind: "object",
  title: "Component",
  properties: {
    id: { kind: "string" },
    name: { kind: "string" },
    group: { kind: "string" },
    description: { kind: "string" },
    readonly: { kind: "boolean" },
  },
  required: ["id"],
};

/**
 * Checks that `value` is a {@link Component}.
 * @returns `{ ok: true, value }` typed as {@link Component}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponent: Validator<Component> = /* @__PURE__ */ $.validator(
  isComponent,
  componentSchema,
  EXPLAIN_OBJECT,
);

/**
 * Response of GET /sites/{site_id}/components/{component_id}/dom: one page of the static content nodes of a component.
 */
export type ComponentContent = components["schemas"]["ComponentContent"];

/**
 * Whether `value` is a {@link ComponentContent}; the fast check {@link validateComponentContent} runs before explaining a failure.
 */
export function isComponentContent(value: unknown): value is ComponentContent {
  return (
    $.isPlainObject(value) &&
    (value.componentId === undefined || typeof value.componentId === "string") &&
    (value.nodes === undefined || isComponentContent_nodes(value.nodes)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isComponentContent_nodes(value: unknown): boolean {
  return Array.isArray(value) && value.every(isDomNode);
}

/**
 * The ComponentContent schema as data: what {@link validateComponentContent} walks to say why a value failed.
 */
export const componentContentSchema: SchemaPlan = {
  kind: "object",
  title: "ComponentContent",
  properties: {
    componentId: { kind: "string" },
    nodes: { kind: "array", items: () => domNodeSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link ComponentContent}.
 * @returns `{ ok: true, value }` typed as {@link ComponentContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentContent: Validator<ComponentContent> = /* @__PURE__ */ $.validator(
  isComponentContent,
  componentContentSchema,
  EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION,
);

/**
 * Response of GET /sites/{site_id}/components, one page of components.
 */
export type ComponentList = components["schemas"]["ComponentList"];

/**
 * Whether `value` is a {@link ComponentList}; the fast check {@link validateComponentList} runs before explaining a failure.
 */
export function isComponentList(value: unknown): value is ComponentList {
  return (
    $.isPlainObject(value) &&
    (value.components === undefined || isComponentList_components(value.components)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isComponentList_components(value: unknown): boolean {
  return Array.isArray(value) && value.every(isComponent);
}

/**
 * The ComponentList schema as data: what {@link validateComponentList} walks to say why a value failed.
 */
export const componentListSchema: SchemaPlan = {
  kind: "object",
  title: "ComponentList",
  properties: {
    components: { kind: "array", items: () => componentSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link ComponentList}.
 * @returns `{ ok: true, value }` typed as {@link ComponentList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentList: Validator<ComponentList> = /* @__PURE__ */ $.validator(
  isComponentList,
  componentListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT,
);

/**
 * Response of GET /sites/{site_id}/components/{component_id}/properties: one page of the properties of a component with their default values.
 */
export type ComponentPropertyList = components["schemas"]["ComponentPropertyList"];

/**
 * Whether `value` is a {@link ComponentPropertyList}; the fast check {@link validateComponentPropertyList} runs before explaining a failure.
 */
export function isComponentPropertyList(value: unknown): value is ComponentPropertyList {
  return (
    $.isPlainObject(value) &&
    (value.componentId === undefined || typeof value.componentId === "string") &&
    (value.properties === undefined || isComponentPropertyList_properties(value.properties)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isComponentPropertyList_properties(value: unknown): boolean {
  return Array.isArray(value) && value.every(isComponentProperty);
}

/**
 * The ComponentPropertyList schema as data: what {@link validateComponentPropertyList} walks to say why a value failed.
 */
export const componentPropertyListSchema: SchemaPlan = {
  kind: "object",
  title: "ComponentPropertyList",
  properties: {
    componentId: { kind: "string" },
    properties: { kind: "array", items: () => componentPropertySchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link ComponentPropertyList}.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentPropertyList: Validator<ComponentPropertyList> =
  /* @__PURE__ */ $.validator(
    isComponentPropertyList,
    componentPropertyListSchema,
    EXPLAIN_ARRAY_NUMBER_OBJECT,
  );

/**
 * Body of POST /sites/{site_id}/components/{component_id}/properties.
 */
export type UpdateComponentPropertiesRequest =
  components["schemas"]["UpdateComponentPropertiesRequest"];

/**
 * Whether `value` is a {@link UpdateComponentPropertiesRequest}; the fast check {@link validateUpdateComponentPropertiesRequest} runs before explaining a failure.
 */
export function isUpdateComponentPropertiesRequest(
  value: unknown,
): value is UpdateComponentPropertiesRequest {
  return $.isPlainObject(value) && isUpdateComponentPropertiesRequest_properties(value.properties);
}

function isUpdateComponentPropertiesRequest_properties(value: unknown): boolean {
  return Array.isArray(value) && value.every(isComponentPropertyUpdate);
}

/**
 * The UpdateComponentPropertiesRequest schema as data: what {@link validateUpdateComponentPropertiesRequest} walks to say why a value failed.
 */
export const updateComponentPropertiesRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateComponentPropertiesRequest",
  properties: { properties: { kind: "array", items: () => componentPropertyUpdateSchema } },
  required: ["properties"],
};

/**
 * Checks that `value` is a {@link UpdateComponentPropertiesRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateComponentPropertiesRequest: Validator<UpdateComponentPropertiesRequest> =
  /* @__PURE__ */ $.validator(
    isUpdateComponentPropertiesRequest,
    updateComponentPropertiesRequestSchema,
    EXPLAIN_ARRAY_OBJECT,
  );

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
  component_id: NonNullable<
    operations["getComponentContent"]["parameters"]["path"]
  >["component_id"];
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
export type GetComponentContentResult =
  operations["getComponentContent"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.components.getContent`.
 */
export const validateGetComponentContentResult: Validator<GetComponentContentResult> =
  validateComponentContent;

/**
 * Get Component Content: {@link ComponentsApi.getContent | client.components.getContent} as a function of the core, so that a program importing only it bundles only it.
 */
export function getComponentContent(
  core: HttpCore,
  params: GetComponentContentParams,
  options?: RequestOptions,
): ApiPromise<GetComponentContentResult> {
  return core.request<GetComponentContentResult>(
    {
      operationId: "getComponentContent",
      method: "GET",
      path: "/sites/{site_id}/components/{component_id}/dom",
      pathParams: { site_id: params.site_id, component_id: params.component_id },
      query: {
        localeId: params.localeId,
        branchId: params.branchId,
        limit: params.limit,
        offset: params.offset,
      },
      responseKind: "json",
      validate: validateGetComponentContentResult,
    },
    options,
  );
}

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
  component_id: NonNullable<
    operations["getComponentProperties"]["parameters"]["path"]
  >["component_id"];
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
export type GetComponentPropertiesResult =
  operations["getComponentProperties"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.components.getProperties`.
 */
export const validateGetComponentPropertiesResult: Validator<GetComponentPropertiesResult> =
  validateComponentPropertyList;

/**
 * Get Component Properties: {@link ComponentsApi.getProperties | client.components.getProperties} as a function of the core, so that a program importing only it bundles only it.
 */
export function getComponentProperties(
  core: HttpCore,
  params: GetComponentPropertiesParams,
  options?: RequestOptions,
): ApiPromise<GetComponentPropertiesResult> {
  return core.request<GetComponentPropertiesResult>(
    {
      operationId: "getComponentProperties",
      method: "GET",
      path: "/sites/{site_id}/components/{component_id}/properties",
      pathParams: { site_id: params.site_id, component_id: params.component_id },
      query: {
        localeId: params.localeId,
        branchId: params.branchId,
        limit: params.limit,
        offset: params.offset,
      },
      responseKind: "json",
      validate: validateGetComponentPropertiesResult,
    },
    options,
  );
}

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
export type ListComponentsResult =
  operations["listComponents"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.components.list`.
 */
export const validateListComponentsResult: Validator<ListComponentsResult> = validateComponentList;

/**
 * List Components: {@link ComponentsApi.list | client.components.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listComponents(
  core: HttpCore,
  params: ListComponentsParams,
  options?: RequestOptions,
): ApiPromise<ListComponentsResult> {
  return core.request<ListComponentsResult>(
    {
      operationId: "listComponents",
      method: "GET",
      path: "/sites/{site_id}/components",
      pathParams: { site_id: params.site_id },
      query: { branchId: params.branchId, limit: params.limit, offset: params.offset },
      responseKind: "json",
      validate: validateListComponentsResult,
    },
    options,
  );
}

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
  component_id: NonNullable<
    operations["updateComponentContent"]["parameters"]["path"]
  >["component_id"];
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
export type UpdateComponentContentBody = NonNullable<
  operations["updateComponentContent"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.components.updateContent` resolves to: the 200 response. The update was processed; `errors` lists what could not be applied.
 */
export type UpdateComponentContentResult =
  operations["updateComponentContent"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.components.updateContent`.
 */
export const validateUpdateComponentContentResult: Validator<UpdateComponentContentResult> =
  validateContentUpdateResponse;

/**
 * Checks a request body of `client.components.updateContent`; the client runs it before sending.
 */
export const validateUpdateComponentContentBody: Validator<UpdateComponentContentBody> =
  validateDomUpdateRequest;

/**
 * Update Component Content: {@link ComponentsApi.updateContent | client.components.updateContent} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateComponentContent(
  core: HttpCore,
  params: UpdateComponentContentParams,
  options?: RequestOptions,
): ApiPromise<UpdateComponentContentResult> {
  return core.request<UpdateComponentContentResult>(
    {
      operationId: "updateComponentContent",
      method: "POST",
      path: "/sites/{site_id}/components/{component_id}/dom",
      pathParams: { site_id: params.site_id, component_id: params.component_id },
      query: { localeId: params.localeId, branchId: params.branchId },
      body: params.body,
      validateBody: validateUpdateComponentContentBody,
      responseKind: "json",
      validate: validateUpdateComponentContentResult,
    },
    options,
  );
}

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
  component_id: NonNullable<
    operations["updateComponentProperties"]["parameters"]["path"]
  >["component_id"];
  /**
   * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
   *
   * Sent in the query.
   */
  localeId?: NonNullable<
    operations["updateComponentProperties"]["parameters"]["query"]
  >["localeId"];
  /**
   * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
   *
   * Sent in the query.
   */
  branchId?: NonNullable<
    operations["updateComponentProperties"]["parameters"]["query"]
  >["branchId"];
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
export type UpdateComponentPropertiesBody = NonNullable<
  operations["updateComponentProperties"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.components.updateProperties` resolves to: the 200 response. The update was processed; `errors` lists what could not be applied.
 */
export type UpdateComponentPropertiesResult =
  operations["updateComponentProperties"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.components.updateProperties`.
 */
export const validateUpdateComponentPropertiesResult: Validator<UpdateComponentPropertiesResult> =
  validateContentUpdateResponse;

/**
 * Checks a request body of `client.components.updateProperties`; the client runs it before sending.
 */
export const validateUpdateComponentPropertiesBody: Validator<UpdateComponentPropertiesBody> =
  validateUpdateComponentPropertiesRequest;

/**
 * Update Component Properties: {@link ComponentsApi.updateProperties | client.components.updateProperties} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateComponentProperties(
  core: HttpCore,
  params: UpdateComponentPropertiesParams,
  options?: RequestOptions,
): ApiPromise<UpdateComponentPropertiesResult> {
  return core.request<UpdateComponentPropertiesResult>(
    {
      operationId: "updateComponentProperties",
      method: "POST",
      path: "/sites/{site_id}/components/{component_id}/properties",
      pathParams: { site_id: params.site_id, component_id: params.component_id },
      query: { localeId: params.localeId, branchId: params.branchId },
      body: params.body,
      validateBody: validateUpdateComponentPropertiesBody,
      responseKind: "json",
      validate: validateUpdateComponentPropertiesResult,
    },
    options,
  );
}

/**
 * Components operations: Read and update the components of a site, their static content and their properties.
 *
 * Reached as `client.components`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class ComponentsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
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
  getContent(
    params: GetComponentContentParams,
    options?: RequestOptions,
  ): ApiPromise<GetComponentContentResult> {
    return getComponentContent(this.#core, params, options);
  }

  /**
   * Every item of `getContent` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.components.iterateContent(params)) console.log(item);
   */
  iterateContent(
    params: GetComponentContentParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<GetComponentContentResult["nodes"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await getComponentContent(this.#core, { ...params, offset }, options);
      return { items: page.nodes ?? [], pagination: page.pagination ?? { offset, total: 0 } };
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
  getProperties(
    params: GetComponentPropertiesParams,
    options?: RequestOptions,
  ): ApiPromise<GetComponentPropertiesResult> {
    return getComponentProperties(this.#core, params, options);
  }

  /**
   * Every item of `getProperties` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.components.iterateProperties(params)) console.log(item);
   */
  iterateProperties(
    params: GetComponentPropertiesParams,
    options?: RequestOptions,
  ): AsyncGenerator<
    NonNullable<GetComponentPropertiesResult["properties"]>[number],
    void,
    undefined
  > {
    return $.paginate(async (offset) => {
      const page = await getComponentProperties(this.#core, { ...params, offset }, options);
      return { items: page.properties ?? [], pagination: page.pagination ?? { offset, total: 0 } };
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
  list(params: ListComponentsParams, options?: RequestOptions): ApiPromise<ListComponentsResult> {
    return listComponents(this.#core, params, options);
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.components.iterate(params)) console.log(item);
   */
  iterate(
    params: ListComponentsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListComponentsResult["components"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listComponents(this.#core, { ...params, offset }, options);
      return { items: page.components ?? [], pagination: page.pagination ?? { offset, total: 0 } };
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
  updateContent(
    params: UpdateComponentContentParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateComponentContentResult> {
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
  updateProperties(
    params: UpdateComponentPropertiesParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateComponentPropertiesResult> {
    return updateComponentProperties(this.#core, params, options);
  }
}
