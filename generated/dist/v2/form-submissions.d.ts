import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * A submission of a form.
 */
export type FormSubmission = components["schemas"]["FormSubmission"];
/**
 * Whether `value` is a {@link FormSubmission}; the fast check {@link validateFormSubmission} runs before explaining a failure.
 */
export declare function isFormSubmission(value: unknown): value is FormSubmission;
/**
 * The FormSubmission schema as data: what {@link validateFormSubmission} walks to say why a value failed.
 */
export declare const formSubmissionSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FormSubmission}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmission}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFormSubmission: Validator<FormSubmission>;
/**
 * One page of form submissions (response of the list form submissions endpoints).
 */
export type FormSubmissionList = components["schemas"]["FormSubmissionList"];
/**
 * Whether `value` is a {@link FormSubmissionList}; the fast check {@link validateFormSubmissionList} runs before explaining a failure.
 */
export declare function isFormSubmissionList(value: unknown): value is FormSubmissionList;
/**
 * The FormSubmissionList schema as data: what {@link validateFormSubmissionList} walks to say why a value failed.
 */
export declare const formSubmissionListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FormSubmissionList}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFormSubmissionList: Validator<FormSubmissionList>;
/**
 * Body of the modify form submission endpoints.
 */
export type UpdateFormSubmissionRequest = components["schemas"]["UpdateFormSubmissionRequest"];
/**
 * Whether `value` is a {@link UpdateFormSubmissionRequest}; the fast check {@link validateUpdateFormSubmissionRequest} runs before explaining a failure.
 */
export declare function isUpdateFormSubmissionRequest(value: unknown): value is UpdateFormSubmissionRequest;
/**
 * The UpdateFormSubmissionRequest schema as data: what {@link validateUpdateFormSubmissionRequest} walks to say why a value failed.
 */
export declare const updateFormSubmissionRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateFormSubmissionRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateFormSubmissionRequest: Validator<UpdateFormSubmissionRequest>;
/**
 * Parameters of `client.formSubmissions.remove`.
 */
export interface DeleteFormSubmissionParams {
	/**
	 * Unique identifier of a form submission.
	 *
	 * Sent in the path.
	 */
	form_submission_id: NonNullable<operations["deleteFormSubmission"]["parameters"]["path"]>["form_submission_id"];
}
/**
 * What `client.formSubmissions.remove` resolves to: the 204 response. The form submission was deleted. No body.
 */
export type DeleteFormSubmissionResult = void;
/**
 * Delete Form Submission: {@link FormSubmissionsApi.remove | client.formSubmissions.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function deleteFormSubmission(core: HttpCore, params: DeleteFormSubmissionParams, options?: RequestOptions): ApiPromise<DeleteFormSubmissionResult>;
/**
 * Parameters of `client.formSubmissions.removeBySite`.
 */
export interface DeleteFormSubmissionBySiteParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["deleteFormSubmissionBySite"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a form submission.
	 *
	 * Sent in the path.
	 */
	form_submission_id: NonNullable<operations["deleteFormSubmissionBySite"]["parameters"]["path"]>["form_submission_id"];
}
/**
 * What `client.formSubmissions.removeBySite` resolves to: the 204 response. The form submission was deleted. No body.
 */
export type DeleteFormSubmissionBySiteResult = void;
/**
 * Delete Form Submission by Site: {@link FormSubmissionsApi.removeBySite | client.formSubmissions.removeBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function deleteFormSubmissionBySite(core: HttpCore, params: DeleteFormSubmissionBySiteParams, options?: RequestOptions): ApiPromise<DeleteFormSubmissionBySiteResult>;
/**
 * Parameters of `client.formSubmissions.get`.
 */
export interface GetFormSubmissionParams {
	/**
	 * Unique identifier of a form submission.
	 *
	 * Sent in the path.
	 */
	form_submission_id: NonNullable<operations["getFormSubmission"]["parameters"]["path"]>["form_submission_id"];
}
/**
 * What `client.formSubmissions.get` resolves to: the 200 response. The form submission.
 */
export type GetFormSubmissionResult = operations["getFormSubmission"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.formSubmissions.get`.
 */
export declare const validateGetFormSubmissionResult: Validator<GetFormSubmissionResult>;
/**
 * Get Form Submission: {@link FormSubmissionsApi.get | client.formSubmissions.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getFormSubmission(core: HttpCore, params: GetFormSubmissionParams, options?: RequestOptions): ApiPromise<GetFormSubmissionResult>;
/**
 * Parameters of `client.formSubmissions.getBySite`.
 */
export interface GetFormSubmissionBySiteParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getFormSubmissionBySite"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a form submission.
	 *
	 * Sent in the path.
	 */
	form_submission_id: NonNullable<operations["getFormSubmissionBySite"]["parameters"]["path"]>["form_submission_id"];
}
/**
 * What `client.formSubmissions.getBySite` resolves to: the 200 response. The form submission.
 */
export type GetFormSubmissionBySiteResult = operations["getFormSubmissionBySite"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.formSubmissions.getBySite`.
 */
export declare const validateGetFormSubmissionBySiteResult: Validator<GetFormSubmissionBySiteResult>;
/**
 * Get Form Submission by Site: {@link FormSubmissionsApi.getBySite | client.formSubmissions.getBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getFormSubmissionBySite(core: HttpCore, params: GetFormSubmissionBySiteParams, options?: RequestOptions): ApiPromise<GetFormSubmissionBySiteResult>;
/**
 * Parameters of `client.formSubmissions.list`.
 */
export interface ListFormSubmissionsParams {
	/**
	 * Unique identifier of a form.
	 *
	 * Sent in the path.
	 */
	form_id: NonNullable<operations["listFormSubmissions"]["parameters"]["path"]>["form_id"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listFormSubmissions"]["parameters"]["query"]>["offset"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listFormSubmissions"]["parameters"]["query"]>["limit"];
}
/**
 * What `client.formSubmissions.list` resolves to: the 200 response. One page of the submissions of the form.
 */
export type ListFormSubmissionsResult = operations["listFormSubmissions"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.formSubmissions.list`.
 */
export declare const validateListFormSubmissionsResult: Validator<ListFormSubmissionsResult>;
/**
 * List Form Submissions: {@link FormSubmissionsApi.list | client.formSubmissions.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listFormSubmissions(core: HttpCore, params: ListFormSubmissionsParams, options?: RequestOptions): ApiPromise<ListFormSubmissionsResult>;
/**
 * Parameters of `client.formSubmissions.listBySite`.
 */
export interface ListFormSubmissionsBySiteParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["listFormSubmissionsBySite"]["parameters"]["path"]>["site_id"];
	/**
	 * Identifier of a form element on the site (a form's `formElementId`). Restricts the list to the submissions of that form.
	 *
	 * Sent in the query.
	 */
	elementId?: NonNullable<operations["listFormSubmissionsBySite"]["parameters"]["query"]>["elementId"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listFormSubmissionsBySite"]["parameters"]["query"]>["offset"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listFormSubmissionsBySite"]["parameters"]["query"]>["limit"];
}
/**
 * What `client.formSubmissions.listBySite` resolves to: the 200 response. One page of the form submissions of the site.
 */
export type ListFormSubmissionsBySiteResult = operations["listFormSubmissionsBySite"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.formSubmissions.listBySite`.
 */
export declare const validateListFormSubmissionsBySiteResult: Validator<ListFormSubmissionsBySiteResult>;
/**
 * List Form Submissions by Site: {@link FormSubmissionsApi.listBySite | client.formSubmissions.listBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listFormSubmissionsBySite(core: HttpCore, params: ListFormSubmissionsBySiteParams, options?: RequestOptions): ApiPromise<ListFormSubmissionsBySiteResult>;
/**
 * Parameters of `client.formSubmissions.listBySiteAndForm`.
 */
export interface ListFormSubmissionsBySiteAndFormParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["listFormSubmissionsBySiteAndForm"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a form.
	 *
	 * Sent in the path.
	 */
	form_id: NonNullable<operations["listFormSubmissionsBySiteAndForm"]["parameters"]["path"]>["form_id"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listFormSubmissionsBySiteAndForm"]["parameters"]["query"]>["offset"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listFormSubmissionsBySiteAndForm"]["parameters"]["query"]>["limit"];
}
/**
 * What `client.formSubmissions.listBySiteAndForm` resolves to: the 200 response. One page of the submissions of the form.
 */
export type ListFormSubmissionsBySiteAndFormResult = operations["listFormSubmissionsBySiteAndForm"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.formSubmissions.listBySiteAndForm`.
 */
export declare const validateListFormSubmissionsBySiteAndFormResult: Validator<ListFormSubmissionsBySiteAndFormResult>;
/**
 * List Form Submissions by Site and Form: {@link FormSubmissionsApi.listBySiteAndForm | client.formSubmissions.listBySiteAndForm} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listFormSubmissionsBySiteAndForm(core: HttpCore, params: ListFormSubmissionsBySiteAndFormParams, options?: RequestOptions): ApiPromise<ListFormSubmissionsBySiteAndFormResult>;
/**
 * Parameters of `client.formSubmissions.update`.
 */
export interface UpdateFormSubmissionParams {
	/**
	 * Unique identifier of a form submission.
	 *
	 * Sent in the path.
	 */
	form_submission_id: NonNullable<operations["updateFormSubmission"]["parameters"]["path"]>["form_submission_id"];
	/**
	 * The submitted values to change.
	 */
	body: UpdateFormSubmissionBody;
}
/**
 * Request body of `client.formSubmissions.update`.
 *
 * The submitted values to change.
 */
export type UpdateFormSubmissionBody = NonNullable<operations["updateFormSubmission"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.formSubmissions.update` resolves to: the 200 response. The modified form submission.
 */
export type UpdateFormSubmissionResult = operations["updateFormSubmission"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.formSubmissions.update`.
 */
export declare const validateUpdateFormSubmissionResult: Validator<UpdateFormSubmissionResult>;
/**
 * Checks a request body of `client.formSubmissions.update`; the client runs it before sending.
 */
export declare const validateUpdateFormSubmissionBody: Validator<UpdateFormSubmissionBody>;
/**
 * Modify Form Submission: {@link FormSubmissionsApi.update | client.formSubmissions.update} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateFormSubmission(core: HttpCore, params: UpdateFormSubmissionParams, options?: RequestOptions): ApiPromise<UpdateFormSubmissionResult>;
/**
 * Parameters of `client.formSubmissions.updateBySite`.
 */
export interface UpdateFormSubmissionBySiteParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["updateFormSubmissionBySite"]["parameters"]["path"]>["site_id"];
	/**
	 * Unique identifier of a form submission.
	 *
	 * Sent in the path.
	 */
	form_submission_id: NonNullable<operations["updateFormSubmissionBySite"]["parameters"]["path"]>["form_submission_id"];
	/**
	 * The submitted values to change.
	 */
	body: UpdateFormSubmissionBySiteBody;
}
/**
 * Request body of `client.formSubmissions.updateBySite`.
 *
 * The submitted values to change.
 */
export type UpdateFormSubmissionBySiteBody = NonNullable<operations["updateFormSubmissionBySite"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.formSubmissions.updateBySite` resolves to: the 200 response. The modified form submission.
 */
export type UpdateFormSubmissionBySiteResult = operations["updateFormSubmissionBySite"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.formSubmissions.updateBySite`.
 */
export declare const validateUpdateFormSubmissionBySiteResult: Validator<UpdateFormSubmissionBySiteResult>;
/**
 * Checks a request body of `client.formSubmissions.updateBySite`; the client runs it before sending.
 */
export declare const validateUpdateFormSubmissionBySiteBody: Validator<UpdateFormSubmissionBySiteBody>;
/**
 * Modify Form Submission by Site: {@link FormSubmissionsApi.updateBySite | client.formSubmissions.updateBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateFormSubmissionBySite(core: HttpCore, params: UpdateFormSubmissionBySiteParams, options?: RequestOptions): ApiPromise<UpdateFormSubmissionBySiteResult>;
/**
 * Form Submissions operations: List, read, modify and delete the submissions of the forms of a site.
 *
 * Reached as `client.formSubmissions`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class FormSubmissionsApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * Delete Form Submission
	 *
	 * Delete a form submission.
	 *
	 * Required scopes: `forms:write`.
	 *
	 * DELETE `/form_submissions/{form_submission_id}` (operationId `deleteFormSubmission`).
	 * @param params - form_submission_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No form submission with this `form_submission_id` exists, or the token cannot access it.
	 * @throws {@link ConflictError} 409
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	remove(params: DeleteFormSubmissionParams, options?: RequestOptions): ApiPromise<DeleteFormSubmissionResult>;
	/**
	 * Delete Form Submission by Site
	 *
	 * Delete a form submission of a site.
	 *
	 * Required scopes: `forms:write`.
	 *
	 * DELETE `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `deleteFormSubmissionBySite`).
	 * @param params - site_id, form_submission_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`.
	 * @throws {@link ConflictError} 409
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	removeBySite(params: DeleteFormSubmissionBySiteParams, options?: RequestOptions): ApiPromise<DeleteFormSubmissionBySiteResult>;
	/**
	 * Get Form Submission
	 *
	 * Get a form submission.
	 *
	 * Required scopes: `forms:read`.
	 *
	 * GET `/form_submissions/{form_submission_id}` (operationId `getFormSubmission`).
	 * @param params - form_submission_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No form submission with this `form_submission_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	get(params: GetFormSubmissionParams, options?: RequestOptions): ApiPromise<GetFormSubmissionResult>;
	/**
	 * Get Form Submission by Site
	 *
	 * Get a form submission of a site.
	 *
	 * Required scopes: `forms:read`.
	 *
	 * GET `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `getFormSubmissionBySite`).
	 * @param params - site_id, form_submission_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	getBySite(params: GetFormSubmissionBySiteParams, options?: RequestOptions): ApiPromise<GetFormSubmissionBySiteResult>;
	/**
	 * List Form Submissions
	 *
	 * List the submissions of a form, one page at a time (`offset` and `limit`, at most 100 per page). The same list is available under the site as listFormSubmissionsBySiteAndForm.
	 *
	 * Required scopes: `forms:read`.
	 *
	 * GET `/forms/{form_id}/submissions` (operationId `listFormSubmissions`).
	 * @param params - form_id, offset, limit
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No form with this `form_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	list(params: ListFormSubmissionsParams, options?: RequestOptions): ApiPromise<ListFormSubmissionsResult>;
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.formSubmissions.iterate(params)) console.log(item);
	 */
	iterate(params: ListFormSubmissionsParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListFormSubmissionsResult["formSubmissions"]>[number], void, undefined>;
	/**
	 * List Form Submissions by Site
	 *
	 * List the form submissions of a site across all its forms, one page at a time (`offset` and `limit`, at most 100 per page), optionally only those of one form element (`elementId`).
	 *
	 * Required scopes: `forms:read`.
	 *
	 * GET `/sites/{site_id}/form_submissions` (operationId `listFormSubmissionsBySite`).
	 * @param params - site_id, elementId, offset, limit
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
	listBySite(params: ListFormSubmissionsBySiteParams, options?: RequestOptions): ApiPromise<ListFormSubmissionsBySiteResult>;
	/**
	 * Every item of `listBySite` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.formSubmissions.iterateBySite(params)) console.log(item);
	 */
	iterateBySite(params: ListFormSubmissionsBySiteParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListFormSubmissionsBySiteResult["formSubmissions"]>[number], void, undefined>;
	/**
	 * List Form Submissions by Site and Form
	 *
	 * List the submissions of one form of a site, one page at a time (`offset` and `limit`, at most 100 per page).
	 *
	 * Required scopes: `forms:read`.
	 *
	 * GET `/sites/{site_id}/forms/{form_id}/submissions` (operationId `listFormSubmissionsBySiteAndForm`).
	 * @param params - site_id, form_id, offset, limit
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no form with this `form_id`.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	listBySiteAndForm(params: ListFormSubmissionsBySiteAndFormParams, options?: RequestOptions): ApiPromise<ListFormSubmissionsBySiteAndFormResult>;
	/**
	 * Every item of `listBySiteAndForm` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.formSubmissions.iterateBySiteAndForm(params)) console.log(item);
	 */
	iterateBySiteAndForm(params: ListFormSubmissionsBySiteAndFormParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListFormSubmissionsBySiteAndFormResult["formSubmissions"]>[number], void, undefined>;
	/**
	 * Modify Form Submission
	 *
	 * Modify the submitted values of a form submission.
	 *
	 * Required scopes: `forms:write`.
	 *
	 * PATCH `/form_submissions/{form_submission_id}` (operationId `updateFormSubmission`).
	 * @param params - form_submission_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No form submission with this `form_submission_id` exists, or the token cannot access it.
	 * @throws {@link ConflictError} 409
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	update(params: UpdateFormSubmissionParams, options?: RequestOptions): ApiPromise<UpdateFormSubmissionResult>;
	/**
	 * Modify Form Submission by Site
	 *
	 * Modify the submitted values of a form submission of a site. Required scope: `forms:write`.
	 *
	 * Required scopes: `forms:write`.
	 *
	 * PATCH `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `updateFormSubmissionBySite`).
	 * @param params - site_id, form_submission_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no form submission with this `form_submission_id`.
	 * @throws {@link ConflictError} 409
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	updateBySite(params: UpdateFormSubmissionBySiteParams, options?: RequestOptions): ApiPromise<UpdateFormSubmissionBySiteResult>;
}
