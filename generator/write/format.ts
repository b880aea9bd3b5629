import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { GeneratedFile } from "../emit/source.js";
import { formatText, FORMAT_FINGERPRINT, parserFor, WORKER_SOURCE, workerData } from "./prettier.js";

/**
 * Formats emitted files with prettier, doing no work twice:
 * - a file whose text was formatted before (this process, or an earlier run: the cache under
 *   `node_modules/.cache/webflow-codegen/`, keyed by the text and prettier's version and options) is not
 *   formatted again, so a `--watch` save or a regeneration pays only for what changed;
 * - the rest is shared among worker threads when there is enough of it to repay starting them.
 */

/** Below this many bytes to format, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400_000;

const memory = new Map<string, string>();

const keyOf = (file: GeneratedFile, parser: string) => createHash("sha256").update(FORMAT_FINGERPRINT).update(parser).update("\0").update(file.contents).digest("hex");

function cacheDir(): string | undefined {
  const generatorRoot = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
  return path.join(generatorRoot, "node_modules", ".cache", "webflow-codegen", "format");
}

function readCache(dir: string | undefined, key: string): string | undefined {
  const known = memory.get(key);
  if (known !== undefined || !dir) return known;
  try {
    const text = readFileSync(path.join(dir, key), "utf8");
    memory.set(key, text);
    return text;
  } catch {
    return undefined;
  }
}

function writeCache(dir: string | undefined, key: string, text: string): void {
  memory.set(key, text);
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    // Through a temporary name, so a concurrent reader never sees half a file.
    const temporary = path.join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, path.join(dir, key));
  } catch {
    // A cache that cannot be written only costs speed.
  }
}

export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  const dir = cacheDir();
  const results: GeneratedFile[] = [...files];
  const pending: { index: number; key: string; parser: string }[] = [];
  files.forEach((file, index) => {
    const parser = parserFor(file.path, file.contents.length);
    if (!parser) return;
    const key = keyOf(file, parser);
    const cached = readCache(dir, key);
    if (cached !== undefined) results[index] = { ...file, contents: cached };
    else pending.push({ index, key, parser });
  });
  const bytes = pending.reduce((n, p) => n + (files[p.index] as GeneratedFile).contents.length, 0);
  const workers = Math.min(availableParallelism(), 4, pending.length);
  const formatted = bytes >= WORKER_THRESHOLD && workers > 1 ? await inWorkers(pending.map((p) => ({ text: (files[p.index] as GeneratedFile).contents, parser: p.parser })), workers) : await Promise.all(pending.map((p) => formatText((files[p.index] as GeneratedFile).contents, p.parser)));
  pending.forEach((p, i) => {
    const text = formatted[i] as string;
    writeCache(dir, p.key, text);
    results[p.index] = { ...(files[p.index] as GeneratedFile), contents: text };
  });
  return results;
}

/** Formats in worker threads, biggest jobs first so the workers finish together. */
async function inWorkers(jobs: { text: string; parser: string }[], count: number): Promise<string[]> {
  const order = jobs.map((_, i) => i).sort((a, b) => (jobs[b] as { text: string }).text.length - (jobs[a] as { text: string }).text.length);
  const results: string[] = new Array(jobs.length);
  const data = workerData();
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
      const feed = () => {
        if (next >= order.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = order[next++] as number;
        worker.postMessage({ index, ...(jobs[index] as { text: string; parser: string }) });
      };
      worker.on("message", (message: { index: number; text?: string; error?: string }) => {
        if (message.error !== undefined) {
          reject(new Error(message.error));
          void worker.terminate();
          return;
        }
        results[message.index] = message.text as string;
        feed();
      });
      worker.on("error", reject);
      feed();
    });
  await Promise.all(Array.from({ length: count }, run));
  return results;
}
