/**
 * The catalogue's one-line body shapes (`{ id: string<objectid>; tags?: Array<string> | null }`) read as
 * types, and the values such a type admits that probe how much a schema accepts: optional fields left out
 * or all present with one field more than listed, each alternative of each top-level union (a union nested
 * in another takes only the alternative of the same index: not every combination), empty and one-item
 * arrays, empty and free-text strings where the catalogue gives no format. A response schema true to the
 * wire accepts all of them.
 */

export type Shape =
  | { kind: "object"; properties: { name: string; optional: boolean; shape: Shape }[] }
  | { kind: "array"; items: Shape }
  | { kind: "union"; of: Shape[] }
  | { kind: "literal"; value: string }
  | { kind: "string"; format?: string }
  | { kind: "integer" | "number" | "boolean" | "null" | "any-object" | "unknown" };

const SCALARS: Record<string, Shape> = {
  integer: { kind: "integer" },
  number: { kind: "number" },
  boolean: { kind: "boolean" },
  null: { kind: "null" },
  object: { kind: "any-object" },
  unknown: { kind: "unknown" },
};

/** Reads a catalogue shape; `where` names it in an error. */
export function parseShape(text: string, where: string): Shape {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what} at column ${at + 1} of the shape: …${text.slice(at, at + 30)}`);
  };
  const space = () => {
    while (text[at] === " ") at++;
  };
  const take = (token: string): boolean => {
    space();
    if (!text.startsWith(token, at)) return false;
    at += token.length;
    return true;
  };
  const expect = (token: string) => {
    if (!take(token)) fail(`expected "${token}"`);
  };
  const word = (): string => {
    space();
    const m = /^[A-Za-z_$][\w$-]*/.exec(text.slice(at));
    if (m === null) return fail("expected a name");
    at += m[0].length;
    return m[0];
  };

  function union(): Shape {
    const of = [member()];
    while (take("|")) of.push(member());
    return of.length === 1 ? of[0]! : { kind: "union", of };
  }
  function member(): Shape {
    space();
    if (take("{")) {
      const properties: { name: string; optional: boolean; shape: Shape }[] = [];
      while (!take("}")) {
        const name = word();
        const optional = take("?");
        expect(":");
        properties.push({ name, optional, shape: union() });
        if (!take(";")) {
          expect("}");
          break;
        }
      }
      return { kind: "object", properties };
    }
    if (take('"')) {
      const end = text.indexOf('"', at);
      if (end < 0) fail("unterminated literal");
      const value = text.slice(at, end);
      at = end + 1;
      return { kind: "literal", value };
    }
    const name = word();
    if (name === "Array") {
      expect("<");
      const items = union();
      expect(">");
      return { kind: "array", items };
    }
    if (name === "string") {
      if (!take("<")) return { kind: "string" };
      const format = word();
      expect(">");
      return { kind: "string", format };
    }
    return SCALARS[name] ?? fail(`unknown type "${name}"`);
  }

  const shape = union();
  space();
  if (at !== text.length) fail("unexpected text");
  return shape;
}

/** One way of filling a shape: how much of it to include, and which alternative of each union to take. */
export interface Fill {
  /** "full": every optional field, one-item arrays, free text; "bare": the least. */
  extent: "full" | "bare";
  /** Index of the alternative taken at every union (modulo its size), nested ones too: fills do not combine alternatives. */
  alternative: number;
  /** A "full" fill adds a field the catalogue does not list to every object, as a response may (not a request). */
  unlisted: boolean;
}

/** A string of each format the catalogue names, as the API writes it. */
const FORMATTED: Record<string, string> = {
  objectid: "65f0c8c9e1c9d4400a1b2c3d",
  "date-time": "2024-03-01T12:34:56.789Z",
  "date-string": "2024-03-01T12:34:56.789Z",
  uri: "https://example.com/a/b?c=d",
  email: "someone@example.com",
};

/** The field added to every object of a "full" fill: an API adds fields to its responses over time. */
export const UNLISTED_FIELD = "fieldAddedLater";

export function fill(shape: Shape, how: Fill): unknown {
  const full = how.extent === "full";
  switch (shape.kind) {
    case "object": {
      const value: Record<string, unknown> = {};
      for (const p of shape.properties) if (full || !p.optional) value[p.name] = fill(p.shape, how);
      if (full && how.unlisted) value[UNLISTED_FIELD] = "not in the catalogue";
      return value;
    }
    case "array":
      return full ? [fill(shape.items, how)] : [];
    case "union":
      return fill(shape.of[how.alternative % shape.of.length]!, how);
    case "literal":
      return shape.value;
    case "string":
      if (shape.format !== undefined) {
        const formatted = FORMATTED[shape.format];
        if (formatted === undefined) throw new Error(`no sample string of format ${shape.format}`);
        // A format outside JSON Schema's (date-string) is a claim no validator checks: any text may come.
        return full || shape.format !== "date-string" ? formatted : "";
      }
      return full ? "Any text — not an id, a URL or a date" : "";
    case "integer":
      return full ? 42 : 0;
    case "number":
      return full ? 12.5 : 0;
    case "boolean":
      return full;
    case "null":
      return null;
    case "any-object":
      return full ? { anything: [1, "two"] } : {};
    case "unknown":
      return full ? { anything: [1, "two"] } : "text";
  }
}

/** The widest union of a shape: how many alternatives a set of fills must run through to take each one. */
export function widestUnion(shape: Shape): number {
  switch (shape.kind) {
    case "object":
      return Math.max(1, ...shape.properties.map((p) => widestUnion(p.shape)));
    case "array":
      return widestUnion(shape.items);
    case "union":
      return Math.max(shape.of.length, ...shape.of.map(widestUnion));
    default:
      return 1;
  }
}

/** Every fill a shape needs: both extents, each with every alternative index up to its widest union. */
export function fills(shape: Shape, unlisted: boolean): Fill[] {
  const width = widestUnion(shape);
  return (["full", "bare"] as const).flatMap((extent) => Array.from({ length: width }, (_, alternative) => ({ extent, alternative, unlisted })));
}
