import { PRETTIER_OPTIONS } from "./prettier.js";

/**
 * openapi-typescript's schema.ts, as TypeScript's printer writes it, is what prettier would print but for
 * two things: four spaces a level where prettier uses two, and the lines prettier lays out otherwise (too
 * long, a quote or a number it writes another way, parentheses it drops). So the file is re-indented, every
 * line is sorted into settled (prettier would print it unchanged) or not, and only the members holding an
 * unsettled line go to prettier, each inside as many container headers as it is deep. On the Webflow spec
 * that is 2 % of the lines. The rules are conservative, and the tests check the result against prettier
 * on the whole file for every spec the tests generate.
 */

/** A member formatted alone, inside `depth` container headers. */
interface Unsettled {
  /** Index of its first line in the re-indented file. */
  start: number;
  /** Index of the line after it. */
  end: number;
  depth: number;
}

export interface SettledPlan {
  /** Texts for prettier, each a complete TypeScript file. */
  units: string[];
  /** The file with each unit formatted, or undefined if a unit came back in a shape it cannot join. */
  join(formatted: readonly string[]): string | undefined;
}

const PRINTER_INDENT = 4;
const WIDTH = PRETTIER_OPTIONS.printWidth;

/** A property name prettier prints as it is: an identifier, a whole number, or a string that must stay quoted. */
const KEY = String.raw`(?:[A-Za-z_$][\w$]*|\d+|"(?![A-Za-z_$][\w$]*"|\d+")[^"\\']*")`;
/**
 * A type on one line with nothing prettier rewrites: no quote but plain double quotes, no exponent (prettier
 * drops its `+`), and parentheses only where openapi-typescript writes them and prettier keeps them: around
 * `string & {}` (an open enum's tail), around the union of an open enum before it, and around a union or
 * intersection that is an array's items.
 */
const GROUP = String.raw`\((?=[^()]* [|&] )[^()]*\)`;
const TYPE = String.raw`(?:[^'\\(){}]|\{\}|\(string & \{\}\)|${GROUP}\[\]|${GROUP}(?= \| \(string & \{\}\)))+`;
const EXPONENT = /\d[eE][+-]?\d/;
const SETTLED_LINE = [
  new RegExp(`^(?:readonly )?${KEY}\\??: ${TYPE};$`),
  new RegExp(`^\\[[\\w$]+: (?:string|number)\\]: ${TYPE};$`),
  new RegExp(`^export type [\\w$]+ = ${TYPE};$`),
];
const SETTLED_HEADER = [new RegExp(`^(?:export )?interface [\\w$]+ \\{$`), new RegExp(`^(?:readonly )?${KEY}\\??: \\{$`)];

/**
 * Re-indents TypeScript's printer output to two spaces a level. Undefined where its indentation is not the
 * printer's, or where a block comment has a line that does not start with `*` (a description with a line
 * break of its own): prettier leaves such a comment as it is, where this would move its lines.
 */
function reindent(lines: string[]): string[] | undefined {
  const out: string[] = [];
  let inComment = false;
  for (const line of lines) {
    const trimmed = line.trimStart();
    if (inComment && !trimmed.startsWith("*")) return undefined;
    if (inComment || trimmed.startsWith("/*")) inComment = !trimmed.slice(inComment ? 0 : 2).includes("*/");
    const spaces = line.length - trimmed.length;
    // A doc comment's inner lines sit one space past their level.
    const comment = trimmed.startsWith("*") ? 1 : 0;
    if ((spaces - comment) % PRINTER_INDENT !== 0) return undefined;
    out.push(" ".repeat(((spaces - comment) / PRINTER_INDENT) * 2 + comment) + trimmed);
  }
  return out;
}

function isComment(trimmed: string): boolean {
  return trimmed.startsWith("/*") || trimmed.startsWith("*");
}

/** Plans the formatting of a types-only file, or returns undefined when it is not in the printer's shape. */
export function planSettled(text: string): SettledPlan | undefined {
  // Line breaks other than "\n" (in a description) are left to prettier with the rest of the file.
  if (!text.endsWith("\n") || /[\r\u2028\u2029]/.test(text)) return undefined;
  const lines = reindent(text.slice(0, -1).split("\n"));
  if (!lines) return undefined;
  const unsettled: Unsettled[] = [];
  /**
   * The index of the line that ends the member opened at `start`: the next line as deep that starts with
   * `}` and ends it (`}` or `...;`), past lines such as `} & {` that open another block.
   */
  const endOf = (start: number, indent: string): number | undefined => {
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.startsWith(`${indent}}`) && (line.endsWith(";") || line === `${indent}}`)) return i;
      if (line.trim() !== "" && !line.startsWith(`${indent} `) && !line.startsWith(`${indent}}`)) return undefined;
    }
    return undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trimStart();
    if (trimmed === "" || isComment(trimmed) || trimmed === "}" || trimmed === "};") continue;
    const indent = line.slice(0, line.length - trimmed.length);
    const opens = trimmed.endsWith("{");
    const last = opens ? endOf(i, indent) : i;
    if (last === undefined) return undefined;
    if (indent.length + trimmed.length <= WIDTH) {
      // A settled header's block goes on to its members, unless its member goes on past the closing brace.
      if (opens && SETTLED_HEADER.some((pattern) => pattern.test(trimmed)) && /^\s*\};?$/.test(lines[last] as string) && !lines.slice(i + 1, last).some((l) => l.startsWith(`${indent}}`))) continue;
      if (!opens && !EXPONENT.test(trimmed) && SETTLED_LINE.some((pattern) => pattern.test(trimmed))) continue;
    }
    const end = last + 1;
    unsettled.push({ start: i, end, depth: indent.length / 2 });
    i = end - 1;
  }

  const units = unsettled.map(({ start, end, depth }) => {
    const headers = Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}${level === 0 ? "interface Container {" : `level${level}: {`}`);
    const closers = Array.from({ length: depth }, (_, level) => `${"  ".repeat(depth - 1 - level)}${depth - 1 - level === 0 ? "}" : "};"}`);
    return [...headers, ...lines.slice(start, end), ...closers, ""].join("\n");
  });

  const join = (formatted: readonly string[]): string | undefined => {
    const out: string[] = [];
    let at = 0;
    for (const [n, { start, end, depth }] of unsettled.entries()) {
      for (let i = at; i < start; i++) out.push(lines[i] as string);
      const own = (formatted[n] as string).replace(/\n$/, "").split("\n");
      const inner = own.slice(depth, own.length - depth);
      if (own.slice(0, depth).some((l) => !l.endsWith("{")) || own.slice(own.length - depth).some((l) => !/^\s*\};?$/.test(l))) return undefined;
      for (const line of inner) out.push(line);
      at = end;
    }
    for (let i = at; i < lines.length; i++) out.push(lines[i] as string);
    return `${out.join("\n")}\n`;
  };
  return { units, join };
}
