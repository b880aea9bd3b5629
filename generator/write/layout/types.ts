import { doc, type Doc } from "prettier";
import type * as TS from "typescript";
import { ts } from "../../libraries.js";
import { cat, grouped, isPrintableAscii, unported, type Source } from "./source.js";

/**
 * The types the emitters write in group modules (references, indexed accesses into openapi-typescript's
 * `operations` and `components`, literals, keywords) as prettier prints them: type arguments break inside
 * their angle brackets unless there is one simple argument; the rest cannot break.
 */

const { align, group, indent, softline, line, join, ifBreak } = doc.builders;

const KEYWORDS = new Map<TS.SyntaxKind, string>([
  [ts.SyntaxKind.StringKeyword, "string"],
  [ts.SyntaxKind.NumberKeyword, "number"],
  [ts.SyntaxKind.BooleanKeyword, "boolean"],
  [ts.SyntaxKind.UnknownKeyword, "unknown"],
  [ts.SyntaxKind.NeverKeyword, "never"],
  [ts.SyntaxKind.VoidKeyword, "void"],
  [ts.SyntaxKind.UndefinedKeyword, "undefined"],
  [ts.SyntaxKind.ObjectKeyword, "object"],
]);

export function type(node: TS.TypeNode, source: Source): Doc {
  const keyword = KEYWORDS.get(node.kind);
  if (keyword !== undefined) return keyword;
  if (ts.isTypeReferenceNode(node)) return cat(entityName(node.typeName), typeArguments(node.typeArguments, source));
  if (ts.isIndexedAccessTypeNode(node)) return cat(type(node.objectType, source), "[", type(node.indexType, source), "]");
  if (ts.isLiteralTypeNode(node)) return literal(node, source);
  if (ts.isTypeLiteralNode(node)) return typeLiteral(node, source);
  if (ts.isTypeOperatorNode(node)) return cat(ts.tokenToString(node.operator) as string, " ", type(node.type, source));
  if (ts.isTupleTypeNode(node)) return tuple(node, source);
  if (ts.isTypeQueryNode(node) && !node.typeArguments) return cat("typeof ", entityName(node.exprName));
  // An element type that is a union or a function would be parenthesised.
  if (ts.isArrayTypeNode(node) && (ts.isTypeReferenceNode(node.elementType) || KEYWORDS.has(node.elementType.kind))) return cat(type(node.elementType, source), "[]");
  return unported();
}

/**
 * A union as a type alias's or a member's type, to follow its `=` or `:`: on that line, else on the next,
 * else one member a line behind a leading `|`. Unions inside other types, and members that are objects or
 * functions, are laid out by rules not ported.
 */
export function unionAfterOperator(node: TS.UnionTypeNode, source: Source): Doc {
  if (node.types.some((t) => !KEYWORDS.has(t.kind) && !ts.isLiteralTypeNode(t) && !ts.isTypeReferenceNode(t) && !ts.isIndexedAccessTypeNode(t))) unported();
  // A member that breaks inside is aligned past its `| `.
  const members = node.types.map((t) => {
    const printed = type(t, source);
    return typeof printed === "string" ? printed : align(2, printed);
  });
  return group(indent([line, group([ifBreak("| "), join([line, "| "], members)])]));
}

/** `[A, B]`, laid out as an array is. */
function tuple(node: TS.TupleTypeNode, source: Source): Doc {
  if (node.elements.length === 0) return "[]";
  if (node.elements.some((e) => ts.isNamedTupleMember(e) || ts.isRestTypeNode(e) || ts.isOptionalTypeNode(e))) unported();
  return group(["[", indent([softline, join([",", line], node.elements.map((e) => type(e, source)))]), ifBreak(","), softline, "]"]);
}

/** `{ readonly a: T; b?: U }`: prettier's object layout with `;` between members and after the last when broken. */
function typeLiteral(node: TS.TypeLiteralNode, source: Source): Doc {
  if (node.members.length === 0) return source.text.slice(node.getStart(source.file), node.end) === "{}" ? "{}" : unported();
  const first = node.members[0] as TS.TypeElement;
  const shouldBreak = source.text.slice(node.getStart(source.file), first.getStart(source.file)).includes("\n");
  const members = node.members.map((m) => grouped(propertySignature(m, node.members, source)));
  return group(["{", indent([line, join([";", line], members)]), ifBreak(";"), line, "}"], { shouldBreak });
}

/** `readonly name?: Type`, without its separator. */
export function propertySignature(member: TS.TypeElement, siblings: readonly TS.TypeElement[], source: Source): Doc {
  if (!ts.isPropertySignature(member) || !member.type) return unported();
  const modifiers = (member.modifiers ?? []).map((m) => (m.kind === ts.SyntaxKind.ReadonlyKeyword ? "readonly " : unported()));
  const name = cat(...modifiers, memberName(member.name, siblings), member.questionToken ? "?" : "", ":");
  return ts.isUnionTypeNode(member.type) ? [name, unionAfterOperator(member.type, source)] : cat(name, " ", type(member.type, source));
}

/**
 * A member name prettier prints as written: an identifier, or a quoted name that could not go unquoted while
 * no sibling's could (prettier unquotes names only when it can unquote them all).
 */
export function memberName(name: TS.PropertyName, siblings: readonly { name?: TS.PropertyName }[]): string {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (!ts.isStringLiteral(name) || /^\d/.test(name.text) || !isPrintableAscii(name.text) || name.text.includes('"') || name.text.includes("\\")) return unported();
  if (siblings.some((s) => s.name !== undefined && ts.isStringLiteral(s.name) && /^[A-Za-z_$][\w$]*$/.test(s.name.text))) unported();
  return JSON.stringify(name.text);
}

/** Whether prettier hugs a lone type argument: a keyword or a reference without arguments of its own. */
function isSimple(node: TS.TypeNode): boolean {
  return KEYWORDS.has(node.kind) || (ts.isTypeReferenceNode(node) && node.typeArguments === undefined);
}

export function typeArguments(args: TS.NodeArray<TS.TypeNode> | undefined, source: Source): Doc {
  if (args === undefined) return "";
  const printed = args.map((a) => type(a, source));
  if (args.length === 1 && isSimple(args[0] as TS.TypeNode)) return cat("<", printed[0] as Doc, ">");
  return group(["<", indent([softline, join([",", line], printed)]), softline, ">"]);
}

function entityName(name: TS.EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityName(name.left)}.${name.right.text}`;
}

function literal(node: TS.LiteralTypeNode, source: Source): string {
  const raw = source.text.slice(node.getStart(source.file), node.end);
  if (ts.isStringLiteral(node.literal)) {
    if (!raw.startsWith('"') || /\\['"]/.test(raw) || !isPrintableAscii(raw)) unported();
    return raw;
  }
  if (ts.isNumericLiteral(node.literal) && /^(?:0|[1-9]\d*)$/.test(raw)) return raw;
  return unported();
}
