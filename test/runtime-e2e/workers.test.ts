/**
 * Two clients in two worker threads sharing one API key through one store (a SharedArrayBuffer)
 * stay together under the limit, measured by the server on 127.0.0.1; the same two with a store
 * each do not, which shows the check can fail. Real time, with a 1-second "minute" to keep it short.
 */
import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSharedBuffer } from "./shared-store.js";

const LIMIT = 10;
const WINDOW_MS = 1000;
const CALLS_PER_WORKER = 15;
let server: Server;
let origin: string;
let arrivals: number[] = [];
let workerFile: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    arrivals.push(performance.now());
    req.resume();
    res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const outdir = fileURLToPath(new URL("../.tmp/runtime-e2e/", import.meta.url));
  mkdirSync(outdir, { recursive: true });
  workerFile = `${outdir}limiter-worker.mjs`;
  await build({
    entryPoints: [fileURLToPath(new URL("./limiter-worker.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: workerFile,
    logLevel: "silent",
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Jitter the checks absorb: a loaded machine delays some requests more than others. */
const SLACK_MS = 300;

/** Starts both workers, then lets them send at the same moment, so a late start cannot spread the load. */
async function runWorkers(
  buffers: [SharedArrayBuffer, SharedArrayBuffer],
  shared: boolean,
): Promise<string[]> {
  const workers = buffers.map((buffer) => startWorker(buffer, shared));
  await Promise.all(workers.map((w) => w.ready));
  for (const w of workers) w.worker.postMessage("go");
  const results = await Promise.all(workers.map((w) => w.done));
  return results.flatMap((r) => r.failed);
}

function startWorker(buffer: SharedArrayBuffer, shared: boolean) {
  const worker = new Worker(workerFile, {
    workerData: {
      buffer,
      origin,
      calls: CALLS_PER_WORKER,
      requestsPerMinute: LIMIT,
      windowMs: WINDOW_MS,
      shared,
    },
  });
  const messages: unknown[] = [];
  const waiters: ((m: unknown) => void)[] = [];
  worker.on("message", (m) => (waiters.shift() ?? ((x: unknown) => messages.push(x)))(m));
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      worker.once("error", reject);
      if (messages.length > 0) resolve(messages.shift());
      else waiters.push(resolve);
    });
  const ready = next();
  const done = ready.then(() => next()) as Promise<{ failed: string[] }>;
  return { worker, ready, done };
}

/** The most arrivals in any window; a little shorter than the limiter's, to absorb network jitter. */
function busiest(times: number[], windowMs: number): number {
  return Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
}

describe("two worker threads sharing one store", () => {
  it("stay together under the limit", async () => {
    arrivals = [];
    const buffer = createSharedBuffer();
    expect(await runWorkers([buffer, buffer], true)).toEqual([]);
    expect(arrivals).toHaveLength(2 * CALLS_PER_WORKER);
    expect(busiest(arrivals, WINDOW_MS - SLACK_MS)).toBeLessThanOrEqual(LIMIT);
    // 30 calls at 10 a window: the last cannot arrive before two windows have passed.
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeGreaterThanOrEqual(
      2 * WINDOW_MS - SLACK_MS,
    );
  });

  it("with a store each, they exceed it (so the check above can fail)", async () => {
    arrivals = [];
    expect(await runWorkers([createSharedBuffer(), createSharedBuffer()], false)).toEqual([]);
    expect(arrivals).toHaveLength(2 * CALLS_PER_WORKER);
    expect(busiest(arrivals, WINDOW_MS - SLACK_MS)).toBeGreaterThan(LIMIT);
  });
});
