/**
 * The generator, the runtime templates, the tests and the benchmarks type-check under the repository's
 * strict tsconfig: vitest only strips types, so without this a wrong type in a test or a bench script
 * would pass unnoticed.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { REPO } from "./support/generated.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

describe("the repository", () => {
  it("type-checks with tsc -p tsconfig.json (strict)", () => {
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.json", "--noEmit"], { cwd: REPO, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  });
});
