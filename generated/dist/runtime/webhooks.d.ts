/**
 * Verifying webhook deliveries. Webflow signs each POST with `x-webflow-signature`, the hex
 * HMAC-SHA256 of `${timestamp}:${rawBody}` keyed by the app's client secret (or the webhook's secret),
 * and sends the time in milliseconds as `x-webflow-timestamp`. Uses Web Crypto, so it runs wherever
 * `globalThis.crypto.subtle` exists (Node 20+, browsers, edge runtimes).
 *
 * The headers can be passed as a handler gets them — a Fetch `Headers` (Request.headers in
 * workers, Deno, Bun, Next.js route handlers) or a plain record such as Node's
 * `IncomingMessage.headers`, looked up case-insensitively — or as the explicit `timestamp` and
 * `signature` fields, which win when both are given.
 */
import { WebflowError } from "./errors.js";
import type { ValidationIssue, ValidationResult } from "./validation.js";
/** A delivery as Webflow posts it. */
export interface WebhookEvent<Payload = unknown> {
	triggerType: string;
	payload: Payload;
}
/** Request headers as a handler gets them: a Fetch `Headers`, or a record (Node's `req.headers`). */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
export interface VerifyWebhookOptions {
	/** The request body exactly as received, before any JSON parsing. */
	rawBody: string;
	/** The request's headers; `x-webflow-timestamp` and `x-webflow-signature` are read from them. */
	headers?: WebhookHeaders;
	/** The `x-webflow-timestamp` header; wins over `headers`. */
	timestamp?: string | null | undefined;
	/** The `x-webflow-signature` header; wins over `headers`. */
	signature?: string | null | undefined;
	/** The client secret or webhook secret. Never included in an error. */
	secret: string;
	/** How old (or how far in the future) a delivery may be; default 5 minutes, against replays. */
	toleranceMs?: number;
	/** The current time in milliseconds; for tests. */
	now?: number;
}
/** Options of {@link parseWebhook}: those of the signature check, and a validator for the event. */
export interface ParseWebhookOptions<T> extends VerifyWebhookOptions {
	/**
	 * Checks the parsed event, e.g. a generated validator for the union of webhook events; its
	 * value is what `parseWebhook` resolves. Without it, only `{ triggerType: string, payload }`
	 * is checked.
	 */
	validate?: (value: unknown) => ValidationResult<T>;
}
/**
 * Thrown by {@link parseWebhook} for a delivery that is not authentic or not well-formed, and by
 * both functions for a missing secret. `issues` holds what `validate` found wrong, if it ran.
 */
export declare class WebflowWebhookError extends WebflowError {
	readonly issues: ValidationIssue[];
	constructor(message: string, issues?: ValidationIssue[]);
}
/**
 * True when the delivery was signed with `secret` and its timestamp is within the tolerance.
 * @throws WebflowWebhookError when `secret` is empty: a misconfiguration, not a forged delivery.
 */
export declare function verifyWebhookSignature(options: VerifyWebhookOptions): Promise<boolean>;
/**
 * Verifies a delivery and returns its parsed event: `{ triggerType, payload }`, or what
 * `options.validate` makes of it. Throws {@link WebflowWebhookError} otherwise.
 */
export declare function parseWebhook<T>(options: ParseWebhookOptions<T> & {
	validate: (value: unknown) => ValidationResult<T>;
}): Promise<T>;
export declare function parseWebhook<Payload = unknown>(options: VerifyWebhookOptions & {
	validate?: undefined;
}): Promise<WebhookEvent<Payload>>;
