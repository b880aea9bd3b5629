/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME_URI, EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME_URI, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING_UNION_DATE_TIME_URI, EXPLAIN_OBJECT_STRING_URI } from "./explainers.js";
import { dateTimeSchema, isDateTime, isObjectId, isPagination, objectIdSchema, paginationSchema } from "./shared.js";
/**
 * Whether `value` is a {@link Asset}; the fast check {@link validateAsset} runs before explaining a failure.
 */
export function isAsset(value) {
	return $.isPlainObject(value) && isObjectId(value.id) && typeof value.contentType === "string" && typeof value.size === "number" && Number.isInteger(value.size) && isObjectId(value.siteId) && typeof value.hostedUrl === "string" && $.isUri(value.hostedUrl) && typeof value.originalFileName === "string" && typeof value.displayName === "string" && isDateTime(value.lastUpdated) && isDateTime(value.createdOn) && isAsset_variants(value.variants) && (value.altText === null || typeof value.altText === "string") && (value.folderId === undefined || isAsset_folderId(value.folderId));
}
function isAsset_variants(value) {
	return Array.isArray(value) && value.every(isAssetVariant);
}
function isAsset_folderId(value) {
	return isObjectId(value) || value === null;
}
/**
 * The Asset schema as data: what {@link validateAsset} walks to say why a value failed.
 */
export const assetSchema = {
	kind: "object",
	title: "Asset",
	properties: {
		id: () => objectIdSchema,
		contentType: { kind: "string" },
		size: { kind: "integer" },
		siteId: () => objectIdSchema,
		hostedUrl: {
			kind: "string",
			format: "uri"
		},
		originalFileName: { kind: "string" },
		displayName: { kind: "string" },
		lastUpdated: () => dateTimeSchema,
		createdOn: () => dateTimeSchema,
		variants: {
			kind: "array",
			items: () => assetVariantSchema
		},
		altText: {
			kind: "string",
			nullable: true
		},
		folderId: {
			kind: "anyOf",
			of: [() => objectIdSchema, { kind: "null" }]
		}
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
		"altText"
	]
};
/**
 * Checks that `value` is a {@link Asset}.
 * @returns `{ ok: true, value }` typed as {@link Asset}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAsset = /* @__PURE__ */ $.validator(isAsset, assetSchema, EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME_URI);
/**
 * Whether `value` is a {@link AssetList}; the fast check {@link validateAssetList} runs before explaining a failure.
 */
export function isAssetList(value) {
	return $.isPlainObject(value) && isAssetList_assets(value.assets) && isPagination(value.pagination);
}
function isAssetList_assets(value) {
	return Array.isArray(value) && value.every(isAsset);
}
/**
 * The AssetList schema as data: what {@link validateAssetList} walks to say why a value failed.
 */
export const assetListSchema = {
	kind: "object",
	title: "AssetList",
	properties: {
		assets: {
			kind: "array",
			items: () => assetSchema
		},
		pagination: () => paginationSchema
	},
	required: ["assets", "pagination"]
};
/**
 * Checks that `value` is a {@link AssetList}.
 * @returns `{ ok: true, value }` typed as {@link AssetList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetList = /* @__PURE__ */ $.validator(isAssetList, assetListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME_URI);
/**
 * Whether `value` is a {@link AssetUpload}; the fast check {@link validateAssetUpload} runs before explaining a failure.
 */
export function isAssetUpload(value) {
	return $.isPlainObject(value) && (value.uploadDetails === undefined || isAssetUploadDetails(value.uploadDetails)) && (value.contentType === undefined || typeof value.contentType === "string") && (value.id === undefined || isObjectId(value.id)) && (value.parentFolder === undefined || isAssetUpload_parentFolder(value.parentFolder)) && (value.uploadUrl === undefined || typeof value.uploadUrl === "string" && $.isUri(value.uploadUrl)) && (value.assetUrl === undefined || typeof value.assetUrl === "string" && $.isUri(value.assetUrl)) && (value.hostedUrl === undefined || typeof value.hostedUrl === "string" && $.isUri(value.hostedUrl)) && (value.originalFileName === undefined || typeof value.originalFileName === "string") && (value.createdOn === undefined || isDateTime(value.createdOn)) && (value.lastUpdated === undefined || isDateTime(value.lastUpdated));
}
function isAssetUpload_parentFolder(value) {
	return isObjectId(value) || value === null;
}
/**
 * The AssetUpload schema as data: what {@link validateAssetUpload} walks to say why a value failed.
 */
export const assetUploadSchema = {
	kind: "object",
	title: "AssetUpload",
	properties: {
		uploadDetails: () => assetUploadDetailsSchema,
		contentType: { kind: "string" },
		id: () => objectIdSchema,
		parentFolder: {
			kind: "anyOf",
			of: [() => objectIdSchema, { kind: "null" }]
		},
		uploadUrl: {
			kind: "string",
			format: "uri"
		},
		assetUrl: {
			kind: "string",
			format: "uri"
		},
		hostedUrl: {
			kind: "string",
			format: "uri"
		},
		originalFileName: { kind: "string" },
		createdOn: () => dateTimeSchema,
		lastUpdated: () => dateTimeSchema
	}
};
/**
 * Checks that `value` is a {@link AssetUpload}.
 * @returns `{ ok: true, value }` typed as {@link AssetUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetUpload = /* @__PURE__ */ $.validator(isAssetUpload, assetUploadSchema, EXPLAIN_OBJECT_STRING_UNION_DATE_TIME_URI);
/**
 * Whether `value` is a {@link AssetUploadDetails}; the fast check {@link validateAssetUploadDetails} runs before explaining a failure.
 */
export function isAssetUploadDetails(value) {
	return $.isPlainObject(value) && (value.acl === undefined || typeof value.acl === "string") && (value.bucket === undefined || typeof value.bucket === "string") && (value["X-Amz-Algorithm"] === undefined || typeof value["X-Amz-Algorithm"] === "string") && (value["X-Amz-Credential"] === undefined || typeof value["X-Amz-Credential"] === "string") && (value["X-Amz-Date"] === undefined || typeof value["X-Amz-Date"] === "string") && (value.key === undefined || typeof value.key === "string") && (value.Policy === undefined || typeof value.Policy === "string") && (value["X-Amz-Signature"] === undefined || typeof value["X-Amz-Signature"] === "string") && (value.success_action_status === undefined || typeof value.success_action_status === "string") && (value["content-type"] === undefined || typeof value["content-type"] === "string") && (value["Cache-Control"] === undefined || typeof value["Cache-Control"] === "string");
}
/**
 * The AssetUploadDetails schema as data: what {@link validateAssetUploadDetails} walks to say why a value failed.
 */
export const assetUploadDetailsSchema = {
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
		"Cache-Control": { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link AssetUploadDetails}.
 * @returns `{ ok: true, value }` typed as {@link AssetUploadDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetUploadDetails = /* @__PURE__ */ $.validator(isAssetUploadDetails, assetUploadDetailsSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link AssetVariant}; the fast check {@link validateAssetVariant} runs before explaining a failure.
 */
export function isAssetVariant(value) {
	return $.isPlainObject(value) && typeof value.hostedUrl === "string" && $.isUri(value.hostedUrl) && typeof value.originalFileName === "string" && typeof value.displayName === "string" && typeof value.format === "string" && typeof value.width === "number" && Number.isInteger(value.width) && (value.height === null || typeof value.height === "number" && Number.isInteger(value.height)) && typeof value.quality === "number" && Number.isInteger(value.quality) && (value.error === undefined || value.error === null || typeof value.error === "string");
}
/**
 * The AssetVariant schema as data: what {@link validateAssetVariant} walks to say why a value failed.
 */
export const assetVariantSchema = {
	kind: "object",
	title: "AssetVariant",
	properties: {
		hostedUrl: {
			kind: "string",
			format: "uri"
		},
		originalFileName: { kind: "string" },
		displayName: { kind: "string" },
		format: { kind: "string" },
		width: { kind: "integer" },
		height: {
			kind: "integer",
			nullable: true
		},
		quality: { kind: "integer" },
		error: {
			kind: "string",
			nullable: true
		}
	},
	required: [
		"hostedUrl",
		"originalFileName",
		"displayName",
		"format",
		"width",
		"height",
		"quality"
	]
};
/**
 * Checks that `value` is a {@link AssetVariant}.
 * @returns `{ ok: true, value }` typed as {@link AssetVariant}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAssetVariant = /* @__PURE__ */ $.validator(isAssetVariant, assetVariantSchema, EXPLAIN_OBJECT_STRING_URI);
/**
 * Whether `value` is a {@link UpdateAssetRequest}; the fast check {@link validateUpdateAssetRequest} runs before explaining a failure.
 */
export function isUpdateAssetRequest(value) {
	return $.isPlainObject(value) && (value.displayName === undefined || typeof value.displayName === "string") && (value.altText === undefined || typeof value.altText === "string");
}
/**
 * The UpdateAssetRequest schema as data: what {@link validateUpdateAssetRequest} walks to say why a value failed.
 */
export const updateAssetRequestSchema = {
	kind: "object",
	title: "UpdateAssetRequest",
	properties: {
		displayName: { kind: "string" },
		altText: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link UpdateAssetRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateAssetRequest = /* @__PURE__ */ $.validator(isUpdateAssetRequest, updateAssetRequestSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link UploadAssetRequest}; the fast check {@link validateUploadAssetRequest} runs before explaining a failure.
 */
export function isUploadAssetRequest(value) {
	return $.isPlainObject(value) && typeof value.fileName === "string" && typeof value.fileHash === "string" && (value.parentFolder === undefined || typeof value.parentFolder === "string");
}
/**
 * The UploadAssetRequest schema as data: what {@link validateUploadAssetRequest} walks to say why a value failed.
 */
export const uploadAssetRequestSchema = {
	kind: "object",
	title: "UploadAssetRequest",
	properties: {
		fileName: { kind: "string" },
		fileHash: { kind: "string" },
		parentFolder: { kind: "string" }
	},
	required: ["fileName", "fileHash"]
};
/**
 * Checks that `value` is a {@link UploadAssetRequest}.
 * @returns `{ ok: true, value }` typed as {@link UploadAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUploadAssetRequest = /* @__PURE__ */ $.validator(isUploadAssetRequest, uploadAssetRequestSchema, EXPLAIN_OBJECT);
/**
 * Delete Asset: {@link AssetsApi.remove | client.assets.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteAsset(core, params, options) {
	return core.request({
		operationId: "deleteAsset",
		method: "DELETE",
		path: "/assets/{asset_id}",
		pathParams: { asset_id: params.asset_id },
		responseKind: "empty"
	}, options);
}
/**
 * Checks the 200 response body of `client.assets.get`.
 */
export const validateGetAssetResult = validateAsset;
/**
 * Get Asset: {@link AssetsApi.get | client.assets.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getAsset(core, params, options) {
	return core.request({
		operationId: "getAsset",
		method: "GET",
		path: "/assets/{asset_id}",
		pathParams: { asset_id: params.asset_id },
		query: { localeId: params.localeId },
		responseKind: "json",
		validate: validateGetAssetResult
	}, options);
}
/**
 * Checks the 200 response body of `client.assets.list`.
 */
export const validateListAssetsResult = validateAssetList;
/**
 * List Assets: {@link AssetsApi.list | client.assets.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listAssets(core, params, options) {
	return core.request({
		operationId: "listAssets",
		method: "GET",
		path: "/sites/{site_id}/assets",
		pathParams: { site_id: params.site_id },
		query: {
			localeId: params.localeId,
			offset: params.offset,
			limit: params.limit,
			folderId: params.folderId
		},
		responseKind: "json",
		validate: validateListAssetsResult
	}, options);
}
/**
 * Checks the 200 response body of `client.assets.update`.
 */
export const validateUpdateAssetResult = validateAsset;
/**
 * Checks a request body of `client.assets.update`; the client runs it before sending.
 */
export const validateUpdateAssetBody = validateUpdateAssetRequest;
/**
 * Update Asset: {@link AssetsApi.update | client.assets.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateAsset(core, params, options) {
	return core.request({
		operationId: "updateAsset",
		method: "PATCH",
		path: "/assets/{asset_id}",
		pathParams: { asset_id: params.asset_id },
		query: { localeId: params.localeId },
		body: params.body,
		validateBody: validateUpdateAssetBody,
		responseKind: "json",
		validate: validateUpdateAssetResult
	}, options);
}
/**
 * Checks the 200 response body of `client.assets.upload`.
 */
export const validateUploadAssetResult = validateAssetUpload;
/**
 * Checks a request body of `client.assets.upload`; the client runs it before sending.
 */
export const validateUploadAssetBody = validateUploadAssetRequest;
/**
 * Upload Asset: {@link AssetsApi.upload | client.assets.upload} as a function of the core, so that a program importing only it bundles only it.
 */
export function uploadAsset(core, params, options) {
	return core.request({
		operationId: "uploadAsset",
		method: "POST",
		path: "/sites/{site_id}/assets",
		pathParams: { site_id: params.site_id },
		body: params.body,
		validateBody: validateUploadAssetBody,
		responseKind: "json",
		validate: validateUploadAssetResult
	}, options);
}
/**
 * Assets operations: List, read, upload, update and delete the assets (images and files) of a site.
 *
 * Reached as `client.assets`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class AssetsApi {
	#core;
	constructor(core) {
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
	remove(params, options) {
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
	get(params, options) {
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
	list(params, options) {
		return listAssets(this.#core, params, options);
	}
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.assets.iterate(params)) console.log(item);
	 */
	iterate(params, options) {
		return $.paginate(async (offset) => {
			const page = await listAssets(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.assets,
				pagination: page.pagination
			};
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
	update(params, options) {
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
	upload(params, options) {
		return uploadAsset(this.#core, params, options);
	}
}
