/** One worker: a client with a limiter on the shared store (or its own), sending `calls` requests at once. */
import { parentPort, workerData } from "node:worker_threads";
import { createHttpCore } from "../../templates/runtime/http.js";
import { createRateLimiter } from "../../templates/runtime/limiter.js";
import { sharedStore } from "./shared-store.js";

const { buffer, origin, calls, requestsPerMinute, windowMs, shared } = workerData as {
  buffer: SharedArrayBuffer;
  origin: string;
  calls: number;
  requestsPerMinute: number;
  windowMs: number;
  shared: boolean;
};
const rateLimit = createRateLimiter({
  requestsPerMinute,
  windowMs,
  key: "api-key-1",
  ...(shared ? { store: sharedStore(buffer) } : {}),
});
const core = createHttpCore({
  defaultBaseUrl: origin,
  config: { token: "tok_worker", rateLimit, retry: false },
});
// Ready; send when the test says go, so both workers start together.
parentPort?.postMessage("ready");
await new Promise((resolve) => parentPort?.once("message", resolve));
const results = await Promise.allSettled(
  Array.from({ length: calls }, () =>
    core.request({ operationId: "listSites", method: "GET", path: "/sites", responseKind: "json" }),
  ),
);
parentPort?.postMessage({
  failed: results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : [])),
});
