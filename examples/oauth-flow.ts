/**
 * The OAuth code flow of a Data Client app, with node:http: "/" sends the user to Webflow to grant
 * the scopes the app needs, "/callback" exchanges the code Webflow sends back for an access token
 * and uses it.
 *
 *   WEBFLOW_CLIENT_ID=... WEBFLOW_CLIENT_SECRET=... PORT=3000 npx tsx oauth-flow.ts
 *
 * The app's redirect URI must be http://127.0.0.1:<PORT>/callback (or set WEBFLOW_REDIRECT_URI).
 * WEBFLOW_API_URL, WEBFLOW_OAUTH_AUTHORIZE_URL and WEBFLOW_OAUTH_TOKEN_URL override Webflow's URLs.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  authorizeUrl,
  createWebflowClient,
  exchangeCode,
  OAUTH_AUTHORIZATION_URL,
  OAUTH_TOKEN_URL,
  scopesFor,
  WebflowError,
} from "webflow-api";

const clientId = process.env.WEBFLOW_CLIENT_ID;
const clientSecret = process.env.WEBFLOW_CLIENT_SECRET;
if (!clientId || !clientSecret) {
  console.error("Set WEBFLOW_CLIENT_ID and WEBFLOW_CLIENT_SECRET.");
  process.exit(2);
}

// Exactly the scopes the operations this app calls need, from the spec.
const scopes = scopesFor("getAuthorizedUser", "listSites");
// One state per login attempt, checked on the way back (against cross-site request forgery).
const pending = new Set<string>();
let redirectUri = process.env.WEBFLOW_REDIRECT_URI ?? "";

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", redirectUri);
  if (url.pathname === "/") {
    const state = randomBytes(16).toString("hex");
    pending.add(state);
    const location = authorizeUrl({
      authorizationUrl: process.env.WEBFLOW_OAUTH_AUTHORIZE_URL ?? OAUTH_AUTHORIZATION_URL,
      clientId,
      scopes,
      redirectUri,
      state,
    });
    res.writeHead(302, { Location: location }).end();
    return;
  }
  if (url.pathname !== "/callback") {
    res.writeHead(404).end();
    return;
  }
  const code = url.searchParams.get("code");
  const state = url.searchParams.get("state") ?? "";
  if (!code || !pending.delete(state)) {
    res.writeHead(400, { "Content-Type": "text/plain" }).end("unknown or used state; start again at /");
    return;
  }
  try {
    const { access_token } = await exchangeCode({
      tokenUrl: process.env.WEBFLOW_OAUTH_TOKEN_URL ?? OAUTH_TOKEN_URL,
      clientId,
      clientSecret,
      code,
      redirectUri,
    });
    // Store access_token for the user (it does not expire until revoked); never log it.
    const client = createWebflowClient({ token: access_token, baseUrl: process.env.WEBFLOW_API_URL, scopes });
    const user = await client.token.getAuthorizedUser();
    const { sites = [] } = await client.sites.list();
    console.log(`authorized by ${user.email ?? "(no email)"}: ${sites.length} sites`);
    res.writeHead(200, { "Content-Type": "text/plain" }).end(`Hello ${user.firstName ?? ""}: ${sites.length} sites connected.`);
  } catch (error) {
    if (!(error instanceof WebflowError)) throw error;
    // WebflowOAuthError and the API errors quote neither the secret, the code nor the token.
    console.log(`authorization failed: ${error.message}`);
    res.writeHead(502, { "Content-Type": "text/plain" }).end("authorization failed");
  }
});

server.listen(Number(process.env.PORT ?? "3000"), "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  redirectUri ||= `http://127.0.0.1:${port}/callback`;
  console.log(`listening on http://127.0.0.1:${port}/`);
});
