import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./args.js";

/** Whether a spec path names one root file (YAML or JSON) rather than a folder of them. A path that does not exist is a file when it ends in `.yaml`, `.yml` or `.json`. */
export function isSpecFile(spec: string): boolean {
  const absolute = path.resolve(spec);
  return existsSync(absolute) ? !statSync(absolute).isDirectory() : /\.(?:ya?ml|json)$/i.test(absolute);
}

/**
 * The folder a spec path stands for, as an absolute path: the path itself for a folder, the file's folder
 * for a root file (its `$ref`s point at siblings).
 */
export function specFolder(spec: string): string {
  const absolute = path.resolve(spec);
  return isSpecFile(spec) ? path.dirname(absolute) : absolute;
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
 * Refuses (as a usage error) an output folder that is the spec's folder or contains it (replacing the
 * output folder would delete the spec), and, for a folder spec, one that lies inside it (generated files
 * would be read and watched as part of it). A single root file may have its output beside it, as in
 * `webflow-codegen generate their-api.yaml out/`: only the files its `$ref`s reach are read, the watcher
 * skips the output folder, and the writer never replaces a folder it did not write.
 * Paths are compared absolute, with symbolic links resolved.
 */
export function assertOutputOutsideSpec(spec: string, out: string): void {
  const folder = specFolder(spec);
  const target = path.resolve(out);
  const realFolder = realPath(folder);
  const realTarget = realPath(target);
  const problem =
    realTarget === realFolder
      ? "is the spec folder"
      : isWithin(realTarget, realFolder) && !isSpecFile(spec)
        ? "is inside the spec folder"
        : isWithin(realFolder, realTarget)
          ? "contains the spec folder"
          : undefined;
  if (problem) throw new UsageError(`the output folder ${target} ${problem} ${folder}: generating there would overwrite or mix with the spec; choose an output folder outside ${folder}`);
}
