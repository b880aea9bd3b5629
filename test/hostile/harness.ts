/**
 * What the hostile tests share: tokenizing generated code to prove spec text stayed inert, loading a
 * generated package from disk, driving it (client, validators, errors, scopes) and watching the canary.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import type { ApiModel, GeneratedFile, OperationModel } from "../../generator/index.js";

/** The global every payload tries to set, and the property prototype-pollution payloads try to add. */
export const CANARY = "__pwned";
export const POLLUTED = "polluted";

type Canary = typeof globalThis & { [CANARY]?: unknown };

/** Clears the canary before a run. */
export function resetCanary(): void {
  delete (globalThis as Canary)[CANARY];
}

const PROTOTYPES: [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
];

export type PrototypeSnapshot = Map<string, string[]>;

export function snapshotPrototypes(): PrototypeSnapshot {
  return new Map(PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));
}

/**
 * Everything that shows code from the spec ran: the canary is set, or a built-in prototype gained or
 * lost a property. Empty when nothing happened.
 */
export function sideEffects(before: PrototypeSnapshot): string[] {
  const found: string[] = [];
  if (CANARY in globalThis) found.push(`globalThis.${CANARY} was set to ${String((globalThis as Canary)[CANARY])}`);
  const probe: Record<string, unknown> = {};
  if (probe[POLLUTED] !== undefined) found.push(`({}).${POLLUTED} is ${String(probe[POLLUTED])}`);
  if (Object.keys(Object.prototype).length !== 0) found.push(`Object.prototype has enumerable keys ${Object.keys(Object.prototype).join(", ")}`);
  const after = snapshotPrototypes();
  for (const [name, keys] of before) {
    const now = after.get(name) ?? [];
    if (now.join("\u0000") !== keys.join("\u0000")) found.push(`${name} changed: ${JSON.stringify(now.filter((k) => !keys.includes(k)))} added, ${JSON.stringify(keys.filter((k) => !now.includes(k)))} removed`);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Tokens

export interface Token {
  kind: ts.SyntaxKind;
  text: string;
  start: number;
  end: number;
  /** 1-based line of the token's start. */
  line: number;
}

/** Tokens that hold text as data or commentary: a payload inside one of these did not become code. */
export const INERT_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.SingleLineCommentTrivia,
  ts.SyntaxKind.MultiLineCommentTrivia,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

const TRIVIA: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.WhitespaceTrivia,
  ts.SyntaxKind.NewLineTrivia,
  ts.SyntaxKind.ShebangTrivia,
  ts.SyntaxKind.ConflictMarkerTrivia,
]);

/** After these a `/` divides; after anything else it starts a regular expression. */
const ENDS_EXPRESSION: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
]);

/**
 * Every token of a TypeScript/JavaScript file, comments included, from `ts.createScanner`. The scanner
 * alone cannot tell `/` (divide) from `/` (regex) or `}` (block) from `}` (end of a `${}`), so this
 * rescans the way the parser would: a `/` where an expression may start is a regex, and a `}` that
 * closes a template substitution continues the template.
 */
export function scanTokens(text: string): { tokens: Token[]; errors: string[] } {
  const errors: string[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text, (message, _length, arg0) => {
    errors.push(`${ts.flattenDiagnosticMessageText(message.message.replace("{0}", String(arg0 ?? "")), " ")} at offset ${scanner.getTokenStart()}`);
  });
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineOf = (pos: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= pos) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const braces: ("block" | "template")[] = [];
  const tokens: Token[] = [];
  let previous: ts.SyntaxKind | undefined;
  for (;;) {
    let kind = scanner.scan();
    if (kind === ts.SyntaxKind.EndOfFileToken) break;
    if (TRIVIA.has(kind)) continue;
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      tokens.push({ kind, text: scanner.getTokenText(), start: scanner.getTokenStart(), end: scanner.getTokenEnd(), line: lineOf(scanner.getTokenStart()) });
      continue;
    }
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && (previous === undefined || !ENDS_EXPRESSION.has(previous))) {
      kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.OpenBraceToken) braces.push("block");
    else if (kind === ts.SyntaxKind.TemplateHead) braces.push("template");
    else if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop() === "template") {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateMiddle) braces.push("template");
    }
    tokens.push({ kind, text: scanner.getTokenText(), start: scanner.getTokenStart(), end: scanner.getTokenEnd(), line: lineOf(scanner.getTokenStart()) });
    previous = kind;
  }
  return { tokens, errors };
}

/** Identifiers of the parsed file (outside JSDoc), as a second opinion next to the scanner's tokens. */
export function astIdentifiers(fileName: string, text: string): { name: string; line: number }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const found: { name: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      found.push({ name: node.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export const isCode = (file: GeneratedFile) => /\.(ts|js)$/.test(file.path);

/**
 * Where a marker shows up outside inert tokens: in an identifier, keyword, punctuation or a template with
 * substitutions. Empty when every occurrence is data or commentary.
 */
export function activeOccurrences(files: readonly GeneratedFile[], markers: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of files.filter(isCode)) {
    if (!markers.some((m) => file.contents.includes(m))) continue;
    const { tokens, errors } = scanTokens(file.contents);
    for (const error of errors) problems.push(`${file.path}: scanner error ${error}`);
    for (const token of tokens) {
      if (INERT_KINDS.has(token.kind)) continue;
      const marker = markers.find((m) => token.text.includes(m));
      if (marker) problems.push(`${file.path}:${token.line}: ${JSON.stringify(marker)} inside a ${ts.SyntaxKind[token.kind]} token ${JSON.stringify(token.text.slice(0, 80))}`);
    }
    for (const id of astIdentifiers(file.path, file.contents)) {
      const marker = markers.find((m) => id.name.includes(m));
      if (marker) problems.push(`${file.path}:${id.line}: ${JSON.stringify(marker)} is the identifier ${JSON.stringify(id.name)} in the parsed file`);
    }
  }
  return problems;
}

/**
 * Raw U+2028/U+2029 outside a string literal or block comment. A line comment ends at one, so the text
 * after it would be code; elsewhere it is not valid code at all.
 */
export function strayLineSeparators(files: readonly GeneratedFile[]): string[] {
  const problems: string[] = [];
  const allowed = new Set([ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.MultiLineCommentTrivia]);
  for (const file of files.filter(isCode)) {
    const positions = [...file.contents.matchAll(/[\u2028\u2029]/g)].map((m) => m.index);
    if (positions.length === 0) continue;
    const inert = scanTokens(file.contents).tokens.filter((t) => allowed.has(t.kind));
    for (const pos of positions) {
      if (!inert.some((t) => t.start <= pos && pos < t.end)) problems.push(`${file.path}: raw line separator at offset ${pos} outside a string literal or block comment`);
    }
  }
  return problems;
}

/** The text of every comment of a file with the JSDoc framing removed, for "is this description there". */
export function commentText(contents: string): string {
  return scanTokens(contents)
    .tokens.filter((t) => t.kind === ts.SyntaxKind.MultiLineCommentTrivia || t.kind === ts.SyntaxKind.SingleLineCommentTrivia)
    .map((t) =>
      t.text
        .replace(/^\/\*\*?|\*\/$|^\/\//g, "")
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""))
        .join("\n"),
    )
    .join("\n");
}

/**
 * Text as it may appear in a JSDoc comment, up to the escaping the generator documents: control
 * characters dropped, a backslash in front of `/`, `*` or `@` ignored, line breaks and runs of white
 * space counted as one space. Apply to both sides of a comparison.
 */
export function docForm(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/\\(?=[/*@])/g, "")
    .replace(/[\s\u2028\u2029]+/g, " ")
    .trim();
}

// ---------------------------------------------------------------------------------------------------
// Loading and driving a generated package

/** Every `.js` under `dir/dist`, the package's entry point last. */
export function distModules(dir: string): string[] {
  const dist = path.join(dir, "dist");
  const all = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const entry = path.join(dist, "index.js");
  return [...all.filter((f) => f !== entry), entry];
}

export type Module = Record<string, any>;

/** Imports every module of the package; returns the entry point's exports. */
export async function importPackage(dir: string): Promise<Module> {
  let entry: Module = {};
  for (const file of distModules(dir)) entry = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Module;
  return entry;
}

/** An object with the given own properties, safe for `__proto__`. */
export function own(entries: [string, unknown][]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** A `fetch` that records each request and answers `respond(url)` as JSON with status 200. */
export function fakeFetch(calls: RecordedCall[], respond: (url: string) => unknown = () => ({})): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    calls.push({ url, method: init?.method ?? "GET", headers, ...(typeof init?.body === "string" ? { body: init.body } : {}) });
    return new Response(JSON.stringify(respond(url) ?? {}), { status: 200, headers: { "content-type": "application/json" } });
  };
}

/** The first example the spec gives for an operation's success body (its own, or its component's). */
export function successExample(model: ApiModel, op: OperationModel): unknown {
  if (op.success.examples.length > 0) return op.success.examples[0];
  const schema = op.success.schema;
  if (schema?.kind === "ref") return model.schemas.find((s) => s.name === schema.name)?.examples[0];
  return undefined;
}

/** Parameters for one call: every caller parameter set to `value`, keys defined as own properties. */
export function callParams(op: OperationModel, value = "x"): Record<string, unknown> {
  return own([...op.params.filter((p) => p.fixedValue === undefined).map((p): [string, unknown] => [p.name, value]), ...(op.body ? [["body", {}] as [string, unknown]] : [])]);
}

export interface ApiErrorInitLike {
  status: number;
  operationId: string;
  method: string;
  url: string;
  body: unknown;
  headers: Headers;
  rateLimit: Record<string, never>;
}

export function errorInit(status: number, body: unknown = { code: "not_found", message: "nope" }): ApiErrorInitLike {
  return { status, operationId: "op", method: "GET", url: "https://api.example.com/v1/x", body, headers: new Headers(), rateLimit: {} };
}

/** Inputs every validator gets besides the spec's examples: wrong shapes and prototype-pollution attempts. */
export function hostileInputs(): unknown[] {
  return [
    {},
    null,
    [],
    "x",
    0,
    JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"toString":1,"hasOwnProperty":1}'),
    Object.create(null),
  ];
}
