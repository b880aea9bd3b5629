import { createRequire } from "node:module";
import path from "node:path";

/*
 * The CommonJS libraries, loaded with `require`. Imported as ES modules, Node first scans each for its
 * export names, and TypeScript's compiler is 9 MB: `require` saves about 0.4 s of every run.
 */
const require = createRequire(import.meta.url);

export const ts: typeof import("typescript") = require("typescript");

type OpenapiTypescript = typeof import("openapi-typescript");

/*
 * openapi-typescript's entry also loads Redocly's whole linter and bundler (0.15 to 0.2 s) for `openapiTS`,
 * which generation does not call (emit/types.ts calls its transform). The modules that hold what
 * generation uses are loaded instead, through the package's `./*` export.
 */
const openapiTs = require("openapi-typescript/dist/lib/ts.cjs") as OpenapiTypescript;
const openapiUtils = require("openapi-typescript/dist/lib/utils.cjs") as OpenapiTypescript;
export const openapiTypescript: Pick<OpenapiTypescript, "astToString" | "oapiRef" | "resolveRef" | "scanDiscriminators" | "transformSchema" | "transformSchemaObject"> = {
  astToString: openapiTs.astToString,
  oapiRef: openapiTs.oapiRef,
  resolveRef: openapiUtils.resolveRef,
  scanDiscriminators: openapiUtils.scanDiscriminators,
  transformSchema: require("openapi-typescript/dist/transform/index.cjs") as OpenapiTypescript["transformSchema"],
  transformSchemaObject: (require("openapi-typescript/dist/transform/schema-object.cjs") as { default: OpenapiTypescript["transformSchemaObject"] }).default,
};

/*
 * ts-morph serves only for its structure printer, which never calls the compiler; its own copy of
 * TypeScript would be the second 9 MB compiler read and compiled at every start (0.17 s). It is given the
 * one already loaded: the cache entry answers its `require("./typescript")`.
 */
const tsMorphRequire = createRequire(require.resolve("ts-morph"));
const tsMorphCompiler = path.join(path.dirname(tsMorphRequire.resolve("@ts-morph/common")), "typescript.js");
require.cache[tsMorphCompiler] ??= require.cache[require.resolve("typescript")];
const tsMorph: typeof import("ts-morph") = require("ts-morph");
export const { printStructure, StructureKind, VariableDeclarationKind } = tsMorph;
