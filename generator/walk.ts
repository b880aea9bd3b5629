import { joinPointer, unescapeToken } from "./pointer.js";

/** Structural helpers over the bundled OpenAPI document, shared by the check and model stages. */

export type Json = Record<string, unknown>;

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** JSON media types, the only bodies the client sends and decodes: `application/json`, `application/problem+json`, … */
/** `application/json`, a vendor `+json` type, with or without parameters (`; charset=utf-8`). */
export function isJsonMediaType(type: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i.test(type);
}

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

export function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

export interface OperationRef {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operation: Json;
  pathItem: Json;
  pointer: string;
}

/** Every operation in document order. */
export function operationsOf(doc: Json): OperationRef[] {
  const result: OperationRef[] = [];
  for (const [path, pathItem] of entries(own(doc, "paths"))) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = own(pathItem, method);
      if (isObject(operation)) result.push({ path, method, operation, pathItem, pointer: joinPointer("/paths", path, method) });
    }
  }
  return result;
}

/** An internal `#/components/<section>/<name>` ref's name, or undefined. */
export function componentRefName(value: unknown, section: string): string | undefined {
  const ref = own(value, "$ref");
  const prefix = `#/components/${section}/`;
  if (typeof ref !== "string" || !ref.startsWith(prefix)) return undefined;
  // The loader writes refs as URI fragments (pointerToFragment); one that is not well-formed names nothing.
  try {
    return unescapeToken(decodeURIComponent(ref.slice(prefix.length)));
  } catch {
    return undefined;
  }
}

/** Follows one level of `#/components/<section>/<name>` indirection. */
export function deref(doc: Json, value: unknown, section: string): { value: unknown; pointer?: string } {
  const name = componentRefName(value, section);
  if (name === undefined) return { value };
  const pointer = joinPointer("/components", section, name);
  return { value: own(own(own(doc, "components"), section), name), pointer };
}

const SCHEMA_CHILDREN_MAP = ["properties", "patternProperties", "$defs"] as const;
const SCHEMA_CHILDREN_ONE = ["items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"] as const;
const SCHEMA_CHILDREN_LIST = ["allOf", "oneOf", "anyOf", "prefixItems"] as const;

/** Visits a schema and every schema nested in it. */
export function walkSchema(schema: unknown, pointer: string, visit: (schema: Json, pointer: string) => void): void {
  if (!isObject(schema)) return;
  visit(schema, pointer);
  for (const key of SCHEMA_CHILDREN_MAP) {
    for (const [name, child] of entries(own(schema, key))) walkSchema(child, joinPointer(pointer, key, name), visit);
  }
  for (const key of SCHEMA_CHILDREN_ONE) walkSchema(own(schema, key), joinPointer(pointer, key), visit);
  for (const key of SCHEMA_CHILDREN_LIST) {
    const list = own(schema, key);
    if (Array.isArray(list)) list.forEach((child, i) => walkSchema(child, joinPointer(pointer, key, i), visit));
  }
}

/** Every schema in the document: components, parameters, headers and media types, nested ones included. */
export function walkAllSchemas(doc: Json, visit: (schema: Json, pointer: string) => void): void {
  const components = own(doc, "components");
  for (const [name, schema] of entries(own(components, "schemas"))) walkSchema(schema, joinPointer("/components/schemas", name), visit);
  const visitContent = (content: unknown, pointer: string) => {
    for (const [type, media] of entries(content)) walkSchema(own(media, "schema"), joinPointer(pointer, type, "schema"), visit);
  };
  const visitParams = (params: unknown, pointer: string) => {
    if (!Array.isArray(params)) return;
    params.forEach((param, i) => walkSchema(own(param, "schema"), joinPointer(pointer, i, "schema"), visit));
  };
  const visitHeaders = (headers: unknown, pointer: string) => {
    for (const [name, header] of entries(headers)) walkSchema(own(header, "schema"), joinPointer(pointer, name, "schema"), visit);
  };
  const visitResponses = (responses: unknown, pointer: string) => {
    for (const [status, response] of entries(responses)) {
      visitContent(own(response, "content"), joinPointer(pointer, status, "content"));
      visitHeaders(own(response, "headers"), joinPointer(pointer, status, "headers"));
    }
  };
  for (const [name, param] of entries(own(components, "parameters"))) walkSchema(own(param, "schema"), joinPointer("/components/parameters", name, "schema"), visit);
  visitHeaders(own(components, "headers"), "/components/headers");
  visitResponses(own(components, "responses"), "/components/responses");
  for (const [name, body] of entries(own(components, "requestBodies"))) visitContent(own(body, "content"), joinPointer("/components/requestBodies", name, "content"));
  for (const [path, pathItem] of entries(own(doc, "paths"))) {
    visitParams(own(pathItem, "parameters"), joinPointer("/paths", path, "parameters"));
  }
  for (const op of operationsOf(doc)) {
    visitParams(own(op.operation, "parameters"), joinPointer(op.pointer, "parameters"));
    visitContent(own(own(op.operation, "requestBody"), "content"), joinPointer(op.pointer, "requestBody", "content"));
    visitResponses(own(op.operation, "responses"), joinPointer(op.pointer, "responses"));
  }
}
