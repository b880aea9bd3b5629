import type { Explainer } from "../runtime/explain.js";
/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords and object keywords.
 */
export declare const EXPLAIN_ARRAY_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `email` format.
 */
export declare const EXPLAIN_OBJECT_STRING_EMAIL: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `uri` format.
 */
export declare const EXPLAIN_OBJECT_STRING_URI: Explainer;
