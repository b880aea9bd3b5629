/**
 * spec/ against Webflow's catalogue of the v2 API (`../shared/reference/webflow-v2-catalog.md`): every
 * operation row (method and path, parameters, success status, scopes, documented error statuses) and every
 * webhook trigger type. The spec may differ from the catalogue only where it says why: an `x-decision` on
 * the operation, parameter or response concerned whose text names what differs (the scope, the parameter,
 * the status). See test/support/catalogue.ts for the rules.
 */
import { describe, expect, it } from "vitest";
import {
  compareOperations,
  deliverySchemas,
  formatDifference,
  isDecided,
  mentions,
  readCatalogue,
  type Difference,
} from "../support/catalogue.js";
import { dereferencedSpec, specOperations } from "../support/spec.js";
import { readFileSync } from "node:fs";

type Node = Record<string, any>;

const catalogue = readCatalogue();
const doc = await dereferencedSpec("spec/webflow-v2.yaml");

const undecided = (d: Node) => compareOperations(catalogue, d).filter((x) => !isDecided(x));
const key = (d: Difference) => `${d.operation}: ${d.what}`;

/** A copy of the spec with `edit` applied; the copy keeps shared nodes shared, so edits replace nodes rather than mutate them. */
function edited(edit: (copy: Node) => void): Node {
  const copy = structuredClone(doc);
  edit(copy);
  return copy;
}

function withoutDecisions(node: Node): Node {
  const copy = structuredClone(node);
  const seen = new Set<object>();
  const strip = (value: unknown): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (!Array.isArray(value)) delete (value as Node)["x-decision"];
    for (const child of Object.values(value)) strip(child);
  };
  strip(copy);
  return copy;
}

const op = (d: Node, path: string, method: string): Node => d.paths[path][method];

describe("the catalogue", () => {
  it("is read completely: 117 operation rows and 14 webhook trigger types", () => {
    const text = readFileSync(catalogue.file, "utf8");
    const rows = text.split("\n").filter((l) => /^\| (GET|POST|PUT|PATCH|DELETE) \|/.test(l));
    expect(catalogue.operations).toHaveLength(rows.length);
    expect(catalogue.operations).toHaveLength(117);
    expect(new Set(catalogue.operations.map((o) => `${o.method} ${o.path}`)).size).toBe(117);
    expect(catalogue.triggers).toHaveLength(14);
    const parameters = catalogue.operations.flatMap((o) => o.parameters);
    expect(parameters.filter((p) => p.in === "path").every((p) => p.required)).toBe(true);
    expect(catalogue.operations.find((o) => o.path === "/pages/{page_id}" && o.method === "GET")).toMatchObject({
      scopes: ["pages:read"],
      securityBlockScopes: ["page:read"],
      parameters: [
        { name: "page_id", in: "path", required: true },
        { name: "localeId", in: "query", required: false },
      ],
      successStatus: 200,
      successHasBody: true,
      errorStatuses: [400, 401, 404, 429, 500],
    });
  });
});

describe("spec/webflow-v2.yaml against the catalogue", () => {
  it("describes every operation of the catalogue, at the same method and path, and no other", () => {
    const inSpec = specOperations(doc).map((o) => `${o.method.toUpperCase()} ${o.path}`).sort();
    expect(inSpec).toEqual(catalogue.operations.map((o) => `${o.method} ${o.path}`).sort());
  });

  it("differs from the catalogue only where an x-decision on the node concerned names the difference", () => {
    expect(undecided(doc).map(formatDifference)).toEqual([]);
  });

  it("has a delivery schema for every webhook trigger type of the catalogue, and a trigger type for each", () => {
    const schemas = deliverySchemas(catalogue, doc);
    const pascal = (t: string) => t.split("_").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
    for (const { triggerType } of catalogue.triggers) {
      expect(schemas.get(triggerType), triggerType).toEqual([`${pascal(triggerType)}Event`]);
    }
    expect([...schemas.keys()].sort()).toEqual(catalogue.triggers.map((t) => t.triggerType).sort());
    expect([...doc.components.schemas.TriggerType.enum].sort()).toEqual(catalogue.triggers.map((t) => t.triggerType).sort());
  });
});

describe("the catalogue check itself", () => {
  it("finds differences, each of which fails the check once the decisions are removed", () => {
    const all = compareOperations(catalogue, doc);
    expect(all.length).toBeGreaterThan(0);
    expect(undecided(withoutDecisions(doc)).map(key)).toEqual(all.map(key));
    // The contradictions the catalogue is known for are among them.
    const found = all.map(key).join("\n");
    expect(found).toContain("GET /pages/{page_id} (getPageMetadata): scopes: catalogue pages:read / security block: page:read; spec pages:read");
    expect(found).toContain("DELETE /webhooks/{webhook_id} (removeWebhook): scopes: catalogue sites:read / security block: none; spec sites:write");
    expect(found).toContain("GET /sites (listSites): error range 4XX not written");
  });

  it("counts a decision only when its text names what differs, as a whole word", () => {
    expect(mentions("Scope `pages:read`; the security block says `page:read`.", "page:read")).toBe(true);
    expect(mentions("Scope `pages:read`.", "page:read")).toBe(false);
    expect(mentions("members (`createdOn[lte]`, ...)", "createdOn")).toBe(true);
    expect(mentions("status 2010", "201")).toBe(false);
    // removeWebhook's own decision names sites:read; createWebhook's does not.
    const moved = edited((d) => {
      op(d, "/webhooks/{webhook_id}", "delete")["x-decision"] = op(d, "/sites/{site_id}/webhooks", "post")["x-decision"];
    });
    expect(undecided(moved).map(key)).toEqual([
      "DELETE /webhooks/{webhook_id} (removeWebhook): scopes: catalogue sites:read / security block: none; spec sites:write",
    ]);
    const noRoot = edited((d) => {
      delete d["x-decision"];
    });
    expect(undecided(noRoot).map(key)).toEqual([
      "GET /token/authorized_by (getAuthorizedUser): error range 4XX not written",
      "GET /token/authorized_by (getAuthorizedUser): error range 5XX not written",
      "GET /token/introspect (introspectToken): error range 4XX not written",
      "GET /token/introspect (introspectToken): error range 5XX not written",
      "GET /sites (listSites): error range 4XX not written",
      "GET /sites (listSites): error range 5XX not written",
    ]);
  });

  const MUTATIONS: ReadonlyArray<[string, (d: Node) => void, string | RegExp]> = [
    ["a scope changed", (d) => void (op(d, "/sites/{site_id}", "get").security = [{ oauth2: ["sites:write"] }]),
      "GET /sites/{site_id} (getSite): scopes: catalogue sites:read; spec sites:write"],
    ["a parameter dropped", (d) => {
      const o = op(d, "/sites/{site_id}/pages", "get");
      o.parameters = o.parameters.filter((p: Node) => p.name !== "localeId");
    }, "GET /sites/{site_id}/pages (listPages): parameter localeId (query) missing"],
    ["an optional parameter made required", (d) => {
      const o = op(d, "/sites/{site_id}/forms", "get");
      o.parameters = o.parameters.map((p: Node) => (p.name === "offset" ? { ...p, required: true } : p));
    }, "GET /sites/{site_id}/forms (listForms): parameter offset: optional in the catalogue, required in the spec"],
    ["a parameter moved to a header", (d) => {
      const o = op(d, "/assets/{asset_id}", "get");
      o.parameters = o.parameters.map((p: Node) => (p.name === "localeId" ? { ...p, in: "header" } : p));
    }, "GET /assets/{asset_id} (getAsset): parameter localeId: in query in the catalogue, header in the spec"],
    ["a parameter added", (d) => {
      const o = op(d, "/sites/{site_id}/plan", "get");
      o.parameters = [...(o.parameters ?? []), { name: "expand", in: "query", schema: { type: "string" } }];
    }, "GET /sites/{site_id}/plan (getSitePlan): parameter expand (query) is not in the catalogue"],
    ["the success status changed", (d) => {
      const o = op(d, "/sites/{site_id}/publish", "post");
      const { "202": accepted, ...rest } = o.responses;
      o.responses = { ...rest, "200": accepted };
    }, "POST /sites/{site_id}/publish (publishSite): success: catalogue 202, spec 200"],
    ["a documented error status dropped", (d) => {
      const o = op(d, "/sites/{site_id}", "get");
      const { "404": _gone, ...rest } = o.responses;
      o.responses = rest;
    }, "GET /sites/{site_id} (getSite): error status 404 missing"],
    ["an operation removed", (d) => void delete d.paths["/sites/{site_id}/plan"].get,
      /^GET \/sites\/\{site_id\}\/plan \(catalogue line \d+\): operation missing from the spec$/],
  ];

  it.each(MUTATIONS)("reports %s as an undecided difference", (_name, edit, expected) => {
    const before = new Set(undecided(doc).map(key));
    const after = undecided(edited(edit)).map(key).filter((k) => !before.has(k));
    expect(after).toEqual([typeof expected === "string" ? expected : expect.stringMatching(expected)]);
  });
});
