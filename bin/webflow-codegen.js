#!/usr/bin/env node
// Launcher for `npx webflow-codegen`: registers tsx's loader (a devDependency) in this process and runs
// the TypeScript CLI as written, so there is no build step.
import { register } from "tsx/esm/api";

register();
await import("../generator/cli.ts");
