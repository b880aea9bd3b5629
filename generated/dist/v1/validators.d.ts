import { type ValidationResult } from "../runtime/validation.js";
import type { Application, AuthorizedInfo, AuthorizedUserResponse, GetAuthorizedInfoResult, GetAuthorizedUserResult, User, V1Error } from "./types.js";
/**
 * Checks that `value` is a {@link Application}.
 *
 * The OAuth application the authorization was granted to.
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateApplication(value: unknown): ValidationResult<Application>;
/**
 * Checks that `value` is a {@link AuthorizedInfo}.
 *
 * Basic information about the authorization being used (response of GET /info).
 * @returns `{ ok: true, value }` typed as {@link AuthorizedInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuthorizedInfo(value: unknown): ValidationResult<AuthorizedInfo>;
/**
 * Checks that `value` is a {@link AuthorizedUserResponse}.
 *
 * Response of GET /user: the user who authorized the token, wrapped in a `user` key.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUserResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuthorizedUserResponse(value: unknown): ValidationResult<AuthorizedUserResponse>;
/**
 * Checks that `value` is a {@link User}.
 *
 * A Webflow user.
 * @returns `{ ok: true, value }` typed as {@link User}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUser(value: unknown): ValidationResult<User>;
/**
 * Checks that `value` is a {@link V1Error}.
 *
 * Body of every 4xx and 5xx response of the legacy v1 API.
 * @returns `{ ok: true, value }` typed as {@link V1Error}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateV1Error(value: unknown): ValidationResult<V1Error>;
/**
 * Checks the 200 response body of `client.meta.getAuthorizedInfo` (Authorized Info).
 * @returns `{ ok: true, value }` typed as {@link GetAuthorizedInfoResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetAuthorizedInfoResult(value: unknown): ValidationResult<GetAuthorizedInfoResult>;
/**
 * Checks the 200 response body of `client.meta.getAuthorizedUser` (Authorized User).
 * @returns `{ ok: true, value }` typed as {@link GetAuthorizedUserResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetAuthorizedUserResult(value: unknown): ValidationResult<GetAuthorizedUserResult>;
