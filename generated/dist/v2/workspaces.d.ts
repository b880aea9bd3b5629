import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import type { components, operations } from "./schema.js";
/**
 * One event of a workspace audit log. Discriminated on `eventType`: each known event type has its own schema, and UnknownAuditEvent takes any event type this description does not know yet (and an event without `eventType`), so a new event type never makes a response fail validation.
 */
export type AuditLogEvent = components["schemas"]["AuditLogEvent"];
/**
 * Whether `value` is a {@link AuditLogEvent}; the fast check {@link validateAuditLogEvent} runs before explaining a failure.
 */
export declare function isAuditLogEvent(value: unknown): value is AuditLogEvent;
/**
 * The AuditLogEvent schema as data: what {@link validateAuditLogEvent} walks to say why a value failed.
 */
export declare const auditLogEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AuditLogEvent}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAuditLogEvent: Validator<AuditLogEvent>;
/**
 * Response of GET /workspaces/{workspace_id_or_slug}/audit_logs, one page of audit-log events.
 */
export type AuditLogList = components["schemas"]["AuditLogList"];
/**
 * Whether `value` is a {@link AuditLogList}; the fast check {@link validateAuditLogList} runs before explaining a failure.
 */
export declare function isAuditLogList(value: unknown): value is AuditLogList;
/**
 * The AuditLogList schema as data: what {@link validateAuditLogList} walks to say why a value failed.
 */
export declare const auditLogListSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AuditLogList}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAuditLogList: Validator<AuditLogList>;
/**
 * A user named in an audit-log event.
 */
export type AuditLogUser = components["schemas"]["AuditLogUser"];
/**
 * Whether `value` is a {@link AuditLogUser}; the fast check {@link validateAuditLogUser} runs before explaining a failure.
 */
export declare function isAuditLogUser(value: unknown): value is AuditLogUser;
/**
 * The AuditLogUser schema as data: what {@link validateAuditLogUser} walks to say why a value failed.
 */
export declare const auditLogUserSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AuditLogUser}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAuditLogUser: Validator<AuditLogUser>;
/**
 * The kind of workspace user (`member`, `guest`, `reviewer` or `client`). Values this description does not know yet are passed through.
 */
export type AuditLogUserType = components["schemas"]["AuditLogUserType"];
/**
 * Whether `value` is a {@link AuditLogUserType}; the fast check {@link validateAuditLogUserType} runs before explaining a failure.
 */
export declare function isAuditLogUserType(value: unknown): value is AuditLogUserType;
/**
 * The AuditLogUserType schema as data: what {@link validateAuditLogUserType} walks to say why a value failed.
 */
export declare const auditLogUserTypeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link AuditLogUserType}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUserType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateAuditLogUserType: Validator<AuditLogUserType>;
/**
 * A custom role of the workspace was created, updated or deleted (`eventType` `custom_role`).
 */
export type CustomRoleAuditEvent = components["schemas"]["CustomRoleAuditEvent"];
/**
 * Whether `value` is a {@link CustomRoleAuditEvent}; the fast check {@link validateCustomRoleAuditEvent} runs before explaining a failure.
 */
export declare function isCustomRoleAuditEvent(value: unknown): value is CustomRoleAuditEvent;
/**
 * The CustomRoleAuditEvent schema as data: what {@link validateCustomRoleAuditEvent} walks to say why a value failed.
 */
export declare const customRoleAuditEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CustomRoleAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link CustomRoleAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCustomRoleAuditEvent: Validator<CustomRoleAuditEvent>;
/**
 * A user was added to or removed from a site, or their site role or granular access changed (`eventType` `site_membership`).
 */
export type SiteMembershipAuditEvent = components["schemas"]["SiteMembershipAuditEvent"];
/**
 * Whether `value` is a {@link SiteMembershipAuditEvent}; the fast check {@link validateSiteMembershipAuditEvent} runs before explaining a failure.
 */
export declare function isSiteMembershipAuditEvent(value: unknown): value is SiteMembershipAuditEvent;
/**
 * The SiteMembershipAuditEvent schema as data: what {@link validateSiteMembershipAuditEvent} walks to say why a value failed.
 */
export declare const siteMembershipAuditEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SiteMembershipAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link SiteMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSiteMembershipAuditEvent: Validator<SiteMembershipAuditEvent>;
/**
 * An audit-log event of a type this description does not know yet (or without `eventType`): the fallback variant of AuditLogEvent. Its fields are passed through unchecked beyond their JSON types.
 */
export type UnknownAuditEvent = components["schemas"]["UnknownAuditEvent"];
/**
 * Whether `value` is a {@link UnknownAuditEvent}; the fast check {@link validateUnknownAuditEvent} runs before explaining a failure.
 */
export declare function isUnknownAuditEvent(value: unknown): value is UnknownAuditEvent;
/**
 * The UnknownAuditEvent schema as data: what {@link validateUnknownAuditEvent} walks to say why a value failed.
 */
export declare const unknownAuditEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UnknownAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link UnknownAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUnknownAuditEvent: Validator<UnknownAuditEvent>;
/**
 * A user signed in to or out of the workspace (`eventType` `user_access`).
 */
export type UserAccessAuditEvent = components["schemas"]["UserAccessAuditEvent"];
/**
 * Whether `value` is a {@link UserAccessAuditEvent}; the fast check {@link validateUserAccessAuditEvent} runs before explaining a failure.
 */
export declare function isUserAccessAuditEvent(value: unknown): value is UserAccessAuditEvent;
/**
 * The UserAccessAuditEvent schema as data: what {@link validateUserAccessAuditEvent} walks to say why a value failed.
 */
export declare const userAccessAuditEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UserAccessAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link UserAccessAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUserAccessAuditEvent: Validator<UserAccessAuditEvent>;
/**
 * An invitation to the workspace was sent, accepted, updated, canceled or declined, or an access request was accepted (`eventType` `workspace_invitation`).
 */
export type WorkspaceInvitationAuditEvent = components["schemas"]["WorkspaceInvitationAuditEvent"];
/**
 * Whether `value` is a {@link WorkspaceInvitationAuditEvent}; the fast check {@link validateWorkspaceInvitationAuditEvent} runs before explaining a failure.
 */
export declare function isWorkspaceInvitationAuditEvent(value: unknown): value is WorkspaceInvitationAuditEvent;
/**
 * The WorkspaceInvitationAuditEvent schema as data: what {@link validateWorkspaceInvitationAuditEvent} walks to say why a value failed.
 */
export declare const workspaceInvitationAuditEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link WorkspaceInvitationAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceInvitationAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateWorkspaceInvitationAuditEvent: Validator<WorkspaceInvitationAuditEvent>;
/**
 * A user was added to or removed from the workspace, or their workspace role changed (`eventType` `workspace_membership`).
 */
export type WorkspaceMembershipAuditEvent = components["schemas"]["WorkspaceMembershipAuditEvent"];
/**
 * Whether `value` is a {@link WorkspaceMembershipAuditEvent}; the fast check {@link validateWorkspaceMembershipAuditEvent} runs before explaining a failure.
 */
export declare function isWorkspaceMembershipAuditEvent(value: unknown): value is WorkspaceMembershipAuditEvent;
/**
 * The WorkspaceMembershipAuditEvent schema as data: what {@link validateWorkspaceMembershipAuditEvent} walks to say why a value failed.
 */
export declare const workspaceMembershipAuditEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link WorkspaceMembershipAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateWorkspaceMembershipAuditEvent: Validator<WorkspaceMembershipAuditEvent>;
/**
 * A workspace setting was changed (`eventType` `workspace_setting`).
 */
export type WorkspaceSettingAuditEvent = components["schemas"]["WorkspaceSettingAuditEvent"];
/**
 * Whether `value` is a {@link WorkspaceSettingAuditEvent}; the fast check {@link validateWorkspaceSettingAuditEvent} runs before explaining a failure.
 */
export declare function isWorkspaceSettingAuditEvent(value: unknown): value is WorkspaceSettingAuditEvent;
/**
 * The WorkspaceSettingAuditEvent schema as data: what {@link validateWorkspaceSettingAuditEvent} walks to say why a value failed.
 */
export declare const workspaceSettingAuditEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link WorkspaceSettingAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceSettingAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateWorkspaceSettingAuditEvent: Validator<WorkspaceSettingAuditEvent>;
/**
 * Parameters of `client.workspaces.listAuditLogs`.
 */
export interface ListWorkspaceAuditLogsParams {
	/**
	 * Unique identifier or slug of a workspace.
	 *
	 * Sent in the path.
	 */
	workspace_id_or_slug: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["path"]>["workspace_id_or_slug"];
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
export type ListWorkspaceAuditLogsResult = operations["listWorkspaceAuditLogs"]["responses"][200]["content"]["application/json"];
/**
 * Checks the 200 response body of `client.workspaces.listAuditLogs`.
 */
export declare const validateListWorkspaceAuditLogsResult: Validator<ListWorkspaceAuditLogsResult>;
/**
 * Get Workspace Audit Logs: {@link WorkspacesApi.listAuditLogs | client.workspaces.listAuditLogs} as a function of the core, so that a program importing only it bundles only it.
 */
export declare function listWorkspaceAuditLogs(core: HttpCore, params: ListWorkspaceAuditLogsParams, options?: RequestOptions): ApiPromise<ListWorkspaceAuditLogsResult>;
/**
 * Workspaces operations: Read the audit log of a workspace.
 *
 * Reached as `client.workspaces`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export declare class WorkspacesApi {
	#private;
	constructor(core: HttpCore);
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
	listAuditLogs(params: ListWorkspaceAuditLogsParams, options?: RequestOptions): ApiPromise<ListWorkspaceAuditLogsResult>;
	/**
	 * Every item of `listAuditLogs` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.workspaces.iterateAuditLogs(params)) console.log(item);
	 */
	iterateAuditLogs(params: ListWorkspaceAuditLogsParams, options?: RequestOptions): AsyncGenerator<NonNullable<ListWorkspaceAuditLogsResult["items"]>[number], void, undefined>;
}
