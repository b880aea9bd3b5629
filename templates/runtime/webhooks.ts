/**
 * Verifying webhook deliveries. Webflow signs each POST with `x-webflow-signature`, the hex
 * HMAC-SHA256 of `${timestamp}:${rawBody}` keyed by the app's client secret (or the webhook's secret),
 * and sends the time in milliseconds as `x-webflow-timestamp`. Uses Web Crypto, so it runs wherever
 * `globalThis.crypto.subtle` exists (Node 20+, browsers, edge runtimes).
 */
import { WebflowError } from "./errors.js";
import { isPlainObject } from "./validation.js";

/** A delivery as Webflow posts it. */
export interface WebhookEvent<Payload = unknown> {
  triggerType: string;
  payload: Payload;
}

export interface VerifyWebhookOptions {
  /** The request body exactly as received, before any JSON parsing. */
  rawBody: string;
  /** The `x-webflow-timestamp` header. */
  timestamp: string | null | undefined;
  /** The `x-webflow-signature` header. */
  signature: string | null | undefined;
  /** The client secret or webhook secret. Never included in an error. */
  secret: string;
  /** How old (or how far in the future) a delivery may be; default 5 minutes, against replays. */
  toleranceMs?: number;
  /** The current time in milliseconds; for tests. */
  now?: number;
}

/** Thrown by {@link parseWebhook} for a delivery that is not authentic or not well-formed. */
export class WebflowWebhookError extends WebflowError {}

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Compares without an early exit, so the time taken does not tell how much of a forgery was right. */
function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

/** Why a delivery is rejected, or undefined when it is authentic and fresh. */
async function rejection(options: VerifyWebhookOptions): Promise<string | undefined> {
  const { rawBody, timestamp, signature, secret } = options;
  if (!timestamp || !/^\d+$/.test(timestamp))
    return "missing or malformed x-webflow-timestamp header";
  if (!signature || !/^[0-9a-fA-F]{64}$/.test(signature))
    return "missing or malformed x-webflow-signature header";
  const age = Math.abs((options.now ?? Date.now()) - Number(timestamp));
  if (age > (options.toleranceMs ?? 5 * 60_000))
    return "timestamp is outside the allowed window (possible replay)";
  const expected = await hmacHex(secret, `${timestamp}:${rawBody}`);
  return constantTimeEqual(expected, signature.toLowerCase())
    ? undefined
    : "signature does not match";
}

/** True when the delivery was signed with `secret` and its timestamp is within the tolerance. */
export async function verifyWebhookSignature(options: VerifyWebhookOptions): Promise<boolean> {
  return (await rejection(options)) === undefined;
}

/** Verifies a delivery and returns its parsed `{ triggerType, payload }`; throws {@link WebflowWebhookError} otherwise. */
export async function parseWebhook<Payload = unknown>(
  options: VerifyWebhookOptions,
): Promise<WebhookEvent<Payload>> {
  const reason = await rejection(options);
  if (reason !== undefined) throw new WebflowWebhookError(`webhook rejected: ${reason}`);
  let event: unknown;
  try {
    event = JSON.parse(options.rawBody);
  } catch {
    throw new WebflowWebhookError("webhook rejected: body is not JSON");
  }
  if (!isPlainObject(event) || typeof event.triggerType !== "string" || !("payload" in event)) {
    throw new WebflowWebhookError("webhook rejected: body is not { triggerType, payload }");
  }
  return { triggerType: event.triggerType, payload: event.payload as Payload };
}
