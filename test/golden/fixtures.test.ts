/**
 * Golden output of a small multi-file fixture: the generated sources of its namespace are committed under
 * test/golden/multi-file/, so a change to an emitter shows up as a small reviewable diff here.
 * `npm run golden:update` rewrites them after an intended change.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/index.js";
import { firstDifference } from "../support/text-diff.js";

const FIXTURE = "test/fixtures/valid/multi-file";
const GOLDEN = "test/golden/multi-file";
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden: generated sources of test/fixtures/valid/multi-file", async () => {
  const { files, models } = await generate(FIXTURE);
  const namespace = models[0]?.namespace ?? "";
  const wanted = files.filter((f) => f.path.startsWith(`src/${namespace}/`) && f.path !== `src/${namespace}/schema.ts`);

  if (update) {
    rmSync(GOLDEN, { recursive: true, force: true });
    mkdirSync(GOLDEN, { recursive: true });
    for (const file of wanted) writeFileSync(path.join(GOLDEN, path.basename(file.path)), file.contents);
  }

  it("emits the same set of files", () => {
    const committed = existsSync(GOLDEN) ? readdirSync(GOLDEN).sort() : [];
    expect(wanted.map((f) => path.basename(f.path)).sort()).toEqual(committed);
  });

  for (const file of wanted) {
    it(`${path.basename(file.path)} matches the committed golden file`, () => {
      const committed = readFileSync(path.join(GOLDEN, path.basename(file.path)), "utf8");
      expect(committed === file.contents, firstDifference(committed, file.contents)).toBe(true);
    });
  }
});
