import path from "node:path";
import { finding, type Finding, type Where } from "../check/profile.js";
import { isReserved, words } from "../model/names.js";
import { defineOwn } from "../load/define-own.js";
import { joinPointer } from "../pointer.js";
import { entries, isObject, operationsOf, own, type Json } from "../walk.js";

/**
 * What the model needs that a document need not say, filled in so the model reads every document as it
 * reads a house-style one. Each default is written into the normalised document (so the model, the
 * types and the diff all see the same thing) and recorded as a house-style finding (silent by default,
 * an error under the house style, where it must be written out).
 */

/** Output folders and entry points of the generated package that a namespace must not take. */
export const RESERVED_NAMESPACES = new Set(["runtime", "index", "dist", "src"]);

/** File names that say nothing about the API: the namespace then comes from the title. */
const GENERIC_STEMS = new Set(["openapi", "swagger", "api", "apis", "spec", "specs", "index", "schema", "definition", "definitions", "main", "root", "bundle", "bundled", "public", "v1", "v2", "v3"]);

const upper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * `info.x-namespace` when the document has none: the camelCase of the root file's name (`their-api.yaml`
 * → `theirApi`), or of `info.title` when the file name is generic (`openapi.yaml`, `swagger.json`, ...),
 * or `api`. A keyword or a folder the package already has gets an `Api` suffix. Deterministic.
 */
export function deriveNamespace(rootFile: string, title: unknown): string {
  const stem = path.basename(rootFile).replace(/\.(?:ya?ml|json)$/i, "");
  const fromStem = words(stem).length > 0 && !GENERIC_STEMS.has(words(stem).join("")) ? stem : undefined;
  const source = fromStem ?? (typeof title === "string" && words(title).length > 0 ? title : "api");
  const list = words(source).slice(0, 6);
  let name = (list[0] ?? "api") + list.slice(1).map(upper).join("");
  if (/^[0-9]/.test(name)) name = `api${upper(name)}`;
  if (isReserved(name) || RESERVED_NAMESPACES.has(name)) name = `${name}Api`;
  return name;
}

export function defaultNamespace(doc: Json, where: Where, rootFile: string): Finding[] {
  const info = own(doc, "info");
  if (!isObject(info) || own(info, "x-namespace") !== undefined) return [];
  const found = finding("style", "error", "info-namespace", `info.x-namespace must be a short lower-case name such as "v2" (it names the output folder), found null`, where, "/info/x-namespace");
  info["x-namespace"] = deriveNamespace(rootFile, own(info, "title"));
  return [found];
}

/**
 * No `servers` (or an empty list): the client's default base URL is "/", relative, as OpenAPI itself
 * says. A written first server that is not an absolute http(s) URL is valid OpenAPI and breaks only the
 * house style (the client's default base URL should work as it is).
 */
export function defaultServers(doc: Json, where: Where): Finding[] {
  const list = own(doc, "servers");
  if (Array.isArray(list) && list.length > 0) {
    const first = own(list[0], "url");
    if (typeof first !== "string") return [];
    try {
      const url = new URL(first);
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("scheme");
      return [];
    } catch {
      return [finding("style", "error", "servers", `servers[0].url ${JSON.stringify(first)} is not an absolute http(s) URL`, where, "/servers/0/url")];
    }
  }
  const found = finding("style", "error", "servers", "at least one server with a url is required (the client's default base URL)", where, "/servers");
  doc.servers = [{ url: "/", description: "Default: the document declares no servers (OpenAPI's default is \"/\"); pass baseUrl to the client." }];
  return [found];
}

/**
 * `getUsersById` for `GET /users/{id}`: the method, then each literal path segment in PascalCase and each
 * template as `By<Name>`. Only letters and digits, so it is also an identifier.
 */
export function synthesiseOperationId(method: string, pathTemplate: string): string {
  const parts = pathTemplate
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => {
      const template = /^\{([^}]*)\}$/.exec(segment);
      if (template) return `By${words(template[1] ?? "").map(upper).join("")}`;
      return words(segment.replace(/\{([^}]*)\}/g, " $1 ")).map(upper).join("");
    });
  const id = method.toLowerCase() + parts.join("");
  return parts.length === 0 ? `${method.toLowerCase()}Root` : id;
}

/**
 * An operation without `operationId` gets one from method and path (`getUsersById`); when that is
 * taken (by a written id or an earlier synthesised one) a numeric suffix, in document order.
 */
export function defaultOperationIds(doc: Json, where: Where): Finding[] {
  const out: Finding[] = [];
  const operations = operationsOf(doc);
  const taken = new Set(operations.map((op) => own(op.operation, "operationId")).filter((id): id is string => typeof id === "string"));
  for (const op of operations) {
    if (own(op.operation, "operationId") !== undefined) continue;
    out.push(finding("style", "error", "operation-id", `${op.method.toUpperCase()} ${op.path} has no operationId`, where, op.pointer));
    const wanted = synthesiseOperationId(op.method, op.path);
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}${n}`;
    taken.add(id);
    op.operation.operationId = id;
  }
  return out;
}

/** Path segments that say which version or prefix, not which resource: skipped when choosing a group. */
const PREFIX_SEGMENT = /^(?:v\d+(?:\.\d+)*|api|rest|\d+(?:\.\d+)*)$/i;

/**
 * The tag for an untagged operation: its path's first literal segment that is not a version prefix, or
 * `default`. What follows `#` or `?` in a path (`/#Action=DescribeThings`, as AWS query APIs write them)
 * is not a segment.
 */
export function tagFromPath(pathTemplate: string): string {
  const segments = pathTemplate
    .replace(/[#?].*$/, "")
    .split("/")
    .filter((s) => s !== "" && !s.includes("{"));
  return segments.find((s) => !PREFIX_SEGMENT.test(s) && words(s).length > 0) ?? segments.find((s) => words(s).length > 0) ?? "default";
}

/**
 * Every operation gets a first tag (the client group): untagged ones the first path segment's; every
 * tag an operation uses is declared under the top-level `tags` (appended in order of first use), which is
 * where the model takes its groups from.
 */
export function defaultTags(doc: Json, where: Where): Finding[] {
  const out: Finding[] = [];
  const declaredList = Array.isArray(own(doc, "tags")) ? (own(doc, "tags") as unknown[]) : [];
  const written = new Set(declaredList.map((tag) => own(tag, "name")).filter((name): name is string => typeof name === "string"));
  const declared = new Set(written);
  const added: Json[] = [];
  const declare = (name: string) => {
    if (declared.has(name)) return;
    declared.add(name);
    added.push({ name });
  };
  for (const op of operationsOf(doc)) {
    const tags = own(op.operation, "tags");
    if (tags !== undefined && (!Array.isArray(tags) || tags.some((t) => typeof t !== "string"))) {
      out.push(finding("validity", "error", "operation-tag", `tags of ${op.method.toUpperCase()} ${op.path} must be a list of tag names`, where, joinPointer(op.pointer, "tags")));
      continue;
    }
    const first = Array.isArray(tags) ? (tags[0] as string | undefined) : undefined;
    if (first === undefined) {
      out.push(finding("style", "error", "operation-tag", `${op.method.toUpperCase()} ${op.path} needs a tag: it decides the client group`, where, op.pointer));
      const tag = tagFromPath(op.path);
      op.operation.tags = [tag];
      declare(tag);
      continue;
    }
    if (!written.has(first)) out.push(finding("style", "error", "operation-tag", `tag ${JSON.stringify(first)} is not declared under the top-level tags`, where, joinPointer(op.pointer, "tags", 0)));
    for (const tag of tags as string[]) declare(tag);
  }
  if (added.length > 0) doc.tags = [...declaredList, ...added];
  return out;
}

/** The description of a scope the normalise stage declared because the document uses it without declaring it. */
export const UNDECLARED_SCOPE = "Not declared by the API description; named by its security requirements.";

/**
 * Scopes an operation's security requirement names but its OAuth2 scheme does not declare (Webflow's
 * published description has them): declared on every flow of that scheme (described as UNDECLARED_SCOPE), so
 * the scope tables have them, and reported as a deviation.
 */
export function declareUsedScopes(doc: Json, where: Where): Finding[] {
  const out: Finding[] = [];
  const schemes = own(own(doc, "components"), "securitySchemes");
  const visit = (requirements: unknown, pointer: string) => {
    if (!Array.isArray(requirements)) return;
    requirements.forEach((requirement, i) => {
      for (const [schemeName, list] of entries(requirement)) {
        const scheme = own(schemes, schemeName);
        if (own(scheme, "type") !== "oauth2" || !Array.isArray(list)) continue;
        const flows = entries(own(scheme, "flows")).filter(([, flow]) => isObject(flow));
        list.forEach((scope, j) => {
          if (typeof scope !== "string") return;
          const missing = flows.filter(([, flow]) => own(own(flow, "scopes"), scope) === undefined);
          if (flows.length > 0 && missing.length < flows.length) return;
          out.push(finding("deviation", "error", "security-scope", `scope ${JSON.stringify(scope)} is not declared by the ${schemeName} scheme`, where, joinPointer(pointer, i, schemeName, j)));
          for (const [, flow] of missing) {
            const f = flow as Json;
            if (!isObject(f.scopes)) f.scopes = {};
            // Not `=`: a scope named "__proto__" would be dropped instead of declared.
            defineOwn(f.scopes as Json, scope, UNDECLARED_SCOPE);
          }
        });
      }
    });
  };
  visit(own(doc, "security"), "/security");
  for (const op of operationsOf(doc)) visit(own(op.operation, "security"), joinPointer(op.pointer, "security"));
  return out;
}
