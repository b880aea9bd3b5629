/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import {
  fail,
  hasOwn,
  isEmail,
  isPlainObject,
  isUri,
  issue,
  ok,
  pointerJoin,
  type ValidationIssue,
  type ValidationResult,
} from "../runtime/validation.js";
import type {
  CreateWebhookBody,
  CreateWebhookResult,
  Domain,
  ErrorSchema,
  GetSiteResult,
  Site,
  TriggerType,
  Webhook,
} from "./types.js";

/**
 * Appends to `issues` every way `value` is not a Domain.
 */
function checkDomain(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v2: unknown = value.url;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link Domain}.
 * @returns `{ ok: true, value }` typed as {@link Domain}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDomain(value: unknown): ValidationResult<Domain> {
  const issues: ValidationIssue[] = [];
  checkDomain(value, "", issues);
  return issues.length === 0 ? ok(value as Domain) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ErrorSchema.
 */
function checkErrorSchema(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "code")) {
      const v1: unknown = value.code;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "code"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "code"), "required property", undefined));
    }
    if (hasOwn(value, "message")) {
      const v2: unknown = value.message;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "message"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "message"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link ErrorSchema}.
 * @returns `{ ok: true, value }` typed as {@link ErrorSchema}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateErrorSchema(value: unknown): ValidationResult<ErrorSchema> {
  const issues: ValidationIssue[] = [];
  checkErrorSchema(value, "", issues);
  return issues.length === 0 ? ok(value as ErrorSchema) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Site.
 */
function checkSite(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v2: unknown = value.displayName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "domains")) {
      const v3: unknown = value.domains;
      if (!Array.isArray(v3)) {
        issues.push(issue(pointerJoin(path, "domains"), "array", v3));
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const item5: unknown = v3[i4];
          checkDomain(item5, pointerJoin(pointerJoin(path, "domains"), i4), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "domains"), "required property", undefined));
    }
    if (hasOwn(value, "owner")) {
      const v6: unknown = value.owner;
      if (!isPlainObject(v6)) {
        issues.push(issue(pointerJoin(path, "owner"), "object", v6));
      } else {
        if (hasOwn(v6, "id")) {
          const v7: unknown = v6.id;
          if (typeof v7 !== "string") {
            issues.push(issue(pointerJoin(pointerJoin(path, "owner"), "id"), "string", v7));
          }
        } else {
          issues.push(
            issue(pointerJoin(pointerJoin(path, "owner"), "id"), "required property", undefined),
          );
        }
        if (hasOwn(v6, "email")) {
          const v8: unknown = v6.email;
          if (typeof v8 !== "string") {
            issues.push(issue(pointerJoin(pointerJoin(path, "owner"), "email"), "string", v8));
          } else {
            if (!isEmail(v8)) {
              issues.push(
                issue(pointerJoin(pointerJoin(path, "owner"), "email"), "email string", v8),
              );
            }
          }
        }
      }
    }
    if (hasOwn(value, "webhooks")) {
      const v9: unknown = value.webhooks;
      if (!Array.isArray(v9)) {
        issues.push(issue(pointerJoin(path, "webhooks"), "array", v9));
      } else {
        for (let i10 = 0; i10 < v9.length; i10++) {
          const item11: unknown = v9[i10];
          checkWebhook(item11, pointerJoin(pointerJoin(path, "webhooks"), i10), issues);
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Site}.
 * @returns `{ ok: true, value }` typed as {@link Site}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSite(value: unknown): ValidationResult<Site> {
  const issues: ValidationIssue[] = [];
  checkSite(value, "", issues);
  return issues.length === 0 ? ok(value as Site) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a TriggerType.
 */
function checkTriggerType(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (value !== "site_publish" && value !== "form_submission") {
      issues.push(issue(path, 'one of "site_publish", "form_submission"', value));
    }
  }
}

/**
 * Checks that `value` is a {@link TriggerType}.
 * @returns `{ ok: true, value }` typed as {@link TriggerType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateTriggerType(value: unknown): ValidationResult<TriggerType> {
  const issues: ValidationIssue[] = [];
  checkTriggerType(value, "", issues);
  return issues.length === 0 ? ok(value as TriggerType) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Webhook.
 */
function checkWebhook(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "triggerType")) {
      const v2: unknown = value.triggerType;
      checkTriggerType(v2, pointerJoin(path, "triggerType"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v3: unknown = value.url;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link Webhook}.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWebhook(value: unknown): ValidationResult<Webhook> {
  const issues: ValidationIssue[] = [];
  checkWebhook(value, "", issues);
  return issues.length === 0 ? ok(value as Webhook) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.createWebhook` (Create a webhook).
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateWebhookResult(value: unknown): ValidationResult<CreateWebhookResult> {
  const issues: ValidationIssue[] = [];
  checkWebhook(value, "", issues);
  return issues.length === 0 ? ok(value as CreateWebhookResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.get` (Get a site).
 * @returns `{ ok: true, value }` typed as {@link GetSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetSiteResult(value: unknown): ValidationResult<GetSiteResult> {
  const issues: ValidationIssue[] = [];
  checkSite(value, "", issues);
  return issues.length === 0 ? ok(value as GetSiteResult) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a request body of createWebhook.
 */
function checkCreateWebhookBody(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      checkTriggerType(v1, pointerJoin(path, "triggerType"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v2: unknown = value.url;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v2));
      } else {
        if (!isUri(v2)) {
          issues.push(issue(pointerJoin(path, "url"), "uri string", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
  }
}

/**
 * Checks a request body of `client.sites.createWebhook` (Create a webhook); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateWebhookBody(value: unknown): ValidationResult<CreateWebhookBody> {
  const issues: ValidationIssue[] = [];
  checkCreateWebhookBody(value, "", issues);
  return issues.length === 0 ? ok(value as CreateWebhookBody) : fail(issues);
}
