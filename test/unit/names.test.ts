/**
 * Spec names into TypeScript names (generator/model/names.ts): text in, identifier out, given/want.
 */
import { describe, expect, it } from "vitest";
import { camelCase, constantCase, isIdentifier, isObjectMember, isReserved, kebabCase, memberName, NameRegistry, pascalCase, typeName, words } from "../../generator/model/names.js";

describe("words", () => {
  it.each<[string, string[]]>([
    ["getCustomDomains", ["get", "custom", "domains"]],
    ["custom_domains", ["custom", "domains"]],
    ["X-RateLimit-Limit", ["x", "rate", "limit", "limit"]],
    ["sites:read", ["sites", "read"]],
    ["HTMLParser", ["html", "parser"]],
    ["getHTTPResponse2", ["get", "http", "response2"]],
    ["v2Sites", ["v2", "sites"]],
    ["ABC", ["abc"]],
    ["  --  ", []],
    ["", []],
    ["Ünïcode name", ["n", "code", "name"]],
  ])("%j → %j", (text, want) => {
    expect(words(text)).toEqual(want);
  });
});

describe("cases", () => {
  it.each<[string, string, string, string, string, string]>([
    // text, camelCase, pascalCase, constantCase, kebabCase, memberName
    ["custom_domains", "customDomains", "CustomDomains", "CUSTOM_DOMAINS", "custom-domains", "customDomains"],
    ["X-RateLimit-Limit", "xRateLimitLimit", "XRateLimitLimit", "X_RATE_LIMIT_LIMIT", "x-rate-limit-limit", "xRateLimitLimit"],
    ["authorized_user:read", "authorizedUserRead", "AuthorizedUserRead", "AUTHORIZED_USER_READ", "authorized-user-read", "authorizedUserRead"],
    ["2fa", "_2fa", "_2fa", "_2FA", "2fa", "_2fa"],
    ["v2 sites", "v2Sites", "V2Sites", "V2_SITES", "v2-sites", "v2Sites"],
    ["delete", "delete_", "Delete", "DELETE", "delete", "delete"],
    ["constructor", "constructor_", "Constructor", "CONSTRUCTOR", "constructor", "constructor_"],
    ["to_string", "toString_", "ToString", "TO_STRING", "to-string", "toString_"],
    ["value of", "valueOf_", "ValueOf", "VALUE_OF", "value-of", "valueOf_"],
    ["__proto__", "proto", "Proto", "PROTO", "proto", "proto"],
    ["", "unnamed", "Unnamed", "UNNAMED", "unnamed", "unnamed"],
    ["!!", "unnamed", "Unnamed", "UNNAMED", "unnamed", "unnamed"],
    ["type", "type_", "Type", "TYPE", "type", "type"],
    ["in", "in_", "In", "IN", "in", "in"],
  ])("%j: camel %j, pascal %j, constant %j, kebab %j, member %j", (text, camel, pascal, constant, kebab, member) => {
    expect(camelCase(text)).toBe(camel);
    expect(pascalCase(text)).toBe(pascal);
    expect(constantCase(text)).toBe(constant);
    expect(kebabCase(text)).toBe(kebab);
    expect(memberName(text)).toBe(member);
  });

  it("uses the fallback given for a name without words, made safe like any other", () => {
    expect(camelCase("", "fallback")).toBe("fallback");
    expect(pascalCase("--", "Thing")).toBe("Thing");
    expect(constantCase("", "NONE")).toBe("NONE");
    expect(kebabCase("", "index")).toBe("index");
    expect(memberName("", "call")).toBe("call");
    expect(camelCase("", "class")).toBe("class_");
    expect(camelCase("", "9lives")).toBe("_9lives");
    expect(memberName("", "constructor")).toBe("constructor_");
    expect(memberName("", "1st")).toBe("_1st");
  });

  it("suffixes a type name that would shadow a global type, and no other", () => {
    // "url" and "URL" become Url, which shadows nothing.
    expect(["Promise", "error", "headers", "record", "URL", "Site", "Errors", "Map"].map((t) => typeName(t))).toEqual([
      "PromiseSchema",
      "ErrorSchema",
      "HeadersSchema",
      "RecordSchema",
      "Url",
      "Site",
      "Errors",
      "MapSchema",
    ]);
  });
});

describe("identifier checks", () => {
  it.each<[string, boolean]>([
    ["site", true],
    ["_private", true],
    ["$ref", true],
    ["a1", true],
    ["1a", false],
    ["a-b", false],
    ["", false],
    ["a b", false],
    ["ünï", false],
  ])("%j is an identifier: %s", (name, want) => {
    expect(isIdentifier(name)).toBe(want);
  });

  it("reserves keywords, TypeScript's own type names and object internals, and nothing else", () => {
    expect(["class", "enum", "await", "type", "undefined", "constructor", "__proto__", "hasOwnProperty", "valueOf"].filter(isReserved)).toHaveLength(9);
    expect(["site", "Class", "hasOwn", "toStringTag", ""].filter(isReserved)).toEqual([]);
    expect(["constructor", "prototype", "__proto__", "toString", "valueOf", "hasOwnProperty"].every(isObjectMember)).toBe(true);
    expect(["delete", "class", "type", "length", "name"].some(isObjectMember)).toBe(false);
  });
});

describe("NameRegistry", () => {
  it("hands out each wanted name once, then the smallest free numeric suffix, counting reserved names as taken", () => {
    const registry = new NameRegistry(["Client", "Client2"]);
    expect(["Client", "Site", "Site", "Site", "Site2", "Site3"].map((n) => registry.claim(n))).toEqual(["Client3", "Site", "Site2", "Site3", "Site22", "Site32"]);
    expect(registry.has("Site3")).toBe(true);
    expect(registry.has("Site4")).toBe(false);
    expect(registry.has("Client")).toBe(true);
    expect(new NameRegistry().has("Client")).toBe(false);
  });
});
