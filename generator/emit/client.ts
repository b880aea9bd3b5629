import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { ApiModel } from "../model/types.js";
import { identifier, jsDocCode, stringLiteral } from "./literals.js";
import { specifierOf, type EmittedModule } from "./groups.js";
import { ModuleBuilder } from "./module.js";
import { jsDoc } from "./source.js";

const HTTP = "../runtime/http.js";

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
      statements: [`return ${module.use("createHttpCore", { module: HTTP })}({ defaultBaseUrl: SERVER_URL, config${model.requiresToken ? "" : ", requireToken: false"} });`],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "Client",
      docs: [jsDoc([`A ${model.title} client: one property per tag, one method per operation.`])],
      properties: tags.map((tag) => ({ name: identifier(tag.group), isReadonly: true, type: module.use(identifier(tag.className), { module: specifierOf(tag.module) }) })),
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "createClient",
      docs: [jsDoc([`Creates a ${model.title} client (see {@link createCore} for what every call does).`], [{ tagName: "example", text: "const client = createClient({ token: process.env.WEBFLOW_TOKEN! });" }])],
      parameters: [{ name: "config", type: config }],
      returnType: "Client",
      statements: ["const core = createCore(config);", `return { ${tags.map((tag) => `${identifier(tag.group)}: new ${identifier(tag.className)}(core)`).join(", ")} };`],
    },
  );
  const exports = new Map<string, boolean>([
    ["SERVER_URL", false],
    ["API_VERSION", false],
    ["createCore", false],
    ["Client", true],
    ["createClient", false],
  ]);
  return { file: module.print(), exports };
}
