/**
 * How the spec diff matches operations and API versions and orders what it finds
 * (generator/diff/operations.ts): each case is two small documents in, the changes out, as
 * `<BREAKING|ok> <operationId or -> <kind>: <message>`. Untagged operations group by their first path segment
 * (`client.a.op` for `opA` at `/a`).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffModels, loadModels, type Change } from "../../generator/diff/index.js";
import type { ApiModel } from "../../generator/model/index.js";
import { REPO } from "../support/generated.js";

const TMP = path.join(REPO, "test", ".tmp", `diff-operations-${process.pid}`);
mkdirSync(TMP, { recursive: true });
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
let written = 0;

const ok = { "200": { description: "ok", content: { "application/json": { schema: { type: "string" } } } } };
/** A GET operation with the given id, a 200 string response and whatever else `extra` adds. */
const get = (operationId: string, extra: object = {}) => ({ get: { operationId, responses: ok, ...extra } });

function models(namespace: string, paths: Record<string, object>, schemas: Record<string, unknown> = {}): ApiModel[] {
  const file = path.join(TMP, `api-${written++}.json`);
  writeFileSync(file, JSON.stringify({ openapi: "3.1.0", info: { title: namespace, version: "1", "x-namespace": namespace }, paths, components: { schemas } }));
  return loadModels(file);
}

const show = (c: Change) => `${c.breaking ? "BREAKING" : "ok"} ${c.operationId ?? "-"} ${c.kind}: ${c.message}`;

describe("operations are matched by id, then by endpoint", () => {
  it("an operation removed and another added at another endpoint are not a rename", () => {
    const changes = diffModels(models("t", { "/a": get("opA") }), models("t", { "/b": get("opB") }));
    expect(changes.map(show)).toEqual(['BREAKING opA operation-removed: operation "opA" (GET "/a") removed: client.a.op no longer exists', 'ok opB operation-added: operation "opB" (GET "/b") added: client.b.op']);
  });

  it("removing a deprecated operation says it was deprecated", () => {
    const changes = diffModels(models("t", { "/a": get("opA", { deprecated: true }), "/b": get("opB") }), models("t", { "/b": get("opB") }));
    expect(changes.map(show)).toEqual(['BREAKING opA operation-removed: operation "opA" (GET "/a") removed: client.a.op no longer exists (it was deprecated)']);
  });
});

describe("matched by endpoint", () => {
  const pathParam = (name: string, type = "string") => ({ name, in: "path", required: true, schema: { type } });
  it("path parameters are matched by position, whatever their names; ids and client names are each side's own", () => {
    const old = models("t", { "/sites/{site_id}/pages/{page_id}": get("getPage", { parameters: [pathParam("site_id"), pathParam("page_id")] }) });
    const renamed = models("t", { "/sites/{siteId}/pages/{pageId}": get("pages_get", { parameters: [pathParam("siteId"), { ...pathParam("pageId"), schema: { type: "integer" } }] }) });
    expect(diffModels(old, renamed, { matchBy: "endpoint" }).map(show)).toEqual(['BREAKING pages_get request-type-changed: path parameter "pageId" type changed from string to integer']);
    expect(diffModels(old, renamed, { matchBy: "endpoint" }).map((c) => c.path)).toEqual(["GET /sites/{siteId}/pages/{pageId} path.pageId"]);
    // By id, another id at another path (the parameter names are part of it) is another operation.
    expect(diffModels(old, renamed).map(show)).toEqual([
      'BREAKING getPage operation-removed: operation "getPage" (GET "/sites/{site_id}/pages/{page_id}") removed: client.sites.getPage no longer exists',
      'ok pages_get operation-added: operation "pages_get" (GET "/sites/{siteId}/pages/{pageId}") added: client.sites.pagesGet',
    ]);
  });

  it("each path parameter is the one at its place in the template, each query parameter the one of its name", () => {
    const query = [
      { name: "limit", in: "query", schema: { type: "integer" } },
      { name: "cursor", in: "query", schema: { type: "string" } },
    ];
    const old = models("t", { "/s/{site_id}/p/{page_id}/c/{flag_id}": get("a", { parameters: [pathParam("site_id"), pathParam("page_id", "integer"), pathParam("flag_id", "boolean"), ...query] }) });
    const renamed = models("t", { "/s/{siteId}/p/{pageId}/c/{flagId}": get("b", { parameters: [pathParam("siteId"), pathParam("pageId", "integer"), pathParam("flagId", "boolean"), ...query] }) });
    expect(diffModels(old, renamed, { matchBy: "endpoint" }).map(show)).toEqual([]);
  });

  it("an endpoint with a path parameter is another endpoint than the one without it", () => {
    const old = models("t", { "/things/": get("list"), "/things/{id}": get("one", { parameters: [pathParam("id")] }) });
    const renamed = models("t", { "/things/": get("things_list"), "/things/{thing_id}": get("things_get", { parameters: [pathParam("thing_id")] }) });
    expect(diffModels(old, renamed, { matchBy: "endpoint" }).map(show)).toEqual([]);
  });

  it("component names are each document's own: schemas only one side has are not changes", () => {
    const changes = diffModels(models("t", { "/a": get("a") }, { Old: { type: "string" } }), models("t", { "/a": get("a") }, { New: { type: "string" } }), { matchBy: "endpoint" });
    expect(changes.map(show)).toEqual([]);
  });
});

describe("matched by id", () => {
  it("a path parameter renamed is one removed and another added, by name", () => {
    const param = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
    const changes = diffModels(models("t", { "/sites/{site_id}": get("getSite", { parameters: [param("site_id")] }) }), models("t", { "/sites/{siteId}": get("getSite", { parameters: [param("siteId")] }) }));
    expect(changes.map(show)).toEqual([
      'BREAKING getSite operation-endpoint-changed: "getSite" moved from GET "/sites/{site_id}" to GET "/sites/{siteId}"',
      'BREAKING getSite request-parameter-removed: path parameter "site_id" removed',
      'BREAKING getSite request-parameter-added: required path parameter "siteId" added',
    ]);
  });

  it("an operation whose exported names another operation now claims first: each renamed export is breaking", () => {
    const post = (operationId: string) => ({ post: { operationId, requestBody: { content: { "application/json": { schema: { type: "string" } } } }, responses: ok } });
    // "get-a" sorts before "getA" and camel-cases to the same name, so it takes getA and its type names.
    const changes = diffModels(models("t", { "/a": post("getA") }), models("t", { "/0": post("get-a"), "/a": post("getA") }));
    expect(changes.map((c) => `${c.path}: ${show(c)}`)).toEqual([
      'POST /0: ok get-a operation-added: operation "get-a" (POST "/0") added: client._0.getA',
      "POST /a: BREAKING getA exported-name-changed: getA is now exported as getA2",
      "POST /a: BREAKING getA exported-name-changed: GetAParams is now exported as GetAParams2",
      "POST /a: BREAKING getA exported-name-changed: GetAResult is now exported as GetAResult2",
      "POST /a: BREAKING getA exported-name-changed: GetABody is now exported as GetABody2",
      "POST /a: BREAKING getA exported-name-changed: validateGetAResult is now exported as validateGetAResult2",
      "POST /a: BREAKING getA exported-name-changed: validateGetABody is now exported as validateGetABody2",
    ]);
  });
});

describe("two single documents", () => {
  it("are the two sides whatever their namespaces, the changes under the new one", () => {
    const changes = diffModels(models("vendor", { "/a": get("a") }), models("ours", { "/a": get("a", { deprecated: true }) }));
    expect(changes.map((c) => `${c.namespace} ${show(c)}`)).toEqual(['ours ok a operation-deprecated: "a" is deprecated']);
  });
});

describe("order", () => {
  it("by endpoint, the changes are ordered by operationId too, a removed operation among the others", () => {
    const limit = { name: "limit", in: "query", schema: { type: "integer" } };
    const old = models("t", { "/z": get("zeta"), "/a": get("alpha", { parameters: [limit] }), "/m": get("mid", { parameters: [limit] }) });
    const changes = diffModels(old, models("t", { "/a": get("alpha"), "/m": get("mid") }), { matchBy: "endpoint" });
    expect(changes.map(show)).toEqual([
      'BREAKING alpha request-parameter-removed: query parameter "limit" removed',
      'BREAKING mid request-parameter-removed: query parameter "limit" removed',
      'BREAKING zeta operation-removed: operation "zeta" (GET "/z") removed: client.z.zeta no longer exists',
    ]);
  });

  it("API versions in name order, each with its operations, then its components", () => {
    const old = [...models("b", { "/x": get("x") }), ...models("a", { "/x": get("x") }, { Old: { type: "string" } })];
    const changes = diffModels(old, [...models("c", { "/y": get("y") }), ...models("a", { "/y": get("y") }), ...models("b", { "/x": get("x"), "/y": get("y") })]);
    expect(changes.map((c) => `${c.namespace} ${show(c)}`)).toEqual([
      'a BREAKING x operation-removed: operation "x" (GET "/x") removed: client.x.x no longer exists',
      'a ok y operation-added: operation "y" (GET "/y") added: client.y.y',
      'a BREAKING - schema-removed: schema "Old" removed: the type Old and validateOld are no longer exported',
      'b ok y operation-added: operation "y" (GET "/y") added: client.y.y',
      'c ok y operation-added: operation "y" (GET "/y") added: client.y.y',
    ]);
  });

  it("an API version added brings its operations and components, and nothing removed", () => {
    // The new side lists the added version first: one old document is not compared with the first new one.
    const changes = diffModels(models("a", { "/x": get("x") }), [...models("b", { "/y": get("y") }, { New: { type: "string" } }), ...models("a", { "/x": get("x") })]);
    expect(changes.map((c) => `${c.namespace} ${show(c)}`)).toEqual(['b ok y operation-added: operation "y" (GET "/y") added: client.y.y', 'b ok - schema-added: schema "New" added: type New']);
  });

  it("an API version removed takes its operations and components", () => {
    const changes = diffModels([...models("b", { "/y": get("y") }, { Gone: { type: "string" } }), ...models("a", { "/x": get("x") })], models("a", { "/x": get("x") }));
    expect(changes.map((c) => `${c.namespace} ${show(c)}`)).toEqual([
      'b BREAKING y operation-removed: operation "y" (GET "/y") removed: client.y.y no longer exists',
      'b BREAKING - schema-removed: schema "Gone" removed: the type Gone and validateGone are no longer exported',
    ]);
  });
});

describe("loading the two sides (loadModels)", () => {
  const dir = path.join(TMP, "load");
  mkdirSync(path.join(dir, "empty"), { recursive: true });
  const base = (paths: object) => ({ openapi: "3.1.0", info: { title: "T", version: "1", "x-namespace": "t" }, paths });
  const okResponse = { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } } } };
  const files: Record<string, unknown> = {
    "missing-ref.json": base({ "/a": { get: { operationId: "a", responses: okResponse } } }),
    "swagger.json": { swagger: "2.0", info: { title: "T", version: "1" }, paths: {} },
    "same-id.json": base({ "/a": get("a"), "/b": get("a") }),
    "untagged.json": base({ "/a": get("a") }),
    // A property name openapi-typescript cannot process: the emitters refuse it, the model represents it.
    "percent.json": base({ "/a": { get: { operationId: "a", responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { "a%b": { type: "string" } } } } } } } } } }),
  };
  for (const [name, doc] of Object.entries(files)) writeFileSync(path.join(dir, name), JSON.stringify(doc));

  /** What loadModels throws, as `severity rule file: message` (the file relative to `cwd`), or how many models it returns. */
  const outcome = (specPath: string, options?: Parameters<typeof loadModels>[2]): string[] => {
    try {
      return [`${loadModels(specPath, dir, options).length} model(s)`];
    } catch (error) {
      const problems = (error as { problems?: { severity: string; rule: string; message: string; location?: { file: string } }[] }).problems ?? [];
      return problems.map((p) => `${p.severity} ${p.rule} ${p.location?.file ?? "-"}: ${p.message.split("\n")[0]}`);
    }
  };

  it.each([
    ["a path that does not exist", "nope.yaml", ["error no-spec -: nope.yaml does not exist"]],
    ["a folder without a document", "empty", ["error no-spec -: no .yaml or .json API description found at empty"]],
    ["a $ref that does not resolve (load)", "missing-ref.json", ['error ref-missing missing-ref.json: $ref "#/components/schemas/Nope" does not resolve: nothing at #/components/schemas/Nope']],
    ["a Swagger 2.0 document (normalise)", "swagger.json", ['error openapi-version swagger.json: this is a Swagger 2.0 document (swagger: "2.0")']],
    ["one operationId twice (check)", "same-id.json", ['error operation-id same-id.json: operationId "a" is also used by GET /a']],
    ["a valid document", "untagged.json", ["1 model(s)"]],
    ["a document only the emitters refuse (a name with %)", "percent.json", ["1 model(s)"]],
  ])("%s", (_name, specPath, want) => {
    // Each line as far as the test writes it (the Swagger message goes on to say what to do).
    expect(outcome(specPath).map((line, i) => line.slice(0, want[i]?.length))).toEqual(want);
  });

  it("the lint profile given wins over the document's own", () => {
    expect(outcome("untagged.json")).toEqual(["1 model(s)"]);
    expect(outcome("untagged.json", { lint: "house-style" })).toContain("error operation-tag untagged.json: GET /a needs a tag: it decides the client group");
  });
});
