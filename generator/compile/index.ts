import ts from "typescript";
import type { GeneratedFile } from "../emit/source.js";
import { PACKAGE_COMPILER_OPTIONS } from "../emit/package.js";
import type { Problem } from "../problems.js";

/**
 * Compiles `src/` to `dist/` one file at a time: JavaScript by `transpileModule`, declarations by
 * `transpileDeclaration` (every export carries its type, as isolated declarations require). Nothing here
 * type-checks the program: that costs seconds on every run and belongs to the tests and to
 * `generate --verify` (see `verifyPackage`). A file made only of types is its own declaration file.
 */
export function compilePackage(files: readonly GeneratedFile[]): { dist: GeneratedFile[]; problems: Problem[] } {
  // One file at a time there is no package.json to say "ESM" and no project root: say both directly.
  const { options } = ts.convertCompilerOptionsFromJson({ ...PACKAGE_COMPILER_OPTIONS, module: "ESNext", moduleResolution: "Bundler", rootDir: undefined, outDir: undefined }, "/pkg");
  const dist: GeneratedFile[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.path.startsWith("src/") || !file.path.endsWith(".ts")) continue;
    const base = `dist/${file.path.slice("src/".length, -".ts".length)}`;
    if (file.typesOnly) {
      dist.push({ path: `${base}.js`, contents: "export {};\n" }, { path: `${base}.d.ts`, contents: file.contents });
      continue;
    }
    const compiled = compileFile(file, options);
    problems.push(...compiled.problems);
    dist.push({ path: `${base}.js`, contents: compiled.js }, { path: `${base}.d.ts`, contents: compiled.dts });
  }
  return { dist, problems };
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

function compileFile(file: GeneratedFile, options: ts.CompilerOptions): CompiledFile {
  const last = lastCompiled.get(file.path);
  if (last?.source === file.contents) return last;
  const js = ts.transpileModule(file.contents, { compilerOptions: { ...options, isolatedDeclarations: false }, fileName: file.path, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(file.contents, { compilerOptions: options, fileName: file.path, reportDiagnostics: true });
  const problems = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])].map((diagnostic) => toProblem(diagnostic, file.path));
  const compiled = { source: file.contents, js: lf(js.outputText), dts: lf(dts.outputText), problems };
  lastCompiled.set(file.path, compiled);
  return compiled;
}

const lf = (text: string) => text.replace(/\r\n/g, "\n");

function toProblem(diagnostic: ts.Diagnostic, path: string): Problem {
  const position = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
  return {
    severity: "error",
    rule: "generated-code-compiles",
    message: `generated code does not compile: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`,
    location: { file: `generated/${path}`, line: (position?.line ?? 0) + 1, column: (position?.character ?? 0) + 1, pointer: "" },
  };
}

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
  return ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => toProblem(d, d.file?.fileName.replace("/pkg/", "") ?? "?"));
}
