/**
 * Publishes a site to its Webflow subdomain and every custom domain.
 *
 *   WEBFLOW_TOKEN=... WEBFLOW_SITE_ID=... npx tsx publish-site.ts
 *
 * WEBFLOW_API_URL overrides the API's base URL.
 */
import { createWebflowClient, MissingScopesError, TooManyRequestsError, WebflowError } from "webflow-api";

const token = process.env.WEBFLOW_TOKEN;
const siteId = process.env.WEBFLOW_SITE_ID;
if (!token || !siteId) {
  console.error("Set WEBFLOW_TOKEN and WEBFLOW_SITE_ID.");
  process.exit(2);
}

const client = createWebflowClient({
  token,
  baseUrl: process.env.WEBFLOW_API_URL,
  scopes: ["sites:read", "sites:write"],
});

try {
  // Asks the API once which scopes the token holds: a token without sites:write fails here, by
  // name, rather than half-way through.
  await client.checkScopes();
  const { customDomains = [] } = await client.sites.getCustomDomains({ site_id: siteId });
  const published = await client.sites.publish({
    site_id: siteId,
    body: { customDomains: customDomains.map((domain) => domain.id), publishToWebflowSubdomain: true },
  });
  const domains = (published.customDomains ?? []).map((domain) => domain.url ?? domain.id);
  console.log(`published ${siteId} to ${["the webflow.io subdomain", ...domains].join(", ")}`);
} catch (error) {
  if (error instanceof MissingScopesError) {
    console.error(`the token lacks ${error.missingScopes.join(", ")}`);
  } else if (error instanceof TooManyRequestsError) {
    // Webflow allows one publish per site per minute.
    console.error(`published too recently; try again in ${error.retryAfter ?? 60} s`);
  } else if (error instanceof WebflowError) {
    console.error(error.message);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
