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
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING_UNION_DATE_TIME,
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
 * A submission of a form.
 */
export type FormSubmission = components["schemas"]["FormSubmission"];

/**
 * Whether `value` is a {@link FormSubmission}; the fast check {@link validateFormSubmission} runs before explaining a failure.
 */
export function isFormSubmission(value: unknown): value is FormSubmission {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || isObjectId(value.id)) &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.siteId === undefined || isObjectId(value.siteId)) &&
    (value.workspaceId === undefined || isObjectId(value.workspaceId)) &&
    (value.dateSubmitted === undefined || isDateTime(value.dateSubmitted)) &&
    (value.formResponse === undefined || isFormSubmission_formResponse(value.formResponse)) &&
    (value.localeId === undefined || isFormSubmission_localeId(value.localeId))
  );
}

function isFormSubmission_formResponse(value: unknown): boolean {
  return $.isPlainObject(value);
}

function isFormSubmission_localeId(value: unknown): boolean {
  return isObjectId(value) || value === null;
}

/**
 * The FormSubmission schema as data: what {@link validateFormSubmission} walks to say why a value failed.
 */
export const formSubmissionSchema: SchemaPlan = {
  kind: "object",
  title: "FormSubmission",
  properties: {
    id: () => objectIdSchema,
    displayName: { kind: "string" },
    siteId: () => objectIdSchema,
    workspaceId: () => objectIdSchema,
    dateSubmitted: () => dateTimeSchema,
    formResponse: { kind: "object" },
    localeId: { kind: "anyOf", of: [() => objectIdSchema, { kind: "null" }] },
  },
};

/**
 * Checks that `value` is a {@link FormSubmission}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmission}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormSubmission: Validator<FormSubmission> = /* @__PURE__ */ $.validator(
  isFormSubmission,
  formSubmissionSchema,
  EXPLAIN_OBJECT_STRING_UNION_DATE_TIME,
);

/**
 * One page of form submissions (response of the list form submissions endpoints).
 */
export type FormSubmissionList = components["schemas"]["FormSubmissionList"];

/**
 * Whether `value` is a {@link FormSubmissionList}; the fast check {@link validateFormSubmissionList} runs before explaining a failure.
 */
export function isFormSubmissionList(value: unknown): value is FormSubmissionList {
  return (
    $.isPlainObject(value) &&
    (value.formSubmissions === undefined ||
      isFormSubmissionList_formSubmissions(value.formSubmissions)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isFormSubmissionList_formSubmissions(value: unknown): boolean {
  return Array.isArray(value) && value.every(isFormSubmission);
}

/**
 * The FormSubmissionList schema as data: what {@link validateFormSubmissionList} walks to say why a value failed.
 */
export const formSubmissionListSchema: SchemaPlan = {
  kind: "object",
  title: "FormSubmissionList",
  properties: {
    formSubmissions: { kind: "array", items: () => formSubmissionSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link FormSubmissionList}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormSubmissionList: Validator<FormSubmissionList> =
  /* @__PURE__ */ $.validator(
    isFormSubmissionList,
    formSubmissionListSchema,
    EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME,
  );

/**
 * Body of the modify form submission endpoints.
 */
export type UpdateFormSubmissionRequest = components["schemas"]["UpdateFormSubmissionRequest"];

/**
 * Whether `value` is a {@link UpdateFormSubmissionRequest}; the fast check {@link validateUpdateFormSubmissionRequest} runs before explaining a failure.
 */
export function isUpdateFormSubmissionRequest(
  value: unknown,
): value is UpdateFormSubmissionRequest {
  return (
    $.isPlainObject(value) &&
    (value.formSubmissionData === undefined ||
      isUpdateFormSubmissionRequest_formSubmissionData(value.formSubmissionData))
  );
}

function isUpdateFormSubmissionRequest_formSubmissionData(value: unknown): boolean {
  return $.isPlainObject(value);
}

/**
 * The UpdateFormSubmissionRequest schema as data: what {@link validateUpdateFormSubmissionRequest} walks to say why a value failed.
 */
export const updateFormSubmissionRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateFormSubmissionRequest",
  properties: { formSubmissionData: { kind: "object" } },
};

/**
 * Checks that `value` is a {@link UpdateFormSubmissionRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateFormSubmissionRequest: Validator<UpdateFormSubmissionRequest> =
  /* @__PURE__ */ $.validator(
    isUpdateFormSubmissionRequest,
    updateFormSubmissionRequestSchema,
    EXPLAIN_OBJECT,
  );

/**
 * Parameters of `client.formSubmissions.remove`.
 */
export interface DeleteFormSubmissionParams {
  /**
   * Unique identifier of a form submission.
   *
   * Sent in the path.
   */
  form_submission_id: NonNullable<
    operations["deleteFormSubmission"]["parameters"]["path"]
  >["form_submission_id"];
}

/**
 * What `client.formSubmissions.remove` resolves to: the 204 response. The form submission was deleted. No body.
 */
export type DeleteFormSubmissionResult = void;

/**
 * Delete Form Submission: {@link FormSubmissionsApi.remove | client.formSubmissions.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteFormSubmission(
  core: HttpCore,
  params: DeleteFormSubmissionParams,
  options?: RequestOptions,
): ApiPromise<DeleteFormSubmissionResult> {
  return core.request<DeleteFormSubmissionResult>(
    {
      operationId: "deleteFormSubmission",
      method: "DELETE",
      path: "/form_submissions/{form_submission_id}",
      pathParams: { form_submission_id: params.form_submission_id },
      responseKind: "empty",
    },
    options,
  );
}

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
  form_submission_id: NonNullable<
    operations["deleteFormSubmissionBySite"]["parameters"]["path"]
  >["form_submission_id"];
}

/**
 * What `client.formSubmissions.removeBySite` resolves to: the 204 response. The form submission was deleted. No body.
 */
export type DeleteFormSubmissionBySiteResult = void;

/**
 * Delete Form Submission by Site: {@link FormSubmissionsApi.removeBySite | client.formSubmissions.removeBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteFormSubmissionBySite(
  core: HttpCore,
  params: DeleteFormSubmissionBySiteParams,
  options?: RequestOptions,
): ApiPromise<DeleteFormSubmissionBySiteResult> {
  return core.request<DeleteFormSubmissionBySiteResult>(
    {
      operationId: "deleteFormSubmissionBySite",
      method: "DELETE",
      path: "/sites/{site_id}/form_submissions/{form_submission_id}",
      pathParams: { site_id: params.site_id, form_submission_id: params.form_submission_id },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.formSubmissions.get`.
 */
export interface GetFormSubmissionParams {
  /**
   * Unique identifier of a form submission.
   *
   * Sent in the path.
   */
  form_submission_id: NonNullable<
    operations["getFormSubmission"]["parameters"]["path"]
  >["form_submission_id"];
}

/**
 * What `client.formSubmissions.get` resolves to: the 200 response. The form submission.
 */
export type GetFormSubmissionResult =
  operations["getFormSubmission"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.formSubmissions.get`.
 */
export const validateGetFormSubmissionResult: Validator<GetFormSubmissionResult> =
  validateFormSubmission;

/**
 * Get Form Submission: {@link FormSubmissionsApi.get | client.formSubmissions.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getFormSubmission(
  core: HttpCore,
  params: GetFormSubmissionParams,
  options?: RequestOptions,
): ApiPromise<GetFormSubmissionResult> {
  return core.request<GetFormSubmissionResult>(
    {
      operationId: "getFormSubmission",
      method: "GET",
      path: "/form_submissions/{form_submission_id}",
      pathParams: { form_submission_id: params.form_submission_id },
      responseKind: "json",
      validate: validateGetFormSubmissionResult,
    },
    options,
  );
}

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
  form_submission_id: NonNullable<
    operations["getFormSubmissionBySite"]["parameters"]["path"]
  >["form_submission_id"];
}

/**
 * What `client.formSubmissions.getBySite` resolves to: the 200 response. The form submission.
 */
export type GetFormSubmissionBySiteResult =
  operations["getFormSubmissionBySite"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.formSubmissions.getBySite`.
 */
export const validateGetFormSubmissionBySiteResult: Validator<GetFormSubmissionBySiteResult> =
  validateFormSubmission;

/**
 * Get Form Submission by Site: {@link FormSubmissionsApi.getBySite | client.formSubmissions.getBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export function getFormSubmissionBySite(
  core: HttpCore,
  params: GetFormSubmissionBySiteParams,
  options?: RequestOptions,
): ApiPromise<GetFormSubmissionBySiteResult> {
  return core.request<GetFormSubmissionBySiteResult>(
    {
      operationId: "getFormSubmissionBySite",
      method: "GET",
      path: "/sites/{site_id}/form_submissions/{form_submission_id}",
      pathParams: { site_id: params.site_id, form_submission_id: params.form_submission_id },
      responseKind: "json",
      validate: validateGetFormSubmissionBySiteResult,
    },
    options,
  );
}

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
export type ListFormSubmissionsResult =
  operations["listFormSubmissions"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.formSubmissions.list`.
 */
export const validateListFormSubmissionsResult: Validator<ListFormSubmissionsResult> =
  validateFormSubmissionList;

/**
 * List Form Submissions: {@link FormSubmissionsApi.list | client.formSubmissions.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listFormSubmissions(
  core: HttpCore,
  params: ListFormSubmissionsParams,
  options?: RequestOptions,
): ApiPromise<ListFormSubmissionsResult> {
  return core.request<ListFormSubmissionsResult>(
    {
      operationId: "listFormSubmissions",
      method: "GET",
      path: "/forms/{form_id}/submissions",
      pathParams: { form_id: params.form_id },
      query: { offset: params.offset, limit: params.limit },
      responseKind: "json",
      validate: validateListFormSubmissionsResult,
    },
    options,
  );
}

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
  elementId?: NonNullable<
    operations["listFormSubmissionsBySite"]["parameters"]["query"]
  >["elementId"];
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
export type ListFormSubmissionsBySiteResult =
  operations["listFormSubmissionsBySite"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.formSubmissions.listBySite`.
 */
export const validateListFormSubmissionsBySiteResult: Validator<ListFormSubmissionsBySiteResult> =
  validateFormSubmissionList;

/**
 * List Form Submissions by Site: {@link FormSubmissionsApi.listBySite | client.formSubmissions.listBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export function listFormSubmissionsBySite(
  core: HttpCore,
  params: ListFormSubmissionsBySiteParams,
  options?: RequestOptions,
): ApiPromise<ListFormSubmissionsBySiteResult> {
  return core.request<ListFormSubmissionsBySiteResult>(
    {
      operationId: "listFormSubmissionsBySite",
      method: "GET",
      path: "/sites/{site_id}/form_submissions",
      pathParams: { site_id: params.site_id },
      query: { elementId: params.elementId, offset: params.offset, limit: params.limit },
      responseKind: "json",
      validate: validateListFormSubmissionsBySiteResult,
    },
    options,
  );
}

/**
 * Parameters of `client.formSubmissions.listBySiteAndForm`.
 */
export interface ListFormSubmissionsBySiteAndFormParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<
    operations["listFormSubmissionsBySiteAndForm"]["parameters"]["path"]
  >["site_id"];
  /**
   * Unique identifier of a form.
   *
   * Sent in the path.
   */
  form_id: NonNullable<
    operations["listFormSubmissionsBySiteAndForm"]["parameters"]["path"]
  >["form_id"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<
    operations["listFormSubmissionsBySiteAndForm"]["parameters"]["query"]
  >["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<
    operations["listFormSubmissionsBySiteAndForm"]["parameters"]["query"]
  >["limit"];
}

/**
 * What `client.formSubmissions.listBySiteAndForm` resolves to: the 200 response. One page of the submissions of the form.
 */
export type ListFormSubmissionsBySiteAndFormResult =
  operations["listFormSubmissionsBySiteAndForm"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.formSubmissions.listBySiteAndForm`.
 */
export const validateListFormSubmissionsBySiteAndFormResult: Validator<ListFormSubmissionsBySiteAndFormResult> =
  validateFormSubmissionList;

/**
 * List Form Submissions by Site and Form: {@link FormSubmissionsApi.listBySiteAndForm | client.formSubmissions.listBySiteAndForm} as a function of the core, so that a program importing only it bundles only it.
 */
export function listFormSubmissionsBySiteAndForm(
  core: HttpCore,
  params: ListFormSubmissionsBySiteAndFormParams,
  options?: RequestOptions,
): ApiPromise<ListFormSubmissionsBySiteAndFormResult> {
  return core.request<ListFormSubmissionsBySiteAndFormResult>(
    {
      operationId: "listFormSubmissionsBySiteAndForm",
      method: "GET",
      path: "/sites/{site_id}/forms/{form_id}/submissions",
      pathParams: { site_id: params.site_id, form_id: params.form_id },
      query: { offset: params.offset, limit: params.limit },
      responseKind: "json",
      validate: validateListFormSubmissionsBySiteAndFormResult,
    },
    options,
  );
}

/**
 * Parameters of `client.formSubmissions.update`.
 */
export interface UpdateFormSubmissionParams {
  /**
   * Unique identifier of a form submission.
   *
   * Sent in the path.
   */
  form_submission_id: NonNullable<
    operations["updateFormSubmission"]["parameters"]["path"]
  >["form_submission_id"];
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
export type UpdateFormSubmissionBody = NonNullable<
  operations["updateFormSubmission"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.formSubmissions.update` resolves to: the 200 response. The modified form submission.
 */
export type UpdateFormSubmissionResult =
  operations["updateFormSubmission"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.formSubmissions.update`.
 */
export const validateUpdateFormSubmissionResult: Validator<UpdateFormSubmissionResult> =
  validateFormSubmission;

/**
 * Checks a request body of `client.formSubmissions.update`; the client runs it before sending.
 */
export const validateUpdateFormSubmissionBody: Validator<UpdateFormSubmissionBody> =
  validateUpdateFormSubmissionRequest;

/**
 * Modify Form Submission: {@link FormSubmissionsApi.update | client.formSubmissions.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateFormSubmission(
  core: HttpCore,
  params: UpdateFormSubmissionParams,
  options?: RequestOptions,
): ApiPromise<UpdateFormSubmissionResult> {
  return core.request<UpdateFormSubmissionResult>(
    {
      operationId: "updateFormSubmission",
      method: "PATCH",
      path: "/form_submissions/{form_submission_id}",
      pathParams: { form_submission_id: params.form_submission_id },
      body: params.body,
      validateBody: validateUpdateFormSubmissionBody,
      responseKind: "json",
      validate: validateUpdateFormSubmissionResult,
    },
    options,
  );
}

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
  form_submission_id: NonNullable<
    operations["updateFormSubmissionBySite"]["parameters"]["path"]
  >["form_submission_id"];
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
export type UpdateFormSubmissionBySiteBody = NonNullable<
  operations["updateFormSubmissionBySite"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.formSubmissions.updateBySite` resolves to: the 200 response. The modified form submission.
 */
export type UpdateFormSubmissionBySiteResult =
  operations["updateFormSubmissionBySite"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.formSubmissions.updateBySite`.
 */
export const validateUpdateFormSubmissionBySiteResult: Validator<UpdateFormSubmissionBySiteResult> =
  validateFormSubmission;

/**
 * Checks a request body of `client.formSubmissions.updateBySite`; the client runs it before sending.
 */
export const validateUpdateFormSubmissionBySiteBody: Validator<UpdateFormSubmissionBySiteBody> =
  validateUpdateFormSubmissionRequest;

/**
 * Modify Form Submission by Site: {@link FormSubmissionsApi.updateBySite | client.formSubmissions.updateBySite} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateFormSubmissionBySite(
  core: HttpCore,
  params: UpdateFormSubmissionBySiteParams,
  options?: RequestOptions,
): ApiPromise<UpdateFormSubmissionBySiteResult> {
  return core.request<UpdateFormSubmissionBySiteResult>(
    {
      operationId: "updateFormSubmissionBySite",
      method: "PATCH",
      path: "/sites/{site_id}/form_submissions/{form_submission_id}",
      pathParams: { site_id: params.site_id, form_submission_id: params.form_submission_id },
      body: params.body,
      validateBody: validateUpdateFormSubmissionBySiteBody,
      responseKind: "json",
      validate: validateUpdateFormSubmissionBySiteResult,
    },
    options,
  );
}

/**
 * Form Submissions operations: List, read, modify and delete the submissions of the forms of a site.
 *
 * Reached as `client.formSubmissions`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class FormSubmissionsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
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
  remove(
    params: DeleteFormSubmissionParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteFormSubmissionResult> {
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
  removeBySite(
    params: DeleteFormSubmissionBySiteParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteFormSubmissionBySiteResult> {
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
  get(
    params: GetFormSubmissionParams,
    options?: RequestOptions,
  ): ApiPromise<GetFormSubmissionResult> {
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
  getBySite(
    params: GetFormSubmissionBySiteParams,
    options?: RequestOptions,
  ): ApiPromise<GetFormSubmissionBySiteResult> {
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
  list(
    params: ListFormSubmissionsParams,
    options?: RequestOptions,
  ): ApiPromise<ListFormSubmissionsResult> {
    return listFormSubmissions(this.#core, params, options);
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.formSubmissions.iterate(params)) console.log(item);
   */
  iterate(
    params: ListFormSubmissionsParams,
    options?: RequestOptions,
  ): AsyncGenerator<
    NonNullable<ListFormSubmissionsResult["formSubmissions"]>[number],
    void,
    undefined
  > {
    return $.paginate(async (offset) => {
      const page = await listFormSubmissions(this.#core, { ...params, offset }, options);
      return {
        items: page.formSubmissions ?? [],
        pagination: page.pagination ?? { offset, total: 0 },
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
  listBySite(
    params: ListFormSubmissionsBySiteParams,
    options?: RequestOptions,
  ): ApiPromise<ListFormSubmissionsBySiteResult> {
    return listFormSubmissionsBySite(this.#core, params, options);
  }

  /**
   * Every item of `listBySite` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.formSubmissions.iterateBySite(params)) console.log(item);
   */
  iterateBySite(
    params: ListFormSubmissionsBySiteParams,
    options?: RequestOptions,
  ): AsyncGenerator<
    NonNullable<ListFormSubmissionsBySiteResult["formSubmissions"]>[number],
    void,
    undefined
  > {
    return $.paginate(async (offset) => {
      const page = await listFormSubmissionsBySite(this.#core, { ...params, offset }, options);
      return {
        items: page.formSubmissions ?? [],
        pagination: page.pagination ?? { offset, total: 0 },
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
  listBySiteAndForm(
    params: ListFormSubmissionsBySiteAndFormParams,
    options?: RequestOptions,
  ): ApiPromise<ListFormSubmissionsBySiteAndFormResult> {
    return listFormSubmissionsBySiteAndForm(this.#core, params, options);
  }

  /**
   * Every item of `listBySiteAndForm` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.formSubmissions.iterateBySiteAndForm(params)) console.log(item);
   */
  iterateBySiteAndForm(
    params: ListFormSubmissionsBySiteAndFormParams,
    options?: RequestOptions,
  ): AsyncGenerator<
    NonNullable<ListFormSubmissionsBySiteAndFormResult["formSubmissions"]>[number],
    void,
    undefined
  > {
    return $.paginate(async (offset) => {
      const page = await listFormSubmissionsBySiteAndForm(
        this.#core,
        { ...params, offset },
        options,
      );
      return {
        items: page.formSubmissions ?? [],
        pagination: page.pagination ?? { offset, total: 0 },
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
  update(
    params: UpdateFormSubmissionParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateFormSubmissionResult> {
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
  updateBySite(
    params: UpdateFormSubmissionBySiteParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateFormSubmissionBySiteResult> {
    return updateFormSubmissionBySite(this.#core, params, options);
  }
}
