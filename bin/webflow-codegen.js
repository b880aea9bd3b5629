#!/usr/bin/env node
// Launcher for `npx webflow-codegen`. In an installed package (npm pack / npm install) it runs the
// compiled generator in dist/ with plain Node. In a checkout of the repository, where the TypeScript
// sources are, it registers tsx's loader (a devDependency) and runs them as written: no build step.
import { existsSync } from "node:fs";

const source = new URL("../generator/cli.ts", import.meta.url);
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import("../dist/generator/cli.js");
}
