import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./args.js";

/**
 * The folder a spec path stands for, as an absolute path: the path itself for a folder, the file's folder
 * for a root YAML file (its `$ref`s point at siblings). A path that does not exist counts as a file when it
 * ends in `.yaml` or `.yml`.
 */
export function specFolder(spec: string): string {
  const absolute = path.resolve(spec);
  const isFolder = existsSync(absolute) ? statSync(absolute).isDirectory() : !/\.ya?ml$/i.test(absolute);
  return isFolder ? absolute : path.dirname(absolute);
}

/** `absolute` with symbolic links resolved as far as it exists (an output folder may not exist yet). */
export function realPath(absolute: string): string {
  const missing: string[] = [];
  let existing = absolute;
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  try {
    return path.join(realpathSync.native(existing), ...missing);
  } catch {
    return absolute;
  }
}

/** Whether absolute path `inner` is `outer` or below it. */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * Refuses (as a usage error) an output folder that is the spec's folder, lies inside it or contains it:
 * replacing the output folder would delete the spec, and generated files would be read (and watched) as
 * part of it. Paths are compared absolute, with symbolic links resolved.
 */
export function assertOutputOutsideSpec(spec: string, out: string): void {
  const folder = specFolder(spec);
  const target = path.resolve(out);
  const realFolder = realPath(folder);
  const realTarget = realPath(target);
  const problem =
    realTarget === realFolder
      ? "is the spec folder"
      : isWithin(realTarget, realFolder)
        ? "is inside the spec folder"
        : isWithin(realFolder, realTarget)
          ? "contains the spec folder"
          : undefined;
  if (problem) throw new UsageError(`the output folder ${target} ${problem} ${folder}: generating there would overwrite or mix with the spec; choose an output folder outside ${folder}`);
}
