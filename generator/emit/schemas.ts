import type { StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "../libraries.js";
import { EXPLAINERS_MODULE } from "../model/index.js";
import type { EnumValue, NamedSchema, ObjectSchema, SchemaNode } from "../model/types.js";
import { camelCase, constantCase, NameRegistry } from "../model/names.js";
import { identifier, literal, objectKey, propertyAccess, stringLiteral } from "./literals.js";
import { ModuleBuilder } from "./module.js";
import { jsDoc } from "./source.js";

/**
 * Validators, compiled from the model. Each schema becomes three declarations:
 * - a type guard, one boolean expression: the fast path every valid value takes;
 * - its plan, the schema as data, which the runtime walks only to explain a failure;
 * - the validator, which pairs the two.
 * Nested inline shapes get guards of their own, named after where they sit (`isSite_customDomains_item`);
 * regexes, enum sets and key sets are module constants named the same way, so adding something to the spec
 * renames nothing else.
 */

const RUNTIME = "../runtime/explain.js";
/** Up to this many values an enum is a chain of `===`; above, a module-level Set. */
const INLINE_ENUM_LIMIT = 4;

export const FORMAT_GUARDS = { "date-time": "isDateTime", date: "isDate", uri: "isUri", email: "isEmail" } as const;

/** One schema to compile, with the names the model gave it. */
export interface SchemaRoot {
  /** The type the guard narrows to, e.g. `Site`. */
  typeName: string;
  guardName: string;
  planName: string;
  validatorName: string;
  node: SchemaNode;
  /** For messages: the component name, when it is one. */
  title?: string;
  /** Docs of the validator. */
  docs: (string | undefined)[];
}

/** Where the names of a schema's code come from, for the module the code is emitted in. */
export interface SchemaScope {
  module: ModuleBuilder;
  /** The namespace's modules, as import specifiers, by model module name. */
  moduleSpecifier: (module: string) => string;
  byName: ReadonlyMap<string, NamedSchema>;
  /** Module-level names: helper guards and constants. */
  names: NameRegistry;
  /** Module constants by initializer, so one regex or set serves every place that needs it. */
  constants: Map<string, string>;
  /** What the plan being printed walks: explainer parts (`object`, `format:uri`, …) and named schemas (`ref:Site`); see {@link planWithExplainer}. */
  walked: Set<string>;
  /** The explainers the module's validators use, by name: each one's parts, for the namespace's explainers module. */
  explainers: Map<string, readonly string[]>;
}

/** Starts the naming scope of one module's schema code. */
export function schemaScope(module: ModuleBuilder, byName: ReadonlyMap<string, NamedSchema>, moduleSpecifier: (module: string) => string, taken: Iterable<string>): SchemaScope {
  return { module, moduleSpecifier, byName, names: new NameRegistry(taken), constants: new Map(), walked: new Set(), explainers: new Map() };
}

const runtime = (scope: SchemaScope, name: string) => scope.module.support(name);
const validation = runtime;

/** A module constant for `initializer`, named after the first place that needs it. */
function constant(scope: SchemaScope, location: string[], suffix: string, initializer: string): string {
  const known = scope.constants.get(initializer);
  if (known) return known;
  const name = scope.names.claim(identifier(constantCase(`${location.join(" ")} ${suffix}`)));
  scope.constants.set(initializer, name);
  scope.module.constants.push({ kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name, initializer }] });
  return name;
}

function regex(scope: SchemaScope, location: string[], pattern: string): string {
  return constant(scope, location, "pattern", `/* @__PURE__ */ new RegExp(${stringLiteral(pattern)}, "u")`);
}

/** The guard and plan names of a named schema, imported when it lives in another module. */
export function target(scope: SchemaScope, name: string): { guard: string; plan: string } {
  const schema = scope.byName.get(name);
  if (!schema) throw new Error(`internal: unknown schema ${name}`);
  const origin = { module: scope.moduleSpecifier(schema.module) };
  return { guard: scope.module.use(identifier(schema.guardName), origin), plan: scope.module.use(identifier(schema.planName), origin) };
}

/** Whether a guard for `node` is certain to refuse `undefined` (so a required property needs no extra test). */
function refusesUndefined(node: SchemaNode, scope: SchemaScope, seen = new Set<string>()): boolean {
  switch (node.kind) {
    case "ref": {
      if (seen.has(node.name)) return false;
      const schema = scope.byName.get(node.name);
      return schema !== undefined && refusesUndefined(schema.schema, scope, new Set([...seen, node.name]));
    }
    case "allOf":
      return node.variants.some((v) => refusesUndefined(v, scope, seen));
    case "anyOf":
    case "oneOf":
      return node.variants.every((v) => refusesUndefined(v, scope, seen));
    case "unknown":
      return node.enum !== undefined;
    default:
      return !node.implied;
  }
}

const isScalar = (value: EnumValue): value is string | number | boolean => typeof value !== "object";

/** Object and array enum values, as one module constant (parsed from JSON, so no key such as `__proto__` is special). */
function jsonValues(scope: SchemaScope, location: string[], values: readonly EnumValue[]): string {
  return constant(scope, location, "json values", `/* @__PURE__ */ JSON.parse(${stringLiteral(JSON.stringify(values))}) as readonly unknown[]`);
}

/** `(x === "a" || x === "b")` or `SET.has(x)`; object and array values compared as JSON. */
function enumTest(scope: SchemaScope, location: string[], values: readonly EnumValue[], x: string): string {
  const scalars = values.filter(isScalar);
  const objects = values.filter((v) => !isScalar(v));
  const set = scalars.length > INLINE_ENUM_LIMIT ? `${constant(scope, location, "values", `/* @__PURE__ */ new Set<unknown>([${scalars.map(literal).join(", ")}])`)}.has(${x})` : undefined;
  const tests = set !== undefined ? [set] : scalars.map((v) => `${x} === ${literal(v)}`);
  if (objects.length === 0) return set ?? `(${tests.join(" || ")})`;
  return `(${[...tests, `${jsonValues(scope, location, objects)}.some((allowed) => ${runtime(scope, "jsonEqual")}(allowed, ${x}))`].join(" || ")})`;
}

/** The plan's `enum`: scalars as literals, then the object and array values from their constant. */
function enumLiteral(scope: SchemaScope, location: string[], values: readonly EnumValue[]): string {
  const objects = values.filter((v) => !isScalar(v));
  return `[${[...values.filter(isScalar).map(literal), ...(objects.length > 0 ? [`...${jsonValues(scope, location, objects)}`] : [])].join(", ")}]`;
}

/** A named guard for an inline shape, hoisted to the module so it can be passed to `every` or reused. */
function helperGuard(scope: SchemaScope, location: string[], node: SchemaNode): string {
  const [root = "Value", ...rest] = location;
  const name = scope.names.claim(identifier(`is${root}_${rest.map((part) => camelCase(part)).join("_")}`));
  scope.module.add({
    kind: StructureKind.Function,
    name,
    parameters: [{ name: "value", type: "unknown" }],
    returnType: "boolean",
    statements: [`return ${guardExpression(scope, node, "value", location)};`],
  });
  return name;
}

/** The guard of a node that `every` or a property check can call: a named schema's own, or a helper. */
export function callableGuard(scope: SchemaScope, node: SchemaNode, location: string[]): string {
  if (node.kind === "ref" && !node.nullable && !node.not) return target(scope, node.name).guard;
  return helperGuard(scope, location, node);
}

/** The scalar type every value of `node` has, when it has one (a ref is followed one step at a time). */
function scalarKind(scope: SchemaScope, node: SchemaNode, seen = new Set<string>()): string | undefined {
  if (node.kind === "ref") {
    const target = scope.byName.get(node.name);
    return target && !seen.has(node.name) ? scalarKind(scope, target.schema, new Set([...seen, node.name])) : undefined;
  }
  const scalar = node.kind === "string" || node.kind === "number" || node.kind === "integer" || node.kind === "boolean";
  return scalar && !node.implied ? (node.kind === "integer" ? "number" : node.kind) : undefined;
}

/** A type with no constraint of its own: `{ type: string }`. */
const isPlain = (node: SchemaNode): boolean =>
  (node.kind === "string" || node.kind === "number" || node.kind === "boolean") &&
  !node.implied &&
  !node.enum &&
  !node.not &&
  Object.keys(node).every((key) => ["kind", "nullable", "description", "deprecated"].includes(key));

/**
 * An open enum, `anyOf: [{ enum: [...] }, { type: string }]`, accepts every string: the known values are
 * there for the types and the docs, not for the check. Returns the plain type it reduces to.
 */
function openEnum(scope: SchemaScope, node: SchemaNode): SchemaNode | undefined {
  if (node.kind !== "anyOf" || node.enum || node.not) return undefined;
  const nullable = node.nullable || node.variants.some((v) => v.nullable || v.kind === "null");
  const variants = node.variants.filter((v) => v.kind !== "null");
  const anything = variants.find((v) => v.kind === "unknown" && !v.enum && !v.not);
  if (anything) return { kind: "unknown", nullable: true };
  const plain = variants.find(isPlain);
  if (!plain) return undefined;
  const kind = scalarKind(scope, plain);
  return variants.every((variant) => scalarKind(scope, variant) === kind) ? { ...plain, nullable } : undefined;
}

/** One boolean expression: true exactly when the value of `x` matches `node`. */
export function guardExpression(scope: SchemaScope, node: SchemaNode, x: string, location: string[]): string {
  const open = openEnum(scope, node);
  if (open) return guardExpression(scope, open, x, location);
  const checks = [typedExpression(scope, node, x, location)];
  if (node.not) checks.push(`!${callableGuard(scope, node.not, [...location, "not"])}(${x})`);
  const body = checks.length === 1 ? (checks[0] as string) : `(${checks.join(" && ")})`;
  return node.nullable && node.kind !== "null" ? `(${x} === null || ${body})` : body;
}

const all = (parts: string[]) => (parts.length === 1 ? (parts[0] as string) : `(${parts.join(" && ")})`);

/** `typeof x === "string" && ...`, or for an implied type `(typeof x !== "string" || ...)`. */
function typed(node: SchemaNode, test: string, negated: string, constraints: string[]): string {
  if (!node.implied) return all([test, ...constraints]);
  return constraints.length === 0 ? "true" : `(${negated} || ${all(constraints)})`;
}

/** The enum values a value of the node's type can equal: `enum: [1, "1"]` on an integer is `[1]`. */
function enumOfKind(node: SchemaNode): readonly EnumValue[] | undefined {
  if (!node.enum) return undefined;
  if (node.kind === "array") return node.enum.filter((value) => Array.isArray(value));
  if (node.kind === "object") return node.enum.filter((value) => typeof value === "object" && !Array.isArray(value));
  const type = node.kind === "string" ? "string" : node.kind === "number" || node.kind === "integer" ? "number" : node.kind === "boolean" ? "boolean" : undefined;
  return type === undefined ? node.enum : node.enum.filter((value) => typeof value === type);
}

function typedExpression(scope: SchemaScope, node: SchemaNode, x: string, location: string[]): string {
  const values = enumOfKind(node);
  const enumCheck = values ? [values.length === 0 ? "false" : enumTest(scope, location, values, x)] : [];
  switch (node.kind) {
    // A named schema's guard narrows its argument to that type: it goes last, after every check that reads
    // properties of the same value as a plain record.
    case "ref":
      return all([...enumCheck, `${target(scope, node.name).guard}(${x})`]);
    case "string": {
      const constraints = [...enumCheck];
      if (node.format) constraints.push(`${validation(scope, FORMAT_GUARDS[node.format])}(${x})`);
      if (node.pattern !== undefined) constraints.push(`${regex(scope, location, node.pattern)}.test(${x})`);
      if (node.minLength !== undefined) constraints.push(`${runtime(scope, "minLength")}(${x}, ${literal(node.minLength)})`);
      if (node.maxLength !== undefined) constraints.push(`${runtime(scope, "maxLength")}(${x}, ${literal(node.maxLength)})`);
      return typed(node, `typeof ${x} === "string"`, `typeof ${x} !== "string"`, constraints);
    }
    case "number":
    case "integer": {
      const test = node.kind === "integer" ? `Number.isInteger(${x})` : `Number.isFinite(${x})`;
      const constraints = [...enumCheck];
      const bounds: [number | undefined, string][] = [
        [node.minimum, ">="],
        [node.maximum, "<="],
        [node.exclusiveMinimum, ">"],
        [node.exclusiveMaximum, "<"],
      ];
      for (const [bound, operator] of bounds) if (bound !== undefined) constraints.push(`${x} ${operator} ${literal(bound)}`);
      if (node.multipleOf !== undefined) constraints.push(`${runtime(scope, "isMultipleOf")}(${x}, ${literal(node.multipleOf)})`);
      return typed(node, `typeof ${x} === "number" && ${test}`, `typeof ${x} !== "number"`, constraints);
    }
    case "boolean":
      return typed(node, `typeof ${x} === "boolean"`, `typeof ${x} !== "boolean"`, enumCheck);
    case "null":
      return `${x} === null`;
    case "array":
      return typed(node, `Array.isArray(${x})`, `!Array.isArray(${x})`, [...enumCheck, ...arrayConstraints(scope, node, x, location)]);
    case "object":
      return typed(node, `${validation(scope, "isPlainObject")}(${x})`, `!${validation(scope, "isPlainObject")}(${x})`, [...enumCheck, ...objectConstraints(scope, node, x, location)]);
    case "allOf": {
      const parts = node.variants.map((v, i) => ({ ref: v.kind === "ref", text: guardExpression(scope, v, x, [...location, `all${i + 1}`]) }));
      return all([...enumCheck, ...parts.filter((p) => !p.ref).map((p) => p.text), ...parts.filter((p) => p.ref).map((p) => p.text)]);
    }
    case "anyOf":
      return all([`(${node.variants.map((v, i) => guardExpression(scope, v, x, [...location, `option${i + 1}`])).join(" || ")})`, ...enumCheck]);
    case "oneOf":
      return all([`${node.variants.map((v, i) => `Number(${guardExpression(scope, v, x, [...location, `option${i + 1}`])})`).join(" + ")} === 1`, ...enumCheck]);
    case "unknown":
      return enumCheck[0] ?? "true";
  }
}

function arrayConstraints(scope: SchemaScope, node: Extract<SchemaNode, { kind: "array" }>, x: string, location: string[]): string[] {
  const constraints: string[] = [];
  if (node.minItems !== undefined) constraints.push(`${x}.length >= ${literal(node.minItems)}`);
  if (node.maxItems !== undefined) constraints.push(`${x}.length <= ${literal(node.maxItems)}`);
  if (node.uniqueItems) constraints.push(`!${runtime(scope, "hasDuplicates")}(${x})`);
  const prefix = node.prefixItems ?? [];
  prefix.forEach((item, i) => constraints.push(`(${x}.length <= ${i} || ${callableGuard(scope, item, [...location, `item${i + 1}`])}(${x}[${i}]))`));
  if (node.items.kind !== "unknown" || node.items.enum || node.items.not) {
    const guard = callableGuard(scope, node.items, [...location, "item"]);
    constraints.push(prefix.length === 0 ? `${x}.every(${guard})` : `${x}.every((item: unknown, index: number) => index < ${prefix.length} || ${guard}(item))`);
  }
  return constraints;
}

/** Properties every object inherits: read through `own`, so an absent one is never the inherited function. */
const inherited = (name: string) => name in Object.prototype;

function objectConstraints(scope: SchemaScope, node: ObjectSchema, x: string, location: string[]): string[] {
  const constraints: string[] = [];
  for (const property of node.properties) {
    const where = [...location, property.name];
    if (inherited(property.name)) {
      const value = `${runtime(scope, "own")}(${x}, ${stringLiteral(property.name)})`;
      const guard = callableGuard(scope, property.schema, where);
      constraints.push(property.required ? `(${value} !== undefined && ${guard}(${value}))` : `(${value} === undefined || ${guard}(${value}))`);
      continue;
    }
    const value = propertyAccess(x, property.name);
    const check = nestedGuard(scope, property.schema, value, where);
    if (!property.required) constraints.push(`(${value} === undefined || ${check})`);
    else constraints.push(refusesUndefined(property.schema, scope) ? check : `(${value} !== undefined && ${check})`);
  }
  for (const name of node.requiredOnly) {
    constraints.push(inherited(name) ? `${runtime(scope, "own")}(${x}, ${stringLiteral(name)}) !== undefined` : `${propertyAccess(x, name)} !== undefined`);
  }
  if (node.minProperties !== undefined) constraints.push(`Object.keys(${x}).length >= ${literal(node.minProperties)}`);
  if (node.maxProperties !== undefined) constraints.push(`Object.keys(${x}).length <= ${literal(node.maxProperties)}`);
  const extra = node.additionalProperties;
  const patterns = node.patternProperties ?? [];
  const extrasFree = (extra === true || (extra !== false && extra.kind === "unknown" && !extra.enum && !extra.not)) && patterns.length === 0;
  if (!extrasFree) {
    const known = constant(scope, location, "keys", `/* @__PURE__ */ new Set<string>([${node.properties.map((p) => stringLiteral(p.name)).join(", ")}])`);
    const patternList = patterns.map((p, i) => `[${regex(scope, [...location, `pattern${i + 1}`], p.pattern)}, ${callableGuard(scope, p.schema, [...location, `pattern${i + 1}`])}]`);
    const additional = extra === false ? "false" : extra === true || (extra.kind === "unknown" && !extra.enum && !extra.not) ? "true" : callableGuard(scope, extra, [...location, "additional"]);
    constraints.push(`${runtime(scope, "extrasMatch")}(${x}, ${known}, [${patternList.join(", ")}], ${additional})`);
  }
  return constraints;
}

/** A property's check: scalars inline, structured shapes through a named helper. */
function nestedGuard(scope: SchemaScope, node: SchemaNode, value: string, location: string[]): string {
  const open = openEnum(scope, node);
  if (open) return guardExpression(scope, open, value, location);
  const structured = node.kind === "object" || node.kind === "array" || node.kind === "allOf" || node.kind === "anyOf" || node.kind === "oneOf";
  return structured ? `${callableGuard(scope, node, location)}(${value})` : guardExpression(scope, node, value, location);
}

/** The plan literal of a node: the schema as data, as the runtime's `SchemaPlan` reads it. */
export function planLiteral(scope: SchemaScope, node: SchemaNode, location: string[], title?: string): string {
  const open = openEnum(scope, node);
  if (open) return planLiteral(scope, open, location, title);
  if (node.kind === "ref") scope.walked.add(`${REF}${node.name}`);
  if (node.kind === "ref" && !node.nullable && !node.not && !node.enum && title === undefined) return `() => ${target(scope, node.name).plan}`;
  const fields: [string, string | undefined][] = [
    ["kind", stringLiteral(planKind(node))],
    ["title", title !== undefined ? stringLiteral(title) : undefined],
    ["nullable", node.nullable && node.kind !== "null" ? "true" : undefined],
    ["implied", node.implied ? "true" : undefined],
    ["enum", node.enum ? enumLiteral(scope, location, node.enum) : undefined],
    ["not", node.not ? planLiteral(scope, node.not, [...location, "not"]) : undefined],
  ];
  const number = (value: number | undefined) => (value === undefined ? undefined : literal(value));
  switch (node.kind) {
    case "ref":
      fields.push(["of", `[() => ${target(scope, node.name).plan}]`]);
      break;
    case "string":
      fields.push(
        ["format", node.format ? stringLiteral(node.format) : undefined],
        ["pattern", node.pattern !== undefined ? regex(scope, location, node.pattern) : undefined],
        ["minLength", number(node.minLength)],
        ["maxLength", number(node.maxLength)],
      );
      break;
    case "number":
    case "integer":
      fields.push(
        ["minimum", number(node.minimum)],
        ["maximum", number(node.maximum)],
        ["exclusiveMinimum", number(node.exclusiveMinimum)],
        ["exclusiveMaximum", number(node.exclusiveMaximum)],
        ["multipleOf", number(node.multipleOf)],
      );
      break;
    case "array":
      fields.push(
        ["items", node.items.kind === "unknown" && !node.items.enum && !node.items.not ? undefined : planLiteral(scope, node.items, [...location, "item"])],
        ["prefixItems", node.prefixItems ? `[${node.prefixItems.map((item, i) => planLiteral(scope, item, [...location, `item${i + 1}`])).join(", ")}]` : undefined],
        ["minItems", number(node.minItems)],
        ["maxItems", number(node.maxItems)],
        ["uniqueItems", node.uniqueItems ? "true" : undefined],
      );
      break;
    case "object": {
      const extra = node.additionalProperties;
      const required = [...node.properties.filter((p) => p.required).map((p) => p.name), ...node.requiredOnly];
      fields.push(
        ["properties", node.properties.length > 0 ? `{ ${node.properties.map((p) => `${planKey(p.name)}: ${planValue(scope, p.name, planLiteral(scope, p.schema, [...location, p.name]))}`).join(", ")} }` : undefined],
        ["required", required.length > 0 ? `[${required.map(stringLiteral).join(", ")}]` : undefined],
        ["additionalProperties", extra === false ? "false" : extra === true || (extra.kind === "unknown" && !extra.enum && !extra.not) ? undefined : planLiteral(scope, extra, [...location, "additional"])],
        [
          "patternProperties",
          node.patternProperties ? `[${node.patternProperties.map((p, i) => `[${regex(scope, [...location, `pattern${i + 1}`], p.pattern)}, ${planLiteral(scope, p.schema, [...location, `pattern${i + 1}`])}]`).join(", ")}]` : undefined,
        ],
        ["minProperties", number(node.minProperties)],
        ["maxProperties", number(node.maxProperties)],
      );
      break;
    }
    case "allOf":
    case "anyOf":
    case "oneOf":
      fields.push(["of", `[${node.variants.map((v, i) => planLiteral(scope, v, [...location, `${node.kind === "allOf" ? "all" : "option"}${i + 1}`])).join(", ")}]`]);
      break;
    default:
      break;
  }
  const written = fields.filter(([, value]) => value !== undefined);
  for (const part of partsOf(node, written.map(([key]) => key))) scope.walked.add(part);
  return `{ ${written.map(([key, value]) => `${key}: ${value}`).join(", ")} }`;
}

/** The keyword families of the runtime's `ExplainerParts`, each a part an explainer may have besides formats. */
export type ExplainerPart = "string" | "number" | "array" | "uniqueItems" | "object" | "allOf" | "union" | "enum" | "not" | "discriminator";

/** Plan fields that only the type check reads. */
const TYPE_FIELDS = new Set(["kind", "title", "nullable", "implied"]);
/** Plan fields with an explainer part of their own, of the same name, whatever the kind. */
const OWN_PART_FIELDS: ReadonlySet<string> = new Set<ExplainerPart>(["enum", "not", "uniqueItems"]);
/** The explainer part that reads a kind's other keywords. */
const FAMILIES: Readonly<Partial<Record<SchemaNode["kind"], ExplainerPart>>> = {
  string: "string",
  number: "number",
  integer: "number",
  array: "array",
  object: "object",
  allOf: "allOf",
  ref: "allOf",
  anyOf: "union",
  oneOf: "union",
};

/** The explainer parts that read a plan node with these fields (see the runtime's `ExplainerParts`). */
function partsOf(node: SchemaNode, fields: readonly string[]): string[] {
  const parts: string[] = fields.filter((field) => OWN_PART_FIELDS.has(field));
  if (node.kind === "string" && node.format) parts.push(`${FORMAT}${node.format}`);
  const family = FAMILIES[node.kind];
  if (family !== undefined && fields.some((field) => !TYPE_FIELDS.has(field) && !OWN_PART_FIELDS.has(field))) parts.push(family);
  return parts;
}

/** How `walked` records a named schema a plan reaches, before its name. */
const REF = "ref:";
/** How `walked` and an explainer's parts record a string format a plan checks, before its name. */
export const FORMAT = "format:";

/**
 * A validator's plan, printed by `print` (`seed`: the parts of what it writes by hand around `planLiteral`),
 * and the explainer of every part it walks.
 */
export function planWithExplainer(scope: SchemaScope, print: () => string, seed: readonly ExplainerPart[] = []): { plan: string; explainer: string } {
  scope.walked = new Set(seed);
  const plan = print();
  return { plan, explainer: explainerFor(scope, scope.walked) };
}

/**
 * The explainer for a plan that walks `walked` (its own parts and the named schemas it reaches): the one of
 * just the parts every plan it reaches needs, so that a program bundles only those. Named after those parts,
 * it is declared once in the namespace's explainers module (./explainers.ts), which every plan with the same
 * needs shares, and adding a schema renames none. A named schema is followed by printing its plan once more
 * into a scratch scope, which keeps its constants out of this module.
 */
function explainerFor(scope: SchemaScope, walked: ReadonlySet<string>): string {
  const parts = new Set<string>();
  const seen = new Set<string>();
  const follow = (set: ReadonlySet<string>) => {
    for (const entry of set) {
      if (!entry.startsWith(REF)) {
        parts.add(entry);
        continue;
      }
      const name = entry.slice(REF.length);
      const schema = scope.byName.get(name);
      if (seen.has(name) || !schema) continue;
      seen.add(name);
      follow(walkedBy(scope, schema));
    }
  };
  follow(walked);
  const sorted = [...parts].sort((a, b) => Number(a.startsWith(FORMAT)) - Number(b.startsWith(FORMAT)) || (a < b ? -1 : a > b ? 1 : 0));
  const name = identifier(constantCase(["explain", ...(sorted.length > 0 ? sorted.map((p) => p.replace(FORMAT, "")) : ["types"])].join(" ")));
  scope.explainers.set(name, sorted);
  return scope.module.use(name, { module: scope.moduleSpecifier(EXPLAINERS_MODULE) });
}

/** What each named schema's plan walks: a schema many plans reach is printed once more, not once each. */
const walkedBySchema = new WeakMap<NamedSchema, ReadonlySet<string>>();

/** What the plan of a named schema walks, printed into a scratch scope. */
function walkedBy(scope: SchemaScope, schema: NamedSchema): ReadonlySet<string> {
  const cached = walkedBySchema.get(schema);
  if (cached) return cached;
  const scratch: SchemaScope = {
    ...scope,
    module: new ModuleBuilder("scratch.ts", "./scratch.js"),
    names: new NameRegistry([]),
    constants: new Map(),
    walked: new Set(),
    explainers: new Map(),
  };
  planLiteral(scratch, schema.schema, [schema.name], schema.name);
  walkedBySchema.set(schema, scratch.walked);
  return scratch.walked;
}

const planKey = (name: string) => objectKey(name);

/** Under a name every object inherits, TypeScript loses the plan's contextual type: `satisfies` restores it. */
const planValue = (scope: SchemaScope, name: string, plan: string) =>
  inherited(name) && !plan.startsWith("()") ? `${plan} satisfies ${scope.module.use("SchemaPlan", { module: RUNTIME, typeOnly: true })}` : plan;

function planKind(node: SchemaNode): string {
  if (node.kind === "unknown") return "any";
  // A ref with its own keywords (nullable, enum, not) is checked as "all of" the target and those.
  if (node.kind === "ref") return "allOf";
  return node.kind;
}

/** Guard, plan and validator of one schema root, added to the module. */
export function emitSchemaRoot(scope: SchemaScope, root: SchemaRoot): void {
  const { module } = scope;
  const location = [root.typeName];
  const guard = identifier(root.guardName);
  const plan = identifier(root.planName);
  // The guard first: helpers it hoists land after it, in the order they are needed.
  const guardDeclaration: StatementStructures = {
    kind: StructureKind.Function,
    isExported: true,
    name: guard,
    docs: [jsDoc([`Whether \`value\` is a {@link ${root.typeName}}; the fast check {@link ${root.validatorName}} runs before explaining a failure.`])],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `value is ${root.typeName}`,
    statements: [],
  };
  module.add(guardDeclaration);
  guardDeclaration.statements = [`return ${guardExpression(scope, root.node, "value", location)};`];
  const { plan: planText, explainer: explainWith } = planWithExplainer(scope, () => planLiteral(scope, root.node, location, root.title ?? root.typeName));
  module.add(
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc([`The ${root.typeName} schema as data: what {@link ${root.validatorName}} walks to say why a value failed.`])],
      declarations: [{ name: plan, type: module.use("SchemaPlan", { module: RUNTIME, typeOnly: true }), initializer: planText }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc(root.docs, [{ tagName: "returns", text: `\`{ ok: true, value }\` typed as {@link ${root.typeName}}, or \`{ ok: false, issues }\` with a JSON pointer and the expectation for each problem.` }])],
      declarations: [
        {
          name: identifier(root.validatorName),
          type: `${module.use("Validator", { module: RUNTIME, typeOnly: true })}<${root.typeName}>`,
          initializer: `/* @__PURE__ */ ${runtime(scope, "validator")}(${guard}, ${plan}, ${explainWith})`,
        },
      ],
    },
  );
}

/** `export const validateGetSiteResult: Validator<GetSiteResult> = validateSite;` for a result that is a named schema. */
export function emitValidatorAlias(scope: SchemaScope, name: string, typeName: string, schema: NamedSchema, docs: (string | undefined)[]): void {
  const validatorOf = scope.module.use(identifier(schema.validatorName), { module: scope.moduleSpecifier(schema.module) });
  scope.module.add({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [jsDoc(docs)],
    declarations: [{ name: identifier(name), type: `${scope.module.use("Validator", { module: RUNTIME, typeOnly: true })}<${typeName}>`, initializer: validatorOf }],
  });
}
