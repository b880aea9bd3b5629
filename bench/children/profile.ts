// The in-process stage timings of one generation (`generate()` returns them), printed as JSON on the
// last line: `tsx bench/children/profile.ts <spec>`. The caller clears the format cache first when it
// wants the cold profile.
import { generate } from "../../generator/index.js";

const spec = process.argv[2];
if (!spec) throw new Error("usage: tsx bench/children/profile.ts <spec>");
const started = performance.now();
const result = await generate(spec);
const totalMs = performance.now() - started;
const bytes = result.files.reduce((n, f) => n + Buffer.byteLength(f.contents), 0);
console.log(JSON.stringify({ timings: result.timings, totalMs, files: result.files.length, bytes, rssMB: process.memoryUsage().rss / 1e6 }));
process.exit(0);
