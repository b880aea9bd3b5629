/**
 * keepHeapInBounds: a full collection once the heap has grown by 128 MB since the last one, and none
 * before, so that garbage never piles up far beyond what a generation holds. The garbage here is arrays
 * of a megabyte, which live in V8's large-object space: only a full collection frees them, so what the
 * call freed shows in the heap's size right after it.
 */
import { getHeapStatistics } from "node:v8";
import { describe, expect, it } from "vitest";
import { keepHeapInBounds } from "../../generator/heap.js";

const used = () => getHeapStatistics().used_heap_size;
const MB = 1024 * 1024;
/** Arrays of numbers on the heap (a typed array's would be outside it), about `mb` megabytes in all. */
const allocate = (mb: number): number[][] => Array.from({ length: mb }, () => new Array<number>(MB / 8).fill(1.5));

/** How much the heap shrank across `keepHeapInBounds()`, with `mb` megabytes of garbage made since the last call. */
function freedAfter(mb: number): number {
  keepHeapInBounds();
  let held: number[][] | undefined = allocate(mb);
  expect(held).toHaveLength(mb);
  held = undefined;
  const before = used();
  keepHeapInBounds();
  return before - used();
}

describe("keepHeapInBounds", () => {
  it("collects the garbage once the heap has grown by more than 128 MB", () => {
    expect(freedAfter(192)).toBeGreaterThan(150 * MB);
  });

  it("does not collect while the heap has grown by less", () => {
    expect(freedAfter(64)).toBeLessThan(16 * MB);
  });
});
