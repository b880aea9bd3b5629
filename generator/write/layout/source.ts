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
