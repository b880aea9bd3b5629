/**
 * Lists the sites a token can reach.
 *
 *   WEBFLOW_TOKEN=... npx tsx list-sites.ts
 *
 * WEBFLOW_API_URL overrides the API's base URL (a proxy, a test server).
 */
import { createWebflowClient, WebflowError } from "webflow-api";

const token = process.env.WEBFLOW_TOKEN;
if (!token) {
  console.error("Set WEBFLOW_TOKEN to a site or workspace token, or an OAuth access token.");
  process.exit(2);
}

// The token only needs sites:read: the client's type offers nothing else (client.sites.publish
// would not compile), and a call that needs more is refused before it is sent.
const client = createWebflowClient({ token, baseUrl: process.env.WEBFLOW_API_URL, scopes: ["sites:read"] });

try {
  const { sites = [] } = await client.sites.list();
  for (const site of sites) {
    console.log(`${site.id}  ${site.displayName ?? "(no name)"}  ${site.shortName ?? ""}.webflow.io`);
  }
  console.log(`${sites.length} site${sites.length === 1 ? "" : "s"}`);
} catch (error) {
  // Every failure of the client is a WebflowError with a message fit to print (no token in it).
  if (!(error instanceof WebflowError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
