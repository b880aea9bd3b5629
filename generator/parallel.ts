import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * The two costly stages after emit, formatting and compiling, work file by file: this shares the files
 * among worker threads and the main thread, which would otherwise wait idle. A worker is a plain script
 * that imports its libraries by resolved URL, so it runs the same under tsx and from the compiled
 * generator; what a job does there is written once, in that script, and run in the main thread through
 * the same function.
 */

/** A job for a worker: `task` names one of {@link TASKS}. */
export interface Job {
  task: keyof typeof TASKS;
  [key: string]: unknown;
}

/** Below this many characters of work, starting a worker costs more than it saves. */
const WORKER_THRESHOLD = 400_000;

/** What a job may run, by name: each receives the job and the libraries the worker loaded. */
const TASKS = {
  format: `async (job, lib) => lib.prettier.format(job.text, { ...job.options, parser: job.parser, plugins: job.parser === "oxc-ts" ? [lib.oxc] : [] })`,
  compile: `(job, lib) => {
    const ts = lib.typescript;
    const js = ts.transpileModule(job.text, { compilerOptions: { ...job.options, isolatedDeclarations: false }, fileName: job.fileName, reportDiagnostics: true });
    const dts = ts.transpileDeclaration(job.text, { compilerOptions: job.options, fileName: job.fileName, reportDiagnostics: true });
    const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])].map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return { message: ts.flattenDiagnosticMessageText(d.messageText, " "), line: (at?.line ?? 0) + 1, column: (at?.character ?? 0) + 1 };
    });
    return { js: js.outputText, dts: dts.outputText, diagnostics };
  }`,
} as const;

const LIBRARIES = { prettier: "prettier", oxc: "@prettier/plugin-oxc", typescript: "typescript" } as const;

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const loaded = Promise.all(Object.entries(workerData).map(async ([name, url]) => [name, await import(url)]));
const tasks = { ${Object.entries(TASKS)
  .map(([name, body]) => `${name}: ${body}`)
  .join(",\n")} };
parentPort.on("message", async (job) => {
  try {
    const lib = Object.fromEntries((await loaded).map(([name, module]) => [name, module.default ?? module]));
    parentPort.postMessage({ index: job.index, result: await tasks[job.task](job, lib) });
  } catch (error) {
    parentPort.postMessage({ index: job.index, error: String((error && error.message) || error) });
  }
});
`;

type TaskFunction = (job: Job, lib: Record<string, unknown>) => unknown;

let local: { tasks: Record<string, TaskFunction>; lib: Promise<Record<string, unknown>> } | undefined;

/** The same task functions, for the main thread. */
function localTasks(): NonNullable<typeof local> {
  local ??= {
    tasks: Object.fromEntries(Object.entries(TASKS).map(([name, body]) => [name, new Function(`return ${body}`)() as TaskFunction])),
    lib: Promise.all(Object.entries(LIBRARIES).map(async ([name, specifier]) => [name, ((m: { default?: unknown }) => m.default ?? m)(await import(specifier))] as const)).then(Object.fromEntries),
  };
  return local;
}

/**
 * Runs every job and returns the results in order. `size` is a job's share of the work (its text length):
 * big jobs go first so that the threads finish together, and a small batch stays in the main thread.
 */
export async function runJobs<R>(jobs: readonly Job[], size: (job: Job) => number): Promise<R[]> {
  const results: R[] = new Array(jobs.length);
  const order = jobs.map((_, i) => i).sort((a, b) => size(jobs[b] as Job) - size(jobs[a] as Job));
  const total = jobs.reduce((n, job) => n + size(job), 0);
  const workers = total >= WORKER_THRESHOLD ? Math.min(availableParallelism(), 4, jobs.length) - 1 : 0;
  let next = 0;
  const take = (): number | undefined => (next < order.length ? order[next++] : undefined);

  const inMainThread = async () => {
    const { tasks, lib } = localTasks();
    const libraries = await lib;
    for (let index = take(); index !== undefined; index = take()) {
      const job = jobs[index] as Job;
      results[index] = (await (tasks[job.task] as TaskFunction)(job, libraries)) as R;
    }
  };
  const inWorker = () =>
    new Promise<void>((resolve, reject) => {
      const data = Object.fromEntries(Object.entries(LIBRARIES).map(([name, specifier]) => [name, import.meta.resolve(specifier)]));
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
      const feed = () => {
        const index = take();
        if (index === undefined) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ ...jobs[index], index });
      };
      worker.on("message", (message: { index: number; result?: R; error?: string }) => {
        if (message.error !== undefined) {
          reject(new Error(message.error));
          void worker.terminate();
          return;
        }
        results[message.index] = message.result as R;
        feed();
      });
      worker.on("error", reject);
      feed();
    });
  await Promise.all([inMainThread(), ...Array.from({ length: Math.max(workers, 0) }, inWorker)]);
  return results;
}
