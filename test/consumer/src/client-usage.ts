/**
 * The v2 client as an application uses it. Nothing here runs (see run.ts for that): the file
 * only has to compile, and every `@ts-expect-error` line has to be an error. Each directive
 * names the TypeScript error code it expects; test/consumer.test.ts removes the directives and
 * checks that exactly those errors appear on exactly those lines.
 */
import {
  createWebflowClient,
  type Client,
  type ClientConfig,
  type CommentThread,
  type CreateWebhookResult,
  type GetSiteResult,
  type ListCommentThreadsParams,
  type Locale,
  type ListCommentThreadsResult,
  type Pagination,
  type RemoveWebhookResult,
  type RequestOptions,
  type Site,
  type TriggerType,
  type Webhook,
} from "webflow-api";
import type { Equal, Expect } from "./type-assert.js";

export function makeClient(token: string): Client {
  const config: ClientConfig = {
    token,
    baseUrl: "https://proxy.example.com/v2",
    timeoutMs: 10_000,
    retry: { maxRetries: 1, baseDelayMs: 100 },
    onResponse: (info) => {
      type _status = Expect<Equal<typeof info.status, number>>;
      type _remaining = Expect<Equal<typeof info.rateLimit.remaining, number | undefined>>;
    },
  };
  return createWebflowClient(config);
}

export function configMistakes(): void {
  // @ts-expect-error TS2345 -- the token is required
  createWebflowClient({ baseUrl: "https://api.webflow.com/v2" });
  // @ts-expect-error TS2353 -- the option is `retry`, not `retries`
  createWebflowClient({ token: "t", retries: 3 });
  // @ts-expect-error TS2322 -- the token is a string
  createWebflowClient({ token: 12345 });
}

export async function sites(client: Client, siteId: string): Promise<string> {
  const site = await client.sites.get({ site_id: siteId });
  type _site = Expect<Equal<typeof site, Site>>;
  type _getSiteResult = Expect<Equal<GetSiteResult, Site>>;
  type _get = Expect<
    Equal<
      Parameters<Client["sites"]["get"]>,
      [params: { site_id: string }, options?: RequestOptions]
    >
  >;
  type _id = Expect<Equal<typeof site.id, string>>;
  type _parentFolderId = Expect<Equal<typeof site.parentFolderId, string | null | undefined>>;
  type _displayName = Expect<Equal<typeof site.displayName, string | undefined>>;
  // An open enum in a response: Webflow may send values newer than the spec, so any string is
  // accepted, while the known values stay in the type (for completion and exhaustive handling).
  type _dataCollectionType = Expect<Equal<Extract<typeof site.dataCollectionType, "always" | "optOut" | "disabled">, "always" | "optOut" | "disabled">>;
  const newer: typeof site.dataCollectionType = "a-value-added-later";
  void newer;
  type _primaryLocale = Expect<Equal<NonNullable<Site["locales"]>["primary"], Locale | undefined>>;
  type _domainPublished = Expect<
    Equal<NonNullable<Site["customDomains"]>[number]["lastPublished"], string | null | undefined>
  >;

  // @ts-expect-error TS2339 -- a site has `displayName`, not `name`
  void site.name;
  // @ts-expect-error TS2322 -- parentFolderId may be null or absent
  const folder: string = site.parentFolderId;
  // @ts-expect-error TS18048 -- locales is optional, so it must be checked first
  void site.locales.primary;

  // @ts-expect-error TS2345 -- site_id is a required path parameter
  await client.sites.get({});
  // @ts-expect-error TS2561 -- the parameter is `site_id`, not `siteId`
  await client.sites.get({ siteId });
  // @ts-expect-error TS2322 -- site_id is a string
  await client.sites.get({ site_id: 580 });
  // @ts-expect-error TS2353 -- a GET takes no body
  await client.sites.get({ site_id: siteId, body: { displayName: "x" } });
  // @ts-expect-error TS2339 -- there is no sites.delete operation
  await client.sites.delete({ site_id: siteId });
  // @ts-expect-error TS2339 -- there is no users resource: the v2 catalogue has no user-account operations
  await client.users.list({ site_id: siteId });
  // @ts-expect-error TS2353 -- token.introspect takes only request options
  await client.token.introspect({ site_id: siteId });

  // @ts-expect-error TS18048 -- the primary locale is optional too
  void site.locales?.primary.tag;

  return `${folder}${site.displayName ?? site.id}${site.locales?.primary?.tag ?? ""}`;
}

export async function comments(client: Client, siteId: string): Promise<number> {
  const params: ListCommentThreadsParams = {
    site_id: siteId,
    localeId: "653fd9af6a07fc9cfd7a5e56",
    offset: 0,
    limit: 10,
    sortBy: "createdOn",
    sortOrder: "desc",
  };
  type _sortOrder = Expect<
    Equal<ListCommentThreadsParams["sortOrder"], "asc" | "desc" | undefined>
  >;
  type _sortBy = Expect<
    Equal<ListCommentThreadsParams["sortBy"], "createdOn" | "lastUpdated" | undefined>
  >;
  type _limit = Expect<Equal<ListCommentThreadsParams["limit"], number | undefined>>;

  const page = await client.comments.listThreads(params);
  type _page = Expect<Equal<typeof page, ListCommentThreadsResult>>;
  type _pagination = Expect<Equal<typeof page.pagination, Pagination>>;
  type _total = Expect<Equal<typeof page.pagination.total, number>>;
  const first = page.comments[0];
  type _first = Expect<Equal<typeof first, CommentThread | undefined>>;

  let unresolved = 0;
  for (const thread of page.comments) {
    type _localeId = Expect<Equal<typeof thread.localeId, string | null>>;
    type _itemId = Expect<Equal<typeof thread.itemId, string | null>>;
    type _isResolved = Expect<Equal<typeof thread.isResolved, boolean>>;
    type _authorId = Expect<Equal<typeof thread.author.userId, string>>;
    if (!thread.isResolved) unresolved += 1;
    // @ts-expect-error TS2322 -- localeId is null for the primary locale
    const locale: string = thread.localeId;
    void locale;
    // @ts-expect-error TS2339 -- thread authors are identified by userId, not id
    void thread.author.id;
  }

  const replies = await client.comments.listReplies({
    site_id: siteId,
    comment_thread_id: first?.id ?? "679a4f4e0a7b6c3b7d4b4e21",
    limit: 100,
  });
  type _replyAuthor = Expect<Equal<(typeof replies.comments)[number]["author"]["id"], string>>;

  // @ts-expect-error TS2322 -- limit is a number, not a string
  await client.comments.listThreads({ site_id: siteId, limit: "10" });
  // @ts-expect-error TS2322 -- sortOrder is "asc" or "desc"
  await client.comments.listThreads({ site_id: siteId, sortOrder: "up" });
  // @ts-expect-error TS2322 -- sortBy names a date field
  await client.comments.listThreads({ site_id: siteId, sortBy: "author" });
  // @ts-expect-error TS2345 -- listReplies also needs the comment_thread_id path parameter
  await client.comments.listReplies({ site_id: siteId });

  return unresolved;
}

export async function webhooks(client: Client, siteId: string): Promise<void> {
  const created = await client.webhooks.create({
    site_id: siteId,
    body: {
      triggerType: "form_submission",
      url: "https://example.com/webflow/forms",
      filter: { name: "Contact Form" },
    },
  });
  type _created = Expect<Equal<typeof created, CreateWebhookResult>>;
  type _webhook = Expect<Equal<CreateWebhookResult, Webhook>>;
  // Responses may carry trigger types newer than the spec, so the field is any string; requests are strict.
  // Every field of a webhook is optional in the reference, so the response type says so.
  type _trigger = Expect<Equal<Extract<typeof created.triggerType, "form_submission" | "site_publish">, "form_submission" | "site_publish">>;
  const newerTrigger: typeof created.triggerType = "a_trigger_added_later";
  void newerTrigger;
  const known: TriggerType = "form_submission";
  type _filter = Expect<Equal<typeof created.filter, { name?: string } | undefined>>;
  type _id = Expect<Equal<typeof created.id, string | undefined>>;

  void known;
  const list = await client.webhooks.list({ site_id: siteId });
  type _list = Expect<Equal<NonNullable<typeof list.webhooks>[number], Webhook>>;
  // @ts-expect-error TS18048 -- `webhooks` is optional in the reference, so the list must be checked first
  void list.webhooks.length;

  // @ts-expect-error TS2322 -- the created webhook's id may be absent, so it cannot be passed as is
  await client.webhooks.remove({ webhook_id: created.id });
  const removed = await client.webhooks.remove({ webhook_id: created.id ?? "57ca0a9e418c504a6e1acbb6" });
  type _removed = Expect<Equal<typeof removed, void>>;
  type _removeResult = Expect<Equal<RemoveWebhookResult, void>>;

  await client.webhooks.create({
    site_id: siteId,
    // @ts-expect-error TS2322 -- "form_submitted" is not a trigger type
    body: { triggerType: "form_submitted", url: "https://example.com/hook" },
  });
  // @ts-expect-error TS2741 -- a webhook needs a url
  await client.webhooks.create({ site_id: siteId, body: { triggerType: "site_publish" } });
  // @ts-expect-error TS2345 -- createWebhook needs a body
  await client.webhooks.create({ site_id: siteId });
  // @ts-expect-error TS2353 -- getWebhook takes webhook_id, not site_id
  await client.webhooks.get({ site_id: siteId });
}

export async function everyThread(client: Client, site_id: string): Promise<string[]> {
  const contents: string[] = [];
  for await (const thread of client.comments.iterateThreads({ site_id, limit: 100 })) {
    type _item = Expect<Equal<typeof thread, CommentThread>>;
    contents.push(thread.content);
  }
  // @ts-expect-error TS2345 -- the iterator takes the list call's parameters, so site_id is still required
  client.comments.iterateThreads({ limit: 100 });
  return contents;
}
