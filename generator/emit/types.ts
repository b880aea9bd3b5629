import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { StructureKind } from "ts-morph";
import type { ApiModel, OperationModel, ParamModel } from "../model/types.js";
import { identifier, stringLiteral, typeKey } from "./literals.js";
import { jsDoc, operationDocLines, printSourceFile, type GeneratedFile } from "./source.js";

/**
 * `schema.ts`: the `paths`/`components`/`operations` types, exactly as openapi-typescript writes them
 * from the bundled document. This is the one emitter that needs the document itself, not the model:
 * openapi-typescript is the source of truth for types.
 */
export async function emitSchemaTypes(model: ApiModel, document: Record<string, unknown>): Promise<GeneratedFile> {
  const nodes = await openapiTS(document as unknown as OpenAPI3, {
    silent: true,
    defaultNonNullable: false,
    alphabetize: false,
    additionalProperties: false,
    emptyObjectsUnknown: true,
  });
  const header = "/* This file is generated from the OpenAPI description by openapi-typescript, via webflow-codegen. Do not edit it by hand. */\n";
  return { path: `src/${model.namespace}/schema.ts`, contents: header + astToString(nodes) };
}

/** The request parameters of an operation as one indexed-access type into openapi-typescript's `operations`. */
function paramType(op: OperationModel, param: ParamModel): string {
  const group = `${operationType(op)}["parameters"][${stringLiteral(param.in)}]`;
  return `NonNullable<${group}>[${stringLiteral(param.name)}]`;
}

const operationType = (op: OperationModel) => `operations[${stringLiteral(op.id)}]`;

export function bodyType(op: OperationModel): string {
  return `NonNullable<${operationType(op)}["requestBody"]>["content"][${stringLiteral(op.body?.contentType ?? "application/json")}]`;
}

export function resultType(op: OperationModel): string {
  if (!op.success.schema) return "void";
  return `${operationType(op)}["responses"][${op.success.status}]["content"][${stringLiteral(op.success.contentType ?? "application/json")}]`;
}

/** Parameters the caller passes: path, query and non-fixed headers, flat, plus the body under `body`. */
export function callerParams(op: OperationModel): ParamModel[] {
  return op.params.filter((p) => p.fixedValue === undefined);
}

export function paramsAreOptional(op: OperationModel): boolean {
  return callerParams(op).every((p) => !p.required) && !(op.body?.required ?? false);
}

export function takesParams(op: OperationModel): boolean {
  return callerParams(op).length > 0 || op.body !== undefined;
}

/**
 * `types.ts`: a named alias for every component schema and, for every operation, its parameters,
 * request body and result — the names consumers import.
 */
export function emitTypeAliases(model: ApiModel): GeneratedFile {
  const schemaAliases = model.schemas.map((schema) => ({
    kind: StructureKind.TypeAlias as const,
    name: identifier(schema.typeName),
    isExported: true,
    type: `components["schemas"][${stringLiteral(schema.name)}]`,
    docs: [jsDoc([schema.schema.description ?? `The ${schema.name} schema.`], schema.schema.deprecated ? [{ tagName: "deprecated" }] : [])],
  }));

  const operationTypes = model.operations.flatMap((op) => {
    const call = `client.${op.group}.${op.methodName}`;
    const body = op.body && op.typeNames.body
      ? [{ kind: StructureKind.TypeAlias as const, name: identifier(op.typeNames.body), isExported: true, type: bodyType(op), docs: [jsDoc([`Request body of \`${call}\` (${op.summary}).`, op.body.description])] }]
      : [];
    return [
      ...body,
      {
        kind: StructureKind.TypeAlias as const,
        name: identifier(op.typeNames.result),
        isExported: true,
        type: resultType(op),
        docs: [jsDoc([`What \`${call}\` resolves to: the ${op.success.status} response. ${op.success.description}`])],
      },
    ];
  });

  const paramInterfaces = model.operations.filter(takesParams).map((op) => ({
    kind: StructureKind.Interface as const,
    name: identifier(op.typeNames.params),
    isExported: true,
    docs: [jsDoc([`Parameters of \`client.${op.group}.${op.methodName}\` (${op.summary}).`, ...operationDocLines(op, model.auth)])],
    properties: [
      ...callerParams(op).map((param) => ({
        name: typeKey(param.name),
        hasQuestionToken: !param.required,
        type: paramType(op, param),
        docs: [jsDoc([param.description ?? `The ${param.name} ${param.in} parameter.`, `Sent in the ${param.in}.`])],
      })),
      ...(op.body && op.typeNames.body
        ? [{ name: "body", hasQuestionToken: !op.body.required, type: identifier(op.typeNames.body), docs: [jsDoc([op.body.description ?? "The JSON request body."])] }]
        : []),
    ],
  }));

  return printSourceFile(`src/${model.namespace}/types.ts`, {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./schema.js", namedImports: ["components", "operations"] },
      ...schemaAliases,
      ...operationTypes,
      ...paramInterfaces,
    ],
  });
}
