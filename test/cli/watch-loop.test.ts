/**
 * `watchAndGenerate` in this process (test/cli/watch.test.ts drives the CLI as a child): what it prints and
 * writes on start, on a change, on a save that changes nothing, on a broken spec and on being stopped.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEBOUNCE_MS, watchAndGenerate } from "../../generator/cli/watch.js";
import { EXIT } from "../../generator/cli/exit-codes.js";
import { BASE_SPEC, FIXTURES, captureIo, tempDir, waitFor } from "./helpers.js";

const GENERATION_MS = 90_000;

describe("watchAndGenerate", () => {
  const dir = tempDir("watch-loop");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const specDir = path.join(dir, "spec");
  const spec = path.join(specDir, "api.yaml");
  const out = path.join(dir, "out");
  const things = path.join(out, "src", "things", "things.ts");
  const base = readFileSync(BASE_SPEC, "utf8");
  const withDelete = readFileSync(path.join(FIXTURES, "operation-added", "new.yaml"), "utf8");
  const save = (text: string) => {
    writeFileSync(path.join(specDir, ".api.yaml.tmp"), text);
    renameSync(path.join(specDir, ".api.yaml.tmp"), spec);
  };
  const written = (text: string) => text.split("\n").filter((line) => / files written in \d+ ms$/.test(line));

  it("generates at start, again on a change, not on a save that changes nothing, keeps the last output on a broken spec, and resolves 0 when stopped", async () => {
    mkdirSync(specDir);
    writeFileSync(spec, base);
    const { io, out: stdout, err: stderr } = captureIo();
    const stop = new AbortController();
    const done = watchAndGenerate(spec, out, io, stop.signal);
    const log = () => `\n--- out\n${stdout()}\n--- err\n${stderr()}`;

    await waitFor(() => written(stdout()).length === 1, GENERATION_MS, log);
    expect(stdout().split("\n")[0]).toBe(`watching ${specDir}/ for changes; writing ${out}/ (Ctrl-C to stop)`);
    expect(written(stdout())[0]).toMatch(/^\[\d\d:\d\d:\d\d\] /);
    expect(stdout()).not.toContain("regenerating");
    expect(readFileSync(things, "utf8")).not.toMatch(/deleteThing/);

    save(withDelete);
    await waitFor(() => written(stdout()).length === 2, GENERATION_MS, log);
    expect(stdout()).toMatch(new RegExp(`\\[\\d\\d:\\d\\d:\\d\\d\\] change under ${specDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/: regenerating`));
    expect(readFileSync(things, "utf8")).toMatch(/deleteThing/);

    // The same bytes saved again, and a file the watcher skips: no run.
    save(withDelete);
    writeFileSync(path.join(specDir, "api.yaml~"), "backup");
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 1500));
    expect(written(stdout())).toHaveLength(2);

    save("openapi: 3.1.0\ninfo: [not, an, object\n");
    await waitFor(() => stderr().includes("generation failed"), GENERATION_MS, log);
    expect(stderr()).toMatch(/api\.yaml:\d+/);
    expect(stderr()).toMatch(new RegExp(`\\[\\d\\d:\\d\\d:\\d\\d\\] generation failed: kept the last good output in ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/; still watching`));
    expect(readFileSync(things, "utf8")).toMatch(/deleteThing/);

    save(base);
    await waitFor(() => written(stdout()).length === 3, GENERATION_MS, log);
    expect(readFileSync(things, "utf8")).not.toMatch(/deleteThing/);

    stop.abort();
    await expect(done).resolves.toBe(EXIT.ok);
    expect(stdout().trimEnd().split("\n").at(-1)).toBe("stopped watching");
    // Stopped means stopped: a change afterwards generates nothing.
    save(withDelete);
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 1500));
    expect(written(stdout())).toHaveLength(3);
  }, 4 * GENERATION_MS);
});
