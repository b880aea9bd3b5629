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
  EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ARRAY_ENUM_OBJECT,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ENUM_OBJECT,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import {
  htmlAttributesSchema,
  isHtmlAttributes,
  isPagination,
  paginationSchema,
} from "./shared.js";

/**
 * A registered script applied as custom code to a site or a page: which script, which of its versions, where in the page it goes and with which attributes.
 */
export type AppliedScript = components["schemas"]["AppliedScript"];

/**
 * Whether `value` is a {@link AppliedScript}; the fast check {@link validateAppliedScript} runs before explaining a failure.
 */
export function isAppliedScript(value: unknown): value is AppliedScript {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    typeof value.location === "string" &&
    (value.location === "header" || value.location === "footer") &&
    typeof value.version === "string" &&
    (value.attributes === undefined || isHtmlAttributes(value.attributes))
  );
}

/**
 * The AppliedScript schema as data: what {@link validateAppliedScript} walks to say why a value failed.
 */
export const appliedScriptSchema: SchemaPlan = {
  kind: "object",
  title: "AppliedScript",
  properties: {
    id: { kind: "string" },
    location: { kind: "string", enum: ["header", "footer"] },
    version: { kind: "string" },
    attributes: () => htmlAttributesSchema,
  },
  required: ["id", "location", "version"],
};

/**
 * Checks that `value` is a {@link AppliedScript}.
 * @returns `{ ok: true, value }` typed as {@link AppliedScript}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAppliedScript: Validator<AppliedScript> = /* @__PURE__ */ $.validator(
  isAppliedScript,
  appliedScriptSchema,
  EXPLAIN_ENUM_OBJECT,
);

/**
 * The custom code of a site or of a page: the registered scripts applied to it. Response of GET and PUT /sites/{site_id}/custom_code and /pages/{page_id}/custom_code, and body of the PUT requests.
 */
export type CustomCode = components["schemas"]["CustomCode"];

/**
 * Whether `value` is a {@link CustomCode}; the fast check {@link validateCustomCode} runs before explaining a failure.
 */
export function isCustomCode(value: unknown): value is CustomCode {
  return (
    $.isPlainObject(value) &&
    (value.scripts === undefined || isCustomCode_scripts(value.scripts)) &&
    (value.lastUpdated === undefined || typeof value.lastUpdated === "string") &&
    (value.createdOn === undefined || typeof value.createdOn === "string")
  );
}

function isCustomCode_scripts(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAppliedScript);
}

/**
 * The CustomCode schema as data: what {@link validateCustomCode} walks to say why a value failed.
 */
export const customCodeSchema: SchemaPlan = {
  kind: "object",
  title: "CustomCode",
  properties: {
    scripts: { kind: "array", items: () => appliedScriptSchema },
    lastUpdated: { kind: "string" },
    createdOn: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link CustomCode}.
 * @returns `{ ok: true, value }` typed as {@link CustomCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomCode: Validator<CustomCode> = /* @__PURE__ */ $.validator(
  isCustomCode,
  customCodeSchema,
  EXPLAIN_ARRAY_ENUM_OBJECT,
);

/**
 * The custom code applied to the site or to one of its pages, as listed by GET /sites/{site_id}/custom_code/blocks.
 */
export type CustomCodeBlock = components["schemas"]["CustomCodeBlock"];

/**
 * Whether `value` is a {@link CustomCodeBlock}; the fast check {@link validateCustomCodeBlock} runs before explaining a failure.
 */
export function isCustomCodeBlock(value: unknown): value is CustomCodeBlock {
  return (
    $.isPlainObject(value) &&
    (value.siteId === undefined || typeof value.siteId === "string") &&
    (value.pageId === undefined || value.pageId === null || typeof value.pageId === "string") &&
    (value.type === undefined || value.type === null || typeof value.type === "string") &&
    (value.scripts === undefined || isCustomCodeBlock_scripts(value.scripts)) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)))
  );
}

function isCustomCodeBlock_scripts(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAppliedScript);
}

/**
 * The CustomCodeBlock schema as data: what {@link validateCustomCodeBlock} walks to say why a value failed.
 */
export const customCodeBlockSchema: SchemaPlan = {
  kind: "object",
  title: "CustomCodeBlock",
  properties: {
    siteId: { kind: "string" },
    pageId: { kind: "string", nullable: true },
    type: { kind: "string", nullable: true },
    scripts: { kind: "array", items: () => appliedScriptSchema },
    createdOn: { kind: "string", format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
  },
};

/**
 * Checks that `value` is a {@link CustomCodeBlock}.
 * @returns `{ ok: true, value }` typed as {@link CustomCodeBlock}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomCodeBlock: Validator<CustomCodeBlock> = /* @__PURE__ */ $.validator(
  isCustomCodeBlock,
  customCodeBlockSchema,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME,
);

/**
 * Response of GET /sites/{site_id}/custom_code/blocks, one page of custom code blocks.
 */
export type CustomCodeBlockList = components["schemas"]["CustomCodeBlockList"];

/**
 * Whether `value` is a {@link CustomCodeBlockList}; the fast check {@link validateCustomCodeBlockList} runs before explaining a failure.
 */
export function isCustomCodeBlockList(value: unknown): value is CustomCodeBlockList {
  return (
    $.isPlainObject(value) &&
    (value.blocks === undefined || isCustomCodeBlockList_blocks(value.blocks)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isCustomCodeBlockList_blocks(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCustomCodeBlock);
}

/**
 * The CustomCodeBlockList schema as data: what {@link validateCustomCodeBlockList} walks to say why a value failed.
 */
export const customCodeBlockListSchema: SchemaPlan = {
  kind: "object",
  title: "CustomCodeBlockList",
  properties: {
    blocks: { kind: "array", items: () => customCodeBlockSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link CustomCodeBlockList}.
 * @returns `{ ok: true, value }` typed as {@link CustomCodeBlockList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomCodeBlockList: Validator<CustomCodeBlockList> =
  /* @__PURE__ */ $.validator(
    isCustomCodeBlockList,
    customCodeBlockListSchema,
    EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_DATE_TIME,
  );

/**
 * Parameters of `client.customCode.deleteForPage`.
 */
export interface DeletePageCustomCodeParams {
  /**
   * Unique identifier of a page.
   *
   * Sent in the path.
   */
  page_id: NonNullable<operations["deletePageCustomCode"]["parameters"]["path"]>["page_id"];
}

/**
 * What `client.customCode.deleteForPage` resolves to: the 204 response. The custom code was removed. No content.
 */
export type DeletePageCustomCodeResult = void;

/**
 * Delete Page Custom Code: {@link CustomCodeApi.deleteForPage | client.customCode.deleteForPage} as a function of the core, so that a program importing only it bundles only it.
 */
export function deletePageCustomCode(
  core: HttpCore,
  params: DeletePageCustomCodeParams,
  options?: RequestOptions,
): ApiPromise<DeletePageCustomCodeResult> {
  return core.request<DeletePageCustomCodeResult>(
    {
      operationId: "deletePageCustomCode",
      method: "DELETE",
      path: "/pages/{page_id}/custom_code",
      pathParams: { page_id: params.page_id },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.customCode.deleteForSite`.
 */
export interface DeleteSiteCustomCodeParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["deleteSiteCustomCode"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.customCode.deleteForSite` resolves to: the 204 response. The custom code was removed. No content.
 */
export type DeleteSiteCustomCodeResult = void;

/**
 * Delete Site Custom Code: {@link CustomCodeApi.deleteForSite | client.customCode.deleteForSite} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteSiteCustomCode(
  core: HttpCore,
  params: DeleteSiteCustomCodeParams,
  options?: RequestOptions,
): ApiPromise<DeleteSiteCustomCodeResult> {
  return core.request<DeleteSiteCustomCodeResult>(
    {
      operationId: "deleteSiteCustomCode",
      method: "DELETE",
      path: "/sites/{site_id}/custom_code",
      pathParams: { site_id: params.site_id },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.customCode.getForPage`.
 */
export interface GetPageCustomCodeParams {
  /**
   * Unique identifier of a page.
   *
   * Sent in the path.
   */
  page_id: NonNullable<operations["getPageCustomCode"]["parameters"]["path"]>["page_id"];
}

/**
 * What `client.customCode.getForPage` resolves to: the 200 response. The custom code of the page.
 */
export type GetPageCustomCodeResult =
  operations["getPageCustomCode"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.customCode.getForPage`.
 */
export const validateGetPageCustomCodeResult: Validator<GetPageCustomCodeResult> =
  validateCustomCode;

/**
 * Get Page Custom Code: {@link CustomCodeApi.getForPage | client.customCode.getForPage} as a function of the core, so that a program importing only it bundles only it.
 */
export function getPageCustomCode(
  core: HttpCore,
  params: GetPageCustomCodeParams,
  options?: RequestOptions,
): ApiPromise<GetPageCustomCodeResult> {
  return core.request<GetPageCustomCodeResult>(
    {
      operationId: "getPageCustomCode",
      method: "GET",
      path: "/pages/{page_id}/custom_code",
      pathParams: { page_id: params.page_id },
      responseKind: "json",
      validate: validateGetPageCustomCodeResult,
    },
    options,
  );
}

/**
 * Parameters of `client.customCode.getForSite`.
 */
export interface GetSiteCustomCodeParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["getSiteCustomCode"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.customCode.getForSite` resolves to: the 200 response. The custom code of the site.
 */
export type GetSiteCustomCodeResult =
  operations["getSiteCustomCode"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.customCode.getForSite`.
 */
export const validateGetSiteCustomCodeResult: Validator<GetSiteCustomCodeResult> =
  validateCustomCode;

/**
 * Get Site Custom Code: {@link CustomCodeApi.getForSite | client.customCode.getForSite} as a function of the core, so that a program importing only it bundles only it.
 */
export function getSiteCustomCode(
  core: HttpCore,
  params: GetSiteCustomCodeParams,
  options?: RequestOptions,
): ApiPromise<GetSiteCustomCodeResult> {
  return core.request<GetSiteCustomCodeResult>(
    {
      operationId: "getSiteCustomCode",
      method: "GET",
      path: "/sites/{site_id}/custom_code",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateGetSiteCustomCodeResult,
    },
    options,
  );
}

/**
 * Parameters of `client.customCode.listBlocks`.
 */
export interface ListCustomCodeBlocksParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listCustomCodeBlocks"]["parameters"]["path"]>["site_id"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["listCustomCodeBlocks"]["parameters"]["query"]>["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["listCustomCodeBlocks"]["parameters"]["query"]>["limit"];
}

/**
 * What `client.customCode.listBlocks` resolves to: the 200 response. One page of the custom code blocks of the site.
 */
export type ListCustomCodeBlocksResult =
  operations["listCustomCodeBlocks"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.customCode.listBlocks`.
 */
export const validateListCustomCodeBlocksResult: Validator<ListCustomCodeBlocksResult> =
  validateCustomCodeBlockList;

/**
 * List Custom Code Blocks: {@link CustomCodeApi.listBlocks | client.customCode.listBlocks} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCustomCodeBlocks(
  core: HttpCore,
  params: ListCustomCodeBlocksParams,
  options?: RequestOptions,
): ApiPromise<ListCustomCodeBlocksResult> {
  return core.request<ListCustomCodeBlocksResult>(
    {
      operationId: "listCustomCodeBlocks",
      method: "GET",
      path: "/sites/{site_id}/custom_code/blocks",
      pathParams: { site_id: params.site_id },
      query: { offset: params.offset, limit: params.limit },
      responseKind: "json",
      validate: validateListCustomCodeBlocksResult,
    },
    options,
  );
}

/**
 * Parameters of `client.customCode.upsertForPage`.
 */
export interface UpsertPageCustomCodeParams {
  /**
   * Unique identifier of a page.
   *
   * Sent in the path.
   */
  page_id: NonNullable<operations["upsertPageCustomCode"]["parameters"]["path"]>["page_id"];
  /**
   * The scripts to apply.
   */
  body: UpsertPageCustomCodeBody;
}

/**
 * Request body of `client.customCode.upsertForPage`.
 *
 * The scripts to apply.
 */
export type UpsertPageCustomCodeBody = NonNullable<
  operations["upsertPageCustomCode"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.customCode.upsertForPage` resolves to: the 200 response. The custom code of the page, as updated.
 */
export type UpsertPageCustomCodeResult =
  operations["upsertPageCustomCode"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.customCode.upsertForPage`.
 */
export const validateUpsertPageCustomCodeResult: Validator<UpsertPageCustomCodeResult> =
  validateCustomCode;

/**
 * Checks a request body of `client.customCode.upsertForPage`; the client runs it before sending.
 */
export const validateUpsertPageCustomCodeBody: Validator<UpsertPageCustomCodeBody> =
  validateCustomCode;

/**
 * Add/Update Page Custom Code: {@link CustomCodeApi.upsertForPage | client.customCode.upsertForPage} as a function of the core, so that a program importing only it bundles only it.
 */
export function upsertPageCustomCode(
  core: HttpCore,
  params: UpsertPageCustomCodeParams,
  options?: RequestOptions,
): ApiPromise<UpsertPageCustomCodeResult> {
  return core.request<UpsertPageCustomCodeResult>(
    {
      operationId: "upsertPageCustomCode",
      method: "PUT",
      path: "/pages/{page_id}/custom_code",
      pathParams: { page_id: params.page_id },
      body: params.body,
      validateBody: validateUpsertPageCustomCodeBody,
      responseKind: "json",
      validate: validateUpsertPageCustomCodeResult,
    },
    options,
  );
}

/**
 * Parameters of `client.customCode.upsertForSite`.
 */
export interface UpsertSiteCustomCodeParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["upsertSiteCustomCode"]["parameters"]["path"]>["site_id"];
  /**
   * The scripts to apply.
   */
  body: UpsertSiteCustomCodeBody;
}

/**
 * Request body of `client.customCode.upsertForSite`.
 *
 * The scripts to apply.
 */
export type UpsertSiteCustomCodeBody = NonNullable<
  operations["upsertSiteCustomCode"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.customCode.upsertForSite` resolves to: the 200 response. The custom code of the site, as updated.
 */
export type UpsertSiteCustomCodeResult =
  operations["upsertSiteCustomCode"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.customCode.upsertForSite`.
 */
export const validateUpsertSiteCustomCodeResult: Validator<UpsertSiteCustomCodeResult> =
  validateCustomCode;

/**
 * Checks a request body of `client.customCode.upsertForSite`; the client runs it before sending.
 */
export const validateUpsertSiteCustomCodeBody: Validator<UpsertSiteCustomCodeBody> =
  validateCustomCode;

/**
 * Add/Update Site Custom Code: {@link CustomCodeApi.upsertForSite | client.customCode.upsertForSite} as a function of the core, so that a program importing only it bundles only it.
 */
export function upsertSiteCustomCode(
  core: HttpCore,
  params: UpsertSiteCustomCodeParams,
  options?: RequestOptions,
): ApiPromise<UpsertSiteCustomCodeResult> {
  return core.request<UpsertSiteCustomCodeResult>(
    {
      operationId: "upsertSiteCustomCode",
      method: "PUT",
      path: "/sites/{site_id}/custom_code",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateUpsertSiteCustomCodeBody,
      responseKind: "json",
      validate: validateUpsertSiteCustomCodeResult,
    },
    options,
  );
}

/**
 * Custom Code operations: Apply registered scripts to a site or to its pages as custom code, read and remove them.
 *
 * Reached as `client.customCode`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class CustomCodeApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete Page Custom Code
   *
   * Remove the custom code (the applied scripts) of a page. Answers 204 with no body. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * DELETE `/pages/{page_id}/custom_code` (operationId `deletePageCustomCode`).
   * @param params - page_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  deleteForPage(
    params: DeletePageCustomCodeParams,
    options?: RequestOptions,
  ): ApiPromise<DeletePageCustomCodeResult> {
    return deletePageCustomCode(this.#core, params, options);
  }

  /**
   * Delete Site Custom Code
   *
   * Remove the custom code (the applied scripts) of a site. Answers 204 with no body. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * DELETE `/sites/{site_id}/custom_code` (operationId `deleteSiteCustomCode`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  deleteForSite(
    params: DeleteSiteCustomCodeParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteSiteCustomCodeResult> {
    return deleteSiteCustomCode(this.#core, params, options);
  }

  /**
   * Get Page Custom Code
   *
   * Get the registered scripts applied to a page as custom code. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:read`.
   *
   * GET `/pages/{page_id}/custom_code` (operationId `getPageCustomCode`).
   * @param params - page_id
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
  getForPage(
    params: GetPageCustomCodeParams,
    options?: RequestOptions,
  ): ApiPromise<GetPageCustomCodeResult> {
    return getPageCustomCode(this.#core, params, options);
  }

  /**
   * Get Site Custom Code
   *
   * Get the registered scripts applied to a site as custom code. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:read`.
   *
   * GET `/sites/{site_id}/custom_code` (operationId `getSiteCustomCode`).
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
  getForSite(
    params: GetSiteCustomCodeParams,
    options?: RequestOptions,
  ): ApiPromise<GetSiteCustomCodeResult> {
    return getSiteCustomCode(this.#core, params, options);
  }

  /**
   * List Custom Code Blocks
   *
   * List the custom code applied across a site, one block for the site itself and one for each page that has custom code, one page of results at a time (`offset` and `limit`, at most 100 per page). Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:read`.
   *
   * GET `/sites/{site_id}/custom_code/blocks` (operationId `listCustomCodeBlocks`).
   * @param params - site_id, offset, limit
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
  listBlocks(
    params: ListCustomCodeBlocksParams,
    options?: RequestOptions,
  ): ApiPromise<ListCustomCodeBlocksResult> {
    return listCustomCodeBlocks(this.#core, params, options);
  }

  /**
   * Every item of `listBlocks` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.customCode.iterateBlocks(params)) console.log(item);
   */
  iterateBlocks(
    params: ListCustomCodeBlocksParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCustomCodeBlocksResult["blocks"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listCustomCodeBlocks(this.#core, { ...params, offset }, options);
      return { items: page.blocks ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Add/Update Page Custom Code
   *
   * Apply registered scripts to a page as custom code (add them, or change their version, location or attributes). The scripts must have been registered first (see client.scripts). Answers with the custom code of the page. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * PUT `/pages/{page_id}/custom_code` (operationId `upsertPageCustomCode`).
   * @param params - page_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No page with this `page_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The custom code conflicts with the current state of the page (code `conflict`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  upsertForPage(
    params: UpsertPageCustomCodeParams,
    options?: RequestOptions,
  ): ApiPromise<UpsertPageCustomCodeResult> {
    return upsertPageCustomCode(this.#core, params, options);
  }

  /**
   * Add/Update Site Custom Code
   *
   * Apply registered scripts to a site as custom code (add them, or change their version, location or attributes). The scripts must have been registered first (see client.scripts). Answers with the custom code of the site. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * PUT `/sites/{site_id}/custom_code` (operationId `upsertSiteCustomCode`).
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
  upsertForSite(
    params: UpsertSiteCustomCodeParams,
    options?: RequestOptions,
  ): ApiPromise<UpsertSiteCustomCodeResult> {
    return upsertSiteCustomCode(this.#core, params, options);
  }
}
