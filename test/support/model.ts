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
