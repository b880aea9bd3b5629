import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Body of DELETE /sites/{site_id}/well_known, naming the files to delete.
 */
export type DeleteWellKnownFilesRequest = components["schemas"]["DeleteWellKnownFilesRequest"];
/**
 * Whether `value` is a {@link DeleteWellKnownFilesRequest}; the fast check {@link validateDeleteWellKnownFilesRequest} runs before explaining a failure.
 */
export declare function isDeleteWellKnownFilesRequest(value: unknown): value is DeleteWellKnownFilesRequest;
/**
 * The DeleteWellKnownFilesRequest schema as data: what {@link validateDeleteWellKnownFilesRequest} walks to say why a value failed.
 */
export declare const deleteWellKnownFilesRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link DeleteWellKnownFilesRequest}.
 * @returns `{ ok: true, value }` typed as {@link DeleteWellKnownFilesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateDeleteWellKnownFilesRequest: Validator<DeleteWellKnownFilesRequest>;
/**
 * Body of PUT /sites/{site_id}/well_known: a file to serve at `/.well-known/<fileName>` on the site's domains.
 */
export type SetWellKnownFileRequest = components["schemas"]["SetWellKnownFileRequest"];
/**
 * Whether `value` is a {@link SetWellKnownFileRequest}; the fast check {@link validateSetWellKnownFileRequest} runs before explaining a failure.
 */
export declare function isSetWellKnownFileRequest(value: unknown): value is SetWellKnownFileRequest;
/**
 * The SetWellKnownFileRequest schema as data: what {@link validateSetWellKnownFileRequest} walks to say why a value failed.
 */
export declare const setWellKnownFileRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SetWellKnownFileRequest}.
 * @returns `{ ok: true, value }` typed as {@link SetWellKnownFileRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSetWellKnownFileRequest: Validator<SetWellKnownFileRequest>;
/**
 * Parameters of `client.wellKnown.remove`.
 */
export interface DeleteWellKnownFilesParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["deleteWellKnownFiles"]["parameters"]["path"]>["site_id"];
	/**
	 * The files to delete.
	 */
	body: DeleteWellKnownFilesBody;
}
/**
 * Request body of `client.wellKnown.remove`.
 *
 * The files to delete.
 */
export type DeleteWellKnownFilesBody = NonNullable<operations["deleteWellKnownFiles"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.wellKnown.remove` resolves to: the 204 response. The files were deleted. No content.
 */
export type DeleteWellKnownFilesResult = void;
/**
 * Checks a request body of `client.wellKnown.remove`; the client runs it before sending.
 */
export declare const validateDeleteWellKnownFilesBody: Validator<DeleteWellKnownFilesBody>;
/**
 * Delete a well-known file: {@link WellKnownApi.remove | client.wellKnown.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function deleteWellKnownFiles(core: HttpCore, params: DeleteWellKnownFilesParams, options?: RequestOptions): ApiPromise<DeleteWellKnownFilesResult>;
/**
 * Parameters of `client.wellKnown.set`.
 */
export interface SetWellKnownFileParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["setWellKnownFile"]["parameters"]["path"]>["site_id"];
	/**
	 * The file to serve.
	 */
	body: SetWellKnownFileBody;
}
/**
 * Request body of `client.wellKnown.set`.
 *
 * The file to serve.
 */
export type SetWellKnownFileBody = NonNullable<operations["setWellKnownFile"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.wellKnown.set` resolves to: the 201 response. The file was set. No content.
 */
export type SetWellKnownFileResult = void;
/**
 * Checks a request body of `client.wellKnown.set`; the client runs it before sending.
 */
export declare const validateSetWellKnownFileBody: Validator<SetWellKnownFileBody>;
/**
 * Set a well-known file: {@link WellKnownApi.set | client.wellKnown.set} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function setWellKnownFile(core: HttpCore, params: SetWellKnownFileParams, options?: RequestOptions): ApiPromise<SetWellKnownFileResult>;
/**
 * Well-Known operations: Set and delete the files a site serves under `/.well-known/`.
 *
 * Reached as `client.wellKnown`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class WellKnownApi {
	#private;
	constructor(core: HttpCore);
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
	remove(params: DeleteWellKnownFilesParams, options?: RequestOptions): ApiPromise<DeleteWellKnownFilesResult>;
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
	set(params: SetWellKnownFileParams, options?: RequestOptions): ApiPromise<SetWellKnownFileResult>;
}
