/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import { EXPLAIN_ARRAY_OBJECT } from "./explainers.js";
import type { components, operations } from "./schema.js";

/**
 * The robots.txt of a site as rules per user agent and a sitemap URL. The response of every robots.txt operation, and the body of the PUT, PATCH and DELETE operations (the rules to set, to add or to remove).
 */
export type RobotsTxt = components["schemas"]["RobotsTxt"];

/**
 * Whether `value` is a {@link RobotsTxt}; the fast check {@link validateRobotsTxt} runs before explaining a failure.
 */
export function isRobotsTxt(value: unknown): value is RobotsTxt {
  return (
    $.isPlainObject(value) &&
    (value.rules === undefined || isRobotsTxt_rules(value.rules)) &&
    (value.sitemap === undefined || typeof value.sitemap === "string")
  );
}

function isRobotsTxt_rules(value: unknown): boolean {
  return Array.isArray(value) && value.every(isRobotsTxtRule);
}

/**
 * The RobotsTxt schema as data: what {@link validateRobotsTxt} walks to say why a value failed.
 */
export const robotsTxtSchema: SchemaPlan = {
  kind: "object",
  title: "RobotsTxt",
  properties: {
    rules: { kind: "array", items: () => robotsTxtRuleSchema },
    sitemap: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link RobotsTxt}.
 * @returns `{ ok: true, value }` typed as {@link RobotsTxt}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRobotsTxt: Validator<RobotsTxt> = /* @__PURE__ */ $.validator(
  isRobotsTxt,
  robotsTxtSchema,
  EXPLAIN_ARRAY_OBJECT,
);

/**
 * The rules of robots.txt for one user agent.
 */
export type RobotsTxtRule = components["schemas"]["RobotsTxtRule"];

/**
 * Whether `value` is a {@link RobotsTxtRule}; the fast check {@link validateRobotsTxtRule} runs before explaining a failure.
 */
export function isRobotsTxtRule(value: unknown): value is RobotsTxtRule {
  return (
    $.isPlainObject(value) &&
    typeof value.userAgent === "string" &&
    (value.allows === undefined || isRobotsTxtRule_allows(value.allows)) &&
    (value.disallows === undefined || isRobotsTxtRule_disallows(value.disallows))
  );
}

function isRobotsTxtRule_allows_item(value: unknown): boolean {
  return typeof value === "string";
}

function isRobotsTxtRule_allows(value: unknown): boolean {
  return Array.isArray(value) && value.every(isRobotsTxtRule_allows_item);
}

function isRobotsTxtRule_disallows_item(value: unknown): boolean {
  return typeof value === "string";
}

function isRobotsTxtRule_disallows(value: unknown): boolean {
  return Array.isArray(value) && value.every(isRobotsTxtRule_disallows_item);
}

/**
 * The RobotsTxtRule schema as data: what {@link validateRobotsTxtRule} walks to say why a value failed.
 */
export const robotsTxtRuleSchema: SchemaPlan = {
  kind: "object",
  title: "RobotsTxtRule",
  properties: {
    userAgent: { kind: "string" },
    allows: { kind: "array", items: { kind: "string" } },
    disallows: { kind: "array", items: { kind: "string" } },
  },
  required: ["userAgent"],
};

/**
 * Checks that `value` is a {@link RobotsTxtRule}.
 * @returns `{ ok: true, value }` typed as {@link RobotsTxtRule}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRobotsTxtRule: Validator<RobotsTxtRule> = /* @__PURE__ */ $.validator(
  isRobotsTxtRule,
  robotsTxtRuleSchema,
  EXPLAIN_ARRAY_OBJECT,
);

/**
 * Parameters of `client.robotsTxt.remove`.
 */
export interface DeleteRobotsTxtParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["deleteRobotsTxt"]["parameters"]["path"]>["site_id"];
  /**
   * The rules and sitemap URL to remove.
   */
  body: DeleteRobotsTxtBody;
}

/**
 * Request body of `client.robotsTxt.remove`.
 *
 * The rules and sitemap URL to remove.
 */
export type DeleteRobotsTxtBody = NonNullable<
  operations["deleteRobotsTxt"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.robotsTxt.remove` resolves to: the 200 response. The robots.txt of the site after the change.
 */
export type DeleteRobotsTxtResult =
  operations["deleteRobotsTxt"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.robotsTxt.remove`.
 */
export const validateDeleteRobotsTxtResult: Validator<DeleteRobotsTxtResult> = validateRobotsTxt;

/**
 * Checks a request body of `client.robotsTxt.remove`; the client runs it before sending.
 */
export const validateDeleteRobotsTxtBody: Validator<DeleteRobotsTxtBody> = validateRobotsTxt;

/**
 * Delete robots.txt: {@link RobotsTxtApi.remove | client.robotsTxt.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteRobotsTxt(
  core: HttpCore,
  params: DeleteRobotsTxtParams,
  options?: RequestOptions,
): ApiPromise<DeleteRobotsTxtResult> {
  return core.request<DeleteRobotsTxtResult>(
    {
      operationId: "deleteRobotsTxt",
      method: "DELETE",
      path: "/sites/{site_id}/robots_txt",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateDeleteRobotsTxtBody,
      responseKind: "json",
      validate: validateDeleteRobotsTxtResult,
    },
    options,
  );
}

/**
 * Parameters of `client.robotsTxt.get`.
 */
export interface GetRobotsTxtParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["getRobotsTxt"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.robotsTxt.get` resolves to: the 200 response. The robots.txt of the site.
 */
export type GetRobotsTxtResult =
  operations["getRobotsTxt"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.robotsTxt.get`.
 */
export const validateGetRobotsTxtResult: Validator<GetRobotsTxtResult> = validateRobotsTxt;

/**
 * Get robots.txt: {@link RobotsTxtApi.get | client.robotsTxt.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getRobotsTxt(
  core: HttpCore,
  params: GetRobotsTxtParams,
  options?: RequestOptions,
): ApiPromise<GetRobotsTxtResult> {
  return core.request<GetRobotsTxtResult>(
    {
      operationId: "getRobotsTxt",
      method: "GET",
      path: "/sites/{site_id}/robots_txt",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateGetRobotsTxtResult,
    },
    options,
  );
}

/**
 * Parameters of `client.robotsTxt.replace`.
 */
export interface ReplaceRobotsTxtParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["replaceRobotsTxt"]["parameters"]["path"]>["site_id"];
  /**
   * The new robots.txt.
   */
  body: ReplaceRobotsTxtBody;
}

/**
 * Request body of `client.robotsTxt.replace`.
 *
 * The new robots.txt.
 */
export type ReplaceRobotsTxtBody = NonNullable<
  operations["replaceRobotsTxt"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.robotsTxt.replace` resolves to: the 200 response. The robots.txt of the site after the change.
 */
export type ReplaceRobotsTxtResult =
  operations["replaceRobotsTxt"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.robotsTxt.replace`.
 */
export const validateReplaceRobotsTxtResult: Validator<ReplaceRobotsTxtResult> = validateRobotsTxt;

/**
 * Checks a request body of `client.robotsTxt.replace`; the client runs it before sending.
 */
export const validateReplaceRobotsTxtBody: Validator<ReplaceRobotsTxtBody> = validateRobotsTxt;

/**
 * Replace robots.txt: {@link RobotsTxtApi.replace | client.robotsTxt.replace} as a function of the core, so that a program importing only it bundles only it.
 */
export function replaceRobotsTxt(
  core: HttpCore,
  params: ReplaceRobotsTxtParams,
  options?: RequestOptions,
): ApiPromise<ReplaceRobotsTxtResult> {
  return core.request<ReplaceRobotsTxtResult>(
    {
      operationId: "replaceRobotsTxt",
      method: "PUT",
      path: "/sites/{site_id}/robots_txt",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateReplaceRobotsTxtBody,
      responseKind: "json",
      validate: validateReplaceRobotsTxtResult,
    },
    options,
  );
}

/**
 * Parameters of `client.robotsTxt.update`.
 */
export interface UpdateRobotsTxtParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["updateRobotsTxt"]["parameters"]["path"]>["site_id"];
  /**
   * The rules and sitemap URL to add or change.
   */
  body: UpdateRobotsTxtBody;
}

/**
 * Request body of `client.robotsTxt.update`.
 *
 * The rules and sitemap URL to add or change.
 */
export type UpdateRobotsTxtBody = NonNullable<
  operations["updateRobotsTxt"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.robotsTxt.update` resolves to: the 200 response. The robots.txt of the site after the change.
 */
export type UpdateRobotsTxtResult =
  operations["updateRobotsTxt"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.robotsTxt.update`.
 */
export const validateUpdateRobotsTxtResult: Validator<UpdateRobotsTxtResult> = validateRobotsTxt;

/**
 * Checks a request body of `client.robotsTxt.update`; the client runs it before sending.
 */
export const validateUpdateRobotsTxtBody: Validator<UpdateRobotsTxtBody> = validateRobotsTxt;

/**
 * Update robots.txt: {@link RobotsTxtApi.update | client.robotsTxt.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateRobotsTxt(
  core: HttpCore,
  params: UpdateRobotsTxtParams,
  options?: RequestOptions,
): ApiPromise<UpdateRobotsTxtResult> {
  return core.request<UpdateRobotsTxtResult>(
    {
      operationId: "updateRobotsTxt",
      method: "PATCH",
      path: "/sites/{site_id}/robots_txt",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateUpdateRobotsTxtBody,
      responseKind: "json",
      validate: validateUpdateRobotsTxtResult,
    },
    options,
  );
}

/**
 * Robots.txt operations: Read, replace, update and remove the robots.txt rules of a site.
 *
 * Reached as `client.robotsTxt`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class RobotsTxtApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Delete robots.txt
   *
   * Remove the rules (and sitemap URL) sent from the robots.txt of a site. Answers with the resulting robots.txt.
   *
   * Required scopes: `site_config:write`.
   *
   * DELETE `/sites/{site_id}/robots_txt` (operationId `deleteRobotsTxt`).
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
  remove(
    params: DeleteRobotsTxtParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteRobotsTxtResult> {
    return deleteRobotsTxt(this.#core, params, options);
  }

  /**
   * Get robots.txt
   *
   * Get the robots.txt rules and sitemap URL of a site.
   *
   * Required scopes: `site_config:read`.
   *
   * GET `/sites/{site_id}/robots_txt` (operationId `getRobotsTxt`).
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
  get(params: GetRobotsTxtParams, options?: RequestOptions): ApiPromise<GetRobotsTxtResult> {
    return getRobotsTxt(this.#core, params, options);
  }

  /**
   * Replace robots.txt
   *
   * Replace the whole robots.txt of a site with the rules and sitemap URL sent. Answers with the resulting robots.txt.
   *
   * Required scopes: `site_config:write`.
   *
   * PUT `/sites/{site_id}/robots_txt` (operationId `replaceRobotsTxt`).
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
  replace(
    params: ReplaceRobotsTxtParams,
    options?: RequestOptions,
  ): ApiPromise<ReplaceRobotsTxtResult> {
    return replaceRobotsTxt(this.#core, params, options);
  }

  /**
   * Update robots.txt
   *
   * Update the robots.txt of a site with the rules and sitemap URL sent, keeping what is not sent. Answers with the resulting robots.txt. Required scope: `site_config:write`.
   *
   * Required scopes: `site_config:write`.
   *
   * PATCH `/sites/{site_id}/robots_txt` (operationId `updateRobotsTxt`).
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
    params: UpdateRobotsTxtParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateRobotsTxtResult> {
    return updateRobotsTxt(this.#core, params, options);
  }
}
