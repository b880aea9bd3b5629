import { TextCache } from "../cache.js";
import type { GeneratedFile } from "../emit/source.js";
import { keepHeapInBounds } from "../heap.js";
import { runJobs } from "../parallel.js";
import { PIECE_LENGTH, splitForFormat } from "./pieces.js";
import { FORMAT_FINGERPRINT, parserFor, PRETTIER_OPTIONS } from "./prettier.js";
import { planLayout } from "./layout/index.js";
import { planSettled } from "./settled.js";

/**
 * Formats emitted files with prettier, doing no work twice:
 * - a file emitted as prettier prints it (`formatted`, such as a plain README) is left as it is;
 * - of openapi-typescript's types, only the members TypeScript's printer did not already write as prettier
 *   would are formatted (./settled.ts);
 * - of the other TypeScript files, the statements whose syntax ./layout ports are laid out there by
 *   prettier's rules without its parser, and only the rest is formatted;
 * - a large TypeScript file is formatted in pieces (./pieces.ts), so that a change reformats only the
 *   piece it falls in, and no single job holds the whole file;
 * - a text formatted before, in this process or an earlier run, is not formatted again
 *   (generator/cache.ts, keyed by the text and prettier's version and options), nor is a large file
 *   split again;
 * - the rest is shared among threads (generator/parallel.ts).
 */

const cache = new TextCache("format", FORMAT_FINGERPRINT);

interface Unit {
  /** The file's path, for the parser. */
  path: string;
  text: string;
}

export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  const plans = files.map((file) => {
    const parser = parserFor(file.path);
    if (!parser || file.formatted) return undefined;
    const whole = { units: [{ path: file.path, text: file.contents }], join: (formatted: readonly string[]) => formatted[0] };
    if (!file.path.endsWith(".ts")) return whole;
    // A TypeScript file formatted before is answered whole, without laying it out or parsing it again.
    const key = cache.key("joined", parser, file.contents);
    const known = cache.get(key);
    if (known !== undefined) return { units: [], join: () => known };
    const remember = (joinUnits: (formatted: readonly string[]) => string | undefined) => (formatted: readonly string[]) => {
      const text = joinUnits(formatted);
      if (text !== undefined) cache.set(key, text);
      return text;
    };
    const planned = file.typesOnly ? planSettled(file.contents) : planLayout(file.contents);
    // Laying out parsed the file and built prettier's documents for it: garbage now, and large.
    keepHeapInBounds();
    if (planned) return { units: planned.units.map((text) => ({ path: file.path, text })), join: remember(planned.join) };
    if (file.contents.length <= 2 * PIECE_LENGTH) return whole;
    const pieces = splitForFormat(file.contents);
    // The split parsed the whole file: its syntax tree is garbage now, and as large as anything held.
    keepHeapInBounds();
    if (!pieces) return whole;
    const join = remember(pieces.join);
    return { units: pieces.units.map((text) => ({ path: file.path, text })), join };
  });
  const formatted = await formatUnits(plans.flatMap((plan) => plan?.units ?? []));
  let next = 0;
  const joined = plans.map((plan) => {
    if (!plan) return undefined;
    const own = formatted.slice(next, (next += plan.units.length));
    return plan.join(own);
  });
  // A file whose pieces did not join back (a shape splitForFormat did not foresee) is formatted whole.
  const whole = files.filter((file, i) => plans[i] && joined[i] === undefined);
  const wholeFormatted = await formatUnits(whole.map((file) => ({ path: file.path, text: file.contents })));
  return files.map((file, i) => {
    const contents = joined[i] ?? (plans[i] ? wholeFormatted[whole.indexOf(file)] : undefined);
    return contents === undefined ? file : { ...file, contents };
  });
}

/** Formats each unit with the parser its path and length call for, from the cache where it can. */
async function formatUnits(units: readonly Unit[]): Promise<string[]> {
  const results: string[] = new Array(units.length);
  /** Texts not in the cache, each once however many units share it, with the units that do. */
  const pending = new Map<string, { text: string; parser: string; indices: number[] }>();
  units.forEach((unit, index) => {
    const parser = parserFor(unit.path) as string;
    const key = cache.key(parser, unit.text);
    const cached = cache.get(key);
    if (cached !== undefined) results[index] = cached;
    else if (pending.has(key)) pending.get(key)?.indices.push(index);
    else pending.set(key, { text: unit.text, parser, indices: [index] });
  });
  const jobs = [...pending];
  const formatted = await runJobs(
    jobs.map(([, p]) => ({ text: p.text, parser: p.parser, options: PRETTIER_OPTIONS })),
    (job) => job.text.length,
  );
  jobs.forEach(([key, p], i) => {
    const text = formatted[i] as string;
    cache.set(key, text);
    for (const index of p.indices) results[index] = text;
  });
  return results;
}
