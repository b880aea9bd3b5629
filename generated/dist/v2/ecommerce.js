/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_OBJECT_STRING_DATE_TIME } from "./explainers.js";
const ECOMMERCE_SETTINGS_SITE_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
/**
 * Whether `value` is a {@link EcommerceSettings}; the fast check {@link validateEcommerceSettings} runs before explaining a failure.
 */
export function isEcommerceSettings(value) {
	return $.isPlainObject(value) && (value.siteId === undefined || typeof value.siteId === "string" && ECOMMERCE_SETTINGS_SITE_ID_PATTERN.test(value.siteId)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.defaultCurrency === undefined || typeof value.defaultCurrency === "string");
}
/**
 * The EcommerceSettings schema as data: what {@link validateEcommerceSettings} walks to say why a value failed.
 */
export const ecommerceSettingsSchema = {
	kind: "object",
	title: "EcommerceSettings",
	properties: {
		siteId: {
			kind: "string",
			pattern: ECOMMERCE_SETTINGS_SITE_ID_PATTERN
		},
		createdOn: {
			kind: "string",
			format: "date-time"
		},
		defaultCurrency: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link EcommerceSettings}.
 * @returns `{ ok: true, value }` typed as {@link EcommerceSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateEcommerceSettings = /* @__PURE__ */ $.validator(isEcommerceSettings, ecommerceSettingsSchema, EXPLAIN_OBJECT_STRING_DATE_TIME);
/**
 * Checks the 200 response body of `client.ecommerce.getSettings`.
 */
export const validateGetEcommerceSettingsResult = validateEcommerceSettings;
/**
 * Get Ecommerce Settings: {@link EcommerceApi.getSettings | client.ecommerce.getSettings} as a function of the core, so that a program importing only it bundles only it.
 */
export function getEcommerceSettings(core, params, options) {
	return core.request({
		operationId: "getEcommerceSettings",
		method: "GET",
		path: "/sites/{site_id}/ecommerce/settings",
		pathParams: { site_id: params.site_id },
		responseKind: "json",
		validate: validateGetEcommerceSettingsResult
	}, options);
}
/**
 * Ecommerce operations: Read the ecommerce settings of a site.
 *
 * Reached as `client.ecommerce`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class EcommerceApi {
	#core;
	constructor(core) {
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
	getSettings(params, options) {
		return getEcommerceSettings(this.#core, params, options);
	}
}
