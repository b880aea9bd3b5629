import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { GeneratedFile } from "../emit/source.js";

/** Every file under `dir`, as posix paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
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

/**
 * Writes the whole package into a sibling temporary folder, then swaps it in with renames, so an
 * interrupted or failed run never leaves a half-written output folder.
 */
export function writeOutput(files: readonly GeneratedFile[], outDir: string): void {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
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
