import type * as TS from "typescript";
import { ts } from "../libraries.js";

/**
 * A large TypeScript file (openapi-typescript's schema.ts: a few interfaces of thousands of members)
 * formatted in pieces: prettier's time and memory grow with the file, and a piece formatted once stays
 * cached when another part of the file changes. Prettier prints a member of an interface or of an object
 * type from its own text and its indentation only, so a run of members is formatted inside the headers
 * of the types that contain it (`export interface components {`, `schemas: {`) and the header lines are
 * cut off again; each container whose members are formatted apart is a placeholder member in the text
 * around it.
 */

/** A container whose members are longer than this is formatted in runs of members about this long. */
export const PIECE_LENGTH = 64_000;

export interface Pieces {
  /** Texts to format, each a complete TypeScript file. */
  units: string[];
  /** Joins the formatted units (same order) into the formatted file, or undefined if a unit came back in a shape it cannot join. */
  join(formatted: readonly string[]): string | undefined;
}

interface Container {
  /** The text from the declaration's start up to and including its `{`. */
  header: string;
  closer: string;
  members: TS.NodeArray<TS.TypeElement>;
}

const PLACEHOLDER = (n: number) => `__piece_${n}__: never;`;

/** The container a node opens, if it is an interface, a type alias of an object type or a property of one. */
function containerOf(node: TS.Node, source: TS.SourceFile): Container | undefined {
  const header = (members: TS.NodeArray<TS.TypeElement>) => source.text.slice(node.getStart(source), members.pos);
  if (ts.isInterfaceDeclaration(node)) return { header: header(node.members), closer: "}", members: node.members };
  if ((ts.isTypeAliasDeclaration(node) || ts.isPropertySignature(node)) && node.type && ts.isTypeLiteralNode(node.type)) return { header: header(node.type.members), closer: "};", members: node.type.members };
  return undefined;
}

/** Splits `text`, or returns undefined when it has nothing worth splitting. */
export function splitForFormat(text: string, pieceLength = PIECE_LENGTH): Pieces | undefined {
  if (text.includes("__piece_")) return undefined;
  const source = ts.createSourceFile("pieces.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const units: string[] = [];
  /** Per unit: the placeholders it holds, each with the units that replace it. */
  const holes: Map<number, number[]>[] = [];

  /** `text` from `start` to `end`, with every long container inside it made a placeholder whose runs become units. */
  const textOf = (start: number, end: number, nodes: readonly TS.Node[], chain: Container[], unitHoles: Map<number, number[]>): string => {
    let out = "";
    let at = start;
    for (const node of nodes) {
      const container = containerOf(node, source);
      if (!container || container.members.length < 2 || container.members.end - container.members.pos < pieceLength) continue;
      const placeholder = unitHoles.size;
      out += `${text.slice(at, container.members.pos)}\n${PLACEHOLDER(placeholder)}\n`;
      at = container.members.end;
      unitHoles.set(placeholder, runsOf(container, [...chain, container]));
    }
    return out + text.slice(at, end);
  };

  /** Units for a long container's members, in runs of about `pieceLength` characters. */
  const runsOf = (container: Container, chain: Container[]): number[] => {
    const runs: TS.TypeElement[][] = [];
    let length = 0;
    for (const member of container.members) {
      const last = runs.at(-1);
      if (!last || length >= pieceLength) {
        runs.push([member]);
        length = 0;
      } else last.push(member);
      length += member.end - member.pos;
    }
    return runs.map((run) => {
      const unitHoles = new Map<number, number[]>();
      const index = units.length;
      units.push("");
      holes.push(unitHoles);
      const first = run[0] as TS.TypeElement;
      const last = run.at(-1) as TS.TypeElement;
      const body = textOf(first.pos, last.end, run, chain, unitHoles);
      const blankBefore = first !== container.members[0] && /\n[ \t]*\n/.test(text.slice(first.pos, first.getStart(source)));
      units[index] = `${chain.map((c) => c.header).join("\n")}\n${body}\n${[...chain].reverse().map((c) => c.closer).join("\n")}\n`;
      return blankBefore ? -index - 1 : index;
    });
  };

  const rootHoles = new Map<number, number[]>();
  units.push("");
  holes.push(rootHoles);
  units[0] = textOf(0, text.length, source.statements, [], rootHoles);
  if (rootHoles.size === 0) return undefined;

  const join = (formatted: readonly string[]): string | undefined => {
    const members = (unit: number): string[] | undefined => {
      const lines = (formatted[unit] as string).replace(/\n$/, "").split("\n");
      if (unit === 0) return lines;
      const depth = chainDepth.get(unit) as number;
      const inner = lines.slice(depth, lines.length - depth);
      const opens = lines.slice(0, depth).every((line) => line.endsWith("{"));
      const closes = lines.slice(lines.length - depth).every((line) => /^\s*\};?$/.test(line));
      return opens && closes ? inner : undefined;
    };
    const expand = (unit: number): string[] | undefined => {
      const lines = members(unit);
      if (!lines) return undefined;
      const out: string[] = [];
      for (const line of lines) {
        const hole = /^\s*__piece_(\d+)__: never;$/.exec(line);
        if (!hole) {
          out.push(line);
          continue;
        }
        const runs = holes[unit]?.get(Number(hole[1]));
        if (!runs) return undefined;
        for (const run of runs) {
          const index = run < 0 ? -run - 1 : run;
          const inner = expand(index);
          if (!inner) return undefined;
          if (run < 0) out.push("");
          // Not push(...inner): with its nested runs, a container of thousands of schemas has more lines than a call has room for arguments.
          for (const line of inner) out.push(line);
        }
      }
      return out;
    };
    const lines = expand(0);
    return lines ? `${lines.join("\n")}\n` : undefined;
  };

  /** How many header lines wrap each unit: the length of its container chain. */
  const chainDepth = new Map<number, number>();
  const record = (unit: number, depth: number) => {
    for (const runs of holes[unit]?.values() ?? []) for (const run of runs) {
      const index = run < 0 ? -run - 1 : run;
      chainDepth.set(index, depth + 1);
      record(index, depth + 1);
    }
  };
  record(0, 0);
  return { units, join };
}
