/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_ENUM_OBJECT, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_URI, EXPLAIN_ARRAY_OBJECT, EXPLAIN_ARRAY_OBJECT_STRING, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI, EXPLAIN_ARRAY_OBJECT_STRING_URI, EXPLAIN_ENUM, EXPLAIN_ENUM_OBJECT, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING, EXPLAIN_OBJECT_STRING_DATE_TIME_URI } from "./explainers.js";
import { dateTimeSchema, isDateTime, isObjectId, isPagination, objectIdSchema, paginationSchema } from "./shared.js";
const CUSTOM_FONT_DISPLAY_VALUES = /* @__PURE__ */ new Set([
	"auto",
	"block",
	"swap",
	"fallback",
	"optional"
]);
/**
 * Whether `value` is a {@link BatchDeleteCustomFontsRequest}; the fast check {@link validateBatchDeleteCustomFontsRequest} runs before explaining a failure.
 */
export function isBatchDeleteCustomFontsRequest(value) {
	return $.isPlainObject(value) && isBatchDeleteCustomFontsRequest_items(value.items);
}
function isBatchDeleteCustomFontsRequest_items(value) {
	return Array.isArray(value) && value.every(isCustomFontReference);
}
/**
 * The BatchDeleteCustomFontsRequest schema as data: what {@link validateBatchDeleteCustomFontsRequest} walks to say why a value failed.
 */
export const batchDeleteCustomFontsRequestSchema = {
	kind: "object",
	title: "BatchDeleteCustomFontsRequest",
	properties: { items: {
		kind: "array",
		items: () => customFontReferenceSchema
	} },
	required: ["items"]
};
/**
 * Checks that `value` is a {@link BatchDeleteCustomFontsRequest}.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateBatchDeleteCustomFontsRequest = /* @__PURE__ */ $.validator(isBatchDeleteCustomFontsRequest, batchDeleteCustomFontsRequestSchema, EXPLAIN_ARRAY_OBJECT_STRING);
/**
 * Whether `value` is a {@link BatchDeleteCustomFontsResponse}; the fast check {@link validateBatchDeleteCustomFontsResponse} runs before explaining a failure.
 */
export function isBatchDeleteCustomFontsResponse(value) {
	return $.isPlainObject(value) && isBatchDeleteCustomFontsResponse_deleted(value.deleted) && isBatchDeleteCustomFontsResponse_failed(value.failed);
}
function isBatchDeleteCustomFontsResponse_deleted(value) {
	return Array.isArray(value) && value.every(isCustomFontReference);
}
function isBatchDeleteCustomFontsResponse_failed(value) {
	return Array.isArray(value) && value.every(isCustomFontDeleteFailure);
}
/**
 * The BatchDeleteCustomFontsResponse schema as data: what {@link validateBatchDeleteCustomFontsResponse} walks to say why a value failed.
 */
export const batchDeleteCustomFontsResponseSchema = {
	kind: "object",
	title: "BatchDeleteCustomFontsResponse",
	properties: {
		deleted: {
			kind: "array",
			items: () => customFontReferenceSchema
		},
		failed: {
			kind: "array",
			items: () => customFontDeleteFailureSchema
		}
	},
	required: ["deleted", "failed"]
};
/**
 * Checks that `value` is a {@link BatchDeleteCustomFontsResponse}.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateBatchDeleteCustomFontsResponse = /* @__PURE__ */ $.validator(isBatchDeleteCustomFontsResponse, batchDeleteCustomFontsResponseSchema, EXPLAIN_ARRAY_OBJECT_STRING);
/**
 * Whether `value` is a {@link CreateCustomFontRequest}; the fast check {@link validateCreateCustomFontRequest} runs before explaining a failure.
 */
export function isCreateCustomFontRequest(value) {
	return $.isPlainObject(value) && typeof value.fileName === "string" && typeof value.fileHash === "string" && typeof value.fontFamily === "string" && typeof value.weight === "number" && Number.isInteger(value.weight) && typeof value.italic === "boolean" && isCustomFontDisplay(value.fontDisplay) && (value.axes === undefined || isCreateCustomFontRequest_axes(value.axes));
}
function isCreateCustomFontRequest_axes(value) {
	return Array.isArray(value) && value.every(isCustomFontAxis);
}
/**
 * The CreateCustomFontRequest schema as data: what {@link validateCreateCustomFontRequest} walks to say why a value failed.
 */
export const createCustomFontRequestSchema = {
	kind: "object",
	title: "CreateCustomFontRequest",
	properties: {
		fileName: { kind: "string" },
		fileHash: { kind: "string" },
		fontFamily: { kind: "string" },
		weight: { kind: "integer" },
		italic: { kind: "boolean" },
		fontDisplay: () => customFontDisplaySchema,
		axes: {
			kind: "array",
			items: () => customFontAxisSchema
		}
	},
	required: [
		"fileName",
		"fileHash",
		"fontFamily",
		"weight",
		"italic",
		"fontDisplay"
	]
};
/**
 * Checks that `value` is a {@link CreateCustomFontRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateCustomFontRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateCustomFontRequest = /* @__PURE__ */ $.validator(isCreateCustomFontRequest, createCustomFontRequestSchema, EXPLAIN_ARRAY_ENUM_OBJECT);
/**
 * Whether `value` is a {@link CustomFont}; the fast check {@link validateCustomFont} runs before explaining a failure.
 */
export function isCustomFont(value) {
	return $.isPlainObject(value) && isObjectId(value.id) && typeof value.fontFamily === "string" && typeof value.format === "string" && typeof value.fileName === "string" && typeof value.weight === "number" && Number.isInteger(value.weight) && typeof value.italic === "boolean" && typeof value.fontDisplay === "string" && isCustomFont_axes(value.axes) && typeof value.hostedUrl === "string" && $.isUri(value.hostedUrl);
}
function isCustomFont_axes(value) {
	return Array.isArray(value) && value.every(isCustomFontAxis);
}
/**
 * The CustomFont schema as data: what {@link validateCustomFont} walks to say why a value failed.
 */
export const customFontSchema = {
	kind: "object",
	title: "CustomFont",
	properties: {
		id: () => objectIdSchema,
		fontFamily: { kind: "string" },
		format: { kind: "string" },
		fileName: { kind: "string" },
		weight: { kind: "integer" },
		italic: { kind: "boolean" },
		fontDisplay: { kind: "string" },
		axes: {
			kind: "array",
			items: () => customFontAxisSchema
		},
		hostedUrl: {
			kind: "string",
			format: "uri"
		}
	},
	required: [
		"id",
		"fontFamily",
		"format",
		"fileName",
		"weight",
		"italic",
		"fontDisplay",
		"axes",
		"hostedUrl"
	]
};
/**
 * Checks that `value` is a {@link CustomFont}.
 * @returns `{ ok: true, value }` typed as {@link CustomFont}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFont = /* @__PURE__ */ $.validator(isCustomFont, customFontSchema, EXPLAIN_ARRAY_OBJECT_STRING_URI);
/**
 * Whether `value` is a {@link CustomFontAxis}; the fast check {@link validateCustomFontAxis} runs before explaining a failure.
 */
export function isCustomFontAxis(value) {
	return $.isPlainObject(value) && typeof value.tag === "string" && (value.name === undefined || typeof value.name === "string") && typeof value.min === "number" && Number.isFinite(value.min) && typeof value.max === "number" && Number.isFinite(value.max) && typeof value.defaultValue === "number" && Number.isFinite(value.defaultValue);
}
/**
 * The CustomFontAxis schema as data: what {@link validateCustomFontAxis} walks to say why a value failed.
 */
export const customFontAxisSchema = {
	kind: "object",
	title: "CustomFontAxis",
	properties: {
		tag: { kind: "string" },
		name: { kind: "string" },
		min: { kind: "number" },
		max: { kind: "number" },
		defaultValue: { kind: "number" }
	},
	required: [
		"tag",
		"min",
		"max",
		"defaultValue"
	]
};
/**
 * Checks that `value` is a {@link CustomFontAxis}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontAxis}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontAxis = /* @__PURE__ */ $.validator(isCustomFontAxis, customFontAxisSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link CustomFontDeleteFailure}; the fast check {@link validateCustomFontDeleteFailure} runs before explaining a failure.
 */
export function isCustomFontDeleteFailure(value) {
	return $.isPlainObject(value) && isObjectId(value.id) && typeof value.name === "string" && typeof value.msg === "string";
}
/**
 * The CustomFontDeleteFailure schema as data: what {@link validateCustomFontDeleteFailure} walks to say why a value failed.
 */
export const customFontDeleteFailureSchema = {
	kind: "object",
	title: "CustomFontDeleteFailure",
	properties: {
		id: () => objectIdSchema,
		name: { kind: "string" },
		msg: { kind: "string" }
	},
	required: [
		"id",
		"name",
		"msg"
	]
};
/**
 * Checks that `value` is a {@link CustomFontDeleteFailure}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontDeleteFailure}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontDeleteFailure = /* @__PURE__ */ $.validator(isCustomFontDeleteFailure, customFontDeleteFailureSchema, EXPLAIN_OBJECT_STRING);
/**
 * Whether `value` is a {@link CustomFontDisplay}; the fast check {@link validateCustomFontDisplay} runs before explaining a failure.
 */
export function isCustomFontDisplay(value) {
	return typeof value === "string" && CUSTOM_FONT_DISPLAY_VALUES.has(value);
}
/**
 * The CustomFontDisplay schema as data: what {@link validateCustomFontDisplay} walks to say why a value failed.
 */
export const customFontDisplaySchema = {
	kind: "string",
	title: "CustomFontDisplay",
	enum: [
		"auto",
		"block",
		"swap",
		"fallback",
		"optional"
	]
};
/**
 * Checks that `value` is a {@link CustomFontDisplay}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontDisplay}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontDisplay = /* @__PURE__ */ $.validator(isCustomFontDisplay, customFontDisplaySchema, EXPLAIN_ENUM);
/**
 * Whether `value` is a {@link CustomFontList}; the fast check {@link validateCustomFontList} runs before explaining a failure.
 */
export function isCustomFontList(value) {
	return $.isPlainObject(value) && isCustomFontList_customFonts(value.customFonts) && isPagination(value.pagination);
}
function isCustomFontList_customFonts(value) {
	return Array.isArray(value) && value.every(isCustomFont);
}
/**
 * The CustomFontList schema as data: what {@link validateCustomFontList} walks to say why a value failed.
 */
export const customFontListSchema = {
	kind: "object",
	title: "CustomFontList",
	properties: {
		customFonts: {
			kind: "array",
			items: () => customFontSchema
		},
		pagination: () => paginationSchema
	},
	required: ["customFonts", "pagination"]
};
/**
 * Checks that `value` is a {@link CustomFontList}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontList = /* @__PURE__ */ $.validator(isCustomFontList, customFontListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_URI);
/**
 * Whether `value` is a {@link CustomFontReference}; the fast check {@link validateCustomFontReference} runs before explaining a failure.
 */
export function isCustomFontReference(value) {
	return $.isPlainObject(value) && isObjectId(value.id);
}
/**
 * The CustomFontReference schema as data: what {@link validateCustomFontReference} walks to say why a value failed.
 */
export const customFontReferenceSchema = {
	kind: "object",
	title: "CustomFontReference",
	properties: { id: () => objectIdSchema },
	required: ["id"]
};
/**
 * Checks that `value` is a {@link CustomFontReference}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontReference}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontReference = /* @__PURE__ */ $.validator(isCustomFontReference, customFontReferenceSchema, EXPLAIN_OBJECT_STRING);
/**
 * Whether `value` is a {@link CustomFontResponse}; the fast check {@link validateCustomFontResponse} runs before explaining a failure.
 */
export function isCustomFontResponse(value) {
	return $.isPlainObject(value) && isCustomFont(value.customFont);
}
/**
 * The CustomFontResponse schema as data: what {@link validateCustomFontResponse} walks to say why a value failed.
 */
export const customFontResponseSchema = {
	kind: "object",
	title: "CustomFontResponse",
	properties: { customFont: () => customFontSchema },
	required: ["customFont"]
};
/**
 * Checks that `value` is a {@link CustomFontResponse}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontResponse = /* @__PURE__ */ $.validator(isCustomFontResponse, customFontResponseSchema, EXPLAIN_ARRAY_OBJECT_STRING_URI);
/**
 * Whether `value` is a {@link CustomFontUpload}; the fast check {@link validateCustomFontUpload} runs before explaining a failure.
 */
export function isCustomFontUpload(value) {
	return $.isPlainObject(value) && typeof value.url === "string" && $.isUri(value.url) && isCustomFontUploadFields(value.fields) && isDateTime(value.expiresAt);
}
/**
 * The CustomFontUpload schema as data: what {@link validateCustomFontUpload} walks to say why a value failed.
 */
export const customFontUploadSchema = {
	kind: "object",
	title: "CustomFontUpload",
	properties: {
		url: {
			kind: "string",
			format: "uri"
		},
		fields: () => customFontUploadFieldsSchema,
		expiresAt: () => dateTimeSchema
	},
	required: [
		"url",
		"fields",
		"expiresAt"
	]
};
/**
 * Checks that `value` is a {@link CustomFontUpload}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontUpload = /* @__PURE__ */ $.validator(isCustomFontUpload, customFontUploadSchema, EXPLAIN_OBJECT_STRING_DATE_TIME_URI);
/**
 * Whether `value` is a {@link CustomFontUploadFields}; the fast check {@link validateCustomFontUploadFields} runs before explaining a failure.
 */
export function isCustomFontUploadFields(value) {
	return $.isPlainObject(value) && typeof value.bucket === "string" && typeof value.key === "string" && typeof value.Policy === "string" && typeof value["X-Amz-Algorithm"] === "string" && typeof value["X-Amz-Credential"] === "string" && typeof value["X-Amz-Date"] === "string" && typeof value["X-Amz-Signature"] === "string" && (value["X-Amz-Security-Token"] === undefined || typeof value["X-Amz-Security-Token"] === "string") && typeof value["Content-MD5"] === "string" && typeof value.acl === "string" && typeof value["Cache-Control"] === "string" && typeof value["Content-Type"] === "string" && typeof value.success_action_status === "string";
}
/**
 * The CustomFontUploadFields schema as data: what {@link validateCustomFontUploadFields} walks to say why a value failed.
 */
export const customFontUploadFieldsSchema = {
	kind: "object",
	title: "CustomFontUploadFields",
	properties: {
		bucket: { kind: "string" },
		key: { kind: "string" },
		Policy: { kind: "string" },
		"X-Amz-Algorithm": { kind: "string" },
		"X-Amz-Credential": { kind: "string" },
		"X-Amz-Date": { kind: "string" },
		"X-Amz-Signature": { kind: "string" },
		"X-Amz-Security-Token": { kind: "string" },
		"Content-MD5": { kind: "string" },
		acl: { kind: "string" },
		"Cache-Control": { kind: "string" },
		"Content-Type": { kind: "string" },
		success_action_status: { kind: "string" }
	},
	required: [
		"bucket",
		"key",
		"Policy",
		"X-Amz-Algorithm",
		"X-Amz-Credential",
		"X-Amz-Date",
		"X-Amz-Signature",
		"Content-MD5",
		"acl",
		"Cache-Control",
		"Content-Type",
		"success_action_status"
	]
};
/**
 * Checks that `value` is a {@link CustomFontUploadFields}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUploadFields}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontUploadFields = /* @__PURE__ */ $.validator(isCustomFontUploadFields, customFontUploadFieldsSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link CustomFontUploadResponse}; the fast check {@link validateCustomFontUploadResponse} runs before explaining a failure.
 */
export function isCustomFontUploadResponse(value) {
	return $.isPlainObject(value) && isCustomFont(value.customFont) && isCustomFontUpload(value.upload);
}
/**
 * The CustomFontUploadResponse schema as data: what {@link validateCustomFontUploadResponse} walks to say why a value failed.
 */
export const customFontUploadResponseSchema = {
	kind: "object",
	title: "CustomFontUploadResponse",
	properties: {
		customFont: () => customFontSchema,
		upload: () => customFontUploadSchema
	},
	required: ["customFont", "upload"]
};
/**
 * Checks that `value` is a {@link CustomFontUploadResponse}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUploadResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomFontUploadResponse = /* @__PURE__ */ $.validator(isCustomFontUploadResponse, customFontUploadResponseSchema, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI);
/**
 * Whether `value` is a {@link ReplaceCustomFontFileRequest}; the fast check {@link validateReplaceCustomFontFileRequest} runs before explaining a failure.
 */
export function isReplaceCustomFontFileRequest(value) {
	return $.isPlainObject(value) && typeof value.fileName === "string" && typeof value.fileHash === "string" && (value.axes === undefined || isReplaceCustomFontFileRequest_axes(value.axes));
}
function isReplaceCustomFontFileRequest_axes(value) {
	return Array.isArray(value) && value.every(isCustomFontAxis);
}
/**
 * The ReplaceCustomFontFileRequest schema as data: what {@link validateReplaceCustomFontFileRequest} walks to say why a value failed.
 */
export const replaceCustomFontFileRequestSchema = {
	kind: "object",
	title: "ReplaceCustomFontFileRequest",
	properties: {
		fileName: { kind: "string" },
		fileHash: { kind: "string" },
		axes: {
			kind: "array",
			items: () => customFontAxisSchema
		}
	},
	required: ["fileName", "fileHash"]
};
/**
 * Checks that `value` is a {@link ReplaceCustomFontFileRequest}.
 * @returns `{ ok: true, value }` typed as {@link ReplaceCustomFontFileRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateReplaceCustomFontFileRequest = /* @__PURE__ */ $.validator(isReplaceCustomFontFileRequest, replaceCustomFontFileRequestSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link UpdateCustomFontRequest}; the fast check {@link validateUpdateCustomFontRequest} runs before explaining a failure.
 */
export function isUpdateCustomFontRequest(value) {
	return $.isPlainObject(value) && (value.fontFamily === undefined || typeof value.fontFamily === "string") && (value.weight === undefined || typeof value.weight === "number" && Number.isInteger(value.weight)) && (value.italic === undefined || typeof value.italic === "boolean") && (value.fontDisplay === undefined || isCustomFontDisplay(value.fontDisplay));
}
/**
 * The UpdateCustomFontRequest schema as data: what {@link validateUpdateCustomFontRequest} walks to say why a value failed.
 */
export const updateCustomFontRequestSchema = {
	kind: "object",
	title: "UpdateCustomFontRequest",
	properties: {
		fontFamily: { kind: "string" },
		weight: { kind: "integer" },
		italic: { kind: "boolean" },
		fontDisplay: () => customFontDisplaySchema
	}
};
/**
 * Checks that `value` is a {@link UpdateCustomFontRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateCustomFontRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateCustomFontRequest = /* @__PURE__ */ $.validator(isUpdateCustomFontRequest, updateCustomFontRequestSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Checks the 200 response body of `client.customFonts.batchDelete`.
 */
export const validateBatchDeleteCustomFontsResult = validateBatchDeleteCustomFontsResponse;
/**
 * Checks a request body of `client.customFonts.batchDelete`; the client runs it before sending.
 */
export const validateBatchDeleteCustomFontsBody = validateBatchDeleteCustomFontsRequest;
/**
 * Batch Delete Custom Fonts: {@link CustomFontsApi.batchDelete | client.customFonts.batchDelete} as a function of the core, so that a program importing only it bundles only it.
 */
export function batchDeleteCustomFonts(core, params, options) {
	return core.request({
		operationId: "batchDeleteCustomFonts",
		method: "POST",
		path: "/sites/{site_id}/custom_fonts/batchDelete",
		pathParams: { site_id: params.site_id },
		body: params.body,
		validateBody: validateBatchDeleteCustomFontsBody,
		responseKind: "json",
		validate: validateBatchDeleteCustomFontsResult
	}, options);
}
/**
 * Checks the 202 response body of `client.customFonts.create`.
 */
export const validateCreateCustomFontResult = validateCustomFontUploadResponse;
/**
 * Checks a request body of `client.customFonts.create`; the client runs it before sending.
 */
export const validateCreateCustomFontBody = validateCreateCustomFontRequest;
/**
 * Create Custom Font: {@link CustomFontsApi.create | client.customFonts.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createCustomFont(core, params, options) {
	return core.request({
		operationId: "createCustomFont",
		method: "POST",
		path: "/sites/{site_id}/custom_fonts",
		pathParams: { site_id: params.site_id },
		body: params.body,
		validateBody: validateCreateCustomFontBody,
		responseKind: "json",
		validate: validateCreateCustomFontResult
	}, options);
}
/**
 * Delete Custom Font: {@link CustomFontsApi.remove | client.customFonts.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteCustomFont(core, params, options) {
	return core.request({
		operationId: "deleteCustomFont",
		method: "DELETE",
		path: "/sites/{site_id}/custom_fonts/{font_id}",
		pathParams: {
			site_id: params.site_id,
			font_id: params.font_id
		},
		responseKind: "empty"
	}, options);
}
/**
 * Checks the 200 response body of `client.customFonts.get`.
 */
export const validateGetCustomFontResult = validateCustomFontResponse;
/**
 * Get Custom Font: {@link CustomFontsApi.get | client.customFonts.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getCustomFont(core, params, options) {
	return core.request({
		operationId: "getCustomFont",
		method: "GET",
		path: "/sites/{site_id}/custom_fonts/{font_id}",
		pathParams: {
			site_id: params.site_id,
			font_id: params.font_id
		},
		responseKind: "json",
		validate: validateGetCustomFontResult
	}, options);
}
/**
 * Checks the 200 response body of `client.customFonts.list`.
 */
export const validateListCustomFontsResult = validateCustomFontList;
/**
 * List Custom Fonts: {@link CustomFontsApi.list | client.customFonts.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCustomFonts(core, params, options) {
	return core.request({
		operationId: "listCustomFonts",
		method: "GET",
		path: "/sites/{site_id}/custom_fonts",
		pathParams: { site_id: params.site_id },
		query: {
			offset: params.offset,
			limit: params.limit
		},
		responseKind: "json",
		validate: validateListCustomFontsResult
	}, options);
}
/**
 * Checks the 202 response body of `client.customFonts.replaceFile`.
 */
export const validateReplaceCustomFontFileResult = validateCustomFontUploadResponse;
/**
 * Checks a request body of `client.customFonts.replaceFile`; the client runs it before sending.
 */
export const validateReplaceCustomFontFileBody = validateReplaceCustomFontFileRequest;
/**
 * Replace Custom Font File: {@link CustomFontsApi.replaceFile | client.customFonts.replaceFile} as a function of the core, so that a program importing only it bundles only it.
 */
export function replaceCustomFontFile(core, params, options) {
	return core.request({
		operationId: "replaceCustomFontFile",
		method: "PUT",
		path: "/sites/{site_id}/custom_fonts/{font_id}/file",
		pathParams: {
			site_id: params.site_id,
			font_id: params.font_id
		},
		body: params.body,
		validateBody: validateReplaceCustomFontFileBody,
		responseKind: "json",
		validate: validateReplaceCustomFontFileResult
	}, options);
}
/**
 * Checks the 200 response body of `client.customFonts.update`.
 */
export const validateUpdateCustomFontResult = validateCustomFontResponse;
/**
 * Checks a request body of `client.customFonts.update`; the client runs it before sending.
 */
export const validateUpdateCustomFontBody = validateUpdateCustomFontRequest;
/**
 * Update Custom Font: {@link CustomFontsApi.update | client.customFonts.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateCustomFont(core, params, options) {
	return core.request({
		operationId: "updateCustomFont",
		method: "PATCH",
		path: "/sites/{site_id}/custom_fonts/{font_id}",
		pathParams: {
			site_id: params.site_id,
			font_id: params.font_id
		},
		body: params.body,
		validateBody: validateUpdateCustomFontBody,
		responseKind: "json",
		validate: validateUpdateCustomFontResult
	}, options);
}
/**
 * Custom Fonts operations: List, read, upload, update, replace and delete the custom fonts of a site.
 *
 * Reached as `client.customFonts`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class CustomFontsApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
	/**
	 * Batch Delete Custom Fonts
	 *
	 * Delete several custom fonts of a site in one request. The response lists the fonts that were deleted and those that could not be, with the reason; a font that could not be deleted does not fail the request.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * POST `/sites/{site_id}/custom_fonts/batchDelete` (operationId `batchDeleteCustomFonts`).
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
	batchDelete(params, options) {
		return batchDeleteCustomFonts(this.#core, params, options);
	}
	/**
	 * Create Custom Font
	 *
	 * Create a custom font on a site. Send the font's settings and the name and MD5 hash of its file; the API answers 202 Accepted with the font's record and an S3 upload target. Finish by POSTing the file as `multipart/form-data` to `upload.url` with every `upload.fields` entry as a form field, before `upload.expiresAt`.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * POST `/sites/{site_id}/custom_fonts` (operationId `createCustomFont`).
	 * @param params - site_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 202 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
	 * @throws {@link ConflictError} 409
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	create(params, options) {
		return createCustomFont(this.#core, params, options);
	}
	/**
	 * Delete Custom Font
	 *
	 * Delete a custom font of a site.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * DELETE `/sites/{site_id}/custom_fonts/{font_id}` (operationId `deleteCustomFont`).
	 * @param params - site_id, font_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	remove(params, options) {
		return deleteCustomFont(this.#core, params, options);
	}
	/**
	 * Get Custom Font
	 *
	 * Get a custom font of a site.
	 *
	 * Required scopes: `sites:read`.
	 *
	 * GET `/sites/{site_id}/custom_fonts/{font_id}` (operationId `getCustomFont`).
	 * @param params - site_id, font_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	get(params, options) {
		return getCustomFont(this.#core, params, options);
	}
	/**
	 * List Custom Fonts
	 *
	 * List the custom fonts of a site, one page at a time (`offset` and `limit`, at most 100 per page).
	 *
	 * Required scopes: `sites:read`.
	 *
	 * GET `/sites/{site_id}/custom_fonts` (operationId `listCustomFonts`).
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
	list(params, options) {
		return listCustomFonts(this.#core, params, options);
	}
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.customFonts.iterate(params)) console.log(item);
	 */
	iterate(params, options) {
		return $.paginate(async (offset) => {
			const page = await listCustomFonts(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.customFonts,
				pagination: page.pagination
			};
		}, params.offset ?? 0);
	}
	/**
	 * Replace Custom Font File
	 *
	 * Replace the file of a custom font, keeping its ID and settings. Send the name and MD5 hash of the new file; the API answers 202 Accepted with an S3 upload target to POST the new file to, as for createCustomFont.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * PUT `/sites/{site_id}/custom_fonts/{font_id}/file` (operationId `replaceCustomFontFile`).
	 * @param params - site_id, font_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 202 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	replaceFile(params, options) {
		return replaceCustomFontFile(this.#core, params, options);
	}
	/**
	 * Update Custom Font
	 *
	 * Update the settings of a custom font (family name, weight, style, display strategy); only the fields sent are changed. To change the font file, use replaceCustomFontFile.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * PATCH `/sites/{site_id}/custom_fonts/{font_id}` (operationId `updateCustomFont`).
	 * @param params - site_id, font_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no custom font with this `font_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	update(params, options) {
		return updateCustomFont(this.#core, params, options);
	}
}
