/**
 * A RateLimitStore in a SharedArrayBuffer, shared by worker threads: the kind of store a user
 * writes for Redis or a database, here with a lock word and Atomics instead of a network.
 *
 * Layout: Int32 0 is the lock (0 free, 1 held), Int32 1 the byte length of the JSON text that
 * follows from byte 8: `{ [key]: { value, expires } }`.
 */
import type { RateLimitStore } from "../../templates/runtime/limiter.js";

const HEADER = 8;
type Entries = Record<string, { value: string; expires: number }>;

export function createSharedBuffer(bytes = 64 * 1024): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER + bytes);
}

export function sharedStore(
  buffer: SharedArrayBuffer,
  now: () => number = Date.now,
): RateLimitStore {
  const words = new Int32Array(buffer, 0, 2);
  const bytes = new Uint8Array(buffer, HEADER);

  /** Runs `body` holding the lock; Atomics.wait parks the thread instead of spinning. */
  function locked<T>(body: (entries: Entries) => T): T {
    while (Atomics.compareExchange(words, 0, 0, 1) !== 0) Atomics.wait(words, 0, 1, 5);
    try {
      const length = Atomics.load(words, 1);
      // TextDecoder refuses shared memory, so the text is copied out first.
      const text = new TextDecoder().decode(bytes.slice(0, length));
      const entries = length === 0 ? {} : (JSON.parse(text) as Entries);
      const result = body(entries);
      const out = new TextEncoder().encode(JSON.stringify(entries));
      if (out.length > bytes.length) throw new Error("shared store is full");
      bytes.set(out);
      Atomics.store(words, 1, out.length);
      return result;
    } finally {
      Atomics.store(words, 0, 0);
      Atomics.notify(words, 0);
    }
  }

  const read = (entries: Entries, key: string): string | undefined => {
    const entry = entries[key];
    if (entry !== undefined && entry.expires <= now()) delete entries[key];
    return entry !== undefined && entry.expires > now() ? entry.value : undefined;
  };

  return {
    get: async (key) => locked((entries) => read(entries, key)),
    compareAndSet: async (key, expected, value, ttlMs) =>
      locked((entries) => {
        if (read(entries, key) !== expected) return false;
        entries[key] = { value, expires: now() + ttlMs };
        return true;
      }),
  };
}
