import type { Explainer } from "../runtime/explain.js";
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays and objects.
 */
export declare const EXPLAIN_ARRAY_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `email` format.
 */
export declare const EXPLAIN_OBJECT_STRING_EMAIL: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `uri` format.
 */
export declare const EXPLAIN_OBJECT_STRING_URI: Explainer;
