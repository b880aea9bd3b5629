/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
/**
 * `assets:read`: Read the assets (images, files) of a site.
 *
 * Level: site.
 */
export const ASSETS_READ = "assets:read";

/**
 * `assets:write`: Upload, update and delete the assets of a site.
 *
 * Level: site.
 */
export const ASSETS_WRITE = "assets:write";

/**
 * `authorized_user:read`: Read the user who authorized the token.
 *
 * Level: site.
 */
export const AUTHORIZED_USER_READ = "authorized_user:read";

/**
 * `cms:read`: Read the CMS collections and items of a site.
 *
 * Level: site.
 */
export const CMS_READ = "cms:read";

/**
 * `cms:write`: Create, update, publish and delete CMS collections and items.
 *
 * Level: site.
 */
export const CMS_WRITE = "cms:write";

/**
 * `comments:read`: Read the comment threads and replies of a site.
 *
 * Level: site.
 */
export const COMMENTS_READ = "comments:read";

/**
 * `comments:write`: Create and update comments of a site.
 *
 * Level: site.
 */
export const COMMENTS_WRITE = "comments:write";

/**
 * `components:read`: Read the components of a site.
 *
 * Level: site.
 */
export const COMPONENTS_READ = "components:read";

/**
 * `components:write`: Update the content of components of a site.
 *
 * Level: site.
 */
export const COMPONENTS_WRITE = "components:write";

/**
 * `custom_code:read`: Read the custom code (registered scripts) of a site and its pages. Available only to Data Client apps; site tokens cannot use it.
 *
 * Level: site.
 */
export const CUSTOM_CODE_READ = "custom_code:read";

/**
 * `custom_code:write`: Register, apply and remove custom code on a site and its pages. Available only to Data Client apps; site tokens cannot use it.
 *
 * Level: site.
 */
export const CUSTOM_CODE_WRITE = "custom_code:write";

/**
 * `ecommerce:read`: Read the ecommerce products, orders and inventory of a site.
 *
 * Level: site.
 */
export const ECOMMERCE_READ = "ecommerce:read";

/**
 * `ecommerce:write`: Create and update ecommerce products, orders and inventory.
 *
 * Level: site.
 */
export const ECOMMERCE_WRITE = "ecommerce:write";

/**
 * `forms:read`: Read the forms and form submissions of a site.
 *
 * Level: site.
 */
export const FORMS_READ = "forms:read";

/**
 * `forms:write`: Update and delete form submissions of a site.
 *
 * Level: site.
 */
export const FORMS_WRITE = "forms:write";

/**
 * `pages:read`: Read the pages and page content of a site.
 *
 * Level: site.
 */
export const PAGES_READ = "pages:read";

/**
 * `pages:write`: Update the pages and page content of a site.
 *
 * Level: site.
 */
export const PAGES_WRITE = "pages:write";

/**
 * `sites:read`: Read sites, their custom domains and their webhooks.
 *
 * Level: site.
 */
export const SITES_READ = "sites:read";

/**
 * `sites:write`: Publish sites and create and remove webhooks.
 *
 * Level: site.
 */
export const SITES_WRITE = "sites:write";

/**
 * `site_activity:read`: Read the activity log of a site.
 *
 * Level: site.
 */
export const SITE_ACTIVITY_READ = "site_activity:read";

/**
 * `site_config:read`: Read the configuration of a site (redirects, robots.txt, well-known files).
 *
 * Level: site.
 */
export const SITE_CONFIG_READ = "site_config:read";

/**
 * `site_config:write`: Update the configuration of a site (redirects, robots.txt, well-known files).
 *
 * Level: site.
 */
export const SITE_CONFIG_WRITE = "site_config:write";

/**
 * `users:read`: Read the user accounts (memberships) of a site.
 *
 * Level: site.
 */
export const USERS_READ = "users:read";

/**
 * `users:write`: Invite, update and delete the user accounts of a site.
 *
 * Level: site.
 */
export const USERS_WRITE = "users:write";

/**
 * `workspace:read`: Read workspace information. Site-level and workspace-level.
 *
 * Level: site and workspace.
 */
export const WORKSPACE_READ = "workspace:read";

/**
 * `workspace:write`: Modify workspace resources. Site-level and workspace-level.
 *
 * Level: site and workspace.
 */
export const WORKSPACE_WRITE = "workspace:write";

/**
 * `workspace_activity:read`: Read the activity log of a workspace. Workspace-level only.
 *
 * Level: workspace.
 */
export const WORKSPACE_ACTIVITY_READ = "workspace_activity:read";

/**
 * Every scope the API declares, in the order of the spec.
 */
export const SCOPES = [
  "assets:read",
  "assets:write",
  "authorized_user:read",
  "cms:read",
  "cms:write",
  "comments:read",
  "comments:write",
  "components:read",
  "components:write",
  "custom_code:read",
  "custom_code:write",
  "ecommerce:read",
  "ecommerce:write",
  "forms:read",
  "forms:write",
  "pages:read",
  "pages:write",
  "sites:read",
  "sites:write",
  "site_activity:read",
  "site_config:read",
  "site_config:write",
  "users:read",
  "users:write",
  "workspace:read",
  "workspace:write",
  "workspace_activity:read",
] as const;

/**
 * One OAuth scope name.
 */
export type Scope =
  | "assets:read"
  | "assets:write"
  | "authorized_user:read"
  | "cms:read"
  | "cms:write"
  | "comments:read"
  | "comments:write"
  | "components:read"
  | "components:write"
  | "custom_code:read"
  | "custom_code:write"
  | "ecommerce:read"
  | "ecommerce:write"
  | "forms:read"
  | "forms:write"
  | "pages:read"
  | "pages:write"
  | "sites:read"
  | "sites:write"
  | "site_activity:read"
  | "site_config:read"
  | "site_config:write"
  | "users:read"
  | "users:write"
  | "workspace:read"
  | "workspace:write"
  | "workspace_activity:read";

/**
 * Scopes for Data Client apps and site tokens.
 */
export const SITE_SCOPES = [
  "assets:read",
  "assets:write",
  "authorized_user:read",
  "cms:read",
  "cms:write",
  "comments:read",
  "comments:write",
  "components:read",
  "components:write",
  "custom_code:read",
  "custom_code:write",
  "ecommerce:read",
  "ecommerce:write",
  "forms:read",
  "forms:write",
  "pages:read",
  "pages:write",
  "sites:read",
  "sites:write",
  "site_activity:read",
  "site_config:read",
  "site_config:write",
  "users:read",
  "users:write",
  "workspace:read",
  "workspace:write",
] as const;

/**
 * Scopes for workspace tokens and apps with workspace access.
 */
export const WORKSPACE_SCOPES = [
  "workspace:read",
  "workspace:write",
  "workspace_activity:read",
] as const;

/**
 * What each scope grants, as the spec describes it.
 */
export const SCOPE_DESCRIPTIONS: Readonly<Record<Scope, string>> = Object.freeze(
  Object.assign(Object.create(null) as {}, {
    "assets:read": "Read the assets (images, files) of a site.",
    "assets:write": "Upload, update and delete the assets of a site.",
    "authorized_user:read": "Read the user who authorized the token.",
    "cms:read": "Read the CMS collections and items of a site.",
    "cms:write": "Create, update, publish and delete CMS collections and items.",
    "comments:read": "Read the comment threads and replies of a site.",
    "comments:write": "Create and update comments of a site.",
    "components:read": "Read the components of a site.",
    "components:write": "Update the content of components of a site.",
    "custom_code:read":
      "Read the custom code (registered scripts) of a site and its pages. Available only to Data Client apps; site tokens cannot use it.",
    "custom_code:write":
      "Register, apply and remove custom code on a site and its pages. Available only to Data Client apps; site tokens cannot use it.",
    "ecommerce:read": "Read the ecommerce products, orders and inventory of a site.",
    "ecommerce:write": "Create and update ecommerce products, orders and inventory.",
    "forms:read": "Read the forms and form submissions of a site.",
    "forms:write": "Update and delete form submissions of a site.",
    "pages:read": "Read the pages and page content of a site.",
    "pages:write": "Update the pages and page content of a site.",
    "sites:read": "Read sites, their custom domains and their webhooks.",
    "sites:write": "Publish sites and create and remove webhooks.",
    "site_activity:read": "Read the activity log of a site.",
    "site_config:read":
      "Read the configuration of a site (redirects, robots.txt, well-known files).",
    "site_config:write":
      "Update the configuration of a site (redirects, robots.txt, well-known files).",
    "users:read": "Read the user accounts (memberships) of a site.",
    "users:write": "Invite, update and delete the user accounts of a site.",
    "workspace:read": "Read workspace information. Site-level and workspace-level.",
    "workspace:write": "Modify workspace resources. Site-level and workspace-level.",
    "workspace_activity:read": "Read the activity log of a workspace. Workspace-level only.",
  }),
);

/**
 * The scopes each operation requires, by operationId. An empty list means any valid token will do.
 */
export const OPERATION_SCOPES = Object.freeze(
  Object.assign(Object.create(null) as {}, {
    batchDeleteCustomFonts: ["sites:write"] as const,
    bulkCreateCollectionItems: ["cms:write"] as const,
    createAssetFolder: ["assets:write"] as const,
    createCollection: ["cms:write"] as const,
    createCollectionField: ["cms:write"] as const,
    createCollectionItems: ["cms:write"] as const,
    createCustomFont: ["sites:write"] as const,
    createLiveCollectionItems: ["cms:write"] as const,
    createProduct: ["ecommerce:write"] as const,
    createRedirect: ["sites:write"] as const,
    createSite: ["workspace:write"] as const,
    createSkus: ["ecommerce:write"] as const,
    createWebhook: ["sites:write"] as const,
    deleteAllGoogleTags: ["sites:write"] as const,
    deleteAsset: ["assets:write"] as const,
    deleteCollection: ["cms:write"] as const,
    deleteCollectionField: ["cms:write"] as const,
    deleteCollectionItem: ["cms:write"] as const,
    deleteCollectionItems: ["cms:write"] as const,
    deleteCustomFont: ["sites:write"] as const,
    deleteFormSubmission: ["forms:write"] as const,
    deleteFormSubmissionBySite: ["forms:write"] as const,
    deleteGoogleTag: ["sites:write"] as const,
    deletePageCustomCode: ["custom_code:write"] as const,
    deleteRedirect: ["sites:write"] as const,
    deleteRobotsTxt: ["site_config:write"] as const,
    deleteSite: ["sites:write"] as const,
    deleteSiteCustomCode: ["custom_code:write"] as const,
    deleteWellKnownFiles: ["site_config:write"] as const,
    fulfillOrder: ["ecommerce:write"] as const,
    getAsset: ["assets:read"] as const,
    getAssetFolder: ["assets:read"] as const,
    getAuthorizedUser: ["authorized_user:read"] as const,
    getCollection: ["cms:read"] as const,
    getCollectionItem: ["cms:read"] as const,
    getCommentThread: ["comments:read"] as const,
    getComponentContent: ["components:read"] as const,
    getComponentProperties: ["components:read"] as const,
    getCustomDomains: ["sites:read"] as const,
    getCustomFont: ["sites:read"] as const,
    getEcommerceSettings: ["ecommerce:read"] as const,
    getForm: ["forms:read"] as const,
    getFormSubmission: ["forms:read"] as const,
    getFormSubmissionBySite: ["forms:read"] as const,
    getInventory: ["ecommerce:read"] as const,
    getLiveCollectionItem: ["cms:read"] as const,
    getOrder: ["ecommerce:read"] as const,
    getPageContent: ["pages:read"] as const,
    getPageCustomCode: ["custom_code:read"] as const,
    getPageMetadata: ["pages:read"] as const,
    getProduct: ["ecommerce:read"] as const,
    getRobotsTxt: ["site_config:read"] as const,
    getSite: ["sites:read"] as const,
    getSiteCustomCode: ["custom_code:read"] as const,
    getSitePlan: ["sites:read"] as const,
    getWebhook: ["sites:read"] as const,
    introspectToken: [] as const,
    listAssetFolders: ["assets:read"] as const,
    listAssets: ["assets:read"] as const,
    listCollectionItems: ["cms:read"] as const,
    listCollections: ["cms:read"] as const,
    listCommentReplies: ["comments:read"] as const,
    listCommentThreads: ["comments:read"] as const,
    listComponents: ["components:read"] as const,
    listCustomCodeBlocks: ["custom_code:read"] as const,
    listCustomFonts: ["sites:read"] as const,
    listFormSubmissions: ["forms:read"] as const,
    listFormSubmissionsBySite: ["forms:read"] as const,
    listFormSubmissionsBySiteAndForm: ["forms:read"] as const,
    listForms: ["forms:read"] as const,
    listGoogleTags: ["sites:read"] as const,
    listLiveCollectionItems: ["cms:read"] as const,
    listOrders: ["ecommerce:read"] as const,
    listPages: ["pages:read"] as const,
    listProducts: ["ecommerce:read"] as const,
    listRedirects: ["sites:read"] as const,
    listRegisteredScripts: ["custom_code:read"] as const,
    listSiteActivityLogs: ["site_activity:read"] as const,
    listSites: ["sites:read"] as const,
    listWebhooks: ["sites:read"] as const,
    listWorkspaceAuditLogs: ["workspace_activity:read"] as const,
    publishCollectionItems: ["cms:write"] as const,
    publishSite: ["sites:write"] as const,
    refundOrder: ["ecommerce:write"] as const,
    registerHostedScript: ["custom_code:write"] as const,
    registerInlineScript: ["custom_code:write"] as const,
    removeWebhook: ["sites:write"] as const,
    replaceCustomFontFile: ["sites:write"] as const,
    replaceRobotsTxt: ["site_config:write"] as const,
    setWellKnownFile: ["site_config:write"] as const,
    unfulfillOrder: ["ecommerce:write"] as const,
    unpublishLiveCollectionItem: ["cms:write"] as const,
    unpublishLiveCollectionItems: ["cms:write"] as const,
    updateAsset: ["assets:write"] as const,
    updateCollectionField: ["cms:write"] as const,
    updateCollectionItem: ["cms:write"] as const,
    updateCollectionItems: ["cms:write"] as const,
    updateComponentContent: ["components:write"] as const,
    updateComponentProperties: ["components:write"] as const,
    updateCustomFont: ["sites:write"] as const,
    updateFormSubmission: ["forms:write"] as const,
    updateFormSubmissionBySite: ["forms:write"] as const,
    updateGoogleTags: ["sites:write"] as const,
    updateInventory: ["ecommerce:write"] as const,
    updateLiveCollectionItem: ["cms:write"] as const,
    updateLiveCollectionItems: ["cms:write"] as const,
    updateOrder: ["ecommerce:write"] as const,
    updatePageContent: ["pages:write"] as const,
    updatePageMetadata: ["pages:write"] as const,
    updateProduct: ["ecommerce:write"] as const,
    updateRedirect: ["sites:write"] as const,
    updateRobotsTxt: ["site_config:write"] as const,
    updateSite: ["sites:write"] as const,
    updateSku: ["ecommerce:write"] as const,
    uploadAsset: ["assets:write"] as const,
    upsertPageCustomCode: ["custom_code:write"] as const,
    upsertSiteCustomCode: ["custom_code:write"] as const,
  }),
) as {
  readonly batchDeleteCustomFonts: readonly ["sites:write"];
  readonly bulkCreateCollectionItems: readonly ["cms:write"];
  readonly createAssetFolder: readonly ["assets:write"];
  readonly createCollection: readonly ["cms:write"];
  readonly createCollectionField: readonly ["cms:write"];
  readonly createCollectionItems: readonly ["cms:write"];
  readonly createCustomFont: readonly ["sites:write"];
  readonly createLiveCollectionItems: readonly ["cms:write"];
  readonly createProduct: readonly ["ecommerce:write"];
  readonly createRedirect: readonly ["sites:write"];
  readonly createSite: readonly ["workspace:write"];
  readonly createSkus: readonly ["ecommerce:write"];
  readonly createWebhook: readonly ["sites:write"];
  readonly deleteAllGoogleTags: readonly ["sites:write"];
  readonly deleteAsset: readonly ["assets:write"];
  readonly deleteCollection: readonly ["cms:write"];
  readonly deleteCollectionField: readonly ["cms:write"];
  readonly deleteCollectionItem: readonly ["cms:write"];
  readonly deleteCollectionItems: readonly ["cms:write"];
  readonly deleteCustomFont: readonly ["sites:write"];
  readonly deleteFormSubmission: readonly ["forms:write"];
  readonly deleteFormSubmissionBySite: readonly ["forms:write"];
  readonly deleteGoogleTag: readonly ["sites:write"];
  readonly deletePageCustomCode: readonly ["custom_code:write"];
  readonly deleteRedirect: readonly ["sites:write"];
  readonly deleteRobotsTxt: readonly ["site_config:write"];
  readonly deleteSite: readonly ["sites:write"];
  readonly deleteSiteCustomCode: readonly ["custom_code:write"];
  readonly deleteWellKnownFiles: readonly ["site_config:write"];
  readonly fulfillOrder: readonly ["ecommerce:write"];
  readonly getAsset: readonly ["assets:read"];
  readonly getAssetFolder: readonly ["assets:read"];
  readonly getAuthorizedUser: readonly ["authorized_user:read"];
  readonly getCollection: readonly ["cms:read"];
  readonly getCollectionItem: readonly ["cms:read"];
  readonly getCommentThread: readonly ["comments:read"];
  readonly getComponentContent: readonly ["components:read"];
  readonly getComponentProperties: readonly ["components:read"];
  readonly getCustomDomains: readonly ["sites:read"];
  readonly getCustomFont: readonly ["sites:read"];
  readonly getEcommerceSettings: readonly ["ecommerce:read"];
  readonly getForm: readonly ["forms:read"];
  readonly getFormSubmission: readonly ["forms:read"];
  readonly getFormSubmissionBySite: readonly ["forms:read"];
  readonly getInventory: readonly ["ecommerce:read"];
  readonly getLiveCollectionItem: readonly ["cms:read"];
  readonly getOrder: readonly ["ecommerce:read"];
  readonly getPageContent: readonly ["pages:read"];
  readonly getPageCustomCode: readonly ["custom_code:read"];
  readonly getPageMetadata: readonly ["pages:read"];
  readonly getProduct: readonly ["ecommerce:read"];
  readonly getRobotsTxt: readonly ["site_config:read"];
  readonly getSite: readonly ["sites:read"];
  readonly getSiteCustomCode: readonly ["custom_code:read"];
  readonly getSitePlan: readonly ["sites:read"];
  readonly getWebhook: readonly ["sites:read"];
  readonly introspectToken: readonly [];
  readonly listAssetFolders: readonly ["assets:read"];
  readonly listAssets: readonly ["assets:read"];
  readonly listCollectionItems: readonly ["cms:read"];
  readonly listCollections: readonly ["cms:read"];
  readonly listCommentReplies: readonly ["comments:read"];
  readonly listCommentThreads: readonly ["comments:read"];
  readonly listComponents: readonly ["components:read"];
  readonly listCustomCodeBlocks: readonly ["custom_code:read"];
  readonly listCustomFonts: readonly ["sites:read"];
  readonly listFormSubmissions: readonly ["forms:read"];
  readonly listFormSubmissionsBySite: readonly ["forms:read"];
  readonly listFormSubmissionsBySiteAndForm: readonly ["forms:read"];
  readonly listForms: readonly ["forms:read"];
  readonly listGoogleTags: readonly ["sites:read"];
  readonly listLiveCollectionItems: readonly ["cms:read"];
  readonly listOrders: readonly ["ecommerce:read"];
  readonly listPages: readonly ["pages:read"];
  readonly listProducts: readonly ["ecommerce:read"];
  readonly listRedirects: readonly ["sites:read"];
  readonly listRegisteredScripts: readonly ["custom_code:read"];
  readonly listSiteActivityLogs: readonly ["site_activity:read"];
  readonly listSites: readonly ["sites:read"];
  readonly listWebhooks: readonly ["sites:read"];
  readonly listWorkspaceAuditLogs: readonly ["workspace_activity:read"];
  readonly publishCollectionItems: readonly ["cms:write"];
  readonly publishSite: readonly ["sites:write"];
  readonly refundOrder: readonly ["ecommerce:write"];
  readonly registerHostedScript: readonly ["custom_code:write"];
  readonly registerInlineScript: readonly ["custom_code:write"];
  readonly removeWebhook: readonly ["sites:write"];
  readonly replaceCustomFontFile: readonly ["sites:write"];
  readonly replaceRobotsTxt: readonly ["site_config:write"];
  readonly setWellKnownFile: readonly ["site_config:write"];
  readonly unfulfillOrder: readonly ["ecommerce:write"];
  readonly unpublishLiveCollectionItem: readonly ["cms:write"];
  readonly unpublishLiveCollectionItems: readonly ["cms:write"];
  readonly updateAsset: readonly ["assets:write"];
  readonly updateCollectionField: readonly ["cms:write"];
  readonly updateCollectionItem: readonly ["cms:write"];
  readonly updateCollectionItems: readonly ["cms:write"];
  readonly updateComponentContent: readonly ["components:write"];
  readonly updateComponentProperties: readonly ["components:write"];
  readonly updateCustomFont: readonly ["sites:write"];
  readonly updateFormSubmission: readonly ["forms:write"];
  readonly updateFormSubmissionBySite: readonly ["forms:write"];
  readonly updateGoogleTags: readonly ["sites:write"];
  readonly updateInventory: readonly ["ecommerce:write"];
  readonly updateLiveCollectionItem: readonly ["cms:write"];
  readonly updateLiveCollectionItems: readonly ["cms:write"];
  readonly updateOrder: readonly ["ecommerce:write"];
  readonly updatePageContent: readonly ["pages:write"];
  readonly updatePageMetadata: readonly ["pages:write"];
  readonly updateProduct: readonly ["ecommerce:write"];
  readonly updateRedirect: readonly ["sites:write"];
  readonly updateRobotsTxt: readonly ["site_config:write"];
  readonly updateSite: readonly ["sites:write"];
  readonly updateSku: readonly ["ecommerce:write"];
  readonly uploadAsset: readonly ["assets:write"];
  readonly upsertPageCustomCode: readonly ["custom_code:write"];
  readonly upsertSiteCustomCode: readonly ["custom_code:write"];
};

/**
 * The operationId of every operation.
 */
export type OperationId = keyof typeof OPERATION_SCOPES;

/**
 * The scopes each client method needs, by group and method, as a union (`never`: any valid token will do); a paged list's iterator needs what the list needs. Types only: `ScopedClient` keeps the methods whose scopes a token holds.
 */
export interface MethodScopes {
  readonly assetFolders: {
    readonly create: "assets:write";
    readonly get: "assets:read";
    readonly list: "assets:read";
  };
  readonly assets: {
    readonly remove: "assets:write";
    readonly get: "assets:read";
    readonly list: "assets:read";
    readonly iterate: "assets:read";
    readonly update: "assets:write";
    readonly upload: "assets:write";
  };
  readonly collections: {
    readonly create: "cms:write";
    readonly remove: "cms:write";
    readonly get: "cms:read";
    readonly list: "cms:read";
  };
  readonly comments: {
    readonly getThread: "comments:read";
    readonly listReplies: "comments:read";
    readonly iterateReplies: "comments:read";
    readonly listThreads: "comments:read";
    readonly iterateThreads: "comments:read";
  };
  readonly components: {
    readonly getContent: "components:read";
    readonly iterateContent: "components:read";
    readonly getProperties: "components:read";
    readonly iterateProperties: "components:read";
    readonly list: "components:read";
    readonly iterate: "components:read";
    readonly updateContent: "components:write";
    readonly updateProperties: "components:write";
  };
  readonly customCode: {
    readonly deleteForPage: "custom_code:write";
    readonly deleteForSite: "custom_code:write";
    readonly getForPage: "custom_code:read";
    readonly getForSite: "custom_code:read";
    readonly listBlocks: "custom_code:read";
    readonly iterateBlocks: "custom_code:read";
    readonly upsertForPage: "custom_code:write";
    readonly upsertForSite: "custom_code:write";
  };
  readonly customFonts: {
    readonly batchDelete: "sites:write";
    readonly create: "sites:write";
    readonly remove: "sites:write";
    readonly get: "sites:read";
    readonly list: "sites:read";
    readonly iterate: "sites:read";
    readonly replaceFile: "sites:write";
    readonly update: "sites:write";
  };
  readonly ecommerce: { readonly getSettings: "ecommerce:read" };
  readonly fields: {
    readonly create: "cms:write";
    readonly remove: "cms:write";
    readonly update: "cms:write";
  };
  readonly formSubmissions: {
    readonly remove: "forms:write";
    readonly removeBySite: "forms:write";
    readonly get: "forms:read";
    readonly getBySite: "forms:read";
    readonly list: "forms:read";
    readonly iterate: "forms:read";
    readonly listBySite: "forms:read";
    readonly iterateBySite: "forms:read";
    readonly listBySiteAndForm: "forms:read";
    readonly iterateBySiteAndForm: "forms:read";
    readonly update: "forms:write";
    readonly updateBySite: "forms:write";
  };
  readonly forms: {
    readonly get: "forms:read";
    readonly list: "forms:read";
    readonly iterate: "forms:read";
  };
  readonly googleTags: {
    readonly removeAll: "sites:write";
    readonly remove: "sites:write";
    readonly list: "sites:read";
    readonly update: "sites:write";
  };
  readonly inventory: { readonly get: "ecommerce:read"; readonly update: "ecommerce:write" };
  readonly items: {
    readonly createBulk: "cms:write";
    readonly create: "cms:write";
    readonly createLive: "cms:write";
    readonly remove: "cms:write";
    readonly removeMany: "cms:write";
    readonly get: "cms:read";
    readonly getLive: "cms:read";
    readonly list: "cms:read";
    readonly iterate: "cms:read";
    readonly listLive: "cms:read";
    readonly iterateLive: "cms:read";
    readonly publish: "cms:write";
    readonly unpublish: "cms:write";
    readonly unpublishMany: "cms:write";
    readonly update: "cms:write";
    readonly updateMany: "cms:write";
    readonly updateLive: "cms:write";
    readonly updateManyLive: "cms:write";
  };
  readonly orders: {
    readonly fulfill: "ecommerce:write";
    readonly get: "ecommerce:read";
    readonly list: "ecommerce:read";
    readonly iterate: "ecommerce:read";
    readonly refund: "ecommerce:write";
    readonly unfulfill: "ecommerce:write";
    readonly update: "ecommerce:write";
  };
  readonly pages: {
    readonly getContent: "pages:read";
    readonly iterateContent: "pages:read";
    readonly getMetadata: "pages:read";
    readonly list: "pages:read";
    readonly iterate: "pages:read";
    readonly updateContent: "pages:write";
    readonly updateMetadata: "pages:write";
  };
  readonly products: {
    readonly create: "ecommerce:write";
    readonly createSkus: "ecommerce:write";
    readonly get: "ecommerce:read";
    readonly list: "ecommerce:read";
    readonly iterate: "ecommerce:read";
    readonly update: "ecommerce:write";
    readonly updateSku: "ecommerce:write";
  };
  readonly redirects: {
    readonly create: "sites:write";
    readonly remove: "sites:write";
    readonly list: "sites:read";
    readonly update: "sites:write";
  };
  readonly robotsTxt: {
    readonly remove: "site_config:write";
    readonly get: "site_config:read";
    readonly replace: "site_config:write";
    readonly update: "site_config:write";
  };
  readonly scripts: {
    readonly list: "custom_code:read";
    readonly registerHosted: "custom_code:write";
    readonly registerInline: "custom_code:write";
  };
  readonly sites: {
    readonly create: "workspace:write";
    readonly remove: "sites:write";
    readonly getCustomDomains: "sites:read";
    readonly get: "sites:read";
    readonly getPlan: "sites:read";
    readonly listActivityLogs: "site_activity:read";
    readonly iterateActivityLogs: "site_activity:read";
    readonly list: "sites:read";
    readonly publish: "sites:write";
    readonly update: "sites:write";
  };
  readonly token: {
    readonly getAuthorizedUser: "authorized_user:read";
    readonly introspect: never;
  };
  readonly webhooks: {
    readonly create: "sites:write";
    readonly get: "sites:read";
    readonly list: "sites:read";
    readonly remove: "sites:write";
  };
  readonly wellKnown: { readonly remove: "site_config:write"; readonly set: "site_config:write" };
  readonly workspaces: {
    readonly listAuditLogs: "workspace_activity:read";
    readonly iterateAuditLogs: "workspace_activity:read";
  };
}

/**
 * The scope a webhook of each trigger type needs.
 */
export const TRIGGER_SCOPES = Object.freeze(
  Object.assign(Object.create(null) as {}, {
    form_submission: "forms:read",
    site_publish: "sites:read",
    page_created: "pages:read",
    page_metadata_updated: "pages:read",
    page_deleted: "pages:read",
    ecomm_new_order: "ecommerce:read",
    ecomm_order_changed: "ecommerce:read",
    ecomm_inventory_changed: "ecommerce:read",
    collection_item_created: "cms:read",
    collection_item_changed: "cms:read",
    collection_item_deleted: "cms:read",
    collection_item_published: "cms:read",
    collection_item_unpublished: "cms:read",
    comment_created: "comments:read",
  }),
) as {
  readonly form_submission: "forms:read";
  readonly site_publish: "sites:read";
  readonly page_created: "pages:read";
  readonly page_metadata_updated: "pages:read";
  readonly page_deleted: "pages:read";
  readonly ecomm_new_order: "ecommerce:read";
  readonly ecomm_order_changed: "ecommerce:read";
  readonly ecomm_inventory_changed: "ecommerce:read";
  readonly collection_item_created: "cms:read";
  readonly collection_item_changed: "cms:read";
  readonly collection_item_deleted: "cms:read";
  readonly collection_item_published: "cms:read";
  readonly collection_item_unpublished: "cms:read";
  readonly comment_created: "comments:read";
};

/**
 * Where to send a user to grant scopes to a Data Client app (pass it to `authorizeUrl`).
 */
export const OAUTH_AUTHORIZATION_URL = "https://webflow.com/oauth/authorize";

/**
 * Where an authorization code is exchanged for an access token (pass it to `exchangeCode`).
 */
export const OAUTH_TOKEN_URL = "https://api.webflow.com/oauth/access_token";

/**
 * The scopes `operationId` needs; a `TypeError` naming it when the API has no such operation (a typo in JavaScript, or an id from another version).
 */
function requiredScopes(operationId: OperationId, caller: string): readonly Scope[] {
  if (typeof operationId === "string" && Object.hasOwn(OPERATION_SCOPES, operationId))
    return OPERATION_SCOPES[operationId];
  throw new TypeError(
    `${caller}: unknown operationId ${typeof operationId === "string" ? JSON.stringify(operationId) : `(a ${typeof operationId})`}`,
  );
}

/**
 * The scopes to request for an app that calls these operations: the union of what each needs, in spec order.
 * @throws TypeError when an operationId is not one of the API's.
 */
export function scopesFor(...operationIds: OperationId[]): Scope[] {
  const needed = new Set<string>(operationIds.flatMap((id) => requiredScopes(id, "scopesFor")));
  return SCOPES.filter((scope) => needed.has(scope));
}

/**
 * The scopes `operationId` needs that `granted` lacks; empty when the token may call it. Pass the scopes of an authorization, e.g. from `token.introspect()` split on commas.
 * @throws TypeError when `operationId` is not one of the API's, naming it.
 */
export function missingScopes(operationId: OperationId, granted: Iterable<string>): Scope[] {
  const required = requiredScopes(operationId, "missingScopes");
  const have = new Set(granted);
  return required.filter((scope) => !have.has(scope));
}
