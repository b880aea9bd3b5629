/**
 * Small valid OpenAPI documents as plain objects, for the hostile corpus and the property test. The
 * base document passes every check rule; tests change one thing in it and write it out as YAML.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";

// The documents are loosely typed on purpose: each test pokes one hostile value into one place.
export type Doc = Record<string, any>;

/** A key that may be `__proto__`: plain assignment would change the prototype instead. */
export function setKey(target: Doc, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An object from entries, safe for any key. */
export function record(entries: [string, unknown][]): Doc {
  const result: Doc = {};
  for (const [key, value] of entries) setKey(result, key, value);
  return result;
}

/** One tag, one operation (GET /things/{thing_id}) with a 404, two schemas, one OAuth scope. */
export function baseSpec(): Doc {
  return {
    openapi: "3.1.0",
    info: { title: "Hostile API", version: "1.0.0", "x-namespace": "hostile" },
    servers: [{ url: "https://api.example.com/v1" }],
    tags: [{ name: "Things", description: "Things to read." }],
    security: [{ oauth: ["things:read"] }],
    paths: {
      "/things/{thing_id}": {
        get: {
          operationId: "getThing",
          tags: ["Things"],
          summary: "Get a thing",
          description: "Returns one thing.",
          parameters: [{ name: "thing_id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The thing.", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
            "404": { description: "Not found.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        oauth: {
          type: "oauth2",
          flows: {
            authorizationCode: {
              authorizationUrl: "https://example.com/oauth/authorize",
              tokenUrl: "https://example.com/oauth/token",
              scopes: { "things:read": "Read things." },
            },
          },
          "x-scope-levels": { site: ["things:read"] },
        },
      },
      schemas: {
        Thing: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "string" }, name: { type: ["string", "null"] } },
          example: { id: "abc", name: "A thing" },
        },
        Error: {
          type: "object",
          required: ["code", "message"],
          properties: { code: { type: "string", enum: ["not_found", "bad_request"] }, message: { type: "string" } },
        },
      },
    },
  };
}

/** The document as YAML; `header` becomes leading `#` comment lines. */
export function toYaml(doc: Doc, header?: string): string {
  const comment = header ? `${header.split("\n").map((line) => `# ${line}`.trimEnd()).join("\n")}\n` : "";
  return comment + stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Writes `<dir>/api.yaml`, creating the folder. */
export function writeSpec(dir: string, doc: Doc, header?: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "api.yaml");
  writeFileSync(file, toYaml(doc, header));
  return file;
}
