import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Body of POST /sites/{site_id}/custom_fonts/batchDelete, the fonts to delete.
 */
export type BatchDeleteCustomFontsRequest = components["schemas"]["BatchDeleteCustomFontsRequest"];
/**
 * Whether `value` is a {@link BatchDeleteCustomFontsRequest}; the fast check {@link validateBatchDeleteCustomFontsRequest} runs before explaining a failure.
 */
export declare function isBatchDeleteCustomFontsRequest(value: unknown): value is BatchDeleteCustomFontsRequest;
/**
 * The BatchDeleteCustomFontsRequest schema as data: what {@link validateBatchDeleteCustomFontsRequest} walks to say why a value failed.
 */
export declare const batchDeleteCustomFontsRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link BatchDeleteCustomFontsRequest}.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateBatchDeleteCustomFontsRequest: Validator<BatchDeleteCustomFontsRequest>;
/**
 * Response of POST /sites/{site_id}/custom_fonts/batchDelete: which fonts were deleted and which could not be.
 */
export type BatchDeleteCustomFontsResponse = components["schemas"]["BatchDeleteCustomFontsResponse"];
/**
 * Whether `value` is a {@link BatchDeleteCustomFontsResponse}; the fast check {@link validateBatchDeleteCustomFontsResponse} runs before explaining a failure.
 */
export declare function isBatchDeleteCustomFontsResponse(value: unknown): value is BatchDeleteCustomFontsResponse;
/**
 * The BatchDeleteCustomFontsResponse schema as data: what {@link validateBatchDeleteCustomFontsResponse} walks to say why a value failed.
 */
export declare const batchDeleteCustomFontsResponseSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link BatchDeleteCustomFontsResponse}.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateBatchDeleteCustomFontsResponse: Validator<BatchDeleteCustomFontsResponse>;
/**
 * Body of POST /sites/{site_id}/custom_fonts: the font's settings and the metadata of its file. The file itself is then uploaded to the target the response gives.
 */
export type CreateCustomFontRequest = components["schemas"]["CreateCustomFontRequest"];
/**
 * Whether `value` is a {@link CreateCustomFontRequest}; the fast check {@link validateCreateCustomFontRequest} runs before explaining a failure.
 */
export declare function isCreateCustomFontRequest(value: unknown): value is CreateCustomFontRequest;
/**
 * The CreateCustomFontRequest schema as data: what {@link validateCreateCustomFontRequest} walks to say why a value failed.
 */
export declare const createCustomFontRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateCustomFontRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateCustomFontRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateCustomFontRequest: Validator<CreateCustomFontRequest>;
/**
 * A custom font uploaded to a site.
 */
export type CustomFont = components["schemas"]["CustomFont"];
/**
 * Whether `value` is a {@link CustomFont}; the fast check {@link validateCustomFont} runs before explaining a failure.
 */
export declare function isCustomFont(value: unknown): value is CustomFont;
/**
 * The CustomFont schema as data: what {@link validateCustomFont} walks to say why a value failed.
 */
export declare const customFontSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFont}.
 * @returns `{ ok: true, value }` typed as {@link CustomFont}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFont: Validator<CustomFont>;
/**
 * A variation axis of a variable font (for example `wght`, weight).
 */
export type CustomFontAxis = components["schemas"]["CustomFontAxis"];
/**
 * Whether `value` is a {@link CustomFontAxis}; the fast check {@link validateCustomFontAxis} runs before explaining a failure.
 */
export declare function isCustomFontAxis(value: unknown): value is CustomFontAxis;
/**
 * The CustomFontAxis schema as data: what {@link validateCustomFontAxis} walks to say why a value failed.
 */
export declare const customFontAxisSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontAxis}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontAxis}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontAxis: Validator<CustomFontAxis>;
/**
 * A custom font a batch delete could not delete, and why.
 */
export type CustomFontDeleteFailure = components["schemas"]["CustomFontDeleteFailure"];
/**
 * Whether `value` is a {@link CustomFontDeleteFailure}; the fast check {@link validateCustomFontDeleteFailure} runs before explaining a failure.
 */
export declare function isCustomFontDeleteFailure(value: unknown): value is CustomFontDeleteFailure;
/**
 * The CustomFontDeleteFailure schema as data: what {@link validateCustomFontDeleteFailure} walks to say why a value failed.
 */
export declare const customFontDeleteFailureSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontDeleteFailure}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontDeleteFailure}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontDeleteFailure: Validator<CustomFontDeleteFailure>;
/**
 * How the browser displays text while a custom font loads (CSS `font-display`): `auto`, `block`, `swap`, `fallback` or `optional`.
 */
export type CustomFontDisplay = components["schemas"]["CustomFontDisplay"];
/**
 * Whether `value` is a {@link CustomFontDisplay}; the fast check {@link validateCustomFontDisplay} runs before explaining a failure.
 */
export declare function isCustomFontDisplay(value: unknown): value is CustomFontDisplay;
/**
 * The CustomFontDisplay schema as data: what {@link validateCustomFontDisplay} walks to say why a value failed.
 */
export declare const customFontDisplaySchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontDisplay}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontDisplay}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontDisplay: Validator<CustomFontDisplay>;
/**
 * Response of GET /sites/{site_id}/custom_fonts, one page of custom fonts.
 */
export type CustomFontList = components["schemas"]["CustomFontList"];
/**
 * Whether `value` is a {@link CustomFontList}; the fast check {@link validateCustomFontList} runs before explaining a failure.
 */
export declare function isCustomFontList(value: unknown): value is CustomFontList;
/**
 * The CustomFontList schema as data: what {@link validateCustomFontList} walks to say why a value failed.
 */
export declare const customFontListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontList}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontList: Validator<CustomFontList>;
/**
 * A custom font named by its ID.
 */
export type CustomFontReference = components["schemas"]["CustomFontReference"];
/**
 * Whether `value` is a {@link CustomFontReference}; the fast check {@link validateCustomFontReference} runs before explaining a failure.
 */
export declare function isCustomFontReference(value: unknown): value is CustomFontReference;
/**
 * The CustomFontReference schema as data: what {@link validateCustomFontReference} walks to say why a value failed.
 */
export declare const customFontReferenceSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontReference}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontReference}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontReference: Validator<CustomFontReference>;
/**
 * A custom font, wrapped (response of the get and update custom font endpoints).
 */
export type CustomFontResponse = components["schemas"]["CustomFontResponse"];
/**
 * Whether `value` is a {@link CustomFontResponse}; the fast check {@link validateCustomFontResponse} runs before explaining a failure.
 */
export declare function isCustomFontResponse(value: unknown): value is CustomFontResponse;
/**
 * The CustomFontResponse schema as data: what {@link validateCustomFontResponse} walks to say why a value failed.
 */
export declare const customFontResponseSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontResponse}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontResponse: Validator<CustomFontResponse>;
/**
 * An S3 upload target for a font file (a pre-signed form POST).
 */
export type CustomFontUpload = components["schemas"]["CustomFontUpload"];
/**
 * Whether `value` is a {@link CustomFontUpload}; the fast check {@link validateCustomFontUpload} runs before explaining a failure.
 */
export declare function isCustomFontUpload(value: unknown): value is CustomFontUpload;
/**
 * The CustomFontUpload schema as data: what {@link validateCustomFontUpload} walks to say why a value failed.
 */
export declare const customFontUploadSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontUpload}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontUpload: Validator<CustomFontUpload>;
/**
 * The S3 form fields of a font upload, to send unchanged with the file. The field names are S3's; X-Amz-Security-Token is only sent with temporary credentials.
 */
export type CustomFontUploadFields = components["schemas"]["CustomFontUploadFields"];
/**
 * Whether `value` is a {@link CustomFontUploadFields}; the fast check {@link validateCustomFontUploadFields} runs before explaining a failure.
 */
export declare function isCustomFontUploadFields(value: unknown): value is CustomFontUploadFields;
/**
 * The CustomFontUploadFields schema as data: what {@link validateCustomFontUploadFields} walks to say why a value failed.
 */
export declare const customFontUploadFieldsSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontUploadFields}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUploadFields}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontUploadFields: Validator<CustomFontUploadFields>;
/**
 * Response (202 Accepted) of the create custom font and replace custom font file endpoints: the font's record and where to upload its file. POST the file as `multipart/form-data` to `upload.url` with every `upload.fields` entry as a form field before `upload.expiresAt`.
 */
export type CustomFontUploadResponse = components["schemas"]["CustomFontUploadResponse"];
/**
 * Whether `value` is a {@link CustomFontUploadResponse}; the fast check {@link validateCustomFontUploadResponse} runs before explaining a failure.
 */
export declare function isCustomFontUploadResponse(value: unknown): value is CustomFontUploadResponse;
/**
 * The CustomFontUploadResponse schema as data: what {@link validateCustomFontUploadResponse} walks to say why a value failed.
 */
export declare const customFontUploadResponseSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomFontUploadResponse}.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUploadResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomFontUploadResponse: Validator<CustomFontUploadResponse>;
/**
 * Body of PUT /sites/{site_id}/custom_fonts/{font_id}/file: the metadata of the new font file. The file itself is then uploaded to the target the response gives.
 */
export type ReplaceCustomFontFileRequest = components["schemas"]["ReplaceCustomFontFileRequest"];
/**
 * Whether `value` is a {@link ReplaceCustomFontFileRequest}; the fast check {@link validateReplaceCustomFontFileRequest} runs before explaining a failure.
 */
export declare function isReplaceCustomFontFileRequest(value: unknown): value is ReplaceCustomFontFileRequest;
/**
 * The ReplaceCustomFontFileRequest schema as data: what {@link validateReplaceCustomFontFileRequest} walks to say why a value failed.
 */
export declare const replaceCustomFontFileRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ReplaceCustomFontFileRequest}.
 * @returns `{ ok: true, value }` typed as {@link ReplaceCustomFontFileRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateReplaceCustomFontFileRequest: Validator<ReplaceCustomFontFileRequest>;
/**
 * Body of PATCH /sites/{site_id}/custom_fonts/{font_id}. Only the fields sent are changed.
 */
export type UpdateCustomFontRequest = components["schemas"]["UpdateCustomFontRequest"];
/**
 * Whether `value` is a {@link UpdateCustomFontRequest}; the fast check {@link validateUpdateCustomFontRequest} runs before explaining a failure.
 */
export declare function isUpdateCustomFontRequest(value: unknown): value is UpdateCustomFontRequest;
/**
 * The UpdateCustomFontRequest schema as data: what {@link validateUpdateCustomFontRequest} walks to say why a value failed.
 */
export declare const updateCustomFontRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateCustomFontRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateCustomFontRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateCustomFontRequest: Validator<UpdateCustomFontRequest>;
/**
 * Parameters of `client.customFonts.batchDelete`.
 */
export interface BatchDeleteCustomFontsParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["batchDeleteCustomFonts"]["parameters"]["path"]>["site_id"];
	/**
	 * The custom fonts to delete.
	 */
	body: BatchDeleteCustomFontsBody;
}
/**
 * Request body of `client.customFonts.batchDelete`.
 *
 * The custom fonts to delete.
 */
export type BatchDeleteCustomFontsBody = NonNullable<operations["batchDeleteCustomFonts"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customFonts.batchDelete` resolves to: the 200 response. Which fonts were deleted and which could not be.
 */
export type BatchDeleteCustomFontsResult = operations["batchDeleteCustomFonts"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.customFonts.batchDelete`.
 */
export declare const validateBatchDeleteCustomFontsResult: Validator<BatchDeleteCustomFontsResult>;
/**
 * Checks a request body of `client.customFonts.batchDelete`; the client runs it before sending.
 */
export declare const validateBatchDeleteCustomFontsBody: Validator<BatchDeleteCustomFontsBody>;
/**
 * Batch Delete Custom Fonts: {@link CustomFontsApi.batchDelete | client.customFonts.batchDelete} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function batchDeleteCustomFonts(core: HttpCore, params: BatchDeleteCustomFontsParams, options?: RequestOptions): ApiPromise<BatchDeleteCustomFontsResult>;
/**
 * Parameters of `client.customFonts.create`.
 */
export interface CreateCustomFontParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["createCustomFont"]["parameters"]["path"]>["site_id"];
	/**
	 * The font's settings and the metadata of its file.
	 */
	body: CreateCustomFontBody;
}
/**
 * Request body of `client.customFonts.create`.
 *
 * The font's settings and the metadata of its file.
 */
export type CreateCustomFontBody = NonNullable<operations["createCustomFont"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customFonts.create` resolves to: the 202 response. The font was created; its file is to be uploaded to `upload`.
 */
export type CreateCustomFontResult = operations["createCustomFont"]["responses"][202]["content"]["application/json"];
/**
 * Checks the 202 response body of `client.customFonts.create`.
 */
export declare const validateCreateCustomFontResult: Validator<CreateCustomFontResult>;
/**
 * Checks a request body of `client.customFonts.create`; the client runs it before sending.
 */
export declare const validateCreateCustomFontBody: Validator<CreateCustomFontBody>;
/**
 * Create Custom Font: {@link CustomFontsApi.create | client.customFonts.create} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function createCustomFont(core: HttpCore, params: CreateCustomFontParams, options?: RequestOptions): ApiPromise<CreateCustomFontResult>;
/**
 * Parameters of `client.customFonts.remove`.
 */
export interface DeleteCustomFontParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["deleteCustomFont"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a custom font.
	 *
	 * Sent in the path.
	 */
	font_id: NonNullable<operations["deleteCustomFont"]["parameters"]["path"]>["font_id"];
}
/**
 * What `client.customFonts.remove` resolves to: the 204 response. The custom font was deleted. No body.
 */
export type DeleteCustomFontResult = void;
/**
 * Delete Custom Font: {@link CustomFontsApi.remove | client.customFonts.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function deleteCustomFont(core: HttpCore, params: DeleteCustomFontParams, options?: RequestOptions): ApiPromise<DeleteCustomFontResult>;
/**
 * Parameters of `client.customFonts.get`.
 */
export interface GetCustomFontParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getCustomFont"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a custom font.
	 *
	 * Sent in the path.
	 */
	font_id: NonNullable<operations["getCustomFont"]["parameters"]["path"]>["font_id"];
}
/**
 * What `client.customFonts.get` resolves to: the 200 response. The custom font.
 */
export type GetCustomFontResult = operations["getCustomFont"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.customFonts.get`.
 */
export declare const validateGetCustomFontResult: Validator<GetCustomFontResult>;
/**
 * Get Custom Font: {@link CustomFontsApi.get | client.customFonts.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getCustomFont(core: HttpCore, params: GetCustomFontParams, options?: RequestOptions): ApiPromise<GetCustomFontResult>;
/**
 * Parameters of `client.customFonts.list`.
 */
export interface ListCustomFontsParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["listCustomFonts"]["parameters"]["path"]>["site_id"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listCustomFonts"]["parameters"]["query"]>["offset"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listCustomFonts"]["parameters"]["query"]>["limit"];
}
/**
 * What `client.customFonts.list` resolves to: the 200 response. One page of custom fonts.
 */
export type ListCustomFontsResult = operations["listCustomFonts"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.customFonts.list`.
 */
export declare const validateListCustomFontsResult: Validator<ListCustomFontsResult>;
/**
 * List Custom Fonts: {@link CustomFontsApi.list | client.customFonts.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listCustomFonts(core: HttpCore, params: ListCustomFontsParams, options?: RequestOptions): ApiPromise<ListCustomFontsResult>;
/**
 * Parameters of `client.customFonts.replaceFile`.
 */
export interface ReplaceCustomFontFileParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["replaceCustomFontFile"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a custom font.
	 *
	 * Sent in the path.
	 */
	font_id: NonNullable<operations["replaceCustomFontFile"]["parameters"]["path"]>["font_id"];
	/**
	 * The metadata of the new font file.
	 */
	body: ReplaceCustomFontFileBody;
}
/**
 * Request body of `client.customFonts.replaceFile`.
 *
 * The metadata of the new font file.
 */
export type ReplaceCustomFontFileBody = NonNullable<operations["replaceCustomFontFile"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customFonts.replaceFile` resolves to: the 202 response. The file replacement was accepted; the new file is to be uploaded to `upload`.
 */
export type ReplaceCustomFontFileResult = operations["replaceCustomFontFile"]["responses"][202]["content"]["application/json"];
/**
 * Checks the 202 response body of `client.customFonts.replaceFile`.
 */
export declare const validateReplaceCustomFontFileResult: Validator<ReplaceCustomFontFileResult>;
/**
 * Checks a request body of `client.customFonts.replaceFile`; the client runs it before sending.
 */
export declare const validateReplaceCustomFontFileBody: Validator<ReplaceCustomFontFileBody>;
/**
 * Replace Custom Font File: {@link CustomFontsApi.replaceFile | client.customFonts.replaceFile} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function replaceCustomFontFile(core: HttpCore, params: ReplaceCustomFontFileParams, options?: RequestOptions): ApiPromise<ReplaceCustomFontFileResult>;
/**
 * Parameters of `client.customFonts.update`.
 */
export interface UpdateCustomFontParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["updateCustomFont"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a custom font.
	 *
	 * Sent in the path.
	 */
	font_id: NonNullable<operations["updateCustomFont"]["parameters"]["path"]>["font_id"];
	/**
	 * The settings to change.
	 */
	body: UpdateCustomFontBody;
}
/**
 * Request body of `client.customFonts.update`.
 *
 * The settings to change.
 */
export type UpdateCustomFontBody = NonNullable<operations["updateCustomFont"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customFonts.update` resolves to: the 200 response. The updated custom font.
 */
export type UpdateCustomFontResult = operations["updateCustomFont"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.customFonts.update`.
 */
export declare const validateUpdateCustomFontResult: Validator<UpdateCustomFontResult>;
/**
 * Checks a request body of `client.customFonts.update`; the client runs it before sending.
 */
export declare const validateUpdateCustomFontBody: Validator<UpdateCustomFontBody>;
/**
 * Update Custom Font: {@link CustomFontsApi.update | client.customFonts.update} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateCustomFont(core: HttpCore, params: UpdateCustomFontParams, options?: RequestOptions): ApiPromise<UpdateCustomFontResult>;
/**
 * Custom Fonts operations: List, read, upload, update, replace and delete the custom fonts of a site.
 *
 * Reached as `client.customFonts`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class CustomFontsApi {
	#private;
	constructor(core: HttpCore);
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
	batchDelete(params: BatchDeleteCustomFontsParams, options?: RequestOptions): ApiPromise<BatchDeleteCustomFontsResult>;
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
	create(params: CreateCustomFontParams, options?: RequestOptions): ApiPromise<CreateCustomFontResult>;
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
	remove(params: DeleteCustomFontParams, options?: RequestOptions): ApiPromise<DeleteCustomFontResult>;
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
	get(params: GetCustomFontParams, options?: RequestOptions): ApiPromise<GetCustomFontResult>;
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
	list(params: ListCustomFontsParams, options?: RequestOptions): ApiPromise<ListCustomFontsResult>;
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.customFonts.iterate(params)) console.log(item);
	 */
	iterate(params: ListCustomFontsParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListCustomFontsResult["customFonts"]>[number], void, undefined>;
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
	replaceFile(params: ReplaceCustomFontFileParams, options?: RequestOptions): ApiPromise<ReplaceCustomFontFileResult>;
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
	update(params: UpdateCustomFontParams, options?: RequestOptions): ApiPromise<UpdateCustomFontResult>;
}
