import type { ApiModel, ObjectSchema, PropertyModel, SchemaNode } from "../model/types.js";
import type { ChangeKind } from "./rules.js";
import { quote } from "./text.js";

/** Which way values flow: callers send request values, the old client receives (and validates) response values. */
export type Direction = "request" | "response";

/** A place in an operation that holds a schema, and how to name it and the fields under it. */
export interface Place {
  /** `Change.path` of the root: `GET /things query`, `POST /things body`, `GET /things response.200`. */
  base: string;
  /** Field path below the root (`name`, `tags[]`, `items[].id`); for a parameter, its name. */
  field: string;
  /** How a field here is called: `request body field`, `response field`, `query parameter`. */
  noun: string;
  /** The root's own label when `field` is empty: `request body`, `200 response body`. */
  rootLabel: string;
}

export type Emit = (kind: ChangeKind, where: string, breaking: boolean, message: string) => void;

export interface SchemaDiffContext {
  old: ApiModel;
  new: ApiModel;
  emit: Emit;
}

export const whereOf = (place: Place): string => (place.field === "" ? place.base : `${place.base}.${place.field}`);
export const labelOf = (place: Place): string => (place.field === "" ? place.rootLabel : `${place.noun} ${quote(place.field)}`);
const child = (place: Place, segment: string): Place => ({ ...place, field: place.field === "" ? segment : segment.startsWith("[") || segment.startsWith("{") ? `${place.field}${segment}` : `${place.field}.${segment}` });

/** A schema with its component refs followed and `X | null` unions folded into `nullable`. Never `kind: "ref"`. */
interface Resolved {
  node: Exclude<SchemaNode, { kind: "ref" }>;
  /** The component it came from, when it was a ref. */
  name?: string;
}

const UNKNOWN: SchemaNode = { kind: "unknown", nullable: false };
const ANY_VALUE: SchemaNode = { kind: "unknown", nullable: true };
const isUnion = (node: SchemaNode): boolean => node.kind === "oneOf" || node.kind === "anyOf";

function resolve(model: ApiModel, start: SchemaNode, seen: readonly string[] = []): Resolved {
  let node = start;
  let name: string | undefined;
  let nullable = start.nullable;
  const visited = [...seen];
  while (node.kind === "ref") {
    if (visited.includes(node.name)) return { node: { kind: "unknown", nullable }, ...(name ? { name } : {}) };
    visited.push(node.name);
    name ??= node.name;
    node = model.schemas.find((s) => s.name === (node as { name: string }).name)?.schema ?? UNKNOWN;
    nullable ||= node.nullable;
  }
  const withName = (r: Resolved, extraNullable: boolean): Resolved => ({ node: { ...r.node, nullable: r.node.nullable || extraNullable }, ...((name ?? r.name) ? { name: name ?? r.name } : {}) });

  if (isUnion(node)) {
    const variants = (node as { variants: SchemaNode[] }).variants;
    const rest = variants.filter((v) => v.kind !== "null");
    const withNull = nullable || rest.length < variants.length;
    if (rest.length === 1) return withName(resolve(model, rest[0] as SchemaNode, visited), withNull);
    if (rest.length < variants.length) return { node: { ...(node as Resolved["node"]), variants: rest, nullable: withNull } as Resolved["node"], ...(name ? { name } : {}) };
  }
  if (node.kind === "allOf") {
    if (node.variants.length === 1) return withName(resolve(model, node.variants[0] as SchemaNode, visited), nullable);
    const parts = node.variants.map((v) => resolve(model, v, visited).node);
    if (parts.every((p): p is ObjectSchema => p.kind === "object")) return { node: { ...mergeObjects(parts), nullable }, ...(name ? { name } : {}) };
  }
  return { node: { ...(node as Resolved["node"]), nullable }, ...(name ? { name } : {}) };
}

/** `allOf` of objects, as the one object a value must satisfy (for comparison only). */
function mergeObjects(parts: ObjectSchema[]): ObjectSchema {
  const properties: PropertyModel[] = [];
  const required = new Set(parts.flatMap((p) => [...p.requiredOnly, ...p.properties.filter((q) => q.required).map((q) => q.name)]));
  for (const part of parts) for (const prop of part.properties) if (!properties.some((p) => p.name === prop.name)) properties.push({ ...prop });
  for (const prop of properties) prop.required = required.has(prop.name);
  return {
    kind: "object",
    nullable: false,
    properties,
    additionalProperties: parts.some((p) => p.additionalProperties === false) ? false : true,
    requiredOnly: [...required].filter((r) => !properties.some((p) => p.name === r)),
  };
}

/**
 * A union's alternatives (flattened), or the schema itself. A union component met again inside itself
 * (`U: oneOf: [$ref U, string]`) adds nothing: its other alternatives are already there.
 */
function alternatives(model: ApiModel, r: Resolved, unions: readonly string[] = []): Resolved[] {
  if (!isUnion(r.node)) return [r];
  if (r.name !== undefined && unions.includes(r.name)) return [];
  const inside = r.name === undefined ? unions : [...unions, r.name];
  return (r.node as { variants: SchemaNode[] }).variants.flatMap((v) => alternatives(model, resolve(model, v), inside));
}

function typeLabel(model: ApiModel, r: Resolved, depth = 0): string {
  if (r.name) return quote(r.name);
  const n = r.node;
  if (depth > 3) return n.kind;
  if (n.kind === "array") return `array of ${typeLabel(model, resolve(model, n.items), depth + 1)}`;
  if (isUnion(n)) return alternatives(model, r).map((a) => typeLabel(model, a, depth + 1)).join(" | ");
  return n.kind === "unknown" ? "any value" : n.kind;
}

/**
 * Whether some alternative of `wide` takes every value of each alternative of `narrow`, as far as types go;
 * `null` alone is taken by a nullable `wide` (`wideNullable`: the whole schema takes null).
 */
function covers(wide: readonly Resolved[], narrow: readonly Resolved[], wideNullable: boolean): boolean {
  return narrow.every((n) => (n.node.kind === "null" && wideNullable) || wide.some((w) => w.node.kind === "unknown" || w.node.kind === n.node.kind || (w.node.kind === "number" && n.node.kind === "integer")));
}

/** An alternative that accepts any value of its type: no enum, bounds, pattern or format. */
function isOpen(r: Resolved): boolean {
  const n = r.node as unknown as Record<string, unknown>;
  if (n.enum !== undefined) return false;
  const constraints = ["format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
  return (r.node.kind === "string" || r.node.kind === "number" || r.node.kind === "integer" || r.node.kind === "boolean") && constraints.every((k) => n[k] === undefined);
}

/**
 * Compares one schema across the two models and reports through `ctx.emit`. `open.old` / `open.new`: a
 * sibling union alternative already accepts any value of this type, so widening (old side) or narrowing
 * (new side) this alternative changes nothing for callers.
 */
export function compareSchemas(ctx: SchemaDiffContext, dir: Direction, oldNode: SchemaNode, newNode: SchemaNode, place: Place, open = { old: false, new: false }, stack: string[] = []): void {
  const o = resolve(ctx.old, oldNode);
  const n = resolve(ctx.new, newNode);
  if (o.name && n.name) {
    const key = `${o.name}>${n.name}`;
    if (stack.includes(key)) return;
    stack = [...stack, key];
  }
  const where = whereOf(place);
  const label = labelOf(place);
  const emit = (kind: ChangeKind, breaking: boolean, message: string) => ctx.emit(kind, where, breaking, message);
  const tightened = (what: string) => (dir === "request" ? emit("request-constraint-tightened", !open.new, `${label}: ${what}`) : emit("response-constraint-tightened", false, `${label}: ${what}`));
  const relaxed = (what: string) => (dir === "request" ? emit("request-constraint-relaxed", false, `${label}: ${what}`) : emit("response-constraint-relaxed", !open.old, `${label}: ${what}`));
  /** A change that neither contains the other (a new pattern): narrows what is sent, widens what is received. */
  const replaced = (what: string) => (dir === "request" ? tightened(what) : relaxed(what));

  const oAlts = alternatives(ctx.old, o);
  const nAlts = alternatives(ctx.new, n);
  const oNullable = o.node.nullable || oAlts.some((x) => x.node.nullable);
  const nNullable = n.node.nullable || nAlts.some((x) => x.node.nullable);
  if (oNullable !== nNullable && o.node.kind !== "null" && n.node.kind !== "null") {
    if (nNullable) emit(`${dir}-became-nullable`, dir === "response", `${label} became nullable`);
    else emit(`${dir}-became-not-nullable`, dir === "request", `${label} is no longer nullable`);
  }
  if (oAlts.length > 1 || nAlts.length > 1) {
    compareUnions(ctx, dir, { o, n, oAlts, nAlts, oNullable, nNullable }, place, emit, stack);
    return;
  }
  if (o.node.kind !== n.node.kind) {
    const breaking = dir === "request" ? !covers(nAlts, oAlts, nNullable) : !covers(oAlts, nAlts, oNullable);
    emit(`${dir}-type-changed`, breaking, `${label} type changed from ${typeLabel(ctx.old, o)} to ${typeLabel(ctx.new, n)}`);
    return;
  }

  const oe = o.node.enum;
  const ne = n.node.enum;
  if (oe && ne) {
    const oldValues = new Set(oe.map(quote));
    const newValues = new Set(ne.map(quote));
    for (const value of ne) if (!oldValues.has(quote(value))) emit(`${dir}-enum-value-added`, dir === "response" && !open.old, `enum value ${quote(value)} added to ${label}`);
    for (const value of oe) if (!newValues.has(quote(value))) emit(`${dir}-enum-value-removed`, dir === "request" && !open.new, `enum value ${quote(value)} removed from ${label}`);
  } else if (oe) relaxed(`no longer limited to ${oe.map(quote).join(", ")}`);
  else if (ne) tightened(`now limited to ${ne.map(quote).join(", ")}`);

  const bound = (key: string, lower: boolean, ov: number | undefined, nv: number | undefined) => {
    if (ov === nv) return;
    const tighter = ov === undefined ? true : nv === undefined ? false : lower ? nv > ov : nv < ov;
    const what = ov === undefined ? `${key} ${nv} added` : nv === undefined ? `${key} ${ov} removed` : `${key} changed from ${ov} to ${nv}`;
    if (tighter) tightened(what);
    else relaxed(what);
  };
  const text = (key: string, ov: string | undefined, nv: string | undefined) => {
    if (ov === nv) return;
    if (ov === undefined) tightened(`${key} ${quote(nv)} added`);
    else if (nv === undefined) relaxed(`${key} ${quote(ov)} removed`);
    else replaced(`${key} changed from ${quote(ov)} to ${quote(nv)}`);
  };

  const a = o.node;
  const b = n.node;
  if (a.kind === "string" && b.kind === "string") {
    text("format", a.format, b.format);
    text("pattern", a.pattern, b.pattern);
    bound("minLength", true, a.minLength, b.minLength);
    bound("maxLength", false, a.maxLength, b.maxLength);
  } else if ((a.kind === "number" || a.kind === "integer") && (b.kind === "number" || b.kind === "integer")) {
    bound("minimum", true, a.minimum, b.minimum);
    bound("exclusiveMinimum", true, a.exclusiveMinimum, b.exclusiveMinimum);
    bound("maximum", false, a.maximum, b.maximum);
    bound("exclusiveMaximum", false, a.exclusiveMaximum, b.exclusiveMaximum);
    // A new divisor that divides the old one accepts more, one it does not divide less or other values.
    if (a.multipleOf !== b.multipleOf) {
      const what = a.multipleOf === undefined ? `multipleOf ${b.multipleOf} added` : b.multipleOf === undefined ? `multipleOf ${a.multipleOf} removed` : `multipleOf changed from ${a.multipleOf} to ${b.multipleOf}`;
      if (b.multipleOf === undefined || (a.multipleOf !== undefined && Number.isInteger(a.multipleOf / b.multipleOf))) relaxed(what);
      else if (a.multipleOf === undefined || Number.isInteger(b.multipleOf / a.multipleOf)) tightened(what);
      else replaced(what);
    }
  } else if (a.kind === "array" && b.kind === "array") {
    bound("minItems", true, a.minItems, b.minItems);
    bound("maxItems", false, a.maxItems, b.maxItems);
    if (!a.uniqueItems && b.uniqueItems) tightened("items must now be unique");
    else if (a.uniqueItems && !b.uniqueItems) relaxed("items no longer need to be unique");
    const oPrefix = a.prefixItems ?? [];
    const nPrefix = b.prefixItems ?? [];
    for (let i = 0; i < Math.min(oPrefix.length, nPrefix.length); i++) compareSchemas(ctx, dir, oPrefix[i] as SchemaNode, nPrefix[i] as SchemaNode, child(place, `[${i}]`), { old: false, new: false }, stack);
    if (nPrefix.length > oPrefix.length) tightened(`${nPrefix.length - oPrefix.length} more leading item(s) with a schema of their own`);
    if (oPrefix.length > nPrefix.length) relaxed(`${oPrefix.length - nPrefix.length} fewer leading item(s) with a schema of their own`);
    compareSchemas(ctx, dir, a.items, b.items, child(place, "[]"), { old: false, new: false }, stack);
  } else if (a.kind === "object" && b.kind === "object") {
    bound("minProperties", true, a.minProperties, b.minProperties);
    bound("maxProperties", false, a.maxProperties, b.maxProperties);
    const oPatterns = a.patternProperties ?? [];
    const nPatterns = b.patternProperties ?? [];
    for (const entry of nPatterns) {
      const before = oPatterns.find((e) => e.pattern === entry.pattern);
      if (before) compareSchemas(ctx, dir, before.schema, entry.schema, child(place, `{${entry.pattern}}`), { old: false, new: false }, stack);
      else tightened(`fields matching ${quote(entry.pattern)} must now match a schema`);
    }
    for (const entry of oPatterns) if (!nPatterns.some((e) => e.pattern === entry.pattern)) relaxed(`fields matching ${quote(entry.pattern)} are no longer checked`);
    compareObjects(ctx, dir, a, b, place, { tightened, relaxed }, stack);
  } else if (a.kind === "allOf" && b.kind === "allOf") {
    const count = Math.min(a.variants.length, b.variants.length);
    for (let i = 0; i < count; i++) compareSchemas(ctx, dir, a.variants[i] as SchemaNode, b.variants[i] as SchemaNode, place, { old: false, new: false }, stack);
    if (b.variants.length > count) tightened(`${b.variants.length - count} more allOf member(s) to satisfy`);
    if (a.variants.length > count) relaxed(`${a.variants.length - count} fewer allOf member(s) to satisfy`);
  }
}

/**
 * An object's fields: its properties, then the names it requires without a property schema
 * (`requiredOnly`): required fields that take any value, null included.
 */
function fieldsOf(s: ObjectSchema): PropertyModel[] {
  return [...s.properties.map((p) => ({ ...p, required: p.required || s.requiredOnly.includes(p.name) })), ...s.requiredOnly.filter((name) => !s.properties.some((p) => p.name === name)).map((name) => ({ name, required: true, schema: ANY_VALUE }))];
}

function compareObjects(
  ctx: SchemaDiffContext,
  dir: Direction,
  a: ObjectSchema,
  b: ObjectSchema,
  place: Place,
  report: { tightened: (what: string) => void; relaxed: (what: string) => void },
  stack: string[],
): void {
  const oldFields = fieldsOf(a);
  const newFields = fieldsOf(b);
  for (const field of oldFields) {
    if (newFields.some((f) => f.name === field.name)) continue;
    const at = child(place, field.name);
    ctx.emit(`${dir}-property-removed`, whereOf(at), true, `${labelOf(at)} removed`);
  }
  for (const field of newFields) {
    const before = oldFields.find((f) => f.name === field.name);
    const at = child(place, field.name);
    if (!before) {
      if (dir === "request") {
        ctx.emit("request-property-added", whereOf(at), field.required, `${field.required ? "required" : "optional"} ${labelOf(at)} added`);
      } else {
        const closed = a.additionalProperties === false;
        ctx.emit("response-property-added", whereOf(at), closed, `${labelOf(at)} added${closed ? " to an object that allowed no other fields: old clients reject it" : ""}`);
      }
      continue;
    }
    if (before.required !== field.required) {
      if (field.required) ctx.emit(`${dir}-property-became-required`, whereOf(at), dir === "request", `${labelOf(at)} became required`);
      else ctx.emit(`${dir}-property-became-optional`, whereOf(at), dir === "response", `${labelOf(at)} became optional`);
    }
    compareSchemas(ctx, dir, before.schema, field.schema, at, { old: false, new: false }, stack);
  }
  const ox = a.additionalProperties;
  const nx = b.additionalProperties;
  if (typeof ox === "object" && typeof nx === "object") compareSchemas(ctx, dir, ox, nx, child(place, "{}"), { old: false, new: false }, stack);
  else if (ox === false && nx !== false) report.relaxed("now allows additional fields");
  else if (ox !== false && nx === false) report.tightened("no longer allows additional fields");
  else if (ox === true && typeof nx === "object") report.tightened("additional fields must now match a schema");
  else if (typeof ox === "object" && nx === true) report.relaxed("additional fields are no longer checked");
}

/** Pairs the alternatives of two unions (by component name, then by type) and compares each pair. */
function compareUnions(
  ctx: SchemaDiffContext,
  dir: Direction,
  { o, n, oAlts, nAlts, oNullable, nNullable }: { o: Resolved; n: Resolved; oAlts: Resolved[]; nAlts: Resolved[]; oNullable: boolean; nNullable: boolean },
  place: Place,
  emit: (kind: ChangeKind, breaking: boolean, message: string) => void,
  stack: string[],
): void {
  const pairs: [Resolved, Resolved][] = [];
  const freeNew = [...nAlts];
  const unpairedOld: Resolved[] = [];
  const take = (match: (r: Resolved) => boolean) => {
    const i = freeNew.findIndex(match);
    return i === -1 ? undefined : freeNew.splice(i, 1)[0];
  };
  for (const alt of oAlts) {
    const found = (alt.name ? take((r) => r.name === alt.name) : undefined) ?? take((r) => r.node.kind === alt.node.kind && !r.name === !alt.name && sameEnumness(r, alt));
    if (found) pairs.push([alt, found]);
    else unpairedOld.push(alt);
  }
  for (const alt of [...unpairedOld]) {
    const found = take((r) => r.node.kind === alt.node.kind);
    if (found) {
      pairs.push([alt, found]);
      unpairedOld.splice(unpairedOld.indexOf(alt), 1);
    }
  }
  if (unpairedOld.length > 0 || freeNew.length > 0) {
    const breaking = dir === "request" ? !covers(nAlts, oAlts, nNullable) : !covers(oAlts, nAlts, oNullable);
    emit(`${dir}-type-changed`, breaking, `${labelOf(place)} type changed from ${typeLabel(ctx.old, o)} to ${typeLabel(ctx.new, n)}`);
  }
  for (const [a, b] of pairs) {
    const openOld = oAlts.some((x) => x !== a && x.node.kind === a.node.kind && isOpen(x));
    const openNew = nAlts.some((x) => x !== b && x.node.kind === b.node.kind && isOpen(x));
    compareSchemas(ctx, dir, { ...a.node, nullable: false }, { ...b.node, nullable: false }, place, { old: openOld, new: openNew }, stack);
  }
}

const sameEnumness = (a: Resolved, b: Resolved) => (a.node.enum === undefined) === (b.node.enum === undefined);
