import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Finding } from "../check/profile.js";
import { escapeToken, getAtPointer, joinPointer, parentPointer, pointerToFragment, splitPointer } from "../pointer.js";
import { sortProblems, uniqueProblems, type Problem, type SourceLocation } from "../problems.js";
import { CONFIG_FILE, readConfig, type LintProfile } from "./config.js";
import { parseJsonFile } from "./json-source.js";
import { defineOwn } from "./define-own.js";
import { parseYamlFile, type ParsedFile } from "./yaml-source.js";

export { CONFIG_FILE, type LintProfile } from "./config.js";

/**
 * One API description with every cross-file `$ref` resolved into a single document. References to a
 * target that a root `components` entry names become internal `#/components/...` refs; everything else is
 * inlined. `where` answers "which file and line did this node of the bundled document come from?".
 */
export interface LoadedSpec {
  /** The root file relative to the working directory, for problems a person can click. */
  rootFile: string;
  /** The root file as `<its folder>/<name>`, independent of the working directory, for generated text. */
  sourceName: string;
  document: Record<string, unknown>;
  files: string[];
  where(pointer: string): SourceLocation | undefined;
  /** The lint profile the spec's folder opts into (`webflow-codegen.config.json`); `default` without one. */
  lint?: LintProfile;
}

export interface LoadResult {
  specs: LoadedSpec[];
  /** Plain problems are errors everywhere; findings (a level) are graded by the lint profile like the check's. */
  problems: (Problem | Finding)[];
  /** The lint profile of the spec's folder (`webflow-codegen.config.json`), `default` without one. */
  lint: LintProfile;
}

/** JSON Schema keywords that constrain a value (as opposed to describing it). */
const SCHEMA_CONSTRAINTS = new Set([
  "type", "enum", "const", "properties", "required", "additionalProperties", "items", "prefixItems", "minItems", "maxItems",
  "uniqueItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
  "format", "allOf", "anyOf", "oneOf", "not", "minProperties", "maxProperties", "patternProperties", "propertyNames",
]);

const SPEC_FILE = /\.(?:ya?ml|json)$/i;

/**
 * A spec path is a root YAML or JSON file, or a folder whose top-level YAML files, and JSON files with an
 * `"openapi"` (or `"swagger"`) key, are each one root document. Other JSON files beside them (the folder's
 * `webflow-codegen.config.json`, test expectations, ...) are not documents.
 */
export function findRootFiles(specPath: string): string[] {
  if (!statSync(specPath).isDirectory()) return [specPath];
  return readdirSync(specPath)
    .filter((name) => SPEC_FILE.test(name) && name !== CONFIG_FILE)
    .filter((name) => !/\.json$/i.test(name) || /"(?:openapi|swagger)"\s*:/.test(readFileSync(path.join(specPath, name), "utf8")))
    .sort()
    .map((name) => path.join(specPath, name));
}

/** JSON files are read by the JSON parser (much faster on large files); everything else as YAML, which JSON also is. */
export function parseSpecFile(display: string, text: string): ParsedFile {
  return /\.json$/i.test(display) ? parseJsonFile(display, text) : parseYamlFile(display, text);
}

export function loadSpecs(specPath: string, cwd = process.cwd()): LoadResult {
  const specs: LoadedSpec[] = [];
  const problems: Problem[] = [];
  // A mistyped path is a spec problem (exit 2), not an internal crash.
  if (!existsSync(path.resolve(cwd, specPath))) {
    return { specs, problems: [{ severity: "error", rule: "no-spec", message: `spec path ${specPath} does not exist` }], lint: "default" };
  }
  // Resolved against `cwd`, not the process's directory, like every path below.
  const config = readConfig(path.resolve(cwd, specPath), cwd);
  problems.push(...config.problems);
  for (const rootFile of findRootFiles(path.resolve(cwd, specPath))) {
    const result = loadSpec(rootFile, cwd);
    problems.push(...result.problems);
    if (result.spec) specs.push({ ...result.spec, lint: config.lint });
  }
  return { specs, problems: sortProblems(uniqueProblems(problems)), lint: config.lint };
}

interface Target {
  file: string;
  pointer: string;
}

const targetKey = (t: Target) => `${t.file}#${t.pointer}`;

export function loadSpec(rootFile: string, cwd = process.cwd()): { spec?: LoadedSpec; problems: (Problem | Finding)[] } {
  const absoluteRoot = path.resolve(cwd, rootFile);
  const specRoot = path.dirname(absoluteRoot);
  const display = (file: string) => path.relative(cwd, file).split(path.sep).join("/");
  const parsed = new Map<string, ParsedFile | undefined>();
  const problems: (Problem | Finding)[] = [];
  /**
   * Where the built document's nodes came from. A node below an origin came from the same path below the
   * origin's source, so only the nodes where the source jumps are recorded: the root, an inlined `$ref`'s
   * target, a sibling beside it, and a `$ref` kept as a reference (its own location). The `allOf` that
   * wraps a target beside constraining siblings is placed at the target as a whole (`whole`).
   */
  const origins = new Map<string, SourceLocation | (Target & { whole?: boolean })>();

  const locate = (file: string, pointer: string): SourceLocation => {
    const source = parsed.get(file);
    for (let p = pointer; ; p = parentPointer(p)) {
      const pos = source?.positions.get(p);
      if (pos) return { file: display(file), line: pos.line, column: pos.column, pointer };
      if (p === "") return { file: display(file), line: 1, column: 1, pointer };
    }
  };

  const readFile = (file: string, from?: { ref: string; at: SourceLocation }): ParsedFile | undefined => {
    if (parsed.has(file)) return parsed.get(file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
      const message = from ? `$ref ${JSON.stringify(from.ref)} points to ${display(file)}, which cannot be read (${reason})` : `cannot read ${display(file)} (${reason})`;
      problems.push({ severity: "error", rule: "ref-file", message, ...(from ? { location: from.at } : {}) });
      parsed.set(file, undefined);
      return undefined;
    }
    const result = parseSpecFile(display(file), text);
    problems.push(...result.problems);
    parsed.set(file, result.problems.some((p) => p.severity === "error") ? undefined : result);
    return parsed.get(file);
  };

  const root = readFile(absoluteRoot);
  if (!root) return { problems };
  if (root.value === null || typeof root.value !== "object" || Array.isArray(root.value)) {
    problems.push({ severity: "error", rule: "root-object", message: "the root of an OpenAPI document must be a mapping", location: locate(absoluteRoot, "") });
    return { problems };
  }

  /** Resolves a `$ref` string relative to the file it appears in; refuses anything outside the spec's folder. */
  const resolveRef = (ref: string, file: string, at: SourceLocation, report: Problem[] = problems): Target | undefined => {
    const fail = (rule: string, message: string) => void report.push({ severity: "error", rule, message, location: at });
    const hash = ref.indexOf("#");
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) return fail("ref-remote", `remote $ref ${JSON.stringify(ref)} is not allowed: specs are read from local files only`);
    const target = filePart === "" ? file : path.resolve(path.dirname(file), filePart);
    const relative = path.relative(specRoot, target);
    // `..` as a whole segment only: a file named "..notes.yaml" inside the folder is fine.
    if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      return fail("ref-outside", `$ref ${JSON.stringify(ref)} points outside the spec folder ${display(specRoot) || "."}`);
    }
    let fragment: string;
    try {
      fragment = hash === -1 ? "" : decodeURIComponent(ref.slice(hash + 1));
    } catch {
      return fail("ref-pointer", `$ref ${JSON.stringify(ref)} has a malformed %-escape in its fragment`);
    }
    if (fragment !== "" && !fragment.startsWith("/")) return fail("ref-pointer", `$ref ${JSON.stringify(ref)} must use a JSON pointer fragment (#/...)`);
    return { file: target, pointer: fragment };
  };

  // Root components declared as a bare reference own their target: every other reference to that
  // target becomes a reference to the component, so a schema is emitted once under its name. A component
  // written in place always owns itself, and a target is claimed by the first component only, so
  // `B: {$ref: '#/components/schemas/A'}` stays an alias of A instead of taking A's references over.
  const owners = new Map<string, string>();
  const componentList = componentsOf(root.value);
  const hoisted: { name: string; target: Target }[] = [];
  const schemaNames = new Set(componentList.filter((c) => c.pointer.startsWith("/components/schemas/")).map((c) => splitPointer(c.pointer)[2] as string));
  /** A component name for a recursive target: its pointer below `components/schemas` (or in its file), `_`-joined. */
  const hoistName = (target: Target): string => {
    const tokens = splitPointer(target.pointer);
    const own = tokens[0] === "components" && tokens[1] === "schemas" ? tokens.slice(2) : tokens;
    const prefix = target.file === absoluteRoot ? [] : [path.basename(target.file).replace(/\.[^.]*$/, "")];
    const base = [...prefix, ...own].join("_").replace(/[^A-Za-z0-9._-]/g, "_") || "Recursive";
    let name = base;
    for (let n = 2; schemaNames.has(name); n++) name = `${base}${n}`;
    schemaNames.add(name);
    return name;
  };
  for (const { pointer } of componentList) owners.set(targetKey({ file: absoluteRoot, pointer }), pointerToFragment(pointer));
  for (const { pointer, value } of componentList) {
    const ref = refOf(value);
    if (ref === undefined) continue;
    // Problems are reported when the component itself is built below; reporting here too would repeat them.
    const target = resolveRef(ref, absoluteRoot, locate(absoluteRoot, joinPointer(pointer, "$ref")), []);
    if (target && !owners.has(targetKey(target))) owners.set(targetKey(target), pointerToFragment(pointer));
  }

  /** Builds `value`, read at `sourcePointer` of `file`, as the node at `outPointer`; `jump` when its source is not its parent's plus the same key. */
  const build = (value: unknown, file: string, sourcePointer: string, outPointer: string, stack: string[], jump = false): unknown => {
    if (jump) origins.set(outPointer, { file, pointer: sourcePointer });
    if (Array.isArray(value)) {
      return value.map((item, i) => build(item, file, `${sourcePointer}/${i}`, `${outPointer}/${i}`, stack));
    }
    if (value === null || typeof value !== "object") return value;

    const ref = refOf(value);
    if (ref !== undefined) {
      const at = locate(file, joinPointer(sourcePointer, "$ref"));
      const target = resolveRef(ref, file, at);
      if (!target) return {};
      const owner = owners.get(targetKey(target));
      const isOwnDefinition = owner === pointerToFragment(outPointer);
      if (owner && !isOwnDefinition) {
        origins.set(joinPointer(outPointer, "$ref"), at);
        return withSiblings({ $ref: owner }, value, file, sourcePointer, outPointer, stack);
      }
      const key = targetKey(target);
      if (stack.includes(key) && isOwnDefinition) {
        // Back at the definition being built without having gone into any schema: $refs alone, that name
        // nothing. Hoisting would only make one more such component, and so on forever.
        problems.push({ severity: "error", rule: "ref-cycle", message: `$ref ${JSON.stringify(ref)} leads back to itself through $refs alone and never reaches a schema`, location: at });
        return {};
      }
      if (stack.includes(key)) {
        // A recursive schema through a target no component names: the target becomes a component of its
        // own (hoisted below), and this reference, like every later one, a reference to it. Valid OpenAPI;
        // the house style asks for the component to be written.
        const name = hoistName(target);
        const fragment = pointerToFragment(joinPointer("/components/schemas", name));
        owners.set(key, fragment);
        hoisted.push({ name, target });
        const finding: Finding = { level: "style", severity: "error", rule: "ref-cycle", message: `$ref ${JSON.stringify(ref)} is circular; make the target a named component (read as components.schemas.${name})`, location: at };
        problems.push(finding);
        origins.set(joinPointer(outPointer, "$ref"), at);
        return withSiblings({ $ref: fragment }, value, file, sourcePointer, outPointer, stack);
      }
      const targetFile = readFile(target.file, { ref, at });
      if (!targetFile) return {};
      const resolved = getAtPointer(targetFile.value, target.pointer);
      if (resolved === undefined) {
        problems.push({ severity: "error", rule: "ref-missing", message: `$ref ${JSON.stringify(ref)} does not resolve: nothing at #${target.pointer} in ${display(target.file)}`, location: at });
        return {};
      }
      const inlined = build(resolved, target.file, target.pointer, outPointer, [...stack, key], true);
      return withSiblings(inlined, value, file, sourcePointer, outPointer, stack);
    }

    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const token = escapeToken(key);
      defineOwn(result, key, build(child, file, `${sourcePointer}/${token}`, `${outPointer}/${token}`, stack));
    }
    return result;
  };

  /** OpenAPI 3.1 lets `description` and friends sit beside `$ref`; they override the target's. */
  const withSiblings = (base: unknown, refNode: object, file: string, sourcePointer: string, outPointer: string, stack: string[]): unknown => {
    const siblings = Object.entries(refNode).filter(([key]) => key !== "$ref");
    if (siblings.length === 0 || base === null || typeof base !== "object" || Array.isArray(base)) return base;
    // Schema keywords beside a $ref that is inlined must hold together with the target, not replace
    // its own: the target goes under allOf. An internal { $ref } keeps them beside it for the model.
    const inlined = !("$ref" in base);
    const constrains = inlined && siblings.some(([key]) => SCHEMA_CONSTRAINTS.has(key));
    const merged: Record<string, unknown> = constrains ? { allOf: [base] } : { ...(base as Record<string, unknown>) };
    const origin = origins.get(outPointer);
    if (constrains && origin !== undefined && !("line" in origin)) origins.set(`${outPointer}/allOf`, { ...origin, whole: true });
    for (const [key, child] of siblings) {
      defineOwn(merged, key, build(child, file, joinPointer(sourcePointer, key), joinPointer(outPointer, key), stack, true));
    }
    return merged;
  };

  const document = build(root.value, absoluteRoot, "", "", [targetKey({ file: absoluteRoot, pointer: "" })], true) as Record<string, unknown>;
  // Targets of recursive references, each built once as the component every reference to it now names.
  for (let i = 0; i < hoisted.length; i++) {
    const { name, target } = hoisted[i] as (typeof hoisted)[number];
    const resolved = getAtPointer(parsed.get(target.file)?.value, target.pointer);
    if (!isPlainObject(document.components)) defineOwn(document, "components", {});
    const components = document.components as Record<string, unknown>;
    if (!isPlainObject(components.schemas)) defineOwn(components, "schemas", {});
    const out = joinPointer("/components/schemas", name);
    defineOwn(components.schemas as Record<string, unknown>, name, build(resolved, target.file, target.pointer, out, [targetKey(target)], true));
  }
  const files = [...parsed.keys()].filter((f) => parsed.get(f)).map(display).sort();
  const where = (pointer: string): SourceLocation | undefined => {
    // A pointer to nothing is placed at its nearest node.
    let node = pointer;
    while (node !== "" && getAtPointer(document, node) === undefined) node = parentPointer(node);
    for (let p = node; ; p = parentPointer(p)) {
      const found = origins.get(p);
      if (found && "line" in found) return found;
      if (found) return locate(found.file, found.whole ? found.pointer : found.pointer + node.slice(p.length));
      if (p === "") return undefined;
    }
  };
  const sourceName = [path.basename(specRoot), path.basename(absoluteRoot)].join("/");
  return { spec: { rootFile: display(absoluteRoot), sourceName, document, files, where, lint: "default" }, problems };
}

/** Every `components.<section>.<name>` entry of the root document, in document order. */
function componentsOf(root: unknown): { pointer: string; value: unknown }[] {
  const list: { pointer: string; value: unknown }[] = [];
  const components = getAtPointer(root, "/components");
  if (components === null || typeof components !== "object") return list;
  for (const [section, entries] of Object.entries(components)) {
    if (entries === null || typeof entries !== "object") continue;
    for (const [name, value] of Object.entries(entries as Record<string, unknown>)) list.push({ pointer: joinPointer("/components", section, name), value });
  }
  return list;
}

function refOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const ref = (value as Record<string, unknown>).$ref;
  return typeof ref === "string" ? ref : undefined;
}


function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
