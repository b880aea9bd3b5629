import { describe, expect, it } from "vitest";
// The namespace entry point, not one of its files: the package layout may change, its exports stay.
import * as scopes from "../../generated/src/v2/index.js";
import { dereferencedSpec, specOperations } from "../support/spec.js";

/** The scope tables, derived here from spec/ independently of the generator, must equal the generated ones. */
describe("generated scope constants match the spec", async () => {
  const doc = await dereferencedSpec("spec/webflow-v2.yaml");
  const scheme = doc.components.securitySchemes.oauth2;
  const declared = Object.keys(scheme.flows.authorizationCode.scopes);

  it("declares every scope once, in spec order, each as a constant", () => {
    expect([...scopes.SCOPES]).toEqual(declared);
    for (const name of declared) {
      const constant = name.replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();
      expect((scopes as Record<string, unknown>)[constant], constant).toBe(name);
    }
  });

  it("splits site- and workspace-level scopes as x-scope-levels says", () => {
    expect([...scopes.SITE_SCOPES]).toEqual(declared.filter((s) => scheme["x-scope-levels"].site.includes(s)));
    expect([...scopes.WORKSPACE_SCOPES]).toEqual(declared.filter((s) => scheme["x-scope-levels"].workspace.includes(s)));
    expect(scopes.WORKSPACE_SCOPES).toContain("workspace_activity:read");
    expect(scopes.SITE_SCOPES).not.toContain("workspace_activity:read");
  });

  it("describes every scope as the spec does", () => {
    expect({ ...scopes.SCOPE_DESCRIPTIONS }).toEqual(scheme.flows.authorizationCode.scopes);
  });

  it("gives every operation the scopes of its security requirement", () => {
    const expected = Object.fromEntries(specOperations(doc).map((op) => [op.id, op.operation.security.flatMap((req: Record<string, string[]>) => Object.values(req).flat())]));
    expect(JSON.parse(JSON.stringify(scopes.OPERATION_SCOPES))).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(13);
    expect(scopes.OPERATION_SCOPES.introspectToken).toEqual([]);
    expect(scopes.OPERATION_SCOPES.removeWebhook).toEqual(["sites:write"]);
  });

  it("gives every webhook trigger type its scope", () => {
    const triggerType = doc.components.schemas.TriggerType;
    expect({ ...scopes.TRIGGER_SCOPES }).toEqual(triggerType["x-trigger-scopes"]);
    expect(Object.keys(scopes.TRIGGER_SCOPES)).toEqual(triggerType.enum);
    expect(scopes.TRIGGER_SCOPES.form_submission).toBe("forms:read");
  });

  it("tells which scopes a token lacks for an operation", () => {
    expect(scopes.missingScopes("getSite", ["cms:read"])).toEqual(["sites:read"]);
    expect(scopes.missingScopes("getSite", new Set(["sites:read"]))).toEqual([]);
    expect(scopes.missingScopes("introspectToken", [])).toEqual([]);
  });

  it("builds its lookup tables without a prototype, so spec keys stay data", () => {
    expect(Object.getPrototypeOf(scopes.OPERATION_SCOPES)).toBeNull();
    expect(Object.getPrototypeOf(scopes.TRIGGER_SCOPES)).toBeNull();
    expect(Object.isFrozen(scopes.OPERATION_SCOPES)).toBe(true);
  });
});

describe("scopes to request", () => {
  it("unions what a set of operations needs, in spec order", () => {
    expect(scopes.scopesFor("listCommentThreads", "getSite", "removeWebhook", "introspectToken")).toEqual(["comments:read", "sites:read", "sites:write"]);
    expect(scopes.scopesFor()).toEqual([]);
  });

  it("exposes the OAuth endpoints the spec declares", () => {
    expect(scopes.OAUTH_AUTHORIZATION_URL).toBe("https://webflow.com/oauth/authorize");
    expect(scopes.OAUTH_TOKEN_URL).toBe("https://api.webflow.com/oauth/access_token");
  });
});
