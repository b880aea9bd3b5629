/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type { Explainer } from "../runtime/explain.js";

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
 * Explains why a value fails its check by its type, array keywords and object keywords.
 */
export const EXPLAIN_ARRAY_OBJECT: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  object: $.objectKeywords,
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
 * Explains why a value fails its check by its type, object keywords, string keywords and the `uri` format.
 */
export const EXPLAIN_OBJECT_STRING_URI: Explainer = /* @__PURE__ */ $.explainer({
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { uri: $.isUri },
});
