import type { StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "../libraries.js";
import type { ApiModel } from "../model/types.js";
import { identifier, stringLiteral } from "./literals.js";
import { jsDoc, printSourceFile, type GeneratedFile } from "./source.js";

/**
 * `errors.ts`: the error codes the spec documents, and the runtime's error classes for the statuses it
 * documents. The classes are the runtime's own, re-exported, so one hierarchy serves every namespace.
 */
export function emitErrors(model: ApiModel): GeneratedFile {
  const classes = [...new Set(["WebflowApiError", "toApiError", ...model.errorStatuses.map((s) => s.className)])].sort();
  const statements: StatementStructures[] = [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "../runtime/errors.js", namedExports: classes.map((name) => identifier(name)) },
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
  return printSourceFile(`src/${model.namespace}/errors.ts`, { statements });
}
