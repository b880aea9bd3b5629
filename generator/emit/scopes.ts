import type { StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "../libraries.js";
import type { ApiModel } from "../model/types.js";
import { identifier, jsDocCode, objectKey, stringLiteral, typeKey } from "./literals.js";
import { jsDoc, printSourceFile, type GeneratedFile } from "./source.js";

const constDeclaration = (name: string, initializer: string, docs: string[], type?: string): StatementStructures => ({
  kind: StructureKind.VariableStatement,
  isExported: true,
  declarationKind: VariableDeclarationKind.Const,
  docs: [jsDoc(docs)],
  declarations: [{ name, initializer, ...(type ? { type } : {}) }],
});

/** A frozen object with no prototype, so a spec key such as `__proto__` or `toString` is only ever data. */
const frozenRecord = (entries: [string, string][]) =>
  `Object.freeze(Object.assign(Object.create(null) as {}, { ${entries.map(([key, value]) => `${objectKey(key)}: ${value}`).join(", ")} }))`;

/** `{ readonly a: A; readonly b: B }`: the type of a frozen record, every key read-only. */
const readonlyType = (entries: [string, string][]) => `{ ${entries.map(([key, type]) => `readonly ${typeKey(key)}: ${type}`).join("; ")} }`;

/**
 * `scopes.ts`: every OAuth scope as a constant and a union type, the site- and workspace-level sets, the
 * scopes each operation needs and the scope each webhook trigger type needs. All derived from the spec.
 */
export function emitScopes(model: ApiModel): GeneratedFile | undefined {
  if (model.scopes.length === 0) return undefined;
  // Literal values, not the constants: a declaration file can state their types without inferring them.
  const list = (filter: (level: string[]) => boolean) => `[${model.scopes.filter((s) => filter(s.levels)).map((s) => stringLiteral(s.name)).join(", ")}] as const`;

  // "One of": operations whose security requirement accepts several sets of scopes.
  const alternatives = model.operations.filter((op) => op.scopeAlternatives.length > 1);
  const required = (op: ApiModel["operations"][number]) => op.scopeAlternatives[0] ?? [];
  const statements: StatementStructures[] = [
    ...model.scopes.map((scope) =>
      constDeclaration(identifier(scope.constantName), stringLiteral(scope.name), [`${jsDocCode(scope.name)}: ${scope.description}`, ...(scope.levels.length > 0 ? [`Level: ${scope.levels.join(" and ")}.`] : [])]),
    ),
    constDeclaration("SCOPES", list(() => true), ["Every scope the API declares, in the order of the spec."]),
    // Written out rather than `(typeof SCOPES)[number]`, so that compiler messages say `Scope` instead of listing every scope.
    { kind: StructureKind.TypeAlias, isExported: true, name: "Scope", type: model.scopes.map((s) => stringLiteral(s.name)).join(" | "), docs: [jsDoc(["One OAuth scope name."])] },
    constDeclaration("SITE_SCOPES", list((levels) => levels.includes("site")), ["Scopes for Data Client apps and site tokens."]),
    constDeclaration("WORKSPACE_SCOPES", list((levels) => levels.includes("workspace")), ["Scopes for workspace tokens and apps with workspace access."]),
    constDeclaration(
      "SCOPE_DESCRIPTIONS",
      frozenRecord(model.scopes.map((s) => [s.name, stringLiteral(s.description)])),
      ["What each scope grants, as the spec describes it."],
      "Readonly<Record<Scope, string>>",
    ),
    constDeclaration(
      "OPERATION_SCOPES",
      `${frozenRecord(model.operations.map((op) => [op.id, `[${required(op).map(stringLiteral).join(", ")}] as const`]))} as ${readonlyType(model.operations.map((op) => [op.id, `readonly [${required(op).map(stringLiteral).join(", ")}]`]))}`,
      [
        `The scopes each operation requires, by operationId. An empty list means any valid token will do.${alternatives.length > 0 ? " Where an operation accepts one of several sets, this is the first; OPERATION_SCOPE_ALTERNATIVES lists them all." : ""}`,
      ],
    ),
    ...(alternatives.length > 0
      ? [
          constDeclaration(
            "OPERATION_SCOPE_ALTERNATIVES",
            // `as const`: without it the lists are string[][], which the declared Scope type refuses.
            frozenRecord(alternatives.map((op) => [op.id, `[${op.scopeAlternatives.map((list) => `[${list.map(stringLiteral).join(", ")}]`).join(", ")}] as const`])),
            ["For the operations that accept any one of several sets of scopes, every set: a token holding all of one of them may call it."],
            "Readonly<Partial<Record<OperationId, readonly (readonly Scope[])[]>>>",
          ),
        ]
      : []),
    { kind: StructureKind.TypeAlias, isExported: true, name: "OperationId", type: "keyof typeof OPERATION_SCOPES", docs: [jsDoc(["The operationId of every operation."])] },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "MethodScopes",
      docs: [
        jsDoc([
          "The scopes each client method needs, by group and method, as a union (`never`: any valid token will do); a paged list's iterator needs what the list needs. Types only: `ScopedClient` keeps the methods whose scopes a token holds.",
        ]),
      ],
      properties: methodScopeGroups(model).map(([group, methods]) => ({
        name: typeKey(group),
        isReadonly: true,
        type: `{ ${methods.map(([method, scopes]) => `readonly ${typeKey(method)}: ${scopes.length === 0 ? "never" : scopes.map(stringLiteral).join(" | ")}`).join("; ")} }`,
      })),
    },
  ];

  if (model.triggers.length > 0) {
    statements.push(
      constDeclaration(
        "TRIGGER_SCOPES",
        `${frozenRecord(model.triggers.map((t) => [t.name, stringLiteral(t.scope)]))} as ${readonlyType(model.triggers.map((t) => [t.name, stringLiteral(t.scope)]))}`,
        ["The scope a webhook of each trigger type needs."],
      ),
    );
  }

  if (model.oauth) {
    statements.push(
      constDeclaration("OAUTH_AUTHORIZATION_URL", stringLiteral(model.oauth.authorizationUrl), ["Where to send a user to grant scopes to a Data Client app (pass it to `authorizeUrl`)."]),
      constDeclaration("OAUTH_TOKEN_URL", stringLiteral(model.oauth.tokenUrl), ["Where an authorization code is exchanged for an access token (pass it to `exchangeCode`)."]),
    );
  }

  statements.push({
    kind: StructureKind.Function,
    name: "requiredScopes",
    docs: [jsDoc(["The scopes `operationId` needs; a `TypeError` naming it when the API has no such operation (a typo in JavaScript, or an id from another version)."])],
    parameters: [
      { name: "operationId", type: "OperationId" },
      { name: "caller", type: "string" },
    ],
    returnType: "readonly Scope[]",
    statements: [
      "if (typeof operationId === \"string\" && Object.hasOwn(OPERATION_SCOPES, operationId)) return OPERATION_SCOPES[operationId];",
      "throw new TypeError(`${caller}: unknown operationId ${typeof operationId === \"string\" ? JSON.stringify(operationId) : `(a ${typeof operationId})`}`);",
    ],
  });

  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: "scopesFor",
    docs: [jsDoc(["The scopes to request for an app that calls these operations: the union of what each needs, in spec order."], [{ tagName: "throws", text: "TypeError when an operationId is not one of the API's." }])],
    parameters: [{ name: "operationIds", type: "OperationId[]", isRestParameter: true }],
    returnType: "Scope[]",
    statements: [
      "const needed = new Set<string>(operationIds.flatMap((id) => requiredScopes(id, \"scopesFor\")));",
      "return SCOPES.filter((scope) => needed.has(scope));",
    ],
  });

  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: "missingScopes",
    docs: [
      jsDoc(
        ["The scopes `operationId` needs that `granted` lacks; empty when the token may call it. Pass the scopes of an authorization, e.g. from `token.introspect()` split on commas."],
        [{ tagName: "throws", text: "TypeError when `operationId` is not one of the API's, naming it." }],
      ),
    ],
    parameters: [
      { name: "operationId", type: "OperationId" },
      { name: "granted", type: "Iterable<string>" },
    ],
    returnType: "Scope[]",
    statements:
      alternatives.length > 0
        ? [
            "const required = requiredScopes(operationId, \"missingScopes\");",
            "const have = new Set(granted);",
            "// One of several sets: none missing when a set is held whole, else what the closest set lacks.",
            "const sets = OPERATION_SCOPE_ALTERNATIVES[operationId] ?? [required];",
            "const lacking = sets.map((set) => set.filter((scope) => !have.has(scope)));",
            "return lacking.reduce((fewest, missing) => (missing.length < fewest.length ? missing : fewest));",
          ]
        : ["const required = requiredScopes(operationId, \"missingScopes\");", "const have = new Set(granted);", "return required.filter((scope) => !have.has(scope));"],
  });

  return printSourceFile(`src/${model.namespace}/scopes.ts`, { statements });
}

/** Group → method → scopes, in the order of the client (groups sorted, methods as the group class has them). */
export function methodScopeGroups(model: ApiModel): [string, [string, string[]][]][] {
  const groups = [...new Set(model.tags.map((tag) => tag.group))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return groups.map((group) => [
    group,
    model.operations
      .filter((op) => op.group === group)
      .flatMap((op): [string, string[]][] => {
        const scopes = op.scopeAlternatives[0] ?? [];
        return [[op.methodName, scopes], ...(op.paging ? [[op.paging.iteratorName, scopes] as [string, string[]]] : [])];
      }),
  ]);
}
