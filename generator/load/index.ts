import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { getAtPointer, joinPointer, parentPointer } from "../pointer.js";
import type { Problem, SourceLocation } from "../problems.js";
import { defineOwn, parseYamlFile, type ParsedFile } from "./yaml-source.js";

/**
 * One API description with every cross-file `$ref` resolved into a single document. References to a
 * target that a root `components` entry names become internal `#/components/...` refs; everything else is
 * inlined. `where` answers "which file and line did this node of the bundled document come from?".
 */
export interface LoadedSpec {
  rootFile: string;
  document: Record<string, unknown>;
  files: string[];
  where(pointer: string): SourceLocation | undefined;
}

export interface LoadResult {
  specs: LoadedSpec[];
  problems: Problem[];
}

const SPEC_FILE = /\.ya?ml$/i;

/** A spec path is a root YAML file, or a folder whose top-level YAML files are each one root document. */
export function findRootFiles(specPath: string): string[] {
  if (!statSync(specPath).isDirectory()) return [specPath];
  return readdirSync(specPath)
    .filter((name) => SPEC_FILE.test(name))
    .sort()
    .map((name) => path.join(specPath, name));
}

export function loadSpecs(specPath: string, cwd = process.cwd()): LoadResult {
  const specs: LoadedSpec[] = [];
  const problems: Problem[] = [];
  for (const rootFile of findRootFiles(specPath)) {
    const result = loadSpec(rootFile, cwd);
    problems.push(...result.problems);
    if (result.spec) specs.push(result.spec);
  }
  return { specs, problems };
}

interface Target {
  file: string;
  pointer: string;
}

const targetKey = (t: Target) => `${t.file}#${t.pointer}`;

export function loadSpec(rootFile: string, cwd = process.cwd()): { spec?: LoadedSpec; problems: Problem[] } {
  const absoluteRoot = path.resolve(cwd, rootFile);
  const specRoot = path.dirname(absoluteRoot);
  const display = (file: string) => path.relative(cwd, file).split(path.sep).join("/");
  const parsed = new Map<string, ParsedFile | undefined>();
  const problems: Problem[] = [];
  const locations = new Map<string, SourceLocation>();

  const locate = (file: string, pointer: string): SourceLocation => {
    const source = parsed.get(file);
    for (let p = pointer; ; p = parentPointer(p)) {
      const pos = source?.positions.get(p);
      if (pos) return { file: display(file), line: pos.line, column: pos.column, pointer };
      if (p === "") return { file: display(file), line: 1, column: 1, pointer };
    }
  };

  const readFile = (file: string, from?: SourceLocation): ParsedFile | undefined => {
    if (parsed.has(file)) return parsed.get(file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      problems.push({ severity: "error", rule: "ref-file", message: `cannot read ${display(file)}`, ...(from ? { location: from } : {}) });
      parsed.set(file, undefined);
      return undefined;
    }
    const result = parseYamlFile(display(file), text);
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
  const resolveRef = (ref: string, file: string, at: SourceLocation): Target | undefined => {
    const hash = ref.indexOf("#");
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? "" : decodeURIComponent(ref.slice(hash + 1));
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
      problems.push({ severity: "error", rule: "ref-remote", message: `remote $ref ${JSON.stringify(ref)} is not allowed: specs are read from local files only`, location: at });
      return undefined;
    }
    const target = filePart === "" ? file : path.resolve(path.dirname(file), filePart);
    const relative = path.relative(specRoot, target);
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      problems.push({ severity: "error", rule: "ref-outside", message: `$ref ${JSON.stringify(ref)} points outside the spec folder`, location: at });
      return undefined;
    }
    if (fragment !== "" && !fragment.startsWith("/")) {
      problems.push({ severity: "error", rule: "ref-pointer", message: `$ref ${JSON.stringify(ref)} must use a JSON pointer fragment (#/...)`, location: at });
      return undefined;
    }
    return { file: target, pointer: fragment };
  };

  // Root components declared as a bare reference own their target: every other reference to that
  // target becomes a reference to the component, so a schema is emitted once under its name.
  const owners = new Map<string, string>();
  const components = getAtPointer(root.value, "/components");
  if (components && typeof components === "object") {
    for (const [section, entries] of Object.entries(components)) {
      if (!entries || typeof entries !== "object") continue;
      for (const [name, value] of Object.entries(entries as Record<string, unknown>)) {
        const componentPointer = joinPointer("/components", section, name);
        owners.set(targetKey({ file: absoluteRoot, pointer: componentPointer }), `#${componentPointer}`);
        const ref = refOf(value);
        if (ref === undefined) continue;
        const target = resolveRef(ref, absoluteRoot, locate(absoluteRoot, joinPointer(componentPointer, "$ref")));
        if (target) owners.set(targetKey(target), `#${componentPointer}`);
      }
    }
  }

  const build = (value: unknown, file: string, sourcePointer: string, outPointer: string, stack: string[]): unknown => {
    locations.set(outPointer, locate(file, sourcePointer));
    if (Array.isArray(value)) {
      return value.map((item, i) => build(item, file, joinPointer(sourcePointer, i), joinPointer(outPointer, i), stack));
    }
    if (value === null || typeof value !== "object") return value;

    const ref = refOf(value);
    if (ref !== undefined) {
      const at = locate(file, joinPointer(sourcePointer, "$ref"));
      const target = resolveRef(ref, file, at);
      if (!target) return {};
      const owner = owners.get(targetKey(target));
      const isOwnDefinition = owner === `#${outPointer}`;
      if (owner && !isOwnDefinition) return withSiblings({ $ref: owner }, value, file, sourcePointer, outPointer, stack);
      const key = targetKey(target);
      if (stack.includes(key)) {
        problems.push({ severity: "error", rule: "ref-cycle", message: `$ref ${JSON.stringify(ref)} is circular; make the target a named component`, location: at });
        return {};
      }
      const targetFile = readFile(target.file, at);
      if (!targetFile) return {};
      const resolved = getAtPointer(targetFile.value, target.pointer);
      if (resolved === undefined) {
        problems.push({ severity: "error", rule: "ref-missing", message: `$ref ${JSON.stringify(ref)} does not resolve: nothing at #${target.pointer} in ${display(target.file)}`, location: at });
        return {};
      }
      const inlined = build(resolved, target.file, target.pointer, outPointer, [...stack, key]);
      return withSiblings(inlined, value, file, sourcePointer, outPointer, stack);
    }

    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      defineOwn(result, key, build(child, file, joinPointer(sourcePointer, key), joinPointer(outPointer, key), stack));
    }
    return result;
  };

  /** OpenAPI 3.1 lets `description` and friends sit beside `$ref`; they override the target's. */
  const withSiblings = (base: unknown, refNode: object, file: string, sourcePointer: string, outPointer: string, stack: string[]): unknown => {
    const siblings = Object.entries(refNode).filter(([key]) => key !== "$ref");
    if (siblings.length === 0 || base === null || typeof base !== "object" || Array.isArray(base)) return base;
    const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, child] of siblings) {
      defineOwn(merged, key, build(child, file, joinPointer(sourcePointer, key), joinPointer(outPointer, key), stack));
    }
    return merged;
  };

  const document = build(root.value, absoluteRoot, "", "", [targetKey({ file: absoluteRoot, pointer: "" })]) as Record<string, unknown>;
  const files = [...parsed.keys()].filter((f) => parsed.get(f)).map(display).sort();
  const where = (pointer: string): SourceLocation | undefined => {
    for (let p = pointer; ; p = parentPointer(p)) {
      const found = locations.get(p);
      if (found) return found;
      if (p === "") return undefined;
    }
  };
  return { spec: { rootFile: display(absoluteRoot), document, files, where }, problems };
}

function refOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const ref = (value as Record<string, unknown>).$ref;
  return typeof ref === "string" ? ref : undefined;
}

