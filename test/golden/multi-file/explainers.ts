/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type { Explainer } from "../runtime/explain.js";

/**
 * Explains why a value fails its check by its type, array keywords, `enum`, object keywords, string keywords and the `email` format.
 */
export const EXPLAIN_ARRAY_ENUM_OBJECT_STRING_EMAIL: Explainer = /* @__PURE__ */ $.explainer({
  array: $.arrayKeywords,
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { email: $.isEmail },
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
 * Explains why a value fails its check by its type, `enum`, object keywords, string keywords and the `uri` format.
 */
export const EXPLAIN_ENUM_OBJECT_STRING_URI: Explainer = /* @__PURE__ */ $.explainer({
  enum: $.enumKeyword,
  object: $.objectKeywords,
  string: $.stringKeywords,
  formats: { uri: $.isUri },
});

/**
 * Explains why a value fails its check by its type and object keywords.
 */
export const EXPLAIN_OBJECT: Explainer = /* @__PURE__ */ $.explainer({ object: $.objectKeywords });
