/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import { type ClientConfig, type HttpCore, createHttpCore } from "../runtime/http.js";
import { SitesApi } from "./sites.js";

/**
 * The default base URL of Multi-file API, from the spec's first server.
 */
export const SERVER_URL = "https://api.example.com/v2";

/**
 * The version of the API description this client was generated from.
 */
export const API_VERSION = "2.0.0";

/**
 * The HTTP core of a Multi-file API client, for calling operations as standalone functions (`getSite(core, params)`): a program then bundles only the operations it imports.
 *
 * Every call sends `Authorization: Bearer <token>` to `https://api.example.com/v2` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.
 * @example const core = createCore({ token: process.env.WEBFLOW_TOKEN! });
 */
export function createCore(config: ClientConfig): HttpCore {
  return createHttpCore({ defaultBaseUrl: SERVER_URL, config });
}

/**
 * A Multi-file API client: one property per tag, one method per operation.
 */
export interface Client {
  readonly sites: SitesApi;
}

/**
 * Creates a Multi-file API client (see {@link createCore} for what every call does).
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 */
export function createClient(config: ClientConfig): Client {
  const core = createCore(config);
  return { sites: new SitesApi(core) };
}
