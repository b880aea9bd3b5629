/**
 * Runs in headless Chromium, bundled by esbuild from the runtime's public entry point: calls,
 * errors, retries, paging and webhook verification with the browser's own fetch and Web Crypto.
 * Each scenario reports a plain object to `window.__results`; the Node side asserts on them and on
 * the requests its server saw.
 */
import {
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
} from "../../../templates/runtime/errors.js";
import {
  createHttpCore,
  MissingScopesError,
  paginate,
  parseWebhook,
  verifyWebhookSignature,
  WebflowError,
  WebflowNetworkError,
  type Page,
} from "../../../templates/runtime/index.js";

declare global {
  interface Window {
    __results?: Record<string, unknown>;
    __done?: boolean;
  }
}

const TOKEN = "tok_BROWSER_c0ffee1234567890";
const core = createHttpCore({
  defaultBaseUrl: `${location.origin}/api/v2`,
  config: { token: TOKEN, timeoutMs: 5000, retry: { baseDelayMs: 10 } },
});

/** What an error looks like from outside: its class, fields and whether the token leaked. */
function describeError(error: unknown): Record<string, unknown> {
  const e = error as Error & Record<string, unknown>;
  return {
    isWebflowError: error instanceof WebflowError,
    name: e.name,
    message: e.message,
    status: e.status,
    code: e.code,
    timedOut: e.timedOut,
    leaked: [e.message, String(e), JSON.stringify(e), e.stack ?? ""].some((text) =>
      text.includes(TOKEN),
    ),
  };
}

async function scenario(name: string, run: () => Promise<Record<string, unknown>>): Promise<void> {
  try {
    (window.__results ??= {})[name] = await run();
  } catch (error) {
    (window.__results ??= {})[name] = { unexpected: describeError(error) };
  }
}

async function main(): Promise<void> {
  await scenario("call", async () => {
    const { data, response } = await core
      .request<{ id: string }>({
        operationId: "getSite",
        method: "GET",
        path: "/sites/{site_id}",
        pathParams: { site_id: "s 1/x" },
        responseKind: "json",
      })
      .withResponse();
    return {
      data,
      status: response.status,
      attempt: response.attempt,
      rateLimit: response.rateLimit,
    };
  });

  await scenario("notFound", async () => {
    const error = await core
      .request({ operationId: "getSite", method: "GET", path: "/missing", responseKind: "json" })
      .catch((e: unknown) => e);
    return { ...describeError(error), isNotFound: error instanceof NotFoundError };
  });

  await scenario("retried429", async () => {
    const { response } = await core
      .request({ operationId: "listSites", method: "GET", path: "/limited", responseKind: "json" })
      .withResponse();
    return { status: response.status, attempt: response.attempt };
  });

  await scenario("tooLongRetryAfter", async () => {
    const error = await core
      .request({
        operationId: "listSites",
        method: "GET",
        path: "/limited-long",
        responseKind: "json",
      })
      .catch((e: unknown) => e);
    return {
      ...describeError(error),
      is429: error instanceof TooManyRequestsError,
      retryAfter: (error as TooManyRequestsError).retryAfter,
    };
  });

  await scenario("postNotRetried", async () => {
    const error = await core
      .request({
        operationId: "publishSite",
        method: "POST",
        path: "/publish",
        body: { publishToWebflowSubdomain: true },
        responseKind: "json",
      })
      .catch((e: unknown) => e);
    return { ...describeError(error), is503: error instanceof ServiceUnavailableError };
  });

  await scenario("missingScopes", async () => {
    const error = await core
      .request({
        operationId: "publishSite",
        method: "POST",
        path: "/forbidden",
        body: {},
        responseKind: "json",
      })
      .catch((e: unknown) => e);
    return {
      ...describeError(error),
      isMissingScopes: error instanceof MissingScopesError,
      missingScopes: (error as MissingScopesError).missingScopes,
    };
  });

  await scenario("timeout", async () => {
    const error = await core
      .request(
        { operationId: "listSites", method: "GET", path: "/slow", responseKind: "json" },
        { timeoutMs: 200, retry: false },
      )
      .catch((e: unknown) => e);
    return { ...describeError(error), isNetwork: error instanceof WebflowNetworkError };
  });

  await scenario("paging", async () => {
    const items: number[] = [];
    const pages = paginate((offset) =>
      core
        .request<{ items: number[]; pagination: { offset: number; total: number } }>({
          operationId: "listItems",
          method: "GET",
          path: "/items",
          query: { offset, limit: 3 },
          responseKind: "json",
        })
        .then((page): Page<number> => page),
    );
    for await (const item of pages) items.push(item);
    return { items };
  });

  await scenario("webhook", async () => {
    const fixture = (await (await fetch("/webhook-fixture")).json()) as {
      rawBody: string;
      timestamp: string;
      signature: string;
      secret: string;
      now: number;
    };
    const headers = new Headers({
      "X-Webflow-Timestamp": fixture.timestamp,
      "X-Webflow-Signature": fixture.signature,
    });
    const valid = await verifyWebhookSignature({
      rawBody: fixture.rawBody,
      headers,
      secret: fixture.secret,
      now: fixture.now,
    });
    const tampered = await verifyWebhookSignature({
      rawBody: `${fixture.rawBody} `,
      headers,
      secret: fixture.secret,
      now: fixture.now,
    });
    const event = await parseWebhook({
      rawBody: fixture.rawBody,
      headers,
      secret: fixture.secret,
      now: fixture.now,
    });
    const emptySecret = await verifyWebhookSignature({
      rawBody: fixture.rawBody,
      headers,
      secret: "",
      now: fixture.now,
    }).catch((e: unknown) => describeError(e));
    return { valid, tampered, event, emptySecret, subtle: typeof crypto.subtle.sign };
  });

  window.__done = true;
}

void main();
