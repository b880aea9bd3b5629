import { plainStyle, type Style } from "../diff/text.js";
import { formatProblem, sortProblems, type Problem } from "../problems.js";

/** Where the CLI writes, and how it may style each stream. Tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  outStyle: Style;
  errStyle: Style;
}

interface Stream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Color only on a terminal, never when `NO_COLOR` is set to anything non-empty (https://no-color.org);
 * `FORCE_COLOR` (non-empty, not `0`) colors output that is not a terminal, unless `NO_COLOR` is set.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function makeStyle(enabled: boolean): Style {
  if (!enabled) return plainStyle;
  return { red: ansi(31, 39), green: ansi(32, 39), yellow: ansi(33, 39), bold: ansi(1, 22), dim: ansi(2, 22) };
}

export function processIo(stdout: Stream = process.stdout, stderr: Stream = process.stderr, env: NodeJS.ProcessEnv = process.env): Io {
  return {
    out: (text) => void stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => void stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    outStyle: makeStyle(colorEnabled(stdout, env)),
    errStyle: makeStyle(colorEnabled(stderr, env)),
  };
}

/** Problems as `file:line:column severity [rule] message`, errors in red and warnings in yellow. */
export function printProblems(io: Io, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const lines = sortProblems(problems).map((p) => (p.severity === "error" ? io.errStyle.red(formatProblem(p)) : io.errStyle.yellow(formatProblem(p))));
  io.err(lines.join("\n"));
}
