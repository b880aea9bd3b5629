import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, listFiles, writeOutput } from "../../generator/index.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(REPO, "node_modules/.bin/tsx");
const TMP_ROOT = path.join(REPO, "test/.tmp");

let tmp = "";
let fresh = "";

/** Runs the CLI as a user would, from the repository root. */
function cli(...args: string[]) {
  const run = spawnSync(TSX, ["generator/cli.ts", "generate", ...args], { cwd: REPO, encoding: "utf8", timeout: 120_000 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file of a folder with its bytes, so "unchanged" means the same list and the same contents. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

function expectSame(before: Map<string, Buffer>, dir: string): void {
  const after = snapshot(dir);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), file).toBe(true);
}

beforeAll(async () => {
  mkdirSync(TMP_ROOT, { recursive: true });
  tmp = mkdtempSync(path.join(TMP_ROOT, "failed-generation-"));
  // A package generated now from spec/: fresh by construction, for the --check cases (and the copy below
  // when no generated/ has been committed yet).
  fresh = path.join(tmp, "fresh");
  writeOutput((await generate("spec", REPO)).files, fresh);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("a failed generation leaves the output folder alone", () => {
  const committed = path.join(REPO, "generated");

  /** A copy of the committed package, or of a freshly generated one when none is committed yet. */
  function outputCopy(name: string): string {
    const out = path.join(tmp, name);
    cpSync(listFiles(committed).length > 0 ? committed : fresh, out, { recursive: true });
    return out;
  }

  it.each([
    // Fails in the check stage, on a line of a file the root refers to (a validity error: under every lint profile).
    "path-param-not-required-in-component",
    // Fails while loading.
    "yaml-syntax",
  ])("%s: exit 2, names file:line and the rule, writes nothing", (name) => {
    const out = outputCopy(`out-${name}`);
    const before = snapshot(out);
    expect(before.size).toBeGreaterThan(10);
    const caseDir = `test/fixtures/invalid/${name}`;
    const { file, line, rule } = JSON.parse(readFileSync(path.join(REPO, caseDir, "expected.json"), "utf8")) as { file: string; line: number; rule: string };

    const run = cli(`${caseDir}/api.yaml`, out);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${caseDir}/${file}:${line}:`);
    expect(run.stderr).toContain(`error [${rule}]`);
    expectSame(before, out);
    // No staging folder of an aborted write is left beside it.
    expect(readdirSync(tmp).filter((entry) => entry.startsWith("."))).toEqual([]);
  });

  it("does not create a missing output folder", () => {
    const out = path.join(tmp, "never-created");
    // OpenAPI 3.0 is an error only under the house style (spec/'s profile).
    const run = cli("test/fixtures/invalid/openapi-3.0/api.yaml", out, "--lint", "house-style");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("test/fixtures/invalid/openapi-3.0/api.yaml:1:");
    expect(readdirSync(tmp)).not.toContain("never-created");
  });
});

describe("generate --check", () => {
  it("exits 0 when the output is fresh", () => {
    const run = cli("spec", fresh, "--check");
    expect(run.stderr).not.toContain("stale");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("is up to date");
  });

  it("exits 1 and lists the edited file when one file was changed, without rewriting it", () => {
    const out = path.join(tmp, "edited");
    cpSync(fresh, out, { recursive: true });
    const edited = listFiles(out).find((file) => file.startsWith("src/") && file.endsWith(".ts"));
    if (!edited) throw new Error("no generated source file to edit");
    writeFileSync(path.join(out, edited), `${readFileSync(path.join(out, edited), "utf8")}\n// edited by hand\n`);
    const before = snapshot(out);

    const run = cli("spec", out, "--check");

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`changed: ${out}/${edited}`);
    expect(run.stderr.match(/changed: /g)).toHaveLength(1);
    expectSame(before, out);
  });

  it("exits 1 and lists a deleted file as missing", () => {
    const out = path.join(tmp, "deleted");
    cpSync(fresh, out, { recursive: true });
    const removed = "package.json";
    unlinkSync(path.join(out, removed));

    const run = cli("spec", out, "--check");

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`missing: ${out}/${removed}`);
  });
});
