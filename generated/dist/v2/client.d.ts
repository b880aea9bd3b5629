import { type ClientConfig, type HttpCore } from "../runtime/http.js";
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
import { type MethodScopes, type Scope } from "./scopes.js";
import { ScriptsApi } from "./scripts.js";
import { SitesApi } from "./sites.js";
import { TokenApi } from "./token.js";
import { WebhooksApi } from "./webhooks.js";
import { WellKnownApi } from "./well-known.js";
import { WorkspacesApi } from "./workspaces.js";
/**
 * The default base URL of Webflow Data API, from the spec's first server.
 */
export declare const SERVER_URL = "https://api.webflow.com/v2";
/**
 * The version of the API description this client was generated from.
 */
export declare const API_VERSION = "2.0.0";
/**
 * The HTTP core of a Webflow Data API client, for calling operations as standalone functions (`getSite(core, params)`): a program then bundles only the operations it imports.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.webflow.com/v2` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const core = createCore({ token: process.env.WEBFLOW_TOKEN! });
 */
export declare function createCore(config: ClientConfig): HttpCore;
/**
 * A Webflow Data API client: one property per tag, one method per operation.
 */
export interface Client {
	readonly assetFolders: AssetFoldersApi;
	readonly assets: AssetsApi;
	readonly collections: CollectionsApi;
	readonly comments: CommentsApi;
	readonly components: ComponentsApi;
	readonly customCode: CustomCodeApi;
	readonly customFonts: CustomFontsApi;
	readonly ecommerce: EcommerceApi;
	readonly fields: FieldsApi;
	readonly formSubmissions: FormSubmissionsApi;
	readonly forms: FormsApi;
	readonly googleTags: GoogleTagsApi;
	readonly inventory: InventoryApi;
	readonly items: ItemsApi;
	readonly orders: OrdersApi;
	readonly pages: PagesApi;
	readonly products: ProductsApi;
	readonly redirects: RedirectsApi;
	readonly robotsTxt: RobotsTxtApi;
	readonly scripts: ScriptsApi;
	readonly sites: SitesApi;
	readonly token: TokenApi;
	readonly webhooks: WebhooksApi;
	readonly wellKnown: WellKnownApi;
	readonly workspaces: WorkspacesApi;
	/**
	 * Reads the token's scopes from `GET /token/introspect`, once (later calls share the answer; a failed read is retried on the next call), and from then on refuses every call of an operation that needs a scope the token lacks with a {@link MissingScopesError} naming all of them, before anything is sent.
	 *
	 * Resolves the scopes the token holds. A client created with `scopes` is checked against those from the start; this rejects with a {@link MissingScopesError} when the token lacks any of them.
	 * @example const granted = await client.checkScopes(); // e.g. ["sites:read", "cms:read"]
	 */
	checkScopes(): Promise<readonly string[]>;
}
/**
 * The options of {@link createClient}: a {@link ClientConfig} and, optionally, the scopes the token holds.
 */
export interface ScopedClientConfig<T extends readonly Scope[] = readonly Scope[]> extends ClientConfig {
	/**
	 * The scopes the token holds (or the fewer this program means to use). The client's type then has only the methods these scopes allow, and calls are checked against them before they are sent. Without it, the client has every method and checks nothing until `checkScopes()`.
	 */
	readonly scopes?: T;
}
/**
 * The methods of group `G` whose every scope is in `S`.
 */
type AllowedMethods<
	G extends keyof MethodScopes,
	S extends Scope
> = { [M in keyof MethodScopes[G]]: [MethodScopes[G][M]] extends [S] ? M : never }[keyof MethodScopes[G]];
/**
 * A Webflow Data API client for a token holding the scopes `S`: only the groups and methods those scopes allow (`client.sites.publish` is a compile error without `sites:write`). With every scope it is {@link Client}.
 */
export type ScopedClient<S extends Scope> = [Scope] extends [S] ? Client : { readonly [G in keyof MethodScopes as [AllowedMethods<G, S>] extends [never] ? never : G]: Pick<Client[G], AllowedMethods<G, S> & keyof Client[G]> } & Pick<Client, "checkScopes">;
/**
 * Creates a Webflow Data API client (see {@link createCore} for what every call does).
 *
 * With `scopes` (the scopes the token holds), the client's type has only the methods they allow, so calling another is a compile error, and such a call made anyway (from JavaScript, through a cast) is refused with a {@link MissingScopesError} before it is sent.
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 * @example const reader = createClient({ token, scopes: ["sites:read", "cms:read"] as const });
 */
export declare function createClient<T extends readonly Scope[] = readonly Scope[]>(config: ScopedClientConfig<T>): ScopedClient<T[number]>;
export {};
