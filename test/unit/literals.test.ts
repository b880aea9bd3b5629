import { describe, expect, it } from "vitest";
import { identifier, jsDocCode, jsDocText, literal, memberIdentifier, objectKey, propertyAccess, stringLiteral, typeKey } from "../../generator/emit/literals.js";

/** Evaluates a JavaScript expression the way the generated module would, in a fresh function scope. */
const evaluate = (expression: string): unknown => new Function(`"use strict"; return (${expression});`)();

describe("escaping spec text into code", () => {
  const hostile = ['"); globalThis.__pwned = 1; ("', "`${globalThis.__pwned = 1}`", "\u2028\u2029", "*/ x /*", "\\", "\u0000"];

  it("string literals round-trip any text and never execute it", () => {
    for (const text of hostile) {
      expect(evaluate(stringLiteral(text))).toBe(text);
      expect(stringLiteral(text)).not.toMatch(/[\u2028\u2029]/);
    }
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it("literals refuse non-finite numbers and write -0 as 0", () => {
    expect(literal(1.5)).toBe("1.5");
    expect(literal(-0)).toBe("0");
    expect(literal(false)).toBe("false");
    expect(literal(true)).toBe("true");
    expect(literal("1")).toBe('"1"');
    expect(() => literal(Number.NaN)).toThrow(/non-finite/);
  });

  it("JSDoc text cannot close the comment or start a tag", () => {
    expect(jsDocText("a */ b")).toBe("a *\\/ b");
    expect(jsDocText("line\n@param x")).toBe("line\n\\@param x");
    expect(jsDocText("a\u2028b\r\nc\rd")).toBe("a\nb\nc\nd");
    // A YAML block scalar's trailing newline would leave an empty line in the comment.
    expect(jsDocText("\n  The thing.\n")).toBe("The thing.");
    expect(jsDocCode("a`b")).toBe("`a'b`");
    expect(jsDocCode("a\nb")).toBe("`a b`");
  });

  it("object keys never set a prototype", () => {
    expect(objectKey("site_id")).toBe("site_id");
    expect(objectKey("Accept-Version")).toBe('"Accept-Version"');
    expect(objectKey("__proto__")).toBe('["__proto__"]');
    const object = evaluate(`{ ${objectKey("__proto__")}: 1 }`) as object;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(["__proto__"]);
  });

  it("type keys and property access quote what is not an identifier", () => {
    expect(typeKey("a b")).toBe('"a b"');
    expect(propertyAccess("params", "site_id")).toBe("params.site_id");
    expect(propertyAccess("params", 'x"]')).toBe('params["x\\"]"]');
  });

  it("identifiers are checked, never repaired silently", () => {
    expect(identifier("getSite")).toBe("getSite");
    expect(() => identifier("a-b")).toThrow(/not a safe identifier/);
    expect(() => identifier("constructor")).toThrow(/not a safe identifier/);
    // A keyword is a fine class member name; a name that is not an identifier or shadows an object's own is not.
    expect(memberIdentifier("delete")).toBe("delete");
    expect(() => memberIdentifier("a-b")).toThrow(/"a-b" is not a safe member name/);
    expect(() => memberIdentifier("constructor")).toThrow(/"constructor" is not a safe member name/);
  });
});

describe("JSDoc escaping order", () => {
  it("removes control characters before escaping, so a NUL cannot join '*' and '/'", () => {
    expect(jsDocText("a *\u0000/ b")).toBe("a *\\/ b");
    expect(jsDocText("x /* y")).toBe("x /\\* y");
  });
});
