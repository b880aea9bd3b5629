import { componentRefName, isObject, own, type Json } from "../walk.js";
import type { EnumValue, SchemaNode, StringFormat } from "./types.js";

const FORMATS: readonly StringFormat[] = ["date-time", "date", "uri", "email"];
const COMPOSITES = ["allOf", "oneOf", "anyOf"] as const;

const num = (schema: Json, key: string): number | undefined => {
  const value = own(schema, key);
  return typeof value === "number" ? value : undefined;
};

const str = (schema: Json, key: string): string | undefined => {
  const value = own(schema, key);
  return typeof value === "string" ? value : undefined;
};

/** Keywords that only describe a value; anything else beside `$ref` or a combinator constrains it. */
const ANNOTATIONS = new Set(["description", "title", "deprecated", "examples", "example", "default", "readOnly", "writeOnly", "$comment", "externalDocs", "xml", "discriminator"]);

/** The constraining keywords of a schema, leaving out annotations, extensions and `skip`. */
function constraints(raw: Json, skip: string[]): [string, unknown][] {
  return Object.entries(raw).filter(([key]) => !skip.includes(key) && !ANNOTATIONS.has(key) && !key.startsWith("x-"));
}

/** Copies only the keys that are set, so the model never carries `key: undefined`. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Turns one JSON Schema (as OpenAPI 3.1 writes it) into the model's schema node. */
export function toSchemaNode(raw: unknown): SchemaNode {
  if (!isObject(raw)) return { kind: "unknown", nullable: raw === true };
  const description = str(raw, "description");
  const deprecated = own(raw, "deprecated") === true ? true : undefined;

  const refName = componentRefName(raw, "schemas");
  if (refName !== undefined) {
    const ref = defined({ kind: "ref" as const, name: refName, nullable: false, description, deprecated });
    // In OpenAPI 3.1 keywords beside $ref constrain the value too; they do not replace the target.
    const siblings = constraints(raw, ["$ref"]);
    return siblings.length === 0 ? ref : defined({ kind: "allOf", nullable: false, description, variants: [{ ...ref, description: undefined } as SchemaNode, toSchemaNode(Object.fromEntries(siblings))] });
  }

  const rawEnum = own(raw, "const") !== undefined ? [own(raw, "const")] : Array.isArray(own(raw, "enum")) ? (own(raw, "enum") as unknown[]) : undefined;
  const enumValues = rawEnum?.filter((v): v is EnumValue => v !== null && ["string", "number", "boolean", "object"].includes(typeof v));
  const rawType = own(raw, "type");
  const types = (Array.isArray(rawType) ? rawType : rawType === undefined ? [] : [rawType]).filter((t): t is string => typeof t === "string");
  // Null passes only if both the type and the enum (when present) allow it.
  const nullByType = types.length === 0 ? rawEnum !== undefined : types.includes("null");
  const nullable = nullByType && (rawEnum === undefined || rawEnum.includes(null));
  if (rawEnum !== undefined && rawEnum.length > 0 && rawEnum.every((v) => v === null)) return defined({ kind: "null", nullable: true, description, deprecated });
  const notSchema = own(raw, "not") !== undefined ? toSchemaNode(own(raw, "not")) : undefined;
  const base = { nullable, description, deprecated, enum: enumValues && enumValues.length > 0 ? enumValues : undefined, not: notSchema };

  const composite = COMPOSITES.find((key) => Array.isArray(own(raw, key)));
  const ownTypes = types.filter((t) => t !== "null");
  if (composite) {
    const variants = (own(raw, composite) as unknown[]).map(toSchemaNode);
    const rest = constraints(raw, [composite, "not"]);
    if (rest.length === 0) return defined({ ...base, kind: composite, variants });
    // A schema with its own keywords beside a combinator must satisfy both.
    return defined({ ...base, enum: undefined, kind: "allOf", variants: [toSchemaNode(Object.fromEntries(rest)), defined({ kind: composite, variants, nullable: false })] });
  }

  if (ownTypes.length > 1) {
    return defined({ ...base, kind: "anyOf", variants: ownTypes.map((type) => toSchemaNode({ ...raw, type, description: undefined })) });
  }
  // `type: "null"` alone admits null and nothing else.
  const onlyNull = types.length > 0 && ownTypes.length === 0;
  const inferred = onlyNull ? { type: "null", implied: false } : ownTypes.length === 0 ? inferType(raw, enumValues) : { type: ownTypes[0], implied: false };
  const type = inferred.type;
  const typed = inferred.implied ? { ...base, implied: true } : base;
  switch (type) {
    case "string": {
      // A file part (`format: binary`) is sent as a Blob or bytes: not a JSON string to check.
      if (str(raw, "format") === "binary") return defined({ ...typed, kind: "unknown", nullable: true, enum: undefined });
      const format = str(raw, "format") as StringFormat | undefined;
      return defined({ ...typed, kind: "string", format: format && FORMATS.includes(format) ? format : undefined, pattern: str(raw, "pattern"), minLength: num(raw, "minLength"), maxLength: num(raw, "maxLength") });
    }
    case "number":
    case "integer":
      return defined({ ...typed, kind: type, minimum: num(raw, "minimum"), maximum: num(raw, "maximum"), exclusiveMinimum: num(raw, "exclusiveMinimum"), exclusiveMaximum: num(raw, "exclusiveMaximum"), multipleOf: num(raw, "multipleOf") });
    case "boolean":
      return defined({ ...typed, kind: "boolean" });
    case "null":
      return defined({ ...typed, kind: "null", nullable: true });
    case "array":
      return defined({
        ...typed,
        kind: "array",
        items: toSchemaNode(own(raw, "items") ?? {}),
        prefixItems: Array.isArray(own(raw, "prefixItems")) ? (own(raw, "prefixItems") as unknown[]).map(toSchemaNode) : undefined,
        minItems: num(raw, "minItems"),
        maxItems: num(raw, "maxItems"),
        uniqueItems: own(raw, "uniqueItems") === true ? true : undefined,
      });
    case "object": {
      const required = Array.isArray(own(raw, "required")) ? (own(raw, "required") as unknown[]).filter((r): r is string => typeof r === "string") : [];
      // A readOnly property is absent from requests and a writeOnly one from responses: required in
      // neither direction for the one validator that serves both.
      const sideOnly = (schema: unknown) => own(schema, "readOnly") === true || own(schema, "writeOnly") === true;
      const properties = Object.entries(isObject(own(raw, "properties")) ? (own(raw, "properties") as Json) : {}).map(([name, schema]) => ({
        name,
        required: required.includes(name) && !sideOnly(schema),
        schema: toSchemaNode(schema),
      }));
      const extra = own(raw, "additionalProperties");
      return defined({
        ...typed,
        kind: "object",
        properties,
        additionalProperties: extra === false ? false : isObject(extra) ? toSchemaNode(extra) : true,
        requiredOnly: required.filter((name) => !properties.some((p) => p.name === name)),
        patternProperties: isObject(own(raw, "patternProperties"))
          ? Object.entries(own(raw, "patternProperties") as Json).map(([pattern, schema]) => ({ pattern, schema: toSchemaNode(schema) }))
          : undefined,
        minProperties: num(raw, "minProperties"),
        maxProperties: num(raw, "maxProperties"),
      });
    }
    default:
      return defined({ ...typed, kind: "unknown" });
  }
}

const STRING_KEYWORDS = ["pattern", "minLength", "maxLength", "format"];
const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const ARRAY_KEYWORDS = ["items", "prefixItems", "minItems", "maxItems", "uniqueItems"];
const OBJECT_KEYWORDS = ["properties", "additionalProperties", "required", "patternProperties", "minProperties", "maxProperties"];

/**
 * The type a schema without `type` is about: from its enum (which then limits the values itself), or
 * implied by keywords that only apply to one type.
 */
function inferType(raw: Json, enumValues: readonly EnumValue[] | undefined): { type?: string; implied: boolean } {
  if (enumValues && enumValues.length > 0) {
    const kinds = new Set(enumValues.map((v) => (Array.isArray(v) ? "array" : typeof v)));
    if (kinds.size === 1) return { type: [...kinds][0], implied: false };
  }
  const has = (keys: string[]) => keys.some((key) => own(raw, key) !== undefined);
  if (has(OBJECT_KEYWORDS)) return { type: "object", implied: true };
  if (has(ARRAY_KEYWORDS)) return { type: "array", implied: true };
  if (has(STRING_KEYWORDS)) return { type: "string", implied: true };
  if (has(NUMBER_KEYWORDS)) return { type: "number", implied: true };
  return { implied: false };
}
