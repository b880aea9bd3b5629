import { finding, type Finding } from "../check/profile.js";
import type { LoadedSpec } from "../load/index.js";
import { defineOwn } from "../load/define-own.js";
import { joinPointer } from "../pointer.js";
import { entries, isObject, own, type Json } from "../walk.js";
import { declareUsedScopes, defaultNamespace, defaultOperationIds, defaultServers, defaultTags } from "./defaults.js";
import { fromJavaClasses, toUnicodePattern } from "./patterns.js";
import { normalise30 } from "./v3_0.js";
import { normalise31 } from "./v3_1.js";
import { walkDocumentSchemas } from "./visit.js";

/**
 * load → **normalise** → check → model. Every OpenAPI 3.0.x or 3.1.x document comes out as one dialect:
 * OpenAPI 3.1 (`openapi: 3.1.0`), with what the model needs filled in (`info.x-namespace`, `servers`,
 * every operation's `operationId` and first tag, every tag declared, every used scope declared). A front
 * end per version rewrites its schema dialect. Swagger 2.0 and other versions are refused with what to do.
 */

export interface NormalisedSpec extends LoadedSpec {
  /** The `openapi` version the document was written in (`3.0.3`, `3.1.0`, ...). */
  sourceVersion: string;
}

export interface NormaliseResult {
  specs: NormalisedSpec[];
  /** Errors (a document that cannot be read as OpenAPI 3.x) and findings graded by the check stage's profile. */
  problems: Finding[];
}

const SWAGGER_HELP =
  "webflow-codegen reads OpenAPI 3.0 and 3.1: convert it first, e.g. `npx swagger2openapi <file> -o openapi.yaml`, or open it in the Swagger Editor (editor.swagger.io) and use Edit → Convert to OpenAPI 3";

export function normaliseSpecs(specs: readonly LoadedSpec[]): NormaliseResult {
  const out: NormalisedSpec[] = [];
  const problems: Finding[] = [];
  for (const spec of specs) {
    const result = normaliseSpec(spec);
    problems.push(...result.problems);
    if (result.spec) out.push(result.spec);
  }
  return { specs: out, problems };
}

/** One document: its version decides the front end; the defaults apply to every version alike. */
export function normaliseSpec(spec: LoadedSpec): { spec?: NormalisedSpec; problems: Finding[] } {
  const where = spec.where;
  const fail = (rule: string, message: string, pointer: string) => ({ problems: [finding("validity", "error", rule, message, where, pointer)] });
  const swagger = own(spec.document, "swagger");
  if (swagger !== undefined) {
    return fail("openapi-version", `this is a Swagger ${typeof swagger === "string" ? swagger : JSON.stringify(swagger)} document (swagger: ${JSON.stringify(swagger)}); ${SWAGGER_HELP}`, "/swagger");
  }
  const version = own(spec.document, "openapi");
  if (version === undefined) return fail("openapi-version", `not an OpenAPI document: the root has no "openapi" field (expected openapi: 3.0.x or 3.1.x)`, "");
  if (typeof version !== "string") {
    return fail("openapi-version", `openapi must be a version string such as "3.1.0", found ${JSON.stringify(version)}${typeof version === "number" ? " (quote it: a YAML number loses the patch version)" : ""}`, "/openapi");
  }
  const dialect = /^3\.0\.\d+(?:-[\w.]+)?$/.test(version) ? "3.0" : /^3\.1\.\d+(?:-[\w.]+)?$/.test(version) ? "3.1" : undefined;
  if (dialect === undefined) return fail("openapi-version", `OpenAPI ${JSON.stringify(version)} is not supported: webflow-codegen reads OpenAPI 3.0.x and 3.1.x`, "/openapi");

  const doc = structuredClone(spec.document) as Json;
  const problems: Finding[] = [];
  if (dialect === "3.0") {
    // Reported on the original document, before the front end declares it 3.1.0.
    problems.push(finding("style", "error", "openapi-version", `expected "openapi: 3.1.x", found ${JSON.stringify(version)}`, where, "/openapi"));
    problems.push(...normalise30(doc, where));
  } else problems.push(...normalise31(doc, where));
  problems.push(...unicodePatterns(doc, where));
  problems.push(...defaultNamespace(doc, where, spec.rootFile), ...defaultServers(doc, where), ...defaultOperationIds(doc, where), ...defaultTags(doc, where), ...declareUsedScopes(doc, where));
  return { spec: { ...spec, document: doc, sourceVersion: version }, problems };
}

/**
 * Patterns (and `patternProperties` keys) that only the web-compatibility grammar accepts, rewritten
 * into the Unicode-mode pattern with the same meaning (`\-` → `-`, a lone `{` → `\{`, ...): the
 * validators compile patterns in Unicode mode, as JSON Schema specifies. A deviation, so a warning.
 */
function unicodePatterns(doc: Json, where: NormalisedSpec["where"]): Finding[] {
  const out: Finding[] = [];
  const rewrite = (pattern: string): { to: string; java: boolean } | undefined => {
    const java = fromJavaClasses(pattern);
    if (java !== undefined) return { to: java, java: true };
    const annexB = toUnicodePattern(pattern);
    return annexB === undefined ? undefined : { to: annexB, java: false };
  };
  const note = (from: string, to: { to: string; java: boolean }, pointer: string) =>
    out.push(
      finding(
        "deviation",
        "error",
        "schema-pattern",
        to.java
          ? `pattern ${JSON.stringify(from)} uses java.util.regex character classes, which ECMA-262 (the regular expressions of JSON Schema) does not have; read as ${JSON.stringify(to.to)}, which means the same`
          : `pattern ${JSON.stringify(from)} is valid only without the Unicode flag; read as ${JSON.stringify(to.to)}, which means the same in Unicode mode (the mode JSON Schema specifies)`,
        where,
        pointer,
      ),
    );
  walkDocumentSchemas(doc, (schema, pointer) => {
    const pattern = own(schema, "pattern");
    if (typeof pattern === "string") {
      const rewritten = rewrite(pattern);
      if (rewritten !== undefined) {
        schema.pattern = rewritten.to;
        note(pattern, rewritten, joinPointer(pointer, "pattern"));
      }
    }
    const map = own(schema, "patternProperties");
    if (isObject(map) && entries(map).some(([key]) => rewrite(key) !== undefined)) {
      const rewrittenMap: Json = {};
      for (const [key, value] of entries(map)) {
        const found = rewrite(key);
        const rewritten = found?.to;
        if (found !== undefined) note(key, found, joinPointer(pointer, "patternProperties", key));
        // Not `=`: a "__proto__" key would set the map's prototype instead of keeping the entry.
        defineOwn(rewrittenMap, rewritten ?? key, value);
      }
      schema.patternProperties = rewrittenMap;
    }
  });
  return out;
}
