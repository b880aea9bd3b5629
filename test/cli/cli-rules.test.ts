/**
 * The CLI's parts in this process, where a changed line shows: arguments, paths, output, `diff --base`'s
 * checkout of a committed spec, `generate --check`'s report, and `generate --watch` from its first run
 * through a broken and a mended spec to its stop. Waiting for the watcher waits for its output lines
 * (with a generous limit), never for a time.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "../../generator/cli/args.js";
import { extractSpecAtRef } from "../../generator/cli/git.js";
import { specProblems, summaryLine } from "../../generator/cli/generate.js";
import { HELP, version } from "../../generator/cli/help.js";
import { run } from "../../generator/cli/main.js";
import { colorEnabled, makeStyle, printProblems, processIo, type Io } from "../../generator/cli/output.js";
import { assertOutputOutsideSpec, isSpecFile, isWithin, realPath, specFolder } from "../../generator/cli/paths.js";
import { DEBOUNCE_MS, watchAndGenerate } from "../../generator/cli/watch.js";
import { listFiles, type GenerateResult } from "../../generator/index.js";
import { BASE_SPEC, FIXTURES, REPO, tempDir, waitFor } from "./helpers.js";

const TMP = tempDir("cli-rules");
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** An Io that records what each stream got, plain or with visible style tags. */
function recorder(styled = false) {
  const lines = { out: [] as string[], err: [] as string[] };
  const tag = (name: string) => (text: string) => `<${name}>${text}</${name}>`;
  const style = styled ? { red: tag("red"), green: tag("green"), yellow: tag("yellow"), bold: tag("b"), dim: tag("dim") } : makeStyle(false);
  const io: Io = { out: (text) => void lines.out.push(text), err: (text) => void lines.err.push(text), outStyle: style, errStyle: style };
  return { io, lines, out: () => lines.out.join("\n"), err: () => lines.err.join("\n") };
}

async function cli(...argv: string[]) {
  const r = recorder();
  const code = await run(argv, r.io);
  return { code, out: r.out(), err: r.err() };
}

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

describe("cli arguments: the details", () => {
  it("reads --lint for both commands, and refuses a profile it does not know", () => {
    expect(parseCommand(["generate", "--lint", "house-style"])).toEqual({ name: "generate", spec: "spec", out: "generated", check: false, watch: false, lint: "house-style" });
    expect(parseCommand(["diff", "a", "b", "--lint=default", "--by-endpoint"])).toEqual({ name: "diff", old: "a", new: "b", json: false, failOnBreaking: false, lint: "default", byEndpoint: true });
    expect(parseCommand(["diff", "--base", "main", "--lint", "default"])).toEqual({ name: "diff", base: "main", new: "spec", json: false, failOnBreaking: false, lint: "default" });
    expect(() => parseCommand(["generate", "--lint", "strict"])).toThrow(new UsageError('--lint must be one of default, house-style, got "strict"'));
    expect(() => parseCommand(["generate", "--lint"])).toThrow(UsageError);
    expect(() => parseCommand(["generate", "--by-endpoint"])).toThrow(new UsageError("unknown option --by-endpoint for generate"));
  });

  it("takes - as an argument, and what follows -- as arguments, not options", () => {
    expect(parseCommand(["generate", "-", "out"])).toMatchObject({ spec: "-", out: "out" });
    expect(parseCommand(["generate", "--", "--check"])).toMatchObject({ spec: "--check", check: false });
    expect(parseCommand(["generate", "a", "--", "--help"])).toMatchObject({ name: "generate", spec: "a", out: "--help" });
  });

  it("says how many arguments diff got", () => {
    expect(() => parseCommand(["diff"])).toThrow(new UsageError("diff needs two specs (OLD NEW) or --base <git-ref>, got 0 arguments"));
    expect(() => parseCommand(["diff", "a", "b", "c"])).toThrow(new UsageError("diff needs two specs (OLD NEW) or --base <git-ref>, got 3 arguments"));
    expect(() => parseCommand(["diff", "--base", "x", "a", "b"])).toThrow(new UsageError("diff --base takes at most one spec argument, got 2"));
  });

  it("reads --check and --watch", () => {
    expect(parseCommand(["generate", "--watch"])).toMatchObject({ check: false, watch: true });
    expect(parseCommand(["generate", "--check"])).toMatchObject({ check: true, watch: false });
  });

  it("an option misspelt as a single dash is unknown", () => {
    expect(() => parseCommand(["generate", "-check"])).toThrow(new UsageError("unknown option -check for generate"));
    expect(() => parseCommand(["diff", "a", "b", "--json=yes"])).toThrow(UsageError);
  });
});

describe("cli output", () => {
  it("adds a newline only where one is missing, to the stream it is for", () => {
    const written = { out: "", err: "" };
    const io = processIo({ write: (t: string) => (written.out += t) }, { write: (t: string) => (written.err += t) }, {});
    io.out("a");
    io.out("b\n");
    io.err("c");
    io.err("d\n");
    expect(written).toEqual({ out: "a\nb\n", err: "c\nd\n" });
  });

  it("colors each stream by its own terminal and the environment", () => {
    const io = processIo({ isTTY: true, write: () => true }, { isTTY: false, write: () => true }, {});
    expect(io.outStyle.green("x")).toBe("\u001b[32mx\u001b[39m");
    expect(io.errStyle.red("x")).toBe("x");
    expect(processIo({ isTTY: true, write: () => true }, { isTTY: true, write: () => true }, { NO_COLOR: "1" }).errStyle.red("x")).toBe("x");
    for (const value of ["0", "false", ""]) expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: value })).toBe(false);
    expect(colorEnabled({}, { FORCE_COLOR: "true" })).toBe(true);
    expect(colorEnabled({}, {})).toBe(false);
    const style = makeStyle(true);
    expect([style.green("g"), style.yellow("y"), style.bold("b"), style.dim("d")]).toEqual(["\u001b[32mg\u001b[39m", "\u001b[33my\u001b[39m", "\u001b[1mb\u001b[22m", "\u001b[2md\u001b[22m"]);
  });

  it("prints problems sorted, errors red and warnings yellow, in one write; nothing for none", () => {
    const r = recorder(true);
    printProblems(r.io, []);
    expect(r.lines.err).toEqual([]);
    printProblems(r.io, [
      { severity: "warning", rule: "w", message: "later", location: { file: "b.yaml", line: 1, column: 1, pointer: "" } },
      { severity: "error", rule: "e", message: "first", location: { file: "a.yaml", line: 2, column: 3, pointer: "" } },
    ]);
    expect(r.lines.err).toEqual(["<red>a.yaml:2:3 error [e] first</red>\n<yellow>b.yaml:1:1 warning [w] later</yellow>"]);
  });

  it("the summary line counts every namespace and trims trailing slashes", () => {
    const model = (n: number) => ({ operations: Array(n).fill(0), schemas: Array(n + 1).fill(0), scopes: Array(n + 2).fill(0) });
    const result = { models: [model(1), model(2)] } as unknown as GenerateResult;
    expect(summaryLine("out//", result, 7, 12.6)).toBe("generated out/: 3 operations, 5 schemas, 7 scopes, 7 files written in 13 ms");
    expect(summaryLine("a/out", result, 0, 0)).toBe("generated a/out/: 3 operations, 5 schemas, 7 scopes, 0 files written in 0 ms");
  });

  it("help and version", async () => {
    expect(HELP).toContain("usage:");
    expect(version()).toBe((JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string }).version);
    expect(await cli("help")).toEqual({ code: 0, out: HELP, err: "" });
  });
});

describe("cli paths", () => {
  const dir = path.join(TMP, "paths");
  write(path.join(dir, "spec", "api.yaml"), "openapi: 3.1.0\n");
  mkdirSync(path.join(dir, "spec.json"), { recursive: true });
  symlinkSync(path.join(dir, "spec"), path.join(dir, "link"), "dir");

  it("a spec path is a file when it is one, or (not there yet) when its name says so", () => {
    expect(isSpecFile(path.join(dir, "spec", "api.yaml"))).toBe(true);
    expect(isSpecFile(path.join(dir, "spec"))).toBe(false);
    expect(isSpecFile(path.join(dir, "spec.json"))).toBe(false);
    expect(["a.yml", "a.YAML", "a.json", "a.txt", "yaml", "a.yaml.txt"].map((name) => isSpecFile(path.join(dir, "missing", name)))).toEqual([true, true, true, false, false, false]);
    expect(specFolder(path.join(dir, "spec", "api.yaml"))).toBe(path.join(dir, "spec"));
    expect(specFolder(path.join(dir, "spec"))).toBe(path.join(dir, "spec"));
    expect(specFolder(path.relative(process.cwd(), path.join(dir, "spec")))).toBe(path.join(dir, "spec"));
  });

  it("resolves links as far as the path exists", () => {
    const real = realPath(path.join(dir, "spec"));
    expect(realPath(path.join(dir, "link", "not", "yet"))).toBe(path.join(real, "not", "yet"));
    expect(realPath(path.join(dir, "link"))).toBe(real);
  });

  it("within: the folder itself and below it, not a sibling whose name starts the same, not above", () => {
    expect(isWithin("/a/b", "/a/b")).toBe(true);
    expect(isWithin("/a/b/c", "/a/b")).toBe(true);
    expect(isWithin("/a/bc", "/a/b")).toBe(false);
    expect(isWithin("/a", "/a/b")).toBe(false);
    expect(isWithin("/a/b/..c", "/a/b")).toBe(true);
  });

  it.each<[string, string, string | undefined]>([
    ["spec", "spec", "is the spec folder"],
    ["spec/api.yaml", "spec", "is the spec folder"],
    ["spec", "spec/out", "is inside the spec folder"],
    ["spec", "link/out", "is inside the spec folder"],
    ["spec", ".", "contains the spec folder"],
    ["spec/api.yaml", ".", "contains the spec folder"],
    ["spec/api.yaml", "spec/out", undefined],
    ["spec", "out", undefined],
    ["spec", "spec-out", undefined],
  ])("spec %s, out %s: %s", (spec, out, problem) => {
    const check = () => assertOutputOutsideSpec(path.join(dir, spec), path.join(dir, out));
    if (problem === undefined) expect(check).not.toThrow();
    else {
      const folder = specFolder(path.join(dir, spec));
      expect(check).toThrow(new UsageError(`the output folder ${path.join(dir, out)} ${problem} ${folder}: generating there would overwrite or mix with the spec; choose an output folder outside ${folder}`));
    }
  });
});

describe("cli: a wrong output folder and a broken spec", () => {
  const specDir = path.join(TMP, "broken-overlap");
  write(path.join(specDir, "api.yaml"), readFileSync(path.join(REPO, "test/fixtures/invalid/operation-id-duplicate/api.yaml"), "utf8"));

  it("reports the spec's errors first, then the output folder, and exits 2", async () => {
    const result = await cli("generate", specDir, path.join(specDir, "out"));
    expect(result.code).toBe(2);
    const lines = result.err.split("\n");
    expect(lines[0]).toMatch(/api\.yaml:\d+:\d+ error \[operation-id\]/);
    expect(lines.slice(-2)).toEqual([`error: the output folder ${path.join(specDir, "out")} is inside the spec folder ${specDir}: generating there would overwrite or mix with the spec; choose an output folder outside ${specDir}`, "failed: the spec has errors; nothing was written"]);
    expect(result.out).toBe("");
  });

  it("the spec's problems: load errors alone when it cannot be read; the house style when asked", () => {
    const unreadable = path.join(TMP, "unreadable");
    write(path.join(unreadable, "api.yaml"), "a: [\n");
    write(path.join(unreadable, "b.yaml"), "openapi: 3.1.0\npaths: { /x: { get: { operationId: x } } }\n");
    expect(specProblems(unreadable).map((p) => p.rule)).toEqual(["yaml-syntax"]);
    expect(specProblems(path.join(unreadable, "missing.yaml"))).toEqual([{ severity: "error", rule: "no-spec", message: `${path.join(unreadable, "missing.yaml")} does not exist` }]);
    const bare = path.join(TMP, "bare", "api.yaml");
    write(bare, "openapi: 3.1.0\ninfo: { title: Bare, version: '1' }\npaths: {}\n");
    expect(specProblems(bare).filter((p) => p.severity === "error")).toEqual([]);
    expect(specProblems(bare, "house-style").map((p) => p.rule)).toContain("info-namespace");
  });
});

describe("cli: diff --base, the spec as committed", () => {
  const repo = path.join(TMP, "repo");
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo, stdio: "pipe" });
  write(path.join(repo, "spec", "api.yaml"), "committed: root\n");
  // Larger than a small output buffer would hold: git's output is read whole.
  write(path.join(repo, "spec", "parts", "a.yaml"), `committed: part\n${"# padding\n".repeat(600)}`);
  write(path.join(repo, "other", "x.yaml"), "elsewhere\n");
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "spec");
  write(path.join(repo, "spec", "api.yaml"), "changed: root\n");
  write(path.join(repo, "spec", "new.yaml"), "not committed\n");

  it("copies the spec's folder as committed, for a file or a folder spec, and disposes of it", () => {
    const atRef = extractSpecAtRef("HEAD", "spec/api.yaml", repo);
    expect(atRef.spec).toBe("spec/api.yaml");
    expect(listFiles(atRef.root)).toEqual(["spec/api.yaml", "spec/parts/a.yaml"]);
    expect(readFileSync(path.join(atRef.root, "spec", "api.yaml"), "utf8")).toBe("committed: root\n");
    expect(readFileSync(path.join(atRef.root, "spec", "parts", "a.yaml"), "utf8")).toMatch(/^committed: part\n(# padding\n){600}$/);
    atRef.dispose();
    expect(existsSync(atRef.root)).toBe(false);
    const folder = extractSpecAtRef("HEAD", path.join(repo, "spec", "parts"), path.join(repo, "other"));
    expect(folder.spec).toBe("spec/parts");
    expect(listFiles(folder.root)).toEqual(["spec/parts/a.yaml"]);
    folder.dispose();
    const whole = extractSpecAtRef("HEAD", ".", repo);
    expect(whole.spec).toBe(".");
    expect(listFiles(whole.root)).toEqual(["other/x.yaml", "spec/api.yaml", "spec/parts/a.yaml"]);
    whole.dispose();
  });

  it("refuses what is not a commit, a spec outside the repository, and a folder that is not in one", () => {
    expect(() => extractSpecAtRef("no-such-ref", "spec", repo)).toThrow(new UsageError("--base no-such-ref: not a commit in this repository"));
    expect(() => extractSpecAtRef("HEAD", path.join(TMP, "paths"), repo)).toThrow(new UsageError(`${path.join(TMP, "paths")} is outside the git repository ${realPath(repo)}`));
    const outside = path.join(TMP, "no-repo");
    mkdirSync(outside, { recursive: true });
    expect(() => extractSpecAtRef("HEAD", "spec", outside)).toThrow(new UsageError(`--base needs a git repository, and ${outside} is not in one`));
  });

  it("an unknown ref is a usage error of the command", async () => {
    const result = await cli("diff", "--base", "no-such-ref-anywhere", BASE_SPEC);
    expect(result.code).toBe(3);
    expect(result.err).toBe("error: --base no-such-ref-anywhere: not a commit in this repository\nrun webflow-codegen --help for usage");
  });
});

describe("cli: what each command says", () => {
  const scopeAdded = path.join(FIXTURES, "scope-added", "new.yaml");

  it("diff names both sides; only --json adds the count of breaking changes on stderr", async () => {
    const text = await cli("diff", BASE_SPEC, scopeAdded, "--fail-on-breaking");
    expect(text.code).toBe(1);
    expect(text.out.split("\n")[0]).toBe(`spec diff: ${BASE_SPEC} → ${scopeAdded}`);
    expect(text.err).toBe("");
  });

  it("diff --by-endpoint matches a renamed operation by its method and path", async () => {
    const renamed = path.join(FIXTURES, "operation-id-changed", "new.yaml");
    const byId = await cli("diff", BASE_SPEC, renamed, "--json");
    const byEndpoint = await cli("diff", BASE_SPEC, renamed, "--json", "--by-endpoint");
    expect(JSON.parse(byEndpoint.out).changes).not.toEqual(JSON.parse(byId.out).changes);
  });

  it("a missing spec is one error line naming it", async () => {
    const missing = path.join(TMP, "nowhere.yaml");
    expect((await cli("generate", missing, path.join(TMP, "nowhere-out"))).err.split("\n")[0]).toBe(`<unknown> error [no-spec] ${missing} does not exist`);
  });

  it("--lint reaches generate, --check and diff", async () => {
    const bare = path.join(TMP, "lint-bare", "api.yaml");
    write(bare, "openapi: 3.1.0\ninfo: { title: Bare, version: '1' }\npaths: {}\n");
    for (const argv of [["generate", bare, path.join(TMP, "lint-out")], ["generate", bare, path.join(TMP, "lint-out"), "--check"], ["diff", bare, bare]]) {
      const result = await cli(...argv, "--lint", "house-style");
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.err).toContain("error [info-namespace]");
    }
  });
});

describe("cli: generate --check, a changed file", () => {
  it("names it as changed, and a fresh folder as up to date", async () => {
    const out = path.join(TMP, "check-out");
    const generated = await cli("generate", BASE_SPEC, out);
    expect(generated.code).toBe(0);
    expect(await cli("generate", BASE_SPEC, out, "--check")).toEqual({ code: 0, out: `${out}/ is up to date with ${BASE_SPEC}`, err: "" });
    writeFileSync(path.join(out, "README.md"), "edited\n");
    rmSync(path.join(out, "package.json"));
    write(path.join(out, "src", "extra.ts"), "export {};\n");
    expect(await cli("generate", BASE_SPEC, out, "--check")).toEqual({
      code: 1,
      out: "",
      err: `${out}/ is stale; run npm run generate:\n  changed: ${out}/README.md\n  missing: ${out}/package.json\n  not generated: ${out}/src/extra.ts`,
    });
  }, 180_000);
});

describe("cli: generate --watch in this process", () => {
  it("generates, keeps the last good output through a broken spec, regenerates when mended, and stops when told", async () => {
    const specDir = path.join(TMP, "watched");
    const spec = path.join(specDir, "api.yaml");
    const out = path.join(TMP, "watched-out");
    const good = readFileSync(BASE_SPEC, "utf8");
    write(spec, good);
    const r = recorder();
    const stop = new AbortController();
    const generatedLines = () => r.lines.out.filter((line) => /^\[\d\d:\d\d:\d\d\] generated /.test(line)).length;
    const finished = watchAndGenerate(spec, out, r.io, stop.signal);
    expect(r.lines.out[0]).toBe(`watching ${specDir}/ for changes; writing ${out}/ (Ctrl-C to stop)`);
    await waitFor(() => generatedLines() === 1, 120_000, () => r.out() + r.err());
    // The first run is not a change: it says nothing about regenerating.
    const regenerating = () => r.lines.out.filter((line) => line.endsWith(`change under ${specDir}/: regenerating`)).length;
    expect(regenerating()).toBe(0);
    const firstOutput = readFileSync(path.join(out, "package.json"), "utf8");

    // The same bytes saved again, and a file the watcher skips: no run.
    write(spec, good);
    write(path.join(specDir, "api.yaml~"), "backup");
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 1500));
    expect(generatedLines()).toBe(1);

    write(spec, `${good}\n  broken: [\n`);
    await waitFor(() => r.err().includes("still watching"), 120_000, () => r.out() + r.err());
    expect(r.err()).toMatch(/api\.yaml:\d+:\d+ error \[yaml-syntax\]/);
    // A spec error is the spec's problems, not an internal error.
    expect(r.err()).not.toContain("internal error");
    expect(r.err()).toMatch(new RegExp(`\\[\\d\\d:\\d\\d:\\d\\d\\] generation failed: kept the last good output in ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/; still watching`));
    expect(readFileSync(path.join(out, "package.json"), "utf8")).toBe(firstOutput);
    expect(r.lines.out).toContainEqual(expect.stringMatching(new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\] change under ${specDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/: regenerating$`)));

    write(spec, good.replace(/title: [^\n]*/, "title: Mended"));
    await waitFor(() => generatedLines() === 2, 120_000, () => r.out() + r.err());
    expect(regenerating()).toBe(2);

    stop.abort();
    expect(await finished).toBe(0);
    expect(r.lines.out.at(-1)).toBe("stopped watching");
    expect(listFiles(out)).toContain("package.json");
    // Stopped means stopped: a change afterwards generates nothing.
    write(spec, good);
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 1500));
    expect(generatedLines()).toBe(2);
  }, 300_000);

  it("an output folder that cannot be written is an internal error, printed with its stack, and it keeps watching", async () => {
    const spec = path.join(TMP, "unwritable", "api.yaml");
    write(spec, readFileSync(BASE_SPEC, "utf8"));
    const aFile = path.join(TMP, "unwritable", "a-file");
    write(aFile, "not a folder");
    const r = recorder();
    const stop = new AbortController();
    const finished = watchAndGenerate(spec, path.join(aFile, "out"), r.io, stop.signal);
    await waitFor(() => r.err().includes("still watching"), 120_000, () => r.out() + r.err());
    expect(r.lines.err[0]).toMatch(/^internal error: Error: ENOTDIR.*\n {4}at /s);
    stop.abort();
    expect(await finished).toBe(0);
  }, 300_000);

  it("stops on SIGINT or SIGTERM without an AbortSignal, even during its first run, and leaves no listener or watcher behind", async () => {
    const specDir = path.join(TMP, "signalled");
    const spec = path.join(specDir, "api.yaml");
    write(spec, readFileSync(BASE_SPEC, "utf8"));
    const listeners = () => [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")];
    const watchers = () => process.getActiveResourcesInfo().filter((name) => name === "FSEventWrap").length;
    // The watchers of the tests before close a moment after they stop.
    await waitFor(() => watchers() === 0, 10_000, () => process.getActiveResourcesInfo().join(", "));
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const before = listeners();
      const r = recorder();
      const finished = watchAndGenerate(spec, path.join(TMP, `signalled-out-${signal}`), r.io);
      process.emit(signal);
      expect(await finished).toBe(0);
      expect(r.lines.out.at(-1)).toBe("stopped watching");
      expect(listeners()).toEqual(before);
      // The run under way finishes; once it has, nothing is left watching the folder.
      await waitFor(() => r.lines.out.some((line) => / generated /.test(line)), 120_000, () => r.out() + r.err());
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(watchers()).toBe(0);
    }
  }, 300_000);
});
