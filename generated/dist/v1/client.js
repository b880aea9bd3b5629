/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import { createLeanCore } from "../runtime/http.js";
import { MetaApi } from "./meta.js";
/**
 * The default base URL of Webflow API v1 (legacy), from the spec's first server.
 */
export const SERVER_URL = "https://api.webflow.com";
/**
 * The version of the API description this client was generated from.
 */
export const API_VERSION = "1.0.0";
/**
 * The HTTP core of a Webflow API v1 (legacy) client, for calling operations as standalone functions (`getSite(core, params)`): a program then bundles only the operations it imports.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.webflow.com` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const core = createCore({ token: process.env.WEBFLOW_TOKEN! });
 */
export function createCore(config) {
	return createLeanCore({
		defaultBaseUrl: SERVER_URL,
		config
	});
}
/**
 * Creates a Webflow API v1 (legacy) client (see {@link createCore} for what every call does).
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 */
export function createClient(config) {
	const core = createCore(config);
	return { meta: new MetaApi(core) };
}
