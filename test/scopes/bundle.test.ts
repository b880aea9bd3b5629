/**
 * What the scope check costs a program that does not use it: bundling the generated package's
 * compiled entry point with esbuild, a program of standalone functions on `createWebflowCore`
 * carries neither the check nor the scope table; the grouped client (which bundles every operation
 * anyway) carries both, and their size is a small part of it.
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundle as bundleWith } from "../support/bundle.js";

const DIST = fileURLToPath(new URL("../../generated/dist/", import.meta.url));
/** Text only the scope check's runtime module has. */
const CHECK = "The client was created with scopes the token lacks";
/** An operationId only the scope table (and the workspaces module) names. */
const TABLE = "listWorkspaceAuditLogs";

const bundle = (code: string) => bundleWith(code, DIST);

describe("scope checking in a bundle", () => {
  it("is absent from a program of standalone functions, present in one using the grouped client", async () => {
    const functions = await bundle(
      `import { createWebflowCore, getSite } from "./index.js"; console.log(getSite(createWebflowCore({ token: "t" }), { site_id: "s" }));`,
    );
    expect(functions).toContain("lone surrogate");
    expect(functions.includes(CHECK), "scope check in the functions' bundle").toBe(false);
    expect(functions.includes(TABLE), "scope table in the functions' bundle").toBe(false);

    const client = await bundle(`import { createWebflowClient } from "./index.js"; console.log(createWebflowClient({ token: "t" }));`);
    expect(client.includes(CHECK), "scope check in the client's bundle").toBe(true);
    expect(client.includes(TABLE), "scope table in the client's bundle").toBe(true);

    // The check and the table, measured against a bundle of every group class on a plain core.
    const v2 = (await import("../../generated/dist/v2/index.js")) as Record<string, unknown>;
    const classes = Object.keys(v2).filter((name) => name.endsWith("Api"));
    expect(classes.length).toBeGreaterThan(20);
    const withoutCheck = await bundle(
      `import { createWebflowCore } from "./index.js"; import { ${classes.join(", ")} } from "./v2/index.js";
       const core = createWebflowCore({ token: "t" });
       console.log([${classes.map((name) => `new ${name}(core)`).join(", ")}]);`,
    );
    expect(withoutCheck.includes(CHECK), "scope check without the client").toBe(false);
    const cost = client.length - withoutCheck.length;
    expect(cost).toBeGreaterThan(0);
    // About 1.5 kB of check and 5 kB of table (117 operations), minified; a tenth of that gzipped.
    expect(cost).toBeLessThan(10_000);
    const gzip = gzipSync(client).length - gzipSync(withoutCheck).length;
    expect(gzip).toBeLessThan(2_500);
    console.log(`scope check and table: ${cost} of ${client.length} bytes of the minified client bundle (${gzip} of ${gzipSync(client).length} gzipped)`);
  });
});
