/** Where a node of the spec came from: the file, its 1-based line and column, and its JSON pointer there. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  pointer: string;
}

export type Severity = "error" | "warning";

/** One thing wrong with the input. Every stage reports through this shape so problems print alike. */
export interface Problem {
  severity: Severity;
  rule: string;
  message: string;
  location?: SourceLocation;
}

/** Thrown when a stage finds errors; carries every problem of the run, not just the first. */
export class GenerationError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "GenerationError";
    this.problems = problems;
  }
}

export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return "<unknown>";
  return `${location.file}:${location.line}:${location.column}`;
}

/** `file:line:column error [rule] message (at #/pointer)`, one line a problem. */
export function formatProblem(problem: Problem): string {
  const pointer = problem.location?.pointer ? ` (at #${problem.location.pointer})` : "";
  return `${formatLocation(problem.location)} ${problem.severity} [${problem.rule}] ${problem.message}${pointer}`;
}

/** Sorted by file, line and column so a run's output reads like a compiler's. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => {
    const fa = a.location?.file ?? "";
    const fb = b.location?.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

/**
 * Drops repeats: a node inlined in several places, or a ref resolved twice, is reported once where it is
 * written, not once per use.
 */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join("\n");
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
