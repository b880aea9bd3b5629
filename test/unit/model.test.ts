import { describe, expect, it } from "vitest";
import { Project } from "ts-morph";
import { buildModel, checkSpecs, loadSpecs, type ApiModel } from "../../generator/index.js";
import { RUNTIME_EXPORTS } from "../../generator/model/index.js";
import { camelCase, constantCase, NameRegistry, pascalCase, typeName } from "../../generator/model/names.js";
import { dereferencedSpec, pagedOperations } from "../support/spec.js";

describe("model of spec/", () => {
  const { specs, problems } = loadSpecs("spec");
  const models = specs.map(buildModel);
  const v2 = models.find((m) => m.namespace === "v2")!;
  const v1 = models.find((m) => m.namespace === "v1")!;

  it("loads and checks with no problems", () => {
    expect(problems).toEqual([]);
    expect(checkSpecs(specs)).toEqual([]);
  });

  it("names every client method after its tag and operationId", () => {
    const methods = (m: typeof v2) => Object.fromEntries(m.operations.map((op) => [op.id, `${op.group}.${op.methodName}`]));
    // One line per operation, so a renamed client method shows up as a one-line diff.
    expect(methods(v2)).toEqual({
      batchDeleteCustomFonts: "customFonts.batchDelete", bulkCreateCollectionItems: "items.createBulk",
      createAssetFolder: "assetFolders.create", createCollection: "collections.create",
      createCollectionField: "fields.create", createCollectionItems: "items.create",
      createCustomFont: "customFonts.create", createLiveCollectionItems: "items.createLive",
      createProduct: "products.create", createRedirect: "redirects.create", createSite: "sites.create",
      createSkus: "products.createSkus", createWebhook: "webhooks.create",
      deleteAllGoogleTags: "googleTags.removeAll", deleteAsset: "assets.remove",
      deleteCollection: "collections.remove", deleteCollectionField: "fields.remove",
      deleteCollectionItem: "items.remove", deleteCollectionItems: "items.removeMany",
      deleteCustomFont: "customFonts.remove", deleteFormSubmission: "formSubmissions.remove",
      deleteFormSubmissionBySite: "formSubmissions.removeBySite", deleteGoogleTag: "googleTags.remove",
      deletePageCustomCode: "customCode.deleteForPage", deleteRedirect: "redirects.remove",
      deleteRobotsTxt: "robotsTxt.remove", deleteSite: "sites.remove",
      deleteSiteCustomCode: "customCode.deleteForSite", deleteWellKnownFiles: "wellKnown.remove",
      fulfillOrder: "orders.fulfill", getAsset: "assets.get", getAssetFolder: "assetFolders.get",
      getAuthorizedUser: "token.getAuthorizedUser", getCollection: "collections.get",
      getCollectionItem: "items.get", getCommentThread: "comments.getThread",
      getComponentContent: "components.getContent", getComponentProperties: "components.getProperties",
      getCustomDomains: "sites.getCustomDomains", getCustomFont: "customFonts.get",
      getEcommerceSettings: "ecommerce.getSettings", getForm: "forms.get",
      getFormSubmission: "formSubmissions.get", getFormSubmissionBySite: "formSubmissions.getBySite",
      getInventory: "inventory.get", getLiveCollectionItem: "items.getLive", getOrder: "orders.get",
      getPageContent: "pages.getContent", getPageCustomCode: "customCode.getForPage",
      getPageMetadata: "pages.getMetadata", getProduct: "products.get", getRobotsTxt: "robotsTxt.get",
      getSite: "sites.get", getSiteCustomCode: "customCode.getForSite", getSitePlan: "sites.getPlan",
      getWebhook: "webhooks.get", introspectToken: "token.introspect",
      listAssetFolders: "assetFolders.list", listAssets: "assets.list", listCollectionItems: "items.list",
      listCollections: "collections.list", listCommentReplies: "comments.listReplies",
      listCommentThreads: "comments.listThreads", listComponents: "components.list",
      listCustomCodeBlocks: "customCode.listBlocks", listCustomFonts: "customFonts.list",
      listForms: "forms.list", listFormSubmissions: "formSubmissions.list",
      listFormSubmissionsBySite: "formSubmissions.listBySite",
      listFormSubmissionsBySiteAndForm: "formSubmissions.listBySiteAndForm",
      listGoogleTags: "googleTags.list", listLiveCollectionItems: "items.listLive", listOrders: "orders.list",
      listPages: "pages.list", listProducts: "products.list", listRedirects: "redirects.list",
      listRegisteredScripts: "scripts.list", listSiteActivityLogs: "sites.listActivityLogs",
      listSites: "sites.list", listWebhooks: "webhooks.list", listWorkspaceAuditLogs: "workspaces.listAuditLogs",
      publishCollectionItems: "items.publish", publishSite: "sites.publish", refundOrder: "orders.refund",
      registerHostedScript: "scripts.registerHosted", registerInlineScript: "scripts.registerInline",
      removeWebhook: "webhooks.remove", replaceCustomFontFile: "customFonts.replaceFile",
      replaceRobotsTxt: "robotsTxt.replace", setWellKnownFile: "wellKnown.set",
      unfulfillOrder: "orders.unfulfill", unpublishLiveCollectionItem: "items.unpublish",
      unpublishLiveCollectionItems: "items.unpublishMany", updateAsset: "assets.update",
      updateCollectionField: "fields.update", updateCollectionItem: "items.update",
      updateCollectionItems: "items.updateMany", updateComponentContent: "components.updateContent",
      updateComponentProperties: "components.updateProperties", updateCustomFont: "customFonts.update",
      updateFormSubmission: "formSubmissions.update", updateFormSubmissionBySite: "formSubmissions.updateBySite",
      updateGoogleTags: "googleTags.update", updateInventory: "inventory.update",
      updateLiveCollectionItem: "items.updateLive", updateLiveCollectionItems: "items.updateManyLive",
      updateOrder: "orders.update", updatePageContent: "pages.updateContent",
      updatePageMetadata: "pages.updateMetadata", updateProduct: "products.update",
      updateRedirect: "redirects.update", updateRobotsTxt: "robotsTxt.update", updateSite: "sites.update",
      updateSku: "products.updateSku", uploadAsset: "assets.upload",
      upsertPageCustomCode: "customCode.upsertForPage", upsertSiteCustomCode: "customCode.upsertForSite",
    });
    expect(Object.keys(methods(v2))).toHaveLength(117);
    // No two operations share a client method.
    expect(new Set(Object.values(methods(v2))).size).toBe(117);
    expect(methods(v1)).toEqual({ getAuthorizedInfo: "meta.getAuthorizedInfo", getAuthorizedUser: "meta.getAuthorizedUser" });
  });

  it("keeps success and error statuses as documented", () => {
    const op = (id: string) => v2.operations.find((o) => o.id === id)!;
    expect(op("publishSite").success.status).toBe(202);
    expect(op("createWebhook").success.status).toBe(201);
    expect(op("removeWebhook").success.status).toBe(204);
    expect(op("removeWebhook").success.schema).toBeUndefined();
    expect(op("createWebhook").errors.map((e) => e.status)).toContain(409);
    expect(v2.errorStatuses.map((s) => [s.status, s.className])).toEqual([
      [400, "BadRequestError"],
      [401, "UnauthorizedError"],
      [403, "ForbiddenError"],
      [404, "NotFoundError"],
      [409, "ConflictError"],
      [429, "TooManyRequestsError"],
      [500, "InternalServerError"],
      [503, "ServiceUnavailableError"],
    ]);
  });

  it("marks only list calls that take offset/limit and return pagination as paged", async () => {
    // Derived from the spec as Redocly reads it, independently of the model.
    const doc = await dereferencedSpec("spec/webflow-v2.yaml");
    const expected = pagedOperations(doc);
    expect(v2.operations.filter((op) => op.paging).map((op) => op.id).sort()).toEqual(expected.map((op) => op.id).sort());
    // [operationId, items property, iterator, items array required, pagination required]: where Webflow marks the
    // items or the pagination optional, a page without them is empty or the last.
    const row = (op: (typeof v2.operations)[number]) => [op.id, op.paging!.itemsProperty, op.paging!.iteratorName, op.paging!.itemsRequired, op.paging!.paginationRequired];
    expect(v2.operations.filter((op) => op.paging).map(row).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))).toEqual([
      ["getComponentContent", "nodes", "iterateContent", false, false],
      ["getComponentProperties", "properties", "iterateProperties", false, false],
      ["getPageContent", "nodes", "iterateContent", false, false],
      ["listAssets", "assets", "iterate", true, true],
      ["listCollectionItems", "items", "iterate", true, true],
      ["listCommentReplies", "comments", "iterateReplies", true, true],
      ["listCommentThreads", "comments", "iterateThreads", true, true],
      ["listComponents", "components", "iterate", false, false],
      ["listCustomCodeBlocks", "blocks", "iterateBlocks", false, false],
      ["listCustomFonts", "customFonts", "iterate", true, true],
      ["listFormSubmissions", "formSubmissions", "iterate", false, false],
      ["listFormSubmissionsBySite", "formSubmissions", "iterateBySite", false, false],
      ["listFormSubmissionsBySiteAndForm", "formSubmissions", "iterateBySiteAndForm", false, false],
      ["listForms", "forms", "iterate", true, true],
      ["listLiveCollectionItems", "items", "iterateLive", true, true],
      ["listOrders", "orders", "iterate", false, false],
      ["listPages", "pages", "iterate", false, false],
      ["listProducts", "items", "iterate", false, false],
      ["listSiteActivityLogs", "items", "iterateActivityLogs", false, false],
      ["listWorkspaceAuditLogs", "items", "iterateAuditLogs", false, false],
    ]);
  });

  it("sends the v1 Accept-Version header itself instead of asking the caller", () => {
    for (const op of v1.operations) {
      expect(op.params.find((p) => p.name === "Accept-Version")?.fixedValue).toBe("1.0.0");
    }
  });

  it("collects the known error codes and the scope levels", () => {
    expect(v2.errorCodes).toEqual(expect.arrayContaining(["bad_request", "missing_scopes", "resource_not_found", "users_not_enabled"]));
    expect(v2.scopes.find((s) => s.name === "workspace:read")?.levels).toEqual(["site", "workspace"]);
    expect(v2.scopes.find((s) => s.name === "workspace_activity:read")?.levels).toEqual(["workspace"]);
    expect(v2.triggers).toHaveLength(14);
  });

  it("never exports a type that shadows a global", () => {
    expect(v2.schemas.find((s) => s.name === "Error")?.typeName).toBe("ErrorSchema");
  });
});

describe("names", () => {
  it("turns spec names into identifiers", () => {
    expect(camelCase("custom_domains")).toBe("customDomains");
    expect(pascalCase("X-RateLimit-Limit")).toBe("XRateLimitLimit");
    expect(constantCase("authorized_user:read")).toBe("AUTHORIZED_USER_READ");
    expect(camelCase("2fa")).toBe("_2fa");
    expect(camelCase("constructor")).toBe("constructor_");
    expect(camelCase("__proto__")).toBe("proto");
    expect(typeName("Promise")).toBe("PromiseSchema");
    expect(camelCase("")).toBe("unnamed");
  });

  it("resolves collisions deterministically with numeric suffixes", () => {
    const registry = new NameRegistry(["Client"]);
    expect(["Client", "Site", "Site", "Site2"].map((n) => registry.claim(n))).toEqual(["Client2", "Site", "Site2", "Site22"]);
  });
});

describe("reserved names", () => {
  it("include everything the runtime exports, so a schema never collides with it at the package root", () => {
    const project = new Project({ skipAddingFilesFromTsConfig: true });
    const runtime = project.addSourceFileAtPath("templates/runtime/index.ts");
    expect([...RUNTIME_EXPORTS].sort()).toEqual([...runtime.getExportedDeclarations().keys()].sort());
  });
});

describe("identifier collisions", () => {
  it("are resolved deterministically and the package still compiles", async () => {
    const { generate } = await import("../../generator/index.js");
    const result = await generate("test/fixtures/valid/name-collisions");
    const model = result.models[0]!;
    expect(model.tags.map((t) => [t.name, t.group, t.className])).toEqual([
      ["Things", "things", "ThingsApi"],
      ["things", "things2", "ThingsApi2"],
    ]);
    expect(Object.fromEntries(model.operations.map((op) => [op.id, `${op.group}.${op.methodName}`]))).toEqual({
      getThing: "things.get2",
      getThings: "things2.get",
      getThingsList: "things.get",
    });
    // Names by role: the operation's result keeps its name; the component that wants it is <Name>Schema.
    expect(model.schemas[0]?.typeName).toBe("GetThingResultSchema");
    expect(model.operations.find((op) => op.id === "getThing")?.typeNames.result).toBe("GetThingResult");
    expect(result.files.some((f) => f.path === "dist/collide/client.js")).toBe(true);
  });

  it("stay stable when a component is added: the new one yields, nothing named before changes", () => {
    const { specs } = loadSpecs("spec/webflow-v2.yaml");
    const spec = specs[0]!;
    const before = buildModel(spec);
    const schemas = (spec.document.components as { schemas: Record<string, unknown> }).schemas;
    // A component named exactly like an operation's result, its body and one of its validators.
    const added = { ...spec, document: { ...spec.document, components: { ...(spec.document.components as object), schemas: { ...schemas, GetSiteResult: { type: "object" }, PublishSiteBody: { type: "string" } } } } };
    const after = buildModel(added);
    const names = (m: ApiModel) => m.operations.map((op) => [op.id, op.functionName, op.typeNames, op.validatorName, op.bodyValidatorName]);
    expect(names(after)).toEqual(names(before));
    const typeNames = (m: ApiModel) => new Map(m.schemas.map((s) => [s.name, [s.typeName, s.validatorName, s.guardName]]));
    for (const [name, value] of typeNames(before)) expect(typeNames(after).get(name)).toEqual(value);
    expect(typeNames(after).get("GetSiteResult")).toEqual(["GetSiteResultSchema", "validateGetSiteResultSchema", "isGetSiteResultSchema"]);
    expect(typeNames(after).get("PublishSiteBody")?.[0]).toBe("PublishSiteBodySchema");
  });
});
