// Baseline child: @hey-api/openapi-ts with the fetch client, types, the SDK (validating responses with
// the zod schemas, as our client validates every response) and the zod plugin, through its API.
// `node bench/children/hey-api.mjs <outDir> <input.yaml>...` (one output folder per input).
import path from "node:path";
import { createClient } from "@hey-api/openapi-ts";

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) throw new Error("usage: hey-api.mjs <outDir> <input>...");
for (const input of inputs) {
  await createClient({
    input: path.resolve(input),
    output: path.join(out, path.basename(input, path.extname(input))),
    logs: { level: "silent", file: false },
    plugins: ["@hey-api/client-fetch", "@hey-api/typescript", { name: "@hey-api/sdk", validator: true }, "zod"],
  });
}
