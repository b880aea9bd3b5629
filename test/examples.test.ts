/**
 * The programs in examples/, as a user would run them: type-checked and compiled with tsc (their
 * own tsconfig, importing the package only by name through examples/node_modules/webflow-api, a
 * symlink to generated/ this test creates), then each run with node against a server on 127.0.0.1
 * that plays Webflow's API and OAuth endpoints. Every case asserts what the program printed, its
 * exit code and what the server saw, and that no output quotes a token, secret or code.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type RecordedRequest, type ScriptedResponse, type TestServer } from "./e2e/server.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXAMPLES = path.join(ROOT, "examples");
const GENERATED = path.join(ROOT, "generated");
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");
const TMP = path.join(ROOT, "test/.tmp");

const TOKEN = "example-site-token-5d1e8a";
const BAD_TOKEN = "example-revoked-token-0c47";
const NARROW_TOKEN = "example-read-only-token-77b2";
const SITE_ID = "580e63e98c9a982ac9b8b741";
const COLLECTION_ID = "6390c49674ba8dd3c8f5d0d6";
const WEBHOOK_SECRET = "example-webhook-secret-19fa";
const CLIENT_ID = "example-client-id";
const CLIENT_SECRET = "example-client-secret-e03b";
const CODE = "example-code-4411";
const ACCESS_TOKEN = "example-access-token-9c2f";
const SECRETS = [TOKEN, BAD_TOKEN, NARROW_TOKEN, WEBHOOK_SECRET, CLIENT_SECRET, CODE, ACCESS_TOKEN];

/** Makes `<dir>/node_modules/webflow-api` a symlink to generated/. */
function linkPackage(dir: string): void {
  const link = path.join(dir, "node_modules", "webflow-api");
  const target = path.relative(path.dirname(link), GENERATED);
  fs.mkdirSync(path.dirname(link), { recursive: true });
  try {
    if (fs.readlinkSync(link) === target) return;
  } catch {
    // absent or not a link
  }
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(target, link, "dir");
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let out: string;
let server: TestServer;

/** Only what the program is given: no WEBFLOW_* from the environment this test runs in. */
function environment(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "", ...vars };
}

function run(example: string, vars: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(out, `${example}.js`)],
      { cwd: out, env: environment(vars), timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** The repository's tsc with `args`, its messages unstyled. */
function tsc(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, ...args, "--pretty", "false"], { cwd, timeout: 170_000 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
    );
  });
}

/** A long-running example: started, its URL read from "listening on <url>", stopped by the test. */
interface Started {
  url: string;
  output(): string;
  stop(): Promise<void>;
}
const running: ChildProcess[] = [];

function start(example: string, vars: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [path.join(out, `${example}.js`)], {
    cwd: out,
    env: environment({ PORT: "0", ...vars }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${example} did not start: ${stdout}${stderr}`)), 20_000);
    child.once("exit", (code) => reject(new Error(`${example} exited with ${code}: ${stdout}${stderr}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const m = /listening on (\S+)/.exec(stdout);
      if (m === null) return;
      clearTimeout(timer);
      resolve({
        url: m[1] ?? "",
        output: () => stdout + stderr,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill();
          }),
      });
    });
  });
}

/** Polls until the example has printed `count` lines (its handler logs after answering). */
async function lines(started: Started, count: number): Promise<string[]> {
  for (let i = 0; i < 200; i++) {
    const all = started.output().trimEnd().split("\n");
    if (all.length >= count) return all;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return started.output().trimEnd().split("\n");
}

function expectNoSecrets(...texts: string[]): void {
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

const seen = () => server.requests.map((r) => `${r.method} ${r.url}`);
const bearer = (r: RecordedRequest | undefined) => r?.headers.authorization;

const item = (n: number, draft = false) => ({
  id: `6390c49774ba8d8b3ef5d${String(n).padStart(3, "0")}`,
  cmsLocaleId: null,
  lastPublished: null,
  lastUpdated: "2024-03-01T10:00:00.000Z",
  createdOn: "2024-03-01T10:00:00.000Z",
  isArchived: false,
  isDraft: draft,
  fieldData: { name: `Post ${n}`, slug: `post-${n}` },
});
const ITEMS = [item(1), item(2), item(3, true), item(4), item(5)];

const introspection = (scope: string) => ({
  authorization: { id: "55818d58616600637b9a5786", grantType: "authorization_code", rateLimit: 60, scope },
});

/** Webflow, as far as the examples need it. */
function webflow(r: RecordedRequest): ScriptedResponse | undefined {
  const auth = r.headers.authorization;
  if (auth === `Bearer ${BAD_TOKEN}`) {
    return { status: 401, body: { code: "not_authorized", message: "Request not authorized", externalReference: null, details: [] } };
  }
  const query = new URLSearchParams(r.search);
  const route = `${r.method} ${r.path}`;
  if (route === "GET /v2/sites") {
    return {
      status: 200,
      body: {
        sites: [
          { id: SITE_ID, displayName: "Sample Site", shortName: "sample-site" },
          { id: "62f3b1e8a0b4d1f7c1a2b3c4", displayName: "Blog", shortName: "blog-site" },
        ],
      },
    };
  }
  if (route === `GET /v2/collections/${COLLECTION_ID}/items`) {
    const offset = Number(query.get("offset") ?? "0");
    const limit = Number(query.get("limit") ?? "100");
    return { status: 200, body: { items: ITEMS.slice(offset, offset + limit), pagination: { limit, offset, total: ITEMS.length } } };
  }
  if (route === "GET /v2/token/introspect") {
    return { status: 200, body: introspection(auth === `Bearer ${NARROW_TOKEN}` ? "sites:read" : "sites:read,sites:write,cms:read") };
  }
  if (route === `GET /v2/sites/${SITE_ID}/custom_domains`) {
    return { status: 200, body: { customDomains: [{ id: "589a331aa51e760df7ccb89d", url: "example.com", lastPublished: null }] } };
  }
  if (route === `POST /v2/sites/${SITE_ID}/publish`) {
    return {
      status: 200,
      body: { customDomains: [{ id: "589a331aa51e760df7ccb89d", url: "example.com", lastPublished: null }], publishToWebflowSubdomain: true },
    };
  }
  if (route === "GET /v2/token/authorized_by") {
    return { status: 200, body: { id: "545bbecb7bdd6769632504a7", email: "ada@example.com", firstName: "Ada", lastName: "Lovelace" } };
  }
  if (route === "POST /oauth/access_token") {
    const body = r.body as Record<string, unknown> | undefined;
    if (body?.["code"] !== CODE || body["client_secret"] !== CLIENT_SECRET) {
      return { status: 400, body: { error: "invalid_grant", error_description: "The code is not valid" } };
    }
    return { status: 200, body: { access_token: ACCESS_TOKEN, token_type: "bearer" } };
  }
  return undefined;
}

beforeAll(async () => {
  linkPackage(EXAMPLES);
  fs.mkdirSync(TMP, { recursive: true });
  out = fs.mkdtempSync(path.join(TMP, "examples-"));
  // The compiled programs resolve "webflow-api" as an installed package, from their own folder.
  fs.writeFileSync(path.join(out, "package.json"), JSON.stringify({ type: "module", private: true }));
  linkPackage(out);
  server = await startTestServer();
}, 120_000);

afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill();
  await server?.close();
  if (out !== undefined) fs.rmSync(out, { recursive: true, force: true });
});

beforeEach(() => {
  server.reset();
  server.respond(webflow);
});
afterEach(() => {
  for (const child of running) if (child.exitCode === null) child.kill();
});

describe("examples/", () => {
  it("are at least five programs that import the package by name and take the base URL from the environment", () => {
    const programs = fs.readdirSync(EXAMPLES).filter((name) => name.endsWith(".ts"));
    expect(programs.sort()).toEqual(["cms-items.ts", "list-sites.ts", "oauth-flow.ts", "publish-site.ts", "webhook-server.ts"]);
    for (const name of programs) {
      const text = fs.readFileSync(path.join(EXAMPLES, name), "utf8");
      const imports = [...text.matchAll(/\bfrom\s+"([^"]+)"/g)].map((m) => m[1]);
      expect(imports.filter((spec) => !spec?.startsWith("node:")), name).toEqual(["webflow-api"]);
      if (name !== "webhook-server.ts") expect(text, name).toContain("process.env.WEBFLOW_API_URL");
    }
  });

  it("type-check and compile under their own tsconfig", { timeout: 180_000 }, async () => {
    const result = await tsc(["-p", path.join(EXAMPLES, "tsconfig.json"), "--outDir", out], ROOT);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(fs.readdirSync(out).filter((name) => name.endsWith(".js")).sort()).toEqual([
      "cms-items.js",
      "list-sites.js",
      "oauth-flow.js",
      "publish-site.js",
      "webhook-server.js",
    ]);
  });

  it("the README's complete programs (its ts blocks that import the package) type-check under the same settings", { timeout: 180_000 }, async () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const programs = [...readme.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((code) => /^import [^;]* from "webflow-api";$/m.test(code));
    expect(programs.length).toBeGreaterThan(0);
    const dir = path.join(TMP, "readme-programs");
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    linkPackage(dir);
    programs.forEach((code, i) => fs.writeFileSync(path.join(dir, `program-${i + 1}.mts`), code));
    const tsconfig = { extends: path.join(EXAMPLES, "tsconfig.json"), compilerOptions: { noEmit: true, rootDir: "." }, include: ["*.mts"] };
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const result = await tsc(["-p", path.join(dir, "tsconfig.json")], dir);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  describe("run against 127.0.0.1", () => {
    const api = () => `${server.origin}/v2`;

    it("list-sites prints every site, and a refused token as an error without the token", async () => {
      const ok = await run("list-sites", { WEBFLOW_TOKEN: TOKEN, WEBFLOW_API_URL: api() });
      expect(ok).toEqual({
        code: 0,
        stdout: `${SITE_ID}  Sample Site  sample-site.webflow.io\n62f3b1e8a0b4d1f7c1a2b3c4  Blog  blog-site.webflow.io\n2 sites\n`,
        stderr: "",
      });
      expect(seen()).toEqual(["GET /v2/sites"]);
      expect(bearer(server.requests[0])).toBe(`Bearer ${TOKEN}`);

      const refused = await run("list-sites", { WEBFLOW_TOKEN: BAD_TOKEN, WEBFLOW_API_URL: api() });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toMatch(/^GET \/v2\/sites failed with 401 .*Request not authorized/);
      expectNoSecrets(ok.stdout, refused.stdout, refused.stderr);

      const missing = await run("list-sites", { WEBFLOW_API_URL: api() });
      expect(missing).toEqual({ code: 2, stdout: "", stderr: "Set WEBFLOW_TOKEN to a site or workspace token, or an OAuth access token.\n" });
    });

    it("cms-items walks every page of the collection", async () => {
      const result = await run("cms-items", {
        WEBFLOW_TOKEN: TOKEN,
        WEBFLOW_API_URL: api(),
        WEBFLOW_COLLECTION_ID: COLLECTION_ID,
        WEBFLOW_PAGE_SIZE: "2",
      });
      expect(result).toEqual({
        code: 0,
        stdout: "post-1: Post 1\npost-2: Post 2\npost-3: Post 3 (draft)\npost-4: Post 4\npost-5: Post 5\n5 items, 1 drafts\n",
        stderr: "",
      });
      expect(seen()).toEqual([0, 2, 4].map((offset) => `GET /v2/collections/${COLLECTION_ID}/items?offset=${offset}&limit=2`));
    });

    it("publish-site checks the token's scopes, then publishes to the subdomain and every custom domain", async () => {
      const result = await run("publish-site", { WEBFLOW_TOKEN: TOKEN, WEBFLOW_API_URL: api(), WEBFLOW_SITE_ID: SITE_ID });
      expect(result).toEqual({ code: 0, stdout: `published ${SITE_ID} to the webflow.io subdomain, example.com\n`, stderr: "" });
      expect(seen()).toEqual([
        "GET /v2/token/introspect",
        `GET /v2/sites/${SITE_ID}/custom_domains`,
        `POST /v2/sites/${SITE_ID}/publish`,
      ]);
      expect(server.requests[2]?.body).toEqual({ customDomains: ["589a331aa51e760df7ccb89d"], publishToWebflowSubdomain: true });
    });

    it("publish-site stops before publishing when the token lacks sites:write", async () => {
      const result = await run("publish-site", { WEBFLOW_TOKEN: NARROW_TOKEN, WEBFLOW_API_URL: api(), WEBFLOW_SITE_ID: SITE_ID });
      expect(result).toEqual({ code: 1, stdout: "", stderr: "the token lacks sites:write\n" });
      expect(seen()).toEqual(["GET /v2/token/introspect"]);
    });

    it("publish-site reports Webflow's once-a-minute publish limit with its Retry-After", async () => {
      server.respond((r) =>
        r.method === "POST"
          ? {
              status: 429,
              headers: { "Retry-After": "90" },
              body: { code: "too_many_requests", message: "Too many requests", externalReference: null, details: [] },
            }
          : webflow(r),
      );
      const result = await run("publish-site", { WEBFLOW_TOKEN: TOKEN, WEBFLOW_API_URL: api(), WEBFLOW_SITE_ID: SITE_ID });
      expect(result).toEqual({ code: 1, stdout: "", stderr: "published too recently; try again in 90 s\n" });
      // A Retry-After longer than the client waits is not retried early: one POST.
      expect(seen().filter((line) => line.startsWith("POST"))).toEqual([`POST /v2/sites/${SITE_ID}/publish`]);
    });

    it("webhook-server accepts a signed delivery and rejects forged, stale and unsigned ones", async () => {
      const app = await start("webhook-server", { WEBFLOW_WEBHOOK_SECRET: WEBHOOK_SECRET });
      expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhooks$/);
      const deliver = async (body: string, timestamp: number, secret = WEBHOOK_SECRET) => {
        const signature = createHmac("sha256", secret).update(`${timestamp}:${body}`).digest("hex");
        const res = await fetch(app.url, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Webflow-Timestamp": String(timestamp), "X-Webflow-Signature": signature },
          body,
        });
        return `${res.status} ${await res.text()}`;
      };
      const form = JSON.stringify({
        triggerType: "form_submission",
        payload: { name: "Contact Form", siteId: SITE_ID, data: { Email: "ada@example.com" }, submittedAt: "2024-03-01T10:00:00.000Z" },
      });
      expect(await deliver(form, Date.now())).toBe("200 ok");
      expect(await deliver(JSON.stringify({ triggerType: "site_publish", payload: {} }), Date.now())).toBe("200 ok");
      expect(await deliver(form, Date.now(), "someone-elses-secret")).toBe("400 rejected");
      expect(await deliver(form, Date.now() - 10 * 60_000)).toBe("400 rejected");
      const unsigned = await fetch(app.url, { method: "POST", body: form });
      expect(unsigned.status).toBe(400);
      expect((await fetch(app.url.replace("/webhooks", "/other"), { method: "POST", body: form })).status).toBe(404);
      expect(await lines(app, 6)).toEqual([
        `listening on ${app.url}`,
        'form "Contact Form" submitted: {"Email":"ada@example.com"}',
        "site_publish received",
        "rejected: webhook rejected: signature does not match",
        "rejected: webhook rejected: timestamp is outside the allowed window (possible replay)",
        "rejected: webhook rejected: missing or malformed x-webflow-timestamp header",
      ]);
      await app.stop();
      expectNoSecrets(app.output());
      expect(server.requests).toEqual([]);
    });

    it("oauth-flow sends the user to Webflow with the scopes it needs, then exchanges the code and uses the token", async () => {
      const authorize = "https://webflow.example/oauth/authorize";
      const app = await start("oauth-flow", {
        WEBFLOW_CLIENT_ID: CLIENT_ID,
        WEBFLOW_CLIENT_SECRET: CLIENT_SECRET,
        WEBFLOW_API_URL: api(),
        WEBFLOW_OAUTH_AUTHORIZE_URL: authorize,
        WEBFLOW_OAUTH_TOKEN_URL: `${server.origin}/oauth/access_token`,
      });
      const origin = app.url.replace(/\/$/, "");
      const login = await fetch(`${origin}/`, { redirect: "manual" });
      expect(login.status).toBe(302);
      const location = new URL(login.headers.get("location") ?? "");
      expect(`${location.origin}${location.pathname}`).toBe(authorize);
      const state = location.searchParams.get("state") ?? "";
      expect(state).toMatch(/^[0-9a-f]{32}$/);
      expect(Object.fromEntries(location.searchParams)).toEqual({
        response_type: "code",
        client_id: CLIENT_ID,
        redirect_uri: `${origin}/callback`,
        scope: "authorized_user:read sites:read",
        state,
      });

      // Webflow redirects back with a code; a forged state is turned away before any exchange.
      const forged = await fetch(`${origin}/callback?code=${CODE}&state=forged`);
      expect(forged.status).toBe(400);
      expect(server.requests).toEqual([]);
      const callback = await fetch(`${origin}/callback?code=${CODE}&state=${state}`);
      expect(`${callback.status} ${await callback.text()}`).toBe("200 Hello Ada: 2 sites connected.");
      // The state is used up.
      expect((await fetch(`${origin}/callback?code=${CODE}&state=${state}`)).status).toBe(400);

      expect(seen()).toEqual(["POST /oauth/access_token", "GET /v2/token/authorized_by", "GET /v2/sites"]);
      expect(server.requests[0]?.body).toEqual({
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        code: CODE,
        grant_type: "authorization_code",
        redirect_uri: `${origin}/callback`,
      });
      expect(server.requests.slice(1).map(bearer)).toEqual([`Bearer ${ACCESS_TOKEN}`, `Bearer ${ACCESS_TOKEN}`]);

      // A code the token endpoint refuses: a clear failure that quotes neither secret nor code.
      const again = await fetch(`${origin}/`, { redirect: "manual" });
      const state2 = new URL(again.headers.get("location") ?? "").searchParams.get("state") ?? "";
      const refused = await fetch(`${origin}/callback?code=not-the-code&state=${state2}`);
      expect(refused.status).toBe(502);
      expect(await lines(app, 3)).toEqual([
        `listening on ${app.url}`,
        "authorized by ada@example.com: 2 sites",
        "authorization failed: OAuth token exchange failed with 400: invalid_grant: The code is not valid",
      ]);
      await app.stop();
      expectNoSecrets(app.output());
    });
  });
});
