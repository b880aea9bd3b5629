/** The targets, each checked against numbers of the same run. */
export interface Target {
  section: "generation" | "bundle" | "overhead" | "validators";
  name: string;
  /** What was measured, formatted. */
  actual: string;
  /** The limit, formatted ("≤ 1.00×"). */
  limit: string;
  /** Undefined when it could not be measured in this run (section skipped, a run failed). */
  met: boolean | undefined;
}

export function check(section: Target["section"], name: string, value: number | undefined, limit: number, format: (n: number | undefined) => string, direction: "max" | "min", lowerBound = false): Target {
  const measured = value !== undefined && Number.isFinite(value);
  // A lower bound (a run stopped at the timeout) that already exceeds a maximum is a miss; one below it proves nothing.
  const met = !measured ? undefined : direction === "max" ? (value <= limit ? (lowerBound ? undefined : true) : false) : value >= limit;
  return { section, name, actual: measured ? `${lowerBound ? "≥ " : ""}${format(value)}` : "not measured", limit: `${direction === "max" ? "≤" : "≥"} ${format(limit)}`, met };
}

export function verdict(t: Target): string {
  return t.met === undefined ? "unknown" : t.met ? "met" : "MISSED";
}
