// Baseline child: openapi-typescript (types only) through its API, one output file per input, written
// to disk like the CLI does. `node bench/children/openapi-typescript.mjs <outDir> <input.yaml>...`
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) throw new Error("usage: openapi-typescript.mjs <outDir> <input>...");
mkdirSync(out, { recursive: true });
for (const input of inputs) {
  const ast = await openapiTS(pathToFileURL(path.resolve(input)), { silent: true });
  writeFileSync(path.join(out, `${path.basename(input, path.extname(input))}.ts`), astToString(ast));
}
