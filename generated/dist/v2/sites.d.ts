import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * Body of POST /workspaces/{workspace_id}/sites.
 */
export type CreateSiteRequest = components["schemas"]["CreateSiteRequest"];
/**
 * Whether `value` is a {@link CreateSiteRequest}; the fast check {@link validateCreateSiteRequest} runs before explaining a failure.
 */
export declare function isCreateSiteRequest(value: unknown): value is CreateSiteRequest;
/**
 * The CreateSiteRequest schema as data: what {@link validateCreateSiteRequest} walks to say why a value failed.
 */
export declare const createSiteRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateSiteRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateSiteRequest: Validator<CreateSiteRequest>;
/**
 * Response of GET /sites/{site_id}/custom_domains.
 */
export type CustomDomainList = components["schemas"]["CustomDomainList"];
/**
 * Whether `value` is a {@link CustomDomainList}; the fast check {@link validateCustomDomainList} runs before explaining a failure.
 */
export declare function isCustomDomainList(value: unknown): value is CustomDomainList;
/**
 * The CustomDomainList schema as data: what {@link validateCustomDomainList} walks to say why a value failed.
 */
export declare const customDomainListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomDomainList}.
 * @returns `{ ok: true, value }` typed as {@link CustomDomainList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomDomainList: Validator<CustomDomainList>;
/**
 * A custom domain attached to a site.
 */
export type Domain = components["schemas"]["Domain"];
/**
 * Whether `value` is a {@link Domain}; the fast check {@link validateDomain} runs before explaining a failure.
 */
export declare function isDomain(value: unknown): value is Domain;
/**
 * The Domain schema as data: what {@link validateDomain} walks to say why a value failed.
 */
export declare const domainSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Domain}.
 * @returns `{ ok: true, value }` typed as {@link Domain}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateDomain: Validator<Domain>;
/**
 * A locale of a site (Localization).
 */
export type Locale = components["schemas"]["Locale"];
/**
 * Whether `value` is a {@link Locale}; the fast check {@link validateLocale} runs before explaining a failure.
 */
export declare function isLocale(value: unknown): value is Locale;
/**
 * The Locale schema as data: what {@link validateLocale} walks to say why a value failed.
 */
export declare const localeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Locale}.
 * @returns `{ ok: true, value }` typed as {@link Locale}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateLocale: Validator<Locale>;
/**
 * Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
 */
export type PublishSiteRequest = components["schemas"]["PublishSiteRequest"];
/**
 * Whether `value` is a {@link PublishSiteRequest}; the fast check {@link validatePublishSiteRequest} runs before explaining a failure.
 */
export declare function isPublishSiteRequest(value: unknown): value is PublishSiteRequest;
/**
 * The PublishSiteRequest schema as data: what {@link validatePublishSiteRequest} walks to say why a value failed.
 */
export declare const publishSiteRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PublishSiteRequest}.
 * @returns `{ ok: true, value }` typed as {@link PublishSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePublishSiteRequest: Validator<PublishSiteRequest>;
/**
 * Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
 */
export type PublishSiteResponse = components["schemas"]["PublishSiteResponse"];
/**
 * Whether `value` is a {@link PublishSiteResponse}; the fast check {@link validatePublishSiteResponse} runs before explaining a failure.
 */
export declare function isPublishSiteResponse(value: unknown): value is PublishSiteResponse;
/**
 * The PublishSiteResponse schema as data: what {@link validatePublishSiteResponse} walks to say why a value failed.
 */
export declare const publishSiteResponseSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PublishSiteResponse}.
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePublishSiteResponse: Validator<PublishSiteResponse>;
/**
 * A Webflow site.
 */
export type Site = components["schemas"]["Site"];
/**
 * Whether `value` is a {@link Site}; the fast check {@link validateSite} runs before explaining a failure.
 */
export declare function isSite(value: unknown): value is Site;
/**
 * The Site schema as data: what {@link validateSite} walks to say why a value failed.
 */
export declare const siteSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Site}.
 * @returns `{ ok: true, value }` typed as {@link Site}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSite: Validator<Site>;
/**
 * One entry of a site's activity log (a change made to the site, who made it and when).
 */
export type SiteActivityLogEntry = components["schemas"]["SiteActivityLogEntry"];
/**
 * Whether `value` is a {@link SiteActivityLogEntry}; the fast check {@link validateSiteActivityLogEntry} runs before explaining a failure.
 */
export declare function isSiteActivityLogEntry(value: unknown): value is SiteActivityLogEntry;
/**
 * The SiteActivityLogEntry schema as data: what {@link validateSiteActivityLogEntry} walks to say why a value failed.
 */
export declare const siteActivityLogEntrySchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SiteActivityLogEntry}.
 * @returns `{ ok: true, value }` typed as {@link SiteActivityLogEntry}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSiteActivityLogEntry: Validator<SiteActivityLogEntry>;
/**
 * Response of GET /sites/{site_id}/activity_logs, one page of activity-log entries.
 */
export type SiteActivityLogList = components["schemas"]["SiteActivityLogList"];
/**
 * Whether `value` is a {@link SiteActivityLogList}; the fast check {@link validateSiteActivityLogList} runs before explaining a failure.
 */
export declare function isSiteActivityLogList(value: unknown): value is SiteActivityLogList;
/**
 * The SiteActivityLogList schema as data: what {@link validateSiteActivityLogList} walks to say why a value failed.
 */
export declare const siteActivityLogListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SiteActivityLogList}.
 * @returns `{ ok: true, value }` typed as {@link SiteActivityLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSiteActivityLogList: Validator<SiteActivityLogList>;
/**
 * Response of GET /sites. The list is not paginated.
 */
export type SiteList = components["schemas"]["SiteList"];
/**
 * Whether `value` is a {@link SiteList}; the fast check {@link validateSiteList} runs before explaining a failure.
 */
export declare function isSiteList(value: unknown): value is SiteList;
/**
 * The SiteList schema as data: what {@link validateSiteList} walks to say why a value failed.
 */
export declare const siteListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SiteList}.
 * @returns `{ ok: true, value }` typed as {@link SiteList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSiteList: Validator<SiteList>;
/**
 * The hosting plan of a site (response of GET /sites/{site_id}/plan).
 */
export type SitePlan = components["schemas"]["SitePlan"];
/**
 * Whether `value` is a {@link SitePlan}; the fast check {@link validateSitePlan} runs before explaining a failure.
 */
export declare function isSitePlan(value: unknown): value is SitePlan;
/**
 * The SitePlan schema as data: what {@link validateSitePlan} walks to say why a value failed.
 */
export declare const sitePlanSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SitePlan}.
 * @returns `{ ok: true, value }` typed as {@link SitePlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSitePlan: Validator<SitePlan>;
/**
 * Body of PATCH /sites/{site_id}. Only the fields sent are changed.
 */
export type UpdateSiteRequest = components["schemas"]["UpdateSiteRequest"];
/**
 * Whether `value` is a {@link UpdateSiteRequest}; the fast check {@link validateUpdateSiteRequest} runs before explaining a failure.
 */
export declare function isUpdateSiteRequest(value: unknown): value is UpdateSiteRequest;
/**
 * The UpdateSiteRequest schema as data: what {@link validateUpdateSiteRequest} walks to say why a value failed.
 */
export declare const updateSiteRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UpdateSiteRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUpdateSiteRequest: Validator<UpdateSiteRequest>;
/**
 * Parameters of `client.sites.create`.
 */
export interface CreateSiteParams {
	/**
	 * Unique identifier of a workspace.
	 *
	 * Sent in the path.
	 */
	workspace_id: NonNullable<operations["createSite"]["parameters"]["path"]>["workspace_id"];
	/**
	 * The new site.
	 */
	body: CreateSiteBody;
}
/**
 * Request body of `client.sites.create`.
 *
 * The new site.
 */
export type CreateSiteBody = NonNullable<operations["createSite"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.sites.create` resolves to: the 201 response. The site was created.
 */
export type CreateSiteResult = operations["createSite"]["responses"][201]["content"]["application/json"];
/**
 * Checks the 201 response body of `client.sites.create`.
 */
export declare const validateCreateSiteResult: Validator<CreateSiteResult>;
/**
 * Checks a request body of `client.sites.create`; the client runs it before sending.
 */
export declare const validateCreateSiteBody: Validator<CreateSiteBody>;
/**
 * Create Site: {@link SitesApi.create | client.sites.create} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function createSite(core: HttpCore, params: CreateSiteParams, options?: RequestOptions): ApiPromise<CreateSiteResult>;
/**
 * Parameters of `client.sites.remove`.
 */
export interface DeleteSiteParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["deleteSite"]["parameters"]["path"]>["site_id"];
}
/**
 * What `client.sites.remove` resolves to: the 204 response. The site was deleted. No content.
 */
export type DeleteSiteResult = void;
/**
 * Delete Site: {@link SitesApi.remove | client.sites.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function deleteSite(core: HttpCore, params: DeleteSiteParams, options?: RequestOptions): ApiPromise<DeleteSiteResult>;
/**
 * Parameters of `client.sites.getCustomDomains`.
 */
export interface GetCustomDomainsParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getCustomDomains"]["parameters"]["path"]>["site_id"];
}
/**
 * What `client.sites.getCustomDomains` resolves to: the 200 response. The custom domains of the site.
 */
export type GetCustomDomainsResult = operations["getCustomDomains"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.sites.getCustomDomains`.
 */
export declare const validateGetCustomDomainsResult: Validator<GetCustomDomainsResult>;
/**
 * Get Custom Domains: {@link SitesApi.getCustomDomains | client.sites.getCustomDomains} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getCustomDomains(core: HttpCore, params: GetCustomDomainsParams, options?: RequestOptions): ApiPromise<GetCustomDomainsResult>;
/**
 * Parameters of `client.sites.get`.
 */
export interface GetSiteParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getSite"]["parameters"]["path"]>["site_id"];
}
/**
 * What `client.sites.get` resolves to: the 200 response. The site.
 */
export type GetSiteResult = operations["getSite"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.sites.get`.
 */
export declare const validateGetSiteResult: Validator<GetSiteResult>;
/**
 * Get Site: {@link SitesApi.get | client.sites.get} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getSite(core: HttpCore, params: GetSiteParams, options?: RequestOptions): ApiPromise<GetSiteResult>;
/**
 * Parameters of `client.sites.getPlan`.
 */
export interface GetSitePlanParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["getSitePlan"]["parameters"]["path"]>["site_id"];
}
/**
 * What `client.sites.getPlan` resolves to: the 200 response. The hosting plan of the site.
 */
export type GetSitePlanResult = operations["getSitePlan"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.sites.getPlan`.
 */
export declare const validateGetSitePlanResult: Validator<GetSitePlanResult>;
/**
 * Get Site Plan: {@link SitesApi.getPlan | client.sites.getPlan} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function getSitePlan(core: HttpCore, params: GetSitePlanParams, options?: RequestOptions): ApiPromise<GetSitePlanResult>;
/**
 * Parameters of `client.sites.listActivityLogs`.
 */
export interface ListSiteActivityLogsParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["listSiteActivityLogs"]["parameters"]["path"]>["site_id"];
	/**
	 * Maximum number of items to return (at most 100). Defaults to 100.
	 *
	 * Sent in the query.
	 */
	limit?: NonNullable<operations["listSiteActivityLogs"]["parameters"]["query"]>["limit"];
	/**
	 * Number of items to skip before the first item returned (for paging). Defaults to 0.
	 *
	 * Sent in the query.
	 */
	offset?: NonNullable<operations["listSiteActivityLogs"]["parameters"]["query"]>["offset"];
}
/**
 * What `client.sites.listActivityLogs` resolves to: the 200 response. One page of activity-log entries.
 */
export type ListSiteActivityLogsResult = operations["listSiteActivityLogs"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.sites.listActivityLogs`.
 */
export declare const validateListSiteActivityLogsResult: Validator<ListSiteActivityLogsResult>;
/**
 * Get Site Activity Logs: {@link SitesApi.listActivityLogs | client.sites.listActivityLogs} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listSiteActivityLogs(core: HttpCore, params: ListSiteActivityLogsParams, options?: RequestOptions): ApiPromise<ListSiteActivityLogsResult>;
/**
 * What `client.sites.list` resolves to: the 200 response. The sites the token can access.
 */
export type ListSitesResult = operations["listSites"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.sites.list`.
 */
export declare const validateListSitesResult: Validator<ListSitesResult>;
/**
 * List Sites: {@link SitesApi.list | client.sites.list} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listSites(core: HttpCore, options?: RequestOptions): ApiPromise<ListSitesResult>;
/**
 * Parameters of `client.sites.publish`.
 */
export interface PublishSiteParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["publishSite"]["parameters"]["path"]>["site_id"];
	/**
	 * The publish targets.
	 */
	body: PublishSiteBody;
}
/**
 * Request body of `client.sites.publish`.
 *
 * The publish targets.
 */
export type PublishSiteBody = NonNullable<operations["publishSite"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.sites.publish` resolves to: the 202 response. Publishing was accepted and is in progress.
 */
export type PublishSiteResult = operations["publishSite"]["responses"][202]["content"]["application/json"];
/**
 * Checks the 202 response body of `client.sites.publish`.
 */
export declare const validatePublishSiteResult: Validator<PublishSiteResult>;
/**
 * Checks a request body of `client.sites.publish`; the client runs it before sending.
 */
export declare const validatePublishSiteBody: Validator<PublishSiteBody>;
/**
 * Publish Site: {@link SitesApi.publish | client.sites.publish} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function publishSite(core: HttpCore, params: PublishSiteParams, options?: RequestOptions): ApiPromise<PublishSiteResult>;
/**
 * Parameters of `client.sites.update`.
 */
export interface UpdateSiteParams {
	/**
	 * Unique identifier of a site.
	 *
	 * Sent in the path.
	 */
	site_id: NonNullable<operations["updateSite"]["parameters"]["path"]>["site_id"];
	/**
	 * The fields to change.
	 */
	body: UpdateSiteBody;
}
/**
 * Request body of `client.sites.update`.
 *
 * The fields to change.
 */
export type UpdateSiteBody = NonNullable<operations["updateSite"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.sites.update` resolves to: the 200 response. The updated site.
 */
export type UpdateSiteResult = operations["updateSite"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.sites.update`.
 */
export declare const validateUpdateSiteResult: Validator<UpdateSiteResult>;
/**
 * Checks a request body of `client.sites.update`; the client runs it before sending.
 */
export declare const validateUpdateSiteBody: Validator<UpdateSiteBody>;
/**
 * Update Site: {@link SitesApi.update | client.sites.update} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function updateSite(core: HttpCore, params: UpdateSiteParams, options?: RequestOptions): ApiPromise<UpdateSiteResult>;
/**
 * Sites operations: Create, list, read, update, delete and publish sites; read their custom domains, hosting plan and activity log.
 *
 * Reached as `client.sites`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class SitesApi {
	#private;
	constructor(core: HttpCore);
	/**
	 * Create Site
	 *
	 * Create a site in a workspace, blank or from a template, optionally in a Dashboard folder. Answers 201 with the new site.
	 *
	 * Required scopes: `workspace:write`.
	 *
	 * POST `/workspaces/{workspace_id}/sites` (operationId `createSite`).
	 * @param params - workspace_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 201 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No workspace with this `workspace_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	create(params: CreateSiteParams, options?: RequestOptions): ApiPromise<CreateSiteResult>;
	/**
	 * Delete Site
	 *
	 * Delete a site. Answers 204 with no body.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * DELETE `/sites/{site_id}` (operationId `deleteSite`).
	 * @param params - site_id
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	remove(params: DeleteSiteParams, options?: RequestOptions): ApiPromise<DeleteSiteResult>;
	/**
	 * Get Custom Domains
	 *
	 * List the custom domains attached to a site; their IDs are what publishSite takes in `customDomains`.
	 *
	 * Required scopes: `sites:read`.
	 *
	 * GET `/sites/{site_id}/custom_domains` (operationId `getCustomDomains`).
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
	getCustomDomains(params: GetCustomDomainsParams, options?: RequestOptions): ApiPromise<GetCustomDomainsResult>;
	/**
	 * Get Site
	 *
	 * Get the details of a site.
	 *
	 * Required scopes: `sites:read`.
	 *
	 * GET `/sites/{site_id}` (operationId `getSite`).
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
	get(params: GetSiteParams, options?: RequestOptions): ApiPromise<GetSiteResult>;
	/**
	 * Get Site Plan
	 *
	 * Get the hosting plan of a site.
	 *
	 * Required scopes: `sites:read`.
	 *
	 * GET `/sites/{site_id}/plan` (operationId `getSitePlan`).
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
	getPlan(params: GetSitePlanParams, options?: RequestOptions): ApiPromise<GetSitePlanResult>;
	/**
	 * Get Site Activity Logs
	 *
	 * List the activity log of a site (changes made in the Designer, publishes, CMS changes, backups, branches, locales...), one page at a time (`offset` and `limit`, at most 100 per page). The `event` of an entry may be a value this description does not list yet.
	 *
	 * Required scopes: `site_activity:read`.
	 *
	 * GET `/sites/{site_id}/activity_logs` (operationId `listSiteActivityLogs`).
	 * @param params - site_id, limit, offset
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
	listActivityLogs(params: ListSiteActivityLogsParams, options?: RequestOptions): ApiPromise<ListSiteActivityLogsResult>;
	/**
	 * Every item of `listActivityLogs` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.sites.iterateActivityLogs(params)) console.log(item);
	 */
	iterateActivityLogs(params: ListSiteActivityLogsParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListSiteActivityLogsResult["items"]>[number], void, undefined>;
	/**
	 * List Sites
	 *
	 * List the sites the access token can access. The list is not paginated. Workspace tokens cannot call site endpoints (403).
	 *
	 * Required scopes: `sites:read`.
	 *
	 * GET `/sites` (operationId `listSites`).
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: Listed by the reference for this endpoint, without a stated reason.
	 * @throws {@link TooManyRequestsError} 429
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	list(options?: RequestOptions): ApiPromise<ListSitesResult>;
	/**
	 * Publish Site
	 *
	 * Publish a site to its custom domains and/or its webflow.io subdomain. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (the request schema says so; `validatePublishSiteRequest` checks a body before it is sent). A site can be published successfully at most once per minute. Publishing is asynchronous: the API answers 202 Accepted.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * POST `/sites/{site_id}/publish` (operationId `publishSite`).
	 * @param params - site_id, body
	 * @param options - Per-call abort signal, headers and timeout.
	 * @returns The 202 response body, validated; `.withResponse()` adds the status, headers and rate limit.
	 * @throws {@link BadRequestError} 400: The body is invalid: neither `customDomains` nor `publishToWebflowSubdomain` was sent, or a domain ID is unknown (codes `validation_error`, `invalid_domain`, `no_domains`).
	 * @throws {@link UnauthorizedError} 401
	 * @throws {@link ForbiddenError} 403
	 * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
	 * @throws {@link TooManyRequestsError} 429: The rate limit is exhausted (code `too_many_requests`). A second publish within a minute of a successful one (one successful publish per minute) is expected to be rejected this way too. Wait for `Retry-After` seconds.
	 * @throws {@link InternalServerError} 500
	 * @throws {@link ServiceUnavailableError} 503
	 */
	publish(params: PublishSiteParams, options?: RequestOptions): ApiPromise<PublishSiteResult>;
	/**
	 * Update Site
	 *
	 * Rename a site or move it to another Dashboard folder (or out of its folder with `parentFolderId: null`). Only the fields sent are changed. Answers with the updated site.
	 *
	 * Required scopes: `sites:write`.
	 *
	 * PATCH `/sites/{site_id}` (operationId `updateSite`).
	 * @param params - site_id, body
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
	update(params: UpdateSiteParams, options?: RequestOptions): ApiPromise<UpdateSiteResult>;
}
