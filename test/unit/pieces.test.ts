/**
 * A large TypeScript file formatted in pieces must print exactly as the whole file would: given texts of
 * the shapes openapi-typescript writes (and some it does not), formatted apart with tiny pieces and joined,
 * want prettier's output for the whole text.
 */
import { describe, expect, it } from "vitest";
import { splitForFormat } from "../../generator/write/pieces.js";
import { formatText } from "../../generator/write/prettier.js";

const members = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join("\n");

const cases: { name: string; text: string }[] = [
  { name: "an interface of many members", text: `export interface paths {\n${members(12, (i) => `    "/things/${i}": { get: operations["get${i}"]; };`)}\n}\n` },
  {
    name: "members with JSDoc, a long container nested in a property, and declarations around it",
    text: `/* header */\nexport type webhooks = Record<string, never>;\nexport interface components {\n    schemas: {\n${members(10, (i) => `        /** Thing ${i}.\n         * @description more */\n        Thing${i}: {\n            id: string;\n            /** Its name */\n            name?: string | null;\n        };`)}\n    };\n    responses: never;\n}\nexport type $defs = Record<string, never>;\n`,
  },
  { name: "a blank line between members that falls where one run ends", text: `interface A {\n${members(8, (i) => `  a${i}: { x: ${i} };${i % 2 === 1 ? "\n" : ""}`)}\n}\n` },
  { name: "an object type alias with quoted and numeric keys", text: `export type R = {\n${members(9, (i) => `  ${i % 3 === 0 ? `"k-${i}"` : i % 3 === 1 ? `${i}` : `k${i}`}: { content: { "application/json": string } };`)}\n};\n` },
  { name: "a blank line right after the opening brace, which prettier drops", text: `interface B {\n\n${members(6, (i) => `  b${i}: { y: ${i} };`)}\n}\n` },
  { name: "a member too long for one line", text: `interface L {\n${members(6, (i) => `  m${i}: "${"a".repeat(30)}" | "${"b".repeat(30)}" | "${"c".repeat(30)}" | ${i};`)}\n}\n` },
];

describe("splitForFormat", () => {
  it.each(cases)("$name: the pieces join into what the whole file formats to", async ({ text }) => {
    const pieces = splitForFormat(text, 40);
    expect(pieces?.units.length).toBeGreaterThan(1);
    const formatted = await Promise.all((pieces?.units ?? []).map((unit) => formatText(unit, "babel-ts")));
    expect(pieces?.join(formatted)).toBe(await formatText(text, "babel-ts"));
  });

  it("leaves a file alone when no container is longer than a piece, or when its text could be taken for a placeholder", () => {
    expect(splitForFormat(cases[0]?.text ?? "", 100_000)).toBeUndefined();
    expect(splitForFormat("export const a = 1;\nexport function f() {\n  return a;\n}\n", 10)).toBeUndefined();
    expect(splitForFormat(`interface A {\n  __piece_0__: never;\n${members(5, (i) => `  a${i}: string;`)}\n}\n`, 10)).toBeUndefined();
  });

  it("joins 200,000 members of a container nested in another (the schemas of thousands of operations)", () => {
    const text = `export interface components {\n  schemas: {\n${members(200_000, (i) => `    S${i}: string;`)}\n  };\n  responses: never;\n}\n`;
    const pieces = splitForFormat(text);
    expect(pieces?.units.length).toBeGreaterThan(40);
    // What prettier makes of a unit of this text: no blank lines, two spaces a level. Done by hand here,
    // as prettier would take minutes over it.
    const format = (unit: string) => {
      let depth = 0;
      const lines = unit.split("\n").map((line) => line.trim()).filter((line) => line !== "");
      return `${lines.map((line) => {
          if (line.startsWith("}")) depth--;
          const indented = `${"  ".repeat(depth)}${line}`;
          if (line.endsWith("{")) depth++;
          return indented;
        }).join("\n")}\n`;
    };
    expect(pieces?.join((pieces?.units ?? []).map(format))).toBe(text);
  });

  it("refuses to join a unit that did not come back wrapped in its headers", async () => {
    const pieces = splitForFormat(cases[1]?.text ?? "", 40);
    const formatted = await Promise.all((pieces?.units ?? []).map((unit) => formatText(unit, "babel-ts")));
    const broken = formatted.map((unit, i) => (i === 2 ? unit.replace(/^.*\n/, "") : unit));
    expect(pieces?.join(broken)).toBeUndefined();
  });
});
