import ts from "typescript";
import type { GeneratedFile } from "../emit/source.js";
import { PACKAGE_COMPILER_OPTIONS } from "../emit/package.js";
import { runJobs } from "../parallel.js";
import type { Problem } from "../problems.js";

/**
 * Compiles `src/` to `dist/` one file at a time: JavaScript by `transpileModule`, declarations by
 * `transpileDeclaration` (every export carries its type, as isolated declarations require), shared among
 * threads (generator/parallel.ts). Nothing here type-checks the program: that costs seconds on every run
 * and belongs to the tests and to `generate --verify` (see `verifyPackage`). A file made only of types is
 * its own declaration file.
 */
export async function compilePackage(files: readonly GeneratedFile[]): Promise<{ dist: GeneratedFile[]; problems: Problem[] }> {
  // One file at a time there is no package.json to say "ESM" and no project root: say both directly.
  const { options } = ts.convertCompilerOptionsFromJson({ ...PACKAGE_COMPILER_OPTIONS, module: "ESNext", moduleResolution: "Bundler", rootDir: undefined, outDir: undefined }, "/pkg");
  const sources = files.filter((file) => file.path.startsWith("src/") && file.path.endsWith(".ts"));
  const stale = sources.filter((file) => !file.typesOnly && lastCompiled.get(file.path)?.source !== file.contents);
  const outputs = await runJobs<CompileOutput>(
    stale.map((file) => ({ task: "compile", text: file.contents, fileName: file.path, options })),
    (job) => (job.text as string).length,
  );
  stale.forEach((file, i) => lastCompiled.set(file.path, compiled(file, outputs[i] as CompileOutput)));

  const dist: GeneratedFile[] = [];
  const problems: Problem[] = [];
  for (const file of sources) {
    const base = `dist/${file.path.slice("src/".length, -".ts".length)}`;
    if (file.typesOnly) {
      dist.push({ path: `${base}.js`, contents: "export {};\n" }, { path: `${base}.d.ts`, contents: file.contents });
      continue;
    }
    const result = lastCompiled.get(file.path) as CompiledFile;
    problems.push(...result.problems);
    dist.push({ path: `${base}.js`, contents: result.js }, { path: `${base}.d.ts`, contents: result.dts });
  }
  return { dist, problems };
}

/** What the `compile` task of generator/parallel.ts returns for one file. */
interface CompileOutput {
  js: string;
  dts: string;
  diagnostics: { message: string; line: number; column: number }[];
}

interface CompiledFile {
  source: string;
  js: string;
  dts: string;
  problems: Problem[];
}

/**
 * The last compilation of each path in this process: `--watch` regenerates the whole package on every
 * save, and a file whose text did not change is not compiled again.
 */
const lastCompiled = new Map<string, CompiledFile>();

function compiled(file: GeneratedFile, output: CompileOutput): CompiledFile {
  return { source: file.contents, js: lf(output.js), dts: lf(output.dts), problems: output.diagnostics.map((d) => toProblem(d, file.path)) };
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
