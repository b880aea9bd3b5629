/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, arrays, discriminators, `enum`, objects, strings and unions and the `date-time`, `email` and `uri` formats.
 */
export const EXPLAIN_ALL_OF_ARRAY_DISCRIMINATOR_ENUM_OBJECT_STRING_UNION_DATE_TIME_EMAIL_URI = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	array: $.arrayKeywords,
	discriminator: $.discriminatorKeyword,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: {
		"date-time": $.isDateTime,
		email: $.isEmail,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type and the keywords of `allOf`, arrays, `enum`, objects and strings.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, arrays, `enum`, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type and the keywords of `allOf`, arrays, `enum`, objects, strings and unions.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, arrays, `enum`, objects, strings and unions and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type and the keywords of `allOf`, arrays, `enum`, objects and unions.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_UNION = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	union: $.unionKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, arrays, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type and the keywords of `allOf`, arrays, objects, strings and unions.
 */
export const EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_UNION = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, `enum`, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of `allOf`, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	allOf: $.allOfKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, numbers, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum`, numbers, objects, strings and unions.
 */
export const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, numbers, objects, strings and unions and the `date-time` format.
 */
export const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum` and objects.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum`, objects and strings.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, objects and strings and the `date-time`, `email` and `uri` formats.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME_EMAIL_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: {
		"date-time": $.isDateTime,
		email: $.isEmail,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum`, objects, strings and unions.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, `enum`, objects, strings and unions and the `date-time` format.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, `enum`, objects and unions.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_UNION = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	enum: $.enumKeyword,
	object: $.objectKeywords,
	union: $.unionKeywords
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, numbers and objects.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	number: $.numberKeywords,
	object: $.objectKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `date-time`, `email` and `uri` formats.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_EMAIL_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: {
		"date-time": $.isDateTime,
		email: $.isEmail,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `date-time` and `uri` formats.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: {
		"date-time": $.isDateTime,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects, strings and unions and the `date-time` format.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects, strings and unions and the `date-time` and `uri` formats.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: {
		"date-time": $.isDateTime,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, numbers, objects and strings and the `uri` format.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	number: $.numberKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { uri: $.isUri }
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays and objects.
 */
export const EXPLAIN_ARRAY_OBJECT = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, objects and strings.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects and strings and the `date-time`, `email` and `uri` formats.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_EMAIL_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: {
		"date-time": $.isDateTime,
		email: $.isEmail,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects and strings and the `date-time` and `uri` formats.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: {
		"date-time": $.isDateTime,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, objects, strings and unions.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_UNION = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects, strings and unions and the `date-time` format.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects, strings and unions and the `date-time` and `uri` formats.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: {
		"date-time": $.isDateTime,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type, the keywords of arrays, objects and strings and the `uri` format.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_URI = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { uri: $.isUri }
});
/**
 * Explains why a value fails its check by its type and the keywords of arrays, objects and unions.
 */
export const EXPLAIN_ARRAY_OBJECT_UNION = /* @__PURE__ */ $.explainer({
	array: $.arrayKeywords,
	object: $.objectKeywords,
	union: $.unionKeywords
});
/**
 * Explains why a value fails its check by its type and the keywords of `enum`.
 */
export const EXPLAIN_ENUM = /* @__PURE__ */ $.explainer({ enum: $.enumKeyword });
/**
 * Explains why a value fails its check by its type and the keywords of `enum` and objects.
 */
export const EXPLAIN_ENUM_OBJECT = /* @__PURE__ */ $.explainer({
	enum: $.enumKeyword,
	object: $.objectKeywords
});
/**
 * Explains why a value fails its check by its type and the keywords of `enum`, objects and strings.
 */
export const EXPLAIN_ENUM_OBJECT_STRING = /* @__PURE__ */ $.explainer({
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of `enum`, objects and strings and the `date-time` format.
 */
export const EXPLAIN_ENUM_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of `enum`, objects and strings and the `uri` format.
 */
export const EXPLAIN_ENUM_OBJECT_STRING_URI = /* @__PURE__ */ $.explainer({
	enum: $.enumKeyword,
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { uri: $.isUri }
});
/**
 * Explains why a value fails its check by its type and the keywords of numbers and objects.
 */
export const EXPLAIN_NUMBER_OBJECT = /* @__PURE__ */ $.explainer({
	number: $.numberKeywords,
	object: $.objectKeywords
});
/**
 * Explains why a value fails its check by its type and the keywords of objects.
 */
export const EXPLAIN_OBJECT = /* @__PURE__ */ $.explainer({ object: $.objectKeywords });
/**
 * Explains why a value fails its check by its type and the keywords of objects and strings.
 */
export const EXPLAIN_OBJECT_STRING = /* @__PURE__ */ $.explainer({
	object: $.objectKeywords,
	string: $.stringKeywords
});
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `date-time` format.
 */
export const EXPLAIN_OBJECT_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `date-time` and `uri` formats.
 */
export const EXPLAIN_OBJECT_STRING_DATE_TIME_URI = /* @__PURE__ */ $.explainer({
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: {
		"date-time": $.isDateTime,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `email` format.
 */
export const EXPLAIN_OBJECT_STRING_EMAIL = /* @__PURE__ */ $.explainer({
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { email: $.isEmail }
});
/**
 * Explains why a value fails its check by its type, the keywords of objects, strings and unions and the `date-time` format.
 */
export const EXPLAIN_OBJECT_STRING_UNION_DATE_TIME = /* @__PURE__ */ $.explainer({
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type, the keywords of objects, strings and unions and the `date-time` and `uri` formats.
 */
export const EXPLAIN_OBJECT_STRING_UNION_DATE_TIME_URI = /* @__PURE__ */ $.explainer({
	object: $.objectKeywords,
	string: $.stringKeywords,
	union: $.unionKeywords,
	formats: {
		"date-time": $.isDateTime,
		uri: $.isUri
	}
});
/**
 * Explains why a value fails its check by its type, the keywords of objects and strings and the `uri` format.
 */
export const EXPLAIN_OBJECT_STRING_URI = /* @__PURE__ */ $.explainer({
	object: $.objectKeywords,
	string: $.stringKeywords,
	formats: { uri: $.isUri }
});
/**
 * Explains why a value fails its check by its type and the keywords of strings.
 */
export const EXPLAIN_STRING = /* @__PURE__ */ $.explainer({ string: $.stringKeywords });
/**
 * Explains why a value fails its check by its type, the keywords of strings and the `date-time` format.
 */
export const EXPLAIN_STRING_DATE_TIME = /* @__PURE__ */ $.explainer({
	string: $.stringKeywords,
	formats: { "date-time": $.isDateTime }
});
/**
 * Explains why a value fails its check by its type.
 */
export const EXPLAIN_TYPES = /* @__PURE__ */ $.explainer({});
