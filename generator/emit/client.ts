import { StructureKind, VariableDeclarationKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type StatementStructures } from "ts-morph";
import type { ApiModel, OperationModel, ParamLocation, TagModel } from "../model/types.js";
import { identifier, jsDocCode, objectKey, propertyAccess, stringLiteral } from "./literals.js";
import { jsDoc, operationDocLines, printSourceFile, type GeneratedFile } from "./source.js";
import { callerParams, paramsAreOptional, takesParams } from "./types.js";


/**
 * Reads one parameter. A name that every object inherits (`constructor`, `toString`, `__proto__`) is read
 * only when the caller set it, so an omitted parameter is never sent as an inherited function.
 */
function paramValue(name: string): string {
  const inherited = name in Object.prototype;
  return inherited ? `(Object.hasOwn(params, ${stringLiteral(name)}) ? params[${stringLiteral(name)}] : undefined)` : propertyAccess("params", name);
}

/** Header values travel as text whatever their schema type. */
function headerValue(name: string): string {
  const value = paramValue(name);
  return `${value} === undefined ? undefined : String(${value})`;
}

/** `{ site_id: params.site_id }` for the parameters of one location. */
function paramObject(op: OperationModel, location: ParamLocation): string | undefined {
  const params = op.params.filter((p) => p.in === location);
  if (params.length === 0) return undefined;
  const entries = params.map((p) => `${objectKey(p.name)}: ${p.fixedValue !== undefined ? stringLiteral(p.fixedValue) : location === "header" ? headerValue(p.name) : paramValue(p.name)}`);
  return `{ ${entries.join(", ")} }`;
}

/** The request description the runtime core executes for one call. */
function requestLiteral(op: OperationModel): string {
  const fields: [string, string | undefined][] = [
    ["operationId", stringLiteral(op.id)],
    ["method", stringLiteral(op.method)],
    ["path", stringLiteral(op.path)],
    ["pathParams", paramObject(op, "path")],
    ["query", paramObject(op, "query")],
    ["headers", paramObject(op, "header")],
    ["body", op.body ? "params.body" : undefined],
    ["contentType", op.body && op.body.contentType !== "application/json" ? stringLiteral(op.body.contentType) : undefined],
    ["validateBody", op.bodyValidatorName ? identifier(op.bodyValidatorName) : undefined],
    ["responseKind", op.success.schema ? '"json"' : '"empty"'],
    ["validate", op.success.schema ? identifier(op.validatorName) : undefined],
  ];
  return `{ ${fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
}

function methodDocs(model: ApiModel, op: OperationModel) {
  const tags = [
    ...(takesParams(op) ? [{ tagName: "param", text: `params - ${callerParams(op).map((p) => p.name).concat(op.body ? ["body"] : []).join(", ")}` }] : []),
    { tagName: "param", text: "options - Per-call abort signal, headers and timeout." },
    { tagName: "returns", text: op.success.schema ? `The ${op.success.status} response body, validated.` : `Nothing: the API answers ${op.success.status} with no body.` },
    ...op.errors.map((e) => {
      const className = model.errorStatuses.find((s) => s.status === e.status)?.className ?? "WebflowApiError";
      return { tagName: "throws", text: `{@link ${className}} ${e.status}: ${e.description}` };
    }),
    ...(op.body ? [{ tagName: "throws", text: "{@link WebflowRequestValidationError} when the body does not match the spec; nothing is sent." }] : []),
    { tagName: "throws", text: "{@link WebflowNetworkError} when the request cannot be sent or times out." },
    { tagName: "throws", text: "{@link WebflowResponseValidationError} when the response does not match the spec." },
    ...(op.deprecated ? [{ tagName: "deprecated" }] : []),
  ];
  return [jsDoc([op.summary, op.description, ...operationDocLines(op, model.auth)], tags)];
}

function method(model: ApiModel, op: OperationModel): MethodDeclarationStructure {
  const parameters = takesParams(op)
    ? [{ name: "params", type: identifier(op.typeNames.params), ...(paramsAreOptional(op) ? { initializer: "{}" } : {}) }]
    : [];
  return {
    kind: StructureKind.Method,
    name: identifier(op.methodName),
    docs: methodDocs(model, op),
    parameters: [...parameters, { name: "options", type: "RequestOptions", hasQuestionToken: true }],
    returnType: `Promise<${op.typeNames.result}>`,
    statements: [`return this.#core.request<${op.typeNames.result}>(${requestLiteral(op)}, options);`],
  };
}

/** For a paged list: a method that walks every page through the list method and yields single items. */
function iteratorMethod(op: OperationModel): MethodDeclarationStructure | undefined {
  if (!op.paging) return undefined;
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
      `return paginate(async (offset) => {`,
      `  const page = await this.${identifier(op.methodName)}({ ...params, offset }, options);`,
      `  return { items: ${items}, pagination: ${pagination} };`,
      `}, params.offset ?? 0);`,
    ],
  };
}

function groupClass(model: ApiModel, tag: TagModel): ClassDeclarationStructure {
  const group = tag.group;
  const operations = model.operations.filter((op) => op.group === group);
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: identifier(tag.className),
    docs: [jsDoc([`${tag.name} operations${tag.description ? `: ${tag.description}` : "."}`, `Reached as \`client.${group}\`.`])],
    // An ES private field, so no operation's method name can collide with it.
    properties: [{ name: "#core", type: "HttpCore", isReadonly: true }],
    ctors: [{ parameters: [{ name: "core", type: "HttpCore" }], statements: ["this.#core = core;"] }],
    methods: operations.flatMap((op) => [method(model, op), iteratorMethod(op)]).filter((m): m is MethodDeclarationStructure => m !== undefined),
  };
}

/**
 * `client.ts`: a class per tag with a method per operation, and `createClient`, which wires them to the
 * runtime core. Types come from `types.ts`, response checks from `validators.ts`, errors from `errors.ts`.
 */
export function emitClient(model: ApiModel): GeneratedFile {
  const tags = [...model.tags].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  const typeImports = new Set<string>();
  const validatorImports = new Set<string>();
  for (const op of model.operations) {
    typeImports.add(op.typeNames.result);
    if (takesParams(op)) typeImports.add(op.typeNames.params);
    if (op.success.schema) validatorImports.add(op.validatorName);
    if (op.bodyValidatorName) validatorImports.add(op.bodyValidatorName);
  }

  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "../runtime/http.js",
      namedImports: ["createHttpCore", { name: "ClientConfig", isTypeOnly: true }, { name: "HttpCore", isTypeOnly: true }, { name: "RequestOptions", isTypeOnly: true }],
    },
    ...(model.operations.some((op) => op.paging) ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "../runtime/paging.js", namedImports: ["paginate"] }] : []),
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "../runtime/errors.js", namedImports: ["WebflowNetworkError", ...(model.operations.some((op) => op.body) ? ["WebflowRequestValidationError"] : []), "WebflowResponseValidationError"] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./errors.js", namedImports: ["toApiError", ...model.errorStatuses.map((s) => ({ name: s.className, isTypeOnly: true }))] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./types.js", namedImports: [...typeImports].sort() },
  ];
  if (validatorImports.size > 0) statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./validators.js", namedImports: [...validatorImports].sort() });

  statements.push(
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
      docs: [jsDoc([`The version of the API description this client was generated from.`])],
      declarations: [{ name: "API_VERSION", initializer: stringLiteral(model.version) }],
    },
    ...tags.map((tag) => groupClass(model, tag)),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "Client",
      docs: [jsDoc([`A ${model.title} client: one property per tag, one method per operation.`])],
      properties: tags.map((tag) => ({ name: identifier(tag.group), isReadonly: true, type: identifier(tag.className) })),
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "createClient",
      docs: [
        jsDoc(
          [
            `Creates a ${model.title} client.`,
            `Every call sends \`Authorization: Bearer <token>\` to ${jsDocCode(model.server)} (or \`config.baseUrl\`), checks the response against the spec unless \`validateResponses\` is false, and throws a typed error for every documented error status.`,
          ],
          [{ tagName: "example", text: `const client = createClient({ token: process.env.WEBFLOW_TOKEN! });` }],
        ),
      ],
      parameters: [{ name: "config", type: "ClientConfig" }],
      returnType: "Client",
      statements: [
        "const core = createHttpCore({ defaultBaseUrl: SERVER_URL, config, toApiError });",
        `return { ${tags.map((tag) => `${identifier(tag.group)}: new ${identifier(tag.className)}(core)`).join(", ")} };`,
      ],
    },
  );

  return printSourceFile(`src/${model.namespace}/client.ts`, { statements });
}
