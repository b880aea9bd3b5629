import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { ApiModel } from "../model/types.js";
import { identifier, literal, stringLiteral } from "./literals.js";
import { jsDoc, printSourceFile, type GeneratedFile } from "./source.js";

/**
 * `errors.ts`: one `WebflowApiError` subclass per error status the spec documents, the known error codes,
 * and `toApiError`, which the client hands to the runtime to turn a failed response into the right class.
 */
export function emitErrors(model: ApiModel): GeneratedFile {
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "../runtime/errors.js", namedImports: ["WebflowApiError", { name: "ApiErrorInit", isTypeOnly: true }] },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc([`The error codes ${model.title} documents. The API adds codes over time, so \`error.code\` may hold any other string too.`])],
      declarations: [{ name: "ERROR_CODES", initializer: `[${model.errorCodes.map(stringLiteral).join(", ")}] as const` }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "KnownErrorCode",
      docs: [jsDoc(["A documented error code. `error.code` is typed `string` because the API adds codes over time; test it with `isKnownErrorCode`."])],
      type: model.errorCodes.length > 0 ? "(typeof ERROR_CODES)[number]" : "never",
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "isKnownErrorCode",
      docs: [jsDoc(["True when `code` is one of the documented codes."])],
      parameters: [{ name: "code", type: "string" }],
      returnType: "code is KnownErrorCode",
      statements: ["return (ERROR_CODES as readonly string[]).includes(code);"],
    },
  ];

  for (const status of model.errorStatuses) {
    statements.push({
      kind: StructureKind.Class,
      isExported: true,
      name: identifier(status.className),
      extends: "WebflowApiError",
      docs: [jsDoc([`HTTP ${status.status}. ${status.description}`])],
      properties: [{ name: "status", isReadonly: true, hasOverrideKeyword: true, type: literal(status.status), initializer: literal(status.status) }],
      ctors: [
        {
          parameters: [{ name: "init", type: "ApiErrorInit" }],
          statements: ["super(init);", `this.name = ${stringLiteral(status.className)};`],
        },
      ],
    });
  }

  statements.push(
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc(["Error class by status; a Map so that no status can reach an object's prototype."])],
      declarations: [
        {
          name: "API_ERRORS",
          type: "ReadonlyMap<number, new (init: ApiErrorInit) => WebflowApiError>",
          initializer: `new Map<number, new (init: ApiErrorInit) => WebflowApiError>([${model.errorStatuses.map((s) => `[${literal(s.status)}, ${identifier(s.className)}]`).join(", ")}])`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "toApiError",
      docs: [jsDoc(["The error for a failed response: the documented class for its status, or a plain `WebflowApiError` for any other status."])],
      parameters: [{ name: "init", type: "ApiErrorInit" }],
      returnType: "WebflowApiError",
      statements: ["const ErrorClass = API_ERRORS.get(init.status) ?? WebflowApiError;", "return new ErrorClass(init);"],
    },
  );

  return printSourceFile(`src/${model.namespace}/errors.ts`, { statements });
}
