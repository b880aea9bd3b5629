/**
 * The statements of group modules are laid out by prettier's rules from TypeScript's syntax tree, without
 * prettier's parser (generator/write/layout). Given statements as the emitters write them, want them laid
 * out here or left to prettier as the table says, and the whole file exactly as prettier prints it; and for
 * every TypeScript file the tests can generate, want prettier's bytes.
 */
import { describe, expect, it } from "vitest";
import { emitPackage } from "../../generator/index.js";
import { planLayout } from "../../generator/write/layout/index.js";
import { formatText } from "../../generator/write/prettier.js";
import { REPO } from "../support/generated.js";
import { OFFLINE_SPECS } from "../support/offline-specs.js";

const long = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`);

const cases: { name: string; text: string; toPrettier: boolean }[] = [
  {
    name: "a plan that breaks at every level it must, and an array of objects always broken",
    text: `export const siteSchema: SchemaPlan = { kind: "object", title: "Site", properties: { ${long(9, "field").map((f) => `${f}: { kind: "string", nullable: true }`).join(", ")}, of: { kind: "anyOf", of: [{ kind: "object", implied: true }, { kind: "null", implied: true }] }, items: () => otherSchema }, required: ["field0"] };`,
    toPrettier: false,
  },
  {
    name: "a validator whose call fits after the `=`",
    text: "export const validateSite: Validator<Site> = /* @__PURE__ */ $.validator(isSite, siteSchema);",
    toPrettier: false,
  },
  {
    name: "a validator that breaks its arguments",
    text: "export const validateCreateSiteRequest: Validator<CreateSiteRequest> = /* @__PURE__ */ $.validator(isCreateSiteRequest, createSiteRequestSchema);",
    toPrettier: false,
  },
  {
    name: "a validator that breaks after the `=`",
    text: "export const validatePublishSiteRequest: Validator<PublishSiteRequest> = /* @__PURE__ */ $.validator(isPublishSiteRequest, publishSiteRequestSchema);",
    toPrettier: false,
  },
  {
    name: "a guard: one chain of `&&`, `||` inside it parenthesised, redundant parentheses dropped, `&&` inside `||` kept",
    text: `export function isSite(value: unknown): value is Site {\n    return ($.isPlainObject(value) && (typeof value.id === "string" && ID.test(value.id)) && ${long(6, "field").map((f) => `(value.${f} === undefined || (value.${f} === null || (typeof value.${f} === "string" && $.isDateTime(value.${f}))))`).join(" && ")} && !(value.a === 1 || value.b >= 2));\n}`,
    toPrettier: false,
  },
  {
    name: "a short guard loses its parentheses",
    text: "function isSite_items(value: unknown): value is Site[] {\n    return (Array.isArray(value) && value.every(isSite));\n}",
    toPrettier: false,
  },
  {
    name: "a request function: parameters and an object argument broken, the last argument not hugged",
    text: 'export function getSite(core: HttpCore, params: GetSiteParams, options?: RequestOptions): ApiPromise<GetSiteResult> {\n    return core.request<GetSiteResult>({ operationId: "getSite", method: "GET", path: "/sites/{site_id}", pathParams: { site_id: params.site_id }, responseKind: "json", validate: validateGetSiteResult }, options);\n}',
    toPrettier: false,
  },
  {
    name: "a set of names: a lone array argument hugged",
    text: `const BODY_KEYS = /* @__PURE__ */ new Set<string>([${long(14, "propertyName").map((k) => `"${k}"`).join(", ")}]);`,
    toPrettier: false,
  },
  {
    name: "an interface of documented parameters, a type argument broken inside its brackets",
    text: 'export interface GetCommentThreadParams {\n    /**\n     * Unique identifier of a comment thread.\n     *\n     * Sent in the path.\n     */\n    comment_thread_id: NonNullable<operations["getCommentThread"]["parameters"]["path"]>["comment_thread_id"];\n    readonly meta?: { readonly a: "x"; b: number };\n}',
    toPrettier: false,
  },
  {
    name: "type aliases: fluid after `=` and inside type arguments",
    text: 'export type GetAssetResult = operations["getAsset"]["responses"][200]["content"]["application/json"];\n\nexport type UpdateAssetBody = NonNullable<operations["updateAsset"]["requestBody"]>["content"]["application/json"];',
    toPrettier: false,
  },
  {
    name: "unions after `=` and `:`: on the line, on the next, or one member a line",
    text: `export type Short = "a" | "b";\nexport type ListFilesResult = operations["listFiles"]["responses"][200]["content"]["application/json; charset=utf-8"] | void;\nexport type Scope = ${long(12, "scope:read").map((k) => `"${k}"`).join(" | ")};\nexport interface P {\n    someLongPropertyName?: ${long(6, "SomeLongTypeName").join(" | ")};\n    other: ${long(9, "Name").join(" | ")};\n}\nexport type Delivery = ${long(5, "SomeEventName").join(" | ")} | NonNullable<webhooks["podcastsSubmitRejected"]["post"]["requestBody"]>["content"]["application/json"];`,
    toPrettier: false,
  },
  {
    name: "imports and re-exports, one name or many",
    text: `import * as $ from "../runtime/validation.js";\nimport { type HttpCore } from "../runtime/http.js";\nimport type { ${long(8, "WebflowError").join(", ")} } from "../runtime/errors.js";\nexport { ${long(8, "type Name").join(", ")}, SitesApi } from "./sites.js";\nexport * from "./scopes.js";\nexport * as v2 from "./v2/index.js";\nexport { createClient as createWebflowClient, createCore as createWebflowCore } from "./v2/client.js";`,
    toPrettier: false,
  },
  {
    name: "a class whose pagination member is left to prettier inside a class of its own",
    text: "export class SitesApi {\n    readonly #core: HttpCore;\n\n    constructor(core: HttpCore) {\n        this.#core = core;\n    }\n\n    /**\n     * Every item.\n     */\n    iterate(params: ListParams): AsyncGenerator<Item> {\n        return $.paginate(async (offset) => {\n          const page = await list(this.#core, { ...params, offset });\n          return { items: page.items ?? [] };\n        }, params.offset ?? 0);\n    }\n\n    /**\n     * Get Site\n     */\n    get(params: GetSiteParams, options?: RequestOptions): ApiPromise<GetSiteResult> {\n        return getSite(this.#core, params, options);\n    }\n}",
    toPrettier: true,
  },
  {
    name: "a frozen table of scopes: a call's lone call argument broken out, the last object argument hugged, `as` types",
    text: `export const OPERATION_SCOPES = Object.freeze(Object.assign(Object.create(null) as {}, { ${long(6, "getResource").map((k) => `${k}: ["group:read"] as const`).join(", ")} })) as { ${long(6, "getResource").map((k) => `readonly ${k}: readonly ["group:read"]`).join("; ")} };\nexport const SCOPES = [${long(9, "scope:read").map((k) => `"${k}"`).join(", ")}] as const;`,
    toPrettier: false,
  },
  {
    name: "a value prettier moves after the `=` rather than break: a member chain whose call has one short argument",
    text: "export const someRatherLongConstantNameForTheTest = someObjectWithAName.someMethodWithAName(argument);\nexport const anotherRatherLongConstantNameForTheTest = someObjectWithAName.someMethodWithAName(aFirst, aSecond);",
    toPrettier: false,
  },
  {
    name: "a doc comment with trailing spaces (a Markdown line break), which prettier keeps",
    text: "export interface P {\n    /**\n     * One.  \n     * Two.\n     */\n    a: string;\n}",
    toPrettier: true,
  },
  {
    name: "doc comments in any script, whose width decides nothing: laid out",
    text: "export interface P {\n    /**\n     * Le café — naïve, 日本語のテキスト.\n     */\n    a: string;\n}",
    toPrettier: false,
  },
  { name: "a string of wide characters, which prettier measures by display width", text: 'export const a: SchemaPlan = { kind: "string", title: "日本語のテキスト日本語のテキスト日本語のテキスト日本語のテキスト日本語のテキスト" };', toPrettier: true },
  { name: "a comment inside a statement, which prettier attaches by rules not ported", text: "export const a: SchemaPlan = { kind: /* the kind */ \"string\" };", toPrettier: true },
  { name: "a single-quoted string, which prettier re-quotes", text: "export const a: SchemaPlan = { kind: 'string' };", toPrettier: true },
  { name: "numbers in an array, which prettier fills", text: "export const a: SchemaPlan = { kind: \"number\", enum: [1, 2, 3] };", toPrettier: true },
  { name: "a call chain of two calls, which prettier's member chain lays out", text: "export function f(value: unknown): boolean {\n    return Object.keys(value).every(isName);\n}", toPrettier: true },
];

/** The file as the layout plan formats it, with prettier formatting what the plan leaves to it. */
async function viaPlan(text: string): Promise<{ printed: string | undefined; toPrettier: boolean }> {
  const plan = planLayout(text);
  if (!plan) return { printed: await formatText(text, "babel-ts"), toPrettier: true };
  const formatted = await Promise.all(plan.units.map((unit) => formatText(unit, "babel-ts")));
  return { printed: plan.join(formatted), toPrettier: plan.units.length > 0 };
}

describe("planLayout", () => {
  it.each(cases)("$name", async ({ text, toPrettier }) => {
    const header = "/* This file is generated. */\n";
    const result = await viaPlan(header + text + "\n");
    expect(result.toPrettier).toBe(toPrettier);
    expect(result.printed).toBe(await formatText(header + text + "\n", "babel-ts"));
  });

  it("keeps prettier's blank lines between statements, around one left to prettier and before a trailing comment", async () => {
    const text = 'import * as $ from "./v.js";\n\n\n\nexport const a: SchemaPlan = { kind: \'string\' };\nexport const b: SchemaPlan = { kind: "string" };\n\n// a trailing comment\n';
    const plan = planLayout(text);
    expect(plan?.units).toHaveLength(1);
    expect((await viaPlan(text)).printed).toBe(await formatText(text, "babel-ts"));
  });

  it("leaves a file with a comment after a statement on its line to prettier", () => {
    expect(planLayout('export const a = "x"; // why\nexport const b = "y";\n')).toBeUndefined();
  });

  it("refuses to join prettier's output when a statement's cut did not come back", async () => {
    const text = "export const a: SchemaPlan = { kind: 'string' };\nexport const b: SchemaPlan = { kind: \"string\" };\n";
    const plan = planLayout(text);
    const formatted = await Promise.all((plan?.units ?? []).map((unit) => formatText(unit, "babel-ts")));
    expect(plan?.join(formatted)).toBe(await formatText(text, "babel-ts"));
    expect(plan?.join(formatted.map((unit) => unit.replace(/^\/\/ __layout_cut__$/m, "")))).toBeUndefined();
  });

  it("leaves a file TypeScript parses only by recovering from an error to prettier, which reports it", () => {
    expect(planLayout('export const a = ;\nexport const b = "y";\n')).toBeUndefined();
    expect(planLayout('export const a = f(;\n')).toBeUndefined();
  });

  it("declines a text that already holds its placeholder names", () => {
    expect(planLayout('export const __layout_0__ = "x";\n')).toBeUndefined();
  });
});

describe("TypeScript files of real specs", () => {
  it.each(OFFLINE_SPECS)("%s: laid out and formatted statements join into prettier's output for each file", async (spec) => {
    const { emitted } = await emitPackage(spec, REPO);
    const modules = emitted.filter((file) => file.path.endsWith(".ts") && !file.typesOnly);
    expect(modules.length).toBeGreaterThan(0);
    for (const file of modules) {
      const { printed } = await viaPlan(file.contents);
      expect(printed, file.path).toBe(await formatText(file.contents, "babel-ts"));
    }
  });
});
