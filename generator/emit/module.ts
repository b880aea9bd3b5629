import type { ImportDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind } from "../libraries.js";
import { printSourceFile, type GeneratedFile } from "./source.js";

/** Where a name comes from: a sibling module of the namespace (`./sites.js`) or the runtime. */
export interface Origin {
  module: string;
  typeOnly?: boolean;
}

/**
 * One TypeScript module being emitted: its statements and the imports they need. Emitters say which
 * names they use and where those live; the builder writes one import declaration per module, sorted, and
 * drops names the module defines itself.
 */
export class ModuleBuilder {
  readonly path: string;
  readonly statements: StatementStructures[] = [];
  /** Declarations placed before everything else (module-level constants). */
  readonly constants: StatementStructures[] = [];
  /** module specifier → name → type-only */
  private readonly imports = new Map<string, Map<string, boolean>>();
  private readonly self: string;
  /** Whether the module calls runtime helpers, all reached through the `$` namespace. */
  private usesSupport = false;

  /** `self` is this module's own specifier (e.g. `./sites.js`), whose names are never imported. */
  constructor(path: string, self: string) {
    this.path = path;
    this.self = self;
  }

  /** Records that `name` is used, from `origin`; returns the name for use in code. */
  use(name: string, origin: Origin): string {
    if (origin.module === this.self) return name;
    const names = this.imports.get(origin.module) ?? this.imports.set(origin.module, new Map()).get(origin.module)!;
    // A name used as a value anywhere must be imported as a value.
    names.set(name, (names.get(name) ?? true) && origin.typeOnly === true);
    return name;
  }

  /** `$.name`: a runtime helper, through the one namespace import no spec-derived name can shadow. */
  support(name: string): string {
    this.usesSupport = true;
    return `$.${name}`;
  }

  add(...statements: StatementStructures[]): void {
    this.statements.push(...statements);
  }

  private importDeclarations(): ImportDeclarationStructure[] {
    const modules = [...this.imports.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    return modules.map((moduleSpecifier) => {
      const names = [...(this.imports.get(moduleSpecifier) ?? new Map<string, boolean>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const allTypes = names.every(([, typeOnly]) => typeOnly);
      return {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier,
        isTypeOnly: allTypes,
        namedImports: names.map(([name, typeOnly]) => (typeOnly && !allTypes ? { name, isTypeOnly: true } : name)),
      };
    });
  }

  print(): GeneratedFile {
    const support: StatementStructures[] = this.usesSupport ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: "../runtime/support.js", namespaceImport: "$" }] : [];
    return printSourceFile(this.path, { statements: [...support, ...this.importDeclarations(), ...this.constants, ...this.statements] });
  }
}

/** Runtime imports first, then the namespace's own modules. */
const rank = (specifier: string) => (specifier.startsWith("../") ? 0 : 1);
