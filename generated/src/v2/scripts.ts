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
  EXPLAIN_ARRAY_NUMBER_OBJECT,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING_URI,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

/**
 * Body of POST /sites/{site_id}/registered_scripts/hosted: a script hosted at a URL of your own.
 */
export type RegisterHostedScriptRequest = components["schemas"]["RegisterHostedScriptRequest"];

/**
 * Whether `value` is a {@link RegisterHostedScriptRequest}; the fast check {@link validateRegisterHostedScriptRequest} runs before explaining a failure.
 */
export function isRegisterHostedScriptRequest(
  value: unknown,
): value is RegisterHostedScriptRequest {
  return (
    $.isPlainObject(value) &&
    typeof value.hostedLocation === "string" &&
    $.isUri(value.hostedLocation) &&
    typeof value.integrityHash === "string" &&
    (value.canCopy === undefined || typeof value.canCopy === "boolean") &&
    typeof value.version === "string" &&
    typeof value.displayName === "string"
  );
}

/**
 * The RegisterHostedScriptRequest schema as data: what {@link validateRegisterHostedScriptRequest} walks to say why a value failed.
 */
export const registerHostedScriptRequestSchema: SchemaPlan = {
  kind: "object",
  title: "RegisterHostedScriptRequest",
  properties: {
    hostedLocation: { kind: "string", format: "uri" },
    integrityHash: { kind: "string" },
    canCopy: { kind: "boolean" },
    version: { kind: "string" },
    displayName: { kind: "string" },
  },
  required: ["hostedLocation", "integrityHash", "version", "displayName"],
};

/**
 * Checks that `value` is a {@link RegisterHostedScriptRequest}.
 * @returns `{ ok: true, value }` typed as {@link RegisterHostedScriptRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRegisterHostedScriptRequest: Validator<RegisterHostedScriptRequest> =
  /* @__PURE__ */ $.validator(
    isRegisterHostedScriptRequest,
    registerHostedScriptRequestSchema,
    EXPLAIN_OBJECT_STRING_URI,
  );

/**
 * Body of POST /sites/{site_id}/registered_scripts/inline: JavaScript source code that Webflow hosts for you.
 */
export type RegisterInlineScriptRequest = components["schemas"]["RegisterInlineScriptRequest"];

/**
 * Whether `value` is a {@link RegisterInlineScriptRequest}; the fast check {@link validateRegisterInlineScriptRequest} runs before explaining a failure.
 */
export function isRegisterInlineScriptRequest(
  value: unknown,
): value is RegisterInlineScriptRequest {
  return (
    $.isPlainObject(value) &&
    typeof value.sourceCode === "string" &&
    (value.integrityHash === undefined || typeof value.integrityHash === "string") &&
    (value.canCopy === undefined || typeof value.canCopy === "boolean") &&
    typeof value.version === "string" &&
    typeof value.displayName === "string"
  );
}

/**
 * The RegisterInlineScriptRequest schema as data: what {@link validateRegisterInlineScriptRequest} walks to say why a value failed.
 */
export const registerInlineScriptRequestSchema: SchemaPlan = {
  kind: "object",
  title: "RegisterInlineScriptRequest",
  properties: {
    sourceCode: { kind: "string" },
    integrityHash: { kind: "string" },
    canCopy: { kind: "boolean" },
    version: { kind: "string" },
    displayName: { kind: "string" },
  },
  required: ["sourceCode", "version", "displayName"],
};

/**
 * Checks that `value` is a {@link RegisterInlineScriptRequest}.
 * @returns `{ ok: true, value }` typed as {@link RegisterInlineScriptRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRegisterInlineScriptRequest: Validator<RegisterInlineScriptRequest> =
  /* @__PURE__ */ $.validator(
    isRegisterInlineScriptRequest,
    registerInlineScriptRequestSchema,
    EXPLAIN_OBJECT,
  );

/**
 * A script registered on a site (hosted at a URL, or inline code that Webflow hosts), which can then be applied to the site or to its pages as custom code.
 */
export type RegisteredScript = components["schemas"]["RegisteredScript"];

/**
 * Whether `value` is a {@link RegisteredScript}; the fast check {@link validateRegisteredScript} runs before explaining a failure.
 */
export function isRegisteredScript(value: unknown): value is RegisteredScript {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.canCopy === undefined || typeof value.canCopy === "boolean") &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.hostedLocation === undefined || typeof value.hostedLocation === "string") &&
    (value.integrityHash === undefined || typeof value.integrityHash === "string") &&
    (value.createdOn === undefined || typeof value.createdOn === "string") &&
    (value.lastUpdated === undefined || typeof value.lastUpdated === "string") &&
    (value.version === undefined || typeof value.version === "string")
  );
}

/**
 * The RegisteredScript schema as data: what {@link validateRegisteredScript} walks to say why a value failed.
 */
export const registeredScriptSchema: SchemaPlan = {
  kind: "object",
  title: "RegisteredScript",
  properties: {
    id: { kind: "string" },
    canCopy: { kind: "boolean" },
    displayName: { kind: "string" },
    hostedLocation: { kind: "string" },
    integrityHash: { kind: "string" },
    createdOn: { kind: "string" },
    lastUpdated: { kind: "string" },
    version: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link RegisteredScript}.
 * @returns `{ ok: true, value }` typed as {@link RegisteredScript}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRegisteredScript: Validator<RegisteredScript> = /* @__PURE__ */ $.validator(
  isRegisteredScript,
  registeredScriptSchema,
  EXPLAIN_OBJECT,
);

/**
 * Response of GET /sites/{site_id}/registered_scripts.
 */
export type RegisteredScriptList = components["schemas"]["RegisteredScriptList"];

/**
 * Whether `value` is a {@link RegisteredScriptList}; the fast check {@link validateRegisteredScriptList} runs before explaining a failure.
 */
export function isRegisteredScriptList(value: unknown): value is RegisteredScriptList {
  return (
    $.isPlainObject(value) &&
    (value.registeredScripts === undefined ||
      isRegisteredScriptList_registeredScripts(value.registeredScripts)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isRegisteredScriptList_registeredScripts(value: unknown): boolean {
  return Array.isArray(value) && value.every(isRegisteredScript);
}

/**
 * The RegisteredScriptList schema as data: what {@link validateRegisteredScriptList} walks to say why a value failed.
 */
export const registeredScriptListSchema: SchemaPlan = {
  kind: "object",
  title: "RegisteredScriptList",
  properties: {
    registeredScripts: { kind: "array", items: () => registeredScriptSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link RegisteredScriptList}.
 * @returns `{ ok: true, value }` typed as {@link RegisteredScriptList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateRegisteredScriptList: Validator<RegisteredScriptList> =
  /* @__PURE__ */ $.validator(
    isRegisteredScriptList,
    registeredScriptListSchema,
    EXPLAIN_ARRAY_NUMBER_OBJECT,
  );

/**
 * Parameters of `client.scripts.list`.
 */
export interface ListRegisteredScriptsParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["listRegisteredScripts"]["parameters"]["path"]>["site_id"];
}

/**
 * What `client.scripts.list` resolves to: the 200 response. The scripts registered on the site.
 */
export type ListRegisteredScriptsResult =
  operations["listRegisteredScripts"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.scripts.list`.
 */
export const validateListRegisteredScriptsResult: Validator<ListRegisteredScriptsResult> =
  validateRegisteredScriptList;

/**
 * Get Registered Scripts: {@link ScriptsApi.list | client.scripts.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listRegisteredScripts(
  core: HttpCore,
  params: ListRegisteredScriptsParams,
  options?: RequestOptions,
): ApiPromise<ListRegisteredScriptsResult> {
  return core.request<ListRegisteredScriptsResult>(
    {
      operationId: "listRegisteredScripts",
      method: "GET",
      path: "/sites/{site_id}/registered_scripts",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateListRegisteredScriptsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.scripts.registerHosted`.
 */
export interface RegisterHostedScriptParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["registerHostedScript"]["parameters"]["path"]>["site_id"];
  /**
   * The script to register.
   */
  body: RegisterHostedScriptBody;
}

/**
 * Request body of `client.scripts.registerHosted`.
 *
 * The script to register.
 */
export type RegisterHostedScriptBody = NonNullable<
  operations["registerHostedScript"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.scripts.registerHosted` resolves to: the 201 response. The script was registered.
 */
export type RegisterHostedScriptResult =
  operations["registerHostedScript"]["responses"][201]["content"]["application/json"];

/**
 * Checks the 201 response body of `client.scripts.registerHosted`.
 */
export const validateRegisterHostedScriptResult: Validator<RegisterHostedScriptResult> =
  validateRegisteredScript;

/**
 * Checks a request body of `client.scripts.registerHosted`; the client runs it before sending.
 */
export const validateRegisterHostedScriptBody: Validator<RegisterHostedScriptBody> =
  validateRegisterHostedScriptRequest;

/**
 * Register Script - Hosted: {@link ScriptsApi.registerHosted | client.scripts.registerHosted} as a function of the core, so that a program importing only it bundles only it.
 */
export function registerHostedScript(
  core: HttpCore,
  params: RegisterHostedScriptParams,
  options?: RequestOptions,
): ApiPromise<RegisterHostedScriptResult> {
  return core.request<RegisterHostedScriptResult>(
    {
      operationId: "registerHostedScript",
      method: "POST",
      path: "/sites/{site_id}/registered_scripts/hosted",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateRegisterHostedScriptBody,
      responseKind: "json",
      validate: validateRegisterHostedScriptResult,
    },
    options,
  );
}

/**
 * Parameters of `client.scripts.registerInline`.
 */
export interface RegisterInlineScriptParams {
  /**
   * Unique identifier of a site.
   *
   * Sent in the path.
   */
  site_id: NonNullable<operations["registerInlineScript"]["parameters"]["path"]>["site_id"];
  /**
   * The script to register.
   */
  body: RegisterInlineScriptBody;
}

/**
 * Request body of `client.scripts.registerInline`.
 *
 * The script to register.
 */
export type RegisterInlineScriptBody = NonNullable<
  operations["registerInlineScript"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.scripts.registerInline` resolves to: the 201 response. The script was registered.
 */
export type RegisterInlineScriptResult =
  operations["registerInlineScript"]["responses"][201]["content"]["application/json"];

/**
 * Checks the 201 response body of `client.scripts.registerInline`.
 */
export const validateRegisterInlineScriptResult: Validator<RegisterInlineScriptResult> =
  validateRegisteredScript;

/**
 * Checks a request body of `client.scripts.registerInline`; the client runs it before sending.
 */
export const validateRegisterInlineScriptBody: Validator<RegisterInlineScriptBody> =
  validateRegisterInlineScriptRequest;

/**
 * Register Script - Inline: {@link ScriptsApi.registerInline | client.scripts.registerInline} as a function of the core, so that a program importing only it bundles only it.
 */
export function registerInlineScript(
  core: HttpCore,
  params: RegisterInlineScriptParams,
  options?: RequestOptions,
): ApiPromise<RegisterInlineScriptResult> {
  return core.request<RegisterInlineScriptResult>(
    {
      operationId: "registerInlineScript",
      method: "POST",
      path: "/sites/{site_id}/registered_scripts/inline",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateRegisterInlineScriptBody,
      responseKind: "json",
      validate: validateRegisterInlineScriptResult,
    },
    options,
  );
}

/**
 * Scripts operations: List and register the scripts (hosted or inline) that can be applied to a site or its pages as custom code.
 *
 * Reached as `client.scripts`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class ScriptsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Registered Scripts
   *
   * List the scripts registered on a site (the scripts that can be applied as custom code). The endpoint takes no paging parameters; the response still carries `pagination`. Required scope: `custom_code:read` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:read`.
   *
   * GET `/sites/{site_id}/registered_scripts` (operationId `listRegisteredScripts`).
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
  list(
    params: ListRegisteredScriptsParams,
    options?: RequestOptions,
  ): ApiPromise<ListRegisteredScriptsResult> {
    return listRegisteredScripts(this.#core, params, options);
  }

  /**
   * Register Script - Hosted
   *
   * Register a script hosted at a URL of your own on a site, so that it can be applied to the site or its pages (see client.customCode). Answers 201 with the registered script. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * POST `/sites/{site_id}/registered_scripts/hosted` (operationId `registerHostedScript`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 201 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  registerHosted(
    params: RegisterHostedScriptParams,
    options?: RequestOptions,
  ): ApiPromise<RegisterHostedScriptResult> {
    return registerHostedScript(this.#core, params, options);
  }

  /**
   * Register Script - Inline
   *
   * Register JavaScript source code on a site; Webflow hosts it and the registered script (with its `hostedLocation`) can then be applied to the site or its pages (see client.customCode). Answers 201 with the registered script. Required scope: `custom_code:write` (Data Client apps only; site tokens cannot use custom code endpoints).
   *
   * Required scopes: `custom_code:write`.
   *
   * POST `/sites/{site_id}/registered_scripts/inline` (operationId `registerInlineScript`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 201 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  registerInline(
    params: RegisterInlineScriptParams,
    options?: RequestOptions,
  ): ApiPromise<RegisterInlineScriptResult> {
    return registerInlineScript(this.#core, params, options);
  }
}
