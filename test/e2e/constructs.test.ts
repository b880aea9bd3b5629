/**
 * The constructs real API descriptions use beyond JSON in and out (test/fixtures/valid/constructs):
 * each operation called through the client generated from it, against a real server on 127.0.0.1 that
 * records what arrived. Security alternatives, form/multipart/text/binary bodies, several success
 * statuses, `4XX`/`default` responses, cookie and styled query parameters, server variables.
 */
import { describe, expect, it } from "vitest";
import { useGeneratedPackage } from "../support/generated.js";
import { useTestServer } from "./server.js";

const generated = useGeneratedPackage("test/fixtures/valid/constructs");

const server = useTestServer();

type Client = {
  files: Record<string, (params?: unknown, options?: unknown) => Promise<unknown>>;
};

function client(credentials: Record<string, unknown>): Client {
  const { ns } = generated();
  return (ns.createClient as (config: unknown) => Client)({ baseUrl: server.origin, retry: false, ...credentials });
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("constructs beyond JSON", () => {
  it("fills the server variables with their defaults", () => {
    expect(generated().ns.SERVER_URL).toBe("https://eu.example.com/v1");
  });

  it("sends the first security alternative the client holds: an API key header, else basic", async () => {
    server.enqueue({ status: 200, raw: "bytes", headers: { "Content-Type": "application/octet-stream" } });
    server.enqueue({ status: 200, raw: "bytes", headers: { "Content-Type": "application/octet-stream" } });
    await client({ apiKey: "k-123" }).files.download!({ file_id: "f1" });
    await client({ basic: { username: "ann", password: "s3cret" } }).files.download!({ file_id: "f1" });
    expect(server.requests.map((r) => [r.headers["x-api-key"], r.headers.authorization])).toEqual([
      ["k-123", undefined],
      [undefined, `Basic ${Buffer.from("ann:s3cret").toString("base64")}`],
    ]);
  });

  it("names a method by a keyword when that is what the operationId says: client.files.delete", async () => {
    server.enqueue({ status: 204 });
    await expect(client({ apiKey: "k-123" }).files.delete!({ file_id: "f1" })).resolves.toBeUndefined();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["DELETE /files/f1/content"]);
  });

  it("refuses, before sending, a call whose requirement the client holds no credential for", async () => {
    const error = await rejection(client({}).files.download!({ file_id: "f1" }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("downloadFile needs credentials the client was not given: ClientConfig.apiKey, or ClientConfig.basic");
    expect(server.requests).toHaveLength(0);
  });

  it("calls an operation whose security is optional without credentials, and one with `security: []`", async () => {
    server.enqueue({ status: 200, body: [] }, { status: 200, body: { session: "s" } });
    await expect(client({}).files.list!()).resolves.toEqual([]);
    await expect(client({}).files.logIn!({ body: { user: "ann", password: "pw" } })).resolves.toEqual({ session: "s" });
    expect(server.requests.map((r) => r.headers["x-api-key"] ?? null)).toEqual([null, null]);
  });

  it("encodes a form body, validating it first", async () => {
    server.enqueue({ status: 200, body: { session: "s" } });
    await client({}).files.logIn!({ body: { user: "ann b", password: "p&w" } });
    const [request] = server.requests;
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.rawBody).toBe("user=ann+b&password=p%26w");
    const error = await rejection(client({}).files.logIn!({ body: { user: "ann" } }));
    expect(error.name).toBe("WebflowRequestValidationError");
    expect(server.requests).toHaveLength(1);
  });

  it("sends a multipart body with its boundary and a file part", async () => {
    server.enqueue({ status: 201, body: { id: "f1", kind: 1 } });
    const file = new Blob(["hello"], { type: "text/plain" });
    await expect(client({ apiKey: "k" }).files.upload!({ body: { file, note: "n" } })).resolves.toEqual({ id: "f1", kind: 1 });
    const [request] = server.requests;
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.rawBody).toContain('name="file"');
    expect(request?.rawBody).toContain("hello");
    expect(request?.rawBody).toContain('name="note"');
  });

  it("sends and reads text bodies as strings", async () => {
    server.enqueue({ status: 200, raw: "new text", headers: { "Content-Type": "text/plain" } });
    await expect(client({ apiKey: "k" }).files.replaceText!({ file_id: "f1", body: "old → new" })).resolves.toBe("new text");
    expect(server.requests[0]?.headers["content-type"]).toBe("text/plain");
    expect(server.requests[0]?.rawBody).toBe("old → new");
  });

  it("reads a binary body as a Blob", async () => {
    server.enqueue({ status: 200, raw: "\u0001\u0002bytes", headers: { "Content-Type": "application/octet-stream" } });
    const blob = (await client({ apiKey: "k" }).files.download!({ file_id: "f1" })) as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(Buffer.from(await blob.arrayBuffer()).toString("latin1")).toBe("\u0001\u0002bytes");
  });

  it("resolves a 204 beside a JSON 200 to undefined, and still validates the 200", async () => {
    server.enqueue({ status: 204 }, { status: 200, body: [{ id: 7 }] });
    await expect(client({}).files.list!()).resolves.toBeUndefined();
    const error = await rejection(client({}).files.list!());
    expect(error.name).toBe("WebflowResponseValidationError");
  });

  it("writes styled query parameters and cookies", async () => {
    server.enqueue({ status: 200, body: [] });
    await client({}).files.list!({ tags: ["a", "b c"], filter: { kind: "doc" }, session: "s 1" });
    const [request] = server.requests;
    expect(request?.search).toBe("?tags=a%2Cb+c&filter%5Bkind%5D=doc");
    expect(request?.headers.cookie).toBe("session=s%201");
  });

  it("throws an API error for a 4XX range and for a default response", async () => {
    server.enqueue({ status: 413, body: { title: "too big" } }, { status: 503, body: { title: "down" } });
    const ranged = (await rejection(client({ apiKey: "k" }).files.upload!({ body: { file: new Blob(["x"]) } }))) as Error & { status: number };
    expect([ranged.name, ranged.status]).toEqual(["WebflowApiError", 413]);
    const fallback = (await rejection(client({}).files.list!())) as Error & { status: number };
    expect([fallback.name, fallback.status]).toEqual(["ServiceUnavailableError", 503]);
  });
});
