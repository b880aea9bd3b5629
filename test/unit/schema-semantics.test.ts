import { describe, expect, it } from "vitest";
import { useGeneratedPackage } from "../support/generated.js";

type Result = { ok: boolean; issues?: { path: string }[] };
const generated = useGeneratedPackage("test/fixtures/valid/schema-semantics");
const validateThing = (value: unknown) => (generated().ns.validateThing as (value: unknown) => Result)(value);

const issuesOf = (value: unknown) => {
  const result = validateThing({ id: "t", ...(value as object) });
  return result.ok ? [] : (result.issues ?? []).map((i) => i.path);
};

describe("validator semantics the spec's JSON Schema asks for", () => {
  it("keeps keywords written beside allOf", () => {
    expect(issuesOf({ combined: { a: "x", b: 1 } })).toEqual([]);
    expect(issuesOf({ combined: { a: "x" } })).toEqual(["/combined/b"]);
    expect(issuesOf({ combined: { a: "x", b: 1, extra: 1 } })).toEqual(["/combined/extra"]);
    expect(issuesOf({ combined: { a: 5, b: 1 } })).toEqual(["/combined/a"]);
  });

  it("applies keywords beside a $ref together with the target", () => {
    expect(issuesOf({ shortCode: "abc" })).toEqual([]);
    expect(issuesOf({ shortCode: "abcd" })).toEqual(["/shortCode"]);
    expect(issuesOf({ shortCode: 5 })).toEqual(["/shortCode"]);
  });

  it("accepts only null for const null, and null only where the enum lists it", () => {
    expect(issuesOf({ alwaysNull: null })).toEqual([]);
    expect(issuesOf({ alwaysNull: "not null" })).toEqual(["/alwaysNull"]);
    expect(issuesOf({ colorOrNull: "red" })).toEqual([]);
    expect(issuesOf({ colorOrNull: null })).toEqual(["/colorOrNull"]);
  });

  it("counts string length in characters and checks dates", () => {
    expect(issuesOf({ emoji: "😀" })).toEqual([]);
    expect(issuesOf({ emoji: "😀😀" })).toEqual(["/emoji"]);
    expect(issuesOf({ day: "2024-02-29" })).toEqual([]);
    expect(issuesOf({ day: "2023-02-29" })).toEqual(["/day"]);
    expect(issuesOf({ day: "not-a-date" })).toEqual(["/day"]);
  });

  it("follows a percent-encoded $ref to a component whose name holds a space", () => {
    expect(issuesOf({ rate: { limit: 5 } })).toEqual([]);
    expect(issuesOf({ rate: { limit: "5" } })).toEqual(["/rate/limit"]);
  });
});

describe("names and media types that used to break the emitted code", () => {
  it("compiles a method named core, a numeric header, a vendor JSON type and a scope named like SERVER_URL", () => {
    const ns = generated().ns;
    const client = (ns.createClient as (c: { token: string }) => { things: Record<string, unknown> })({ token: "t" });
    expect(typeof client.things.core).toBe("function");
    expect(ns.SERVER_URL).toBe("https://api.example.com/v1");
    expect(ns.SCOPES).toEqual(["server:url"]);
    expect(ns.SERVER_URL2).toBe("server:url");
  });
});

describe("readOnly and writeOnly in the model", () => {
  it("are never required, so one validator accepts a request without the first and a response without the second", async () => {
    const { toSchemaNode } = await import("../../generator/model/schema.js");
    const node = toSchemaNode({ type: "object", required: ["id", "secret", "name"], properties: { id: { type: "string", readOnly: true }, secret: { type: "string", writeOnly: true }, name: { type: "string" } } });
    expect(node.kind === "object" && node.properties.map((p) => [p.name, p.required])).toEqual([
      ["id", false],
      ["secret", false],
      ["name", true],
    ]);
  });
});
