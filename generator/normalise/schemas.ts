import { defineOwn } from "../load/define-own.js";
import { own, type Json } from "../walk.js";

/**
 * The schema rewrites that turn OpenAPI 3.0's dialect of JSON Schema into 3.1's (JSON Schema 2020-12).
 * Each returns what it changed, as pointers, so a front end can say so (3.1 documents carrying 3.0
 * keywords get a warning) or stay quiet (3.0 documents, where they are the dialect).
 */

/** Keywords that describe a value rather than constrain it: they stay outside when a schema is wrapped. */
const ANNOTATIONS = new Set(["title", "description", "deprecated", "readOnly", "writeOnly", "default", "examples", "example", "externalDocs", "xml", "$comment"]);

function replaceContents(node: Json, contents: Json): void {
  for (const key of Object.keys(node)) delete node[key];
  for (const [key, value] of Object.entries(contents)) defineOwn(node, key, value);
}

/**
 * `nullable: true` → null admitted as 3.1 says it: `type: [T, "null"]` (and `null` in an enum); a schema
 * without a type of its own (`$ref`, `allOf`, ...) becomes `anyOf: [<it>, {type: "null"}]`, annotations
 * staying outside. `nullable: false` is dropped. Returns whether the node had `nullable`.
 */
export function convertNullable(node: Json): boolean {
  if (!Object.prototype.hasOwnProperty.call(node, "nullable")) return false;
  const nullable = node.nullable === true;
  delete node.nullable;
  if (!nullable) return true;
  const type = own(node, "type");
  const addNullToEnum = () => {
    const values = own(node, "enum");
    if (Array.isArray(values) && !values.includes(null)) node.enum = [...values, null];
  };
  if (typeof type === "string") {
    if (type !== "null") node.type = [type, "null"];
    addNullToEnum();
    return true;
  }
  if (Array.isArray(type)) {
    if (!type.includes("null")) node.type = [...type, "null"];
    addNullToEnum();
    return true;
  }
  const combined = ["$ref", "allOf", "oneOf", "anyOf", "enum", "const"].some((key) => own(node, key) !== undefined);
  // No type and nothing that limits it: null was never excluded.
  if (!combined) return true;
  const outer: Json = {};
  const inner: Json = {};
  for (const [key, value] of Object.entries(node)) defineOwn(ANNOTATIONS.has(key) || key.startsWith("x-") ? outer : inner, key, value);
  if (Array.isArray(inner.enum) && Object.keys(inner).length === 1) {
    addNullToEnum();
    return true;
  }
  replaceContents(node, { ...outer, anyOf: [inner, { type: "null" }] });
  return true;
}

/** 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum` (modifying `minimum`/`maximum`) → 3.1's numeric bound. Returns the keys changed. */
export function convertExclusiveBounds(node: Json): string[] {
  const changed: string[] = [];
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    const flag = own(node, exclusive);
    if (typeof flag !== "boolean") continue;
    changed.push(exclusive);
    const value = own(node, bound);
    if (flag && typeof value === "number") {
      node[exclusive] = value;
      delete node[bound];
    } else delete node[exclusive];
  }
  return changed;
}

/** A schema's `example` (3.0) → `examples: [example]` (3.1). Returns whether it changed. */
export function convertExample(node: Json): boolean {
  if (!Object.prototype.hasOwnProperty.call(node, "example")) return false;
  const example = node.example;
  delete node.example;
  if (own(node, "examples") === undefined) node.examples = [example];
  return true;
}

/** `items: [A, B]` (a tuple, which some 3.0 files write) → `prefixItems: [A, B]`. Returns whether it changed. */
export function convertTupleItems(node: Json): boolean {
  const items = own(node, "items");
  if (!Array.isArray(items)) return false;
  delete node.items;
  if (own(node, "prefixItems") === undefined) node.prefixItems = items;
  return true;
}
