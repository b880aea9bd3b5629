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
  EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_UNION,
  EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

const DOMAIN_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

/**
 * Body of POST /workspaces/{workspace_id}/sites.
 */
export type CreateSiteRequest = components["schemas"]["CreateSiteRequest"];

/**
 * Whether `value` is a {@link CreateSiteRequest}; the fast check {@link validateCreateSiteRequest} runs before explaining a failure.
 */
export function isCreateSiteRequest(value: unknown): value is CreateSiteRequest {
  return (
    $.isPlainObject(value) &&
    typeof value.name === "string" &&
    (value.templateName === undefined || typeof value.templateName === "string") &&
    (value.parentFolderId === undefined ||
      value.parentFolderId === null ||
      typeof value.parentFolderId === "string")
  );
}

/**
 * The CreateSiteRequest schema as data: what {@link validateCreateSiteRequest} walks to say why a value failed.
 */
export const createSiteRequestSchema: SchemaPlan = {
  kind: "object",
  title: "CreateSiteRequest",
  properties: {
    name: { kind: "string" },
    templateName: { kind: "string" },
    parentFolderId: { kind: "string", nullable: true },
  },
  required: ["name"],
};

/**
 * Checks that `value` is a {@link CreateSiteRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateSiteRequest: Validator<CreateSiteRequest> = /* @__PURE__ */ $.validator(
  isCreateSiteRequest,
  createSiteRequestSchema,
  EXPLAIN_OBJECT,
);

/**
 * Response of GET /sites/{site_id}/custom_domains.
 */
export type CustomDomainList = components["schemas"]["CustomDomainList"];

/**
 * Whether `value` is a {@link CustomDomainList}; the fast check {@link validateCustomDomainList} runs before explaining a failure.
 */
export function isCustomDomainList(value: unknown): value is CustomDomainList {
  return (
    $.isPlainObject(value) &&
    (value.customDomains === undefined || isCustomDomainList_customDomains(value.customDomains))
  );
}

function isCustomDomainList_customDomains(value: unknown): boolean {
  return Array.isArray(value) && value.every(isDomain);
}

/**
 * The CustomDomainList schema as data: what {@link validateCustomDomainList} walks to say why a value failed.
 */
export const customDomainListSchema: SchemaPlan = {
  kind: "object",
  title: "CustomDomainList",
  properties: { customDomains: { kind: "array", items: () => domainSchema } },
};

/**
 * Checks that `value` is a {@link CustomDomainList}.
 * @returns `{ ok: true, value }` typed as {@link CustomDomainList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomDomainList: Validator<CustomDomainList> = /* @__PURE__ */ $.validator(
  isCustomDomainList,
  customDomainListSchema,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
);

/**
 * A custom domain attached to a site.
 */
export type Domain = components["schemas"]["Domain"];

/**
 * Whether `value` is a {@link Domain}; the fast check {@link validateDomain} runs before explaining a failure.
 */
export function isDomain(value: unknown): value is Domain {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    DOMAIN_ID_PATTERN.test(value.id) &&
    (value.url === undefined || typeof value.url === "string") &&
    (value.lastPublished === undefined ||
      value.lastPublished === null ||
      (typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished)))
  );
}

/**
 * The Domain schema as data: what {@link validateDomain} walks to say why a value failed.
 */
export const domainSchema: SchemaPlan = {
  kind: "object",
  title: "Domain",
  properties: {
    id: { kind: "string", pattern: DOMAIN_ID_PATTERN },
    url: { kind: "string" },
    lastPublished: { kind: "string", nullable: true, format: "date-time" },
  },
  required: ["id"],
};

/**
 * Checks that `value` is a {@link Domain}.
 * @returns `{ ok: true, value }` typed as {@link Domain}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateDomain: Validator<Domain> = /* @__PURE__ */ $.validator(
  isDomain,
  domainSchema,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
);

/**
 * A locale of a site (Localization).
 */
export type Locale = components["schemas"]["Locale"];

/**
 * Whether `value` is a {@link Locale}; the fast check {@link validateLocale} runs before explaining a failure.
 */
export function isLocale(value: unknown): value is Locale {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") &&
    (value.enabled === undefined || typeof value.enabled === "boolean") &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.displayImageId === undefined ||
      value.displayImageId === null ||
      typeof value.displayImageId === "string") &&
    (value.redirect === undefined || typeof value.redirect === "boolean") &&
    (value.subdirectory === undefined || typeof value.subdirectory === "string") &&
    (value.tag === undefined || typeof value.tag === "string")
  );
}

/**
 * The Locale schema as data: what {@link validateLocale} walks to say why a value failed.
 */
export const localeSchema: SchemaPlan = {
  kind: "object",
  title: "Locale",
  properties: {
    id: { kind: "string" },
    cmsLocaleId: { kind: "string" },
    enabled: { kind: "boolean" },
    displayName: { kind: "string" },
    displayImageId: { kind: "string", nullable: true },
    redirect: { kind: "boolean" },
    subdirectory: { kind: "string" },
    tag: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link Locale}.
 * @returns `{ ok: true, value }` typed as {@link Locale}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateLocale: Validator<Locale> = /* @__PURE__ */ $.validator(
  isLocale,
  localeSchema,
  EXPLAIN_OBJECT,
);

/**
 * Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
 */
export type PublishSiteRequest = components["schemas"]["PublishSiteRequest"];

/**
 * Whether `value` is a {@link PublishSiteRequest}; the fast check {@link validatePublishSiteRequest} runs before explaining a failure.
 */
export function isPublishSiteRequest(value: unknown): value is PublishSiteRequest {
  return (
    $.isPlainObject(value) &&
    (value.customDomains === undefined ||
      isPublishSiteRequest_all1_customDomains(value.customDomains)) &&
    (value.publishToWebflowSubdomain === undefined ||
      typeof value.publishToWebflowSubdomain === "boolean") &&
    (value.pageId === undefined ||
      (typeof value.pageId === "string" && DOMAIN_ID_PATTERN.test(value.pageId))) &&
    (!$.isPlainObject(value) ||
      value.customDomains !== undefined ||
      !$.isPlainObject(value) ||
      value.publishToWebflowSubdomain !== undefined)
  );
}

function isPublishSiteRequest_all1_customDomains_item(value: unknown): boolean {
  return typeof value === "string" && DOMAIN_ID_PATTERN.test(value);
}

function isPublishSiteRequest_all1_customDomains(value: unknown): boolean {
  return Array.isArray(value) && value.every(isPublishSiteRequest_all1_customDomains_item);
}

/**
 * The PublishSiteRequest schema as data: what {@link validatePublishSiteRequest} walks to say why a value failed.
 */
export const publishSiteRequestSchema: SchemaPlan = {
  kind: "allOf",
  title: "PublishSiteRequest",
  of: [
    {
      kind: "object",
      properties: {
        customDomains: { kind: "array", items: { kind: "string", pattern: DOMAIN_ID_PATTERN } },
        publishToWebflowSubdomain: { kind: "boolean" },
        pageId: { kind: "string", pattern: DOMAIN_ID_PATTERN },
      },
    },
    {
      kind: "allOf",
      of: [
        {
          kind: "anyOf",
          of: [
            { kind: "object", implied: true, required: ["customDomains"] },
            { kind: "object", implied: true, required: ["publishToWebflowSubdomain"] },
          ],
        },
      ],
    },
  ],
};

/**
 * Checks that `value` is a {@link PublishSiteRequest}.
 * @returns `{ ok: true, value }` typed as {@link PublishSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePublishSiteRequest: Validator<PublishSiteRequest> =
  /* @__PURE__ */ $.validator(
    isPublishSiteRequest,
    publishSiteRequestSchema,
    EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_UNION,
  );

/**
 * Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
 */
export type PublishSiteResponse = components["schemas"]["PublishSiteResponse"];

/**
 * Whether `value` is a {@link PublishSiteResponse}; the fast check {@link validatePublishSiteResponse} runs before explaining a failure.
 */
export function isPublishSiteResponse(value: unknown): value is PublishSiteResponse {
  return (
    $.isPlainObject(value) &&
    (value.customDomains === undefined ||
      isPublishSiteResponse_customDomains(value.customDomains)) &&
    (value.publishToWebflowSubdomain === undefined ||
      typeof value.publishToWebflowSubdomain === "boolean") &&
    (value.publishScope === undefined || typeof value.publishScope === "string")
  );
}

function isPublishSiteResponse_customDomains(value: unknown): boolean {
  return Array.isArray(value) && value.every(isDomain);
}

/**
 * The PublishSiteResponse schema as data: what {@link validatePublishSiteResponse} walks to say why a value failed.
 */
export const publishSiteResponseSchema: SchemaPlan = {
  kind: "object",
  title: "PublishSiteResponse",
  properties: {
    customDomains: { kind: "array", items: () => domainSchema },
    publishToWebflowSubdomain: { kind: "boolean" },
    publishScope: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link PublishSiteResponse}.
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePublishSiteResponse: Validator<PublishSiteResponse> =
  /* @__PURE__ */ $.validator(
    isPublishSiteResponse,
    publishSiteResponseSchema,
    EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
  );

/**
 * A Webflow site.
 */
export type Site = components["schemas"]["Site"];

/**
 * Whether `value` is a {@link Site}; the fast check {@link validateSite} runs before explaining a failure.
 */
export function isSite(value: unknown): value is Site {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    DOMAIN_ID_PATTERN.test(value.id) &&
    (value.workspaceId === undefined ||
      (typeof value.workspaceId === "string" && DOMAIN_ID_PATTERN.test(value.workspaceId))) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.shortName === undefined || typeof value.shortName === "string") &&
    (value.lastPublished === undefined ||
      value.lastPublished === null ||
      (typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated))) &&
    (value.previewUrl === undefined ||
      (typeof value.previewUrl === "string" && $.isUri(value.previewUrl))) &&
    (value.timeZone === undefined || typeof value.timeZone === "string") &&
    (value.parentFolderId === undefined ||
      value.parentFolderId === null ||
      (typeof value.parentFolderId === "string" && DOMAIN_ID_PATTERN.test(value.parentFolderId))) &&
    (value.customDomains === undefined || isSite_customDomains(value.customDomains)) &&
    (value.locales === undefined || isSite_locales(value.locales)) &&
    (value.dataCollectionEnabled === undefined ||
      typeof value.dataCollectionEnabled === "boolean") &&
    (value.dataCollectionType === undefined || typeof value.dataCollectionType === "string")
  );
}

function isSite_customDomains(value: unknown): boolean {
  return Array.isArray(value) && value.every(isDomain);
}

function isSite_locales_secondary(value: unknown): boolean {
  return Array.isArray(value) && value.every(isLocale);
}

function isSite_locales(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.primary === undefined || isLocale(value.primary)) &&
    (value.secondary === undefined || isSite_locales_secondary(value.secondary))
  );
}

/**
 * The Site schema as data: what {@link validateSite} walks to say why a value failed.
 */
export const siteSchema: SchemaPlan = {
  kind: "object",
  title: "Site",
  properties: {
    id: { kind: "string", pattern: DOMAIN_ID_PATTERN },
    workspaceId: { kind: "string", pattern: DOMAIN_ID_PATTERN },
    createdOn: { kind: "string", format: "date-time" },
    displayName: { kind: "string" },
    shortName: { kind: "string" },
    lastPublished: { kind: "string", nullable: true, format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
    previewUrl: { kind: "string", format: "uri" },
    timeZone: { kind: "string" },
    parentFolderId: { kind: "string", nullable: true, pattern: DOMAIN_ID_PATTERN },
    customDomains: { kind: "array", items: () => domainSchema },
    locales: {
      kind: "object",
      properties: {
        primary: () => localeSchema,
        secondary: { kind: "array", items: () => localeSchema },
      },
    },
    dataCollectionEnabled: { kind: "boolean" },
    dataCollectionType: { kind: "string" },
  },
  required: ["id"],
};

/**
 * Checks that `value` is a {@link Site}.
 * @returns `{ ok: true, value }` typed as {@link Site}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSite: Validator<Site> = /* @__PURE__ */ $.validator(
  isSite,
  siteSchema,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI,
);

/**
 * One entry of a site's activity log (a change made to the site, who made it and when).
 */
export type SiteActivityLogEntry = components["schemas"]["SiteActivityLogEntry"];

/**
 * Whether `value` is a {@link SiteActivityLogEntry}; the fast check {@link validateSiteActivityLogEntry} runs before explaining a failure.
 */
export function isSiteActivityLogEntry(value: unknown): value is SiteActivityLogEntry {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated))) &&
    (value.event === undefined || typeof value.event === "string") &&
    (value.resourceOperation === undefined || typeof value.resourceOperation === "string") &&
    (value.user === undefined || isSiteActivityLogEntry_user(value.user)) &&
    (value.resourceId === undefined ||
      value.resourceId === null ||
      typeof value.resourceId === "string") &&
    (value.resourceName === undefined ||
      value.resourceName === null ||
      typeof value.resourceName === "string") &&
    (value.newValue === undefined ||
      value.newValue === null ||
      typeof value.newValue === "string") &&
    (value.previousValue === undefined ||
      value.previousValue === null ||
      typeof value.previousValue === "string") &&
    (value.payload === undefined || isSiteActivityLogEntry_payload(value.payload))
  );
}

function isSiteActivityLogEntry_user(value: unknown): boolean {
  return (
    value === null ||
    ($.isPlainObject(value) &&
      (value.id === undefined || typeof value.id === "string") &&
      (value.displayName === undefined || typeof value.displayName === "string"))
  );
}

function isSiteActivityLogEntry_payload(value: unknown): boolean {
  return value === null || $.isPlainObject(value);
}

/**
 * The SiteActivityLogEntry schema as data: what {@link validateSiteActivityLogEntry} walks to say why a value failed.
 */
export const siteActivityLogEntrySchema: SchemaPlan = {
  kind: "object",
  title: "SiteActivityLogEntry",
  properties: {
    id: { kind: "string" },
    createdOn: { kind: "string", format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
    event: { kind: "string" },
    resourceOperation: { kind: "string" },
    user: {
      kind: "object",
      nullable: true,
      properties: { id: { kind: "string" }, displayName: { kind: "string" } },
    },
    resourceId: { kind: "string", nullable: true },
    resourceName: { kind: "string", nullable: true },
    newValue: { kind: "string", nullable: true },
    previousValue: { kind: "string", nullable: true },
    payload: { kind: "object", nullable: true },
  },
};

/**
 * Checks that `value` is a {@link SiteActivityLogEntry}.
 * @returns `{ ok: true, value }` typed as {@link SiteActivityLogEntry}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSiteActivityLogEntry: Validator<SiteActivityLogEntry> =
  /* @__PURE__ */ $.validator(
    isSiteActivityLogEntry,
    siteActivityLogEntrySchema,
    EXPLAIN_OBJECT_STRING_DATE_TIME,
  );

/**
 * Response of GET /sites/{site_id}/activity_logs, one page of activity-log entries.
 */
export type SiteActivityLogList = components["schemas"]["SiteActivityLogList"];

/**
 * Whether `value` is a {@link SiteActivityLogList}; the fast check {@link validateSiteActivityLogList} runs before explaining a failure.
 */
export function isSiteActivityLogList(value: unknown): value is SiteActivityLogList {
  return (
    $.isPlainObject(value) &&
    (value.items === undefined || isSiteActivityLogList_items(value.items)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isSiteActivityLogList_items(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSiteActivityLogEntry);
}

/**
 * The SiteActivityLogList schema as data: what {@link validateSiteActivityLogList} walks to say why a value failed.
 */
export const siteActivityLogListSchema: SchemaPlan = {
  kind: "object",
  title: "SiteActivityLogList",
  properties: {
    items: { kind: "array", items: () => siteActivityLogEntrySchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link SiteActivityLogList}.
 * @returns `{ ok: true, value }` typed as {@link SiteActivityLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSiteActivityLogList: Validator<SiteActivityLogList> =
  /* @__PURE__ */ $.validator(
    isSiteActivityLogList,
    siteActivityLogListSchema,
    EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME,
  );

/**
 * Response of GET /sites. The list is not paginated.
 */
export type SiteList = components["schemas"]["SiteList"];

/**
 * Whether `value` is a {@link SiteList}; the fast check {@link validateSiteList} runs before explaining a failure.
 */
export function isSiteList(value: unknown): value is SiteList {
  return $.isPlainObject(value) && (value.sites === undefined || isSiteList_sites(value.sites));
}

function isSiteList_sites(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSite);
}

/**
 * The SiteList schema as data: what {@link validateSiteList} walks to say why a value failed.
 */
export const siteListSchema: SchemaPlan = {
  kind: "object",
  title: "SiteList",
  properties: { sites: { kind: "array", items: () => siteSchema } },
};

/**
 * Checks that `value` is a {@link SiteList}.
 * @returns `{ ok: true, value }` typed as {@link SiteList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSiteList: Validator<SiteList> = /* @__PURE__ */ $.validator(
  isSiteList,
  siteListSchema,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI,
);

/**
 * The hosting plan of a site (response of GET /sites/{site_id}/plan).
 */
export type SitePlan = components["schemas"]["SitePlan"];

/**
 * Whether `value` is a {@link SitePlan}; the fast check {@link validateSitePlan} runs before explaining a failure.
 */
export function isSitePlan(value: unknown): value is SitePlan {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.pricingInfo === undefined || typeof value.pricingInfo === "string")
  );
}

/**
 * The SitePlan schema as data: what {@link validateSitePlan} walks to say why a value failed.
 */
export const sitePlanSchema: SchemaPlan = {
  kind: "object",
  title: "SitePlan",
  properties: { id: { kind: "string" }, name: { kind: "string" }, pricingInfo: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link SitePlan}.
 * @returns `{ ok: true, value }` typed as {@link SitePlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSitePlan: Validator<SitePlan> = /* @__PURE__ */ $.validator(
  isSitePlan,
  sitePlanSchema,
  EXPLAIN_OBJECT,
);

/**
 * Body of PATCH /sites/{site_id}. Only the fields sent are changed.
 */
export type UpdateSiteRequest = components["schemas"]["UpdateSiteRequest"];

/**
 * Whether `value` is a {@link UpdateSiteRequest}; the fast check {@link validateUpdateSiteRequest} runs before explaining a failure.
 */
export function isUpdateSiteRequest(value: unknown): value is UpdateSiteRequest {
  return (
    $.isPlainObject(value) &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.parentFolderId === undefined ||
      value.parentFolderId === null ||
      typeof value.parentFolderId === "string")
  );
}

/**
 * The UpdateSiteRequest schema as data: what {@link validateUpdateSiteRequest} walks to say why a value failed.
 */
export const updateSiteRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateSiteRequest",
  properties: { name: { kind: "string" }, parentFolderId: { kind: "string", nullable: true } },
};

/**
 * Checks that `value` is a {@link UpdateSiteRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateSiteRequest: Validator<UpdateSiteRequest> = /* @__PURE__ */ $.validator(
  isUpdateSiteRequest,
  updateSiteRequestSchema,
  EXPLAIN_OBJECT,
);

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
export type CreateSiteBody = NonNullable<
  operations["createSite"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.sites.create` resolves to: the 201 response. The site was created.
 */
export type CreateSiteResult =
  operations["createSite"]["responses"][201]["content"]["application/json"];

/**
 * Checks the 201 response body of `client.sites.create`.
 */
export const validateCreateSiteResult: Validator<CreateSiteResult> = validateSite;

/**
 * Checks a request body of `client.sites.create`; the client runs it before sending.
 */
export const validateCreateSiteBody: Validator<CreateSiteBody> = validateCreateSiteRequest;

/**
 * Create Site: {@link SitesApi.create | client.sites.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createSite(
  core: HttpCore,
  params: CreateSiteParams,
  options?: RequestOptions,
): ApiPromise<CreateSiteResult> {
  return core.request<CreateSiteResult>(
    {
      operationId: "createSite",
      method: "POST",
      path: "/workspaces/{workspace_id}/sites",
      pathParams: { workspace_id: params.workspace_id },
      body: params.body,
      validateBody: validateCreateSiteBody,
      responseKind: "json",
      validate: validateCreateSiteResult,
    },
    options,
  );
}

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
export function deleteSite(
  core: HttpCore,
  params: DeleteSiteParams,
  options?: RequestOptions,
): ApiPromise<DeleteSiteResult> {
  return core.request<DeleteSiteResult>(
    {
      operationId: "deleteSite",
      method: "DELETE",
      path: "/sites/{site_id}",
      pathParams: { site_id: params.site_id },
      responseKind: "empty",
    },
    options,
  );
}

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
export type GetCustomDomainsResult =
  operations["getCustomDomains"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.sites.getCustomDomains`.
 */
export const validateGetCustomDomainsResult: Validator<GetCustomDomainsResult> =
  validateCustomDomainList;

/**
 * Get Custom Domains: {@link SitesApi.getCustomDomains | client.sites.getCustomDomains} as a function of the core, so that a program importing only it bundles only it.
 */
export function getCustomDomains(
  core: HttpCore,
  params: GetCustomDomainsParams,
  options?: RequestOptions,
): ApiPromise<GetCustomDomainsResult> {
  return core.request<GetCustomDomainsResult>(
    {
      operationId: "getCustomDomains",
      method: "GET",
      path: "/sites/{site_id}/custom_domains",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateGetCustomDomainsResult,
    },
    options,
  );
}

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
export const validateGetSiteResult: Validator<GetSiteResult> = validateSite;

/**
 * Get Site: {@link SitesApi.get | client.sites.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getSite(
  core: HttpCore,
  params: GetSiteParams,
  options?: RequestOptions,
): ApiPromise<GetSiteResult> {
  return core.request<GetSiteResult>(
    {
      operationId: "getSite",
      method: "GET",
      path: "/sites/{site_id}",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateGetSiteResult,
    },
    options,
  );
}

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
export type GetSitePlanResult =
  operations["getSitePlan"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.sites.getPlan`.
 */
export const validateGetSitePlanResult: Validator<GetSitePlanResult> = validateSitePlan;

/**
 * Get Site Plan: {@link SitesApi.getPlan | client.sites.getPlan} as a function of the core, so that a program importing only it bundles only it.
 */
export function getSitePlan(
  core: HttpCore,
  params: GetSitePlanParams,
  options?: RequestOptions,
): ApiPromise<GetSitePlanResult> {
  return core.request<GetSitePlanResult>(
    {
      operationId: "getSitePlan",
      method: "GET",
      path: "/sites/{site_id}/plan",
      pathParams: { site_id: params.site_id },
      responseKind: "json",
      validate: validateGetSitePlanResult,
    },
    options,
  );
}

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
export type ListSiteActivityLogsResult =
  operations["listSiteActivityLogs"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.sites.listActivityLogs`.
 */
export const validateListSiteActivityLogsResult: Validator<ListSiteActivityLogsResult> =
  validateSiteActivityLogList;

/**
 * Get Site Activity Logs: {@link SitesApi.listActivityLogs | client.sites.listActivityLogs} as a function of the core, so that a program importing only it bundles only it.
 */
export function listSiteActivityLogs(
  core: HttpCore,
  params: ListSiteActivityLogsParams,
  options?: RequestOptions,
): ApiPromise<ListSiteActivityLogsResult> {
  return core.request<ListSiteActivityLogsResult>(
    {
      operationId: "listSiteActivityLogs",
      method: "GET",
      path: "/sites/{site_id}/activity_logs",
      pathParams: { site_id: params.site_id },
      query: { limit: params.limit, offset: params.offset },
      responseKind: "json",
      validate: validateListSiteActivityLogsResult,
    },
    options,
  );
}

/**
 * What `client.sites.list` resolves to: the 200 response. The sites the token can access.
 */
export type ListSitesResult =
  operations["listSites"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.sites.list`.
 */
export const validateListSitesResult: Validator<ListSitesResult> = validateSiteList;

/**
 * List Sites: {@link SitesApi.list | client.sites.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listSites(core: HttpCore, options?: RequestOptions): ApiPromise<ListSitesResult> {
  return core.request<ListSitesResult>(
    {
      operationId: "listSites",
      method: "GET",
      path: "/sites",
      responseKind: "json",
      validate: validateListSitesResult,
    },
    options,
  );
}

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
export type PublishSiteBody = NonNullable<
  operations["publishSite"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.sites.publish` resolves to: the 202 response. Publishing was accepted and is in progress.
 */
export type PublishSiteResult =
  operations["publishSite"]["responses"][202]["content"]["application/json"];

/**
 * Checks the 202 response body of `client.sites.publish`.
 */
export const validatePublishSiteResult: Validator<PublishSiteResult> = validatePublishSiteResponse;

/**
 * Checks a request body of `client.sites.publish`; the client runs it before sending.
 */
export const validatePublishSiteBody: Validator<PublishSiteBody> = validatePublishSiteRequest;

/**
 * Publish Site: {@link SitesApi.publish | client.sites.publish} as a function of the core, so that a program importing only it bundles only it.
 */
export function publishSite(
  core: HttpCore,
  params: PublishSiteParams,
  options?: RequestOptions,
): ApiPromise<PublishSiteResult> {
  return core.request<PublishSiteResult>(
    {
      operationId: "publishSite",
      method: "POST",
      path: "/sites/{site_id}/publish",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validatePublishSiteBody,
      responseKind: "json",
      validate: validatePublishSiteResult,
    },
    options,
  );
}

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
export type UpdateSiteBody = NonNullable<
  operations["updateSite"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.sites.update` resolves to: the 200 response. The updated site.
 */
export type UpdateSiteResult =
  operations["updateSite"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.sites.update`.
 */
export const validateUpdateSiteResult: Validator<UpdateSiteResult> = validateSite;

/**
 * Checks a request body of `client.sites.update`; the client runs it before sending.
 */
export const validateUpdateSiteBody: Validator<UpdateSiteBody> = validateUpdateSiteRequest;

/**
 * Update Site: {@link SitesApi.update | client.sites.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateSite(
  core: HttpCore,
  params: UpdateSiteParams,
  options?: RequestOptions,
): ApiPromise<UpdateSiteResult> {
  return core.request<UpdateSiteResult>(
    {
      operationId: "updateSite",
      method: "PATCH",
      path: "/sites/{site_id}",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateUpdateSiteBody,
      responseKind: "json",
      validate: validateUpdateSiteResult,
    },
    options,
  );
}

/**
 * Sites operations: Create, list, read, update, delete and publish sites; read their custom domains, hosting plan and activity log.
 *
 * Reached as `client.sites`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class SitesApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

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
  create(params: CreateSiteParams, options?: RequestOptions): ApiPromise<CreateSiteResult> {
    return createSite(this.#core, params, options);
  }

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
  remove(params: DeleteSiteParams, options?: RequestOptions): ApiPromise<DeleteSiteResult> {
    return deleteSite(this.#core, params, options);
  }

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
  getCustomDomains(
    params: GetCustomDomainsParams,
    options?: RequestOptions,
  ): ApiPromise<GetCustomDomainsResult> {
    return getCustomDomains(this.#core, params, options);
  }

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
  get(params: GetSiteParams, options?: RequestOptions): ApiPromise<GetSiteResult> {
    return getSite(this.#core, params, options);
  }

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
  getPlan(params: GetSitePlanParams, options?: RequestOptions): ApiPromise<GetSitePlanResult> {
    return getSitePlan(this.#core, params, options);
  }

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
  listActivityLogs(
    params: ListSiteActivityLogsParams,
    options?: RequestOptions,
  ): ApiPromise<ListSiteActivityLogsResult> {
    return listSiteActivityLogs(this.#core, params, options);
  }

  /**
   * Every item of `listActivityLogs` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.sites.iterateActivityLogs(params)) console.log(item);
   */
  iterateActivityLogs(
    params: ListSiteActivityLogsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListSiteActivityLogsResult["items"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listSiteActivityLogs(this.#core, { ...params, offset }, options);
      return { items: page.items ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

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
  list(options?: RequestOptions): ApiPromise<ListSitesResult> {
    return listSites(this.#core, options);
  }

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
  publish(params: PublishSiteParams, options?: RequestOptions): ApiPromise<PublishSiteResult> {
    return publishSite(this.#core, params, options);
  }

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
  update(params: UpdateSiteParams, options?: RequestOptions): ApiPromise<UpdateSiteResult> {
    return updateSite(this.#core, params, options);
  }
}
