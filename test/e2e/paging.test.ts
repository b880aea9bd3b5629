import { describe, expect, it } from "vitest";
import { createWebflowClient, NotFoundError } from "../../generated/src/index.js";
import { dereferencedSpec, pagedOperations } from "../support/spec.js";
import { useTestServer, type RecordedRequest } from "./server.js";
import { loadOperations, successResponse } from "./spec.js";

const SITE = "580e63e98c9a982ac9b8b741";

const server = useTestServer();

function thread(n: number) {
  return {
    id: n.toString(16).padStart(24, "0"),
    siteId: SITE,
    pageId: "6596da6045e56dee495bcbba",
    localeId: null,
    itemId: null,
    breakpoint: "main",
    url: "https://hello.webflow.io/",
    content: `comment ${n}`,
    isResolved: false,
    author: { userId: "5f0c901c1a3e1d16f8b2e3a1", email: "jane@example.com", name: "Jane" },
    mentionedUsers: [],
    createdOn: "2024-04-03T16:34:23.123Z",
    lastUpdated: "2024-04-03T16:34:23.123Z",
  };
}

const page = (offset: number, count: number, total: number) => ({
  status: 200,
  body: { comments: Array.from({ length: count }, (_, i) => thread(offset + i)), pagination: { limit: 2, offset, total } },
});

describe("iterating a paged list", () => {
  const client = () => createWebflowClient({ token: "tok_paging", baseUrl: server.origin, retry: false });

  it("requests page after page and yields every item once", async () => {
    server.enqueue(page(0, 2, 5), page(2, 2, 5), page(4, 1, 5));
    const seen: string[] = [];
    for await (const item of client().comments.iterateThreads({ site_id: SITE, limit: 2, sortBy: "createdOn", sortOrder: "asc" })) seen.push(item.content);
    expect(seen).toEqual(["comment 0", "comment 1", "comment 2", "comment 3", "comment 4"]);
    expect(server.requests.map((r) => r.path)).toEqual(Array(3).fill(`/sites/${SITE}/comments`));
    expect(server.requests.map((r) => Object.fromEntries(new URLSearchParams(r.search)))).toEqual(
      ["0", "2", "4"].map((offset) => ({ limit: "2", sortBy: "createdOn", sortOrder: "asc", offset })),
    );
  });

  it("starts at params.offset and stops on an empty page even if total says more", async () => {
    server.enqueue(page(3, 1, 10), page(4, 0, 10));
    const seen: string[] = [];
    for await (const item of client().comments.iterateThreads({ site_id: SITE, offset: 3 })) seen.push(item.content);
    expect(seen).toEqual(["comment 3"]);
    expect(server.requests).toHaveLength(2);
  });

  it("sends no further request after the caller breaks out", async () => {
    server.enqueue(page(0, 2, 6), page(2, 2, 6));
    for await (const item of client().comments.iterateThreads({ site_id: SITE })) {
      expect(item.content).toBe("comment 0");
      break;
    }
    expect(server.requests).toHaveLength(1);
    expect(server.pending()).toBe(1);
  });

  it("throws the list call's typed error", async () => {
    server.enqueue({ status: 404, body: { code: "resource_not_found", message: "no site", externalReference: null, details: [] } });
    const iterate = async () => {
      for await (const _ of client().comments.iterateThreads({ site_id: SITE })) void _;
    };
    await expect(iterate()).rejects.toBeInstanceOf(NotFoundError);
  });
});

// ---------------------------------------------------------------------------------------------
// Every paged list: its iterator walks every page of a server that honours offset and limit
// ---------------------------------------------------------------------------------------------

const SPEC = loadOperations("webflow-v2.yaml");
const PAGED_IN_SPEC = pagedOperations(await dereferencedSpec("spec/webflow-v2.yaml")).map((op) => op.id);

const WORKSPACE = "580e63fc8c9a982ac9b8b744";
const PAGE = "63c720f9347c2139b248e552";
const COMPONENT = "5ea0b1b8-d6c6-2b04-4f31-6c9f3c7e9a12";
const COLLECTION = "580e63fc8c9a982ac9b8b745";
const FORM = "6321ca84df3949bfc6752327";

type Client = ReturnType<typeof createWebflowClient>;
type Limit = { limit: number };

interface PagedCase {
  operationId: string;
  /** The array of the list body the iterator yields from. */
  itemsProperty: string;
  iterate: (c: Client, page: Limit) => AsyncIterable<unknown>;
  /** Expected request path, written out. */
  path: string;
}

const paged = (operationId: string, itemsProperty: string, iterate: PagedCase["iterate"], path: string): PagedCase => ({ operationId, itemsProperty, iterate, path });

const PAGED: PagedCase[] = [
  paged("listSiteActivityLogs", "items", (c, p) => c.sites.iterateActivityLogs({ site_id: SITE, ...p }), `/sites/${SITE}/activity_logs`),
  paged("listWorkspaceAuditLogs", "items", (c, p) => c.workspaces.iterateAuditLogs({ workspace_id_or_slug: WORKSPACE, ...p }), `/workspaces/${WORKSPACE}/audit_logs`),
  paged("listPages", "pages", (c, p) => c.pages.iterate({ site_id: SITE, ...p }), `/sites/${SITE}/pages`),
  paged("getPageContent", "nodes", (c, p) => c.pages.iterateContent({ page_id: PAGE, ...p }), `/pages/${PAGE}/dom`),
  paged("listComponents", "components", (c, p) => c.components.iterate({ site_id: SITE, ...p }), `/sites/${SITE}/components`),
  paged("getComponentContent", "nodes", (c, p) => c.components.iterateContent({ site_id: SITE, component_id: COMPONENT, ...p }), `/sites/${SITE}/components/${COMPONENT}/dom`),
  paged("getComponentProperties", "properties", (c, p) => c.components.iterateProperties({ site_id: SITE, component_id: COMPONENT, ...p }), `/sites/${SITE}/components/${COMPONENT}/properties`),
  paged("listCustomCodeBlocks", "blocks", (c, p) => c.customCode.iterateBlocks({ site_id: SITE, ...p }), `/sites/${SITE}/custom_code/blocks`),
  paged("listCollectionItems", "items", (c, p) => c.items.iterate({ collection_id: COLLECTION, ...p }), `/collections/${COLLECTION}/items`),
  paged("listLiveCollectionItems", "items", (c, p) => c.items.iterateLive({ collection_id: COLLECTION, ...p }), `/collections/${COLLECTION}/items/live`),
  paged("listCommentThreads", "comments", (c, p) => c.comments.iterateThreads({ site_id: SITE, ...p }), `/sites/${SITE}/comments`),
  paged("listCommentReplies", "comments", (c, p) => c.comments.iterateReplies({ site_id: SITE, comment_thread_id: "679a4f4e0a7b6c3b7d4b4e21", ...p }), `/sites/${SITE}/comments/679a4f4e0a7b6c3b7d4b4e21/replies`),
  paged("listAssets", "assets", (c, p) => c.assets.iterate({ site_id: SITE, ...p }), `/sites/${SITE}/assets`),
  paged("listCustomFonts", "customFonts", (c, p) => c.customFonts.iterate({ site_id: SITE, ...p }), `/sites/${SITE}/custom_fonts`),
  paged("listForms", "forms", (c, p) => c.forms.iterate({ site_id: SITE, ...p }), `/sites/${SITE}/forms`),
  paged("listFormSubmissions", "formSubmissions", (c, p) => c.formSubmissions.iterate({ form_id: FORM, ...p }), `/forms/${FORM}/submissions`),
  paged("listFormSubmissionsBySite", "formSubmissions", (c, p) => c.formSubmissions.iterateBySite({ site_id: SITE, ...p }), `/sites/${SITE}/form_submissions`),
  paged("listFormSubmissionsBySiteAndForm", "formSubmissions", (c, p) => c.formSubmissions.iterateBySiteAndForm({ site_id: SITE, form_id: FORM, ...p }), `/sites/${SITE}/forms/${FORM}/submissions`),
  paged("listProducts", "items", (c, p) => c.products.iterate({ site_id: SITE, ...p }), `/sites/${SITE}/products`),
  paged("listOrders", "orders", (c, p) => c.orders.iterate({ site_id: SITE, ...p }), `/sites/${SITE}/orders`),
];

const TOTAL = 5;

/**
 * Serves the list `operationId` from `all`: the spec's example with its items replaced by the slice that
 * `offset` and `limit` select, and `pagination` saying where that slice is.
 */
function pagesOf(example: Record<string, unknown>, itemsProperty: string, all: unknown[]) {
  return (req: RecordedRequest) => {
    const query = new URLSearchParams(req.search);
    const offset = Number(query.get("offset") ?? "0");
    const limit = Number(query.get("limit") ?? "100");
    return {
      status: 200,
      body: { ...example, [itemsProperty]: all.slice(offset, offset + limit), pagination: { limit, offset, total: all.length } },
    };
  };
}

describe("every paged list walks all pages through its iterator", () => {
  const client = () => createWebflowClient({ token: "tok_paging", baseUrl: server.origin, retry: false });

  it("has a row for every list the spec pages, and no other", () => {
    expect(PAGED.map((c) => c.operationId).sort()).toEqual([...PAGED_IN_SPEC].sort());
  });

  it.each(PAGED.map((c) => [c.operationId, c] as const))("%s", async (operationId, { itemsProperty, iterate, path }) => {
    const op = SPEC.get(operationId)!;
    const example = successResponse(op).example as Record<string, unknown>;
    const sample = example[itemsProperty];
    expect(Array.isArray(sample) && sample.length > 0, `${operationId}'s example has no ${itemsProperty}`).toBe(true);
    const all = Array.from({ length: TOTAL }, (_, i) => (sample as unknown[])[i % (sample as unknown[]).length]);
    server.respond(pagesOf(example, itemsProperty, all));

    const seen: unknown[] = [];
    for await (const item of iterate(client(), { limit: 2 })) seen.push(item);

    expect(seen).toStrictEqual(all);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill(`${op.method} ${path}`));
    expect(server.requests.map((r) => Object.fromEntries(new URLSearchParams(r.search)))).toEqual(
      ["0", "2", "4"].map((offset) => ({ offset, limit: "2" })),
    );
  });
});
