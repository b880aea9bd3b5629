// What `npm run mutation -- --changed` re-measures: the lines that changed since a file's run, and the
// earlier results it keeps for the rest.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changedScope, globPattern, lineChanges, mergedBase, toRanges, type FullReport } from "./changed.js";

const lines = (...text: string[]) => text.join("\n");

describe("lineChanges", () => {
  const rows: { name: string; before: string; after: string; changed: number[]; moved: [number, number][] }[] = [
    { name: "nothing changed", before: lines("a", "b", "c"), after: lines("a", "b", "c"), changed: [], moved: [[1, 1], [2, 2], [3, 3]] },
    { name: "a line edited", before: lines("a", "b", "c"), after: lines("a", "B", "c"), changed: [2], moved: [[1, 1], [3, 3]] },
    { name: "a line inserted moves the rest down", before: lines("a", "b", "c"), after: lines("a", "x", "b", "c"), changed: [2], moved: [[1, 1], [2, 3], [3, 4]] },
    { name: "a line removed marks both neighbours", before: lines("a", "b", "c", "d"), after: lines("a", "c", "d"), changed: [1, 2], moved: [[1, 1], [3, 2], [4, 3]] },
    { name: "the first line removed marks the new first line", before: lines("a", "b"), after: lines("b"), changed: [1], moved: [[2, 1]] },
    { name: "the last line removed marks the new last line", before: lines("a", "b"), after: lines("a"), changed: [1], moved: [[1, 1]] },
    { name: "edits at both ends", before: lines("a", "b", "c", "d"), after: lines("A", "b", "c", "D"), changed: [1, 4], moved: [[2, 2], [3, 3]] },
  ];
  it.each(rows)("$name", ({ before, after, changed, moved }) => {
    const result = lineChanges(before, after);
    expect(result.changed).toEqual(changed);
    expect([...result.moved].sort((x, y) => x[0] - y[0])).toEqual(moved);
  });
});

describe("toRanges", () => {
  it.each([
    { given: [], want: [] },
    { given: [3], want: [[3, 3]] },
    { given: [5, 1, 2, 3, 7, 8, 2], want: [[1, 3], [5, 5], [7, 8]] },
  ])("$given → $want", ({ given, want }) => expect(toRanges(given)).toEqual(want));
});

describe("globPattern", () => {
  it.each([
    { glob: "generator/**/*.ts", path: "generator/index.ts", matches: true },
    { glob: "generator/**/*.ts", path: "generator/emit/groups.ts", matches: true },
    { glob: "generator/emit/**/*.ts", path: "generator/model/index.ts", matches: false },
    { glob: "generator/*.ts", path: "generator/emit/groups.ts", matches: false },
    { glob: "generator/cli/watch.ts", path: "generator/cli/watch.ts", matches: true },
    { glob: "generator/cli/watch.ts", path: "generator/cli/watchXts", matches: false },
  ])("$glob against $path: $matches", ({ glob, path: file, matches }) => expect(globPattern(glob).test(file)).toBe(matches));
});

const mutant = (id: string, line: number, extra: object = {}) => ({ id, mutatorName: "BooleanLiteral", replacement: "false", status: "Killed" as const, location: { start: { line, column: 1 }, end: { line, column: 5 } }, ...extra });

describe("mergedBase", () => {
  it("keeps each file as its latest run left it, with test ids made unique per run", () => {
    const first: FullReport = {
      files: { "generator/a.ts": { source: "a", mutants: [mutant("1", 1, { coveredBy: ["0"], killedBy: ["0"] })] } },
      testFiles: { "test/a.test.ts": { source: "t", tests: [{ id: "0", name: "a works" }] } },
    };
    const second: FullReport = {
      files: { "generator/b.ts": { source: "b", mutants: [mutant("1", 2, { coveredBy: ["0", "1"], killedBy: [] })] } },
      testFiles: { "test/a.test.ts": { source: "t", tests: [{ id: "0", name: "b works" }, { id: "1", name: "b again" }] } },
    };
    const base = mergedBase(new Map([["generator/a.ts", { run: "r1", report: first }], ["generator/b.ts", { run: "r2", report: second }]]));
    expect(Object.keys(base.files)).toEqual(["generator/a.ts", "generator/b.ts"]);
    expect(base.files["generator/a.ts"]?.mutants[0]).toMatchObject({ coveredBy: ["r1/0"], killedBy: ["r1/0"] });
    expect(base.files["generator/b.ts"]?.mutants[0]).toMatchObject({ coveredBy: ["r2/0", "r2/1"], killedBy: [] });
    expect(base.testFiles?.["test/a.test.ts"]?.tests.map((t) => t.id)).toEqual(["r1/0", "r2/0", "r2/1"]);
  });
});

describe("changedScope", () => {
  const repo = mkdtempSync(path.join(tmpdir(), "changed-scope-"));
  mkdirSync(path.join(repo, "generator"), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(path.join(repo, file), text);
  const report = (file: string, source: string): FullReport => ({ files: { [file]: { source, mutants: [mutant("1", 1)] } } });

  it("mutates the changed lines of a changed file, skips an unchanged one and takes a new file whole", () => {
    write("generator/edited.ts", lines("a", "B", "C", "d"));
    write("generator/same.ts", lines("a", "b"));
    write("generator/new.ts", lines("x"));
    const latest = new Map([
      ["generator/edited.ts", { run: "r1", report: report("generator/edited.ts", lines("a", "b", "c", "d")) }],
      ["generator/same.ts", { run: "r1", report: report("generator/same.ts", lines("a", "b")) }],
    ]);
    const { mutate, base } = changedScope(["generator/edited.ts", "generator/new.ts", "generator/same.ts"], latest, new Map(), repo);
    expect(mutate).toEqual(["generator/edited.ts:2-3", "generator/new.ts"]);
    expect([...base.keys()]).toEqual(["generator/edited.ts"]);
  });

  it("adds a claimed survivor's lines where they now stand, in an otherwise unchanged file", () => {
    write("generator/claimed.ts", lines("inserted", "a", "b {", "c", "}"));
    const block = { ...mutant("1", 3), status: "Survived" as const, mutatorName: "BlockStatement", location: { start: { line: 2, column: 3 }, end: { line: 4, column: 2 } } };
    // A claim about a mutant its run already killed needs no second look.
    const latest = new Map([["generator/claimed.ts", { run: "r1", report: { files: { "generator/claimed.ts": { source: lines("a", "b {", "c", "}"), mutants: [mutant("1", 1), block] } } } }]]);
    const { mutate } = changedScope(["generator/claimed.ts"], latest, new Map([["generator/claimed.ts", [{ line: 2, column: 3 }, { line: 1, column: 1 }]]]), repo);
    expect(mutate).toEqual(["generator/claimed.ts:1-1", "generator/claimed.ts:3-5"]);
  });

  it("grows a changed line's range to an earlier mutant around it, which Stryker would otherwise leave out", () => {
    write("generator/block.ts", lines("if (x) {", "  y();", "  Z();", "}", "w();"));
    const block = { ...mutant("2", 1), mutatorName: "BlockStatement", location: { start: { line: 1, column: 8 }, end: { line: 4, column: 2 } } };
    const latest = new Map([["generator/block.ts", { run: "r1", report: { files: { "generator/block.ts": { source: lines("if (x) {", "  y();", "  z();", "}", "w();"), mutants: [mutant("1", 5), block] } } } }]]);
    expect(changedScope(["generator/block.ts"], latest, new Map(), repo).mutate).toEqual(["generator/block.ts:1-4"]);
  });
});
