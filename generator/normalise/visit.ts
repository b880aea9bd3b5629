import { joinPointer } from "../pointer.js";
import { entries, isObject, own, type Json } from "../walk.js";

/** Every HTTP method a path item may hold (the model reads five; normalisation covers all). */
export const ALL_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

const CHILD_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;
const CHILD_ONE = ["items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "additionalItems"] as const;
const CHILD_LISTS = ["allOf", "oneOf", "anyOf", "prefixItems", "items"] as const;

/**
 * Visits a schema before its children, so `visit` may rewrite the node in place (a rewrite that moves
 * keys under `anyOf` is then walked there). Boolean schemas and `$ref`-only nodes are visited too.
 */
export function walkSchemaDeep(schema: unknown, pointer: string, visit: (schema: Json, pointer: string) => void): void {
  if (!isObject(schema)) return;
  visit(schema, pointer);
  for (const key of CHILD_MAPS) for (const [name, child] of entries(own(schema, key))) walkSchemaDeep(child, joinPointer(pointer, key, name), visit);
  for (const key of CHILD_ONE) walkSchemaDeep(own(schema, key), joinPointer(pointer, key), visit);
  for (const key of CHILD_LISTS) {
    const list = own(schema, key);
    if (Array.isArray(list)) list.forEach((child, i) => walkSchemaDeep(child, joinPointer(pointer, key, i), visit));
  }
}

/**
 * Every schema of the document, wherever OpenAPI 3.0 or 3.1 puts one: components (schemas, parameters,
 * headers, responses, request bodies, callbacks, path items), paths, webhooks and callbacks, with the
 * parameters, bodies, responses, headers and encodings inside them.
 */
export function walkDocumentSchemas(doc: Json, visit: (schema: Json, pointer: string) => void): void {
  const schema = (node: unknown, pointer: string) => walkSchemaDeep(node, pointer, visit);
  const headers = (map: unknown, pointer: string) => {
    for (const [name, header] of entries(map)) parameter(header, joinPointer(pointer, name));
  };
  const content = (map: unknown, pointer: string) => {
    for (const [type, media] of entries(map)) {
      schema(own(media, "schema"), joinPointer(pointer, type, "schema"));
      for (const [field, encoding] of entries(own(media, "encoding"))) headers(own(encoding, "headers"), joinPointer(pointer, type, "encoding", field, "headers"));
    }
  };
  const parameter = (param: unknown, pointer: string) => {
    schema(own(param, "schema"), joinPointer(pointer, "schema"));
    content(own(param, "content"), joinPointer(pointer, "content"));
  };
  const parameters = (list: unknown, pointer: string) => {
    if (Array.isArray(list)) list.forEach((param, i) => parameter(param, joinPointer(pointer, i)));
  };
  const response = (node: unknown, pointer: string) => {
    content(own(node, "content"), joinPointer(pointer, "content"));
    headers(own(node, "headers"), joinPointer(pointer, "headers"));
  };
  const body = (node: unknown, pointer: string) => content(own(node, "content"), joinPointer(pointer, "content"));
  const callbacks = (map: unknown, pointer: string, depth: number) => {
    for (const [name, callback] of entries(map)) {
      for (const [expression, item] of entries(callback)) pathItem(item, joinPointer(pointer, name, expression), depth + 1);
    }
  };
  const pathItem = (item: unknown, pointer: string, depth = 0) => {
    if (!isObject(item) || depth > 8) return;
    parameters(own(item, "parameters"), joinPointer(pointer, "parameters"));
    for (const method of ALL_METHODS) {
      const op = own(item, method);
      if (!isObject(op)) continue;
      const at = joinPointer(pointer, method);
      parameters(own(op, "parameters"), joinPointer(at, "parameters"));
      body(own(op, "requestBody"), joinPointer(at, "requestBody"));
      for (const [status, node] of entries(own(op, "responses"))) response(node, joinPointer(at, "responses", status));
      callbacks(own(op, "callbacks"), joinPointer(at, "callbacks"), depth);
    }
  };

  const components = own(doc, "components");
  for (const [name, node] of entries(own(components, "schemas"))) schema(node, joinPointer("/components/schemas", name));
  for (const [name, node] of entries(own(components, "parameters"))) parameter(node, joinPointer("/components/parameters", name));
  headers(own(components, "headers"), "/components/headers");
  for (const [name, node] of entries(own(components, "responses"))) response(node, joinPointer("/components/responses", name));
  for (const [name, node] of entries(own(components, "requestBodies"))) body(node, joinPointer("/components/requestBodies", name));
  callbacks(own(components, "callbacks"), "/components/callbacks", 0);
  for (const [name, node] of entries(own(components, "pathItems"))) pathItem(node, joinPointer("/components/pathItems", name));
  for (const [path, node] of entries(own(doc, "paths"))) pathItem(node, joinPointer("/paths", path));
  for (const [name, node] of entries(own(doc, "webhooks"))) pathItem(node, joinPointer("/webhooks", name));
}
