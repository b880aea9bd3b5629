/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI, EXPLAIN_ARRAY_OBJECT, EXPLAIN_OBJECT_STRING_EMAIL, EXPLAIN_OBJECT_STRING_URI } from "./explainers.js";
const APPLICATION_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
/**
 * Whether `value` is a {@link Application}; the fast check {@link validateApplication} runs before explaining a failure.
 */
export function isApplication(value) {
	return $.isPlainObject(value) && typeof value._id === "string" && APPLICATION_ID_PATTERN.test(value._id) && typeof value.description === "string" && typeof value.homepage === "string" && $.isUri(value.homepage) && typeof value.name === "string" && typeof value.owner === "string" && APPLICATION_ID_PATTERN.test(value.owner) && typeof value.ownerType === "string";
}
/**
 * The Application schema as data: what {@link validateApplication} walks to say why a value failed.
 */
export const applicationSchema = {
	kind: "object",
	title: "Application",
	properties: {
		_id: {
			kind: "string",
			pattern: APPLICATION_ID_PATTERN
		},
		description: { kind: "string" },
		homepage: {
			kind: "string",
			format: "uri"
		},
		name: { kind: "string" },
		owner: {
			kind: "string",
			pattern: APPLICATION_ID_PATTERN
		},
		ownerType: { kind: "string" }
	},
	required: [
		"_id",
		"description",
		"homepage",
		"name",
		"owner",
		"ownerType"
	]
};
/**
 * Checks that `value` is a {@link Application}.
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateApplication = /* @__PURE__ */ $.validator(isApplication, applicationSchema, EXPLAIN_OBJECT_STRING_URI);
/**
 * Whether `value` is a {@link AuthorizedInfo}; the fast check {@link validateAuthorizedInfo} runs before explaining a failure.
 */
export function isAuthorizedInfo(value) {
	return $.isPlainObject(value) && typeof value._id === "string" && APPLICATION_ID_PATTERN.test(value._id) && typeof value.createdOn === "string" && $.isDateTime(value.createdOn) && typeof value.grantType === "string" && typeof value.lastUsed === "string" && $.isDateTime(value.lastUsed) && isAuthorizedInfo_sites(value.sites) && isAuthorizedInfo_orgs(value.orgs) && isAuthorizedInfo_workspaces(value.workspaces) && isAuthorizedInfo_users(value.users) && typeof value.rateLimit === "number" && Number.isInteger(value.rateLimit) && value.rateLimit >= 0 && typeof value.status === "string" && (value.application === undefined || isApplication(value.application));
}
function isAuthorizedInfo_sites_item(value) {
	return typeof value === "string" && APPLICATION_ID_PATTERN.test(value);
}
function isAuthorizedInfo_sites(value) {
	return Array.isArray(value) && value.every(isAuthorizedInfo_sites_item);
}
function isAuthorizedInfo_orgs_item(value) {
	return typeof value === "string" && APPLICATION_ID_PATTERN.test(value);
}
function isAuthorizedInfo_orgs(value) {
	return Array.isArray(value) && value.every(isAuthorizedInfo_orgs_item);
}
function isAuthorizedInfo_workspaces_item(value) {
	return typeof value === "string" && APPLICATION_ID_PATTERN.test(value);
}
function isAuthorizedInfo_workspaces(value) {
	return Array.isArray(value) && value.every(isAuthorizedInfo_workspaces_item);
}
function isAuthorizedInfo_users_item(value) {
	return typeof value === "string" && APPLICATION_ID_PATTERN.test(value);
}
function isAuthorizedInfo_users(value) {
	return Array.isArray(value) && value.every(isAuthorizedInfo_users_item);
}
/**
 * The AuthorizedInfo schema as data: what {@link validateAuthorizedInfo} walks to say why a value failed.
 */
export const authorizedInfoSchema = {
	kind: "object",
	title: "AuthorizedInfo",
	properties: {
		_id: {
			kind: "string",
			pattern: APPLICATION_ID_PATTERN
		},
		createdOn: {
			kind: "string",
			format: "date-time"
		},
		grantType: { kind: "string" },
		lastUsed: {
			kind: "string",
			format: "date-time"
		},
		sites: {
			kind: "array",
			items: {
				kind: "string",
				pattern: APPLICATION_ID_PATTERN
			}
		},
		orgs: {
			kind: "array",
			items: {
				kind: "string",
				pattern: APPLICATION_ID_PATTERN
			}
		},
		workspaces: {
			kind: "array",
			items: {
				kind: "string",
				pattern: APPLICATION_ID_PATTERN
			}
		},
		users: {
			kind: "array",
			items: {
				kind: "string",
				pattern: APPLICATION_ID_PATTERN
			}
		},
		rateLimit: {
			kind: "integer",
			minimum: 0
		},
		status: { kind: "string" },
		application: () => applicationSchema
	},
	required: [
		"_id",
		"createdOn",
		"grantType",
		"lastUsed",
		"sites",
		"orgs",
		"workspaces",
		"users",
		"rateLimit",
		"status"
	]
};
/**
 * Checks that `value` is a {@link AuthorizedInfo}.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuthorizedInfo = /* @__PURE__ */ $.validator(isAuthorizedInfo, authorizedInfoSchema, EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI);
/**
 * Whether `value` is a {@link AuthorizedUserResponse}; the fast check {@link validateAuthorizedUserResponse} runs before explaining a failure.
 */
export function isAuthorizedUserResponse(value) {
	return $.isPlainObject(value) && isUser(value.user);
}
/**
 * The AuthorizedUserResponse schema as data: what {@link validateAuthorizedUserResponse} walks to say why a value failed.
 */
export const authorizedUserResponseSchema = {
	kind: "object",
	title: "AuthorizedUserResponse",
	properties: { user: () => userSchema },
	required: ["user"]
};
/**
 * Checks that `value` is a {@link AuthorizedUserResponse}.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUserResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuthorizedUserResponse = /* @__PURE__ */ $.validator(isAuthorizedUserResponse, authorizedUserResponseSchema, EXPLAIN_OBJECT_STRING_EMAIL);
/**
 * Whether `value` is a {@link User}; the fast check {@link validateUser} runs before explaining a failure.
 */
export function isUser(value) {
	return $.isPlainObject(value) && typeof value._id === "string" && APPLICATION_ID_PATTERN.test(value._id) && typeof value.email === "string" && $.isEmail(value.email) && typeof value.firstName === "string" && typeof value.lastName === "string";
}
/**
 * The User schema as data: what {@link validateUser} walks to say why a value failed.
 */
export const userSchema = {
	kind: "object",
	title: "User",
	properties: {
		_id: {
			kind: "string",
			pattern: APPLICATION_ID_PATTERN
		},
		email: {
			kind: "string",
			format: "email"
		},
		firstName: { kind: "string" },
		lastName: { kind: "string" }
	},
	required: [
		"_id",
		"email",
		"firstName",
		"lastName"
	]
};
/**
 * Checks that `value` is a {@link User}.
 * @returns `{ ok: true, value }` typed as {@link User}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUser = /* @__PURE__ */ $.validator(isUser, userSchema, EXPLAIN_OBJECT_STRING_EMAIL);
/**
 * Whether `value` is a {@link V1Error}; the fast check {@link validateV1Error} runs before explaining a failure.
 */
export function isV1Error(value) {
	return $.isPlainObject(value) && typeof value.msg === "string" && typeof value.code === "number" && Number.isInteger(value.code) && typeof value.name === "string" && typeof value.path === "string" && typeof value.err === "string" && (value.problems === undefined || isV1Error_problems(value.problems));
}
function isV1Error_problems_item(value) {
	return typeof value === "string";
}
function isV1Error_problems(value) {
	return Array.isArray(value) && value.every(isV1Error_problems_item);
}
/**
 * The V1Error schema as data: what {@link validateV1Error} walks to say why a value failed.
 */
export const v1ErrorSchema = {
	kind: "object",
	title: "V1Error",
	properties: {
		msg: { kind: "string" },
		code: { kind: "integer" },
		name: { kind: "string" },
		path: { kind: "string" },
		err: { kind: "string" },
		problems: {
			kind: "array",
			items: { kind: "string" }
		}
	},
	required: [
		"msg",
		"code",
		"name",
		"path",
		"err"
	]
};
/**
 * Checks that `value` is a {@link V1Error}.
 * @returns `{ ok: true, value }` typed as {@link V1Error}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateV1Error = /* @__PURE__ */ $.validator(isV1Error, v1ErrorSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Checks the 200 response body of `client.meta.getAuthorizedInfo`.
 */
export const validateGetAuthorizedInfoResult = validateAuthorizedInfo;
/**
 * Authorized Info: {@link MetaApi.getAuthorizedInfo | client.meta.getAuthorizedInfo} as a function of the core, so that a program importing only it bundles only it.
 */
export function getAuthorizedInfo(core, options) {
	return core.request({
		operationId: "getAuthorizedInfo",
		method: "GET",
		path: "/info",
		headers: { "Accept-Version": "1.0.0" },
		responseKind: "json",
		validate: validateGetAuthorizedInfoResult
	}, options);
}
/**
 * Checks the 200 response body of `client.meta.getAuthorizedUser`.
 */
export const validateGetAuthorizedUserResult = validateAuthorizedUserResponse;
/**
 * Authorized User: {@link MetaApi.getAuthorizedUser | client.meta.getAuthorizedUser} as a function of the core, so that a program importing only it bundles only it.
 */
export function getAuthorizedUser(core, options) {
	return core.request({
		operationId: "getAuthorizedUser",
		method: "GET",
		path: "/user",
		headers: { "Accept-Version": "1.0.0" },
		responseKind: "json",
		validate: validateGetAuthorizedUserResult
	}, options);
}
/**
 * Meta operations: Information about the authorization and the user who granted it.
 *
 * Reached as `client.meta`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class MetaApi {
	#core;
	constructor(core) {
		this.#core = core;
	}
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
	getAuthorizedInfo(options) {
		return getAuthorizedInfo(this.#core, options);
	}
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
	getAuthorizedUser(options) {
		return getAuthorizedUser(this.#core, options);
	}
}
