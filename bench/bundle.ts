/**
 * 2. One-call bundle: a program that calls one operation, bundled by esbuild (bundle, minify,
 * tree-shake, ESM, platform browser), then gzipped (level 9). Ours through the standalone function and
 * through the grouped client, for the real package (generated/) and the 1,000-operation synthetic one;
 * baselines: the same call through the official `webflow-api` SDK and through `openapi-fetch` (its
 * types from openapi-typescript on spec/; types cost nothing in the bundle).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type BuildResult, type Metafile, type Plugin } from "esbuild";
import openapiTS, { astToString } from "openapi-typescript";
import { int, isNum, ratio, table } from "./lib/table.js";
import { check, type Target } from "./lib/targets.js";

export interface BundleRow {
  name: string;
  package: string;
  call: string;
  minifiedBytes: number;
  gzipBytes: number;
  /** The biggest input modules of the bundle (bytes of minified output each), when ours is over the target. */
  contents?: { module: string; bytes: number }[];
}

/** The target bundle rebuilt with one feature of the default path taken out: what that feature costs. */
export interface FeatureCost {
  feature: string;
  /** What was taken out, and how. */
  removed: string;
  gzipBytes: number;
  /** Bytes saved against the full bundle. */
  savedBytes: number;
}

export interface BundleResult {
  rows: BundleRow[];
  /** For the spec/ standalone consumer: gzip bytes with each feature of the default path taken out. */
  featureCosts?: FeatureCost[];
  targets: Target[];
  settings: string;
}

const SITE_ID = "580e63e98c9a982ac9b8b741";
const LIMIT = 5000;

export async function benchBundle(o: { root: string; tmp: string; synthetic1000?: string; synthetic15?: string; log: (line: string) => void }): Promise<BundleResult> {
  const dir = path.join(o.tmp, "bundle");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  // Each package under its own name, as a consumer installs it (so its package.json `exports` and
  // `sideEffects` apply); the baselines resolve from this repository's node_modules.
  symlinkSync(path.join(o.root, "generated"), path.join(dir, "node_modules", "generated-webflow-api"), "dir");
  if (o.synthetic1000) symlinkSync(o.synthetic1000, path.join(dir, "node_modules", "generated-synthetic-1000"), "dir");
  if (o.synthetic15) symlinkSync(o.synthetic15, path.join(dir, "node_modules", "generated-synthetic-15"), "dir");

  // openapi-fetch's `paths` types, generated the way its documentation says.
  for (const file of readdirSync(path.join(o.root, "spec")).filter((f) => f.endsWith(".yaml"))) {
    const ast = await openapiTS(pathToFileURL(path.join(o.root, "spec", file)), { silent: true });
    writeFileSync(path.join(dir, `${path.basename(file, ".yaml")}.d.ts`), astToString(ast));
  }

  // `details: false`: no table of its modules (the synthetic packages share their runtime and differ in one group module).
  const consumers: { name: string; package: string; call: string; ours: boolean; target?: boolean; details?: boolean; source: string }[] = [
    {
      name: "ours, standalone function, spec/",
      package: "generated/",
      call: "getSite(createWebflowCore({ token }), { site_id })",
      ours: true,
      target: true,
      source: `import { createWebflowCore, getSite } from "generated-webflow-api";
const site = await getSite(createWebflowCore({ token: "TOKEN" }), { site_id: "${SITE_ID}" });
console.log(site.displayName);`,
    },
    {
      name: "ours, grouped client, spec/",
      package: "generated/",
      call: "createWebflowClient({ token }).sites.get({ site_id })",
      ours: true,
      source: `import { createWebflowClient } from "generated-webflow-api";
const client = createWebflowClient({ token: "TOKEN" });
const site = await client.sites.get({ site_id: "${SITE_ID}" });
console.log(site.displayName);`,
    },
    ...(o.synthetic15
      ? [
          {
            name: "ours, standalone function, synthetic 15",
            package: "synthetic 15 ops",
            call: "getResource00000(createWebflowCore({ token }), { resource_id })",
            ours: true,
            target: true,
            details: false,
            source: `import { createWebflowCore, getResource00000 } from "generated-synthetic-15";
const resource = await getResource00000(createWebflowCore({ token: "TOKEN" }), { resource_id: "${SITE_ID}" });
console.log(resource.name);`,
          },
        ]
      : []),
    ...(o.synthetic1000
      ? [
          {
            name: "ours, standalone function, synthetic 1,000",
            package: "synthetic 1,000 ops",
            call: "getResource00000(createWebflowCore({ token }), { resource_id })",
            ours: true,
            target: true,
            source: `import { createWebflowCore, getResource00000 } from "generated-synthetic-1000";
const resource = await getResource00000(createWebflowCore({ token: "TOKEN" }), { resource_id: "${SITE_ID}" });
console.log(resource.name);`,
          },
          {
            name: "ours, grouped client, synthetic 1,000",
            package: "synthetic 1,000 ops",
            call: "createWebflowClient({ token }).group00000.getResource00000({ resource_id })",
            ours: true,
            source: `import { createWebflowClient } from "generated-synthetic-1000";
const client = createWebflowClient({ token: "TOKEN" });
const resource = await client.group00000.getResource00000({ resource_id: "${SITE_ID}" });
console.log(resource.name);`,
          },
        ]
      : []),
    {
      name: "official SDK",
      package: "webflow-api@3.3.4",
      call: "new WebflowClient({ accessToken }).sites.get(site_id)",
      ours: false,
      source: `import { WebflowClient } from "webflow-api";
const client = new WebflowClient({ accessToken: "TOKEN" });
const site = await client.sites.get("${SITE_ID}");
console.log(site.displayName);`,
    },
    {
      name: "openapi-fetch",
      package: "openapi-fetch@0.17.0",
      call: 'createClient<paths>({ baseUrl, headers }).GET("/sites/{site_id}", …)',
      ours: false,
      source: `import createClient from "openapi-fetch";
import type { paths } from "./webflow-v2.js";
const client = createClient<paths>({ baseUrl: "https://api.webflow.com/v2", headers: { Authorization: "Bearer TOKEN" } });
const { data } = await client.GET("/sites/{site_id}", { params: { path: { site_id: "${SITE_ID}" } } });
console.log(data?.displayName);`,
    },
  ];

  // How the bundle's input modules are named in the report.
  const names: [string, string][] = [
    [path.join(o.root, "generated"), "generated"],
    ...(o.synthetic1000 ? [[o.synthetic1000, "synthetic-1000"] as [string, string]] : []),
    [o.root, "."],
  ];
  const bundle = (entry: string, plugins: Plugin[] = []) =>
    build({
      entryPoints: [entry],
      absWorkingDir: dir,
      bundle: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      define: { "process.env.NODE_ENV": '"production"' },
      nodePaths: [path.join(o.root, "node_modules")],
      metafile: true,
      write: false,
      outfile: path.join(dir, "out.js"),
      logLevel: "silent",
      plugins,
    });
  const gzipBytes = (built: BuildResult) => gzipSync(built.outputFiles?.[0]?.contents ?? new Uint8Array(), { level: 9 }).length;

  const rows: BundleRow[] = [];
  let featureCosts: FeatureCost[] | undefined;
  for (const [i, consumer] of consumers.entries()) {
    const entry = path.join(dir, `entry-${i}.ts`);
    writeFileSync(entry, `${consumer.source}\n`);
    try {
      const built = await bundle(entry);
      const code = built.outputFiles?.[0]?.contents ?? new Uint8Array();
      const row: BundleRow = { name: consumer.name, package: consumer.package, call: consumer.call, minifiedBytes: code.length, gzipBytes: gzipBytes(built) };
      if (consumer.target && consumer.details !== false && row.gzipBytes > LIMIT) row.contents = contents(built.metafile, dir, names);
      rows.push(row);
      if (consumer.target && featureCosts === undefined && row.gzipBytes > LIMIT) featureCosts = await costs(entry, row.gzipBytes, bundle, gzipBytes, o.log);
    } catch (error) {
      o.log(`  bundle of "${consumer.name}" failed: ${(error as Error).message.split("\n").slice(0, 6).join("\n")}`);
      rows.push({ name: consumer.name, package: consumer.package, call: consumer.call, minifiedBytes: Number.NaN, gzipBytes: Number.NaN });
    }
  }

  const official = rows.find((r) => r.name === "official SDK")?.gzipBytes;
  const targets: Target[] = [];
  for (const r of rows.filter((r) => consumers.find((c) => c.name === r.name)?.target)) {
    targets.push(check("bundle", `${r.name}: gzip bytes`, r.gzipBytes, LIMIT, (n) => `${int(n)} B`, "max"));
    targets.push(check("bundle", `${r.name}: ÷ official SDK`, isNum(official) ? r.gzipBytes / official : undefined, 1 / 20, (n) => (isNum(n) ? n.toFixed(3) : "–"), "max"));
  }
  return { rows, ...(featureCosts ? { featureCosts } : {}), targets, settings: "esbuild 0.28.2: bundle, minify, tree-shaking, format esm, platform browser, target es2022; gzip level 9" };
}

/**
 * A change to the compiled package: in the runtime module named `module`, or (`module: "operations"`) in every
 * module outside the runtime, where `find` may match nowhere in some of them but must match somewhere.
 */
interface Patch {
  module: string;
  find: RegExp;
  replace: string;
}

/**
 * What each feature of the default request path adds to the one-call bundle: the package's compiled
 * modules are patched as esbuild loads them, one feature at a time, to the least that still builds, and the
 * bundle is measured again. A diagnostic of where the bytes go, not a configuration anyone ships; a patch
 * that no longer matches the runtime is reported and skipped.
 */
const FEATURES: { feature: string; removed: string; patches: Patch[] }[] = [
  {
    feature: "explained validation failures",
    removed: "a failed check reports one issue at the root instead of walking the schema's plan (explain.js, the plans and their explainers)",
    patches: [
      { module: "explain.js", find: /export function validator\(guard, plan, explainWith\) \{[\s\S]*?\n\}\n/, replace: 'export function validator(guard) {\n\treturn (value) => guard(value) ? ok(value) : fail([issue("", "a body matching the schema", value)]);\n}\n' },
      { module: "operations", find: /\bvalidator\((\w+), \w+, \w+\)/g, replace: "validator($1)" },
    ],
  },
  {
    feature: "a class per error status",
    removed: "every non-2xx is a WebflowApiError (no NotFoundError, TooManyRequestsError, MissingScopesError, …)",
    patches: [{ module: "errors.js", find: /export function toApiError\(init\) \{[\s\S]*?\n\}\n/, replace: "export function toApiError(init) {\n\treturn new WebflowApiError(init);\n}\n" }],
  },
  {
    feature: "secret redaction",
    removed: "error bodies and headers keep whatever the server echoed",
    patches: [
      { module: "redact.js", find: /export function redactText\(/, replace: "export function redactText(text) {\n\treturn text;\n}\nfunction unusedRedactText(" },
      { module: "redact.js", find: /export function redactValue\(/, replace: "export function redactValue(value) {\n\treturn value;\n}\nfunction unusedRedactValue(" },
    ],
  },
  {
    feature: "Retry-After as an HTTP date",
    removed: "Retry-After read as seconds only",
    patches: [{ module: "rate-limit.js", find: /const at = [^\n]*\n/, replace: "const at = undefined;\n" }],
  },
  {
    feature: "response validation",
    removed: "operations pass no validator: a 2xx body is returned as parsed, unchecked",
    patches: [{ module: "operations", find: /,\n\t\tvalidate: \w+(?=\n)/g, replace: "" }],
  },
  {
    feature: "retries and timeouts",
    removed: "one attempt with no timer, deadline or watchdog (the rate limiter's hooks, which sit in the retry loop, go with it)",
    patches: [
      {
        module: "http.js",
        find: /const timeoutMs = options\.timeoutMs[\s\S]*?\n\t\}\n(?=\t\/\*\* A body fit)/,
        replace: 'const exchange = await send(url, init, context, options.signal, undefined, undefined, req.responseKind === "binary");\n\t\treturn finish(req, exchange, url, 1);\n\t}\n',
      },
      {
        module: "http.js",
        find: /let entry;\n\t\ttry \{[\s\S]*?\} finally \{[\s\S]*?\n\t\t\}\n/,
        replace: "try {\n\t\t\treturn await read();\n\t\t} catch (cause) {\n\t\t\tthrow new WebflowNetworkError({ ...context, cause, timedOut: false, aborted: callerSignal?.aborted === true });\n\t\t}\n",
      },
    ],
  },
];

async function costs(
  entry: string,
  fullBytes: number,
  bundle: (entry: string, plugins: Plugin[]) => Promise<BuildResult>,
  gzipBytes: (built: BuildResult) => number,
  log: (line: string) => void,
): Promise<FeatureCost[]> {
  const patched = (patches: Patch[], applied: Set<Patch>): Plugin => ({
    name: "take-out-feature",
    setup(b) {
      b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
        const runtime = /[\\/]dist[\\/]runtime[\\/]/.test(args.path);
        const own = patches.filter((p) => (p.module === "operations" ? !runtime : runtime && args.path.endsWith(`${path.sep}${p.module}`)));
        if (own.length === 0) return undefined;
        let text = readFileSync(args.path, "utf8");
        for (const p of own) {
          const changed = text.replace(p.find, p.replace);
          if (changed !== text) applied.add(p);
          else if (p.module !== "operations") throw new Error(`${p.module} no longer has ${p.find}`);
          text = changed;
        }
        return { contents: text, loader: "js" };
      });
    },
  });
  const result: FeatureCost[] = [];
  const variants = [...FEATURES, { feature: "all of the above", removed: "every change above at once", patches: FEATURES.flatMap((f) => f.patches) }];
  for (const variant of variants) {
    try {
      const applied = new Set<Patch>();
      const built = await bundle(entry, [patched(variant.patches, applied)]);
      const missed = variant.patches.find((p) => !applied.has(p));
      if (missed) throw new Error(`no module of the package has ${missed.find}`);
      const bytes = gzipBytes(built);
      result.push({ feature: variant.feature, removed: variant.removed, gzipBytes: bytes, savedBytes: fullBytes - bytes });
    } catch (error) {
      log(`  feature cost of "${variant.feature}" not measured: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  return result;
}

/** Bytes each input module contributes to the (minified) output, biggest first. */
function contents(metafile: Metafile, dir: string, names: [string, string][]): { module: string; bytes: number }[] {
  const output = Object.values(metafile.outputs)[0];
  if (!output) return [];
  const nameOf = (file: string) => {
    const absolute = path.resolve(dir, file);
    const known = names.find(([prefix]) => absolute.startsWith(`${prefix}/`));
    return known ? `${known[1]}/${path.relative(known[0], absolute)}` : path.basename(absolute);
  };
  return Object.entries(output.inputs)
    .map(([file, info]) => ({ module: nameOf(file), bytes: info.bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

export function bundleTables(r: BundleResult): string {
  const official = r.rows.find((x) => x.name === "official SDK")?.gzipBytes;
  const main = table(
    ["consumer", "call", "minified", "gzip", "÷ official SDK"],
    r.rows.map((x) => [x.name, `\`${x.call}\``, isNum(x.minifiedBytes) ? `${int(x.minifiedBytes)} B` : "failed", isNum(x.gzipBytes) ? `${int(x.gzipBytes)} B` : "failed", isNum(official) && isNum(x.gzipBytes) ? ratio(x.gzipBytes / official) : "–"]),
    ["l", "l", "r", "r", "r"],
  );
  const parts = [`One-call bundle (${r.settings})\n\n${main}`];
  for (const x of r.rows.filter((x) => x.contents)) {
    const list = x.contents ?? [];
    const top = list.slice(0, 12);
    const rest = list.slice(12).reduce((n, m) => n + m.bytes, 0);
    const total = list.reduce((n, m) => n + m.bytes, 0);
    parts.push(
      `What "${x.name}" bundles (minified bytes per input module, before gzip; ${int(total)} B in all):\n\n${table(
        ["module", "bytes"],
        [...top.map((m) => [m.module, int(m.bytes)]), ...(rest > 0 ? [[`${list.length - 12} more modules`, int(rest)]] : [])],
      )}`,
    );
  }
  if (r.featureCosts && r.featureCosts.length > 0) {
    const full = r.rows.find((x) => x.contents)?.gzipBytes;
    parts.push(
      `What the default request path's features cost "${r.rows.find((x) => x.contents)?.name ?? ""}" (gzip bytes, ${isNum(full) ? `${int(full)} B` : "–"} in full; each rebuilt with the compiled package patched as esbuild loads it, a diagnostic, not something shipped):\n\n${table(
        ["taken out", "how", "gzip", "saved"],
        r.featureCosts.map((f) => [f.feature, f.removed, `${int(f.gzipBytes)} B`, `${int(f.savedBytes)} B`]),
        ["l", "l", "r", "r"],
      )}`,
    );
  }
  return parts.join("\n\n");
}
