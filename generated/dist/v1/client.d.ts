import { type ClientConfig, type HttpCore } from "../runtime/http.js";
import { MetaApi } from "./meta.js";
/**
 * The default base URL of Webflow API v1 (legacy), from the spec's first server.
 */
export declare const SERVER_URL = "https://api.webflow.com";
/**
 * The version of the API description this client was generated from.
 */
export declare const API_VERSION = "1.0.0";
/**
 * The HTTP core of a Webflow API v1 (legacy) client, for calling operations as standalone functions (`getSite(core, params)`): a program then bundles only the operations it imports.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.webflow.com` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const core = createCore({ token: process.env.WEBFLOW_TOKEN! });
 */
export declare function createCore(config: ClientConfig): HttpCore;
/**
 * A Webflow API v1 (legacy) client: one property per tag, one method per operation.
 */
export interface Client {
	readonly meta: MetaApi;
}
/**
 * Creates a Webflow API v1 (legacy) client (see {@link createCore} for what every call does).
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 */
export declare function createClient(config: ClientConfig): Client;
