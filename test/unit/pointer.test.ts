/**
 * RFC 6901 JSON pointers (generator/pointer.ts): tokens in, pointers out, and back; lookups that never
 * walk the prototype.
 */
import { describe, expect, it } from "vitest";
import { escapeToken, getAtPointer, joinPointer, parentPointer, pointerToFragment, splitPointer, unescapeToken } from "../../generator/pointer.js";

describe("JSON pointer tokens", () => {
  it.each([
    ["plain", "plain"],
    ["a/b", "a~1b"],
    ["a~b", "a~0b"],
    ["~/~/", "~0~1~0~1"],
    // `~1` written literally is a tilde then a one, not a slash: escaped as `~01`.
    ["~1", "~01"],
    ["", ""],
  ])("%j is escaped as %j, and unescaped back", (token, escaped) => {
    expect(escapeToken(token)).toBe(escaped);
    expect(unescapeToken(escaped)).toBe(token);
  });

  it("unescapes ~1 before ~0, so ~01 is ~1 and not /", () => {
    expect(unescapeToken("~01")).toBe("~1");
    expect(unescapeToken("a~1b~1c~0d~0e")).toBe("a/b/c~d~e");
  });
});

describe("joining and splitting pointers", () => {
  it.each<[string, (string | number)[], string]>([
    ["", [], ""],
    ["", ["paths"], "/paths"],
    ["/paths", ["/sites/{id}", "get"], "/paths/~1sites~1{id}/get"],
    ["/a", [0, "b~c"], "/a/0/b~0c"],
    ["", [""], "/"],
  ])("joinPointer(%j, ...%j) is %j", (base, tokens, pointer) => {
    expect(joinPointer(base, ...tokens)).toBe(pointer);
  });

  it.each<[string, string[]]>([
    ["", []],
    ["/", [""]],
    ["/paths/~1sites~1{id}/get", ["paths", "/sites/{id}", "get"]],
    ["/a//b", ["a", "", "b"]],
    ["/x~0y", ["x~y"]],
  ])("splitPointer(%j) is %j", (pointer, tokens) => {
    expect(splitPointer(pointer)).toEqual(tokens);
  });

  it.each(["paths", "a/b", "#/paths"])("refuses %j, which does not start with a slash", (pointer) => {
    expect(() => splitPointer(pointer)).toThrow(`not a JSON pointer: ${JSON.stringify(pointer)}`);
  });
});

describe("getAtPointer", () => {
  const doc = { a: { "b/c": [10, { d: null }], "": "empty key" }, zero: 0 };

  it.each<[string, unknown]>([
    ["", doc],
    ["/a/b~1c/0", 10],
    ["/a/b~1c/1/d", null],
    ["/a/", "empty key"],
    ["/zero", 0],
    ["/missing", undefined],
    ["/a/b~1c/5", undefined],
    // Below a leaf (a number, null, a string) there is nothing.
    ["/zero/x", undefined],
    ["/a/b~1c/1/d/x", undefined],
    ["/a//length", undefined],
  ])("at %j is %j", (pointer, want) => {
    expect(getAtPointer(doc, pointer)).toBe(want);
  });

  it("finds only own properties: not __proto__, constructor or toString", () => {
    expect(getAtPointer({}, "/__proto__")).toBeUndefined();
    expect(getAtPointer({ a: {} }, "/a/constructor")).toBeUndefined();
    expect(getAtPointer({ a: {} }, "/a/toString")).toBeUndefined();
    const own = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(getAtPointer(own, "/__proto__/x")).toBe(1);
  });
});

describe("parentPointer", () => {
  it.each([
    ["", ""],
    ["/a", ""],
    ["/a/b", "/a"],
    ["/a/b~1c/0", "/a/b~1c"],
    ["/", ""],
    ["//", "/"],
  ])("of %j is %j", (pointer, parent) => {
    expect(parentPointer(pointer)).toBe(parent);
  });
});

describe("pointerToFragment", () => {
  it.each([
    ["", "#"],
    ["/components/schemas/Site", "#/components/schemas/Site"],
    ["/components/schemas/Rate%Limit", "#/components/schemas/Rate%25Limit"],
    ["/components/schemas/a b#c", "#/components/schemas/a%20b%23c"],
    ["/paths/~1sites/get", "#/paths/~1sites/get"],
  ])("of %j is %j, whose tokens decode back", (pointer, fragment) => {
    expect(pointerToFragment(pointer)).toBe(fragment);
    expect(decodeURIComponent(fragment.slice(1))).toBe(pointer);
  });
});
