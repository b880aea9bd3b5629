/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
/**
 * `sites:read`: Read sites.
 *
 * Level: site.
 */
export const SITES_READ = "sites:read";

/**
 * `sites:write`: Change sites.
 *
 * Level: site.
 */
export const SITES_WRITE = "sites:write";

/**
 * `forms:read`: Read forms.
 *
 * Level: site.
 */
export const FORMS_READ = "forms:read";

/**
 * `workspace:read`: Read the workspace.
 *
 * Level: workspace.
 */
export const WORKSPACE_READ = "workspace:read";

/**
 * Every scope the API declares, in the order of the spec.
 */
export const SCOPES = ["sites:read", "sites:write", "forms:read", "workspace:read"] as const;

/**
 * One OAuth scope name.
 */
export type Scope = "sites:read" | "sites:write" | "forms:read" | "workspace:read";

/**
 * Scopes for Data Client apps and site tokens.
 */
export const SITE_SCOPES = ["sites:read", "sites:write", "forms:read"] as const;

/**
 * Scopes for workspace tokens and apps with workspace access.
 */
export const WORKSPACE_SCOPES = ["workspace:read"] as const;

/**
 * What each scope grants, as the spec describes it.
 */
export const SCOPE_DESCRIPTIONS: Readonly<Record<Scope, string>> = Object.freeze(
  Object.assign(Object.create(null) as {}, {
    "sites:read": "Read sites.",
    "sites:write": "Change sites.",
    "forms:read": "Read forms.",
    "workspace:read": "Read the workspace.",
  }),
);

/**
 * The scopes each operation requires, by operationId. An empty list means any valid token will do.
 */
export const OPERATION_SCOPES = Object.freeze(
  Object.assign(Object.create(null) as {}, {
    createWebhook: ["sites:write"] as const,
    getSite: ["sites:read"] as const,
  }),
) as {
  readonly createWebhook: readonly ["sites:write"];
  readonly getSite: readonly ["sites:read"];
};

/**
 * The operationId of every operation.
 */
export type OperationId = keyof typeof OPERATION_SCOPES;

/**
 * The scopes each client method needs, by group and method, as a union (`never`: any valid token will do); a paged list's iterator needs what the list needs. Types only: `ScopedClient` keeps the methods whose scopes a token holds.
 */
export interface MethodScopes {
  readonly sites: { readonly createWebhook: "sites:write"; readonly get: "sites:read" };
}

/**
 * The scope a webhook of each trigger type needs.
 */
export const TRIGGER_SCOPES = Object.freeze(
  Object.assign(Object.create(null) as {}, {
    site_publish: "sites:read",
    form_submission: "forms:read",
  }),
) as { readonly site_publish: "sites:read"; readonly form_submission: "forms:read" };

/**
 * Where to send a user to grant scopes to a Data Client app (pass it to `authorizeUrl`).
 */
export const OAUTH_AUTHORIZATION_URL = "https://example.com/oauth/authorize";

/**
 * Where an authorization code is exchanged for an access token (pass it to `exchangeCode`).
 */
export const OAUTH_TOKEN_URL = "https://api.example.com/oauth/access_token";

/**
 * The scopes `operationId` needs; a `TypeError` naming it when the API has no such operation (a typo in JavaScript, or an id from another version).
 */
function requiredScopes(operationId: OperationId, caller: string): readonly Scope[] {
  if (typeof operationId === "string" && Object.hasOwn(OPERATION_SCOPES, operationId))
    return OPERATION_SCOPES[operationId];
  throw new TypeError(
    `${caller}: unknown operationId ${typeof operationId === "string" ? JSON.stringify(operationId) : `(a ${typeof operationId})`}`,
  );
}

/**
 * The scopes to request for an app that calls these operations: the union of what each needs, in spec order.
 * @throws TypeError when an operationId is not one of the API's.
 */
export function scopesFor(...operationIds: OperationId[]): Scope[] {
  const needed = new Set<string>(operationIds.flatMap((id) => requiredScopes(id, "scopesFor")));
  return SCOPES.filter((scope) => needed.has(scope));
}

/**
 * The scopes `operationId` needs that `granted` lacks; empty when the token may call it. Pass the scopes of an authorization, e.g. from `token.introspect()` split on commas.
 * @throws TypeError when `operationId` is not one of the API's, naming it.
 */
export function missingScopes(operationId: OperationId, granted: Iterable<string>): Scope[] {
  const required = requiredScopes(operationId, "missingScopes");
  const have = new Set(granted);
  return required.filter((scope) => !have.has(scope));
}
