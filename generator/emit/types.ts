import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import type { ApiModel } from "../model/types.js";
import type { GeneratedFile } from "./source.js";

/**
 * `schema.ts`: the `paths`/`components`/`operations` types, exactly as openapi-typescript writes them
 * from the bundled document. This is the one emitter that needs the document itself, not the model:
 * openapi-typescript is the source of truth for types.
 */
export async function emitSchemaTypes(model: ApiModel, document: Record<string, unknown>): Promise<GeneratedFile> {
  const nodes = await openapiTS(document as unknown as OpenAPI3, {
    silent: true,
    defaultNonNullable: false,
    alphabetize: false,
    additionalProperties: false,
    emptyObjectsUnknown: true,
  });
  const header = "/* This file is generated from the OpenAPI description by openapi-typescript, via webflow-codegen. Do not edit it by hand. */\n";
  return { path: `src/${model.namespace}/schema.ts`, contents: header + astToString(nodes), typesOnly: true };
}
