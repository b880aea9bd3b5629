/** The cache that format and compile share: what one run stores, a later run (a new instance) finds. */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { TextCache } from "../../generator/cache.js";

describe("TextCache", () => {
  const name = `test-${randomUUID()}`;
  afterAll(() => rmSync(fileURLToPath(new URL(`../../node_modules/.cache/webflow-codegen/${name}`, import.meta.url)), { recursive: true, force: true }));

  it("gives a later run the text stored under the same parts and fingerprint, and nothing for any other", () => {
    const first = new TextCache(name, "v1");
    const key = first.key("babel-ts", "const a = 1");
    expect(first.get(key)).toBeUndefined();
    first.set(key, "formatted");

    const later = new TextCache(name, "v1");
    expect(later.get(later.key("babel-ts", "const a = 1"))).toBe("formatted");
    expect(later.get(later.key("babel-ts", "const a = 2"))).toBeUndefined();
    expect(later.get(later.key("typescript", "const a = 1"))).toBeUndefined();
    const upgraded = new TextCache(name, "v2");
    expect(upgraded.get(upgraded.key("babel-ts", "const a = 1"))).toBeUndefined();
  });

  it("keeps the parts apart: (\"ab\", \"c\") and (\"a\", \"bc\") are different keys", () => {
    const cache = new TextCache(name, "v1");
    expect(cache.key("ab", "c")).not.toBe(cache.key("a", "bc"));
    expect(cache.key("ab", "c")).toBe(cache.key("ab", "c"));
  });
});
