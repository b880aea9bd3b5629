import { build } from "esbuild";

/**
 * What a consumer's build makes of `code`: esbuild bundling, minifying and tree-shaking it for the
 * browser, imports resolved from `resolveDir`. The bundle's text, for tests of what it contains.
 */
export async function bundle(code: string, resolveDir: string, loader: "js" | "ts" = "js"): Promise<string> {
  const result = await build({ stdin: { contents: code, resolveDir, loader }, bundle: true, write: false, format: "esm", minify: true, platform: "browser", logLevel: "silent" });
  return result.outputFiles[0]?.text ?? "";
}
