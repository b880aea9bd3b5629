import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * A form on a page of a site, with its fields and response settings (the form's schema).
 */
export type Form = components["schemas"]["Form"];
/**
 * Whether `value` is a {@link Form}; the fast check {@link validateForm} runs before explaining a failure.
 */
export declare function isForm(value: unknown): value is Form;
/**
 * The Form schema as data: what {@link validateForm} walks to say why a value failed.
 */
export declare const formSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Form}.
 * @returns `{ ok: true, value }` typed as {@link Form}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateForm: Validator<Form>;
/**
 * Response of GET /sites/{site_id}/forms, one page of forms.
 */
export type FormList = components["schemas"]["FormList"];
/**
 * Whether `value` is a {@link FormList}; the fast check {@link validateFormList} runs before explaining a failure.
 */
export declare function isFormList(value: unknown): value is FormList;
/**
 * The FormList schema as data: what {@link validateFormList} walks to say why a value failed.
 */
export declare const formListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FormList}.
 * @returns `{ ok: true, value }` typed as {@link FormList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFormList: Validator<FormList>;
/**
 * What happens after a form is submitted (redirect and confirmation e-mail).
 */
export type FormResponseSettings = components["schemas"]["FormResponseSettings"];
/**
 * Whether `value` is a {@link FormResponseSettings}; the fast check {@link validateFormResponseSettings} runs before explaining a failure.
 */
export declare function isFormResponseSettings(value: unknown): value is FormResponseSettings;
/**
 * The FormResponseSettings schema as data: what {@link validateFormResponseSettings} walks to say why a value failed.
 */
export declare const formResponseSettingsSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FormResponseSettings}.
 * @returns `{ ok: true, value }` typed as {@link FormResponseSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFormResponseSettings: Validator<FormResponseSettings>;
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
export declare const validateGetFormResult: Validator<GetFormResult>;
/**
 * Get Form Schema: {@link FormsApi.get | client.forms.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getForm(core: HttpCore, params: GetFormParams, options?: RequestOptions): ApiPromise<GetFormResult>;
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
export type ListFormsResult = operations["listForms"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.forms.list`.
 */
export declare const validateListFormsResult: Validator<ListFormsResult>;
/**
 * List Forms: {@link FormsApi.list | client.forms.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listForms(core: HttpCore, params: ListFormsParams, options?: RequestOptions): ApiPromise<ListFormsResult>;
/**
 * Forms operations: List the forms of a site and read their schema.
 *
 * Reached as `client.forms`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class FormsApi {
	#private;
	constructor(core: HttpCore);
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
	get(params: GetFormParams, options?: RequestOptions): ApiPromise<GetFormResult>;
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
	list(params: ListFormsParams, options?: RequestOptions): ApiPromise<ListFormsResult>;
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.forms.iterate(params)) console.log(item);
	 */
	iterate(params: ListFormsParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListFormsResult["forms"]>[number], void, undefined>;
}
