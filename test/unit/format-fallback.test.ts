/**
 * formatFiles' safety net: a large TypeScript file whose formatted pieces do not join back (a shape
 * generator/write/pieces.ts did not foresee) is formatted whole, so the output is prettier's either way.
 * The join is made to refuse here; pieces.test.ts shows when the real one does.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { formatFiles } from "../../generator/write/format.js";
import { formatText, parserFor } from "../../generator/write/prettier.js";

const refused: string[] = [];
let split = 0;
let planned = 0;
vi.mock("../../generator/write/settled.js", async (importOriginal) => {
  const settled = await importOriginal<typeof import("../../generator/write/settled.js")>();
  return {
    ...settled,
    planSettled: (text: string) => {
      planned++;
      return settled.planSettled(text);
    },
  };
});
vi.mock("../../generator/write/pieces.js", async (importOriginal) => {
  const pieces = await importOriginal<typeof import("../../generator/write/pieces.js")>();
  return {
    ...pieces,
    splitForFormat: (text: string) => {
      const made = pieces.splitForFormat(text);
      if (made) split++;
      return made && { ...made, join: (formatted: readonly string[]) => (text.includes("refuse") ? (refused.push(text.slice(0, 40)), undefined) : made.join(formatted)) };
    },
  };
});

/** An interface over twice the piece length, as schema.ts has: formatted in pieces. */
const big = (name: string) =>
  `export interface ${name} {\n${Array.from({ length: 2500 }, (_, i) => `  m${i}: {a:'${randomUUID()}', b: [1,2,3]}\n`).join("")}}\n`;

describe("formatFiles", () => {
  it("formats whole a large file whose pieces do not join, and joins the pieces of another", async () => {
    const files = [
      { path: "src/refuse.ts", contents: big("refuse") },
      { path: "src/small.ts", contents: "export const  s = 1\n" },
      { path: "src/joins.ts", contents: big("joins") },
    ];
    expect(files[0]!.contents.length).toBeGreaterThan(128_000);
    const out = await formatFiles(files);
    // Both large files were split; the real join answered for the second.
    expect(split).toBe(2);
    expect(refused).toHaveLength(1);
    expect(out.map((f) => f.path)).toEqual(["src/refuse.ts", "src/small.ts", "src/joins.ts"]);
    for (const [i, file] of files.entries()) {
      expect(out[i]?.contents).toBe(await formatText(file.contents, parserFor(file.path) as string));
    }
  }, 120_000);

  it("answers a large file formatted before whole, without splitting it again; one that did not join is split again", async () => {
    const files = [
      { path: "src/refuse.ts", contents: big("refuse") },
      { path: "src/joins.ts", contents: big("joins") },
    ];
    const first = await formatFiles(files);
    split = 0;
    refused.length = 0;
    const again = await formatFiles(files);
    expect(again).toEqual(first);
    // Only the file whose pieces refused to join (and was formatted whole) is split again.
    expect(split).toBe(1);
    expect(refused).toHaveLength(1);
    // A changed file is split again.
    const changed = [{ path: "src/joins.ts", contents: files[1]!.contents.replace("m7:", "m7b:") }];
    expect((await formatFiles(changed))[0]?.contents).toContain("m7b: {");
    expect(split).toBe(2);
  }, 120_000);

  it("answers a types file formatted before whole, without planning its settled members again", async () => {
    const types = { path: "src/api/schema.ts", contents: `export interface components {\n    schemas: {\n        Long: ${Array.from({ length: 12 }, (_, i) => `"value-${i}-${randomUUID()}"`).join(" | ")};\n        Short: string;\n    };\n}\n`, typesOnly: true };
    planned = 0;
    const first = await formatFiles([types]);
    expect(first[0]?.contents).toBe(await formatText(types.contents, "babel-ts"));
    expect(planned).toBe(1);
    expect(await formatFiles([types])).toEqual(first);
    expect(planned).toBe(1);
  });
});
