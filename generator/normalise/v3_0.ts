import type { Finding, Where } from "../check/profile.js";
import type { Json } from "../walk.js";
import { convertExample, convertExclusiveBounds, convertNullable, convertTupleItems } from "./schemas.js";
import { walkDocumentSchemas } from "./visit.js";

/**
 * The OpenAPI 3.0 front end: rewrites 3.0's schema dialect into 3.1's (`nullable`, boolean
 * `exclusiveMinimum`/`exclusiveMaximum`, `example`, tuple `items`) and declares the document 3.1.0.
 * These are the dialect of a 3.0 document, not faults: nothing is reported (the house style's "3.1 only"
 * is reported by the caller).
 */
export function normalise30(doc: Json, _where: Where): Finding[] {
  walkDocumentSchemas(doc, (schema) => {
    convertNullable(schema);
    convertExclusiveBounds(schema);
    convertExample(schema);
    convertTupleItems(schema);
  });
  doc.openapi = "3.1.0";
  return [];
}
