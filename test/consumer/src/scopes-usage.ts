/** Scope constants and helpers for checking a token before calling an operation. */
import {
  COMMENTS_READ,
  FORMS_READ,
  OPERATION_SCOPES,
  SCOPES,
  SCOPE_DESCRIPTIONS,
  SITES_READ,
  SITES_WRITE,
  TRIGGER_SCOPES,
  missingScopes,
  type OperationId,
  type Scope,
  type TriggerType,
} from "webflow-api";
import type { Equal, Expect } from "./type-assert.js";

type _sitesRead = Expect<Equal<typeof SITES_READ, "sites:read">>;
type _sitesWrite = Expect<Equal<typeof SITES_WRITE, "sites:write">>;
type _scopeUnion = Expect<Equal<Scope, (typeof SCOPES)[number]>>;
type _scopeIsLiteral = Expect<Equal<string extends Scope ? true : false, false>>;
type _getSite = Expect<Equal<(typeof OPERATION_SCOPES)["getSite"], readonly ["sites:read"]>>;
type _createWebhook = Expect<
  Equal<(typeof OPERATION_SCOPES)["createWebhook"], readonly ["sites:write"]>
>;
type _introspect = Expect<Equal<(typeof OPERATION_SCOPES)["introspectToken"], readonly []>>;
type _formSubmission = Expect<Equal<(typeof TRIGGER_SCOPES)["form_submission"], "forms:read">>;
type _triggers = Expect<Equal<keyof typeof TRIGGER_SCOPES, TriggerType>>;
type _triggerScopes = Expect<
  (typeof TRIGGER_SCOPES)[keyof typeof TRIGGER_SCOPES] extends Scope ? true : false
>;
type _operationIds = Expect<Equal<OperationId, keyof typeof OPERATION_SCOPES>>;
type _newOperations = Expect<
  [
    "listCollectionItems",
    "createCollectionItems",
    "listOrders",
    "refundOrder",
    "getPageContent",
    "updatePageContent",
    "listWorkspaceAuditLogs",
  ] extends OperationId[]
    ? true
    : false
>;
type _pagesRead = Expect<Equal<(typeof OPERATION_SCOPES)["getPageContent"], readonly ["pages:read"]>>;
type _cmsWrite = Expect<Equal<(typeof OPERATION_SCOPES)["createCollectionItems"], readonly ["cms:write"]>>;
type _workspaceActivity = Expect<
  Equal<(typeof OPERATION_SCOPES)["listWorkspaceAuditLogs"], readonly ["workspace_activity:read"]>
>;
type _missing = Expect<Equal<ReturnType<typeof missingScopes>, Scope[]>>;
type _descriptions = Expect<Equal<(typeof SCOPE_DESCRIPTIONS)[Scope], string>>;

export function canCreateFormWebhook(granted: readonly string[]): boolean {
  const needed: Scope[] = [
    ...missingScopes("createWebhook", granted),
    TRIGGER_SCOPES.form_submission,
  ];
  const wanted: Scope = FORMS_READ;
  return needed.every((scope) => granted.includes(scope)) && granted.includes(wanted);
}

export function scopeMistakes(granted: Set<string>): Scope[] {
  const ok: Scope = COMMENTS_READ;
  // @ts-expect-error TS2322 -- "sites:admin" is not a Webflow scope
  const bad: Scope = "sites:admin";
  // @ts-expect-error TS2345 -- "getSites" is not an operationId (it is listSites)
  missingScopes("getSites", granted);
  // @ts-expect-error TS2339 -- "form_submitted" is not a trigger type
  void TRIGGER_SCOPES.form_submitted;
  // @ts-expect-error TS2632 -- SITES_READ is an imported constant
  SITES_READ = "sites:write";
  // @ts-expect-error TS2540 -- OPERATION_SCOPES is frozen at run time, so its type must be read-only
  OPERATION_SCOPES.getSite = ["sites:read"];
  // @ts-expect-error TS2540 -- TRIGGER_SCOPES is frozen at run time, so its type must be read-only
  TRIGGER_SCOPES.site_publish = "sites:read";
  return [ok, bad, ...missingScopes("getSite", granted)];
}
