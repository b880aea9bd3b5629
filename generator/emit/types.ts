import type { GlobalContext, OpenAPI3, OpenAPITSOptions, SchemaObject, TransformNodeOptions } from "openapi-typescript";
import type * as TS from "typescript";
import { openapiTypescript, ts } from "../libraries.js";

const { astToString, oapiRef, resolveRef, scanDiscriminators, transformSchema, transformSchemaObject } = openapiTypescript;
import type { ApiModel } from "../model/types.js";
import type { GeneratedFile } from "./source.js";

/**
 * `schema.ts`: the `paths`/`components`/`operations` types, as openapi-typescript writes them from the
 * bundled document. This is the one emitter that needs the document itself, not the model:
 * openapi-typescript is the source of truth for types. Two of its readings are sharpened, both about
 * unions a response may widen over time:
 * - an open enum (`anyOf: [{ enum: [...] }, { type: string }]`) keeps its known values in the type:
 *   `"a" | "b" | (string & {})`, where openapi-typescript's `"a" | "b" | string` collapses to `string`;
 * - a file part (`format: binary`) is a Blob, bytes or text;
 * - a `readOnly` or `writeOnly` property is optional: a request does not carry the first, a response
 *   not the second, and one type serves both directions;
 * - in an open discriminated union (variants told apart by a constant property, plus one fallback
 *   variant for kinds the description does not list), the fallback's other members are typed `never` in
 *   the union, so that testing the discriminant narrows to the listed kind (an unlisted kind's fields
 *   are read from the value as `unknown`).
 */
export function emitSchemaTypes(model: ApiModel, document: Record<string, unknown>): GeneratedFile {
  const header = "/* This file is generated from the OpenAPI description by openapi-typescript, via webflow-codegen. Do not edit it by hand. */\n";
  return { path: `src/${model.namespace}/schema.ts`, contents: header + astToString(transformSchema(document as unknown as OpenAPI3, typesContext(document))), typesOnly: true };
}

/**
 * openapi-typescript's own entry point (`openapiTS`) first lints and bundles the document with Redocly:
 * a tenth of the generation time at 1,000 operations, for a document that load and check have already
 * bundled and checked. Its transform is called directly instead, with the context `openapiTS` would
 * build from these options.
 */
function typesContext(document: Record<string, unknown>): GlobalContext {
  const schema = document as unknown as OpenAPI3;
  const properties = propertySchemas(document);
  const options = {
    silent: true,
    defaultNonNullable: false,
    alphabetize: false,
    additionalProperties: false,
    emptyObjectsUnknown: true,
    postTransform: (type: TS.TypeNode) => openUnion(type, document),
    transform: (node: SchemaObject, transformOptions: TransformNodeOptions) => binary(node) ?? (properties.has(node) ? sideOnly(node, transformOptions) : undefined),
  } satisfies OpenAPITSOptions;
  return {
    ...options,
    arrayLength: false,
    discriminators: scanDiscriminators(schema, options),
    enum: false,
    enumValues: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    propertiesRequiredByDefault: false,
    // Read only by the lint-and-bundle step skipped here.
    redoc: undefined as unknown as GlobalContext["redoc"],
    inject: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  };
}

type Json = Record<string, unknown>;

/** A file part (`format: binary`) is given as a Blob or bytes, or text. */
function binary(schema: SchemaObject): TS.TypeNode | undefined {
  const marked = schema as SchemaObject & { type?: unknown; format?: unknown };
  if (marked.type !== "string" || marked.format !== "binary") return undefined;
  const reference = (name: string) => ts.factory.createTypeReferenceNode(name);
  return ts.factory.createUnionTypeNode([reference("Blob"), reference("ArrayBuffer"), reference("Uint8Array"), ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword)]);
}

/**
 * Every schema that is the value of some `properties` entry. openapi-typescript calls the `transform` hook
 * for a property (where `questionToken` makes the property optional) but also for a component itself
 * (where it makes `components["schemas"]["X"]` optional) and for any schema with a `type` (where it makes
 * the type `T | undefined`). A `readOnly` schema used as a path parameter (GitHub Enterprise's
 * `alert-number`) or as array items must keep its plain type there, so {@link sideOnly} answers only for
 * properties.
 */
function propertySchemas(document: Json): WeakSet<object> {
  const out = new WeakSet<object>();
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    const record = node as Json;
    if (isObject(record.properties)) for (const value of Object.values(record.properties)) if (typeof value === "object" && value !== null) out.add(value);
    for (const value of Object.values(record)) walk(value);
  };
  walk(document);
  return out;
}

/** Schemas being typed by {@link sideOnly} itself, which openapi-typescript calls again on the way down. */
const typing = new Set<object>();

/** A `readOnly`/`writeOnly` schema: its own type, made optional where it is a property. */
function sideOnly(schema: SchemaObject, options: TransformNodeOptions): { schema: TS.TypeNode; questionToken: boolean } | undefined {
  const marked = schema as SchemaObject & { readOnly?: unknown; writeOnly?: unknown; $ref?: unknown };
  if ((marked.readOnly !== true && marked.writeOnly !== true) || typing.has(schema)) return undefined;
  typing.add(schema);
  try {
    const type = typeof marked.$ref === "string" ? oapiRef(marked.$ref) : transformSchemaObject(schema, options);
    return { schema: type, questionToken: true };
  } finally {
    typing.delete(schema);
  }
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows a local `$ref` (one step at a time, at most a few) to the schema it names. */
function resolve(schema: unknown, document: Json, depth = 0): Json | undefined {
  if (!isObject(schema)) return undefined;
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  if (depth > 8 || !ref.startsWith("#/")) return undefined;
  const target = ref
    .slice(2)
    .split("/")
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined), document);
  return resolve(target, document, depth + 1);
}

/** The component a member such as `components["schemas"]["Site"]` refers to. */
function componentOf(member: TS.TypeNode, document: Json): Json | undefined {
  if (!ts.isIndexedAccessTypeNode(member) || !ts.isLiteralTypeNode(member.indexType) || !ts.isStringLiteral(member.indexType.literal)) return undefined;
  const section = member.objectType;
  if (!ts.isIndexedAccessTypeNode(section) || !ts.isLiteralTypeNode(section.indexType) || !ts.isStringLiteral(section.indexType.literal) || section.indexType.literal.text !== "schemas") return undefined;
  const schemas = isObject(document.components) ? document.components.schemas : undefined;
  const name = member.indexType.literal.text;
  return isObject(schemas) && Object.hasOwn(schemas, name) ? resolve(schemas[name], document) : undefined;
}

function openUnion(type: TS.TypeNode, document: Json): TS.TypeNode | undefined {
  if (!ts.isUnionTypeNode(type)) return undefined;
  return openEnum(type) ?? openDiscriminated(type, document);
}

/** A member that names known string values: a literal, a union of them, or a named schema. */
const namesValues = (member: TS.Node): boolean =>
  (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) ||
  // openapi-typescript writes a literal as an identifier holding its quoted text.
  (ts.isIdentifier(member) && member.text.startsWith('"')) ||
  (ts.isParenthesizedTypeNode(member) && namesValues(member.type)) ||
  (ts.isUnionTypeNode(member) && member.types.every(namesValues)) ||
  ts.isIndexedAccessTypeNode(member);

/** `"a" | "b" | string` → `"a" | "b" | (string & {})`. */
function openEnum(type: TS.UnionTypeNode): TS.TypeNode | undefined {
  const plain = type.types.findIndex((member) => member.kind === ts.SyntaxKind.StringKeyword);
  if (plain === -1 || !type.types.some(namesValues)) return undefined;
  const open = ts.factory.createParenthesizedType(
    ts.factory.createIntersectionTypeNode([ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), ts.factory.createTypeLiteralNode([])]),
  );
  return ts.factory.createUnionTypeNode(type.types.map((member, i) => (i === plain ? open : member)));
}

/** The names of an object schema's properties, and which of them hold one constant string. */
function shape(schema: unknown, document: Json): { properties: Set<string>; constants: Map<string, string> } | undefined {
  const resolved = resolve(schema, document);
  if (!resolved) return undefined;
  const properties = new Set<string>();
  const constants = new Map<string, string>();
  for (const part of [resolved, ...(Array.isArray(resolved.allOf) ? resolved.allOf.map((s) => resolve(s, document)) : [])]) {
    if (!part || !isObject(part.properties)) continue;
    const required = Array.isArray(part.required) ? part.required : [];
    for (const [name, property] of Object.entries(part.properties)) {
      properties.add(name);
      const value = resolve(property, document);
      const constant = value?.const ?? (Array.isArray(value?.enum) && value.enum.length === 1 ? value.enum[0] : undefined);
      // Required or not: an optional literal property still tells TypeScript's narrowing which variant it is.
      if (typeof constant === "string") constants.set(name, constant);
      void required;
    }
  }
  return { properties, constants };
}

/**
 * A union whose variants but one fix a discriminant property to a constant of their own: the one
 * without is the fallback. Its member in the union becomes `Fallback & { K: never }` for the properties K
 * the listed variants declare besides the discriminant.
 */
function openDiscriminated(type: TS.UnionTypeNode, document: Json): TS.TypeNode | undefined {
  if (type.types.length < 2) return undefined;
  const shapes = type.types.map((member) => shape(componentOf(member, document), document));
  if (shapes.some((s) => s === undefined)) return undefined;
  const known = shapes as { properties: Set<string>; constants: Map<string, string> }[];
  const fallbacks = known.map((s, i) => i).filter((i) => known[i]?.constants.size === 0);
  if (fallbacks.length !== 1) return undefined;
  const fallback = fallbacks[0] as number;
  const listed = known.filter((_, i) => i !== fallback);
  const discriminant = [...(listed[0]?.constants.keys() ?? [])].find((property) => {
    const values = listed.map((s) => s.constants.get(property));
    return values.every((v) => v !== undefined) && new Set(values).size === values.length && known[fallback]?.properties.has(property);
  });
  if (!discriminant) return undefined;
  const others = [...new Set(listed.flatMap((s) => [...s.properties]))].filter((name) => name !== discriminant).sort();
  if (others.length === 0) return undefined;
  const member = type.types[fallback] as TS.TypeNode;
  const never = ts.factory.createTypeLiteralNode(
    others.map((name) =>
      ts.factory.createPropertySignature(undefined, /^[A-Za-z_$][\w$]*$/.test(name) ? ts.factory.createIdentifier(name) : ts.factory.createStringLiteral(name), undefined, ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword)),
    ),
  );
  const narrowed = ts.factory.createParenthesizedType(ts.factory.createIntersectionTypeNode([member, never]));
  return ts.factory.createUnionTypeNode(type.types.map((m, i) => (i === fallback ? narrowed : m)));
}
