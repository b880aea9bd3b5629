/**
 * End-to-end: the generated v2 client (TypeScript source) against a real HTTP server on
 * 127.0.0.1. Every operation is called through the client; the server records what arrives and
 * answers with the example the spec documents for that operation.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  WebflowApiError,
  WebflowError,
  WebflowNetworkError,
  WebflowResponseValidationError,
  createWebflowClient,
  isKnownErrorCode,
  type ClientConfig,
  type ResponseInfo,
} from "../../generated/src/index.js";
import { expectNoSecret, thrown } from "./assertions.js";
import { closedPortOrigin, startTestServer, type TestServer } from "./server.js";
import { clone, fillPath, loadOperations, successResponse, type SpecOperation } from "./spec.js";

const TOKEN = "wf_e2e_S3CRET_9c1d2e3f4a5b6c7d8e9f";
const SITE = "580e63e98c9a982ac9b8b741";
const THREAD = "679a4f4e0a7b6c3b7d4b4e21";
const WEBHOOK = "57ca0a9e418c504a6e1acbb6";
const LOCALE = "653fd9af6a07fc9cfd7a5e56";
const RATE = { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "42" };

const SPEC = loadOperations("webflow-v2.yaml");

function specOp(operationId: string): SpecOperation {
  const op = SPEC.get(operationId);
  if (op === undefined) throw new Error(`spec has no operation ${operationId}`);
  return op;
}

type V2Client = ReturnType<typeof createWebflowClient>;

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = `${server.origin}/v2`;
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

function client(config: Partial<ClientConfig> = {}): V2Client {
  return createWebflowClient({ token: TOKEN, baseUrl: base, ...config });
}


const expectNoToken = (error: unknown) => expectNoSecret(error, TOKEN);

// ---------------------------------------------------------------------------------------------
// Every operation
// ---------------------------------------------------------------------------------------------

const WORKSPACE = "580e63fc8c9a982ac9b8b744";
const PAGE = "63c720f9347c2139b248e552";
const COMPONENT = "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12";
const BRANCH = "68026fa68ef6dc744c75b833";
const CMS_LOCALE = "653ad57de882f528b32e810e";
const COLLECTION = "580e63fc8c9a982ac9b8b745";
const FIELD = "7f15043107e2fc95644e9380";
const ITEM = "580e64008c9a982ac9b8b754";
const ASSET = "63e5889e7fe4eafa7384cea4";
const FOLDER = "6390c49774a71f0e3c1a08ee";
const FONT = "66f5a7e1c2b3d4e5f6a7b8c9";
const FORM = "6321ca84df3949bfc6752327";
const SUBMISSION = "6321ca84df3949bfc6752329";
const PRODUCT = "660eb7a486d1d6e0412292d7";
const SKU = "660eb7a486d1d6e0412292e5";
const SKU_COLLECTION = "6377a7c4b7a79608c34a46f7";
const ORDER = "dfa-3f1";
const REDIRECT = "66c4cb9a20cac35ed19995e5";
const TAG = "G-7B3C9D2E1F";
const ELEMENT = "4e038d2c-6a1e-4953-7be9-a59a2b453177";

interface OperationCase {
  operationId: string;
  /** Expected request path below the base URL, written out. */
  path: string;
  /** Expected raw query, "" for none. */
  search: string;
  /** The JSON request body sent (the spec's request example), when the operation takes one. */
  body?: unknown;
  call: (c: V2Client) => Promise<unknown>;
}

/**
 * The body an operation is called with: its request example from the spec. Typed loosely on purpose: the
 * example is the spec's, and the client's request validation checks it against the spec before sending.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SpecBody = any;

/** One row: the operation, how the client calls it (given the spec's request example), the path and query it must send. */
function row(operationId: string, call: (c: V2Client, body: SpecBody) => Promise<unknown>, path: string, search = ""): OperationCase {
  const body = SPEC.get(operationId)?.requestExample;
  return { operationId, path, search, ...(body === undefined ? {} : { body }), call: (c) => call(c, body) };
}

const DAY = "2023-01-01T00%3A00%3A00.000Z";
const EOY = "2023-12-31T23%3A59%3A59.000Z";
const ITEM_FILTERS = {
  cmsLocaleId: CMS_LOCALE, offset: 10, limit: 5, name: "Pan Galactic", slug: "pan-galactic",
  "createdOn[lte]": "2023-12-31T23:59:59.000Z", "createdOn[gte]": "2023-01-01T00:00:00.000Z",
  "lastPublished[gte]": "2023-01-01T00:00:00.000Z", "lastUpdated[lte]": "2023-12-31T23:59:59.000Z",
  sortBy: "lastPublished", sortOrder: "desc",
} as const;
const ITEM_FILTERS_QUERY = `?cmsLocaleId=${CMS_LOCALE}&offset=10&limit=5&name=Pan+Galactic&slug=pan-galactic&createdOn%5Blte%5D=${EOY}&createdOn%5Bgte%5D=${DAY}&lastPublished%5Bgte%5D=${DAY}&lastUpdated%5Blte%5D=${EOY}&sortBy=lastPublished&sortOrder=desc`;

const CASES: OperationCase[] = [
  // Token, sites, site configuration, workspaces
  row("getAuthorizedUser", (c) => c.token.getAuthorizedUser(), "/token/authorized_by"),
  row("introspectToken", (c) => c.token.introspect(), "/token/introspect"),
  row("listSites", (c) => c.sites.list(), "/sites"),
  row("getSite", (c) => c.sites.get({ site_id: SITE }), `/sites/${SITE}`),
  row("createSite", (c, body) => c.sites.create({ workspace_id: WORKSPACE, body }), `/workspaces/${WORKSPACE}/sites`),
  row("updateSite", (c, body) => c.sites.update({ site_id: SITE, body }), `/sites/${SITE}`),
  row("deleteSite", (c) => c.sites.remove({ site_id: SITE }), `/sites/${SITE}`),
  row("getCustomDomains", (c) => c.sites.getCustomDomains({ site_id: SITE }), `/sites/${SITE}/custom_domains`),
  row("publishSite", (c, body) => c.sites.publish({ site_id: SITE, body }), `/sites/${SITE}/publish`),
  row("getSitePlan", (c) => c.sites.getPlan({ site_id: SITE }), `/sites/${SITE}/plan`),
  row("listSiteActivityLogs", (c) => c.sites.listActivityLogs({ site_id: SITE, limit: 25, offset: 50 }), `/sites/${SITE}/activity_logs`, "?limit=25&offset=50"),
  row("listRedirects", (c) => c.redirects.list({ site_id: SITE }), `/sites/${SITE}/redirects`),
  row("createRedirect", (c, body) => c.redirects.create({ site_id: SITE, body }), `/sites/${SITE}/redirects`),
  row("updateRedirect", (c, body) => c.redirects.update({ site_id: SITE, redirect_id: REDIRECT, body }), `/sites/${SITE}/redirects/${REDIRECT}`),
  row("deleteRedirect", (c) => c.redirects.remove({ site_id: SITE, redirect_id: REDIRECT }), `/sites/${SITE}/redirects/${REDIRECT}`),
  row("getRobotsTxt", (c) => c.robotsTxt.get({ site_id: SITE }), `/sites/${SITE}/robots_txt`),
  row("replaceRobotsTxt", (c, body) => c.robotsTxt.replace({ site_id: SITE, body }), `/sites/${SITE}/robots_txt`),
  row("updateRobotsTxt", (c, body) => c.robotsTxt.update({ site_id: SITE, body }), `/sites/${SITE}/robots_txt`),
  row("deleteRobotsTxt", (c, body) => c.robotsTxt.remove({ site_id: SITE, body }), `/sites/${SITE}/robots_txt`),
  row("setWellKnownFile", (c, body) => c.wellKnown.set({ site_id: SITE, body }), `/sites/${SITE}/well_known`),
  row("deleteWellKnownFiles", (c, body) => c.wellKnown.remove({ site_id: SITE, body }), `/sites/${SITE}/well_known`),
  row("listGoogleTags", (c) => c.googleTags.list({ site_id: SITE }), `/sites/${SITE}/integrations/google_tags`),
  row("updateGoogleTags", (c, body) => c.googleTags.update({ site_id: SITE, body }), `/sites/${SITE}/integrations/google_tags`),
  row("deleteAllGoogleTags", (c) => c.googleTags.removeAll({ site_id: SITE }), `/sites/${SITE}/integrations/google_tags`),
  row("deleteGoogleTag", (c) => c.googleTags.remove({ site_id: SITE, tag_id: TAG }), `/sites/${SITE}/integrations/google_tags/${TAG}`),
  row("listWorkspaceAuditLogs", (c) => c.workspaces.listAuditLogs({ workspace_id_or_slug: "acme-inc", limit: 10, offset: 0, sortOrder: "desc", eventType: "user_access", from: "2025-03-01T00:00:00.000Z", to: "2025-03-31T23:59:59.999Z" }),
    "/workspaces/acme-inc/audit_logs", "?limit=10&offset=0&sortOrder=desc&eventType=user_access&from=2025-03-01T00%3A00%3A00.000Z&to=2025-03-31T23%3A59%3A59.999Z"),
  // Pages, components, scripts and custom code
  row("listPages", (c) => c.pages.list({ site_id: SITE, localeId: LOCALE, limit: 20, offset: 40 }), `/sites/${SITE}/pages`, `?localeId=${LOCALE}&limit=20&offset=40`),
  row("getPageMetadata", (c) => c.pages.getMetadata({ page_id: PAGE, localeId: LOCALE }), `/pages/${PAGE}`, `?localeId=${LOCALE}`),
  row("updatePageMetadata", (c, body) => c.pages.updateMetadata({ page_id: PAGE, body }), `/pages/${PAGE}`),
  row("getPageContent", (c) => c.pages.getContent({ page_id: PAGE, localeId: LOCALE, limit: 50 }), `/pages/${PAGE}/dom`, `?localeId=${LOCALE}&limit=50`),
  row("updatePageContent", (c, body) => c.pages.updateContent({ page_id: PAGE, localeId: LOCALE, body }), `/pages/${PAGE}/dom`, `?localeId=${LOCALE}`),
  row("listComponents", (c) => c.components.list({ site_id: SITE, branchId: BRANCH, limit: 10, offset: 0 }), `/sites/${SITE}/components`, `?branchId=${BRANCH}&limit=10&offset=0`),
  row("getComponentContent", (c) => c.components.getContent({ site_id: SITE, component_id: COMPONENT, localeId: LOCALE, offset: 100 }), `/sites/${SITE}/components/${COMPONENT}/dom`, `?localeId=${LOCALE}&offset=100`),
  row("updateComponentContent", (c, body) => c.components.updateContent({ site_id: SITE, component_id: COMPONENT, localeId: LOCALE, body }), `/sites/${SITE}/components/${COMPONENT}/dom`, `?localeId=${LOCALE}`),
  row("getComponentProperties", (c) => c.components.getProperties({ site_id: SITE, component_id: COMPONENT, branchId: BRANCH }), `/sites/${SITE}/components/${COMPONENT}/properties`, `?branchId=${BRANCH}`),
  row("updateComponentProperties", (c, body) => c.components.updateProperties({ site_id: SITE, component_id: COMPONENT, body }), `/sites/${SITE}/components/${COMPONENT}/properties`),
  row("listRegisteredScripts", (c) => c.scripts.list({ site_id: SITE }), `/sites/${SITE}/registered_scripts`),
  row("registerHostedScript", (c, body) => c.scripts.registerHosted({ site_id: SITE, body }), `/sites/${SITE}/registered_scripts/hosted`),
  row("registerInlineScript", (c, body) => c.scripts.registerInline({ site_id: SITE, body }), `/sites/${SITE}/registered_scripts/inline`),
  row("getSiteCustomCode", (c) => c.customCode.getForSite({ site_id: SITE }), `/sites/${SITE}/custom_code`),
  row("upsertSiteCustomCode", (c, body) => c.customCode.upsertForSite({ site_id: SITE, body }), `/sites/${SITE}/custom_code`),
  row("deleteSiteCustomCode", (c) => c.customCode.deleteForSite({ site_id: SITE }), `/sites/${SITE}/custom_code`),
  row("listCustomCodeBlocks", (c) => c.customCode.listBlocks({ site_id: SITE, offset: 5, limit: 5 }), `/sites/${SITE}/custom_code/blocks`, "?offset=5&limit=5"),
  row("getPageCustomCode", (c) => c.customCode.getForPage({ page_id: PAGE }), `/pages/${PAGE}/custom_code`),
  row("upsertPageCustomCode", (c, body) => c.customCode.upsertForPage({ page_id: PAGE, body }), `/pages/${PAGE}/custom_code`),
  row("deletePageCustomCode", (c) => c.customCode.deleteForPage({ page_id: PAGE }), `/pages/${PAGE}/custom_code`),
  // CMS
  row("listCollections", (c) => c.collections.list({ site_id: SITE }), `/sites/${SITE}/collections`),
  row("createCollection", (c, body) => c.collections.create({ site_id: SITE, body }), `/sites/${SITE}/collections`),
  row("getCollection", (c) => c.collections.get({ collection_id: COLLECTION }), `/collections/${COLLECTION}`),
  row("deleteCollection", (c) => c.collections.remove({ collection_id: COLLECTION }), `/collections/${COLLECTION}`),
  row("createCollectionField", (c, body) => c.fields.create({ collection_id: COLLECTION, body }), `/collections/${COLLECTION}/fields`),
  row("updateCollectionField", (c, body) => c.fields.update({ collection_id: COLLECTION, field_id: FIELD, body }), `/collections/${COLLECTION}/fields/${FIELD}`),
  row("deleteCollectionField", (c) => c.fields.remove({ collection_id: COLLECTION, field_id: FIELD }), `/collections/${COLLECTION}/fields/${FIELD}`),
  row("listCollectionItems", (c) => c.items.list({ collection_id: COLLECTION, ...ITEM_FILTERS }), `/collections/${COLLECTION}/items`, ITEM_FILTERS_QUERY),
  row("createCollectionItems", (c, body) => c.items.create({ collection_id: COLLECTION, skipInvalidFiles: true, body }), `/collections/${COLLECTION}/items`, "?skipInvalidFiles=true"),
  row("updateCollectionItems", (c, body) => c.items.updateMany({ collection_id: COLLECTION, skipInvalidFiles: false, body }), `/collections/${COLLECTION}/items`, "?skipInvalidFiles=false"),
  row("deleteCollectionItems", (c, body) => c.items.removeMany({ collection_id: COLLECTION, body }), `/collections/${COLLECTION}/items`),
  row("listLiveCollectionItems", (c) => c.items.listLive({ collection_id: COLLECTION, ...ITEM_FILTERS }), `/collections/${COLLECTION}/items/live`, ITEM_FILTERS_QUERY),
  row("createLiveCollectionItems", (c, body) => c.items.createLive({ collection_id: COLLECTION, body }), `/collections/${COLLECTION}/items/live`),
  row("updateLiveCollectionItems", (c, body) => c.items.updateManyLive({ collection_id: COLLECTION, skipInvalidFiles: true, body }), `/collections/${COLLECTION}/items/live`, "?skipInvalidFiles=true"),
  row("unpublishLiveCollectionItems", (c, body) => c.items.unpublishMany({ collection_id: COLLECTION, body }), `/collections/${COLLECTION}/items/live`),
  row("bulkCreateCollectionItems", (c, body) => c.items.createBulk({ collection_id: COLLECTION, skipInvalidFiles: true, body }), `/collections/${COLLECTION}/items/bulk`, "?skipInvalidFiles=true"),
  row("publishCollectionItems", (c, body) => c.items.publish({ collection_id: COLLECTION, body }), `/collections/${COLLECTION}/items/publish`),
  row("getCollectionItem", (c) => c.items.get({ collection_id: COLLECTION, item_id: ITEM, cmsLocaleId: CMS_LOCALE }), `/collections/${COLLECTION}/items/${ITEM}`, `?cmsLocaleId=${CMS_LOCALE}`),
  row("updateCollectionItem", (c, body) => c.items.update({ collection_id: COLLECTION, item_id: ITEM, body }), `/collections/${COLLECTION}/items/${ITEM}`),
  row("deleteCollectionItem", (c) => c.items.remove({ collection_id: COLLECTION, item_id: ITEM, cmsLocaleId: CMS_LOCALE }), `/collections/${COLLECTION}/items/${ITEM}`, `?cmsLocaleId=${CMS_LOCALE}`),
  row("getLiveCollectionItem", (c) => c.items.getLive({ collection_id: COLLECTION, item_id: ITEM }), `/collections/${COLLECTION}/items/${ITEM}/live`),
  row("updateLiveCollectionItem", (c, body) => c.items.updateLive({ collection_id: COLLECTION, item_id: ITEM, skipInvalidFiles: true, body }), `/collections/${COLLECTION}/items/${ITEM}/live`, "?skipInvalidFiles=true"),
  row("unpublishLiveCollectionItem", (c) => c.items.unpublish({ collection_id: COLLECTION, item_id: ITEM, cmsLocaleId: CMS_LOCALE }), `/collections/${COLLECTION}/items/${ITEM}/live`, `?cmsLocaleId=${CMS_LOCALE}`),
  // Comments, assets, custom fonts, forms
  row("listCommentThreads", (c) => c.comments.listThreads({ site_id: SITE, localeId: LOCALE, offset: 20, limit: 50, sortBy: "createdOn", sortOrder: "desc" }),
    `/sites/${SITE}/comments`, `?localeId=${LOCALE}&offset=20&limit=50&sortBy=createdOn&sortOrder=desc`),
  row("getCommentThread", (c) => c.comments.getThread({ site_id: SITE, comment_thread_id: THREAD, localeId: LOCALE }), `/sites/${SITE}/comments/${THREAD}`, `?localeId=${LOCALE}`),
  // offset 0 is a value, not an absent parameter.
  row("listCommentReplies", (c) => c.comments.listReplies({ site_id: SITE, comment_thread_id: THREAD, offset: 0, limit: 100, sortBy: "lastUpdated", sortOrder: "asc" }),
    `/sites/${SITE}/comments/${THREAD}/replies`, "?offset=0&limit=100&sortBy=lastUpdated&sortOrder=asc"),
  row("listAssets", (c) => c.assets.list({ site_id: SITE, localeId: LOCALE, folderId: FOLDER }), `/sites/${SITE}/assets`, `?localeId=${LOCALE}&folderId=${FOLDER}`),
  row("uploadAsset", (c, body) => c.assets.upload({ site_id: SITE, body }), `/sites/${SITE}/assets`),
  row("getAsset", (c) => c.assets.get({ asset_id: ASSET, localeId: LOCALE }), `/assets/${ASSET}`, `?localeId=${LOCALE}`),
  row("updateAsset", (c, body) => c.assets.update({ asset_id: ASSET, body }), `/assets/${ASSET}`),
  row("deleteAsset", (c) => c.assets.remove({ asset_id: ASSET }), `/assets/${ASSET}`),
  row("listAssetFolders", (c) => c.assetFolders.list({ site_id: SITE }), `/sites/${SITE}/asset_folders`),
  row("createAssetFolder", (c, body) => c.assetFolders.create({ site_id: SITE, body }), `/sites/${SITE}/asset_folders`),
  row("getAssetFolder", (c) => c.assetFolders.get({ asset_folder_id: FOLDER }), `/asset_folders/${FOLDER}`),
  row("listCustomFonts", (c) => c.customFonts.list({ site_id: SITE, offset: 0, limit: 1 }), `/sites/${SITE}/custom_fonts`, "?offset=0&limit=1"),
  row("createCustomFont", (c, body) => c.customFonts.create({ site_id: SITE, body }), `/sites/${SITE}/custom_fonts`),
  row("getCustomFont", (c) => c.customFonts.get({ site_id: SITE, font_id: FONT }), `/sites/${SITE}/custom_fonts/${FONT}`),
  row("updateCustomFont", (c, body) => c.customFonts.update({ site_id: SITE, font_id: FONT, body }), `/sites/${SITE}/custom_fonts/${FONT}`),
  row("deleteCustomFont", (c) => c.customFonts.remove({ site_id: SITE, font_id: FONT }), `/sites/${SITE}/custom_fonts/${FONT}`),
  row("replaceCustomFontFile", (c, body) => c.customFonts.replaceFile({ site_id: SITE, font_id: FONT, body }), `/sites/${SITE}/custom_fonts/${FONT}/file`),
  row("batchDeleteCustomFonts", (c, body) => c.customFonts.batchDelete({ site_id: SITE, body }), `/sites/${SITE}/custom_fonts/batchDelete`),
  row("listForms", (c) => c.forms.list({ site_id: SITE, limit: 3 }), `/sites/${SITE}/forms`, "?limit=3"),
  row("getForm", (c) => c.forms.get({ form_id: FORM }), `/forms/${FORM}`),
  row("listFormSubmissions", (c) => c.formSubmissions.list({ form_id: FORM, offset: 100, limit: 100 }), `/forms/${FORM}/submissions`, "?offset=100&limit=100"),
  row("getFormSubmission", (c) => c.formSubmissions.get({ form_submission_id: SUBMISSION }), `/form_submissions/${SUBMISSION}`),
  row("updateFormSubmission", (c, body) => c.formSubmissions.update({ form_submission_id: SUBMISSION, body }), `/form_submissions/${SUBMISSION}`),
  row("deleteFormSubmission", (c) => c.formSubmissions.remove({ form_submission_id: SUBMISSION }), `/form_submissions/${SUBMISSION}`),
  row("listFormSubmissionsBySite", (c) => c.formSubmissions.listBySite({ site_id: SITE, elementId: ELEMENT, limit: 10 }), `/sites/${SITE}/form_submissions`, `?elementId=${ELEMENT}&limit=10`),
  row("listFormSubmissionsBySiteAndForm", (c) => c.formSubmissions.listBySiteAndForm({ site_id: SITE, form_id: FORM, offset: 10 }), `/sites/${SITE}/forms/${FORM}/submissions`, "?offset=10"),
  row("getFormSubmissionBySite", (c) => c.formSubmissions.getBySite({ site_id: SITE, form_submission_id: SUBMISSION }), `/sites/${SITE}/form_submissions/${SUBMISSION}`),
  row("updateFormSubmissionBySite", (c, body) => c.formSubmissions.updateBySite({ site_id: SITE, form_submission_id: SUBMISSION, body }), `/sites/${SITE}/form_submissions/${SUBMISSION}`),
  row("deleteFormSubmissionBySite", (c) => c.formSubmissions.removeBySite({ site_id: SITE, form_submission_id: SUBMISSION }), `/sites/${SITE}/form_submissions/${SUBMISSION}`),
  // Ecommerce and webhooks
  row("listProducts", (c) => c.products.list({ site_id: SITE, offset: 0, limit: 2 }), `/sites/${SITE}/products`, "?offset=0&limit=2"),
  row("createProduct", (c, body) => c.products.create({ site_id: SITE, body }), `/sites/${SITE}/products`),
  row("getProduct", (c) => c.products.get({ site_id: SITE, product_id: PRODUCT }), `/sites/${SITE}/products/${PRODUCT}`),
  row("updateProduct", (c, body) => c.products.update({ site_id: SITE, product_id: PRODUCT, body }), `/sites/${SITE}/products/${PRODUCT}`),
  row("createSkus", (c, body) => c.products.createSkus({ site_id: SITE, product_id: PRODUCT, body }), `/sites/${SITE}/products/${PRODUCT}/skus`),
  row("updateSku", (c, body) => c.products.updateSku({ site_id: SITE, product_id: PRODUCT, sku_id: SKU, body }), `/sites/${SITE}/products/${PRODUCT}/skus/${SKU}`),
  row("listOrders", (c) => c.orders.list({ site_id: SITE, status: "unfulfilled", limit: 100 }), `/sites/${SITE}/orders`, "?status=unfulfilled&limit=100"),
  row("getOrder", (c) => c.orders.get({ site_id: SITE, order_id: ORDER }), `/sites/${SITE}/orders/${ORDER}`),
  row("updateOrder", (c, body) => c.orders.update({ site_id: SITE, order_id: ORDER, body }), `/sites/${SITE}/orders/${ORDER}`),
  row("fulfillOrder", (c, body) => c.orders.fulfill({ site_id: SITE, order_id: ORDER, body }), `/sites/${SITE}/orders/${ORDER}/fulfill`),
  row("unfulfillOrder", (c) => c.orders.unfulfill({ site_id: SITE, order_id: ORDER }), `/sites/${SITE}/orders/${ORDER}/unfulfill`),
  row("refundOrder", (c, body) => c.orders.refund({ site_id: SITE, order_id: ORDER, body }), `/sites/${SITE}/orders/${ORDER}/refund`),
  row("getInventory", (c) => c.inventory.get({ sku_collection_id: SKU_COLLECTION, sku_id: SKU }), `/collections/${SKU_COLLECTION}/items/${SKU}/inventory`),
  row("updateInventory", (c, body) => c.inventory.update({ sku_collection_id: SKU_COLLECTION, sku_id: SKU, body }), `/collections/${SKU_COLLECTION}/items/${SKU}/inventory`),
  row("getEcommerceSettings", (c) => c.ecommerce.getSettings({ site_id: SITE }), `/sites/${SITE}/ecommerce/settings`),
  row("listWebhooks", (c) => c.webhooks.list({ site_id: SITE }), `/sites/${SITE}/webhooks`),
  row("getWebhook", (c) => c.webhooks.get({ webhook_id: WEBHOOK }), `/webhooks/${WEBHOOK}`),
  row("createWebhook", (c, body) => c.webhooks.create({ site_id: SITE, body }), `/sites/${SITE}/webhooks`),
  row("removeWebhook", (c) => c.webhooks.remove({ webhook_id: WEBHOOK }), `/webhooks/${WEBHOOK}`),
];

function caseFor(operationId: string): OperationCase {
  const found = CASES.find((c) => c.operationId === operationId);
  if (found === undefined) throw new Error(`no case for ${operationId}`);
  return found;
}

/** `/sites/{site_id}/pages` as a pattern a filled-in path must match, one segment per parameter. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[^{}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^/]+")}$`);
}

const webhookBody = {
  triggerType: "form_submission" as const,
  url: "https://api.example.com/webhooks/webflow",
  filter: { name: "Contact Form" },
};

describe("v2: every operation against a real server", () => {
  it("covers every operation of the spec exactly once", () => {
    const ids = CASES.map((c) => c.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // A row for an operation the spec lacks, and an operation without a row, both fail here.
    expect([...ids].sort()).toEqual([...SPEC.keys()].sort());
    expect(CASES).toHaveLength(117);
  });

  it.each(CASES.map((c) => [c.operationId, c] as const))(
    "%s: sends the documented request and resolves to the spec's example",
    async (_name, testCase) => {
      const op = specOp(testCase.operationId);
      const success = successResponse(op);
      // The written-out path is the spec's template filled in, one segment per path parameter.
      expect(testCase.path).toMatch(templatePattern(op.path));

      if (success.hasExample) {
        server.enqueue({ status: success.status, headers: RATE, body: success.example });
      } else {
        server.enqueue({ status: success.status, headers: RATE });
      }

      const result = await testCase.call(client());

      expect(server.requests).toHaveLength(1);
      const req = server.requests[0]!;
      expect(req.method).toBe(op.method);
      expect(req.path).toBe(`/v2${testCase.path}`);
      expect(req.search).toBe(testCase.search);
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(req.headers.accept).toBe("application/json");
      expect(req.headers["accept-version"]).toBeUndefined();
      if (testCase.body === undefined) {
        expect(req.rawBody).toBe("");
        expect(req.headers["content-type"]).toBeUndefined();
      } else {
        expect(req.headers["content-type"]).toBe("application/json");
        expect(req.body).toEqual(testCase.body);
      }

      // The body the client resolved to has been decoded and validated against the spec.
      if (success.hasExample) expect(result).toStrictEqual(success.example);
      else expect(result).toBeUndefined();
    },
  );

  it("answers every JSON success response with the spec's example, and no body only where the spec documents none", () => {
    const withoutExample = [...SPEC.values()].filter((op) => !successResponse(op).hasExample).map((op) => `${op.operationId} ${successResponse(op).status}`);
    expect(withoutExample.sort()).toEqual([
      "deleteAllGoogleTags 204", "deleteAsset 204", "deleteCollection 204", "deleteCollectionField 204",
      "deleteCollectionItem 204", "deleteCollectionItems 204", "deleteCustomFont 204", "deleteFormSubmission 204",
      "deleteFormSubmissionBySite 204", "deletePageCustomCode 204", "deleteSite 204", "deleteSiteCustomCode 204",
      "deleteWellKnownFiles 204", "removeWebhook 204", "setWellKnownFile 201", "unpublishLiveCollectionItem 204",
      "unpublishLiveCollectionItems 204",
    ]);
  });

  it("publishSite resolves with the 202 body", async () => {
    const success = successResponse(specOp("publishSite"));
    expect(success.status).toBe(202);
    server.enqueue({ status: 202, body: success.example });
    const result = await client().sites.publish({
      site_id: SITE,
      body: { publishToWebflowSubdomain: true },
    });
    expect(result).toStrictEqual(success.example);
    expect(result.publishScope).toBe("site");
    expect(server.requests[0]!.rawBody).toBe('{"publishToWebflowSubdomain":true}');
  });

  it("sends the query parameters the spec declares, in spec order", () => {
    const query = [...specOp("listCommentThreads").parameters]
      .filter(([, p]) => p.in === "query")
      .map(([name]) => name);
    expect(query).toEqual(["localeId", "offset", "limit", "sortBy", "sortOrder"]);
    const sent = new URLSearchParams(caseFor("listCommentThreads").search);
    expect([...sent.keys()]).toEqual(query);
  });

  it("sends no query string when no query parameter is given", async () => {
    const example = successResponse(specOp("listCommentThreads")).example;
    server.enqueue({ status: 200, body: example }, { status: 200, body: example });
    await client().comments.listThreads({ site_id: SITE });
    await client().comments.listThreads({ site_id: SITE, localeId: undefined, limit: undefined });
    for (const req of server.requests) {
      expect(req.url).toBe(`/v2/sites/${SITE}/comments`);
      expect(req.search).toBe("");
    }
  });

  it("sends only the query parameters that are given", async () => {
    server.enqueue({ status: 200, body: successResponse(specOp("listCommentReplies")).example });
    await client().comments.listReplies({ site_id: SITE, comment_thread_id: THREAD, limit: 5 });
    expect(server.requests[0]!.url).toBe(`/v2/sites/${SITE}/comments/${THREAD}/replies?limit=5`);
  });

  it("percent-encodes path parameters so they stay inside their segment", async () => {
    const example = successResponse(specOp("getSite")).example;
    server.enqueue({ status: 200, body: example });
    await client({ validateResponses: false }).sites.get({ site_id: "a/b?c#d e" });
    expect(server.requests[0]!.url).toBe("/v2/sites/a%2Fb%3Fc%23d%20e");
    expect(server.requests[0]!.path).toBe("/v2/sites/a%2Fb%3Fc%23d%20e");
    expect(server.requests[0]!.search).toBe("");

    server.enqueue({ status: 204 });
    await client().webhooks.remove({ webhook_id: "../sites" });
    expect(server.requests[1]!.method).toBe("DELETE");
    expect(server.requests[1]!.url).toBe("/v2/webhooks/..%2Fsites");
  });

  it("refuses a path parameter of '..' or '' without sending anything", async () => {
    await expect(client().webhooks.remove({ webhook_id: ".." })).rejects.toThrow(TypeError);
    await expect(client().sites.get({ site_id: "" })).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it("adds per-call and per-client headers but never lets them replace the token", async () => {
    server.enqueue({ status: 200, body: successResponse(specOp("listSites")).example });
    await client({ headers: { "X-Client": "e2e" } }).sites.list({
      headers: { "X-Request-Id": "req-1" },
    });
    const req = server.requests[0]!;
    expect(req.headers["x-client"]).toBe("e2e");
    expect(req.headers["x-request-id"]).toBe("req-1");
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);

    await expect(
      client().sites.list({ headers: { Authorization: "Bearer other" } }),
    ).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(1);
  });

  it("joins a base URL with a trailing slash without doubling it", async () => {
    server.enqueue({ status: 200, body: successResponse(specOp("listSites")).example });
    await client({ baseUrl: `${base}/` }).sites.list();
    expect(server.requests[0]!.url).toBe("/v2/sites");
  });
});

// ---------------------------------------------------------------------------------------------
// Error mapping
// ---------------------------------------------------------------------------------------------

type ApiErrorClass = abstract new (...args: never[]) => WebflowApiError;

const ERROR_CASES: ReadonlyArray<{ status: number; cls: ApiErrorClass; operationId: string }> = [
  { status: 400, cls: BadRequestError, operationId: "publishSite" },
  { status: 401, cls: UnauthorizedError, operationId: "getAuthorizedUser" },
  { status: 403, cls: ForbiddenError, operationId: "createWebhook" },
  { status: 404, cls: NotFoundError, operationId: "getSite" },
  { status: 409, cls: ConflictError, operationId: "createWebhook" },
  { status: 429, cls: TooManyRequestsError, operationId: "listCommentThreads" },
  { status: 500, cls: InternalServerError, operationId: "getWebhook" },
  { status: 503, cls: ServiceUnavailableError, operationId: "removeWebhook" },
];

describe("v2: error responses", () => {
  it("covers every error status the spec documents", () => {
    const documented = new Set<number>();
    for (const op of SPEC.values()) {
      for (const status of op.responses.keys()) if (status >= 400) documented.add(status);
    }
    expect([...documented].sort((a, b) => a - b)).toEqual(ERROR_CASES.map((c) => c.status));
  });

  it.each(ERROR_CASES.map((c) => [c.status, c.cls.name, c] as const))(
    "%i maps to %s with code, details, reference and rate limit",
    async (status, _name, { cls, operationId }) => {
      const op = specOp(operationId);
      const documented = op.responses.get(status);
      expect(documented?.hasExample).toBe(true);
      const example = documented!.example as { code: string; message: string };
      const details = [{ param: "site_id", description: "Provided ID is invalid" }, "free text"];
      const body = { ...example, externalReference: `ref-${status}`, details };
      server.enqueue({
        status,
        headers: { ...RATE, "Retry-After": "17" },
        body,
      });

      const testCase = caseFor(operationId);
      const error = await thrown(() => testCase.call(client({ retry: false })));

      expect(error).toBeInstanceOf(cls);
      expect(error).toBeInstanceOf(WebflowApiError);
      expect(error).toBeInstanceOf(WebflowError);
      for (const other of ERROR_CASES) {
        if (other.cls !== cls) expect(error).not.toBeInstanceOf(other.cls);
      }
      const e = error as WebflowApiError;
      // A 403 whose code is missing_scopes is the ForbiddenError subclass that lists the scopes.
      expect(e.name).toBe(example.code === "missing_scopes" ? "MissingScopesError" : cls.name);
      expect(e.status).toBe(status);
      expect(e.code).toBe(example.code);
      expect(e.apiMessage).toBe(example.message);
      expect(e.details).toEqual(details);
      expect(e.externalReference).toBe(`ref-${status}`);
      expect(e.rateLimit).toEqual({ limit: 60, remaining: 42, retryAfterSeconds: 17 });
      expect(e.body).toEqual(body);
      expect(e.operationId).toBe(operationId);
      expect(e.method).toBe(op.method);
      expect(e.url).toBe(`${base}${testCase.path}${testCase.search}`);
      expect(e.headers.get("x-ratelimit-remaining")).toBe("42");
      expect(e.message).toContain(
        `${op.method} /v2${testCase.path} failed with ${status} ${example.code}: ${example.message}`,
      );
      expect(e.message).toContain("site_id: Provided ID is invalid");
      // retry: false: exactly one request, even for 429 and 5xx.
      expect(server.requests).toHaveLength(1);
      expectNoToken(error);
    },
  );

  // A class is thrown by every operation, so what the package says of it is the shared response's
  // description, not the override one operation gives it (createWebhook's 400 talks about trigger types).
  it("documents each error class with the shared response description in the package README", () => {
    const readme = readFileSync(fileURLToPath(new URL("../../generated/README.md", import.meta.url)), "utf8");
    for (const { status, cls } of ERROR_CASES) {
      const shared = new Set<string>();
      for (const op of SPEC.values()) {
        const response = op.responses.get(status);
        if (response !== undefined) shared.add(response.sharedDescription);
      }
      expect(shared.size).toBe(1);
      // The first Errors table is v2's (the primary API comes first); cells are padded by prettier.
      const row = readme
        .split("\n")
        .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()))
        .find((cells) => cells[1] === String(status) && cells[2] === `\`${cls.name}\``);
      expect(row?.[3], cls.name).toBe([...shared][0]?.replace(/\|/g, "\\|"));
    }
  });

  it("keeps null externalReference and missing details as null and []", async () => {
    server.enqueue({ status: 404, body: { code: "resource_not_found", message: "gone" } });
    const e = (await thrown(() => client().sites.get({ site_id: SITE }))) as WebflowApiError;
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.externalReference).toBeNull();
    expect(e.details).toEqual([]);
    expect(e.rateLimit).toEqual({});
  });

  it("delivers an unknown error code as-is", async () => {
    server.enqueue({
      status: 400,
      body: {
        code: "brand_new_code",
        message: "Something new",
        externalReference: null,
        details: [],
      },
    });
    const e = (await thrown(() => client().sites.list())) as WebflowApiError;
    expect(e).toBeInstanceOf(BadRequestError);
    expect(e.code).toBe("brand_new_code");
    expect(e.apiMessage).toBe("Something new");
    expect(isKnownErrorCode(e.code)).toBe(false);
    expect(isKnownErrorCode("resource_not_found")).toBe(true);
  });

  it("maps an undocumented status to a plain WebflowApiError", async () => {
    server.enqueue({
      status: 418,
      body: { code: "teapot", message: "I'm a teapot", externalReference: null, details: [] },
    });
    const e = (await thrown(() => client({ retry: false }).sites.list())) as WebflowApiError;
    expect(e.constructor).toBe(WebflowApiError);
    expect(e.name).toBe("WebflowApiError");
    expect(e.status).toBe(418);
    expect(e.code).toBe("teapot");
    for (const { cls } of ERROR_CASES) expect(e).not.toBeInstanceOf(cls);
  });

  it("maps a non-JSON error body (a proxy's HTML page) with the reason phrase", async () => {
    const html = "<html><body>Bad gateway</body></html>";
    server.enqueue({ status: 502, headers: { "Content-Type": "text/html" }, raw: html });
    const e = (await thrown(() => client({ retry: false }).sites.list())) as WebflowApiError;
    expect(e).toBeInstanceOf(WebflowApiError);
    expect(e.name).toBe("BadGatewayError");
    expect(e.status).toBe(502);
    expect(e.code).toBe("unknown_error");
    expect(e.apiMessage).toBe("Bad Gateway");
    expect(e.body).toBe(html);
  });

  it("redacts the token when the server echoes it in the error body", async () => {
    server.enqueue({
      status: 401,
      body: {
        code: "not_authorized",
        message: `Token ${TOKEN} is revoked`,
        externalReference: null,
        details: [TOKEN],
      },
    });
    const e = (await thrown(() => client().token.introspect())) as WebflowApiError;
    expect(e).toBeInstanceOf(UnauthorizedError);
    expect(e.apiMessage).toBe("Token [REDACTED] is revoked");
    expectNoToken(e);
  });
});

// ---------------------------------------------------------------------------------------------
// Response validation
// ---------------------------------------------------------------------------------------------

describe("v2: response validation", () => {
  it("rejects a getSite body whose id is a number, with the issue at /id", async () => {
    server.enqueue({ status: 200, body: { id: 5 } });
    const e = await thrown(() => client().sites.get({ site_id: SITE }));
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect(e).toBeInstanceOf(WebflowError);
    const v = e as WebflowResponseValidationError;
    expect(v.issues.map((i) => i.path)).toEqual(["/id"]);
    expect(v.status).toBe(200);
    expect(v.operationId).toBe("getSite");
    expect(v.body).toEqual({ id: 5 });
    expect(v.message).toContain("/id");
    expectNoToken(e);
  });

  it("rejects a comment thread without author, with the issue at /comments/0/author", async () => {
    const body = clone(successResponse(specOp("listCommentThreads")).example) as {
      comments: Array<Record<string, unknown>>;
    };
    delete body.comments[0]!.author;
    server.enqueue({ status: 200, body });
    const e = await thrown(() => client().comments.listThreads({ site_id: SITE }));
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual([
      "/comments/0/author",
    ]);
  });

  it("rejects a single comment thread without author, with the issue at /author", async () => {
    const body = clone(successResponse(specOp("getCommentThread")).example) as Record<
      string,
      unknown
    >;
    delete body.author;
    server.enqueue({ status: 200, body });
    const e = await thrown(() =>
      client().comments.getThread({ site_id: SITE, comment_thread_id: THREAD }),
    );
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual(["/author"]);
  });

  it("returns the same bodies as-is with validateResponses: false", async () => {
    const thread = clone(successResponse(specOp("listCommentThreads")).example) as {
      comments: Array<Record<string, unknown>>;
    };
    delete thread.comments[0]!.author;
    server.enqueue({ status: 200, body: { id: 5 } }, { status: 200, body: thread });
    const loose = client({ validateResponses: false });
    expect(await loose.sites.get({ site_id: SITE })).toStrictEqual({ id: 5 });
    expect(await loose.comments.listThreads({ site_id: SITE })).toStrictEqual(thread);
  });

  it("rejects a 2xx body that is not JSON, with the issue at the root", async () => {
    server.enqueue({ status: 200, raw: "<html>maintenance</html>" });
    const e = await thrown(() => client().sites.list());
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual([""]);
  });
});

// ---------------------------------------------------------------------------------------------
// Retries and rate limit
// ---------------------------------------------------------------------------------------------

function tooMany(remaining: string): {
  status: number;
  headers: Record<string, string>;
  body: unknown;
} {
  return {
    status: 429,
    headers: { "Retry-After": "0", "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": remaining },
    body: {
      code: "too_many_requests",
      message: "Too many requests",
      externalReference: null,
      details: [],
    },
  };
}

describe("v2: retries and rate limit", () => {
  it("retries a 429 with Retry-After: 0 and succeeds after exactly 2 requests", async () => {
    const example = successResponse(specOp("listSites")).example;
    server.enqueue(tooMany("0"), {
      status: 200,
      headers: { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59" },
      body: example,
    });
    const seen: ResponseInfo[] = [];
    const result = await client({ onResponse: (info) => seen.push(info) }).sites.list();
    expect(result).toStrictEqual(example);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    // onResponse sees the final response of the call.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.status).toBe(200);
    expect(seen[0]!.operationId).toBe("listSites");
    expect(seen[0]!.rateLimit).toEqual({ limit: 60, remaining: 59 });
  });

  it("retries a 429 for a POST too, re-sending the same body", async () => {
    const example = successResponse(specOp("createWebhook")).example;
    server.enqueue(tooMany("0"), { status: 201, body: example });
    const result = await client().webhooks.create({ site_id: SITE, body: webhookBody });
    expect(result).toStrictEqual(example);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body).toEqual(webhookBody);
  });

  it("gives up after maxRetries and throws the last 429 with its rate limit", async () => {
    server.enqueue(tooMany("3"), tooMany("2"), tooMany("1"), tooMany("0"));
    const seen: ResponseInfo[] = [];
    const e = await thrown(() =>
      client({ retry: { maxRetries: 2 }, onResponse: (i) => seen.push(i) }).sites.list(),
    );
    expect(e).toBeInstanceOf(TooManyRequestsError);
    expect((e as TooManyRequestsError).rateLimit).toEqual({
      limit: 60,
      remaining: 1,
      retryAfterSeconds: 0,
    });
    expect(server.requests).toHaveLength(3);
    expect(server.pending()).toBe(1);
    expect(seen.map((i) => i.rateLimit.remaining)).toEqual([1]);
  });

  it("retries a 503 for GET but not a 500 for POST", async () => {
    const unavailable = {
      status: 503,
      headers: { "Retry-After": "0" },
      body: { code: "service_unavailable", message: "down", externalReference: null, details: [] },
    };
    server.enqueue(unavailable, unavailable, unavailable);
    const e1 = await thrown(() => client().webhooks.get({ webhook_id: WEBHOOK }));
    expect(e1).toBeInstanceOf(ServiceUnavailableError);
    expect(server.requests).toHaveLength(3);

    server.reset();
    server.enqueue({
      status: 500,
      headers: { "Retry-After": "0" },
      body: { code: "internal_error", message: "oops", externalReference: null, details: [] },
    });
    const e2 = await thrown(() => client().webhooks.create({ site_id: SITE, body: webhookBody }));
    expect(e2).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("reports rate-limit headers of a successful call to onResponse", async () => {
    server.enqueue({
      status: 200,
      headers: { "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "7" },
      body: successResponse(specOp("getAuthorizedUser")).example,
    });
    const seen: ResponseInfo[] = [];
    await client({ onResponse: (i) => seen.push(i) }).token.getAuthorizedUser();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.rateLimit.remaining).toBe(7);
    expect(seen[0]!.rateLimit.limit).toBe(120);
    expect(seen[0]!.url).toBe(`${base}/token/authorized_by`);
  });
});

// ---------------------------------------------------------------------------------------------
// Network failures
// ---------------------------------------------------------------------------------------------

describe("v2: network failures", () => {
  it("throws WebflowNetworkError for a closed port, without the token anywhere", async () => {
    const dead = `${await closedPortOrigin()}/v2`;
    const e = await thrown(() =>
      createWebflowClient({ token: TOKEN, baseUrl: dead, retry: false }).sites.get({
        site_id: SITE,
      }),
    );
    expect(e).toBeInstanceOf(WebflowNetworkError);
    expect(e).toBeInstanceOf(WebflowError);
    const n = e as WebflowNetworkError;
    expect(n.timedOut).toBe(false);
    expect(n.aborted).toBe(false);
    expect(n.operationId).toBe("getSite");
    expect(n.url).toBe(`${dead}/sites/${SITE}`);
    expect(n.message).toMatch(new RegExp(`^GET /v2/sites/${SITE} failed: .*ECONNREFUSED`));
    expectNoToken(e);
  });

  it("still throws WebflowNetworkError after retrying a closed port", async () => {
    const dead = `${await closedPortOrigin()}/v2`;
    const e = await thrown(() =>
      createWebflowClient({
        token: TOKEN,
        baseUrl: dead,
        retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 },
      }).webhooks.list({ site_id: SITE }),
    );
    expect(e).toBeInstanceOf(WebflowNetworkError);
    expectNoToken(e);
  });

  it("times out a server that never answers", async () => {
    server.enqueue({ status: 200, hang: true });
    const e = await thrown(() => client({ retry: false, timeoutMs: 100 }).sites.list());
    expect(e).toBeInstanceOf(WebflowNetworkError);
    expect((e as WebflowNetworkError).timedOut).toBe(true);
    expect((e as WebflowNetworkError).message).toBe("GET /v2/sites timed out after 100 ms");
    expectNoToken(e);
  });

  // A misconfigured baseUrl pointing at a proxy or echo service that reflects the request
  // headers: the runtime redacts the token from non-2xx bodies, and must do the same when the
  // reflected body comes with a 2xx and fails validation.
  it("keeps an echoed token out of a response validation error", async () => {
    // getSite: a site's `id` is required, so the reflected headers fail validation.
    server.enqueue({
      status: 200,
      body: { headers: { authorization: `Bearer ${TOKEN}`, accept: "application/json" } },
    });
    const e = await thrown(() => client().sites.get({ site_id: SITE }));
    expect(e).toBeInstanceOf(WebflowResponseValidationError);
    expect((e as WebflowResponseValidationError).issues.map((i) => i.path)).toEqual(["/id"]);
    expectNoToken(e);
  });

  it("never puts the token in the message of a constructor error", () => {
    let error: unknown;
    try {
      createWebflowClient({ token: `${TOKEN}\n`, baseUrl: base });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    expectNoToken(error);
  });
});
