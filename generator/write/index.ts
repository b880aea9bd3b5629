import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { GENERATED_BY } from "../emit/package.js";
import type { GeneratedFile } from "../emit/source.js";
import { GenerationError } from "../problems.js";

/** Every file under `dir`, as posix paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    // `parentPath` arrived in Node 20.12; `path` is its older name.
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? (entry as { path?: string }).path ?? dir, entry.name)).split(path.sep).join("/"))
    .sort();
}

export interface Staleness {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** How `outDir` differs from what the generator produces now; all three lists empty means up to date. */
export function compareOutput(files: readonly GeneratedFile[], outDir: string): Staleness {
  const onDisk = new Set(listFiles(outDir));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    if (!onDisk.has(file.path)) missing.push(file.path);
    else if (readFileSync(path.join(outDir, file.path), "utf8") !== file.contents) changed.push(file.path);
    onDisk.delete(file.path);
  }
  return { changed, missing, extra: [...onDisk].sort() };
}

export const isFresh = (s: Staleness) => s.changed.length + s.missing.length + s.extra.length === 0;

/** A folder may be replaced only if it is empty or a package this generator wrote. */
function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir) || readdirSync(outDir).length === 0) return;
  let marker: unknown;
  try {
    marker = (JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as { generatedBy?: unknown }).generatedBy;
  } catch {
    marker = undefined;
  }
  if (marker !== GENERATED_BY) {
    throw new GenerationError([
      {
        severity: "error",
        rule: "output-folder",
        message: `refusing to replace ${outDir}: it is not empty and is not a package webflow-codegen wrote (its package.json has no "generatedBy": "${GENERATED_BY}"); move it away or choose another output folder`,
      },
    ]);
  }
}

/**
 * A run killed between its two renames leaves only `.<out>-old-<pid>-<ms>`: put the most recent one back
 * before anything else. Only names of exactly that shape count, so the leftovers of a sibling output folder
 * whose name merely starts the same (`<out>-old-x`) are not taken.
 */
function recoverInterrupted(outDir: string, parent: string, base: string): void {
  if (existsSync(outDir) || !existsSync(parent)) return;
  const prefix = `.${base}-old-`;
  const leftovers = readdirSync(parent)
    .filter((name) => name.startsWith(prefix) && /^\d+-\d+$/.test(name.slice(prefix.length)))
    .map((name) => ({ name, ms: Number(name.slice(name.lastIndexOf("-") + 1)) }))
    .sort((a, b) => a.ms - b.ms || (a.name < b.name ? -1 : 1));
  const newest = leftovers.at(-1);
  if (newest) renameSync(path.join(parent, newest.name), outDir);
}

/**
 * Writes the whole package into a sibling temporary folder, then swaps it in with two renames, so a
 * failed run never leaves a half-written output folder, and a run killed between the renames is
 * repaired by the next one. Refuses to replace a folder it did not write.
 */
export function writeOutput(files: readonly GeneratedFile[], outDir: string): void {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  recoverInterrupted(outDir, parent, base);
  assertReplaceable(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = path.join(parent, `.${base}-new-${stamp}`);
  const previous = path.join(parent, `.${base}-old-${stamp}`);
  mkdirSync(staging, { recursive: true });
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      if (!target.startsWith(staging + path.sep)) throw new Error(`internal: output path escapes the package: ${file.path}`);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
    const hadPrevious = existsSync(outDir);
    if (hadPrevious) renameSync(outDir, previous);
    try {
      renameSync(staging, outDir);
    } catch (error) {
      if (hadPrevious) renameSync(previous, outDir);
      throw error;
    }
    if (hadPrevious) rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
