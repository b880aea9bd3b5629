import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Keeps the heap near what the generator holds. V8 lets garbage pile up far below its multi-gigabyte
 * limit before a full collection, and a generation allocates much more than it keeps (the YAML document,
 * ts-morph's trees, prettier's above all): at 1,000 operations the peak was 962 MB, where the same run
 * under `--max-old-space-size=384` peaked at 469 MB. A limit cannot be set once the process runs, and a
 * fixed one would stop a larger spec, so the stages call this between units of work instead: when the
 * heap has grown by {@link SLACK} since the last collection, it collects.
 */
export function keepHeapInBounds(): void {
  const used = getHeapStatistics().used_heap_size;
  if (used < floor + SLACK) return;
  collect ??= exposedGc();
  collect();
  floor = getHeapStatistics().used_heap_size;
}

/** At 1,000 operations: 128 MB peaked at about 495 MB, 192 MB at 533 to 594 MB for a few percent less time. */
const SLACK = 128 * 1024 * 1024;
let floor = 0;
let collect: (() => void) | undefined;

/** V8's `gc()`, which `--expose-gc` gives code compiled after it is set: a new context's. */
function exposedGc(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
