/**
 * generator/emit/scopes.ts given a small in-memory spec: what each declaration of `scopes.ts` says (read
 * back with TypeScript's parser) and what its constants and functions give when the module runs. The
 * committed package's tables are checked against spec/ in test/unit/scopes.test.ts; these tests reach
 * the emitter itself, so they can tell when one of its decisions changes.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitScopes } from "../../generator/emit/scopes.js";
import { importEmitted } from "../support/emitted-module.js";
import { modelOfDocument } from "../support/model.js";

const flows = (scopes: Record<string, string>) => ({ authorizationCode: { authorizationUrl: "https://auth.example.com/authorize", tokenUrl: "https://auth.example.com/token", scopes } });
const ok = { "204": { description: "done" } };
const Page = { type: "object", required: ["pagination", "items"], properties: { pagination: { type: "object", required: ["offset", "total"], properties: { offset: { type: "integer" }, total: { type: "integer" } } }, items: { type: "array", items: { type: "string" } } } };
const paged = [
  { name: "offset", in: "query", schema: { type: "integer" } },
  { name: "limit", in: "query", schema: { type: "integer" } },
];

/**
 * Tags listed Sites before Forms (groups are sorted), scopes at one level, both or, for `misc:x`, none,
 * an operation that accepts either of two sets, one that needs no scope and a paged list.
 */
const SPEC = {
  openapi: "3.1.0",
  info: { title: "T", version: "1", "x-namespace": "t" },
  servers: [{ url: "https://api.example.com" }],
  tags: [{ name: "Sites" }, { name: "Forms" }],
  components: {
    securitySchemes: {
      oauth2: {
        type: "oauth2",
        flows: flows({ "sites:read": "Read sites", "forms:read": "Read forms", "ws:read": "Read the workspace", "misc:x": "Anything" }),
        "x-scope-levels": { workspace: ["ws:read", "sites:read"], site: ["sites:read", "forms:read"] },
      },
    },
    schemas: {
      Page,
      TriggerType: { type: "string", enum: ["site_publish", "form_submission"], "x-trigger-scopes": { site_publish: "sites:read", form_submission: "forms:read" } },
    },
  },
  paths: {
    "/sites": {
      get: { operationId: "listSites", tags: ["Sites"], security: [{ oauth2: ["sites:read"] }], parameters: paged, responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Page" } } } } } },
    },
    "/forms": { get: { operationId: "listForms", tags: ["Forms"], security: [{ oauth2: ["forms:read", "sites:read"] }, { oauth2: ["ws:read"] }], responses: ok } },
    "/token": { get: { operationId: "introspectToken", tags: ["Sites"], security: [], responses: ok } },
  },
};

/** The spec with each operation needing one set of scopes, no trigger type and no OAuth endpoints. */
const PLAIN = {
  ...SPEC,
  components: { securitySchemes: { oauth2: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.example.com/token", scopes: { "a:read": "A", "b:read": "B" } } } } } },
  paths: { "/x": { get: { operationId: "getX", tags: ["Sites"], security: [{ oauth2: ["b:read", "a:read"] }], responses: ok } } },
};

const emitted = (doc: Record<string, unknown>) => {
  const file = emitScopes(modelOfDocument(doc));
  if (!file) throw new Error("no scopes.ts");
  return file;
};

/** Each top-level declaration: whether it is exported, its type annotation (or alias), the type its value is cast to, its JSDoc. */
function declarations(text: string) {
  const found = new Map<string, { exported: boolean; type: string | undefined; cast?: string; doc: string; tags: string[] }>();
  for (const statement of ts.createSourceFile("scopes.ts", text, ts.ScriptTarget.Latest, true).statements) {
    const exported = (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) ?? false;
    const jsDoc = ts.getJSDocCommentsAndTags(statement).find(ts.isJSDoc);
    const doc = { doc: (jsDoc && ts.getTextOfJSDocComment(jsDoc.comment)) ?? "", tags: (jsDoc?.tags ?? []).map((t) => `@${t.tagName.text} ${ts.getTextOfJSDocComment(t.comment)}`) };
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) found.set(d.name.getText(), { exported, type: d.type?.getText(), cast: d.initializer && ts.isAsExpression(d.initializer) ? d.initializer.type.getText() : undefined, ...doc });
    else if (ts.isTypeAliasDeclaration(statement)) found.set(statement.name.text, { exported, type: statement.type.getText(), ...doc });
    else if (ts.isFunctionDeclaration(statement) || ts.isInterfaceDeclaration(statement)) found.set(statement.name?.text ?? "", { exported, type: undefined, ...doc });
  }
  return found;
}

/** The members of the interface `name` as written, in order. */
function interfaceMembers(text: string, name: string): string[] {
  const declaration = ts.createSourceFile("scopes.ts", text, ts.ScriptTarget.Latest, true).statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  return (declaration?.members ?? []).map((m) => m.getText());
}

type Scopes = Record<string, unknown> & {
  scopesFor: (...ids: unknown[]) => string[];
  missingScopes: (id: unknown, granted: Iterable<string>) => string[];
};
/** The class and message of what `call` throws. */
function thrown(call: () => unknown): [string, string] {
  try {
    call();
  } catch (error) {
    return [(error as Error).constructor.name, (error as Error).message];
  }
  throw new Error("expected a throw");
}

const run = async (doc: Record<string, unknown>) => (await importEmitted([emitted(doc)], "src/t/scopes.ts")) as Scopes;

describe("emitScopes: what scopes.ts declares", () => {
  it("writes no scopes.ts for an API that declares no scope", () => {
    expect(emitScopes(modelOfDocument({ ...SPEC, components: { schemas: { Page } } }))).toBeUndefined();
  });

  it("writes it beside the namespace's other modules", () => {
    expect(emitted(SPEC).path).toBe("src/t/scopes.ts");
  });

  it("documents every declaration, and exports all but the lookup the public functions share", () => {
    const found = declarations(emitted(SPEC).contents);
    const want: [name: string, exported: boolean, type: string | undefined, doc: string][] = [
      ["SITES_READ", true, undefined, "`sites:read`: Read sites\n\nLevel: site and workspace."],
      ["FORMS_READ", true, undefined, "`forms:read`: Read forms\n\nLevel: site."],
      ["WS_READ", true, undefined, "`ws:read`: Read the workspace\n\nLevel: workspace."],
      // A scope no level lists says no level, rather than an empty one.
      ["MISC_X", true, undefined, "`misc:x`: Anything"],
      ["SCOPES", true, undefined, "Every scope the API declares, in the order of the spec."],
      ["Scope", true, '"sites:read" | "forms:read" | "ws:read" | "misc:x"', "One OAuth scope name."],
      ["SITE_SCOPES", true, undefined, "Scopes for Data Client apps and site tokens."],
      ["WORKSPACE_SCOPES", true, undefined, "Scopes for workspace tokens and apps with workspace access."],
      ["SCOPE_DESCRIPTIONS", true, "Readonly<Record<Scope, string>>", "What each scope grants, as the spec describes it."],
      [
        "OPERATION_SCOPES",
        true,
        undefined,
        "The scopes each operation requires, by operationId. An empty list means any valid token will do. Where an operation accepts one of several sets, this is the first; OPERATION_SCOPE_ALTERNATIVES lists them all.",
      ],
      [
        "OPERATION_SCOPE_ALTERNATIVES",
        true,
        "Readonly<Partial<Record<OperationId, readonly (readonly Scope[])[]>>>",
        "For the operations that accept any one of several sets of scopes, every set: a token holding all of one of them may call it.",
      ],
      ["OperationId", true, "keyof typeof OPERATION_SCOPES", "The operationId of every operation."],
      [
        "MethodScopes",
        true,
        undefined,
        "The scopes each client method needs, by group and method, as a union (`never`: any valid token will do); a paged list's iterator needs what the list needs. Types only: `ScopedClient` keeps the methods whose scopes a token holds.",
      ],
      ["TRIGGER_SCOPES", true, undefined, "The scope a webhook of each trigger type needs."],
      ["OAUTH_AUTHORIZATION_URL", true, undefined, "Where to send a user to grant scopes to a Data Client app (pass it to `authorizeUrl`)."],
      ["OAUTH_TOKEN_URL", true, undefined, "Where an authorization code is exchanged for an access token (pass it to `exchangeCode`)."],
      ["requiredScopes", false, undefined, "The scopes `operationId` needs; a `TypeError` naming it when the API has no such operation (a typo in JavaScript, or an id from another version)."],
      ["scopesFor", true, undefined, "The scopes to request for an app that calls these operations: the union of what each needs, in spec order."],
      [
        "missingScopes",
        true,
        undefined,
        "The scopes `operationId` needs that `granted` lacks; empty when the token may call it. Pass the scopes of an authorization, e.g. from `token.introspect()` split on commas.",
      ],
    ];
    for (const [name, exported, type, doc] of want) expect([name, found.get(name)?.exported, found.get(name)?.type, found.get(name)?.doc]).toEqual([name, exported, type, doc]);
    expect(found.get("scopesFor")?.tags).toEqual(["@throws TypeError when an operationId is not one of the API's."]);
    expect(found.get("missingScopes")?.tags).toEqual(["@throws TypeError when `operationId` is not one of the API's, naming it."]);
  });

  it("leaves out alternatives, trigger scopes and OAuth endpoints the spec does not have", () => {
    const found = declarations(emitted(PLAIN).contents);
    expect([...found.keys()]).toEqual(["A_READ", "B_READ", "SCOPES", "Scope", "SITE_SCOPES", "WORKSPACE_SCOPES", "SCOPE_DESCRIPTIONS", "OPERATION_SCOPES", "OperationId", "MethodScopes", "requiredScopes", "scopesFor", "missingScopes"]);
    expect(found.get("OPERATION_SCOPES")?.doc).toBe("The scopes each operation requires, by operationId. An empty list means any valid token will do.");
  });

  it("types each method's scopes as a union by group, groups sorted, a paged list's iterator beside it", () => {
    expect(interfaceMembers(emitted(SPEC).contents, "MethodScopes")).toEqual([
      'readonly forms: { readonly list: "forms:read" | "sites:read" };',
      'readonly sites: { readonly introspectToken: never; readonly list: "sites:read"; readonly iterate: "sites:read" };',
    ]);
  });

  it("types the scope lists as literals, each operation's scopes as a read-only tuple and each trigger's scope as its literal", () => {
    const found = declarations(emitted(SPEC).contents);
    // `as const`: the lists' types are their literals, which a declaration file can state.
    for (const name of ["SCOPES", "SITE_SCOPES", "WORKSPACE_SCOPES"]) expect([name, found.get(name)?.cast]).toEqual([name, "const"]);
    expect(found.get("OPERATION_SCOPES")?.cast).toBe('{ readonly introspectToken: readonly []; readonly listForms: readonly ["forms:read", "sites:read"]; readonly listSites: readonly ["sites:read"] }');
    expect(found.get("TRIGGER_SCOPES")?.cast).toBe('{ readonly site_publish: "sites:read"; readonly form_submission: "forms:read" }');
  });
});

describe("emitScopes: what scopes.ts gives when it runs", () => {
  it("holds each scope, the level sets and the descriptions in spec order", async () => {
    const m = await run(SPEC);
    expect([m.SITES_READ, m.FORMS_READ, m.WS_READ, m.MISC_X]).toEqual(["sites:read", "forms:read", "ws:read", "misc:x"]);
    expect(m.SCOPES).toEqual(["sites:read", "forms:read", "ws:read", "misc:x"]);
    // A scope no level lists is in neither set; one both list is in both.
    expect(m.SITE_SCOPES).toEqual(["sites:read", "forms:read"]);
    expect(m.WORKSPACE_SCOPES).toEqual(["sites:read", "ws:read"]);
    expect({ ...(m.SCOPE_DESCRIPTIONS as object) }).toEqual({ "sites:read": "Read sites", "forms:read": "Read forms", "ws:read": "Read the workspace", "misc:x": "Anything" });
    expect([m.OAUTH_AUTHORIZATION_URL, m.OAUTH_TOKEN_URL]).toEqual(["https://auth.example.com/authorize", "https://auth.example.com/token"]);
  });

  it("gives each operation its first set, and every set where it accepts several", async () => {
    const m = await run(SPEC);
    expect(JSON.parse(JSON.stringify(m.OPERATION_SCOPES))).toEqual({ introspectToken: [], listForms: ["forms:read", "sites:read"], listSites: ["sites:read"] });
    expect(JSON.parse(JSON.stringify(m.OPERATION_SCOPE_ALTERNATIVES))).toEqual({ listForms: [["forms:read", "sites:read"], ["ws:read"]] });
    expect({ ...(m.TRIGGER_SCOPES as object) }).toEqual({ site_publish: "sites:read", form_submission: "forms:read" });
  });

  it("freezes its tables without a prototype, so a key such as toString is never an operation", async () => {
    const m = await run(SPEC);
    for (const name of ["SCOPE_DESCRIPTIONS", "OPERATION_SCOPES", "OPERATION_SCOPE_ALTERNATIVES", "TRIGGER_SCOPES"]) {
      expect([name, Object.getPrototypeOf(m[name]), Object.isFrozen(m[name])]).toEqual([name, null, true]);
    }
    expect(() => m.scopesFor("toString")).toThrow('scopesFor: unknown operationId "toString"');
  });

  it("unions the scopes a set of operations needs, each once, in spec order", async () => {
    const { scopesFor } = await run(SPEC);
    const cases: [ids: string[], want: string[]][] = [
      [[], []],
      [["introspectToken"], []],
      [["listSites", "listForms"], ["sites:read", "forms:read"]],
      [["listForms", "listSites", "introspectToken"], ["sites:read", "forms:read"]],
    ];
    for (const [ids, want] of cases) expect([ids, scopesFor(...ids)]).toEqual([ids, want]);
  });

  it("tells what a token lacks: nothing when it holds one set whole, else what the closest set lacks (the first on a tie)", async () => {
    const { missingScopes } = await run(SPEC);
    const cases: [id: string, granted: string[], want: string[]][] = [
      ["listForms", ["forms:read", "sites:read"], []],
      ["listForms", ["ws:read"], []],
      ["listForms", [], ["ws:read"]],
      ["listForms", ["forms:read"], ["sites:read"]],
      ["listForms", ["misc:x"], ["ws:read"]],
      ["listSites", ["forms:read"], ["sites:read"]],
      ["listSites", ["sites:read"], []],
      ["introspectToken", [], []],
    ];
    for (const [id, granted, want] of cases) expect([id, granted, missingScopes(id, new Set(granted))]).toEqual([id, granted, want]);
  });

  it("with no alternatives, lacks what the one set has that the token does not, in the set's order", async () => {
    const { missingScopes, OPERATION_SCOPE_ALTERNATIVES } = await run(PLAIN);
    expect(OPERATION_SCOPE_ALTERNATIVES).toBeUndefined();
    expect(missingScopes("getX", [])).toEqual(["b:read", "a:read"]);
    expect(missingScopes("getX", ["a:read"])).toEqual(["b:read"]);
    expect(missingScopes("getX", ["b:read", "a:read"])).toEqual([]);
  });

  it("refuses an operationId the API does not have, naming the function and the id", async () => {
    for (const doc of [SPEC, PLAIN]) {
      const { scopesFor, missingScopes } = await run(doc);
      expect(thrown(() => scopesFor("nope"))).toEqual(["TypeError", 'scopesFor: unknown operationId "nope"']);
      expect(thrown(() => missingScopes("nope", []))).toEqual(["TypeError", 'missingScopes: unknown operationId "nope"']);
      expect(thrown(() => missingScopes(7, []))).toEqual(["TypeError", "missingScopes: unknown operationId (a number)"]);
    }
  });
});
