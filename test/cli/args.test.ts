import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "../../generator/cli/args.js";
import { colorEnabled, makeStyle } from "../../generator/cli/output.js";

describe("cli arguments", () => {
  it("defaults generate to spec/ and generated/", () => {
    expect(parseCommand(["generate"])).toEqual({ name: "generate", spec: "spec", out: "generated", check: false, watch: false });
    expect(parseCommand(["generate", "a.yaml", "out", "--check"])).toMatchObject({ spec: "a.yaml", out: "out", check: true });
  });

  it("takes --verify on generate only", () => {
    expect(parseCommand(["generate", "a.yaml", "out", "--verify"])).toEqual({ name: "generate", spec: "a.yaml", out: "out", check: false, watch: false, verify: true });
    expect(parseCommand(["generate", "--check", "--verify"])).toMatchObject({ check: true, verify: true });
    expect(() => parseCommand(["diff", "a", "b", "--verify"])).toThrow("unknown option --verify for diff");
  });

  it("lets --help and --version win anywhere", () => {
    expect(parseCommand(["generate", "--bogus", "--help"])).toEqual({ name: "help" });
    expect(parseCommand(["--version"])).toEqual({ name: "version" });
  });

  it("parses diff with two specs or a base ref", () => {
    expect(parseCommand(["diff", "a", "b", "--json"])).toEqual({ name: "diff", old: "a", new: "b", json: true, failOnBreaking: false });
    expect(parseCommand(["diff", "--base=main", "--fail-on-breaking"])).toEqual({ name: "diff", base: "main", new: "spec", json: false, failOnBreaking: true });
    expect(parseCommand(["diff", "--base", "HEAD~1", "spec/webflow-v2.yaml"])).toMatchObject({ base: "HEAD~1", new: "spec/webflow-v2.yaml" });
  });

  it.each([[[]], [["frobnicate"]], [["generate", "--bogus"]], [["generate", "a", "b", "c"]], [["generate", "--check", "--watch"]], [["diff", "a"]], [["diff", "--base"]], [["diff", "--json", "a", "b", "--check"]]])("rejects %j", (argv) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
  });
});

describe("cli colors", () => {
  it("colors a terminal unless NO_COLOR is set; FORCE_COLOR colors a pipe", () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
    expect(makeStyle(false).red("x")).toBe("x");
    expect(makeStyle(true).red("x")).toBe("\u001b[31mx\u001b[39m");
  });
});
