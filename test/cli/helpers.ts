import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../../generator/cli/main.js";
import { makeStyle, type Io } from "../../generator/cli/output.js";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
export const CLI = path.join(REPO, "generator", "cli.ts");
export const FIXTURES = path.join(REPO, "test", "fixtures", "diff");
export const BASE_SPEC = path.join(FIXTURES, "_base", "api.yaml");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a child CLI sees: no color settings inherited from the test runner unless asked for. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

/** Spawns the CLI (`tsx generator/cli.ts …`) and collects its output. */
export function spawnCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): ChildProcess {
  return spawn(TSX, [CLI, ...args], { cwd: options.cwd ?? REPO, env: cliEnv(options.env), stdio: ["ignore", "pipe", "pipe"] });
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; command?: readonly string[] } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = options.command
      ? spawn(options.command[0] as string, [...options.command.slice(1), ...args], { cwd: options.cwd ?? REPO, env: cliEnv(options.env), stdio: ["ignore", "pipe", "pipe"] })
      : spawnCli(args, options);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `webflow-codegen-${prefix}-`));
}

/** Polls `condition` every 100 ms until it holds, or fails after `timeoutMs` with `describe()` in the message. */
export async function waitFor(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting: ${describe()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const ANSI = /\u001b\[[0-9;]*m/;

/** An Io that collects each stream's lines, uncolored, each ending in a newline as on a terminal. */
export function captureIo(): { io: Io; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const io: Io = { out: (text) => void (out += `${text}\n`), err: (text) => void (err += `${text}\n`), outStyle: makeStyle(false), errStyle: makeStyle(false) };
  return { io, out: () => out, err: () => err };
}

/** Runs the CLI in this process (the function generator/cli.ts exits with) with its output captured. */
export async function cliInProcess(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = captureIo();
  const code = await run(argv, captured.io);
  return { code, out: captured.out(), err: captured.err() };
}
