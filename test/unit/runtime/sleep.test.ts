/** The one real wait of the runtime (retry backoff, rate-limit queueing), with and without a signal. */
import { describe, expect, it } from "vitest";
import { sleepFor } from "../../../templates/runtime/sleep.js";

describe("sleepFor", () => {
  it("resolves, with a signal or without", async () => {
    await expect(sleepFor(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    await expect(sleepFor(1, controller.signal)).resolves.toBeUndefined();
    // Aborting after the wait has ended changes nothing.
    controller.abort(new Error("late"));
  });

  it("rejects with the reason of a signal aborted before or during the wait", async () => {
    const reason = new Error("stop");
    await expect(sleepFor(60_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    const controller = new AbortController();
    const waiting = sleepFor(60_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });
});
