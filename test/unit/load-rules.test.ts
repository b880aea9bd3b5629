/**
 * The load stage case by case: spec files in (written under test/.tmp), the bundled document, its
 * positions and the problems out, each with the file, line and column a person would look at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findRootFiles, loadSpec, loadSpecs, parseSpecFile } from "../../generator/load/index.js";
import { applyProfile } from "../../generator/check/profile.js";
import { readConfig } from "../../generator/load/config.js";
import { getAtPointer } from "../../generator/pointer.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
mkdirSync(path.join(REPO, "test/.tmp"), { recursive: true });
const TMP = mkdtempSync(path.join(REPO, "test/.tmp", "load-rules-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let count = 0;
/** Writes `files` into a fresh folder under TMP and returns its path. */
function folder(files: Record<string, string>): string {
  const dir = path.join(TMP, `case-${++count}`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Loads `root` (default: the first file) from a fresh folder; the document and `[rule, file, line, column, message]` of each problem. */
function load(files: Record<string, string>, root = Object.keys(files)[0] as string) {
  const dir = folder(files);
  const { spec, problems } = loadSpec(root, dir);
  return { spec, doc: spec?.document as Record<string, any> | undefined, problems: problems.map((p) => [p.rule, p.location?.file, p.location?.line, p.location?.column, p.message]) };
}

const json = (text: string) => parseSpecFile("a.json", text);
const jsonError = (text: string) => json(text).problems.map((p) => [p.rule, p.location?.line, p.location?.column, p.message]);

describe("load: JSON", () => {
  it("reads every kind of value, with the position of each node (a property at its name)", () => {
    const parsed = json('\uFEFF{\n  "a": [1, -2.5e+3, 0, true, false, null, "x\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041"],\n\t"b": {}, "c": [],\r\n  "d": {"e": 1E2}\n}\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ a: [1, -2500, 0, true, false, null, 'x"\\/\b\f\n\r\tA'], b: {}, c: [], d: { e: 100 } });
    expect(Object.fromEntries(parsed.positions)).toEqual({
      "": { line: 1, column: 2 },
      "/a": { line: 2, column: 3 },
      "/a/0": { line: 2, column: 9 },
      "/a/1": { line: 2, column: 12 },
      "/a/2": { line: 2, column: 21 },
      "/a/3": { line: 2, column: 24 },
      "/a/4": { line: 2, column: 30 },
      "/a/5": { line: 2, column: 37 },
      "/a/6": { line: 2, column: 43 },
      "/b": { line: 3, column: 2 },
      "/c": { line: 3, column: 11 },
      "/d": { line: 4, column: 3 },
      "/d/e": { line: 4, column: 9 },
    });
  });

  it("reads spaces in strings, several decimals and several exponent digits", () => {
    const parsed = json('{"a b": "c d", "n": [1.25, 1E10, -0.5e-12]}');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ "a b": "c d", n: [1.25, 1e10, -0.5e-12] });
  });

  it.each([
    ['{"a": "x', 1, 7, "unterminated string"],
    ['{"a": "\\u12G4"}', 1, 8, "invalid \\u escape in string"],
    ['{"a": "\\x"}', 1, 8, "invalid escape \\x in string"],
    ['{"a": "\\', 1, 8, "invalid escape \\ in string"],
    ['{"a": "x\ty"}', 1, 9, "control character in string (escape it)"],
    ["{a: 1}", 1, 2, 'expected a property name in double quotes, found "a"'],
    ['{"a": 1,}', 1, 9, 'expected a property name in double quotes, found "}"'],
    ['{"a" 1}', 1, 6, 'expected ":" after property name "a", found "1"'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}" in object, found "\\""'],
    ["[1 2]", 1, 4, 'expected "," or "]" in array, found "2"'],
    ["[1,", 1, 4, "expected a JSON value, found end of file"],
    ['{"a": -}', 1, 7, 'expected a JSON value, found "-"'],
    ['{"a": tru}', 1, 7, 'expected a JSON value, found "t"'],
    ["", 1, 1, "expected a JSON value, found end of file"],
    ['{"a": 1}\n\n  x', 3, 3, 'unexpected "x" after the end of the JSON value'],
    ['{\n  "a":\n    @', 3, 5, 'expected a JSON value, found "@"'],
    ['{"a": @,\n  "b": 1\n}', 1, 7, 'expected a JSON value, found "@"'],
  ])("%j: a syntax error at %i:%i", (text, line, column, message) => {
    expect(jsonError(text)).toEqual([["json-syntax", line, column, `invalid JSON: ${message}`]]);
    expect(json(text).value).toBeUndefined();
  });

  it("a document nested deeper than the parser's stack is a syntax error, not a crash", () => {
    const parsed = json(`${"[".repeat(50_000)}${"]".repeat(50_000)}`);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems.map((p) => [p.rule, p.location?.line, p.message])).toEqual([["json-syntax", 1, "invalid JSON: nested too deeply to read"]]);
  });

  it("a syntax error is an error located in its file, at the document's root pointer", () => {
    expect(json("[1 2]").problems).toEqual([{ severity: "error", rule: "json-syntax", message: 'invalid JSON: expected "," or "]" in array, found "2"', location: { file: "a.json", line: 1, column: 4, pointer: "" } }]);
  });

  it("reports a duplicate key at the second one, keeping the first value", () => {
    const parsed = json('{\n  "a": 1,\n  "b": 2,\n    "a": 3\n}');
    expect(parsed.value).toEqual({ a: 1, b: 2 });
    expect(parsed.problems).toEqual([{ severity: "error", rule: "yaml-duplicate-key", message: 'duplicate key "a": already defined on line 2', location: { file: "a.json", line: 4, column: 5, pointer: "/a" } }]);
  });

  it("keeps __proto__ as an own key", () => {
    const value = json('{"__proto__": {"x": 1}}').value as object;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("only .json files (any case) are read as JSON; the rest as YAML", () => {
    expect(parseSpecFile("A.JSON", "{a: 1}").problems.map((p) => p.rule)).toEqual(["json-syntax"]);
    expect(parseSpecFile("a.yaml", "{a: 1}").value).toEqual({ a: 1 });
    expect(parseSpecFile("a.json.yaml", "{a: 1}").value).toEqual({ a: 1 });
  });
});

describe("load: YAML", () => {
  const yaml = (text: string) => parseSpecFile("a.yaml", text);
  const problems = (text: string) => yaml(text).problems.map((p) => [p.rule, p.location?.line, p.location?.column, p.message]);

  it("reports every YAML problem as an error, at a pointer", () => {
    for (const text of ["a: &x 1\nb: *x\n", "? [a, b]\n: 1\n", "a: 1\na: 2\n", "a: [1, 2\nb: 3\n", "%FOO bar\n---\na: 1\n"]) {
      const found = yaml(text).problems;
      expect(found.length, text).toBe(1);
      expect(found[0]?.severity, text).toBe("error");
      expect(typeof found[0]?.location?.pointer, text).toBe("string");
    }
    expect(yaml("a: [1, 2\nb: 3\n").problems[0]?.location?.pointer).toBe("");
  });

  it("refuses aliases, keys that are not scalars, and duplicate keys, each at its place", () => {
    expect(problems("a: &x 1\nb: *x\n")).toEqual([["yaml-alias", 2, 4, "YAML alias *x is not supported in specs: repeat the value or use a $ref"]]);
    expect(yaml("a: &x 1\nb: *x\n").value).toEqual({ a: 1, b: null });
    expect(problems("? [a, b]\n: 1\nc: 2\n")).toEqual([["yaml-key", 1, 3, "mapping keys must be plain strings"]]);
    expect(yaml("? [a, b]\n: 1\nc: 2\n").value).toEqual({ c: 2 });
    expect(problems("a: 1\nb:\n  c: 2\n  c: 3\n")).toEqual([["yaml-duplicate-key", 4, 3, 'duplicate key "c": already defined on line 3']]);
    expect(yaml("a: 1\nb:\n  c: 2\n  c: 3\n").value).toEqual({ a: 1, b: { c: 2 } });
  });

  it("reads number and boolean keys as their text, and an empty value as null", () => {
    expect(yaml("200: ok\ntrue: yes\nempty:\n").value).toEqual({ "200": "ok", true: "yes", empty: null });
  });

  it("a syntax error stops the parse and names its line; a warning is reported too", () => {
    const bad = yaml("a: [1, 2\nb: 3\n");
    expect(bad.value).toBeUndefined();
    expect(bad.problems[0]).toMatchObject({ rule: "yaml-syntax", location: { file: "a.yaml" } });
    expect(bad.problems[0]?.message).toMatch(/^invalid YAML: [^\n]+$/);
    const warned = yaml("%FOO bar\n---\na: 1\n");
    expect(warned.problems.map((p) => p.rule)).toEqual(["yaml-syntax"]);
    expect(warned.value).toEqual({ a: 1 });
  });

  it("positions: a node at its first character, a property at its key", () => {
    expect(Object.fromEntries(yaml("a:\n  - x\n  -   y\nb: {c: 1}\n").positions)).toEqual({
      "": { line: 1, column: 1 },
      "/a": { line: 1, column: 1 },
      "/a/0": { line: 2, column: 5 },
      "/a/1": { line: 3, column: 7 },
      "/b": { line: 4, column: 1 },
      "/b/c": { line: 4, column: 5 },
    });
  });
});

describe("load: the root file", () => {
  it.each(["- a\n- b\n", "just text\n", "", "null\n"])("%j is not a mapping: an error at its first line", (text) => {
    expect(load({ "api.yaml": text }).problems).toEqual([["root-object", "api.yaml", 1, 1, "the root of an OpenAPI document must be a mapping"]]);
  });

  it("a root that is not a mapping is an error at the document's root", () => {
    expect(loadSpec("api.yaml", folder({ "api.yaml": "- a\n" })).problems).toEqual([
      { severity: "error", rule: "root-object", message: "the root of an OpenAPI document must be a mapping", location: { file: "api.yaml", line: 1, column: 1, pointer: "" } },
    ]);
  });

  it("a root that cannot be read or parsed: its problem, and no spec", () => {
    const dir = folder({ "bad.json": "{" });
    expect(loadSpec("missing.yaml", dir)).toEqual({ problems: [{ severity: "error", rule: "ref-file", message: "cannot read missing.yaml (no such file)" }] });
    expect(loadSpec("bad.json", dir)).toMatchObject({ problems: [{ rule: "json-syntax" }] });
    expect(loadSpec("bad.json", dir).spec).toBeUndefined();
    const unreadable = loadSpec(".", dir);
    expect(unreadable.spec).toBeUndefined();
    expect(unreadable.problems).toEqual([{ severity: "error", rule: "ref-file", message: expect.stringMatching(/^cannot read  \(EISDIR/) }]);
  });

  it("names the spec by its folder and file, and lists the files read (not those that failed), relative to cwd", () => {
    const dir = folder({ "api/root.yaml": "a: { $ref: 'x/b.yaml' }\nc: { $ref: 'x/missing.yaml' }\nd: { $ref: 'x/b.yaml#/b' }\n", "api/x/b.yaml": "b: 1\n" });
    const { spec } = loadSpec("api/root.yaml", dir);
    expect(spec?.sourceName).toBe("api/root.yaml");
    expect(spec?.rootFile).toBe("api/root.yaml");
    expect(spec?.files).toEqual(["api/root.yaml", "api/x/b.yaml"]);
    expect(spec?.lint).toBe("default");
  });

  it("lists the files read in name order, not in the order they were reached", () => {
    const { spec } = load({ "root.yaml": "a: { $ref: 'z.yaml' }\nb: { $ref: 'b.yaml' }\n", "z.yaml": "z: 1\n", "b.yaml": "b: 1\n" });
    expect(spec?.files).toEqual(["b.yaml", "root.yaml", "z.yaml"]);
  });

  it("components that are empty, or null, or a schema property named $ref, load as they are", () => {
    const { doc, problems } = load({ "api.yaml": "components:\n  parameters:\n  schemas:\n    A:\n    B:\n      properties:\n        $ref: { type: string }\n" });
    expect(problems).toEqual([]);
    expect(doc?.components).toEqual({ parameters: null, schemas: { A: null, B: { properties: { $ref: { type: "string" } } } } });
  });
});

describe("load: $ref", () => {
  it.each([
    ["https://example.com/a.yaml#/A", "ref-remote", 'remote $ref "https://example.com/a.yaml#/A" is not allowed: specs are read from local files only'],
    ["file:other.yaml", "ref-remote", 'remote $ref "file:other.yaml" is not allowed: specs are read from local files only'],
    ["../outside.yaml", "ref-outside", '$ref "../outside.yaml" points outside the spec folder .'],
    ["sub/../../outside.yaml#/A", "ref-outside", '$ref "sub/../../outside.yaml#/A" points outside the spec folder .'],
    ["..", "ref-outside", '$ref ".." points outside the spec folder .'],
    ["#components/schemas/A", "ref-pointer", '$ref "#components/schemas/A" must use a JSON pointer fragment (#/...)'],
    ["#/nothing/here", "ref-missing", '$ref "#/nothing/here" does not resolve: nothing at #/nothing/here in api.yaml'],
    ["other.yaml#/A", "ref-missing", '$ref "other.yaml#/A" does not resolve: nothing at #/A in other.yaml'],
    ["gone.yaml", "ref-file", '$ref "gone.yaml" points to gone.yaml, which cannot be read (no such file)'],
  ])("%s: %s, at the $ref's line, and read as {}", (ref, rule, message) => {
    const dir = folder({ "api.yaml": `a: 1\nb:\n  x:\n    $ref: '${ref}'\n`, "other.yaml": "B: 1\n" });
    // Paths in messages are relative to the working directory given (the spec folder here: ".").
    const { spec, problems } = loadSpec("api.yaml", dir);
    expect(problems.map((p) => [p.severity, p.rule, p.location?.file, p.location?.line, p.location?.column, p.message])).toEqual([["error", rule, "api.yaml", 4, 5, message]]);
    expect(getAtPointer(spec?.document, "/b/x")).toEqual({});
  });

  it("a colon after the start of a file name is not a URL scheme", () => {
    const { doc, problems } = load({ "api.yaml": "a:\n  $ref: './a:b.yaml#/A'\n", "a:b.yaml": "A: 1\n" });
    expect(problems).toEqual([]);
    expect(doc?.a).toBe(1);
  });

  it("a file that cannot be read is reported once, at the first $ref to it", () => {
    const { problems } = load({ "api.yaml": "a:\n  $ref: 'gone.yaml'\nb:\n  $ref: 'gone.yaml#/B'\n" });
    expect(problems).toEqual([["ref-file", "api.yaml", 2, 3, '$ref "gone.yaml" points to gone.yaml, which cannot be read (no such file)']]);
  });

  it("a $ref to a scalar or to null, with siblings beside it: the target as it is", () => {
    const { doc, problems } = load({ "api.yaml": "a:\n  $ref: 't.yaml#/S'\n  description: d\nb:\n  $ref: 't.yaml#/N'\n  description: d\n", "t.yaml": "S: 5\nN: null\n" });
    expect(problems).toEqual([]);
    expect(doc?.a).toBe(5);
    expect(doc?.b).toBeNull();
  });

  it("a ref with a %-escaped fragment, from a file in a subfolder, into a sibling of that subfolder", () => {
    const { doc, problems } = load({ "api.yaml": "a:\n  $ref: 'one/a.yaml#/With%20Space/x~1y'\n", "one/a.yaml": "With Space:\n  x/y:\n    $ref: '../two/b.yaml'\n", "two/b.yaml": "deep: true\n" });
    expect(problems).toEqual([]);
    expect(doc?.a).toEqual({ deep: true });
  });

  it("an absolute path is outside the folder", () => {
    const { problems } = load({ "api.yaml": `a:\n  $ref: '${path.join(TMP, "elsewhere.yaml")}'\n` });
    expect(problems.map((p) => p[0])).toEqual(["ref-outside"]);
  });

  it("siblings of an inlined $ref: annotations override the target's, constraints hold together with it under allOf", () => {
    const { doc } = load({
      "api.yaml": [
        "a:",
        "  $ref: 't.yaml#/T'",
        "  description: mine",
        "b:",
        "  $ref: 't.yaml#/T'",
        "  maxLength: 3",
        "  description: both",
        "c:",
        "  $ref: 't.yaml#/L'",
        "  description: a list stays a list",
        "d:",
        "  $ref: 't.yaml#/T'",
        "",
      ].join("\n"),
      "t.yaml": "T:\n  type: string\n  description: theirs\nL: [1, 2]\n",
    });
    expect(doc?.a).toEqual({ type: "string", description: "mine" });
    expect(doc?.b).toEqual({ allOf: [{ type: "string", description: "theirs" }], maxLength: 3, description: "both" });
    expect(doc?.c).toEqual([1, 2]);
    expect(doc?.d).toEqual({ type: "string", description: "theirs" });
  });

  it.each(["type", "enum", "const", "properties", "required", "additionalProperties", "items", "prefixItems", "minItems", "maxItems", "uniqueItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "format", "allOf", "anyOf", "oneOf", "not", "minProperties", "maxProperties", "patternProperties", "propertyNames"])(
    "%s beside an inlined $ref constrains: the target goes under allOf",
    (keyword) => {
      const { doc } = load({ "api.yaml": `a:\n  $ref: 't.yaml#/T'\n  ${keyword}: 1\n`, "t.yaml": "T: { title: t }\n" });
      expect(doc?.a).toEqual({ allOf: [{ title: "t" }], [keyword]: 1 });
    },
  );

  it("places the allOf that wraps a target at the target, and a constraining sibling at the referencing file", () => {
    const { spec } = load({ "api.yaml": "a:\n  $ref: 't.yaml#/T'\n  maxLength: 3\n", "t.yaml": "x: 1\nT:\n  title: t\n" });
    expect(spec?.where("/a/allOf")).toEqual({ file: "t.yaml", line: 2, column: 1, pointer: "/T" });
    expect(spec?.where("/a/allOf/0/title")).toEqual({ file: "t.yaml", line: 2, column: 1, pointer: "/T" });
    expect(spec?.where("/a/maxLength")).toEqual({ file: "api.yaml", line: 3, column: 3, pointer: "/a/maxLength" });
  });

  it("siblings of a component ref stay beside it, located at the referencing file", () => {
    const { spec, doc } = load({ "api.yaml": "components:\n  schemas:\n    T: { type: string }\nx:\n  $ref: '#/components/schemas/T'\n  maxLength: 2\n" });
    expect(doc?.x).toEqual({ $ref: "#/components/schemas/T", maxLength: 2 });
    expect(spec?.where("/x/$ref")).toEqual({ file: "api.yaml", line: 5, column: 3, pointer: "/x/$ref" });
    expect(spec?.where("/x/maxLength")).toMatchObject({ line: 6, column: 3 });
  });

  it("a component ref from a component's own file is the component; the component itself is inlined", () => {
    const { doc, spec } = load({ "api.yaml": "components:\n  schemas:\n    T:\n      $ref: 't.yaml#/T'\nuse:\n  $ref: 't.yaml#/T'\n", "t.yaml": "T:\n  type: object\n  properties:\n    self: { $ref: '#/T' }\n" });
    expect(doc?.components.schemas.T).toEqual({ type: "object", properties: { self: { $ref: "#/components/schemas/T" } } });
    expect(doc?.use).toEqual({ $ref: "#/components/schemas/T" });
    expect(spec?.where("/components/schemas/T/properties/self")).toMatchObject({ file: "t.yaml", line: 4 });
  });

  it("a component name that needs %-escaping is referred to by an escaped fragment", () => {
    const { doc } = load({ "api.yaml": "components:\n  schemas:\n    'A B/C':\n      $ref: 't.yaml#/T'\nuse:\n  $ref: 't.yaml#/T'\n", "t.yaml": "T: { type: string }\n" });
    expect(doc?.use).toEqual({ $ref: "#/components/schemas/A%20B~1C" });
  });

  it("a component whose $ref is broken is reported once, where it is written; other refs to its target name it", () => {
    const { problems, doc } = load({ "api.yaml": "components:\n  schemas:\n    A:\n      $ref: '#/nothing'\nuse:\n  $ref: '#/nothing'\n" });
    expect(problems.map((p) => [p[0], p[2]])).toEqual([["ref-missing", 4]]);
    expect(doc?.use).toEqual({ $ref: "#/components/schemas/A" });
  });
});

describe("load: recursion through a target no component names", () => {
  it("hoists it under a name made of its file and pointer, numbered past the names taken, reported once per target", () => {
    const { doc, problems } = load({
      "api.yaml": [
        "components:",
        "  schemas:",
        "    tree_Node: { type: string }",
        "    tree_Node2: { type: string }",
        "    Use:",
        "      properties:",
        "        a: { $ref: 'tree.yaml#/Node' }",
        "        b: { $ref: 'tree.yaml#/Node' }",
        "        c: { $ref: 'odd.yaml' }",
        "",
      ].join("\n"),
      "tree.yaml": "Node:\n  properties:\n    next: { $ref: '#/Node' }\n",
      "odd.yaml": "x:\n  $ref: '#'\n",
    });
    expect(doc?.components.schemas.Use.properties.a).toEqual({ properties: { next: { $ref: "#/components/schemas/tree_Node3" } } });
    expect(doc?.components.schemas.Use.properties.b).toEqual({ $ref: "#/components/schemas/tree_Node3" });
    expect(doc?.components.schemas.tree_Node3).toEqual({ properties: { next: { $ref: "#/components/schemas/tree_Node3" } } });
    expect(doc?.components.schemas.odd).toEqual({ x: { $ref: "#/components/schemas/odd" } });
    expect(problems.map((p) => [p[0], p[1], p[2], p[4]])).toEqual([
      ["ref-cycle", "tree.yaml", 3, `$ref "#/Node" is circular; make the target a named component (read as components.schemas.tree_Node3)`],
      ["ref-cycle", "odd.yaml", 2, `$ref "#" is circular; make the target a named component (read as components.schemas.odd)`],
    ]);
  });

  it("the hoisted component is located in its file; the circular $ref at its own place", () => {
    const { spec } = load({
      "api.yaml": "components:\n  schemas:\n    Use:\n      properties:\n        a: { $ref: 'tree.yaml#/Node' }\n",
      "tree.yaml": "Node:\n  properties:\n    next:\n      $ref: '#/Node'\n",
    });
    expect(spec?.where("/components/schemas/tree_Node")).toMatchObject({ file: "tree.yaml", line: 1, column: 1 });
    expect(spec?.where("/components/schemas/Use/properties/a/properties/next/$ref")).toMatchObject({ file: "tree.yaml", line: 4, column: 7 });
  });

  it("a circular $ref is a style finding: an error under the house style, nothing under the default profile", () => {
    const { problems } = loadSpec("api.yaml", folder({ "api.yaml": "a:\n  items: { $ref: '#/a' }\n" }));
    expect(applyProfile(problems, "default")).toEqual([]);
    expect(applyProfile(problems, "house-style").map((p) => [p.severity, p.rule])).toEqual([["error", "ref-cycle"]]);
  });

  it("hoisted names: below components.schemas the rest of the pointer, elsewhere all of it, a file by its name without the last extension", () => {
    const { doc } = load({
      "api.yaml": [
        "components:",
        "  x:",
        "    N:",
        "      items:",
        "        items: { $ref: '#/components/x/N/items' }",
        "  schemas:",
        "    A:",
        "      properties:",
        "        b:",
        "          properties:",
        "            c: { $ref: '#/components/schemas/A/properties/b' }",
        "    Use:",
        "      properties:",
        "        t: { $ref: 'tree.v2.yaml#/Node' }",
        "defs:",
        "  schemas:",
        "    M:",
        "      items: { $ref: '#/defs/schemas/M' }",
        "",
      ].join("\n"),
      "tree.v2.yaml": "Node:\n  properties:\n    next: { $ref: '#/Node' }\n",
    });
    expect(Object.keys(doc?.components.schemas).sort()).toEqual(["A", "A_properties_b", "Use", "components_x_N_items", "defs_schemas_M", "tree.v2_Node"]);
  });

  it("a name only another kind of component uses is free for a hoisted schema", () => {
    const { doc } = load({ "api.yaml": "components:\n  parameters:\n    defs_T: { name: t, in: query }\ndefs:\n  T:\n    items: { $ref: '#/defs/T' }\n" });
    expect(Object.keys(doc?.components.schemas)).toEqual(["defs_T"]);
  });

  it("in a root without components, creates them; a root-file target is named by its pointer alone", () => {
    const { doc } = load({ "api.yaml": "defs:\n  'a b':\n    items: { $ref: '#/defs/a%20b' }\nuse: { $ref: '#/defs/a%20b' }\n" });
    expect(doc?.components).toEqual({ schemas: { defs_a_b: { items: { $ref: "#/components/schemas/defs_a_b" } } } });
    expect(doc?.defs).toEqual({ "a b": { items: { items: { $ref: "#/components/schemas/defs_a_b" } } } });
    expect(doc?.use).toEqual({ $ref: "#/components/schemas/defs_a_b" });
  });

  it("$refs that lead back to themselves with no schema between are an error, read as {} (they used to hang the load)", () => {
    const component = load({ "api.yaml": "components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/A'\n" });
    expect(component.problems).toEqual([["ref-cycle", "api.yaml", 4, 7, '$ref "#/components/schemas/A" leads back to itself through $refs alone and never reaches a schema']]);
    expect(component.doc?.components.schemas.A).toEqual({});
    const unnamed = load({ "api.yaml": "defs:\n  a: { $ref: '#/defs/b' }\n  b: { $ref: '#/defs/a' }\n" });
    expect(unnamed.problems.map((p) => [p[0], p[2], p[4]])).toEqual([
      ["ref-cycle", 2, '$ref "#/defs/b" is circular; make the target a named component (read as components.schemas.defs_b)'],
      ["ref-cycle", 2, '$ref "#/defs/b" leads back to itself through $refs alone and never reaches a schema'],
    ]);
    expect(unnamed.doc?.components.schemas.defs_b).toEqual({});
    // The error is one in every profile, unlike the style finding of a recursive schema.
    expect(applyProfile(loadSpec("api.yaml", folder({ "api.yaml": "a: { $ref: '#/a' }\n" })).problems, "default").map((p) => [p.severity, p.rule])).toEqual([["error", "ref-cycle"]]);
  });

  it("a root whose components are null gets a mapping for the hoisted target", () => {
    const { doc } = load({ "api.yaml": "components:\na:\n  items: { $ref: '#/a' }\n" });
    expect(doc?.components).toEqual({ schemas: { a: { items: { $ref: "#/components/schemas/a" } } } });
  });

  it("a components section that is a string names no component", () => {
    const { doc } = load({ "api.yaml": "components:\n  schemas: x\n'0':\n  items: { $ref: '#/0' }\n" });
    expect(Object.keys(doc?.components.schemas)).toEqual(["0"]);
  });

  it("a root whose components are not a mapping gets one; a target with no name at all is Recursive", () => {
    const { doc } = load({ "api.yaml": "components: 1\nitems: { $ref: '#' }\n" });
    expect(doc?.components).toEqual({ schemas: { Recursive: { components: 1, items: { $ref: "#/components/schemas/Recursive" } } } });
  });
});

describe("load: root files and the folder's config", () => {
  it("a folder's roots: YAML files of any case, JSON files that say openapi or swagger, not the config or other files", () => {
    const dir = folder({
      "b.YML": "openapi: 3.1.0\n",
      "a.yaml": "openapi: 3.1.0\n",
      "c.json": '{ "openapi" : "3.1.0" }',
      "d.json": '{"swagger":"2.0"}',
      "e.json": '{"name": "openapi"}',
      "webflow-codegen.config.json": '{"openapi": 1}',
      "f.yaml.txt": "openapi: 3.1.0\n",
      "g.json.yaml": "openapi: 3.1.0\n",
    });
    expect(findRootFiles(dir).map((f) => path.basename(f))).toEqual(["a.yaml", "b.YML", "c.json", "d.json", "g.json.yaml"]);
  });

  it("a root that does not parse gives its problem and no spec; the others load", () => {
    const loaded = loadSpecs(".", folder({ "a.yaml": "openapi: 3.1.0\n", "b.json": '{"openapi": ' }));
    expect(loaded.specs.map((s) => s.rootFile)).toEqual(["a.yaml"]);
    expect(loaded.problems.map((p) => p.rule)).toEqual(["json-syntax"]);
  });

  it("a spec path that does not exist: the default profile", () => {
    expect(loadSpecs("nope", folder({})).lint).toBe("default");
  });

  it.each<[string, string, number, number]>([
    ["[]", 'webflow-codegen.config.json must hold a JSON object such as { "lint": "house-style" }', 1, 1],
    ['"house-style"', 'webflow-codegen.config.json must hold a JSON object such as { "lint": "house-style" }', 1, 1],
    ["null", 'webflow-codegen.config.json must hold a JSON object such as { "lint": "house-style" }', 1, 1],
    ['{\n  "lint": "strict"\n}', '"lint" must be one of "default", "house-style", found "strict"', 2, 3],
    ['{\n  "lint": 1\n}', '"lint" must be one of "default", "house-style", found 1', 2, 3],
    ['{\n  "$schema": "x",\n  "$comment": "y",\n  "lints": "default"\n}', 'unknown setting "lints" in webflow-codegen.config.json; the settings are "lint"', 4, 3],
  ])("config %j: an error at its line, and the default profile", (text, message, line, column) => {
    const dir = folder({ "api.yaml": "openapi: 3.1.0\n", "webflow-codegen.config.json": text });
    const config = readConfig(dir, dir);
    expect(config.lint).toBe("default");
    expect(config.problems).toEqual([{ severity: "error", rule: "config", message, location: { file: "webflow-codegen.config.json", line, column, pointer: expect.any(String) } }]);
  });

  it("config: a JSON syntax error is reported as such; a file spec reads its folder's config; the profile reaches every spec", () => {
    const broken = folder({ "webflow-codegen.config.json": "{,}" });
    expect(readConfig(broken, broken).problems.map((p) => p.rule)).toEqual(["json-syntax"]);
    const dir = folder({ "api.yaml": "openapi: 3.1.0\n", "other.yaml": "openapi: 3.1.0\n", "webflow-codegen.config.json": '{"lint": "house-style"}' });
    expect(readConfig(path.join(dir, "api.yaml"), dir)).toEqual({ lint: "house-style", file: "webflow-codegen.config.json", problems: [] });
    const loaded = loadSpecs(".", dir);
    expect(loaded.lint).toBe("house-style");
    expect(loaded.specs.map((s) => [s.rootFile, s.lint])).toEqual([
      ["api.yaml", "house-style"],
      ["other.yaml", "house-style"],
    ]);
    expect(loadSpecs("api.yaml", folder({ "api.yaml": "openapi: 3.1.0\n" })).lint).toBe("default");
  });

  it("problems of several roots come sorted by file and line, each once", () => {
    const dir = folder({ "b.yaml": "x: { $ref: '#/no' }\n", "a.yaml": "a: 1\nx: { $ref: '#/no' }\n" });
    expect(loadSpecs(".", dir).problems.map((p) => `${p.location?.file}:${p.location?.line} ${p.rule}`)).toEqual(["a.yaml:2 ref-missing", "b.yaml:1 ref-missing"]);
  });
});
