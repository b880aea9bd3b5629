/**
 * What generator/emit/groups.ts declares in a group module (`things.ts`) and in `shared.ts`: the
 * parameter, body and result types, the validators, the standalone functions, the group class with its
 * methods and page iterators, their JSDoc, and what each module imports and exports. One small spec goes
 * in; the emitted text is read back with TypeScript's parser. How the emitted functions behave on the
 * wire is test/unit/emit-groups.test.ts; one strict type-check here shows the declarations hold together
 * with openapi-typescript's `schema.ts` and enforce what they say.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitComponentsModule, emitGroupModule, type EmittedModule } from "../../generator/emit/groups.js";
import { emitSchemaTypes } from "../../generator/emit/types.js";
import type { ApiModel } from "../../generator/model/types.js";
import { strictDiagnostics, moduleFiles } from "../support/emitted-module.js";
import { modelOfDocument, modelOfSchemas } from "../support/model.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const binary = { content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } };
const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const query = (name: string, schema: object = { type: "integer" }) => ({ name, in: "query", schema });

/**
 * Two groups. Things (with a description) has every kind of operation: path, query and a fixed header
 * parameter, a required JSON body, an optional `$ref` body, a binary body and response, several success
 * statuses, a bodiless success, shared and own error descriptions, and two paged lists (one whose items
 * and pagination are required, one whose are not). Other (no description) has one operation, no
 * parameters. `Thing` is used by Things only, `OtherThing` by Other only, `Shared` by both, `old-thing` by none.
 */
const document = {
  openapi: "3.1.0",
  info: { title: "T", version: "1", "x-namespace": "t" },
  servers: [{ url: "https://api.example.com" }],
  tags: [{ name: "Things", description: "Things of a site." }, { name: "Other" }],
  components: {
    schemas: {
      Thing: { type: "object", description: "A thing.", required: ["id"], properties: { id: { type: "string" }, s: ref("Shared") } },
      OtherThing: { type: "object", properties: { s: ref("Shared") } },
      Shared: { type: "string" },
      "old-thing": { type: "string", deprecated: true },
      Pagination: { type: "object", required: ["offset", "total"], properties: { offset: { type: "integer" }, total: { type: "integer" } } },
      ThingPage: {
        type: "object",
        required: ["items", "pagination"],
        properties: { items: { type: "array", items: ref("Thing") }, pagination: ref("Pagination") },
      },
    },
    responses: { NotFound: { description: "Not found" }, BadRequest: { description: "Bad request" } },
  },
  paths: {
    "/things": {
      get: { operationId: "listThings", tags: ["Things"], parameters: [query("offset"), query("limit")], responses: { "200": { description: "A page", ...json(ref("ThingPage")) } } },
      post: {
        operationId: "createThing",
        tags: ["Things"],
        summary: "Create a thing",
        requestBody: { required: true, description: "The new thing.", ...json({ type: "object", properties: { name: { type: "string" } } }) },
        responses: {
          "200": { description: "Existed", ...json(ref("Thing")) },
          "201": { description: "Made", ...json(ref("Thing")) },
          "400": { $ref: "#/components/responses/BadRequest", description: "The name is taken." },
        },
      },
    },
    "/things/notes": {
      get: {
        operationId: "listThingNotes",
        tags: ["Things"],
        parameters: [query("offset"), query("limit")],
        responses: { "200": { description: "Notes", ...json({ type: "object", properties: { notes: { type: "array", items: { type: "string" } }, pagination: ref("Pagination") } }) } },
      },
    },
    "/things/ping": { get: { operationId: "pingThings", tags: ["Things"], responses: { "200": { description: "Pong", content: { "application/json": {} } } } } },
    "/things/upload": { post: { operationId: "uploadThing", tags: ["Things"], deprecated: true, requestBody: binary, responses: { "200": { description: "The bytes", ...binary }, default: { description: "Something else" } } } },
    "/things/{thing_id}": {
      get: {
        operationId: "getThing",
        tags: ["Things"],
        summary: "Get a thing",
        description: "Reads one thing.",
        parameters: [
          { ...path("thing_id"), description: "The thing's id." },
          { name: "Accept-Version", in: "header", schema: { type: "string", enum: ["1.0.0"] } },
          query("fields", { type: "string" }),
        ],
        responses: { "200": { description: "The thing", ...json(ref("Thing")) }, "204": { description: "Nothing" }, "404": { $ref: "#/components/responses/NotFound" } },
      },
      put: {
        operationId: "updateThing",
        tags: ["Things"],
        parameters: [path("thing_id")],
        requestBody: json(ref("Thing")),
        responses: { "200": { description: "Updated", ...json({ type: "object", properties: { a: { type: "string" } } }) }, "2XX": { description: "Text", content: { "text/plain": { schema: { type: "string" } } } } },
      },
      delete: { operationId: "deleteThing", tags: ["Things"], parameters: [path("thing_id")], responses: { "204": { description: "Gone" } } },
    },
    "/other": { get: { operationId: "getOther", tags: ["Other"], responses: { "200": { description: "The other", ...json(ref("OtherThing")) } } } },
  },
};

const model: ApiModel = modelOfDocument(document);
function groupModule(tagName: string): EmittedModule {
  const tag = model.tags.find((t) => t.name === tagName);
  if (!tag) throw new Error(`no tag ${tagName}`);
  return emitGroupModule(model, tag);
}
/**
 * A module emitted afresh each time a test reads it: a mutation run ties the emitter's code only to the
 * tests that ran it, not to code run while the file loads.
 */
const emittedOnRead = (emit: () => EmittedModule): EmittedModule => ({
  get file() {
    return emit().file;
  },
  get exports() {
    return emit().exports;
  },
  get explainers() {
    return emit().explainers;
  },
});
const things = emittedOnRead(() => groupModule("Things"));
const other = emittedOnRead(() => groupModule("Other"));
const shared = emittedOnRead(() => emitComponentsModule(model) as EmittedModule);

const parse = (module: EmittedModule) => ts.createSourceFile(module.file.path, module.file.contents, ts.ScriptTarget.Latest, true);
const isExported = (s: ts.Statement) => ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a top-level statement declares. */
const namesOf = (s: ts.Statement): string[] =>
  ts.isVariableStatement(s) ? s.declarationList.declarations.map((d) => d.name.getText()) : [(s as ts.DeclarationStatement).name?.getText()].filter((n): n is string => n !== undefined);

/** The top-level declaration `name` of `module`. */
function declaration(module: EmittedModule, name: string): ts.Statement {
  const found = parse(module).statements.find((s) => namesOf(s).includes(name));
  if (!found) throw new Error(`no declaration ${name}`);
  return found;
}

/** The class member `name` of the group class. */
function member(module: EmittedModule, className: string, name: string): ts.ClassElement {
  const found = (declaration(module, className) as ts.ClassDeclaration).members.find((m) => m.name?.getText() === name);
  if (!found) throw new Error(`no member ${name}`);
  return found;
}

/** The JSDoc an editor shows for `node`, line by line (blank lines left out). */
function docOf(node: ts.Node): string[] {
  const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
  if (!doc) return [];
  return doc
    .getText()
    .replace(/^\/\*\*|\*\/$/g, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, "").trim())
    .filter((line) => line !== "");
}

/** `(a: A, b?: B): R`, as declared. */
const signatureOf = (node: ts.Node) => {
  const s = node as ts.SignatureDeclaration;
  return `(${s.parameters.map((p) => p.getText()).join(", ")}): ${s.type?.getText()}`;
};

/** Every import: `name from module`, `type ` before a type-only one. */
const importsOf = (module: EmittedModule) =>
  parse(module)
    .statements.filter(ts.isImportDeclaration)
    .flatMap((d) => {
      const from = (d.moduleSpecifier as ts.StringLiteral).text;
      const bindings = d.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) return [`* as ${bindings.name.text} from ${from}`];
      return (bindings as ts.NamedImports).elements.map((e) => `${d.importClause?.isTypeOnly || e.isTypeOnly ? "type " : ""}${e.name.text} from ${from}`);
    });

const squash = (text: string) => text.replace(/\s+/g, " ");

describe("the operation types", () => {
  // given: an operation's Params interface; want: its properties as declared. Fixed-value headers are sent by
  // the client, not passed; `?` exactly where the spec does not require the value.
  it.each([
    {
      name: "GetThingParams",
      members: ['thing_id: NonNullable<operations["getThing"]["parameters"]["path"]>["thing_id"];', 'fields?: NonNullable<operations["getThing"]["parameters"]["query"]>["fields"];'],
    },
    { name: "CreateThingParams", members: ["body: CreateThingBody;"] },
    { name: "UpdateThingParams", members: ['thing_id: NonNullable<operations["updateThing"]["parameters"]["path"]>["thing_id"];', "body?: UpdateThingBody;"] },
    { name: "UploadThingParams", members: ["body?: UploadThingBody;"] },
    {
      name: "ListThingsParams",
      members: ['offset?: NonNullable<operations["listThings"]["parameters"]["query"]>["offset"];', 'limit?: NonNullable<operations["listThings"]["parameters"]["query"]>["limit"];'],
    },
  ])("$name", ({ name, members }) => {
    const params = declaration(things, name) as ts.InterfaceDeclaration;
    expect(ts.isInterfaceDeclaration(params)).toBe(true);
    expect(params.members.map((m) => m.getText().replace(/^\/\*\*[\s\S]*?\*\/\s*/, ""))).toEqual(members);
  });

  it("declares no Params for an operation that takes nothing", () => {
    expect(() => declaration(things, "PingThingsParams")).toThrow("no declaration");
    expect(() => declaration(other, "GetOtherParams")).toThrow("no declaration");
  });

  // given: a parameter or body property; want: its docs (the spec's words, else a fallback, then where it is sent).
  it.each([
    { params: "GetThingParams", property: "thing_id", doc: ["The thing's id.", "Sent in the path."] },
    { params: "GetThingParams", property: "fields", doc: ["The fields query parameter.", "Sent in the query."] },
    { params: "CreateThingParams", property: "body", doc: ["The new thing."] },
    { params: "UpdateThingParams", property: "body", doc: ["The request body."] },
  ])("documents $property of $params", ({ params, property, doc }) => {
    const found = (declaration(things, params) as ts.InterfaceDeclaration).members.find((m) => m.name?.getText() === property) as ts.TypeElement;
    expect(docOf(found)).toEqual(doc);
  });

  // given: a body or result alias; want: its type. A binary body takes any bytes or text; each success
  // status adds its body to the result (numeric keys bare, others quoted; no body: void; binary: Blob).
  it.each([
    { name: "CreateThingBody", type: 'NonNullable<operations["createThing"]["requestBody"]>["content"]["application/json"]' },
    { name: "UpdateThingBody", type: 'NonNullable<operations["updateThing"]["requestBody"]>["content"]["application/json"]' },
    { name: "UploadThingBody", type: "Blob | ArrayBuffer | ArrayBufferView | string" },
    { name: "GetThingResult", type: 'operations["getThing"]["responses"][200]["content"]["application/json"] | void' },
    { name: "CreateThingResult", type: 'operations["createThing"]["responses"][200]["content"]["application/json"] | operations["createThing"]["responses"][201]["content"]["application/json"]' },
    { name: "UpdateThingResult", type: 'operations["updateThing"]["responses"][200]["content"]["application/json"] | operations["updateThing"]["responses"]["2XX"]["content"]["text/plain"]' },
    { name: "UploadThingResult", type: "Blob" },
    { name: "DeleteThingResult", type: "void" },
    // A media type without a schema: nothing to read.
    { name: "PingThingsResult", type: "void" },
  ])("$name = $type", ({ name, type }) => {
    const alias = declaration(things, name) as ts.TypeAliasDeclaration;
    expect(ts.isTypeAliasDeclaration(alias)).toBe(true);
    expect(alias.type.getText()).toBe(type);
  });

  // given: a declaration; want: its docs, naming the call as a caller writes it.
  it.each([
    { name: "GetThingParams", doc: ["Parameters of `client.things.get`."] },
    { name: "CreateThingBody", doc: ["Request body of `client.things.create`.", "The new thing."] },
    { name: "UploadThingBody", doc: ["Request body of `client.things.upload`."] },
    { name: "GetThingResult", doc: ["What `client.things.get` resolves to: the 200 or 204 response. The thing"] },
    { name: "UpdateThingResult", doc: ["What `client.things.update` resolves to: the 200 or 2XX response. Updated"] },
    { name: "DeleteThingResult", doc: ["What `client.things.delete` resolves to: the 204 response. Gone"] },
  ])("documents $name", ({ name, doc }) => {
    expect(docOf(declaration(things, name))).toEqual(doc);
  });
});

describe("the validators", () => {
  // given: a validator; want: its declaration. A `$ref` result or body reuses the component's validator;
  // an inline one is compiled here, beside its guard.
  it.each([
    { name: "validateGetThingResult", text: "validateGetThingResult: Validator<GetThingResult> = validateThing" },
    { name: "validateCreateThingResult", text: "validateCreateThingResult: Validator<CreateThingResult> = validateThing" },
    { name: "validateUpdateThingBody", text: "validateUpdateThingBody: Validator<UpdateThingBody> = validateThing" },
    { name: "validateUpdateThingResult", text: "validateUpdateThingResult: Validator<UpdateThingResult> = /* @__PURE__ */ $.validator(isUpdateThingResult, updateThingResultSchema, EXPLAIN_OBJECT)" },
    { name: "validateCreateThingBody", text: "validateCreateThingBody: Validator<CreateThingBody> = /* @__PURE__ */ $.validator(isCreateThingBody, createThingBodySchema, EXPLAIN_OBJECT)" },
  ])("$name", ({ name, text }) => {
    const statement = declaration(things, name) as ts.VariableStatement;
    expect(statement.declarationList.declarations[0]?.getText()).toBe(text);
  });

  // given: a validator; want: its docs, which name only the JSON success statuses it checks.
  it.each([
    { name: "validateCreateThingResult", doc: ["Checks the 200 or 201 response body of `client.things.create`."] },
    { name: "validateUpdateThingResult", doc: ["Checks the 200 response body of `client.things.update`.", expect.stringMatching(/^@returns /)] },
    { name: "validateUpdateThingBody", doc: ["Checks a request body of `client.things.update`; the client runs it before sending."] },
    { name: "validateCreateThingBody", doc: ["Checks a request body of `client.things.create`; the client runs it before sending.", expect.stringMatching(/^@returns /)] },
  ])("documents $name", ({ name, doc }) => {
    expect(docOf(declaration(things, name))).toEqual(doc);
  });

  it("declares no validator for a result or body that is not JSON", () => {
    for (const name of ["validateUploadThingResult", "validateUploadThingBody", "validateDeleteThingResult", "validatePingThingsResult"]) expect(() => declaration(things, name)).toThrow("no declaration");
  });
});

describe("the standalone functions", () => {
  // given: a function; want: its signature. `params` defaults to `{}` when nothing in it is required.
  it.each([
    { name: "getThing", signature: "(core: HttpCore, params: GetThingParams, options?: RequestOptions): ApiPromise<GetThingResult>" },
    { name: "createThing", signature: "(core: HttpCore, params: CreateThingParams, options?: RequestOptions): ApiPromise<CreateThingResult>" },
    { name: "updateThing", signature: "(core: HttpCore, params: UpdateThingParams, options?: RequestOptions): ApiPromise<UpdateThingResult>" },
    { name: "listThings", signature: "(core: HttpCore, params: ListThingsParams = {}, options?: RequestOptions): ApiPromise<ListThingsResult>" },
    { name: "uploadThing", signature: "(core: HttpCore, params: UploadThingParams = {}, options?: RequestOptions): ApiPromise<UploadThingResult>" },
    { name: "pingThings", signature: "(core: HttpCore, options?: RequestOptions): ApiPromise<PingThingsResult>" },
  ])("$name$signature", ({ name, signature }) => {
    const fn = declaration(things, name);
    expect(ts.isFunctionDeclaration(fn)).toBe(true);
    expect(signatureOf(fn)).toBe(signature);
  });

  // given: a function; want: its docs, linking the method it stands for.
  it.each([
    { name: "getThing", doc: "Get a thing: {@link ThingsApi.get | client.things.get} as a function of the core, so that a program importing only it bundles only it." },
    { name: "getOther", module: other, doc: "getOther: {@link OtherApi.get | client.other.get} as a function of the core, so that a program importing only it bundles only it." },
  ])("documents $name", ({ name, module = things, doc }) => {
    expect(docOf(declaration(module, name))).toEqual([doc]);
  });
});

describe("the group class", () => {
  const shape = (module: EmittedModule, className: string) =>
    (declaration(module, className) as ts.ClassDeclaration).members.filter((m) => !ts.isMethodDeclaration(m)).map((m) => squash(m.getText()));

  it("holds the core in a private field the constructor sets", () => {
    expect(shape(things, "ThingsApi")).toEqual(["readonly #core: HttpCore;", "constructor(core: HttpCore) { this.#core = core; }"]);
  });

  // given: a tag with or without a description; want: the class docs.
  it.each([
    { module: things, className: "ThingsApi", first: "Things operations: Things of a site.", group: "things" },
    { module: other, className: "OtherApi", first: "Other operations.", group: "other" },
  ])("documents $className", ({ module, className, first, group }) => {
    expect(docOf(declaration(module, className))).toEqual([
      first,
      `Reached as \`client.${group}\`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.`,
    ]);
  });

  it("has one method per operation, by operationId, and an iterator after each paged list", () => {
    const methods = (declaration(things, "ThingsApi") as ts.ClassDeclaration).members.filter(ts.isMethodDeclaration).map((m) => m.name.getText());
    expect(methods).toEqual(["create", "delete", "get", "listNotes", "iterateNotes", "list", "iterate", "ping", "update", "upload"]);
  });

  // given: a method; want: its signature and the call it makes.
  it.each([
    { name: "get", signature: "(params: GetThingParams, options?: RequestOptions): ApiPromise<GetThingResult>", body: "return getThing(this.#core, params, options);" },
    { name: "create", signature: "(params: CreateThingParams, options?: RequestOptions): ApiPromise<CreateThingResult>", body: "return createThing(this.#core, params, options);" },
    { name: "list", signature: "(params: ListThingsParams = {}, options?: RequestOptions): ApiPromise<ListThingsResult>", body: "return listThings(this.#core, params, options);" },
    { name: "ping", signature: "(options?: RequestOptions): ApiPromise<PingThingsResult>", body: "return pingThings(this.#core, options);" },
  ])("$name$signature", ({ name, signature, body }) => {
    const method = member(things, "ThingsApi", name) as ts.MethodDeclaration;
    expect(signatureOf(method)).toBe(signature);
    expect(method.body?.statements.map((s) => s.getText())).toEqual([body]);
  });

  const options = "@param options - Per-call abort signal, headers and timeout.";
  const response = "`.withResponse()` adds the status, headers and rate limit.";
  // given: a method; want: its docs. `@param params` lists what the object holds; `@returns` says what the
  // success body is; `@throws` adds an error's description only where the operation says more than the
  // shared response does.
  it.each([
    {
      name: "get",
      doc: ["Get a thing", "Reads one thing.", "GET `/things/{thing_id}` (operationId `getThing`).", "@param params - thing_id, fields", options, `@returns The 200 response body, validated; ${response}`, "@throws {@link NotFoundError} 404"],
    },
    {
      name: "create",
      doc: ["Create a thing", "POST `/things` (operationId `createThing`).", "@param params - body", options, `@returns The 200 response body, validated; ${response}`, "@throws {@link BadRequestError} 400: The name is taken."],
    },
    { name: "update", doc: ["updateThing", "PUT `/things/{thing_id}` (operationId `updateThing`).", "@param params - thing_id, body", options, `@returns The 200 response body, validated; ${response}`] },
    {
      name: "upload",
      doc: ["uploadThing", "POST `/things/upload` (operationId `uploadThing`).", "@param params - body", options, `@returns The 200 response body; ${response}`, "@throws {@link WebflowApiError} default: Something else", "@deprecated"],
    },
    { name: "delete", doc: ["deleteThing", "DELETE `/things/{thing_id}` (operationId `deleteThing`).", "@param params - thing_id", options, `@returns Nothing: the API answers 204 with no body; ${response}`] },
    { name: "ping", doc: ["pingThings", "GET `/things/ping` (operationId `pingThings`).", options, `@returns Nothing: the API answers 200 with no body; ${response}`] },
  ])("documents $name", ({ name, doc }) => {
    expect(docOf(member(things, "ThingsApi", name))).toEqual(doc);
  });
});

describe("the page iterators", () => {
  // given: a paged list; want: the iterator's signature and body. A page may lack the items (none) or the
  // pagination (the last page) where the spec does not require them.
  it.each([
    {
      name: "iterate",
      signature: '(params: ListThingsParams = {}, options?: RequestOptions): AsyncGenerator<NonNullable<ListThingsResult["items"]>[number], void, undefined>',
      body: "return $.paginate(async (offset) => { const page = await listThings(this.#core, { ...params, offset }, options); return { items: page.items, pagination: page.pagination }; }, params.offset ?? 0);",
    },
    {
      name: "iterateNotes",
      signature: '(params: ListThingNotesParams = {}, options?: RequestOptions): AsyncGenerator<NonNullable<ListThingNotesResult["notes"]>[number], void, undefined>',
      body: "return $.paginate(async (offset) => { const page = await listThingNotes(this.#core, { ...params, offset }, options); return { items: page.notes ?? [], pagination: page.pagination ?? { offset, total: 0 } }; }, params.offset ?? 0);",
    },
  ])("$name", ({ name, signature, body }) => {
    const method = member(things, "ThingsApi", name) as ts.MethodDeclaration;
    expect(signatureOf(method)).toBe(signature);
    expect(method.body?.statements.map((s) => squash(s.getText()))).toEqual([body]);
  });

  // given: an iterator; want: its docs, with an example a caller can copy.
  it.each([
    { name: "iterate", list: "list" },
    { name: "iterateNotes", list: "listNotes" },
  ])("documents $name", ({ name, list }) => {
    expect(docOf(member(things, "ThingsApi", name))).toEqual([
      `Every item of \`${list}\` across all pages: requests one page at a time (from \`params.offset\`, \`params.limit\` items each) and stops at \`pagination.total\`.`,
      "Breaking out of the loop sends no further requests. Errors are thrown as by the list call.",
      `@example for await (const item of client.things.${name}(params)) console.log(item);`,
    ]);
  });
});

describe("the component schemas", () => {
  // given: a component; want: its type alias and docs (the spec's description, else a fallback; @deprecated as marked).
  it.each([
    { module: things, name: "Thing", type: 'components["schemas"]["Thing"]', doc: ["A thing."] },
    { module: shared, name: "Shared", type: 'components["schemas"]["Shared"]', doc: ["The Shared schema."] },
    { module: shared, name: "OldThing", type: 'components["schemas"]["old-thing"]', doc: ["The old-thing schema.", "@deprecated"] },
  ])("$name", ({ module, name, type, doc }) => {
    const alias = declaration(module, name) as ts.TypeAliasDeclaration;
    expect(alias.type.getText()).toBe(type);
    expect(docOf(alias)).toEqual(doc);
  });

  // given: a component; want: the title its plan reports failures under: the spec's name where the type's differs.
  it.each([
    { module: things, plan: "thingSchema", title: '"Thing"' },
    { module: shared, plan: "oldThingSchema", title: '"old-thing"' },
  ])("$plan is titled $title", ({ module, plan, title }) => {
    const initializer = ((declaration(module, plan) as ts.VariableStatement).declarationList.declarations[0]?.initializer as ts.ObjectLiteralExpression).properties;
    expect(initializer.find((p) => p.name?.getText() === "title")?.getText()).toBe(`title: ${title}`);
  });
});

describe("what each module holds, imports and exports", () => {
  // given: a module; want: the names it exports, in order: a group's own components, then per operation its
  // types, validators and function, then the class. Other's schemas and operations stay in other.ts.
  it.each([
    {
      module: things,
      path: "src/t/things.ts",
      exports: [
        ...["Pagination", "isPagination", "validatePagination", "Thing", "isThing", "validateThing", "ThingPage", "isThingPage", "validateThingPage"],
        ...["CreateThingParams", "CreateThingBody", "CreateThingResult", "validateCreateThingResult", "validateCreateThingBody", "isCreateThingBody", "createThing"],
        ...["DeleteThingParams", "DeleteThingResult", "deleteThing"],
        ...["GetThingParams", "GetThingResult", "validateGetThingResult", "getThing"],
        ...["ListThingNotesParams", "ListThingNotesResult", "validateListThingNotesResult", "isListThingNotesResult", "listThingNotes"],
        ...["ListThingsParams", "ListThingsResult", "validateListThingsResult", "listThings"],
        ...["PingThingsResult", "pingThings"],
        ...["UpdateThingParams", "UpdateThingBody", "UpdateThingResult", "validateUpdateThingResult", "isUpdateThingResult", "validateUpdateThingBody", "updateThing"],
        ...["UploadThingParams", "UploadThingBody", "UploadThingResult", "uploadThing"],
        "ThingsApi",
      ],
    },
    { module: other, path: "src/t/other.ts", exports: ["OtherThing", "isOtherThing", "validateOtherThing", "GetOtherResult", "validateGetOtherResult", "getOther", "OtherApi"] },
    { module: shared, path: "src/t/shared.ts", exports: ["Shared", "isShared", "validateShared", "OldThing", "isOldThing", "validateOldThing"] },
  ])("$path", ({ module, path, exports }) => {
    expect(module.file.path).toBe(path);
    expect([...module.exports.keys()]).toEqual(exports);
  });

  // The index re-exports by these flags: `true` exactly for the types, and every `export` in the text is listed.
  it.each([things, other, shared])("$file.path exports what it declares with `export`, types as type-only", (module) => {
    const statements = parse(module).statements;
    // The plans are exported for the validators of other modules, not for the index.
    const isPlan = (s: ts.Statement) => ts.isVariableStatement(s) && s.declarationList.declarations[0]?.type?.getText() === "SchemaPlan";
    const declared = statements
      .filter((s) => isExported(s) && !isPlan(s))
      .flatMap((s) => namesOf(s).map((name): [string, boolean] => [name, ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)]))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    expect([...module.exports].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(declared);
    // Nothing else at the top level but imports, declarations and the hoisted helpers.
    expect(statements.filter((s) => !ts.isImportDeclaration(s) && namesOf(s).length === 0).map((s) => s.getText())).toEqual([]);
  });

  /** What each group module imports: both groups here use the shared schema; their validators, explainers of the parts they need. */
  const groupImports = (explainers: string[]) => [
    "* as $ from ../runtime/support.js",
    "type WebflowNetworkError from ../runtime/errors.js",
    "type WebflowRequestValidationError from ../runtime/errors.js",
    "type WebflowResponseValidationError from ../runtime/errors.js",
    "type SchemaPlan from ../runtime/explain.js",
    "type Validator from ../runtime/explain.js",
    "type ApiPromise from ../runtime/http.js",
    "type HttpCore from ../runtime/http.js",
    "type RequestOptions from ../runtime/http.js",
    ...explainers.map((name) => `${name} from ./explainers.js`),
    "type components from ./schema.js",
    "type operations from ./schema.js",
    "isShared from ./shared.js",
    "sharedSchema from ./shared.js",
  ];

  // given: a module; want: its imports, all type-only but the validators and the runtime helpers.
  it.each([
    { module: things, imports: groupImports(["EXPLAIN_ARRAY_OBJECT", "EXPLAIN_OBJECT"]) },
    { module: other, imports: groupImports(["EXPLAIN_OBJECT"]) },
    { module: shared, imports: ["* as $ from ../runtime/support.js", "type SchemaPlan from ../runtime/explain.js", "type Validator from ../runtime/explain.js", "EXPLAIN_TYPES from ./explainers.js", "type components from ./schema.js"] },
  ])("$module.file.path imports", ({ module, imports }) => {
    expect(importsOf(module)).toEqual(imports);
  });

  it("writes each import as one declaration per module, names sorted", () => {
    const texts = parse(things).statements.filter(ts.isImportDeclaration).map((d) => d.getText());
    expect(texts).toContain('import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";');
    expect(texts).toContain('import type { WebflowNetworkError, WebflowRequestValidationError, WebflowResponseValidationError } from "../runtime/errors.js";');
  });

  it("writes no shared.ts when every component belongs to one group", () => {
    const single = modelOfSchemas({ A: { type: "string" } }, { "/a": { get: { operationId: "getA", tags: ["Things"], responses: { "200": { description: "ok", ...json(ref("A")) } } } } });
    expect(emitComponentsModule(single)).toBeUndefined();
    expect([...emitGroupModule(single, single.tags[0] as (typeof single.tags)[number]).exports.keys()].slice(0, 3)).toEqual(["A", "isA", "validateA"]);
  });
});

describe("the declarations type-check", () => {
  it("with openapi-typescript's schema.ts, and enforce required parameters and bodies", () => {
    const probe = [
      'import type { HttpCore } from "../runtime/http.js";',
      'import { ThingsApi, createThing, type Thing } from "./things.js";',
      "declare const core: HttpCore;",
      "const api = new ThingsApi(core);",
      "export async function probe(): Promise<void> {",
      "  const thing: Thing | void = await api.get({ thing_id: 't', fields: 'id' });",
      "  const listed: Thing[] = (await api.list()).items;",
      "  for await (const item of api.iterate({ limit: 10 })) { const one: Thing = item; void one; }",
      "  for await (const note of api.iterateNotes()) { const text: string = note; void text; }",
      "  const made: Thing = await createThing(core, { body: { name: 'n' } });",
      "  const bytes: Blob = await api.upload();",
      "  void [thing, listed, made, bytes];",
      "  // @ts-expect-error thing_id is required",
      "  await api.get();",
      "  // @ts-expect-error thing_id is required",
      "  await api.get({ fields: 'id' });",
      "  // @ts-expect-error the fixed header is the client's to send",
      "  await api.get({ thing_id: 't', 'Accept-Version': '1.0.0' });",
      "  // @ts-expect-error the body is required",
      "  await createThing(core, {});",
      "}",
      "",
    ].join("\n");
    const files = [emitSchemaTypes(model, document), ...moduleFiles(model, [things, other, shared]), { path: "src/t/probe.ts", contents: probe }];
    expect(strictDiagnostics(files, "src/t/probe.ts")).toEqual([]);
  });
});
