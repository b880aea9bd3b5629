/**
 * openapi-typescript's schema.ts is formatted by re-indenting what TypeScript's printer wrote and sending to
 * prettier only the members it would lay out otherwise (generator/write/settled.ts). Given printer-shaped
 * texts, want the members that go to prettier; and given the schema.ts of real specs, want exactly the bytes
 * prettier prints for the whole file.
 */
import { describe, expect, it } from "vitest";
import { emitPackage } from "../../generator/index.js";
import { planSettled } from "../../generator/write/settled.js";
import { formatText } from "../../generator/write/prettier.js";
import { REPO } from "../support/generated.js";
import { OFFLINE_SPECS } from "../support/offline-specs.js";

/** A printer-shaped file: `members` inside `export interface components { schemas: { ... } }`, four spaces a level. */
const inSchemas = (...members: string[]) => `export interface components {\n    schemas: {\n${members.map((m) => `        ${m}`).join("\n")}\n    };\n}\n`;

const cases: { name: string; text: string; unsettled: string[] }[] = [
  { name: "short members, nested blocks and doc comments", text: inSchemas("/** @description A thing. */", "Thing: {", '    "x-id"?: string | null;', "    [key: string]: unknown;", "};", 'Open: ("a" | "b") | (string & {});', 'List: ("a" | components["schemas"]["Thing"])[];'), unsettled: [] },
  { name: "a member longer than prettier's width", text: inSchemas(`Long: ${Array.from({ length: 12 }, (_, i) => `"value-${i}"`).join(" | ")};`, "Short: string;"), unsettled: ["Long"] },
  { name: "a quoted key that prettier unquotes", text: inSchemas('"plain": string;', '"with-dash": string;'), unsettled: ['"plain"'] },
  { name: "a number with an exponent, which prettier writes without its +", text: inSchemas("Big: 1e+21;", "Small: 2;"), unsettled: ["Big"] },
  { name: "a single-quoted string and a needless parenthesis", text: inSchemas("Quote: 'it';", "Paren: (string)[];", "Wrapped: (A);"), unsettled: ["Quote", "Paren", "Wrapped"] },
  { name: "a block continued past its closing brace", text: inSchemas("Both: {", "    a: string;", "} & {", "    b: string;", "};", "After: string;"), unsettled: ["Both"] },
  { name: "a union opening a type literal", text: inSchemas("Either: string | {", "    a: string;", "};"), unsettled: ["Either"] },
];

describe("planSettled", () => {
  it.each(cases)("$name: only those members go to prettier, and the whole prints as prettier would", async ({ text, unsettled }) => {
    const plan = planSettled(text);
    // Each unit is its member two headers deep: the member's name is on the unit's third line.
    expect(plan?.units.map((unit) => /^ *(\S+?)\??:/.exec(unit.split("\n")[2] ?? "")?.[1])).toEqual(unsettled);
    const formatted = await Promise.all((plan?.units ?? []).map((unit) => formatText(unit, "babel-ts")));
    expect(plan?.join(formatted)).toBe(await formatText(text, "babel-ts"));
  });

  it("declines a text not indented as TypeScript's printer indents, or not ending in a newline", () => {
    expect(planSettled("export interface A {\n   a: string;\n}\n")).toBeUndefined();
    expect(planSettled("export interface A {\n    a: string;\n}")).toBeUndefined();
  });

  it("declines a doc comment with a line that does not start with *, which prettier leaves unindented, and other line breaks", () => {
    expect(planSettled(inSchemas("/**", " * @description one", "two */", "A: string;"))).toBeUndefined();
    expect(planSettled(inSchemas("/** @description one\u2028two */", "A: string;"))).toBeUndefined();
    expect(planSettled(inSchemas("/** @description one\rtwo */", "A: string;"))).toBeUndefined();
    expect(planSettled(inSchemas("/**", " * @description one", " */", "A: string;"))).toBeDefined();
  });

  it("refuses to join a unit that did not come back inside its headers", async () => {
    const plan = planSettled(cases[1]?.text ?? "");
    const formatted = await Promise.all((plan?.units ?? []).map((unit) => formatText(unit, "babel-ts")));
    expect(plan?.join(formatted.map((unit) => unit.replace(/^.*\n/, "")))).toBeUndefined();
  });
});


describe("schema.ts of real specs", () => {
  it.each(OFFLINE_SPECS)("%s: settled members and formatted ones join into prettier's output for the whole file", async (spec) => {
    const { emitted } = await emitPackage(spec, REPO);
    const types = emitted.filter((file) => file.typesOnly);
    expect(types.length).toBeGreaterThan(0);
    for (const file of types) {
      const plan = planSettled(file.contents);
      expect(plan, file.path).toBeDefined();
      const formatted = await Promise.all((plan?.units ?? []).map((unit) => formatText(unit, "babel-ts")));
      expect(plan?.join(formatted), file.path).toBe(await formatText(file.contents, "babel-ts"));
    }
  });
});
