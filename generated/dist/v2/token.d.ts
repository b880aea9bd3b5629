import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * The Data Client app the token was issued to (present only for OAuth tokens).
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
 * The authorization (token grant) behind the access token.
 */
export type Authorization = components["schemas"]["Authorization"];
/**
 * Whether `value` is a {@link Authorization}; the fast check {@link validateAuthorization} runs before explaining a failure.
 */
export declare function isAuthorization(value: unknown): value is Authorization;
/**
 * The Authorization schema as data: what {@link validateAuthorization} walks to say why a value failed.
 */
export declare const authorizationSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Authorization}.
 * @returns `{ ok: true, value }` typed as {@link Authorization}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAuthorization: Validator<Authorization>;
/**
 * The user who authorized the token (response of GET /token/authorized_by).
 */
export type AuthorizedUser = components["schemas"]["AuthorizedUser"];
/**
 * Whether `value` is a {@link AuthorizedUser}; the fast check {@link validateAuthorizedUser} runs before explaining a failure.
 */
export declare function isAuthorizedUser(value: unknown): value is AuthorizedUser;
/**
 * The AuthorizedUser schema as data: what {@link validateAuthorizedUser} walks to say why a value failed.
 */
export declare const authorizedUserSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AuthorizedUser}.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAuthorizedUser: Validator<AuthorizedUser>;
/**
 * Information about the token used for the request (response of GET /token/introspect). `application` is absent for site and workspace tokens (grantType `client_credentials`).
 */
export type Introspection = components["schemas"]["Introspection"];
/**
 * Whether `value` is a {@link Introspection}; the fast check {@link validateIntrospection} runs before explaining a failure.
 */
export declare function isIntrospection(value: unknown): value is Introspection;
/**
 * The Introspection schema as data: what {@link validateIntrospection} walks to say why a value failed.
 */
export declare const introspectionSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Introspection}.
 * @returns `{ ok: true, value }` typed as {@link Introspection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateIntrospection: Validator<Introspection>;
/**
 * What `client.token.getAuthorizedUser` resolves to: the 200 response. The user who authorized the token.
 */
export type GetAuthorizedUserResult = operations["getAuthorizedUser"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.token.getAuthorizedUser`.
 */
export declare const validateGetAuthorizedUserResult: Validator<GetAuthorizedUserResult>;
/**
 * Get Authorization User Info: {@link TokenApi.getAuthorizedUser | client.token.getAuthorizedUser} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getAuthorizedUser(core: HttpCore, options?: RequestOptions): ApiPromise<GetAuthorizedUserResult>;
/**
 * What `client.token.introspect` resolves to: the 200 response. Information about the token.
 */
export type IntrospectTokenResult = operations["introspectToken"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.token.introspect`.
 */
export declare const validateIntrospectTokenResult: Validator<IntrospectTokenResult>;
/**
 * Get Authorization Info: {@link TokenApi.introspect | client.token.introspect} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function introspectToken(core: HttpCore, options?: RequestOptions): ApiPromise<IntrospectTokenResult>;
/**
 * Token operations: Information about the access token and the user who authorized it.
 *
 * Reached as `client.token`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class TokenApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * Get Authorization User Info
	 *
	 * Information about the user who authorized the access token. Required scope: `authorized_user:read`.
	 *
	 * Required scopes: `authorized_user:read`.
	 *
	 * GET `/token/authorized_by` (operationId `getAuthorizedUser`).
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	getAuthorizedUser(options?: RequestOptions): ApiPromise<GetAuthorizedUserResult>;
	/**
	 * Get Authorization Info
	 *
	 * Information about the access token used for the request: its grant, scopes, rate limit, the sites, workspaces and users it is authorized for, and (for OAuth tokens only) the application it was issued to. Needs a valid token but no scope.
	 *
	 * Required scopes: none (any valid token).
	 *
	 * GET `/token/introspect` (operationId `introspectToken`).
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	introspect(options?: RequestOptions): ApiPromise<IntrospectTokenResult>;
}
