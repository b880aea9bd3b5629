/**
 * How problems print, sort and repeat (generator/problems.ts): problems in, the lines a person reads out.
 */
import { describe, expect, it } from "vitest";
import { formatLocation, formatProblem, formatProblems, GenerationError, hasErrors, sortProblems, uniqueProblems, type Problem } from "../../generator/problems.js";

const at = (file: string, line: number, column: number, pointer = ""): Problem["location"] => ({ file, line, column, pointer });
const problem = (message: string, location?: Problem["location"], severity: Problem["severity"] = "error", rule = "r"): Problem => ({ severity, rule, message, ...(location ? { location } : {}) });

describe("formatting a problem", () => {
  it.each<[string, Problem, string]>([
    ["with a location and a pointer", problem("bad", at("spec/a.yaml", 3, 7, "/paths/~1x")), "spec/a.yaml:3:7 error [r] bad (at #/paths/~1x)"],
    ["with an empty pointer", problem("bad", at("spec/a.yaml", 1, 1)), "spec/a.yaml:1:1 error [r] bad"],
    ["without a location", problem("gone", undefined, "warning", "no-spec"), "<unknown> warning [no-spec] gone"],
  ])("%s", (_name, given, want) => {
    expect(formatProblem(given)).toBe(want);
  });

  it("formats a location as file:line:column, and a missing one as <unknown>", () => {
    expect(formatLocation(at("x.json", 12, 34))).toBe("x.json:12:34");
    expect(formatLocation(undefined)).toBe("<unknown>");
  });
});

describe("sorting problems", () => {
  it("by file, then line, then column, then message; those without a location first", () => {
    const given = [
      problem("z", at("b.yaml", 1, 1)),
      problem("b", at("a.yaml", 10, 1)),
      problem("a", at("a.yaml", 2, 5)),
      problem("c", at("a.yaml", 2, 3)),
      problem("y", at("a.yaml", 2, 3)),
      problem("x", at("a.yaml", 2, 3)),
      problem("none"),
      problem("b", at("a.yaml", 9, 1)),
    ];
    const sorted = sortProblems(given);
    expect(sorted.map((p) => `${formatLocation(p.location)} ${p.message}`)).toEqual([
      "<unknown> none",
      "a.yaml:2:3 c",
      "a.yaml:2:3 x",
      "a.yaml:2:3 y",
      "a.yaml:2:5 a",
      "a.yaml:9:1 b",
      "a.yaml:10:1 b",
      "b.yaml:1:1 z",
    ]);
    // A copy: the input keeps its order.
    expect(given[0]?.message).toBe("z");
  });

  it("keeps the order of problems that are the same in every key", () => {
    const first = problem("same", at("a.yaml", 1, 1), "error", "first");
    const second = problem("same", at("a.yaml", 1, 1), "warning", "second");
    expect(sortProblems([first, second])).toEqual([first, second]);
    expect(sortProblems([second, first])).toEqual([second, first]);
  });

  it("gives the same order whatever order the problems come in, those without a location (of any file name) first", () => {
    const sorted = [problem("none"), problem("none too"), problem("c", at("A.yaml", 2, 3)), problem("x", at("a.yaml", 2, 3)), problem("a", at("a.yaml", 2, 5)), problem("b", at("a.yaml", 9, 1)), problem("z", at("b.yaml", 1, 1)), problem("q", at("c.yaml", 1, 1))];
    for (let r = 0; r < sorted.length; r++) {
      const rotated = [...sorted.slice(r), ...sorted.slice(0, r)];
      for (const given of [rotated, [...rotated].reverse()]) expect(sortProblems(given).map((p) => p.message)).toEqual(sorted.map((p) => p.message));
    }
  });

  it("compares lines and columns as numbers, not as text", () => {
    const sorted = sortProblems([problem("l10", at("a", 10, 1)), problem("l9", at("a", 9, 1)), problem("c10", at("a", 1, 10)), problem("c9", at("a", 1, 9))]);
    expect(sorted.map((p) => p.message)).toEqual(["c9", "c10", "l9", "l10"]);
  });
});

describe("dropping repeated problems", () => {
  it("keeps the first of problems that print the same, in order, and every problem that prints differently", () => {
    const given = [
      problem("b", at("a.yaml", 1, 1, "/x")),
      problem("a", at("a.yaml", 1, 1)),
      problem("b", at("a.yaml", 1, 1, "/x")),
      problem("b", at("a.yaml", 1, 1, "/y")),
      problem("b", at("a.yaml", 1, 1, "/x"), "warning"),
      problem("a", at("a.yaml", 1, 1)),
    ];
    expect(uniqueProblems(given)).toEqual([given[0], given[1], given[3], given[4]]);
  });
});

describe("the error a failed stage throws", () => {
  it("carries every problem and prints them sorted, one a line", () => {
    const problems = [problem("second", at("b.yaml", 1, 1)), problem("first", at("a.yaml", 4, 2, "/info"), "warning", "info")];
    const error = new GenerationError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("GenerationError");
    expect(error.problems).toBe(problems);
    expect(error.message).toBe("a.yaml:4:2 warning [info] first (at #/info)\nb.yaml:1:1 error [r] second");
    expect(formatProblems(problems)).toBe(error.message);
    expect(formatProblems([])).toBe("");
  });

  it.each<[string, Problem[], boolean]>([
    ["no problems", [], false],
    ["only warnings", [problem("w", undefined, "warning"), problem("v", undefined, "warning")], false],
    ["an error after warnings", [problem("w", undefined, "warning"), problem("e")], true],
    ["only an error", [problem("e")], true],
  ])("has errors with %s: %s", (_name, problems, want) => {
    expect(hasErrors(problems)).toBe(want);
  });
});
