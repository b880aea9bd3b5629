import { isolatedDeclarationSync, transformSync, type OxcError } from "oxc-transform";
import type * as TS from "typescript";
import { ts } from "../libraries.js";
import type { GeneratedFile } from "../emit/source.js";
import { PACKAGE_COMPILER_OPTIONS } from "../emit/package.js";
import type { Problem } from "../problems.js";

/**
 * Compiles `src/` to `dist/` one file at a time with oxc (native, some fifty times faster than TypeScript's
 * `transpileModule` and `transpileDeclaration`, and no TypeScript to load in a thread): JavaScript with the
 * types stripped, and declarations by isolated-declarations emit (every export carries its type, as the
 * package's `isolatedDeclarations` requires). Nothing here type-checks the program: that costs seconds on
 * every run and belongs to the tests and to `generate --verify` (see `verifyPackage`). A file made only of
 * types is its own declaration file.
 */
export function compilePackage(files: readonly GeneratedFile[]): { dist: GeneratedFile[]; problems: Problem[] } {
  const dist: GeneratedFile[] = [];
  const problems: Problem[] = [];
  for (const file of files.filter((f) => f.path.startsWith("src/") && f.path.endsWith(".ts"))) {
    const base = `dist/${file.path.slice("src/".length, -".ts".length)}`;
    if (file.typesOnly) {
      dist.push({ path: `${base}.js`, contents: "export {};\n" }, { path: `${base}.d.ts`, contents: file.contents });
      continue;
    }
    const js = transformSync(file.path, file.contents, { lang: "ts", sourceType: "module", target: TARGET });
    const dts = isolatedDeclarationSync(file.path, file.contents);
    problems.push(...[...js.errors, ...dts.errors].map((error) => toProblem(error, file)));
    dist.push({ path: `${base}.js`, contents: alignCommentStars(lf(js.code)) }, { path: `${base}.d.ts`, contents: alignCommentStars(lf(dts.code)) });
  }
  return { dist, problems };
}

const TARGET = PACKAGE_COMPILER_OPTIONS.target.toLowerCase();

/**
 * oxc prints each line of a block comment trimmed, at the indentation of the code around it (`\t* text`):
 * put back the space that lines the stars up under the opening `/**`, as TypeScript and prettier print it.
 * Only comments start a line with `*`: oxc prints an expression's operators inside its line.
 */
const alignCommentStars = (code: string) => code.replace(/\/\*\*[\s\S]*?\*\//g, (comment) => comment.replace(/\n(\t*)\*/g, "\n$1 *"));

const lf = (text: string) => text.replace(/\r\n/g, "\n");

/** oxc places an error by UTF-8 byte offset; a problem, by line and column of the text. */
function toProblem(error: OxcError, file: GeneratedFile): Problem {
  const offset = error.labels[0]?.start ?? 0;
  const before = Buffer.from(file.contents).subarray(0, offset).toString();
  const lines = before.split("\n");
  return compileProblem(error.message, file.path, lines.length, (lines.at(-1) as string).length + 1);
}

function compileProblem(message: string, path: string, line: number, column: number): Problem {
  return { severity: "error", rule: "generated-code-compiles", message: `generated code does not compile: ${message}`, location: { file: `generated/${path}`, line, column, pointer: "" } };
}

const libraryFiles = new Map<string, TS.SourceFile>();

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
  host.getSourceFile = ((getSourceFile) => (name: string, languageVersion: TS.ScriptTarget | TS.CreateSourceFileOptions, onError?: (message: string) => void) => {
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
  // The package's own files, checked as `tsc` checks them. TypeScript's standard library is the same for every
  // package and free of errors, and checking its declarations again (lib.dom.d.ts above all) was most of the
  // time; but a file that adds to the global scope can make a lib declaration wrong, where TypeScript reports
  // it, so then every file is checked. Under the package's options every file is a module, even one without
  // imports or exports: only `declare global` adds to the global scope.
  const own = program.getSourceFiles().filter((file) => sources.has(file.fileName));
  const touchesGlobals = own.some((file) => /\bdeclare\s+global\b/.test(file.text));
  const diagnostics = touchesGlobals
    ? ts.getPreEmitDiagnostics(program)
    : ts.sortAndDeduplicateDiagnostics([
        ...program.getOptionsDiagnostics(),
        ...program.getGlobalDiagnostics(),
        ...own.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file), ...program.getDeclarationDiagnostics(file)]),
      ]);
  return diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return compileProblem(ts.flattenDiagnosticMessageText(d.messageText, " "), d.file?.fileName.replace("/pkg/", "") ?? "?", (at?.line ?? 0) + 1, (at?.character ?? 0) + 1);
    });
}
