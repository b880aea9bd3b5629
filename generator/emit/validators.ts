import { CodeBlockWriter, StructureKind, VariableDeclarationKind, type FunctionDeclarationStructure, type StatementStructures } from "ts-morph";
import type { ApiModel, NamedSchema, ObjectSchema, SchemaNode, StringFormat } from "../model/types.js";
import { NameRegistry, pascalCase } from "../model/names.js";
import { identifier, jsDocCode, literal, propertyAccess, stringLiteral } from "./literals.js";
import { jsDoc, printSourceFile, type GeneratedFile } from "./source.js";

/**
 * `validators.ts`: one straight-line checker per component schema and per operation response, compiled
 * from the model at generation time so nothing is interpreted at run time (the ajv-standalone idea).
 * Each `check*` function appends issues; each exported `validate*` wraps one in a result.
 */

const RUNTIME = "../runtime/validation.js";
/** Above this many values an enum is checked through a module-level Set instead of a chain of `===`. */
const INLINE_ENUM_LIMIT = 6;

/** The runtime check for each string format the model keeps. */
const FORMAT_CHECKS: Record<StringFormat, string> = { "date-time": "isDateTime", date: "isDate", uri: "isUri", email: "isEmail" };

interface Context {
  model: ApiModel;
  byName: Map<string, NamedSchema>;
  /** Runtime helpers the file uses, so only those are imported. */
  helpers: Set<string>;
  /** Module-level constants (regexes, enum sets), deduplicated by their source text. */
  constants: Map<string, string>;
  /** Checker names of inline shapes that occur more than once, by shape key; one function serves them all. */
  shared: Map<string, SharedShape>;
  /** The shared checker being written, which must not call itself at its root. */
  current?: string;
  counter: number;
}

interface SharedShape {
  name: string;
  node: SchemaNode;
  /** Where the shape occurs, e.g. `CommentThread.author`, for the checker's docs. */
  sites: string[];
}

const fresh = (ctx: Context, prefix: string) => `${prefix}${++ctx.counter}`;

function constant(ctx: Context, prefix: string, initializer: string): string {
  const existing = ctx.constants.get(initializer);
  if (existing) return existing;
  const name = `${prefix}_${ctx.constants.size + 1}`;
  ctx.constants.set(initializer, name);
  return name;
}

const checkerName = (schema: NamedSchema) => identifier(`check${schema.typeName}`);

/** What a schema accepts, in a few words, for `expected` in issues. */
export function describeSchema(node: SchemaNode, byName: Map<string, NamedSchema>): string {
  const core = (() => {
    switch (node.kind) {
      case "ref":
        return byName.get(node.name)?.typeName ?? node.name;
      case "oneOf":
      case "anyOf":
        return node.variants.map((v) => describeSchema(v, byName)).join(node.kind === "oneOf" ? " xor " : " or ");
      case "allOf":
        return node.variants.map((v) => describeSchema(v, byName)).join(" and ");
      case "unknown":
        return "any value";
      case "string":
        return node.format ? `${node.format} string` : "string";
      default:
        return node.kind;
    }
  })();
  return node.nullable && node.kind !== "null" ? `${core} or null` : core;
}

function describeEnum(values: readonly (string | number | boolean)[]): string {
  const shown = values.slice(0, 8).map((v) => JSON.stringify(v)).join(", ");
  return `one of ${shown}${values.length > 8 ? `, … (${values.length} values)` : ""}`;
}

function pushIssue(w: CodeBlockWriter, ctx: Context, issues: string, path: string, expected: string, value: string): void {
  ctx.helpers.add("issue");
  w.writeLine(`${issues}.push(issue(${path}, ${stringLiteral(expected)}, ${value}));`);
}

/** A child's pointer, as an expression evaluated only when an issue is reported. */
function childPath(ctx: Context, path: string, key: string): string {
  ctx.helpers.add("pointerJoin");
  return `pointerJoin(${path}, ${key})`;
}

/**
 * Writes statements that check `value` (a local name) against `node`. `path` is an expression for its JSON
 * pointer, evaluated only when there is something to report.
 */
function writeCheck(w: CodeBlockWriter, ctx: Context, node: SchemaNode, value: string, path: string, issues: string): void {
  if (node.nullable && node.kind !== "null") {
    const inner = render((body) => writeNonNull(body, ctx, node, value, path, issues));
    if (inner.trim() !== "") w.write(`if (${value} !== null)`).block(() => w.write(inner));
    return;
  }
  writeNonNull(w, ctx, node, value, path, issues);
}

function writeNonNull(w: CodeBlockWriter, ctx: Context, node: SchemaNode, value: string, path: string, issues: string): void {
  const shared = ctx.shared.get(shapeKey(node));
  if (shared && shared.name !== ctx.current) {
    w.writeLine(`${shared.name}(${value}, ${path}, ${issues});`);
    return;
  }
  switch (node.kind) {
    case "ref": {
      const target = ctx.byName.get(node.name);
      if (!target) throw new Error(`internal: unknown schema ${node.name}`);
      w.writeLine(`${checkerName(target)}(${value}, ${path}, ${issues});`);
      return;
    }
    case "string":
      return writeTyped(w, ctx, node, value, path, issues, `typeof ${value} !== "string"`, "string", (body) => {
        if (node.format !== undefined) {
          const helper = FORMAT_CHECKS[node.format];
          ctx.helpers.add(helper);
          body.write(`if (!${helper}(${value}))`).block(() => pushIssue(body, ctx, issues, path, `${node.format} string`, value));
        }
        if (node.pattern !== undefined) {
          const regex = constant(ctx, "PATTERN", `new RegExp(${stringLiteral(node.pattern)}, "u")`);
          body.write(`if (!${regex}.test(${value}))`).block(() => pushIssue(body, ctx, issues, path, `string matching /${node.pattern}/`, value));
        }
        // JSON Schema counts characters (code points), not UTF-16 units.
        if (node.minLength !== undefined || node.maxLength !== undefined) ctx.helpers.add("stringLength");
        if (node.minLength !== undefined) {
          body.write(`if (stringLength(${value}) < ${literal(node.minLength)})`).block(() => pushIssue(body, ctx, issues, path, `string of at least ${node.minLength} characters`, value));
        }
        if (node.maxLength !== undefined) {
          body.write(`if (stringLength(${value}) > ${literal(node.maxLength)})`).block(() => pushIssue(body, ctx, issues, path, `string of at most ${node.maxLength} characters`, value));
        }
      });
    case "number":
    case "integer": {
      const test = node.kind === "integer" ? `typeof ${value} !== "number" || !Number.isInteger(${value})` : `typeof ${value} !== "number" || !Number.isFinite(${value})`;
      return writeTyped(w, ctx, node, value, path, issues, test, node.kind, (body) => {
        const bounds: [number | undefined, string, string][] = [
          [node.minimum, "<", ">="],
          [node.maximum, ">", "<="],
          [node.exclusiveMinimum, "<=", ">"],
          [node.exclusiveMaximum, ">=", "<"],
        ];
        for (const [bound, failing, wanted] of bounds) {
          if (bound === undefined) continue;
          body.write(`if (${value} ${failing} ${literal(bound)})`).block(() => pushIssue(body, ctx, issues, path, `${node.kind} ${wanted} ${bound}`, value));
        }
      });
    }
    case "boolean":
      return writeTyped(w, ctx, node, value, path, issues, `typeof ${value} !== "boolean"`, "boolean", () => undefined);
    case "null":
      w.write(`if (${value} !== null)`).block(() => pushIssue(w, ctx, issues, path, "null", value));
      return;
    case "array":
      return writeTyped(w, ctx, node, value, path, issues, `!Array.isArray(${value})`, "array", (body) => {
        if (node.minItems !== undefined) body.write(`if (${value}.length < ${literal(node.minItems)})`).block(() => pushIssue(body, ctx, issues, path, `array of at least ${node.minItems} items`, value));
        if (node.maxItems !== undefined) body.write(`if (${value}.length > ${literal(node.maxItems)})`).block(() => pushIssue(body, ctx, issues, path, `array of at most ${node.maxItems} items`, value));
        if (node.items.kind === "unknown" && !node.items.enum) return;
        const index = fresh(ctx, "i");
        const item = fresh(ctx, "item");
        body.write(`for (let ${index} = 0; ${index} < ${value}.length; ${index}++)`).block(() => {
          body.writeLine(`const ${item}: unknown = ${value}[${index}];`);
          writeCheck(body, ctx, node.items, item, childPath(ctx, path, index), issues);
        });
      });
    case "object":
      ctx.helpers.add("isPlainObject");
      return writeTyped(w, ctx, node, value, path, issues, `!isPlainObject(${value})`, "object", (body) => writeObjectBody(body, ctx, node, value, path, issues));
    case "allOf":
      for (const variant of node.variants) writeCheck(w, ctx, variant, value, path, issues);
      writeEnum(w, ctx, node, value, path, issues);
      return;
    case "oneOf":
    case "anyOf": {
      const matches = fresh(ctx, "matches");
      w.writeLine(`let ${matches} = 0;`);
      for (const variant of node.variants) {
        w.block(() => {
          const sub = fresh(ctx, "variantIssues");
          w.writeLine(`const ${sub}: ValidationIssue[] = [];`);
          writeCheck(w, ctx, variant, value, path, sub);
          w.writeLine(`if (${sub}.length === 0) ${matches}++;`);
        });
      }
      const test = node.kind === "oneOf" ? `${matches} !== 1` : `${matches} === 0`;
      const described = describeSchema({ ...node, nullable: false }, ctx.byName);
      w.write(`if (${test})`).block(() => pushIssue(w, ctx, issues, path, node.kind === "oneOf" ? `exactly one of: ${described}` : described, value));
      writeEnum(w, ctx, node, value, path, issues);
      return;
    }
    case "unknown":
      writeEnum(w, ctx, node, value, path, issues);
      return;
  }
}

/** `if (wrong type) issue; else { enum; further checks }` — the shape every typed schema shares. */
function writeTyped(
  w: CodeBlockWriter,
  ctx: Context,
  node: SchemaNode,
  value: string,
  path: string,
  issues: string,
  wrongType: string,
  expected: string,
  further: (body: CodeBlockWriter) => void,
): void {
  const rest = render((body) => {
    writeEnum(body, ctx, node, value, path, issues);
    further(body);
  });
  // An implied type only scopes the keywords: values of other types pass untouched.
  if (node.implied) {
    if (rest.trim() !== "") w.write(`if (!(${wrongType}))`).block(() => w.write(rest));
    return;
  }
  w.write(`if (${wrongType})`).block(() => pushIssue(w, ctx, issues, path, expected, value));
  if (rest.trim() !== "") w.write("else").block(() => w.write(rest));
}

function writeEnum(w: CodeBlockWriter, ctx: Context, node: SchemaNode, value: string, path: string, issues: string): void {
  if (!node.enum || node.enum.length === 0) return;
  const test =
    node.enum.length <= INLINE_ENUM_LIMIT
      ? node.enum.map((v) => `${value} !== ${literal(v)}`).join(" && ")
      : `!${constant(ctx, "ALLOWED", `new Set<unknown>([${node.enum.map(literal).join(", ")}])`)}.has(${value})`;
  w.write(`if (${test})`).block(() => pushIssue(w, ctx, issues, path, describeEnum(node.enum ?? []), value));
}

function writeObjectBody(w: CodeBlockWriter, ctx: Context, node: ObjectSchema, value: string, path: string, issues: string): void {
  ctx.helpers.add("hasOwn");
  for (const property of node.properties) {
    const key = stringLiteral(property.name);
    const propertyPath = childPath(ctx, path, key);
    w.write(`if (hasOwn(${value}, ${key}))`).block(() => {
      const child = fresh(ctx, "v");
      w.writeLine(`const ${child}: unknown = ${propertyAccess(value, property.name)};`);
      writeCheck(w, ctx, property.schema, child, propertyPath, issues);
    });
    if (property.required) w.write("else").block(() => pushIssue(w, ctx, issues, propertyPath, "required property", "undefined"));
  }
  for (const name of node.requiredOnly) {
    w.write(`if (!hasOwn(${value}, ${stringLiteral(name)}))`).block(() => pushIssue(w, ctx, issues, childPath(ctx, path, stringLiteral(name)), "required property", "undefined"));
  }
  const extra = node.additionalProperties;
  // Extra properties of any shape are allowed: nothing to loop over.
  if (extra === true || (extra !== false && extra.kind === "unknown" && !extra.enum)) return;
  const known = constant(ctx, "KNOWN", `new Set<string>([${node.properties.map((p) => stringLiteral(p.name)).join(", ")}])`);
  const key = fresh(ctx, "key");
  w.write(`for (const ${key} of Object.keys(${value}))`).block(() => {
    w.write(`if (!${known}.has(${key}))`).block(() => {
      if (extra === false) {
        pushIssue(w, ctx, issues, childPath(ctx, path, key), "no additional properties", `${value}[${key}]`);
        return;
      }
      const child = fresh(ctx, "v");
      w.writeLine(`const ${child}: unknown = ${value}[${key}];`);
      writeCheck(w, ctx, extra, child, childPath(ctx, path, key), issues);
    });
  });
}

/** What decides a node's checks: its structure without annotations and without its own nullability. */
function shapeKey(node: SchemaNode): string {
  const { nullable: _nullable, ...rest } = node;
  return JSON.stringify(rest, (key, value: unknown) => (key === "description" || key === "deprecated" ? undefined : value));
}

/** Structured shapes, which are worth a function of their own when repeated. */
function worthSharing(node: SchemaNode): boolean {
  // Scalar checks stay inline: they are a few lines, run most often, and a call would build their
  // JSON pointer before knowing whether anything is wrong.
  return node.kind === "object" || node.kind === "array" || node.kind === "oneOf" || node.kind === "anyOf" || node.kind === "allOf";
}

/** Every inline node below the roots with a label of where it sits, in a fixed order. */
function inlineNodes(roots: { label: string; node: SchemaNode }[]): { label: string; node: SchemaNode }[] {
  const found: { label: string; node: SchemaNode }[] = [];
  const visit = (node: SchemaNode, label: string, isRoot: boolean) => {
    if (!isRoot) found.push({ label, node });
    if (node.kind === "object") {
      for (const p of node.properties) visit(p.schema, `${label}.${p.name}`, false);
      if (typeof node.additionalProperties === "object") visit(node.additionalProperties, `${label}.*`, false);
    }
    if (node.kind === "array") visit(node.items, `${label}[]`, false);
    if (node.kind === "oneOf" || node.kind === "anyOf" || node.kind === "allOf") node.variants.forEach((v, i) => visit(v, `${label}/${i}`, false));
  };
  for (const root of roots) visit(root.node, root.label, true);
  return found;
}

/** Named after the property where the shape first occurs. */
function sharedName(shape: SharedShape): string {
  const hint = shape.sites[0]?.split(/[.[\]/*]/).filter(Boolean).at(-1) ?? "shape";
  return `check${pascalCase(hint)}Shape`;
}

/** Shapes that occur at least twice get one checker each, named after where they first occur. */
function sharedShapes(roots: { label: string; node: SchemaNode }[], taken: Set<string>): Map<string, SharedShape> {
  const byKey = new Map<string, SharedShape>();
  for (const { label, node } of inlineNodes(roots)) {
    if (!worthSharing(node)) continue;
    const key = shapeKey(node);
    const known = byKey.get(key);
    if (known) known.sites.push(label);
    else byKey.set(key, { name: "", node, sites: [label] });
  }
  const registry = new NameRegistry(taken);
  const shared = new Map<string, SharedShape>();
  for (const [key, shape] of byKey) {
    if (shape.sites.length < 2) continue;
    shape.name = registry.claim(identifier(sharedName(shape)));
    shared.set(key, shape);
  }
  return shared;
}

/** Runs a writer now rather than when ts-morph prints, so the helpers it uses are known before the imports are built. */
function render(write: (w: CodeBlockWriter) => void): string {
  const w = new CodeBlockWriter({ indentNumberOfSpaces: 2 });
  write(w);
  return w.toString();
}

function checkerFunction(ctx: Context, name: string, node: SchemaNode, docs: string): FunctionDeclarationStructure {
  ctx.counter = 0;
  return {
    kind: StructureKind.Function,
    name,
    docs: [jsDoc([docs])],
    parameters: [
      { name: "value", type: "unknown" },
      { name: "path", type: "string" },
      { name: "issues", type: "ValidationIssue[]" },
    ],
    returnType: "void",
    statements: [render((w) => writeCheck(w, ctx, node, "value", "path", "issues"))],
  };
}

function validatorFunction(ctx: Context, name: string, typeName: string, checker: string, docs: (string | undefined)[]): FunctionDeclarationStructure {
  ctx.helpers.add("ok");
  ctx.helpers.add("fail");
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [jsDoc(docs, [{ tagName: "returns", text: `\`{ ok: true, value }\` typed as {@link ${typeName}}, or \`{ ok: false, issues }\` with a JSON pointer and the expectation for each problem.` }])],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `ValidationResult<${typeName}>`,
    statements: [
      "const issues: ValidationIssue[] = [];",
      `${checker}(value, "", issues);`,
      `return issues.length === 0 ? ok(value as ${typeName}) : fail(issues);`,
    ],
  };
}

export function emitValidators(model: ApiModel): GeneratedFile {
  const roots = [
    ...model.schemas.map((s) => ({ label: s.typeName, node: s.schema })),
    ...model.operations.flatMap((op) => (op.success.schema ? [{ label: op.typeNames.result, node: op.success.schema }] : [])),
    ...model.operations.flatMap((op) => (op.body && op.typeNames.body ? [{ label: op.typeNames.body, node: op.body.schema }] : [])),
  ];
  const taken = new Set([...model.schemas.map((s) => checkerName(s)), ...model.operations.flatMap((op) => [`check${op.typeNames.result}`, `check${op.typeNames.body ?? ""}`])]);
  const ctx: Context = { model, byName: new Map(model.schemas.map((s) => [s.name, s])), helpers: new Set(), constants: new Map(), shared: sharedShapes(roots, taken), counter: 0 };
  const functions: FunctionDeclarationStructure[] = [];
  const typeImports = new Set<string>();

  for (const schema of model.schemas) {
    typeImports.add(schema.typeName);
    functions.push(checkerFunction(ctx, checkerName(schema), schema.schema, `Appends to \`issues\` every way \`value\` is not a ${schema.typeName}.`));
    functions.push(validatorFunction(ctx, identifier(schema.validatorName), schema.typeName, checkerName(schema), [`Checks that \`value\` is a {@link ${schema.typeName}}.`, schema.schema.description]));
  }
  for (const op of model.operations) {
    const schema = op.success.schema;
    if (!schema) continue;
    typeImports.add(op.typeNames.result);
    const target = schema.kind === "ref" && !schema.nullable ? ctx.byName.get(schema.name) : undefined;
    let checker: string;
    if (target) checker = checkerName(target);
    else {
      checker = identifier(`check${op.typeNames.result}`);
      functions.push(checkerFunction(ctx, checker, schema, `Appends to \`issues\` every way \`value\` is not the ${op.success.status} body of ${op.id}.`));
    }
    functions.push(validatorFunction(ctx, identifier(op.validatorName), op.typeNames.result, checker, [`Checks the ${op.success.status} response body of \`client.${op.group}.${op.methodName}\` (${op.summary}).`]));
  }

  for (const op of model.operations) {
    if (!op.body || !op.bodyValidatorName || !op.typeNames.body) continue;
    typeImports.add(op.typeNames.body);
    const schema = op.body.schema;
    const target = schema.kind === "ref" && !schema.nullable ? ctx.byName.get(schema.name) : undefined;
    let checker: string;
    if (target) checker = checkerName(target);
    else {
      checker = identifier(`check${op.typeNames.body}`);
      functions.push(checkerFunction(ctx, checker, schema, `Appends to \`issues\` every way \`value\` is not a request body of ${op.id}.`));
    }
    functions.push(validatorFunction(ctx, identifier(op.bodyValidatorName), op.typeNames.body, checker, [`Checks a request body of \`client.${op.group}.${op.methodName}\` (${op.summary}); the client runs it before sending.`]));
  }

  for (const shape of ctx.shared.values()) {
    ctx.current = shape.name;
    const shown = shape.sites.slice(0, 4).map(jsDocCode).join(", ");
    const more = shape.sites.length > 4 ? ` and ${shape.sites.length - 4} more places` : "";
    const docs = `Appends to \`issues\` every way \`value\` does not have the shape shared by ${shown}${more}.`;
    functions.push(checkerFunction(ctx, shape.name, { ...shape.node, nullable: false }, docs));
    ctx.current = undefined;
  }

  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: RUNTIME,
      namedImports: [...[...ctx.helpers].sort(), { name: "ValidationIssue", isTypeOnly: true }, { name: "ValidationResult", isTypeOnly: true }],
    },
  ];
  if (typeImports.size > 0) statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./types.js", namedImports: [...typeImports].sort() });
  for (const [initializer, name] of ctx.constants) {
    statements.push({ kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name, initializer }] });
  }
  return printSourceFile(`src/${model.namespace}/validators.ts`, { statements: [...statements, ...functions] });
}
