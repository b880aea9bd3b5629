import { describe, expect, it } from "vitest";
import { type Page, paginate } from "../../../templates/runtime/paging.js";

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** A list of `total` numbered items served `limit` at a time, recording each requested offset. */
function list(total: number, limit: number) {
  const offsets: number[] = [];
  const fetchPage = async (offset: number): Promise<Page<number>> => {
    offsets.push(offset);
    const items = Array.from(
      { length: Math.max(0, Math.min(limit, total - offset)) },
      (_, i) => offset + i,
    );
    return { items, pagination: { offset, total } };
  };
  return { offsets, fetchPage };
}

describe("paginate", () => {
  it("yields every item in order, one request per page", async () => {
    const { offsets, fetchPage } = list(7, 3);
    expect(await collect(paginate(fetchPage))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(offsets).toEqual([0, 3, 6]);
  });

  it("starts at startOffset", async () => {
    const { offsets, fetchPage } = list(7, 3);
    expect(await collect(paginate(fetchPage, 5))).toEqual([5, 6]);
    expect(offsets).toEqual([5]);
  });

  it("stops at an empty page even when total promises more", async () => {
    const { offsets, fetchPage } = list(4, 3);
    const shrunk = async (offset: number): Promise<Page<number>> => ({
      ...(await fetchPage(offset)),
      pagination: { offset, total: 100 },
    });
    expect(await collect(paginate(shrunk))).toEqual([0, 1, 2, 3]);
    expect(offsets).toEqual([0, 3, 4]);
  });

  it("terminates when the server ignores offset and always echoes 0", async () => {
    const offsets: number[] = [];
    const stuck = async (offset: number): Promise<Page<string>> => {
      // Fail instead of hanging: a loop of resolved promises never lets a test timeout fire.
      if (offsets.length === 10) throw new Error("still paging after 10 requests");
      offsets.push(offset);
      return { items: ["a", "b", "c"], pagination: { offset: 0, total: 10 } };
    };
    const items = await collect(paginate(stuck));
    // ceil(10 / 3) requests, advancing from the offsets asked for.
    expect(offsets).toEqual([0, 3, 6, 9]);
    expect(items).toHaveLength(12);
  });

  it("sends no further request when the loop is left early", async () => {
    const { offsets, fetchPage } = list(10, 3);
    for await (const item of paginate(fetchPage)) if (item === 1) break;
    expect(offsets).toEqual([0]);
  });
});
