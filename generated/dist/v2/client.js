import { createLeanCore } from "../runtime/http.js";
import { withScopeCheck } from "../runtime/scope-check.js";
import { AssetFoldersApi } from "./asset-folders.js";
import { AssetsApi } from "./assets.js";
import { CollectionsApi } from "./collections.js";
import { CommentsApi } from "./comments.js";
import { ComponentsApi } from "./components.js";
import { CustomCodeApi } from "./custom-code.js";
import { CustomFontsApi } from "./custom-fonts.js";
import { EcommerceApi } from "./ecommerce.js";
import { FieldsApi } from "./fields.js";
import { FormSubmissionsApi } from "./form-submissions.js";
import { FormsApi } from "./forms.js";
import { GoogleTagsApi } from "./google-tags.js";
import { InventoryApi } from "./inventory.js";
import { ItemsApi } from "./items.js";
import { OrdersApi } from "./orders.js";
import { PagesApi } from "./pages.js";
import { ProductsApi } from "./products.js";
import { RedirectsApi } from "./redirects.js";
import { RobotsTxtApi } from "./robots-txt.js";
import { OPERATION_SCOPES } from "./scopes.js";
import { ScriptsApi } from "./scripts.js";
import { SitesApi } from "./sites.js";
import { TokenApi, introspectToken } from "./token.js";
import { WebhooksApi } from "./webhooks.js";
import { WellKnownApi } from "./well-known.js";
import { WorkspacesApi } from "./workspaces.js";
/**
 * The default base URL of Webflow Data API, from the spec's first server.
 */
export const SERVER_URL = "https://api.webflow.com/v2";
/**
 * The version of the API description this client was generated from.
 */
export const API_VERSION = "2.0.0";
/**
 * The HTTP core of a Webflow Data API client, for calling operations as standalone functions (`getSite(core, params)`): a program then bundles only the operations it imports.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.webflow.com/v2` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const core = createCore({ token: process.env.WEBFLOW_TOKEN! });
 */
export function createCore(config) {
	return createLeanCore({
		defaultBaseUrl: SERVER_URL,
		config
	});
}
/**
 * Creates a Webflow Data API client (see {@link createCore} for what every call does).
 *
 * With `scopes` (the scopes the token holds), the client's type has only the methods they allow, so calling another is a compile error, and such a call made anyway (from JavaScript, through a cast) is refused with a {@link MissingScopesError} before it is sent.
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 * @example const reader = createClient({ token, scopes: ["sites:read", "cms:read"] as const });
 */
export function createClient(config) {
	const core = withScopeCheck(createCore(config), {
		operationScopes: OPERATION_SCOPES,
		introspect: (unchecked) => introspectToken(unchecked).withResponse(),
		declared: config.scopes
	});
	const client = {
		assetFolders: new AssetFoldersApi(core),
		assets: new AssetsApi(core),
		collections: new CollectionsApi(core),
		comments: new CommentsApi(core),
		components: new ComponentsApi(core),
		customCode: new CustomCodeApi(core),
		customFonts: new CustomFontsApi(core),
		ecommerce: new EcommerceApi(core),
		fields: new FieldsApi(core),
		formSubmissions: new FormSubmissionsApi(core),
		forms: new FormsApi(core),
		googleTags: new GoogleTagsApi(core),
		inventory: new InventoryApi(core),
		items: new ItemsApi(core),
		orders: new OrdersApi(core),
		pages: new PagesApi(core),
		products: new ProductsApi(core),
		redirects: new RedirectsApi(core),
		robotsTxt: new RobotsTxtApi(core),
		scripts: new ScriptsApi(core),
		sites: new SitesApi(core),
		token: new TokenApi(core),
		webhooks: new WebhooksApi(core),
		wellKnown: new WellKnownApi(core),
		workspaces: new WorkspacesApi(core),
		checkScopes: () => core.checkScopes()
	};
	// The scoped type only leaves methods out: the object has them all, and the core refuses the ones `scopes` does not allow.
	return client;
}
