/**
 * The OpenAPI defaults a spec gets by leaving a field out (test/fixtures/valid/defaults): asserted through
 * the model and through the generated client — what it sends, what it returns and what its types accept.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import type { ApiModel, OperationModel } from "../../generator/index.js";
import { REPO, useGeneratedPackage } from "../support/generated.js";

const FIXTURE = "test/fixtures/valid/defaults";

interface Sent {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

type Reply = { status: number; body?: unknown };
type AnyMethod = (...args: unknown[]) => Promise<unknown> & AsyncIterable<unknown>;
type Client = { things: Record<string, AnyMethod> };

const generated = useGeneratedPackage(FIXTURE);
const model = () => generated().pkg.models[0] as ApiModel;

const op = (id: string): OperationModel => {
  const found = model().operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};

/** A client whose fetch records each request and answers from `replies` in turn (the last one repeats). */
function clientWith(...replies: Reply[]): { client: Client; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch = async (input: string | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    sent.push({ method: init.method ?? "GET", url: new URL(String(input)), headers, body: typeof init.body === "string" ? init.body : undefined });
    const reply = replies[Math.min(sent.length - 1, replies.length - 1)] as Reply;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status, headers: { "content-type": "application/json" } });
  };
  const createClient = generated().ns.createClient as (config: Record<string, unknown>) => Client;
  return { client: createClient({ token: "test-token", fetch, retry: false }), sent };
}

const method = (id: string) => op(id).methodName;

describe("requestBody.required left out: the body is optional", () => {
  it("is optional in the model, and a required one is not", () => {
    expect(op("createThing").body?.required).toBe(false);
    expect(op("replaceThings").body?.required).toBe(true);
  });

  it("sends no body and no Content-Type when the caller passes none", async () => {
    const { client, sent } = clientWith({ status: 201, body: { id: "1" } });
    await expect(client.things[method("createThing")]!()).resolves.toEqual({ id: "1" });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.body).toBeUndefined();
    expect(sent[0]?.headers.get("content-type")).toBeNull();
  });

  it("sends a body it is given as JSON under the spec's vendor media type", async () => {
    const { client, sent } = clientWith({ status: 201, body: { id: "1" } });
    await client.things[method("createThing")]!({ body: { name: "box" } });
    expect(sent[0]?.headers.get("content-type")).toBe("application/vnd.things+json");
    expect(JSON.parse(sent[0]?.body ?? "null")).toEqual({ name: "box" });
  });

  it("still validates a body that is given, before sending anything", async () => {
    const { client, sent } = clientWith({ status: 201, body: { id: "1" } });
    await expect(client.things[method("createThing")]!({ body: { name: "much too long" } })).rejects.toMatchObject({ name: "WebflowRequestValidationError" });
    expect(sent).toHaveLength(0);
  });
});

describe("parameter required left out: the parameter is optional", () => {
  it("is optional in the model", () => {
    expect(op("listThings").params.map((p) => [p.name, p.in, p.required])).toEqual([
      ["tags", "query", false],
      ["limit", "query", false],
      ["offset", "query", false],
      ["X-Trace", "header", false],
    ]);
  });

  it("is left out of the request when not given, and sent when given a falsy value", async () => {
    const page = { things: [], pagination: { limit: 0, offset: 0, total: 0 } };
    const { client, sent } = clientWith({ status: 200, body: page });
    await client.things[method("listThings")]!();
    await client.things[method("listThings")]!({ limit: 0 });
    expect(sent.map((s) => s.url.search)).toEqual(["", "?limit=0"]);
    expect(sent[0]?.headers.has("x-trace")).toBe(false);
  });
});

describe("style and explode left out", () => {
  it("sends a query array as repeated keys (style form, explode true)", async () => {
    const { client, sent } = clientWith({ status: 200, body: { things: [], pagination: { limit: 0, offset: 0, total: 0 } } });
    await client.things[method("listThings")]!({ tags: ["a", "b c"] });
    expect(sent[0]?.url.search).toBe("?tags=a&tags=b+c");
    expect(sent[0]?.url.searchParams.getAll("tags")).toEqual(["a", "b c"]);
  });

  it("sends a header array comma-separated (style simple)", async () => {
    const { client, sent } = clientWith({ status: 200, body: { things: [], pagination: { limit: 0, offset: 0, total: 0 } } });
    await client.things[method("listThings")]!({ "X-Trace": ["a", "b"] });
    expect(sent[0]?.headers.get("x-trace")).toBe("a,b");
  });
});

describe("security left out: the root's requirement applies", () => {
  it("gives an operation without security the root's scopes, and one with its own only those", () => {
    expect(op("listThings").scopes).toEqual(["things:read"]);
    expect(op("replaceThings").scopes).toEqual(["things:read"]);
    expect(op("createThing").scopes).toEqual(["things:write"]);
  });

  it("lists the same scopes in the generated OPERATION_SCOPES table and missingScopes()", () => {
    expect(generated().ns.OPERATION_SCOPES).toMatchObject({ listThings: ["things:read"], createThing: ["things:write"], getThing: ["things:read"] });
    const missingScopes = generated().ns.missingScopes as (id: string, granted: readonly string[]) => string[];
    expect(missingScopes("listThings", [])).toEqual(["things:read"]);
    expect(missingScopes("createThing", ["things:read"])).toEqual(["things:write"]);
  });
});

describe("path-item parameters", () => {
  it("apply to the operations below, an operation's own declaration replacing the path item's", () => {
    expect(op("getThing").params.map((p) => [p.name, p.in, p.required])).toEqual([
      ["thing_id", "path", true],
      ["verbose", "query", true],
      ["fields", "query", false],
    ]);
  });

  it("are sent by the client", async () => {
    const { client, sent } = clientWith({ status: 200 });
    await client.things[method("getThing")]!({ thing_id: "t 1", verbose: true, fields: "name" });
    expect(sent[0]?.url.pathname).toBe("/v1/things/t%201");
    expect(sent[0]?.url.search).toBe("?verbose=true&fields=name");
  });
});

describe("a response without content", () => {
  it("has no schema in the model", () => {
    expect(op("getThing").success).toMatchObject({ status: 200 });
    expect(op("getThing").success.schema).toBeUndefined();
    expect(op("replaceThings").success.schema).toBeUndefined();
  });

  it("resolves to undefined, whatever the server sends", async () => {
    const { client } = clientWith({ status: 200, body: { surprise: true } });
    await expect(client.things[method("getThing")]!({ thing_id: "1", verbose: false })).resolves.toBeUndefined();
  });
});

describe("the paged list's iterator", () => {
  it("starts at the caller's offset and keeps the caller's limit", async () => {
    const page = (offset: number, ids: string[]) => ({ status: 200, body: { things: ids.map((id) => ({ id })), pagination: { limit: 2, offset, total: 9 } } });
    const { client, sent } = clientWith(page(5, ["f", "g"]), page(7, ["h", "i"]), page(9, []));
    const iterate = op("listThings").paging?.iteratorName;
    expect(iterate).toBeDefined();
    const seen: unknown[] = [];
    for await (const thing of client.things[iterate as string]!({ offset: 5, limit: 2, tags: ["x"] })) seen.push(thing);
    expect(seen).toEqual([{ id: "f" }, { id: "g" }, { id: "h" }, { id: "i" }]);
    expect(sent.map((s) => [s.url.searchParams.get("offset"), s.url.searchParams.get("limit"), s.url.searchParams.getAll("tags")])).toEqual([
      ["5", "2", ["x"]],
      ["7", "2", ["x"]],
    ]);
  });

  it("starts at offset 0 when the caller gives none", async () => {
    const { client, sent } = clientWith({ status: 200, body: { things: [{ id: "a" }], pagination: { limit: 100, offset: 0, total: 1 } } });
    const seen: unknown[] = [];
    for await (const thing of client.things[op("listThings").paging?.iteratorName as string]!()) seen.push(thing);
    expect(seen).toEqual([{ id: "a" }]);
    expect(sent.map((s) => s.url.searchParams.get("offset"))).toEqual(["0"]);
  });
});

describe("the generated types", () => {
  const dir = path.join(REPO, "test", ".tmp", `defaults-types-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("let callers leave out an optional body and optional parameters, and not a required body or parameter", () => {
    const index = path.join(generated().pkg.dir, "src", "defaults", "index.js");
    const m = (id: string) => method(id);
    const probe = [
      `import { createClient } from ${JSON.stringify(index)};`,
      `const client = createClient({ token: "t" });`,
      `void client.things.${m("createThing")}();`,
      `void client.things.${m("createThing")}({ body: { name: "x" } });`,
      `void client.things.${m("listThings")}();`,
      `void client.things.${m("listThings")}({ tags: ["a"], limit: 1, "X-Trace": ["b"] });`,
      `void client.things.${m("getThing")}({ thing_id: "1", verbose: true });`,
      `// @ts-expect-error the body of replaceThings is required`,
      `void client.things.${m("replaceThings")}();`,
      `// @ts-expect-error verbose is required: the operation's declaration replaces the path item's`,
      `void client.things.${m("getThing")}({ thing_id: "1" });`,
      `// @ts-expect-error a query array takes strings`,
      `void client.things.${m("listThings")}({ tags: [1] });`,
      "",
    ].join("\n");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "probe.ts");
    writeFileSync(file, probe);
    const program = ts.createProgram([file], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    expect(diagnostics).toEqual([]);
  });
});
