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
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
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
 * A form on a page of a site, with its fields and response settings (the form's schema).
 */
export type Form = components["schemas"]["Form"];

/**
 * Whether `value` is a {@link Form}; the fast check {@link validateForm} runs before explaining a failure.
 */
export function isForm(value: unknown): value is Form {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || isObjectId(value.id)) &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.createdOn === undefined || isDateTime(value.createdOn)) &&
    (value.lastUpdated === undefined || isDateTime(value.lastUpdated)) &&
    (value.fields === undefined || isForm_fields(value.fields)) &&
    (value.responseSettings === undefined || isFormResponseSettings(value.responseSettings)) &&
    (value.siteId === undefined || isObjectId(value.siteId)) &&
    (value.siteDomainId === undefined || isObjectId(value.siteDomainId)) &&
    (value.pageId === undefined || isObjectId(value.pageId)) &&
    (value.pageName === undefined || typeof value.pageName === "string") &&
    (value.formElementId === undefined ||
      value.formElementId === null ||
      typeof value.formElementId === "string") &&
    (value.workspaceId === undefined || isObjectId(value.workspaceId))
  );
}

function isForm_fields(value: unknown): boolean {
  return $.isPlainObject(value);
}

/**
 * The Form schema as data: what {@link validateForm} walks to say why a value failed.
 */
export const formSchema: SchemaPlan = {
  kind: "object",
  title: "Form",
  properties: {
    id: () => objectIdSchema,
    displayName: { kind: "string" },
    createdOn: () => dateTimeSchema,
    lastUpdated: () => dateTimeSchema,
    fields: { kind: "object" },
    responseSettings: () => formResponseSettingsSchema,
    siteId: () => objectIdSchema,
    siteDomainId: () => objectIdSchema,
    pageId: () => objectIdSchema,
    pageName: { kind: "string" },
    formElementId: { kind: "string", nullable: true },
    workspaceId: () => objectIdSchema,
  },
};

/**
 * Checks that `value` is a {@link Form}.
 * @returns `{ ok: true, value }` typed as {@link Form}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateForm: Validator<Form> = /* @__PURE__ */ $.validator(
  isForm,
  formSchema,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
);

/**
 * Response of GET /sites/{site_id}/forms, one page of forms.
 */
export type FormList = components["schemas"]["FormList"];

/**
 * Whether `value` is a {@link FormList}; the fast check {@link validateFormList} runs before explaining a failure.
 */
export function isFormList(value: unknown): value is FormList {
  return $.isPlainObject(value) && isFormList_forms(value.forms) && isPagination(value.pagination);
}

function isFormList_forms(value: unknown): boolean {
  return Array.isArray(value) && value.every(isForm);
}

/**
 * The FormList schema as data: what {@link validateFormList} walks to say why a value failed.
 */
export const formListSchema: SchemaPlan = {
  kind: "object",
  title: "FormList",
  properties: {
    forms: { kind: "array", items: () => formSchema },
    pagination: () => paginationSchema,
  },
  required: ["forms", "pagination"],
};

/**
 * Checks that `value` is a {@link FormList}.
 * @returns `{ ok: true, value }` typed as {@link FormList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormList: Validator<FormList> = /* @__PURE__ */ $.validator(
  isFormList,
  formListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME,
);

/**
 * What happens after a form is submitted (redirect and confirmation e-mail).
 */
export type FormResponseSettings = components["schemas"]["FormResponseSettings"];

/**
 * Whether `value` is a {@link FormResponseSettings}; the fast check {@link validateFormResponseSettings} runs before explaining a failure.
 */
export function isFormResponseSettings(value: unknown): value is FormResponseSettings {
  return (
    $.isPlainObject(value) &&
    (value.redirectUrl === undefined || typeof value.redirectUrl === "string") &&
    (value.redirectMethod === undefined ||
      value.redirectMethod === null ||
      typeof value.redirectMethod === "string") &&
    (value.redirectAction === undefined ||
      value.redirectAction === null ||
      typeof value.redirectAction === "string") &&
    (value.sendEmailConfirmation === undefined || typeof value.sendEmailConfirmation === "boolean")
  );
}

/**
 * The FormResponseSettings schema as data: what {@link validateFormResponseSettings} walks to say why a value failed.
 */
export const formResponseSettingsSchema: SchemaPlan = {
  kind: "object",
  title: "FormResponseSettings",
  properties: {
    redirectUrl: { kind: "string" },
    redirectMethod: { kind: "string", nullable: true },
    redirectAction: { kind: "string", nullable: true },
    sendEmailConfirmation: { kind: "boolean" },
  },
};

/**
 * Checks that `value` is a {@link FormResponseSettings}.
 * @returns `{ ok: true, value }` typed as {@link FormResponseSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormResponseSettings: Validator<FormResponseSettings> =
  /* @__PURE__ */ $.validator(isFormResponseSettings, formResponseSettingsSchema, EXPLAIN_OBJECT);

/**
 * Parameters of `client.forms.get`.
 */
export interface GetFormParams {
  /**
   * Unique identifier of a form.
   *
   * Sent in the path.
   */
  form_id: NonNullable<operations["getForm"]["parameters"]["path"]>["form_id"];
}

/**
 * What `client.forms.get` resolves to: the 200 response. The form.
 */
export type GetFormResult = operations["getForm"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.forms.get`.
 */
export const validateGetFormResult: Validator<GetFormResult> = validateForm;

/**
 * Get Form Schema: {@link FormsApi.get | client.forms.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getForm(
  core: HttpCore,
  params: GetFormParams,
  options?: RequestOptions,
): ApiPromise<GetFormResult> {
  return core.request<GetFormResult>(
    {
      operationId: "getForm",
      method: "GET",
      path: "/forms/{form_id}",
      pathParams: { form_id: params.form_id },
      responseKind: "json",
      validate: validateGetFormResult,
    },
    options,
  );
}

/**
 * Parameters of `client.forms.list`.
 */
export interface ListFormsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listForms"]["parameters"]["path"]>["site_id"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["listForms"]["parameters"]["query"]>["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["listForms"]["parameters"]["query"]>["limit"];
}

/**
 * What `client.forms.list` resolves to: the 200 response. One page of forms.
 */
export type ListFormsResult =
  operations["listForms"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.forms.list`.
 */
export const validateListFormsResult: Validator<ListFormsResult> = validateFormList;

/**
 * List Forms: {@link FormsApi.list | client.forms.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listForms(
  core: HttpCore,
  params: ListFormsParams,
  options?: RequestOptions,
): ApiPromise<ListFormsResult> {
  return core.request<ListFormsResult>(
    {
      operationId: "listForms",
      method: "GET",
      path: "/sites/{site_id}/forms",
      pathParams: { site_id: params.site_id },
      query: { offset: params.offset, limit: params.limit },
      responseKind: "json",
      validate: validateListFormsResult,
    },
    options,
  );
}

/**
 * Forms operations: List the forms of a site and read their schema.
 *
 * Reached as `client.forms`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class FormsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Form Schema
   *
   * Get a form and its schema: its fields and response settings. Required scope: `forms:read`.
   *
   * Required scopes: `forms:read`.
   *
   * GET `/forms/{form_id}` (operationId `getForm`).
   * @param params - form_id
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
  get(params: GetFormParams, options?: RequestOptions): ApiPromise<GetFormResult> {
    return getForm(this.#core, params, options);
  }

  /**
   * List Forms
   *
   * List the forms of a site, one page at a time (`offset` and `limit`, at most 100 per page).
   *
   * Required scopes: `forms:read`.
   *
   * GET `/sites/{site_id}/forms` (operationId `listForms`).
   * @param params - site_id, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  list(params: ListFormsParams, options?: RequestOptions): ApiPromise<ListFormsResult> {
    return listForms(this.#core, params, options);
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.forms.iterate(params)) console.log(item);
   */
  iterate(
    params: ListFormsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListFormsResult["forms"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listForms(this.#core, { ...params, offset }, options);
      return { items: page.forms, pagination: page.pagination };
    }, params.offset ?? 0);
  }
}
