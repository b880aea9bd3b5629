/**
 * The runtime half: compiled to JavaScript and run with node by test/consumer.test.ts, against a
 * 127.0.0.1 server whose URL arrives in WEBFLOW_CONSUMER_BASE_URL. "webflow-api" resolves by
 * package name through node_modules, so this exercises the package's exports map and its dist/.
 * Prints one JSON object on stdout.
 */
import {
  NotFoundError,
  SITES_READ,
  WebflowApiError,
  WebflowError,
  createWebflowClient,
  createWebflowV1Client,
  missingScopes,
  v2,
} from "webflow-api";
import * as v2Entry from "webflow-api/v2";
import { createClient as createV1Client } from "webflow-api/v1";

const baseUrl = process.env["WEBFLOW_CONSUMER_BASE_URL"];
const token = process.env["WEBFLOW_CONSUMER_TOKEN"];
if (baseUrl === undefined || token === undefined) {
  throw new Error("WEBFLOW_CONSUMER_BASE_URL and WEBFLOW_CONSUMER_TOKEN must be set");
}

const client = createWebflowClient({
  token,
  baseUrl: `${baseUrl}/v2`,
  retry: false,
  timeoutMs: 5000,
});

const site = await client.sites.get({ site_id: "580e63e98c9a982ac9b8b741" });
const threads = await client.comments.listThreads({
  site_id: site.id,
  limit: 2,
  sortBy: "createdOn",
  sortOrder: "desc",
});
const webhook = await client.webhooks.create({
  site_id: site.id,
  body: {
    triggerType: "form_submission",
    url: "https://example.com/webflow/forms",
    filter: { name: "Contact Form" },
  },
});

let notFound: Record<string, unknown> = { thrown: false };
try {
  await client.sites.get({ site_id: "does-not-exist" });
} catch (error) {
  notFound = {
    thrown: true,
    name: error instanceof Error ? error.name : typeof error,
    isNotFoundError: error instanceof NotFoundError,
    isV2EntryNotFoundError: error instanceof v2Entry.NotFoundError,
    isWebflowApiError: error instanceof WebflowApiError,
    isWebflowError: error instanceof WebflowError,
    status: error instanceof NotFoundError ? error.status : null,
    code: error instanceof WebflowApiError ? error.code : null,
    apiMessage: error instanceof WebflowApiError ? error.apiMessage : null,
  };
}

const legacy = createWebflowV1Client({ token, baseUrl: `${baseUrl}/v1`, retry: false });
const info = await legacy.meta.getAuthorizedInfo();

console.log(
  JSON.stringify({
    resolved: {
      root: import.meta.resolve("webflow-api"),
      v1: import.meta.resolve("webflow-api/v1"),
      v2: import.meta.resolve("webflow-api/v2"),
    },
    sameClasses: {
      rootVsV2Entry: NotFoundError === v2Entry.NotFoundError,
      rootVsNamespace: NotFoundError === v2.NotFoundError,
      v1Factory: createWebflowV1Client === createV1Client,
    },
    site: {
      id: site.id,
      displayName: site.displayName ?? null,
      parentFolderId: site.parentFolderId,
      domains: (site.customDomains ?? []).map((d) => d.url),
      primaryLocale: site.locales?.primary?.tag ?? null,
    },
    threads: {
      count: threads.comments.length,
      localeIds: threads.comments.map((t) => t.localeId),
      authors: threads.comments.map((t) => t.author.name),
      total: threads.pagination.total,
    },
    webhook: { id: webhook.id, triggerType: webhook.triggerType, filter: webhook.filter ?? null },
    notFound,
    v1: { id: info._id, sites: info.sites },
    scopes: {
      getSite: missingScopes("getSite", []),
      granted: missingScopes("getSite", [SITES_READ]),
    },
  }),
);
