/**
 * What generator/emit/client.ts writes: `SERVER_URL`, `API_VERSION`, `createCore` and `createClient`, and
 * the scope-aware client when the spec declares scopes. Each spec goes in as a small document; the emitted
 * module is written beside the runtime and the group modules and imported, so the tests see what a
 * caller sees (the URL a call goes to on a test server on 127.0.0.1, a refused call); the declarations and their JSDoc are read back
 * with TypeScript's parser.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitClient } from "../../generator/emit/client.js";
import { emitComponentsModule, emitGroupModule } from "../../generator/emit/groups.js";
import { emitScopes } from "../../generator/emit/scopes.js";
import type { ApiModel } from "../../generator/model/types.js";
import { useTestServer } from "../e2e/server.js";
import { importEmitted, moduleFiles } from "../support/emitted-module.js";
import { modelOfDocument } from "../support/model.js";

const op = (id: string, tag: string, security?: string[] | "public", body?: object) => ({
  get: {
    operationId: id,
    tags: [tag],
    ...(security === "public" ? { security: [] } : security ? { security: [{ oauth2: security }] } : {}),
    responses: { "200": { description: "ok", ...(body ? { content: { "application/json": { schema: body } } } : {}) } },
  },
});
const introspect = op("introspectToken", "Token", [], { type: "object" });

/** A spec with groups Zeta, Alpha and Token (listed out of order), and OAuth scopes unless `scopes` is empty. */
function api(ns: string, { scopes = ["a:read", "z:write"], paths = {} as Record<string, unknown>, server = "https://api.example.com" } = {}): ApiModel {
  const flows = { authorizationCode: { authorizationUrl: "https://a.test", tokenUrl: "https://t.test", scopes: Object.fromEntries(scopes.map((s) => [s, s])) } };
  return modelOfDocument({
    openapi: "3.1.0",
    info: { title: "Acme API", version: "2.1", "x-namespace": ns },
    servers: [{ url: `${server}/{v}`, variables: { v: { default: "v2" } } }],
    security: [{ oauth2: [] }],
    tags: [{ name: "Zeta" }, { name: "Alpha" }, { name: "Token" }],
    components: { securitySchemes: { oauth2: { type: "oauth2", flows } } },
    paths: { "/z": op("getZ", "Zeta", scopes.length ? ["z:write"] : undefined), "/a": op("getA", "Alpha", scopes.length ? ["a:read"] : undefined), ...paths },
  });
}

const server = useTestServer();
const scoped = () => api("scoped", { paths: { "/token/introspect": introspect } });
/** The same specs served by the test server on 127.0.0.1, for the tests that make calls. */
const scopedLocal = () => api("scopedlocal", { paths: { "/token/introspect": introspect }, server: server.origin });
const noIntrospectLocal = () => api("nointrolocal", { server: server.origin });
const noIntrospect = () => api("nointro");
const unscoped = () => api("plain", { scopes: [], paths: { "/token/introspect": introspect } });
const open = () => api("open", { scopes: [], paths: { "/p": op("getP", "Alpha", "public") } });

/** Writes the namespace's client, groups and scopes beside the runtime, and imports the client. */
async function load(model: ApiModel): Promise<Record<string, any>> {
  const files = [...moduleFiles(model, [emitClient(model), ...model.tags.map((tag) => emitGroupModule(model, tag)), emitComponentsModule(model)]), emitScopes(model)];
  return importEmitted(files, `src/${model.namespace}/client.ts`);
}

/** The paths the test server was called at, in order. */
const calledPaths = () => server.requests.map((request) => request.path);

const parse = (model: ApiModel) => ts.createSourceFile("client.ts", emitClient(model).file.contents, ts.ScriptTarget.Latest, true);

/** The top-level declaration `name`. */
function declaration(model: ApiModel, name: string): ts.Statement {
  const found = parse(model).statements.find((s) =>
    ts.isVariableStatement(s) ? s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name) : (s as ts.DeclarationStatement).name?.getText() === name,
  );
  if (!found) throw new Error(`no declaration ${name}`);
  return found;
}

/** The JSDoc an editor shows for `node`: its text and its tags. */
function docOf(node: ts.Node): string[] {
  const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
  return [ts.getTextOfJSDocComment(doc?.comment) ?? "", ...(doc?.tags ?? []).map((t) => `@${t.tagName.text} ${ts.getTextOfJSDocComment(t.comment)}`)];
}

/** Every import: `name from module`, `type ` before a type-only one. */
const importsOf = (model: ApiModel) =>
  parse(model)
    .statements.filter(ts.isImportDeclaration)
    .flatMap((d) => {
      const from = (d.moduleSpecifier as ts.StringLiteral).text;
      const bindings = d.importClause?.namedBindings as ts.NamedImports;
      return bindings.elements.map((e) => `${d.importClause?.isTypeOnly || e.isTypeOnly ? "type " : ""}${e.name.text} from ${from}`);
    });

describe("constants and createCore", () => {
  it("exports the first server's URL (variables filled) and the spec's version, and sends calls there", async () => {
    const client = await load(noIntrospect());
    expect([client.SERVER_URL, client.API_VERSION]).toEqual(["https://api.example.com/v2", "2.1"]);
    const local = await load(noIntrospectLocal());
    expect(local.SERVER_URL).toBe(`${server.origin}/v2`);
    server.enqueue({ status: 200 }, { status: 200 });
    await local.createClient({ token: "t" }).alpha.getA();
    await local.createCore({ token: "t", baseUrl: `${server.origin}/other` }).request({ operationId: "getA", method: "GET", path: "/a", responseKind: "empty" });
    expect(calledPaths()).toEqual(["/v2/a", "/other/a"]);
  });

  // given: whether every operation needs a token; want: the config type, and whether a token-less core is refused.
  it.each([
    { spec: "every operation needs a token", model: noIntrospect, config: "ClientConfig", refused: true },
    { spec: "an operation is public", model: open, config: "ClientOptions", refused: false },
  ])("when $spec, createCore takes $config", async ({ model, config, refused }) => {
    const fn = declaration(model(), "createCore") as ts.FunctionDeclaration;
    expect(fn.parameters.map((p) => p.getText())).toEqual([`config: ${config}`]);
    expect(fn.type?.getText()).toBe("HttpCore");
    expect(importsOf(model())).toContain(`type ${config} from ../runtime/http.js`);
    const client = await load(model());
    const make = () => client.createClient({});
    if (refused) expect(make).toThrow(/token is required/);
    else expect(Object.keys(make())).toEqual(["alpha", "zeta"]);
  });
});

describe("createClient", () => {
  it("has one property per tag, sorted by group, each its group's class on the same core", async () => {
    const model = scoped();
    const iface = declaration(model, "Client") as ts.InterfaceDeclaration;
    expect(iface.members.filter(ts.isPropertySignature).map((m) => m.getText())).toEqual(["readonly alpha: AlphaApi;", "readonly token: TokenApi;", "readonly zeta: ZetaApi;"]);
    const client = await load(model);
    const made = client.createClient({ token: "t" });
    expect(Object.keys(made)).toEqual(["alpha", "token", "zeta", "checkScopes"]);
    expect(made.alpha.constructor.name).toBe("AlphaApi");
    expect(made.zeta.constructor.name).toBe("ZetaApi");
  });

  it("refuses, before sending, a call the declared scopes do not allow", async () => {
    const client = await load(scopedLocal());
    server.enqueue({ status: 200 });
    const reader = client.createClient({ token: "t", scopes: ["a:read"] });
    await expect(reader.zeta.getZ()).rejects.toMatchObject({ name: "MissingScopesError", missingScopes: ["z:write"] });
    await reader.alpha.getA();
    expect(calledPaths()).toEqual(["/v2/a"]);
  });

  it("reads the token's scopes with introspectToken, then refuses what they do not allow", async () => {
    const client = await load(scopedLocal());
    server.enqueue({ status: 200, body: { authorization: { scope: "a:read" } } });
    const made = client.createClient({ token: "t" });
    expect(await made.checkScopes()).toEqual(["a:read"]);
    await expect(made.zeta.getZ()).rejects.toMatchObject({ name: "MissingScopesError" });
    expect(calledPaths()).toEqual(["/v2/token/introspect"]);
  });

  // given: a spec; want: checkScopes on the object and the interface, and the createClient signature.
  it.each([
    { spec: "scopes and introspectToken", model: scoped, keys: ["alpha", "token", "zeta", "checkScopes"], methods: ["checkScopes"], signature: "<T extends readonly Scope[] = readonly Scope[]>(config: ScopedClientConfig<T>): ScopedClient<T[number]>" },
    { spec: "scopes, no introspectToken", model: noIntrospect, keys: ["alpha", "zeta"], methods: [], signature: "<T extends readonly Scope[] = readonly Scope[]>(config: ScopedClientConfig<T>): ScopedClient<T[number]>" },
    { spec: "introspectToken, no scopes", model: unscoped, keys: ["alpha", "token", "zeta"], methods: [], signature: "(config: ClientConfig): Client" },
  ])("with $spec", async ({ model, keys, methods, signature }) => {
    const iface = declaration(model(), "Client") as ts.InterfaceDeclaration;
    expect(iface.members.filter(ts.isMethodSignature).map((m) => m.name.getText())).toEqual(methods);
    const fn = declaration(model(), "createClient") as ts.FunctionDeclaration;
    expect(fn.getText().slice(0, (fn.body?.getStart() ?? 0) - fn.getStart()).replace(/^export function createClient/, "").trim()).toBe(signature);
    const client = await load(model());
    expect(Object.keys(client.createClient({ token: "t" }))).toEqual(keys);
  });

  it("without introspectToken, checkScopes is not offered", async () => {
    const alias = declaration(noIntrospect(), "ScopedClient") as ts.TypeAliasDeclaration;
    expect(alias.type.getText()).not.toContain("checkScopes");
    expect((declaration(scoped(), "ScopedClient") as ts.TypeAliasDeclaration).type.getText()).toMatch(/ & Pick<Client, "checkScopes">$/);
  });
});

describe("the scoped types", () => {
  it("writes the config, the allowed-methods map and the scoped client", () => {
    const model = noIntrospect();
    const config = declaration(model, "ScopedClientConfig") as ts.InterfaceDeclaration;
    expect(config.getText().replace(/\/\*\*[\s\S]*?\*\/\s*/g, "").replace(/\s+/g, " ")).toBe(
      "export interface ScopedClientConfig<T extends readonly Scope[] = readonly Scope[]> extends ClientConfig { readonly scopes?: T; }",
    );
    const allowed = declaration(model, "AllowedMethods") as ts.TypeAliasDeclaration;
    expect(allowed.modifiers).toBeUndefined();
    expect(allowed.getText()).toBe(
      "type AllowedMethods<G extends keyof MethodScopes, S extends Scope> = { [M in keyof MethodScopes[G]]: [MethodScopes[G][M]] extends [S] ? M : never }[keyof MethodScopes[G]];",
    );
    expect((declaration(model, "ScopedClient") as ts.TypeAliasDeclaration).getText()).toBe(
      "export type ScopedClient<S extends Scope> = [Scope] extends [S] ? Client : { readonly [G in keyof MethodScopes as [AllowedMethods<G, S>] extends [never] ? never : G]: Pick<Client[G], AllowedMethods<G, S> & keyof Client[G]> };",
    );
  });

  // given: a spec; want: what client.ts exports (true: a type) and imports.
  it.each([
    {
      model: scoped,
      exports: { SERVER_URL: false, API_VERSION: false, createCore: false, Client: true, createClient: false, ScopedClient: true, ScopedClientConfig: true },
      imports: ["type MissingScopesError from ../runtime/errors.js", "type ClientConfig from ../runtime/http.js", "type HttpCore from ../runtime/http.js", "createLeanCore from ../runtime/http.js", "withScopeCheck from ../runtime/scope-check.js", "AlphaApi from ./alpha.js", "type MethodScopes from ./scopes.js", "OPERATION_SCOPES from ./scopes.js", "type Scope from ./scopes.js", "TokenApi from ./token.js", "introspectToken from ./token.js", "ZetaApi from ./zeta.js"],
    },
    {
      model: unscoped,
      exports: { SERVER_URL: false, API_VERSION: false, createCore: false, Client: true, createClient: false },
      imports: ["type ClientConfig from ../runtime/http.js", "type HttpCore from ../runtime/http.js", "createLeanCore from ../runtime/http.js", "AlphaApi from ./alpha.js", "TokenApi from ./token.js", "ZetaApi from ./zeta.js"],
    },
  ])("exports and imports of $model.name", ({ model, exports, imports }) => {
    const emitted = emitClient(model());
    expect(emitted.file.path).toBe(`src/${model().namespace}/client.ts`);
    expect([...emitted.exports]).toEqual(Object.entries(exports));
    expect(importsOf(model())).toEqual(imports);
  });
});

describe("JSDoc", () => {
  const core =
    "The HTTP core of a Acme API client, for calling operations as standalone functions (`getSite(core, params)`): a program then bundles only the operations it imports.\n\nEvery call sends `Authorization: Bearer <token>` to `https://api.example.com/v2` (or `config.baseUrl`), checks the response against the spec unless `validateResponses` is false, and throws a typed error for every documented error status.";
  const create = "Creates a Acme API client (see {@link createCore} for what every call does).";
  const scopedCreate =
    "With `scopes` (the scopes the token holds), the client's type has only the methods they allow, so calling another is a compile error, and such a call made anyway (from JavaScript, through a cast) is refused with a {@link MissingScopesError} before it is sent.";
  const example = "@example const client = createClient({ token: process.env.WEBFLOW_TOKEN! });";

  // given: the declaration; want: what an editor shows for it.
  it.each([
    { model: unscoped, name: "SERVER_URL", doc: ["The default base URL of Acme API, from the spec's first server."] },
    { model: unscoped, name: "API_VERSION", doc: ["The version of the API description this client was generated from."] },
    { model: unscoped, name: "createCore", doc: [core, "@example const core = createCore({ token: process.env.WEBFLOW_TOKEN! });"] },
    { model: unscoped, name: "Client", doc: ["A Acme API client: one property per tag, one method per operation."] },
    { model: unscoped, name: "createClient", doc: [create, example] },
    { model: scoped, name: "createClient", doc: [`${create}\n\n${scopedCreate}`, example, '@example const reader = createClient({ token, scopes: ["sites:read", "cms:read"] as const });'] },
    { model: scoped, name: "ScopedClientConfig", doc: ["The options of {@link createClient}: a {@link ClientConfig} and, optionally, the scopes the token holds."] },
    { model: scoped, name: "AllowedMethods", doc: ["The methods of group `G` whose every scope is in `S`."] },
    {
      model: scoped,
      name: "ScopedClient",
      doc: ["A Acme API client for a token holding the scopes `S`: only the groups and methods those scopes allow (`client.sites.publish` is a compile error without `sites:write`). With every scope it is {@link Client}."],
    },
  ])("documents $name of $model.name", ({ model, name, doc }) => {
    expect(docOf(declaration(model(), name))).toEqual(doc);
  });

  it("documents checkScopes and the scopes option", () => {
    const check = (declaration(scoped(), "Client") as ts.InterfaceDeclaration).members.find(ts.isMethodSignature) as ts.MethodSignature;
    expect(docOf(check)).toEqual([
      "Reads the token's scopes from `GET /token/introspect`, once (later calls share the answer; a failed read is retried on the next call), and from then on refuses every call of an operation that needs a scope the token lacks with a {@link MissingScopesError} naming all of them, before anything is sent.\n\nResolves the scopes the token holds. A client created with `scopes` is checked against those from the start; this rejects with a {@link MissingScopesError} when the token lacks any of them.",
      '@example const granted = await client.checkScopes(); // e.g. ["sites:read", "cms:read"]',
    ]);
    expect(check.type?.getText()).toBe("Promise<readonly string[]>");
    const option = (declaration(scoped(), "ScopedClientConfig") as ts.InterfaceDeclaration).members[0] as ts.PropertySignature;
    expect(docOf(option)).toEqual([
      "The scopes the token holds (or the fewer this program means to use). The client's type then has only the methods these scopes allow, and calls are checked against them before they are sent. Without it, the client has every method and checks nothing until `checkScopes()`.",
    ]);
  });
});
