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
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME_URI,
  EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME_URI,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING_UNION_DATE_TIME_URI,
  EXPLAIN_OBJECT_STRING_URI,
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
 * An asset (image or file) uploaded to a site.
 */
export type Asset = components["schemas"]["Asset"];

/**
 * Whether `value` is a {@link Asset}; the fast check {@link validateAsset} runs before explaining a failure.
 */
export function isAsset(value: unknown): value is Asset {
  return (
    $.isPlainObject(value) &&
    isObjectId(value.id) &&
    typeof value.contentType === "string" &&
    typeof value.size === "number" &&
    Number.isInteger(value.size) &&
    isObjectId(value.siteId) &&
    typeof value.hostedUrl === "string" &&
    $.isUri(value.hostedUrl) &&
    typeof value.originalFileName === "string" &&
    typeof value.displayName === "string" &&
    isDateTime(value.lastUpdated) &&
    isDateTime(value.createdOn) &&
    isAsset_variants(value.variants) &&
    (value.altText === null || typeof value.altText === "string") &&
    (value.folderId === undefined || isAsset_folderId(value.folderId))
  );
}

function isAsset_variants(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAssetVariant);
}

function isAsset_folderId(value: unknown): boolean {
  return isObjectId(value) || value === null;
}

/**
 * The Asset schema as data: what {@link validateAsset} walks to say why a value failed.
 */
export const assetSchema: SchemaPlan = {
  kind: "object",
  title: "Asset",
  properties: {
    id: () => objectIdSchema,
    contentType: { kind: "string" },
    size: { kind: "integer" },
    siteId: () => objectIdSchema,
    hostedUrl: { kind: "string", format: "uri" },
    originalFileName: { kind: "string" },
    displayName: { kind: "string" },
    lastUpdated: () => dateTimeSchema,
    createdOn: () => dateTimeSchema,
    variants: { kind: "array", items: () => assetVariantSchema },
    altText: { kind: "string", nullable: true },
    folderId: { kind: "anyOf", of: [() => objectIdSchema, { kind: "null" }] },
  },
  required: [
    "id",
    "contentType",
    "size",
    "siteId",
    "hostedUrl",
    "originalFileName",
    "displayName",
    "lastUpdated",
    "createdOn",
    "variants",
    "altText",
  ],
};

/**
 * Checks that `value` is a {@link Asset}.
 * @returns `{ ok: true, value }` typed as {@link Asset}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAsset: Validator<Asset> = /* @__PURE__ */ $.validator(
  isAsset,
  assetSchema,
  EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME_URI,
);

/**
 * Response of GET /sites/{site_id}/assets, one page of assets.
 */
export type AssetList = components["schemas"]["AssetList"];

/**
 * Whether `value` is a {@link AssetList}; the fast check {@link validateAssetList} runs before explaining a failure.
 */
export function isAssetList(value: unknown): value is AssetList {
  return (
    $.isPlainObject(value) && isAssetList_assets(value.assets) && isPagination(value.pagination)
  );
}

function isAssetList_assets(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAsset);
}

/**
 * The AssetList schema as data: what {@link validateAssetList} walks to say why a value failed.
 */
export const assetListSchema: SchemaPlan = {
  kind: "object",
  title: "AssetList",
  properties: {
    assets: { kind: "array", items: () => assetSchema },
    pagination: () => paginationSchema,
  },
  required: ["assets", "pagination"],
};

/**
 * Checks that `value` is a {@link AssetList}.
 * @returns `{ ok: true, value }` typed as {@link AssetList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetList: Validator<AssetList> = /* @__PURE__ */ $.validator(
  isAssetList,
  assetListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME_URI,
);

/**
 * Response of POST /sites/{site_id}/assets: the new asset's metadata and the S3 upload target. POST the file as `multipart/form-data` to `uploadUrl`, with every `uploadDetails` field as a form field, to finish the upload.
 */
export type AssetUpload = components["schemas"]["AssetUpload"];

/**
 * Whether `value` is a {@link AssetUpload}; the fast check {@link validateAssetUpload} runs before explaining a failure.
 */
export function isAssetUpload(value: unknown): value is AssetUpload {
  return (
    $.isPlainObject(value) &&
    (value.uploadDetails === undefined || isAssetUploadDetails(value.uploadDetails)) &&
    (value.contentType === undefined || typeof value.contentType === "string") &&
    (value.id === undefined || isObjectId(value.id)) &&
    (value.parentFolder === undefined || isAssetUpload_parentFolder(value.parentFolder)) &&
    (value.uploadUrl === undefined ||
      (typeof value.uploadUrl === "string" && $.isUri(value.uploadUrl))) &&
    (value.assetUrl === undefined ||
      (typeof value.assetUrl === "string" && $.isUri(value.assetUrl))) &&
    (value.hostedUrl === undefined ||
      (typeof value.hostedUrl === "string" && $.isUri(value.hostedUrl))) &&
    (value.originalFileName === undefined || typeof value.originalFileName === "string") &&
    (value.createdOn === undefined || isDateTime(value.createdOn)) &&
    (value.lastUpdated === undefined || isDateTime(value.lastUpdated))
  );
}

function isAssetUpload_parentFolder(value: unknown): boolean {
  return isObjectId(value) || value === null;
}

/**
 * The AssetUpload schema as data: what {@link validateAssetUpload} walks to say why a value failed.
 */
export const assetUploadSchema: SchemaPlan = {
  kind: "object",
  title: "AssetUpload",
  properties: {
    uploadDetails: () => assetUploadDetailsSchema,
    contentType: { kind: "string" },
    id: () => objectIdSchema,
    parentFolder: { kind: "anyOf", of: [() => objectIdSchema, { kind: "null" }] },
    uploadUrl: { kind: "string", format: "uri" },
    assetUrl: { kind: "string", format: "uri" },
    hostedUrl: { kind: "string", format: "uri" },
    originalFileName: { kind: "string" },
    createdOn: () => dateTimeSchema,
    lastUpdated: () => dateTimeSchema,
  },
};

/**
 * Checks that `value` is a {@link AssetUpload}.
 * @returns `{ ok: true, value }` typed as {@link AssetUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetUpload: Validator<AssetUpload> = /* @__PURE__ */ $.validator(
  isAssetUpload,
  assetUploadSchema,
  EXPLAIN_OBJECT_STRING_UNION_DATE_TIME_URI,
);

/**
 * The S3 form fields to send, each as a form field, together with the file when POSTing it to `uploadUrl`. The field names are S3's.
 */
export type AssetUploadDetails = components["schemas"]["AssetUploadDetails"];

/**
 * Whether `value` is a {@link AssetUploadDetails}; the fast check {@link validateAssetUploadDetails} runs before explaining a failure.
 */
export function isAssetUploadDetails(value: unknown): value is AssetUploadDetails {
  return (
    $.isPlainObject(value) &&
    (value.acl === undefined || typeof value.acl === "string") &&
    (value.bucket === undefined || typeof value.bucket === "string") &&
    (value["X-Amz-Algorithm"] === undefined || typeof value["X-Amz-Algorithm"] === "string") &&
    (value["X-Amz-Credential"] === undefined || typeof value["X-Amz-Credential"] === "string") &&
    (value["X-Amz-Date"] === undefined || typeof value["X-Amz-Date"] === "string") &&
    (value.key === undefined || typeof value.key === "string") &&
    (value.Policy === undefined || typeof value.Policy === "string") &&
    (value["X-Amz-Signature"] === undefined || typeof value["X-Amz-Signature"] === "string") &&
    (value.success_action_status === undefined ||
      typeof value.success_action_status === "string") &&
    (value["content-type"] === undefined || typeof value["content-type"] === "string") &&
    (value["Cache-Control"] === undefined || typeof value["Cache-Control"] === "string")
  );
}

/**
 * The AssetUploadDetails schema as data: what {@link validateAssetUploadDetails} walks to say why a value failed.
 */
export const assetUploadDetailsSchema: SchemaPlan = {
  kind: "object",
  title: "AssetUploadDetails",
  properties: {
    acl: { kind: "string" },
    bucket: { kind: "string" },
    "X-Amz-Algorithm": { kind: "string" },
    "X-Amz-Credential": { kind: "string" },
    "X-Amz-Date": { kind: "string" },
    key: { kind: "string" },
    Policy: { kind: "string" },
    "X-Amz-Signature": { kind: "string" },
    success_action_status: { kind: "string" },
    "content-type": { kind: "string" },
    "Cache-Control": { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link AssetUploadDetails}.
 * @returns `{ ok: true, value }` typed as {@link AssetUploadDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetUploadDetails: Validator<AssetUploadDetails> =
  /* @__PURE__ */ $.validator(isAssetUploadDetails, assetUploadDetailsSchema, EXPLAIN_OBJECT);

/**
 * A resized or reformatted version of an image asset.
 */
export type AssetVariant = components["schemas"]["AssetVariant"];

/**
 * Whether `value` is a {@link AssetVariant}; the fast check {@link validateAssetVariant} runs before explaining a failure.
 */
export function isAssetVariant(value: unknown): value is AssetVariant {
  return (
    $.isPlainObject(value) &&
    typeof value.hostedUrl === "string" &&
    $.isUri(value.hostedUrl) &&
    typeof value.originalFileName === "string" &&
    typeof value.displayName === "string" &&
    typeof value.format === "string" &&
    typeof value.width === "number" &&
    Number.isInteger(value.width) &&
    (value.height === null ||
      (typeof value.height === "number" && Number.isInteger(value.height))) &&
    typeof value.quality === "number" &&
    Number.isInteger(value.quality) &&
    (value.error === undefined || value.error === null || typeof value.error === "string")
  );
}

/**
 * The AssetVariant schema as data: what {@link validateAssetVariant} walks to say why a value failed.
 */
export const assetVariantSchema: SchemaPlan = {
  kind: "object",
  title: "AssetVariant",
  properties: {
    hostedUrl: { kind: "string", format: "uri" },
    originalFileName: { kind: "string" },
    displayName: { kind: "string" },
    format: { kind: "string" },
    width: { kind: "integer" },
    height: { kind: "integer", nullable: true },
    quality: { kind: "integer" },
    error: { kind: "string", nullable: true },
  },
  required: [
    "hostedUrl",
    "originalFileName",
    "displayName",
    "format",
    "width",
    "height",
    "quality",
  ],
};

/**
 * Checks that `value` is a {@link AssetVariant}.
 * @returns `{ ok: true, value }` typed as {@link AssetVariant}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetVariant: Validator<AssetVariant> = /* @__PURE__ */ $.validator(
  isAssetVariant,
  assetVariantSchema,
  EXPLAIN_OBJECT_STRING_URI,
);

/**
 * Body of PATCH /assets/{asset_id}. Only the fields sent are changed.
 */
export type UpdateAssetRequest = components["schemas"]["UpdateAssetRequest"];

/**
 * Whether `value` is a {@link UpdateAssetRequest}; the fast check {@link validateUpdateAssetRequest} runs before explaining a failure.
 */
export function isUpdateAssetRequest(value: unknown): value is UpdateAssetRequest {
  return (
    $.isPlainObject(value) &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.altText === undefined || typeof value.altText === "string")
  );
}

/**
 * The UpdateAssetRequest schema as data: what {@link validateUpdateAssetRequest} walks to say why a value failed.
 */
export const updateAssetRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateAssetRequest",
  properties: { displayName: { kind: "string" }, altText: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link UpdateAssetRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateAssetRequest: Validator<UpdateAssetRequest> =
  /* @__PURE__ */ $.validator(isUpdateAssetRequest, updateAssetRequestSchema, EXPLAIN_OBJECT);

/**
 * Body of POST /sites/{site_id}/assets: the metadata of the file to upload. The file itself is then sent to `uploadUrl` with the `uploadDetails` fields of the response (an S3 form upload).
 */
export type UploadAssetRequest = components["schemas"]["UploadAssetRequest"];

/**
 * Whether `value` is a {@link UploadAssetRequest}; the fast check {@link validateUploadAssetRequest} runs before explaining a failure.
 */
export function isUploadAssetRequest(value: unknown): value is UploadAssetRequest {
  return (
    $.isPlainObject(value) &&
    typeof value.fileName === "string" &&
    typeof value.fileHash === "string" &&
    (value.parentFolder === undefined || typeof value.parentFolder === "string")
  );
}

/**
 * The UploadAssetRequest schema as data: what {@link validateUploadAssetRequest} walks to say why a value failed.
 */
export const uploadAssetRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UploadAssetRequest",
  properties: {
    fileName: { kind: "string" },
    fileHash: { kind: "string" },
    parentFolder: { kind: "string" },
  },
  required: ["fileName", "fileHash"],
};

/**
 * Checks that `value` is a {@link UploadAssetRequest}.
 * @returns `{ ok: true, value }` typed as {@link UploadAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUploadAssetRequest: Validator<UploadAssetRequest> =
  /* @__PURE__ */ $.validator(isUploadAssetRequest, uploadAssetRequestSchema, EXPLAIN_OBJECT);

/**
 * Parameters of `client.assets.remove`.
 */
export interface DeleteAssetParams {
  /**
   * Unique identifier of an asset.
   *
   * Sent in the path.
   */
  asset_id: NonNullable<operations["deleteAsset"]["parameters"]["path"]>["asset_id"];
}

/**
 * What `client.assets.remove` resolves to: the 204 response. The asset was deleted. No body.
 */
export type DeleteAssetResult = void;

/**
 * Delete Asset: {@link AssetsApi.remove | client.assets.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteAsset(
  core: HttpCore,
  params: DeleteAssetParams,
  options?: RequestOptions,
): ApiPromise<DeleteAssetResult> {
  return core.request<DeleteAssetResult>(
    {
      operationId: "deleteAsset",
      method: "DELETE",
      path: "/assets/{asset_id}",
      pathParams: { asset_id: params.asset_id },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.assets.get`.
 */
export interface GetAssetParams {
  /**
   * Unique identifier of an asset.
   *
   * Sent in the path.
   */
  asset_id: NonNullable<operations["getAsset"]["parameters"]["path"]>["asset_id"];
  /**
   * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
   *
   * Sent in the query.
   */
  localeId?: NonNullable<operations["getAsset"]["parameters"]["query"]>["localeId"];
}

/**
 * What `client.assets.get` resolves to: the 200 response. The asset.
 */
export type GetAssetResult =
  operations["getAsset"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.assets.get`.
 */
export const validateGetAssetResult: Validator<GetAssetResult> = validateAsset;

/**
 * Get Asset: {@link AssetsApi.get | client.assets.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getAsset(
  core: HttpCore,
  params: GetAssetParams,
  options?: RequestOptions,
): ApiPromise<GetAssetResult> {
  return core.request<GetAssetResult>(
    {
      operationId: "getAsset",
      method: "GET",
      path: "/assets/{asset_id}",
      pathParams: { asset_id: params.asset_id },
      query: { localeId: params.localeId },
      responseKind: "json",
      validate: validateGetAssetResult,
    },
    options,
  );
}

/**
 * Parameters of `client.assets.list`.
 */
export interface ListAssetsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listAssets"]["parameters"]["path"]>["site_id"];
  /**
   * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
   *
   * Sent in the query.
   */
  localeId?: NonNullable<operations["listAssets"]["parameters"]["query"]>["localeId"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["listAssets"]["parameters"]["query"]>["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["listAssets"]["parameters"]["query"]>["limit"];
  /**
   * Unique identifier of an asset folder. Restricts the list to the assets in that folder.
   *
   * Sent in the query.
   */
  folderId?: NonNullable<operations["listAssets"]["parameters"]["query"]>["folderId"];
}

/**
 * What `client.assets.list` resolves to: the 200 response. One page of assets.
 */
export type ListAssetsResult =
  operations["listAssets"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.assets.list`.
 */
export const validateListAssetsResult: Validator<ListAssetsResult> = validateAssetList;

/**
 * List Assets: {@link AssetsApi.list | client.assets.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listAssets(
  core: HttpCore,
  params: ListAssetsParams,
  options?: RequestOptions,
): ApiPromise<ListAssetsResult> {
  return core.request<ListAssetsResult>(
    {
      operationId: "listAssets",
      method: "GET",
      path: "/sites/{site_id}/assets",
      pathParams: { site_id: params.site_id },
      query: {
        localeId: params.localeId,
        offset: params.offset,
        limit: params.limit,
        folderId: params.folderId,
      },
      responseKind: "json",
      validate: validateListAssetsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.assets.update`.
 */
export interface UpdateAssetParams {
  /**
   * Unique identifier of an asset.
   *
   * Sent in the path.
   */
  asset_id: NonNullable<operations["updateAsset"]["parameters"]["path"]>["asset_id"];
  /**
   * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
   *
   * Sent in the query.
   */
  localeId?: NonNullable<operations["updateAsset"]["parameters"]["query"]>["localeId"];
  /**
   * The fields to change.
   */
  body: UpdateAssetBody;
}

/**
 * Request body of `client.assets.update`.
 *
 * The fields to change.
 */
export type UpdateAssetBody = NonNullable<
  operations["updateAsset"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.assets.update` resolves to: the 200 response. The updated asset.
 */
export type UpdateAssetResult =
  operations["updateAsset"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.assets.update`.
 */
export const validateUpdateAssetResult: Validator<UpdateAssetResult> = validateAsset;

/**
 * Checks a request body of `client.assets.update`; the client runs it before sending.
 */
export const validateUpdateAssetBody: Validator<UpdateAssetBody> = validateUpdateAssetRequest;

/**
 * Update Asset: {@link AssetsApi.update | client.assets.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateAsset(
  core: HttpCore,
  params: UpdateAssetParams,
  options?: RequestOptions,
): ApiPromise<UpdateAssetResult> {
  return core.request<UpdateAssetResult>(
    {
      operationId: "updateAsset",
      method: "PATCH",
      path: "/assets/{asset_id}",
      pathParams: { asset_id: params.asset_id },
      query: { localeId: params.localeId },
      body: params.body,
      validateBody: validateUpdateAssetBody,
      responseKind: "json",
      validate: validateUpdateAssetResult,
    },
    options,
  );
}

/**
 * Parameters of `client.assets.upload`.
 */
export interface UploadAssetParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["uploadAsset"]["parameters"]["path"]>["site_id"];
  /**
   * The metadata of the file to upload.
   */
  body: UploadAssetBody;
}

/**
 * Request body of `client.assets.upload`.
 *
 * The metadata of the file to upload.
 */
export type UploadAssetBody = NonNullable<
  operations["uploadAsset"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.assets.upload` resolves to: the 200 response. The new asset and where to upload its file.
 */
export type UploadAssetResult =
  operations["uploadAsset"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.assets.upload`.
 */
export const validateUploadAssetResult: Validator<UploadAssetResult> = validateAssetUpload;

/**
 * Checks a request body of `client.assets.upload`; the client runs it before sending.
 */
export const validateUploadAssetBody: Validator<UploadAssetBody> = validateUploadAssetRequest;

/**
 * Upload Asset: {@link AssetsApi.upload | client.assets.upload} as a function of the core, so that a program importing only it bundles only it.
 */
export function uploadAsset(
  core: HttpCore,
  params: UploadAssetParams,
  options?: RequestOptions,
): ApiPromise<UploadAssetResult> {
  return core.request<UploadAssetResult>(
    {
      operationId: "uploadAsset",
      method: "POST",
      path: "/sites/{site_id}/assets",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateUploadAssetBody,
      responseKind: "json",
      validate: validateUploadAssetResult,
    },
    options,
  );
}

/**
 * Assets operations: List, read, upload, update and delete the assets (images and files) of a site.
 *
 * Reached as `client.assets`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class AssetsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete Asset
   *
   * Delete an asset.
   *
   * Required scopes: `assets:write`.
   *
   * DELETE `/assets/{asset_id}` (operationId `deleteAsset`).
   * @param params - asset_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No asset with this `asset_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  remove(params: DeleteAssetParams, options?: RequestOptions): ApiPromise<DeleteAssetResult> {
    return deleteAsset(this.#core, params, options);
  }

  /**
   * Get Asset
   *
   * Get an asset.
   *
   * Required scopes: `assets:read`.
   *
   * GET `/assets/{asset_id}` (operationId `getAsset`).
   * @param params - asset_id, localeId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No asset with this `asset_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  get(params: GetAssetParams, options?: RequestOptions): ApiPromise<GetAssetResult> {
    return getAsset(this.#core, params, options);
  }

  /**
   * List Assets
   *
   * List the assets (images and files) of a site, one page at a time (`offset` and `limit`, at most 100 per page), optionally only those of one folder (`folderId`).
   *
   * Required scopes: `assets:read`.
   *
   * GET `/sites/{site_id}/assets` (operationId `listAssets`).
   * @param params - site_id, localeId, offset, limit, folderId
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
  list(params: ListAssetsParams, options?: RequestOptions): ApiPromise<ListAssetsResult> {
    return listAssets(this.#core, params, options);
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.assets.iterate(params)) console.log(item);
   */
  iterate(
    params: ListAssetsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListAssetsResult["assets"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listAssets(this.#core, { ...params, offset }, options);
      return { items: page.assets, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * Update Asset
   *
   * Update the display name and/or the alternative text of an asset; only the fields sent are changed. With `localeId` the alternative text of that locale is updated.
   *
   * Required scopes: `assets:write`.
   *
   * PATCH `/assets/{asset_id}` (operationId `updateAsset`).
   * @param params - asset_id, localeId, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No asset with this `asset_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  update(params: UpdateAssetParams, options?: RequestOptions): ApiPromise<UpdateAssetResult> {
    return updateAsset(this.#core, params, options);
  }

  /**
   * Upload Asset
   *
   * Start uploading an asset to a site. Send the file's name and the MD5 hash of its content; the response holds the new asset's ID and an S3 upload target. Finish the upload by POSTing the file as `multipart/form-data` to `uploadUrl` with every `uploadDetails` field as a form field.
   *
   * Required scopes: `assets:write`.
   *
   * POST `/sites/{site_id}/assets` (operationId `uploadAsset`).
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
  upload(params: UploadAssetParams, options?: RequestOptions): ApiPromise<UploadAssetResult> {
    return uploadAsset(this.#core, params, options);
  }
}
