/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION, EXPLAIN_ARRAY_ENUM_OBJECT, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION, EXPLAIN_ENUM_OBJECT, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING, EXPLAIN_TYPES } from "./explainers.js";
import { isPagination, paginationSchema } from "./shared.js";
const UNKNOWN_AUDIT_EVENT_EVENT_TYPE_PATTERN = /* @__PURE__ */ new RegExp("^(?!(user_access|custom_role|workspace_membership|site_membership|workspace_invitation|workspace_setting)$)", "u");
/**
 * Whether `value` is a {@link AuditLogEvent}; the fast check {@link validateAuditLogEvent} runs before explaining a failure.
 */
export function isAuditLogEvent(value) {
	return Number(isUserAccessAuditEvent(value)) + Number(isCustomRoleAuditEvent(value)) + Number(isWorkspaceMembershipAuditEvent(value)) + Number(isSiteMembershipAuditEvent(value)) + Number(isWorkspaceInvitationAuditEvent(value)) + Number(isWorkspaceSettingAuditEvent(value)) + Number(isUnknownAuditEvent(value)) === 1;
}
/**
 * The AuditLogEvent schema as data: what {@link validateAuditLogEvent} walks to say why a value failed.
 */
export const auditLogEventSchema = {
	kind: "oneOf",
	title: "AuditLogEvent",
	of: [
		() => userAccessAuditEventSchema,
		() => customRoleAuditEventSchema,
		() => workspaceMembershipAuditEventSchema,
		() => siteMembershipAuditEventSchema,
		() => workspaceInvitationAuditEventSchema,
		() => workspaceSettingAuditEventSchema,
		() => unknownAuditEventSchema
	]
};
/**
 * Checks that `value` is a {@link AuditLogEvent}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuditLogEvent = /* @__PURE__ */ $.validator(isAuditLogEvent, auditLogEventSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link AuditLogList}; the fast check {@link validateAuditLogList} runs before explaining a failure.
 */
export function isAuditLogList(value) {
	return $.isPlainObject(value) && (value.items === undefined || isAuditLogList_items(value.items)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isAuditLogList_items(value) {
	return Array.isArray(value) && value.every(isAuditLogEvent);
}
/**
 * The AuditLogList schema as data: what {@link validateAuditLogList} walks to say why a value failed.
 */
export const auditLogListSchema = {
	kind: "object",
	title: "AuditLogList",
	properties: {
		items: {
			kind: "array",
			items: () => auditLogEventSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link AuditLogList}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuditLogList = /* @__PURE__ */ $.validator(isAuditLogList, auditLogListSchema, EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link AuditLogUser}; the fast check {@link validateAuditLogUser} runs before explaining a failure.
 */
export function isAuditLogUser(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.email === undefined || typeof value.email === "string");
}
/**
 * The AuditLogUser schema as data: what {@link validateAuditLogUser} walks to say why a value failed.
 */
export const auditLogUserSchema = {
	kind: "object",
	title: "AuditLogUser",
	properties: {
		id: { kind: "string" },
		email: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link AuditLogUser}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuditLogUser = /* @__PURE__ */ $.validator(isAuditLogUser, auditLogUserSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link AuditLogUserType}; the fast check {@link validateAuditLogUserType} runs before explaining a failure.
 */
export function isAuditLogUserType(value) {
	return typeof value === "string";
}
/**
 * The AuditLogUserType schema as data: what {@link validateAuditLogUserType} walks to say why a value failed.
 */
export const auditLogUserTypeSchema = {
	kind: "string",
	title: "AuditLogUserType"
};
/**
 * Checks that `value` is a {@link AuditLogUserType}.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUserType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateAuditLogUserType = /* @__PURE__ */ $.validator(isAuditLogUserType, auditLogUserTypeSchema, EXPLAIN_TYPES);
/**
 * Whether `value` is a {@link CustomRoleAuditEvent}; the fast check {@link validateCustomRoleAuditEvent} runs before explaining a failure.
 */
export function isCustomRoleAuditEvent(value) {
	return $.isPlainObject(value) && typeof value.eventType === "string" && value.eventType === "custom_role" && (value.eventSubType === undefined || typeof value.eventSubType === "string") && (value.payload === undefined || isCustomRoleAuditEvent_payload(value.payload));
}
function isCustomRoleAuditEvent_payload(value) {
	return $.isPlainObject(value) && (value.roleName === undefined || typeof value.roleName === "string") && (value.previousRoleName === undefined || typeof value.previousRoleName === "string");
}
/**
 * The CustomRoleAuditEvent schema as data: what {@link validateCustomRoleAuditEvent} walks to say why a value failed.
 */
export const customRoleAuditEventSchema = {
	kind: "object",
	title: "CustomRoleAuditEvent",
	properties: {
		eventType: {
			kind: "string",
			enum: ["custom_role"]
		},
		eventSubType: { kind: "string" },
		payload: {
			kind: "object",
			properties: {
				roleName: { kind: "string" },
				previousRoleName: { kind: "string" }
			}
		}
	},
	required: ["eventType"]
};
/**
 * Checks that `value` is a {@link CustomRoleAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link CustomRoleAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCustomRoleAuditEvent = /* @__PURE__ */ $.validator(isCustomRoleAuditEvent, customRoleAuditEventSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link SiteMembershipAuditEvent}; the fast check {@link validateSiteMembershipAuditEvent} runs before explaining a failure.
 */
export function isSiteMembershipAuditEvent(value) {
	return $.isPlainObject(value) && typeof value.eventType === "string" && value.eventType === "site_membership" && (value.eventSubType === undefined || typeof value.eventSubType === "string") && (value.payload === undefined || isSiteMembershipAuditEvent_payload(value.payload));
}
function isSiteMembershipAuditEvent_payload_site(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.slug === undefined || typeof value.slug === "string");
}
function isSiteMembershipAuditEvent_payload_granularAccess(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.name === undefined || typeof value.name === "string") && (value.type === undefined || typeof value.type === "string") && (value.restricted === undefined || typeof value.restricted === "boolean");
}
function isSiteMembershipAuditEvent_payload(value) {
	return $.isPlainObject(value) && (value.site === undefined || isSiteMembershipAuditEvent_payload_site(value.site)) && (value.targetUser === undefined || isAuditLogUser(value.targetUser)) && (value.method === undefined || typeof value.method === "string") && (value.userType === undefined || isAuditLogUserType(value.userType)) && (value.roleName === undefined || typeof value.roleName === "string") && (value.previousRoleName === undefined || typeof value.previousRoleName === "string") && (value.granularAccess === undefined || isSiteMembershipAuditEvent_payload_granularAccess(value.granularAccess));
}
/**
 * The SiteMembershipAuditEvent schema as data: what {@link validateSiteMembershipAuditEvent} walks to say why a value failed.
 */
export const siteMembershipAuditEventSchema = {
	kind: "object",
	title: "SiteMembershipAuditEvent",
	properties: {
		eventType: {
			kind: "string",
			enum: ["site_membership"]
		},
		eventSubType: { kind: "string" },
		payload: {
			kind: "object",
			properties: {
				site: {
					kind: "object",
					properties: {
						id: { kind: "string" },
						slug: { kind: "string" }
					}
				},
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
						restricted: { kind: "boolean" }
					}
				}
			}
		}
	},
	required: ["eventType"]
};
/**
 * Checks that `value` is a {@link SiteMembershipAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link SiteMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSiteMembershipAuditEvent = /* @__PURE__ */ $.validator(isSiteMembershipAuditEvent, siteMembershipAuditEventSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link UnknownAuditEvent}; the fast check {@link validateUnknownAuditEvent} runs before explaining a failure.
 */
export function isUnknownAuditEvent(value) {
	return $.isPlainObject(value) && (value.eventType === undefined || typeof value.eventType === "string" && UNKNOWN_AUDIT_EVENT_EVENT_TYPE_PATTERN.test(value.eventType)) && (value.eventSubType === undefined || typeof value.eventSubType === "string") && (value.payload === undefined || true);
}
/**
 * The UnknownAuditEvent schema as data: what {@link validateUnknownAuditEvent} walks to say why a value failed.
 */
export const unknownAuditEventSchema = {
	kind: "object",
	title: "UnknownAuditEvent",
	properties: {
		eventType: {
			kind: "string",
			pattern: UNKNOWN_AUDIT_EVENT_EVENT_TYPE_PATTERN
		},
		eventSubType: { kind: "string" },
		payload: { kind: "any" }
	}
};
/**
 * Checks that `value` is a {@link UnknownAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link UnknownAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUnknownAuditEvent = /* @__PURE__ */ $.validator(isUnknownAuditEvent, unknownAuditEventSchema, EXPLAIN_OBJECT_STRING);
/**
 * Whether `value` is a {@link UserAccessAuditEvent}; the fast check {@link validateUserAccessAuditEvent} runs before explaining a failure.
 */
export function isUserAccessAuditEvent(value) {
	return $.isPlainObject(value) && typeof value.eventType === "string" && value.eventType === "user_access" && (value.eventSubType === undefined || typeof value.eventSubType === "string") && (value.payload === undefined || isUserAccessAuditEvent_payload(value.payload));
}
function isUserAccessAuditEvent_payload(value) {
	return $.isPlainObject(value) && (value.method === undefined || typeof value.method === "string") && (value.location === undefined || typeof value.location === "string") && (value.ipAddress === undefined || typeof value.ipAddress === "string");
}
/**
 * The UserAccessAuditEvent schema as data: what {@link validateUserAccessAuditEvent} walks to say why a value failed.
 */
export const userAccessAuditEventSchema = {
	kind: "object",
	title: "UserAccessAuditEvent",
	properties: {
		eventType: {
			kind: "string",
			enum: ["user_access"]
		},
		eventSubType: { kind: "string" },
		payload: {
			kind: "object",
			properties: {
				method: { kind: "string" },
				location: { kind: "string" },
				ipAddress: { kind: "string" }
			}
		}
	},
	required: ["eventType"]
};
/**
 * Checks that `value` is a {@link UserAccessAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link UserAccessAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUserAccessAuditEvent = /* @__PURE__ */ $.validator(isUserAccessAuditEvent, userAccessAuditEventSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link WorkspaceInvitationAuditEvent}; the fast check {@link validateWorkspaceInvitationAuditEvent} runs before explaining a failure.
 */
export function isWorkspaceInvitationAuditEvent(value) {
	return $.isPlainObject(value) && typeof value.eventType === "string" && value.eventType === "workspace_invitation" && (value.eventSubType === undefined || typeof value.eventSubType === "string") && (value.payload === undefined || isWorkspaceInvitationAuditEvent_payload(value.payload));
}
function isWorkspaceInvitationAuditEvent_payload_targetUsers(value) {
	return Array.isArray(value) && value.every(isAuditLogUser);
}
function isWorkspaceInvitationAuditEvent_payload(value) {
	return $.isPlainObject(value) && (value.targetUser === undefined || isAuditLogUser(value.targetUser)) && (value.method === undefined || typeof value.method === "string") && (value.userType === undefined || isAuditLogUserType(value.userType)) && (value.roleName === undefined || typeof value.roleName === "string") && (value.previousRoleName === undefined || typeof value.previousRoleName === "string") && (value.targetUsers === undefined || isWorkspaceInvitationAuditEvent_payload_targetUsers(value.targetUsers));
}
/**
 * The WorkspaceInvitationAuditEvent schema as data: what {@link validateWorkspaceInvitationAuditEvent} walks to say why a value failed.
 */
export const workspaceInvitationAuditEventSchema = {
	kind: "object",
	title: "WorkspaceInvitationAuditEvent",
	properties: {
		eventType: {
			kind: "string",
			enum: ["workspace_invitation"]
		},
		eventSubType: { kind: "string" },
		payload: {
			kind: "object",
			properties: {
				targetUser: () => auditLogUserSchema,
				method: { kind: "string" },
				userType: () => auditLogUserTypeSchema,
				roleName: { kind: "string" },
				previousRoleName: { kind: "string" },
				targetUsers: {
					kind: "array",
					items: () => auditLogUserSchema
				}
			}
		}
	},
	required: ["eventType"]
};
/**
 * Checks that `value` is a {@link WorkspaceInvitationAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceInvitationAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWorkspaceInvitationAuditEvent = /* @__PURE__ */ $.validator(isWorkspaceInvitationAuditEvent, workspaceInvitationAuditEventSchema, EXPLAIN_ARRAY_ENUM_OBJECT);
/**
 * Whether `value` is a {@link WorkspaceMembershipAuditEvent}; the fast check {@link validateWorkspaceMembershipAuditEvent} runs before explaining a failure.
 */
export function isWorkspaceMembershipAuditEvent(value) {
	return $.isPlainObject(value) && typeof value.eventType === "string" && value.eventType === "workspace_membership" && (value.eventSubType === undefined || typeof value.eventSubType === "string") && (value.payload === undefined || isWorkspaceMembershipAuditEvent_payload(value.payload));
}
function isWorkspaceMembershipAuditEvent_payload(value) {
	return $.isPlainObject(value) && (value.targetUser === undefined || isAuditLogUser(value.targetUser)) && (value.method === undefined || typeof value.method === "string") && (value.userType === undefined || isAuditLogUserType(value.userType)) && (value.roleName === undefined || typeof value.roleName === "string") && (value.previousRoleName === undefined || typeof value.previousRoleName === "string");
}
/**
 * The WorkspaceMembershipAuditEvent schema as data: what {@link validateWorkspaceMembershipAuditEvent} walks to say why a value failed.
 */
export const workspaceMembershipAuditEventSchema = {
	kind: "object",
	title: "WorkspaceMembershipAuditEvent",
	properties: {
		eventType: {
			kind: "string",
			enum: ["workspace_membership"]
		},
		eventSubType: { kind: "string" },
		payload: {
			kind: "object",
			properties: {
				targetUser: () => auditLogUserSchema,
				method: { kind: "string" },
				userType: () => auditLogUserTypeSchema,
				roleName: { kind: "string" },
				previousRoleName: { kind: "string" }
			}
		}
	},
	required: ["eventType"]
};
/**
 * Checks that `value` is a {@link WorkspaceMembershipAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWorkspaceMembershipAuditEvent = /* @__PURE__ */ $.validator(isWorkspaceMembershipAuditEvent, workspaceMembershipAuditEventSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link WorkspaceSettingAuditEvent}; the fast check {@link validateWorkspaceSettingAuditEvent} runs before explaining a failure.
 */
export function isWorkspaceSettingAuditEvent(value) {
	return $.isPlainObject(value) && typeof value.eventType === "string" && value.eventType === "workspace_setting" && (value.eventSubType === undefined || typeof value.eventSubType === "string") && (value.payload === undefined || isWorkspaceSettingAuditEvent_payload(value.payload));
}
function isWorkspaceSettingAuditEvent_payload(value) {
	return $.isPlainObject(value) && (value.setting === undefined || typeof value.setting === "string") && (value.previousValue === undefined || typeof value.previousValue === "string") && (value.value === undefined || typeof value.value === "string") && (value.method === undefined || typeof value.method === "string");
}
/**
 * The WorkspaceSettingAuditEvent schema as data: what {@link validateWorkspaceSettingAuditEvent} walks to say why a value failed.
 */
export const workspaceSettingAuditEventSchema = {
	kind: "object",
	title: "WorkspaceSettingAuditEvent",
	properties: {
		eventType: {
			kind: "string",
			enum: ["workspace_setting"]
		},
		eventSubType: { kind: "string" },
		payload: {
			kind: "object",
			properties: {
				setting: { kind: "string" },
				previousValue: { kind: "string" },
				value: { kind: "string" },
				method: { kind: "string" }
			}
		}
	},
	required: ["eventType"]
};
/**
 * Checks that `value` is a {@link WorkspaceSettingAuditEvent}.
 * @returns `{ ok: true, value }` typed as {@link WorkspaceSettingAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateWorkspaceSettingAuditEvent = /* @__PURE__ */ $.validator(isWorkspaceSettingAuditEvent, workspaceSettingAuditEventSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Checks the 200 response body of `client.workspaces.listAuditLogs`.
 */
export const validateListWorkspaceAuditLogsResult = validateAuditLogList;
/**
 * Get Workspace Audit Logs: {@link WorkspacesApi.listAuditLogs | client.workspaces.listAuditLogs} as a function of the core, so that a program importing only it bundles only it.
 */
export function listWorkspaceAuditLogs(core, params, options) {
	return core.request({
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
			to: params.to
		},
		responseKind: "json",
		validate: validateListWorkspaceAuditLogsResult
	}, options);
}
/**
 * Workspaces operations: Read the audit log of a workspace.
 *
 * Reached as `client.workspaces`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class WorkspacesApi {
	#core;
	constructor(core) {
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
	listAuditLogs(params, options) {
		return listWorkspaceAuditLogs(this.#core, params, options);
	}
	/**
	 * Every item of `listAuditLogs` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.workspaces.iterateAuditLogs(params)) console.log(item);
	 */
	iterateAuditLogs(params, options) {
		return $.paginate(async (offset) => {
			const page = await listWorkspaceAuditLogs(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.items ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
		}, params.offset ?? 0);
	}
}
