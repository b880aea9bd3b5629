import ts from "typescript";
import type { GeneratedFile } from "../emit/source.js";
import { PACKAGE_COMPILER_OPTIONS } from "../emit/package.js";
import { TextCache } from "../cache.js";
import { runJobs } from "../parallel.js";
import type { Problem } from "../problems.js";

/**
 * Compiles `src/` to `dist/` one file at a time: JavaScript by `transpileModule`, declarations by
 * `transpileDeclaration` (every export carries its type, as isolated declarations require), shared among
 * threads (generator/parallel.ts); a text compiled before, in this process or an earlier run, is not
 * compiled again (generator/cache.ts). Nothing here type-checks the program: that costs seconds on every run
 * and belongs to the tests and to `generate --verify` (see `verifyPackage`). A file made only of types is
 * its own declaration file.
 */
export async function compilePackage(files: readonly GeneratedFile[]): Promise<{ dist: GeneratedFile[]; problems: Problem[] }> {
  const sources = files.filter((file) => file.path.startsWith("src/") && file.path.endsWith(".ts"));
  const outputs = new Map<string, CompileOutput>();
  const stale: GeneratedFile[] = [];
  for (const file of sources.filter((f) => !f.typesOnly)) {
    const known = cache.get(cache.key(file.contents));
    if (known === undefined) stale.push(file);
    else outputs.set(file.path, JSON.parse(known) as CompileOutput);
  }
  const compiled = await runJobs<CompileOutput>(
    stale.map((file) => ({ task: "compile", text: file.contents, fileName: file.path, options: FILE_OPTIONS })),
    (job) => (job.text as string).length,
  );
  stale.forEach((file, i) => {
    const output = compiled[i] as CompileOutput;
    cache.set(cache.key(file.contents), JSON.stringify(output));
    outputs.set(file.path, output);
  });

  const dist: GeneratedFile[] = [];
  const problems: Problem[] = [];
  for (const file of sources) {
    const base = `dist/${file.path.slice("src/".length, -".ts".length)}`;
    if (file.typesOnly) {
      dist.push({ path: `${base}.js`, contents: "export {};\n" }, { path: `${base}.d.ts`, contents: file.contents });
      continue;
    }
    const output = outputs.get(file.path) as CompileOutput;
    problems.push(...output.diagnostics.map((d) => toProblem(d, file.path)));
    dist.push({ path: `${base}.js`, contents: lf(output.js) }, { path: `${base}.d.ts`, contents: lf(output.dts) });
  }
  return { dist, problems };
}

// One file at a time there is no package.json to say "ESM" and no project root: say both directly.
const FILE_OPTIONS = ts.convertCompilerOptionsFromJson({ ...PACKAGE_COMPILER_OPTIONS, module: "ESNext", moduleResolution: "Bundler", rootDir: undefined, outDir: undefined }, "/pkg").options;

/** A file's output depends on its text, the compiler's version and these options only. */
const cache = new TextCache("compile", JSON.stringify({ typescript: ts.version, options: FILE_OPTIONS }));

/** What the `compile` task of generator/parallel.ts returns for one file. */
interface CompileOutput {
  js: string;
  dts: string;
  diagnostics: { message: string; line: number; column: number }[];
}

function toProblem({ message, line, column }: CompileOutput["diagnostics"][number], path: string): Problem {
  return { severity: "error", rule: "generated-code-compiles", message: `generated code does not compile: ${message}`, location: { file: `generated/${path}`, line, column, pointer: "" } };
}

const lf = (text: string) => text.replace(/\r\n/g, "\n");

const libraryFiles = new Map<string, ts.SourceFile>();

/**
 * The strict type-check of the whole package under its own compiler settings: `generate --verify` and the
 * tests run it; a plain generation does not.
 */
export function verifyPackage(files: readonly GeneratedFile[]): Problem[] {
  const { options } = ts.convertCompilerOptionsFromJson({ ...PACKAGE_COMPILER_OPTIONS, noEmit: true }, "/pkg");
  const sources = new Map(files.filter((f) => (f.path.startsWith("src/") && f.path.endsWith(".ts")) || f.path === "package.json").map((f) => [`/pkg/${f.path}`, f.contents]));
  const roots = [...sources.keys()].filter((name) => name.endsWith(".ts"));
  const host = ts.createCompilerHost(options);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => name === "/pkg" || name.startsWith("/pkg/src") || (directoryExists?.(name) ?? false);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => sources.get(name) ?? readFile(name);
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  host.getSourceFile = ((getSourceFile) => (name: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions, onError?: (message: string) => void) => {
    const text = sources.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, languageVersion);
    // The standard library does not change between runs: parse it once per process.
    const cached = libraryFiles.get(name);
    if (cached) return cached;
    const file = getSourceFile(name, languageVersion, onError);
    if (file) libraryFiles.set(name, file);
    return file;
  })(host.getSourceFile.bind(host));
  const program = ts.createProgram(roots, options, host);
  return ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return toProblem({ message: ts.flattenDiagnosticMessageText(d.messageText, " "), line: (at?.line ?? 0) + 1, column: (at?.character ?? 0) + 1 }, d.file?.fileName.replace("/pkg/", "") ?? "?");
    });
}
