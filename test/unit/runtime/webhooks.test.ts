import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseWebhook, verifyWebhookSignature, WebflowWebhookError } from "../../../templates/runtime/webhooks.js";

const SECRET = "whsec_test_0123456789";
const NOW = 1_732_450_000_000;
const body = JSON.stringify({ triggerType: "form_submission", payload: { name: "Contact", data: { email: "a@b.co" } } });
/** Signs the way Webflow documents it, with Node's own HMAC as an independent implementation. */
const sign = (timestamp: string, raw: string, secret = SECRET) => createHmac("sha256", secret).update(`${timestamp}:${raw}`).digest("hex");

describe("webhook signatures", () => {
  const timestamp = String(NOW - 1000);

  it("accepts a delivery signed with the secret", async () => {
    expect(await verifyWebhookSignature({ rawBody: body, timestamp, signature: sign(timestamp, body), secret: SECRET, now: NOW })).toBe(true);
    expect(await verifyWebhookSignature({ rawBody: body, timestamp, signature: sign(timestamp, body).toUpperCase(), secret: SECRET, now: NOW })).toBe(true);
  });

  it("rejects a changed body, another secret, a missing header and a stale timestamp", async () => {
    const signature = sign(timestamp, body);
    expect(await verifyWebhookSignature({ rawBody: body.replace("Contact", "Contacts"), timestamp, signature, secret: SECRET, now: NOW })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: body, timestamp, signature: sign(timestamp, body, "other"), secret: SECRET, now: NOW })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: body, timestamp: null, signature, secret: SECRET, now: NOW })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: body, timestamp, signature: undefined, secret: SECRET, now: NOW })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: body, timestamp, signature, secret: SECRET, now: NOW + 10 * 60_000 })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: body, timestamp, signature, secret: SECRET, now: NOW + 10 * 60_000, toleranceMs: 20 * 60_000 })).toBe(true);
  });

  it("parses an authentic delivery and explains a rejected one without the secret", async () => {
    const event = await parseWebhook<{ name: string }>({ rawBody: body, timestamp, signature: sign(timestamp, body), secret: SECRET, now: NOW });
    expect(event).toEqual({ triggerType: "form_submission", payload: { name: "Contact", data: { email: "a@b.co" } } });
    const error = await parseWebhook({ rawBody: body, timestamp, signature: "0".repeat(64), secret: SECRET, now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowWebhookError);
    expect(String(error)).toMatch(/signature does not match/);
    expect(`${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`).not.toContain(SECRET);
    const notJson = await parseWebhook({ rawBody: "nope", timestamp, signature: sign(timestamp, "nope"), secret: SECRET, now: NOW }).catch((e: unknown) => e);
    expect(String(notJson)).toMatch(/not JSON/);
  });
});
