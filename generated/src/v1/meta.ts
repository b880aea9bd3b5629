/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import {
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI,
  EXPLAIN_ARRAY_OBJECT,
  EXPLAIN_OBJECT_STRING_EMAIL,
  EXPLAIN_OBJECT_STRING_URI,
} from "./explainers.js";
import type { components, operations } from "./schema.js";

const APPLICATION_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

/**
 * The OAuth application the authorization was granted to.
 */
export type Application = components["schemas"]["Application"];

/**
 * Whether `value` is a {@link Application}; the fast check {@link validateApplication} runs before explaining a failure.
 */
export function isApplication(value: unknown): value is Application {
  return (
    $.isPlainObject(value) &&
    typeof value._id === "string" &&
    APPLICATION_ID_PATTERN.test(value._id) &&
    typeof value.description === "string" &&
    typeof value.homepage === "string" &&
    $.isUri(value.homepage) &&
    typeof value.name === "string" &&
    typeof value.owner === "string" &&
    APPLICATION_ID_PATTERN.test(value.owner) &&
    typeof value.ownerType === "string"
  );
}

/**
 * The Application schema as data: what {@link validateApplication} walks to say why a value failed.
 */
export const applicationSchema: SchemaPlan = {
  kind: "object",
  title: "Application",
  properties: {
    _id: { kind: "string", pattern: APPLICATION_ID_PATTERN },
    description: { kind: "string" },
    homepage: { kind: "string", format: "uri" },
    name: { kind: "string" },
    owner: { kind: "string", pattern: APPLICATION_ID_PATTERN },
    ownerType: { kind: "string" },
  },
  required: ["_id", "description", "homepage", "name", "owner", "ownerType"],
};

/**
 * Checks that `value` is a {@link Application}.
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateApplication: Validator<Application> = /* @__PURE__ */ $.validator(
  isApplication,
  applicationSchema,
  EXPLAIN_OBJECT_STRING_URI,
);

/**
 * Basic information about the authorization being used (response of GET /info).
 */
export type AuthorizedInfo = components["schemas"]["AuthorizedInfo"];

/**
 * Whether `value` is a {@link AuthorizedInfo}; the fast check {@link validateAuthorizedInfo} runs before explaining a failure.
 */
export function isAuthorizedInfo(value: unknown): value is AuthorizedInfo {
  return (
    $.isPlainObject(value) &&
    typeof value._id === "string" &&
    APPLICATION_ID_PATTERN.test(value._id) &&
    typeof value.createdOn === "string" &&
    $.isDateTime(value.createdOn) &&
    typeof value.grantType === "string" &&
    typeof value.lastUsed === "string" &&
    $.isDateTime(value.lastUsed) &&
    isAuthorizedInfo_sites(value.sites) &&
    isAuthorizedInfo_orgs(value.orgs) &&
    isAuthorizedInfo_workspaces(value.workspaces) &&
    isAuthorizedInfo_users(value.users) &&
    typeof value.rateLimit === "number" &&
    Number.isInteger(value.rateLimit) &&
    value.rateLimit >= 0 &&
    typeof value.status === "string" &&
    (value.application === undefined || isApplication(value.application))
  );
}

function isAuthorizedInfo_sites_item(value: unknown): boolean {
  return typeof value === "string" && APPLICATION_ID_PATTERN.test(value);
}

function isAuthorizedInfo_sites(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAuthorizedInfo_sites_item);
}

function isAuthorizedInfo_orgs_item(value: unknown): boolean {
  return typeof value === "string" && APPLICATION_ID_PATTERN.test(value);
}

function isAuthorizedInfo_orgs(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAuthorizedInfo_orgs_item);
}

function isAuthorizedInfo_workspaces_item(value: unknown): boolean {
  return typeof value === "string" && APPLICATION_ID_PATTERN.test(value);
}

function isAuthorizedInfo_workspaces(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAuthorizedInfo_workspaces_item);
}

function isAuthorizedInfo_users_item(value: unknown): boolean {
  return typeof value === "string" && APPLICATION_ID_PATTERN.test(value);
}

function isAuthorizedInfo_users(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAuthorizedInfo_users_item);
}

/**
 * The AuthorizedInfo schema as data: what {@link validateAuthorizedInfo} walks to say why a value failed.
 */
export const authorizedInfoSchema: SchemaPlan = {
  kind: "object",
  title: "AuthorizedInfo",
  properties: {
    _id: { kind: "string", pattern: APPLICATION_ID_PATTERN },
    createdOn: { kind: "string", format: "date-time" },
    grantType: { kind: "string" },
    lastUsed: { kind: "string", format: "date-time" },
    sites: { kind: "array", items: { kind: "string", pattern: APPLICATION_ID_PATTERN } },
    orgs: { kind: "array", items: { kind: "string", pattern: APPLICATION_ID_PATTERN } },
    workspaces: { kind: "array", items: { kind: "string", pattern: APPLICATION_ID_PATTERN } },
    users: { kind: "array", items: { kind: "string", pattern: APPLICATION_ID_PATTERN } },
    rateLimit: { kind: "integer", minimum: 0 },
    status: { kind: "string" },
    application: () => applicationSchema,
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
    "status",
  ],
};

/**
 * Checks that `value` is a {@link AuthorizedInfo}.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuthorizedInfo: Validator<AuthorizedInfo> = /* @__PURE__ */ $.validator(
  isAuthorizedInfo,
  authorizedInfoSchema,
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI,
);

/**
 * Response of GET /user: the user who authorized the token, wrapped in a `user` key.
 */
export type AuthorizedUserResponse = components["schemas"]["AuthorizedUserResponse"];

/**
 * Whether `value` is a {@link AuthorizedUserResponse}; the fast check {@link validateAuthorizedUserResponse} runs before explaining a failure.
 */
export function isAuthorizedUserResponse(value: unknown): value is AuthorizedUserResponse {
  return $.isPlainObject(value) && isUser(value.user);
}

/**
 * The AuthorizedUserResponse schema as data: what {@link validateAuthorizedUserResponse} walks to say why a value failed.
 */
export const authorizedUserResponseSchema: SchemaPlan = {
  kind: "object",
  title: "AuthorizedUserResponse",
  properties: { user: () => userSchema },
  required: ["user"],
};

/**
 * Checks that `value` is a {@link AuthorizedUserResponse}.
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUserResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuthorizedUserResponse: Validator<AuthorizedUserResponse> =
  /* @__PURE__ */ $.validator(
    isAuthorizedUserResponse,
    authorizedUserResponseSchema,
    EXPLAIN_OBJECT_STRING_EMAIL,
  );

/**
 * A Webflow user.
 */
export type User = components["schemas"]["User"];

/**
 * Whether `value` is a {@link User}; the fast check {@link validateUser} runs before explaining a failure.
 */
export function isUser(value: unknown): value is User {
  return (
    $.isPlainObject(value) &&
    typeof value._id === "string" &&
    APPLICATION_ID_PATTERN.test(value._id) &&
    typeof value.email === "string" &&
    $.isEmail(value.email) &&
    typeof value.firstName === "string" &&
    typeof value.lastName === "string"
  );
}

/**
 * The User schema as data: what {@link validateUser} walks to say why a value failed.
 */
export const userSchema: SchemaPlan = {
  kind: "object",
  title: "User",
  properties: {
    _id: { kind: "string", pattern: APPLICATION_ID_PATTERN },
    email: { kind: "string", format: "email" },
    firstName: { kind: "string" },
    lastName: { kind: "string" },
  },
  required: ["_id", "email", "firstName", "lastName"],
};

/**
 * Checks that `value` is a {@link User}.
 * @returns `{ ok: true, value }` typed as {@link User}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUser: Validator<User> = /* @__PURE__ */ $.validator(
  isUser,
  userSchema,
  EXPLAIN_OBJECT_STRING_EMAIL,
);

/**
 * Body of every 4xx and 5xx response of the legacy v1 API.
 */
export type V1Error = components["schemas"]["V1Error"];

/**
 * Whether `value` is a {@link V1Error}; the fast check {@link validateV1Error} runs before explaining a failure.
 */
export function isV1Error(value: unknown): value is V1Error {
  return (
    $.isPlainObject(value) &&
    typeof value.msg === "string" &&
    typeof value.code === "number" &&
    Number.isInteger(value.code) &&
    typeof value.name === "string" &&
    typeof value.path === "string" &&
    typeof value.err === "string" &&
    (value.problems === undefined || isV1Error_problems(value.problems))
  );
}

function isV1Error_problems_item(value: unknown): boolean {
  return typeof value === "string";
}

function isV1Error_problems(value: unknown): boolean {
  return Array.isArray(value) && value.every(isV1Error_problems_item);
}

/**
 * The V1Error schema as data: what {@link validateV1Error} walks to say why a value failed.
 */
export const v1ErrorSchema: SchemaPlan = {
  kind: "object",
  title: "V1Error",
  properties: {
    msg: { kind: "string" },
    code: { kind: "integer" },
    name: { kind: "string" },
    path: { kind: "string" },
    err: { kind: "string" },
    problems: { kind: "array", items: { kind: "string" } },
  },
  required: ["msg", "code", "name", "path", "err"],
};

/**
 * Checks that `value` is a {@link V1Error}.
 * @returns `{ ok: true, value }` typed as {@link V1Error}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateV1Error: Validator<V1Error> = /* @__PURE__ */ $.validator(
  isV1Error,
  v1ErrorSchema,
  EXPLAIN_ARRAY_OBJECT,
);

/**
 * What `client.meta.getAuthorizedInfo` resolves to: the 200 response. Request was successful.
 */
export type GetAuthorizedInfoResult =
  operations["getAuthorizedInfo"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.meta.getAuthorizedInfo`.
 */
export const validateGetAuthorizedInfoResult: Validator<GetAuthorizedInfoResult> =
  validateAuthorizedInfo;

/**
 * Authorized Info: {@link MetaApi.getAuthorizedInfo | client.meta.getAuthorizedInfo} as a function of the core, so that a program importing only it bundles only it.
 */
export function getAuthorizedInfo(
  core: HttpCore,
  options?: RequestOptions,
): ApiPromise<GetAuthorizedInfoResult> {
  return core.request<GetAuthorizedInfoResult>(
    {
      operationId: "getAuthorizedInfo",
      method: "GET",
      path: "/info",
      headers: { "Accept-Version": "1.0.0" },
      responseKind: "json",
      validate: validateGetAuthorizedInfoResult,
    },
    options,
  );
}

/**
 * What `client.meta.getAuthorizedUser` resolves to: the 200 response. Request was successful.
 */
export type GetAuthorizedUserResult =
  operations["getAuthorizedUser"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.meta.getAuthorizedUser`.
 */
export const validateGetAuthorizedUserResult: Validator<GetAuthorizedUserResult> =
  validateAuthorizedUserResponse;

/**
 * Authorized User: {@link MetaApi.getAuthorizedUser | client.meta.getAuthorizedUser} as a function of the core, so that a program importing only it bundles only it.
 */
export function getAuthorizedUser(
  core: HttpCore,
  options?: RequestOptions,
): ApiPromise<GetAuthorizedUserResult> {
  return core.request<GetAuthorizedUserResult>(
    {
      operationId: "getAuthorizedUser",
      method: "GET",
      path: "/user",
      headers: { "Accept-Version": "1.0.0" },
      responseKind: "json",
      validate: validateGetAuthorizedUserResult,
    },
    options,
  );
}

/**
 * Meta operations: Information about the authorization and the user who granted it.
 *
 * Reached as `client.meta`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class MetaApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
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
  getAuthorizedInfo(options?: RequestOptions): ApiPromise<GetAuthorizedInfoResult> {
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
  getAuthorizedUser(options?: RequestOptions): ApiPromise<GetAuthorizedUserResult> {
    return getAuthorizedUser(this.#core, options);
  }
}
