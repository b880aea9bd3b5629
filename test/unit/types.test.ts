/**
 * The two readings of openapi-typescript the types emitter sharpens, each as given (a schema) and want
 * (the TypeScript it must print): open enums keep their known values; open discriminated unions narrow.
 */
import { describe, expect, it } from "vitest";
import { emitSchemaTypes } from "../../generator/emit/types.js";
import type { ApiModel } from "../../generator/index.js";

const model = { namespace: "t" } as ApiModel;

async function typeOf(schemas: Record<string, unknown>, name: string): Promise<string> {
  const document = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } };
  const { contents } = emitSchemaTypes(model, document);
  const start = contents.indexOf(`        ${name}:`) + name.length + 10;
  const rest = contents.slice(start);
  const end = rest.search(/;\n(?: {8}[A-Za-z]| {4}\};)/);
  return rest.slice(0, end).replace(/\s+/g, " ").trim();
}

const variant = (type: string, extra: Record<string, unknown> = {}) => ({
  type: "object",
  required: ["type"],
  properties: { type: { type: "string", const: type }, ...extra },
});

describe("schema types", () => {
  const cases: { name: string; schemas: Record<string, unknown>; want: string }[] = [
    {
      name: "an open enum keeps its known values beside any string",
      schemas: { S: { anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "string" }] } },
      want: '("a" | "b") | (string & {})',
    },
    {
      name: "a closed enum stays closed",
      schemas: { S: { type: "string", enum: ["a", "b"] } },
      want: '"a" | "b"',
    },
    {
      name: "a nullable string is not an open enum",
      schemas: { S: { type: ["string", "null"] } },
      want: "string | null",
    },
    {
      name: "the fallback of an open discriminated union has the listed variants' other members as never",
      schemas: {
        S: { oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }, { $ref: "#/components/schemas/F" }] },
        A: variant("a", { x: { type: "number" } }),
        B: variant("b", { y: { type: "string" } }),
        F: { type: "object", required: ["type"], properties: { type: { type: "string" } } },
      },
      want: 'components["schemas"]["A"] | components["schemas"]["B"] | (components["schemas"]["F"] & { x: never; y: never; })',
    },
    {
      name: "readOnly and writeOnly properties are optional, whatever `required` says",
      schemas: { S: { type: "object", required: ["id", "secret", "name"], properties: { id: { type: "string", readOnly: true }, secret: { type: "string", writeOnly: true }, name: { type: "string" } } } },
      want: "{ readonly id?: string; secret?: string; name: string; }",
    },
    {
      name: "a file part is a Blob, bytes or text",
      schemas: { S: { type: "object", properties: { file: { type: "string", format: "binary" } } } },
      want: "{ /** Format: binary */ file?: Blob | ArrayBuffer | Uint8Array | string; }",
    },
    {
      name: "a union without a fallback is left as it is",
      schemas: {
        S: { oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }] },
        A: variant("a", { x: { type: "number" } }),
        B: variant("b", { y: { type: "string" } }),
      },
      want: 'components["schemas"]["A"] | components["schemas"]["B"]',
    },
  ];
  it.each(cases)("$name", async ({ schemas, want }) => {
    expect(await typeOf(schemas, "S")).toBe(want);
  });
});
