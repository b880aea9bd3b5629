import type { OptionalKind, SourceFileStructure } from "ts-morph";
import { printStructure, StructureKind } from "../libraries.js";
import { jsDocCode, jsDocText } from "./literals.js";
import type { OperationModel } from "../model/types.js";

/** One file of the generated package, path relative to the package root. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /** Declares types only (openapi-typescript's output): it is its own declaration file and compiles to nothing. */
  typesOnly?: boolean;
  /** Emitted as prettier prints it already: the format stage leaves it as it is. */
  formatted?: boolean;
}

const HEADER = "This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate.";

/**
 * Prints a ts-morph source file structure; every TypeScript emitter goes through here. Straight to text:
 * a ts-morph project would parse the text into a syntax tree that nothing here reads.
 */
export function printSourceFile(path: string, structure: OptionalKind<SourceFileStructure>): GeneratedFile {
  const statements = typeof structure.statements === "string" || typeof structure.statements === "function" ? [structure.statements] : (structure.statements ?? []);
  const text = printStructure({ ...structure, kind: StructureKind.SourceFile, statements: [`/* ${HEADER} */`, ...statements] });
  return { path, contents: separateStatements(text) };
}

/**
 * ts-morph separates classes and functions by a blank line but not variables, types or imports from
 * what follows; one blank line between top-level declarations reads as a person would write it.
 * Imports stay together.
 */
function separateStatements(text: string): string {
  return text.replace(/^([^\s].*(?:;|\}))\n(?=\/\*\*|export |const |function |class |interface |type )/gm, "$1\n\n");
}

/**
 * A JSDoc block from paragraphs and tags; every piece of spec text is escaped on the way in. Given to ts-morph
 * as the block's text, which it prints as it would the structure of a description and tags, without the
 * scratch writer it opens for each structure and tag (thousands of them at 1,000 operations).
 */
export function jsDoc(paragraphs: (string | undefined)[], tags: { tagName: string; text?: string }[] = []): string {
  const description = paragraphs
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map(jsDocText)
    .join("\n\n");
  return [`\n${description}`, ...tags.map((t) => `@${t.tagName}${t.text ? ` ${jsDocText(t.text)}` : ""}`)].join("\n");
}

/** The lines every operation's docs share: scopes and the errors it documents. */
export function operationDocLines(op: OperationModel, auth: "oauth2" | "bearer"): string[] {
  const lines: string[] = [];
  if (auth === "oauth2") {
    lines.push(op.scopes.length === 0 ? "Required scopes: none (any valid token)." : `Required scopes: ${op.scopes.map(jsDocCode).join(", ")}.`);
  }
  lines.push(`${op.method} ${jsDocCode(op.path)} (operationId ${jsDocCode(op.id)}).`);
  return lines;
}
