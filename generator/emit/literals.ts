import { isIdentifier, isObjectMember, isReserved } from "../model/names.js";

/**
 * The only ways a value from the spec enters generated code: one escaping function per context. Nothing
 * else pastes spec text into code.
 */

const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** A double-quoted string literal. JSON escaping plus U+2028/2029, which some tools still treat as line ends. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(LINE_SEPARATORS, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"));
}

/** A number, boolean or string as a literal expression. */
export function literal(value: string | number | boolean): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot emit non-finite number ${value}`);
    return Object.is(value, -0) ? "0" : String(value);
  }
  return value ? "true" : "false";
}

/**
 * Text for a JSDoc comment: cannot close the comment (`*​/`), cannot open what a printer would read as
 * a nested one (`/*`), cannot start a tag that tooling would read (`@` at a line start), and uses plain
 * newlines only. Control characters go first, so removing one cannot join a `*` and a `/`.
 */
export function jsDocText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/^(\s*)@/gm, "$1\\@")
    .trim();
}

/** Inline code in JSDoc (`name`): backticks in the value would end the span, so they are dropped. */
export function jsDocCode(value: string): string {
  return "`" + jsDocText(value).replace(/`/g, "'").replace(/\n/g, " ") + "`";
}

/** An identifier the generator decided on; throws rather than emit something that is not one. */
export function identifier(name: string): string {
  if (!isIdentifier(name) || isReserved(name)) throw new Error(`internal: ${JSON.stringify(name)} is not a safe identifier`);
  return name;
}

/** A class member name the generator decided on (a keyword is fine there, `constructor` is not). */
export function memberIdentifier(name: string): string {
  if (!isIdentifier(name) || isObjectMember(name)) throw new Error(`internal: ${JSON.stringify(name)} is not a safe member name`);
  return name;
}

/** A key in a type literal or interface: bare when it is an identifier, quoted otherwise. */
export function typeKey(name: string): string {
  return isIdentifier(name) ? name : stringLiteral(name);
}

/**
 * A key in an object literal expression. `__proto__` (bare or quoted) would set the prototype instead of
 * creating a property, so it is written as a computed key.
 */
export function objectKey(name: string): string {
  if (name === "__proto__") return `[${stringLiteral(name)}]`;
  return isIdentifier(name) ? name : stringLiteral(name);
}

/** `object.name` or `object["name"]`. */
export function propertyAccess(object: string, name: string): string {
  return isIdentifier(name) ? `${object}.${name}` : `${object}[${stringLiteral(name)}]`;
}
