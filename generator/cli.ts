/**
 * The `webflow-codegen` command (`npm run generate`, `npx webflow-codegen`): see `--help` and the
 * README's "Command line" section. The pieces live in `cli/`.
 */
import { run } from "./cli/main.js";

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(4);
  },
);
