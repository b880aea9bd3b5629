import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Body of POST /sites/{site_id}/registered_scripts/hosted: a script hosted at a URL of your own.
 */
export type RegisterHostedScriptRequest = components["schemas"]["RegisterHostedScriptRequest"];
/**
 * Whether `value` is a {@link RegisterHostedScriptRequest}; the fast check {@link validateRegisterHostedScriptRequest} runs before explaining a failure.
 */
export declare function isRegisterHostedScriptRequest(value: unknown): value is RegisterHostedScriptRequest;
/**
 * The RegisterHostedScriptRequest schema as data: what {@link validateRegisterHostedScriptRequest} walks to say why a value failed.
 */
export declare const registerHostedScriptRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link RegisterHostedScriptRequest}.
 * @returns `{ ok: true, value }` typed as {@link RegisterHostedScriptRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateRegisterHostedScriptRequest: Validator<RegisterHostedScriptRequest>;
/**
 * Body of POST /sites/{site_id}/registered_scripts/inline: JavaScript source code that Webflow hosts for you.
 */
export type RegisterInlineScriptRequest = components["schemas"]["RegisterInlineScriptRequest"];
/**
 * Whether `value` is a {@link RegisterInlineScriptRequest}; the fast check {@link validateRegisterInlineScriptRequest} runs before explaining a failure.
 */
export declare function isRegisterInlineScriptRequest(value: unknown): value is RegisterInlineScriptRequest;
/**
 * The RegisterInlineScriptRequest schema as data: what {@link validateRegisterInlineScriptRequest} walks to say why a value failed.
 */
export declare const registerInlineScriptRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link RegisterInlineScriptRequest}.
 * @returns `{ ok: true, value }` typed as {@link RegisterInlineScriptRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateRegisterInlineScriptRequest: Validator<RegisterInlineScriptRequest>;
/**
 * A script registered on a site (hosted at a URL, or inline code that Webflow hosts), which can then be applied to the site or to its pages as custom code.
 */
export type RegisteredScript = components["schemas"]["RegisteredScript"];
/**
 * Whether `value` is a {@link RegisteredScript}; the fast check {@link validateRegisteredScript} runs before explaining a failure.
 */
export declare function isRegisteredScript(value: unknown): value is RegisteredScript;
/**
 * The RegisteredScript schema as data: what {@link validateRegisteredScript} walks to say why a value failed.
 */
export declare const registeredScriptSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link RegisteredScript}.
 * @returns `{ ok: true, value }` typed as {@link RegisteredScript}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateRegisteredScript: Validator<RegisteredScript>;
/**
 * Response of GET /sites/{site_id}/registered_scripts.
 */
export type RegisteredScriptList = components["schemas"]["RegisteredScriptList"];
/**
 * Whether `value` is a {@link RegisteredScriptList}; the fast check {@link validateRegisteredScriptList} runs before explaining a failure.
 */
export declare function isRegisteredScriptList(value: unknown): value is RegisteredScriptList;
/**
 * The RegisteredScriptList schema as data: what {@link validateRegisteredScriptList} walks to say why a value failed.
 */
export declare const registeredScriptListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link RegisteredScriptList}.
 * @returns `{ ok: true, value }` typed as {@link RegisteredScriptList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateRegisteredScriptList: Validator<RegisteredScriptList>;
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
export type ListRegisteredScriptsResult = operations["listRegisteredScripts"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.scripts.list`.
 */
export declare const validateListRegisteredScriptsResult: Validator<ListRegisteredScriptsResult>;
/**
 * Get Registered Scripts: {@link ScriptsApi.list | client.scripts.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listRegisteredScripts(core: HttpCore, params: ListRegisteredScriptsParams, options?: RequestOptions): ApiPromise<ListRegisteredScriptsResult>;
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
export type RegisterHostedScriptBody = NonNullable<operations["registerHostedScript"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.scripts.registerHosted` resolves to: the 201 response. The script was registered.
 */
export type RegisterHostedScriptResult = operations["registerHostedScript"]["responses"][201]["content"]["application/json"];
/**
 * Checks the 201 response body of `client.scripts.registerHosted`.
 */
export declare const validateRegisterHostedScriptResult: Validator<RegisterHostedScriptResult>;
/**
 * Checks a request body of `client.scripts.registerHosted`; the client runs it before sending.
 */
export declare const validateRegisterHostedScriptBody: Validator<RegisterHostedScriptBody>;
/**
 * Register Script - Hosted: {@link ScriptsApi.registerHosted | client.scripts.registerHosted} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function registerHostedScript(core: HttpCore, params: RegisterHostedScriptParams, options?: RequestOptions): ApiPromise<RegisterHostedScriptResult>;
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
export type RegisterInlineScriptBody = NonNullable<operations["registerInlineScript"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.scripts.registerInline` resolves to: the 201 response. The script was registered.
 */
export type RegisterInlineScriptResult = operations["registerInlineScript"]["responses"][201]["content"]["application/json"];
/**
 * Checks the 201 response body of `client.scripts.registerInline`.
 */
export declare const validateRegisterInlineScriptResult: Validator<RegisterInlineScriptResult>;
/**
 * Checks a request body of `client.scripts.registerInline`; the client runs it before sending.
 */
export declare const validateRegisterInlineScriptBody: Validator<RegisterInlineScriptBody>;
/**
 * Register Script - Inline: {@link ScriptsApi.registerInline | client.scripts.registerInline} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function registerInlineScript(core: HttpCore, params: RegisterInlineScriptParams, options?: RequestOptions): ApiPromise<RegisterInlineScriptResult>;
/**
 * Scripts operations: List and register the scripts (hosted or inline) that can be applied to a site or its pages as custom code.
 *
 * Reached as `client.scripts`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class ScriptsApi {
	#private;
	constructor(core: HttpCore);
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
	list(params: ListRegisteredScriptsParams, options?: RequestOptions): ApiPromise<ListRegisteredScriptsResult>;
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
	registerHosted(params: RegisterHostedScriptParams, options?: RequestOptions): ApiPromise<RegisterHostedScriptResult>;
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
	registerInline(params: RegisterInlineScriptParams, options?: RequestOptions): ApiPromise<RegisterInlineScriptResult>;
}
