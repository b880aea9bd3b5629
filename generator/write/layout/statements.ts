import { doc, type Doc } from "prettier";
import type * as TS from "typescript";
import { ts } from "../../libraries.js";
import { PRETTIER_OPTIONS } from "../prettier.js";
import { assignment, expression } from "./expressions.js";
import { commentLines, isPrintableAscii, startsLine, Unported, unported, type Source } from "./source.js";
import { memberName, propertySignature, type, unionAfterOperator } from "./types.js";

/**
 * Top-level statements of the kinds the emitters write (imports and re-exports, `export const` with a plan,
 * a validator or a pattern, type aliases, interfaces of parameters, functions and classes whose bodies
 * return one expression) as prettier prints them; see ./expressions.ts. Anything else throws `Unported`.
 */

const { group, indent, line, softline, hardline, ifBreak, indentIfBreak, join } = doc.builders;

const WIDTH = PRETTIER_OPTIONS.printWidth;
const PURE = "/* @__PURE__ */";
const BLANK_LINE = /\n[ \t]*\n/;

/** A statement being laid out: its source, the comments inside it that no printer has placed yet, and its holes. */
interface Scope extends Source {
  comments: Map<number, string>;
  holes: string[];
}

export interface LaidOut {
  /** The statement as prettier prints it, without its leading comments; a line `HOLE(n)` stands for hole n. */
  text: string;
  /** Class members, with their comments, left to prettier: each prints as it would at the top of a class body. */
  holes: string[];
}

export const HOLE = (n: number) => `__layout_hole_${n}__`;

export function statement(node: TS.Statement, source: Source): LaidOut {
  const scope: Scope = { ...source, comments: commentsIn(node, source), holes: [] };
  if (!measurable(node, scope)) unported();
  const printed = ts.isImportDeclaration(node)
    ? importDeclaration(node, scope)
    : ts.isExportDeclaration(node)
      ? exportDeclaration(node, scope)
      : ts.isVariableStatement(node)
        ? variableStatement(node, scope)
        : ts.isFunctionDeclaration(node)
          ? functionDeclaration(node, scope)
          : ts.isTypeAliasDeclaration(node)
            ? typeAlias(node, scope)
            : ts.isInterfaceDeclaration(node)
              ? interfaceDeclaration(node, scope)
              : ts.isClassDeclaration(node)
                ? classDeclaration(node, scope)
                : unported();
  // A comment no printer placed is one prettier would attach somewhere not ported.
  if (scope.comments.size > 0) unported();
  const text = doc.printer.printDocToString(printed, { printWidth: WIDTH, tabWidth: PRETTIER_OPTIONS.tabWidth, useTabs: false }).formatted;
  return { text, holes: scope.holes };
}

/**
 * Whether the statement's code, its comments aside, is printable ASCII: prettier measures anything else by
 * display width, which is not ported. A comment is printed on lines of its own, so its width decides nothing.
 */
function measurable(node: TS.Statement, scope: Scope): boolean {
  let code = "";
  let at = node.getStart(scope.file);
  for (const [pos, comment] of scope.comments) {
    code += scope.text.slice(at, pos);
    at = pos + comment.length;
  }
  return isPrintableAscii((code + scope.text.slice(at, node.end)).replace(/\n/g, ""));
}

/** Every comment inside the statement, by position. */
function commentsIn(node: TS.Statement, source: Source): Map<number, string> {
  const comments = new Map<number, string>();
  const start = node.getStart(source.file);
  const text = source.text.slice(start, node.end);
  if (!text.includes("/*") && !text.includes("//")) return comments;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) comments.set(start + scanner.getTokenStart(), scanner.getTokenText());
    // A regular expression is scanned as a division unless asked; its slashes are not comments.
    if (token === ts.SyntaxKind.SlashToken || token === ts.SyntaxKind.SlashEqualsToken) scanner.reScanSlashToken();
  }
  return comments;
}

/** The comments before a class or interface member, each on lines of its own (see `commentLines`). */
function leadingComments(node: TS.Node, scope: Scope): Doc {
  const parts: Doc[] = [];
  const ranges = ts.getLeadingCommentRanges(scope.text, node.pos) ?? [];
  for (const [i, range] of ranges.entries()) {
    if (!scope.comments.delete(range.pos) || !startsLine(scope.text, range.pos)) unported();
    parts.push(join(hardline, commentLines(scope.text.slice(range.pos, range.end))), hardline);
    const next = ranges[i + 1]?.pos ?? node.getStart(scope.file);
    if (BLANK_LINE.test(scope.text.slice(range.end, next))) parts.push(hardline);
  }
  return parts;
}

function exported(node: TS.Statement): string {
  const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  if (modifiers.some((m) => m.kind !== ts.SyntaxKind.ExportKeyword)) unported();
  return modifiers.length > 0 ? "export " : "";
}

function importDeclaration(node: TS.ImportDeclaration, scope: Scope): Doc {
  const clause = node.importClause;
  if (!clause || clause.name || node.attributes) return unported();
  const keyword = clause.isTypeOnly ? "import type " : "import ";
  const bindings = clause.namedBindings;
  if (!bindings) return unported();
  const from = fromClause(node.moduleSpecifier, scope);
  if (ts.isNamespaceImport(bindings)) return [keyword, "* as ", bindings.name.text, from];
  return [keyword, specifiers(bindings.elements), from];
}

function exportDeclaration(node: TS.ExportDeclaration, scope: Scope): Doc {
  if (!node.moduleSpecifier || node.attributes || node.modifiers) return unported();
  const keyword = node.isTypeOnly ? "export type " : "export ";
  const clause = node.exportClause;
  if (!clause) return [keyword, "*", fromClause(node.moduleSpecifier, scope)];
  if (ts.isNamespaceExport(clause)) return [keyword, "* as ", clause.name.text, fromClause(node.moduleSpecifier, scope)];
  return [keyword, specifiers(clause.elements), fromClause(node.moduleSpecifier, scope)];
}

function fromClause(specifier: TS.Expression, scope: Scope): Doc {
  if (!ts.isStringLiteral(specifier)) return unported();
  return [" from ", expression(specifier, { kind: "argument" }, scope), ";"];
}

/** prettier's `printModuleSpecifiers`: a lone name never breaks. */
function specifiers(elements: TS.NodeArray<TS.ImportSpecifier | TS.ExportSpecifier>): Doc {
  const names = elements.map((e) => `${e.isTypeOnly ? "type " : ""}${e.propertyName ? `${moduleExportName(e.propertyName)} as ` : ""}${e.name.text}`);
  if (names.length === 0) return unported();
  if (names.length === 1) return ["{ ", names[0] as string, " }"];
  return group(["{", indent([line, join([",", line], names)]), ifBreak(","), line, "}"]);
}

function moduleExportName(name: TS.ModuleExportName): string {
  return ts.isIdentifier(name) ? name.text : unported();
}

/** `export const name: Type = value;` */
function variableStatement(node: TS.VariableStatement, scope: Scope): Doc {
  const list = node.declarationList;
  if (list.flags !== ts.NodeFlags.Const || list.declarations.length !== 1) return unported();
  const declaration = list.declarations[0] as TS.VariableDeclaration;
  if (!ts.isIdentifier(declaration.name) || !declaration.initializer || declaration.exclamationToken) return unported();
  const head = `${exported(node)}const `;
  const left = declaration.type ? [declaration.name.text, ": ", type(declaration.type, scope)] : declaration.name.text;
  // A type annotation with arguments breaks by rules not ported when the left side is long.
  if (declaration.type && head.length + scope.text.slice(declaration.name.getStart(scope.file), declaration.type.end).length + 2 > WIDTH) unported();
  const initializer = declaration.initializer;
  const pure = [...scope.comments].find(([pos]) => pos < initializer.getStart(scope.file));
  if (pure) {
    if (pure[1] !== PURE || !(ts.isCallExpression(initializer) || ts.isNewExpression(initializer))) unported();
    scope.comments.delete(pure[0]);
  }
  return [head, assignment(left, " =", initializer, "declarator", scope, pure ? `${PURE} ` : ""), ";"];
}

/** `export type Name = Type;`: prettier's fluid assignment, breaking after `=` only when the type's first line does not fit. */
function typeAlias(node: TS.TypeAliasDeclaration, scope: Scope): Doc {
  if (node.typeParameters) return unported();
  const left = `${exported(node)}type ${node.name.text} =`;
  if (ts.isUnionTypeNode(node.type)) return [group([left, unionAfterOperator(node.type, scope)]), ";"];
  const id = Symbol("assignment");
  return [group([left, group(indent(line), { id }), indentIfBreak(type(node.type, scope), { groupId: id })]), ";"];
}

/** `export interface Name { members }`: always one member a line. */
function interfaceDeclaration(node: TS.InterfaceDeclaration, scope: Scope): Doc {
  if (node.typeParameters || node.heritageClauses || node.members.length === 0) return unported();
  const members = node.members.map((member, i) => {
    const printed = [leadingComments(member, scope), group([propertySignature(member, node.members, scope), ";"])];
    return i === 0 ? printed : [blankAfter(node.members[i - 1] as TS.Node, member, scope) ? [hardline, hardline] : hardline, printed];
  });
  return [exported(node), "interface ", node.name.text, " {", indent([hardline, ...members]), hardline, "}"];
}

/** Whether prettier keeps a blank line between two members: the source has one after the first. */
function blankAfter(before: TS.Node, after: TS.Node, scope: Scope): boolean {
  const comments = ts.getLeadingCommentRanges(scope.text, after.pos) ?? [];
  return BLANK_LINE.test(scope.text.slice(before.end, comments[0]?.pos ?? after.getStart(scope.file)));
}

/** `export class Name { fields; constructor; methods }` of the shapes the group classes have. */
function classDeclaration(node: TS.ClassDeclaration, scope: Scope): Doc {
  if (!node.name || node.typeParameters || node.heritageClauses || node.members.length === 0) return unported();
  const members = node.members.map((member, i) => {
    const printed = memberOrHole(member, node, scope);
    return i === 0 ? printed : [blankAfter(node.members[i - 1] as TS.Node, member, scope) ? [hardline, hardline] : hardline, printed];
  });
  return [exported(node), "class ", node.name.text, " {", indent([hardline, ...members]), hardline, "}"];
}

/**
 * A member laid out here, or else a hole for prettier: prettier prints a class member from its own text and
 * indentation only, so the member is formatted alone inside a class of its own.
 */
function memberOrHole(member: TS.ClassElement, owner: TS.ClassDeclaration, scope: Scope): Doc {
  try {
    return [leadingComments(member, scope), classMember(member, owner, scope)];
  } catch (error) {
    if (!(error instanceof Unported)) throw error;
    const start = (ts.getLeadingCommentRanges(scope.text, member.pos) ?? [])[0]?.pos ?? member.getStart(scope.file);
    if (!startsLine(scope.text, start)) throw error;
    for (const pos of scope.comments.keys()) if (pos >= start && pos < member.end) scope.comments.delete(pos);
    scope.holes.push(scope.text.slice(start, member.end));
    return HOLE(scope.holes.length - 1);
  }
}

function classMember(member: TS.ClassElement, owner: TS.ClassDeclaration, scope: Scope): Doc {
  const modifiers = (ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : []).map((m) => {
    if (m.kind !== ts.SyntaxKind.ReadonlyKeyword && m.kind !== ts.SyntaxKind.PrivateKeyword && m.kind !== ts.SyntaxKind.StaticKeyword) return unported();
    return `${ts.tokenToString(m.kind) as string} `;
  });
  if (ts.isPropertyDeclaration(member)) {
    if (member.initializer || !member.type || member.questionToken || member.exclamationToken) return unported();
    return [...modifiers, memberName(member.name, owner.members), ": ", type(member.type, scope), ";"];
  }
  if (ts.isConstructorDeclaration(member)) return [...modifiers, "constructor", signature(member, scope), " ", block(member.body, scope)];
  if (ts.isMethodDeclaration(member)) {
    if (member.questionToken || member.asteriskToken || member.typeParameters) return unported();
    return [...modifiers, memberName(member.name, owner.members), signature(member, scope), " ", block(member.body, scope)];
  }
  return unported();
}

/** `function name(params): Type { return value; }` */
function functionDeclaration(node: TS.FunctionDeclaration, scope: Scope): Doc {
  if (!node.name || node.typeParameters || node.asteriskToken) return unported();
  return [exported(node), "function ", node.name.text, signature(node, scope), " ", block(node.body, scope)];
}

/** Parameters and return type: one group, the parameters one a line with a trailing comma when it breaks. */
function signature(node: TS.SignatureDeclarationBase, scope: Scope): Doc {
  if (node.typeParameters) return unported();
  const parameters = node.parameters.map((p) => {
    if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || !p.type || p.modifiers) return unported();
    return [p.name.text, p.questionToken ? "?" : "", ": ", type(p.type, scope)];
  });
  const returns = node.type === undefined ? "" : [": ", ts.isTypePredicateNode(node.type) ? typePredicate(node.type, scope) : type(node.type, scope)];
  if (parameters.length === 0) return ["()", returns];
  return group(["(", indent([softline, join([",", line], parameters)]), ifBreak(","), softline, ")", returns]);
}

function typePredicate(node: TS.TypePredicateNode, scope: Scope): Doc {
  if (node.assertsModifier || !node.type || !ts.isIdentifier(node.parameterName)) unported();
  return [node.parameterName.text, " is ", type(node.type as TS.TypeNode, scope)];
}

function block(body: TS.Block | undefined, scope: Scope): Doc {
  if (!body || body.statements.length === 0) return unported();
  return ["{", indent([hardline, join(hardline, body.statements.map((s) => bodyStatement(s, scope)))]), hardline, "}"];
}

/** A return, or an assignment to a field (`this.#core = core;`). */
function bodyStatement(node: TS.Statement, scope: Scope): Doc {
  if (ts.isExpressionStatement(node)) {
    const e = node.expression;
    if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(e.left)) return unported();
    return [assignment(group(expression(e.left, { kind: "argument" }, scope)), " =", e.right, "declarator", scope), ";"];
  }
  if (!ts.isReturnStatement(node) || !node.expression) return unported();
  return returnStatement(node.expression, scope);
}

/** prettier's `printReturnOrThrowArgument`: a chain of operators goes in parentheses when it breaks. */
function returnStatement(value: TS.Expression, scope: Scope): Doc {
  while (ts.isParenthesizedExpression(value)) value = value.expression;
  if (ts.isBinaryExpression(value)) {
    return ["return ", group([ifBreak("("), indent([softline, expression(value, { kind: "return" }, scope)]), softline, ifBreak(")")]), ";"];
  }
  return ["return ", expression(value, { kind: "return" }, scope), ";"];
}
