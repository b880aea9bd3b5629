/**
 * The hostile corpus: every folder under test/fixtures/hostile/ is a small spec that tries one way of
 * getting code into the generated package. Each is generated; a rejected one must fail with a
 * GenerationError naming the rule, file and line its expect.json gives. A generated one is written to
 * disk, every module of it imported and driven (client calls, validators, errors, scopes) while a global
 * canary and the built-in prototypes are watched, its code is tokenized to prove the payloads sit only
 * in strings and comments, and the hostile values that are data must come back byte for byte.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { generate, GenerationError, listFiles, verifyPackage, writeOutput, type ApiModel, type GenerateResult, type OperationModel } from "../../generator/index.js";
import {
  activeOccurrences,
  CANARY,
  callParams,
  commentText,
  docForm,
  errorInit,
  fakeFetch,
  hostileInputs,
  importPackage,
  own,
  POLLUTED,
  resetCanary,
  sideEffects,
  snapshotPrototypes,
  strayLineSeparators,
  successExample,
  type Module,
  type RecordedCall,
} from "./harness.js";

const FIXTURES = "test/fixtures/hostile";
const TMP = "test/.tmp";

type Expectation = { outcome: "generates"; markers?: string[] } | { outcome: "rejected"; rule: string; file: string; line: number };

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const expectationOf = (name: string): Expectation => JSON.parse(readFileSync(path.join(FIXTURES, name, "expect.json"), "utf8")) as Expectation;

// The hostile values the checks below look for, written out so a reader sees exactly what is tested.
const DOC = "*/ globalThis.__pwned = 1; /*";
const STR = 'a"];globalThis.__pwned=1;//';
const TPL = "${globalThis.__pwned=1}";
const BUILTIN = ["constructor", "toString", "__proto__", "prototype"];

interface Outcome {
  ok: boolean;
  value?: unknown;
  error?: unknown;
  call?: RecordedCall;
}

interface Ctx {
  name: string;
  result: GenerateResult;
  model: ApiModel;
  /** The package entry point (`dist/index.js`). */
  pkg: Module;
  /** The spec's namespace (`import { hostile } from ...`). */
  ns: Module;
  /** The spec as plain data, for the exact hostile values. */
  spec: Record<string, any>;
  /** A generated file's contents by path. */
  file(p: string): string;
  /** Every TypeScript module the generator emitted for the namespace (not openapi-typescript's schema.ts), concatenated. */
  code(): string;
  /** `src/<namespace>/<base>`. */
  src(base: string): string;
  op(id?: string): OperationModel;
  /** Calls one operation through a client with a recording fetch. */
  call(op: OperationModel, params: Record<string, unknown>): Promise<Outcome>;
  validator(schemaName: string): Validate;
}

async function makeCtx(name: string, result: GenerateResult, pkg: Module): Promise<Ctx> {
  const model = result.models[0] as ApiModel;
  const ns = pkg[model.namespace] as Module;
  const byPath = new Map(result.files.map((f) => [f.path, f.contents]));
  const spec = parse(readFileSync(path.join(FIXTURES, name, "api.yaml"), "utf8")) as Record<string, any>;
  const ctx: Ctx = {
    name,
    result,
    model,
    pkg,
    ns,
    spec,
    file(p) {
      const contents = byPath.get(p);
      if (contents === undefined) throw new Error(`no generated file ${p}`);
      return contents;
    },
    src: (base) => ctx.file(`src/${model.namespace}/${base}`),
    code: () =>
      result.files
        .filter((f) => f.path.startsWith(`src/${model.namespace}/`) && f.path.endsWith(".ts") && !f.path.endsWith("/schema.ts"))
        .map((f) => f.contents)
        .join("\n"),
    op(id) {
      const found = id === undefined ? model.operations[0] : model.operations.find((o) => o.id === id);
      if (!found) throw new Error(`no operation ${String(id)}`);
      return found;
    },
    async call(op, params) {
      const calls: RecordedCall[] = [];
      const client = pkg.createWebflowClient({ token: "test-token", fetch: fakeFetch(calls, () => successExample(model, op) ?? {}), retry: false });
      const group = client[op.group];
      expect(typeof group?.[op.methodName], `client.${op.group}.${op.methodName}`).toBe("function");
      try {
        const value: unknown = await group[op.methodName](params);
        return { ok: true, value, ...(calls[0] ? { call: calls[0] } : {}) };
      } catch (error) {
        return { ok: false, error, ...(calls[0] ? { call: calls[0] } : {}) };
      }
    },
    validator(schemaName) {
      const schema = model.schemas.find((s) => s.name === schemaName);
      if (!schema) throw new Error(`no schema ${schemaName}`);
      const fn = ns[schema.validatorName];
      expect(typeof fn, `${schema.validatorName} for ${schemaName}`).toBe("function");
      return fn;
    },
  };
  return ctx;
}

/** What every generated package must survive: each operation called, each export poked. */
async function exercise(ctx: Ctx): Promise<void> {
  const { model, ns, pkg } = ctx;
  expect(ns, `namespace export ${model.namespace}`).toBeDefined();

  for (const op of model.operations) {
    const outcome = await ctx.call(op, callParams(op));
    // A call may fail (an invalid header name, a body the example does not satisfy), but only with an Error.
    if (!outcome.ok) expect(outcome.error, `${op.id} failed with a non-Error`).toBeInstanceOf(Error);
  }

  const examples = model.schemas.flatMap((s) => s.examples);
  for (const [name, fn] of Object.entries(ns)) {
    if (!name.startsWith("validate") || typeof fn !== "function") continue;
    for (const input of [...hostileInputs(), ...examples]) expect(typeof (fn as (v: unknown) => { ok: unknown })(input).ok, `${name} returns a result`).toBe("boolean");
  }
  for (const schema of model.schemas) {
    for (const example of schema.examples) expect.soft(ns[schema.validatorName](example).ok, `${schema.validatorName} accepts the spec's example ${JSON.stringify(example)}`).toBe(true);
  }

  for (const status of model.errorStatuses) {
    const ErrorClass = ns[status.className];
    const error = new ErrorClass(errorInit(status.status));
    expect(error).toBeInstanceOf(pkg.WebflowApiError);
    expect(error.status).toBe(status.status);
    expect(error.name).toBe(status.className);
    expect(ns.toApiError(errorInit(status.status))).toBeInstanceOf(ErrorClass);
  }
  expect(ns.toApiError(errorInit(418)).constructor).toBe(pkg.WebflowApiError);

  expect(ns.SERVER_URL).toBe(model.server);
  expect(ns.API_VERSION).toBe(model.version);
  expect(ns.ERROR_CODES).toEqual(model.errorCodes);
  for (const code of model.errorCodes) expect(ns.isKnownErrorCode(code), code).toBe(true);

  if (model.scopes.length > 0) {
    const names = model.scopes.map((s) => s.name);
    expect(ns.SCOPES).toEqual(names);
    expect(Object.getPrototypeOf(ns.SCOPE_DESCRIPTIONS)).toBe(null);
    expect(Object.keys(ns.SCOPE_DESCRIPTIONS).sort()).toEqual([...names].sort());
    for (const scope of model.scopes) expect(ns.SCOPE_DESCRIPTIONS[scope.name]).toBe(scope.description);
    expect(Object.getPrototypeOf(ns.OPERATION_SCOPES)).toBe(null);
    expect(Object.keys(ns.OPERATION_SCOPES).sort()).toEqual(model.operations.map((o) => o.id).sort());
    for (const op of model.operations) {
      expect(ns.OPERATION_SCOPES[op.id]).toEqual(op.scopes);
      expect(ns.missingScopes(op.id, [])).toEqual(op.scopes);
      expect(ns.missingScopes(op.id, op.scopes)).toEqual([]);
    }
  }
  if (model.triggers.length > 0) {
    expect(Object.getPrototypeOf(ns.TRIGGER_SCOPES)).toBe(null);
    expect(Object.keys(ns.TRIGGER_SCOPES).sort()).toEqual(model.triggers.map((t) => t.name).sort());
    for (const trigger of model.triggers) expect(ns.TRIGGER_SCOPES[trigger.name]).toBe(trigger.scope);
  }
}

const inComments = (contents: string, text: string) => expect(docForm(commentText(contents))).toContain(docForm(text));
type Validate = (value: unknown) => { ok: boolean; issues?: { path: string }[] };
const accepts = (validate: Validate, value: unknown) => expect(validate(value).ok, `accepts ${JSON.stringify(value)}`).toBe(true);
const rejects = (validate: Validate, value: unknown) => expect(validate(value).ok, `rejects ${JSON.stringify(value)}`).toBe(false);

/** Enum values come back exactly: each accepted, a near miss rejected. */
function enumRoundTrip(ctx: Ctx, property: string, values: readonly string[]): void {
  const validate = ctx.validator("Thing");
  for (const value of values) accepts(validate, own([["id", "a"], [property, value]]));
  for (const value of values) rejects(validate, own([["id", "a"], [property, `${value} `]]));
  rejects(validate, own([["id", "a"], [property, "not-in-the-enum"]]));
}

/** Per-case checks of the hostile values that are data. */
const CHECKS: Record<string, (ctx: Ctx) => void | Promise<void>> = {
  "description-jsdoc-close": (ctx) => {
    const op = ctx.spec.paths["/things/{thing_id}"].get;
    expect(op.description).toContain(DOC);
    inComments(ctx.code(), op.description);
    inComments(ctx.code(), ctx.spec.components.schemas.Thing.description);
    inComments(ctx.code(), ctx.spec.tags[0].description);
  },
  "summary-jsdoc-close": (ctx) => {
    expect(ctx.op().summary).toBe(`Get a thing ${DOC}`);
    inComments(ctx.code(), ctx.op().summary);
  },
  "property-name-string-close": (ctx) => {
    const validate = ctx.validator("Thing");
    accepts(validate, own([["id", "a"], [STR, "b"]]));
    const wrongType = validate(own([["id", "a"], [STR, 1]]));
    expect(wrongType.ok).toBe(false);
    expect(wrongType.issues?.map((i) => i.path)).toEqual([`/${STR.replace(/~/g, "~0").replace(/\//g, "~1")}`]);
    rejects(validate, { id: "a" });
    rejects(validate, own([["id", "a"], [STR, "b"], ["other", 1]]));
  },
  "enum-value-quotes": (ctx) => enumRoundTrip(ctx, "kind", ['a"b', "c'd", "e`f", TPL, "\\", "`${Object.prototype.polluted=1}`"]),
  "enum-value-set": (ctx) => enumRoundTrip(ctx, "kind", ['a"b', "c'd", "e`f", TPL, "\\", STR, "*/", "`${Object.prototype.polluted=1}`"]),
  "component-name-not-identifier": (ctx) => {
    const name = 'Thing"];globalThis.__pwned=1;';
    const schema = ctx.model.schemas.find((s) => s.name === name);
    expect(schema?.typeName).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    expect(schema?.validatorName).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    accepts(ctx.validator(name), { id: "abc" });
    rejects(ctx.validator(name), {});
    expect(ctx.result.warnings.map((w) => w.rule)).toContain("component-name");
  },
  "tag-name-not-identifier": async (ctx) => {
    const tag = ctx.spec.tags[0].name as string;
    expect(ctx.model.tags[0]?.group).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    inComments(ctx.code(), tag);
    const outcome = await ctx.call(ctx.op(), { thing_id: "t1" });
    expect(outcome.ok).toBe(true);
  },
  "pattern-regex-escape": (ctx) => {
    const validate = ctx.validator("Thing");
    accepts(validate, { id: "/;globalThis.__pwned=1;/" });
    rejects(validate, { id: "abc" });
    rejects(validate, { id: "globalThis.__pwned=1" });
  },
  "server-url-quotes": async (ctx) => {
    const url = "https://api.example.com/v1/\"'`${globalThis.__pwned=1}`";
    expect(ctx.ns.SERVER_URL).toBe(url);
    const outcome = await ctx.call(ctx.op(), { thing_id: "t1" });
    expect(outcome.call?.url).toBe(`${url}/things/t1`);
  },
  "default-example-template": (ctx) => {
    accepts(ctx.validator("Thing"), { id: DOC, name: "`${globalThis.__pwned=1}`" });
    inComments(ctx.file(`src/${ctx.model.namespace}/schema.ts`), "`${globalThis.__pwned=1}`");
  },
  "path-backtick": async (ctx) => {
    const template = "/things/`+globalThis.__pwned+`\\'\"/{thing_id}";
    expect(ctx.op().path).toBe(template);
    const outcome = await ctx.call(ctx.op(), { thing_id: "t1" });
    expect(outcome.call?.url).toBe(`https://api.example.com/v1${template.replace("{thing_id}", "t1")}`);
  },
  "parameter-name-quotes-spaces": async (ctx) => {
    const name = `a" b'c ${TPL}`;
    const outcome = await ctx.call(ctx.op(), own([["thing_id", "t1"], [name, "v\"`${x}"]]));
    expect(outcome.ok).toBe(true);
    const query = new URL(outcome.call?.url ?? "about:blank").searchParams;
    expect([...query.keys()]).toEqual([name]);
    expect(query.get(name)).toBe("v\"`${x}");
    const without = await ctx.call(ctx.op(), { thing_id: "t1" });
    expect(without.call?.url).toBe("https://api.example.com/v1/things/t1");
  },
  "parameter-name-jsdoc-close": async (ctx) => {
    const name = `q${DOC}`;
    const outcome = await ctx.call(ctx.op(), own([["thing_id", "t1"], [name, "v"]]));
    expect(new URL(outcome.call?.url ?? "about:blank").searchParams.get(name)).toBe("v");
  },
  "header-param-quote": async (ctx) => {
    const outcome = await ctx.call(ctx.op(), { thing_id: "t1" });
    expect(outcome.ok).toBe(true);
    expect(outcome.call?.headers["x-fixed"]).toBe('1"];globalThis.__pwned=1;//');
  },
  "response-description-jsdoc-close": (ctx) => {
    const status = ctx.model.errorStatuses.find((s) => s.status === 404);
    expect(status?.description).toBe(`Not found. ${DOC}`);
    inComments(ctx.code(), `Not found. ${DOC}`);
    inComments(ctx.code(), `Not found. ${DOC}`);
  },
  "line-separators": (ctx) => {
    enumRoundTrip(ctx, "kind", ["a\u2028b", "c\u2029d"]);
    const validate = ctx.validator("Thing");
    accepts(validate, own([["id", "a"], ["line\u2028name", "v"]]));
    rejects(validate, own([["id", "a"], ["line\u2028name", 1]]));
    expect(ctx.ns.SCOPES).toEqual(["things:read", "things:\u2029write"]);
    expect(ctx.ns.SCOPE_DESCRIPTIONS["things:read"]).toBe("Read\u2028things.");
    // A raw separator is a line end to the scanner: it may sit in a string or block comment, nowhere else.
    expect(strayLineSeparators(ctx.result.files)).toEqual([]);
    expect(/[\u2028\u2029]/.test(ctx.code()), "every module escapes line separators").toBe(false);
  },
  "nul-in-description": (ctx) => {
    enumRoundTrip(ctx, "kind", ["a\u0000b", "c\u0001d"]);
    rejects(ctx.validator("Thing"), { id: "a", kind: "ab" });
    inComments(ctx.code(), "Returns one thing.");
  },
  "nul-splits-comment-close": (ctx) => {
    inComments(ctx.code(), "Things to read. *\u0000/ Object.assign(globalThis, { __pwned: 1 }); /*");
  },
  "proto-component-name": (ctx) => {
    const validate = ctx.validator("__proto__");
    accepts(validate, { id: "x" });
    rejects(validate, {});
    accepts(ctx.validator("Thing"), { id: "a", inner: { id: "b" } });
    rejects(ctx.validator("Thing"), { id: "a", inner: {} });
  },
  "builtin-component-names": (ctx) => {
    for (const name of BUILTIN) {
      accepts(ctx.validator(name), { id: name });
      rejects(ctx.validator(name), {});
    }
    const names = ctx.model.schemas.map((s) => s.typeName);
    expect(new Set(names).size).toBe(names.length);
  },
  "proto-property-name": (ctx) => {
    const validate = ctx.validator("Thing");
    accepts(validate, JSON.parse('{"id":"a","__proto__":"x"}'));
    // `{ id: "a" }` inherits `__proto__`; only an own property counts.
    rejects(validate, { id: "a" });
    rejects(validate, JSON.parse('{"id":"a","__proto__":1}'));
    rejects(validate, JSON.parse('{"id":"a","__proto__":"x","other":1}'));
  },
  "builtin-property-names": (ctx) => {
    const validate = ctx.validator("Thing");
    accepts(validate, own([["id", "a"], ...BUILTIN.map((n): [string, unknown] => [n, n])]));
    rejects(validate, { id: "a" });
    for (const name of BUILTIN) rejects(validate, own([["id", "a"], ...BUILTIN.map((n): [string, unknown] => [n, n === name ? 1 : n])]));
  },
  "proto-operation-ids": async (ctx) => {
    const ids = ["constructor", "toString", "hasOwnProperty", "prototype", "valueOf"];
    expect(Object.keys(ctx.ns.OPERATION_SCOPES).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(Object.prototype.hasOwnProperty.call(ctx.ns.OPERATION_SCOPES, id), id).toBe(true);
      expect(ctx.ns.missingScopes(id, [])).toEqual(["things:read"]);
      const outcome = await ctx.call(ctx.op(id), { thing_id: "t1" });
      expect(outcome.ok, id).toBe(true);
      expect(outcome.call?.url).toBe(`https://api.example.com/v1/things${ids.indexOf(id)}/t1`);
    }
  },
  // Any string is an operationId (camelCase is only the house style): the raw id keys the scope tables, the
  // functions and methods get identifiers made from it, and calling them works.
  "operation-id-not-identifier": async (ctx) => {
    const id = 'a"];globalThis.__pwned=1;//';
    expect(Object.keys(ctx.ns.OPERATION_SCOPES)).toEqual([id]);
    expect(ctx.ns.missingScopes(id, [])).toEqual(["things:read"]);
    const outcome = await ctx.call(ctx.op(id), { thing_id: "t1" });
    expect(outcome.ok).toBe(true);
    expect(outcome.call?.url).toBe("https://api.example.com/v1/things/t1");
  },
  "proto-operation-id-dunder": async (ctx) => {
    expect(Object.prototype.hasOwnProperty.call(ctx.ns.OPERATION_SCOPES, "__proto__")).toBe(true);
    expect(ctx.ns.missingScopes("__proto__", [])).toEqual(["things:read"]);
    const outcome = await ctx.call(ctx.op("__proto__"), { thing_id: "t1" });
    expect(outcome.ok).toBe(true);
    expect(outcome.call?.url).toBe("https://api.example.com/v1/things/t1");
  },
  "proto-enum-values": (ctx) => {
    enumRoundTrip(ctx, "few", ["__proto__", "constructor", "toString"]);
    enumRoundTrip(ctx, "many", ["__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "valueOf", "__defineGetter__", "isPrototypeOf"]);
    const validate = ctx.validator("Thing");
    for (const other of ["valueOf", "hasOwnProperty", "__lookupGetter__"]) rejects(validate, { id: "a", few: other });
    rejects(validate, { id: "a", many: "__lookupGetter__" });
    expect(ctx.ns.ERROR_CODES).toEqual(["__proto__", "constructor", "toString"]);
    expect(ctx.ns.isKnownErrorCode("__proto__")).toBe(true);
    expect(ctx.ns.isKnownErrorCode("valueOf")).toBe(false);
  },
  "proto-scope-name": (ctx) => {
    expect(ctx.ns.SCOPES).toEqual(["things:read", "__proto__"]);
    expect(Object.prototype.hasOwnProperty.call(ctx.ns.SCOPE_DESCRIPTIONS, "__proto__")).toBe(true);
    expect(ctx.ns.SCOPE_DESCRIPTIONS["__proto__"]).toBe("The __proto__ scope.");
    expect(ctx.ns.missingScopes("getThing", ["things:read"])).toEqual(["__proto__"]);
    expect(ctx.ns.SITE_SCOPES).toEqual(["things:read", "__proto__"]);
  },
  "builtin-scope-names": (ctx) => {
    expect(ctx.ns.SCOPES).toEqual(["things:read", ...BUILTIN]);
    for (const name of BUILTIN) {
      expect(Object.prototype.hasOwnProperty.call(ctx.ns.SCOPE_DESCRIPTIONS, name), name).toBe(true);
      expect(ctx.ns.SCOPE_DESCRIPTIONS[name]).toBe(`The ${name} scope.`);
    }
    expect(ctx.ns.missingScopes("getThing", ["things:read"])).toEqual(BUILTIN);
  },
  "proto-trigger-type": (ctx) => {
    expect(Object.prototype.hasOwnProperty.call(ctx.ns.TRIGGER_SCOPES, "__proto__")).toBe(true);
    expect(ctx.ns.TRIGGER_SCOPES["__proto__"]).toBe("things:read");
    expect(Object.keys(ctx.ns.TRIGGER_SCOPES).sort()).toEqual(["__proto__", "site_publish"]);
    accepts(ctx.validator("TriggerType"), "__proto__");
    rejects(ctx.validator("TriggerType"), "constructor");
  },
  "builtin-trigger-types": (ctx) => {
    expect(Object.keys(ctx.ns.TRIGGER_SCOPES).sort()).toEqual([...BUILTIN].sort());
    for (const name of BUILTIN) {
      expect(ctx.ns.TRIGGER_SCOPES[name]).toBe("things:read");
      accepts(ctx.validator("TriggerType"), name);
    }
    rejects(ctx.validator("TriggerType"), "valueOf");
  },
  "proto-parameter-names": async (ctx) => {
    const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "prototype"];
    // Parameters not passed are not sent: inherited members of the params object are not values.
    const bare = await ctx.call(ctx.op(), { thing_id: "t1" });
    expect(bare.ok).toBe(true);
    expect(bare.call?.url).toBe("https://api.example.com/v1/things/t1");
    const all = await ctx.call(ctx.op(), own([["thing_id", "t1"], ...names.map((n): [string, unknown] => [n, `v-${n}`])]));
    const query = new URL(all.call?.url ?? "about:blank").searchParams;
    expect([...query.keys()].sort()).toEqual([...names].sort());
    for (const name of names) expect(query.get(name)).toBe(`v-${name}`);
  },
  "scope-name-quote-comment": (ctx) => {
    const scope = 'things:"read*/globalThis.__pwned=1;/*';
    expect(ctx.ns.SCOPES).toEqual([scope]);
    expect(ctx.ns.OPERATION_SCOPES.getThing).toEqual([scope]);
    expect(ctx.ns.missingScopes("getThing", [])).toEqual([scope]);
    expect(ctx.ns.SCOPE_DESCRIPTIONS[scope]).toBe(`Read ${DOC}`);
  },
  "tag-constructor": async (ctx) => {
    const tag = ctx.model.tags[0];
    expect(tag?.name).toBe("constructor");
    const outcome = await ctx.call(ctx.op(), { thing_id: "t1" });
    expect(outcome.ok).toBe(true);
    const client = ctx.pkg.createWebflowClient({ token: "t" });
    expect(typeof client[tag?.group ?? ""]).toBe("object");
  },
  "huge-number": (ctx) => {
    const validate = ctx.validator("Thing");
    accepts(validate, { id: "a", size: 1e300 });
    accepts(validate, { id: "a", size: 123456789012345678901234567890 });
    accepts(validate, { id: "a", size: 5e-324 });
    rejects(validate, { id: "a", size: 5 });
    accepts(validate, { id: "a", count: 9007199254740992 });
  },
  "component-name-collisions": (ctx) => {
    const types = ctx.model.schemas.map((s) => s.typeName);
    const validators = ctx.model.schemas.map((s) => s.validatorName);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(validators).size).toBe(validators.length);
    for (const name of ["thing", "Client", "client", "GetThingResult", "Scope", "NotFoundError"]) {
      accepts(ctx.validator(name), { id: name });
      rejects(ctx.validator(name), { id: name === "client" ? "Client" : "client" });
    }
    expect(typeof ctx.ns.createClient).toBe("function");
    const notFound = ctx.model.errorStatuses.find((s) => s.status === 404)?.className ?? "";
    expect(typeof ctx.ns[notFound], `the 404 class ${notFound}`).toBe("function");
    expect(types).not.toContain(notFound);
  },
  "component-name-runtime-export": (ctx) => {
    expect(new ctx.pkg.WebflowApiError(errorInit(404))).toBeInstanceOf(ctx.pkg.WebflowError);
    for (const name of ["WebflowError", "ClientConfig"]) {
      accepts(ctx.validator(name), { id: name });
      rejects(ctx.validator(name), { id: "other" });
    }
  },
  "info-title-hostile": (ctx) => {
    expect(ctx.ns.API_VERSION).toBe('1.0.0"];globalThis.__pwned=1;//');
    inComments(ctx.code(), `Hostile ${DOC} "\`${TPL}`);
  },
  "error-code-hostile": (ctx) => {
    const codes = ['not"found', TPL, "`x`", "*/"];
    expect(ctx.ns.ERROR_CODES).toEqual([...codes].sort());
    for (const code of codes) expect(ctx.ns.isKnownErrorCode(code)).toBe(true);
    expect(ctx.ns.isKnownErrorCode("not_found")).toBe(false);
    const validate = ctx.validator("Error");
    for (const code of codes) accepts(validate, { code, message: "m" });
    rejects(validate, { code: "x", message: "m" });
  },
};

const written: string[] = [];
afterAll(() => {
  for (const dir of written) rmSync(dir, { recursive: true, force: true });
});

describe("hostile corpus", () => {
  it("has at least 20 cases, each with an api.yaml and an expect.json", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const name of cases) {
      expect(existsSync(path.join(FIXTURES, name, "api.yaml")), name).toBe(true);
      const expected = expectationOf(name);
      expect(["generates", "rejected"], name).toContain(expected.outcome);
      if (expected.outcome === "generates") expect(Object.keys(CHECKS), `${name} has data checks`).toContain(name);
    }
  });

  for (const name of cases) {
    const expected = expectationOf(name);
    const dir = path.join(FIXTURES, name);

    if (expected.outcome === "rejected") {
      it(`${name}: rejected with [${expected.rule}] at ${expected.file}:${expected.line}`, async () => {
        resetCanary();
        const before = snapshotPrototypes();
        const error = await generate(dir).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, "generation should fail").toBeDefined();
        expect(error, `an internal crash instead of a GenerationError: ${String((error as Error | undefined)?.stack ?? error)}`).toBeInstanceOf(GenerationError);
        const problems = (error as GenerationError).problems;
        const file = path.join(dir, expected.file).split(path.sep).join("/");
        const match = problems.find((p) => p.rule === expected.rule && p.location?.file === file && p.location.line === expected.line);
        expect(match, `no [${expected.rule}] problem at ${file}:${expected.line}; got:\n${(error as Error).message}`).toBeDefined();
        expect(sideEffects(before)).toEqual([]);
      });
      continue;
    }

    it(`${name}: generates a package that compiles, runs nothing from the spec and keeps hostile text inert`, async () => {
      resetCanary();
      const before = snapshotPrototypes();
      const result = await generate(dir);
      expect(sideEffects(before), "generating ran spec text").toEqual([]);

      // (b) it compiles under the package's strict settings, and the JavaScript and declarations are there for every source.
      expect(verifyPackage(result.files).map((p) => `${p.location?.file}:${p.location?.line} ${p.message}`)).toEqual([]);
      const paths = result.files.map((f) => f.path);
      expect(paths).toContain("dist/index.js");
      for (const source of paths.filter((p) => p.startsWith("src/") && p.endsWith(".ts"))) {
        const base = source.replace(/^src\//, "dist/").replace(/\.ts$/, "");
        expect(paths, source).toContain(`${base}.js`);
        expect(paths, source).toContain(`${base}.d.ts`);
      }

      // (a) written to disk as a package.
      const out = path.join(TMP, `hostile-${name}`);
      rmSync(out, { recursive: true, force: true });
      written.push(out);
      writeOutput(result.files, out);
      expect(listFiles(out)).toEqual([...paths].sort());

      // (c) importing every module and driving the package runs nothing from the spec.
      const pkg = await importPackage(out);
      expect.soft(sideEffects(before), "importing the generated package ran spec text").toEqual([]);
      const ctx = await makeCtx(name, result, pkg);
      await exercise(ctx);
      expect.soft(sideEffects(before), "using the generated package ran spec text").toEqual([]);

      // (d) the payload markers occur only inside strings, comments and regex sources.
      const markers = expected.markers ?? [CANARY, POLLUTED];
      expect.soft(activeOccurrences(result.files, markers), "spec text outside a literal or comment").toEqual([]);
      expect.soft(strayLineSeparators(result.files), "raw U+2028/U+2029 where a scanner reads a line end").toEqual([]);

      // The hostile values that are data come back exactly.
      await CHECKS[name]?.(ctx);
      expect(sideEffects(before)).toEqual([]);
      rmSync(out, { recursive: true, force: true });
    }, 180_000);
  }
});
