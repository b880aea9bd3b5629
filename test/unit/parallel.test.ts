/**
 * The thread pool that formats: results in the order of the jobs whichever thread ran
 * them, the same as the task in the main thread, failures reported with their message, and a second batch
 * served like the first (by the threads the first one left).
 */
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runJobs, type Job } from "../../generator/parallel.js";
import { formatText, PRETTIER_OPTIONS } from "../../generator/write/prettier.js";

const formatJob = (text: string): Job => ({ text, parser: "babel-ts", options: PRETTIER_OPTIONS });
/** Enough text to start worker threads (400,000 characters), in jobs of different sizes. */
const texts = () => Array.from({ length: 12 }, (_, i) => `export const  n${i}_${randomUUID().slice(0, 8)} = [${Array.from({ length: 2000 * (i + 1) }, (_, k) => k).join(",")}]\n`);

// The threaded path on any machine (a 2-core one formats in the main thread alone by default).
beforeEach(() => void vi.stubEnv("WEBFLOW_CODEGEN_THREADS", "2"));
afterEach(() => void vi.unstubAllEnvs());

describe("runJobs", () => {
  it.each([1, 2])("batch %i: results come back in job order, as the main thread formats them", async () => {
    const given = texts();
    const results = await runJobs(given.map(formatJob), (job) => job.text.length);
    expect(results).toEqual(await Promise.all(given.map((text) => formatText(text, "babel-ts"))));
  });

  it("rejects with the failing job's message", async () => {
    await expect(runJobs([...texts().map(formatJob), formatJob("export const = ;")], (job) => job.text.length)).rejects.toThrow(/Unexpected|Expected|expected/);
  });
});

/**
 * How many threads a batch takes, seen from outside as the process's diagnostic report lists them. `size`
 * is the caller's measure, so tiny texts stand for a large batch. Each test loads a fresh copy of the
 * module: it starts with no idle threads, whatever the tests above left.
 */
describe("runJobs' threads", () => {
  const freshRunJobs = async () => {
    vi.resetModules();
    return (await import("../../generator/parallel.js")).runJobs;
  };
  const threads = () => (process.report.getReport() as unknown as { workers: unknown[] }).workers.length;
  const tiny = (n: number) => Array.from({ length: n }, (_, i) => formatJob(`export const  t${i}_${randomUUID().slice(0, 8)} = ${i}\n`));

  it.each([
    // [given, WEBFLOW_CODEGEN_THREADS, jobs, size of each, want: worker threads besides the main thread]
    ["3 jobs of 133,333 characters (399,999): no worker thread", "3", 3, 133_333, 0],
    ["2 jobs of 200,000 characters (400,000): one fewer worker threads than jobs", "3", 2, 200_000, 1],
    ["6 jobs of 100,000 characters: as many worker threads as set", "3", 6, 100_000, 3],
    ["6 jobs of 100,000 characters, none set: none", "0", 6, 100_000, 0],
    ["6 jobs of 100,000 characters, unset: one a core beyond two, at most 3", "", 6, 100_000, Math.min(Math.max(availableParallelism() - 2, 0), 3)],
    ["6 jobs of 100,000 characters, set to a non-number: as unset", "many", 6, 100_000, Math.min(Math.max(availableParallelism() - 2, 0), 3)],
  ])("%s, kept for the next batch", async (_, setting, jobs, size, want) => {
    vi.stubEnv("WEBFLOW_CODEGEN_THREADS", setting);
    const run = await freshRunJobs();
    const before = threads();
    const given = tiny(jobs);
    expect(await run(given, () => size)).toEqual(await Promise.all(given.map((job) => formatText(job.text, "babel-ts"))));
    expect(threads() - before).toBe(want);
    await run(tiny(jobs), () => size);
    expect(threads() - before).toBe(want);
  });

  it("rejects with the message of a job that failed in a worker thread", async () => {
    const run = await freshRunJobs();
    // The biggest job goes first, to the worker thread (where there is one): the main thread formats the other one.
    const jobs = [formatJob("export const = ;"), formatJob("export const  fine = 1\n")];
    await expect(run(jobs, (job) => (job === jobs[0] ? 300_000 : 100_000))).rejects.toThrow(/Unexpected|Expected|expected/);
  });

  it("serves batch after batch, as a watch session does, without piling listeners on its threads", async () => {
    const run = await freshRunJobs();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      // Node warns once an event has more than 10 listeners: one per batch left behind shows by the 11th.
      for (let batch = 0; batch < 12; batch++) await run(tiny(2), () => 200_000);
      // A warning is emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
  });
});
