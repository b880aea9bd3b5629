/**
 * What a one-call program bundles: the generated package's compiled entry point through esbuild
 * (bundle, minify, tree-shake, as a consumer's build does). The core knows bearer tokens, JSON bodies,
 * paths and scalar query parameters; the writers of other query parameters, form bodies and other
 * credentials come with the operations that need them.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundle as bundleWith } from "../support/bundle.js";

const DIST = fileURLToPath(new URL("../../generated/dist/", import.meta.url));
/** Text only each writer has. */
const QUERY_WRITER = "must be a string, number, boolean, list or object";
const FORM_WRITER = "new FormData";
const CREDENTIAL_WRITER = ", or ClientConfig.";

const bundle = (code: string) => bundleWith(code, DIST);

describe("a one-call bundle", () => {
  it("has no query, form or credential writer when its operation needs none", async () => {
    const code = await bundle(`import { createWebflowCore, getSite } from "./index.js"; console.log(await getSite(createWebflowCore({ token: "t" }), { site_id: "s" }));`);
    expect(code).toContain("lone surrogate");
    expect(code.includes(QUERY_WRITER), "query writer").toBe(false);
    expect(code.includes(FORM_WRITER), "form writer").toBe(false);
    expect(code.includes(CREDENTIAL_WRITER), "credential writer").toBe(false);
  });

  it("has no query writer for scalar query parameters (an enum through a reference too), which the core writes", async () => {
    const pages = await bundle(`import { createWebflowCore, listPages } from "./index.js"; console.log(await listPages(createWebflowCore({ token: "t" }), { site_id: "s", limit: 5 }));`);
    const orders = await bundle(`import { createWebflowCore, listOrders } from "./index.js"; console.log(await listOrders(createWebflowCore({ token: "t" }), { site_id: "s", status: "pending" }));`);
    for (const code of [pages, orders]) expect(code).toContain("needs encodeQuery");
    const code = pages + orders;
    for (const text of [QUERY_WRITER, FORM_WRITER, CREDENTIAL_WRITER]) expect(code.includes(text), text).toBe(false);
  });

  it("explains a failed response check with the parts of the explainer its schema needs, and no others", async () => {
    // Text only each part has: the union's message, number bounds, uniqueItems, the email format's pattern.
    const UNION = "exactly one of";
    const NUMBER = "multiple of";
    const UNIQUE = "array of unique items";
    const EMAIL = "[^\\s@]+@";
    const site = await bundle(`import { createWebflowCore, getSite } from "./index.js"; console.log(await getSite(createWebflowCore({ token: "t" }), { site_id: "s" }));`);
    expect(site).toContain("required property");
    for (const text of [UNION, NUMBER, UNIQUE, EMAIL]) expect(site.includes(text), text).toBe(false);
    // An asset is a union of shapes: its explainer has the union part.
    const asset = await bundle(`import { createWebflowCore, getAsset } from "./index.js"; console.log(await getAsset(createWebflowCore({ token: "t" }), { asset_id: "a" }));`);
    expect(asset).toContain(UNION);
    // Every part, through the runtime's own explain.
    const all = await bundle(`import { explain } from "./runtime/explain.js"; console.log(explain({ kind: "string" }, 1));`);
    for (const text of [UNION, NUMBER, UNIQUE, EMAIL]) expect(all, text).toContain(text);
  });

  it("has every writer through createHttpCore, for requests written by hand", async () => {
    const code = await bundle(`import { createHttpCore } from "./index.js"; console.log(createHttpCore({ defaultBaseUrl: "https://x.test", config: { token: "t" } }));`);
    for (const text of [QUERY_WRITER, FORM_WRITER, CREDENTIAL_WRITER]) expect(code).toContain(text);
  });
});
