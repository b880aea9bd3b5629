/**
 * The exit codes of the cases that generate a package (see exit-codes.test.ts for the rest): 0 for a
 * written or fresh package, 1 for --check with only an extra file or no folder at all, 4 for an output
 * folder that cannot be written or listed — in this process and as the real command.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFailure } from "../../generator/cli/main.js";
import { generate, GenerationError, listFiles } from "../../generator/index.js";
import { BASE_SPEC, captureIo, cliInProcess, REPO, runCli } from "./helpers.js";

const TMP = path.join(REPO, "test", ".tmp", `exit-codes-generate-${process.pid}`);

type Outcome = Awaited<ReturnType<typeof cliInProcess>>;
const cli = cliInProcess;

/** A regular file: an output folder below it cannot be created, and it cannot be listed as a folder. */
let aFile = "";
/** A package generated from BASE_SPEC, fresh, and what generating it printed. */
let fresh = "";
let generated: Outcome;

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  aFile = path.join(TMP, "a-file");
  writeFileSync(aFile, "not a folder");
  fresh = path.join(TMP, "fresh");
  generated = await cli("generate", BASE_SPEC, fresh);
});
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("exit 0: done", () => {
  it("generate writes the package and prints the summary", async () => {
    expect(generated).toMatchObject({ code: 0, err: "" });
    expect(listFiles(fresh)).toContain("package.json");
    expect(generated.out).toMatch(/^generated .*fresh\/: 3 operations, 3 schemas, 2 scopes, \d+ files written in \d+ ms\n$/);
  });

  it("generate --verify type-checks the whole output and writes the same package", async () => {
    const verified = path.join(TMP, "verified");
    const result = await cli("generate", BASE_SPEC, verified, "--verify");
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(listFiles(verified)).toEqual(listFiles(fresh));
    expect(readFileSync(path.join(verified, "src", "index.ts"), "utf8")).toBe(readFileSync(path.join(fresh, "src", "index.ts"), "utf8"));
  });

  it("generate --check on fresh output", async () => {
    const result = await cli("generate", BASE_SPEC, fresh, "--check");
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe(`${fresh}/ is up to date with ${BASE_SPEC}\n`);
  });

});

describe("exit 1: a check failed", () => {
  it("generate --check with only an extra file lists it as not generated and removes nothing", async () => {
    const out = path.join(TMP, "extra-only");
    mkdirSync(path.join(out, "src"), { recursive: true });
    for (const file of listFiles(fresh)) {
      mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
      writeFileSync(path.join(out, file), readFileSync(path.join(fresh, file)));
    }
    writeFileSync(path.join(out, "src", "leftover.ts"), "export {};\n");
    const result = await cli("generate", BASE_SPEC, out, "--check");
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe(`${out}/ is stale; run npm run generate:\n  not generated: ${out}/src/leftover.ts\n`);
    expect(listFiles(out)).toContain("src/leftover.ts");
  });

  it("generate --check on a folder that does not exist lists every file as missing", async () => {
    const out = path.join(TMP, "never-written");
    const result = await cli("generate", BASE_SPEC, out, "--check");
    expect(result.code).toBe(1);
    expect(result.err).toContain(`missing: ${out}/package.json`);
    expect(result.err).not.toContain("changed:");
    expect(listFiles(out)).toEqual([]);
  });

});

describe("exit 4: internal error", () => {
  it("generate into a folder that cannot be created (below a regular file) reports the I/O error", async () => {
    const result = await cli("generate", BASE_SPEC, path.join(aFile, "out"));
    expect(result.code).toBe(4);
    expect(result.out).toBe("");
    expect(result.err).toMatch(/^internal error: .*ENOTDIR/);
    expect(readFileSync(aFile, "utf8")).toBe("not a folder");
  });

  it("generate --check against a regular file instead of a folder", async () => {
    const result = await cli("generate", BASE_SPEC, aFile, "--check");
    expect(result.code).toBe(4);
    expect(result.err).toMatch(/^internal error: .*ENOTDIR/);
  });
});

describe("the real command's exit status", () => {
  it("exits 4 for an output folder below a regular file", async () => {
    const result = await runCli(["generate", BASE_SPEC, path.join(aFile, "out")]);
    expect(result.code, result.stderr).toBe(4);
    expect(result.stderr).toMatch(/^internal error: .*ENOTDIR/);
  });
});

describe("--verify", () => {
  it("runs the strict whole-program check only when asked", async () => {
    expect((await generate(BASE_SPEC, REPO, { verify: true })).timings.verify).toBeGreaterThan(0);
    expect((await generate(BASE_SPEC, REPO)).timings.verify).toBeUndefined();
  });

  it("output that does not compile is the generator's fault: exit 4, said so, not a spec error", () => {
    const { io, err } = captureIo();
    const unsound = new GenerationError([{ severity: "error", rule: "generated-code-compiles", message: "generated code does not compile: Type 'string' is not assignable to type 'number'.", location: { file: "generated/src/v1/things.ts", line: 12, column: 3, pointer: "" } }]);
    expect(reportFailure(unsound, "generate", io)).toBe(4);
    expect(err()).toContain("generated/src/v1/things.ts:12:3 error [generated-code-compiles]");
    expect(err()).toContain("a generator bug");
    const specError = new GenerationError([{ severity: "error", rule: "operation-id", message: "duplicate" }]);
    expect(reportFailure(specError, "generate", io)).toBe(2);
  });
});
