import { describe, expect, it } from "vitest";
import { compareOutput, generate } from "../../generator/index.js";

describe("golden: the committed generated/ package", () => {
  it("is byte-for-byte what the generator makes from spec/ now", async () => {
    const { files } = await generate("spec");
    const staleness = compareOutput(files, "generated");
    expect(staleness, "run `npm run generate` and commit generated/").toEqual({ changed: [], missing: [], extra: [] });
  });

  it("is deterministic: two runs give the same bytes", async () => {
    const [first, second] = await Promise.all([generate("spec"), generate("spec")]);
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    for (const [i, file] of first.files.entries()) expect(second.files[i]?.contents, file.path).toBe(file.contents);
  });
});
