import type { StatementStructures } from "ts-morph";
import { StructureKind } from "../libraries.js";
import type { ApiModel } from "../model/types.js";
import { identifier } from "./literals.js";
import { pascalCase } from "../model/names.js";
import { specifierOf, type Exports } from "./groups.js";
import { printSourceFile, type GeneratedFile } from "./source.js";

/** The package's shape: its name, version and which namespace is the current API. */
export interface PackageInfo {
  name: string;
  version: string;
  primary: ApiModel;
  models: ApiModel[];
}

export const DEFAULT_PACKAGE_NAME = "webflow-api";

/** Marks a package this generator wrote, so regenerating never replaces a folder it did not write. */
export const GENERATED_BY = "webflow-codegen";

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(/[.-]/).map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The newest API description is the package's primary one: its version is the package version. */
export function packageInfo(models: ApiModel[]): PackageInfo {
  const sorted = [...models].sort((a, b) => compareVersions(b.version, a.version) || (a.namespace < b.namespace ? -1 : 1));
  const primary = sorted[0];
  if (!primary) throw new Error("no API description to generate from");
  return { name: models.find((m) => m.packageName)?.packageName ?? DEFAULT_PACKAGE_NAME, version: primary.version, primary, models: [...models].sort((a, b) => (a.namespace < b.namespace ? -1 : 1)) };
}

export const factoryName = (info: PackageInfo, model: ApiModel) => identifier(model === info.primary ? "createWebflowClient" : `createWebflow${pascalCase(model.namespace)}Client`);

/**
 * `src/<ns>/index.ts`: everything one API version exports, name by name, so a module's internals (the
 * schema plans other modules import) stay out of the public surface.
 */
export function emitNamespaceIndex(model: ApiModel, modules: { module: string; exports: Exports }[], wholeModules: string[]): GeneratedFile {
  const named = modules.map(({ module, exports }) => {
    const names = [...exports].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      kind: StructureKind.ExportDeclaration as typeof StructureKind.ExportDeclaration,
      moduleSpecifier: specifierOf(module),
      namedExports: names.map(([name, typeOnly]) => (typeOnly ? { name, isTypeOnly: true } : name)),
    };
  });
  const statements: StatementStructures[] = [
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: "./schema.js", namedExports: ["components", "operations", "paths"] },
    ...named,
    ...wholeModules.map((module) => ({ kind: StructureKind.ExportDeclaration as typeof StructureKind.ExportDeclaration, moduleSpecifier: specifierOf(module) })),
  ];
  return printSourceFile(`src/${model.namespace}/index.ts`, { statements });
}

/** `src/index.ts`: the primary API at the top level, every version as a namespace, and the runtime. */
export function emitRootIndex(info: PackageInfo): GeneratedFile {
  const statements: StatementStructures[] = [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${info.primary.namespace}/index.js` },
    ...info.models.map((m) => ({
      kind: StructureKind.ExportDeclaration as typeof StructureKind.ExportDeclaration,
      moduleSpecifier: `./${m.namespace}/client.js`,
      namedExports: [
        { name: "createClient", alias: factoryName(info, m) },
        { name: "createCore", alias: factoryName(info, m).replace(/Client$/, "Core") },
      ],
    })),
    ...info.models.map((m) => ({ kind: StructureKind.ExportDeclaration as typeof StructureKind.ExportDeclaration, moduleSpecifier: `./${m.namespace}/index.js`, namespaceExport: identifier(m.namespace) })),
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./runtime/index.js" },
  ];
  return printSourceFile("src/index.ts", { statements });
}

export function emitPackageJson(info: PackageInfo): GeneratedFile {
  const entry = (base: string) => ({ types: `./dist/${base}.d.ts`, import: `./dist/${base}.js` });
  const exports: Record<string, unknown> = { ".": entry("index") };
  for (const model of info.models) {
    exports[`./${model.namespace}`] = entry(`${model.namespace}/index`);
    // Each group alone, for bundlers that do not tree-shake and for readers of one resource.
    for (const tag of [...model.tags].sort((a, b) => (a.module < b.module ? -1 : 1))) exports[`./${model.namespace}/${tag.module}`] = entry(`${model.namespace}/${tag.module}`);
  }
  exports["./package.json"] = "./package.json";
  // `moduleResolution: "node"` (node10) predates `exports`: without this map it finds no types for a
  // subpath (`webflow-api/v2`). Each subpath the exports map has, to the same declaration file; the
  // root is `types`. Newer resolutions read `exports` and ignore it.
  const typesVersions = {
    "*": Object.fromEntries(
      Object.entries(exports)
        .filter(([subpath, target]) => subpath !== "." && typeof target === "object")
        .map(([subpath, target]) => [subpath.slice(2), [(target as { types: string }).types]]),
    ),
  };
  const pkg = {
    name: info.name,
    version: info.version,
    generatedBy: GENERATED_BY,
    description: `Typed, scope-aware, validating client for ${info.models.map((m) => m.title).join(" and ")}. Generated by webflow-codegen from the OpenAPI description; do not edit.`,
    type: "module",
    sideEffects: false,
    // Global fetch, Web Crypto and Object.hasOwn, without flags.
    engines: { node: ">=20" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    typesVersions,
    exports,
    files: ["dist", "src", "README.md"],
    scripts: { build: "tsc -p tsconfig.json" },
  };
  return { path: "package.json", contents: `${JSON.stringify(pkg, null, 2)}\n` };
}

/** The compiler settings the package is built and checked with; the generator uses the same ones. */
export const PACKAGE_COMPILER_OPTIONS = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM"],
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  declaration: true,
  outDir: "dist",
  rootDir: "src",
  skipLibCheck: false,
  isolatedModules: true,
  isolatedDeclarations: true,
  verbatimModuleSyntax: true,
  newLine: "lf",
} as const;

export function emitTsconfig(): GeneratedFile {
  return { path: "tsconfig.json", contents: `${JSON.stringify({ compilerOptions: PACKAGE_COMPILER_OPTIONS, include: ["src"] }, null, 2)}\n` };
}
