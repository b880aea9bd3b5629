import { StructureKind, VariableDeclarationKind } from "../libraries.js";
import type { ApiModel } from "../model/types.js";
import { identifier, jsDocCode, stringLiteral } from "./literals.js";
import { specifierOf, type EmittedModule } from "./groups.js";
import { ModuleBuilder } from "./module.js";
import { jsDoc } from "./source.js";

const HTTP = "../runtime/http.js";
const SCOPES = "./scopes.js";
const SCOPE_CHECK = "../runtime/scope-check.js";
/** The operation `client.checkScopes()` reads the token's scopes with (`GET /token/introspect`). */
const INTROSPECT = "introspectToken";

/**
 * `client.ts`: the grouped client (`client.sites.get(...)`), which reaches every group, and `createCore`,
 * which the standalone operation functions take instead.
 */
export function emitClient(model: ApiModel): EmittedModule {
  const module = new ModuleBuilder(`src/${model.namespace}/client.ts`, "./client.js");
  const tags = [...model.tags].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  // An API whose every operation needs a bearer token takes a ClientConfig, whose `token` is required.
  const config = module.use(model.requiresToken ? "ClientConfig" : "ClientOptions", { module: HTTP, typeOnly: true });
  const core = module.use("HttpCore", { module: HTTP, typeOnly: true });
  module.add(
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc([`The default base URL of ${model.title}, from the spec's first server.`])],
      declarations: [{ name: "SERVER_URL", initializer: stringLiteral(model.server) }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc(["The version of the API description this client was generated from."])],
      declarations: [{ name: "API_VERSION", initializer: stringLiteral(model.version) }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "createCore",
      docs: [
        jsDoc(
          [
            `The HTTP core of a ${model.title} client, for calling operations as standalone functions (\`getSite(core, params)\`): a program then bundles only the operations it imports.`,
            `Every call sends \`Authorization: Bearer <token>\` to ${jsDocCode(model.server)} (or \`config.baseUrl\`), checks the response against the spec unless \`validateResponses\` is false, and throws a typed error for every documented error status.`,
          ],
          [{ tagName: "example", text: "const core = createCore({ token: process.env.WEBFLOW_TOKEN! });" }],
        ),
      ],
      parameters: [{ name: "config", type: config }],
      returnType: core,
      statements: [`return ${module.use("createLeanCore", { module: HTTP })}({ defaultBaseUrl: SERVER_URL, config${model.requiresToken ? "" : ", requireToken: false"} });`],
    },
  );
  const scoped = model.scopes.length > 0;
  const introspect = scoped ? model.operations.find((op) => op.id === INTROSPECT) : undefined;
  const introspectTag = introspect && model.tags.find((tag) => tag.group === introspect.group);
  const checks = introspect !== undefined && introspectTag !== undefined;
  const checkScopesDocs = jsDoc(
    [
      "Reads the token's scopes from `GET /token/introspect`, once (later calls share the answer; a failed read is retried on the next call), and from then on refuses every call of an operation that needs a scope the token lacks with a {@link MissingScopesError} naming all of them, before anything is sent.",
      "Resolves the scopes the token holds. A client created with `scopes` is checked against those from the start; this rejects with a {@link MissingScopesError} when the token lacks any of them.",
    ],
    [{ tagName: "example", text: "const granted = await client.checkScopes(); // e.g. [\"sites:read\", \"cms:read\"]" }],
  );
  if (checks) module.use("MissingScopesError", { module: "../runtime/errors.js", typeOnly: true });
  module.add({
    kind: StructureKind.Interface,
    isExported: true,
    name: "Client",
    docs: [jsDoc([`A ${model.title} client: one property per tag, one method per operation.`])],
    properties: tags.map((tag) => ({ name: identifier(tag.group), isReadonly: true, type: module.use(identifier(tag.className), { module: specifierOf(tag.module) }) })),
    methods: checks ? [{ name: "checkScopes", docs: [checkScopesDocs], returnType: "Promise<readonly string[]>" }] : [],
  });

  if (scoped) {
    const scope = module.use("Scope", { module: SCOPES, typeOnly: true });
    const methodScopes = module.use("MethodScopes", { module: SCOPES, typeOnly: true });
    module.add(
      {
        kind: StructureKind.Interface,
        isExported: true,
        name: "ScopedClientConfig",
        typeParameters: [{ name: "T", constraint: `readonly ${scope}[]`, default: `readonly ${scope}[]` }],
        extends: [config],
        docs: [jsDoc(["The options of {@link createClient}: a {@link ClientConfig} and, optionally, the scopes the token holds."])],
        properties: [
          {
            name: "scopes",
            isReadonly: true,
            hasQuestionToken: true,
            type: "T",
            docs: [
              jsDoc([
                "The scopes the token holds (or the fewer this program means to use). The client's type then has only the methods these scopes allow, and calls are checked against them before they are sent. Without it, the client has every method and checks nothing until `checkScopes()`.",
              ]),
            ],
          },
        ],
      },
      {
        kind: StructureKind.TypeAlias,
        name: "AllowedMethods",
        typeParameters: [
          { name: "G", constraint: `keyof ${methodScopes}` },
          { name: "S", constraint: scope },
        ],
        docs: [jsDoc(["The methods of group `G` whose every scope is in `S`."])],
        type: `{ [M in keyof ${methodScopes}[G]]: [${methodScopes}[G][M]] extends [S] ? M : never }[keyof ${methodScopes}[G]]`,
      },
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: "ScopedClient",
        typeParameters: [{ name: "S", constraint: scope }],
        docs: [
          jsDoc([
            `A ${model.title} client for a token holding the scopes \`S\`: only the groups and methods those scopes allow (\`client.sites.publish\` is a compile error without \`sites:write\`). With every scope it is {@link Client}.`,
          ]),
        ],
        type:
          `[${scope}] extends [S] ? Client : { readonly [G in keyof ${methodScopes} as [AllowedMethods<G, S>] extends [never] ? never : G]: Pick<Client[G], AllowedMethods<G, S> & keyof Client[G]> }` +
          (checks ? ` & Pick<Client, "checkScopes">` : ""),
      },
    );
  }

  const groups = tags.map((tag) => `${identifier(tag.group)}: new ${identifier(tag.className)}(core)`);
  const createDocs = jsDoc(
    [
      `Creates a ${model.title} client (see {@link createCore} for what every call does).`,
      ...(scoped
        ? [
            "With `scopes` (the scopes the token holds), the client's type has only the methods they allow, so calling another is a compile error, and such a call made anyway (from JavaScript, through a cast) is refused with a {@link MissingScopesError} before it is sent.",
          ]
        : []),
    ],
    [
      { tagName: "example", text: "const client = createClient({ token: process.env.WEBFLOW_TOKEN! });" },
      ...(scoped ? [{ tagName: "example", text: 'const reader = createClient({ token, scopes: ["sites:read", "cms:read"] as const });' }] : []),
    ],
  );
  if (scoped) {
    module.use("MissingScopesError", { module: "../runtime/errors.js", typeOnly: true });
    const scope = module.use("Scope", { module: SCOPES, typeOnly: true });
    const check = module.use("withScopeCheck", { module: SCOPE_CHECK });
    const operationScopes = module.use("OPERATION_SCOPES", { module: SCOPES });
    const introspectCall = introspect && introspectTag ? `, introspect: (unchecked) => ${module.use(identifier(introspect.functionName), { module: specifierOf(introspectTag.module) })}(unchecked).withResponse()` : "";
    module.add({
      kind: StructureKind.Function,
      isExported: true,
      name: "createClient",
      docs: [createDocs],
      // One generic signature, not overloads: a mistake in the config keeps its own error (a missing
      // token, an unknown option) instead of "No overload matches this call". Without `scopes`, T is
      // its default and the client is the whole {@link Client}.
      typeParameters: [{ name: "T", constraint: `readonly ${scope}[]`, default: `readonly ${scope}[]` }],
      parameters: [{ name: "config", type: "ScopedClientConfig<T>" }],
      returnType: "ScopedClient<T[number]>",
      statements: [
        `const core = ${check}(createCore(config), { operationScopes: ${operationScopes}${introspectCall}, declared: config.scopes });`,
        `const client: Client = { ${[...groups, ...(checks ? ["checkScopes: () => core.checkScopes()"] : [])].join(", ")} };`,
        "// The scoped type only leaves methods out: the object has them all, and the core refuses the ones `scopes` does not allow.",
        "return client as ScopedClient<T[number]>;",
      ],
    });
  } else {
    module.add({
      kind: StructureKind.Function,
      isExported: true,
      name: "createClient",
      docs: [createDocs],
      parameters: [{ name: "config", type: config }],
      returnType: "Client",
      statements: ["const core = createCore(config);", `return { ${groups.join(", ")} };`],
    });
  }
  const exports = new Map<string, boolean>([
    ["SERVER_URL", false],
    ["API_VERSION", false],
    ["createCore", false],
    ["Client", true],
    ["createClient", false],
    ...(scoped
      ? ([
          ["ScopedClient", true],
          ["ScopedClientConfig", true],
        ] as [string, boolean][])
      : []),
  ]);
  return { file: module.print(), exports, explainers: new Map() };
}
