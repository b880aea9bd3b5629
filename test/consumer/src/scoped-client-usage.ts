/**
 * Scopes at compile time: a client created with the scopes its token holds has, in its type, only
 * the operations those scopes allow. Nothing here runs; test/consumer.test.ts checks that every
 * `@ts-expect-error` line is an error of the code it names (and that nothing else errs).
 */
import {
  createWebflowClient,
  type Client,
  type ClientConfig,
  type MethodScopes,
  type OperationId,
  type Scope,
  type ScopedClient,
  type ScopedClientConfig,
  type SiteList,
  OPERATION_SCOPES,
} from "webflow-api";
import type { Equal, Expect } from "./type-assert.js";

declare const token: string;

// The example: a reader of sites and CMS content.
const reader = createWebflowClient({ token, scopes: ["sites:read", "cms:read"] as const });
type _readerType = Expect<Equal<typeof reader, ScopedClient<"sites:read" | "cms:read">>>;

export async function readerCalls(siteId: string, collectionId: string): Promise<void> {
  const sites = await reader.sites.list();
  type _sites = Expect<Equal<typeof sites, SiteList>>;
  await reader.sites.get({ site_id: siteId });
  await reader.collections.list({ site_id: siteId });
  for await (const item of reader.items.iterate({ collection_id: collectionId })) void item.id;
  // Operations that need no scope are always there.
  await reader.token.introspect();
  await reader.checkScopes();

  // @ts-expect-error TS2339 -- publishing a site needs sites:write, which the reader does not hold
  await reader.sites.publish({ site_id: siteId, body: { publishToWebflowSubdomain: true } });
  // @ts-expect-error TS2339 -- creating a CMS item needs cms:write
  await reader.items.create({ collection_id: collectionId, body: { fieldData: { name: "x", slug: "x" } } });
  // @ts-expect-error TS2339 -- no method of the orders group is allowed, so the group is not there at all
  await reader.orders.list({ site_id: siteId });
  // @ts-expect-error TS2339 -- getAuthorizedUser needs authorized_user:read
  await reader.token.getAuthorizedUser();
}

// Written without `as const`, the scopes are still inferred one by one.
const publisher = createWebflowClient({ token, scopes: ["sites:write"] });
type _publisherType = Expect<Equal<typeof publisher, ScopedClient<"sites:write">>>;

export async function publisherCalls(siteId: string): Promise<void> {
  await publisher.sites.publish({ site_id: siteId, body: { publishToWebflowSubdomain: true } });
  // @ts-expect-error TS2339 -- sites:write does not include sites:read: Webflow grants them separately
  await publisher.sites.list();
}

// A token with no scope reaches only what needs none.
const bare = createWebflowClient({ token, scopes: [] });
type _bareGroups = Expect<Equal<keyof typeof bare, "token" | "checkScopes">>;
type _bareToken = Expect<Equal<keyof (typeof bare)["token"], "introspect">>;

// Every scope: the client is exactly the unscoped one.
declare const everyScope: readonly Scope[];
const all = createWebflowClient({ token, scopes: everyScope });
type _all = Expect<Equal<typeof all, Client>>;

// Without scopes, the client is as it was.
const plain = createWebflowClient({ token });
type _plain = Expect<Equal<typeof plain, Client>>;

// The type map the scoped client is computed from agrees with OPERATION_SCOPES.
type _publishScopes = Expect<Equal<MethodScopes["sites"]["publish"], (typeof OPERATION_SCOPES)["publishSite"][number]>>;
type _iteratorScopes = Expect<Equal<MethodScopes["items"]["iterate"], "cms:read">>;
type _noScope = Expect<Equal<MethodScopes["token"]["introspect"], never>>;
type _ids = Expect<"publishSite" extends OperationId ? true : false>;

export function configs(base: ClientConfig): void {
  const config: ScopedClientConfig<readonly ["forms:read"]> = { ...base, scopes: ["forms:read"] };
  const forms = createWebflowClient(config);
  void forms.forms.list;
  // @ts-expect-error TS2322 -- "sites:admin" is not a Webflow scope
  createWebflowClient({ token, scopes: ["sites:read", "sites:admin"] });
  // @ts-expect-error TS2339 -- the config's scopes decide: forms:read does not allow listing sites
  void forms.sites.list;
  // A scoped client is not a full client: a function that needs every method cannot take it.
  const takesFull = (client: Client): Client => client;
  // @ts-expect-error TS2345 -- the reader lacks most of Client's methods
  takesFull(reader);
}
