import { createRequire } from "node:module";
import type { Node } from "yaml";
import { joinPointer } from "../pointer.js";
import type { Problem } from "../problems.js";
import { readBlockYaml, type OffsetIndex } from "./block-yaml.js";
import { defineOwn } from "./define-own.js";

export interface Position {
  line: number;
  column: number;
}

/** The position of every node of a file, by JSON pointer. */
export interface PositionIndex extends Iterable<[string, Position]> {
  get(pointer: string): Position | undefined;
}

/** One YAML file as plain data, with the position of every node keyed by its JSON pointer. */
export interface ParsedFile {
  file: string;
  value: unknown;
  positions: PositionIndex;
  problems: Problem[];
}

/** The `yaml` library, loaded the first time a file needs it: block YAML is read without it. */
let yaml: typeof import("yaml") | undefined;
const yamlLibrary = (): typeof import("yaml") => (yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml"));

/**
 * Parses YAML keeping the position of every node. Most descriptions are plain block YAML, which
 * `readBlockYaml` reads several times faster than the `yaml` library; the library reads the rest, and
 * words every error.
 */
export function parseYamlFile(file: string, text: string): ParsedFile {
  const block = readBlockYaml(text);
  if (block !== undefined) return { file, value: block.value, positions: positionIndex(block.offsets, linePosition(text)), problems: [] };
  const read = readYamlWithLibrary(file, text);
  return { file, value: read.value, positions: positionIndex(read.offsets, read.position), problems: read.problems };
}

/** Offsets only: the line and column of the few nodes a message names are worked out when asked for. */
function positionIndex(offsets: OffsetIndex, position: (offset: number) => Position): PositionIndex {
  return {
    get: (pointer) => {
      const offset = offsets.get(pointer);
      return offset === undefined ? undefined : position(offset);
    },
    *[Symbol.iterator]() {
      for (const [pointer, offset] of offsets) yield [pointer, position(offset)];
    },
  };
}

/** The line and column of an offset, from line starts found the first time one is asked for. */
function linePosition(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/**
 * Reads YAML with the `yaml` library: every node's offset by JSON pointer, and a problem for each error,
 * alias, key that is not a scalar, and duplicate key. Aliases are refused: they are not needed in an API
 * description and let a small file expand into a huge one.
 */
export function readYamlWithLibrary(file: string, text: string): { value: unknown; offsets: Map<string, number>; position: (offset: number) => Position; problems: Problem[] } {
  const { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  // Duplicate keys are found below instead of by the parser, so the message can name the key and both lines.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  const offsets = new Map<string, number>();
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  const at = (offset: number | undefined, pointer: string) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col, pointer };
  };

  for (const error of [...doc.errors, ...doc.warnings]) {
    problems.push({
      severity: "error",
      rule: "yaml-syntax",
      message: `invalid YAML: ${error.message.split("\n")[0] ?? error.message}`,
      location: at(error.pos[0], ""),
    });
  }
  if (doc.errors.length > 0) return { value: undefined, offsets, position, problems };

  const convert = (node: Node | null | undefined, pointer: string): unknown => {
    if (node == null) return null;
    offsets.set(pointer, node.range?.[0] ?? 0);
    if (isAlias(node)) {
      problems.push({ severity: "error", rule: "yaml-alias", message: `YAML alias *${node.source} is not supported in specs: repeat the value or use a $ref`, location: at(node.range?.[0], pointer) });
      return null;
    }
    if (isScalar(node)) return node.value;
    if (isSeq(node)) return node.items.map((item, i) => convert(item as Node, joinPointer(pointer, i)));
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      const keyOffsets = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? keyNode.value : undefined;
        if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean") {
          problems.push({ severity: "error", rule: "yaml-key", message: "mapping keys must be plain strings", location: at(keyNode?.range?.[0], pointer) });
          continue;
        }
        const childPointer = joinPointer(pointer, String(key));
        const keyOffset = keyNode?.range?.[0] ?? 0;
        const first = keyOffsets.get(String(key));
        if (first !== undefined) {
          problems.push({ severity: "error", rule: "yaml-duplicate-key", message: `duplicate key ${JSON.stringify(String(key))}: already defined on line ${lineCounter.linePos(first).line}`, location: at(keyOffset, childPointer) });
          continue;
        }
        keyOffsets.set(String(key), keyOffset);
        defineOwn(result, String(key), convert(pair.value as Node | null, childPointer));
        // The key's own position is more useful than the value's for "this property is wrong".
        offsets.set(childPointer, keyOffset);
      }
      return result;
    }
    return null;
  };

  return { value: convert(doc.contents as Node | null, ""), offsets, position, problems };
}
