import { doc, type Doc } from "prettier";
import type * as TS from "typescript";
import { ts } from "../../libraries.js";
import { PRETTIER_OPTIONS } from "../prettier.js";
import { cat, grouped, isPrintableAscii, unported, type Source } from "./source.js";
import { type, typeArguments } from "./types.js";

/**
 * The syntax the emitters write, turned into prettier's own layout documents by prettier's rules (its
 * estree printer: objects, arrays, assignments, calls, member chains, logical and binary chains, return
 * statements), so that prettier's document printer lays them out as prettier would and the text never goes
 * through its parser. Only a subset is ported: anything else throws {@link Unported} and the statement is
 * left to prettier. The tests check the result against prettier over every spec they generate.
 */

const { group, indent, line, softline, ifBreak, indentIfBreak, join, conditionalGroup, breakParent } = doc.builders;
const { willBreak } = doc.utils;

/** Where an expression sits, as far as prettier's choice of parentheses and line breaks depends on it. */
export type Parent =
  | { kind: "return" }
  | { kind: "logical"; operator: string }
  | { kind: "binary"; operator: string; side: "left" | "right" }
  | { kind: "unary" }
  | { kind: "callee" }
  | { kind: "object" }
  | { kind: "argument" }
  | { kind: "element" }
  | { kind: "property" }
  | { kind: "declarator" }
  | { kind: "arrow-body" }
  | { kind: "as" };

const LOGICAL = new Set(["&&", "||", "??"]);
const PRECEDENCE: Record<string, number> = {
  "??": 1,
  "||": 2,
  "&&": 3,
  "==": 7,
  "!=": 7,
  "===": 7,
  "!==": 7,
  "<": 8,
  ">": 8,
  "<=": 8,
  ">=": 8,
  in: 8,
  instanceof: 8,
  "+": 10,
  "-": 10,
};
const EQUALITY = new Set(["==", "!=", "===", "!=="]);
const CHAINED = new Set([...LOGICAL, "+"]);
const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

const strip = (node: TS.Expression): TS.Expression => (ts.isParenthesizedExpression(node) ? strip(node.expression) : node);

/** The operator of a binary expression this layout handles, or undefined if `node` is not one. */
function binaryOperator(node: TS.Expression): string | undefined {
  if (!ts.isBinaryExpression(node)) return undefined;
  const operator = ts.tokenToString(node.operatorToken.kind) as string;
  if (PRECEDENCE[operator] === undefined) unported();
  return operator;
}

const isLogical = (operator: string | undefined) => operator !== undefined && LOGICAL.has(operator);

/** prettier's `shouldFlatten`: `a op b op c` printed as one chain. */
function shouldFlatten(parent: string, child: string): boolean {
  return PRECEDENCE[parent] === PRECEDENCE[child] && !(EQUALITY.has(parent) && EQUALITY.has(child));
}

/** The operands of a logical chain of one operator, flattened on both sides as prettier's parser rebalances them. */
function logicalOperands(node: TS.Expression, operator: string, into: TS.Expression[] = []): TS.Expression[] {
  const inner = strip(node);
  if (ts.isBinaryExpression(inner) && binaryOperator(inner) === operator) {
    logicalOperands(inner.left, operator, into);
    logicalOperands(inner.right, operator, into);
  } else into.push(inner);
  return into;
}

function needsParens(node: TS.Expression, parent: Parent): boolean {
  const operator = binaryOperator(node);
  if (operator !== undefined) {
    switch (parent.kind) {
      case "unary":
      case "callee":
      case "object":
        return true;
      case "logical":
        // prettier keeps `&&` inside `||` (and any mix of logical operators) in parentheses for clarity.
        return isLogical(operator) ? operator !== parent.operator : (PRECEDENCE[operator] as number) < (PRECEDENCE[parent.operator] as number);
      case "binary": {
        const outer = PRECEDENCE[parent.operator] as number;
        const own = PRECEDENCE[operator] as number;
        if (outer > own) return true;
        if (outer === own && (parent.side === "right" || !shouldFlatten(parent.operator, operator))) return true;
        return false;
      }
      default:
        return false;
    }
  }
  if (ts.isArrowFunction(node)) return ["callee", "object", "unary", "logical", "binary", "as"].includes(parent.kind);
  if (ts.isAsExpression(node)) return ["callee", "object", "unary", "logical", "binary", "as"].includes(parent.kind);
  return false;
}

export function expression(node: TS.Expression, parent: Parent, source: Source): Doc {
  const inner = strip(node);
  const printed = bare(inner, parent, source);
  return needsParens(inner, parent) ? cat("(", printed, ")") : printed;
}

function bare(node: TS.Expression, parent: Parent, source: Source): Doc {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  switch (node.kind) {
    case ts.SyntaxKind.TrueKeyword:
      return "true";
    case ts.SyntaxKind.FalseKeyword:
      return "false";
    case ts.SyntaxKind.NullKeyword:
      return "null";
    case ts.SyntaxKind.ThisKeyword:
      return "this";
  }
  if (ts.isStringLiteral(node)) return stringLiteral(node, source);
  if (ts.isNumericLiteral(node)) return numericLiteral(node, source);
  if (ts.isRegularExpressionLiteral(node)) return regularExpression(node.text);
  if (ts.isPrefixUnaryExpression(node)) {
    if (node.operator !== ts.SyntaxKind.ExclamationToken && node.operator !== ts.SyntaxKind.MinusToken) unported();
    const operand = strip(node.operand);
    // `- -x` and `-(-x)` keep their distance; not written by the emitters.
    if (ts.isPrefixUnaryExpression(operand)) unported();
    return cat(ts.tokenToString(node.operator) as string, unaryOperand(operand, source));
  }
  if (ts.isTypeOfExpression(node)) return cat("typeof ", unaryOperand(strip(node.expression), source));
  if (ts.isPropertyAccessExpression(node)) {
    if (node.questionDotToken) unported();
    return cat(expression(node.expression, { kind: "object" }, source), ".", node.name.text);
  }
  if (ts.isElementAccessExpression(node)) {
    if (node.questionDotToken) unported();
    const key = strip(node.argumentExpression);
    // prettier breaks inside the brackets of anything but a literal key.
    if (!ts.isStringLiteral(key) && !ts.isNumericLiteral(key)) unported();
    return cat(expression(node.expression, { kind: "object" }, source), "[", expression(key, { kind: "element" }, source), "]");
  }
  if (ts.isCallExpression(node)) return call(node, source);
  if (ts.isNewExpression(node)) return newExpression(node, source);
  if (ts.isObjectLiteralExpression(node)) return object(node, source);
  if (ts.isArrayLiteralExpression(node)) return array(node, source);
  if (ts.isArrowFunction(node)) return arrow(node, source);
  if (ts.isBinaryExpression(node)) return binaryish(node, parent, source);
  if (ts.isAsExpression(node)) return cat(expression(node.expression, { kind: "as" }, source), " as ", type(node.type, source));
  return unported();
}

/** `!x`, `typeof x`: a binary operand is parenthesised and may break inside its parentheses. */
function unaryOperand(operand: TS.Expression, source: Source): Doc {
  if (binaryOperator(operand) !== undefined) return cat("(", binaryish(operand as TS.BinaryExpression, { kind: "unary" }, source), ")");
  return expression(operand, { kind: "unary" }, source);
}

/** A double-quoted string prettier leaves as written: no quote it would re-choose, no escape it would drop. */
function stringLiteral(node: TS.StringLiteral, source: Source): string {
  const raw = source.text.slice(node.getStart(source.file), node.end);
  if (!raw.startsWith('"') || /\\['"]/.test(raw) || !isPrintableAscii(raw)) unported();
  return raw;
}

function numericLiteral(node: TS.NumericLiteral, source: Source): string {
  const raw = source.text.slice(node.getStart(source.file), node.end);
  // prettier lower-cases, drops `+` from exponents and trailing zeros; only plain decimals pass unchanged.
  if (!/^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/.test(raw)) unported();
  return raw;
}

function regularExpression(raw: string): string {
  const flags = raw.slice(raw.lastIndexOf("/") + 1);
  // prettier sorts the flags.
  if ([...flags].sort().join("") !== flags || !isPrintableAscii(raw)) unported();
  return raw;
}

/** A call on an identifier or on a member chain without calls of its own (prettier's member chain of two groups, printed on one line). */
function call(node: TS.CallExpression, source: Source): Doc {
  if (node.questionDotToken) unported();
  const callee = strip(node.expression);
  for (let object: TS.Expression = callee; !ts.isIdentifier(object); ) {
    if (ts.isPropertyAccessExpression(object)) object = strip(object.expression);
    else if (object.kind === ts.SyntaxKind.ThisKeyword) break;
    else unported();
  }
  const printed = cat(expression(callee, { kind: "callee" }, source), typeArguments(node.typeArguments, source), callArguments(node.arguments, source));
  return ts.isPropertyAccessExpression(callee) ? grouped(printed) : printed;
}

/** `new Name<T>(args)`, printed as a call is. */
function newExpression(node: TS.NewExpression, source: Source): Doc {
  if (!ts.isIdentifier(node.expression)) unported();
  return cat("new ", node.expression.text, typeArguments(node.typeArguments, source), callArguments(node.arguments ?? ts.factory.createNodeArray(), source));
}

/**
 * prettier's `printCallArguments`: all on one line, or one a line with a trailing comma, or, for a last
 * object or array argument, the others on the call's line and that one hugged (broken inside its brackets).
 */
function callArguments(args: TS.NodeArray<TS.Expression>, source: Source): Doc {
  if (args.length === 0) return "()";
  const last = strip(args[args.length - 1] as TS.Expression);
  // Functions are hugged or grouped by rules not ported.
  if (args.some((a) => ts.isArrowFunction(strip(a)) || ts.isFunctionExpression(strip(a)) || ts.isSpreadElement(a))) unported();
  const printed = args.map((a) => expression(a, { kind: "argument" }, source));
  const allBrokenOut = () => group(["(", indent([line, join([",", line], printed), ","]), line, ")"], { shouldBreak: true });
  const huggable = (ts.isObjectLiteralExpression(last) && last.properties.length > 0) || (ts.isArrayLiteralExpression(last) && last.elements.length > 0);
  if (huggable) {
    // prettier's last-argument expansion; not when the argument before is of the same kind, or would break.
    const before = printed.slice(0, -1);
    const penultimate = args.length > 1 ? strip(args[args.length - 2] as TS.Expression) : undefined;
    if (before.some((p) => willBreak(p)) || penultimate?.kind === last.kind) unported();
    const lastPrinted = printed[printed.length - 1] as Doc;
    const head = before.map((p) => [p, ", "]);
    return [
      willBreak(lastPrinted) ? breakParent : "",
      conditionalGroup([["(", ...head, lastPrinted, ")"], ["(", ...head, group(lastPrinted, { shouldBreak: true }), ")"], allBrokenOut()]),
    ];
  }
  const contents = ["(", indent([softline, join([",", line], printed)]), ifBreak(","), softline, ")"];
  return group(contents, { shouldBreak: printed.some((p) => willBreak(p)) });
}

function object(node: TS.ObjectLiteralExpression, source: Source): Doc {
  if (node.properties.length === 0) {
    if (source.text.slice(node.getStart(source.file), node.end) !== "{}") unported();
    return "{}";
  }
  const first = node.properties[0] as TS.ObjectLiteralElementLike;
  // prettier keeps an object expanded when its first property starts on a later line than its brace.
  const shouldBreak = source.text.slice(node.getStart(source.file), first.getStart(source.file)).includes("\n");
  const properties = node.properties.map((p) => property(p, node, source));
  return group(["{", indent([line, join([",", line], properties)]), ifBreak(","), line, "}"], { shouldBreak });
}

function property(node: TS.ObjectLiteralElementLike, parent: TS.ObjectLiteralExpression, source: Source): Doc {
  if (ts.isShorthandPropertyAssignment(node)) {
    if (node.objectAssignmentInitializer) unported();
    return node.name.text;
  }
  if (ts.isSpreadAssignment(node)) return cat("...", expression(node.expression, { kind: "argument" }, source));
  if (!ts.isPropertyAssignment(node)) return unported();
  return assignment(propertyKey(node.name, parent, source), ":", node.initializer, "property", source);
}

/** A key prettier prints as written: an identifier, or a quoted name that is not one while no other key could be unquoted. */
function propertyKey(name: TS.PropertyName, parent: TS.ObjectLiteralExpression, source: Source): string {
  if (ts.isIdentifier(name)) return name.text;
  if (!ts.isStringLiteral(name)) return unported();
  const quotedNeedlessly = parent.properties.some((p) => p.name !== undefined && ts.isStringLiteral(p.name) && IDENTIFIER_NAME.test(p.name.text));
  if (quotedNeedlessly || /^\d/.test(name.text)) unported();
  return stringLiteral(name, source);
}

/** prettier's `printArrayItems` in a group; arrays of numbers are filled, which is not ported. */
function array(node: TS.ArrayLiteralExpression, source: Source): Doc {
  const elements = node.elements.map(strip);
  if (elements.length === 0) return "[]";
  if (elements.some((e) => ts.isNumericLiteral(e) || ts.isPrefixUnaryExpression(e) || ts.isSpreadElement(e) || ts.isOmittedExpression(e))) unported();
  const objectsOrArrays = (e: TS.Expression, i: number) => {
    const next = elements[i + 1];
    const size = ts.isObjectLiteralExpression(e) ? e.properties.length : ts.isArrayLiteralExpression(e) ? e.elements.length : 0;
    return size > 1 && (next === undefined || next.kind === e.kind);
  };
  // An array of several objects (or arrays) of several entries each is always one entry a line.
  const shouldBreak = elements.length > 1 && elements.every(objectsOrArrays);
  const printed = elements.map((e) => expression(e, { kind: "element" }, source));
  return group(["[", indent([softline, join([",", line], printed)]), ifBreak(","), softline, "]"], { shouldBreak });
}

/** `() => name`: no parameters and a body that cannot break. */
function arrow(node: TS.ArrowFunction, source: Source): Doc {
  if (node.parameters.length > 0 || node.typeParameters || node.type || node.modifiers) unported();
  const body = node.body;
  if (!ts.isIdentifier(body) && !ts.isPropertyAccessExpression(body)) unported();
  return group(["() =>", group(indent([line, expression(body, { kind: "arrow-body" }, source)]))]);
}

/** Whether prettier's `isMemberExpressionChain` holds: `a.b`, `a.b.c`. */
function isMemberChain(node: TS.Expression): boolean {
  if (!ts.isPropertyAccessExpression(node)) return false;
  const object = strip(node.expression);
  return ts.isIdentifier(object) || isMemberChain(object);
}

/**
 * prettier's `printAssignment` (a variable's `=`, a property's `:`), for the layouts its `chooseLayout`
 * picks for the right-hand sides ported here.
 */
export function assignment(left: Doc, operator: string, right: TS.Expression, where: "property" | "declarator", source: Source, leadingComment = ""): Doc {
  const value = strip(right);
  const printed = [leadingComment, expression(value, { kind: where }, source)];
  // prettier does not break after a key shorter than its indentation plus three: too little to gain.
  const shortKey = where === "property" && typeof left === "string" && left.length < PRETTIER_OPTIONS.tabWidth + 3;
  const breakAfterOperator = () => group([grouped(left), operator, group(indent([line, printed]))]);
  if (binaryOperator(value) !== undefined) return breakAfterOperator();
  if (!shortKey && (ts.isStringLiteral(value) || isMemberChain(value))) return breakAfterOperator();
  if (shortKey) return grouped(cat(grouped(left), operator, " ", printed));
  if (isPoorlyBreakableChain(value)) return breakAfterOperator();
  const id = Symbol("assignment");
  return group([grouped(left), operator, group(indent(line), { id }), indentIfBreak(printed, { groupId: id })]);
}

/**
 * prettier's `isPoorlyBreakableMemberOrCallChain`: a chain of names and calls, each call without arguments or
 * with one short one, which prettier would rather move after the `=` than break.
 */
function isPoorlyBreakableChain(node: TS.Expression, deep = false): boolean {
  if (ts.isPropertyAccessExpression(node)) return isPoorlyBreakableChain(strip(node.expression), true);
  if (ts.isCallExpression(node)) {
    const [only, ...more] = node.arguments;
    if (more.length > 0 || (only !== undefined && !isLoneShortArgument(strip(only)))) return false;
    // Type arguments beyond a lone simple one make the call complex to prettier; not written by the emitters.
    if (node.typeArguments) unported();
    return isPoorlyBreakableChain(strip(node.expression), true);
  }
  return deep && (ts.isIdentifier(node) || node.kind === ts.SyntaxKind.ThisKeyword);
}

/** prettier's `isLoneShortArgument`, for the arguments ported here: short names and literals. */
function isLoneShortArgument(node: TS.Expression): boolean {
  const threshold = PRETTIER_OPTIONS.printWidth / 4;
  if (node.kind === ts.SyntaxKind.ThisKeyword || node.kind === ts.SyntaxKind.NullKeyword || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isIdentifier(node)) return node.text.length <= threshold;
  if (ts.isStringLiteral(node)) return node.text.length + 2 <= threshold;
  if (ts.isNumericLiteral(node)) return true;
  return false;
}

/**
 * prettier's `printBinaryishExpression`: operands of one operator are one chain; a chain breaks after each
 * operator, indented unless it is a return's argument; a nested chain of another operator is its own group.
 */
function binaryish(node: TS.BinaryExpression, parent: Parent, source: Source): Doc {
  const operator = binaryOperator(node) as string;
  const parts = chainParts(node, operator, parent, source);
  if (parent.kind === "unary" || parent.kind === "callee" || parent.kind === "object") return group([indent([softline, ...parts]), softline]);
  if (parent.kind === "return" || parent.kind === "arrow-body") return group(parts);
  if (parent.kind === "declarator" || parent.kind === "property") {
    if (shouldInline(node)) unported();
    return group(parts);
  }
  // The first operand (always a group here) stays where the chain starts; the rest are indented under it.
  return group([parts[0] as Doc, indent(parts.slice(1))]);
}

/** A logical expression whose right side is a non-empty object or array literal is printed inline; not ported. */
function shouldInline(node: TS.BinaryExpression): boolean {
  const right = strip(node.right);
  return isLogical(binaryOperator(node)) && ((ts.isObjectLiteralExpression(right) && right.properties.length > 0) || (ts.isArrayLiteralExpression(right) && right.elements.length > 0));
}

/** prettier's `printBinaryishExpressions`: the flattened operands with their operators, as parts of one group. */
function chainParts(node: TS.BinaryExpression, operator: string, parent: Parent, source: Source): Doc[] {
  if (shouldInline(node)) unported();
  const operands = isLogical(operator) ? logicalOperands(node, operator) : leftOperands(node, operator);
  const own: Parent = isLogical(operator) ? { kind: "logical", operator } : { kind: "binary", operator, side: "left" };
  const right: Parent = isLogical(operator) ? own : { kind: "binary", operator, side: "right" };
  const parts: Doc[] = [grouped(expression(operands[0] as TS.Expression, own, source))];
  // prettier groups the right side of a lone operator whose operands and parent are not chains of its own kind.
  const sameKind = (e: TS.Expression) => isLogical(binaryOperator(e)) === isLogical(operator) && binaryOperator(e) !== undefined;
  const parentSameKind = (parent.kind === "logical") === isLogical(operator) && (parent.kind === "logical" || parent.kind === "binary");
  const lone = operands.length === 2 && !parentSameKind && !sameKind(operands[0] as TS.Expression) && !sameKind(operands[1] as TS.Expression);
  for (const operand of operands.slice(1)) {
    const rest = [operator, line, expression(operand, right, source)];
    parts.push(" ", lone ? group(rest) : rest);
  }
  return parts;
}

/** Operands of a left-nested chain of one non-logical operator (`a + b + c`); a right-nested one keeps its parentheses. */
function leftOperands(node: TS.BinaryExpression, operator: string): TS.Expression[] {
  const left = strip(node.left);
  const head = binaryOperator(left) === operator && CHAINED.has(operator) ? leftOperands(left as TS.BinaryExpression, operator) : [left];
  return [...head, node.right];
}
