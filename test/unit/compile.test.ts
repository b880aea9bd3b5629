/**
 * The compile stage across runs in one process (what `--watch` does): a file compiled before is reused
 * only while its text is the same, and no run type-checks the program. What one run emits is tested in
 * format-compile.test.ts. Each text carries this run's nonce, so that the on-disk cache of an earlier
 * run cannot answer for it and the first compilation really happens here.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compilePackage, verifyPackage } from "../../generator/compile/index.js";

const nonce = randomUUID();
const file = (path: string, contents: string) => ({ path, contents: path.endsWith(".ts") ? `${contents}// ${nonce}\n` : contents });
const byPath = (files: readonly { path: string; contents: string }[]) => Object.fromEntries(files.map((f) => [f.path, f.contents]));

describe("compilePackage, run after run", () => {
  it("recompiles a file whose text changed since the last run, and only gives back the current text's output", async () => {
    const first = byPath((await compilePackage([file("src/watch.ts", "export const version: number = 1;\n")])).dist);
    const second = byPath((await compilePackage([file("src/watch.ts", "export const version: number = 2;\n")])).dist);
    const again = byPath((await compilePackage([file("src/watch.ts", "export const version: number = 1;\n")])).dist);
    expect(first["dist/watch.js"]).toContain("version = 1");
    expect(second["dist/watch.js"]).toContain("version = 2");
    expect(second["dist/watch.d.ts"]).toContain("version: number");
    expect(again).toEqual(first);
  });

  it("reports a syntax error with the generated file and line, also when the same text comes again", async () => {
    const broken = [file("src/broken.ts", "export const ok: number = 1;\nexport const = 2;\n")];
    for (let run = 0; run < 2; run++) {
      const { problems } = await compilePackage(broken);
      expect(problems[0]).toMatchObject({ rule: "generated-code-compiles", location: { file: "generated/src/broken.ts", line: 2 } });
    }
  });

  it("does not type-check: a type error passes here and only verifyPackage reports it", async () => {
    const unsound = [file("src/unsound.ts", 'export const n: number = "text" as unknown as number;\nexport const m: number = "text";\n')];
    expect((await compilePackage(unsound)).problems).toEqual([]);
    const problems = verifyPackage([...unsound, file("package.json", '{ "type": "module" }\n')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: "generated-code-compiles", location: { file: "generated/src/unsound.ts", line: 2 } });
    expect(problems[0]?.message).toContain("not assignable to type 'number'");
  });
});
