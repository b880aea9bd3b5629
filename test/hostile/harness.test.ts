/** The detectors the hostile tests rely on must themselves catch what they claim to catch. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { activeOccurrences, commentText, docForm, resetCanary, scanTokens, sideEffects, snapshotPrototypes, strayLineSeparators } from "./harness.js";

const file = (contents: string, path = "src/x/a.ts") => [{ path, contents }];

describe("activeOccurrences", () => {
  it("accepts a marker inside strings, comments, plain templates and regex literals", () => {
    const inert = [
      'const a = "globalThis.__pwned=1";',
      "const b = '*/ globalThis.__pwned = 1; /*';",
      "const c = `${'{'}`.length + `x __pwned`.length;",
      "/** a *\\/ globalThis.__pwned = 1; /* */ export type T = string;",
      "// globalThis.__pwned = 1\nconst d = 1;",
      "const e = /;globalThis.__pwned=1;/u.test(x);",
      'const f = new RegExp("/;globalThis.__pwned=1;/", "u");',
      "const g = a / b / c; const h = `${a}` + '__pwned';",
    ];
    for (const contents of inert) expect(activeOccurrences(file(contents), ["__pwned"]), contents).toEqual([]);
  });

  it("reports a marker that became code", () => {
    const active = [
      "/** a */ globalThis.__pwned = 1; /* */",
      'const a = "x"];globalThis.__pwned=1;//";',
      "const t = `${globalThis.__pwned = 1}`;",
      "const r = x / globalThis.__pwned / 2;",
      "// comment\u2028globalThis.__pwned = 1;",
      "class A { static { Object.assign(globalThis, { __pwned: 1 }); } }",
    ];
    for (const contents of active) expect(activeOccurrences(file(contents), ["__pwned"]), contents).not.toEqual([]);
    expect(activeOccurrences(file("/** x */ Object.assign(globalThis, { __pwned: 1 });", "dist/x/a.js"), ["__pwned"])).not.toEqual([]);
  });

  it("tokenizes every runtime template without scanner errors", () => {
    for (const name of readdirSync("templates/runtime").filter((n) => n.endsWith(".ts"))) {
      expect(scanTokens(readFileSync(`templates/runtime/${name}`, "utf8")).errors, name).toEqual([]);
    }
  });
});

describe("strayLineSeparators", () => {
  it("allows U+2028 in strings and block comments only", () => {
    expect(strayLineSeparators(file('const a = "x\u2028y"; /* a\u2029b */'))).toEqual([]);
    expect(strayLineSeparators(file("// a\u2028b"))).not.toEqual([]);
    expect(strayLineSeparators(file("const a = 1;\u2029"))).not.toEqual([]);
  });
});

describe("comment text", () => {
  it("finds a description up to the JSDoc escaping", () => {
    const contents = "/**\n * Returns *\\/ one\n * \\@thing. /\\* x\n */\nexport type T = 1;";
    expect(docForm(commentText(contents))).toContain(docForm("Returns */ one\n@thing. /* x"));
    expect(docForm(commentText(contents))).not.toContain(docForm("Returns one"));
  });
});

describe("sideEffects", () => {
  it("sees the canary and prototype pollution", () => {
    resetCanary();
    const before = snapshotPrototypes();
    expect(sideEffects(before)).toEqual([]);
    Object.assign(globalThis, { __pwned: 1 });
    expect(sideEffects(before)).toHaveLength(1);
    resetCanary();
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    try {
      expect(sideEffects(before).length).toBeGreaterThan(0);
    } finally {
      delete proto.polluted;
    }
    expect(sideEffects(before)).toEqual([]);
  });
});
