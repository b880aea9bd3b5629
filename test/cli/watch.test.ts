import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint, watchScope } from "../../generator/cli/watch.js";
import { BASE_SPEC, FIXTURES, spawnCli, tempDir, waitFor } from "./helpers.js";

/** One generation of a small spec type-checks the output: a few seconds, more on a busy machine. */
const GENERATION_MS = 90_000;

describe("cli: generate --watch", () => {
  const dir = tempDir("watch");
  const specDir = path.join(dir, "spec");
  const spec = path.join(specDir, "api.yaml");
  const out = path.join(dir, "out");
  // The Things group module holds its operations.
  const client = path.join(out, "src", "things", "things.ts");
  const base = readFileSync(BASE_SPEC, "utf8");
  const withDelete = readFileSync(path.join(FIXTURES, "operation-added", "new.yaml"), "utf8");
  let child: ChildProcess | undefined;
  let stdout = "";
  let stderr = "";
  const generations = () => stdout.split("\n").filter((line) => / files written in \d+ ms$/.test(line)).length;
  const failures = () => stderr.split("\n").filter((line) => line.includes("generation failed")).length;
  /** Writes the spec the way editors save: a scratch file renamed over it, so the watcher never reads half a file. */
  const save = (text: string) => {
    const scratch = path.join(specDir, ".api.yaml.tmp");
    writeFileSync(scratch, text);
    renameSync(scratch, spec);
  };
  const lastSummary = () => stdout.split("\n").filter((line) => / files written in \d+ ms$/.test(line)).at(-1) ?? "";
  const output = () => `\n--- stdout\n${stdout}\n--- stderr\n${stderr}`;

  beforeAll(() => {
    mkdirSync(specDir);
    writeFileSync(spec, base);
    child = spawnCli(["generate", specDir, out, "--watch"]);
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("generates once at start", async () => {
    await waitFor(() => generations() >= 1, GENERATION_MS, output);
    expect(stdout).toMatch(/generated .+out\/: 3 operations, 3 schemas, 2 scopes, \d+ files written in \d+ ms/);
    expect(readFileSync(client, "utf8")).not.toContain("deleteThing");
  }, GENERATION_MS + 10_000);

  it("regenerates when the spec changes on disk", async () => {
    save(withDelete);
    await waitFor(() => generations() >= 2, GENERATION_MS, output);
    expect(lastSummary()).toContain(": 4 operations, ");
    expect(readFileSync(client, "utf8")).toContain("deleteThing");
  }, GENERATION_MS + 10_000);

  it("on a broken spec prints the error and keeps the last good output", async () => {
    const before = readFileSync(client, "utf8");
    const failed = failures();
    // A duplicate operationId: invalid under every lint profile (a kebab-case one alone is only house style).
    save(withDelete.replace("operationId: deleteThing", "operationId: getThing"));
    await waitFor(() => failures() > failed, GENERATION_MS, output);
    expect(stderr).toMatch(/api\.yaml:\d+:\d+ error \[operation-id\]/);
    expect(stderr).toContain("kept the last good output");
    expect(generations()).toBe(2);
    expect(readFileSync(client, "utf8")).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["out", "spec"]);
    expect(child?.exitCode).toBeNull();
  }, GENERATION_MS + 10_000);

  it("regenerates again once the spec is fixed", async () => {
    save(base);
    await waitFor(() => generations() >= 3, GENERATION_MS, output);
    expect(lastSummary()).toContain(": 3 operations, ");
    expect(readFileSync(client, "utf8")).not.toContain("deleteThing");
    expect(existsSync(client)).toBe(true);
  }, GENERATION_MS + 10_000);

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
    child?.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 20_000);
});

describe("cli: generate --watch fingerprint", () => {
  const dir = tempDir("fingerprint");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  };

  it("hashes the spec folder given relative or through a link, and nothing in the output, node_modules or dot-folders", () => {
    write("spec/api.yaml", "a");
    write("spec/parts/b.yaml", "b");
    symlinkSync(path.join(dir, "spec"), path.join(dir, "link"), "dir");
    // The walker must not compare relative paths with absolute ones: the spec folder as given (relative to
    // the working directory, or through a link) and the output folder as given (absolute, or relative).
    const relativeSpec = path.relative(process.cwd(), path.join(dir, "spec"));
    const scopes = [
      watchScope(relativeSpec, path.join(dir, "spec", "out")),
      watchScope(path.join(relativeSpec, "api.yaml"), path.relative(process.cwd(), path.join(dir, "spec", "out"))),
      watchScope(path.join(dir, "link"), path.join(dir, "spec", "out")),
      watchScope(path.join(dir, "spec"), path.join(dir, "link", "out")),
    ];
    const prints = () => scopes.map(fingerprint);
    const before = prints();
    expect(new Set(before).size).toBe(1);

    write("spec/out/src/index.ts", "generated");
    write("spec/node_modules/pkg/index.js", "dependency");
    write("spec/parts/node_modules/x.yaml", "dependency");
    write("spec/.git/HEAD", "ref");
    write("spec/parts/.cache/x.yaml", "cache");
    write("spec/.out-new-1/index.ts", "staging");
    write("spec/api.yaml~", "backup");
    // Swap files and auto-saves, outside a dot-name too.
    write("spec/api.yaml.swp", "vim swap");
    write("spec/parts/b.yaml.swx", "vim swap");
    write("spec/#api.yaml#", "emacs auto-save");
    write("spec/#scratch", "scratch");
    expect(prints()).toEqual(before);

    write("spec/parts/b.yaml", "changed");
    const changed = prints();
    expect(new Set(changed).size).toBe(1);
    expect(changed[0]).not.toBe(before[0]);
    write("spec/parts/c.yaml", "new file");
    const added = prints()[0];
    expect(added).not.toBe(changed[0]);
    // A rename changes what a $ref finds, though no content changed.
    renameSync(path.join(dir, "spec/parts/c.yaml"), path.join(dir, "spec/parts/d.yaml"));
    const renamed = prints()[0];
    expect(renamed).not.toBe(added);
    // Only a name ending in .swp or .swx is a swap file.
    write("spec/parts/e.swp.yaml", "a part");
    expect(prints()[0]).not.toBe(renamed);
  });

  it("a spec folder removed while watching is a folder with nothing in it, not a crash", () => {
    write("gone/api.yaml", "a");
    const scope = watchScope(path.join(dir, "gone"), path.join(dir, "gone-out"));
    const before = fingerprint(scope);
    rmSync(path.join(dir, "gone"), { recursive: true });
    expect(fingerprint(scope)).not.toBe(before);
  });
});
