/** The generated validators as a webhook handler or cache loader would use them. */
import {
  validateCommentThread,
  validateSite,
  validateWebhook,
  type CommentThread,
  type Site,
  type ValidationIssue,
  type ValidationResult,
  type Webhook,
} from "webflow-api";
import type { Equal, Expect } from "./type-assert.js";

export function parseSite(json: unknown): Site | ValidationIssue[] {
  const result = validateSite(json);
  type _result = Expect<Equal<typeof result, ValidationResult<Site>>>;
  // @ts-expect-error TS2339 -- `value` exists only once `ok` is known to be true
  void result.value;
  if (result.ok) {
    type _value = Expect<Equal<typeof result.value, Site>>;
    return result.value;
  }
  type _issues = Expect<Equal<typeof result.issues, ValidationIssue[]>>;
  // @ts-expect-error TS2339 -- a failed result has no value
  void result.value;
  return result.issues;
}

export function parseThread(json: unknown): CommentThread | undefined {
  const result = validateCommentThread(json);
  return result.ok ? result.value : undefined;
}

export function isWebhook(json: unknown): json is Webhook {
  return validateWebhook(json).ok;
}

type _validatorParam = Expect<Equal<Parameters<typeof validateSite>, [value: unknown]>>;
