/**
 * `diff` between any two documents: spec/webflow-v2.yaml against a vendor-style description of the same
 * API (OpenAPI 3.0 JSON, kebab-case operationIds, no tags, no x-namespace, other path parameter names,
 * nullable, a non-JSON response), the way the hand-written spec is checked for drift from the vendor's
 * own file. The vendor file here is derived from spec/ with known differences, so the expected drift is exact.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffModels, loadModels } from "../../generator/diff/index.js";
import { loadSpecs } from "../../generator/index.js";
import { run } from "../../generator/cli/main.js";

type Json = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "patch"];

function vendorStyle(): { file: string; removed: string; paramAdded: string; scopeChanged: string } {
  const { specs } = loadSpecs("spec/webflow-v2.yaml");
  const doc = structuredClone(specs[0]?.document) as Json;
  doc.openapi = "3.0.3";
  delete doc.info["x-namespace"];
  delete doc.tags;
  const ops: [string, string, Json][] = [];
  for (const [route, item] of Object.entries(doc.paths as Json)) for (const method of METHODS) if (item[method]) ops.push([route, method, item[method]]);
  for (const [, , op] of ops) {
    op.operationId = String(op.operationId).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    delete op.tags;
  }
  // Differences the diff must find: one operation missing, a new required query parameter, another scope.
  const [removedRoute, removedMethod, removedOp] = ops.find(([, method]) => method === "delete") as [string, string, Json];
  delete doc.paths[removedRoute][removedMethod];
  const [, , paramOp] = ops.find(([route, method]) => method === "get" && route === "/sites/{site_id}") as [string, string, Json];
  paramOp.parameters = [...(paramOp.parameters ?? []), { name: "expand", in: "query", required: true, schema: { type: "string", nullable: true } }];
  const [, , scopeOp] = ops.find(([route, method]) => method === "get" && route === "/sites") as [string, string, Json];
  scopeOp.security = [{ oauth2: ["sites:read", "sites:write"] }];
  // Same API, other path parameter names and a text body beside the JSON one: not drift.
  const renamed: Json = {};
  for (const [route, item] of Object.entries(doc.paths as Json)) {
    const newRoute = route.replace(/\{site_id\}/g, "{siteId}");
    for (const method of METHODS) for (const p of item[method]?.parameters ?? []) if (p.name === "site_id" && p.in === "path") p.name = "siteId";
    for (const p of item.parameters ?? []) if (p.name === "site_id" && p.in === "path") p.name = "siteId";
    renamed[newRoute] = item;
  }
  doc.paths = renamed;
  for (const p of Object.values((doc.components?.parameters ?? {}) as Json)) if (p.name === "site_id" && p.in === "path") p.name = "siteId";
  const dir = mkdtempSync(path.join(tmpdir(), "webflow-codegen-drift-"));
  const file = path.join(dir, "webflow-published.json");
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return { file, removed: String(removedOp.operationId), paramAdded: "getSite", scopeChanged: "listSites" };
}

describe("diff between a hand-written spec and a vendor's description of the same API", () => {
  const vendor = vendorStyle();

  it("loads the vendor file (3.0 JSON, no house style) and the spec, and finds exactly the drift", () => {
    const ours = loadModels("spec/webflow-v2.yaml");
    const theirs = loadModels(vendor.file);
    expect(theirs[0]?.operations.length).toBe((ours[0]?.operations.length ?? 0) - 1);
    const changes = diffModels(ours, theirs, { matchBy: "endpoint" });
    expect(changes.map((c) => `${c.kind} ${c.operationId}`).sort()).toEqual(
      [`operation-removed ${vendor.removed.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`, "request-parameter-added get-site", "scope-added list-sites"].sort(),
    );
  });

  it("matched by operationId instead, every kebab-case id is a rename: why --by-endpoint exists", () => {
    const changes = diffModels(loadModels("spec/webflow-v2.yaml"), loadModels(vendor.file));
    expect(changes.filter((c) => c.kind === "operation-id-changed").length).toBeGreaterThan(40);
  });

  it("the CLI: diff spec/webflow-v2.yaml <vendor file> --by-endpoint --json", async () => {
    let out = "";
    const io = { out: (t: string) => void (out += t), err: () => {}, outStyle: plain, errStyle: plain };
    const code = await run(["diff", "spec/webflow-v2.yaml", vendor.file, "--by-endpoint", "--json"], io);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { summary: { changes: number; breaking: number } };
    expect(report.summary).toEqual({ changes: 3, breaking: 3 });
  });
});

const plain = { red: (t: string) => t, green: (t: string) => t, yellow: (t: string) => t, bold: (t: string) => t, dim: (t: string) => t };
