/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import { EXPLAIN_OBJECT_STRING_DATE_TIME } from "./explainers.js";
import type { components, operations } from "./schema.js";

const ECOMMERCE_SETTINGS_SITE_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

/**
 * The ecommerce settings of a site.
 */
export type EcommerceSettings = components["schemas"]["EcommerceSettings"];

/**
 * Whether `value` is a {@link EcommerceSettings}; the fast check {@link validateEcommerceSettings} runs before explaining a failure.
 */
export function isEcommerceSettings(value: unknown): value is EcommerceSettings {
  return (
    $.isPlainObject(value) &&
    (value.siteId === undefined ||
      (typeof value.siteId === "string" &&
        ECOMMERCE_SETTINGS_SITE_ID_PATTERN.test(value.siteId))) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.defaultCurrency === undefined || typeof value.defaultCurrency === "string")
  );
}

/**
 * The EcommerceSettings schema as data: what {@link validateEcommerceSettings} walks to say why a value failed.
 */
export const ecommerceSettingsSchema: SchemaPlan = {
  kind: "object",
  title: "EcommerceSettings",
  properties: {
    siteId: { kind: "string", pattern: ECOMMERCE_SETTINGS_SITE_ID_PATTERN },
    createdOn: { kind: "string", format: "date-time" },
    defaultCurrency: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link EcommerceSettings}.
 * @returns `{ ok: true, value }` typed as {@link EcommerceSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateEcommerceSettings: Validator<EcommerceSettings> = /* @__PURE__ */ $.validator(
  isEcommerceSettings,
  ecommerceSettingsSchema,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
);

/**
 * Parameters of `client.ecommerce.getSettings`.
 */
export interface GetEcommerceSettingsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["getEcommerceSettings"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.ecommerce.getSettings` resolves to: the 200 response. The ecommerce settings of the site.
 */
export type GetEcommerceSettingsResult =
  operations["getEcommerceSettings"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.ecommerce.getSettings`.
 */
export const validateGetEcommerceSettingsResult: Validator<GetEcommerceSettingsResult> =
  validateEcommerceSettings;

/**
 * Get Ecommerce Settings: {@link EcommerceApi.getSettings | client.ecommerce.getSettings} as a function of the core, so that a program importing only it bundles only it.
 */
export function getEcommerceSettings(
  core: HttpCore,
  params: GetEcommerceSettingsParams,
  options?: RequestOptions,
): ApiPromise<GetEcommerceSettingsResult> {
  return core.request<GetEcommerceSettingsResult>(
    {
      operationId: "getEcommerceSettings",
      method: "GET",
      path: "/sites/{site_id}/ecommerce/settings",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateGetEcommerceSettingsResult,
    },
    options,
  );
}

/**
 * Ecommerce operations: Read the ecommerce settings of a site.
 *
 * Reached as `client.ecommerce`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class EcommerceApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Ecommerce Settings
   *
   * Get the ecommerce settings of a site, such as its default currency.
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/sites/{site_id}/ecommerce/settings` (operationId `getEcommerceSettings`).
   * @param params - site_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  getSettings(
    params: GetEcommerceSettingsParams,
    options?: RequestOptions,
  ): ApiPromise<GetEcommerceSettingsResult> {
    return getEcommerceSettings(this.#core, params, options);
  }
}
