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
