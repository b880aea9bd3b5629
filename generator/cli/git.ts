import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { UsageError } from "./args.js";
import { isWithin, specFolder } from "./paths.js";

function git(args: readonly string[], cwd: string): Buffer {
  return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
}

export interface SpecAtRef {
  /** The temporary checkout's root: load the spec with it as the working directory. */
  root: string;
  /** The spec path inside `root` (same relative path as in the repository). */
  spec: string;
  dispose(): void;
}

/**
 * Copies the spec's folder as committed at `ref` into a temporary directory (`git ls-tree` + `git show`,
 * nothing touches the working tree or the index) and returns where the spec is there. A file spec brings
 * its whole folder, since its `$ref`s point at siblings.
 */
export function extractSpecAtRef(ref: string, spec: string, cwd = process.cwd()): SpecAtRef {
  let top: string;
  try {
    top = git(["rev-parse", "--show-toplevel"], cwd).toString("utf8").trim();
  } catch {
    throw new UsageError(`--base needs a git repository, and ${cwd} is not in one`);
  }
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], top);
  } catch {
    throw new UsageError(`--base ${ref}: not a commit in this repository`);
  }
  const absolute = path.resolve(cwd, spec);
  const relative = path.relative(top, absolute).split(path.sep).join("/");
  if (!isWithin(absolute, top)) throw new UsageError(`${spec} is outside the git repository ${top}`);
  const folder = path.relative(top, specFolder(absolute)).split(path.sep).join("/");

  const root = mkdtempSync(path.join(tmpdir(), "webflow-codegen-base-"));
  const dispose = () => rmSync(root, { recursive: true, force: true });
  try {
    const listing = git(["ls-tree", "-r", "-z", "--full-name", "--name-only", ref, "--", folder === "." || folder === "" ? "." : folder], top).toString("utf8");
    for (const file of listing.split("\0").filter(Boolean)) {
      const target = path.join(root, ...file.split("/"));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, git(["show", `${ref}:${file}`], top));
    }
  } catch (error) {
    dispose();
    throw error;
  }
  return { root, spec: relative === "" ? "." : relative, dispose };
}
