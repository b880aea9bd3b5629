import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareOutput, generate } from "../../generator/index.js";
import { firstDifference } from "../support/text-diff.js";

describe("golden: the committed generated/ package", () => {
  it("is byte-for-byte what the generator makes from spec/ now", async () => {
    const { files } = await generate("spec");
    const staleness = compareOutput(files, "generated");
    const firstChanged = staleness.changed[0];
    const detail = firstChanged
      ? `\n${firstChanged}: ${firstDifference(readFileSync(path.join("generated", firstChanged), "utf8"), files.find((f) => f.path === firstChanged)?.contents ?? "")}`
      : "";
    expect(staleness, `run \`npm run generate\` and commit generated/${detail}`).toEqual({ changed: [], missing: [], extra: [] });
  });

  it("does not depend on the working directory it is generated from", async () => {
    const [here, elsewhere] = await Promise.all([generate("spec"), generate(path.resolve("spec"), tmpdir())]);
    expect(elsewhere.files.map((f) => f.path)).toEqual(here.files.map((f) => f.path));
    for (const [i, file] of here.files.entries()) expect(elsewhere.files[i]?.contents, file.path).toBe(file.contents);
  });

  it("is deterministic: two runs give the same bytes", async () => {
    const [first, second] = await Promise.all([generate("spec"), generate("spec")]);
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    for (const [i, file] of first.files.entries()) expect(second.files[i]?.contents, file.path).toBe(file.contents);
  });
});

describe("the runtime in the package", () => {
  it("is templates/runtime copied byte for byte", async () => {
    const { runtimeFiles } = await import("../../generator/index.js");
    const { readdirSync } = await import("node:fs");
    const names = readdirSync("templates/runtime").filter((name) => name.endsWith(".ts")).sort();
    expect(runtimeFiles().map((f) => f.path)).toEqual(names.map((name) => `src/runtime/${name}`));
    for (const name of names) {
      expect(readFileSync(path.join("generated/src/runtime", name), "utf8"), name).toBe(readFileSync(path.join("templates/runtime", name), "utf8"));
    }
  });
});
