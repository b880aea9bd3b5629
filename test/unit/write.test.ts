import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GenerationError, listFiles, writeOutput } from "../../generator/index.js";

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
});
