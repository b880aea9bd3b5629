/**
 * generator/libraries.ts loads openapi-typescript's transform without its entry, which would also load
 * Redocly's linter and bundler, never called by generation: a fresh process that types a schema through
 * it must not have loaded Redocly's entry.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO } from "../support/generated.js";

const program = `
import { createRequire } from "node:module";
import { openapiTypescript } from "./generator/libraries.ts";
const type = openapiTypescript.transformSchemaObject({ type: "array", items: { type: "string" } }, { path: "#/x", ctx: {} });
const fromOpenapiTypescript = createRequire(createRequire(import.meta.url).resolve("openapi-typescript"));
const redocly = fromOpenapiTypescript.resolve("@redocly/openapi-core");
console.log(JSON.stringify({ type: openapiTypescript.astToString(type).trim(), redoclyLoaded: redocly in fromOpenapiTypescript.cache }));
`;

describe("libraries", () => {
  it("types a schema through openapi-typescript without loading Redocly", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", program], { cwd: REPO, encoding: "utf8" });
    expect(JSON.parse(out.trim().split("\n").at(-1) ?? "")).toEqual({ type: "string[]", redoclyLoaded: false });
  });
});
