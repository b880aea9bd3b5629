/**
 * The readings of openapi-typescript the types emitter sharpens, each as given (a schema) and want (the
 * TypeScript it must print): open enums keep their known values; open discriminated unions narrow;
 * readOnly/writeOnly properties are optional; file parts take bytes. Also the options it runs
 * openapi-typescript with, which decide how every other schema reads.
 */
import ts from "typescript";
import { describe, expect, it, vi } from "vitest";
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

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** The fallback of a discriminated union: the discriminant, without a constant. */
const Fallback = { type: "object", required: ["type"], properties: { type: { type: "string" } } };

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
    {
      name: "a readOnly $ref property is the referenced type, optional",
      schemas: { Owner: { type: "object" }, S: { type: "object", required: ["owner"], properties: { owner: { ...ref("Owner"), readOnly: true } } } },
      want: '{ readonly owner?: components["schemas"]["Owner"]; }',
    },
    {
      // Only a property can be left out: readOnly array items and components keep their plain type.
      name: "readOnly array items are not made optional",
      schemas: { S: { type: "array", items: { type: "string", readOnly: true } } },
      want: "string[]",
    },
    {
      name: "a writeOnly component is not made optional",
      schemas: { S: { type: "string", writeOnly: true } },
      want: "string",
    },
    {
      name: "only a binary string is a file part",
      schemas: { S: { type: "object", properties: { a: { type: "string", format: "byte" }, b: { type: "number", format: "binary" } } } },
      want: "{ /** Format: byte */ a?: string; /** Format: binary */ b?: number; }",
    },
    {
      name: "a string beside values named by a schema keeps them",
      schemas: { E: { enum: ["a"] }, S: { anyOf: [ref("E"), { type: "string" }] } },
      want: 'components["schemas"]["E"] | (string & {})',
    },
    {
      name: "a string beside no known value is a string",
      schemas: { S: { anyOf: [{ type: "number" }, { type: "string" }] } },
      want: "number | string",
    },
    {
      // A one-value enum is a constant too; names that are not identifiers are quoted; the never members are sorted.
      name: "the fallback's never members are sorted, quoted where needed, and the discriminant may be a one-value enum",
      schemas: { S: { oneOf: [ref("A"), ref("F")] }, A: { type: "object", properties: { type: { enum: ["a"] }, "x-y": { type: "string" }, b: { type: "string" } } }, F: Fallback },
      want: 'components["schemas"]["A"] | (components["schemas"]["F"] & { b: never; "x-y": never; })',
    },
    {
      name: "a listed variant's members include its allOf parts, and a variant may be a chain of $refs",
      schemas: { S: { oneOf: [ref("A"), ref("R"), ref("F")] }, A: { allOf: [ref("Base"), variant("a")] }, Base: { type: "object", properties: { z: { type: "string" } } }, R: ref("R2"), R2: ref("R3"), R3: ref("B"), B: variant("b", { x: { type: "number" } }), F: Fallback },
      want: 'components["schemas"]["A"] | components["schemas"]["R"] | (components["schemas"]["F"] & { x: never; z: never; })',
    },
  ];
  // given: a union the fallback rule does not fit; want: openapi-typescript's own union.
  const unchanged = (schemas: Record<string, unknown>) => ({ S: { oneOf: Object.keys(schemas).map(ref) }, ...schemas });
  cases.push(
    ...[
      { name: "a fallback without the discriminant", schemas: unchanged({ A: variant("a", { x: { type: "number" } }), F: { type: "object", properties: { other: { type: "string" } } } }) },
      { name: "two variants with the same constant", schemas: unchanged({ A: variant("a", { x: { type: "number" } }), B: variant("a", { y: { type: "number" } }), F: Fallback }) },
      { name: "two fallbacks", schemas: unchanged({ A: variant("a", { x: { type: "number" } }), F: Fallback, G: Fallback }) },
      // Two values are not a constant: A is a second fallback.
      { name: "a discriminant of two values", schemas: unchanged({ A: { type: "object", properties: { type: { enum: ["a", "b"] }, x: { type: "number" } } }, F: Fallback }) },
      { name: "a member that is not a named schema", schemas: { S: { oneOf: [ref("A"), ref("F"), { type: "number" }] }, A: variant("a", { x: { type: "number" } }), F: Fallback }, want: 'components["schemas"]["A"] | components["schemas"]["F"] | number' },
      { name: "listed variants with no member but the discriminant", schemas: unchanged({ A: variant("a"), F: Fallback }) },
    ].map(({ name, schemas, want }) => ({ name: `leaves the union as it is with ${name}`, schemas, want: want ?? Object.keys(schemas).filter((k) => k !== "S").map((k) => `components["schemas"]["${k}"]`).join(" | ") })),
  );
  cases.push(
    {
      name: "an enum of strings and numbers beside any string is left as it is",
      schemas: { S: { anyOf: [{ enum: ["a", 1] }, { type: "string" }] } },
      want: '("a" | 1) | string',
    },
    {
      name: "an enum of numbers beside any string is left as it is",
      schemas: { S: { anyOf: [{ enum: [1, 2] }, { type: "string" }] } },
      want: "(1 | 2) | string",
    },
    {
      name: "a constant beside any string keeps its value",
      schemas: { S: { anyOf: [{ const: "a" }, { type: "string" }] } },
      want: '"a" | (string & {})',
    },
    {
      // Also: a null anywhere in the document (even as an example's properties), and a boolean property
      // schema, are no schemas to walk into.
      name: "the fallback's never members keep names of several characters as identifiers",
      schemas: { S: { oneOf: [ref("A"), ref("F")] }, A: variant("a", { name: { type: "string", default: null }, any: true }), F: { ...Fallback, examples: [{ type: "z", properties: null }, { type: "z", properties: { name: null } }] } },
      want: 'components["schemas"]["A"] | (components["schemas"]["F"] & { any: never; name: never; })',
    },
    {
      // Nine steps: the most resolve follows.
      name: "a variant may be a chain of nine $refs",
      schemas: { S: { oneOf: [ref("A"), ref("R0"), ref("F")] }, A: variant("a"), ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`R${i}`, ref(i === 8 ? "B" : `R${i + 1}`)])), B: variant("b", { x: { type: "number" } }), F: Fallback },
      want: 'components["schemas"]["A"] | components["schemas"]["R0"] | (components["schemas"]["F"] & { x: never; })',
    },
    {
      name: "a variant's $ref may name a schema whose name holds / or ~",
      schemas: { S: { oneOf: [ref("A"), ref("R"), ref("F")] }, A: variant("a", { x: { type: "number" } }), R: ref("b~1c~0d"), "b/c~d": variant("b", { y: { type: "number" } }), F: Fallback },
      want: 'components["schemas"]["A"] | components["schemas"]["R"] | (components["schemas"]["F"] & { x: never; y: never; })',
    },
  );
  cases.push(
    ...[
      // A listed variant must fix the discriminant too: B fixes another property only.
      { name: "a listed variant without the discriminant", schemas: unchanged({ A: variant("a", { x: { type: "number" } }), B: { type: "object", properties: { kind: { const: "b" }, y: { type: "number" } } }, F: Fallback }) },
      // A $ref cycle is no schema: resolve gives up rather than recurse for ever.
      { name: "a variant that is a $ref cycle", schemas: { S: { oneOf: [ref("A"), ref("R"), ref("F")] }, A: variant("a", { x: { type: "number" } }), R: ref("R2"), R2: ref("R"), F: Fallback } },
      // resolve follows object members only, not array indexes.
      { name: "a variant reached through an array index", schemas: { S: { oneOf: [ref("A"), ref("R"), ref("F")] }, A: variant("a", { x: { type: "number" } }), R: { $ref: "#/components/schemas/H/oneOf/0" }, F: Fallback, H: { oneOf: [variant("b", { y: { type: "number" } }), { type: "number" }] } } },
    ].map(({ name, schemas }) => ({ name: `leaves the union as it is with ${name}`, schemas, want: ["A", "B", "R", "F"].filter((k) => k in schemas).map((k) => `components["schemas"]["${k}"]`).join(" | ") })),
  );
  cases.push({
    // Not alphabetized, deprecated kept, no tuple from minItems, an empty object holds unknown values, a default
    // does not make a property required, no index signature where additionalProperties is not given.
    name: "openapi-typescript's options: spec order, plain arrays, unknown for empty objects",
    schemas: { S: { type: "object", properties: { z: { type: "string", deprecated: true }, a: { type: "array", items: { type: "string" }, minItems: 2 }, o: { type: "object" }, d: { type: "string", default: "x" } } } },
    want: "{ /** @deprecated */ z?: string; a?: string[]; o?: Record<string, unknown>; /** @default x */ d?: string; }",
  });
  it.each(cases)("$name", async ({ schemas, want }) => {
    expect(await typeOf(schemas, "S")).toBe(want);
  });
});

describe("schema.ts", () => {
  it("is a types-only module of the namespace, marked generated, with openapi-typescript's declarations only", () => {
    const file = emitSchemaTypes(model, { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas: { S: { type: "string" } } } });
    expect([file.path, file.typesOnly]).toEqual(["src/t/schema.ts", true]);
    expect(file.contents.split("\n")[0]).toBe("/* This file is generated from the OpenAPI description by openapi-typescript, via webflow-codegen. Do not edit it by hand. */");
    const source = ts.createSourceFile("schema.ts", file.contents, ts.ScriptTarget.Latest, true);
    // `components` an interface (empty `paths` and `operations` are records), and no root aliases (`SchemaS`) beside them.
    const declared = source.statements.map((s) => `${ts.SyntaxKind[s.kind]} ${(s as ts.DeclarationStatement).name?.getText()}`);
    expect(declared).toEqual(["TypeAliasDeclaration paths", "TypeAliasDeclaration webhooks", "InterfaceDeclaration components", "TypeAliasDeclaration $defs", "TypeAliasDeclaration operations"]);
  });

  const document = (more: Record<string, unknown>) => ({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, ...more });

  it("declares no values beside the types, not even for an enum", () => {
    const file = emitSchemaTypes(model, document({ components: { schemas: { E: { type: "string", enum: ["a", "b"] } } } }));
    const source = ts.createSourceFile("schema.ts", file.contents, ts.ScriptTarget.Latest, true);
    expect(source.statements.filter((s) => !ts.isTypeAliasDeclaration(s) && !ts.isInterfaceDeclaration(s)).map((s) => s.getText())).toEqual([]);
  });

  it("keys paths by their template and types a path parameter given by $ref", () => {
    const file = emitSchemaTypes(
      model,
      document({
        paths: { "/sites/{site_id}": { get: { operationId: "getSite", parameters: [{ $ref: "#/components/parameters/SiteId" }], responses: { "200": { description: "ok" } } } } },
        components: { parameters: { SiteId: { name: "site_id", in: "path", required: true, schema: { type: "string" } } } },
      }),
    );
    const flat = file.contents.replace(/\s+/g, " ");
    expect(flat).toContain('export interface paths { "/sites/{site_id}": {');
    expect(flat).toContain('path: { site_id: components["parameters"]["SiteId"]; };');
  });

  it("prints none of openapi-typescript's warnings", () => {
    // A discriminator mapping to a schema that is neither `type: object` nor an allOf: openapi-typescript would warn.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      emitSchemaTypes(model, document({ components: { schemas: { S: { oneOf: [ref("A")], discriminator: { propertyName: "kind", mapping: { a: "#/components/schemas/A" } } }, A: { oneOf: [{ type: "string" }] } } } }));
      expect(warn.mock.calls).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

  it("leaves a union as it is when a variant is not a component schema (a root $defs entry), even one named like a component", () => {
    const B = variant("b", { y: { type: "number" } });
    const file = emitSchemaTypes(model, document({ $defs: { B }, components: { schemas: { S: { oneOf: [ref("A"), { $ref: "#/$defs/B" }, ref("F")] }, A: variant("a", { x: { type: "number" } }), B, F: Fallback } } }));
    expect(file.contents).toContain('S: components["schemas"]["A"] | $defs["B"] | components["schemas"]["F"];');
  });

  it("leaves a union as it is when a variant is a component's property, even one named like a component", () => {
    const B = variant("b", { y: { type: "number" } });
    const file = emitSchemaTypes(model, document({ components: { schemas: { S: { oneOf: [ref("A"), { $ref: "#/components/schemas/H/properties/B" }, ref("F")] }, A: variant("a", { x: { type: "number" } }), B, F: Fallback, H: { type: "object", properties: { B } } } } }));
    expect(file.contents).toContain('S: components["schemas"]["A"] | components["schemas"]["H"]["B"] | components["schemas"]["F"];');
  });
});
