/**
 * The generator as a tool people install: `npm pack` builds it (prepack: tsc of generator/ into dist/,
 * runtime templates copied as files), the tarball is installed into a scratch project, and that
 * project's `npx webflow-codegen generate their-api.yaml out/` runs with plain Node: no tsx, no
 * TypeScript sources of the generator in the package.
 *
 * Offline-friendly: the install uses `--prefer-offline`, so the tarball's dependencies (the generator's
 * pinned `dependencies`) come from the npm cache that the repository's own `npm ci` filled; only what is
 * missing from it is fetched from the registry.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "webflow-codegen-pack-"));
const project = path.join(scratch, "project");

/** A plain OpenAPI 3.0 document in no house style: no x-namespace, no tags, no operationIds, nullable. */
const THEIR_API = `openapi: 3.0.3
info:
  title: Their Pet Store
  version: 2.1.0
paths:
  /pets:
    get:
      parameters:
        - name: limit
          in: query
          schema: { type: integer, minimum: 1, exclusiveMinimum: false }
      responses:
        "200":
          description: The pets.
          content:
            application/json:
              schema:
                type: array
                items: { $ref: "#/components/schemas/Pet" }
  /pets/{petId}:
    get:
      parameters:
        - { name: petId, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: One pet.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Pet" }
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: { type: string }
        name: { type: string }
        tag: { type: string, nullable: true, example: dog }
`;

const npm = (args: string[], cwd: string) => run("npm", args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" } });

let tarball = "";

beforeAll(async () => {
  const packed = await npm(["pack", "--json", "--pack-destination", scratch], ROOT);
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(scratch, info[0]?.filename ?? "");
  writeFileSync(path.join(scratch, "files.json"), JSON.stringify(info[0]?.files.map((f) => f.path) ?? []));
  await run("mkdir", ["-p", project]);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "scratch-consumer", private: true, type: "module" }, null, 2));
  writeFileSync(path.join(project, "their-api.yaml"), THEIR_API);
  await npm(["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], project);
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the packed generator", () => {
  it("ships compiled JavaScript and the runtime templates, not the TypeScript sources", () => {
    const files = JSON.parse(readFileSync(path.join(scratch, "files.json"), "utf8")) as string[];
    expect(files).toContain("bin/webflow-codegen.js");
    expect(files).toContain("dist/generator/cli.js");
    expect(files).toContain("dist/generator/normalise/index.js");
    expect(files).toContain("dist/templates/runtime/index.ts");
    expect(files.filter((f) => f.startsWith("generator/"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("spec/"))).toEqual([]);
  });

  it("installs without tsx and runs `npx webflow-codegen generate their-api.yaml out/` with plain Node", async () => {
    const installed = path.join(project, "node_modules");
    expect(existsSync(path.join(installed, "webflow-codegen", "dist", "generator", "cli.js"))).toBe(true);
    // tsx is a devDependency of the repository, never a dependency of the tool.
    expect(existsSync(path.join(installed, "tsx"))).toBe(false);

    const version = await run("npx", ["--no-install", "webflow-codegen", "--version"], { cwd: project });
    expect(version.stdout.trim()).toMatch(/^webflow-codegen \d+\.\d+\.\d+/);

    const result = await run("npx", ["--no-install", "webflow-codegen", "generate", "their-api.yaml", "out/"], { cwd: project, env: { ...process.env, NO_COLOR: "1" } });
    expect(result.stdout).toMatch(/^generated out\/: 2 operations, 1 schemas, 0 scopes, \d+ files written in \d+ ms/);
    // The namespace comes from the file name, the group from the first path segment.
    expect(readdirSync(path.join(project, "out", "src"))).toEqual(expect.arrayContaining(["index.ts", "runtime", "theirApi"]));
    expect(existsSync(path.join(project, "out", "src", "theirApi", "pets.ts"))).toBe(true);
    expect(existsSync(path.join(project, "out", "dist", "index.js"))).toBe(true);
    const pets = readFileSync(path.join(project, "out", "src", "theirApi", "pets.ts"), "utf8");
    // 3.0 nullable became a null-admitting type; synthesised operationIds name the functions.
    expect(pets).toMatch(/getPetsByPetId/);
    const schema = readFileSync(path.join(project, "out", "src", "theirApi", "schema.ts"), "utf8");
    expect(schema).toMatch(/tag\?: string \| null/);
  });

  it("reports a broken document with file, line and exit 2, writing nothing", async () => {
    writeFileSync(path.join(project, "broken.yaml"), THEIR_API.replace("{ $ref: \"#/components/schemas/Pet\" }\n  /pets/{petId}", "{ $ref: \"#/components/schemas/Pett\" }\n  /pets/{petId}"));
    const failure = await run("npx", ["--no-install", "webflow-codegen", "generate", "broken.yaml", "broken-out/"], { cwd: project, env: { ...process.env, NO_COLOR: "1" } }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/broken\.yaml:19:\d+ error \[ref-missing\]/);
    expect(existsSync(path.join(project, "broken-out"))).toBe(false);
  });
});
