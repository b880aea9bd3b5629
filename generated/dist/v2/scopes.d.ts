/**
 * `assets:read`: Read the assets (images, files) of a site.
 *
 * Level: site.
 */
export declare const ASSETS_READ = "assets:read";
/**
 * `assets:write`: Upload, update and delete the assets of a site.
 *
 * Level: site.
 */
export declare const ASSETS_WRITE = "assets:write";
/**
 * `authorized_user:read`: Read the user who authorized the token.
 *
 * Level: site.
 */
export declare const AUTHORIZED_USER_READ = "authorized_user:read";
/**
 * `cms:read`: Read the CMS collections and items of a site.
 *
 * Level: site.
 */
export declare const CMS_READ = "cms:read";
/**
 * `cms:write`: Create, update, publish and delete CMS collections and items.
 *
 * Level: site.
 */
export declare const CMS_WRITE = "cms:write";
/**
 * `comments:read`: Read the comment threads and replies of a site.
 *
 * Level: site.
 */
export declare const COMMENTS_READ = "comments:read";
/**
 * `comments:write`: Create and update comments of a site.
 *
 * Level: site.
 */
export declare const COMMENTS_WRITE = "comments:write";
/**
 * `components:read`: Read the components of a site.
 *
 * Level: site.
 */
export declare const COMPONENTS_READ = "components:read";
/**
 * `components:write`: Update the content of components of a site.
 *
 * Level: site.
 */
export declare const COMPONENTS_WRITE = "components:write";
/**
 * `custom_code:read`: Read the custom code (registered scripts) of a site and its pages. Available only to Data Client apps; site tokens cannot use it.
 *
 * Level: site.
 */
export declare const CUSTOM_CODE_READ = "custom_code:read";
/**
 * `custom_code:write`: Register, apply and remove custom code on a site and its pages. Available only to Data Client apps; site tokens cannot use it.
 *
 * Level: site.
 */
export declare const CUSTOM_CODE_WRITE = "custom_code:write";
/**
 * `ecommerce:read`: Read the ecommerce products, orders and inventory of a site.
 *
 * Level: site.
 */
export declare const ECOMMERCE_READ = "ecommerce:read";
/**
 * `ecommerce:write`: Create and update ecommerce products, orders and inventory.
 *
 * Level: site.
 */
export declare const ECOMMERCE_WRITE = "ecommerce:write";
/**
 * `forms:read`: Read the forms and form submissions of a site.
 *
 * Level: site.
 */
export declare const FORMS_READ = "forms:read";
/**
 * `forms:write`: Update and delete form submissions of a site.
 *
 * Level: site.
 */
export declare const FORMS_WRITE = "forms:write";
/**
 * `pages:read`: Read the pages and page content of a site.
 *
 * Level: site.
 */
export declare const PAGES_READ = "pages:read";
/**
 * `pages:write`: Update the pages and page content of a site.
 *
 * Level: site.
 */
export declare const PAGES_WRITE = "pages:write";
/**
 * `sites:read`: Read sites, their custom domains and their webhooks.
 *
 * Level: site.
 */
export declare const SITES_READ = "sites:read";
/**
 * `sites:write`: Publish sites and create and remove webhooks.
 *
 * Level: site.
 */
export declare const SITES_WRITE = "sites:write";
/**
 * `site_activity:read`: Read the activity log of a site.
 *
 * Level: site.
 */
export declare const SITE_ACTIVITY_READ = "site_activity:read";
/**
 * `site_config:read`: Read the configuration of a site (redirects, robots.txt, well-known files).
 *
 * Level: site.
 */
export declare const SITE_CONFIG_READ = "site_config:read";
/**
 * `site_config:write`: Update the configuration of a site (redirects, robots.txt, well-known files).
 *
 * Level: site.
 */
export declare const SITE_CONFIG_WRITE = "site_config:write";
/**
 * `users:read`: Read the user accounts (memberships) of a site.
 *
 * Level: site.
 */
export declare const USERS_READ = "users:read";
/**
 * `users:write`: Invite, update and delete the user accounts of a site.
 *
 * Level: site.
 */
export declare const USERS_WRITE = "users:write";
/**
 * `workspace:read`: Read workspace information. Site-level and workspace-level.
 *
 * Level: site and workspace.
 */
export declare const WORKSPACE_READ = "workspace:read";
/**
 * `workspace:write`: Modify workspace resources. Site-level and workspace-level.
 *
 * Level: site and workspace.
 */
export declare const WORKSPACE_WRITE = "workspace:write";
/**
 * `workspace_activity:read`: Read the activity log of a workspace. Workspace-level only.
 *
 * Level: workspace.
 */
export declare const WORKSPACE_ACTIVITY_READ = "workspace_activity:read";
/**
 * Every scope the API declares, in the order of the spec.
 */
export declare const SCOPES: readonly ["assets:read", "assets:write", "authorized_user:read", "cms:read", "cms:write", "comments:read", "comments:write", "components:read", "components:write", "custom_code:read", "custom_code:write", "ecommerce:read", "ecommerce:write", "forms:read", "forms:write", "pages:read", "pages:write", "sites:read", "sites:write", "site_activity:read", "site_config:read", "site_config:write", "users:read", "users:write", "workspace:read", "workspace:write", "workspace_activity:read"];
/**
 * One OAuth scope name.
 */
export type Scope = "assets:read" | "assets:write" | "authorized_user:read" | "cms:read" | "cms:write" | "comments:read" | "comments:write" | "components:read" | "components:write" | "custom_code:read" | "custom_code:write" | "ecommerce:read" | "ecommerce:write" | "forms:read" | "forms:write" | "pages:read" | "pages:write" | "sites:read" | "sites:write" | "site_activity:read" | "site_config:read" | "site_config:write" | "users:read" | "users:write" | "workspace:read" | "workspace:write" | "workspace_activity:read";
/**
 * Scopes for Data Client apps and site tokens.
 */
export declare const SITE_SCOPES: readonly ["assets:read", "assets:write", "authorized_user:read", "cms:read", "cms:write", "comments:read", "comments:write", "components:read", "components:write", "custom_code:read", "custom_code:write", "ecommerce:read", "ecommerce:write", "forms:read", "forms:write", "pages:read", "pages:write", "sites:read", "sites:write", "site_activity:read", "site_config:read", "site_config:write", "users:read", "users:write", "workspace:read", "workspace:write"];
/**
 * Scopes for workspace tokens and apps with workspace access.
 */
export declare const WORKSPACE_SCOPES: readonly ["workspace:read", "workspace:write", "workspace_activity:read"];
/**
 * What each scope grants, as the spec describes it.
 */
export declare const SCOPE_DESCRIPTIONS: Readonly<Record<Scope, string>>;
/**
 * The scopes each operation requires, by operationId. An empty list means any valid token will do.
 */
export declare const OPERATION_SCOPES: {
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
	readonly ecommerce: {
		readonly getSettings: "ecommerce:read";
	};
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
	readonly inventory: {
		readonly get: "ecommerce:read";
		readonly update: "ecommerce:write";
	};
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
	readonly wellKnown: {
		readonly remove: "site_config:write";
		readonly set: "site_config:write";
	};
	readonly workspaces: {
		readonly listAuditLogs: "workspace_activity:read";
		readonly iterateAuditLogs: "workspace_activity:read";
	};
}
/**
 * The scope a webhook of each trigger type needs.
 */
export declare const TRIGGER_SCOPES: {
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
export declare const OAUTH_AUTHORIZATION_URL = "https://webflow.com/oauth/authorize";
/**
 * Where an authorization code is exchanged for an access token (pass it to `exchangeCode`).
 */
export declare const OAUTH_TOKEN_URL = "https://api.webflow.com/oauth/access_token";
/**
 * The scopes to request for an app that calls these operations: the union of what each needs, in spec order.
 * @throws TypeError when an operationId is not one of the API's.
 */
export declare function scopesFor(...operationIds: OperationId[]): Scope[];
/**
 * The scopes `operationId` needs that `granted` lacks; empty when the token may call it. Pass the scopes of an authorization, e.g. from `token.introspect()` split on commas.
 * @throws TypeError when `operationId` is not one of the API's, naming it.
 */
export declare function missingScopes(operationId: OperationId, granted: Iterable<string>): Scope[];
