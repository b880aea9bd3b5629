import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * The ecommerce settings of a site.
 */
export type EcommerceSettings = components["schemas"]["EcommerceSettings"];
/**
 * Whether `value` is a {@link EcommerceSettings}; the fast check {@link validateEcommerceSettings} runs before explaining a failure.
 */
export declare function isEcommerceSettings(value: unknown): value is EcommerceSettings;
/**
 * The EcommerceSettings schema as data: what {@link validateEcommerceSettings} walks to say why a value failed.
 */
export declare const ecommerceSettingsSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link EcommerceSettings}.
 * @returns `{ ok: true, value }` typed as {@link EcommerceSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateEcommerceSettings: Validator<EcommerceSettings>;
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
export type GetEcommerceSettingsResult = operations["getEcommerceSettings"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.ecommerce.getSettings`.
 */
export declare const validateGetEcommerceSettingsResult: Validator<GetEcommerceSettingsResult>;
/**
 * Get Ecommerce Settings: {@link EcommerceApi.getSettings | client.ecommerce.getSettings} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getEcommerceSettings(core: HttpCore, params: GetEcommerceSettingsParams, options?: RequestOptions): ApiPromise<GetEcommerceSettingsResult>;
/**
 * Ecommerce operations: Read the ecommerce settings of a site.
 *
 * Reached as `client.ecommerce`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class EcommerceApi {
	#private;
	constructor(core: HttpCore);
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
	getSettings(params: GetEcommerceSettingsParams, options?: RequestOptions): ApiPromise<GetEcommerceSettingsResult>;
}
