import type { MethodDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind } from "../libraries.js";
import { COMPONENTS_MODULE, isBareRef, resultSchemaOf, validatedBody } from "../model/index.js";
import type { ApiModel, CredentialModel, NamedSchema, OperationModel, ParamLocation, ParamModel, ResponseModel, SchemaNode, TagModel } from "../model/types.js";
import { identifier, memberIdentifier, objectKey, propertyAccess, stringLiteral, typeKey } from "./literals.js";
import { ModuleBuilder } from "./module.js";
import { emitSchemaRoot, emitValidatorAlias, schemaScope, type SchemaScope } from "./schemas.js";
import { jsDoc, operationDocLines, type GeneratedFile } from "./source.js";

/**
 * The modules that carry an API version's code, one per tag group (`sites.ts`) plus `shared.ts` for the
 * schemas several groups share. A group's module holds, for its operations: the parameter, body and result
 * types, their validators, one standalone function per operation and the class `client.<group>` is an
 * instance of. A program that calls one operation imports one function and bundles only what it reaches.
 */

const HTTP = "../runtime/http.js";

/** `./sites.js` for the model's module name `sites`. */
export const specifierOf = (module: string) => `./${module}.js`;

/** What a module exports to the namespace index, by name; `true` for type-only names. */
export type Exports = Map<string, boolean>;

export interface EmittedModule {
  file: GeneratedFile;
  exports: Exports;
  /** The explainers its validators use, by name: the parts of each (see ./explainers.ts). */
  explainers: ReadonlyMap<string, readonly string[]>;
}

/** Parameters the caller passes: path, query and non-fixed headers, flat, plus the body under `body`. */
export const callerParams = (op: OperationModel): ParamModel[] => op.params.filter((p) => p.fixedValue === undefined);
/** A parameter's property in `<Id>Params`. */
export const argumentOf = (param: ParamModel): string => param.argument ?? param.name;
export const paramsAreOptional = (op: OperationModel): boolean => callerParams(op).every((p) => !p.required) && !(op.body?.required ?? false);
export const takesParams = (op: OperationModel): boolean => callerParams(op).length > 0 || op.body !== undefined;

/** The spec's words, or `fallback` where it says nothing (also an empty or blank description). */
const saidOr = (text: string | undefined, fallback: string) => (text?.trim() ? text : fallback);

const operationType = (op: OperationModel) => `operations[${stringLiteral(op.id)}]`;

/** What a binary body may be given as, and what a binary response is read as. */
const BINARY_INPUT = "Blob | ArrayBuffer | ArrayBufferView | string";

/** The type one success response resolves to: its body's type from openapi-typescript, a Blob, text or nothing. */
function responseType(op: OperationModel, response: ResponseModel): string {
  if (response.kind === "empty" || !response.schema) return "void";
  if (response.kind === "binary") return "Blob";
  const key = /^\d+$/.test(response.key) ? response.key : stringLiteral(response.key);
  return `${operationType(op)}["responses"][${key}]["content"][${stringLiteral(response.contentType ?? "application/json")}]`;
}

class Module {
  readonly builder: ModuleBuilder;
  readonly exports: Exports = new Map();
  readonly scope: SchemaScope;

  constructor(
    model: ApiModel,
    module: string,
    readonly byName: ReadonlyMap<string, NamedSchema>,
  ) {
    this.builder = new ModuleBuilder(`src/${model.namespace}/${module}.ts`, specifierOf(module));
    this.scope = schemaScope(this.builder, byName, specifierOf, []);
  }

  /** Adds declarations and records the names they export. */
  export(statements: StatementStructures[], names: [string, boolean][]): void {
    this.builder.add(...statements);
    for (const [name, typeOnly] of names) this.exports.set(name, typeOnly);
  }

  schemaType(name: string): string {
    return this.builder.use("components", { module: "./schema.js", typeOnly: true }) && `components["schemas"][${stringLiteral(name)}]`;
  }

  operations(): string {
    return this.builder.use("operations", { module: "./schema.js", typeOnly: true });
  }

  done(): EmittedModule {
    return { file: this.builder.print(), exports: this.exports, explainers: this.scope.explainers };
  }
}

/** Type alias, guard, plan and validator of a component schema. */
function emitComponent(module: Module, schema: NamedSchema): void {
  module.export(
    [
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: identifier(schema.typeName),
        type: module.schemaType(schema.name),
        docs: [jsDoc([saidOr(schema.schema.description, `The ${schema.name} schema.`)], schema.schema.deprecated ? [{ tagName: "deprecated" }] : [])],
      },
    ],
    [[schema.typeName, true]],
  );
  emitSchemaRoot(module.scope, {
    typeName: schema.typeName,
    guardName: schema.guardName,
    planName: schema.planName,
    validatorName: schema.validatorName,
    node: schema.schema,
    ...(schema.name !== schema.typeName ? { title: schema.name } : {}),
    docs: [`Checks that \`value\` is a {@link ${schema.typeName}}.`],
  });
  module.exports.set(schema.guardName, false);
  module.exports.set(schema.validatorName, false);
}

const call = (op: OperationModel) => `client.${op.group}.${op.methodName}`;

/** Types of one operation: `<Id>Params`, `<Id>Body`, `<Id>Result`. */
function emitOperationTypes(module: Module, op: OperationModel): void {
  const ops = module.operations();
  const statements: StatementStructures[] = [];
  const names: [string, boolean][] = [];
  if (takesParams(op)) {
    statements.push({
      kind: StructureKind.Interface,
      isExported: true,
      name: identifier(op.typeNames.params),
      docs: [jsDoc([`Parameters of \`${call(op)}\`.`])],
      properties: [
        ...callerParams(op).map((param) => ({
          name: typeKey(argumentOf(param)),
          hasQuestionToken: !param.required,
          type: `NonNullable<${ops}[${stringLiteral(op.id)}]["parameters"][${stringLiteral(param.in)}]>[${stringLiteral(param.name)}]`,
          docs: [jsDoc([saidOr(param.description, `The ${param.name} ${param.in} parameter.`), param.argument === undefined ? `Sent in the ${param.in}.` : `Sent in the ${param.in} as \`${param.name}\` (another parameter has that name).`])],
        })),
        ...(op.body && op.typeNames.body ? [{ name: "body", hasQuestionToken: !op.body.required, type: identifier(op.typeNames.body), docs: [jsDoc([saidOr(op.body.description, "The request body.")])] }] : []),
      ],
    });
    names.push([op.typeNames.params, true]);
  }
  if (op.body && op.typeNames.body) {
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: identifier(op.typeNames.body),
      type: op.body.kind === "binary" ? BINARY_INPUT : `NonNullable<${operationType(op)}["requestBody"]>["content"][${stringLiteral(op.body.contentType)}]`,
      docs: [jsDoc([`Request body of \`${call(op)}\`.`, op.body.description])],
    });
    names.push([op.typeNames.body, true]);
  }
  const results = [...new Set(op.successes.map((response) => responseType(op, response)))];
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: identifier(op.typeNames.result),
    type: results.join(" | "),
    docs: [jsDoc([`What \`${call(op)}\` resolves to: the ${op.successes.map((r) => r.key).join(" or ")} response. ${op.success.description}`])],
  });
  names.push([op.typeNames.result, true]);
  module.export(statements, names);
}

/** Result and body validators: compiled for an inline schema, an alias of the component's validator otherwise. */
function emitOperationValidators(module: Module, byName: ReadonlyMap<string, NamedSchema>, op: OperationModel): void {
  const success = resultSchemaOf(op.successes);
  if (success) {
    const docs = [`Checks the ${op.successes.filter((r) => r.kind === "json").map((r) => r.key).join(" or ")} response body of \`${call(op)}\`.`];
    if (isBareRef(success)) emitValidatorAlias(module.scope, op.validatorName, op.typeNames.result, byName.get(success.name) as NamedSchema, docs);
    else emitSchemaRoot(module.scope, { typeName: op.typeNames.result, guardName: op.inline.resultGuard as string, planName: op.inline.resultPlan as string, validatorName: op.validatorName, node: success, docs });
    module.exports.set(op.validatorName, false);
    if (op.inline.resultGuard) module.exports.set(op.inline.resultGuard, false);
  }
  if (op.body && op.bodyValidatorName && op.typeNames.body && validatedBody(op.body)) {
    const docs = [`Checks a request body of \`${call(op)}\`; the client runs it before sending.`];
    if (isBareRef(op.body.schema)) emitValidatorAlias(module.scope, op.bodyValidatorName, op.typeNames.body, byName.get(op.body.schema.name) as NamedSchema, docs);
    else emitSchemaRoot(module.scope, { typeName: op.typeNames.body, guardName: op.inline.bodyGuard as string, planName: op.inline.bodyPlan as string, validatorName: op.bodyValidatorName, node: op.body.schema, docs });
    module.exports.set(op.bodyValidatorName, false);
    if (op.inline.bodyGuard) module.exports.set(op.inline.bodyGuard, false);
  }
}

/**
 * Reads one parameter. A name that every object inherits (`constructor`, `toString`, `__proto__`) is read
 * only when the caller set it, so an omitted parameter is never sent as an inherited function.
 */
function paramValue(name: string): string {
  return name in Object.prototype ? `(Object.hasOwn(params, ${stringLiteral(name)}) ? params[${stringLiteral(name)}] : undefined)` : propertyAccess("params", name);
}

/** `{ site_id: params.site_id }` for the parameters of one location; header values travel as text. */
function paramObject(op: OperationModel, location: ParamLocation): string | undefined {
  const params = op.params.filter((p) => p.in === location);
  if (params.length === 0) return undefined;
  const value = (p: ParamModel) => {
    if (p.fixedValue !== undefined) return stringLiteral(p.fixedValue);
    const read = paramValue(argumentOf(p));
    return location === "header" ? `${read} === undefined ? undefined : String(${read})` : read;
  };
  return `{ ${params.map((p) => `${objectKey(p.name)}: ${value(p)}`).join(", ")} }`;
}

/** How the runtime reads the success body: as the primary success response is sent. */
function responseKind(op: OperationModel): string {
  const kinds = new Set(op.successes.map((r) => (r.schema ? r.kind : "empty")));
  if (kinds.has("json")) return "json";
  if (kinds.has("binary")) return "binary";
  if (kinds.has("text")) return "text";
  return "empty";
}

/** Success statuses without a body among ones with one (`200` with JSON, `204` without). */
function emptyStatuses(op: OperationModel): string | undefined {
  if (responseKind(op) === "empty") return undefined;
  const empty = op.successes.filter((r) => !r.schema && /^\d+$/.test(r.key)).map((r) => r.status);
  return empty.length > 0 ? `[${empty.join(", ")}]` : undefined;
}

/** `{ fields: "form-no-explode" }` for the query parameters that are not exploded `form`. */
function queryStyles(op: OperationModel): string | undefined {
  const styled = op.params.filter((p) => p.in === "query" && p.style !== undefined);
  return styled.length > 0 ? `{ ${styled.map((p) => `${objectKey(p.name)}: ${stringLiteral(p.style as string)}`).join(", ")} }` : undefined;
}

/** A schema whose values are strings, numbers or booleans: the core writes such a query parameter itself. */
function isScalar(schema: SchemaNode | undefined, byName: ReadonlyMap<string, NamedSchema>, depth = 0): boolean {
  if (schema === undefined || depth > 8) return false;
  if (schema.kind === "ref") return isScalar(byName.get(schema.name)?.schema, byName, depth + 1);
  return (schema.kind === "string" || schema.kind === "number" || schema.kind === "integer" || schema.kind === "boolean") && !schema.implied;
}

function credentialLiteral(credential: CredentialModel): string {
  return credential.type === "apiKey"
    ? `{ type: "apiKey", in: ${stringLiteral(credential.in)}, name: ${stringLiteral(credential.name)} }`
    : `{ type: ${stringLiteral(credential.type)} }`;
}

/** The standalone function of one operation: the request the runtime core executes. */
function emitOperationFunction(module: Module, op: OperationModel, classOf: string): void {
  const { builder } = module;
  const fields: [string, string | undefined][] = [
    ["operationId", stringLiteral(op.id)],
    ["method", stringLiteral(op.method)],
    ["path", stringLiteral(op.path)],
    ["pathParams", paramObject(op, "path")],
    ["query", paramObject(op, "query")],
    ["queryStyles", queryStyles(op)],
    // The encoders travel with the requests that need them, so a program bundles them only then.
    ["encodeQuery", op.params.some((p) => p.in === "query" && (p.style !== undefined || !isScalar(p.schema, module.byName))) ? module.builder.support("encodeQuery") : undefined],
    ["headers", paramObject(op, "header")],
    ["cookies", paramObject(op, "cookie")],
    ["body", op.body ? "params.body" : undefined],
    ["bodyKind", op.body && op.body.kind !== "json" ? stringLiteral(op.body.kind) : undefined],
    ["encodeBody", op.body && (op.body.kind === "form" || op.body.kind === "multipart") ? module.builder.support("encodeFormBody") : undefined],
    ["contentType", op.body && op.body.contentType !== "application/json" && op.body.kind !== "multipart" ? stringLiteral(op.body.contentType) : undefined],
    ["validateBody", op.body && validatedBody(op.body) && op.bodyValidatorName ? identifier(op.bodyValidatorName) : undefined],
    ["responseKind", stringLiteral(responseKind(op))],
    ["emptyStatuses", emptyStatuses(op)],
    ["validate", resultSchemaOf(op.successes) ? identifier(op.validatorName) : undefined],
    ["writeCredentials", op.security || op.params.some((p) => p.in === "cookie") ? module.builder.support("writeCredentials") : undefined],
    ["security", op.security ? `[${op.security.map((alternative) => `[${alternative.map(credentialLiteral).join(", ")}]`).join(", ")}]` : undefined],
  ];
  const request = `{ ${fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
  const params = takesParams(op) ? [{ name: "params", type: identifier(op.typeNames.params), ...(paramsAreOptional(op) ? { initializer: "{}" } : {}) }] : [];
  module.export(
    [
      {
        kind: StructureKind.Function,
        isExported: true,
        name: identifier(op.functionName),
        docs: [jsDoc([`${op.summary}: {@link ${classOf}.${op.methodName} | ${call(op)}} as a function of the core, so that a program importing only it bundles only it.`])],
        parameters: [{ name: "core", type: builder.use("HttpCore", { module: HTTP, typeOnly: true }) }, ...params, { name: "options", type: builder.use("RequestOptions", { module: HTTP, typeOnly: true }), hasQuestionToken: true }],
        returnType: `${builder.use("ApiPromise", { module: HTTP, typeOnly: true })}<${op.typeNames.result}>`,
        statements: [`return core.request<${op.typeNames.result}>(${request}, options);`],
      },
    ],
    [[op.functionName, false]],
  );
}

function methodDocs(model: ApiModel, op: OperationModel) {
  const tags = [
    ...(takesParams(op) ? [{ tagName: "param", text: `params - ${callerParams(op).map(argumentOf).concat(op.body ? ["body"] : []).join(", ")}` }] : []),
    { tagName: "param", text: "options - Per-call abort signal, headers and timeout." },
    { tagName: "returns", text: `${op.success.schema ? `The ${op.success.key} response body${op.success.kind === "json" ? ", validated" : ""}` : `Nothing: the API answers ${op.success.key} with no body`}; \`.withResponse()\` adds the status, headers and rate limit.` },
    // What every operation's error means is said once, on its class; here only what this operation adds.
    ...op.errors.map((e) => {
      const className = model.errorStatuses.find((s) => s.status === e.status)?.className ?? "WebflowApiError";
      const own = e.sharedDescription === undefined || e.description !== e.sharedDescription ? `: ${e.description}` : "";
      return { tagName: "throws", text: `{@link ${className}} ${e.key}${own}` };
    }),
    ...(op.deprecated ? [{ tagName: "deprecated" }] : []),
  ];
  return [jsDoc([op.summary, op.description, ...operationDocLines(op, model.auth)], tags)];
}

function method(model: ApiModel, op: OperationModel): MethodDeclarationStructure {
  const takes = takesParams(op);
  return {
    kind: StructureKind.Method,
    name: memberIdentifier(op.methodName),
    docs: methodDocs(model, op),
    parameters: [...(takes ? [{ name: "params", type: identifier(op.typeNames.params), ...(paramsAreOptional(op) ? { initializer: "{}" } : {}) }] : []), { name: "options", type: "RequestOptions", hasQuestionToken: true }],
    returnType: `ApiPromise<${op.typeNames.result}>`,
    statements: [`return ${identifier(op.functionName)}(this.#core, ${takes ? "params, " : ""}options);`],
  };
}

/** For a paged list: a method that walks every page through the list call and yields single items. */
function iteratorMethod(module: Module, op: OperationModel): MethodDeclarationStructure | undefined {
  if (!op.paging) return undefined;
  const paginate = module.builder.support("paginate");
  const items = `${propertyAccess("page", op.paging.itemsProperty)}${op.paging.itemsRequired ? "" : " ?? []"}`;
  // A page without pagination information is the last one.
  const pagination = op.paging.paginationRequired ? "page.pagination" : "page.pagination ?? { offset, total: 0 }";
  const itemType = `NonNullable<${op.typeNames.result}[${stringLiteral(op.paging.itemsProperty)}]>[number]`;
  return {
    kind: StructureKind.Method,
    name: identifier(op.paging.iteratorName),
    docs: [
      jsDoc(
        [
          `Every item of \`${op.methodName}\` across all pages: requests one page at a time (from \`params.offset\`, \`params.limit\` items each) and stops at \`pagination.total\`.`,
          "Breaking out of the loop sends no further requests. Errors are thrown as by the list call.",
        ],
        [{ tagName: "example", text: `for await (const item of client.${op.group}.${op.paging.iteratorName}(params)) console.log(item);` }],
      ),
    ],
    parameters: [
      { name: "params", type: identifier(op.typeNames.params), ...(paramsAreOptional(op) ? { initializer: "{}" } : {}) },
      { name: "options", type: "RequestOptions", hasQuestionToken: true },
    ],
    returnType: `AsyncGenerator<${itemType}, void, undefined>`,
    statements: [
      `return ${paginate}(async (offset) => {`,
      `  const page = await ${identifier(op.functionName)}(this.#core, { ...params, offset }, options);`,
      `  return { items: ${items}, pagination: ${pagination} };`,
      `}, params.offset ?? 0);`,
    ],
  };
}

function emitGroupClass(module: Module, model: ApiModel, tag: TagModel, operations: OperationModel[]): void {
  for (const name of ["ApiPromise", "HttpCore", "RequestOptions"]) module.builder.use(name, { module: HTTP, typeOnly: true });
  module.export(
    [
      {
        kind: StructureKind.Class,
        isExported: true,
        name: identifier(tag.className),
        docs: [
          jsDoc([
            `${tag.name} operations${tag.description ? `: ${tag.description}` : "."}`,
            `Reached as \`client.${tag.group}\`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.`,
          ]),
        ],
        // An ES private field, so no operation's method name can collide with it.
        properties: [{ name: "#core", type: "HttpCore", isReadonly: true }],
        ctors: [{ parameters: [{ name: "core", type: "HttpCore" }], statements: ["this.#core = core;"] }],
        methods: operations.flatMap((op) => [method(model, op), iteratorMethod(module, op)]).filter((m): m is MethodDeclarationStructure => m !== undefined),
      },
    ],
    [[tag.className, false]],
  );
  // Only for the links in the docs above.
  for (const name of ["WebflowNetworkError", "WebflowRequestValidationError", "WebflowResponseValidationError"]) module.builder.use(name, { module: "../runtime/errors.js", typeOnly: true });
}

/** One group's module: component schemas only it uses, then per operation its types, validators and function, then the class. */
export function emitGroupModule(model: ApiModel, tag: TagModel): EmittedModule {
  const byName = new Map(model.schemas.map((s) => [s.name, s]));
  const module = new Module(model, tag.module, byName);
  for (const schema of model.schemas.filter((s) => s.module === tag.module)) emitComponent(module, schema);
  const operations = model.operations.filter((op) => op.group === tag.group);
  for (const op of operations) {
    emitOperationTypes(module, op);
    emitOperationValidators(module, byName, op);
    emitOperationFunction(module, op, tag.className);
  }
  emitGroupClass(module, model, tag, operations);
  return module.done();
}

/** `shared.ts`: the schemas several groups share, or none uses. */
export function emitComponentsModule(model: ApiModel): EmittedModule | undefined {
  const shared = model.schemas.filter((s) => s.module === COMPONENTS_MODULE);
  if (shared.length === 0) return undefined;
  const module = new Module(model, COMPONENTS_MODULE, new Map(model.schemas.map((s) => [s.name, s])));
  for (const schema of shared) emitComponent(module, schema);
  return module.done();
}
