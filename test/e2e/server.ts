/**
 * A small scripted HTTP server on 127.0.0.1 for end-to-end tests of the generated client.
 *
 * Every request is recorded (method, raw URL, path, query, headers, raw and parsed body) and
 * answered by the next scripted response in the queue, or, when the queue is empty, by the
 * responder a test installed (e.g. one that serves pages by `offset`/`limit`). An unscripted
 * request gets status 599, which no client retries and no test expects, so a missing script
 * fails loudly.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** Raw request target, exactly as sent (path plus query, still percent-encoded). */
  url: string;
  /** Raw path, still percent-encoded. */
  path: string;
  /** Raw query including the leading "?", or "" when there was none. */
  search: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The body parsed as JSON, or undefined when it was empty or not JSON. */
  body: unknown;
}

/** One scripted answer. */
export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-encoded with `Content-Type: application/json`; ignored when `raw` is set. */
  body?: unknown;
  /** Sent verbatim (Content-Type from `headers`, default text/plain). */
  raw?: string;
  /** Never answer (the connection is dropped when the server closes), e.g. to test timeouts. */
  hang?: boolean;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly origin: string;
  /** Requests received since the last reset, oldest first. */
  readonly requests: RecordedRequest[];
  /** Appends answers to the queue, used in order. */
  enqueue(...responses: ScriptedResponse[]): void;
  /** Answers every request the queue does not (until reset); `undefined` from it means unscripted. */
  respond(responder: (request: RecordedRequest) => ScriptedResponse | undefined): void;
  /** Scripted answers not used yet. */
  pending(): number;
  /** Forgets recorded requests, unused answers and the responder. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * The server of one test file: started before its tests, closed after them, reset before each. The handle
 * is usable from the first test on.
 */
export function useTestServer(): TestServer {
  let started: TestServer | undefined;
  const live = (): TestServer => {
    if (!started) throw new Error("the test server starts in beforeAll: use it inside a hook or a test");
    return started;
  };
  beforeAll(async () => {
    started = await startTestServer();
  });
  afterAll(() => started?.close());
  beforeEach(() => started?.reset());
  return {
    get origin() {
      return live().origin;
    },
    get requests() {
      return live().requests;
    },
    enqueue: (...responses) => live().enqueue(...responses),
    respond: (responder) => live().respond(responder),
    pending: () => live().pending(),
    reset: () => live().reset(),
    close: () => live().close(),
  };
}

export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedResponse[] = [];
  let responder: ((request: RecordedRequest) => ScriptedResponse | undefined) | undefined;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "";
      const q = url.indexOf("?");
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = rawBody === "" ? undefined : (JSON.parse(rawBody) as unknown);
      } catch {
        body = undefined;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url,
        path: q < 0 ? url : url.slice(0, q),
        search: q < 0 ? "" : url.slice(q),
        headers: req.headers,
        rawBody,
        body,
      };
      requests.push(recorded);

      const next = queue.shift() ?? responder?.(recorded);
      if (next === undefined) {
        res.writeHead(599, { "Content-Type": "text/plain" }).end("no scripted response");
        return;
      }
      if (next.hang === true) return;
      const headers: Record<string, string> = { ...next.headers };
      let payload = "";
      if (next.raw !== undefined) {
        payload = next.raw;
        if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
          headers["Content-Type"] = "text/plain";
        }
      } else if (next.body !== undefined) {
        payload = JSON.stringify(next.body);
        headers["Content-Type"] = "application/json";
      }
      res.writeHead(next.status, headers);
      res.end(next.status === 204 || next.status === 304 ? undefined : payload);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...responses) => void queue.push(...responses),
    respond: (fn) => {
      responder = fn;
    },
    pending: () => queue.length,
    reset: () => {
      requests.length = 0;
      queue.length = 0;
      responder = undefined;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** A base URL on 127.0.0.1 whose port was just released, so connecting to it is refused. */
export async function closedPortOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
