/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import {
  EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION,
  EXPLAIN_ARRAY_ENUM_OBJECT,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION,
  EXPLAIN_ENUM_OBJECT,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING,
  EXPLAIN_TYPES,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

const UNKNOWN_AUDIT_EVENT_EVENT_TYPE_PATTERN = /* @__PURE__ */ new RegExp(
  "^(?!(user_access|custom_role|workspace_membership|site_membership|workspace_invitation|workspace_setting)$)",
  "u",
);

/**
 * One event of a workspace audit log. Discriminated on `eventType`: each known event type has its own schema, and UnknownAuditEvent takes any event type this description does not know yet (and an event without `eventType`), so a new event type never makes a response fail validation.
 */
export type AuditLogEvent = components["schemas"]["AuditLogEvent"];

/**
 * Whether `value` is a {@link AuditLogEvent}; the fast check {@link validateAuditLogEvent} runs before explaining a failure.
 */
export function isAuditLogEvent(value: unknown): value is AuditLogEvent {
  return (
    Number(isUserAccessAuditEvent(value)) +
      Number(isCustomRoleAuditEvent(value)) +
      Number(isWorkspaceMembershipAuditEvent(value)) +
      Number(isSiteMembershipAuditEvent(value)) +
      Number(isWorkspaceInvitationAuditEvent(value)) +
      Number(isWorkspaceSettingAuditEvent(value)) +
      Number(isUnknownAuditEvent(value)) ===
    1
  );
}

/**
 * The AuditLogEvent schema as data: what {@link validateAuditLogEvent} walks to say why a value failed.
 */
export const auditLogEventSchema: SchemaPlan = {
  kind: "oneOf",
  title: "AuditLogEvent",
  of: [
    () => userAccessAuditEventSchema,
    () => customRoleAuditEventSchema,
    () => workspaceMembershipAuditEventSchema,
    () => siteMembershipAuditEventSchema,
    () => workspaceInvitationAuditEventSchema,
    () => workspaceSettingAuditEventSchema,
    () => unknownAuditEventSchema,
  ],
};

/**
 * Checks that `value` is a {@link AuditLogEvent}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuditLogEvent: Validator<AuditLogEvent> = /* @__PURE__ */ $.validator(
  isAuditLogEvent,
  auditLogEventSchema,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION,
);

/**
 * Response of GET /workspaces/{workspace_id_or_slug}/audit_logs, one page of audit-log events.
 */
export type AuditLogList = components["schemas"]["AuditLogList"];

/**
 * Whether `value` is a {@link AuditLogList}; the fast check {@link validateAuditLogList} runs before explaining a failure.
 */
export function isAuditLogList(value: unknown): value is AuditLogList {
  return (
    $.isPlainObject(value) &&
    (value.items === undefined || isAuditLogList_items(value.items)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isAuditLogList_items(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAuditLogEvent);
}

/**
 * The AuditLogList schema as data: what {@link validateAuditLogList} walks to say why a value failed.
 */
export const auditLogListSchema: SchemaPlan = {
  kind: "object",
  title: "AuditLogList",
  properties: {
    items: { kind: "array", items: () => auditLogEventSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link AuditLogList}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuditLogList: Validator<AuditLogList> = /* @__PURE__ */ $.validator(
  isAuditLogList,
  auditLogListSchema,
  EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION,
);

/**
 * A user named in an audit-log event.
 */
export type AuditLogUser = components["schemas"]["AuditLogUser"];

/**
 * Whether `value` is a {@link AuditLogUser}; the fast check {@link validateAuditLogUser} runs before explaining a failure.
 */
export function isAuditLogUser(value: unknown): value is AuditLogUser {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.email === undefined || typeof value.email === "string")
  );
}

/**
 * The AuditLogUser schema as data: what {@link validateAuditLogUser} walks to say why a value failed.
 */
export const auditLogUserSchema: SchemaPlan = {
  kind: "object",
  title: "AuditLogUser",
  properties: { id: { kind: "string" }, email: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link AuditLogUser}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuditLogUser: Validator<AuditLogUser> = /* @__PURE__ */ $.validator(
  isAuditLogUser,
  auditLogUserSchema,
  EXPLAIN_OBJECT,
);

/**
 * The kind of workspace user (`member`, `guest`, `reviewer` or `client`). Values this description does not know yet are passed through.
 */
export type AuditLogUserType = components["schemas"]["AuditLogUserType"];

/**
 * Whether `value` is a {@link AuditLogUserType}; the fast check {@link validateAuditLogUserType} runs before explaining a failure.
 */
export function isAuditLogUserType(value: unknown): value is AuditLogUserType {
  return typeof value === "string";
}

/**
 * The AuditLogUserType schema as data: what {@link validateAuditLogUserType} walks to say why a value failed.
 */
export const auditLogUserTypeSchema: SchemaPlan = { kind: "string", title: "AuditLogUserType" };

/**
 * Checks that `value` is a {@link AuditLogUserType}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUserType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuditLogUserType: Validator<AuditLogUserType> = /* @__PURE__ */ $.validator(
  isAuditLogUserType,
  auditLogUserTypeSchema,
  EXPLAIN_TYPES,
);

/**
 * A custom role of the workspace was created, updated or deleted (`eventType` `custom_role`).
 */
export type CustomRoleAuditEvent = components["schemas"]["CustomRoleAuditEvent"];

/**
 * Whether `value` is a {@link CustomRoleAuditEvent}; the fast check {@link validateCustomRoleAuditEvent} runs before explaining a failure.
 */
export function isCustomRoleAuditEvent(value: unknown): value is CustomRoleAuditEvent {
  return (
    $.isPlainObject(value) &&
    typeof value.eventType === "string" &&
    value.eventType === "custom_role" &&
    (value.eventSubType === undefined || typeof value.eventSubType === "string") &&
    (value.payload === undefined || isCustomRoleAuditEvent_payload(value.payload))
  );
}

function isCustomRoleAuditEvent_payload(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.roleName === undefined || typeof value.roleName === "string") &&
    (value.previousRoleName === undefined || typeof value.previousRoleName === "string")
  );
}

/**
 * The CustomRoleAuditEvent schema as data: what {@link validateCustomRoleAuditEvent} walks to say why a value failed.
 */
export const customRoleAuditEventSchema: SchemaPlan = {
  kind: "object",
  title: "CustomRoleAuditEvent",
  properties: {
    eventType: { kind: "string", enum: ["custom_role"] },
    eventSubType: { kind: "string" },
    payload: {
      kind: "object",
      properties: { roleName: { kind: "string" }, previousRoleName: { kind: "string" } },
    },
  },
  required: ["eventType"],
};

/**
 * Checks that `value` is a {@link CustomRoleAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link CustomRoleAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomRoleAuditEvent: Validator<CustomRoleAuditEvent> =
  /* @__PURE__ */ $.validator(
    isCustomRoleAuditEvent,
    customRoleAuditEventSchema,
    EXPLAIN_ENUM_OBJECT,
  );

/**
 * A user was added to or removed from a site, or their site role or granular access changed (`eventType` `site_membership`).
 */
export type SiteMembershipAuditEvent = components["schemas"]["SiteMembershipAuditEvent"];

/**
 * Whether `value` is a {@link SiteMembershipAuditEvent}; the fast check {@link validateSiteMembershipAuditEvent} runs before explaining a failure.
 */
export function isSiteMembershipAuditEvent(value: unknown): value is SiteMembershipAuditEvent {
  return (
    $.isPlainObject(value) &&
    typeof value.eventType === "string" &&
    value.eventType === "site_membership" &&
    (value.eventSubType === undefined || typeof value.eventSubType === "string") &&
    (value.payload === undefined || isSiteMembershipAuditEvent_payload(value.payload))
  );
}

function isSiteMembershipAuditEvent_payload_site(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.slug === undefined || typeof value.slug === "string")
  );
}

function isSiteMembershipAuditEvent_payload_granularAccess(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.type === undefined || typeof value.type === "string") &&
    (value.restricted === undefined || typeof value.restricted === "boolean")
  );
}

function isSiteMembershipAuditEvent_payload(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.site === undefined || isSiteMembershipAuditEvent_payload_site(value.site)) &&
    (value.targetUser === undefined || isAuditLogUser(value.targetUser)) &&
    (value.method === undefined || typeof value.method === "string") &&
    (value.userType === undefined || isAuditLogUserType(value.userType)) &&
    (value.roleName === undefined || typeof value.roleName === "string") &&
    (value.previousRoleName === undefined || typeof value.previousRoleName === "string") &&
    (value.granularAccess === undefined ||
      isSiteMembershipAuditEvent_payload_granularAccess(value.granularAccess))
  );
}

/**
 * The SiteMembershipAuditEvent schema as data: what {@link validateSiteMembershipAuditEvent} walks to say why a value failed.
 */
export const siteMembershipAuditEventSchema: SchemaPlan = {
  kind: "object",
  title: "SiteMembershipAuditEvent",
  properties: {
    eventType: { kind: "string", enum: ["site_membership"] },
    eventSubType: { kind: "string" },
    payload: {
      kind: "object",
      properties: {
        site: { kind: "object", properties: { id: { kind: "string" }, slug: { kind: "string" } } },
        targetUser: () => auditLogUserSchema,
        method: { kind: "string" },
        userType: () => auditLogUserTypeSchema,
        roleName: { kind: "string" },
        previousRoleName: { kind: "string" },
        granularAccess: {
          kind: "object",
          properties: {
            id: { kind: "string" },
            name: { kind: "string" },
            type: { kind: "string" },
            restricted: { kind: "boolean" },
          },
        },
      },
    },
  },
  required: ["eventType"],
};

/**
 * Checks that `value` is a {@link SiteMembershipAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link SiteMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSiteMembershipAuditEvent: Validator<SiteMembershipAuditEvent> =
  /* @__PURE__ */ $.validator(
    isSiteMembershipAuditEvent,
    siteMembershipAuditEventSchema,
    EXPLAIN_ENUM_OBJECT,
  );

/**
 * An audit-log event of a type this description does not know yet (or without `eventType`): the fallback variant of AuditLogEvent. Its fields are passed through unchecked beyond their JSON types.
 */
export type UnknownAuditEvent = components["schemas"]["UnknownAuditEvent"];

/**
 * Whether `value` is a {@link UnknownAuditEvent}; the fast check {@link validateUnknownAuditEvent} runs before explaining a failure.
 */
export function isUnknownAuditEvent(value: unknown): value is UnknownAuditEvent {
  return (
    $.isPlainObject(value) &&
    (value.eventType === undefined ||
      (typeof value.eventType === "string" &&
        UNKNOWN_AUDIT_EVENT_EVENT_TYPE_PATTERN.test(value.eventType))) &&
    (value.eventSubType === undefined || typeof value.eventSubType === "string") &&
    (value.payload === undefined || true)
  );
}

/**
 * The UnknownAuditEvent schema as data: what {@link validateUnknownAuditEvent} walks to say why a value failed.
 */
export const unknownAuditEventSchema: SchemaPlan = {
  kind: "object",
  title: "UnknownAuditEvent",
  properties: {
    eventType: { kind: "string", pattern: UNKNOWN_AUDIT_EVENT_EVENT_TYPE_PATTERN },
    eventSubType: { kind: "string" },
    payload: { kind: "any" },
  },
};

/**
 * Checks that `value` is a {@link UnknownAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link UnknownAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUnknownAuditEvent: Validator<UnknownAuditEvent> = /* @__PURE__ */ $.validator(
  isUnknownAuditEvent,
  unknownAuditEventSchema,
  EXPLAIN_OBJECT_STRING,
);

/**
 * A user signed in to or out of the workspace (`eventType` `user_access`).
 */
export type UserAccessAuditEvent = components["schemas"]["UserAccessAuditEvent"];

/**
 * Whether `value` is a {@link UserAccessAuditEvent}; the fast check {@link validateUserAccessAuditEvent} runs before explaining a failure.
 */
export function isUserAccessAuditEvent(value: unknown): value is UserAccessAuditEvent {
  return (
    $.isPlainObject(value) &&
    typeof value.eventType === "string" &&
    value.eventType === "user_access" &&
    (value.eventSubType === undefined || typeof value.eventSubType === "string") &&
    (value.payload === undefined || isUserAccessAuditEvent_payload(value.payload))
  );
}

function isUserAccessAuditEvent_payload(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.method === undefined || typeof value.method === "string") &&
    (value.location === undefined || typeof value.location === "string") &&
    (value.ipAddress === undefined || typeof value.ipAddress === "string")
  );
}

/**
 * The UserAccessAuditEvent schema as data: what {@link validateUserAccessAuditEvent} walks to say why a value failed.
 */
export const userAccessAuditEventSchema: SchemaPlan = {
  kind: "object",
  title: "UserAccessAuditEvent",
  properties: {
    eventType: { kind: "string", enum: ["user_access"] },
    eventSubType: { kind: "string" },
    payload: {
      kind: "object",
      properties: {
        method: { kind: "string" },
        location: { kind: "string" },
        ipAddress: { kind: "string" },
      },
    },
  },
  required: ["eventType"],
};

/**
 * Checks that `value` is a {@link UserAccessAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link UserAccessAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUserAccessAuditEvent: Validator<UserAccessAuditEvent> =
  /* @__PURE__ */ $.validator(
    isUserAccessAuditEvent,
    userAccessAuditEventSchema,
    EXPLAIN_ENUM_OBJECT,
  );

/**
 * An invitation to the workspace was sent, accepted, updated, canceled or declined, or an access request was accepted (`eventType` `workspace_invitation`).
 */
export type WorkspaceInvitationAuditEvent = components["schemas"]["WorkspaceInvitationAuditEvent"];

/**
 * Whether `value` is a {@link WorkspaceInvitationAuditEvent}; the fast check {@link validateWorkspaceInvitationAuditEvent} runs before explaining a failure.
 */
export function isWorkspaceInvitationAuditEvent(
  value: unknown,
): value is WorkspaceInvitationAuditEvent {
  return (
    $.isPlainObject(value) &&
    typeof value.eventType === "string" &&
    value.eventType === "workspace_invitation" &&
    (value.eventSubType === undefined || typeof value.eventSubType === "string") &&
    (value.payload === undefined || isWorkspaceInvitationAuditEvent_payload(value.payload))
  );
}

function isWorkspaceInvitationAuditEvent_payload_targetUsers(value: unknown): boolean {
  return Array.isArray(value) && value.every(isAuditLogUser);
}

function isWorkspaceInvitationAuditEvent_payload(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.targetUser === undefined || isAuditLogUser(value.targetUser)) &&
    (value.method === undefined || typeof value.method === "string") &&
    (value.userType === undefined || isAuditLogUserType(value.userType)) &&
    (value.roleName === undefined || typeof value.roleName === "string") &&
    (value.previousRoleName === undefined || typeof value.previousRoleName === "string") &&
    (value.targetUsers === undefined ||
      isWorkspaceInvitationAuditEvent_payload_targetUsers(value.targetUsers))
  );
}

/**
 * The WorkspaceInvitationAuditEvent schema as data: what {@link validateWorkspaceInvitationAuditEvent} walks to say why a value failed.
 */
export const workspaceInvitationAuditEventSchema: SchemaPlan = {
  kind: "object",
  title: "WorkspaceInvitationAuditEvent",
  properties: {
    eventType: { kind: "string", enum: ["workspace_invitation"] },
    eventSubType: { kind: "string" },
    payload: {
      kind: "object",
      properties: {
        targetUser: () => auditLogUserSchema,
        method: { kind: "string" },
        userType: () => auditLogUserTypeSchema,
        roleName: { kind: "string" },
        previousRoleName: { kind: "string" },
        targetUsers: { kind: "array", items: () => auditLogUserSchema },
      },
    },
  },
  required: ["eventType"],
};

/**
 * Checks that `value` is a {@link WorkspaceInvitationAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceInvitationAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWorkspaceInvitationAuditEvent: Validator<WorkspaceInvitationAuditEvent> =
  /* @__PURE__ */ $.validator(
    isWorkspaceInvitationAuditEvent,
    workspaceInvitationAuditEventSchema,
    EXPLAIN_ARRAY_ENUM_OBJECT,
  );

/**
 * A user was added to or removed from the workspace, or their workspace role changed (`eventType` `workspace_membership`).
 */
export type WorkspaceMembershipAuditEvent = components["schemas"]["WorkspaceMembershipAuditEvent"];

/**
 * Whether `value` is a {@link WorkspaceMembershipAuditEvent}; the fast check {@link validateWorkspaceMembershipAuditEvent} runs before explaining a failure.
 */
export function isWorkspaceMembershipAuditEvent(
  value: unknown,
): value is WorkspaceMembershipAuditEvent {
  return (
    $.isPlainObject(value) &&
    typeof value.eventType === "string" &&
    value.eventType === "workspace_membership" &&
    (value.eventSubType === undefined || typeof value.eventSubType === "string") &&
    (value.payload === undefined || isWorkspaceMembershipAuditEvent_payload(value.payload))
  );
}

function isWorkspaceMembershipAuditEvent_payload(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.targetUser === undefined || isAuditLogUser(value.targetUser)) &&
    (value.method === undefined || typeof value.method === "string") &&
    (value.userType === undefined || isAuditLogUserType(value.userType)) &&
    (value.roleName === undefined || typeof value.roleName === "string") &&
    (value.previousRoleName === undefined || typeof value.previousRoleName === "string")
  );
}

/**
 * The WorkspaceMembershipAuditEvent schema as data: what {@link validateWorkspaceMembershipAuditEvent} walks to say why a value failed.
 */
export const workspaceMembershipAuditEventSchema: SchemaPlan = {
  kind: "object",
  title: "WorkspaceMembershipAuditEvent",
  properties: {
    eventType: { kind: "string", enum: ["workspace_membership"] },
    eventSubType: { kind: "string" },
    payload: {
      kind: "object",
      properties: {
        targetUser: () => auditLogUserSchema,
        method: { kind: "string" },
        userType: () => auditLogUserTypeSchema,
        roleName: { kind: "string" },
        previousRoleName: { kind: "string" },
      },
    },
  },
  required: ["eventType"],
};

/**
 * Checks that `value` is a {@link WorkspaceMembershipAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWorkspaceMembershipAuditEvent: Validator<WorkspaceMembershipAuditEvent> =
  /* @__PURE__ */ $.validator(
    isWorkspaceMembershipAuditEvent,
    workspaceMembershipAuditEventSchema,
    EXPLAIN_ENUM_OBJECT,
  );

/**
 * A workspace setting was changed (`eventType` `workspace_setting`).
 */
export type WorkspaceSettingAuditEvent = components["schemas"]["WorkspaceSettingAuditEvent"];

/**
 * Whether `value` is a {@link WorkspaceSettingAuditEvent}; the fast check {@link validateWorkspaceSettingAuditEvent} runs before explaining a failure.
 */
export function isWorkspaceSettingAuditEvent(value: unknown): value is WorkspaceSettingAuditEvent {
  return (
    $.isPlainObject(value) &&
    typeof value.eventType === "string" &&
    value.eventType === "workspace_setting" &&
    (value.eventSubType === undefined || typeof value.eventSubType === "string") &&
    (value.payload === undefined || isWorkspaceSettingAuditEvent_payload(value.payload))
  );
}

function isWorkspaceSettingAuditEvent_payload(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.setting === undefined || typeof value.setting === "string") &&
    (value.previousValue === undefined || typeof value.previousValue === "string") &&
    (value.value === undefined || typeof value.value === "string") &&
    (value.method === undefined || typeof value.method === "string")
  );
}

/**
 * The WorkspaceSettingAuditEvent schema as data: what {@link validateWorkspaceSettingAuditEvent} walks to say why a value failed.
 */
export const workspaceSettingAuditEventSchema: SchemaPlan = {
  kind: "object",
  title: "WorkspaceSettingAuditEvent",
  properties: {
    eventType: { kind: "string", enum: ["workspace_setting"] },
    eventSubType: { kind: "string" },
    payload: {
      kind: "object",
      properties: {
        setting: { kind: "string" },
        previousValue: { kind: "string" },
        value: { kind: "string" },
        method: { kind: "string" },
      },
    },
  },
  required: ["eventType"],
};

/**
 * Checks that `value` is a {@link WorkspaceSettingAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceSettingAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWorkspaceSettingAuditEvent: Validator<WorkspaceSettingAuditEvent> =
  /* @__PURE__ */ $.validator(
    isWorkspaceSettingAuditEvent,
    workspaceSettingAuditEventSchema,
    EXPLAIN_ENUM_OBJECT,
  );

/**
 * Parameters of `client.workspaces.listAuditLogs`.
 */
export interface ListWorkspaceAuditLogsParams {
  /**
   * Unique identifier or slug of a workspace.
   *
   * Sent in the path.
   */
  workspace_id_or_slug: NonNullable<
    operations["listWorkspaceAuditLogs"]["parameters"]["path"]
  >["workspace_id_or_slug"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["limit"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["offset"];
  /**
   * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
   *
   * Sent in the query.
   */
  sortOrder?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["sortOrder"];
  /**
   * Return only the audit-log events of this type.
   *
   * Sent in the query.
   */
  eventType?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["eventType"];
  /**
   * Return only the events that happened at or after this date and time (ISO-8601).
   *
   * Sent in the query.
   */
  from?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["from"];
  /**
   * Return only the events that happened at or before this date and time (ISO-8601).
   *
   * Sent in the query.
   */
  to?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["to"];
}

/**
 * What `client.workspaces.listAuditLogs` resolves to: the 200 response. One page of audit-log events.
 */
export type ListWorkspaceAuditLogsResult =
  operations["listWorkspaceAuditLogs"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.workspaces.listAuditLogs`.
 */
export const validateListWorkspaceAuditLogsResult: Validator<ListWorkspaceAuditLogsResult> =
  validateAuditLogList;

/**
 * Get Workspace Audit Logs: {@link WorkspacesApi.listAuditLogs | client.workspaces.listAuditLogs} as a function of the core, so that a program importing only it bundles only it.
 */
export function listWorkspaceAuditLogs(
  core: HttpCore,
  params: ListWorkspaceAuditLogsParams,
  options?: RequestOptions,
): ApiPromise<ListWorkspaceAuditLogsResult> {
  return core.request<ListWorkspaceAuditLogsResult>(
    {
      operationId: "listWorkspaceAuditLogs",
      method: "GET",
      path: "/workspaces/{workspace_id_or_slug}/audit_logs",
      pathParams: { workspace_id_or_slug: params.workspace_id_or_slug },
      query: {
        limit: params.limit,
        offset: params.offset,
        sortOrder: params.sortOrder,
        eventType: params.eventType,
        from: params.from,
        to: params.to,
      },
      responseKind: "json",
      validate: validateListWorkspaceAuditLogsResult,
    },
    options,
  );
}

/**
 * Workspaces operations: Read the audit log of a workspace.
 *
 * Reached as `client.workspaces`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class WorkspacesApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Get Workspace Audit Logs
   *
   * List the audit log of a workspace (sign-ins, membership and role changes, invitations, setting changes), one page at a time (`offset` and `limit`, at most 100 per page), optionally of one `eventType` and within a `from`/`to` time window, sorted by `sortOrder`. Each event is one of the AuditLogEvent variants, discriminated on `eventType`; an event type this description does not know yet comes as an UnknownAuditEvent. Required scope: `workspace_activity:read` (a workspace-level scope: workspace tokens and Data Client apps with workspace access).
   *
   * Required scopes: `workspace_activity:read`.
   *
   * GET `/workspaces/{workspace_id_or_slug}/audit_logs` (operationId `listWorkspaceAuditLogs`).
   * @param params - workspace_id_or_slug, limit, offset, sortOrder, eventType, from, to
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No workspace with this `workspace_id_or_slug` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  listAuditLogs(
    params: ListWorkspaceAuditLogsParams,
    options?: RequestOptions,
  ): ApiPromise<ListWorkspaceAuditLogsResult> {
    return listWorkspaceAuditLogs(this.#core, params, options);
  }

  /**
   * Every item of `listAuditLogs` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.workspaces.iterateAuditLogs(params)) console.log(item);
   */
  iterateAuditLogs(
    params: ListWorkspaceAuditLogsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListWorkspaceAuditLogsResult["items"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listWorkspaceAuditLogs(this.#core, { ...params, offset }, options);
      return { items: page.items ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }
}
