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
import { isPlainObject, summarizeIssues } from "./validation.js";
/**
 * Thrown by {@link parseWebhook} for a delivery that is not authentic or not well-formed, and by
 * both functions for a missing secret. `issues` holds what `validate` found wrong, if it ran.
 */
export class WebflowWebhookError extends WebflowError {
	issues;
	constructor(message, issues = []) {
		super(message);
		this.name = "WebflowWebhookError";
		this.issues = issues;
	}
}
/** A header from a `Headers` or a record whose keys may have any case; several values are no value. */
function header(headers, name) {
	if (headers === undefined) return undefined;
	// Duck-typed, so a Headers of another realm or fetch implementation works too.
	if (typeof headers.get === "function") return headers.get(name) ?? undefined;
	let found;
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() !== name) continue;
		if (found !== undefined) return undefined;
		if (typeof value === "string") found = value;
		else if (Array.isArray(value) && value.every((item) => typeof item === "string")) found = value;
	}
	if (typeof found === "string") return found;
	return found?.length === 1 ? found[0] : undefined;
}
const encoder = /* @__PURE__ */ new TextEncoder();
async function hmacHex(secret, message) {
	const key = await crypto.subtle.importKey("raw", encoder.encode(secret), {
		name: "HMAC",
		hash: "SHA-256"
	}, false, ["sign"]);
	const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
	return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
/** Compares without an early exit, so the time taken does not tell how much of a forgery was right. */
function constantTimeEqual(a, b) {
	let difference = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
	return difference === 0;
}
/** A secret is configuration: without one nothing can be verified, which is a bug, not a forgery. */
function checkSecret(secret) {
	if (typeof secret !== "string" || secret === "") {
		throw new WebflowWebhookError("webhook secret is empty: pass the app's client secret or the webhook's secret");
	}
}
/** Why a delivery is rejected, or undefined when it is authentic and fresh. */
async function rejection(options) {
	const { rawBody, secret } = options;
	checkSecret(secret);
	if (typeof rawBody !== "string") return "the raw body must be the request body as a string";
	const timestamp = options.timestamp ?? header(options.headers, "x-webflow-timestamp");
	const signature = options.signature ?? header(options.headers, "x-webflow-signature");
	if (!timestamp || !/^\d{1,16}$/.test(timestamp)) return "missing or malformed x-webflow-timestamp header";
	if (!signature || !/^[0-9a-fA-F]{64}$/.test(signature)) return "missing or malformed x-webflow-signature header";
	const age = Math.abs((options.now ?? Date.now()) - Number(timestamp));
	if (!(age <= (options.toleranceMs ?? 5 * 6e4))) return "timestamp is outside the allowed window (possible replay)";
	const expected = await hmacHex(secret, `${timestamp}:${rawBody}`);
	return constantTimeEqual(expected, signature.toLowerCase()) ? undefined : "signature does not match";
}
/**
 * True when the delivery was signed with `secret` and its timestamp is within the tolerance.
 * @throws WebflowWebhookError when `secret` is empty: a misconfiguration, not a forged delivery.
 */
export async function verifyWebhookSignature(options) {
	return await rejection(options) === undefined;
}
export async function parseWebhook(options) {
	const reason = await rejection(options);
	if (reason !== undefined) throw new WebflowWebhookError(`webhook rejected: ${reason}`);
	let event;
	try {
		event = JSON.parse(options.rawBody);
	} catch {
		throw new WebflowWebhookError("webhook rejected: body is not JSON");
	}
	if (!isPlainObject(event) || typeof event.triggerType !== "string" || !("payload" in event)) {
		throw new WebflowWebhookError("webhook rejected: body is not { triggerType, payload }");
	}
	if (options.validate === undefined) return {
		triggerType: event.triggerType,
		payload: event.payload
	};
	const result = options.validate(event);
	if (result.ok) return result.value;
	throw new WebflowWebhookError(`webhook rejected: the ${event.triggerType} event does not match the spec: ${summarizeIssues(result.issues, "event")}`, result.issues);
}
