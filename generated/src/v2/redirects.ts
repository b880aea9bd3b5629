/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT, EXPLAIN_OBJECT } from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

/**
 * Body of POST /sites/{site_id}/redirects.
 */
export type CreateRedirectRequest = components["schemas"]["CreateRedirectRequest"];

/**
 * Whether `value` is a {@link CreateRedirectRequest}; the fast check {@link validateCreateRedirectRequest} runs before explaining a failure.
 */
export function isCreateRedirectRequest(value: unknown): value is CreateRedirectRequest {
  return (
    $.isPlainObject(value) && typeof value.fromUrl === "string" && typeof value.toUrl === "string"
  );
}

/**
 * The CreateRedirectRequest schema as data: what {@link validateCreateRedirectRequest} walks to say why a value failed.
 */
export const createRedirectRequestSchema: SchemaPlan = {
  kind: "object",
  title: "CreateRedirectRequest",
  properties: { fromUrl: { kind: "string" }, toUrl: { kind: "string" } },
  required: ["fromUrl", "toUrl"],
};

/**
 * Checks that `value` is a {@link CreateRedirectRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateRedirectRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateRedirectRequest: Validator<CreateRedirectRequest> =
  /* @__PURE__ */ $.validator(isCreateRedirectRequest, createRedirectRequestSchema, EXPLAIN_OBJECT);

/**
 * A 301 redirect of a site, from a path of the site to another path or URL.
 */
export type Redirect = components["schemas"]["Redirect"];

/**
 * Whether `value` is a {@link Redirect}; the fast check {@link validateRedirect} runs before explaining a failure.
 */
export function isRedirect(value: unknown): value is Redirect {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.fromUrl === undefined || typeof value.fromUrl === "string") &&
    (value.toUrl === undefined || typeof value.toUrl === "string")
  );
}

/**
 * The Redirect schema as data: what {@link validateRedirect} walks to say why a value failed.
 */
export const redirectSchema: SchemaPlan = {
  kind: "object",
  title: "Redirect",
  properties: { id: { kind: "string" }, fromUrl: { kind: "string" }, toUrl: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link Redirect}.
 * @returns `{ ok: true, value }` typed as {@link Redirect}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRedirect: Validator<Redirect> = /* @__PURE__ */ $.validator(
  isRedirect,
  redirectSchema,
  EXPLAIN_OBJECT,
);

/**
 * The 301 redirects of a site (response of GET /sites/{site_id}/redirects, and of DELETE /sites/{site_id}/redirects/{redirect_id}, which answers with the redirects that remain).
 */
export type RedirectList = components["schemas"]["RedirectList"];

/**
 * Whether `value` is a {@link RedirectList}; the fast check {@link validateRedirectList} runs before explaining a failure.
 */
export function isRedirectList(value: unknown): value is RedirectList {
  return (
    $.isPlainObject(value) &&
    (value.redirects === undefined || isRedirectList_redirects(value.redirects)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isRedirectList_redirects(value: unknown): boolean {
  return Array.isArray(value) && value.every(isRedirect);
}

/**
 * The RedirectList schema as data: what {@link validateRedirectList} walks to say why a value failed.
 */
export const redirectListSchema: SchemaPlan = {
  kind: "object",
  title: "RedirectList",
  properties: {
    redirects: { kind: "array", items: () => redirectSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link RedirectList}.
 * @returns `{ ok: true, value }` typed as {@link RedirectList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRedirectList: Validator<RedirectList> = /* @__PURE__ */ $.validator(
  isRedirectList,
  redirectListSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT,
);

/**
 * Body of PATCH /sites/{site_id}/redirects/{redirect_id}. Only the fields sent are changed.
 */
export type UpdateRedirectRequest = components["schemas"]["UpdateRedirectRequest"];

/**
 * Whether `value` is a {@link UpdateRedirectRequest}; the fast check {@link validateUpdateRedirectRequest} runs before explaining a failure.
 */
export function isUpdateRedirectRequest(value: unknown): value is UpdateRedirectRequest {
  return (
    $.isPlainObject(value) &&
    (value.fromUrl === undefined || typeof value.fromUrl === "string") &&
    (value.toUrl === undefined || typeof value.toUrl === "string")
  );
}

/**
 * The UpdateRedirectRequest schema as data: what {@link validateUpdateRedirectRequest} walks to say why a value failed.
 */
export const updateRedirectRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateRedirectRequest",
  properties: { fromUrl: { kind: "string" }, toUrl: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link UpdateRedirectRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateRedirectRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateRedirectRequest: Validator<UpdateRedirectRequest> =
  /* @__PURE__ */ $.validator(isUpdateRedirectRequest, updateRedirectRequestSchema, EXPLAIN_OBJECT);

/**
 * Parameters of `client.redirects.create`.
 */
export interface CreateRedirectParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["createRedirect"]["parameters"]["path"]>["site_id"];
  /**
   * The redirect to create.
   */
  body: CreateRedirectBody;
}

/**
 * Request body of `client.redirects.create`.
 *
 * The redirect to create.
 */
export type CreateRedirectBody = NonNullable<
  operations["createRedirect"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.redirects.create` resolves to: the 200 response. The redirect was created.
 */
export type CreateRedirectResult =
  operations["createRedirect"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.redirects.create`.
 */
export const validateCreateRedirectResult: Validator<CreateRedirectResult> = validateRedirect;

/**
 * Checks a request body of `client.redirects.create`; the client runs it before sending.
 */
export const validateCreateRedirectBody: Validator<CreateRedirectBody> =
  validateCreateRedirectRequest;

/**
 * Create a 301 redirect: {@link RedirectsApi.create | client.redirects.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createRedirect(
  core: HttpCore,
  params: CreateRedirectParams,
  options?: RequestOptions,
): ApiPromise<CreateRedirectResult> {
  return core.request<CreateRedirectResult>(
    {
      operationId: "createRedirect",
      method: "POST",
      path: "/sites/{site_id}/redirects",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateCreateRedirectBody,
      responseKind: "json",
      validate: validateCreateRedirectResult,
    },
    options,
  );
}

/**
 * Parameters of `client.redirects.remove`.
 */
export interface DeleteRedirectParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["deleteRedirect"]["parameters"]["path"]>["site_id"];
  /**
   * Unique identifier of a 301 redirect.
   *
   * Sent in the path.
   */
  redirect_id: NonNullable<operations["deleteRedirect"]["parameters"]["path"]>["redirect_id"];
}

/**
 * What `client.redirects.remove` resolves to: the 200 response. The redirect was deleted; the redirects that remain.
 */
export type DeleteRedirectResult =
  operations["deleteRedirect"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.redirects.remove`.
 */
export const validateDeleteRedirectResult: Validator<DeleteRedirectResult> = validateRedirectList;

/**
 * Delete 301 redirects: {@link RedirectsApi.remove | client.redirects.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteRedirect(
  core: HttpCore,
  params: DeleteRedirectParams,
  options?: RequestOptions,
): ApiPromise<DeleteRedirectResult> {
  return core.request<DeleteRedirectResult>(
    {
      operationId: "deleteRedirect",
      method: "DELETE",
      path: "/sites/{site_id}/redirects/{redirect_id}",
      pathParams: { site_id: params.site_id, redirect_id: params.redirect_id },
      responseKind: "json",
      validate: validateDeleteRedirectResult,
    },
    options,
  );
}

/**
 * Parameters of `client.redirects.list`.
 */
export interface ListRedirectsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listRedirects"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.redirects.list` resolves to: the 200 response. The redirects of the site.
 */
export type ListRedirectsResult =
  operations["listRedirects"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.redirects.list`.
 */
export const validateListRedirectsResult: Validator<ListRedirectsResult> = validateRedirectList;

/**
 * Get 301 redirects: {@link RedirectsApi.list | client.redirects.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listRedirects(
  core: HttpCore,
  params: ListRedirectsParams,
  options?: RequestOptions,
): ApiPromise<ListRedirectsResult> {
  return core.request<ListRedirectsResult>(
    {
      operationId: "listRedirects",
      method: "GET",
      path: "/sites/{site_id}/redirects",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateListRedirectsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.redirects.update`.
 */
export interface UpdateRedirectParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["updateRedirect"]["parameters"]["path"]>["site_id"];
  /**
   * Unique identifier of a 301 redirect.
   *
   * Sent in the path.
   */
  redirect_id: NonNullable<operations["updateRedirect"]["parameters"]["path"]>["redirect_id"];
  /**
   * The fields to change.
   */
  body: UpdateRedirectBody;
}

/**
 * Request body of `client.redirects.update`.
 *
 * The fields to change.
 */
export type UpdateRedirectBody = NonNullable<
  operations["updateRedirect"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.redirects.update` resolves to: the 200 response. The updated redirect.
 */
export type UpdateRedirectResult =
  operations["updateRedirect"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.redirects.update`.
 */
export const validateUpdateRedirectResult: Validator<UpdateRedirectResult> = validateRedirect;

/**
 * Checks a request body of `client.redirects.update`; the client runs it before sending.
 */
export const validateUpdateRedirectBody: Validator<UpdateRedirectBody> =
  validateUpdateRedirectRequest;

/**
 * Update 301 redirect: {@link RedirectsApi.update | client.redirects.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateRedirect(
  core: HttpCore,
  params: UpdateRedirectParams,
  options?: RequestOptions,
): ApiPromise<UpdateRedirectResult> {
  return core.request<UpdateRedirectResult>(
    {
      operationId: "updateRedirect",
      method: "PATCH",
      path: "/sites/{site_id}/redirects/{redirect_id}",
      pathParams: { site_id: params.site_id, redirect_id: params.redirect_id },
      body: params.body,
      validateBody: validateUpdateRedirectBody,
      responseKind: "json",
      validate: validateUpdateRedirectResult,
    },
    options,
  );
}

/**
 * Redirects operations: Read, create, update and delete the 301 redirects of a site.
 *
 * Reached as `client.redirects`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class RedirectsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create a 301 redirect
   *
   * Add a 301 redirect to a site, from a path of the site to another path or URL. Answers 200 with the new redirect.
   *
   * Required scopes: `sites:write`.
   *
   * POST `/sites/{site_id}/redirects` (operationId `createRedirect`).
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
  create(params: CreateRedirectParams, options?: RequestOptions): ApiPromise<CreateRedirectResult> {
    return createRedirect(this.#core, params, options);
  }

  /**
   * Delete 301 redirects
   *
   * Delete a 301 redirect. Answers 200 with the redirects of the site that remain.
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/sites/{site_id}/redirects/{redirect_id}` (operationId `deleteRedirect`).
   * @param params - site_id, redirect_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no redirect with this `redirect_id`.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  remove(params: DeleteRedirectParams, options?: RequestOptions): ApiPromise<DeleteRedirectResult> {
    return deleteRedirect(this.#core, params, options);
  }

  /**
   * Get 301 redirects
   *
   * List the 301 redirects of a site. The endpoint takes no paging parameters; the response may still carry `pagination`.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/redirects` (operationId `listRedirects`).
   * @param params - site_id
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
  list(params: ListRedirectsParams, options?: RequestOptions): ApiPromise<ListRedirectsResult> {
    return listRedirects(this.#core, params, options);
  }

  /**
   * Update 301 redirect
   *
   * Change the source or the target of a 301 redirect. Only the fields sent are changed. Answers with the updated redirect.
   *
   * Required scopes: `sites:write`.
   *
   * PATCH `/sites/{site_id}/redirects/{redirect_id}` (operationId `updateRedirect`).
   * @param params - site_id, redirect_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no redirect with this `redirect_id`.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  update(params: UpdateRedirectParams, options?: RequestOptions): ApiPromise<UpdateRedirectResult> {
    return updateRedirect(this.#core, params, options);
  }
}
