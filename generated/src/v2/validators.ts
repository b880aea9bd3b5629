/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import {
  fail,
  hasOwn,
  isDateTime,
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
  Application,
  Authorization,
  AuthorizedUser,
  CommentReply,
  CommentReplyList,
  CommentReplyUser,
  CommentThread,
  CommentThreadList,
  CommentThreadUser,
  CreateWebhookBody,
  CreateWebhookRequest,
  CreateWebhookResult,
  CustomDomainList,
  DateTime,
  Domain,
  ErrorCode,
  ErrorDetail,
  ErrorSchema,
  GetAuthorizedUserResult,
  GetCommentThreadResult,
  GetCustomDomainsResult,
  GetSiteResult,
  GetWebhookResult,
  IntrospectTokenResult,
  Introspection,
  ListCommentRepliesResult,
  ListCommentThreadsResult,
  ListSitesResult,
  ListWebhooksResult,
  Locale,
  ObjectId,
  Pagination,
  PublishSiteBody,
  PublishSiteRequest,
  PublishSiteResponse,
  PublishSiteResult,
  Site,
  SiteList,
  TriggerType,
  Webhook,
  WebhookFilter,
  WebhookList,
} from "./types.js";

const PATTERN_1 = new RegExp("^[0-9a-f]{24}$", "u");

const ALLOWED_2 = new Set<unknown>([
  "bad_request",
  "validation_error",
  "not_authorized",
  "forbidden",
  "missing_scopes",
  "resource_not_found",
  "conflict",
  "too_many_requests",
  "internal_error",
  "service_unavailable",
  "collection_not_found",
  "duplicate_collection",
  "duplicate_user_email",
  "ecommerce_not_enabled",
  "forms_require_republish",
  "incompatible_webhook_filter",
  "invalid_auth_version",
  "invalid_credentials",
  "invalid_domain",
  "invalid_user_email",
  "item_not_found",
  "no_domains",
  "not_enterprise_plan_site",
  "not_enterprise_plan_workspace",
  "order_not_found",
  "unsupported_version",
  "unsupported_webhook_trigger_type",
  "user_limit_reached",
  "user_not_found",
  "users_not_enabled",
]);

const ALLOWED_3 = new Set<unknown>([
  "form_submission",
  "site_publish",
  "page_created",
  "page_metadata_updated",
  "page_deleted",
  "ecomm_new_order",
  "ecomm_order_changed",
  "ecomm_inventory_changed",
  "collection_item_created",
  "collection_item_changed",
  "collection_item_deleted",
  "collection_item_published",
  "collection_item_unpublished",
  "comment_created",
]);

/**
 * Appends to `issues` every way `value` is not a Application.
 */
function checkApplication(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "description")) {
      const v2: unknown = value.description;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "description"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "description"), "required property", undefined));
    }
    if (hasOwn(value, "homepage")) {
      const v3: unknown = value.homepage;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "homepage"), "string", v3));
      } else {
        if (!isUri(v3)) {
          issues.push(issue(pointerJoin(path, "homepage"), "uri string", v3));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "homepage"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v4: unknown = value.displayName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link Application}.
 *
 * The Data Client app the token was issued to (present only for OAuth tokens).
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateApplication(value: unknown): ValidationResult<Application> {
  const issues: ValidationIssue[] = [];
  checkApplication(value, "", issues);
  return issues.length === 0 ? ok(value as Application) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Authorization.
 */
function checkAuthorization(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "createdOn")) {
      const v2: unknown = value.createdOn;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v2));
      } else {
        if (!isDateTime(v2)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "lastUsed")) {
      const v3: unknown = value.lastUsed;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUsed"), "string", v3));
      } else {
        if (!isDateTime(v3)) {
          issues.push(issue(pointerJoin(path, "lastUsed"), "date-time string", v3));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastUsed"), "required property", undefined));
    }
    if (hasOwn(value, "grantType")) {
      const v4: unknown = value.grantType;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "grantType"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "grantType"), "required property", undefined));
    }
    if (hasOwn(value, "rateLimit")) {
      const v5: unknown = value.rateLimit;
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        issues.push(issue(pointerJoin(path, "rateLimit"), "integer", v5));
      } else {
        if (v5 < 0) {
          issues.push(issue(pointerJoin(path, "rateLimit"), "integer >= 0", v5));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "rateLimit"), "required property", undefined));
    }
    if (hasOwn(value, "scope")) {
      const v6: unknown = value.scope;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "scope"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "scope"), "required property", undefined));
    }
    if (hasOwn(value, "authorizedTo")) {
      const v7: unknown = value.authorizedTo;
      if (!isPlainObject(v7)) {
        issues.push(issue(pointerJoin(path, "authorizedTo"), "object", v7));
      } else {
        if (hasOwn(v7, "siteIds")) {
          const v8: unknown = v7.siteIds;
          checkSiteIdsShape(v8, pointerJoin(pointerJoin(path, "authorizedTo"), "siteIds"), issues);
        } else {
          issues.push(
            issue(
              pointerJoin(pointerJoin(path, "authorizedTo"), "siteIds"),
              "required property",
              undefined,
            ),
          );
        }
        if (hasOwn(v7, "workspaceIds")) {
          const v9: unknown = v7.workspaceIds;
          checkSiteIdsShape(
            v9,
            pointerJoin(pointerJoin(path, "authorizedTo"), "workspaceIds"),
            issues,
          );
        } else {
          issues.push(
            issue(
              pointerJoin(pointerJoin(path, "authorizedTo"), "workspaceIds"),
              "required property",
              undefined,
            ),
          );
        }
        if (hasOwn(v7, "userIds")) {
          const v10: unknown = v7.userIds;
          checkSiteIdsShape(v10, pointerJoin(pointerJoin(path, "authorizedTo"), "userIds"), issues);
        } else {
          issues.push(
            issue(
              pointerJoin(pointerJoin(path, "authorizedTo"), "userIds"),
              "required property",
              undefined,
            ),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "authorizedTo"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link Authorization}.
 *
 * The authorization (token grant) behind the access token.
 * @returns `{ ok: true, value }` typed as {@link Authorization}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuthorization(value: unknown): ValidationResult<Authorization> {
  const issues: ValidationIssue[] = [];
  checkAuthorization(value, "", issues);
  return issues.length === 0 ? ok(value as Authorization) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AuthorizedUser.
 */
function checkAuthorizedUser(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "email")) {
      const v2: unknown = value.email;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "email"), "string", v2));
      } else {
        if (!isEmail(v2)) {
          issues.push(issue(pointerJoin(path, "email"), "email string", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "email"), "required property", undefined));
    }
    if (hasOwn(value, "firstName")) {
      const v3: unknown = value.firstName;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "firstName"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "firstName"), "required property", undefined));
    }
    if (hasOwn(value, "lastName")) {
      const v4: unknown = value.lastName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "lastName"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastName"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link AuthorizedUser}.
 *
 * The user who authorized the token (response of GET /token/authorized_by).
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuthorizedUser(value: unknown): ValidationResult<AuthorizedUser> {
  const issues: ValidationIssue[] = [];
  checkAuthorizedUser(value, "", issues);
  return issues.length === 0 ? ok(value as AuthorizedUser) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentReply.
 */
function checkCommentReply(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "commentId")) {
      const v2: unknown = value.commentId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "commentId"), "string", v2));
      } else {
        if (!PATTERN_1.test(v2)) {
          issues.push(
            issue(pointerJoin(path, "commentId"), "string matching /^[0-9a-f]{24}$/", v2),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "commentId"), "required property", undefined));
    }
    if (hasOwn(value, "siteId")) {
      const v3: unknown = value.siteId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v3));
      } else {
        if (!PATTERN_1.test(v3)) {
          issues.push(issue(pointerJoin(path, "siteId"), "string matching /^[0-9a-f]{24}$/", v3));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "siteId"), "required property", undefined));
    }
    if (hasOwn(value, "pageId")) {
      const v4: unknown = value.pageId;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v4));
      } else {
        if (!PATTERN_1.test(v4)) {
          issues.push(issue(pointerJoin(path, "pageId"), "string matching /^[0-9a-f]{24}$/", v4));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "pageId"), "required property", undefined));
    }
    if (hasOwn(value, "localeId")) {
      const v5: unknown = value.localeId;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "localeId"), "string", v5));
      } else {
        if (!PATTERN_1.test(v5)) {
          issues.push(issue(pointerJoin(path, "localeId"), "string matching /^[0-9a-f]{24}$/", v5));
        }
      }
    }
    if (hasOwn(value, "breakpoint")) {
      const v6: unknown = value.breakpoint;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "breakpoint"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "breakpoint"), "required property", undefined));
    }
    if (hasOwn(value, "content")) {
      const v7: unknown = value.content;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "content"), "string", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "content"), "required property", undefined));
    }
    if (hasOwn(value, "isResolved")) {
      const v8: unknown = value.isResolved;
      if (typeof v8 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isResolved"), "boolean", v8));
      }
    } else {
      issues.push(issue(pointerJoin(path, "isResolved"), "required property", undefined));
    }
    if (hasOwn(value, "author")) {
      const v9: unknown = value.author;
      checkCommentReplyUser(v9, pointerJoin(path, "author"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "author"), "required property", undefined));
    }
    if (hasOwn(value, "mentionedUsers")) {
      const v10: unknown = value.mentionedUsers;
      if (!Array.isArray(v10)) {
        issues.push(issue(pointerJoin(path, "mentionedUsers"), "array", v10));
      } else {
        for (let i11 = 0; i11 < v10.length; i11++) {
          const item12: unknown = v10[i11];
          checkCommentReplyUser(
            item12,
            pointerJoin(pointerJoin(path, "mentionedUsers"), i11),
            issues,
          );
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v13: unknown = value.createdOn;
      if (typeof v13 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v13));
      } else {
        if (!isDateTime(v13)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v13));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "lastUpdated")) {
      const v14: unknown = value.lastUpdated;
      if (typeof v14 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v14));
      } else {
        if (!isDateTime(v14)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v14));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastUpdated"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentReply}.
 *
 * A reply in a comment thread.
 * @returns `{ ok: true, value }` typed as {@link CommentReply}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentReply(value: unknown): ValidationResult<CommentReply> {
  const issues: ValidationIssue[] = [];
  checkCommentReply(value, "", issues);
  return issues.length === 0 ? ok(value as CommentReply) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentReplyList.
 */
function checkCommentReplyList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "comments")) {
      const v1: unknown = value.comments;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "comments"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCommentReply(item3, pointerJoin(pointerJoin(path, "comments"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "comments"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentReplyList}.
 *
 * Response of GET /sites/{site_id}/comments/{comment_thread_id}/replies, one page of replies. The array is under the key `comments`, not `replies`.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentReplyList(value: unknown): ValidationResult<CommentReplyList> {
  const issues: ValidationIssue[] = [];
  checkCommentReplyList(value, "", issues);
  return issues.length === 0 ? ok(value as CommentReplyList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentReplyUser.
 */
function checkCommentReplyUser(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "email")) {
      const v2: unknown = value.email;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "email"), "string", v2));
      } else {
        if (!isEmail(v2)) {
          issues.push(issue(pointerJoin(path, "email"), "email string", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "email"), "required property", undefined));
    }
    if (hasOwn(value, "name")) {
      const v3: unknown = value.name;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentReplyUser}.
 *
 * A user in a comment reply (its author or a mentioned user). Unlike CommentThreadUser it is identified by `id`, not `userId`.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentReplyUser(value: unknown): ValidationResult<CommentReplyUser> {
  const issues: ValidationIssue[] = [];
  checkCommentReplyUser(value, "", issues);
  return issues.length === 0 ? ok(value as CommentReplyUser) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentThread.
 */
function checkCommentThread(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "siteId")) {
      const v2: unknown = value.siteId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v2));
      } else {
        if (!PATTERN_1.test(v2)) {
          issues.push(issue(pointerJoin(path, "siteId"), "string matching /^[0-9a-f]{24}$/", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "siteId"), "required property", undefined));
    }
    if (hasOwn(value, "pageId")) {
      const v3: unknown = value.pageId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v3));
      } else {
        if (!PATTERN_1.test(v3)) {
          issues.push(issue(pointerJoin(path, "pageId"), "string matching /^[0-9a-f]{24}$/", v3));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "pageId"), "required property", undefined));
    }
    if (hasOwn(value, "localeId")) {
      const v4: unknown = value.localeId;
      if (v4 !== null) {
        if (typeof v4 !== "string") {
          issues.push(issue(pointerJoin(path, "localeId"), "string", v4));
        } else {
          if (!PATTERN_1.test(v4)) {
            issues.push(
              issue(pointerJoin(path, "localeId"), "string matching /^[0-9a-f]{24}$/", v4),
            );
          }
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "localeId"), "required property", undefined));
    }
    if (hasOwn(value, "itemId")) {
      const v5: unknown = value.itemId;
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          issues.push(issue(pointerJoin(path, "itemId"), "string", v5));
        } else {
          if (!PATTERN_1.test(v5)) {
            issues.push(issue(pointerJoin(path, "itemId"), "string matching /^[0-9a-f]{24}$/", v5));
          }
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "itemId"), "required property", undefined));
    }
    if (hasOwn(value, "breakpoint")) {
      const v6: unknown = value.breakpoint;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "breakpoint"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "breakpoint"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v7: unknown = value.url;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v7));
      } else {
        if (!isUri(v7)) {
          issues.push(issue(pointerJoin(path, "url"), "uri string", v7));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
    if (hasOwn(value, "content")) {
      const v8: unknown = value.content;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "content"), "string", v8));
      }
    } else {
      issues.push(issue(pointerJoin(path, "content"), "required property", undefined));
    }
    if (hasOwn(value, "isResolved")) {
      const v9: unknown = value.isResolved;
      if (typeof v9 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isResolved"), "boolean", v9));
      }
    } else {
      issues.push(issue(pointerJoin(path, "isResolved"), "required property", undefined));
    }
    if (hasOwn(value, "author")) {
      const v10: unknown = value.author;
      checkCommentThreadUser(v10, pointerJoin(path, "author"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "author"), "required property", undefined));
    }
    if (hasOwn(value, "mentionedUsers")) {
      const v11: unknown = value.mentionedUsers;
      if (!Array.isArray(v11)) {
        issues.push(issue(pointerJoin(path, "mentionedUsers"), "array", v11));
      } else {
        for (let i12 = 0; i12 < v11.length; i12++) {
          const item13: unknown = v11[i12];
          checkCommentThreadUser(
            item13,
            pointerJoin(pointerJoin(path, "mentionedUsers"), i12),
            issues,
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "mentionedUsers"), "required property", undefined));
    }
    if (hasOwn(value, "createdOn")) {
      const v14: unknown = value.createdOn;
      if (typeof v14 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v14));
      } else {
        if (!isDateTime(v14)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v14));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "lastUpdated")) {
      const v15: unknown = value.lastUpdated;
      if (typeof v15 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v15));
      } else {
        if (!isDateTime(v15)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v15));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastUpdated"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentThread}.
 *
 * A comment thread left on a page of a site in the Designer.
 * @returns `{ ok: true, value }` typed as {@link CommentThread}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentThread(value: unknown): ValidationResult<CommentThread> {
  const issues: ValidationIssue[] = [];
  checkCommentThread(value, "", issues);
  return issues.length === 0 ? ok(value as CommentThread) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentThreadList.
 */
function checkCommentThreadList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "comments")) {
      const v1: unknown = value.comments;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "comments"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCommentThread(item3, pointerJoin(pointerJoin(path, "comments"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "comments"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentThreadList}.
 *
 * Response of GET /sites/{site_id}/comments, one page of comment threads.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentThreadList(value: unknown): ValidationResult<CommentThreadList> {
  const issues: ValidationIssue[] = [];
  checkCommentThreadList(value, "", issues);
  return issues.length === 0 ? ok(value as CommentThreadList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentThreadUser.
 */
function checkCommentThreadUser(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "userId")) {
      const v1: unknown = value.userId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "userId"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "userId"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "userId"), "required property", undefined));
    }
    if (hasOwn(value, "email")) {
      const v2: unknown = value.email;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "email"), "string", v2));
      } else {
        if (!isEmail(v2)) {
          issues.push(issue(pointerJoin(path, "email"), "email string", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "email"), "required property", undefined));
    }
    if (hasOwn(value, "name")) {
      const v3: unknown = value.name;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentThreadUser}.
 *
 * A user in a comment thread (its author or a mentioned user), identified by `userId`.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentThreadUser(value: unknown): ValidationResult<CommentThreadUser> {
  const issues: ValidationIssue[] = [];
  checkCommentThreadUser(value, "", issues);
  return issues.length === 0 ? ok(value as CommentThreadUser) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateWebhookRequest.
 */
function checkCreateWebhookRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
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
    if (hasOwn(value, "filter")) {
      const v3: unknown = value.filter;
      checkWebhookFilter(v3, pointerJoin(path, "filter"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CreateWebhookRequest}.
 *
 * Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateWebhookRequest(
  value: unknown,
): ValidationResult<CreateWebhookRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateWebhookRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateWebhookRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomDomainList.
 */
function checkCustomDomainList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customDomains")) {
      const v1: unknown = value.customDomains;
      checkCustomDomainsShape(v1, pointerJoin(path, "customDomains"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "customDomains"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomDomainList}.
 *
 * Response of GET /sites/{site_id}/custom_domains.
 * @returns `{ ok: true, value }` typed as {@link CustomDomainList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomDomainList(value: unknown): ValidationResult<CustomDomainList> {
  const issues: ValidationIssue[] = [];
  checkCustomDomainList(value, "", issues);
  return issues.length === 0 ? ok(value as CustomDomainList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a DateTime.
 */
function checkDateTime(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (!isDateTime(value)) {
      issues.push(issue(path, "date-time string", value));
    }
  }
}

/**
 * Checks that `value` is a {@link DateTime}.
 *
 * An ISO-8601 date and time in UTC, e.g. `2023-04-02T12:42:00.000Z`.
 * @returns `{ ok: true, value }` typed as {@link DateTime}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDateTime(value: unknown): ValidationResult<DateTime> {
  const issues: ValidationIssue[] = [];
  checkDateTime(value, "", issues);
  return issues.length === 0 ? ok(value as DateTime) : fail(issues);
}

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
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v2: unknown = value.url;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v2));
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v3: unknown = value.lastPublished;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v3));
        } else {
          if (!isDateTime(v3)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v3));
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Domain}.
 *
 * A custom domain attached to a site.
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
      checkErrorCode(v1, pointerJoin(path, "code"), issues);
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
    if (hasOwn(value, "externalReference")) {
      const v3: unknown = value.externalReference;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "externalReference"), "string", v3));
        }
      }
    }
    if (hasOwn(value, "details")) {
      const v4: unknown = value.details;
      if (!Array.isArray(v4)) {
        issues.push(issue(pointerJoin(path, "details"), "array", v4));
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const item6: unknown = v4[i5];
          let matches7 = 0;
          {
            const variantIssues8: ValidationIssue[] = [];
            if (typeof item6 !== "string") {
              variantIssues8.push(
                issue(pointerJoin(pointerJoin(path, "details"), i5), "string", item6),
              );
            }
            if (variantIssues8.length === 0) matches7++;
          }
          {
            const variantIssues9: ValidationIssue[] = [];
            checkErrorDetail(item6, pointerJoin(pointerJoin(path, "details"), i5), variantIssues9);
            if (variantIssues9.length === 0) matches7++;
          }
          if (matches7 !== 1) {
            issues.push(
              issue(
                pointerJoin(pointerJoin(path, "details"), i5),
                "exactly one of: string xor ErrorDetail",
                item6,
              ),
            );
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link ErrorSchema}.
 *
 * Body of every 4xx and 5xx response of the Data API v2. `code` is a machine-readable error code (see ErrorCode), `message` a human-readable explanation (for `missing_scopes` it names the missing scopes), `externalReference` an optional link or reference id, and `details` extra information such as the parameters that failed validation. Only `code` and `message` are required, so that a client can still surface errors whose body omits the optional fields.
 * @returns `{ ok: true, value }` typed as {@link ErrorSchema}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateErrorSchema(value: unknown): ValidationResult<ErrorSchema> {
  const issues: ValidationIssue[] = [];
  checkErrorSchema(value, "", issues);
  return issues.length === 0 ? ok(value as ErrorSchema) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ErrorCode.
 */
function checkErrorCode(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues2.push(issue(path, "string", value));
    } else {
      if (!ALLOWED_2.has(value)) {
        variantIssues2.push(
          issue(
            path,
            'one of "bad_request", "validation_error", "not_authorized", "forbidden", "missing_scopes", "resource_not_found", "conflict", "too_many_requests", … (30 values)',
            value,
          ),
        );
      }
    }
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues3.push(issue(path, "string", value));
    }
    if (variantIssues3.length === 0) matches1++;
  }
  if (matches1 === 0) {
    issues.push(issue(path, "string or string", value));
  }
}

/**
 * Checks that `value` is a {@link ErrorCode}.
 *
 * Machine-readable error code. The enum lists every code known when this description was written, but new codes appear over time: the schema also accepts any other string, and clients must handle unknown codes (treat them by HTTP status). Common codes by status: 400 bad_request / validation_error, 401 not_authorized, 403 forbidden / missing_scopes, 404 resource_not_found, 409 conflict, 429 too_many_requests, 500 internal_error, 503 service_unavailable.
 * @returns `{ ok: true, value }` typed as {@link ErrorCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateErrorCode(value: unknown): ValidationResult<ErrorCode> {
  const issues: ValidationIssue[] = [];
  checkErrorCode(value, "", issues);
  return issues.length === 0 ? ok(value as ErrorCode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ErrorDetail.
 */
function checkErrorDetail(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "param")) {
      const v1: unknown = value.param;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "param"), "string", v1));
      }
    }
    if (hasOwn(value, "description")) {
      const v2: unknown = value.description;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "description"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link ErrorDetail}.
 *
 * A structured error detail naming the parameter that caused the error.
 * @returns `{ ok: true, value }` typed as {@link ErrorDetail}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateErrorDetail(value: unknown): ValidationResult<ErrorDetail> {
  const issues: ValidationIssue[] = [];
  checkErrorDetail(value, "", issues);
  return issues.length === 0 ? ok(value as ErrorDetail) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Introspection.
 */
function checkIntrospection(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "authorization")) {
      const v1: unknown = value.authorization;
      checkAuthorization(v1, pointerJoin(path, "authorization"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "authorization"), "required property", undefined));
    }
    if (hasOwn(value, "application")) {
      const v2: unknown = value.application;
      checkApplication(v2, pointerJoin(path, "application"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link Introspection}.
 *
 * Information about the token used for the request (response of GET /token/introspect). `application` is absent for site and workspace tokens (grantType `client_credentials`).
 * @returns `{ ok: true, value }` typed as {@link Introspection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateIntrospection(value: unknown): ValidationResult<Introspection> {
  const issues: ValidationIssue[] = [];
  checkIntrospection(value, "", issues);
  return issues.length === 0 ? ok(value as Introspection) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Locale.
 */
function checkLocale(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "cmsLocaleId")) {
      const v2: unknown = value.cmsLocaleId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "cmsLocaleId"), "string", v2));
      } else {
        if (!PATTERN_1.test(v2)) {
          issues.push(
            issue(pointerJoin(path, "cmsLocaleId"), "string matching /^[0-9a-f]{24}$/", v2),
          );
        }
      }
    }
    if (hasOwn(value, "enabled")) {
      const v3: unknown = value.enabled;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "enabled"), "boolean", v3));
      }
    }
    if (hasOwn(value, "displayName")) {
      const v4: unknown = value.displayName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v4));
      }
    }
    if (hasOwn(value, "displayImageId")) {
      const v5: unknown = value.displayImageId;
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          issues.push(issue(pointerJoin(path, "displayImageId"), "string", v5));
        } else {
          if (!PATTERN_1.test(v5)) {
            issues.push(
              issue(pointerJoin(path, "displayImageId"), "string matching /^[0-9a-f]{24}$/", v5),
            );
          }
        }
      }
    }
    if (hasOwn(value, "redirect")) {
      const v6: unknown = value.redirect;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "redirect"), "boolean", v6));
      }
    }
    if (hasOwn(value, "subdirectory")) {
      const v7: unknown = value.subdirectory;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "subdirectory"), "string", v7));
      }
    }
    if (hasOwn(value, "tag")) {
      const v8: unknown = value.tag;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "tag"), "string", v8));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Locale}.
 *
 * A locale of a site (Localization).
 * @returns `{ ok: true, value }` typed as {@link Locale}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateLocale(value: unknown): ValidationResult<Locale> {
  const issues: ValidationIssue[] = [];
  checkLocale(value, "", issues);
  return issues.length === 0 ? ok(value as Locale) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ObjectId.
 */
function checkObjectId(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (!PATTERN_1.test(value)) {
      issues.push(issue(path, "string matching /^[0-9a-f]{24}$/", value));
    }
  }
}

/**
 * Checks that `value` is a {@link ObjectId}.
 *
 * A Webflow object id: 24 lowercase hexadecimal characters (a MongoDB ObjectId), as used for sites, pages, collections, items and most other resources.
 * @returns `{ ok: true, value }` typed as {@link ObjectId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateObjectId(value: unknown): ValidationResult<ObjectId> {
  const issues: ValidationIssue[] = [];
  checkObjectId(value, "", issues);
  return issues.length === 0 ? ok(value as ObjectId) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Pagination.
 */
function checkPagination(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "limit")) {
      const v1: unknown = value.limit;
      if (typeof v1 !== "number" || !Number.isInteger(v1)) {
        issues.push(issue(pointerJoin(path, "limit"), "integer", v1));
      } else {
        if (v1 < 0) {
          issues.push(issue(pointerJoin(path, "limit"), "integer >= 0", v1));
        }
        if (v1 > 100) {
          issues.push(issue(pointerJoin(path, "limit"), "integer <= 100", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "limit"), "required property", undefined));
    }
    if (hasOwn(value, "offset")) {
      const v2: unknown = value.offset;
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        issues.push(issue(pointerJoin(path, "offset"), "integer", v2));
      } else {
        if (v2 < 0) {
          issues.push(issue(pointerJoin(path, "offset"), "integer >= 0", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "offset"), "required property", undefined));
    }
    if (hasOwn(value, "total")) {
      const v3: unknown = value.total;
      if (typeof v3 !== "number" || !Number.isInteger(v3)) {
        issues.push(issue(pointerJoin(path, "total"), "integer", v3));
      } else {
        if (v3 < 0) {
          issues.push(issue(pointerJoin(path, "total"), "integer >= 0", v3));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "total"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link Pagination}.
 *
 * Paging information returned by list endpoints. Lists page with `offset` and `limit` (at most 100); `total` is the number of items across all pages.
 * @returns `{ ok: true, value }` typed as {@link Pagination}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePagination(value: unknown): ValidationResult<Pagination> {
  const issues: ValidationIssue[] = [];
  checkPagination(value, "", issues);
  return issues.length === 0 ? ok(value as Pagination) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PublishSiteRequest.
 */
function checkPublishSiteRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customDomains")) {
      const v1: unknown = value.customDomains;
      checkSiteIdsShape(v1, pointerJoin(path, "customDomains"), issues);
    }
    if (hasOwn(value, "publishToWebflowSubdomain")) {
      const v2: unknown = value.publishToWebflowSubdomain;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "publishToWebflowSubdomain"), "boolean", v2));
      }
    }
    if (hasOwn(value, "pageId")) {
      const v3: unknown = value.pageId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v3));
      } else {
        if (!PATTERN_1.test(v3)) {
          issues.push(issue(pointerJoin(path, "pageId"), "string matching /^[0-9a-f]{24}$/", v3));
        }
      }
    }
  }
  let matches4 = 0;
  {
    const variantIssues5: ValidationIssue[] = [];
    if (!!isPlainObject(value)) {
      if (!hasOwn(value, "customDomains")) {
        variantIssues5.push(
          issue(pointerJoin(path, "customDomains"), "required property", undefined),
        );
      }
    }
    if (variantIssues5.length === 0) matches4++;
  }
  {
    const variantIssues6: ValidationIssue[] = [];
    if (!!isPlainObject(value)) {
      if (!hasOwn(value, "publishToWebflowSubdomain")) {
        variantIssues6.push(
          issue(pointerJoin(path, "publishToWebflowSubdomain"), "required property", undefined),
        );
      }
    }
    if (variantIssues6.length === 0) matches4++;
  }
  if (matches4 === 0) {
    issues.push(issue(path, "object or object", value));
  }
}

/**
 * Checks that `value` is a {@link PublishSiteRequest}.
 *
 * Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishSiteRequest(value: unknown): ValidationResult<PublishSiteRequest> {
  const issues: ValidationIssue[] = [];
  checkPublishSiteRequest(value, "", issues);
  return issues.length === 0 ? ok(value as PublishSiteRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PublishSiteResponse.
 */
function checkPublishSiteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customDomains")) {
      const v1: unknown = value.customDomains;
      checkCustomDomainsShape(v1, pointerJoin(path, "customDomains"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "customDomains"), "required property", undefined));
    }
    if (hasOwn(value, "publishToWebflowSubdomain")) {
      const v2: unknown = value.publishToWebflowSubdomain;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "publishToWebflowSubdomain"), "boolean", v2));
      }
    } else {
      issues.push(
        issue(pointerJoin(path, "publishToWebflowSubdomain"), "required property", undefined),
      );
    }
    if (hasOwn(value, "publishScope")) {
      const v3: unknown = value.publishScope;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "publishScope"), "string", v3));
      } else {
        if (v3 !== "site" && v3 !== "page") {
          issues.push(issue(pointerJoin(path, "publishScope"), 'one of "site", "page"', v3));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "publishScope"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link PublishSiteResponse}.
 *
 * Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishSiteResponse(value: unknown): ValidationResult<PublishSiteResponse> {
  const issues: ValidationIssue[] = [];
  checkPublishSiteResponse(value, "", issues);
  return issues.length === 0 ? ok(value as PublishSiteResponse) : fail(issues);
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
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "workspaceId")) {
      const v2: unknown = value.workspaceId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "workspaceId"), "string", v2));
      } else {
        if (!PATTERN_1.test(v2)) {
          issues.push(
            issue(pointerJoin(path, "workspaceId"), "string matching /^[0-9a-f]{24}$/", v2),
          );
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v3: unknown = value.createdOn;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v3));
      } else {
        if (!isDateTime(v3)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v3));
        }
      }
    }
    if (hasOwn(value, "displayName")) {
      const v4: unknown = value.displayName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v4));
      }
    }
    if (hasOwn(value, "shortName")) {
      const v5: unknown = value.shortName;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "shortName"), "string", v5));
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v6: unknown = value.lastPublished;
      if (v6 !== null) {
        if (typeof v6 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v6));
        } else {
          if (!isDateTime(v6)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v6));
          }
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v7: unknown = value.lastUpdated;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v7));
      } else {
        if (!isDateTime(v7)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v7));
        }
      }
    }
    if (hasOwn(value, "previewUrl")) {
      const v8: unknown = value.previewUrl;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "previewUrl"), "string", v8));
      } else {
        if (!isUri(v8)) {
          issues.push(issue(pointerJoin(path, "previewUrl"), "uri string", v8));
        }
      }
    }
    if (hasOwn(value, "timeZone")) {
      const v9: unknown = value.timeZone;
      if (typeof v9 !== "string") {
        issues.push(issue(pointerJoin(path, "timeZone"), "string", v9));
      }
    }
    if (hasOwn(value, "parentFolderId")) {
      const v10: unknown = value.parentFolderId;
      if (v10 !== null) {
        if (typeof v10 !== "string") {
          issues.push(issue(pointerJoin(path, "parentFolderId"), "string", v10));
        } else {
          if (!PATTERN_1.test(v10)) {
            issues.push(
              issue(pointerJoin(path, "parentFolderId"), "string matching /^[0-9a-f]{24}$/", v10),
            );
          }
        }
      }
    }
    if (hasOwn(value, "customDomains")) {
      const v11: unknown = value.customDomains;
      checkCustomDomainsShape(v11, pointerJoin(path, "customDomains"), issues);
    }
    if (hasOwn(value, "locales")) {
      const v12: unknown = value.locales;
      if (!isPlainObject(v12)) {
        issues.push(issue(pointerJoin(path, "locales"), "object", v12));
      } else {
        if (hasOwn(v12, "primary")) {
          const v13: unknown = v12.primary;
          checkLocale(v13, pointerJoin(pointerJoin(path, "locales"), "primary"), issues);
        } else {
          issues.push(
            issue(
              pointerJoin(pointerJoin(path, "locales"), "primary"),
              "required property",
              undefined,
            ),
          );
        }
        if (hasOwn(v12, "secondary")) {
          const v14: unknown = v12.secondary;
          if (!Array.isArray(v14)) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "locales"), "secondary"), "array", v14),
            );
          } else {
            for (let i15 = 0; i15 < v14.length; i15++) {
              const item16: unknown = v14[i15];
              checkLocale(
                item16,
                pointerJoin(pointerJoin(pointerJoin(path, "locales"), "secondary"), i15),
                issues,
              );
            }
          }
        } else {
          issues.push(
            issue(
              pointerJoin(pointerJoin(path, "locales"), "secondary"),
              "required property",
              undefined,
            ),
          );
        }
      }
    }
    if (hasOwn(value, "dataCollectionEnabled")) {
      const v17: unknown = value.dataCollectionEnabled;
      if (typeof v17 !== "boolean") {
        issues.push(issue(pointerJoin(path, "dataCollectionEnabled"), "boolean", v17));
      }
    }
    if (hasOwn(value, "dataCollectionType")) {
      const v18: unknown = value.dataCollectionType;
      if (typeof v18 !== "string") {
        issues.push(issue(pointerJoin(path, "dataCollectionType"), "string", v18));
      } else {
        if (v18 !== "always" && v18 !== "optOut" && v18 !== "disabled") {
          issues.push(
            issue(
              pointerJoin(path, "dataCollectionType"),
              'one of "always", "optOut", "disabled"',
              v18,
            ),
          );
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Site}.
 *
 * A Webflow site.
 * @returns `{ ok: true, value }` typed as {@link Site}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSite(value: unknown): ValidationResult<Site> {
  const issues: ValidationIssue[] = [];
  checkSite(value, "", issues);
  return issues.length === 0 ? ok(value as Site) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SiteList.
 */
function checkSiteList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "sites")) {
      const v1: unknown = value.sites;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "sites"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkSite(item3, pointerJoin(pointerJoin(path, "sites"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "sites"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link SiteList}.
 *
 * Response of GET /sites. The list is not paginated.
 * @returns `{ ok: true, value }` typed as {@link SiteList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSiteList(value: unknown): ValidationResult<SiteList> {
  const issues: ValidationIssue[] = [];
  checkSiteList(value, "", issues);
  return issues.length === 0 ? ok(value as SiteList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a TriggerType.
 */
function checkTriggerType(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (!ALLOWED_3.has(value)) {
      issues.push(
        issue(
          path,
          'one of "form_submission", "site_publish", "page_created", "page_metadata_updated", "page_deleted", "ecomm_new_order", "ecomm_order_changed", "ecomm_inventory_changed", … (14 values)',
          value,
        ),
      );
    }
  }
}

/**
 * Checks that `value` is a {@link TriggerType}.
 *
 * The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
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
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "triggerType")) {
      const v2: unknown = value.triggerType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        checkTriggerType(v2, pointerJoin(path, "triggerType"), variantIssues4);
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "triggerType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "triggerType"), "TriggerType or string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v6: unknown = value.url;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v6));
      } else {
        if (!isUri(v6)) {
          issues.push(issue(pointerJoin(path, "url"), "uri string", v6));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
    if (hasOwn(value, "workspaceId")) {
      const v7: unknown = value.workspaceId;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "workspaceId"), "string", v7));
      } else {
        if (!PATTERN_1.test(v7)) {
          issues.push(
            issue(pointerJoin(path, "workspaceId"), "string matching /^[0-9a-f]{24}$/", v7),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "workspaceId"), "required property", undefined));
    }
    if (hasOwn(value, "siteId")) {
      const v8: unknown = value.siteId;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v8));
      } else {
        if (!PATTERN_1.test(v8)) {
          issues.push(issue(pointerJoin(path, "siteId"), "string matching /^[0-9a-f]{24}$/", v8));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "siteId"), "required property", undefined));
    }
    if (hasOwn(value, "filter")) {
      const v9: unknown = value.filter;
      checkWebhookFilter(v9, pointerJoin(path, "filter"), issues);
    }
    if (hasOwn(value, "lastTriggered")) {
      const v10: unknown = value.lastTriggered;
      if (v10 !== null) {
        if (typeof v10 !== "string") {
          issues.push(issue(pointerJoin(path, "lastTriggered"), "string", v10));
        } else {
          if (!isDateTime(v10)) {
            issues.push(issue(pointerJoin(path, "lastTriggered"), "date-time string", v10));
          }
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastTriggered"), "required property", undefined));
    }
    if (hasOwn(value, "createdOn")) {
      const v11: unknown = value.createdOn;
      if (typeof v11 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v11));
      } else {
        if (!isDateTime(v11)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v11));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link Webhook}.
 *
 * A webhook registered on a site.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWebhook(value: unknown): ValidationResult<Webhook> {
  const issues: ValidationIssue[] = [];
  checkWebhook(value, "", issues);
  return issues.length === 0 ? ok(value as Webhook) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a WebhookFilter.
 */
function checkWebhookFilter(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "name")) {
      const v1: unknown = value.name;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link WebhookFilter}.
 *
 * Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
 * @returns `{ ok: true, value }` typed as {@link WebhookFilter}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWebhookFilter(value: unknown): ValidationResult<WebhookFilter> {
  const issues: ValidationIssue[] = [];
  checkWebhookFilter(value, "", issues);
  return issues.length === 0 ? ok(value as WebhookFilter) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a WebhookList.
 */
function checkWebhookList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "webhooks")) {
      const v1: unknown = value.webhooks;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "webhooks"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkWebhook(item3, pointerJoin(pointerJoin(path, "webhooks"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "webhooks"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link WebhookList}.
 *
 * Response of GET /sites/{site_id}/webhooks.
 * @returns `{ ok: true, value }` typed as {@link WebhookList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWebhookList(value: unknown): ValidationResult<WebhookList> {
  const issues: ValidationIssue[] = [];
  checkWebhookList(value, "", issues);
  return issues.length === 0 ? ok(value as WebhookList) : fail(issues);
}

/**
 * Checks the 201 response body of `client.webhooks.create` (Create Webhook).
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateWebhookResult(value: unknown): ValidationResult<CreateWebhookResult> {
  const issues: ValidationIssue[] = [];
  checkWebhook(value, "", issues);
  return issues.length === 0 ? ok(value as CreateWebhookResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.token.getAuthorizedUser` (Get Authorization User Info).
 * @returns `{ ok: true, value }` typed as {@link GetAuthorizedUserResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetAuthorizedUserResult(
  value: unknown,
): ValidationResult<GetAuthorizedUserResult> {
  const issues: ValidationIssue[] = [];
  checkAuthorizedUser(value, "", issues);
  return issues.length === 0 ? ok(value as GetAuthorizedUserResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.comments.getThread` (Get Comment Thread).
 * @returns `{ ok: true, value }` typed as {@link GetCommentThreadResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetCommentThreadResult(
  value: unknown,
): ValidationResult<GetCommentThreadResult> {
  const issues: ValidationIssue[] = [];
  checkCommentThread(value, "", issues);
  return issues.length === 0 ? ok(value as GetCommentThreadResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.getCustomDomains` (Get Custom Domains).
 * @returns `{ ok: true, value }` typed as {@link GetCustomDomainsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetCustomDomainsResult(
  value: unknown,
): ValidationResult<GetCustomDomainsResult> {
  const issues: ValidationIssue[] = [];
  checkCustomDomainList(value, "", issues);
  return issues.length === 0 ? ok(value as GetCustomDomainsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.get` (Get Site).
 * @returns `{ ok: true, value }` typed as {@link GetSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetSiteResult(value: unknown): ValidationResult<GetSiteResult> {
  const issues: ValidationIssue[] = [];
  checkSite(value, "", issues);
  return issues.length === 0 ? ok(value as GetSiteResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.webhooks.get` (Get Webhook).
 * @returns `{ ok: true, value }` typed as {@link GetWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetWebhookResult(value: unknown): ValidationResult<GetWebhookResult> {
  const issues: ValidationIssue[] = [];
  checkWebhook(value, "", issues);
  return issues.length === 0 ? ok(value as GetWebhookResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.token.introspect` (Get Authorization Info).
 * @returns `{ ok: true, value }` typed as {@link IntrospectTokenResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateIntrospectTokenResult(
  value: unknown,
): ValidationResult<IntrospectTokenResult> {
  const issues: ValidationIssue[] = [];
  checkIntrospection(value, "", issues);
  return issues.length === 0 ? ok(value as IntrospectTokenResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.comments.listReplies` (List Comment Replies).
 * @returns `{ ok: true, value }` typed as {@link ListCommentRepliesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListCommentRepliesResult(
  value: unknown,
): ValidationResult<ListCommentRepliesResult> {
  const issues: ValidationIssue[] = [];
  checkCommentReplyList(value, "", issues);
  return issues.length === 0 ? ok(value as ListCommentRepliesResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.comments.listThreads` (List Comment Threads).
 * @returns `{ ok: true, value }` typed as {@link ListCommentThreadsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListCommentThreadsResult(
  value: unknown,
): ValidationResult<ListCommentThreadsResult> {
  const issues: ValidationIssue[] = [];
  checkCommentThreadList(value, "", issues);
  return issues.length === 0 ? ok(value as ListCommentThreadsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.list` (List Sites).
 * @returns `{ ok: true, value }` typed as {@link ListSitesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListSitesResult(value: unknown): ValidationResult<ListSitesResult> {
  const issues: ValidationIssue[] = [];
  checkSiteList(value, "", issues);
  return issues.length === 0 ? ok(value as ListSitesResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.webhooks.list` (List Webhooks).
 * @returns `{ ok: true, value }` typed as {@link ListWebhooksResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListWebhooksResult(value: unknown): ValidationResult<ListWebhooksResult> {
  const issues: ValidationIssue[] = [];
  checkWebhookList(value, "", issues);
  return issues.length === 0 ? ok(value as ListWebhooksResult) : fail(issues);
}

/**
 * Checks the 202 response body of `client.sites.publish` (Publish Site).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishSiteResult(value: unknown): ValidationResult<PublishSiteResult> {
  const issues: ValidationIssue[] = [];
  checkPublishSiteResponse(value, "", issues);
  return issues.length === 0 ? ok(value as PublishSiteResult) : fail(issues);
}

/**
 * Checks a request body of `client.webhooks.create` (Create Webhook); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateWebhookBody(value: unknown): ValidationResult<CreateWebhookBody> {
  const issues: ValidationIssue[] = [];
  checkCreateWebhookRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateWebhookBody) : fail(issues);
}

/**
 * Checks a request body of `client.sites.publish` (Publish Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link PublishSiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishSiteBody(value: unknown): ValidationResult<PublishSiteBody> {
  const issues: ValidationIssue[] = [];
  checkPublishSiteRequest(value, "", issues);
  return issues.length === 0 ? ok(value as PublishSiteBody) : fail(issues);
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `Authorization.authorizedTo.siteIds`, `Authorization.authorizedTo.workspaceIds`, `Authorization.authorizedTo.userIds`, `PublishSiteRequest/0.customDomains`.
 */
function checkSiteIdsShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      if (typeof item2 !== "string") {
        issues.push(issue(pointerJoin(path, i1), "string", item2));
      } else {
        if (!PATTERN_1.test(item2)) {
          issues.push(issue(pointerJoin(path, i1), "string matching /^[0-9a-f]{24}$/", item2));
        }
      }
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CustomDomainList.customDomains`, `PublishSiteResponse.customDomains`, `Site.customDomains`.
 */
function checkCustomDomainsShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkDomain(item2, pointerJoin(path, i1), issues);
    }
  }
}
