#!/usr/bin/env node
// `npm run build`: the generator as JavaScript for `npm pack` / installing the tool without tsx.
// dist/generator/** comes from `tsc -p tsconfig.build.json` (run before this script); this copies the
// runtime templates beside it as files (dist/templates/runtime/*.ts), where generator/index.ts finds them
// (`../templates/runtime/` from dist/generator/).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const from = path.join(root, "templates", "runtime");
const to = path.join(root, "dist", "templates", "runtime");
if (!existsSync(path.join(root, "dist", "generator", "cli.js"))) {
  console.error("dist/generator/cli.js is missing: run tsc -p tsconfig.build.json first (npm run build does)");
  process.exit(1);
}
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) if (name.endsWith(".ts")) cpSync(path.join(from, name), path.join(to, name));
console.log(`built dist/: generator compiled, ${readdirSync(to).length} runtime templates copied`);
