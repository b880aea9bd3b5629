import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findRootFiles } from "../../generator/load/index.js";
import { getAtPointer } from "../../generator/pointer.js";
import { loadSpec, loadSpecs } from "../../generator/index.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const MULTI = path.join(REPO, "test/fixtures/valid/multi-file");
const TMP_ROOT = path.join(REPO, "test/.tmp");
mkdirSync(TMP_ROOT, { recursive: true });
const TMP = mkdtempSync(path.join(TMP_ROOT, "load-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Writes a small spec folder under test/.tmp and returns its path. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(TMP, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function loadMulti() {
  const { spec, problems } = loadSpec("api.yaml", MULTI);
  expect(problems).toEqual([]);
  if (!spec) throw new Error("multi-file did not load");
  return spec;
}

const SITE = "/components/schemas/Site";
const GET_SITE = "/paths/~1sites~1{site_id}/get";

describe("where(): source positions", () => {
  const spec = loadMulti();

  it("points at nodes of the root file by line and column", () => {
    expect(spec.where("/info/title")).toEqual({ file: "api.yaml", line: 3, column: 3, pointer: "/info/title" });
    expect(spec.where("/servers/0/url")).toMatchObject({ file: "api.yaml", line: 7, column: 5 });
    expect(spec.where("")).toMatchObject({ file: "api.yaml", line: 1, column: 1 });
  });

  it("points into the other file for nodes inlined from it, with that file's pointer", () => {
    expect(spec.where(`${GET_SITE}/operationId`)).toEqual({ file: "paths/sites.yaml", line: 5, column: 5, pointer: "/site/get/operationId" });
    expect(spec.where(`${GET_SITE}/security/0/oauth2/0`)).toMatchObject({ file: "paths/sites.yaml", line: 9 });
    // Two hops: api.yaml -> schemas/site.yaml (component) -> schemas/user.yaml (inlined).
    expect(spec.where(`${SITE}/properties/owner/properties/email/format`)).toMatchObject({ file: "schemas/user.yaml", line: 10, column: 7 });
    expect(spec.where(`${SITE}/properties/domains/items`)).toMatchObject({ file: "schemas/site.yaml", line: 11 });
  });

  it("points a sibling of $ref at the referencing file, and a kept $ref at its own line", () => {
    expect(spec.where(`${SITE}/properties/owner/description`)).toMatchObject({ file: "schemas/site.yaml", line: 15, column: 7 });
    expect(spec.where(`${SITE}/properties/domains/items/$ref`)).toMatchObject({ file: "schemas/site.yaml", line: 12, column: 9 });
  });

  it("falls back to the nearest ancestor for a node that does not exist", () => {
    expect(spec.where(`${GET_SITE}/operationId/nothing/here`)).toEqual({ file: "paths/sites.yaml", line: 5, column: 5, pointer: "/site/get/operationId" });
    expect(spec.where("/info/license")).toMatchObject({ file: "api.yaml", line: 2 });
  });

  it("lists every file the spec was read from", () => {
    expect(spec.files).toEqual(["api.yaml", "paths/sites.yaml", "schemas/error.yaml", "schemas/site.yaml", "schemas/user.yaml", "schemas/webhook.yaml", "shared/parameters.yaml"]);
    expect(spec.rootFile).toBe("api.yaml");
  });
});

describe("bundling", () => {
  const doc = loadMulti().document;
  const at = (pointer: string) => getAtPointer(doc, pointer);

  it("turns references to a file target owned by a component into #/components refs", () => {
    // From a path file, by ../file.yaml#/Name
    expect(at(`${GET_SITE}/responses/200/content/application~1json/schema`)).toEqual({ $ref: "#/components/schemas/Site" });
    expect(at("/paths/~1sites~1{site_id}/parameters/0")).toEqual({ $ref: "#/components/parameters/site_id" });
    // From a schema file, by #/Name (same file) and by ./other.yaml#/Name
    expect(at(`${SITE}/properties/domains/items`)).toEqual({ $ref: "#/components/schemas/Domain" });
    expect(at(`${SITE}/properties/webhooks/items`)).toEqual({ $ref: "#/components/schemas/Webhook" });
    expect(at("/components/schemas/Webhook/properties/triggerType")).toEqual({ $ref: "#/components/schemas/TriggerType" });
  });

  it("inlines the component's own definition", () => {
    expect(at(`${SITE}/type`)).toBe("object");
    expect(at(`${SITE}/required`)).toEqual(["id", "displayName", "domains"]);
    expect(at("/components/parameters/site_id")).toMatchObject({ name: "site_id", in: "path", required: true });
  });

  it("inlines a target no component owns, and lets sibling keys override the target's", () => {
    const owner = at(`${SITE}/properties/owner`);
    expect(owner).toMatchObject({ type: "object", required: ["id"], description: "The user who created the site." });
    expect(owner).not.toHaveProperty("$ref");
    expect(at(`${SITE}/properties/owner/properties/email/format`)).toBe("email");
  });

  it("inlines path items from path files", () => {
    expect(at(`${GET_SITE}/operationId`)).toBe("getSite");
    expect(at("/paths/~1sites~1{site_id}/$ref")).toBeUndefined();
  });

  it("keeps a component that aliases another component as a ref, without taking over the other's references", () => {
    const dir = folder("alias", {
      "api.yaml": [
        "components:",
        "  schemas:",
        "    Thing:",
        "      $ref: './thing.yaml#/Thing'",
        "    Alias:",
        "      $ref: '#/components/schemas/Thing'",
        "    Box:",
        "      properties:",
        "        thing:",
        "          $ref: './thing.yaml#/Thing'",
        "        same:",
        "          $ref: '#/components/schemas/Thing'",
        "",
      ].join("\n"),
      "thing.yaml": "Thing:\n  type: string\n",
    });
    const { spec, problems } = loadSpec("api.yaml", dir);
    expect(problems).toEqual([]);
    expect(getAtPointer(spec?.document, "/components/schemas/Alias")).toEqual({ $ref: "#/components/schemas/Thing" });
    expect(getAtPointer(spec?.document, "/components/schemas/Thing")).toEqual({ type: "string" });
    expect(getAtPointer(spec?.document, "/components/schemas/Box/properties/thing")).toEqual({ $ref: "#/components/schemas/Thing" });
    expect(getAtPointer(spec?.document, "/components/schemas/Box/properties/same")).toEqual({ $ref: "#/components/schemas/Thing" });
  });
});

describe("hostile input", () => {
  it("keeps __proto__ as an own data property and never touches Object.prototype", () => {
    const dir = folder("proto", {
      "api.yaml": [
        "__proto__:",
        "  polluted: true",
        "components:",
        "  schemas:",
        "    Evil:",
        "      $ref: './evil.yaml#/Evil'",
        "      __proto__:",
        "        polluted: true",
        "",
      ].join("\n"),
      "evil.yaml": "Evil:\n  type: object\n  properties:\n    __proto__:\n      polluted: true\n",
    });
    const { spec, problems } = loadSpec("api.yaml", dir);
    expect(problems).toEqual([]);
    const doc = spec?.document as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(doc, "__proto__")).toBe(true);
    expect(Object.keys(doc)).toEqual(["__proto__", "components"]);
    expect(getAtPointer(doc, "/__proto__/polluted")).toBe(true);
    // Through an inlined $ref and a sibling merged beside it.
    const evil = getAtPointer(doc, "/components/schemas/Evil") as object;
    expect(Object.getPrototypeOf(evil)).toBe(Object.prototype);
    expect(getAtPointer(evil, "/__proto__/polluted")).toBe(true);
    expect(getAtPointer(evil, "/properties/__proto__/polluted")).toBe(true);
    expect((evil as Record<string, unknown>).polluted).toBeUndefined();
    expect(spec?.where("/components/schemas/Evil/properties/__proto__")).toMatchObject({ file: "evil.yaml", line: 4 });
  });

  it("reports a bad $ref on a component once, not once per lookup", () => {
    const dir = folder("remote-component", {
      "api.yaml": "components:\n  schemas:\n    Remote:\n      $ref: 'https://example.com/x.yaml#/X'\n",
    });
    const { problems } = loadSpec("api.yaml", dir);
    expect(problems.map((p) => [p.rule, p.location?.line])).toEqual([["ref-remote", 4]]);
  });

  it("treats only a whole `..` segment as leaving the folder, and survives a malformed %-escape", () => {
    const dir = folder("dots", {
      "api.yaml": "a:\n  $ref: './..notes.yaml#/A'\nb:\n  $ref: './..notes.yaml#/%E0%A4%A'\n",
      "..notes.yaml": "A: 1\n",
    });
    const { spec, problems } = loadSpec("api.yaml", dir);
    expect(getAtPointer(spec?.document, "/a")).toBe(1);
    expect(problems.map((p) => [p.rule, p.location?.line])).toEqual([["ref-pointer", 4]]);
    expect(problems[0]?.message).toContain("malformed %-escape");
  });
});

describe("finding root files", () => {
  const dir = folder("roots", {
    "b.yml": "openapi: 3.1.0\n",
    "a.yaml": "openapi: 3.1.0\n",
    "notes.txt": "not a spec\n",
    "sub/c.yaml": "openapi: 3.1.0\n",
  });

  it("takes the top-level YAML files of a folder, sorted, or a single file as it is", () => {
    expect(findRootFiles(dir)).toEqual([path.join(dir, "a.yaml"), path.join(dir, "b.yml")]);
    expect(findRootFiles(path.join(dir, "sub/c.yaml"))).toEqual([path.join(dir, "sub/c.yaml")]);
    expect(findRootFiles(MULTI)).toEqual([path.join(MULTI, "api.yaml")]);
  });

  it("loads every root of a folder, resolving the folder against the given cwd", () => {
    const { specs, problems } = loadSpecs("roots", TMP);
    expect(problems).toEqual([]);
    expect(specs.map((s) => s.rootFile)).toEqual(["roots/a.yaml", "roots/b.yml"]);
  });

  it("reports a spec path that does not exist as a problem instead of throwing", () => {
    const { specs, problems } = loadSpecs("no-such-spec", TMP);
    expect(specs).toEqual([]);
    expect(problems).toMatchObject([{ severity: "error", rule: "no-spec" }]);
    expect(problems[0]?.message).toContain("no-such-spec does not exist");
  });
});
