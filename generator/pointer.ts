/** RFC 6901 JSON pointers: the address of a node inside one document. */

export function escapeToken(token: string): string {
  // Most tokens need no escape; testing first spares two replacements a node.
  return /[~/]/.test(token) ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  return tokens.reduce<string>((acc, t) => `${acc}/${escapeToken(String(t))}`, base);
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split("/").map(unescapeToken);
}

/** The value at `pointer`, or undefined. Only own properties count, so "__proto__" never walks the prototype. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of splitPointer(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf("/");
  return i <= 0 ? "" : pointer.slice(0, i);
}

/**
 * A JSON pointer as a URI fragment (`#/components/schemas/Rate%25Limit`): each token percent-encoded, as
 * RFC 6901 section 6 asks, so tools that decode `$ref` fragments read back the same pointer.
 */
export function pointerToFragment(pointer: string): string {
  return `#${pointer.split("/").map(encodeURIComponent).join("/")}`;
}
