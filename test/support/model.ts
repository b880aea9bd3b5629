/**
 * The model of an OpenAPI document given in memory, as a generation builds it (normalise, then model;
 * no check, no emit): for given/want tests of the model and of single emitters.
 */
import { buildModel } from "../../generator/model/index.js";
import type { ApiModel } from "../../generator/model/types.js";
import { normaliseSpec } from "../../generator/normalise/index.js";

export function modelOfDocument(document: Record<string, unknown>, sourceName = "t/api.json"): ApiModel {
  const { spec, problems } = normaliseSpec({ rootFile: "api.json", sourceName, document, files: [], where: () => undefined });
  if (!spec) throw new Error(`the document does not normalise: ${JSON.stringify(problems)}`);
  return buildModel(spec);
}

/**
 * The model of a small document of namespace `t` with the given component schemas and paths (operations
 * tagged `Things`): for tests of what the emitters make of schemas.
 */
export function modelOfSchemas(schemas: Record<string, unknown>, paths: Record<string, unknown> = {}): ApiModel {
  return modelOfDocument({ openapi: "3.1.0", info: { title: "T", version: "1", "x-namespace": "t" }, servers: [{ url: "https://api.example.com" }], tags: [{ name: "Things" }], components: { schemas }, paths });
}
