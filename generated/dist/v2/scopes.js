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
	"workspace_activity:read"
];
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
	"workspace:write"
];
/**
 * Scopes for workspace tokens and apps with workspace access.
 */
export const WORKSPACE_SCOPES = [
	"workspace:read",
	"workspace:write",
	"workspace_activity:read"
];
/**
 * What each scope grants, as the spec describes it.
 */
export const SCOPE_DESCRIPTIONS = Object.freeze(Object.assign(Object.create(null), {
	"assets:read": "Read the assets (images, files) of a site.",
	"assets:write": "Upload, update and delete the assets of a site.",
	"authorized_user:read": "Read the user who authorized the token.",
	"cms:read": "Read the CMS collections and items of a site.",
	"cms:write": "Create, update, publish and delete CMS collections and items.",
	"comments:read": "Read the comment threads and replies of a site.",
	"comments:write": "Create and update comments of a site.",
	"components:read": "Read the components of a site.",
	"components:write": "Update the content of components of a site.",
	"custom_code:read": "Read the custom code (registered scripts) of a site and its pages. Available only to Data Client apps; site tokens cannot use it.",
	"custom_code:write": "Register, apply and remove custom code on a site and its pages. Available only to Data Client apps; site tokens cannot use it.",
	"ecommerce:read": "Read the ecommerce products, orders and inventory of a site.",
	"ecommerce:write": "Create and update ecommerce products, orders and inventory.",
	"forms:read": "Read the forms and form submissions of a site.",
	"forms:write": "Update and delete form submissions of a site.",
	"pages:read": "Read the pages and page content of a site.",
	"pages:write": "Update the pages and page content of a site.",
	"sites:read": "Read sites, their custom domains and their webhooks.",
	"sites:write": "Publish sites and create and remove webhooks.",
	"site_activity:read": "Read the activity log of a site.",
	"site_config:read": "Read the configuration of a site (redirects, robots.txt, well-known files).",
	"site_config:write": "Update the configuration of a site (redirects, robots.txt, well-known files).",
	"users:read": "Read the user accounts (memberships) of a site.",
	"users:write": "Invite, update and delete the user accounts of a site.",
	"workspace:read": "Read workspace information. Site-level and workspace-level.",
	"workspace:write": "Modify workspace resources. Site-level and workspace-level.",
	"workspace_activity:read": "Read the activity log of a workspace. Workspace-level only."
}));
/**
 * The scopes each operation requires, by operationId. An empty list means any valid token will do.
 */
export const OPERATION_SCOPES = Object.freeze(Object.assign(Object.create(null), {
	batchDeleteCustomFonts: ["sites:write"],
	bulkCreateCollectionItems: ["cms:write"],
	createAssetFolder: ["assets:write"],
	createCollection: ["cms:write"],
	createCollectionField: ["cms:write"],
	createCollectionItems: ["cms:write"],
	createCustomFont: ["sites:write"],
	createLiveCollectionItems: ["cms:write"],
	createProduct: ["ecommerce:write"],
	createRedirect: ["sites:write"],
	createSite: ["workspace:write"],
	createSkus: ["ecommerce:write"],
	createWebhook: ["sites:write"],
	deleteAllGoogleTags: ["sites:write"],
	deleteAsset: ["assets:write"],
	deleteCollection: ["cms:write"],
	deleteCollectionField: ["cms:write"],
	deleteCollectionItem: ["cms:write"],
	deleteCollectionItems: ["cms:write"],
	deleteCustomFont: ["sites:write"],
	deleteFormSubmission: ["forms:write"],
	deleteFormSubmissionBySite: ["forms:write"],
	deleteGoogleTag: ["sites:write"],
	deletePageCustomCode: ["custom_code:write"],
	deleteRedirect: ["sites:write"],
	deleteRobotsTxt: ["site_config:write"],
	deleteSite: ["sites:write"],
	deleteSiteCustomCode: ["custom_code:write"],
	deleteWellKnownFiles: ["site_config:write"],
	fulfillOrder: ["ecommerce:write"],
	getAsset: ["assets:read"],
	getAssetFolder: ["assets:read"],
	getAuthorizedUser: ["authorized_user:read"],
	getCollection: ["cms:read"],
	getCollectionItem: ["cms:read"],
	getCommentThread: ["comments:read"],
	getComponentContent: ["components:read"],
	getComponentProperties: ["components:read"],
	getCustomDomains: ["sites:read"],
	getCustomFont: ["sites:read"],
	getEcommerceSettings: ["ecommerce:read"],
	getForm: ["forms:read"],
	getFormSubmission: ["forms:read"],
	getFormSubmissionBySite: ["forms:read"],
	getInventory: ["ecommerce:read"],
	getLiveCollectionItem: ["cms:read"],
	getOrder: ["ecommerce:read"],
	getPageContent: ["pages:read"],
	getPageCustomCode: ["custom_code:read"],
	getPageMetadata: ["pages:read"],
	getProduct: ["ecommerce:read"],
	getRobotsTxt: ["site_config:read"],
	getSite: ["sites:read"],
	getSiteCustomCode: ["custom_code:read"],
	getSitePlan: ["sites:read"],
	getWebhook: ["sites:read"],
	introspectToken: [],
	listAssetFolders: ["assets:read"],
	listAssets: ["assets:read"],
	listCollectionItems: ["cms:read"],
	listCollections: ["cms:read"],
	listCommentReplies: ["comments:read"],
	listCommentThreads: ["comments:read"],
	listComponents: ["components:read"],
	listCustomCodeBlocks: ["custom_code:read"],
	listCustomFonts: ["sites:read"],
	listFormSubmissions: ["forms:read"],
	listFormSubmissionsBySite: ["forms:read"],
	listFormSubmissionsBySiteAndForm: ["forms:read"],
	listForms: ["forms:read"],
	listGoogleTags: ["sites:read"],
	listLiveCollectionItems: ["cms:read"],
	listOrders: ["ecommerce:read"],
	listPages: ["pages:read"],
	listProducts: ["ecommerce:read"],
	listRedirects: ["sites:read"],
	listRegisteredScripts: ["custom_code:read"],
	listSiteActivityLogs: ["site_activity:read"],
	listSites: ["sites:read"],
	listWebhooks: ["sites:read"],
	listWorkspaceAuditLogs: ["workspace_activity:read"],
	publishCollectionItems: ["cms:write"],
	publishSite: ["sites:write"],
	refundOrder: ["ecommerce:write"],
	registerHostedScript: ["custom_code:write"],
	registerInlineScript: ["custom_code:write"],
	removeWebhook: ["sites:write"],
	replaceCustomFontFile: ["sites:write"],
	replaceRobotsTxt: ["site_config:write"],
	setWellKnownFile: ["site_config:write"],
	unfulfillOrder: ["ecommerce:write"],
	unpublishLiveCollectionItem: ["cms:write"],
	unpublishLiveCollectionItems: ["cms:write"],
	updateAsset: ["assets:write"],
	updateCollectionField: ["cms:write"],
	updateCollectionItem: ["cms:write"],
	updateCollectionItems: ["cms:write"],
	updateComponentContent: ["components:write"],
	updateComponentProperties: ["components:write"],
	updateCustomFont: ["sites:write"],
	updateFormSubmission: ["forms:write"],
	updateFormSubmissionBySite: ["forms:write"],
	updateGoogleTags: ["sites:write"],
	updateInventory: ["ecommerce:write"],
	updateLiveCollectionItem: ["cms:write"],
	updateLiveCollectionItems: ["cms:write"],
	updateOrder: ["ecommerce:write"],
	updatePageContent: ["pages:write"],
	updatePageMetadata: ["pages:write"],
	updateProduct: ["ecommerce:write"],
	updateRedirect: ["sites:write"],
	updateRobotsTxt: ["site_config:write"],
	updateSite: ["sites:write"],
	updateSku: ["ecommerce:write"],
	uploadAsset: ["assets:write"],
	upsertPageCustomCode: ["custom_code:write"],
	upsertSiteCustomCode: ["custom_code:write"]
}));
/**
 * The scope a webhook of each trigger type needs.
 */
export const TRIGGER_SCOPES = Object.freeze(Object.assign(Object.create(null), {
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
	comment_created: "comments:read"
}));
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
function requiredScopes(operationId, caller) {
	if (typeof operationId === "string" && Object.hasOwn(OPERATION_SCOPES, operationId)) return OPERATION_SCOPES[operationId];
	throw new TypeError(`${caller}: unknown operationId ${typeof operationId === "string" ? JSON.stringify(operationId) : `(a ${typeof operationId})`}`);
}
/**
 * The scopes to request for an app that calls these operations: the union of what each needs, in spec order.
 * @throws TypeError when an operationId is not one of the API's.
 */
export function scopesFor(...operationIds) {
	const needed = new Set(operationIds.flatMap((id) => requiredScopes(id, "scopesFor")));
	return SCOPES.filter((scope) => needed.has(scope));
}
/**
 * The scopes `operationId` needs that `granted` lacks; empty when the token may call it. Pass the scopes of an authorization, e.g. from `token.introspect()` split on commas.
 * @throws TypeError when `operationId` is not one of the API's, naming it.
 */
export function missingScopes(operationId, granted) {
	const required = requiredScopes(operationId, "missingScopes");
	const have = new Set(granted);
	return required.filter((scope) => !have.has(scope));
}
