import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyProfile, checkSpecs, generate, GenerationError, loadSpecs, normaliseSpecs, type NormalisedSpec, type Problem } from "../../generator/index.js";
import { camelCase, pascalCase } from "../../generator/model/names.js";
import { deriveNamespace, synthesiseOperationId, tagFromPath } from "../../generator/normalise/defaults.js";
import { fromJavaClasses, toUnicodePattern } from "../../generator/normalise/patterns.js";

const TMP = mkdtempSync(path.join(tmpdir(), "webflow-codegen-normalise-"));

/** Writes `files` into a fresh folder and loads + normalises `root` from there. */
function normalise(files: Record<string, string>, root = Object.keys(files)[0] as string) {
  const dir = mkdtempSync(path.join(TMP, "case-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const loaded = loadSpecs(root, dir);
  expect(loaded.problems.filter((p) => p.severity === "error")).toEqual([]);
  const result = normaliseSpecs(loaded.specs);
  return { dir, ...result, spec: result.specs[0] as NormalisedSpec, doc: result.specs[0]?.document as Record<string, any> };
}

const doc30 = (schemas: string, extra = "") => `openapi: 3.0.3
info: { title: Things, version: "1" }
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
${extra}components:
  schemas:
${schemas}`;

describe("normalise: the OpenAPI 3.0 front end", () => {
  it("turns nullable into type arrays (and null into enums), silently: it is 3.0's dialect", () => {
    const { doc, problems } = normalise({
      "api.yaml": doc30(`    Thing:
      type: object
      properties:
        a: { type: string, nullable: true }
        b: { type: string, enum: [x, y], nullable: true }
        c: { $ref: "#/components/schemas/Other", nullable: true, description: kept outside }
        d: { allOf: [{ $ref: "#/components/schemas/Other" }], nullable: true }
        e: { type: integer, nullable: false }
        f: { nullable: true, description: anything }
    Other: { type: object }
`),
    });
    const props = doc.components.schemas.Thing.properties;
    expect(props.a).toEqual({ type: ["string", "null"] });
    expect(props.b).toEqual({ type: ["string", "null"], enum: ["x", "y", null] });
    expect(props.c).toEqual({ description: "kept outside", anyOf: [{ $ref: "#/components/schemas/Other" }, { type: "null" }] });
    expect(props.d).toEqual({ anyOf: [{ allOf: [{ $ref: "#/components/schemas/Other" }] }, { type: "null" }] });
    expect(props.e).toEqual({ type: "integer" });
    expect(props.f).toEqual({ description: "anything" });
    expect(doc.openapi).toBe("3.1.0");
    expect(problems.filter((p) => p.level !== "style")).toEqual([]);
  });

  it("turns boolean exclusive bounds into numbers, example into examples, tuple items into prefixItems", () => {
    const { doc } = normalise({
      "api.yaml": doc30(`    Thing:
      type: object
      properties:
        n: { type: number, minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false, example: 5 }
        t: { type: array, items: [{ type: string }, { type: integer }] }
`),
    });
    const props = doc.components.schemas.Thing.properties;
    expect(props.n).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 10, examples: [5] });
    expect(props.t).toEqual({ type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] });
  });

  it("also rewrites schemas in parameters, headers, request bodies and callbacks", () => {
    const { doc } = normalise({
      "api.yaml": `openapi: 3.0.0
info: { title: Things, version: "1" }
paths:
  /things/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string, nullable: true } }
    post:
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { x: { type: string, nullable: true } } }
      responses:
        "200":
          description: ok
          headers:
            X-Rate: { schema: { type: integer, nullable: true } }
      callbacks:
        done:
          "{$request.body#/url}":
            post:
              requestBody:
                content:
                  application/json: { schema: { type: string, nullable: true } }
              responses: { "200": { description: ok } }
`,
    });
    const item = doc.paths["/things/{id}"];
    expect(item.parameters[0].schema.type).toEqual(["string", "null"]);
    expect(item.post.requestBody.content["application/json"].schema.properties.x.type).toEqual(["string", "null"]);
    expect(item.post.responses["200"].headers["X-Rate"].schema.type).toEqual(["integer", "null"]);
    expect(item.post.callbacks.done["{$request.body#/url}"].post.requestBody.content["application/json"].schema.type).toEqual(["string", "null"]);
  });
});

describe("normalise: the OpenAPI 3.1 front end", () => {
  it("accepts nullable and boolean exclusive bounds inside 3.1 as deviations: rewritten, a warning by default, an error under the house style", () => {
    const { problems, doc } = normalise({
      "api.yaml": doc30(`    Thing:
      type: object
      properties:
        a:
          type: string
          nullable: true
        n: { type: number, minimum: 1, exclusiveMinimum: true }
`).replace("openapi: 3.0.3", "openapi: 3.1.0"),
    });
    expect(doc.components.schemas.Thing.properties.a).toEqual({ type: ["string", "null"] });
    expect(doc.components.schemas.Thing.properties.n).toEqual({ type: "number", exclusiveMinimum: 1 });
    const deviations = problems.filter((p) => p.level === "deviation");
    expect(deviations.map((p) => [p.rule, p.location?.line])).toEqual([
      ["schema-nullable", 19],
      ["schema-exclusive-bound", 20],
    ]);
    expect(applyProfile(deviations, "default").map((p) => p.severity)).toEqual(["warning", "warning"]);
    expect(applyProfile(deviations, "house-style").map((p) => p.severity)).toEqual(["error", "error"]);
  });

  it("keeps type arrays, numeric bounds and examples as they are", () => {
    const { doc, problems } = normalise({
      "api.yaml": doc30(`    Thing: { type: [string, "null"], exclusiveMaximum: 3, examples: [a] }
`).replace("openapi: 3.0.3", "openapi: 3.1.0"),
    });
    expect(doc.components.schemas.Thing).toEqual({ type: ["string", "null"], exclusiveMaximum: 3, examples: ["a"] });
    expect(problems.filter((p) => p.level !== "style")).toEqual([]);
  });
});

describe("normalise: what is not OpenAPI 3.0 or 3.1", () => {
  it("Swagger 2.0 is refused with what to do, naming the file and the line of swagger: 2.0", () => {
    const { problems, specs } = normalise({ "legacy.yaml": `# an old one\nswagger: "2.0"\ninfo: { title: Old, version: "1" }\npaths: {}\n` });
    expect(specs).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", rule: "openapi-version", location: { file: "legacy.yaml", line: 2 } });
    expect(problems[0]?.message).toContain("Swagger 2.0");
    expect(problems[0]?.message).toContain("swagger2openapi");
    expect(problems[0]?.message).toContain("Swagger Editor");
  });

  it("other versions, a version that is not a string, and a root without openapi are refused", () => {
    expect(normalise({ "a.yaml": "openapi: 3.2.0\ninfo: { title: A, version: '1' }\npaths: {}\n" }).problems[0]?.message).toContain('OpenAPI "3.2.0" is not supported');
    expect(normalise({ "a.yaml": "openapi: 3.1\ninfo: { title: A, version: '1' }\npaths: {}\n" }).problems[0]?.message).toContain("quote it");
    expect(normalise({ "a.yaml": "info: { title: A, version: '1' }\npaths: {}\n" }).problems[0]?.message).toContain('no "openapi" field');
  });

  it("Swagger 2.0 through generate: a GenerationError naming file:line", async () => {
    const dir = mkdtempSync(path.join(TMP, "swagger-"));
    writeFileSync(path.join(dir, "petstore.json"), `{\n  "swagger": "2.0",\n  "info": { "title": "Pets", "version": "1" },\n  "paths": {}\n}\n`);
    const error = await generate("petstore.json", dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenerationError);
    expect((error as GenerationError).message).toMatch(/^petstore\.json:2:3 error \[openapi-version\] this is a Swagger 2\.0 document/);
  });
});

describe("normalise: JSON input", () => {
  it("reads JSON with line and column positions for every problem", async () => {
    const dir = mkdtempSync(path.join(TMP, "json-"));
    const text = JSON.stringify(
      {
        openapi: "3.0.1",
        info: { title: "Json", version: "1" },
        paths: { "/a": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Missing" } } } } } } } },
      },
      null,
      2,
    );
    writeFileSync(path.join(dir, "api.json"), text);
    const error = (await generate("api.json", dir).catch((e: unknown) => e)) as GenerationError;
    expect(error).toBeInstanceOf(GenerationError);
    const line = text.split("\n").findIndex((l) => l.includes('"$ref"')) + 1;
    expect(error.problems[0]).toMatchObject({ rule: "ref-missing", location: { file: "api.json", line } });
  });

  it("reports a JSON syntax error with its line and column, and duplicate keys with both lines", () => {
    const dir = mkdtempSync(path.join(TMP, "json-bad-"));
    writeFileSync(path.join(dir, "a.json"), `{\n  "openapi": "3.1.0",\n  "info": { "title": "x" "version": "1" }\n}\n`);
    writeFileSync(path.join(dir, "b.json"), `{\n  "openapi": "3.1.0",\n  "openapi": "3.0.0"\n}\n`);
    expect(loadSpecs("a.json", dir).problems).toMatchObject([{ rule: "json-syntax", location: { file: "a.json", line: 3, column: 26 } }]);
    expect(loadSpecs("b.json", dir).problems).toMatchObject([{ rule: "yaml-duplicate-key", message: 'duplicate key "openapi": already defined on line 2', location: { line: 3 } }]);
  });
});

describe("normalise: what the model needs, filled in", () => {
  const bare = `openapi: 3.1.0
info: { title: Bare Pet Store API, version: "1" }
paths:
  /v1/pets/{petId}:
    get:
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses: { "200": { description: ok } }
    delete:
      operationId: getV1PetsByPetId
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses: { "204": { description: gone } }
  /owners:
    get:
      tags: [People]
      security: [{ oauth: [owners:read] }]
      responses: { "200": { description: ok } }
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows: { clientCredentials: { tokenUrl: https://example.com/token, scopes: {} } }
`;

  it("derives the namespace, servers, operationIds, tags and declares used tags and scopes", () => {
    const { doc, problems } = normalise({ "bare-pets.yaml": bare });
    expect(doc.info["x-namespace"]).toBe("barePets");
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/" })]);
    // The written id is kept; the synthesised one that would collide with it gets a suffix.
    expect(doc.paths["/v1/pets/{petId}"].get.operationId).toBe("getV1PetsByPetId2");
    expect(doc.paths["/v1/pets/{petId}"].delete.operationId).toBe("getV1PetsByPetId");
    expect(doc.paths["/v1/pets/{petId}"].get.tags).toEqual(["pets"]);
    expect(doc.paths["/owners"].get.operationId).toBe("getOwners");
    expect(doc.tags).toEqual([{ name: "pets" }, { name: "People" }]);
    expect(Object.keys(doc.components.securitySchemes.oauth.flows.clientCredentials.scopes)).toEqual(["owners:read"]);
    // Each default is a house-style finding (silent by default) except the undeclared scope (a deviation).
    expect(problems.map((p) => `${p.level} ${p.rule}`).sort()).toEqual(
      ["deviation security-scope", "style info-namespace", "style operation-id", "style operation-id", "style operation-tag", "style operation-tag", "style operation-tag", "style servers"].sort(),
    );
    expect(applyProfile(problems, "default").map((p) => p.rule)).toEqual(["security-scope"]);
  });

  it("a document in no house style generates under the default profile", async () => {
    const dir = mkdtempSync(path.join(TMP, "bare-"));
    writeFileSync(path.join(dir, "bare-pets.yaml"), bare);
    const result = await generate("bare-pets.yaml", dir);
    const model = result.models[0];
    expect(model?.namespace).toBe("barePets");
    expect(model?.server).toBe("/");
    expect(model?.operations.map((op) => `${op.id} ${op.group}.${op.methodName}`).sort()).toEqual(["getOwners people.getOwners", "getV1PetsByPetId pets.getV1ByPetId", "getV1PetsByPetId2 pets.getV1ByPetId2"]);
    expect(result.warnings.map((w: Problem) => w.rule)).toEqual(["security-scope"]);
  });

  it("is deterministic: the same document normalises to the same thing", () => {
    expect(normalise({ "bare-pets.yaml": bare }).doc).toEqual(normalise({ "bare-pets.yaml": bare }).doc);
  });

  it.each([
    ["their-api.yaml", "Anything", "theirApi"],
    ["openapi.yaml", "GitHub v3 REST API", "gitHubV3RestApi"],
    ["swagger.json", undefined, "api"],
    ["api.github.com.json", "x", "apiGithubCom"],
    ["2024-01.yaml", "x", "api202401"],
    ["runtime.yaml", "x", "runtimeApi"],
    ["delete.yaml", "x", "deleteApi"],
  ])("namespace of %s titled %s: %s", (file, title, expected) => {
    expect(deriveNamespace(file, title)).toBe(expected);
  });

  it.each([
    ["get", "/users/{id}", "getUsersById"],
    ["post", "/users/{user-id}/posts", "postUsersByUserIdPosts"],
    ["get", "/", "getRoot"],
    ["put", "/files/{name}.{ext}", "putFilesNameExt"],
    ["delete", "/v2/some_things", "deleteV2SomeThings"],
  ])("operationId of %s %s: %s", (method, route, expected) => {
    expect(synthesiseOperationId(method, route)).toBe(expected);
  });

  it.each([
    ["/users/{id}", "users"],
    ["/v1/users", "users"],
    ["/api/v2.1/orders/{id}", "orders"],
    ["/{id}", "default"],
    ["/v1", "v1"],
    ["/#Action=DescribeThings", "default"],
    ["/things?list", "things"],
    ["/-/things", "things"],
    ["/--/v1", "v1"],
  ])("group of %s: %s", (route, expected) => {
    expect(tagFromPath(route)).toBe(expected);
  });

  it("the model's names.ts turns operationIds in any form into identifiers", () => {
    expect(["list-custom-fonts", "list_custom_fonts", "sites/list", "get user by id", "delete", "123go", "__proto__"].map((id) => camelCase(id))).toEqual([
      "listCustomFonts",
      "listCustomFonts",
      "sitesList",
      "getUserById",
      "delete_",
      "_123go",
      "proto",
    ]);
    expect(pascalCase("list-custom-fonts")).toBe("ListCustomFonts");
  });
});

describe("load: recursive schemas through a target no component names", () => {
  const recursive = `openapi: 3.1.0
info: { title: Trees, version: "1" }
paths:
  /trees:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Tree" }
components:
  schemas:
    Tree:
      type: object
      properties:
        root: { $ref: "#/components/schemas/Tree/definitions/node" }
      definitions:
        node:
          type: object
          properties:
            label: { type: string }
            children: { type: array, items: { $ref: "#/components/schemas/Tree/definitions/node" } }
`;

  it("hoists the target into a component of its own (a house-style finding, not an error by default) and generates", async () => {
    const dir = mkdtempSync(path.join(TMP, "recursive-"));
    writeFileSync(path.join(dir, "trees.yaml"), recursive);
    const loaded = loadSpecs("trees.yaml", dir);
    expect(loaded.problems).toMatchObject([{ level: "style", rule: "ref-cycle", location: { file: "trees.yaml", line: 23 } }]);
    const schemas = (loaded.specs[0]?.document.components as Record<string, any>).schemas;
    expect(schemas.Tree_definitions_node.properties.children.items).toEqual({ $ref: "#/components/schemas/Tree_definitions_node" });
    expect(schemas.Tree.properties.root.properties.children.items).toEqual({ $ref: "#/components/schemas/Tree_definitions_node" });
    const result = await generate("trees.yaml", dir);
    expect(result.models[0]?.schemas.map((s) => s.name).sort()).toEqual(["Tree", "Tree_definitions_node"]);
    await expect(generate("trees.yaml", dir, { lint: "house-style" })).rejects.toThrow(/error \[ref-cycle\]/);
  });
});

describe("normalise: patterns in Unicode mode", () => {
  it.each([
    ["^arn:aws([a-z]|\\-)*:events$", "^arn:aws([a-z]|-)*:events$"],
    ["[\\w-.]+", "[\\w\\-.]+"],
    ["^a\\_b\\@c$", "^a_b@c$"],
    ["a{", "a\\{"],
    ["x]", "x\\]"],
  ])("%s is read as %s", (from, to) => {
    expect(toUnicodePattern(from)).toBe(to);
    expect(() => new RegExp(to, "u")).not.toThrow();
  });

  it.each(["^[a-z]{2,3}$", "[a-z\\-]+", "\\p{L}", "[", "(?<=a)b"])("%s stays as written (valid in Unicode mode, or invalid in both)", (pattern) => {
    expect(toUnicodePattern(pattern)).toBeUndefined();
  });

  // Patterns of real descriptions generated from Java (AWS's transfer, opensearch, iotthingsgraph; Amadeus).
  it.each([
    ["\\p{XDigit}{8}-\\p{XDigit}{4}", "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}", ["0a1B2c3D-ffff"], ["0a1B2c3G-ffff"]],
    ["^[\\p{Print}\\p{Blank}]+$", "^[ -~ \\t]+$", ["a b~\t"], ["é", "a\n"]],
    ["^[\\p{Alnum}_]+(/[\\p{Alnum}_]+)*$", "^[a-zA-Z0-9_]+(/[a-zA-Z0-9_]+)*$", ["a_1/B2"], ["a-1"]],
    ["^[\\p{Graph}]+$", "^[!-~]+$", ["a!~"], ["a b"]],
    ["^\\P{Digit}$", "^[^0-9]$", ["x"], ["5"]],
    ["^[A-Za-z \\p{Han}\\p{Katakana}-]*$", "^[A-Za-z \\p{Script=Han}\\p{Script=Katakana}-]*$", ["漢カ a-b"], ["ä"]],
    ["^\\p{IsAlphabetic}+$", "^\\p{Alphabetic}+$", ["ab"], ["1"]],
    ["^[\\p{XDigit}{2}:?]*$", "^[0-9a-fA-F{2}:?]*$", ["0a:{"], ["g"]],
    ["^\\d\\p{Alnum}$", "^\\d[a-zA-Z0-9]$", ["1a"], ["a1"]],
    ["^[_\\p{Alnum}]\\p{Digit}$", "^[_a-zA-Z0-9][0-9]$", ["_1", "a2"], ["1a", "_"]],
    ["^\\p{Alnum}\\_\\p{Digit}$", "^[a-zA-Z0-9]_[0-9]$", ["a_1"], ["a-1"]],
  ])("the Java classes of %s are read as %s", (from, to, matching, failing) => {
    expect(fromJavaClasses(from)).toBe(to);
    const regex = new RegExp(to, "u");
    for (const text of matching) expect(regex.test(text), text).toBe(true);
    for (const text of failing) expect(regex.test(text), text).toBe(false);
  });

  // `\p{Alpha}` is valid ECMA-262 already (Unicode's Alphabetic), not Java's ASCII class; `\\p{L}` is a backslash, then "p{L}".
  it.each(["\\p{L}+", "^[a-z]+$", "\\p{InBasicLatin}", "[\\P{Alpha}x]", "[\\P{Alnum}x]", "\\p{javaLowerCase}", "^\\p{Alpha}+$", "^\\\\p{L}$"])("%s has no Java class to rewrite (valid already, or no ECMA-262 equivalent)", (pattern) => {
    expect(fromJavaClasses(pattern)).toBeUndefined();
  });

  it("rewrites a Java class in a document with a warning, and the check accepts it", () => {
    const { spec, problems } = normalise({ "api.yaml": doc30(`    Thing: { type: string, pattern: "^\\\\p{Alnum}+$" }\n`) });
    expect(spec.document.components).toMatchObject({ schemas: { Thing: { pattern: "^[a-zA-Z0-9]+$" } } });
    const deviations = problems.filter((p) => p.level === "deviation");
    expect(deviations.map((p) => p.message)).toEqual(['pattern "^\\\\p{Alnum}+$" uses java.util.regex character classes, which ECMA-262 (the regular expressions of JSON Schema) does not have; read as "^[a-zA-Z0-9]+$", which means the same']);
    expect(deviations[0]?.location).toMatchObject({ file: "api.yaml", line: 14 });
    expect(checkSpecs([spec]).filter((p) => p.severity === "error")).toEqual([]);
  });

  it("rewrites a document's pattern with a warning, and the check accepts it", () => {
    const { spec, problems } = normalise({ "api.yaml": doc30(`    Thing: { type: string, pattern: "^a\\\\-b$" }\n`) });
    expect(spec.document.components).toMatchObject({ schemas: { Thing: { pattern: "^a-b$" } } });
    expect(problems.filter((p) => p.level === "deviation").map((p) => p.rule)).toEqual(["schema-pattern"]);
    expect(checkSpecs([spec]).filter((p) => p.severity === "error")).toEqual([]);
  });
});
