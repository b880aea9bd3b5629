import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * The OAuth application the authorization was granted to.
 */
export type Application = components["schemas"]["Application"];
/**
 * Whether `value` is a {@link Application}; the fast check {@link validateApplication} runs before explaining a failure.
 */
export declare function isApplication(value: unknown): value is Application;
/**
 * The Application schema as data: what {@link validateApplication} walks to say why a value failed.
 */
export declare const applicationSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Application}.
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateApplication: Validator<Application>;
/**
 * Basic information about the authorization being used (response of GET /info).
 */
export type AuthorizedInfo = components["schemas"]["AuthorizedInfo"];
/**
 * Whether `value` is a {@link AuthorizedInfo}; the fast check {@link validateAuthorizedInfo} runs before explaining a failure.
 */
export declare function isAuthorizedInfo(value: unknown): value is AuthorizedInfo;
/**
 * The AuthorizedInfo schema as data: what {@link validateAuthorizedInfo} walks to say why a value failed.
 */
export declare const authorizedInfoSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AuthorizedInfo}.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAuthorizedInfo: Validator<AuthorizedInfo>;
/**
 * Response of GET /user: the user who authorized the token, wrapped in a `user` key.
 */
export type AuthorizedUserResponse = components["schemas"]["AuthorizedUserResponse"];
/**
 * Whether `value` is a {@link AuthorizedUserResponse}; the fast check {@link validateAuthorizedUserResponse} runs before explaining a failure.
 */
export declare function isAuthorizedUserResponse(value: unknown): value is AuthorizedUserResponse;
/**
 * The AuthorizedUserResponse schema as data: what {@link validateAuthorizedUserResponse} walks to say why a value failed.
 */
export declare const authorizedUserResponseSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AuthorizedUserResponse}.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUserResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAuthorizedUserResponse: Validator<AuthorizedUserResponse>;
/**
 * A Webflow user.
 */
export type User = components["schemas"]["User"];
/**
 * Whether `value` is a {@link User}; the fast check {@link validateUser} runs before explaining a failure.
 */
export declare function isUser(value: unknown): value is User;
/**
 * The User schema as data: what {@link validateUser} walks to say why a value failed.
 */
export declare const userSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link User}.
 * @returns `{ ok: true, value }` typed as {@link User}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUser: Validator<User>;
/**
 * Body of every 4xx and 5xx response of the legacy v1 API.
 */
export type V1Error = components["schemas"]["V1Error"];
/**
 * Whether `value` is a {@link V1Error}; the fast check {@link validateV1Error} runs before explaining a failure.
 */
export declare function isV1Error(value: unknown): value is V1Error;
/**
 * The V1Error schema as data: what {@link validateV1Error} walks to say why a value failed.
 */
export declare const v1ErrorSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link V1Error}.
 * @returns `{ ok: true, value }` typed as {@link V1Error}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateV1Error: Validator<V1Error>;
/**
 * What `client.meta.getAuthorizedInfo` resolves to: the 200 response. Request was successful.
 */
export type GetAuthorizedInfoResult = operations["getAuthorizedInfo"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.meta.getAuthorizedInfo`.
 */
export declare const validateGetAuthorizedInfoResult: Validator<GetAuthorizedInfoResult>;
/**
 * Authorized Info: {@link MetaApi.getAuthorizedInfo | client.meta.getAuthorizedInfo} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getAuthorizedInfo(core: HttpCore, options?: RequestOptions): ApiPromise<GetAuthorizedInfoResult>;
/**
 * What `client.meta.getAuthorizedUser` resolves to: the 200 response. Request was successful.
 */
export type GetAuthorizedUserResult = operations["getAuthorizedUser"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.meta.getAuthorizedUser`.
 */
export declare const validateGetAuthorizedUserResult: Validator<GetAuthorizedUserResult>;
/**
 * Authorized User: {@link MetaApi.getAuthorizedUser | client.meta.getAuthorizedUser} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getAuthorizedUser(core: HttpCore, options?: RequestOptions): ApiPromise<GetAuthorizedUserResult>;
/**
 * Meta operations: Information about the authorization and the user who granted it.
 *
 * Reached as `client.meta`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class MetaApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * Authorized Info
	 *
	 * Basic information about the authorization being used: its grant type, the sites, organizations, workspaces and users it covers, its rate limit, and (for OAuth grants) the application.
	 *
	 * GET `/info` (operationId `getAuthorizedInfo`).
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link NotFoundError} 404
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 */
	getAuthorizedInfo(options?: RequestOptions): ApiPromise<GetAuthorizedInfoResult>;
	/**
	 * Authorized User
	 *
	 * The user who authorized the token, wrapped in a `user` key (see the x-decision on AuthorizedUserResponse).
	 *
	 * GET `/user` (operationId `getAuthorizedUser`).
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link NotFoundError} 404
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 */
	getAuthorizedUser(options?: RequestOptions): ApiPromise<GetAuthorizedUserResult>;
}
