/**
 * The format and compile stages on their own: generated files in, formatted text and dist/ files (or the
 * problems a person would read) out. Texts carry a per-run nonce so the on-disk format cache of an
 * earlier run cannot answer for them.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compilePackage, verifyPackage } from "../../generator/compile/index.js";
import type { GeneratedFile } from "../../generator/emit/source.js";
import { formatFiles } from "../../generator/write/format.js";
import { FORMAT_FINGERPRINT, formatText, parserFor } from "../../generator/write/prettier.js";

const nonce = () => randomUUID().replace(/-/g, "");
const CACHE = fileURLToPath(new URL("../../node_modules/.cache/webflow-codegen/format/", import.meta.url));

afterEach(() => void vi.unstubAllEnvs());

describe("format", () => {
  it("picks prettier's parser by extension, and none for other files", () => {
    expect(["a.ts", "src/a.d.ts", "package.json", "README.md", "a.js", "a.tsx", "a.ts.txt", "json", "a.json.bak", "a.md.txt", "amd", "ats"].map((file) => parserFor(file))).toEqual(["babel-ts", "babel-ts", "json", "markdown", undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it("prints with babel-ts the same bytes as with prettier's typescript parser", async () => {
    const text = readFileSync(new URL("../../generated/src/v2/items.ts", import.meta.url), "utf8");
    expect(await formatText(text, "babel-ts")).toBe(await formatText(text, "typescript"));
  });

  it("formats TypeScript, JSON and Markdown with the fixed options, in order, and leaves other files as they are", async () => {
    const id = nonce();
    const files: GeneratedFile[] = [
      { path: "src/a.ts", contents: `export const  x${id} = {a:'b', c: [1,2,3]}\n` },
      { path: "notes.txt", contents: `  keep   ${id}  ` },
      { path: "package.json", contents: `{"name":"n${id}","files":["dist"]}` },
      { path: "README.md", contents: `# T${id}\n* a\n* b\n` },
      { path: "src/b.ts", contents: `export function f${id}(a:number,b:number,c:number,d:number,e:number,f:number,g:number,h:number,i:number){return a}` },
    ];
    const out = await formatFiles(files);
    expect(out.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(out[0]?.contents).toBe(`export const x${id} = { a: "b", c: [1, 2, 3] };\n`);
    expect(out[1]).toBe(files[1]);
    expect(out[2]?.contents).toBe(`{ "name": "n${id}", "files": ["dist"] }\n`);
    expect(out[3]?.contents).toBe(`# T${id}\n\n- a\n- b\n`);
    expect(out[4]?.contents).toBe(
      `export function f${id}(\n  a: number,\n  b: number,\n  c: number,\n  d: number,\n  e: number,\n  f: number,\n  g: number,\n  h: number,\n  i: number,\n) {\n  return a;\n}\n`,
    );
  });

  it("answers a text it formatted before from its cache with the same result, per parser", async () => {
    const id = nonce();
    const contents = `[1,2, "${id}"]`;
    const first = await formatFiles([{ path: "a.json", contents }]);
    const again = await formatFiles([{ path: "b.json", contents }, { path: "c.ts", contents }]);
    expect(first[0]?.contents).toBe(`[1, 2, "${id}"]\n`);
    expect(again.map((f) => f.contents)).toEqual([`[1, 2, "${id}"]\n`, `[1, 2, "${id}"];\n`]);
  });

  it("keeps what it formats on disk under node_modules/.cache/webflow-codegen/format, keyed by prettier's fingerprint, the parser and the text", async () => {
    // A `let`, which generator/write/layout leaves to prettier, so that the whole text is prettier's job.
    const contents = `export let  c${nonce()} = 1`;
    const [out] = await formatFiles([{ path: "src/c.ts", contents }]);
    const key = createHash("sha256").update(FORMAT_FINGERPRINT).update("\0").update("babel-ts").update("\0").update(contents).digest("hex");
    expect(readFileSync(path.join(CACHE, key), "utf8")).toBe(out?.contents);
    expect(readdirSync(CACHE).filter((name) => name.startsWith(key))).toEqual([key]);
  });

  it("answers from the disk cache a text an earlier run formatted, and a text's cached result only for its own parser", async () => {
    const contents = `export let  d${nonce()} = 1`;
    const keyFor = (parser: string) => createHash("sha256").update(FORMAT_FINGERPRINT).update("\0").update(parser).update("\0").update(contents).digest("hex");
    mkdirSync(CACHE, { recursive: true });
    // What an earlier process left: this process has never formatted the text.
    writeFileSync(path.join(CACHE, keyFor("babel-ts")), "// from the cache\n");
    const out = await formatFiles([{ path: "src/d.ts", contents }, { path: "notes.md", contents }]);
    expect(out[0]?.contents).toBe("// from the cache\n");
    expect(out[1]?.contents).not.toBe("// from the cache\n");
    expect(readFileSync(path.join(CACHE, keyFor("markdown")), "utf8")).toBe(out[1]?.contents);
  });

  it("formats a large Markdown file whole, as prettier prints it, even one whose text reads as a long TypeScript interface", async () => {
    // Over twice the piece length: a .ts file of this shape would be formatted in pieces.
    const contents = `export interface Notes${nonce()} {\n${Array.from({ length: 7000 }, (_, i) => `  note${i}: string;\n`).join("")}}\n`;
    expect(contents.length).toBeGreaterThan(128_000);
    const [out] = await formatFiles([{ path: "NOTES.md", contents }]);
    expect(out?.contents).toBe(await formatText(contents, "markdown"));
  });

  it("fails on a file prettier cannot parse", async () => {
    await expect(formatFiles([{ path: "src/bad.ts", contents: `export const ${nonce()} = ;` }])).rejects.toThrow();
  });

  it("formats a large batch in worker threads (as many as WEBFLOW_CODEGEN_THREADS says) to what prettier prints, each file in its place, and reports a worker's failure", async () => {
    vi.stubEnv("WEBFLOW_CODEGEN_THREADS", "2");
    const id = nonce();
    const lines = (i: number) => Array.from({ length: 2500 + i * 700 }, (_, j) => j);
    // Over the worker threshold (400 kB) and of different sizes, so the biggest-first order matters.
    const files = Array.from({ length: 5 }, (_, i) => ({ path: `src/f${i}.ts`, contents: lines(i).map((j) => `export const v${id}_${i}_${j} = {a:${j},b:'x',c:'0123456789'}`).join("\n") }));
    expect(files.reduce((n, f) => n + f.contents.length, 0)).toBeGreaterThan(400_000);
    // A fresh thread pool, so that the threads it starts can be counted in the process's diagnostic report.
    vi.resetModules();
    const { formatFiles: formatWithFreshPool } = await import("../../generator/write/format.js");
    const threads = () => (process.report.getReport() as unknown as { workers: unknown[] }).workers.length;
    const before = threads();
    const out = await formatWithFreshPool(files);
    expect(threads() - before).toBe(2);
    expect(out.map((f) => f.path)).toEqual(files.map((f) => f.path));
    // What formatText prints for each, one at a time (checked on a sample), written out rather than formatted again.
    // Lines of 81 to 100 characters: the workers print with the fixed options (printWidth 100), not prettier's defaults.
    const printed = (i: number, j: number) => `export const v${id}_${i}_${j} = { a: ${j}, b: "x", c: "0123456789" };`;
    expect([printed(0, 0).length, printed(4, 5299).length].every((n) => n > 80 && n <= 100)).toBe(true);
    expect(await formatText(`export const v${id}_0_7 = {a:7,b:'x',c:'0123456789'}`, "babel-ts")).toBe(`${printed(0, 7)}\n`);
    for (let i = 0; i < files.length; i++) expect(out[i]?.contents).toBe(`${lines(i).map((j) => printed(i, j)).join("\n")}\n`);
    const broken = files.map((f, i) => (i === 2 ? { ...f, contents: `${f.contents.replace(/v/g, "w")}\nexport const = ;` } : { ...f, contents: f.contents.replace(/v/g, "u") }));
    await expect(formatFiles(broken)).rejects.toThrow(Error);
  }, 120_000);
});

describe("compile", () => {
  it("compiles each src/*.ts to dist/ .js and .d.ts, passes over every other file, and keeps a types-only file as its own declarations", async () => {
    const { dist, problems } = await compilePackage([
      { path: "src/a.ts", contents: 'import type { T } from "./t.js";\nexport const one: T = 1;\nexport function twice(n: number): number {\n  return n * 2;\n}\n' },
      { path: "src/t.ts", contents: "export type T = number;\n", typesOnly: true },
      { path: "src/data.json", contents: "{}" },
      { path: "lib/x.ts", contents: "export const x = 1;\n" },
      { path: "src/readme.md", contents: "# x" },
      { path: "package.json", contents: "{}" },
    ]);
    expect(problems).toEqual([]);
    expect(dist.map((f) => f.path)).toEqual(["dist/a.js", "dist/a.d.ts", "dist/t.js", "dist/t.d.ts"]);
    expect(dist[0]?.contents).toBe("export const one = 1;\nexport function twice(n) {\n\treturn n * 2;\n}\n");
    expect(dist[1]?.contents).toBe('import type { T } from "./t.js";\nexport declare const one: T;\nexport declare function twice(n: number): number;\n');
    expect(dist[2]?.contents).toBe("export {};\n");
    expect(dist[3]?.contents).toBe("export type T = number;\n");
  });

  it.each([
    // [given: the comment in the source, want: the JavaScript, want: the declaration]
    ["a top-level doc comment", "/**\n * Doc.\n * @returns one.\n */\nexport const a: number = 1;\n", "/**\n * Doc.\n * @returns one.\n */\nexport const a = 1;\n", "/**\n * Doc.\n * @returns one.\n */\nexport declare const a: number;\n"],
    ["a member's doc comment, indented", "export class A {\n  /**\n   * Doc.\n   */\n  b(): void {}\n}\n", "export class A {\n\t/**\n\t * Doc.\n\t */\n\tb() {}\n}\n", "export declare class A {\n\t/**\n\t * Doc.\n\t */\n\tb(): void;\n}\n"],
    ["a star in code, not in a comment", "/** Doc. */\nexport const twice: number = 2 *\n  3;\n", "/** Doc. */\nexport const twice = 2 * 3;\n", "/** Doc. */\nexport declare const twice: number;\n"],
  ])("lines a doc comment's stars up under its opening, in %s", async (_, source, js, dts) => {
    const { dist } = await compilePackage([{ path: "src/a.ts", contents: source }]);
    expect(dist.map((f) => f.contents)).toEqual([js, dts]);
  });

  it("writes LF line endings whatever the source has", async () => {
    // TypeScript keeps a template literal's line break as written.
    const { dist } = await compilePackage([{ path: "src/a.ts", contents: "/**\r\n * Doc.\r\n */\r\nexport const a: string = `x\r\ny`;\r\n" }]);
    expect(dist.map((f) => f.contents)).toEqual(["/**\n * Doc.\n */\nexport const a = `x\ny`;\n", "/**\n * Doc.\n */\nexport declare const a: string;\n"]);
  });

  it("reports what does not compile on its own at its line and column under generated/", async () => {
    const { problems } = await compilePackage([{ path: "src/nested/bad.ts", contents: "export const ok = 1;\n\n  export function f(n) {\n  return n;\n}\n" }]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ severity: "error", rule: "generated-code-compiles", location: { file: "generated/src/nested/bad.ts", line: 3, pointer: "" } });
    expect(problems.every((p) => p.message.startsWith("generated code does not compile: "))).toBe(true);
    expect(problems.map((p) => p.location?.column)).toContain(19);
  });

  it("places an error by characters, not bytes, after text outside ASCII on its line", async () => {
    const { problems } = await compilePackage([{ path: "src/a.ts", contents: "export const ok: number = 1;\n/** é€ */ export const = 2;\n" }]);
    expect(problems[0]).toMatchObject({ message: "generated code does not compile: Unexpected token", location: { line: 2, column: 24 } });
  });

  it("verifies the whole package strictly: a type error across files is found, with its place", () => {
    const pkg = (value: string): GeneratedFile[] => [
      { path: "package.json", contents: JSON.stringify({ name: "p", type: "module" }) },
      { path: "src/a.ts", contents: "export const count: number = 1;\n" },
      { path: "src/b.ts", contents: `import { count } from "./a.js";\nexport const label: string = ${value};\n` },
      { path: "README.md", contents: "not code" },
    ];
    expect(verifyPackage(pkg("String(count)"))).toEqual([]);
    // Only src/ is the package: a .ts file elsewhere is not checked, however wrong.
    expect(verifyPackage([...pkg("String(count)"), { path: "lib/extra.ts", contents: "export const n: number = 'x';\n" }])).toEqual([]);
    const problems = verifyPackage(pkg("count"));
    expect(problems).toEqual([
      {
        severity: "error",
        rule: "generated-code-compiles",
        message: "generated code does not compile: Type 'number' is not assignable to type 'string'.",
        location: { file: "generated/src/b.ts", line: 2, column: 14, pointer: "" },
      },
    ]);
  }, 120_000);

  it("verifies only the .ts files of src/, and resolves imports into its sub-folders", () => {
    const files: GeneratedFile[] = [
      { path: "package.json", contents: JSON.stringify({ name: "p", type: "module" }) },
      { path: "src/a.ts", contents: 'import type { Shape } from "./nested/shape.js";\nexport const unit: Shape = { side: 1 };\n' },
      { path: "src/nested/shape.ts", contents: "export interface Shape {\n  side: number;\n}\n" },
      { path: "src/notes.md", contents: "# not code" },
      { path: "src/data.json", contents: "{ not json" },
    ];
    expect(verifyPackage(files)).toEqual([]);
    const wrong = files.map((f) => (f.path === "src/a.ts" ? { ...f, contents: f.contents.replace("side: 1", 'side: "1"') } : f));
    expect(verifyPackage(wrong).map((p) => p.location?.file)).toEqual(["generated/src/a.ts"]);
  }, 120_000);

  it("verifies the package as ES modules, by its package.json, and flattens a chained message onto one line", () => {
    const files: GeneratedFile[] = [
      { path: "src/meta.ts", contents: "export const here: string = import.meta.url;\n" },
      { path: "src/f.ts", contents: "export const f: (a: string) => void = (a: number): void => {\n  void a;\n};\n" },
    ];
    const messages = (problems: { message: string }[]) => problems.map((p) => p.message.replace("generated code does not compile: ", ""));
    expect(messages(verifyPackage([{ path: "package.json", contents: '{ "type": "module" }' }, ...files]))).toEqual([
      "Type '(a: number) => void' is not assignable to type '(a: string) => void'.   Types of parameters 'a' and 'a' are incompatible.     Type 'string' is not assignable to type 'number'.",
    ]);
    // Without it, the same files are CommonJS, where import.meta is an error.
    expect(messages(verifyPackage(files))).toContain("The 'import.meta' meta-property is not allowed in files which will build into CommonJS output.");
  }, 120_000);

  it("reports what the package's isolatedDeclarations forbids (declaration diagnostics) and syntax errors, each in its own file", () => {
    const files: GeneratedFile[] = [
      { path: "package.json", contents: '{ "type": "module" }' },
      { path: "src/twice.ts", contents: "export function twice(n: number) {\n  return n * 2;\n}\n" },
      { path: "src/broken.ts", contents: "export const x: number = ;\n" },
    ];
    const found = verifyPackage(files).map((p) => `${p.location?.file}:${p.location?.line} ${p.message.replace("generated code does not compile: ", "")}`);
    expect(found).toEqual([
      "generated/src/broken.ts:1 Expression expected.",
      "generated/src/twice.ts:1 Function must have an explicit return type annotation with --isolatedDeclarations.",
    ]);
  }, 120_000);

  it("checks TypeScript's own declarations too when a file adds to the global scope, since only they then show the conflict", () => {
    const conflicting = "declare global {\n  interface Element {\n    zz: string;\n  }\n  interface HTMLElement {\n    zz: number;\n  }\n}\nexport const a: number = 1;\n";
    const extendsWrongly = (problems: { message: string }[]) => problems.some((p) => p.message.includes("Interface 'HTMLElement' incorrectly extends interface 'Element'"));
    expect(extendsWrongly(verifyPackage([{ path: "package.json", contents: '{ "type": "module" }' }, { path: "src/a.ts", contents: conflicting }]))).toBe(true);
    // The same declarations without `declare global` are the module's own: nothing conflicts.
    const local = conflicting.replace(/^declare global \{\n|^\}\n(?=export)/gm, "");
    expect(verifyPackage([{ path: "package.json", contents: '{ "type": "module" }' }, { path: "src/a.ts", contents: local }])).toEqual([]);
  }, 120_000);
});
