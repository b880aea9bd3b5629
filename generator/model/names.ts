/** Turning spec names into TypeScript identifiers, deterministically. */

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield any boolean number string symbol " +
    "type from of await async undefined never unknown object bigint constructor prototype __proto__ toString valueOf " +
    "hasOwnProperty"
  ).split(" "),
);

/**
 * Global names a generated type must not shadow: `export type Error` would hide the built-in for importers.
 * All-capital globals (`URL`, `JSON`) need no entry: pascalCase makes `Url` and `Json` of them.
 */
const GLOBAL_TYPES = new Set(
  "Array ArrayBuffer Boolean Date Error Function Headers Iterable Map Math Number Object Omit Partial Pick Promise Readonly ReadonlyArray Record RegExp Request Required Response Set String Symbol WeakMap".split(" "),
);

/** A type name for a spec name, `Schema`-suffixed when it would shadow a global. */
export function typeName(text: string): string {
  const name = pascalCase(text);
  return GLOBAL_TYPES.has(name) ? `${name}Schema` : name;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** Identifiers we refuse to emit as names: keywords and names that shadow object internals. */
export function isReserved(name: string): boolean {
  return RESERVED.has(name);
}

/** Splits "getCustomDomains", "custom_domains", "X-RateLimit-Limit" or "sites:read" into lower-case words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A safe identifier: leading digits get a prefix, keywords a suffix. */
function safe(name: string, fallback: string): string {
  let result = name === "" ? fallback : name;
  if (/^[0-9]/.test(result)) result = `_${result}`;
  if (isReserved(result)) result = `${result}_`;
  return result;
}

/**
 * A class member or property name (`client.pets.delete`): keywords are fine there; only names that would
 * define or shadow an object's own machinery get a suffix.
 */
export function memberName(text: string, fallback = "unnamed"): string {
  const [first = "", ...rest] = words(text);
  let name = first + rest.map(capitalize).join("");
  if (name === "") name = fallback;
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return isObjectMember(name) ? `${name}_` : name;
}

/** Names a class member may not have without defining or shadowing an object's own machinery. */
export function isObjectMember(name: string): boolean {
  return OBJECT_MEMBERS.has(name);
}

const OBJECT_MEMBERS = new Set(["constructor", "prototype", "__proto__", "toString", "valueOf", "hasOwnProperty"]);

export function pascalCase(text: string, fallback = "Unnamed"): string {
  return safe(words(text).map(capitalize).join(""), fallback);
}

export function camelCase(text: string, fallback = "unnamed"): string {
  const [first = "", ...rest] = words(text);
  return safe(first + rest.map(capitalize).join(""), fallback);
}

/** A file name: `customCode` → `custom-code`. */
export function kebabCase(text: string, fallback = "unnamed"): string {
  const name = words(text).join("-");
  return name === "" ? fallback : name;
}

export function constantCase(text: string, fallback = "UNNAMED"): string {
  return safe(words(text).join("_").toUpperCase(), fallback);
}

/**
 * Hands out names in call order; a name already taken gets the smallest free numeric suffix. Callers sort
 * their input first, so the same spec always yields the same names.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
    this.taken.add(name);
    return name;
  }
}
