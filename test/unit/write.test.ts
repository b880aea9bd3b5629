import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compareOutput, GenerationError, isFresh, listFiles, writeOutput } from "../../generator/index.js";

const ROOT = path.resolve("test/.tmp/write-stage");
const OUT = path.join(ROOT, "out");
const marked = (name: string) => [
  { path: "package.json", contents: JSON.stringify({ name, generatedBy: "webflow-codegen" }) },
  { path: "src/index.ts", contents: `export const name = ${JSON.stringify(name)};\n` },
];

afterEach(() => rmSync(ROOT, { recursive: true, force: true }));

describe("writing the package", () => {
  it("writes into a missing or empty folder and leaves no temporary folder behind", () => {
    writeOutput(marked("first"), OUT);
    expect(listFiles(OUT)).toEqual(["package.json", "src/index.ts"]);
    expect(readdirSync(ROOT)).toEqual(["out"]);
  });

  it("replaces a package it wrote, dropping files the new run does not make", () => {
    writeOutput([...marked("first"), { path: "stale.txt", contents: "old" }], OUT);
    writeOutput(marked("second"), OUT);
    expect(listFiles(OUT)).toEqual(["package.json", "src/index.ts"]);
    expect(readFileSync(path.join(OUT, "src/index.ts"), "utf8")).toContain("second");
  });

  it("refuses to replace a folder it did not write, and touches nothing in it", () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, "notes.txt"), "mine");
    expect(() => writeOutput(marked("x"), OUT)).toThrow(GenerationError);
    expect(() => writeOutput(marked("x"), OUT)).toThrow(/refusing to replace .*out: it is not empty/);
    try {
      writeOutput(marked("x"), OUT);
    } catch (error) {
      expect((error as GenerationError).problems.map((p) => [p.severity, p.rule])).toEqual([["error", "output-folder"]]);
    }
    expect(listFiles(OUT)).toEqual(["notes.txt"]);
    expect(readdirSync(ROOT)).toEqual(["out"]);
  });

  it("puts back the previous output a run killed between its two renames left aside", () => {
    mkdirSync(path.join(ROOT, ".out-old-123-1", "src"), { recursive: true });
    for (const file of marked("survivor")) writeFileSync(path.join(ROOT, ".out-old-123-1", file.path), file.contents);
    expect(existsSync(OUT)).toBe(false);
    writeOutput(marked("next"), OUT);
    expect(readFileSync(path.join(OUT, "src/index.ts"), "utf8")).toContain("next");
    expect(readdirSync(ROOT)).toEqual(["out"]);
  });

  it.each([
    ["an empty folder", () => mkdirSync(OUT, { recursive: true })],
    ["a package whose package.json says generatedBy webflow-codegen, whatever else it holds", () => {
      mkdirSync(path.join(OUT, "deep", "er"), { recursive: true });
      writeFileSync(path.join(OUT, "package.json"), JSON.stringify({ name: "old", generatedBy: "webflow-codegen", version: "9" }));
      writeFileSync(path.join(OUT, "deep", "er", "file.txt"), "old");
    }],
  ])("replaces %s", (_name, setup) => {
    setup();
    writeOutput(marked("new"), OUT);
    expect(listFiles(OUT)).toEqual(["package.json", "src/index.ts"]);
    expect(readdirSync(ROOT)).toEqual(["out"]);
  });

  it.each([
    ["a folder holding only a dot-file", { ".keep": "" }],
    ["a package.json without generatedBy", { "package.json": JSON.stringify({ name: "mine" }) }],
    ["a package.json another generator wrote", { "package.json": JSON.stringify({ name: "x", generatedBy: "openapi-typescript" }) }],
    ["a package.json whose generatedBy is not the string", { "package.json": JSON.stringify({ name: "x", generatedBy: ["webflow-codegen"] }) }],
    ["a package.json that is not JSON", { "package.json": "{ generatedBy: webflow-codegen" }],
    ["a folder with generatedBy in a nested package.json only", { "sub/package.json": JSON.stringify({ generatedBy: "webflow-codegen" }) }],
  ])("refuses to replace %s, and leaves it as it was", (_name, files) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(OUT, file)), { recursive: true });
      writeFileSync(path.join(OUT, file), text);
    }
    expect(() => writeOutput(marked("x"), OUT)).toThrow(/refusing to replace .*out: it is not empty and is not a package webflow-codegen wrote/);
    expect(listFiles(OUT)).toEqual(Object.keys(files).sort());
    for (const [file, text] of Object.entries(files)) expect(readFileSync(path.join(OUT, file), "utf8")).toBe(text);
    expect(readdirSync(ROOT)).toEqual(["out"]);
  });

  /** A leftover folder beside OUT holding a package named `name`. */
  const leftover = (folder: string, name: string) => {
    mkdirSync(path.join(ROOT, folder, "src"), { recursive: true });
    for (const file of marked(name)) writeFileSync(path.join(ROOT, folder, file.path), file.contents);
  };

  it("puts back the previous output first, so a refusal still sees it: a folder that was not ours stays refused", () => {
    mkdirSync(path.join(ROOT, ".out-old-123-1"), { recursive: true });
    writeFileSync(path.join(ROOT, ".out-old-123-1", "notes.txt"), "mine");
    expect(() => writeOutput(marked("x"), OUT)).toThrow(GenerationError);
    expect(listFiles(OUT)).toEqual(["notes.txt"]);
    expect(readdirSync(ROOT)).toEqual(["out"]);
  });

  it("restores nothing while the output folder exists: the leftover stays where it is", () => {
    writeOutput(marked("current"), OUT);
    leftover(".out-old-123-1", "older");
    writeOutput(marked("next"), OUT);
    expect(readFileSync(path.join(OUT, "src/index.ts"), "utf8")).toContain("next");
    expect(readdirSync(ROOT).sort()).toEqual([".out-old-123-1", "out"]);
  });

  it("never restores a staging folder (.out-new-*): a run killed while writing leaves it incomplete", () => {
    leftover(".out-new-123-1", "half-written");
    writeOutput(marked("next"), OUT);
    expect(readFileSync(path.join(OUT, "src/index.ts"), "utf8")).toContain("next");
    expect(readdirSync(ROOT).sort()).toEqual([".out-new-123-1", "out"]);
  });

  it("restores the most recent of several leftovers, by the time in its name", () => {
    leftover(".out-old-99-1700000000000", "older");
    leftover(".out-old-123-1700000005000", "newer");
    // Restored into out/ and then replaced by this run: the newer one is gone, the older one stays.
    writeOutput(marked("next"), OUT);
    expect(readdirSync(ROOT).sort()).toEqual([".out-old-99-1700000000000", "out"]);
  });

  it.each([".out-old-123-1x", ".out-old-123-", ".out-old--1", ".out-old-123-1-2", ".out-old-123"])("does not take %s, which is not pid-ms", (name) => {
    leftover(name, "not a leftover");
    writeOutput(marked("next"), OUT);
    expect(readFileSync(path.join(OUT, "src/index.ts"), "utf8")).toContain("next");
    expect(readdirSync(ROOT).sort()).toEqual([name, "out"]);
  });

  it("of two leftovers from the same millisecond, restores the one whose name sorts last", () => {
    leftover(".out-old-200-1700000000000", "b");
    leftover(".out-old-100-1700000000000", "a");
    // The restored one becomes out/ and is replaced; the other stays.
    writeOutput(marked("next"), OUT);
    expect(readdirSync(ROOT).sort()).toEqual([".out-old-100-1700000000000", "out"]);
  });

  it("refuses a file whose path leaves the package, writing nothing and keeping the previous output", () => {
    writeOutput(marked("first"), OUT);
    expect(() => writeOutput([...marked("second"), { path: "../escaped.txt", contents: "x" }], OUT)).toThrow("internal: output path escapes the package: ../escaped.txt");
    expect(readFileSync(path.join(OUT, "src/index.ts"), "utf8")).toContain("first");
    expect(readdirSync(ROOT).sort()).toEqual(["out"]);
  });

  it("takes only its own leftovers, not those of an output folder whose name starts the same", () => {
    leftover(".out-old-x-old-123-1", "sibling");
    writeOutput(marked("mine"), OUT);
    expect(readdirSync(ROOT).sort()).toEqual([".out-old-x-old-123-1", "out"]);
    expect(readFileSync(path.join(ROOT, ".out-old-x-old-123-1", "src/index.ts"), "utf8")).toContain("sibling");
  });
});

describe("comparing the output (--check)", () => {
  const files = marked("now");

  it("is fresh when every file is there with the same bytes and nothing else is", () => {
    writeOutput(files, OUT);
    const staleness = compareOutput(files, OUT);
    expect(staleness).toEqual({ changed: [], missing: [], extra: [] });
    expect(isFresh(staleness)).toBe(true);
  });

  it("names a changed, a missing and an extra file, each only in its own list", () => {
    writeOutput(files, OUT);
    writeFileSync(path.join(OUT, "src/index.ts"), "edited");
    rmSync(path.join(OUT, "package.json"));
    writeFileSync(path.join(OUT, "stray.txt"), "x");
    expect(compareOutput(files, OUT)).toEqual({ changed: ["src/index.ts"], missing: ["package.json"], extra: ["stray.txt"] });
  });

  it.each([
    ["only an extra file", { changed: [], missing: [], extra: ["a"] }],
    ["only a missing file", { changed: [], missing: ["a"], extra: [] }],
    ["only a changed file", { changed: ["a"], missing: [], extra: [] }],
    ["a changed and an extra file", { changed: ["a"], missing: [], extra: ["b"] }],
    ["a changed and a missing file", { changed: ["a"], missing: ["b"], extra: [] }],
    ["a missing and an extra file", { changed: [], missing: ["a"], extra: ["b"] }],
  ])("is stale with %s", (_name, staleness) => {
    expect(isFresh(staleness)).toBe(false);
  });

  it("is stale with only extra files, nested ones included", () => {
    writeOutput(files, OUT);
    mkdirSync(path.join(OUT, "src", "old"), { recursive: true });
    writeFileSync(path.join(OUT, "src", "old", "gone.ts"), "x");
    expect(compareOutput(files, OUT)).toEqual({ changed: [], missing: [], extra: ["src/old/gone.ts"] });
  });

  it("lists files sorted by path, those in folders among the rest", () => {
    for (const file of ["z.txt", "a/b.txt", "B.txt", "c/d/e.txt", "c/a.txt"]) {
      mkdirSync(path.dirname(path.join(OUT, file)), { recursive: true });
      writeFileSync(path.join(OUT, file), "x");
    }
    expect(listFiles(OUT)).toEqual(["B.txt", "a/b.txt", "c/a.txt", "c/d/e.txt", "z.txt"]);
  });

  it("sees every file missing when the folder does not exist", () => {
    expect(compareOutput(files, path.join(ROOT, "nowhere"))).toEqual({ changed: [], missing: ["package.json", "src/index.ts"], extra: [] });
  });
});
