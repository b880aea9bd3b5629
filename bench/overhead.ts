/**
 * 3. Client overhead: `client.sites.get({ site_id })` through the generated client (generated/dist, as
 * a consumer runs it) against a server on 127.0.0.1 (its own process, answering the spec's getSite
 * example), vs the same request with `fetch`, a hand-built URL and `JSON.parse`. Calls interleaved
 * (fetch, ours validation off, ours validation on, rotating) so every variant sees the same load.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ms, percent, quantile, median, table } from "./lib/table.js";
import { check, type Target } from "./lib/targets.js";

export interface OverheadRow {
  name: string;
  medianMs: number;
  p99Ms: number;
  /** Relative to the fetch baseline's median (p99). */
  medianOverhead: number;
  p99Overhead: number;
}

export interface OverheadResult {
  calls: number;
  warmup: number;
  payloadBytes: number;
  rows: OverheadRow[];
  targets: Target[];
}

const SITE_ID = "580e63e98c9a982ac9b8b741";
const TOKEN = "bench-token";

interface WebflowSite {
  displayName?: string;
}
interface GeneratedPackage {
  createWebflowClient(config: { token: string; baseUrl: string; validateResponses?: boolean | "off" | "warn" | "strict"; timeoutMs?: number }): { sites: { get(params: { site_id: string }): Promise<WebflowSite> } };
}

export async function benchOverhead(o: { root: string; tmp: string; calls: number; siteExample: unknown; log: (line: string) => void }): Promise<OverheadResult> {
  const dir = path.join(o.tmp, "overhead");
  mkdirSync(dir, { recursive: true });
  const bodyFile = path.join(dir, "site.json");
  const body = JSON.stringify(o.siteExample);
  writeFileSync(bodyFile, body);

  const server = spawn(process.execPath, [path.join(o.root, "bench", "children", "server.mjs"), bodyFile], { stdio: ["pipe", "pipe", "inherit"] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      server.once("error", reject);
      server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    const pkg = (await import(pathToFileURL(path.join(o.root, "generated", "dist", "index.js")).href)) as GeneratedPackage;
    const off = pkg.createWebflowClient({ token: TOKEN, baseUrl, validateResponses: "off" });
    const on = pkg.createWebflowClient({ token: TOKEN, baseUrl });
    const noTimer = pkg.createWebflowClient({ token: TOKEN, baseUrl, validateResponses: "off", timeoutMs: Infinity });

    const variants: { name: string; call: () => Promise<WebflowSite> }[] = [
      {
        name: "fetch + hand-built URL + JSON.parse (baseline)",
        call: async () => {
          const response = await fetch(`${baseUrl}/sites/${encodeURIComponent(SITE_ID)}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
          if (!response.ok) throw new Error(`status ${response.status}`);
          return JSON.parse(await response.text()) as WebflowSite;
        },
      },
      { name: 'ours, validateResponses: "off"', call: () => off.sites.get({ site_id: SITE_ID }) },
      { name: "ours, validation on (default)", call: () => on.sites.get({ site_id: SITE_ID }) },
      // Diagnostics: what the client's per-attempt timeout (an AbortController and a timer a call) costs.
      {
        name: "diagnostic: fetch + AbortController + 60 s timer",
        call: async () => {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(), 60_000);
          try {
            const response = await fetch(`${baseUrl}/sites/${encodeURIComponent(SITE_ID)}`, { headers: { Authorization: `Bearer ${TOKEN}` }, signal: controller.signal });
            if (!response.ok) throw new Error(`status ${response.status}`);
            return JSON.parse(await response.text()) as WebflowSite;
          } finally {
            clearTimeout(timer);
          }
        },
      },
      { name: 'diagnostic: ours, "off", timeoutMs: Infinity', call: () => noTimer.sites.get({ site_id: SITE_ID }) },
    ];
    const expected = (o.siteExample as WebflowSite).displayName;
    for (const v of variants) {
      const site = await v.call();
      if (site.displayName !== expected) throw new Error(`${v.name} returned ${JSON.stringify(site).slice(0, 100)}`);
    }

    const warmup = Math.min(500, Math.ceil(o.calls / 5));
    const samples: number[][] = variants.map(() => []);
    for (let i = 0; i < warmup + o.calls; i++) {
      for (let k = 0; k < variants.length; k++) {
        const index = (i + k) % variants.length;
        const started = performance.now();
        await (variants[index] as (typeof variants)[number]).call();
        const elapsed = performance.now() - started;
        if (i >= warmup) (samples[index] as number[]).push(elapsed);
      }
    }
    const stats = samples.map((s) => ({ median: median(s), p99: quantile(s, 0.99) }));
    const base = stats[0] as { median: number; p99: number };
    const rows = variants.map((v, i) => {
      const s = stats[i] as { median: number; p99: number };
      return { name: v.name, medianMs: s.median, p99Ms: s.p99, medianOverhead: s.median / base.median - 1, p99Overhead: s.p99 / base.p99 - 1 };
    });
    const offRow = rows[1] as OverheadRow;
    const targets = [check("overhead", 'median overhead, validateResponses: "off"', offRow.medianOverhead, 0.05, percent, "max")];
    return { calls: o.calls, warmup, payloadBytes: Buffer.byteLength(body), rows, targets };
  } finally {
    server.kill();
  }
}

export function overheadTables(r: OverheadResult): string {
  return `Client overhead: one getSite call against a 127.0.0.1 server (${r.calls.toLocaleString("en-US")} calls each after ${r.warmup} warm-up, interleaved; ${r.payloadBytes.toLocaleString("en-US")}-byte body)\n\n${table(
    ["variant", "median", "p99", "median vs fetch", "p99 vs fetch"],
    r.rows.map((x, i) => [x.name, ms(x.medianMs), ms(x.p99Ms), i === 0 ? "–" : percent(x.medianOverhead), i === 0 ? "–" : percent(x.p99Overhead)]),
  )}`;
}
