import type * as TS from "typescript";
import { ts } from "../../libraries.js";
import { commentLines, startsLine, Unported, type Source } from "./source.js";
import { HOLE, statement } from "./statements.js";

/**
 * The group modules (validators, plans, request functions) are most of what the generator prints, and
 * prettier spends most of its time parsing them again. Their statements are regular, so the ones whose
 * syntax ./expressions.ts ports are laid out here from TypeScript's syntax tree by prettier's own rules and
 * document printer. The rest go to prettier in one text, each followed by a marker comment to cut its
 * output at, and so do class members not ported (holes), each in a class of its own; prettier prints a
 * top-level statement or a class member from its own text and indentation only. The file is then put
 * together in order, with one blank line where the source has at least one, as prettier keeps them. A
 * file with nothing left for prettier never reaches it.
 */

export interface LayoutPlan {
  /** Texts for prettier, each a complete TypeScript file: none, or the statements and members left to it. */
  units: string[];
  /** The file with each unit formatted, or undefined if a unit came back in a shape it cannot join. */
  join(formatted: readonly string[]): string | undefined;
}

/** Ends each statement left to prettier in the text it formats. */
const CUT = "// __layout_cut__";
/** A hole's line, with its newline: every line of the joined file has one. */
const HOLE_LINE = /^ *__layout_hole_(\d+)__\n/gm;
/** A hole is formatted as the only member of a class of this name, after the statements left to prettier. */
const HOLE_CLASS = (n: number) => `class __layout_hole_class_${n} {`;
const BLANK_LINE = /\n[ \t]*\n/;

interface Item {
  /** Where its leading comments start. */
  start: number;
  end: number;
  /** Comments and statement as prettier prints them, when every part of it is ported; holes numbered for the file. */
  laidOut?: string;
}

/** The plan for one TypeScript file, or undefined when nothing in it is laid out here. */
export function planLayout(text: string): LayoutPlan | undefined {
  // A text holding the markers' names could be cut in the wrong place.
  if (text.includes("__layout_")) return undefined;
  // Doc comments are placed as text: parsing them into tags would be wasted.
  const file = ts.createSourceFile("module.ts", text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, ts.ScriptKind.TS);
  // TypeScript's parser recovers from errors where prettier's reports them: a file it could not parse
  // cleanly (or whose parse errors this TypeScript does not list) is prettier's to fail on.
  const errors = (file as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics;
  if (errors === undefined || errors.length > 0) return undefined;
  const source: Source = { file, text };
  const holes: string[] = [];
  const items = file.statements.map((node) => item(node, source, holes));
  if (!items.some((i) => i.laidOut !== undefined)) return undefined;
  // Anything between statements but whitespace (a comment after a statement on its line) is placed by prettier.
  if (text.slice(0, items[0]?.start).trim() !== "" || items.some((i, n) => n > 0 && text.slice((items[n - 1] as Item).end, i.start).trim() !== "")) return undefined;
  const tail = text.slice(items.at(-1)?.end ?? 0);
  const last: Item | undefined = tail.trim() === "" ? undefined : { start: text.length - tail.trimStart().length, end: text.length };
  const rest = [...items, ...(last ? [last] : [])].filter((i) => i.laidOut === undefined);
  const unit = rest.map((i) => `${text.slice(i.start, i.end)}\n${CUT}\n\n`).join("") + holes.map((member, n) => `${HOLE_CLASS(n)}\n${member}\n}\n\n`).join("");
  const assemble = (formatted: string[], members: string[][]): string => {
    let next = 0;
    const all = [...items, ...(last ? [last] : [])];
    const statements = all.map((i, n) => (n === 0 ? "" : gap(text, all[n - 1] as Item, i)) + (i.laidOut ?? formatted[next++]));
    const joined = `${statements.join("")}\n`;
    // Most files have no hole: not splitting them into lines saves a pass over megabytes.
    return holes.length === 0 ? joined : joined.replace(HOLE_LINE, (_, n: string) => (members[Number(n)] as string[]).map((line) => `${line}\n`).join(""));
  };
  if (unit === "") return { units: [], join: () => assemble([], []) };
  const join = (output: readonly string[]): string | undefined => {
    const lines = (output[0] as string).split("\n");
    const pieces: string[] = [];
    let at = 0;
    for (let cut = lines.indexOf(CUT); pieces.length < rest.length && cut >= 0; cut = lines.indexOf(CUT, at)) {
      pieces.push(lines.slice(at, cut).join("\n").replace(/^\n+|\n+$/g, ""));
      at = cut + 1;
    }
    const members = formattedHoles(lines.slice(at).join("\n").replace(/^\n+/, ""), holes.length);
    return pieces.length === rest.length && members ? assemble(pieces, members) : undefined;
  };
  return { units: [unit], join };
}

/** The lines of each formatted hole: the body of its class, already indented as a member. */
function formattedHoles(output: string, count: number): string[][] | undefined {
  const members: string[][] = [];
  const lines = output.split("\n");
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (lines[at] !== HOLE_CLASS(n)) return undefined;
    const end = lines.indexOf("}", at + 1);
    if (end < 0) return undefined;
    members.push(lines.slice(at + 1, end));
    at = end + 1;
    while (lines[at] === "") at++;
  }
  return at >= lines.length || lines.slice(at).every((l) => l === "") ? members : undefined;
}

/** What prettier keeps between two statements: one blank line where there was at least one. */
function gap(text: string, before: Item, after: Item): string {
  return BLANK_LINE.test(text.slice(before.end, after.start)) ? "\n\n" : "\n";
}

function item(node: TS.Statement, source: Source, holes: string[]): Item {
  const comments = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  const start = comments[0]?.pos ?? node.getStart(source.file);
  const end = node.end;
  try {
    let laidOut = "";
    for (const [i, comment] of comments.entries()) {
      // A comment that does not start its line is attached by rules not ported.
      if (!startsLine(source.text, comment.pos)) return { start, end };
      laidOut += commentLines(source.text.slice(comment.pos, comment.end)).join("\n");
      const next = comments[i + 1]?.pos ?? node.getStart(source.file);
      laidOut += BLANK_LINE.test(source.text.slice(comment.end, next)) ? "\n\n" : "\n";
    }
    const statementLaidOut = statement(node, source);
    const base = holes.length;
    holes.push(...statementLaidOut.holes);
    return { start, end, laidOut: laidOut + statementLaidOut.text.replace(/__layout_hole_(\d+)__/g, (_, n: string) => HOLE(base + Number(n))) };
  } catch (error) {
    if (error instanceof Unported) return { start, end };
    throw error;
  }
}
