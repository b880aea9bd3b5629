/**
 * Every exit code the README documents (0 done, 1 check failed, 2 spec missing or broken, 3 usage,
 * 4 internal), each for every way the README says it happens. The CLI runs in this process through
 * `run(argv, io)` — the function `generator/cli.ts` exits with — so its output is captured exactly; one
 * test per code also runs the real command as a child process. The cases that need a generated package
 * are in exit-codes-generate.test.ts.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../generator/cli/exit-codes.js";
import { listFiles } from "../../generator/index.js";
import { BASE_SPEC, cliInProcess, FIXTURES, REPO, runCli } from "./helpers.js";

const TMP = path.join(REPO, "test", ".tmp", `exit-codes-${process.pid}`);
const SCOPE_ADDED = path.join(FIXTURES, "scope-added", "new.yaml");
const BROKEN = path.join(REPO, "test", "fixtures", "invalid", "operation-id-duplicate", "api.yaml");

type Outcome = Awaited<ReturnType<typeof cliInProcess>>;
const cli = cliInProcess;

beforeAll(() => mkdirSync(TMP, { recursive: true }));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("the documented exit codes", () => {
  it("match the README's table", () => {
    expect(EXIT).toEqual({ ok: 0, checkFailed: 1, specError: 2, usage: 3, internal: 4 });
    const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
    for (const code of [0, 1, 2, 3, 4]) expect(readme).toMatch(new RegExp(`\\n\\| ${code} \\| \\S`));
  });
});

describe("exit 0: done", () => {
  it.each([["--help"], ["-h"], ["help"], ["generate", "--bogus", "--help"]])("%s prints the help", async (...argv) => {
    const result = await cli(...argv);
    expect(result.code).toBe(0);
    expect(result.out).toContain("exit codes:");
    expect(result.err).toBe("");
  });

  it.each([["--version"], ["-V"], ["version"]])("%s prints the version", async (...argv) => {
    const version = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string }).version;
    expect(await cli(...argv)).toEqual({ code: 0, out: `webflow-codegen ${version}\n`, err: "" });
  });

  it("diff prints a breaking change without --fail-on-breaking", async () => {
    const result = await cli("diff", BASE_SPEC, SCOPE_ADDED);
    expect(result.code).toBe(0);
    expect(result.out).toContain("1 change, 1 breaking");
  });

  it("diff --fail-on-breaking with only non-breaking changes", async () => {
    const result = await cli("diff", SCOPE_ADDED, BASE_SPEC, "--fail-on-breaking");
    expect(result.code).toBe(0);
    expect(result.out).toContain("1 change, 0 breaking");
  });
});

describe("exit 1: a check failed", () => {
  it("diff --fail-on-breaking with a breaking change", async () => {
    const text = await cli("diff", BASE_SPEC, SCOPE_ADDED, "--fail-on-breaking");
    expect(text.code).toBe(1);
    expect(text.out).toContain("BREAKING");
    const json = await cli("diff", BASE_SPEC, SCOPE_ADDED, "--fail-on-breaking", "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).summary).toEqual({ changes: 1, breaking: 1 });
    expect(json.err).toBe("1 breaking change(s)\n");
  });
});

describe("exit 2: the spec is missing or has errors", () => {
  it.each([
    ["generate", "generate"],
    ["generate --check", "generate", "--check"],
    ["generate --watch", "generate", "--watch"],
  ])("%s with a spec that does not exist", async (_name, ...argv) => {
    const missing = path.join(TMP, "specs", "no-such-spec.yaml");
    const out = path.join(TMP, "never-created");
    const [command, ...flags] = argv;
    const result = await cli(command as string, missing, out, ...flags);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${missing} does not exist`);
    expect(result.err).toContain("nothing was written");
    expect(listFiles(out)).toEqual([]);
  });

  it("generate with a spec the check stage rejects, naming file:line and the rule", async () => {
    const out = path.join(TMP, "never-created");
    const result = await cli("generate", BROKEN, out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/api\.yaml:\d+:\d+ error \[operation-id\]/);
    expect(listFiles(out)).toEqual([]);
  });

  it("generate with a folder holding no API description", async () => {
    const empty = path.join(TMP, "empty-spec");
    mkdirSync(empty, { recursive: true });
    const result = await cli("generate", empty, path.join(TMP, "never-created"));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`no .yaml or .json API description found at ${empty}`);
  });

  it.each([
    ["the old side", () => [BROKEN, BASE_SPEC]],
    ["the new side", () => [BASE_SPEC, BROKEN]],
    ["a missing side", () => [BASE_SPEC, path.join(TMP, "gone.yaml")]],
  ])("diff with %s broken", async (_name, sides) => {
    const result = await cli("diff", ...sides());
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toContain("failed: the spec has errors\n");
  });

  it("diff names what is wrong with each side", async () => {
    const gone = path.join(TMP, "gone.yaml");
    expect((await cli("diff", BASE_SPEC, gone)).err).toBe(`<unknown> error [no-spec] ${gone} does not exist\nfailed: the spec has errors\n`);
    const empty = path.join(TMP, "empty-diff-side");
    mkdirSync(empty, { recursive: true });
    const none = await cli("diff", empty, BASE_SPEC);
    expect(none.code).toBe(2);
    expect(none.err).toBe(`<unknown> error [no-spec] no .yaml or .json API description found at ${empty}\nfailed: the spec has errors\n`);
    const broken = await cli("diff", BASE_SPEC, BROKEN);
    expect(broken.err).toMatch(/api\.yaml:\d+:\d+ error \[operation-id\] operationId "getSite" is also used by GET \/sites\/\{site_id\}/);
  });
});

describe("exit 3: usage", () => {
  it.each([
    [[], "no command given"],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["generate", "--bogus"], "unknown option --bogus for generate"],
    [["generate", "-x"], "unknown option -x for generate"],
    [["generate", "a", "b", "c"], "generate takes at most two arguments (spec and out), got 3"],
    [["generate", "--check", "--watch"], "--check and --watch cannot be combined"],
    [["diff", "a"], "diff needs two specs (OLD NEW) or --base <git-ref>, got 1 argument"],
    [["diff", "--base", "HEAD", "a", "b"], "diff --base takes at most one spec argument, got 2"],
    [["diff", "--base="], "--base needs a git ref"],
    [["diff", "a", "b", "--check"], "unknown option --check for diff"],
  ])("%j", async (argv, message) => {
    const result = await cli(...(argv as string[]));
    expect(result).toEqual({ code: 3, out: "", err: `error: ${message}\nrun webflow-codegen --help for usage\n` });
  });

  it("an output folder inside the spec folder, before generating anything", async () => {
    const specDir = path.join(TMP, "overlap");
    mkdirSync(specDir, { recursive: true });
    writeFileSync(path.join(specDir, "api.yaml"), readFileSync(BASE_SPEC, "utf8"));
    // Given as a folder, every .yaml/.json under it is read: an output there would be read next time.
    const result = await cli("generate", specDir, path.join(specDir, "out"));
    expect(result.code).toBe(3);
    expect(result.err).toContain("is inside the spec folder");
    expect(listFiles(specDir)).toEqual(["api.yaml"]);
  });
});

describe("the real command's exit status", () => {
  it.each([
    [0, () => ["--version"]],
    [1, () => ["diff", BASE_SPEC, SCOPE_ADDED, "--fail-on-breaking"]],
    [2, () => ["diff", BASE_SPEC, BROKEN]],
    [3, () => ["generate", "--bogus"]],
  ])("exits %i", async (code, argv) => {
    const result = await runCli(argv());
    expect(result.code, result.stderr).toBe(code);
  });
});
