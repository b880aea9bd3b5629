// What scoped clients cost a type-check of the consumer project: `node test/consumer/measure-typecheck.mjs [runs]`.
// Copies test/consumer/src into temporary projects with and without scoped-client-usage.ts (the
// file that creates scoped clients), links webflow-api to generated/, and runs
// `tsc --noEmit --extendedDiagnostics` on each, with the consumer's settings (skipLibCheck off: the
// package's own .d.ts files are checked too) and with skipLibCheck on (the consumer's code only).
// Prints the median of each metric over the runs (default 3). Not part of `npm test`: timings vary
// with the machine.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CONSUMER = path.join(ROOT, "test/consumer");
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");
const runs = Number(process.argv[2] ?? "3");
const METRICS = ["Instantiations", "Types", "Check time", "Total time", "Memory used"];

const work = fs.mkdtempSync(path.join(os.tmpdir(), "consumer-timing-"));
try {
  const variants = { "without scoped clients": false, "with scoped clients": true };
  const rows = [];
  for (const [label, scoped] of Object.entries(variants)) {
    const dir = path.join(work, scoped ? "scoped" : "plain");
    fs.mkdirSync(path.join(dir, "node_modules/@types"), { recursive: true });
    fs.cpSync(path.join(CONSUMER, "src"), path.join(dir, "src"), { recursive: true });
    if (!scoped) fs.rmSync(path.join(dir, "src/scoped-client-usage.ts"));
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
    fs.symlinkSync(path.join(ROOT, "generated"), path.join(dir, "node_modules/webflow-api"), "dir");
    fs.symlinkSync(path.join(ROOT, "node_modules/@types/node"), path.join(dir, "node_modules/@types/node"), "dir");
    for (const skipLibCheck of [false, true]) {
      fs.writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({
          extends: path.join(CONSUMER, "tsconfig.json"),
          compilerOptions: { noEmit: true, skipLibCheck, rootDir: "src", outDir: "out" },
          include: ["src/**/*.ts"],
        }),
      );
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const output = execFileSync(process.execPath, [TSC, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" });
        const values = {};
        for (const metric of METRICS) {
          const m = new RegExp(`^${metric}:\\s+([\\d.]+)`, "m").exec(output);
          values[metric] = m ? Number(m[1]) : NaN;
        }
        samples.push(values);
      }
      const median = (metric) => samples.map((s) => s[metric]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
      rows.push({ project: label, skipLibCheck, ...Object.fromEntries(METRICS.map((m) => [m, median(m)])) });
    }
  }
  console.table(rows);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
