import { getAtPointer, joinPointer } from "../pointer.js";
import { isObjectMember, isReserved } from "../model/names.js";
import { RESERVED_NAMESPACES, UNDECLARED_SCOPE } from "../normalise/defaults.js";
import { componentRefName, deref, entries, isJsonMediaType, isObject, operationsOf, own, walkAllSchemas, type Json } from "../walk.js";
import { finding, type Finding, type Level, type Where } from "./profile.js";

export type { Where } from "./profile.js";

/**
 * A rule looks at the normalised document (OpenAPI 3.1, defaults filled in) and says what is wrong, with
 * where it is and at which level (validity, unsupported, deviation, style: see profile.ts); the check
 * stage grades the findings by the spec's lint profile.
 */
export type Rule = (doc: Json, where: Where) => Finding[];

type Severity = Finding["severity"];
const problem = (level: Level, severity: Severity, rule: string, message: string, where: Where, pointer: string): Finding => finding(level, severity, rule, message, where, pointer);

/** How messages name an operation: its operationId, or method and path when it has none. */
const label = (operation: Json, method: string, path: string): string => {
  const id = own(operation, "operationId");
  return typeof id === "string" ? id : `${method.toUpperCase()} ${path}`;
};

/**
 * Object.prototype members that openapi-typescript's Redocly resolver looks up as if they were its own
 * type tables, crashing on them. `constructor`, `toString` and `__proto__` pass through safely.
 */
const TOOLING_RESERVED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype).filter((name) => !["constructor", "toString", "__proto__"].includes(name)));

const SCHEMA_TYPES = new Set(["string", "number", "integer", "boolean", "null", "array", "object"]);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const info: Rule = (doc, where) => {
  const out: Finding[] = [];
  const infoNode = own(doc, "info");
  for (const key of ["title", "version"]) {
    const value = own(infoNode, key);
    if (typeof value !== "string") out.push(problem("validity", "error", "info", value === undefined ? `info.${key} is missing` : `info.${key} must be a string, found ${JSON.stringify(value)}`, where, joinPointer("/info", key)));
  }
  const namespace = own(infoNode, "x-namespace");
  if (typeof namespace !== "string" || !/^[a-z][a-z0-9]*$/.test(namespace)) {
    // The house style wants a short lower-case name; anything that is not an identifier breaks the output.
    const level: Level = typeof namespace === "string" && IDENTIFIER.test(namespace) && !isReserved(namespace) && !RESERVED_NAMESPACES.has(namespace) ? "style" : "validity";
    out.push(problem(level, "error", "info-namespace", `info.x-namespace must be a short lower-case name such as "v2" (it names the output folder), found ${JSON.stringify(namespace ?? null)}`, where, "/info/x-namespace"));
  } else if (isReserved(namespace) || RESERVED_NAMESPACES.has(namespace)) {
    out.push(problem("validity", "error", "info-namespace", `info.x-namespace ${JSON.stringify(namespace)} is reserved (a keyword, an object built-in, or a folder the package already has); choose another`, where, "/info/x-namespace"));
  }
  return out;
};

/** A missing or empty list was given the default "/" by the normalise stage, which also reports a relative URL (house style). */
export const servers: Rule = (doc, where) => {
  const list = own(doc, "servers");
  const first = Array.isArray(list) ? own(list[0], "url") : undefined;
  return typeof first === "string" ? [] : [problem("validity", "error", "servers", "servers[0] has no url (the client's default base URL)", where, "/servers/0")];
};

export const operationIds: Rule = (doc, where) => {
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  for (const op of operationsOf(doc)) {
    const id = own(op.operation, "operationId");
    const pointer = joinPointer(op.pointer, "operationId");
    // A missing operationId was synthesised from method and path by the normalise stage.
    if (typeof id !== "string") {
      out.push(problem("validity", "error", "operation-id", `operationId of ${op.method.toUpperCase()} ${op.path} must be a string, found ${JSON.stringify(id)}`, where, pointer));
      continue;
    }
    // Any string is an operationId; the model turns it into identifiers. camelCase is the house style.
    if (!/^[a-z][A-Za-z0-9]*$/.test(id)) out.push(problem("style", "error", "operation-id", `operationId ${JSON.stringify(id)} must be camelCase letters and digits`, where, pointer));
    const previous = seen.get(id);
    if (previous) out.push(problem("validity", "error", "operation-id", `operationId ${JSON.stringify(id)} is also used by ${previous}`, where, pointer));
    seen.set(id, `${op.method.toUpperCase()} ${op.path}`);
    if (typeof own(op.operation, "summary") !== "string") out.push(problem("style", "warning", "operation-summary", `${id} has no summary`, where, op.pointer));
  }
  return out;
};

/**
 * The parameters an operation really takes: path-item ones overridden by the operation's, refs followed.
 * `pointer` is where the parameter is defined (the component for a ref), `usage` where the list names it.
 */
export function parametersOf(doc: Json, pathItem: Json, operation: Json, opPointer: string): { param: Json; pointer: string; usage: string }[] {
  const byKey = new Map<string, { param: Json; pointer: string; usage: string }>();
  const add = (list: unknown, pointer: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const resolved = deref(doc, raw, "parameters");
      if (!isObject(resolved.value)) return;
      const usage = joinPointer(pointer, i);
      byKey.set(`${String(own(resolved.value, "in"))}:${String(own(resolved.value, "name"))}`, { param: resolved.value, pointer: resolved.pointer ?? usage, usage });
    });
  };
  const pathPointer = opPointer.slice(0, opPointer.lastIndexOf("/"));
  add(own(pathItem, "parameters"), joinPointer(pathPointer, "parameters"));
  add(own(operation, "parameters"), joinPointer(opPointer, "parameters"));
  return [...byKey.values()];
}

export const pathParameters: Rule = (doc, where) => {
  const out: Finding[] = [];
  for (const op of operationsOf(doc)) {
    const inTemplate = [...op.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? "");
    const params = parametersOf(doc, op.pathItem, op.operation, op.pointer);
    const declared = params.filter(({ param }) => own(param, "in") === "path");
    for (const name of inTemplate) {
      if (!declared.some(({ param }) => own(param, "name") === name)) {
        out.push(problem("validity", "error", "path-params", `path ${op.path} uses {${name}} but ${label(op.operation, op.method, op.path)} declares no path parameter "${name}"`, where, op.pointer));
      }
    }
    for (const { param, pointer, usage } of declared) {
      const name = own(param, "name");
      // Reported where the operation lists it: the same component can be right for another path.
      if (typeof name !== "string" || !inTemplate.includes(name)) out.push(problem("validity", "error", "path-params", `path parameter ${JSON.stringify(name ?? null)} does not appear in the path template ${op.path}`, where, usage));
      else if (own(param, "required") !== true) out.push(problem("validity", "error", "path-params", `path parameter "${name}" must be required: true`, where, joinPointer(pointer, "required")));
    }
    for (const { param, pointer } of params) {
      const location = own(param, "in");
      if (location !== "path" && location !== "query" && location !== "header" && location !== "cookie") {
        out.push(problem("validity", "error", "param-in", `parameter ${JSON.stringify(own(param, "name"))} is in ${JSON.stringify(location ?? null)}; a parameter is in path, query, header or cookie`, where, joinPointer(pointer, "in")));
      }
    }
  }
  return out;
};

export const responses: Rule = (doc, where) => {
  const out: Finding[] = [];
  for (const op of operationsOf(doc)) {
    const statuses = Object.keys(isObject(own(op.operation, "responses")) ? (own(op.operation, "responses") as Json) : {});
    const pointer = joinPointer(op.pointer, "responses");
    const success = statuses.filter((s) => /^2\d\d$/.test(s));
    const name = label(op.operation, op.method, op.path);
    // The house style documents one concrete success; any document may have none (then `default`, or an
    // empty 200, is the result), several (the result is any of their bodies), ranges and `default`.
    if (success.length === 0) out.push(problem("style", "error", "responses", `${name} documents no 2xx response`, where, pointer));
    if (success.length > 1) out.push(problem("style", "warning", "responses", `${name} documents several 2xx responses; the client resolves to any of their bodies`, where, pointer));
    for (const status of statuses) {
      const range = status === "default" || /^[1-5]XX$/i.test(status);
      if (!/^[1-5]\d\d$/.test(status)) out.push(problem(range ? "style" : "validity", "error", "responses", `response key ${JSON.stringify(status)} must be a concrete status code${range ? " (the house style documents each status)" : ""}`, where, joinPointer(pointer, status)));
      // A shared response component is reported where it is defined (once, after de-duplication).
      const response = deref(doc, own(own(op.operation, "responses"), status), "responses");
      const at = response.pointer ?? joinPointer(pointer, status);
      for (const [type] of entries(own(response.value, "content"))) {
        if (!isJsonMediaType(type)) out.push(problem("style", "error", "media-type", `${status} response of ${name}: the house style uses JSON bodies only, found ${JSON.stringify(type)}`, where, joinPointer(at, "content", type)));
      }
    }
    const body = deref(doc, own(op.operation, "requestBody"), "requestBodies");
    const bodyAt = body.pointer ?? joinPointer(op.pointer, "requestBody");
    for (const [type] of entries(own(body.value, "content"))) {
      if (!isJsonMediaType(type)) out.push(problem("style", "error", "media-type", `request body of ${name}: the house style uses JSON request bodies only, found ${JSON.stringify(type)}`, where, joinPointer(bodyAt, "content", type)));
    }
  }
  return out;
};

/** Scope name → declaring pointer, across every oauth2 scheme (or only `only`'s). */
function declaredScopes(doc: Json, only?: string): Map<string, string> {
  const scopes = new Map<string, string>();
  for (const [name, scheme] of entries(own(own(doc, "components"), "securitySchemes"))) {
    if (only !== undefined && name !== only) continue;
    for (const [flowName, flow] of entries(own(scheme, "flows"))) {
      for (const [scope] of entries(own(flow, "scopes"))) scopes.set(scope, joinPointer("/components/securitySchemes", name, "flows", flowName, "scopes", scope));
    }
  }
  return scopes;
}

export const security: Rule = (doc, where) => {
  const out: Finding[] = [];
  const schemes = own(own(doc, "components"), "securitySchemes");
  for (const op of operationsOf(doc)) {
    const written = own(op.operation, "security");
    const requirements = written ?? own(doc, "security");
    // An inherited requirement is reported on the top-level `security`, where it is written.
    const pointer = written === undefined ? "/security" : joinPointer(op.pointer, "security");
    if (!Array.isArray(requirements) || requirements.length === 0) {
      out.push(problem("style", "error", "security", `${label(op.operation, op.method, op.path)} has no security requirement; write [] scopes for "token, no scope"`, where, op.pointer));
      continue;
    }
    requirements.forEach((requirement, i) => {
      for (const [schemeName, list] of entries(requirement)) {
        const scheme = own(schemes, schemeName);
        if (!isObject(scheme)) out.push(problem("validity", "error", "security", `security scheme ${JSON.stringify(schemeName)} is not declared under components.securitySchemes`, where, joinPointer(pointer, i, schemeName)));
        if (!Array.isArray(list)) {
          // Read as "no scopes" by the model, which would silently drop what the spec meant to require.
          out.push(problem("validity", "error", "security", `security requirement ${JSON.stringify(schemeName)} must be a list of scopes; write [] for none`, where, joinPointer(pointer, i, schemeName)));
          continue;
        }
        const scopes = declaredScopes(doc, schemeName);
        list.forEach((scope, j) => {
          if (own(scheme, "type") === "oauth2" && (typeof scope !== "string" || !scopes.has(scope))) {
            // Used scopes were declared by the normalise stage; this is a scheme without flows.
            out.push(problem("deviation", "error", "security-scope", `scope ${JSON.stringify(scope)} is not declared by the ${schemeName} scheme`, where, joinPointer(pointer, i, schemeName, j)));
          }
        });
      }
    });
  }
  return out;
};

/**
 * Several requirements are alternatives (any one suffices). The scope tables say what an operation
 * needs, so alternatives may differ in scheme but not in the OAuth scopes they ask for.
 */
export const securityAlternatives: Rule = (doc, where) => {
  const out: Finding[] = [];
  for (const op of operationsOf(doc)) {
    const inherited = own(op.operation, "security") === undefined;
    const requirements = own(op.operation, "security") ?? own(doc, "security");
    if (!Array.isArray(requirements)) continue;
    const scopeSets = new Set(requirements.flatMap((req) => entries(req).filter(([, list]) => Array.isArray(list) && list.length > 0).map(([, list]) => [...(list as unknown[])].map(String).sort().join(" "))));
    if (scopeSets.size > 1) {
      out.push(problem("style", "error", "security-alternatives", `${String(own(op.operation, "operationId") ?? op.path)} lists alternative security requirements with different scopes (${[...scopeSets].map((s) => JSON.stringify(s)).join(" or ")}); the house style asks for one set of required scopes`, where, inherited ? "/security" : joinPointer(op.pointer, "security")));
    }
  }
  return out;
};

export const scopeLevels: Rule = (doc, where) => {
  const out: Finding[] = [];
  const scopes = declaredScopes(doc);
  const leveled = new Set<string>();
  for (const [name, scheme] of entries(own(own(doc, "components"), "securitySchemes"))) {
    const levels = own(scheme, "x-scope-levels");
    if (levels === undefined) continue;
    for (const [level, list] of entries(levels)) {
      const pointer = joinPointer("/components/securitySchemes", name, "x-scope-levels", level);
      if (level !== "site" && level !== "workspace") out.push(problem("validity", "error", "scope-levels", `scope level ${JSON.stringify(level)} must be "site" or "workspace"`, where, pointer));
      if (!Array.isArray(list)) continue;
      list.forEach((scope, i) => {
        if (typeof scope !== "string" || !scopes.has(scope)) out.push(problem("validity", "error", "scope-levels", `x-scope-levels lists ${JSON.stringify(scope)}, which is not a declared scope`, where, joinPointer(pointer, i)));
        else leveled.add(scope);
      });
    }
  }
  for (const [scope, pointer] of scopes) {
    // A scope the normalise stage declared for the document was already reported as undeclared.
    if (getAtPointer(doc, pointer) === UNDECLARED_SCOPE) continue;
    if (!leveled.has(scope)) out.push(problem("style", "error", "scope-levels", `scope ${JSON.stringify(scope)} has no level: list it under x-scope-levels.site or .workspace`, where, pointer));
  }
  return out;
};

export const triggerScopes: Rule = (doc, where) => {
  const out: Finding[] = [];
  const scopes = declaredScopes(doc);
  walkAllSchemas(doc, (schema, pointer) => {
    const map = own(schema, "x-trigger-scopes");
    if (map === undefined) return;
    const values = Array.isArray(own(schema, "enum")) ? (own(schema, "enum") as unknown[]) : [];
    for (const value of values) {
      if (typeof value !== "string" || typeof own(map, value) !== "string") out.push(problem("validity", "error", "trigger-scopes", `trigger type ${JSON.stringify(value)} has no scope in x-trigger-scopes`, where, joinPointer(pointer, "x-trigger-scopes")));
    }
    for (const [trigger, scope] of entries(map)) {
      const at = joinPointer(pointer, "x-trigger-scopes", trigger);
      if (!values.includes(trigger)) out.push(problem("validity", "error", "trigger-scopes", `x-trigger-scopes names ${JSON.stringify(trigger)}, which is not in the enum`, where, at));
      if (typeof scope !== "string" || !scopes.has(scope)) out.push(problem("validity", "error", "trigger-scopes", `trigger ${JSON.stringify(trigger)} needs ${JSON.stringify(scope)}, which is not a declared scope`, where, at));
    }
  });
  return out;
};

export const schemas: Rule = (doc, where) => {
  const out: Finding[] = [];
  walkAllSchemas(doc, (schema, pointer) => {
    const ref = own(schema, "$ref");
    if (typeof ref === "string") {
      const name = componentRefName(schema, "schemas");
      if (name === undefined || getAtPointer(doc, joinPointer("/components/schemas", name)) === undefined) {
        out.push(problem("validity", "error", "schema-ref", `$ref ${JSON.stringify(ref)} does not name a component schema`, where, joinPointer(pointer, "$ref")));
      }
    }
    const values = own(schema, "enum");
    const literals: [unknown, string][] = [
      ...(Array.isArray(values) ? values.map((v, i): [unknown, string] => [v, joinPointer(pointer, "enum", i)]) : []),
      [own(schema, "const"), joinPointer(pointer, "const")],
    ];
    for (const [value, at] of literals) {
      if (typeof value === "number" && !Number.isFinite(value)) out.push(problem("validity", "error", "schema-enum", `${String(value)} is not a finite number: no JSON value can match it`, where, at));
    }
    const type = own(schema, "type");
    for (const t of Array.isArray(type) ? type : type === undefined ? [] : [type]) {
      if (typeof t !== "string" || !SCHEMA_TYPES.has(t)) out.push(problem("validity", "error", "schema-type", typeof t === "string" ? `unknown schema type ${JSON.stringify(t)}` : `type must name a type (${[...SCHEMA_TYPES].join(", ")}) or list them, found ${JSON.stringify(t).slice(0, 120)}: a schema under "type" belongs under "properties"`, where, joinPointer(pointer, "type")));
    }
    const pattern = own(schema, "pattern");
    if (pattern !== undefined) {
      if (typeof pattern !== "string") out.push(problem("validity", "error", "schema-pattern", "pattern must be a string", where, joinPointer(pointer, "pattern")));
      else {
        try {
          new RegExp(pattern, "u");
        } catch (error) {
          let plain = false;
          try {
            new RegExp(pattern);
            plain = true;
          } catch {
            // invalid in either mode
          }
          const hint = plain ? " (JSON Schema patterns are ECMA-262 regular expressions in Unicode mode, where this one fails; escape only what must be escaped)" : "";
          out.push(problem("validity", "error", "schema-pattern", `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(error as Error).message}${hint}`, where, joinPointer(pointer, "pattern")));
        }
      }
    }
    for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems"]) {
      const value = own(schema, key);
      if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) out.push(problem("validity", "error", "schema-bound", `${key} must be a finite number`, where, joinPointer(pointer, key)));
    }
    const required = own(schema, "required");
    if (required !== undefined && (!Array.isArray(required) || required.some((r) => typeof r !== "string"))) {
      out.push(problem("validity", "error", "schema-required", "required must be a list of property names", where, joinPointer(pointer, "required")));
    }
  });
  return out;
};

export const methodNames: Rule = (doc, where) => {
  const out: Finding[] = [];
  for (const op of operationsOf(doc)) {
    const name = own(op.operation, "x-method-name");
    if (name === undefined) continue;
    if (typeof name !== "string" || !IDENTIFIER.test(name) || isObjectMember(name)) {
      out.push(problem("validity", "error", "method-name", `x-method-name ${JSON.stringify(name)} must be an identifier that is not an object built-in such as constructor (it becomes client.<group>.<name>)`, where, joinPointer(op.pointer, "x-method-name")));
    }
  }
  return out;
};

/** RFC 9110 token characters: anything else cannot be sent as a header name. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export const headerNames: Rule = (doc, where) =>
  operationsOf(doc).flatMap((op) =>
    parametersOf(doc, op.pathItem, op.operation, op.pointer)
      .filter(({ param }) => own(param, "in") === "header" && !HEADER_NAME.test(String(own(param, "name"))))
      .map(({ param, pointer }) => problem("validity", "error", "header-name", `header parameter ${JSON.stringify(own(param, "name"))} is not a valid HTTP header name`, where, joinPointer(pointer, "name"))),
  );

export const pathSegments: Rule = (doc, where) =>
  Object.keys(isObject(own(doc, "paths")) ? (own(doc, "paths") as Json) : {})
    .filter((path) => !path.startsWith("/") || path.split("/").some((segment) => segment === "." || segment === ".."))
    .map((path) => problem("validity", "error", "path-segments", `path ${JSON.stringify(path)} must start with "/" and have no "." or ".." segments: a URL parser would resolve them outside the server's base path`, where, joinPointer("/paths", path)));

export const reservedKeys: Rule = (doc, where) => {
  const out: Finding[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, joinPointer(pointer, i)));
    else if (isObject(node)) {
      for (const [key, child] of Object.entries(node)) {
        const at = joinPointer(pointer, key);
        if (TOOLING_RESERVED_KEYS.has(key)) out.push(problem("unsupported", "error", "reserved-key", `the name ${JSON.stringify(key)} collides with Object.prototype.${key}, which openapi-typescript cannot process; rename it`, where, at));
        // openapi-typescript builds $ref pointers from names without encoding them, then decodes them.
        if (key.includes("%") && pointer !== "/paths") out.push(problem("unsupported", "error", "reserved-key", `the name ${JSON.stringify(key)} contains "%", which openapi-typescript cannot process; rename it`, where, at));
        visit(child, at);
      }
    }
  };
  visit(doc, "");
  return out;
};

export const componentNames: Rule = (doc, where) => {
  const out: Finding[] = [];
  for (const [name] of entries(own(own(doc, "components"), "schemas"))) {
    if (!IDENTIFIER.test(name)) out.push(problem("validity", "warning", "component-name", `component name ${JSON.stringify(name)} is not an identifier; its type is renamed`, where, joinPointer("/components/schemas", name)));
  }
  return out;
};

/**
 * Every rule of the check stage. What the house style also asks but a document may leave out (3.1,
 * `info.x-namespace`, servers, operationIds, tags, declared tags and scopes, `nullable`) is filled in
 * and reported by the normalise stage instead, at the same levels.
 */
export const ALL_RULES: readonly Rule[] = [
  info,
  servers,
  operationIds,
  pathParameters,
  responses,
  security,
  securityAlternatives,
  scopeLevels,
  triggerScopes,
  schemas,
  componentNames,
  methodNames,
  headerNames,
  pathSegments,
  reservedKeys,
];
