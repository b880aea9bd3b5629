/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import { EXPLAIN_ARRAY_OBJECT, EXPLAIN_OBJECT } from "./explainers.js";
import type { components, operations } from "./schema.js";

/**
 * A Google tag (for example a Google Analytics or Google Ads tag ID) installed on a site.
 */
export type GoogleTag = components["schemas"]["GoogleTag"];

/**
 * Whether `value` is a {@link GoogleTag}; the fast check {@link validateGoogleTag} runs before explaining a failure.
 */
export function isGoogleTag(value: unknown): value is GoogleTag {
  return (
    $.isPlainObject(value) &&
    (value.order === undefined ||
      (typeof value.order === "number" && Number.isInteger(value.order))) &&
    typeof value.displayName === "string" &&
    typeof value.tagId === "string"
  );
}

/**
 * The GoogleTag schema as data: what {@link validateGoogleTag} walks to say why a value failed.
 */
export const googleTagSchema: SchemaPlan = {
  kind: "object",
  title: "GoogleTag",
  properties: {
    order: { kind: "integer" },
    displayName: { kind: "string" },
    tagId: { kind: "string" },
  },
  required: ["displayName", "tagId"],
};

/**
 * Checks that `value` is a {@link GoogleTag}.
 * @returns `{ ok: true, value }` typed as {@link GoogleTag}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateGoogleTag: Validator<GoogleTag> = /* @__PURE__ */ $.validator(
  isGoogleTag,
  googleTagSchema,
  EXPLAIN_OBJECT,
);

/**
 * The Google tags of a site: the response of the Google tag operations and the body of PATCH /sites/{site_id}/integrations/google_tags.
 */
export type GoogleTagList = components["schemas"]["GoogleTagList"];

/**
 * Whether `value` is a {@link GoogleTagList}; the fast check {@link validateGoogleTagList} runs before explaining a failure.
 */
export function isGoogleTagList(value: unknown): value is GoogleTagList {
  return $.isPlainObject(value) && isGoogleTagList_googleTagIds(value.googleTagIds);
}

function isGoogleTagList_googleTagIds(value: unknown): boolean {
  return Array.isArray(value) && value.every(isGoogleTag);
}

/**
 * The GoogleTagList schema as data: what {@link validateGoogleTagList} walks to say why a value failed.
 */
export const googleTagListSchema: SchemaPlan = {
  kind: "object",
  title: "GoogleTagList",
  properties: { googleTagIds: { kind: "array", items: () => googleTagSchema } },
  required: ["googleTagIds"],
};

/**
 * Checks that `value` is a {@link GoogleTagList}.
 * @returns `{ ok: true, value }` typed as {@link GoogleTagList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateGoogleTagList: Validator<GoogleTagList> = /* @__PURE__ */ $.validator(
  isGoogleTagList,
  googleTagListSchema,
  EXPLAIN_ARRAY_OBJECT,
);

/**
 * Parameters of `client.googleTags.removeAll`.
 */
export interface DeleteAllGoogleTagsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["deleteAllGoogleTags"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.googleTags.removeAll` resolves to: the 204 response. The Google tags were removed. No content.
 */
export type DeleteAllGoogleTagsResult = void;

/**
 * Delete Google Tags: {@link GoogleTagsApi.removeAll | client.googleTags.removeAll} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteAllGoogleTags(
  core: HttpCore,
  params: DeleteAllGoogleTagsParams,
  options?: RequestOptions,
): ApiPromise<DeleteAllGoogleTagsResult> {
  return core.request<DeleteAllGoogleTagsResult>(
    {
      operationId: "deleteAllGoogleTags",
      method: "DELETE",
      path: "/sites/{site_id}/integrations/google_tags",
      pathParams: { site_id: params.site_id },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.googleTags.remove`.
 */
export interface DeleteGoogleTagParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["deleteGoogleTag"]["parameters"]["path"]>["site_id"];
  /**
   * A Google tag ID installed on the site (for example `G-7B3C9D2E1F`).
   *
   * Sent in the path.
   */
  tag_id: NonNullable<operations["deleteGoogleTag"]["parameters"]["path"]>["tag_id"];
}

/**
 * What `client.googleTags.remove` resolves to: the 200 response. The tag was removed; the Google tags that remain.
 */
export type DeleteGoogleTagResult =
  operations["deleteGoogleTag"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.googleTags.remove`.
 */
export const validateDeleteGoogleTagResult: Validator<DeleteGoogleTagResult> =
  validateGoogleTagList;

/**
 * Delete Google Tag: {@link GoogleTagsApi.remove | client.googleTags.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteGoogleTag(
  core: HttpCore,
  params: DeleteGoogleTagParams,
  options?: RequestOptions,
): ApiPromise<DeleteGoogleTagResult> {
  return core.request<DeleteGoogleTagResult>(
    {
      operationId: "deleteGoogleTag",
      method: "DELETE",
      path: "/sites/{site_id}/integrations/google_tags/{tag_id}",
      pathParams: { site_id: params.site_id, tag_id: params.tag_id },
      responseKind: "json",
      validate: validateDeleteGoogleTagResult,
    },
    options,
  );
}

/**
 * Parameters of `client.googleTags.list`.
 */
export interface ListGoogleTagsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listGoogleTags"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.googleTags.list` resolves to: the 200 response. The Google tags of the site.
 */
export type ListGoogleTagsResult =
  operations["listGoogleTags"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.googleTags.list`.
 */
export const validateListGoogleTagsResult: Validator<ListGoogleTagsResult> = validateGoogleTagList;

/**
 * List Google Tags: {@link GoogleTagsApi.list | client.googleTags.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listGoogleTags(
  core: HttpCore,
  params: ListGoogleTagsParams,
  options?: RequestOptions,
): ApiPromise<ListGoogleTagsResult> {
  return core.request<ListGoogleTagsResult>(
    {
      operationId: "listGoogleTags",
      method: "GET",
      path: "/sites/{site_id}/integrations/google_tags",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateListGoogleTagsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.googleTags.update`.
 */
export interface UpdateGoogleTagsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["updateGoogleTags"]["parameters"]["path"]>["site_id"];
  /**
   * The Google tags to set.
   */
  body: UpdateGoogleTagsBody;
}

/**
 * Request body of `client.googleTags.update`.
 *
 * The Google tags to set.
 */
export type UpdateGoogleTagsBody = NonNullable<
  operations["updateGoogleTags"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.googleTags.update` resolves to: the 200 response. The Google tags of the site after the change.
 */
export type UpdateGoogleTagsResult =
  operations["updateGoogleTags"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.googleTags.update`.
 */
export const validateUpdateGoogleTagsResult: Validator<UpdateGoogleTagsResult> =
  validateGoogleTagList;

/**
 * Checks a request body of `client.googleTags.update`; the client runs it before sending.
 */
export const validateUpdateGoogleTagsBody: Validator<UpdateGoogleTagsBody> = validateGoogleTagList;

/**
 * Update Google Tag: {@link GoogleTagsApi.update | client.googleTags.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateGoogleTags(
  core: HttpCore,
  params: UpdateGoogleTagsParams,
  options?: RequestOptions,
): ApiPromise<UpdateGoogleTagsResult> {
  return core.request<UpdateGoogleTagsResult>(
    {
      operationId: "updateGoogleTags",
      method: "PATCH",
      path: "/sites/{site_id}/integrations/google_tags",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateUpdateGoogleTagsBody,
      responseKind: "json",
      validate: validateUpdateGoogleTagsResult,
    },
    options,
  );
}

/**
 * Google Tags operations: List, update and remove the Google tags installed on a site.
 *
 * Reached as `client.googleTags`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class GoogleTagsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete Google Tags
   *
   * Remove every Google tag installed on a site. Answers 204 with no body.
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/sites/{site_id}/integrations/google_tags` (operationId `deleteAllGoogleTags`).
   * @param params - site_id
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
  removeAll(
    params: DeleteAllGoogleTagsParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteAllGoogleTagsResult> {
    return deleteAllGoogleTags(this.#core, params, options);
  }

  /**
   * Delete Google Tag
   *
   * Remove one Google tag from a site. Answers 200 with the Google tags that remain.
   *
   * Required scopes: `sites:write`.
   *
   * DELETE `/sites/{site_id}/integrations/google_tags/{tag_id}` (operationId `deleteGoogleTag`).
   * @param params - site_id, tag_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no Google tag with this `tag_id`.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  remove(
    params: DeleteGoogleTagParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteGoogleTagResult> {
    return deleteGoogleTag(this.#core, params, options);
  }

  /**
   * List Google Tags
   *
   * List the Google tags (Google Analytics, Google Ads... tag IDs) installed on a site.
   *
   * Required scopes: `sites:read`.
   *
   * GET `/sites/{site_id}/integrations/google_tags` (operationId `listGoogleTags`).
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
  list(params: ListGoogleTagsParams, options?: RequestOptions): ApiPromise<ListGoogleTagsResult> {
    return listGoogleTags(this.#core, params, options);
  }

  /**
   * Update Google Tag
   *
   * Update the Google tags installed on a site with the tags sent. Answers with the Google tags of the site after the change.
   *
   * Required scopes: `sites:write`.
   *
   * PATCH `/sites/{site_id}/integrations/google_tags` (operationId `updateGoogleTags`).
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
  update(
    params: UpdateGoogleTagsParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateGoogleTagsResult> {
    return updateGoogleTags(this.#core, params, options);
  }
}
