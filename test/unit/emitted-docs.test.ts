/**
 * The documentation an editor shows for a generated group module (generator/emit/groups.ts and
 * source.ts): each client method's JSDoc says the spec's summary and description, the scopes, method and
 * path, its parameters, what it returns, what it throws beyond the shared meaning of a status, and that it
 * is deprecated; each parameter field says where it is sent. Read back from the emitted text with
 * TypeScript's own JSDoc parser, as an editor would.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitGroupModule } from "../../generator/emit/groups.js";
import type { ApiModel, TagModel } from "../../generator/model/types.js";
import { modelOfDocument } from "../support/model.js";

const json = (schema: unknown) => ({ "application/json": { schema } });

function modelOf(security: "oauth2" | "bearer"): ApiModel {
  const schemes =
    security === "oauth2"
      ? { oauth: { type: "oauth2", flows: { authorizationCode: { authorizationUrl: "https://x/a", tokenUrl: "https://x/t", scopes: { "things:read": "Read", "things:write": "Write" } } } } }
      : { bearer: { type: "http", scheme: "bearer" } };
  const document = {
    openapi: "3.1.0",
    info: { title: "T", version: "1", "x-namespace": "t" },
    servers: [{ url: "https://api.example.com" }],
    tags: [{ name: "Things" }],
    components: { securitySchemes: schemes, responses: { NotFound: { description: "The thing does not exist." } } },
    paths: {
      "/things/{thing_id}": {
        get: {
          operationId: "getThing",
          tags: ["Things"],
          summary: "Get a thing",
          description: "Returns one thing by its id.",
          security: [security === "oauth2" ? { oauth: ["things:read", "things:write"] } : { bearer: [] }],
          parameters: [
            { name: "thing_id", in: "path", required: true, description: "The thing's id.", schema: { type: "string" } },
            { name: "thing_id", in: "query", schema: { type: "string" } },
          ],
          responses: {
            "200": { description: "The thing.", content: json({ type: "object" }) },
            "404": { $ref: "#/components/responses/NotFound" },
            "409": { description: "The thing is locked." },
            "4XX": { description: "Anything else." },
          },
        },
        delete: {
          operationId: "deleteThing",
          tags: ["Things"],
          summary: "Delete a thing",
          // Blank: no empty paragraph in the docs.
          description: " \n ",
          deprecated: true,
          security: security === "oauth2" ? [{ oauth: [] }] : [{ bearer: [] }],
          parameters: [{ name: "thing_id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "204": { description: "Gone." }, "404": { $ref: "#/components/responses/NotFound", description: "Already gone." } },
        },
      },
    },
  };
  return modelOfDocument(document);
}

/** The JSDoc of a class member or interface property, as an editor reads it: its text and its tags. */
function docsOf(text: string, container: string, member: string): { text: string; tags: string[] } {
  const source = ts.createSourceFile("m.ts", text, ts.ScriptTarget.Latest, true);
  let found: ts.Node | undefined;
  const visit = (node: ts.Node) => {
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name?.text === container) {
      found = (node.members as ts.NodeArray<ts.ClassElement | ts.TypeElement>).find((m) => m.name !== undefined && ts.isIdentifier(m.name) && m.name.text === member);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`no ${container}.${member}`);
  const ranges = ts.getLeadingCommentRanges(text, found.getFullStart()) ?? [];
  const last = ranges.at(-1);
  if (!last) return { text: "", tags: [] };
  const lines = text
    .slice(last.pos, last.end)
    .replace(/^\/\*\*|\*\/$/g, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, "").trimEnd());
  const body = lines.join("\n").trim();
  const at = body.search(/^@/m);
  const tags = at === -1 ? [] : body.slice(at).split(/\n(?=@)/).map((tag) => tag.replace(/\s+/g, " ").trim());
  return { text: (at === -1 ? body : body.slice(0, at)).trim(), tags };
}

const group = (model: ApiModel) => emitGroupModule(model, model.tags[0] as TagModel).file.contents;

describe("a client method's JSDoc", () => {
  it("says the summary, the description, the scopes, the method and path, and the operationId", () => {
    const docs = docsOf(group(modelOf("oauth2")), "ThingsApi", "get");
    expect(docs.text.split("\n\n")).toEqual(["Get a thing", "Returns one thing by its id.", "Required scopes: `things:read`, `things:write`.", "GET `/things/{thing_id}` (operationId `getThing`)."]);
  });

  it("leaves out a description that is only whitespace", () => {
    expect(docsOf(group(modelOf("oauth2")), "ThingsApi", "delete").text.split("\n\n")).toEqual(["Delete a thing", "Required scopes: none (any valid token).", "DELETE `/things/{thing_id}` (operationId `deleteThing`)."]);
  });

  it("says an operation any token may call needs no scope, and a bearer-token API says nothing of scopes", () => {
    expect(docsOf(group(modelOf("oauth2")), "ThingsApi", "delete").text).toContain("Required scopes: none (any valid token).");
    expect(docsOf(group(modelOf("bearer")), "ThingsApi", "get").text).not.toContain("scopes");
  });

  it("names the parameters, says what it returns, what it throws in its own words only, and a deprecation", () => {
    const model = modelOf("oauth2");
    expect(docsOf(group(model), "ThingsApi", "get").tags).toEqual([
      "@param params - thing_id, thing_id_query",
      "@param options - Per-call abort signal, headers and timeout.",
      "@returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.",
      "@throws {@link WebflowApiError} 4XX: Anything else.",
      "@throws {@link NotFoundError} 404",
      "@throws {@link ConflictError} 409: The thing is locked.",
    ]);
    expect(docsOf(group(model), "ThingsApi", "delete").tags).toEqual([
      "@param params - thing_id",
      "@param options - Per-call abort signal, headers and timeout.",
      "@returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.",
      "@throws {@link NotFoundError} 404: Already gone.",
      "@deprecated",
    ]);
  });
});

describe("a parameters interface", () => {
  it("documents each field with the spec's words, or its name and place, and where it is sent", () => {
    const text = group(modelOf("oauth2"));
    expect(docsOf(text, "GetThingParams", "thing_id").text.split("\n\n")).toEqual(["The thing's id.", "Sent in the path."]);
    expect(docsOf(text, "GetThingParams", "thing_id_query").text.split("\n\n")).toEqual(["The thing_id query parameter.", "Sent in the query as `thing_id` (another parameter has that name)."]);
    // No tags where none were given.
    expect(docsOf(text, "GetThingParams", "thing_id").tags).toEqual([]);
  });
});

describe("blank descriptions", () => {
  // A spec that writes a description but leaves it blank says nothing: the fallback words, never an empty comment.
  const model = modelOfDocument({
    openapi: "3.1.0",
    info: { title: "T", version: "1", "x-namespace": "t" },
    servers: [{ url: "https://api.example.com" }],
    tags: [{ name: "Things" }],
    components: { schemas: { Thing: { type: "object", description: "  " } } },
    paths: {
      "/things": {
        post: {
          operationId: "createThing",
          tags: ["Things"],
          parameters: [{ name: "dry_run", in: "query", description: " ", schema: { type: "boolean" } }],
          requestBody: { description: "", content: json({ $ref: "#/components/schemas/Thing" }) },
          responses: { "200": { description: "ok", content: json({ $ref: "#/components/schemas/Thing" }) } },
        },
      },
    },
  });

  it("gives a parameter field and the body field their fallback words", () => {
    const text = group(model);
    expect(docsOf(text, "CreateThingParams", "dry_run").text.split("\n\n")).toEqual(["The dry_run query parameter.", "Sent in the query."]);
    expect(docsOf(text, "CreateThingParams", "body").text).toBe("The request body.");
  });

  it("gives a component schema's type its fallback words", () => {
    // Used by one group only, so the group module declares it.
    const text = group(model);
    expect(text).toMatch(/\/\*\*\s*\* The Thing schema\.\s*\*\/\s*export type Thing\b/);
  });
});

