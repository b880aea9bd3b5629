import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { format } from "prettier";
import { keepHeapInBounds } from "./heap.js";

/**
 * The costly stage after emit, formatting, works file by file: this shares the files among worker threads
 * and the main thread, which would otherwise wait idle. A worker is a plain script that imports prettier
 * by resolved URL, so it runs the same under tsx and from the compiled generator.
 */

/** A text for prettier, with the parser and options to format it with. */
export interface Job {
  text: string;
  parser: string;
  options: Readonly<Record<string, unknown>>;
}

/** Below this many characters of work, starting a worker costs more than it saves. */
const WORKER_THRESHOLD = 400_000;

/**
 * Worker threads besides the main thread: one a core beyond the first two, at most 3, or
 * `WEBFLOW_CODEGEN_THREADS`. Prettier allocates fast and V8 collects the garbage on threads of its own, so
 * on two cores a formatting thread only competes with them: the 1,000-operation synthetic spec formatted in
 * 19.1 s with one worker and in 15.8 s without.
 */
function workerThreads(): number {
  const set = Number(process.env.WEBFLOW_CODEGEN_THREADS);
  return process.env.WEBFLOW_CODEGEN_THREADS && Number.isInteger(set) && set >= 0 ? set : Math.min(Math.max(availableParallelism() - 2, 0), 3);
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const prettier = import(workerData.prettier);
parentPort.on("message", async (job) => {
  try {
    const result = await (await prettier).format(job.text, { ...job.options, parser: job.parser });
    parentPort.postMessage({ index: job.index, result });
  } catch (error) {
    parentPort.postMessage({ index: job.index, error: String((error && error.message) || error) });
  }
});
`;

/**
 * Worker threads kept from one batch of jobs to the next (a `--watch` run reuses the last run's),
 * unreferenced so that they never keep the process alive.
 */
const idle: Worker[] = [];

function startWorker(): Worker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { prettier: import.meta.resolve("prettier") } });
  worker.unref();
  // A worker that fails between batches is dropped; during a batch, runJobs hears of it too.
  const drop = () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  };
  worker.on("error", drop).on("exit", drop);
  return worker;
}

/**
 * Runs every job and returns the results in order. `size` is a job's share of the work (its text length):
 * big jobs go first so that the threads finish together, and a small batch stays in the main thread.
 */
export async function runJobs(jobs: readonly Job[], size: (job: Job) => number): Promise<string[]> {
  const results: string[] = new Array(jobs.length);
  const order = jobs.map((_, i) => i).sort((a, b) => size(jobs[b] as Job) - size(jobs[a] as Job));
  const total = jobs.reduce((n, job) => n + size(job), 0);
  const workers = total >= WORKER_THRESHOLD ? Math.min(workerThreads(), jobs.length - 1) : 0;
  let next = 0;
  const take = (): number | undefined => (next < order.length ? order[next++] : undefined);

  const inMainThread = async () => {
    for (let index = take(); index !== undefined; index = take()) {
      const job = jobs[index] as Job;
      results[index] = await format(job.text, { ...job.options, parser: job.parser });
      keepHeapInBounds();
    }
  };
  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: unknown) => {
        worker.off("message", onMessage).off("error", done).off("exit", exited);
        if (error === undefined) {
          idle.push(worker);
          resolve();
        } else {
          void worker.terminate();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      const feed = () => {
        const index = take();
        if (index === undefined) done();
        else worker.postMessage({ ...jobs[index], index });
      };
      const onMessage = (message: { index: number; result?: string; error?: string }) => {
        if (message.error !== undefined) return done(new Error(message.error));
        results[message.index] = message.result as string;
        feed();
      };
      const exited = (code: number) => done(new Error(`a worker thread stopped (exit code ${code})`));
      worker.on("message", onMessage).on("error", done).on("exit", exited);
      feed();
    });
  const threads = Array.from({ length: Math.max(workers, 0) }, () => inWorker(idle.pop() ?? startWorker()));
  await Promise.all([inMainThread(), ...threads]);
  return results;
}
