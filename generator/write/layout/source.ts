import { doc, type Doc } from "prettier";
import type * as TS from "typescript";

/** The file being laid out: its syntax tree and its text. */
export interface Source {
  file: TS.SourceFile;
  text: string;
}

/** A shape whose layout rules are not ported here; its statement goes to prettier. */
export class Unported extends Error {}

export function unported(): never {
  throw new Unported();
}

/** Printable ASCII: prettier measures anything else by display width, which is not ported. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/**
 * A comment on lines of its own as prettier prints it: a line comment or a one-line block comment as
 * written, a block comment whose lines all start with `*` with each such line one space past the comment's
 * indentation. Other block comments prettier leaves as written, and trailing spaces it keeps (a Markdown
 * line break), where these lines would move or drop them: both are not ported.
 */
export function commentLines(comment: string): string[] {
  const lines = comment.split("\n");
  if (lines.slice(1).some((l) => !l.trim().startsWith("*")) || lines.some((l) => l !== l.trimEnd())) unported();
  return lines.map((l, n) => (n === 0 ? l : ` ${l.trimStart()}`));
}

/** Whether only spaces and tabs stand between `pos` and the start of its line. */
export function startsLine(text: string, pos: number): boolean {
  let at = pos - 1;
  while (at >= 0 && (text[at] === " " || text[at] === "\t")) at--;
  return at < 0 || text[at] === "\n";
}

/**
 * Parts printed one after another, adjacent strings joined: a string never breaks, so the text printed is
 * the same, and prettier's printer has fewer parts to measure.
 */
export function cat(...parts: Doc[]): Doc {
  const out: Doc[] = [];
  for (const part of parts) {
    if (part === "") continue;
    const last = out.length - 1;
    if (typeof part === "string" && typeof out[last] === "string") out[last] += part;
    else out.push(part);
  }
  return out.length === 1 ? (out[0] as Doc) : out;
}

/** A group where there is something in it to break: a string prints the same without one. */
export function grouped(contents: Doc): Doc {
  return typeof contents === "string" ? contents : doc.builders.group(contents);
}
