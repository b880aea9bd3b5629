/**
 * The package-level files (generator/emit/package.ts, errors.ts) from models of small specs: which API is
 * primary, the package.json a consumer's resolver and bundler read (exports by group, typesVersions for
 * node10, sideEffects), the root and namespace indexes, the tsconfig, and each namespace's errors module.
 * Each file is read as its consumer would: package.json as JSON, TypeScript through its syntax tree.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitErrors } from "../../generator/emit/errors.js";
import { emitNamespaceIndex, emitPackageJson, emitRootIndex, emitTsconfig, packageInfo, PACKAGE_COMPILER_OPTIONS } from "../../generator/emit/package.js";
import type { ApiModel } from "../../generator/model/types.js";
import { modelOfDocument } from "../support/model.js";

function modelOf(namespace: string, version: string, info: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): ApiModel {
  const document = {
    openapi: "3.1.0",
    info: { title: `${namespace} API`, version, "x-namespace": namespace, ...info },
    // Neither sorted nor reverse-sorted by module, so the files that list groups show they sort them.
    tags: [{ name: "Site Pages" }, { name: "Assets" }, { name: "Collections" }],
    paths: {
      "/pages": { get: { operationId: "listPages", tags: ["Site Pages"], responses: { "200": { description: "ok" }, "404": { description: "No." } } } },
      "/assets": { get: { operationId: "listAssets", tags: ["Assets"], responses: { "200": { description: "ok" }, "429": { description: "Slow." }, "4XX": { description: "Other." } } } },
      "/collections": { get: { operationId: "listCollections", tags: ["Collections"], responses: { "200": { description: "ok" } } } },
    },
    ...extra,
  };
  return modelOfDocument(document, `${namespace}/api.json`);
}

/** Every export statement of a module: `<from> <what>` where what is `*`, `* as ns` or the sorted names (`type ` for types). */
function exportsOf(text: string): string[] {
  const source = ts.createSourceFile("m.ts", text, ts.ScriptTarget.Latest, true);
  return source.statements.filter(ts.isExportDeclaration).map((d) => {
    const from = (d.moduleSpecifier as ts.StringLiteral).text;
    const clause = d.exportClause;
    const what = !clause
      ? "*"
      : ts.isNamespaceExport(clause)
        ? `* as ${clause.name.text}`
        : clause.elements.map((e) => `${d.isTypeOnly || e.isTypeOnly ? "type " : ""}${e.propertyName ? `${e.propertyName.text} as ` : ""}${e.name.text}`).join(", ");
    return `${from} ${what}`;
  });
}

/** The JSDoc an editor shows for the top-level declaration named `name`. */
function docOf(text: string, name: string): string | undefined {
  const source = ts.createSourceFile("m.ts", text, ts.ScriptTarget.Latest, true);
  const statement = source.statements.find((s) =>
    ts.isVariableStatement(s) ? s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name) : (ts.isTypeAliasDeclaration(s) || ts.isFunctionDeclaration(s)) && s.name?.text === name,
  );
  const doc = statement && ts.getJSDocCommentsAndTags(statement).find(ts.isJSDoc);
  return doc && ts.getTextOfJSDocComment(doc.comment);
}

describe("packageInfo", () => {
  it("makes the newest version primary, by number not by text, and names the package from a spec or by default", () => {
    const info = packageInfo([modelOf("v9", "9.0.0"), modelOf("v10", "10.0.0"), modelOf("v2", "2.0.0-beta.1")]);
    expect([info.primary.namespace, info.version, info.name]).toEqual(["v10", "10.0.0", "webflow-api"]);
    expect(info.models.map((m) => m.namespace)).toEqual(["v10", "v2", "v9"]);
    expect(packageInfo([modelOf("a", "1"), modelOf("b", "2", { "x-package-name": "@acme/api" })]).name).toBe("@acme/api");
    expect(() => packageInfo([])).toThrow("no API description to generate from");
  });

  // given: each namespace's version, in the order the specs come; want: the primary namespace.
  it.each([
    { versions: { a: "1.2.10", b: "1.2.9" }, primary: "a" },
    { versions: { a: "1.2.9", b: "1.2.10" }, primary: "b" },
    { versions: { a: "1.0", b: "1.0.1" }, primary: "b" },
    { versions: { a: "1.0.1", b: "1.0" }, primary: "a" },
    { versions: { b: "1.0", a: "1.0.0" }, primary: "a" },
    { versions: { a: "1.0", b: "1.0.0" }, primary: "a" },
  ])("compares versions part by part, a missing part as 0, equal ones by namespace: $versions", ({ versions, primary }) => {
    expect(packageInfo(Object.entries(versions).map(([namespace, version]) => modelOf(namespace, version))).primary.namespace).toBe(primary);
  });
});

describe("package.json", () => {
  // Emitted in each test, not once for the describe block: mutation testing ties a test only to the code it runs.
  const packageJsonText = () => emitPackageJson(packageInfo([modelOf("v2", "2.0.0"), modelOf("v1", "1.0.0")])).contents;
  const packageJson = () => JSON.parse(packageJsonText()) as Record<string, unknown>;
  const entry = (base: string) => ({ types: `./dist/${base}.d.ts`, import: `./dist/${base}.js` });

  it("is an ES module package without side effects, marked as generated, versioned as the primary API", () => {
    const text = packageJsonText();
    const pkg = JSON.parse(text) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: "webflow-api", version: "2.0.0", generatedBy: "webflow-codegen", type: "module", sideEffects: false, engines: { node: ">=20" }, main: "./dist/index.js", types: "./dist/index.d.ts", files: ["dist", "src", "README.md"], scripts: { build: "tsc -p tsconfig.json" } });
    expect(pkg.description).toBe("Typed, scope-aware, validating client for v1 API and v2 API. Generated by webflow-codegen from the OpenAPI description; do not edit.");
    expect(text.endsWith("}\n")).toBe(true);
  });

  // Entries, not the object: the order is part of the file, and it is the same whatever order specs and tags come in.
  it("exports the root, each namespace and each group of it by module name, and package.json, in that order", () => {
    expect(Object.entries(packageJson().exports as object)).toEqual([
      [".", entry("index")],
      ["./v1", entry("v1/index")],
      ["./v1/assets", entry("v1/assets")],
      ["./v1/collections", entry("v1/collections")],
      ["./v1/site-pages", entry("v1/site-pages")],
      ["./v2", entry("v2/index")],
      ["./v2/assets", entry("v2/assets")],
      ["./v2/collections", entry("v2/collections")],
      ["./v2/site-pages", entry("v2/site-pages")],
      ["./package.json", "./package.json"],
    ]);
  });

  it("maps every subpath but the root and package.json to its declarations for node10 resolution", () => {
    const typesVersions = packageJson().typesVersions as Record<string, object>;
    expect(Object.keys(typesVersions)).toEqual(["*"]);
    expect(Object.entries(typesVersions["*"]!)).toEqual([
      ["v1", ["./dist/v1/index.d.ts"]],
      ["v1/assets", ["./dist/v1/assets.d.ts"]],
      ["v1/collections", ["./dist/v1/collections.d.ts"]],
      ["v1/site-pages", ["./dist/v1/site-pages.d.ts"]],
      ["v2", ["./dist/v2/index.d.ts"]],
      ["v2/assets", ["./dist/v2/assets.d.ts"]],
      ["v2/collections", ["./dist/v2/collections.d.ts"]],
      ["v2/site-pages", ["./dist/v2/site-pages.d.ts"]],
    ]);
  });
});

describe("indexes", () => {
  it("the root index: the primary API whole, each version's factories by name, each version as a namespace, the runtime", () => {
    const info = packageInfo([modelOf("v1", "1.0.0"), modelOf("v2", "2.0.0")]);
    expect(exportsOf(emitRootIndex(info).contents)).toEqual([
      "./v2/index.js *",
      "./v1/client.js createClient as createWebflowV1Client, createCore as createWebflowV1Core",
      "./v2/client.js createClient as createWebflowClient, createCore as createWebflowCore",
      "./v1/index.js * as v1",
      "./v2/index.js * as v2",
      "./runtime/index.js *",
    ]);
  });

  it("only a factory's trailing Client becomes Core, also for a namespace named client", () => {
    const info = packageInfo([modelOf("client", "1.0.0"), modelOf("v2", "2.0.0")]);
    expect(exportsOf(emitRootIndex(info).contents)).toContain("./client/client.js createClient as createWebflowClientClient, createCore as createWebflowClientCore");
  });

  it("a namespace index: the schema types, each module's exports by name (types as types), then whole modules", () => {
    const model = modelOf("v2", "2.0.0");
    const text = emitNamespaceIndex(
      model,
      [
        // Neither sorted nor reverse-sorted, so the index shows it sorts the names.
        { module: "assets", exports: new Map([["ListAssetsResult", true], ["listAssets", false], ["AssetsApi", false]]) },
        { module: "client", exports: new Map([["createClient", false]]) },
      ],
      ["errors", "scopes"],
    ).contents;
    expect(exportsOf(text)).toEqual([
      "./schema.js type components, type operations, type paths",
      "./assets.js AssetsApi, type ListAssetsResult, listAssets",
      "./client.js createClient",
      "./errors.js *",
      "./scopes.js *",
    ]);
    expect(text.startsWith("/* This file is generated from the OpenAPI description by webflow-codegen.")).toBe(true);
  });

  it("tsconfig.json builds src with the package's compiler options", () => {
    expect(JSON.parse(emitTsconfig().contents)).toEqual({ compilerOptions: PACKAGE_COMPILER_OPTIONS, include: ["src"] });
  });
});

describe("errors module", () => {
  it("re-exports the runtime's classes for the documented statuses, and the documented codes", () => {
    const model = modelOf("v2", "2.0.0", {}, {
      components: { schemas: {} },
      paths: {
        "/pages": { get: { operationId: "listPages", tags: ["Site Pages"], responses: { "200": { description: "ok" }, "404": { description: "No.", content: { "application/json": { schema: { type: "object", properties: { code: { type: "string", enum: ["not_found", "gone"] } } } } } } } } },
        "/assets": { get: { operationId: "listAssets", tags: ["Assets"], responses: { "200": { description: "ok" }, "429": { description: "Slow." } } } },
      },
    });
    const file = emitErrors(model);
    expect(file.path).toBe("src/v2/errors.ts");
    expect(exportsOf(file.contents)).toEqual(["../runtime/errors.js NotFoundError, TooManyRequestsError, WebflowApiError, toApiError"]);
    expect(file.contents).toMatch(/export const ERROR_CODES = \["gone", "not_found"\] as const;/);
    expect(file.contents).toMatch(/export type KnownErrorCode = \(typeof ERROR_CODES\)\[number\];/);
    expect(docOf(file.contents, "ERROR_CODES")).toBe("The error codes v2 API documents. The API adds codes over time, so `error.code` may hold any other string too.");
    expect(docOf(file.contents, "KnownErrorCode")).toBe("A documented error code. `error.code` is typed `string` because the API adds codes over time; test it with `isKnownErrorCode`.");
    expect(docOf(file.contents, "isKnownErrorCode")).toBe("True when `code` is one of the documented codes.");
    expect(file.contents).toMatch(/export function isKnownErrorCode\(code: string\): code is KnownErrorCode \{\s*return \(ERROR_CODES as readonly string\[\]\)\.includes\(code\);\s*\}/);
  });

  it("with no documented code, no code is known", () => {
    const file = emitErrors(modelOf("v2", "2.0.0"));
    expect(file.contents).toMatch(/export const ERROR_CODES = \[\] as const;/);
    expect(file.contents).toMatch(/export type KnownErrorCode = never;/);
    expect(exportsOf(file.contents)).toEqual(["../runtime/errors.js NotFoundError, TooManyRequestsError, WebflowApiError, toApiError"]);
  });
});
