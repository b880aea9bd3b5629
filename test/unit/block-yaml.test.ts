/**
 * `readBlockYaml` reads the block YAML that descriptions are written in without the `yaml` library, and
 * must read it exactly as the library does: the same value, and the same node offsets in the same order.
 * Given a text, want that reading, or want the text left to the library (undefined) where the reader does
 * not follow YAML that far. The library is the oracle; a few cases also state the value outright.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readBlockYaml } from "../../generator/load/block-yaml.js";
import { parseYamlFile, readYamlWithLibrary } from "../../generator/load/yaml-source.js";
import { REPO } from "../support/generated.js";

const read: { name: string; text: string; value?: unknown }[] = [
  { name: "nested mappings and a sequence at its key's indent", text: "a:\n  b: 1\n  c:\n  - x\n  - y\nd: z\n", value: { a: { b: 1, c: ["x", "y"] }, d: "z" } },
  { name: "a sequence of mappings, and sequences in sequences", text: "items:\n  - name: a\n    tags: [x, y]\n  - - 1\n    - 2\n  -\n    k: v\n" },
  { name: "core-schema scalars", text: "a: 12\nb: -0\nc: +5\nd: 007\ne: 0x1F\nf: 0o17\ng: 1.50\nh: 1e3\ni: .5\nj: .inf\nk: -.Inf\nl: .nan\nm: ~\nn: null\no: NULL\np: True\nq: FALSE\nr: yes\ns: on\nt: 1_000\nu: 1e400\nv: 12abc\nw: 2024-01-01\n" },
  { name: "keys that are numbers, booleans or quoted", text: "200:\n  x: 1\n1.0: a\n0x10: b\ntrue: c\n'quoted': d\n\"dq\": e\n/sites/{site_id}: f\n__proto__: g\n" },
  { name: "comments everywhere", text: "# head\na: 1 # trailing\n  # deeper\nb: x#y\nc: # before the value\n  - 1 # item\n# between\n  - 2\n" },
  { name: "double-quoted escapes", text: 'a: "tab\\there \\"q\\" \\\\ \\/ \\u00e9 \\x41 \\U0001F600 \\0"\nb: "it\'s"\n', value: { a: 'tab\there "q" \\ / é A 😀 \0', b: "it's" } },
  { name: "single-quoted with a doubled quote", text: "a: 'it''s ''x'''\nb: ''\n", value: { a: "it's 'x'", b: "" } },
  { name: "a double-quoted scalar over lines", text: 'a: "one\n  two\n\n  three  \n   four\\\n   five\\n\\\n  six"\nb: 1\n' },
  { name: "a single-quoted scalar over lines", text: "a: 'one\n   two\n\n  three'\n" },
  { name: "a plain scalar over lines", text: "a: one\n  two\n\n\n  three\n  - four\n  \"five\" [six]\nb: seven\n  eight # comment\nc: 1\n", value: { a: "one two\n\nthree - four \"five\" [six]", b: "seven eight", c: 1 } },
  { name: "a plain scalar below its key", text: "a:\n  long text\n  goes on\nb:\n  'quoted'\n" },
  { name: "literal block scalars", text: "a: |\n  one\n    two\n\n  three\n\n\nb: |-\n  x\n  y\nc: |\n\n  after a blank\nd: | # comment\n  z\n" },
  { name: "folded block scalars", text: "a: >\n  one\n  two\n\n  three\n    more indented\n  back\n\n\n  end\nb: >-\n  x\n  y\n" },
  { name: "a block scalar with a line of spaces longer than its indent", text: "a: |\n  x\n     \n  y\nb: >\n  x\n     \n  y\n" },
  { name: "block scalars in a sequence, and a comment less indented after one", text: "a:\n  - |\n    x\n  - >-\n    y\n# done\nb: 1\n" },
  { name: "flow collections on one line", text: "a: []\nb: {}\nc: [a, 'b', \"c\", 1, 2.5, true, null]\nd: {x: 1, 'y': [z], \"w\": {}}\ne: [{a: 1}, [2]]\nf: [http://x.test/a, a b]\n" },
  { name: "a key without a value", text: "a:\nb: 1\nc:\n  # only a comment\nd:\n" },
  { name: "a document start and leading comments", text: "# c\n\n--- # start\nopenapi: 3.1.0\n" },
  { name: "a deeper-indented root", text: "  a: 1\n  b:\n    c: 2\n" },
  { name: "a sequence at the root", text: "- a\n- b: c\n" },
  // Each row below tells a guard or a boundary of the reader apart (a mutation run found them untested).
  { name: "keys with a # or spaces before the colon, and --- or ... not at a line's start", text: "a#b: 1\nc  : 2\nd:\n  --- : 3\n  ... : 4\n", value: { "a#b": 1, c: 2, d: { "---": 3, "...": 4 } } },
  { name: "a key of 1,000 characters", text: `${"k".repeat(1000)}: 1\n` },
  { name: "a double-quoted scalar over lines in a sequence", text: '- "x\n  y"\n' },
  { name: "quoted scalars over lines: spaces in a line, a closing quote first on its line", text: 'a: "one two\n  three"\nb: "x\n  "\nc: "y\\\n  "\n', value: { a: "one two three", b: "x ", c: "y" } },
  { name: "block scalars: a leading empty line as long as the indent, one space of indent, folded after an empty line", text: "a: |\n  \n  x\nb: |\n y\nc: >\n\n  z\n", value: { a: "\nx\n", b: "y\n", c: "\nz\n" } },
  { name: "a folded line starting with a tab is more indented", text: "a: >\n  x\n  \ty\n  z\n", value: { a: "x\n\ty\nz\n" } },
  { name: "a comment on a sequence entry's line, its value below", text: "- # c\n  x\n" },
  { name: "a more-indented comment ends a plain scalar", text: "a: x\n  # c\nb: 1\n", value: { a: "x", b: 1 } },
  { name: "a key after a sequence at its key's indent", text: "a:\n- x\nb: 1\n" },
  { name: "a # without a space after it starts a comment", text: "a: x #c\n", value: { a: "x" } },
  { name: "no line break at the end", text: "a: 1\nb: x" },
  { name: "the last Unicode code point as an escape", text: 'a: "\\U0010FFFF"\n', value: { a: "\u{10ffff}" } },
  { name: "a sequence entry's value below it, on the second line", text: "-\n  x\n" },
];

const leftToTheLibrary: { name: string; text: string }[] = [
  { name: "an anchor and an alias", text: "a: &x 1\nb: *x\n" },
  { name: "a tag", text: "a: !!str 1\n" },
  { name: "a complex key", text: "? a\n: b\n" },
  { name: "a duplicate key", text: "a: 1\na: 2\n" },
  { name: "a tab in the indentation", text: "a:\n\tb: 1\n" },
  { name: "CRLF line ends", text: "a: 1\r\nb: 2\r\n" },
  { name: "a byte-order mark", text: "\ufeffa: 1\n" },
  { name: "keep chomping", text: "a: |+\n  x\n\nb: 1\n" },
  { name: "an indentation indicator", text: "a: |2\n   x\n" },
  { name: "a flow collection over lines", text: "a: [x,\n  y]\n" },
  { name: "a trailing comma in a flow collection", text: "a: [x, y, ]\n" },
  { name: "an empty sequence entry", text: "a:\n  -\n  - b\n" },
  { name: "two documents", text: "a: 1\n---\nb: 2\n" },
  { name: "a document end marker", text: "a: 1\n...\n" },
  { name: "a scalar document", text: "just text\n" },
  { name: "a mapping on a value's line", text: "a: b: c\n" },
  { name: "a line indented past its siblings", text: "a: 1\n  b: 2\n c: 3\n" },
  { name: "a key longer than 1024 characters", text: `${"k".repeat(1100)}: 1\n` },
  { name: "a block scalar ending the file without a line break", text: "a: |\n  x" },
  { name: "an unknown escape", text: 'a: "\\q"\n' },
  { name: "an unterminated quote", text: 'a: "x\n' },
  { name: "an empty line after an escaped line break (the library reads a space, YAML a line break)", text: 'a: "one\\\n\n  two"\n' },
  { name: "a more-indented line after a flow value", text: "a: [x]\n  b\n" },
  { name: "a sequence entry on a key's line", text: "a: - b\n" },
  { name: "a key directly after its colon", text: "a:b: 1\nc:1\n" },
  // Each row below tells a guard of the reader apart (a mutation run found them untested).
  { name: "a comment not separated from a quoted value", text: "a: 'x'#c\n" },
  { name: "text after a quoted value", text: "a: 'x' y\n" },
  { name: "a document start after the first line, its line looking like a key", text: "a: 12\n--- : 3\n" },
  { name: "a document end after the first line, its line looking like a key", text: "a: 12\n... : 3\n" },
  { name: "a --- that is not at its line's start, before the root", text: " ---\na: 1\n" },
  { name: "a scalar document whose comment holds a `: `", text: "a #b: c\n" },
  { name: "a null key", text: "null: 1\n" },
  { name: "a null key in a flow mapping", text: "a: {null: 1}\n" },
  { name: "a quoted key over lines", text: '"a\n  b": 1\n' },
  { name: "a quoted key over lines by an escaped line break", text: '"a\\\n  b": 1\n' },
  { name: "a bad hex escape (second digit)", text: 'a: "\\x4G"\n' },
  { name: "a bad hex escape (first digit)", text: 'a: "\\xG4"\n' },
  { name: "an escape past Unicode (String.fromCodePoint throws)", text: 'a: "\\U00110000"\n' },
  { name: "a quoted scalar going on at its key's indent", text: 'a: "x\ny"\n' },
  { name: "a tab in a quoted scalar's continuation indent", text: 'a: "x\n  \ty"\n' },
  { name: "a tab before a comment", text: "a: x\t# c\n" },
  { name: "a flow mapping key without a value", text: "a: {x, y: 1}\n" },
  { name: "an implicit flow pair in a flow sequence", text: "a: [x:, y]\n" },
  { name: "a duplicate key in a flow mapping", text: "a: {x: 1, x: 2}\n" },
  { name: "a flow mapping key without its colon", text: 'a: {"x" - 1}\n' },
  { name: "a JSON-like flow pair without a space after the colon", text: 'a: {"a":1}\n' },
  { name: "flow sequence items without a comma", text: 'a: ["a" bc]\n' },
  { name: "a block scalar with no indented line, a key after it", text: "a: |\nb: 1\n" },
  { name: "a block scalar with no line at all", text: "a: |\n" },
  { name: "a block scalar's leading empty line more indented than its text", text: "a: |\n    \n  x\n" },
  { name: "a sequence less indented than its key", text: "a:\n  b:\n- x\n" },
  { name: "a more-indented line after a plain scalar and its comment", text: "a: x # c\n  y\n" },
  { name: "a key between a nested mapping's indent and its parent's", text: "a:\n    b: 1\n  c: 2\n" },
  { name: "a sequence entry between a nested sequence's indent and its parent's", text: "- - a\n - b\n" },
  { name: "a key less indented than the root mapping", text: "  a: 1\nb: 2\n" },
];

describe("readBlockYaml reads as the yaml library reads", () => {
  it.each(read)("$name", ({ text, value }) => {
    const library = readYamlWithLibrary("case.yaml", text);
    expect(library.problems).toEqual([]);
    const block = readBlockYaml(text);
    expect(block, "read, not left to the library").toBeDefined();
    expect(block?.value).toStrictEqual(library.value);
    expect([...(block?.offsets ?? [])]).toStrictEqual([...library.offsets]);
    for (const [pointer, offset] of library.offsets) expect(block?.offsets.get(pointer), pointer).toBe(offset);
    if (value !== undefined) expect(block?.value).toStrictEqual(value);
  });

  it.each(leftToTheLibrary)("leaves to the library: $name", ({ text }) => {
    expect(readBlockYaml(text)).toBeUndefined();
  });

  it("finds no offset for a pointer to nothing", () => {
    const offsets = readBlockYaml("a:\n  - x\n  - {b: 1}\nc: d\n")?.offsets;
    expect(offsets?.get("/a/1/b")).toBe(14);
    for (const missing of ["/z", "/a/2", "/a/01", "/a/01/b", "/a/-1", "/a/x", "/c/d", "/a/1/b/c", "/a/1/toString"]) expect(offsets?.get(missing), missing).toBeUndefined();
  });

  it("keeps __proto__ an own key, not the prototype", () => {
    const value = readBlockYaml("__proto__:\n  polluted: true\n")?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__"]);
  });
});

describe("parseYamlFile", () => {
  const yamlFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? yamlFiles(file) : /\.ya?ml$/.test(name) ? [file] : [];
    });

  it("reads every file of spec/ without the library, to the library's values and positions", () => {
    const files = yamlFiles(path.join(REPO, "spec"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(readBlockYaml(text), file).toBeDefined();
      const library = readYamlWithLibrary(file, text);
      const parsed = parseYamlFile(file, text);
      expect(parsed.value, file).toStrictEqual(library.value);
      expect([...parsed.positions], file).toStrictEqual([...library.offsets].map(([pointer, offset]) => [pointer, library.position(offset)]));
    }
  });

  it("reports a file outside the subset through the library, with its line", () => {
    const parsed = parseYamlFile("dup.yaml", "openapi: 3.1.0\ninfo:\n  title: x\n  title: y\n");
    expect(parsed.problems.map((p) => [p.rule, p.location?.line, p.message])).toEqual([["yaml-duplicate-key", 4, 'duplicate key "title": already defined on line 3']]);
  });
});
