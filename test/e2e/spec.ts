/**
 * Reads operations and their examples straight from the hand-written spec, so the end-to-end
 * tests answer with what the spec documents. Follows the cross-file `$ref`s the spec uses
 * (path items and responses live in other files than the root document).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const SPEC_DIR = fileURLToPath(new URL("../../spec/", import.meta.url));
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

type Node = Record<string, unknown>;

export interface SpecResponse {
  status: number;
  /** The description in effect for this operation (a sibling of `$ref` overrides the target's). */
  description: string;
  /** The description of the shared response a `$ref` points at, or `description` when there is no `$ref`. */
  sharedDescription: string;
  example: unknown;
  hasExample: boolean;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  /** Path template relative to the server, e.g. `/sites/{site_id}`. */
  path: string;
  /** Path-level and operation-level parameters (resolved), by name. */
  parameters: Map<string, { in: string; required: boolean }>;
  requestExample: unknown;
  responses: Map<number, SpecResponse>;
}

const fileCache = new Map<string, unknown>();

function loadFile(file: string): unknown {
  let doc = fileCache.get(file);
  if (doc === undefined) {
    doc = parse(readFileSync(file, "utf8")) as unknown;
    fileCache.set(file, doc);
  }
  return doc;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pointer(doc: unknown, fragment: string): unknown {
  if (fragment === "" || fragment === "/") return doc;
  let node = doc;
  for (const raw of fragment.replace(/^\//, "").split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isNode(node) || !(key in node)) throw new Error(`spec: no ${fragment}`);
    node = node[key];
  }
  return node;
}

/** Follows `$ref` chains; returns the target and the file it lives in. Sibling keys of a `$ref` override the target's. */
function deref(file: string, node: unknown): { file: string; node: unknown } {
  let current = { file, node };
  for (let hops = 0; isNode(current.node) && typeof current.node.$ref === "string"; hops++) {
    if (hops > 20) throw new Error("spec: $ref loop");
    const { $ref, ...siblings } = current.node as Node & { $ref: string };
    const [target = "", fragment = ""] = $ref.split("#");
    const targetFile = target === "" ? current.file : resolve(dirname(current.file), target);
    const resolved = pointer(loadFile(targetFile), fragment);
    current = {
      file: targetFile,
      node: isNode(resolved) ? { ...resolved, ...siblings } : resolved,
    };
  }
  return current;
}

function addParameters(into: SpecOperation["parameters"], file: string, list: unknown): void {
  if (!Array.isArray(list)) return;
  for (const entry of list) {
    const { node } = deref(file, entry);
    if (isNode(node) && typeof node.name === "string" && typeof node.in === "string") {
      into.set(node.name, { in: node.in, required: node.required === true });
    }
  }
}

function jsonContent(node: unknown): { example: unknown; hasExample: boolean } {
  const media = isNode(node) && isNode(node.content) ? node.content["application/json"] : undefined;
  if (!isNode(media) || !("example" in media)) return { example: undefined, hasExample: false };
  return { example: media.example, hasExample: true };
}

/** Every operation of a root document (e.g. `webflow-v2.yaml`), by operationId. */
export function loadOperations(rootDocument: string): Map<string, SpecOperation> {
  const rootFile = resolve(SPEC_DIR, rootDocument);
  const root = loadFile(rootFile);
  const paths = isNode(root) && isNode(root.paths) ? root.paths : {};
  const operations = new Map<string, SpecOperation>();
  for (const [path, rawItem] of Object.entries(paths)) {
    const { file: itemFile, node: item } = deref(rootFile, rawItem);
    if (!isNode(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isNode(op) || typeof op.operationId !== "string") continue;
      const parameters: SpecOperation["parameters"] = new Map();
      addParameters(parameters, itemFile, item.parameters);
      addParameters(parameters, itemFile, op.parameters);
      const responses = new Map<number, SpecResponse>();
      for (const [status, rawResponse] of Object.entries(
        isNode(op.responses) ? op.responses : {},
      )) {
        const { node } = deref(itemFile, rawResponse);
        const shared =
          isNode(rawResponse) && typeof rawResponse.$ref === "string"
            ? deref(itemFile, { $ref: rawResponse.$ref }).node
            : node;
        responses.set(Number(status), {
          status: Number(status),
          description: isNode(node) && typeof node.description === "string" ? node.description : "",
          sharedDescription:
            isNode(shared) && typeof shared.description === "string" ? shared.description : "",
          ...jsonContent(node),
        });
      }
      const body = op.requestBody === undefined ? undefined : deref(itemFile, op.requestBody).node;
      operations.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        requestExample: jsonContent(body).example,
        responses,
      });
    }
  }
  return operations;
}

/** The documented 2xx response of an operation (the spec documents exactly one per operation). */
export function successResponse(op: SpecOperation): SpecResponse {
  const success = [...op.responses.values()].filter((r) => r.status >= 200 && r.status < 300);
  if (success.length !== 1) {
    throw new Error(`${op.operationId}: expected one 2xx response, found ${success.length}`);
  }
  return success[0]!;
}

/** Fills `{name}` in a path template, percent-encoding each value as a path segment. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** A deep copy, so a test that mutates a payload cannot change another test's. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
