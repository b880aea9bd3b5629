/**
 * Runs or type-checks what one emitter wrote, without generating a package: the emitted files and the
 * runtime templates are written under test/.tmp/emitted/<fresh folder>/, and the entry is imported (so a
 * test can call the emitted functions and read the emitted constants) or type-checked strictly. A fresh
 * folder per call, so no import is reused from an earlier emit.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { emitExplainers } from "../../generator/emit/explainers.js";
import type { EmittedModule } from "../../generator/emit/groups.js";
import { runtimeFiles, type GeneratedFile } from "../../generator/index.js";
import type { ApiModel } from "../../generator/model/types.js";
import { REPO } from "./generated.js";

/** The files of emitted modules, and the namespace's explainers module their validators import from. */
export function moduleFiles(model: ApiModel, modules: readonly (EmittedModule | undefined)[]): GeneratedFile[] {
  const present = modules.filter((m): m is EmittedModule => m !== undefined);
  const explainers = emitExplainers(model, new Map(present.flatMap((m) => [...m.explainers])));
  return [...present.map((m) => m.file), ...(explainers ? [explainers] : [])];
}

let count = 0;

/** Writes `files` beside the runtime templates into a fresh folder, and returns the folder. */
export function writeEmitted(files: readonly (GeneratedFile | undefined)[]): string {
  const dir = path.join(REPO, "test", ".tmp", "emitted", `${process.pid}-${Date.now()}-${count++}`);
  for (const file of [...runtimeFiles(), ...files]) {
    if (!file) continue;
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.contents);
  }
  return dir;
}

export async function importEmitted(files: readonly (GeneratedFile | undefined)[], entry: string): Promise<Record<string, unknown>> {
  const dir = writeEmitted(files);
  return (await import(pathToFileURL(path.join(dir, entry)).href)) as Record<string, unknown>;
}

const byContent = new Map<string, Promise<Record<string, unknown>>>();

/**
 * `importEmitted`, but the same files are written and imported once per test file. For tests that emit in
 * every test (so a mutation run ties the emitter's code to each test that checks it) and import what
 * comes out: a changed emitter writes other text, so it is never served an earlier import.
 */
export function importEmittedOnce(files: readonly (GeneratedFile | undefined)[], entry: string): Promise<Record<string, unknown>> {
  const key = JSON.stringify([entry, ...files.map((f) => f && [f.path, f.contents])]);
  const known = byContent.get(key);
  if (known) return known;
  const imported = importEmitted(files, entry);
  byContent.set(key, imported);
  return imported;
}

/**
 * What `tsc --strict` says about `entry` of the written `files` and all it imports, as `file:line: message`
 * (bundler resolution, as a consumer's bundler reads the package's sources).
 */
export function strictDiagnostics(files: readonly (GeneratedFile | undefined)[], entry: string): string[] {
  const dir = writeEmitted(files);
  const program = ts.createProgram([path.join(dir, entry)], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}
