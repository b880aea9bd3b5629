import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * An asset (image or file) uploaded to a site.
 */
export type Asset = components["schemas"]["Asset"];
/**
 * Whether `value` is a {@link Asset}; the fast check {@link validateAsset} runs before explaining a failure.
 */
export declare function isAsset(value: unknown): value is Asset;
/**
 * The Asset schema as data: what {@link validateAsset} walks to say why a value failed.
 */
export declare const assetSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Asset}.
 * @returns `{ ok: true, value }` typed as {@link Asset}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAsset: Validator<Asset>;
/**
 * Response of GET /sites/{site_id}/assets, one page of assets.
 */
export type AssetList = components["schemas"]["AssetList"];
/**
 * Whether `value` is a {@link AssetList}; the fast check {@link validateAssetList} runs before explaining a failure.
 */
export declare function isAssetList(value: unknown): value is AssetList;
/**
 * The AssetList schema as data: what {@link validateAssetList} walks to say why a value failed.
 */
export declare const assetListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AssetList}.
 * @returns `{ ok: true, value }` typed as {@link AssetList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAssetList: Validator<AssetList>;
/**
 * Response of POST /sites/{site_id}/assets: the new asset's metadata and the S3 upload target. POST the file as `multipart/form-data` to `uploadUrl`, with every `uploadDetails` field as a form field, to finish the upload.
 */
export type AssetUpload = components["schemas"]["AssetUpload"];
/**
 * Whether `value` is a {@link AssetUpload}; the fast check {@link validateAssetUpload} runs before explaining a failure.
 */
export declare function isAssetUpload(value: unknown): value is AssetUpload;
/**
 * The AssetUpload schema as data: what {@link validateAssetUpload} walks to say why a value failed.
 */
export declare const assetUploadSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AssetUpload}.
 * @returns `{ ok: true, value }` typed as {@link AssetUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAssetUpload: Validator<AssetUpload>;
/**
 * The S3 form fields to send, each as a form field, together with the file when POSTing it to `uploadUrl`. The field names are S3's.
 */
export type AssetUploadDetails = components["schemas"]["AssetUploadDetails"];
/**
 * Whether `value` is a {@link AssetUploadDetails}; the fast check {@link validateAssetUploadDetails} runs before explaining a failure.
 */
export declare function isAssetUploadDetails(value: unknown): value is AssetUploadDetails;
/**
 * The AssetUploadDetails schema as data: what {@link validateAssetUploadDetails} walks to say why a value failed.
 */
export declare const assetUploadDetailsSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AssetUploadDetails}.
 * @returns `{ ok: true, value }` typed as {@link AssetUploadDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAssetUploadDetails: Validator<AssetUploadDetails>;
/**
 * A resized or reformatted version of an image asset.
 */
export type AssetVariant = components["schemas"]["AssetVariant"];
/**
 * Whether `value` is a {@link AssetVariant}; the fast check {@link validateAssetVariant} runs before explaining a failure.
 */
export declare function isAssetVariant(value: unknown): value is AssetVariant;
/**
 * The AssetVariant schema as data: what {@link validateAssetVariant} walks to say why a value failed.
 */
export declare const assetVariantSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AssetVariant}.
 * @returns `{ ok: true, value }` typed as {@link AssetVariant}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAssetVariant: Validator<AssetVariant>;
/**
 * Body of PATCH /assets/{asset_id}. Only the fields sent are changed.
 */
export type UpdateAssetRequest = components["schemas"]["UpdateAssetRequest"];
/**
 * Whether `value` is a {@link UpdateAssetRequest}; the fast check {@link validateUpdateAssetRequest} runs before explaining a failure.
 */
export declare function isUpdateAssetRequest(value: unknown): value is UpdateAssetRequest;
/**
 * The UpdateAssetRequest schema as data: what {@link validateUpdateAssetRequest} walks to say why a value failed.
 */
export declare const updateAssetRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateAssetRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateAssetRequest: Validator<UpdateAssetRequest>;
/**
 * Body of POST /sites/{site_id}/assets: the metadata of the file to upload. The file itself is then sent to `uploadUrl` with the `uploadDetails` fields of the response (an S3 form upload).
 */
export type UploadAssetRequest = components["schemas"]["UploadAssetRequest"];
/**
 * Whether `value` is a {@link UploadAssetRequest}; the fast check {@link validateUploadAssetRequest} runs before explaining a failure.
 */
export declare function isUploadAssetRequest(value: unknown): value is UploadAssetRequest;
/**
 * The UploadAssetRequest schema as data: what {@link validateUploadAssetRequest} walks to say why a value failed.
 */
export declare const uploadAssetRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UploadAssetRequest}.
 * @returns `{ ok: true, value }` typed as {@link UploadAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUploadAssetRequest: Validator<UploadAssetRequest>;
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
export declare function deleteAsset(core: HttpCore, params: DeleteAssetParams, options?: RequestOptions): ApiPromise<DeleteAssetResult>;
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
export type GetAssetResult = operations["getAsset"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.assets.get`.
 */
export declare const validateGetAssetResult: Validator<GetAssetResult>;
/**
 * Get Asset: {@link AssetsApi.get | client.assets.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getAsset(core: HttpCore, params: GetAssetParams, options?: RequestOptions): ApiPromise<GetAssetResult>;
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
export type ListAssetsResult = operations["listAssets"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.assets.list`.
 */
export declare const validateListAssetsResult: Validator<ListAssetsResult>;
/**
 * List Assets: {@link AssetsApi.list | client.assets.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listAssets(core: HttpCore, params: ListAssetsParams, options?: RequestOptions): ApiPromise<ListAssetsResult>;
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
export type UpdateAssetBody = NonNullable<operations["updateAsset"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.assets.update` resolves to: the 200 response. The updated asset.
 */
export type UpdateAssetResult = operations["updateAsset"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.assets.update`.
 */
export declare const validateUpdateAssetResult: Validator<UpdateAssetResult>;
/**
 * Checks a request body of `client.assets.update`; the client runs it before sending.
 */
export declare const validateUpdateAssetBody: Validator<UpdateAssetBody>;
/**
 * Update Asset: {@link AssetsApi.update | client.assets.update} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateAsset(core: HttpCore, params: UpdateAssetParams, options?: RequestOptions): ApiPromise<UpdateAssetResult>;
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
export type UploadAssetBody = NonNullable<operations["uploadAsset"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.assets.upload` resolves to: the 200 response. The new asset and where to upload its file.
 */
export type UploadAssetResult = operations["uploadAsset"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.assets.upload`.
 */
export declare const validateUploadAssetResult: Validator<UploadAssetResult>;
/**
 * Checks a request body of `client.assets.upload`; the client runs it before sending.
 */
export declare const validateUploadAssetBody: Validator<UploadAssetBody>;
/**
 * Upload Asset: {@link AssetsApi.upload | client.assets.upload} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function uploadAsset(core: HttpCore, params: UploadAssetParams, options?: RequestOptions): ApiPromise<UploadAssetResult>;
/**
 * Assets operations: List, read, upload, update and delete the assets (images and files) of a site.
 *
 * Reached as `client.assets`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class AssetsApi {
	#private;
	constructor(core: HttpCore);
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
	remove(params: DeleteAssetParams, options?: RequestOptions): ApiPromise<DeleteAssetResult>;
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
	get(params: GetAssetParams, options?: RequestOptions): ApiPromise<GetAssetResult>;
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
	list(params: ListAssetsParams, options?: RequestOptions): ApiPromise<ListAssetsResult>;
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.assets.iterate(params)) console.log(item);
	 */
	iterate(params: ListAssetsParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListAssetsResult["assets"]>[number], void, undefined>;
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
	update(params: UpdateAssetParams, options?: RequestOptions): ApiPromise<UpdateAssetResult>;
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
	upload(params: UploadAssetParams, options?: RequestOptions): ApiPromise<UploadAssetResult>;
}
