/**
 * A fixture spec's generated package, generated once per test run and shared by every test file that asks
 * for it: spec in, behaviour out, without importing any one file of the committed package.
 *
 * `generatedPackage("test/fixtures/valid/keywords")` runs the generator's `generate()` on the fixture,
 * writes the files under `test/.tmp/generated/<key>/` and returns a handle whose `namespace()` imports
 * `src/<namespace>/index.ts` (which exports `validate<SchemaTypeName>` for every component schema and the
 * namespace's `createClient`). The key hashes the fixture's files, the generator, the runtime templates
 * and the lockfile, so an edit to any of them generates anew; otherwise every test file, in every vitest
 * worker, reuses the one folder (a lock folder makes concurrent workers wait for the first).
 *
 * Under StrykerJS the key also holds the active mutant, so each mutant's generator output is its own and
 * nothing is reused from a run without that mutant. Stryker runs only the tests that cover a mutant, and
 * a test that reads a generated package depends on every line of the generator that made it, though it
 * did not run them; so in Stryker's coverage run the lines `generate()` ran are counted as covered by
 * every test that asks for the package (and by no test if none does). Ask through `useGeneratedPackage`
 * (a `beforeEach`), not in a `beforeAll`, whose coverage Stryker cannot give to any one test.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeEach } from "vitest";
import { emitPackage, generate, runtimeFiles, type ApiModel, type GeneratedFile, type Problem } from "../../generator/index.js";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
const CACHE = path.join(REPO, "test", ".tmp", "generated");
/** A lock older than this is taken to belong to a run that died. */
const STALE_LOCK_MS = 10 * 60_000;

export interface GeneratedPackage {
  /** The folder the package was written to. */
  dir: string;
  /** The models `generate()` built, as plain data. */
  models: ApiModel[];
  /** Check warnings of the run. */
  warnings: Problem[];
  /** Every file of the package, as paths relative to `dir`. */
  files: string[];
  /** Imports `src/<namespace>/index.ts` (default: the only namespace). */
  namespace(name?: string): Promise<Record<string, unknown>>;
}

interface Manifest {
  models: ApiModel[];
  warnings: Problem[];
  files: string[];
}

/** Mutant id → times hit, as Stryker's instrumented code counts them. */
type Hits = Record<string, number>;
/** The part of Stryker's global namespace (`globalThis.__stryker__`) this helper reads and adds to. */
type StrykerNamespace = { activeMutant?: string; currentTestId?: string; mutantCoverage?: { static: Hits; perTest: Record<string, Hits> } };

const strykerNamespace = () => (globalThis as { __stryker__?: StrykerNamespace }).__stryker__;

/** The active mutant when StrykerJS runs the tests (its setup file creates `globalThis.__stryker__`). */
function strykerTag(): string | undefined {
  const ns = strykerNamespace();
  if (ns === undefined) return undefined;
  return `stryker-${process.env.STRYKER_MUTATOR_WORKER ?? "0"}-${ns.activeMutant ?? "dry"}`;
}

/** The coverage counters code run now adds to: the current test's, or the static ones outside a test. */
function coverageBucket(): Hits | undefined {
  const ns = strykerNamespace();
  const coverage = ns?.mutantCoverage;
  if (!ns || !coverage) return undefined;
  return ns.currentTestId ? (coverage.perTest[ns.currentTestId] ??= {}) : coverage.static;
}

/** `work`'s result, and what running it added to the coverage counters (only in Stryker's coverage run). */
async function withCoverage<T>(work: () => Promise<T>): Promise<{ value: T; hits: Hits }> {
  const before = { ...coverageBucket() };
  const value = await work();
  const after = coverageBucket() ?? {};
  const hits = Object.fromEntries(Object.entries(after).flatMap(([id, count]) => (count > (before[id] ?? 0) ? [[id, count - (before[id] ?? 0)]] : [])));
  return { value, hits };
}

/** Counts `hits` as covered by the current test, when Stryker is measuring coverage inside one. */
function attribute(hits: Hits): void {
  const ns = strykerNamespace();
  if (!ns?.currentTestId || !ns.mutantCoverage || ns.activeMutant !== undefined) return;
  const bucket = (ns.mutantCoverage.perTest[ns.currentTestId] ??= {});
  for (const [id, count] of Object.entries(hits)) bucket[id] = Math.max(bucket[id] ?? 0, count);
}

function filesUnder(dir: string, filter: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? (entry as { path?: string }).path ?? dir, entry.name))
    .filter(filter)
    .sort();
}

/** What the generated package depends on: the fixture, the generator, the runtime templates, the lockfile. */
function cacheKey(fixture: string): string {
  const hash = createHash("sha256");
  const fixtureDir = statSync(fixture).isDirectory() ? fixture : path.dirname(fixture);
  hash.update(`fixture ${path.relative(REPO, fixture)}\0`);
  const inputs = [
    ...filesUnder(fixtureDir, () => true),
    ...filesUnder(path.join(REPO, "generator"), (f) => f.endsWith(".ts")),
    ...filesUnder(path.join(REPO, "templates"), () => true),
    path.join(REPO, "package-lock.json"),
  ];
  for (const file of inputs) {
    hash.update(`${path.relative(REPO, file)}\0`);
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 20);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function lockIsStale(lock: string): boolean {
  try {
    const pid = Number(readFileSync(path.join(lock, "pid"), "utf8"));
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) return true;
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 0);
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === "ESRCH";
      }
    }
    return false;
  } catch {
    // No pid file yet: the owner is between mkdir and write; give it time unless it is old.
    try {
      return Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
    } catch {
      return false;
    }
  }
}

/** Runs `make` holding `lock` (a folder: mkdir is atomic), unless `done()` turns true while waiting. */
async function once(lock: string, done: () => boolean, make: () => Promise<void>): Promise<void> {
  for (;;) {
    if (done()) return;
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(100);
      continue;
    }
    try {
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      if (!done()) await make();
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Cached packages nobody generated or read for a day, and half-written ones an hour old, are dropped. */
function pruneStale(): void {
  const now = Date.now();
  for (const name of existsSync(CACHE) ? readdirSync(CACHE) : []) {
    const at = path.join(CACHE, name);
    try {
      const age = now - statSync(at).mtimeMs;
      if ((name.includes(".partial-") && age > 3_600_000) || (!name.includes(".") && !name.startsWith("stryker-") && age > 86_400_000)) rmSync(at, { recursive: true, force: true });
    } catch {
      // Removed by another worker meanwhile.
    }
  }
}

/** Under Stryker each mutant writes its own folder: drop this worker's folders of other mutants. */
function pruneOtherMutants(tag: string): void {
  const prefix = tag.slice(0, tag.lastIndexOf("-") + 1);
  for (const name of existsSync(CACHE) ? readdirSync(CACHE) : []) {
    if (name.startsWith(prefix) && !name.startsWith(`${tag}-`)) rmSync(path.join(CACHE, name), { recursive: true, force: true });
  }
}

/**
 * Under Stryker, when the mutated files cannot change formatting or compilation (test/mutation/run.ts sets
 * MUTATION_UNFORMATTED), a package is the emitted sources as printed plus the runtime: formatting and
 * compiling would cost each mutant seconds and change no behaviour a test reads. Stryker's dry run, which
 * takes the same path, fails if a test needs them.
 */
async function packageFiles(fixture: string): Promise<{ files: GeneratedFile[]; models: ApiModel[]; warnings: Problem[] }> {
  if (!strykerTag() || process.env.MUTATION_UNFORMATTED !== "1") return generate(fixture, REPO);
  const { emitted, models, warnings } = await emitPackage(fixture, REPO);
  return { files: [...emitted, ...runtimeFiles()], models, warnings };
}

const loaded = new Map<string, Promise<GeneratedPackage>>();

/**
 * The generated package of a fixture spec (a root YAML file or a folder of them, relative to the
 * repository or absolute). Generation errors are thrown, never cached.
 */
export async function generatedPackage(fixture: string): Promise<GeneratedPackage> {
  const absolute = path.resolve(REPO, fixture);
  const tag = strykerTag();
  const key = `${tag ? `${tag}-` : ""}${cacheKey(absolute)}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = load(absolute, key, tag);
    loaded.set(key, pending);
    pending.catch(() => loaded.delete(key));
  }
  const pkg = await pending;
  if (tag) attribute(readCoverage(pkg.dir));
  return pkg;
}

export interface LoadedPackage {
  pkg: GeneratedPackage;
  /** The imported `src/<namespace>/index.ts`. */
  ns: Record<string, unknown>;
}

/**
 * Registers a `beforeEach` that loads the fixture's generated package (generating it at most once) and
 * returns a getter for it, to call inside tests.
 */
export function useGeneratedPackage(fixture: string, namespace?: string): () => LoadedPackage {
  let current: LoadedPackage | undefined;
  beforeEach(async () => {
    const pkg = await generatedPackage(fixture);
    current = { pkg, ns: await pkg.namespace(namespace) };
  });
  return () => {
    if (!current) throw new Error(`${fixture}: the package is loaded in beforeEach; read it inside a test`);
    return current;
  };
}

const COVERAGE_FILE = ".stryker-coverage.json";

function readCoverage(dir: string): Hits {
  const file = path.join(dir, COVERAGE_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Hits) : {};
}

async function load(fixture: string, key: string, tag: string | undefined): Promise<GeneratedPackage> {
  const dir = path.join(CACHE, key);
  const manifestFile = path.join(dir, ".manifest.json");
  mkdirSync(CACHE, { recursive: true });
  if (tag) pruneOtherMutants(tag);
  else if (!existsSync(manifestFile)) pruneStale();
  await once(`${dir}.lock`, () => existsSync(manifestFile), async () => {
    const { value: result, hits } = await withCoverage(() => packageFiles(fixture));
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    for (const file of result.files) {
      const target = path.join(partial, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
    const manifest: Manifest = { models: result.models, warnings: result.warnings, files: result.files.map((f) => f.path) };
    if (tag) writeFileSync(path.join(partial, COVERAGE_FILE), JSON.stringify(hits));
    writeFileSync(path.join(partial, ".manifest.json"), JSON.stringify(manifest));
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  });
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  const now = new Date();
  utimesSync(dir, now, now);
  const only = manifest.models.length === 1 ? manifest.models[0]?.namespace : undefined;
  return {
    dir,
    ...manifest,
    namespace: async (name = only) => {
      if (name === undefined) throw new Error(`${path.relative(REPO, fixture)} has several namespaces (${manifest.models.map((m) => m.namespace).join(", ")}); name one`);
      return (await import(pathToFileURL(path.join(dir, "src", name, "index.ts")).href)) as Record<string, unknown>;
    },
  };
}
