/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI, EXPLAIN_OBJECT_STRING_EMAIL, EXPLAIN_OBJECT_STRING_URI } from "./explainers.js";
const APPLICATION_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
/**
 * Whether `value` is a {@link Application}; the fast check {@link validateApplication} runs before explaining a failure.
 */
export function isApplication(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && APPLICATION_ID_PATTERN.test(value.id)) && (value.description === undefined || typeof value.description === "string") && (value.homepage === undefined || typeof value.homepage === "string" && $.isUri(value.homepage)) && (value.displayName === undefined || typeof value.displayName === "string");
}
/**
 * The Application schema as data: what {@link validateApplication} walks to say why a value failed.
 */
export const applicationSchema = {
	kind: "object",
	title: "Application",
	properties: {
		id: {
			kind: "string",
			pattern: APPLICATION_ID_PATTERN
		},
		description: { kind: "string" },
		homepage: {
			kind: "string",
			format: "uri"
		},
		displayName: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link Application}.
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateApplication = /* @__PURE__ */ $.validator(isApplication, applicationSchema, EXPLAIN_OBJECT_STRING_URI);
/**
 * Whether `value` is a {@link Authorization}; the fast check {@link validateAuthorization} runs before explaining a failure.
 */
export function isAuthorization(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && APPLICATION_ID_PATTERN.test(value.id)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.lastUsed === undefined || typeof value.lastUsed === "string" && $.isDateTime(value.lastUsed)) && (value.grantType === undefined || typeof value.grantType === "string") && (value.rateLimit === undefined || typeof value.rateLimit === "number" && Number.isInteger(value.rateLimit) && value.rateLimit >= 0) && (value.scope === undefined || typeof value.scope === "string") && (value.authorizedTo === undefined || isAuthorization_authorizedTo(value.authorizedTo));
}
function isAuthorization_authorizedTo_siteIds_item(value) {
	return typeof value === "string";
}
function isAuthorization_authorizedTo_siteIds(value) {
	return Array.isArray(value) && value.every(isAuthorization_authorizedTo_siteIds_item);
}
function isAuthorization_authorizedTo_workspaceIds_item(value) {
	return typeof value === "string";
}
function isAuthorization_authorizedTo_workspaceIds(value) {
	return Array.isArray(value) && value.every(isAuthorization_authorizedTo_workspaceIds_item);
}
function isAuthorization_authorizedTo_userIds_item(value) {
	return typeof value === "string";
}
function isAuthorization_authorizedTo_userIds(value) {
	return Array.isArray(value) && value.every(isAuthorization_authorizedTo_userIds_item);
}
function isAuthorization_authorizedTo(value) {
	return $.isPlainObject(value) && (value.siteIds === undefined || isAuthorization_authorizedTo_siteIds(value.siteIds)) && (value.workspaceIds === undefined || isAuthorization_authorizedTo_workspaceIds(value.workspaceIds)) && (value.userIds === undefined || isAuthorization_authorizedTo_userIds(value.userIds));
}
/**
 * The Authorization schema as data: what {@link validateAuthorization} walks to say why a value failed.
 */
export const authorizationSchema = {
	kind: "object",
	title: "Authorization",
	properties: {
		id: {
			kind: "string",
			pattern: APPLICATION_ID_PATTERN
		},
		createdOn: {
			kind: "string",
			format: "date-time"
		},
		lastUsed: {
			kind: "string",
			format: "date-time"
		},
		grantType: { kind: "string" },
		rateLimit: {
			kind: "integer",
			minimum: 0
		},
		scope: { kind: "string" },
		authorizedTo: {
			kind: "object",
			properties: {
				siteIds: {
					kind: "array",
					items: { kind: "string" }
				},
				workspaceIds: {
					kind: "array",
					items: { kind: "string" }
				},
				userIds: {
					kind: "array",
					items: { kind: "string" }
				}
			}
		}
	}
};
/**
 * Checks that `value` is a {@link Authorization}.
 * @returns `{ ok: true, value }` typed as {@link Authorization}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuthorization = /* @__PURE__ */ $.validator(isAuthorization, authorizationSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link AuthorizedUser}; the fast check {@link validateAuthorizedUser} runs before explaining a failure.
 */
export function isAuthorizedUser(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && APPLICATION_ID_PATTERN.test(value.id)) && (value.email === undefined || typeof value.email === "string" && $.isEmail(value.email)) && (value.firstName === undefined || typeof value.firstName === "string") && (value.lastName === undefined || typeof value.lastName === "string");
}
/**
 * The AuthorizedUser schema as data: what {@link validateAuthorizedUser} walks to say why a value failed.
 */
export const authorizedUserSchema = {
	kind: "object",
	title: "AuthorizedUser",
	properties: {
		id: {
			kind: "string",
			pattern: APPLICATION_ID_PATTERN
		},
		email: {
			kind: "string",
			format: "email"
		},
		firstName: { kind: "string" },
		lastName: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link AuthorizedUser}.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuthorizedUser = /* @__PURE__ */ $.validator(isAuthorizedUser, authorizedUserSchema, EXPLAIN_OBJECT_STRING_EMAIL);
/**
 * Whether `value` is a {@link Introspection}; the fast check {@link validateIntrospection} runs before explaining a failure.
 */
export function isIntrospection(value) {
	return $.isPlainObject(value) && (value.authorization === undefined || isAuthorization(value.authorization)) && (value.application === undefined || isApplication(value.application));
}
/**
 * The Introspection schema as data: what {@link validateIntrospection} walks to say why a value failed.
 */
export const introspectionSchema = {
	kind: "object",
	title: "Introspection",
	properties: {
		authorization: () => authorizationSchema,
		application: () => applicationSchema
	}
};
/**
 * Checks that `value` is a {@link Introspection}.
 * @returns `{ ok: true, value }` typed as {@link Introspection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateIntrospection = /* @__PURE__ */ $.validator(isIntrospection, introspectionSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI);
/**
 * Checks the 200 response body of `client.token.getAuthorizedUser`.
 */
export const validateGetAuthorizedUserResult = validateAuthorizedUser;
/**
 * Get Authorization User Info: {@link TokenApi.getAuthorizedUser | client.token.getAuthorizedUser} as a function of the core, so that a program importing only it bundles only it.
 */
export function getAuthorizedUser(core, options) {
	return core.request({
		operationId: "getAuthorizedUser",
		method: "GET",
		path: "/token/authorized_by",
		responseKind: "json",
		validate: validateGetAuthorizedUserResult
	}, options);
}
/**
 * Checks the 200 response body of `client.token.introspect`.
 */
export const validateIntrospectTokenResult = validateIntrospection;
/**
 * Get Authorization Info: {@link TokenApi.introspect | client.token.introspect} as a function of the core, so that a program importing only it bundles only it.
 */
export function introspectToken(core, options) {
	return core.request({
		operationId: "introspectToken",
		method: "GET",
		path: "/token/introspect",
		responseKind: "json",
		validate: validateIntrospectTokenResult
	}, options);
}
/**
 * Token operations: Information about the access token and the user who authorized it.
 *
 * Reached as `client.token`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class TokenApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
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
	getAuthorizedUser(options) {
		return getAuthorizedUser(this.#core, options);
	}
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
	introspect(options) {
		return introspectToken(this.#core, options);
	}
}
