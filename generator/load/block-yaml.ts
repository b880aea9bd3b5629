import { escapeToken, splitPointer } from "../pointer.js";
import { defineOwn } from "./define-own.js";

/** The offset of every node of a file by JSON pointer (a `Map` is one), iterated in document order. */
export interface OffsetIndex extends Iterable<[string, number]> {
  get(pointer: string): number | undefined;
}

/** A YAML file read by `readBlockYaml`: its value, and the offset of every node. */
export interface BlockYaml {
  value: unknown;
  offsets: OffsetIndex;
}

/**
 * The offsets of a collection's entries in document order: a mapping's as `[key, offset, key, offset, ...]`,
 * a sequence's one offset an item. Kept beside the value instead of a pointer a node, which would build
 * a string for each of a large document's million nodes where a message asks for a handful.
 */
type Entries = (string | number)[];

/** Thrown (never seen outside) when the text leaves the subset this reader knows. */
const OUTSIDE = Symbol("outside the block-YAML subset");

/** Characters YAML forbids or reads as a line break (CR, NEL), a byte-order mark: the `yaml` library decides what to make of them. */
const UNUSUAL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INFINITE_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Characters that cannot start a plain scalar (`-` can when a non-space follows: `-1`). */
const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
const FLOW_INDICATORS = new Set([..."[]{},"]);
/** The library refuses an implicit key of more than 1,024 characters; one near that long is left to it. */
const LONG_KEY = 1000;

const SPACE = 32;
const NEWLINE = 10;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const COLON = 58;

const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A plain scalar's value by the YAML 1.2 core schema, as the `yaml` library resolves it. */
function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (OCTAL.test(text)) return parseInt(text.slice(2), 8);
  if (DECIMAL.test(text)) return parseInt(text, 10);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  if (INFINITE_OR_NAN.test(text)) return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? -Infinity : Infinity;
  if (FLOAT.test(text)) return parseFloat(text);
  return text;
}

/**
 * Reads the block-style YAML that API descriptions are written in: block mappings and sequences, plain and
 * quoted scalars (over lines too), literal and folded block scalars, one-line flow collections, comments.
 * The `yaml` library builds a document model of every token first, which was most of the load time of a
 * large description; this reads the text once. Anything outside the subset (anchors, tags, keep chomping
 * or an indentation indicator, a flow collection over lines, tabs or CR in the layout, several documents,
 * a duplicate key, a syntax error) returns undefined, and the caller reads the file with the library,
 * which also words the errors. What it returns is what the library's reading gives: the same value, and
 * the same offsets in the same order.
 */
export function readBlockYaml(text: string): BlockYaml | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const entriesOf = new Map<object, Entries>();
  const outside = (): never => {
    throw OUTSIDE;
  };

  const lineEnd = (p: number): number => {
    const end = text.indexOf("\n", p);
    return end === -1 ? text.length : end;
  };
  const spacesFrom = (p: number): number => {
    while (text.charCodeAt(p) === SPACE) p++;
    if (text.charCodeAt(p) === TAB) outside();
    return p;
  };
  const isBreakOrEnd = (p: number): boolean => p >= text.length || text.charCodeAt(p) === NEWLINE;
  const isSpaceOrBreak = (p: number): boolean => isBreakOrEnd(p) || text.charCodeAt(p) === SPACE;
  const isSequenceEntry = (c: number): boolean => text.charCodeAt(c) === DASH && isSpaceOrBreak(c + 1);

  /** Where the rest of a line after a complete value may only hold spaces and a comment: the next line. */
  const endOfLine = (p: number): number => {
    const q = spacesFrom(p);
    if (isBreakOrEnd(q)) return q + 1;
    if (text.charCodeAt(q) === HASH && q > p) return lineEnd(q) + 1;
    return outside();
  };

  /** The next line with content (not blank, not a comment) from line start `p`: its indent and first character. */
  interface Line {
    start: number;
    indent: number;
    content: number;
  }
  const nextLine = (p: number): Line | undefined => {
    while (p < text.length) {
      const c = spacesFrom(p);
      if (isBreakOrEnd(c) || text.charCodeAt(c) === HASH) {
        p = lineEnd(c) + 1;
        continue;
      }
      if (c === p && (text.startsWith("---", c) || text.startsWith("...", c)) && isSpaceOrBreak(c + 3)) outside();
      return { start: p, indent: c - p, content: c };
    }
    return undefined;
  };

  /** A key at `c` ending its line's implicit mapping entry: the key, and where its `:` is. */
  const readKey = (c: number): { key: string; colon: number } | undefined => {
    const ch = text[c];
    if (ch === '"' || ch === "'") {
      const quoted = readQuoted(c);
      if (quoted === undefined) return undefined;
      const colon = spacesFrom(quoted.end);
      if (text.charCodeAt(colon) !== COLON || !isSpaceOrBreak(colon + 1)) return undefined;
      return { key: quoted.value, colon };
    }
    if (!startsPlain(c)) return undefined;
    const end = lineEnd(c);
    for (let colon = c + 1; colon < end; colon++) {
      const code = text.charCodeAt(colon);
      if (code === HASH && text.charCodeAt(colon - 1) === SPACE) return undefined;
      if (code !== COLON || !isSpaceOrBreak(colon + 1)) continue;
      const raw = text.slice(c, colon).trimEnd();
      if (colon - c > LONG_KEY || raw.includes("\t")) outside();
      const key = resolvePlain(raw);
      if (key === null) outside();
      return { key: String(key), colon };
    }
    return undefined;
  };

  const startsPlain = (c: number): boolean => {
    const ch = text[c];
    if (ch === undefined || ch === "\n") return false;
    if (!INDICATORS.has(ch)) return true;
    return ch === "-" && !isSpaceOrBreak(c + 1);
  };

  /**
   * A quoted scalar at `c`. A key's (no `parentIndent`) ends on its line, or is not a key; a value's may go
   * on over lines indented past `parentIndent`, folded as YAML folds them: a line break is a space, each
   * empty line a line break, and spaces around a break are dropped unless escaped (`\` at the end of a
   * line joins it to the next).
   */
  function readQuoted(c: number): { value: string; end: number } | undefined;
  function readQuoted(c: number, parentIndent: number): { value: string; end: number };
  function readQuoted(c: number, parentIndent?: number): { value: string; end: number } | undefined {
    const quote = text[c];
    let value = "";
    let chunk = c + 1;
    for (let p = c + 1; p < text.length; p++) {
      const ch = text[p];
      if (ch === "\n") {
        if (parentIndent === undefined) return undefined;
        value += text.slice(chunk, p).replace(/[ \t]+$/, "");
        const fold = foldBreaks(p, parentIndent);
        value += fold.breaks === 0 ? " " : "\n".repeat(fold.breaks);
        chunk = fold.next;
        p = fold.next - 1;
        continue;
      }
      if (quote === "'") {
        if (ch !== "'") continue;
        value += text.slice(chunk, p);
        if (text[p + 1] !== "'") return { value, end: p + 1 };
        value += "'";
        chunk = ++p + 1;
        continue;
      }
      if (ch === '"') return { value: value + text.slice(chunk, p), end: p + 1 };
      if (ch !== "\\") continue;
      value += text.slice(chunk, p);
      const code = text[p + 1] ?? "";
      const digits = HEX_ESCAPES[code];
      if (code === "\n") {
        if (parentIndent === undefined) return undefined;
        const fold = foldBreaks(p + 1, parentIndent);
        // The library reads empty lines after an escaped break as one space; YAML says a break each.
        if (fold.breaks > 0) outside();
        chunk = fold.next;
        p = fold.next - 1;
        continue;
      }
      if (digits !== undefined) {
        const hex = text.slice(p + 2, p + 2 + digits);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) outside();
        const point = parseInt(hex, 16);
        // Past Unicode, String.fromCodePoint would throw; the library words the error.
        if (point > 0x10ffff) outside();
        value += String.fromCodePoint(point);
        p += 1 + digits;
      } else if (Object.prototype.hasOwnProperty.call(ESCAPES, code)) {
        value += ESCAPES[code];
        p += 1;
      } else outside();
      chunk = p + 1;
    }
    return outside();
  }

  /**
   * The line break at `p` inside a multi-line scalar, and the empty lines after it: how many empty lines,
   * and where the next line's text starts (it must be indented past `parentIndent`).
   */
  const foldBreaks = (p: number, parentIndent: number): { breaks: number; next: number } => {
    let breaks = 0;
    for (let start = p + 1; start < text.length; start = lineEnd(start) + 1) {
      const q = spacesFrom(start);
      if (isBreakOrEnd(q)) {
        if (q >= text.length) break;
        breaks++;
        continue;
      }
      if (q - start <= parentIndent) break;
      return { breaks, next: q };
    }
    return outside();
  };

  /**
   * A plain scalar from `c` to the end of its line or a comment. In a flow collection it also ends at
   * `,[]{}`, and a flow mapping's key ends at its `:`; anywhere else a `: ` would make it a key.
   */
  const readPlain = (c: number, context: "block" | "continued" | "flow" | "flow key"): { raw: string; value: unknown; end: number } => {
    if (context !== "continued" && !startsPlain(c)) outside();
    const flow = context === "flow" || context === "flow key";
    const end = lineEnd(c);
    let p = c;
    for (; p < end; p++) {
      const code = text.charCodeAt(p);
      if (code === HASH && text.charCodeAt(p - 1) === SPACE) break;
      if (code === TAB) outside();
      if (code === COLON && (isSpaceOrBreak(p + 1) || (flow && FLOW_INDICATORS.has(text[p + 1] ?? "")))) {
        if (context === "flow key") break;
        outside();
      }
      if (flow && FLOW_INDICATORS.has(text[p] ?? "")) break;
    }
    const raw = text.slice(c, p).trimEnd();
    return { raw, value: resolvePlain(raw), end: c + raw.length };
  };

  /** A flow collection or scalar at `c`, all on its line. */
  const readFlow = (c: number): { value: unknown; end: number } => {
    const open = text[c];
    if (open === '"' || open === "'") return readQuoted(c) ?? outside();
    if (open !== "[" && open !== "{") return readPlain(c, "flow");
    const close = open === "[" ? "]" : "}";
    const items: unknown[] = [];
    const map: Record<string, unknown> = {};
    const entries: Entries = [];
    entriesOf.set(open === "[" ? items : map, entries);
    let p = spacesFrom(c + 1);
    if (text[p] === close) return { value: open === "[" ? items : map, end: p + 1 };
    for (;;) {
      if (open === "[") {
        entries.push(p);
        const item = readFlow(p);
        items.push(item.value);
        p = spacesFrom(item.end);
      } else {
        const key = text[p] === '"' || text[p] === "'" ? (readQuoted(p) ?? outside()) : readPlain(p, "flow key");
        if (key.value === null || typeof key.value === "object") outside();
        const name = String(key.value);
        if (Object.prototype.hasOwnProperty.call(map, name)) outside();
        const colon = spacesFrom(key.end);
        if (text.charCodeAt(colon) !== COLON) outside();
        entries.push(name, p);
        const start = spacesFrom(colon + 1);
        if (start === colon + 1 || text[start] === "," || text[start] === "}") outside();
        const value = readFlow(start);
        defineOwn(map, name, value.value);
        p = spacesFrom(value.end);
      }
      if (text[p] === close) return { value: open === "[" ? items : map, end: p + 1 };
      if (text[p] !== ",") outside();
      p = spacesFrom(p + 1);
      if (text[p] === close || text[p] === ",") outside();
    }
  };

  /**
   * A block scalar whose header (`|`, `>`, with `-` to strip the final line break) is at `c`, inside a
   * collection indented `parentIndent`: its value, and the start of the line after it.
   */
  const readBlockScalar = (c: number, parentIndent: number): { value: string; next: number } => {
    const folded = text[c] === ">";
    let p = c + 1;
    const strip = text[p] === "-";
    if (strip) p++;
    const first = endOfLine(p);
    if (first > text.length) outside();
    const lines: string[] = [];
    let indent = -1;
    let lineStart = first;
    for (; lineStart < text.length; ) {
      const end = lineEnd(lineStart);
      let q = lineStart;
      while (text.charCodeAt(q) === SPACE) q++;
      const blank = q === end;
      if (indent === -1 && !blank) {
        indent = q - lineStart;
        if (indent <= parentIndent) outside();
        if (lines.some((line) => line.length > indent)) outside();
      }
      if (!blank && q - lineStart < indent) {
        if (text.charCodeAt(q) === TAB) outside();
        break;
      }
      if (end === text.length) outside(); // a last line without a line break: the library's reading differs
      lines.push(text.slice(lineStart, end));
      lineStart = end + 1;
    }
    if (indent === -1) outside();
    const content = lines.map((line) => line.slice(indent));
    let last = content.length - 1;
    while (last >= 0 && content[last] === "") last--;
    let value: string;
    if (!folded) value = content.slice(0, last + 1).join("\n");
    else {
      // Folded: a break between two lines of text is a space; around a more-indented line it stays.
      value = "";
      let breaks = 0;
      let previous: "none" | "text" | "spaced" = "none";
      for (let i = 0; i <= last; i++) {
        const line = content[i] as string;
        if (line === "") {
          breaks++;
          continue;
        }
        const kind = line.charCodeAt(0) === SPACE || line.charCodeAt(0) === TAB ? "spaced" : "text";
        if (previous === "none") value += "\n".repeat(breaks);
        else if (previous === "text" && kind === "text") value += breaks === 0 ? " " : "\n".repeat(breaks);
        else value += "\n".repeat(breaks + 1);
        value += line;
        breaks = 0;
        previous = kind;
      }
    }
    if (!strip && last >= 0) value += "\n";
    return { value, next: lineStart };
  };

  /**
   * The value after a key's `:` (`ofKey`) or a sequence entry's `- ` at `p`, in a collection indented
   * `indent`: on the same line, on the lines below (a key's sequence may sit at the key's own indent), or
   * absent. Returns the value and the start of the next line.
   */
  const readValue = (p: number, indent: number, ofKey: boolean): { value: unknown; next: number } => {
    const c = spacesFrom(p);
    if (isBreakOrEnd(c) || (text.charCodeAt(c) === HASH && c > p)) {
      const below = nextLine(lineEnd(c) + 1);
      if (below !== undefined && (below.indent > indent || (ofKey && below.indent === indent && isSequenceEntry(below.content)))) {
        return readNode(below, indent);
      }
      // A key without a value is null; an empty sequence entry is left to the library.
      return ofKey ? { value: null, next: lineEnd(c) + 1 } : outside();
    }
    if (c === p) outside();
    if (text[c] === "|" || text[c] === ">") return readBlockScalar(c, indent);
    return readScalar(c, indent);
  };

  /** A flow or plain scalar, or a flow collection, at `c` in a collection indented `indent`. */
  const readScalar = (c: number, indent: number): { value: unknown; next: number } => {
    const ch = text[c];
    if (ch === '"' || ch === "'") {
      const quoted = readQuoted(c, indent);
      return { value: quoted.value, next: afterScalar(endOfLine(quoted.end), indent) };
    }
    if (ch === "[" || ch === "{") {
      const flow = readFlow(c);
      return { value: flow.value, next: afterScalar(endOfLine(flow.end), indent) };
    }
    return readPlainLines(c, indent);
  };

  /**
   * A plain scalar in a collection indented `indent`, going on over the lines indented past it, folded: a
   * line break is a space, each empty line a line break. A comment ends it.
   */
  const readPlainLines = (c: number, indent: number): { value: unknown; next: number } => {
    let { raw, end } = readPlain(c, "block");
    for (;;) {
      const next = endOfLine(end);
      if (text.charCodeAt(spacesFrom(end)) === HASH || next > text.length) return { value: resolvePlain(raw), next: afterScalar(next, indent) };
      const { breaks, line } = continuation(next, indent);
      if (line === undefined) return { value: resolvePlain(raw), next: afterScalar(next, indent) };
      const more = readPlain(line, "continued");
      raw += (breaks === 0 ? " " : "\n".repeat(breaks)) + more.raw;
      end = more.end;
    }
  };

  /** The line that goes on with a plain scalar from line start `p`, if one does, after how many empty lines. */
  const continuation = (p: number, indent: number): { breaks: number; line?: number } => {
    let breaks = 0;
    for (let start = p; start < text.length; start = lineEnd(start) + 1) {
      const q = spacesFrom(start);
      if (isBreakOrEnd(q)) {
        breaks++;
        continue;
      }
      if (q - start <= indent || text.charCodeAt(q) === HASH) return { breaks };
      return { breaks, line: q };
    }
    return { breaks };
  };

  /** A line more indented than a one-line value would continue it, which this reader does not follow. */
  const afterScalar = (next: number, indent: number): number => {
    const line = nextLine(next);
    if (line !== undefined && line.indent > indent) outside();
    return next;
  };

  /** The collection or scalar whose first line is `line`, in a collection indented `parentIndent`. */
  const readNode = (line: Line, parentIndent: number): { value: unknown; next: number } => {
    if (isSequenceEntry(line.content)) return readSequence(line);
    if (readKey(line.content) !== undefined) return readMapping(line);
    if (text[line.content] === "|" || text[line.content] === ">") outside();
    return readScalar(line.content, parentIndent);
  };

  const readMapping = (line: Line): { value: unknown; next: number } => {
    const map: Record<string, unknown> = {};
    const entries: Entries = [];
    entriesOf.set(map, entries);
    for (let current: Line | undefined = line; ; ) {
      const found = readKey(current.content) ?? outside();
      if (Object.prototype.hasOwnProperty.call(map, found.key)) outside();
      entries.push(found.key, current.content);
      const { value, next } = readValue(found.colon + 1, line.indent, true);
      defineOwn(map, found.key, value);
      current = nextLine(next);
      if (current === undefined || current.indent < line.indent) return { value: map, next: current?.start ?? text.length };
      if (current.indent > line.indent || isSequenceEntry(current.content)) outside();
    }
  };

  const readSequence = (line: Line): { value: unknown; next: number } => {
    const items: unknown[] = [];
    const entries: Entries = [];
    entriesOf.set(items, entries);
    for (let current: Line | undefined = line; ; ) {
      const c = spacesFrom(current.content + 1);
      let item: { value: unknown; next: number };
      if (isBreakOrEnd(c) || text.charCodeAt(c) === HASH) {
        const below = nextLine(lineEnd(c) + 1) ?? outside();
        if (below.indent <= line.indent) outside();
        entries.push(below.content);
        item = readNode(below, line.indent);
      } else {
        entries.push(c);
        // An entry's content starts a collection indented as far as its column.
        const inline: Line = { start: current.start, indent: c - current.start, content: c };
        if (isSequenceEntry(c) || readKey(c) !== undefined) item = readNode(inline, line.indent);
        else item = readValue(current.content + 1, line.indent, false);
      }
      items.push(item.value);
      current = nextLine(item.next);
      if (current === undefined || current.indent < line.indent) return { value: items, next: current?.start ?? text.length };
      if (current.indent > line.indent) outside();
      if (!isSequenceEntry(current.content)) return { value: items, next: current.start };
    }
  };

  /** After the comments and a `---` line that may open the one document. */
  const startOfDocument = (): number => {
    for (let p = 0; p < text.length; p = lineEnd(p) + 1) {
      const c = spacesFrom(p);
      if (isBreakOrEnd(c) || text.charCodeAt(c) === HASH) continue;
      return c === p && text.startsWith("---", c) && isSpaceOrBreak(c + 3) ? endOfLine(c + 3) : p;
    }
    return text.length;
  };

  try {
    const root = nextLine(startOfDocument());
    if (root === undefined) return undefined;
    if (!isSequenceEntry(root.content) && readKey(root.content) === undefined) return undefined;
    const { value, next } = readNode(root, -1);
    if (nextLine(next) !== undefined) return undefined;
    return { value, offsets: offsetIndex(value, root.content, entriesOf) };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

/** The offsets of a value read by `readBlockYaml`, found by walking its entries along a pointer. */
function offsetIndex(root: unknown, rootOffset: number, entriesOf: Map<object, Entries>): OffsetIndex {
  const child = (node: unknown, token: string): { node: unknown; offset: number } | undefined => {
    const entries = typeof node === "object" && node !== null ? entriesOf.get(node) : undefined;
    if (entries === undefined) return undefined;
    if (Array.isArray(node)) {
      const index = Number(token);
      const offset = String(index) === token ? entries[index] : undefined;
      return typeof offset === "number" ? { node: node[index], offset } : undefined;
    }
    for (let i = 0; i < entries.length; i += 2) {
      if (entries[i] === token) return { node: (node as Record<string, unknown>)[token], offset: entries[i + 1] as number };
    }
    return undefined;
  };
  function* walk(node: unknown, pointer: string): Generator<[string, number]> {
    const entries = typeof node === "object" && node !== null ? entriesOf.get(node) : undefined;
    if (entries === undefined) return;
    const isArray = Array.isArray(node);
    const step = isArray ? 1 : 2;
    for (let i = 0; i < entries.length; i += step) {
      const token = isArray ? String(i) : (entries[i] as string);
      const childPointer = `${pointer}/${escapeToken(token)}`;
      yield [childPointer, entries[isArray ? i : i + 1] as number];
      yield* walk((node as Record<string, unknown>)[token], childPointer);
    }
  }
  return {
    get(pointer) {
      let at: { node: unknown; offset: number } | undefined = { node: root, offset: rootOffset };
      for (const token of splitPointer(pointer)) {
        at = child(at.node, token);
        if (at === undefined) return undefined;
      }
      return at.offset;
    },
    *[Symbol.iterator]() {
      yield ["", rootOffset];
      yield* walk(root, "");
    },
  };
}
