import { TextCache } from "../cache.js";
import type { GeneratedFile } from "../emit/source.js";
import { runJobs } from "../parallel.js";
import { FORMAT_FINGERPRINT, parserFor, PRETTIER_OPTIONS } from "./prettier.js";

/**
 * Formats emitted files with prettier, doing no work twice:
 * - a file whose text was formatted before, in this process or an earlier run, is not formatted again
 *   (generator/cache.ts, keyed by the text and prettier's version and options);
 * - the rest is shared among threads (generator/parallel.ts).
 */

const cache = new TextCache("format", FORMAT_FINGERPRINT);

export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  const results: GeneratedFile[] = [...files];
  const pending: { index: number; key: string; parser: string }[] = [];
  files.forEach((file, index) => {
    const parser = parserFor(file.path, file.contents.length);
    if (!parser) return;
    const key = cache.key(parser, file.contents);
    const cached = cache.get(key);
    if (cached !== undefined) results[index] = { ...file, contents: cached };
    else pending.push({ index, key, parser });
  });
  const formatted = await runJobs<string>(
    pending.map((p) => ({ task: "format", text: (files[p.index] as GeneratedFile).contents, parser: p.parser, options: PRETTIER_OPTIONS })),
    (job) => (job.text as string).length,
  );
  pending.forEach((p, i) => {
    const text = formatted[i] as string;
    cache.set(p.key, text);
    results[p.index] = { ...(files[p.index] as GeneratedFile), contents: text };
  });
  return results;
}
