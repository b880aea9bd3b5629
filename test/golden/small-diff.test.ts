/**
 * A spec change is reviewed through the diff of generated/, so a one-line change must be a small diff:
 * names of generated helpers, patterns and locals come from what they check, never from counters that
 * renumber when something is added. Spec in (the whole Webflow spec, then with one line added),
 * behaviour out (which files and how many lines changed).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/index.js";

const work = mkdtempSync(path.join(tmpdir(), "small-diff-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Lines of `b` not in `a` and of `a` not in `b`, as multisets: a diff's size without its order. */
function changedLines(a: string, b: string): number {
  const count = new Map<string, number>();
  for (const line of a.split("\n")) count.set(line, (count.get(line) ?? 0) + 1);
  for (const line of b.split("\n")) count.set(line, (count.get(line) ?? 0) - 1);
  return [...count.values()].reduce((n, c) => n + Math.abs(c), 0);
}

async function sources(specDir: string): Promise<Map<string, string>> {
  const result = await generate(specDir);
  return new Map(result.files.filter((f) => f.path.startsWith("src/")).map((f) => [f.path, f.contents]));
}

describe("a one-line spec change is a small diff", () => {
  it("adding a pattern to one property changes only the lines that check it", async () => {
    const before = path.join(work, "before");
    const after = path.join(work, "after");
    cpSync("spec", before, { recursive: true });
    cpSync("spec", after, { recursive: true });
    // Site.shortName gets a pattern: one new constant, one new check in the guard, one in the plan.
    const site = path.join(after, "v2/schemas/site.yaml");
    const text = readFileSync(site, "utf8");
    const anchor = "    shortName:\n      type: string\n";
    expect(text).toContain(anchor);
    writeFileSync(site, text.replace(anchor, () => `${anchor}      pattern: '^[a-z0-9-]+$'\n`));

    const [old, now] = [await sources(before), await sources(after)];
    const changed = [...now.keys()].filter((file) => now.get(file) !== old.get(file));
    // Only the module that owns Site: openapi-typescript's types do not show patterns.
    expect(changed).toEqual(["src/v2/sites.ts"]);
    const lines = changedLines(old.get("src/v2/sites.ts") ?? "", now.get("src/v2/sites.ts") ?? "");
    // The constant (+1 line, +1 blank), its use in the guard (1 line becomes 2) and in the plan (1 line changes).
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThanOrEqual(8);
  });
});
