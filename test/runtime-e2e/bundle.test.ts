/**
 * The runtime as the package ships it: it compiles file by file under the flags the generated
 * package uses (strict, noUncheckedIndexedAccess, isolatedModules, isolatedDeclarations, so each
 * .d.ts can be emitted per file), and a bundler drops what a program does not use.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { bundle as bundleWith } from "../support/bundle.js";

const RUNTIME = fileURLToPath(new URL("../../templates/runtime/", import.meta.url));

const bundle = (code: string) => bundleWith(code, RUNTIME, "ts");

describe("the runtime as shipped", () => {
  it("compiles under the package's flags, with isolatedDeclarations", () => {
    const files = readdirSync(RUNTIME)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => RUNTIME + name);
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: false,
      noImplicitOverride: true,
      isolatedModules: true,
      isolatedDeclarations: true,
      verbatimModuleSyntax: true,
      declaration: true,
      emitDeclarationOnly: true,
      noEmit: false,
      skipLibCheck: true,
    });
    const emitted: string[] = [];
    const result = program.emit(undefined, (name) => emitted.push(name));
    const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].map((d) =>
      ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(emitted.filter((name) => name.endsWith(".d.ts"))).toHaveLength(files.length);
  });

  it("has no top-level side effects: importing it for nothing bundles nothing", async () => {
    expect(await bundle(`import "./index.js";`)).toBe("");
  });

  it("bundles the HTTP core without the limiter, OAuth or webhooks", async () => {
    const core = await bundle(
      `import { createHttpCore } from "./index.js"; console.log(createHttpCore);`,
    );
    expect(core).toContain("lone surrogate");
    for (const absent of ["requestsPerMinute", "OAuth token", "webhook secret", "did_revoke"]) {
      expect(core).not.toContain(absent);
    }
    const errors = await bundle(
      `import { NotFoundError } from "./errors.js"; console.log(NotFoundError);`,
    );
    expect(errors).not.toContain("lone surrogate");
    expect(errors.length).toBeLessThan(core.length / 3);
  });
});
