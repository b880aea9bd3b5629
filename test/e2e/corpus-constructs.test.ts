/**
 * Constructs of real descriptions that the corpus run (test/corpus) found the generator refusing, or
 * emitting code for that did not compile (test/fixtures/valid/corpus-constructs): the package is
 * type-checked under tsc --strict, and each construct is called through the client against a server
 * on 127.0.0.1 that records what arrived.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPackage } from "../../generator/index.js";
import { formatProblems } from "../../generator/problems.js";
import { useGeneratedPackage } from "../support/generated.js";
import { useTestServer } from "./server.js";

const generated = useGeneratedPackage("test/fixtures/valid/corpus-constructs");

const server = useTestServer();

type Call = (params?: unknown, options?: unknown) => Promise<unknown>;
type Client = { things: { get: Call; update: Call }; alerts: { get: Call } };

function client(): Client {
  const { ns } = generated();
  return (ns.createClient as (config: unknown) => Client)({ baseUrl: server.origin, retry: false, token: "t-1" });
}

async function rejection(promise: Promise<unknown>): Promise<Error & { issues?: { path: string; message: string }[] }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("constructs of the corpus", () => {
  it("generates a package that type-checks under tsc --strict", () => {
    const { pkg } = generated();
    const files = pkg.files.filter((file) => file.startsWith("src/") || file === "package.json").map((file) => ({ path: file, contents: readFileSync(path.join(pkg.dir, file), "utf8") }));
    const problems = verifyPackage(files);
    expect(problems, formatProblems(problems)).toEqual([]);
  }, 180_000);

  it("lists security alternatives with different scopes, each a tuple of scopes", () => {
    expect(generated().ns.OPERATION_SCOPE_ALTERNATIVES).toEqual({ getThing: [["things.read"], ["things.admin"]] });
  });

  it("renames the second of two parameters with one name, and sends each where it belongs", async () => {
    const { pkg } = generated();
    expect(pkg.models[0]?.operations.find((op) => op.id === "getThing")?.params.map((p) => [p.in, p.name, p.argument])).toEqual([
      ["path", "id", undefined],
      ["query", "id", "id_query"],
      ["query", "matrix", undefined],
      ["query", "Tags", undefined],
      ["query", "filter", undefined],
    ]);
    server.enqueue({ status: 200, body: { id: "t1", shape: "none" } });
    await expect(client().things.get({ id: "t1", id_query: 3 })).resolves.toEqual({ id: "t1", shape: "none" });
    expect(server.requests[0]?.url).toBe("/things/t1?id=3");
  });

  it("sends a query parameter named body beside the request body", async () => {
    server.enqueue({ status: 204 });
    await client().things.update({ id: "t1", body_query: "q", body: { code: "0aF9" } });
    expect(server.requests[0]?.url).toBe("/things/t1?body=q");
    expect(server.requests[0]?.body).toEqual({ code: "0aF9" });
  });

  it("writes lists of lists, lists of objects and a deepObject holding objects and lists", async () => {
    server.enqueue({ status: 200, body: { id: "t1", shape: "none" } });
    await client().things.get({
      id: "t1",
      matrix: [
        [1, 2],
        [3, 4],
      ],
      Tags: [{ Key: "k", Value: "v" }],
      filter: { name: "a b", range: { min: 1, max: 2 }, kinds: ["x", "y"], skipped: null },
    });
    const query = new URLSearchParams(server.requests[0]?.search);
    expect([...query]).toEqual([
      ["matrix", "1,2"],
      ["matrix", "3,4"],
      ["Tags", '{"Key":"k","Value":"v"}'],
      ["filter[name]", "a b"],
      ["filter[range][min]", "1"],
      ["filter[range][max]", "2"],
      ["filter[kinds]", "x"],
      ["filter[kinds]", "y"],
    ]);
  });

  it("validates enum values that are objects, compared as JSON", async () => {
    server.enqueue({ status: 200, body: { id: "t1", shape: { radius: 1, kind: "circle" } } }, { status: 200, body: { id: "t1", shape: { kind: "square", sides: [1, 1] } } });
    await expect(client().things.get({ id: "t1" })).resolves.toEqual({ id: "t1", shape: { radius: 1, kind: "circle" } });
    await expect(client().things.get({ id: "t1" })).resolves.toEqual({ id: "t1", shape: { kind: "square", sides: [1, 1] } });
    server.enqueue({ status: 200, body: { id: "t1", shape: { kind: "circle", radius: 2 } } });
    const error = await rejection(client().things.get({ id: "t1" }));
    expect(error.name).toBe("WebflowResponseValidationError");
    expect(error.message).toContain('/shape: expected one of "none", {"kind":"circle","radius":1}, {"kind":"square","sides":[1,1]}');
  });

  it("checks a pattern written with Java's \\p{XDigit} before sending", async () => {
    const error = await rejection(client().things.update({ id: "t1", body: { code: "0aG9" } }));
    expect(error.name).toBe("WebflowRequestValidationError");
    expect(server.requests).toHaveLength(0);
  });

  it("types a path parameter whose schema is a readOnly component as required and defined, and sends it (ghes-3.7)", async () => {
    const { pkg } = generated();
    const schemaTs = readFileSync(path.join(pkg.dir, "src/corpus/schema.ts"), "utf8");
    // readOnly makes a property optional; the component itself, and what refers to it outside a property, stay defined.
    expect(schemaTs).toMatch(/"alert-number": number;/);
    expect(schemaTs).not.toMatch(/"alert-number"\?:/);
    server.enqueue({ status: 200, body: { number: 7, replaced: [3, 5] } });
    await expect(client().alerts.get({ id: "t1", alert_number: 7 })).resolves.toEqual({ number: 7, replaced: [3, 5] });
    expect(server.requests[0]?.url).toBe("/things/t1/alerts/7");
  });
});
