import { joinPointer } from "../pointer.js";
import type { Problem } from "../problems.js";
import { defineOwn } from "./define-own.js";
import type { ParsedFile, Position } from "./yaml-source.js";

/**
 * Parses a JSON document keeping the line and column of every node, like `parseYamlFile` does for YAML.
 * A hand-written recursive-descent parser: the YAML parser reads JSON too, but takes ~10 s on a 13 MB
 * description (GitHub's) where this takes well under one. Duplicate keys are reported with both lines;
 * a syntax error stops the parse and names its line and column.
 */
export function parseJsonFile(file: string, text: string): ParsedFile {
  const positions = new Map<string, Position>();
  const problems: Problem[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Line starts, found lazily as the parser moves forward (offsets only grow).
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const position = (offset: number): Position => {
    for (; scanned < offset; scanned++) {
      if (text.charCodeAt(scanned) === 10) {
        line++;
        lineStart = scanned + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };

  class JsonSyntaxError extends Error {
    constructor(
      message: string,
      readonly offset: number,
    ) {
      super(message);
    }
  }
  const fail = (message: string, offset = i): never => {
    throw new JsonSyntaxError(message, offset);
  };
  const describe = (offset: number) => (offset >= text.length ? "end of file" : JSON.stringify(text[offset]));

  const skip = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let result = "";
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail("unterminated string", start);
      const c = text.charCodeAt(i);
      if (c === 34) {
        result += text.slice(chunk, i);
        i++;
        return result;
      }
      if (c === 92) {
        result += text.slice(chunk, i);
        const e = text[i + 1];
        if (e === "u") {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("invalid \\u escape in string", i);
          result += String.fromCharCode(Number.parseInt(hex, 16));
          i += 6;
        } else {
          const map: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
          const out = e === undefined ? undefined : map[e];
          if (out === undefined) fail(`invalid escape \\${e ?? ""} in string`, i);
          result += out;
          i += 2;
        }
        chunk = i;
        continue;
      }
      if (c < 32) fail("control character in string (escape it)", i);
      i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  const parseValue = (pointer: string): unknown => {
    skip();
    positions.set(pointer, position(i));
    const c = text[i];
    if (c === "{") {
      i++;
      const result: Record<string, unknown> = {};
      const keyLines = new Map<string, number>();
      skip();
      if (text[i] === "}") {
        i++;
        return result;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        const keyOffset = i;
        const key = parseString();
        const childPointer = joinPointer(pointer, key);
        const keyAt = position(keyOffset);
        skip();
        if (text[i] !== ":") fail(`expected ":" after property name ${JSON.stringify(key)}, found ${describe(i)}`);
        i++;
        const value = parseValue(childPointer);
        const firstLine = keyLines.get(key);
        if (firstLine !== undefined) {
          problems.push({ severity: "error", rule: "yaml-duplicate-key", message: `duplicate key ${JSON.stringify(key)}: already defined on line ${firstLine}`, location: { file, ...keyAt, pointer: childPointer } });
        } else {
          keyLines.set(key, keyAt.line);
          defineOwn(result, key, value);
          // The key's own position, as for YAML: "this property is wrong" points at its name.
          positions.set(childPointer, keyAt);
        }
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return result;
        }
        fail(`expected "," or "}" in object, found ${describe(i)}`);
      }
    }
    if (c === "[") {
      i++;
      const result: unknown[] = [];
      skip();
      if (text[i] === "]") {
        i++;
        return result;
      }
      for (;;) {
        result.push(parseValue(joinPointer(pointer, result.length)));
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return result;
        }
        fail(`expected "," or "]" in array, found ${describe(i)}`);
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith("true", i)) {
      i += 4;
      return true;
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return false;
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match && match[0] !== "" && match[0] !== "-") {
      i += match[0].length;
      return Number(match[0]);
    }
    return fail(`expected a JSON value, found ${describe(i)}`);
  };

  try {
    const value = parseValue("");
    skip();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { file, value, positions, problems };
  } catch (caught) {
    // Nesting deeper than the stack allows is a document that cannot be read, not a crash (the YAML parser says so too).
    const error = caught instanceof RangeError ? new JsonSyntaxError("nested too deeply to read", i) : caught;
    if (!(error instanceof JsonSyntaxError)) throw error;
    const before = text.slice(0, error.offset);
    const at = { line: before.split("\n").length, column: error.offset - before.lastIndexOf("\n") };
    problems.push({ severity: "error", rule: "json-syntax", message: `invalid JSON: ${error.message}`, location: { file, ...at, pointer: "" } });
    return { file, value: undefined, positions, problems };
  }
}
