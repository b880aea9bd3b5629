import { inspect } from "node:util";
import { expect } from "vitest";

/** Calls `fn`, which must reject, and returns what it threw. */
export async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

/** `secret` appears in none of the ways an error gets printed, logged or serialized. */
export function expectNoSecret(error: unknown, secret: string): void {
  const texts = [
    error instanceof Error ? error.message : "",
    error instanceof Error ? (error.stack ?? "") : "",
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: Infinity }),
  ];
  for (const text of texts) expect(text).not.toContain(secret);
}
