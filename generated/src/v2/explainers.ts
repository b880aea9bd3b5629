/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type { Explainer } from "../runtime/explain.js";

/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, the discriminator, `enum`, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time`, `email` and `uri` formats.
 */
export const EXPLAIN_ALL_OF_ARRAY_DISCRIMINATOR_ENUM_OBJECT_STRING_UNION_DATE_TIME_EMAIL_URI: Explainer =
  /* @__PURE__ */ $.explainer({
    allOf: $.allOfKeywords,
    array: $.arrayKeywords,
    discriminator: $.discriminatorKeyword,
    enum: $.enumKeyword,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
    formats: { "date-time": $.isDateTime, email: $.isEmail, uri: $.isUri },
  });

/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords and string keywords.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING: Explainer = /* @__PURE__ */ $.explainer({
  allOf: $.allOfKeywords,
  array: $.arrayKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
});

/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_DATE_TIME: Explainer =
  /* @__PURE__ */ $.explainer({
    allOf: $.allOfKeywords,
    array: $.arrayKeywords,
    enum: $.enumKeyword,
    object: $.objectKeywords,
    string: $.stringKeywords,
    formats: { "date-time": $.isDateTime },
  });

/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION: Explainer = /* @__PURE__ */ $.explainer(
  {
    allOf: $.allOfKeywords,
    array: $.arrayKeywords,
    enum: $.enumKeyword,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
  },
);

/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME: Explainer =
  /* @__PURE__ */ $.explainer({
    allOf: $.allOfKeywords,
    array: $.arrayKeywords,
    enum: $.enumKeyword,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
    formats: { "date-time": $.isDateTime },
  });

/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, `enum`, object keywords and `anyOf` and `oneOf`.
 */
export const EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_UNION: Explainer = /* @__PURE__ */ $.explainer({
  allOf: $.allOfKeywords,
  array: $.arrayKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
  union: $.unionKeywords,
});

/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  allOf: $.allOfKeywords,
  array: $.arrayKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, `allOf`, array keywords, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export const EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_UNION: Explainer = /* @__PURE__ */ $.explainer({
  allOf: $.allOfKeywords,
  array: $.arrayKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  union: $.unionKeywords,
});

/**
 * Explains why a value fails its check by its type, `allOf`, `enum`, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  allOf: $.allOfKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, `allOf`, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  allOf: $.allOfKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, number bounds, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_DATE_TIME: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    enum: $.enumKeyword,
    number: $.numberKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    formats: { "date-time": $.isDateTime },
  });

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, number bounds, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION: Explainer = /* @__PURE__ */ $.explainer(
  {
    array: $.arrayKeywords,
    enum: $.enumKeyword,
    number: $.numberKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
  },
);

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, number bounds, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export const EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    enum: $.enumKeyword,
    number: $.numberKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
    formats: { "date-time": $.isDateTime },
  });

/**
 * Explains why a value fails its check by its type, array keywords, `enum` and object keywords.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
});

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords and string keywords.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
});

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords and the `date-time`, `email` and `uri` formats.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    enum: $.enumKeyword,
    object: $.objectKeywords,
    string: $.stringKeywords,
    formats: { "date-time": $.isDateTime, email: $.isEmail, uri: $.isUri },
  });

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
  union: $.unionKeywords,
});

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    enum: $.enumKeyword,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
    formats: { "date-time": $.isDateTime },
  });

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords and `anyOf` and `oneOf`.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_UNION: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
  union: $.unionKeywords,
});

/**
 * Explains why a value fails its check by its type, array keywords, number bounds and object keywords.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  number: $.numberKeywords,
  object: $.objectKeywords,
});

/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  number: $.numberKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `date-time`, `email` and `uri` formats.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    number: $.numberKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    formats: { "date-time": $.isDateTime, email: $.isEmail, uri: $.isUri },
  });

/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `date-time` and `uri` formats.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_DATE_TIME_URI: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    number: $.numberKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    formats: { "date-time": $.isDateTime, uri: $.isUri },
  });

/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    number: $.numberKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
    formats: { "date-time": $.isDateTime },
  });

/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` and `uri` formats.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    number: $.numberKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
    formats: { "date-time": $.isDateTime, uri: $.isUri },
  });

/**
 * Explains why a value fails its check by its type, array keywords, number bounds, object keywords, string keywords and the `uri` format.
 */
export const EXPLAIN_ARRAY_NUMBER_OBJECT_STRING_URI: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  number: $.numberKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { uri: $.isUri },
});

/**
 * Explains why a value fails its check by its type, array keywords and object keywords.
 */
export const EXPLAIN_ARRAY_OBJECT: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
});

/**
 * Explains why a value fails its check by its type, array keywords, object keywords and string keywords.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
});

/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and the `date-time`, `email` and `uri` formats.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_EMAIL_URI: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    formats: { "date-time": $.isDateTime, email: $.isEmail, uri: $.isUri },
  });

/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and the `date-time` and `uri` formats.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME_URI: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime, uri: $.isUri },
});

/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and `anyOf` and `oneOf`.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_UNION: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  union: $.unionKeywords,
});

/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  union: $.unionKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` and `uri` formats.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer =
  /* @__PURE__ */ $.explainer({
    array: $.arrayKeywords,
    object: $.objectKeywords,
    string: $.stringKeywords,
    union: $.unionKeywords,
    formats: { "date-time": $.isDateTime, uri: $.isUri },
  });

/**
 * Explains why a value fails its check by its type, array keywords, object keywords, string keywords and the `uri` format.
 */
export const EXPLAIN_ARRAY_OBJECT_STRING_URI: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { uri: $.isUri },
});

/**
 * Explains why a value fails its check by its type, array keywords, object keywords and `anyOf` and `oneOf`.
 */
export const EXPLAIN_ARRAY_OBJECT_UNION: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
  union: $.unionKeywords,
});

/**
 * Explains why a value fails its check by its type and `enum`.
 */
export const EXPLAIN_ENUM: Explainer = /* @__PURE__ */ $.explainer({ enum: $.enumKeyword });

/**
 * Explains why a value fails its check by its type, `enum` and object keywords.
 */
export const EXPLAIN_ENUM_OBJECT: Explainer = /* @__PURE__ */ $.explainer({
  enum: $.enumKeyword,
  object: $.objectKeywords,
});

/**
 * Explains why a value fails its check by its type, `enum`, object keywords and string keywords.
 */
export const EXPLAIN_ENUM_OBJECT_STRING: Explainer = /* @__PURE__ */ $.explainer({
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
});

/**
 * Explains why a value fails its check by its type, `enum`, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_ENUM_OBJECT_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, `enum`, object keywords, string keywords and the `uri` format.
 */
export const EXPLAIN_ENUM_OBJECT_STRING_URI: Explainer = /* @__PURE__ */ $.explainer({
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { uri: $.isUri },
});

/**
 * Explains why a value fails its check by its type, number bounds and object keywords.
 */
export const EXPLAIN_NUMBER_OBJECT: Explainer = /* @__PURE__ */ $.explainer({
  number: $.numberKeywords,
  object: $.objectKeywords,
});

/**
 * Explains why a value fails its check by its type and object keywords.
 */
export const EXPLAIN_OBJECT: Explainer = /* @__PURE__ */ $.explainer({ object: $.objectKeywords });

/**
 * Explains why a value fails its check by its type, object keywords and string keywords.
 */
export const EXPLAIN_OBJECT_STRING: Explainer = /* @__PURE__ */ $.explainer({
  object: $.objectKeywords,
  string: $.stringKeywords,
});

/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `date-time` format.
 */
export const EXPLAIN_OBJECT_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `date-time` and `uri` formats.
 */
export const EXPLAIN_OBJECT_STRING_DATE_TIME_URI: Explainer = /* @__PURE__ */ $.explainer({
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime, uri: $.isUri },
});

/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `email` format.
 */
export const EXPLAIN_OBJECT_STRING_EMAIL: Explainer = /* @__PURE__ */ $.explainer({
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { email: $.isEmail },
});

/**
 * Explains why a value fails its check by its type, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` format.
 */
export const EXPLAIN_OBJECT_STRING_UNION_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  object: $.objectKeywords,
  string: $.stringKeywords,
  union: $.unionKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type, object keywords, string keywords, `anyOf` and `oneOf` and the `date-time` and `uri` formats.
 */
export const EXPLAIN_OBJECT_STRING_UNION_DATE_TIME_URI: Explainer = /* @__PURE__ */ $.explainer({
  object: $.objectKeywords,
  string: $.stringKeywords,
  union: $.unionKeywords,
  formats: { "date-time": $.isDateTime, uri: $.isUri },
});

/**
 * Explains why a value fails its check by its type, object keywords, string keywords and the `uri` format.
 */
export const EXPLAIN_OBJECT_STRING_URI: Explainer = /* @__PURE__ */ $.explainer({
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { uri: $.isUri },
});

/**
 * Explains why a value fails its check by its type and string keywords.
 */
export const EXPLAIN_STRING: Explainer = /* @__PURE__ */ $.explainer({ string: $.stringKeywords });

/**
 * Explains why a value fails its check by its type, string keywords and the `date-time` format.
 */
export const EXPLAIN_STRING_DATE_TIME: Explainer = /* @__PURE__ */ $.explainer({
  string: $.stringKeywords,
  formats: { "date-time": $.isDateTime },
});

/**
 * Explains why a value fails its check by its type.
 */
export const EXPLAIN_TYPES: Explainer = /* @__PURE__ */ $.explainer({});
