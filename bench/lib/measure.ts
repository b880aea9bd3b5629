/**
 * Runs a command in its own process and measures it: wall time, CPU time (user + system) and peak
 * resident memory. With `/usr/bin/time` (GNU time) the numbers come from the kernel's rusage of the
 * child; without it, every command here is `node`, so a preload (`children/rss.mjs`) writes
 * `process.resourceUsage()` when the process exits (worker threads included, they share the process).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const GNU_TIME = "/usr/bin/time";
const RSS_PRELOAD = fileURLToPath(new URL("../children/rss.mjs", import.meta.url));

export interface Measurement {
  /** Wall-clock seconds, measured by this process around the child. */
  wallS: number;
  /** User + system CPU seconds of the child (all its threads). */
  cpuS: number;
  /** Peak resident set size in MB (10^6 bytes). */
  peakMB: number;
  /** True when the run was stopped at the timeout: `wallS` and `cpuS` are then lower bounds. */
  timedOut: boolean;
  /** Exit code (null when killed). */
  exitCode: number | null;
  /** The last lines the child printed, for error reports. */
  output: string;
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function kill(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

export const measuredBy = existsSync(GNU_TIME) ? "GNU time (/usr/bin/time): rusage of the child" : "process.resourceUsage() of the child at exit (children/rss.mjs preload)";

/**
 * Runs `node <args>` in `cwd`, killed (its whole process group) after `timeoutS` seconds. A non-zero
 * exit is reported in the result, not thrown: the caller decides.
 */
export async function measureNode(args: readonly string[], options: { cwd: string; timeoutS: number; env?: Record<string, string> }): Promise<Measurement> {
  const scratch = mkdtempSync(path.join(tmpdir(), "bench-measure-"));
  const report = path.join(scratch, "usage");
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const argv = useTime ? ["-f", "%e %U %S %M", "-o", report, process.execPath, ...args] : ["--import", RSS_PRELOAD, ...args];
  const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", BENCH_RSS_OUT: report, ...options.env };
  delete (env as Record<string, string | undefined>).NODE_OPTIONS;

  const started = performance.now();
  const child = spawn(command, argv, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    const pid = child.pid;
    if (pid === undefined) return;
    // Under GNU time, stop the measured process first so that time still reports its CPU time and
    // peak memory up to that point; then the rest of the process group this call started.
    if (useTime) for (const grandchild of childrenOf(pid)) kill(grandchild);
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) kill(-pid);
    }, useTime ? 3000 : 0).unref();
  }, options.timeoutS * 1000);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code));
  });
  clearTimeout(timer);
  const wallS = (performance.now() - started) / 1000;

  let cpuS = Number.NaN;
  let peakMB = Number.NaN;
  try {
    const text = readFileSync(report, "utf8").trim();
    if (useTime) {
      // GNU time writes "Command exited with non-zero status N" first when the command failed.
      const last = text.split("\n").at(-1) ?? "";
      const [, user, system, maxKb] = last.split(/\s+/).map(Number);
      cpuS = (user ?? Number.NaN) + (system ?? Number.NaN);
      peakMB = ((maxKb ?? Number.NaN) * 1024) / 1e6;
    } else {
      const usage = JSON.parse(text) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
      cpuS = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
      peakMB = (usage.maxRSS * 1024) / 1e6;
    }
  } catch {
    // Killed before it could report: no CPU or memory figure.
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wallS, cpuS, peakMB, timedOut, exitCode, output };
}
