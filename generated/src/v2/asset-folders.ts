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
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
  EXPLAIN_OBJECT,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import {
  dateTimeSchema,
  isDateTime,
  isObjectId,
  isPagination,
  objectIdSchema,
  paginationSchema,
} from "./shared.js";

/**
 * A folder that groups the assets of a site.
 */
export type AssetFolder = components["schemas"]["AssetFolder"];

/**
 * Whether `value` is a {@link AssetFolder}; the fast check {@link validateAssetFolder} runs before explaining a failure.
 */
export function isAssetFolder(value: unknown): value is AssetFolder {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || isObjectId(value.id)) &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.parentFolder === undefined ||
      value.parentFolder === null ||
      typeof value.parentFolder === "string") &&
    (value.assets === undefined || isAssetFolder_assets(value.assets)) &&
    (value.siteId === undefined || isObjectId(value.siteId)) &&
    (value.createdOn === undefined || isDateTime(value.createdOn)) &&
    (value.lastUpdated === undefined || isDateTime(value.lastUpdated))
  );
}

function isAssetFolder_assets(value: unknown): boolean {
  return Array.isArray(value) && value.every(isObjectId);
}

/**
 * The AssetFolder schema as data: what {@link validateAssetFolder} walks to say why a value failed.
 */
export const assetFolderSchema: SchemaPlan = {
  kind: "object",
  title: "AssetFolder",
  properties: {
    id: () => objectIdSchema,
    displayName: { kind: "string" },
    parentFolder: { kind: "string", nullable: true },
    assets: { kind: "array", items: () => objectIdSchema },
    siteId: () => objectIdSchema,
    createdOn: () => dateTimeSchema,
    lastUpdated: () => dateTimeSchema,
  },
};

/**
 * Checks that `value` is a {@link AssetFolder}.
 * @returns `{ ok: true, value }` typed as {@link AssetFolder}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetFolder: Validator<AssetFolder> = /* @__PURE__ */ $.validator(
  isAssetFolder,
  assetFolderSchema,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
);

/**
 * Response of GET /sites/{site_id}/asset_folders, the asset folders of a site.
 */
export type AssetFolderList = components["schemas"]["AssetFolderList"];

/**
 * Whether `value` is a {@link AssetFolderList}; the fast check {@link validateAssetFolderList} runs before explaining a failure.
 */
export function isAssetFolderList(value: unknown): value is AssetFolderList {
  return (
    $.isPlainObject(value) &&
    (value.assetFolders === undefined || isAssetFolderList_assetFolders(value.assetFolders)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isAssetFolderList_assetFolders(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAssetFolder);
}

/**
 * The AssetFolderList schema as data: what {@link validateAssetFolderList} walks to say why a value failed.
 */
export const assetFolderListSchema: SchemaPlan = {
  kind: "object",
  title: "AssetFolderList",
  properties: {
    assetFolders: { kind: "array", items: () => assetFolderSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link AssetFolderList}.
 * @returns `{ ok: true, value }` typed as {@link AssetFolderList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetFolderList: Validator<AssetFolderList> = /* @__PURE__ */ $.validator(
  isAssetFolderList,
  assetFolderListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME,
);

/**
 * Body of POST /sites/{site_id}/asset_folders.
 */
export type CreateAssetFolderRequest = components["schemas"]["CreateAssetFolderRequest"];

/**
 * Whether `value` is a {@link CreateAssetFolderRequest}; the fast check {@link validateCreateAssetFolderRequest} runs before explaining a failure.
 */
export function isCreateAssetFolderRequest(value: unknown): value is CreateAssetFolderRequest {
  return (
    $.isPlainObject(value) &&
    typeof value.displayName === "string" &&
    (value.parentFolder === undefined || typeof value.parentFolder === "string")
  );
}

/**
 * The CreateAssetFolderRequest schema as data: what {@link validateCreateAssetFolderRequest} walks to say why a value failed.
 */
export const createAssetFolderRequestSchema: SchemaPlan = {
  kind: "object",
  title: "CreateAssetFolderRequest",
  properties: { displayName: { kind: "string" }, parentFolder: { kind: "string" } },
  required: ["displayName"],
};

/**
 * Checks that `value` is a {@link CreateAssetFolderRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateAssetFolderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateAssetFolderRequest: Validator<CreateAssetFolderRequest> =
  /* @__PURE__ */ $.validator(
    isCreateAssetFolderRequest,
    createAssetFolderRequestSchema,
    EXPLAIN_OBJECT,
  );

/**
 * Parameters of `client.assetFolders.create`.
 */
export interface CreateAssetFolderParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["createAssetFolder"]["parameters"]["path"]>["site_id"];
  /**
   * The new folder.
   */
  body: CreateAssetFolderBody;
}

/**
 * Request body of `client.assetFolders.create`.
 *
 * The new folder.
 */
export type CreateAssetFolderBody = NonNullable<
  operations["createAssetFolder"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.assetFolders.create` resolves to: the 200 response. The new asset folder.
 */
export type CreateAssetFolderResult =
  operations["createAssetFolder"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.assetFolders.create`.
 */
export const validateCreateAssetFolderResult: Validator<CreateAssetFolderResult> =
  validateAssetFolder;

/**
 * Checks a request body of `client.assetFolders.create`; the client runs it before sending.
 */
export const validateCreateAssetFolderBody: Validator<CreateAssetFolderBody> =
  validateCreateAssetFolderRequest;

/**
 * Create Asset Folder: {@link AssetFoldersApi.create | client.assetFolders.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createAssetFolder(
  core: HttpCore,
  params: CreateAssetFolderParams,
  options?: RequestOptions,
): ApiPromise<CreateAssetFolderResult> {
  return core.request<CreateAssetFolderResult>(
    {
      operationId: "createAssetFolder",
      method: "POST",
      path: "/sites/{site_id}/asset_folders",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateCreateAssetFolderBody,
      responseKind: "json",
      validate: validateCreateAssetFolderResult,
    },
    options,
  );
}

/**
 * Parameters of `client.assetFolders.get`.
 */
export interface GetAssetFolderParams {
  /**
   * Unique identifier of an asset folder.
   *
   * Sent in the path.
   */
  asset_folder_id: NonNullable<
    operations["getAssetFolder"]["parameters"]["path"]
  >["asset_folder_id"];
}

/**
 * What `client.assetFolders.get` resolves to: the 200 response. The asset folder.
 */
export type GetAssetFolderResult =
  operations["getAssetFolder"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.assetFolders.get`.
 */
export const validateGetAssetFolderResult: Validator<GetAssetFolderResult> = validateAssetFolder;

/**
 * Get Asset Folder: {@link AssetFoldersApi.get | client.assetFolders.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getAssetFolder(
  core: HttpCore,
  params: GetAssetFolderParams,
  options?: RequestOptions,
): ApiPromise<GetAssetFolderResult> {
  return core.request<GetAssetFolderResult>(
    {
      operationId: "getAssetFolder",
      method: "GET",
      path: "/asset_folders/{asset_folder_id}",
      pathParams: { asset_folder_id: params.asset_folder_id },
      responseKind: "json",
      validate: validateGetAssetFolderResult,
    },
    options,
  );
}

/**
 * Parameters of `client.assetFolders.list`.
 */
export interface ListAssetFoldersParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listAssetFolders"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.assetFolders.list` resolves to: the 200 response. The asset folders of the site.
 */
export type ListAssetFoldersResult =
  operations["listAssetFolders"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.assetFolders.list`.
 */
export const validateListAssetFoldersResult: Validator<ListAssetFoldersResult> =
  validateAssetFolderList;

/**
 * List Asset Folders: {@link AssetFoldersApi.list | client.assetFolders.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listAssetFolders(
  core: HttpCore,
  params: ListAssetFoldersParams,
  options?: RequestOptions,
): ApiPromise<ListAssetFoldersResult> {
  return core.request<ListAssetFoldersResult>(
    {
      operationId: "listAssetFolders",
      method: "GET",
      path: "/sites/{site_id}/asset_folders",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateListAssetFoldersResult,
    },
    options,
  );
}

/**
 * Asset Folders operations: List, read and create the folders that group the assets of a site.
 *
 * Reached as `client.assetFolders`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class AssetFoldersApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Asset Folder
   *
   * Create an asset folder on a site, at the top level or inside another folder (`parentFolder`).
   *
   * Required scopes: `assets:write`.
   *
   * POST `/sites/{site_id}/asset_folders` (operationId `createAssetFolder`).
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
  create(
    params: CreateAssetFolderParams,
    options?: RequestOptions,
  ): ApiPromise<CreateAssetFolderResult> {
    return createAssetFolder(this.#core, params, options);
  }

  /**
   * Get Asset Folder
   *
   * Get an asset folder and the IDs of the assets in it.
   *
   * Required scopes: `assets:read`.
   *
   * GET `/asset_folders/{asset_folder_id}` (operationId `getAssetFolder`).
   * @param params - asset_folder_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No asset folder with this `asset_folder_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  get(params: GetAssetFolderParams, options?: RequestOptions): ApiPromise<GetAssetFolderResult> {
    return getAssetFolder(this.#core, params, options);
  }

  /**
   * List Asset Folders
   *
   * List the asset folders of a site. The endpoint takes no paging parameters.
   *
   * Required scopes: `assets:read`.
   *
   * GET `/sites/{site_id}/asset_folders` (operationId `listAssetFolders`).
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
  list(
    params: ListAssetFoldersParams,
    options?: RequestOptions,
  ): ApiPromise<ListAssetFoldersResult> {
    return listAssetFolders(this.#core, params, options);
  }
}
