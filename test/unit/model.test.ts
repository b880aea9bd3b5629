import { describe, expect, it } from "vitest";
import { Project } from "ts-morph";
import { buildModel, checkSpecs, loadSpecs } from "../../generator/index.js";
import { RUNTIME_EXPORTS } from "../../generator/model/index.js";
import { camelCase, constantCase, NameRegistry, pascalCase, typeName } from "../../generator/model/names.js";

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
    expect(methods(v2)).toEqual({
      createWebhook: "webhooks.create",
      getAuthorizedUser: "token.getAuthorizedUser",
      getCommentThread: "comments.getThread",
      getCustomDomains: "sites.getCustomDomains",
      getSite: "sites.get",
      getWebhook: "webhooks.get",
      introspectToken: "token.introspect",
      listCommentReplies: "comments.listReplies",
      listCommentThreads: "comments.listThreads",
      listSites: "sites.list",
      listWebhooks: "webhooks.list",
      publishSite: "sites.publish",
      removeWebhook: "webhooks.remove",
    });
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

  it("marks only list calls that take offset/limit and return pagination as paged", () => {
    expect(v2.operations.filter((op) => op.paging).map((op) => [op.id, op.paging])).toEqual([
      ["listCommentReplies", { itemsProperty: "comments", iteratorName: "iterateReplies" }],
      ["listCommentThreads", { itemsProperty: "comments", iteratorName: "iterateThreads" }],
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
    expect(model.schemas[0]?.typeName).toBe("GetThingResult");
    expect(model.operations.find((op) => op.id === "getThing")?.typeNames.result).toBe("GetThingResult2");
    expect(result.files.some((f) => f.path === "dist/collide/client.js")).toBe(true);
  });
});
