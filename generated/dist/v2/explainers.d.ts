import type { Explainer } from "../runtime/explain.js";
/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, the discriminator, `enum`, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time`, `email` and `uri` formats.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_DISCRIMINATOR_ENUM_OBJECT_STRING_UNION_DATE_TIME_EMAIL_URI: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords and string keywords.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords and `anyOf` and `oneOf`.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, `enum`, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, `allOf`, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, number bounds, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, number bounds, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export declare const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, number bounds, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum` and object keywords.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords and string keywords.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords and the `date-time`, `email` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords and `anyOf` and `oneOf`.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, number bounds and object keywords.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `date-time`, `email` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `uri` format.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords and object keywords.
 */
export declare const EXPLAIN_ARRAY_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords and string keywords.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and the `date-time`, `email` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and the `uri` format.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_URI: Explainer;
/**
 * Explains why a value fails its check by its type, array keywords, object keywords and `anyOf` and `oneOf`.
 */
export declare const EXPLAIN_ARRAY_OBJECT_UNION: Explainer;
/**
 * Explains why a value fails its check by its type and `enum`.
 */
export declare const EXPLAIN_ENUM: Explainer;
/**
 * Explains why a value fails its check by its type, `enum` and object keywords.
 */
export declare const EXPLAIN_ENUM_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type, `enum`, object keywords and string keywords.
 */
export declare const EXPLAIN_ENUM_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, `enum`, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_ENUM_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, `enum`, object keywords, string keywords and the `uri` format.
 */
export declare const EXPLAIN_ENUM_OBJECT_STRING_URI: Explainer;
/**
 * Explains why a value fails its check by its type, number bounds and object keywords.
 */
export declare const EXPLAIN_NUMBER_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type and object keywords.
 */
export declare const EXPLAIN_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords and string keywords.
 */
export declare const EXPLAIN_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_OBJECT_STRING_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `email` format.
 */
export declare const EXPLAIN_OBJECT_STRING_EMAIL: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export declare const EXPLAIN_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `uri` format.
 */
export declare const EXPLAIN_OBJECT_STRING_URI: Explainer;
/**
 * Explains why a value fails its check by its type and string keywords.
 */
export declare const EXPLAIN_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, string keywords and the `date-time` format.
 */
export declare const EXPLAIN_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type.
 */
export declare const EXPLAIN_TYPES: Explainer;
