/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING_UNION_DATE_TIME } from "./explainers.js";
import { dateTimeSchema, isDateTime, isObjectId, isPagination, objectIdSchema, paginationSchema } from "./shared.js";
/**
 * Whether `value` is a {@link FormSubmission}; the fast check {@link validateFormSubmission} runs before explaining a failure.
 */
export function isFormSubmission(value) {
	return $.isPlainObject(value) && (value.id === undefined || isObjectId(value.id)) && (value.displayName === undefined || typeof value.displayName === "string") && (value.siteId === undefined || isObjectId(value.siteId)) && (value.workspaceId === undefined || isObjectId(value.workspaceId)) && (value.dateSubmitted === undefined || isDateTime(value.dateSubmitted)) && (value.formResponse === undefined || isFormSubmission_formResponse(value.formResponse)) && (value.localeId === undefined || isFormSubmission_localeId(value.localeId));
}
function isFormSubmission_formResponse(value) {
	return $.isPlainObject(value);
}
function isFormSubmission_localeId(value) {
	return isObjectId(value) || value === null;
}
/**
 * The FormSubmission schema as data: what {@link validateFormSubmission} walks to say why a value failed.
 */
export const formSubmissionSchema = {
	kind: "object",
	title: "FormSubmission",
	properties: {
		id: () => objectIdSchema,
		displayName: { kind: "string" },
		siteId: () => objectIdSchema,
		workspaceId: () => objectIdSchema,
		dateSubmitted: () => dateTimeSchema,
		formResponse: { kind: "object" },
		localeId: {
			kind: "anyOf",
			of: [() => objectIdSchema, { kind: "null" }]
		}
	}
};
/**
 * Checks that `value` is a {@link FormSubmission}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmission}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormSubmission = /* @__PURE__ */ $.validator(isFormSubmission, formSubmissionSchema, EXPLAIN_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link FormSubmissionList}; the fast check {@link validateFormSubmissionList} runs before explaining a failure.
 */
export function isFormSubmissionList(value) {
	return $.isPlainObject(value) && (value.formSubmissions === undefined || isFormSubmissionList_formSubmissions(value.formSubmissions)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isFormSubmissionList_formSubmissions(value) {
	return Array.isArray(value) && value.every(isFormSubmission);
}
/**
 * The FormSubmissionList schema as data: what {@link validateFormSubmissionList} walks to say why a value failed.
 */
export const formSubmissionListSchema = {
	kind: "object",
	title: "FormSubmissionList",
	properties: {
		formSubmissions: {
			kind: "array",
			items: () => formSubmissionSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link FormSubmissionList}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormSubmissionList = /* @__PURE__ */ $.validator(isFormSubmissionList, formSubmissionListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link UpdateFormSubmissionRequest}; the fast check {@link validateUpdateFormSubmissionRequest} runs before explaining a failure.
 */
export function isUpdateFormSubmissionRequest(value) {
	return $.isPlainObject(value) && (value.formSubmissionData === undefined || isUpdateFormSubmissionRequest_formSubmissionData(value.formSubmissionData));
}
function isUpdateFormSubmissionRequest_formSubmissionData(value) {
	return $.isPlainObject(value);
}
/**
 * The UpdateFormSubmissionRequest schema as data: what {@link validateUpdateFormSubmissionRequest} walks to say why a value failed.
 */
export const updateFormSubmissionRequestSchema = {
	kind: "object",
	title: "UpdateFormSubmissionRequest",
	properties: { formSubmissionData: { kind: "object" } }
};
/**
 * Checks that `value` is a {@link UpdateFormSubmissionRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateFormSubmissionRequest = /* @__PURE__ */ $.validator(isUpdateFormSubmissionRequest, updateFormSubmissionRequestSchema, EXPLAIN_OBJECT);
/**
 * Delete Form Submission: {@link FormSubmissionsApi.remove | client.formSubmissions.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteFormSubmission(core, params, options) {
	return core.request({
		operationId: "deleteFormSubmission",
		method: "DELETE",
		path: "/form_submissions/{form_submission_id}",
		pathParams: { form_submission_id: params.form_submission_id },
		responseKind: "empty"
	}, options);
}
/**
 * Delete Form Submission by Site: {@link FormSubmissionsApi.removeBySite | client.formSubmissions.removeBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteFormSubmissionBySite(core, params, options) {
	return core.request({
		operationId: "deleteFormSubmissionBySite",
		method: "DELETE",
		path: "/sites/{site_id}/form_submissions/{form_submission_id}",
		pathParams: {
			site_id: params.site_id,
			form_submission_id: params.form_submission_id
		},
		responseKind: "empty"
	}, options);
}
/**
 * Checks the 200 response body of `client.formSubmissions.get`.
 */
export const validateGetFormSubmissionResult = validateFormSubmission;
/**
 * Get Form Submission: {@link FormSubmissionsApi.get | client.formSubmissions.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getFormSubmission(core, params, options) {
	return core.request({
		operationId: "getFormSubmission",
		method: "GET",
		path: "/form_submissions/{form_submission_id}",
		pathParams: { form_submission_id: params.form_submission_id },
		responseKind: "json",
		validate: validateGetFormSubmissionResult
	}, options);
}
/**
 * Checks the 200 response body of `client.formSubmissions.getBySite`.
 */
export const validateGetFormSubmissionBySiteResult = validateFormSubmission;
/**
 * Get Form Submission by Site: {@link FormSubmissionsApi.getBySite | client.formSubmissions.getBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export function getFormSubmissionBySite(core, params, options) {
	return core.request({
		operationId: "getFormSubmissionBySite",
		method: "GET",
		path: "/sites/{site_id}/form_submissions/{form_submission_id}",
		pathParams: {
			site_id: params.site_id,
			form_submission_id: params.form_submission_id
		},
		responseKind: "json",
		validate: validateGetFormSubmissionBySiteResult
	}, options);
}
/**
 * Checks the 200 response body of `client.formSubmissions.list`.
 */
export const validateListFormSubmissionsResult = validateFormSubmissionList;
/**
 * List Form Submissions: {@link FormSubmissionsApi.list | client.formSubmissions.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listFormSubmissions(core, params, options) {
	return core.request({
		operationId: "listFormSubmissions",
		method: "GET",
		path: "/forms/{form_id}/submissions",
		pathParams: { form_id: params.form_id },
		query: {
			offset: params.offset,
			limit: params.limit
		},
		responseKind: "json",
		validate: validateListFormSubmissionsResult
	}, options);
}
/**
 * Checks the 200 response body of `client.formSubmissions.listBySite`.
 */
export const validateListFormSubmissionsBySiteResult = validateFormSubmissionList;
/**
 * List Form Submissions by Site: {@link FormSubmissionsApi.listBySite | client.formSubmissions.listBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export function listFormSubmissionsBySite(core, params, options) {
	return core.request({
		operationId: "listFormSubmissionsBySite",
		method: "GET",
		path: "/sites/{site_id}/form_submissions",
		pathParams: { site_id: params.site_id },
		query: {
			elementId: params.elementId,
			offset: params.offset,
			limit: params.limit
		},
		responseKind: "json",
		validate: validateListFormSubmissionsBySiteResult
	}, options);
}
/**
 * Checks the 200 response body of `client.formSubmissions.listBySiteAndForm`.
 */
export const validateListFormSubmissionsBySiteAndFormResult = validateFormSubmissionList;
/**
 * List Form Submissions by Site and Form: {@link FormSubmissionsApi.listBySiteAndForm | client.formSubmissions.listBySiteAndForm} as a function of the core, so that a program importing only it bundles only it.
 */
export function listFormSubmissionsBySiteAndForm(core, params, options) {
	return core.request({
		operationId: "listFormSubmissionsBySiteAndForm",
		method: "GET",
		path: "/sites/{site_id}/forms/{form_id}/submissions",
		pathParams: {
			site_id: params.site_id,
			form_id: params.form_id
		},
		query: {
			offset: params.offset,
			limit: params.limit
		},
		responseKind: "json",
		validate: validateListFormSubmissionsBySiteAndFormResult
	}, options);
}
/**
 * Checks the 200 response body of `client.formSubmissions.update`.
 */
export const validateUpdateFormSubmissionResult = validateFormSubmission;
/**
 * Checks a request body of `client.formSubmissions.update`; the client runs it before sending.
 */
export const validateUpdateFormSubmissionBody = validateUpdateFormSubmissionRequest;
/**
 * Modify Form Submission: {@link FormSubmissionsApi.update | client.formSubmissions.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateFormSubmission(core, params, options) {
	return core.request({
		operationId: "updateFormSubmission",
		method: "PATCH",
		path: "/form_submissions/{form_submission_id}",
		pathParams: { form_submission_id: params.form_submission_id },
		body: params.body,
		validateBody: validateUpdateFormSubmissionBody,
		responseKind: "json",
		validate: validateUpdateFormSubmissionResult
	}, options);
}
/**
 * Checks the 200 response body of `client.formSubmissions.updateBySite`.
 */
export const validateUpdateFormSubmissionBySiteResult = validateFormSubmission;
/**
 * Checks a request body of `client.formSubmissions.updateBySite`; the client runs it before sending.
 */
export const validateUpdateFormSubmissionBySiteBody = validateUpdateFormSubmissionRequest;
/**
 * Modify Form Submission by Site: {@link FormSubmissionsApi.updateBySite | client.formSubmissions.updateBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateFormSubmissionBySite(core, params, options) {
	return core.request({
		operationId: "updateFormSubmissionBySite",
		method: "PATCH",
		path: "/sites/{site_id}/form_submissions/{form_submission_id}",
		pathParams: {
			site_id: params.site_id,
			form_submission_id: params.form_submission_id
		},
		body: params.body,
		validateBody: validateUpdateFormSubmissionBySiteBody,
		responseKind: "json",
		validate: validateUpdateFormSubmissionBySiteResult
	}, options);
}
/**
 * Form Submissions operations: List, read, modify and delete the submissions of the forms of a site.
 *
 * Reached as `client.formSubmissions`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class FormSubmissionsApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
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
	remove(params, options) {
		return deleteFormSubmission(this.#core, params, options);
	}
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
	removeBySite(params, options) {
		return deleteFormSubmissionBySite(this.#core, params, options);
	}
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
	get(params, options) {
		return getFormSubmission(this.#core, params, options);
	}
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
	getBySite(params, options) {
		return getFormSubmissionBySite(this.#core, params, options);
	}
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
	list(params, options) {
		return listFormSubmissions(this.#core, params, options);
	}
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.formSubmissions.iterate(params)) console.log(item);
	 */
	iterate(params, options) {
		return $.paginate(async (offset) => {
			const page = await listFormSubmissions(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.formSubmissions ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
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
	listBySite(params, options) {
		return listFormSubmissionsBySite(this.#core, params, options);
	}
	/**
	 * Every item of `listBySite` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.formSubmissions.iterateBySite(params)) console.log(item);
	 */
	iterateBySite(params, options) {
		return $.paginate(async (offset) => {
			const page = await listFormSubmissionsBySite(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.formSubmissions ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
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
	listBySiteAndForm(params, options) {
		return listFormSubmissionsBySiteAndForm(this.#core, params, options);
	}
	/**
	 * Every item of `listBySiteAndForm` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.formSubmissions.iterateBySiteAndForm(params)) console.log(item);
	 */
	iterateBySiteAndForm(params, options) {
		return $.paginate(async (offset) => {
			const page = await listFormSubmissionsBySiteAndForm(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.formSubmissions ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
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
	update(params, options) {
		return updateFormSubmission(this.#core, params, options);
	}
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
	updateBySite(params, options) {
		return updateFormSubmissionBySite(this.#core, params, options);
	}
}
