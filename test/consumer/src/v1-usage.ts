/** The legacy v1 API: the root's createWebflowV1Client and `v1` namespace, and the "webflow-api/v1" entry. */
import { createWebflowV1Client, v1 } from "webflow-api";
import {
  createClient,
  SERVER_URL,
  type AuthorizedInfo,
  type Client as V1Client,
  type GetAuthorizedInfoResult,
  type GetAuthorizedUserResult,
  type User,
} from "webflow-api/v1";
import type { Equal, Expect } from "./type-assert.js";

type _sameFactory = Expect<Equal<typeof createWebflowV1Client, typeof createClient>>;
type _namespaceFactory = Expect<Equal<typeof v1.createClient, typeof createClient>>;
type _serverUrl = Expect<Equal<typeof SERVER_URL, "https://api.webflow.com">>;
type _info = Expect<Equal<GetAuthorizedInfoResult, AuthorizedInfo>>;
type _namespaceInfo = Expect<Equal<v1.AuthorizedInfo, AuthorizedInfo>>;
type _user = Expect<Equal<GetAuthorizedUserResult["user"], User>>;

export async function whoAmI(token: string): Promise<string> {
  const client: V1Client = createWebflowV1Client({ token });
  const info = await client.meta.getAuthorizedInfo();
  type _sites = Expect<Equal<typeof info.sites, string[]>>;
  type _rateLimit = Expect<Equal<typeof info.rateLimit, number>>;
  type _application = Expect<Equal<typeof info.application, v1.Application | undefined>>;
  const { user } = await client.meta.getAuthorizedUser();

  // @ts-expect-error TS2339 -- the v1 client has no `info`; it is client.meta.getAuthorizedInfo()
  await client.info();
  // @ts-expect-error TS2353 -- getAuthorizedInfo takes only request options
  await client.meta.getAuthorizedInfo({ site_id: "580e63e98c9a982ac9b8b741" });
  // @ts-expect-error TS2339 -- v2 resources are not on the v1 client
  await client.sites.get({ site_id: "580e63e98c9a982ac9b8b741" });
  // @ts-expect-error TS2339 -- v1 ids are `_id`, not `id`
  void info.id;
  // @ts-expect-error TS18048 -- the application is absent for non-OAuth grants
  const appName: string = info.application.name;

  return `${user.firstName} ${user.lastName} <${user.email}> ${info._id} ${appName}`;
}
