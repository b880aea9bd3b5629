import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSI, BASE_SPEC, FIXTURES, REPO, runCli, tempDir } from "./helpers.js";

const version = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string }).version;
const SCOPE_ADDED = path.join(FIXTURES, "scope-added", "new.yaml");
const SCOPE_REMOVED_OLD = SCOPE_ADDED;
const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = tempDir(prefix);
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("cli: help, version, usage errors", () => {
  it("--help prints usage and the exit codes, exit 0", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("usage:");
    expect(result.stdout).toContain("exit codes:");
    expect(result.stdout).toMatch(/--fail-on-breaking/);
  });

  it("--version prints the package version, exit 0", async () => {
    const result = await runCli(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`webflow-codegen ${version}`);
  });

  it("the bin launcher runs the same CLI", async () => {
    const result = await runCli(["--version"], { command: [process.execPath, path.join(REPO, "bin", "webflow-codegen.js")] });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`webflow-codegen ${version}`);
  });

  it("an unknown option exits 3 and names it", async () => {
    const result = await runCli(["generate", "--bogus"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("unknown option --bogus");
    expect(result.stdout).toBe("");
  });

  it("an unknown command or no command exits 3", async () => {
    expect((await runCli(["frobnicate"])).code).toBe(3);
    expect((await runCli([])).code).toBe(3);
  });
});

describe("cli: generate and --check", () => {
  const dir = temp("generate");
  const out = path.join(dir, "out");

  it("generate writes the package and prints one summary line", async () => {
    const result = await runCli(["generate", BASE_SPEC, out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^generated .+out\/: 3 operations, 3 schemas, 2 scopes, \d+ files written in \d+ ms\n$/);
    expect(existsSync(path.join(out, "src", "things", "client.ts"))).toBe(true);
    // The write went through a staging folder that is gone now.
    expect(readdirSync(dir).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("--check on fresh output exits 0", async () => {
    const result = await runCli(["generate", BASE_SPEC, out, "--check"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("is up to date");
  });

  it("--check on stale output exits 1 and lists the stale files", async () => {
    const client = path.join(out, "src", "things", "client.ts");
    writeFileSync(client, `${readFileSync(client, "utf8")}\n// edited by hand\n`);
    writeFileSync(path.join(out, "stray.txt"), "not generated");
    rmSync(path.join(out, "README.md"));
    const result = await runCli(["generate", BASE_SPEC, out, "--check"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is stale");
    expect(result.stderr).toMatch(/changed: .*out\/src\/things\/client\.ts/);
    expect(result.stderr).toMatch(/missing: .*out\/README\.md/);
    expect(result.stderr).toMatch(/not generated: .*out\/stray\.txt/);
    // --check writes nothing.
    expect(readFileSync(client, "utf8")).toContain("// edited by hand");
  });

  it("a spec error exits 2 with file:line, and leaves the output untouched", async () => {
    const root = temp("broken");
    const specDir = path.join(root, "spec");
    mkdirSync(specDir);
    const spec = path.join(specDir, "api.yaml");
    // Two operations with one operationId: invalid under every lint profile (a kebab-case id alone is only house style).
    writeFileSync(spec, readFileSync(BASE_SPEC, "utf8").replace("operationId: createThing", "operationId: getThing"));
    const target = path.join(root, "out");
    mkdirSync(target);
    writeFileSync(path.join(target, "keep.txt"), "previous output");
    const result = await runCli(["generate", spec, target]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/api\.yaml:\d+:\d+ error \[operation-id\]/);
    expect(result.stderr).toContain("nothing was written");
    expect(readdirSync(target)).toEqual(["keep.txt"]);
    expect(readdirSync(root).sort()).toEqual(["out", "spec"]);
    expect(readdirSync(specDir)).toEqual(["api.yaml"]);
  });

  it("a missing spec exits 2", async () => {
    const result = await runCli(["generate", path.join(temp("missing"), "nope.yaml"), path.join(dir, "never")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("does not exist");
    expect(existsSync(path.join(dir, "never"))).toBe(false);
  });
});

describe("cli: generate refuses an output folder that overlaps the spec's", () => {
  /** A spec folder `spec/` holding `api.yaml` in a fresh temporary folder. */
  const setup = () => {
    const dir = temp("overlap");
    mkdirSync(path.join(dir, "spec"));
    copyFileSync(BASE_SPEC, path.join(dir, "spec", "api.yaml"));
    return dir;
  };
  const expectRefused = (result: { code: number | null; stdout: string; stderr: string }, dir: string, out: string, relation: string) => {
    expect(result.code, result.stderr).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`the output folder ${path.join(realpathSync(dir), out)} ${relation} ${path.join(realpathSync(dir), "spec")}`);
    expect(readdirSync(path.join(dir, "spec"))).toEqual(["api.yaml"]);
    expect(readFileSync(path.join(dir, "spec", "api.yaml"), "utf8")).toBe(readFileSync(BASE_SPEC, "utf8"));
  };

  it.each([
    ["the spec folder itself", ["spec", "spec"], "spec", "is the spec folder"],
    ["the spec file's folder", ["spec/api.yaml", "./spec/"], "spec", "is the spec folder"],
    ["a folder inside it", ["spec", "spec/generated"], "spec/generated", "is inside the spec folder"],
    ["a folder containing it", ["spec/api.yaml", "."], "", "contains the spec folder"],
  ])("%s: exit 3, naming both paths, before generating", async (_name, [spec, out], shownOut, relation) => {
    const dir = setup();
    // Relative paths, resolved against the working directory.
    const result = await runCli(["generate", spec as string, out as string], { cwd: dir });
    expectRefused(result, realpathSync(dir), shownOut as string, relation as string);
    expect(readdirSync(dir)).toEqual(["spec"]);
  });

  it("an output folder reached through a symbolic link to the spec folder", async () => {
    const dir = setup();
    symlinkSync(path.join(dir, "spec"), path.join(dir, "link"), "dir");
    const result = await runCli(["generate", path.join(dir, "spec"), path.join(dir, "link", "out")]);
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toContain("is inside the spec folder");
    expect(readdirSync(path.join(dir, "spec"))).toEqual(["api.yaml"]);
  });

  it("a single root file may have its output beside it (generate their-api.yaml out/)", async () => {
    const dir = setup();
    const result = await runCli(["generate", "spec/api.yaml", "spec/out"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(dir, "spec", "out", "package.json"))).toBe(true);
    expect(readFileSync(path.join(dir, "spec", "api.yaml"), "utf8")).toBe(readFileSync(BASE_SPEC, "utf8"));
  });

  it("a spec error is reported even when the output folder is refused too (exit 2, both named)", async () => {
    const dir = setup();
    writeFileSync(path.join(dir, "spec", "api.yaml"), readFileSync(BASE_SPEC, "utf8").replace("operationId: createThing", "operationId: getThing"));
    const result = await runCli(["generate", "spec", "spec/out"], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/spec\/api\.yaml:\d+:\d+ error \[operation-id\] operationId "getThing" is also used by/);
    expect(result.stderr).toContain("is inside the spec folder");
    expect(readdirSync(path.join(dir, "spec"))).toEqual(["api.yaml"]);
  });

  it("--check and --watch apply the same check", async () => {
    const dir = setup();
    expectRefused(await runCli(["generate", "spec", "spec/out", "--check"], { cwd: dir }), realpathSync(dir), "spec/out", "is inside the spec folder");
    expectRefused(await runCli(["generate", "spec", "spec", "--watch"], { cwd: dir }), realpathSync(dir), "spec", "is the spec folder");
    expect(readdirSync(dir)).toEqual(["spec"]);
  });
});

describe("cli: diff", () => {
  it("prints a readable text report by default, exit 0 even with breaking changes", async () => {
    const result = await runCli(["diff", BASE_SPEC, SCOPE_ADDED]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"createThing"  POST "/things"');
    expect(result.stdout).toMatch(/BREAKING {2}now requires scope "things:read": .*\[scope-added\]/);
    expect(result.stdout).toContain("1 change, 1 breaking");
    expect(result.stdout).not.toMatch(ANSI);
  });

  it("--json prints the changes for machines", async () => {
    const result = await runCli(["diff", BASE_SPEC, SCOPE_ADDED, "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { summary: unknown; changes: unknown[] };
    expect(report.summary).toEqual({ changes: 1, breaking: 1 });
    expect(report.changes).toEqual([
      { kind: "scope-added", namespace: "things", operationId: "createThing", path: "POST /things security", breaking: true, message: 'now requires scope "things:read": tokens without it get 403' },
    ]);
  });

  it("--fail-on-breaking exits 1 on a breaking change and 0 otherwise", async () => {
    expect((await runCli(["diff", BASE_SPEC, SCOPE_ADDED, "--fail-on-breaking"])).code).toBe(1);
    const nonBreaking = await runCli(["diff", SCOPE_REMOVED_OLD, BASE_SPEC, "--fail-on-breaking", "--json"]);
    expect(nonBreaking.code).toBe(0);
    expect(JSON.parse(nonBreaking.stdout).changes[0].kind).toBe("scope-removed");
  });

  it("colors only when asked (FORCE_COLOR) and never with NO_COLOR=1", async () => {
    const forced = await runCli(["diff", BASE_SPEC, SCOPE_ADDED], { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(ANSI);
    const noColor = await runCli(["diff", BASE_SPEC, SCOPE_ADDED], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(noColor.code).toBe(0);
    expect(noColor.stdout).not.toMatch(ANSI);
    expect(noColor.stderr).not.toMatch(ANSI);
    const usage = await runCli(["generate", "--bogus"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(usage.stderr).not.toMatch(ANSI);
  });

  it("quotes names and values from the spec, so control characters cannot rewrite the log", async () => {
    const specDir = temp("diff-escape");
    const spec = path.join(specDir, "api.yaml");
    const hostile = readFileSync(BASE_SPEC, "utf8")
      .replace("color: { type: string, enum: [red, green] }", 'color: { type: string, enum: [red, green, "blue\\e[2J"] }\n                "x\\e[31m\\nBREAKING  fake": { type: string }')
      .replace("- { name: limit, in: query,", '- { name: "lim\\e]0;title\\u0007it", in: query,');
    writeFileSync(spec, hostile);
    const result = await runCli(["diff", BASE_SPEC, spec]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // No control character but the line breaks, and every name in quotes with its escapes spelled out.
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(result.stdout).toBe(
      [
        `spec diff: ${BASE_SPEC} → ${spec}`,
        "",
        '"things"',
        '  "createThing"  POST "/things"',
        '    ok        enum value "blue\\u001b[2J" added to request body field "color"  [request-enum-value-added]',
        '    ok        optional request body field "x\\u001b[31m\\nBREAKING  fake" added  [request-property-added]',
        '  "listThings"  GET "/things"',
        '    BREAKING  query parameter "limit" removed  [request-parameter-removed]',
        '    ok        optional query parameter "lim\\u001b]0;title\\u0007it" added  [request-parameter-added]',
        "",
        "4 changes, 1 breaking",
        "",
      ].join("\n"),
    );
  });

  it("an invalid spec on either side exits 2", async () => {
    const specDir = temp("diff-broken");
    const spec = path.join(specDir, "api.yaml");
    writeFileSync(spec, readFileSync(BASE_SPEC, "utf8").replace("openapi: 3.1.0", "swagger: \"2.0\""));
    const result = await runCli(["diff", BASE_SPEC, spec]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/api\.yaml:\d+:\d+ error \[openapi-version\]/);
  });

  describe("--base <git-ref>", () => {
    const repo = temp("git");
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo, stdio: "pipe" });
    beforeAll(() => {
      mkdirSync(path.join(repo, "spec"));
      copyFileSync(BASE_SPEC, path.join(repo, "spec", "api.yaml"));
      git("init", "-q");
      git("add", ".");
      git("commit", "-q", "-m", "base");
    });

    it("reports no changes for an unmodified spec", async () => {
      const result = await runCli(["diff", "--base", "HEAD"], { cwd: repo });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("spec at HEAD → spec");
      expect(result.stdout).toContain("no changes");
    });

    it("compares the committed spec with the working tree", async () => {
      copyFileSync(SCOPE_ADDED, path.join(repo, "spec", "api.yaml"));
      const result = await runCli(["diff", "--base", "HEAD", "spec/api.yaml", "--json", "--fail-on-breaking"], { cwd: repo });
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout).changes.map((c: { kind: string }) => c.kind)).toEqual(["scope-added"]);
      git("checkout", "--", "spec");
    });

    it("an unknown ref is a usage error (3)", async () => {
      const result = await runCli(["diff", "--base", "no-such-ref"], { cwd: repo });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain("no-such-ref");
    });
  });

});
