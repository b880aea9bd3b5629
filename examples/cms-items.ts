/**
 * Walks every item of a CMS collection, page by page, with the iterator the client has for each
 * paged list.
 *
 *   WEBFLOW_TOKEN=... WEBFLOW_COLLECTION_ID=... npx tsx cms-items.ts
 *
 * WEBFLOW_API_URL overrides the API's base URL; WEBFLOW_PAGE_SIZE the items per request (max 100).
 */
import { createWebflowClient, WebflowError } from "webflow-api";

const token = process.env.WEBFLOW_TOKEN;
const collectionId = process.env.WEBFLOW_COLLECTION_ID;
if (!token || !collectionId) {
  console.error("Set WEBFLOW_TOKEN and WEBFLOW_COLLECTION_ID.");
  process.exit(2);
}

const client = createWebflowClient({ token, baseUrl: process.env.WEBFLOW_API_URL, scopes: ["cms:read"] });
const limit = Number(process.env.WEBFLOW_PAGE_SIZE ?? "100");

try {
  let count = 0;
  let drafts = 0;
  // One request per page (offset 0, limit, 2 * limit, ...) until pagination.total is reached;
  // breaking out of the loop sends no further request.
  for await (const item of client.items.iterate({ collection_id: collectionId, limit })) {
    count++;
    if (item.isDraft) drafts++;
    console.log(`${item.fieldData.slug}: ${item.fieldData.name}${item.isDraft ? " (draft)" : ""}`);
  }
  console.log(`${count} items, ${drafts} drafts`);
} catch (error) {
  if (!(error instanceof WebflowError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
