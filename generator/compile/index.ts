import { Project, ts } from "ts-morph";
import type { GeneratedFile } from "../emit/source.js";
import { PACKAGE_COMPILER_OPTIONS } from "../emit/package.js";
import type { Problem } from "../problems.js";

/**
 * Type-checks the generated sources under the package's own strict settings and compiles them to
 * `dist/` (JavaScript and declarations), so the package works from plain Node without a build step.
 * A spec that makes the output fail to compile is a generation error, never a broken package on disk.
 */
export function compilePackage(files: readonly GeneratedFile[]): { dist: GeneratedFile[]; problems: Problem[] } {
  const { options, errors } = ts.convertCompilerOptionsFromJson(PACKAGE_COMPILER_OPTIONS, "/pkg");
  if (errors.length > 0) throw new Error(`internal: bad compiler options: ${ts.flattenDiagnosticMessageText(errors[0]?.messageText, "\n")}`);
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { ...options, outDir: "/pkg/dist", rootDir: "/pkg/src" } });
  for (const file of files) {
    if (file.path.startsWith("src/") && file.path.endsWith(".ts")) project.createSourceFile(`/pkg/${file.path}`, file.contents);
  }
  const diagnostics = project.getPreEmitDiagnostics().filter((d) => d.getCategory() === ts.DiagnosticCategory.Error);
  if (diagnostics.length > 0) {
    return {
      dist: [],
      problems: diagnostics.map((d) => ({
        severity: "error",
        rule: "generated-code-compiles",
        message: `generated code does not compile: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ")}`,
        location: { file: `generated/${(d.getSourceFile()?.getFilePath() ?? "/pkg/?").replace("/pkg/", "")}`, line: d.getLineNumber() ?? 1, column: 1, pointer: "" },
      })),
    };
  }
  const result = project.emitToMemory();
  const dist = result.getFiles().map((f) => ({ path: f.filePath.replace("/pkg/", ""), contents: f.text.replace(/\r\n/g, "\n") }));
  return { dist, problems: [] };
}
