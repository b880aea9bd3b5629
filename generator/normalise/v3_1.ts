import { finding, type Finding, type Where } from "../check/profile.js";
import { joinPointer } from "../pointer.js";
import type { Json } from "../walk.js";
import { convertExclusiveBounds, convertNullable, convertTupleItems } from "./schemas.js";
import { walkDocumentSchemas } from "./visit.js";

/**
 * The OpenAPI 3.1 front end: type arrays, numeric exclusive bounds and `examples` are already the
 * dialect. 3.0 keywords that real 3.1 files still carry are accepted, rewritten and reported as
 * deviations (a warning by default, an error under the house style): `nullable`, boolean
 * `exclusiveMinimum`/`exclusiveMaximum`, tuple `items`. A schema's `example` is still valid 3.1
 * (deprecated) and stays.
 */
export function normalise31(doc: Json, where: Where): Finding[] {
  const out: Finding[] = [];
  walkDocumentSchemas(doc, (schema, pointer) => {
    if (convertNullable(schema)) {
      out.push(finding("deviation", "error", "schema-nullable", `"nullable" is OpenAPI 3.0; write type: [X, "null"] in 3.1`, where, joinPointer(pointer, "nullable")));
    }
    for (const key of convertExclusiveBounds(schema)) {
      out.push(finding("deviation", "error", "schema-exclusive-bound", `boolean ${key} is OpenAPI 3.0; in 3.1 ${key} is the bound itself (a number)`, where, joinPointer(pointer, key)));
    }
    if (convertTupleItems(schema)) {
      out.push(finding("deviation", "error", "schema-items", `items must be one schema; write a tuple as prefixItems in 3.1`, where, joinPointer(pointer, "items")));
    }
  });
  return out;
}
