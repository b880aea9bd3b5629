import { createRequire } from "node:module";

/*
 * The CommonJS libraries, loaded with `require`. Imported as ES modules, Node first scans each for its
 * export names, and TypeScript's compiler is 9 MB: `require` saves about 0.4 s of every run.
 */
const require = createRequire(import.meta.url);

export const ts: typeof import("typescript") = require("typescript");
export const openapiTypescript: typeof import("openapi-typescript") = require("openapi-typescript");
const tsMorph: typeof import("ts-morph") = require("ts-morph");
export const { printStructure, StructureKind, VariableDeclarationKind } = tsMorph;
