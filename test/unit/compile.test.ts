/**
 * The compile stage: per-file JavaScript and declarations, with no type-check of the program; a file
 * compiled before in this process (a `--watch` save) is reused only while its text is the same.
 */
import { describe, expect, it } from "vitest";
import { compilePackage, verifyPackage } from "../../generator/compile/index.js";

const file = (path: string, contents: string, typesOnly?: true) => ({ path, contents, ...(typesOnly ? { typesOnly } : {}) });
const byPath = (files: readonly { path: string; contents: string }[]) => Object.fromEntries(files.map((f) => [f.path, f.contents]));

describe("compilePackage", () => {
  it("emits .js and .d.ts for every src/ module, and a types-only module as its own declarations", () => {
    const { dist, problems } = compilePackage([
      file("src/a.ts", "export const answer: number = 42;\nexport function twice(n: number): number {\n  return n * 2;\n}\n"),
      file("src/types.ts", "export type Id = string;\n", true),
      file("README.md", "# not compiled\n"),
    ]);
    expect(problems).toEqual([]);
    const out = byPath(dist);
    expect(Object.keys(out).sort()).toEqual(["dist/a.d.ts", "dist/a.js", "dist/types.d.ts", "dist/types.js"]);
    expect(out["dist/a.js"]).toContain("export const answer = 42;");
    expect(out["dist/a.d.ts"]).toContain("export declare function twice(n: number): number;");
    expect(out["dist/types.js"]).toBe("export {};\n");
    expect(out["dist/types.d.ts"]).toBe("export type Id = string;\n");
  });

  it("recompiles a file whose text changed since the last run, and only gives back the current text's output", () => {
    const first = byPath(compilePackage([file("src/watch.ts", "export const version: number = 1;\n")]).dist);
    const second = byPath(compilePackage([file("src/watch.ts", "export const version: number = 2;\n")]).dist);
    const again = byPath(compilePackage([file("src/watch.ts", "export const version: number = 1;\n")]).dist);
    expect(first["dist/watch.js"]).toContain("version = 1");
    expect(second["dist/watch.js"]).toContain("version = 2");
    expect(second["dist/watch.d.ts"]).toContain("version: number");
    expect(again).toEqual(first);
  });

  it("reports a syntax error with the generated file and line, also when the same text comes again", () => {
    const broken = [file("src/broken.ts", "export const ok: number = 1;\nexport const = 2;\n")];
    for (let run = 0; run < 2; run++) {
      const { problems } = compilePackage(broken);
      expect(problems[0]).toMatchObject({ rule: "generated-code-compiles", location: { file: "generated/src/broken.ts", line: 2 } });
    }
  });

  it("does not type-check: a type error passes here and only verifyPackage reports it", () => {
    const unsound = [file("src/unsound.ts", 'export const n: number = "text" as unknown as number;\nexport const m: number = "text";\n')];
    expect(compilePackage(unsound).problems).toEqual([]);
    const problems = verifyPackage([...unsound, file("package.json", '{ "type": "module" }\n')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: "generated-code-compiles", location: { file: "generated/src/unsound.ts", line: 2 } });
    expect(problems[0]?.message).toContain("not assignable to type 'number'");
  });
});
