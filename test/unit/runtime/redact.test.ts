import { describe, expect, it } from "vitest";
import { redactText, redactValue } from "../../../templates/runtime/redact.js";

const SECRET = 'a"b/c\\dé😀';
/** Every JSON spelling of `s` with each code unit as a `\uXXXX` escape. */
const unicode = (s: string, upper = false): string =>
  Array.from({ length: s.length }, (_, i) => {
    const hex = s.charCodeAt(i).toString(16).padStart(4, "0");
    return `\\u${upper ? hex.toUpperCase() : hex}`;
  }).join("");

describe("redactText", () => {
  it.each([
    ["raw", SECRET],
    ["JSON-escaped", JSON.stringify(SECRET).slice(1, -1)],
    ["JSON-escaped with \\/", JSON.stringify(SECRET).slice(1, -1).replace(/\//g, "\\/")],
    ["\\u-escaped", unicode(SECRET)],
    ["\\u-escaped in upper case", unicode(SECRET, true)],
    ["escaped in mixed ways", `a\\u0022b\\/c\\\\d${unicode("é")}😀`],
  ])("replaces the %s secret everywhere in the text", (_label, spelling) => {
    expect(redactText(`<${spelling}> and "${spelling}"`, SECRET)).toBe(
      '<[REDACTED]> and "[REDACTED]"',
    );
  });

  it("treats regular-expression characters in the secret literally", () => {
    expect(redactText("x.+y x+y", ".+")).toBe("x[REDACTED]y x+y");
    expect(redactText("abc", "a|c")).toBe("abc");
  });

  it("stays case-sensitive outside hex escapes", () => {
    expect(redactText("TOKEN token", "token")).toBe("TOKEN [REDACTED]");
  });

  it("leaves the text alone for an empty secret", () => {
    expect(redactText("abc", "")).toBe("abc");
  });
});

describe("redactValue", () => {
  it("redacts every string and key of a deep copy, leaving other values and the input alone", () => {
    const input = JSON.parse(
      `{"m":"x ${JSON.stringify(SECRET).slice(1, -1)} y","list":[1,true,null,"${unicode(SECRET)}",{"${SECRET.replace(/["\\]/g, "\\$&")}":2}],"n":3}`,
    ) as unknown;
    const before = JSON.stringify(input);
    expect(redactValue(input, SECRET)).toEqual({
      m: "x [REDACTED] y",
      list: [1, true, null, "[REDACTED]", { "[REDACTED]": 2 }],
      n: 3,
    });
    expect(JSON.stringify(input)).toBe(before);
  });

  it("redacts a secret still JSON-escaped inside a string", () => {
    expect(redactValue({ nested: JSON.stringify({ auth: SECRET }) }, SECRET)).toEqual({
      nested: '{"auth":"[REDACTED]"}',
    });
  });

  it("keeps a __proto__ key an own property instead of setting the prototype", () => {
    const copy = redactValue(JSON.parse('{"__proto__":{"polluted":true}}'), SECRET) as object;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__"]);
  });
});
