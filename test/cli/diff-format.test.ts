/**
 * How `diff` prints its changes (generator/diff/format.ts), in this process: text grouped by API version
 * and operation with breaking changes marked and colored, the summary line, and the JSON for machines.
 */
import { describe, expect, it } from "vitest";
import { formatJson, formatText, summarize, summaryLine, type Change, type Style } from "../../generator/diff/index.js";

/** A style that shows what it would color, so the tests see which text gets which color. */
const tags: Style = {
  red: (t) => `<red>${t}</red>`,
  green: (t) => `<green>${t}</green>`,
  yellow: (t) => `<yellow>${t}</yellow>`,
  bold: (t) => `<b>${t}</b>`,
  dim: (t) => `<dim>${t}</dim>`,
};

const change = (over: Partial<Change>): Change => ({ kind: "operation-added", namespace: "v2", operationId: "listThings", path: "GET /things", breaking: false, message: "m", ...over });

const CHANGES: Change[] = [
  change({ namespace: "v1", operationId: "getThing", path: "GET /things/{id}", kind: "scope-added", breaking: true, message: 'now requires scope "a"' }),
  change({ namespace: "v2", operationId: "listThings", path: "GET /things query.limit", kind: "request-parameter-removed", breaking: true, message: "query parameter removed" }),
  change({ namespace: "v2", operationId: "listThings", path: "GET /things response.200.items[]", kind: "response-enum-value-removed", message: "enum value removed" }),
  change({ namespace: "v2", operationId: "createThing", path: "POST /things body", kind: "request-body-became-optional", message: "request body became optional" }),
  change({ namespace: "v2", operationId: undefined, path: "#/components/schemas/Old", kind: "schema-removed", breaking: true, message: 'schema "Old" removed' }),
  change({ namespace: "v2", operationId: undefined, path: "#/components/schemas/New", kind: "schema-added", message: 'schema "New" added' }),
];

describe("summary", () => {
  it("counts changes and breaking ones", () => {
    expect(summarize(CHANGES)).toEqual({ changes: 6, breaking: 3 });
    expect(summarize([])).toEqual({ changes: 0, breaking: 0 });
  });

  it.each([
    [[], "no changes"],
    [[change({})], "1 change, 0 breaking"],
    [[change({ breaking: true }), change({})], "2 changes, 1 breaking"],
  ] as const)("%#: %s", (changes, line) => {
    expect(summaryLine(changes)).toBe(line);
  });
});

describe("text", () => {
  it("groups by API version, then operation (components last), marks and colors breaking changes", () => {
    expect(formatText(CHANGES, { old: "a.yaml", new: "b.yaml" }, tags)).toBe(
      [
        "<b>spec diff: a.yaml → b.yaml</b>",
        "",
        '<b>"v1"</b>',
        '  "getThing"  <dim>GET "/things/{id}"</dim>',
        '    <red>BREAKING</red>  now requires scope "a"  <dim>[scope-added]</dim>',
        "",
        '<b>"v2"</b>',
        '  "listThings"  <dim>GET "/things"</dim>',
        "    <red>BREAKING</red>  query parameter removed  <dim>[request-parameter-removed]</dim>",
        "    <green>ok      </green>  enum value removed  <dim>[response-enum-value-removed]</dim>",
        '  "createThing"  <dim>POST "/things"</dim>',
        "    <green>ok      </green>  request body became optional  <dim>[request-body-became-optional]</dim>",
        "  components",
        '    <red>BREAKING</red>  schema "Old" removed  <dim>[schema-removed]</dim>',
        '    <green>ok      </green>  schema "New" added  <dim>[schema-added]</dim>',
        "",
        "<red>6 changes, 3 breaking</red>",
        "",
      ].join("\n"),
    );
  });

  it("leaves the summary uncolored when nothing breaks, and prints plain text by default", () => {
    const text = formatText([change({ message: "operation added" })], { old: "a", new: "b" });
    expect(text).toBe(['spec diff: a → b', "", '"v2"', '  "listThings"  GET "/things"', "    ok        operation added  [operation-added]", "", "1 change, 0 breaking", ""].join("\n"));
    expect(formatText([change({})], { old: "a", new: "b" }, tags).trimEnd().split("\n").at(-1)).toBe("1 change, 0 breaking");
  });

  it("says so when there is nothing", () => {
    expect(formatText([], { old: "a", new: "b" }, tags)).toBe("<b>spec diff: a → b</b>\nno changes\n");
  });

  it("starts a new operation heading when the operation comes back in another API version", () => {
    const text = formatText([change({ namespace: "v1" }), change({ namespace: "v2" })], { old: "a", new: "b" });
    expect(text.match(/"listThings"/g)).toHaveLength(2);
  });
});

describe("JSON", () => {
  it("has the labels, the summary and every change as it is", () => {
    const json = JSON.parse(formatJson(CHANGES, { old: "a.yaml", new: "b.yaml" })) as unknown;
    expect(json).toEqual({ old: "a.yaml", new: "b.yaml", summary: { changes: 6, breaking: 3 }, changes: CHANGES.map((c) => JSON.parse(JSON.stringify(c)) as unknown) });
    expect(formatJson([], { old: "a", new: "b" }).endsWith("}\n")).toBe(true);
  });
});
