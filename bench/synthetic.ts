/**
 * Builds house-style OpenAPI 3.1 documents of any size for the generation benchmarks: one object schema
 * an operation with formats, enums, arrays, nullable fields and nesting, twenty operations a tag, OAuth
 * scopes per operation. `npx tsx bench/synthetic.ts 1000 out/synthetic-1000` writes one to a folder.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";

const OPERATIONS_PER_TAG = 20;

const pad = (n: number) => String(n).padStart(5, "0");

/** The response schema of operation `i`: every construct the generator has to check. */
function resourceSchema(i: number): Record<string, unknown> {
  return {
    type: "object",
    description: `Resource number ${i}.`,
    required: ["id", "name", "status", "createdOn"],
    properties: {
      id: { type: "string", pattern: "^[0-9a-f]{24}$", description: "Unique identifier." },
      name: { type: "string", minLength: 1, maxLength: 256, description: "Display name." },
      status: { type: "string", enum: ["draft", "active", "archived"], description: "Lifecycle status." },
      createdOn: { type: "string", format: "date-time", description: "When it was created." },
      archivedOn: { type: ["string", "null"], format: "date-time", description: "When it was archived, or null." },
      homepage: { type: "string", format: "uri", description: "Public URL." },
      contact: { type: "string", format: "email", description: "Contact address." },
      count: { type: "integer", minimum: 0, maximum: 1000000, description: "How many there are." },
      tags: { type: "array", maxItems: 50, items: { type: "string", maxLength: 64 }, description: "Free-form labels." },
      owner: {
        type: "object",
        description: "Who owns it.",
        required: ["userId"],
        properties: {
          userId: { type: "string", pattern: "^[0-9a-f]{24}$", description: "The owner's id." },
          email: { type: "string", format: "email", description: "The owner's address." },
          role: { type: "string", enum: ["admin", "editor", "viewer", "guest"], description: "The owner's role." },
        },
      },
      children: {
        type: "array",
        description: "Nested parts.",
        items: {
          type: "object",
          required: ["key"],
          properties: {
            key: { type: "string", description: "Part key." },
            weight: { type: "number", minimum: 0, description: "Relative weight." },
            note: { type: ["string", "null"], description: "Optional note." },
          },
        },
      },
    },
  };
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export function syntheticSpec(operations: number): Record<string, unknown> {
  const tagCount = Math.ceil(operations / OPERATIONS_PER_TAG);
  const tags = Array.from({ length: tagCount }, (_, t) => ({ name: `Group${pad(t)}`, description: `Operations of group ${t}.` }));
  const scopes: Record<string, string> = {};
  for (let t = 0; t < tagCount; t++) {
    scopes[`group${pad(t)}:read`] = `Read group ${t}.`;
    scopes[`group${pad(t)}:write`] = `Write group ${t}.`;
  }
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      description: "An error.",
      required: ["code", "message"],
      properties: { code: { type: "string", description: "Error code." }, message: { type: "string", description: "What went wrong." } },
    },
  };
  for (let i = 0; i < operations; i++) {
    const t = Math.floor(i / OPERATIONS_PER_TAG);
    const name = `Resource${pad(i)}`;
    schemas[name] = resourceSchema(i);
    const write = i % 2 === 1;
    const operation: Record<string, unknown> = {
      operationId: `${write ? "update" : "get"}Resource${pad(i)}`,
      tags: [`Group${pad(t)}`],
      summary: `${write ? "Update" : "Get"} resource ${i}`,
      description: `${write ? "Updates" : "Returns"} resource number ${i}.`,
      security: [{ oauth2: [`group${pad(t)}:${write ? "write" : "read"}`] }],
      parameters: [
        { name: "resource_id", in: "path", required: true, description: "The resource.", schema: { type: "string", pattern: "^[0-9a-f]{24}$" } },
        ...(write ? [] : [{ name: "limit", in: "query", required: false, description: "Page size.", schema: { type: "integer", minimum: 1, maximum: 100 } }]),
      ],
      ...(write
        ? {
            requestBody: {
              required: true,
              description: "The new values.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    additionalProperties: false,
                    properties: { name: { type: "string", minLength: 1, description: "New name." }, status: { type: "string", enum: ["draft", "active"], description: "New status." } },
                  },
                },
              },
            },
          }
        : {}),
      responses: {
        "200": { description: "The resource.", content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } },
        "401": errorResponse("Unauthorized."),
        "404": errorResponse("Not found."),
        "429": errorResponse("Too many requests."),
      },
    };
    paths[`/group${pad(t)}/resources${pad(i)}/{resource_id}`] = { [write ? "patch" : "get"]: operation };
  }
  return {
    openapi: "3.1.0",
    info: { title: `Synthetic API ${operations}`, version: "1.0.0", "x-namespace": "api", description: `A synthetic API with ${operations} operations.` },
    servers: [{ url: "https://api.example.com/v1" }],
    tags,
    paths,
    components: {
      securitySchemes: {
        oauth2: {
          type: "oauth2",
          description: "OAuth 2.0.",
          "x-scope-levels": { site: Object.keys(scopes) },
          flows: { authorizationCode: { authorizationUrl: "https://example.com/oauth/authorize", tokenUrl: "https://example.com/oauth/token", scopes } },
        },
      },
      schemas,
    },
  };
}

/** Writes the document as `<dir>/api.yaml`; returns the file path. */
export function writeSyntheticSpec(operations: number, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "api.yaml");
  writeFileSync(file, stringify(syntheticSpec(operations), { lineWidth: 0 }));
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir) throw new Error("usage: tsx bench/synthetic.ts <operations> <folder>");
  console.log(writeSyntheticSpec(Number(count), dir));
}
