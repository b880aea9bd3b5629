/**
 * Verifying webhook deliveries. Webflow signs each POST with `x-webflow-signature`, the hex
 * HMAC-SHA256 of `${timestamp}:${rawBody}` keyed by the app's client secret (or the webhook's secret),
 * and sends the time in milliseconds as `x-webflow-timestamp`. Uses Web Crypto, so it runs wherever
 * `globalThis.crypto.subtle` exists (Node 20+, browsers, edge runtimes).
 */
import { WebflowError } from "./errors.js";
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
export declare class WebflowWebhookError extends WebflowError {
}
/** True when the delivery was signed with `secret` and its timestamp is within the tolerance. */
export declare function verifyWebhookSignature(options: VerifyWebhookOptions): Promise<boolean>;
/** Verifies a delivery and returns its parsed `{ triggerType, payload }`; throws {@link WebflowWebhookError} otherwise. */
export declare function parseWebhook<Payload = unknown>(options: VerifyWebhookOptions): Promise<WebhookEvent<Payload>>;
