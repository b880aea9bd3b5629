/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import type { MissingScopesError } from "../runtime/errors.js";
import { type ClientConfig, type HttpCore, createLeanCore } from "../runtime/http.js";
import { withScopeCheck } from "../runtime/scope-check.js";
import { type MethodScopes, OPERATION_SCOPES, type Scope } from "./scopes.js";
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
  return createLeanCore({ defaultBaseUrl: SERVER_URL, config });
}

/**
 * A Multi-file API client: one property per tag, one method per operation.
 */
export interface Client {
  readonly sites: SitesApi;
}

/**
 * The options of {@link createClient}: a {@link ClientConfig} and, optionally, the scopes the token holds.
 */
export interface ScopedClientConfig<
  T extends readonly Scope[] = readonly Scope[],
> extends ClientConfig {
  /**
   * The scopes the token holds (or the fewer this program means to use). The client's type then has only the methods these scopes allow, and calls are checked against them before they are sent. Without it, the client has every method and checks nothing until `checkScopes()`.
   */
  readonly scopes?: T;
}

/**
 * The methods of group `G` whose every scope is in `S`.
 */
type AllowedMethods<G extends keyof MethodScopes, S extends Scope> = {
  [M in keyof MethodScopes[G]]: [MethodScopes[G][M]] extends [S] ? M : never;
}[keyof MethodScopes[G]];

/**
 * A Multi-file API client for a token holding the scopes `S`: only the groups and methods those scopes allow (`client.sites.publish` is a compile error without `sites:write`). With every scope it is {@link Client}.
 */
export type ScopedClient<S extends Scope> = [Scope] extends [S]
  ? Client
  : {
      readonly [
        G in keyof MethodScopes as [AllowedMethods<G, S>] extends [never] ? never : G
      ]: Pick<Client[G], AllowedMethods<G, S> & keyof Client[G]>;
    };

/**
 * Creates a Multi-file API client (see {@link createCore} for what every call does).
 *
 * With `scopes` (the scopes the token holds), the client's type has only the methods they allow, so calling another is a compile error, and such a call made anyway (from JavaScript, through a cast) is refused with a {@link MissingScopesError} before it is sent.
 * @example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });
 * @example const reader = createClient({ token, scopes: ["sites:read", "cms:read"] as const });
 */
export function createClient<T extends readonly Scope[] = readonly Scope[]>(
  config: ScopedClientConfig<T>,
): ScopedClient<T[number]> {
  const core = withScopeCheck(createCore(config), {
    operationScopes: OPERATION_SCOPES,
    declared: config.scopes,
  });
  const client: Client = { sites: new SitesApi(core) };
  // The scoped type only leaves methods out: the object has them all, and the core refuses the ones `scopes` does not allow.
  return client as ScopedClient<T[number]>;
}
