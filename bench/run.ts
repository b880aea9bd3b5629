/**
 * Benchmarks, each printed as a ratio against a named baseline measured in the same run:
 *   1. response validation: generated straight-line validators vs Ajv 8 (compiled, allErrors, formats);
 *   2. generated validator code size vs Ajv standalone code for the same schemas;
 *   3. generation time: the whole pipeline vs openapi-typescript alone on the same documents.
 * Never part of `npm test`: timings vary by machine, ratios are what to compare.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";
import ajvStandalone from "ajv/dist/standalone/index.js";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import * as validators from "../generated/src/v2/validators.js";
import { generate, loadSpecs } from "../generator/index.js";
import { dereferencedSpec } from "../test/support/spec.js";

const ROUNDS = 5;
const ROUND_MS = 300;

// Ajv ships CommonJS: under NodeNext its default exports arrive as `module.exports` objects.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
const standaloneCode = ajvStandalone as unknown as typeof ajvStandalone.default;

/** Operations per second of one timed round of `run`. */
function round(run: () => unknown): number {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (let i = 0; i < 50; i++) run();
    count += 50;
    elapsed = performance.now() - start;
  }
  return (count * 1000) / elapsed;
}

/** Best-of rounds for ours and the baseline, interleaved so both see the same machine load. */
function compareOps(ours: () => unknown, baseline: () => unknown): [number, number] {
  let bestOurs = 0;
  let bestBaseline = 0;
  for (let i = 0; i < ROUNDS; i++) {
    bestOurs = Math.max(bestOurs, round(ours));
    bestBaseline = Math.max(bestBaseline, round(baseline));
  }
  return [bestOurs, bestBaseline];
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: n < 10 ? 2 : 0 });
function line(label: string, ours: number, baseline: number, baselineName: string, unit: string, higherIsBetter: boolean): void {
  const ratio = ours / baseline;
  const verdict = higherIsBetter ? `${fmt(ratio)}x the baseline` : `${fmt(ratio)}x the baseline (lower is better)`;
  console.log(`${label}: ours ${fmt(ours)} ${unit}, baseline ${baselineName} ${fmt(baseline)} ${unit}, ratio ${fmt(ratio)} — ${verdict}`);
}

async function benchValidation(): Promise<void> {
  const doc = await dereferencedSpec("spec/webflow-v2.yaml");
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const threadSchema = doc.components.schemas.CommentThreadList;
  const siteSchema = doc.components.schemas.SiteList;
  const ajvThreads = ajv.compile(threadSchema);
  const ajvSites = ajv.compile(siteSchema);

  const thread = threadSchema.examples[0].comments[0];
  const threads = { comments: Array.from({ length: 100 }, () => structuredClone(thread)), pagination: { limit: 100, offset: 0, total: 100 } };
  const site = siteSchema.examples[0].sites[0];
  const sites = { sites: Array.from({ length: 100 }, () => structuredClone(site)) };
  const badThreads = structuredClone(threads);
  for (const t of badThreads.comments.slice(0, 10)) (t as Record<string, unknown>).isResolved = "no";

  if (!validators.validateCommentThreadList(threads).ok || !ajvThreads(threads)) throw new Error("bench payload is not valid");
  if (validators.validateCommentThreadList(badThreads).ok || ajvThreads(badThreads)) throw new Error("bench bad payload is valid");

  line("validate 100 comment threads (valid)", ...compareOps(() => validators.validateCommentThreadList(threads), () => ajvThreads(threads)), "ajv@8 compiled", "ops/s", true);
  line("validate 100 sites (valid)", ...compareOps(() => validators.validateSiteList(sites), () => ajvSites(sites)), "ajv@8 compiled", "ops/s", true);
  line("validate 100 comment threads (10 invalid, all errors)", ...compareOps(() => validators.validateCommentThreadList(badThreads), () => ajvThreads(badThreads)), "ajv@8 compiled", "ops/s", true);

  const standaloneAjv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
  addFormats(standaloneAjv);
  for (const [name, schema] of Object.entries<object>(doc.components.schemas)) standaloneAjv.addSchema(schema, name);
  const ajvCode = standaloneCode(standaloneAjv);
  const ours = readFileSync("generated/dist/v2/validators.js");
  line("validator code size, gzip", gzipSync(ours).length, gzipSync(ajvCode).length, "ajv@8 standalone", "bytes", false);
}

async function benchGeneration(): Promise<void> {
  const { specs } = loadSpecs("spec");
  const timeOnce = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const best = async (run: () => Promise<unknown>) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) min = Math.min(min, await timeOnce(run));
    return min;
  };
  const baseline = await best(() => Promise.all(specs.map(async (s) => astToString(await openapiTS(s.document as unknown as OpenAPI3, { silent: true })))));
  const ours = await best(() => generate("spec"));
  line("generate the whole package (types, client, validators, type-check, compile)", ours, baseline, "openapi-typescript types only", "ms", false);
}

await benchValidation();
await benchGeneration();
