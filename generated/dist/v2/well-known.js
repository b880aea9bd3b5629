/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_OBJECT, EXPLAIN_ENUM_OBJECT } from "./explainers.js";
/**
 * Whether `value` is a {@link DeleteWellKnownFilesRequest}; the fast check {@link validateDeleteWellKnownFilesRequest} runs before explaining a failure.
 */
export function isDeleteWellKnownFilesRequest(value) {
	return $.isPlainObject(value) && (value.fileNames === undefined || isDeleteWellKnownFilesRequest_fileNames(value.fileNames));
}
function isDeleteWellKnownFilesRequest_fileNames_item(value) {
	return typeof value === "string";
}
function isDeleteWellKnownFilesRequest_fileNames(value) {
	return Array.isArray(value) && value.every(isDeleteWellKnownFilesRequest_fileNames_item);
}
/**
 * The DeleteWellKnownFilesRequest schema as data: what {@link validateDeleteWellKnownFilesRequest} walks to say why a value failed.
 */
export const deleteWellKnownFilesRequestSchema = {
	kind: "object",
	title: "DeleteWellKnownFilesRequest",
	properties: { fileNames: {
		kind: "array",
		items: { kind: "string" }
	} }
};
/**
 * Checks that `value` is a {@link DeleteWellKnownFilesRequest}.
 * @returns `{ ok: true, value }` typed as {@link DeleteWellKnownFilesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateDeleteWellKnownFilesRequest = /* @__PURE__ */ $.validator(isDeleteWellKnownFilesRequest, deleteWellKnownFilesRequestSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link SetWellKnownFileRequest}; the fast check {@link validateSetWellKnownFileRequest} runs before explaining a failure.
 */
export function isSetWellKnownFileRequest(value) {
	return $.isPlainObject(value) && typeof value.fileName === "string" && typeof value.fileData === "string" && (value.contentType === undefined || typeof value.contentType === "string" && (value.contentType === "application/json" || value.contentType === "text/plain"));
}
/**
 * The SetWellKnownFileRequest schema as data: what {@link validateSetWellKnownFileRequest} walks to say why a value failed.
 */
export const setWellKnownFileRequestSchema = {
	kind: "object",
	title: "SetWellKnownFileRequest",
	properties: {
		fileName: { kind: "string" },
		fileData: { kind: "string" },
		contentType: {
			kind: "string",
			enum: ["application/json", "text/plain"]
		}
	},
	required: ["fileName", "fileData"]
};
/**
 * Checks that `value` is a {@link SetWellKnownFileRequest}.
 * @returns `{ ok: true, value }` typed as {@link SetWellKnownFileRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSetWellKnownFileRequest = /* @__PURE__ */ $.validator(isSetWellKnownFileRequest, setWellKnownFileRequestSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Checks a request body of `client.wellKnown.remove`; the client runs it before sending.
 */
export const validateDeleteWellKnownFilesBody = validateDeleteWellKnownFilesRequest;
/**
 * Delete a well-known file: {@link WellKnownApi.remove | client.wellKnown.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteWellKnownFiles(core, params, options) {
	return core.request({
		operationId: "deleteWellKnownFiles",
		method: "DELETE",
		path: "/sites/{site_id}/well_known",
		pathParams: { site_id: params.site_id },
		body: params.body,
		validateBody: validateDeleteWellKnownFilesBody,
		responseKind: "empty"
	}, options);
}
/**
 * Checks a request body of `client.wellKnown.set`; the client runs it before sending.
 */
export const validateSetWellKnownFileBody = validateSetWellKnownFileRequest;
/**
 * Set a well-known file: {@link WellKnownApi.set | client.wellKnown.set} as a function of the core, so that a program importing only it bundles only it.
 */
export function setWellKnownFile(core, params, options) {
	return core.request({
		operationId: "setWellKnownFile",
		method: "PUT",
		path: "/sites/{site_id}/well_known",
		pathParams: { site_id: params.site_id },
		body: params.body,
		validateBody: validateSetWellKnownFileBody,
		responseKind: "empty"
	}, options);
}
/**
 * Well-Known operations: Set and delete the files a site serves under `/.well-known/`.
 *
 * Reached as `client.wellKnown`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class WellKnownApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
	/**
	 * Delete a well-known file
	 *
	 * Delete files served under `/.well-known/` on a site, named in the body. Answers 204 with no body.
	 *
	 * Required scopes: `site_config:write`.
	 *
	 * DELETE `/sites/{site_id}/well_known` (operationId `deleteWellKnownFiles`).
	 * @param params - site_id, body
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
	remove(params, options) {
		return deleteWellKnownFiles(this.#core, params, options);
	}
	/**
	 * Set a well-known file
	 *
	 * Create or replace a file served at `/.well-known/<fileName>` on the site's domains (for example `apple-app-site-association` or `security.txt`). Answers 201 with no body.
	 *
	 * Required scopes: `site_config:write`.
	 *
	 * PUT `/sites/{site_id}/well_known` (operationId `setWellKnownFile`).
	 * @param params - site_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns Nothing: the API answers 201 with no body; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	set(params, options) {
		return setWellKnownFile(this.#core, params, options);
	}
}
