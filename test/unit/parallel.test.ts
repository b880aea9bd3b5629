/**
 * The thread pool that format and compile share: results in the order of the jobs whichever thread ran
 * them, the same as the task in the main thread, failures reported with their message, and a second batch
 * served like the first (by the threads the first one left).
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runJobs, type Job } from "../../generator/parallel.js";
import { formatText, PRETTIER_OPTIONS } from "../../generator/write/prettier.js";

const formatJob = (text: string): Job => ({ task: "format", text, parser: "oxc-ts", options: PRETTIER_OPTIONS });
/** Enough text to start worker threads (400,000 characters), in jobs of different sizes. */
const texts = () => Array.from({ length: 12 }, (_, i) => `export const  n${i}_${randomUUID().slice(0, 8)} = [${Array.from({ length: 2000 * (i + 1) }, (_, k) => k).join(",")}]\n`);

describe("runJobs", () => {
  it.each([1, 2])("batch %i: results come back in job order, as the main thread formats them", async () => {
    const given = texts();
    const results = await runJobs<string>(given.map(formatJob), (job) => (job.text as string).length);
    expect(results).toEqual(await Promise.all(given.map((text) => formatText(text, "oxc-ts"))));
  });

  it("compiles in threads: JavaScript, declarations, and a syntax error as a diagnostic with its line", async () => {
    const options = { target: 9, module: 99, declaration: true, isolatedDeclarations: true };
    const jobs: Job[] = [...texts().map((text) => ({ task: "compile" as const, text: text.replace("export const ", "export const x: number[] = [];\nexport const "), fileName: "a.ts", options })), { task: "compile", text: "export const ok: number = 1;\nexport const = 2;\n", fileName: "bad.ts", options }];
    const results = await runJobs<{ js: string; dts: string; diagnostics: { line: number }[] }>(jobs, (job) => (job.text as string).length);
    expect(results[0]?.js).toContain("export const x = [];");
    expect(results[0]?.dts).toContain("export declare const x: number[];");
    expect(results.at(-1)?.diagnostics[0]?.line).toBe(2);
  });

  it("rejects with the failing job's message", async () => {
    await expect(runJobs([...texts().map(formatJob), formatJob("export const = ;")], (job) => (job.text as string).length)).rejects.toThrow(/Unexpected|Expected|expected/);
  });
});
