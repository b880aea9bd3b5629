/**
 * generator/cli.ts, the command's entry point, in this process: it hands `run` the arguments after the
 * script's name and exits with the code `run` resolves with; a rejection (a bug, never a spec problem)
 * prints "internal error" with the stack and exits 4. `run` is replaced, so only the entry point is tested.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

const argv = process.argv;

afterEach(() => {
  process.argv = argv;
  vi.doUnmock("../../generator/cli/main.js");
  vi.restoreAllMocks();
  vi.resetModules();
});

/** Imports generator/cli.ts with `run` answering `outcome`; the arguments `run` saw, the exit code and stderr. */
async function entry(args: string[], outcome: () => Promise<number>) {
  const seen: unknown[] = [];
  vi.resetModules();
  vi.doMock("../../generator/cli/main.js", () => ({
    run: (given: unknown) => {
      seen.push(given);
      return outcome();
    },
  }));
  let stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const exited = new Promise<unknown>((resolve) => {
    vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
      resolve(code);
      return undefined as never;
    }) as typeof process.exit);
  });
  process.argv = ["/usr/bin/node", "/repo/generator/cli.ts", ...args];
  await import("../../generator/cli.js");
  // An entry point that never exits fails here, soon, rather than at the test's time limit.
  const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve("never exited"), 10_000))]);
  return { seen, code, stderr };
}

describe("the command's entry point", () => {
  it.each([
    [["generate", "spec", "--out", "x"], 0],
    [["--check"], 1],
    [[], 3],
  ])("runs %j and exits with run's code %i", async (args, code) => {
    const result = await entry(args, async () => code);
    expect(result.seen).toEqual([args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe("");
  });

  it("exits 4 on an internal error, printing its stack", async () => {
    const error = new Error("boom");
    error.stack = "Error: boom\n    at somewhere (x.ts:1:1)";
    const result = await entry(["generate"], () => Promise.reject(error));
    expect(result.code).toBe(4);
    expect(result.stderr).toBe("internal error: Error: boom\n    at somewhere (x.ts:1:1)\n");
  });

  it("prints the message of an error without a stack, and anything else thrown as text", async () => {
    const error = new Error("no stack");
    error.stack = undefined;
    expect((await entry([], () => Promise.reject(error))).stderr).toBe("internal error: no stack\n");
    const thrown = await entry([], () => Promise.reject("a string"));
    expect(thrown.stderr).toBe("internal error: a string\n");
    expect(thrown.code).toBe(4);
  });
});
