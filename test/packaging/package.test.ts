/**
 * The package as users meet it: `npm pack generated/` into a temporary folder, then
 *
 *  - publint (every level, warnings as errors) and @arethetypeswrong/cli report nothing wrong with
 *    the tarball; attw's strict profile finds only what an ESM-only package is (see below);
 *  - the tarball installed with npm (offline: it has no dependencies) into scratch projects outside
 *    the repository, and used there by package name: a TypeScript project under
 *    `moduleResolution: "bundler"` (type-checked, bundled with esbuild, run), one under `"node16"`
 *    (type-checked, compiled, run with node) and a plain JavaScript one (run with node, and
 *    checked with `checkJs`). Each program calls a server on 127.0.0.1; the test asserts what it
 *    printed and what the server saw.
 *
 * ESM only, on purpose: the error classes are one hierarchy (`instanceof NotFoundError` holds for
 * every namespace), which a second, CommonJS copy of the package would break. CommonJS callers use
 * `await import("webflow-api")`, or `require()` on Node versions that load ES modules with it.
 */
import { execFile, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type RecordedRequest, type ScriptedResponse, type TestServer } from "../e2e/server.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const GENERATED = path.join(ROOT, "generated");
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");
const ATTW = path.join(ROOT, "node_modules/@arethetypeswrong/cli/dist/index.js");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const TOKEN = "packaging-test-token-3e9b";
const SITE_ID = "580e63e98c9a982ac9b8b741";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/**
 * attw's JSON report, written to a file: the CLI calls process.exit() right after printing, which
 * cuts a large report short on a pipe, while writes to a file are synchronous.
 */
function attw(args: string[]): Promise<{ code: number | null; report: string; stderr: string }> {
  const file = path.join(work, `attw-${args.join("-").replace(/[^a-z0-9-]/gi, "")}.json`);
  const fd = fs.openSync(file, "w");
  const child = spawn(process.execPath, [ATTW, tarball, "--format", "json", ...args], { cwd: work, stdio: ["ignore", fd, "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      fs.closeSync(fd);
      resolve({ code, report: fs.readFileSync(file, "utf8"), stderr });
    });
  });
}

let work: string;
let tarball: string;
let server: TestServer;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "webflow-api-packaging-"));
  const packed = await run(NPM, ["pack", GENERATED, "--pack-destination", work, "--json", "--loglevel=error"], { cwd: work });
  expect(packed.stderr).toBe("");
  expect(packed.code).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, info?.filename ?? "");
  expect(fs.existsSync(tarball)).toBe(true);
  server = await startTestServer();
  server.respond(answer);
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (work !== undefined) fs.rmSync(work, { recursive: true, force: true });
});

function answer(r: RecordedRequest): ScriptedResponse | undefined {
  if (r.headers.authorization !== `Bearer ${TOKEN}`) return { status: 401, body: { code: "not_authorized", message: "no", externalReference: null, details: [] } };
  if (r.method === "GET" && r.path === `/v2/sites/${SITE_ID}`) {
    return { status: 200, body: { id: SITE_ID, displayName: "Packed Site", shortName: "packed-site" } };
  }
  return { status: 404, body: { code: "resource_not_found", message: "Requested resource not found", externalReference: null, details: [] } };
}

describe("the packed package", () => {
  it("is what the exports map and the files list promise", async () => {
    const listed = await run("tar", ["-tzf", tarball], { cwd: work });
    const files = new Set(listed.stdout.trim().split("\n"));
    const pkg = JSON.parse(fs.readFileSync(path.join(GENERATED, "package.json"), "utf8")) as {
      type: string;
      exports: Record<string, { types: string; import: string } | string>;
      dependencies?: unknown;
    };
    expect(pkg.type).toBe("module");
    expect(pkg.dependencies).toBeUndefined();
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === "string" ? [target] : [target.types, target.import];
      for (const file of targets) expect(files, `${subpath} → ${file}`).toContain(`package/${file.replace(/^\.\//, "")}`);
    }
  });

  it("publint reports nothing, at every level and with warnings as errors", async () => {
    const data = fs.readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      level: "suggestion",
      strict: true,
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });

  it("@arethetypeswrong/cli reports no problem for an ESM-only package, and under its strict profile only that it is ESM-only", async () => {
    const esmOnly = await attw(["--profile", "esm-only"]);
    const report = JSON.parse(esmOnly.report) as {
      analysis: { entrypoints: Record<string, unknown>; problems: { kind: string; entrypoint?: string; resolutionKind?: string }[] };
    };
    // The profile ignores the CommonJS resolutions (node10, node16 from CJS); attw's verdict is its exit code.
    const ignored = ["node10", "node16-cjs"];
    expect(report.analysis.problems.filter((p) => p.resolutionKind === undefined || !ignored.includes(p.resolutionKind))).toEqual([]);
    expect(esmOnly.stderr).toBe("");
    expect(esmOnly.code).toBe(0);
    const entrypoints = Object.keys(report.analysis.entrypoints).sort();
    // Every subpath of the exports map was analysed.
    expect(entrypoints).toContain(".");
    expect(entrypoints).toContain("./v2");
    expect(entrypoints).toContain("./v2/sites");
    expect(entrypoints).toContain("./v1");

    // node10 (`moduleResolution: "node"`) resolves every subpath too, through typesVersions; a
    // CommonJS file under node16 gets "ESM (dynamic import only)", which is what ESM-only means.
    const strict = await attw([]);
    const { problems } = (JSON.parse(strict.report) as typeof report).analysis;
    expect(strict.code).toBe(1);
    expect(problems.filter((p) => !(p.kind === "CJSResolvesToESM" && p.resolutionKind === "node16-cjs"))).toEqual([]);
    expect(problems.map((p) => p.entrypoint).sort()).toEqual(entrypoints.filter((e) => e !== "./package.json"));
  });

  describe("installed into scratch projects and used by name", () => {
    /** A project folder outside the repository with the tarball installed by npm, offline. */
    async function project(name: string, packageJson: Record<string, unknown>, files: Record<string, string>): Promise<string> {
      const dir = path.join(work, name);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module", ...packageJson }, null, 2));
      for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      }
      const installed = await run(
        NPM,
        ["install", tarball, "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--loglevel=error"],
        { cwd: dir },
      );
      expect(installed.stderr).toBe("");
      expect(installed.code).toBe(0);
      // A real install (a copy), not a link back into the repository.
      const installedPkg = path.join(dir, "node_modules/webflow-api");
      expect(fs.lstatSync(installedPkg).isSymbolicLink()).toBe(false);
      expect(fs.existsSync(path.join(installedPkg, "dist/index.js"))).toBe(true);
      return dir;
    }

    /** @types/node for a project that uses Node's globals, as its own devDependency would give it. */
    function withNodeTypes(dir: string): void {
      fs.mkdirSync(path.join(dir, "node_modules/@types"), { recursive: true });
      fs.symlinkSync(path.join(ROOT, "node_modules/@types/node"), path.join(dir, "node_modules/@types/node"), "dir");
    }

    async function tsc(dir: string, args: string[] = []): Promise<void> {
      const result = await run(process.execPath, [TSC, "-p", path.join(dir, "tsconfig.json"), "--pretty", "false", ...args], { cwd: dir });
      expect(result.stdout + result.stderr).toBe("");
      expect(result.code).toBe(0);
    }

    /** What every program prints, run against the server. */
    const EXPECTED = {
      site: "Packed Site",
      notFound: { name: "NotFoundError", rootClass: true, subpathClass: true, status: 404 },
      refused: { name: "MissingScopesError", missingScopes: ["sites:write"], sent: false },
      sameFunction: true,
    };

    async function runProgram(dir: string, file: string): Promise<void> {
      server.reset();
      server.respond(answer);
      const env = { PATH: process.env.PATH ?? "", WEBFLOW_API_URL: `${server.origin}/v2`, WEBFLOW_TOKEN: TOKEN };
      const result = await run(process.execPath, [file], { cwd: dir, env });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
      expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v2/sites/${SITE_ID}`, "GET /v2/sites/missing"]);
      expect(result.stdout).not.toContain(TOKEN);
    }

    /** One program, in TypeScript; `env` is how the platform hands it its settings. */
    const program = (env: string) => `
import { createWebflowClient, getSite, NotFoundError, MissingScopesError, type Site, type ScopedClient } from "webflow-api";
import { getSite as getSiteFromSubpath, type GetSiteResult } from "webflow-api/v2/sites";
import { NotFoundError as V2NotFoundError } from "webflow-api/v2";
import type * as V1 from "webflow-api/v1";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsAny<T> = 0 extends 1 & T ? true : false;
type Expect<T extends true> = T;
type _site = Expect<Equal<GetSiteResult, Site>>;
type _notAny = Expect<Equal<IsAny<Site["displayName"]>, false>>;
type _v1 = Expect<Equal<IsAny<V1.AuthorizedInfo>, false>>;

const env = ${env};
const reader = createWebflowClient({ token: env.WEBFLOW_TOKEN ?? "", baseUrl: env.WEBFLOW_API_URL, scopes: ["sites:read"] });
type _reader = Expect<Equal<typeof reader, ScopedClient<"sites:read">>>;
// @ts-expect-error -- publishing needs sites:write, which this client was not given
void reader.sites.publish;

const site = await reader.sites.get({ site_id: "${SITE_ID}" });
let notFound: unknown;
try {
  await reader.sites.get({ site_id: "missing" });
} catch (error) {
  notFound = error;
}
let refused: unknown;
try {
  await (reader as unknown as ScopedClient<"sites:write">).sites.publish({ site_id: "${SITE_ID}", body: { publishToWebflowSubdomain: true } });
} catch (error) {
  refused = error;
}
if (!(notFound instanceof NotFoundError) || !(refused instanceof MissingScopesError)) throw new Error("unexpected errors");
console.log(JSON.stringify({
  site: site.displayName,
  notFound: { name: notFound.name, rootClass: notFound instanceof NotFoundError, subpathClass: notFound instanceof V2NotFoundError, status: notFound.status },
  refused: { name: refused.name, missingScopes: refused.missingScopes, sent: refused.sent },
  sameFunction: getSite === getSiteFromSubpath,
}));
`;

    it("moduleResolution bundler: type-checks, bundles with esbuild and runs", { timeout: 240_000 }, async () => {
      const dir = await project(
        "bundler-app",
        {},
        {
          // A browser-style program: DOM lib, no Node types; its settings come from a global.
          "src/main.ts": program(`(globalThis as { env?: Record<string, string | undefined> }).env ?? {}`),
          "tsconfig.json": JSON.stringify({
            compilerOptions: {
              target: "ES2022",
              module: "ESNext",
              moduleResolution: "bundler",
              lib: ["ES2022", "DOM"],
              types: [],
              strict: true,
              noUncheckedIndexedAccess: true,
              exactOptionalPropertyTypes: false,
              verbatimModuleSyntax: true,
              isolatedModules: true,
              skipLibCheck: false,
              noEmit: true,
            },
            include: ["src"],
          }),
        },
      );
      await tsc(dir);
      // The bundler resolves the same exports map; Node runs the bundle with the settings as that global.
      await build({
        entryPoints: [path.join(dir, "src/main.ts")],
        bundle: true,
        format: "esm",
        platform: "neutral",
        target: "es2022",
        outfile: path.join(dir, "dist/main.js"),
        banner: { js: "globalThis.env = process.env;" },
        logLevel: "silent",
      });
      const bundled = fs.readFileSync(path.join(dir, "dist/main.js"), "utf8");
      expect(bundled).not.toMatch(/from\s*["']webflow-api/);
      await runProgram(dir, "dist/main.js");
    });

    it("moduleResolution node16: type-checks, compiles and runs under node", { timeout: 240_000 }, async () => {
      const dir = await project(
        "node16-app",
        {},
        {
          "src/main.ts": program("process.env"),
          "tsconfig.json": JSON.stringify({
            compilerOptions: {
              target: "ES2022",
              module: "node16",
              moduleResolution: "node16",
              lib: ["ES2022"],
              types: ["node"],
              strict: true,
              noUncheckedIndexedAccess: true,
              exactOptionalPropertyTypes: false,
              verbatimModuleSyntax: true,
              skipLibCheck: false,
              rootDir: "src",
              outDir: "dist",
            },
            include: ["src"],
          }),
        },
      );
      withNodeTypes(dir);
      await tsc(dir);
      await runProgram(dir, "dist/main.js");
    });

    it("plain JavaScript (node ESM): runs, and checkJs sees the same types", { timeout: 240_000 }, async () => {
      const js = program("process.env")
        // JavaScript has no type syntax: drop the type-level lines and casts, keep the calls.
        .replace(/^type .*$/gm, "")
        .replace(/, type \w+/g, "")
        .replace(/^import type .*$/gm, "")
        .replace(/ as unknown as ScopedClient<"sites:write">/, "")
        .replace(/let (\w+): unknown;/g, "let $1;")
        .replace("// @ts-expect-error -- publishing", "// @ts-expect-error -- in JavaScript too, publishing");
      expect(js).not.toMatch(/: unknown|<"sites|import type/);
      const dir = await project("plain-js-app", {}, {
        "main.js": js,
        "tsconfig.json": JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: "nodenext",
            moduleResolution: "nodenext",
            lib: ["ES2022"],
            types: ["node"],
            allowJs: true,
            checkJs: true,
            strict: false,
            skipLibCheck: true,
            noEmit: true,
          },
          include: ["main.js"],
        }),
      });
      withNodeTypes(dir);
      // The cast is gone, so the refused call errs in the checker as well: expect exactly that.
      const checked = await run(process.execPath, [TSC, "-p", path.join(dir, "tsconfig.json"), "--pretty", "false"], { cwd: dir });
      expect(checked.stdout.trim().split("\n")).toEqual([
        expect.stringMatching(/^main\.js\(\d+,\d+\): error TS2339: Property 'publish' does not exist on type 'Pick<SitesApi, "[^']*">'\.$/),
      ]);
      await runProgram(dir, "main.js");
    });
  });
});
