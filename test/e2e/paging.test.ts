import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createWebflowClient, NotFoundError } from "../../generated/src/index.js";
import { startTestServer, type TestServer } from "./server.js";

const SITE = "580e63e98c9a982ac9b8b741";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

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
