import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { compareText } from "../diff/text.js";
import type { GenerateOptions } from "../index.js";
import { GenerationError } from "../problems.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { generateAndWrite } from "./generate.js";
import { printProblems, type Io } from "./output.js";
import { isWithin, realPath, specFolder } from "./paths.js";

/** Quiet time after the last change before regenerating: editors save in several steps. */
export const DEBOUNCE_MS = 150;
/** Safety net for filesystem events the watcher misses (new subfolders, some editors' atomic saves). */
const POLL_MS = 1000;

/** Editor droppings, dot-folders (`.git`, the writer's staging folders) and node_modules: never part of the spec. */
const isScratch = (name: string) => name.startsWith(".") || name.endsWith("~") || /\.sw[px]$/.test(name) || name.startsWith("#") || name === "node_modules";

/** What the watcher looks at: everything under `root` that `skips` does not exclude. */
export interface WatchScope {
  /** The spec's folder: absolute, symbolic links resolved. */
  root: string;
  /** Whether an absolute path under `root` is not part of the spec: scratch, in a dot-folder or node_modules, or in the output folder. */
  skips(absolute: string): boolean;
}

/** The scope of `generate --watch` for `spec` writing `out`; both may be relative (to the working directory). */
export function watchScope(spec: string, out: string): WatchScope {
  const root = realPath(specFolder(spec));
  const output = realPath(path.resolve(out));
  return {
    root,
    skips: (absolute) => path.relative(root, absolute).split(path.sep).some(isScratch) || isWithin(absolute, output),
  };
}

/** A fingerprint of every file in `scope` (names and contents), so saves that change nothing do not regenerate. */
export function fingerprint(scope: WatchScope): string {
  const hash = createHash("sha1");
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
    } catch {
      return;
    }
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (scope.skips(absolute)) continue;
      if (entry.isDirectory()) visit(absolute);
      else if (entry.isFile()) {
        hash.update(`${path.relative(scope.root, absolute)}\0`);
        try {
          hash.update(readFileSync(absolute));
        } catch {
          hash.update("<unreadable>");
        }
        hash.update("\0");
      }
    }
  };
  visit(scope.root);
  return hash.digest("hex");
}

const clock = () => new Date().toTimeString().slice(0, 8);

/**
 * `generate --watch`: generates once, then again after every change under the spec's folder (debounced;
 * a change during a run queues one more run). A failed run prints its problems and leaves the last good
 * output in place. Runs until SIGINT or SIGTERM (or `stop` aborts), then resolves with 0.
 */
export function watchAndGenerate(spec: string, out: string, io: Io, stop?: AbortSignal, options: GenerateOptions = {}): Promise<ExitCode> {
  /** As given, for messages. */
  const folder = statSync(spec).isDirectory() ? spec : path.dirname(spec);
  const scope = watchScope(spec, out);

  let lastFingerprint: string | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const runOnce = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const current = fingerprint(scope);
        if (current === lastFingerprint || stopped) continue;
        const first = lastFingerprint === undefined;
        lastFingerprint = current;
        if (!first) io.out(io.outStyle.dim(`[${clock()}] change under ${folder}/: regenerating`));
        try {
          await generateAndWrite(spec, out, { ...io, out: (text) => io.out(`[${clock()}] ${text}`) }, options);
        } catch (error) {
          if (error instanceof GenerationError) printProblems(io, error.problems);
          else io.err(io.errStyle.red(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
          io.err(io.errStyle.red(`[${clock()}] generation failed: kept the last good output in ${out}/; still watching`));
        }
      } while (again && !stopped);
    } finally {
      running = false;
    }
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void runOnce(), DEBOUNCE_MS);
  };

  return new Promise<ExitCode>((resolve) => {
    let watcher: FSWatcher | undefined;
    let poll: NodeJS.Timeout | undefined;
    const finish = () => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
      process.off("SIGINT", finish);
      process.off("SIGTERM", finish);
      io.out(io.outStyle.dim("stopped watching"));
      resolve(EXIT.ok);
    };
    process.on("SIGINT", finish);
    process.on("SIGTERM", finish);
    stop?.addEventListener("abort", finish);

    io.out(io.outStyle.dim(`watching ${folder}/ for changes; writing ${out}/ (Ctrl-C to stop)`));
    void runOnce().then(() => {
      if (stopped) return;
      try {
        watcher = watch(scope.root, { recursive: true }, (_event, name) => {
          if (name && scope.skips(path.join(scope.root, name))) return;
          schedule();
        });
        watcher.on("error", (error) => io.err(io.errStyle.yellow(`file watcher: ${error.message}; falling back to polling`)));
      } catch (error) {
        io.err(io.errStyle.yellow(`file watcher unavailable (${(error as Error).message}); polling every ${POLL_MS} ms`));
      }
      poll = setInterval(() => {
        if (!running && fingerprint(scope) !== lastFingerprint) schedule();
      }, POLL_MS);
    });
  });
}
