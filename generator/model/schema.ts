import { componentRefName, isObject, own, type Json } from "../walk.js";
import type { SchemaNode, StringFormat } from "./types.js";

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
  if (refName !== undefined) return defined({ kind: "ref", name: refName, nullable: false, description, deprecated });

  const rawEnum = own(raw, "const") !== undefined ? [own(raw, "const")] : Array.isArray(own(raw, "enum")) ? (own(raw, "enum") as unknown[]) : undefined;
  const enumValues = rawEnum?.filter((v): v is string | number | boolean => ["string", "number", "boolean"].includes(typeof v));
  const rawType = own(raw, "type");
  const types = (Array.isArray(rawType) ? rawType : rawType === undefined ? [] : [rawType]).filter((t): t is string => typeof t === "string");
  const nullable = types.includes("null") || (rawEnum?.includes(null) ?? false);
  const base = { nullable, description, deprecated, enum: enumValues && enumValues.length > 0 ? enumValues : undefined };

  const composite = COMPOSITES.find((key) => Array.isArray(own(raw, key)));
  const ownTypes = types.filter((t) => t !== "null");
  const hasOwnShape = ownTypes.length > 0 || isObject(own(raw, "properties")) || own(raw, "items") !== undefined;
  if (composite) {
    const variants = (own(raw, composite) as unknown[]).map(toSchemaNode);
    if (!hasOwnShape) return defined({ ...base, kind: composite, variants });
    // A schema with both its own shape and a combinator must satisfy both.
    const { [composite]: _dropped, ...rest } = raw;
    return defined({ ...base, kind: "allOf", variants: [toSchemaNode({ ...rest, type: ownTypes }), defined({ kind: composite, variants, nullable: false })] });
  }

  if (ownTypes.length > 1) {
    return defined({ ...base, kind: "anyOf", variants: ownTypes.map((type) => toSchemaNode({ ...raw, type, description: undefined })) });
  }
  const type = ownTypes[0] ?? inferType(raw, enumValues);
  switch (type) {
    case "string": {
      const format = str(raw, "format") as StringFormat | undefined;
      return defined({ ...base, kind: "string", format: format && FORMATS.includes(format) ? format : undefined, pattern: str(raw, "pattern"), minLength: num(raw, "minLength"), maxLength: num(raw, "maxLength") });
    }
    case "number":
    case "integer":
      return defined({ ...base, kind: type, minimum: num(raw, "minimum"), maximum: num(raw, "maximum"), exclusiveMinimum: num(raw, "exclusiveMinimum"), exclusiveMaximum: num(raw, "exclusiveMaximum") });
    case "boolean":
      return defined({ ...base, kind: "boolean" });
    case "null":
      return defined({ ...base, kind: "null", nullable: true });
    case "array":
      return defined({ ...base, kind: "array", items: toSchemaNode(own(raw, "items") ?? {}), minItems: num(raw, "minItems"), maxItems: num(raw, "maxItems") });
    case "object": {
      const required = Array.isArray(own(raw, "required")) ? (own(raw, "required") as unknown[]).filter((r): r is string => typeof r === "string") : [];
      const properties = Object.entries(isObject(own(raw, "properties")) ? (own(raw, "properties") as Json) : {}).map(([name, schema]) => ({
        name,
        required: required.includes(name),
        schema: toSchemaNode(schema),
      }));
      const extra = own(raw, "additionalProperties");
      return defined({
        ...base,
        kind: "object",
        properties,
        additionalProperties: extra === false ? false : isObject(extra) ? toSchemaNode(extra) : true,
        requiredOnly: required.filter((name) => !properties.some((p) => p.name === name)),
      });
    }
    default:
      return defined({ ...base, kind: "unknown" });
  }
}

function inferType(raw: Json, enumValues: readonly (string | number | boolean)[] | undefined): string | undefined {
  if (isObject(own(raw, "properties")) || own(raw, "additionalProperties") !== undefined || Array.isArray(own(raw, "required"))) return "object";
  if (own(raw, "items") !== undefined) return "array";
  if (enumValues && enumValues.length > 0) {
    const kinds = new Set(enumValues.map((v) => typeof v));
    if (kinds.size === 1) return [...kinds][0] === "number" ? "number" : [...kinds][0];
  }
  return undefined;
}
