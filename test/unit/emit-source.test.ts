/**
 * How every generated TypeScript module is laid out (generator/emit/module.ts and source.ts): one import
 * declaration per module, runtime modules first, each list of names sorted and `import type` when only
 * types are used, whatever order the emitters asked for them in; and one blank line between top-level
 * declarations while the imports stay together. Given uses and statements, want the printed text.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { ModuleBuilder } from "../../generator/emit/module.js";

const HEADER = "/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */";

/** The imports of a module, in the order the builder prints them. */
const importsOf = (text: string) => text.split("\n").filter((line) => line.startsWith("import "));

describe("a generated module's imports", () => {
  it("are one declaration per module, runtime first, modules and names sorted, whatever order they were used in", () => {
    const module = new ModuleBuilder("src/t/things.ts", "./things.js");
    // Neither sorted nor reversed, within the runtime's modules, the namespace's and one module's names.
    const uses: [string, string, boolean][] = [
      ["components", "./schema.js", true],
      ["beta", "./sites.js", false],
      ["HttpCore", "../runtime/http.js", true],
      ["zeta", "./sites.js", false],
      ["Asset", "./assets.js", true],
      ["WebflowApiError", "../runtime/errors.js", false],
      ["RequestOptions", "../runtime/http.js", true],
      ["ApiPromise", "../runtime/http.js", true],
      ["Alpha", "./sites.js", true],
      ["Validator", "../runtime/explain.js", true],
    ];
    for (const [name, from, typeOnly] of uses) module.use(name, { module: from, typeOnly });
    expect(importsOf(module.print().contents)).toEqual([
      'import { WebflowApiError } from "../runtime/errors.js";',
      'import type { Validator } from "../runtime/explain.js";',
      'import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";',
      'import type { Asset } from "./assets.js";',
      'import type { components } from "./schema.js";',
      'import { type Alpha, beta, zeta } from "./sites.js";',
    ]);
  });

  it("import a name used as a value anywhere as a value, and never the module's own names", () => {
    const module = new ModuleBuilder("src/t/things.ts", "./things.js");
    module.use("Asset", { module: "./assets.js", typeOnly: true });
    module.use("Asset", { module: "./assets.js" });
    module.use("Thing", { module: "./things.js" });
    expect(importsOf(module.print().contents)).toEqual(['import { Asset } from "./assets.js";']);
  });

  it("reach the runtime helpers through one `$` namespace import, only in a module that calls one", () => {
    const withHelper = new ModuleBuilder("src/t/things.ts", "./things.js");
    expect(withHelper.support("validator")).toBe("$.validator");
    withHelper.use("HttpCore", { module: "../runtime/http.js", typeOnly: true });
    expect(importsOf(withHelper.print().contents)).toEqual(['import * as $ from "../runtime/support.js";', 'import type { HttpCore } from "../runtime/http.js";']);

    const without = new ModuleBuilder("src/t/things.ts", "./things.js");
    without.use("HttpCore", { module: "../runtime/http.js", typeOnly: true });
    expect(importsOf(without.print().contents)).toEqual(['import type { HttpCore } from "../runtime/http.js";']);
  });
});

describe("a generated module's layout", () => {
  it("puts one blank line between top-level declarations, none between imports or inside a body", () => {
    const module = new ModuleBuilder("src/t/things.ts", "./things.js");
    module.use("HttpCore", { module: "../runtime/http.js", typeOnly: true });
    module.use("Asset", { module: "./assets.js", typeOnly: true });
    module.constants.push({ kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "PATTERN", initializer: "/a/u" }] });
    module.add(
      { kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "first", initializer: "1" }] },
      { kind: StructureKind.TypeAlias, isExported: true, name: "Second", type: "string" },
      { kind: StructureKind.Interface, isExported: true, name: "Third", docs: [{ description: "The third." }], properties: [{ name: "a", type: "string" }] },
      { kind: StructureKind.Function, name: "fourth", statements: ["first;", "first;"] },
      { kind: StructureKind.Class, isExported: true, name: "Fifth" },
    );
    expect(module.print().contents).toBe(
      [
        HEADER,
        'import type { HttpCore } from "../runtime/http.js";',
        'import type { Asset } from "./assets.js";',
        "",
        "const PATTERN = /a/u;",
        "",
        "export const first = 1;",
        "",
        "export type Second = string;",
        "",
        "/** The third. */",
        "export interface Third {",
        "    a: string;",
        "}",
        "",
        "function fourth() {",
        "    first;",
        "    first;",
        "}",
        "",
        "export class Fifth {",
        "}",
        "",
      ].join("\n"),
    );
  });
});
