import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedFile } from "../emit/source.js";
import { runJobs } from "../parallel.js";
import { FORMAT_FINGERPRINT, parserFor, PRETTIER_OPTIONS } from "./prettier.js";

/**
 * Formats emitted files with prettier, doing no work twice:
 * - a file whose text was formatted before (this process, or an earlier run: the cache under
 *   `node_modules/.cache/webflow-codegen/`, keyed by the text and prettier's version and options) is not
 *   formatted again, so a `--watch` save or a regeneration pays only for what changed;
 * - the rest is shared among threads (generator/parallel.ts).
 */

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
  const formatted = await runJobs<string>(
    pending.map((p) => ({ task: "format", text: (files[p.index] as GeneratedFile).contents, parser: p.parser, options: PRETTIER_OPTIONS })),
    (job) => (job.text as string).length,
  );
  pending.forEach((p, i) => {
    const text = formatted[i] as string;
    writeCache(dir, p.key, text);
    results[p.index] = { ...(files[p.index] as GeneratedFile), contents: text };
  });
  return results;
}
