/**
 * Runs what one emitter wrote, without generating a package: the emitted files and the runtime templates
 * are written under test/.tmp/emitted/<fresh folder>/ and the entry is imported, so a test can call the
 * emitted functions and read the emitted constants. A fresh folder per call, so no import is reused
 * from an earlier emit.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runtimeFiles, type GeneratedFile } from "../../generator/index.js";
import { REPO } from "./generated.js";

let count = 0;

export async function importEmitted(files: GeneratedFile[], entry: string): Promise<Record<string, unknown>> {
  const dir = path.join(REPO, "test", ".tmp", "emitted", `${process.pid}-${Date.now()}-${count++}`);
  for (const file of [...runtimeFiles(), ...files]) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.contents);
  }
  return (await import(pathToFileURL(path.join(dir, entry)).href)) as Record<string, unknown>;
}
