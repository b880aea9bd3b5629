/**
 * The generated package as a separate project sees it. test/consumer/ is a stand-alone
 * TypeScript project that imports only "webflow-api", "webflow-api/v1" and "webflow-api/v2",
 * resolved through test/consumer/node_modules/webflow-api, a symlink to generated/ that this
 * test creates (no npm install). So the package's exports map, its published .d.ts and its
 * compiled dist/ are what gets exercised, never generated/src.
 *
 *  (a) the consumer project type-checks and builds, under strict settings with skipLibCheck off;
 *  (b) each of its `@ts-expect-error` lines is a real error, of the code its comment names;
 *  (c) no `any` reaches the public types (probe/no-any.ts);
 *  (d) the built consumer runs under node against a 127.0.0.1 server.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CONSUMER = path.join(ROOT, "test/consumer");
const CONSUMER_SRC = path.join(CONSUMER, "src");
const GENERATED = path.join(ROOT, "generated");
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");
const TMP = path.join(ROOT, "test/.tmp");
const PACKAGE_NAME = "webflow-api";
const MIN_EXPECTED_ERRORS = 12;

interface Diagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

interface TscRun {
  exitCode: number;
  output: string;
  diagnostics: Diagnostic[];
}

interface Expectation {
  file: string;
  /** 1-based line the error must start on: the line after the directive. */
  line: number;
  code: string;
  reason: string;
}

function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Asynchronous on purpose: step (d)'s server lives in this process and must keep answering.
    execFile(
      command,
      args,
      { cwd: ROOT, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024, timeout: 200_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ exitCode: code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

async function tsc(args: string[]): Promise<TscRun> {
  const { exitCode, stdout, stderr } = await run(process.execPath, [
    TSC,
    ...args,
    "--pretty",
    "false",
  ]);
  const output = stdout + stderr;
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split("\n")) {
    const m = DIAGNOSTIC.exec(line);
    if (m === null) continue;
    diagnostics.push({
      file: path.resolve(ROOT, m[1] ?? ""),
      line: Number(m[2]),
      code: m[4] ?? "",
      message: m[5] ?? "",
    });
  }
  return { exitCode, output, diagnostics };
}

/**
 * Makes `<dir>/node_modules/webflow-api` a relative symlink to generated/, replacing whatever
 * was there (a stale link, or a copy from an `npm install` of test/consumer).
 */
function linkPackage(dir: string): void {
  const link = path.join(dir, "node_modules", PACKAGE_NAME);
  const target = path.relative(path.dirname(link), GENERATED);
  let current: string | undefined;
  try {
    current = fs.lstatSync(link).isSymbolicLink() ? fs.readlinkSync(link) : "(not a symlink)";
  } catch {
    current = undefined;
  }
  if (current === target) return;
  if (current !== undefined) fs.rmSync(link, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(target, link, "dir");
}

const tempDirs: string[] = [];
function tempDir(label: string): string {
  fs.mkdirSync(TMP, { recursive: true });
  const dir = fs.mkdtempSync(path.join(TMP, `consumer-${label}-`));
  tempDirs.push(dir);
  return dir;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(dir, name))
    .sort();
}

const DIRECTIVE = /^(\s*)\/\/ @ts-expect-error\b(.*)$/;
/** What TypeScript itself takes for a directive: at the start of a `//` line or of a block-comment line. */
const ANY_DIRECTIVE = /^\s*(?:\/\/\/?|\/\*+|\*+)?\s*@ts-(?:expect-error|ignore|nocheck)\b/;

/** Every `@ts-expect-error` in `files`, with the code its comment names. */
function expectations(files: string[]): Expectation[] {
  const found: Expectation[] = [];
  for (const file of files) {
    const lines = fs.readFileSync(file, "utf8").split("\n");
    lines.forEach((text, index) => {
      const at = `${path.relative(ROOT, file)}:${index + 1}`;
      const m = DIRECTIVE.exec(text);
      if (m === null) {
        // Anything else TypeScript would honour (@ts-ignore, a block-comment directive) could
        // hide an error this test does not know about.
        if (ANY_DIRECTIVE.test(text))
          throw new Error(`${at}: use "// @ts-expect-error TSnnnn -- why" on its own line`);
        return;
      }
      const rest = m[2] ?? "";
      const code = /^\s*(TS\d+)\b/.exec(rest)?.[1];
      if (code === undefined)
        throw new Error(`${at}: name the expected code, e.g. "// @ts-expect-error TS2322 -- why"`);
      found.push({ file, line: index + 2, code, reason: rest.replace(/^\s*TS\d+\s*(--)?\s*/, "") });
    });
  }
  return found;
}

function where(d: { file: string; line: number }): string {
  return `${path.relative(ROOT, d.file)}:${d.line}`;
}

beforeAll(() => {
  if (!fs.existsSync(path.join(GENERATED, "dist/index.d.ts"))) {
    throw new Error("generated/dist is missing: run `npm run generate` first");
  }
  linkPackage(CONSUMER);
});

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// Each step is one tsc run of several seconds; they are independent, so they run side by side.
const STEP_TIMEOUT = 240_000;

describe.concurrent("consumer project (test/consumer)", () => {
  it(
    "(a) type-checks and builds against the package's published types, importing only by package name",
    { timeout: STEP_TIMEOUT },
    async ({ expect }) => {
      // The sources must reach the package only through its name, as an application would.
      const allowed = new Set([PACKAGE_NAME, `${PACKAGE_NAME}/v1`, `${PACKAGE_NAME}/v2`]);
      const files = [...sourceFiles(CONSUMER_SRC), ...sourceFiles(path.join(CONSUMER, "probe"))];
      const badImports: string[] = [];
      for (const file of files) {
        const text = fs.readFileSync(file, "utf8");
        for (const m of text.matchAll(/\bfrom\s+"([^"]+)"|\bimport\s*\(\s*"([^"]+)"\s*\)/g)) {
          const spec = m[1] ?? m[2] ?? "";
          const ok =
            allowed.has(spec) ||
            (spec.startsWith("./") && !spec.includes("..")) ||
            spec === "../src/type-assert.js" ||
            spec.startsWith("node:");
          if (!ok) badImports.push(`${path.relative(ROOT, file)}: "${spec}"`);
        }
      }
      expect(badImports).toEqual([]);

      const outDir = tempDir("build");
      const result = await tsc([
        "-p",
        path.join(CONSUMER, "tsconfig.json"),
        "--outDir",
        outDir,
        "--listFiles",
      ]);
      expect(result.diagnostics.map((d) => `${where(d)} ${d.code} ${d.message}`)).toEqual([]);
      expect(result.output).not.toMatch(/error TS\d+/);
      expect(result.exitCode).toBe(0);

      // The package's types came from its exports map (dist/*.d.ts), never from its TypeScript sources.
      const listed = result.output
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .map((line) => fs.realpathSync(line));
      for (const entry of ["dist/index.d.ts", "dist/v1/index.d.ts", "dist/v2/index.d.ts"]) {
        expect(listed).toContain(path.join(GENERATED, entry));
      }
      expect(listed.filter((file) => file.startsWith(path.join(GENERATED, "src")))).toEqual([]);
      expect(fs.existsSync(path.join(outDir, "run.js"))).toBe(true);
    },
  );

  it(
    "(b) every @ts-expect-error line is a real error of the code it names",
    { timeout: STEP_TIMEOUT },
    async ({ expect }) => {
      const files = sourceFiles(CONSUMER_SRC);
      const expected = expectations(files);
      expect(expected.length).toBeGreaterThanOrEqual(MIN_EXPECTED_ERRORS);

      // Copy the sources with the directives neutralised; line numbers stay the same.
      const dir = tempDir("strip");
      for (const file of files) {
        const copy = path.join(dir, "src", path.relative(CONSUMER_SRC, file));
        fs.mkdirSync(path.dirname(copy), { recursive: true });
        const text = fs
          .readFileSync(file, "utf8")
          .split("\n")
          .map((line) => line.replace(DIRECTIVE, "$1// (expectation removed)$2"))
          .join("\n");
        expect(text.split("\n").filter((line) => ANY_DIRECTIVE.test(line))).toEqual([]);
        fs.writeFileSync(copy, text);
      }
      linkPackage(dir);
      fs.writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({
          extends: path.relative(dir, path.join(CONSUMER, "tsconfig.json")),
          compilerOptions: { noEmit: true, rootDir: "src" },
          include: ["src/**/*.ts"],
        }),
      );
      const result = await tsc(["-p", path.join(dir, "tsconfig.json")]);
      expect(result.exitCode).not.toBe(0);

      const toCopy = (e: Expectation): Expectation => ({
        ...e,
        file: path.join(dir, "src", path.relative(CONSUMER_SRC, e.file)),
      });
      const byLine = new Map<string, Diagnostic[]>();
      for (const d of result.diagnostics) {
        const key = where(d);
        byLine.set(key, [...(byLine.get(key) ?? []), d]);
      }
      // Each directive's line errs, with the named code...
      const unmet: string[] = [];
      for (const e of expected) {
        const found = byLine.get(where(toCopy(e))) ?? [];
        if (!found.some((d) => d.code === e.code)) {
          const got =
            found.length === 0 ? "no error" : found.map((d) => `${d.code} ${d.message}`).join("; ");
          unmet.push(`${where(e)} expected ${e.code} (${e.reason}), got ${got}`);
        }
      }
      expect(unmet).toEqual([]);
      // ...and nothing else does, so the count of errors is the count of directives.
      const expectedLines = new Set(expected.map((e) => where(toCopy(e))));
      const stray = result.diagnostics.filter((d) => !expectedLines.has(where(d)));
      expect(stray.map((d) => `${where(d)} ${d.code} ${d.message}`)).toEqual([]);
      expect(new Set(result.diagnostics.map(where)).size).toBe(expected.length);
    },
  );

  it(
    "(c) no `any` leaks into the package's public types",
    { timeout: STEP_TIMEOUT },
    async ({ expect }) => {
      const probe = path.join(CONSUMER, "probe/no-any.ts");
      const text = fs.readFileSync(probe, "utf8");
      // The probe walks every entry point and checks a named list; keep it from being hollowed out.
      for (const needle of [
        'AnyPaths<typeof Root, "webflow-api">',
        'AnyPaths<typeof V1, "webflow-api/v1">',
        'AnyPaths<typeof V2, "webflow-api/v2">',
        "Root.Site",
        "Root.CommentThread",
        "Root.GetSiteResult",
        "Root.ListCommentThreadsParams",
        "Root.WebflowApiError",
        "Root.validateSite",
        '_detectsAny = Expect<Equal<AnyPaths<{ a: { b: any[] } }>, "$.a.b[]">>',
      ]) {
        expect(text).toContain(needle);
      }
      expect((text.match(/Expect<Not<IsAny</g) ?? []).length).toBeGreaterThanOrEqual(30);

      const result = await tsc(["-p", path.join(CONSUMER, "tsconfig.probe.json")]);
      // A leak shows up as `Type '"webflow-api.createWebflowClient().sites.get():await.x"' does not satisfy ...`.
      expect(result.diagnostics.map((d) => `${where(d)} ${d.code} ${d.message}`)).toEqual([]);
      expect(result.output.trim()).toBe("");
      expect(result.exitCode).toBe(0);
    },
  );

  describe("(d) runtime", () => {
    const TOKEN = "consumer-test-token-7f3a";
    const SITE_ID = "580e63e98c9a982ac9b8b741";
    interface Seen {
      method: string;
      url: string;
      authorization: string | undefined;
      acceptVersion: string | undefined;
      contentType: string | undefined;
      body: string;
    }
    const seen: Seen[] = [];
    let server: Server;
    let baseUrl: string;

    function send(res: ServerResponse, status: number, body: unknown): void {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    }

    function answer(req: IncomingMessage, body: string, res: ServerResponse): void {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const route = `${req.method} ${url.pathname}`;
      if (route === `GET /v2/sites/${SITE_ID}`) {
        return send(res, 200, {
          id: SITE_ID,
          workspaceId: "580e63fc8c9a982ac9b8b744",
          createdOn: "2016-10-24T19:41:29.156Z",
          displayName: "api_docs_sample_json",
          shortName: "api-docs-sample-json",
          parentFolderId: null,
          customDomains: [
            { id: "589a331aa51e760df7ccb89d", url: "test-api-domain.com", lastPublished: null },
          ],
          locales: {
            primary: { id: "653fd9af6a07fc9cfd7a5e56", tag: "en-US", subdirectory: "" },
            secondary: [],
          },
        });
      }
      if (route === `GET /v2/sites/${SITE_ID}/comments`) {
        const author = {
          userId: "545bbecb7bdd6769632504a7",
          email: "some@email.com",
          name: "Some One",
        };
        const thread = (id: string, localeId: string | null) => ({
          id,
          siteId: SITE_ID,
          pageId: "6596da6045e56dee495bcbba",
          localeId,
          itemId: null,
          breakpoint: "main",
          url: "https://api-docs-sample-json.webflow.io/?comment=" + id,
          content: "Can we make this bigger?",
          isResolved: false,
          author,
          mentionedUsers: [],
          createdOn: "2024-02-01T10:00:00.000Z",
          lastUpdated: "2024-02-01T10:00:00.000Z",
        });
        return send(res, 200, {
          comments: [
            thread("679a4f4e0a7b6c3b7d4b4e21", null),
            thread("679a4f4e0a7b6c3b7d4b4e22", "653fd9af6a07fc9cfd7a5e57"),
          ],
          pagination: { limit: 2, offset: 0, total: 7 },
        });
      }
      if (route === `POST /v2/sites/${SITE_ID}/webhooks`) {
        const request = JSON.parse(body) as Record<string, unknown>;
        return send(res, 201, {
          id: "57ca0a9e418c504a6e1acbb6",
          triggerType: request["triggerType"],
          url: request["url"],
          workspaceId: "580e63fc8c9a982ac9b8b744",
          siteId: SITE_ID,
          filter: request["filter"],
          lastTriggered: "2024-02-01T10:00:00.000Z",
          createdOn: "2024-02-01T10:00:00.000Z",
        });
      }
      if (route === "GET /v1/info") {
        return send(res, 200, {
          _id: "55818d58616600637b9a5786",
          createdOn: "2016-10-03T23:12:00.755Z",
          grantType: "authorization_code",
          lastUsed: "2016-10-10T18:23:26.061Z",
          sites: [SITE_ID],
          orgs: [],
          workspaces: ["580e63fc8c9a982ac9b8b744"],
          users: ["545bbecb7bdd6769632504a7"],
          rateLimit: 60,
          status: "confirmed",
        });
      }
      return send(res, 404, {
        code: "resource_not_found",
        message: "Requested resource not found: The site cannot be found",
        externalReference: null,
        details: [],
      });
    }

    beforeAll(async () => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (chunk: Buffer) => chunks.push(chunk));
        req.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          seen.push({
            method: req.method ?? "",
            url: req.url ?? "",
            authorization: req.headers.authorization,
            acceptVersion: req.headers["accept-version"] as string | undefined,
            contentType: req.headers["content-type"],
            body,
          });
          answer(req, body, res);
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it(
      "builds src/run.ts to JavaScript and runs it with node, resolving the package by name",
      { timeout: STEP_TIMEOUT },
      async ({ expect }) => {
        const dir = tempDir("run");
        const outDir = path.join(dir, "out");
        // Only run.ts (and the package it imports), so this step does not hinge on the other files.
        fs.writeFileSync(
          path.join(dir, "tsconfig.json"),
          JSON.stringify({
            extends: path.relative(dir, path.join(CONSUMER, "tsconfig.json")),
            compilerOptions: { rootDir: path.relative(dir, CONSUMER_SRC), outDir: "out" },
            files: [path.relative(dir, path.join(CONSUMER_SRC, "run.ts"))],
            include: [],
          }),
        );
        const built = await tsc(["-p", path.join(dir, "tsconfig.json")]);
        expect(built.diagnostics.map((d) => `${where(d)} ${d.code} ${d.message}`)).toEqual([]);
        expect(built.exitCode).toBe(0);
        // A real consumer layout: an ESM package with webflow-api in its node_modules.
        fs.writeFileSync(
          path.join(dir, "package.json"),
          JSON.stringify({ type: "module", private: true }),
        );
        linkPackage(dir);

        const { exitCode, stdout, stderr } = await run(
          process.execPath,
          [path.join(outDir, "run.js")],
          {
            env: {
              ...process.env,
              WEBFLOW_CONSUMER_BASE_URL: baseUrl,
              WEBFLOW_CONSUMER_TOKEN: TOKEN,
            },
          },
        );
        expect(stderr).toBe("");
        expect(exitCode).toBe(0);
        const out = JSON.parse(stdout) as Record<string, unknown> & {
          resolved: Record<"root" | "v1" | "v2", string>;
        };

        // "webflow-api" resolved through the symlink to the generated package's compiled entry points.
        expect(fs.realpathSync(fileURLToPath(out.resolved.root))).toBe(
          path.join(GENERATED, "dist/index.js"),
        );
        expect(fs.realpathSync(fileURLToPath(out.resolved.v1))).toBe(
          path.join(GENERATED, "dist/v1/index.js"),
        );
        expect(fs.realpathSync(fileURLToPath(out.resolved.v2))).toBe(
          path.join(GENERATED, "dist/v2/index.js"),
        );

        expect(out).toEqual({
          resolved: out.resolved,
          sameClasses: { rootVsV2Entry: true, rootVsNamespace: true, v1Factory: true },
          site: {
            id: SITE_ID,
            displayName: "api_docs_sample_json",
            parentFolderId: null,
            domains: ["test-api-domain.com"],
            primaryLocale: "en-US",
          },
          threads: {
            count: 2,
            localeIds: [null, "653fd9af6a07fc9cfd7a5e57"],
            authors: ["Some One", "Some One"],
            total: 7,
          },
          webhook: {
            id: "57ca0a9e418c504a6e1acbb6",
            triggerType: "form_submission",
            filter: { name: "Contact Form" },
          },
          notFound: {
            thrown: true,
            name: "NotFoundError",
            isNotFoundError: true,
            isV2EntryNotFoundError: true,
            isWebflowApiError: true,
            isWebflowError: true,
            status: 404,
            code: "resource_not_found",
            apiMessage: "Requested resource not found: The site cannot be found",
          },
          v1: { id: "55818d58616600637b9a5786", sites: [SITE_ID] },
          scopes: { getSite: ["sites:read"], granted: [] },
        });

        // What the server saw: the documented requests, authenticated with the token.
        expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
          `GET /v2/sites/${SITE_ID}`,
          `GET /v2/sites/${SITE_ID}/comments?limit=2&sortBy=createdOn&sortOrder=desc`,
          `POST /v2/sites/${SITE_ID}/webhooks`,
          "GET /v2/sites/does-not-exist",
          "GET /v1/info",
        ]);
        expect(new Set(seen.map((s) => s.authorization))).toEqual(new Set([`Bearer ${TOKEN}`]));
        const post = seen[2];
        expect(post?.contentType).toBe("application/json");
        expect(JSON.parse(post?.body ?? "null")).toEqual({
          triggerType: "form_submission",
          url: "https://example.com/webflow/forms",
          filter: { name: "Contact Form" },
        });
        expect(seen[4]?.acceptVersion).toBe("1.0.0");
      },
    );
  });
});
