import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGE_KINDS, CHANGE_RULES, diffModels, loadModels, type ChangeKind, type ChangeRule } from "../../generator/diff/index.js";
import { BASE_SPEC, FIXTURES, REPO } from "./helpers.js";

interface Expected {
  description: string;
  old: string;
  new: string;
  /** `path` and `message`, when a fixture gives them, must match exactly too. */
  changes: { kind: ChangeKind; breaking: boolean; operationId?: string; path?: string; message?: string }[];
}

const fixtures = readdirSync(FIXTURES)
  .filter((name) => existsSync(path.join(FIXTURES, name, "expected.json")))
  .sort()
  .map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(FIXTURES, name, "expected.json"), "utf8")) as Expected }));

describe("spec diff fixtures (test/fixtures/diff/<case>/expected.json)", () => {
  it.each(fixtures)("$name", ({ name, expected }) => {
    const dir = path.join(FIXTURES, name);
    const changes = diffModels(loadModels(path.join(dir, expected.old)), loadModels(path.join(dir, expected.new)));
    const classified = changes.map((c, i) => ({
      kind: c.kind,
      breaking: c.breaking,
      ...(c.operationId !== undefined ? { operationId: c.operationId } : {}),
      ...(expected.changes[i]?.path !== undefined ? { path: c.path } : {}),
      ...(expected.changes[i]?.message !== undefined ? { message: c.message } : {}),
    }));
    expect(classified, expected.description).toEqual(expected.changes);
    for (const change of changes) {
      expect(change.message.length).toBeGreaterThan(0);
      expect(change.path.length).toBeGreaterThan(0);
    }
  });

  it("covers every kind of change, both ways where the rule depends on the case", () => {
    const seen = new Set(fixtures.flatMap((f) => f.expected.changes.map((c) => `${c.kind}:${c.breaking}`)));
    const kinds = new Set(fixtures.flatMap((f) => f.expected.changes.map((c) => c.kind)));
    expect(CHANGE_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    for (const kind of ["request-parameter-added", "request-body-added", "request-property-added", "request-type-changed", "response-type-changed", "response-property-added", "response-status-removed", "response-enum-value-added", "request-enum-value-removed", "request-constraint-tightened", "response-constraint-relaxed"] as const) {
      expect(seen.has(`${kind}:true`) && seen.has(`${kind}:false`), kind).toBe(true);
    }
  });

  it("has both directions of every bound, in a request and in a response, changed, added and removed", () => {
    const all = fixtures.flatMap((f) => f.expected.changes);
    const missing: string[] = [];
    for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems"]) {
      for (const dir of ["request", "response"]) {
        for (const way of ["tightened", "relaxed"]) {
          for (const how of ["changed from", "added", "removed"]) {
            if ((way === "tightened" && how === "removed") || (way === "relaxed" && how === "added")) continue;
            const found = all.some((c) => c.kind === `${dir}-constraint-${way}` && c.message !== undefined && new RegExp(`: ${key} (\\d+ ${how}|${how} )`).test(c.message));
            if (!found) missing.push(`${dir} ${key} ${way} (${how})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("has objects closed and opened on each side, with and without a field added", () => {
    const messages = fixtures.flatMap((f) => f.expected.changes.map((c) => `${c.kind}:${c.breaking}:${c.message ?? ""}`));
    for (const want of [
      "request-constraint-tightened:true:request body: no longer allows additional fields",
      "request-constraint-relaxed:false:request body: now allows additional fields",
      "response-constraint-tightened:false:200 response body: no longer allows additional fields",
      "response-constraint-relaxed:true:200 response body: now allows additional fields",
      'response-property-added:false:response field "note" added',
      'response-property-added:true:response field "note" added to an object that allowed no other fields: old clients reject it',
    ]) {
      expect(messages.filter((m) => m === want).length, want).toBeGreaterThanOrEqual(2);
    }
  });

  it("the README's Spec diff rules table lists every kind with the breaking rule the code applies", () => {
    const readme = readFileSync(path.join(FIXTURES, "..", "..", "..", "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Spec diff rules"));
    for (const kind of CHANGE_KINDS) {
      const row = section.split("\n").find((line) => line.startsWith(`| \`${kind}\` |`));
      expect(row, kind).toBeDefined();
      const rule = CHANGE_RULES[kind] as ChangeRule;
      expect(row, kind).toContain(`| ${rule.breaking === "depends" ? rule.when : rule.breaking} |`);
    }
  });

  it("orders changes by operationId, then where in the operation, with component changes last", () => {
    const dir = path.join(REPO, "test", ".tmp", `diff-order-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const base = readFileSync(BASE_SPEC, "utf8");
      // listThings (GET /things) removed: removed operations are found first, so only sorting puts it after the others.
      const listStart = base.indexOf("    get:\n      operationId: listThings");
      const listEnd = base.indexOf("    post:\n      operationId: createThing");
      const edited = (base.slice(0, listStart) + base.slice(listEnd))
        .replace("      summary: Create a thing\n", "      summary: Create a thing\n      deprecated: true\n")
        .replace("      summary: Get a thing\n", "      summary: Get a thing\n      deprecated: true\n")
        .replace("    Error:\n", "    Extra: { type: string }\n    Error:\n");
      writeFileSync(path.join(dir, "api.yaml"), edited);
      const changes = diffModels(loadModels(BASE_SPEC), loadModels(path.join(dir, "api.yaml")));
      expect(changes.map((c) => `${c.operationId ?? "-"} ${c.kind}`)).toEqual([
        "createThing operation-deprecated",
        "getThing operation-deprecated",
        "listThings operation-removed",
        "- schema-added",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds nothing between a spec and itself, for the whole real spec", () => {
    const models = loadModels("spec");
    expect(diffModels(models, loadModels("spec"))).toEqual([]);
  });

  it("reports every operation of a removed API version", () => {
    const models = loadModels("spec");
    const v1 = models.find((m) => m.namespace === "v1");
    expect(v1).toBeDefined();
    const changes = diffModels(models, models.filter((m) => m !== v1));
    const removed = changes.filter((c) => c.kind === "operation-removed");
    expect(removed.map((c) => c.operationId).sort()).toEqual(v1!.operations.map((o) => o.id).sort());
    expect(removed.every((c) => c.breaking && c.namespace === "v1")).toBe(true);
  });
});
