import type { Explainer } from "../runtime/explain.js";
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, arrays, discriminators, `enum`, objects, strings and unions and the `date-time`, `email` and `uri` formats.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_DISCRIMINATOR_ENUM_OBJECT_STRING_UNION_DATE_TIME_EMAIL_URI: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of `allOf`, arrays, `enum`, objects and strings.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, arrays, `enum`, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of `allOf`, arrays, `enum`, objects, strings and unions.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, arrays, `enum`, objects, strings and unions and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of `allOf`, arrays, `enum`, objects and unions.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, arrays, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of `allOf`, arrays, objects, strings and unions.
 */
export declare const EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, `enum`, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, numbers, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum`, numbers, objects, strings and unions.
 */
export declare const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, numbers, objects, strings and unions and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum` and objects.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum`, objects and strings.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, objects and strings and the `date-time`, `email` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum`, objects, strings and unions.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, objects, strings and unions and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum`, objects and unions.
 */
export declare const EXPLAIN_ARRAY_ENUM_OBJECT_UNION: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, numbers and objects.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `date-time`, `email` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects, strings and unions and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects, strings and unions and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `uri` format.
 */
export declare const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_URI: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays and objects.
 */
export declare const EXPLAIN_ARRAY_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, objects and strings.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects and strings and the `date-time`, `email` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects and strings and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, objects, strings and unions.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_UNION: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects, strings and unions and the `date-time` format.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects, strings and unions and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects and strings and the `uri` format.
 */
export declare const EXPLAIN_ARRAY_OBJECT_STRING_URI: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of arrays, objects and unions.
 */
export declare const EXPLAIN_ARRAY_OBJECT_UNION: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of `enum`.
 */
export declare const EXPLAIN_ENUM: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of `enum` and objects.
 */
export declare const EXPLAIN_ENUM_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of `enum`, objects and strings.
 */
export declare const EXPLAIN_ENUM_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of `enum`, objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_ENUM_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of `enum`, objects and strings and the `uri` format.
 */
export declare const EXPLAIN_ENUM_OBJECT_STRING_URI: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of numbers and objects.
 */
export declare const EXPLAIN_NUMBER_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of objects.
 */
export declare const EXPLAIN_OBJECT: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of objects and strings.
 */
export declare const EXPLAIN_OBJECT_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `date-time` format.
 */
export declare const EXPLAIN_OBJECT_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_OBJECT_STRING_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `email` format.
 */
export declare const EXPLAIN_OBJECT_STRING_EMAIL: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of objects, strings and unions and the `date-time` format.
 */
export declare const EXPLAIN_OBJECT_STRING_UNION_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of objects, strings and unions and the `date-time` and `uri` formats.
 */
export declare const EXPLAIN_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `uri` format.
 */
export declare const EXPLAIN_OBJECT_STRING_URI: Explainer;
/**
 * Explains why a value fails its check by its type and the keywords of strings.
 */
export declare const EXPLAIN_STRING: Explainer;
/**
 * Explains why a value fails its check by its type, the keywords of strings and the `date-time` format.
 */
export declare const EXPLAIN_STRING_DATE_TIME: Explainer;
/**
 * Explains why a value fails its check by its type.
 */
export declare const EXPLAIN_TYPES: Explainer;
