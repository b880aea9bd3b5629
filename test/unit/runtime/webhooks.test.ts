import { createHmac } from "node:crypto";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  fail,
  isPlainObject,
  issue,
  ok,
  type ValidationIssue,
  type ValidationResult,
} from "../../../templates/runtime/validation.js";
import {
  parseWebhook,
  type ParseWebhookOptions,
  verifyWebhookSignature,
  WebflowWebhookError,
} from "../../../templates/runtime/webhooks.js";

const SECRET = "whsec_test_0123456789";
const NOW = 1_732_450_000_000;
const body = JSON.stringify({
  triggerType: "form_submission",
  payload: { name: "Contact", data: { email: "a@b.co" } },
});
/** Signs the way Webflow documents it, with Node's own HMAC as an independent implementation. */
const sign = (timestamp: string, raw: string, secret = SECRET) =>
  createHmac("sha256", secret).update(`${timestamp}:${raw}`).digest("hex");

describe("webhook signatures", () => {
  const timestamp = String(NOW - 1000);

  it("accepts a delivery signed with the secret", async () => {
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp,
        signature: sign(timestamp, body),
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(true);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp,
        signature: sign(timestamp, body).toUpperCase(),
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(true);
  });

  it("rejects a changed body, another secret, a missing header and a stale timestamp", async () => {
    const signature = sign(timestamp, body);
    expect(
      await verifyWebhookSignature({
        rawBody: body.replace("Contact", "Contacts"),
        timestamp,
        signature,
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp,
        signature: sign(timestamp, body, "other"),
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp: null,
        signature,
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp,
        signature: undefined,
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp,
        signature,
        secret: SECRET,
        now: NOW + 10 * 60_000,
      }),
    ).toBe(false);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp,
        signature,
        secret: SECRET,
        now: NOW + 10 * 60_000,
        toleranceMs: 20 * 60_000,
      }),
    ).toBe(true);
  });

  it("parses an authentic delivery and explains a rejected one without the secret", async () => {
    const event = await parseWebhook<{ name: string }>({
      rawBody: body,
      timestamp,
      signature: sign(timestamp, body),
      secret: SECRET,
      now: NOW,
    });
    expect(event).toEqual({
      triggerType: "form_submission",
      payload: { name: "Contact", data: { email: "a@b.co" } },
    });
    const error = await parseWebhook({
      rawBody: body,
      timestamp,
      signature: "0".repeat(64),
      secret: SECRET,
      now: NOW,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowWebhookError);
    expect(String(error)).toMatch(/signature does not match/);
    expect(`${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`).not.toContain(
      SECRET,
    );
    const notJson = await parseWebhook({
      rawBody: "nope",
      timestamp,
      signature: sign(timestamp, "nope"),
      secret: SECRET,
      now: NOW,
    }).catch((e: unknown) => e);
    expect(String(notJson)).toMatch(/not JSON/);
  });
});

describe("webhook headers as a handler gets them", () => {
  const timestamp = String(NOW - 1000);
  const signature = sign(timestamp, body);

  it("reads a Fetch Headers object", async () => {
    const headers = new Headers({
      "X-Webflow-Timestamp": timestamp,
      "X-Webflow-Signature": signature,
    });
    expect(await verifyWebhookSignature({ rawBody: body, headers, secret: SECRET, now: NOW })).toBe(
      true,
    );
    expect(
      (await parseWebhook({ rawBody: body, headers, secret: SECRET, now: NOW })).triggerType,
    ).toBe("form_submission");
  });

  it("reads a plain record in any case, and Node's array values", async () => {
    for (const headers of [
      { "x-webflow-timestamp": timestamp, "x-webflow-signature": signature },
      {
        "X-Webflow-Timestamp": timestamp,
        "X-WEBFLOW-SIGNATURE": signature,
        "content-type": "application/json",
      },
      { "x-webflow-timestamp": [timestamp], "x-webflow-signature": [signature] },
    ]) {
      expect(
        await verifyWebhookSignature({ rawBody: body, headers, secret: SECRET, now: NOW }),
      ).toBe(true);
    }
  });

  it("rejects a header sent twice, and missing headers", async () => {
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        headers: {
          "x-webflow-timestamp": [timestamp, timestamp],
          "x-webflow-signature": signature,
        },
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        headers: {
          "x-webflow-timestamp": timestamp,
          "X-Webflow-Timestamp": timestamp,
          "x-webflow-signature": signature,
        },
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
    expect(
      await verifyWebhookSignature({ rawBody: body, headers: {}, secret: SECRET, now: NOW }),
    ).toBe(false);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        headers: new Headers(),
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
  });

  it("skips a record value that is not text, so a spelling that is text still counts", async () => {
    for (const junk of [5, [5], [timestamp, 5]]) {
      const headers = { "x-webflow-timestamp": junk, "X-Webflow-Timestamp": timestamp, "x-webflow-signature": signature };
      expect(
        await verifyWebhookSignature({ rawBody: body, headers: headers as unknown as Record<string, string>, secret: SECRET, now: NOW }),
      ).toBe(true);
    }
  });

  it("lets the explicit fields win over the headers", async () => {
    const headers = new Headers({
      "x-webflow-timestamp": timestamp,
      "x-webflow-signature": "0".repeat(64),
    });
    expect(
      await verifyWebhookSignature({ rawBody: body, headers, signature, secret: SECRET, now: NOW }),
    ).toBe(true);
  });
});

describe("webhook edge cases", () => {
  const timestamp = String(NOW);

  it.each([
    ["an empty secret", ""],
    ["a missing secret", undefined],
  ])("throws a clear WebflowWebhookError for %s, not a DOMException", async (_label, secret) => {
    for (const run of [verifyWebhookSignature, parseWebhook]) {
      const error = await run({
        rawBody: body,
        timestamp,
        signature: sign(timestamp, body),
        secret: secret as string,
        now: NOW,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebflowWebhookError);
      expect((error as Error).name).toBe("WebflowWebhookError");
      expect((error as Error).message).toBe(
        "webhook secret is empty: pass the app's client secret or the webhook's secret",
      );
    }
  });

  it.each([
    ["just inside the window, in the past", -5 * 60_000, true],
    ["just outside the window, in the past", -5 * 60_000 - 1, false],
    ["just inside the window, in the future", 5 * 60_000, true],
    ["far in the future", 24 * 3600_000, false],
    ["long ago", -365 * 24 * 3600_000, false],
  ])("a timestamp %s", async (_label, offset, accepted) => {
    const ts = String(NOW + offset);
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp: ts,
        signature: sign(ts, body),
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(accepted);
  });

  it.each(["", "abc", "-1", "1.5e12", "1".repeat(30), " 1732450000000"])(
    "rejects the malformed timestamp %j",
    async (ts) => {
      expect(
        await verifyWebhookSignature({
          rawBody: body,
          timestamp: ts,
          signature: sign(ts, body),
          secret: SECRET,
          now: NOW,
        }),
      ).toBe(false);
    },
  );

  it.each([
    ["one character short", (s: string) => s.slice(1)],
    ["one character long", (s: string) => `${s}0`],
    ["not hex", (s: string) => `${s.slice(1)}g`],
    ["base64 instead of hex", (s: string) => Buffer.from(s, "hex").toString("base64")],
    ["prefixed like sha256=", (s: string) => `sha256=${s}`],
  ])("rejects a signature %s", async (_label, change) => {
    const signature = change(sign(timestamp, body));
    expect(
      await verifyWebhookSignature({
        rawBody: body,
        timestamp,
        signature,
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
    const error = await parseWebhook({
      rawBody: body,
      timestamp,
      signature,
      secret: SECRET,
      now: NOW,
    }).catch((e: unknown) => e);
    expect(String(error)).toBe(
      "WebflowWebhookError: webhook rejected: missing or malformed x-webflow-signature header",
    );
  });

  it.each([
    ["without payload", { triggerType: "site_publish" }],
    ["without triggerType", { payload: {} }],
    ["with a numeric triggerType", { triggerType: 1, payload: {} }],
    ["that is an array", [{ triggerType: "site_publish", payload: {} }]],
    ["that is null", null],
  ])("rejects a signed body %s", async (_label, event) => {
    const raw = JSON.stringify(event);
    const error = await parseWebhook({
      rawBody: raw,
      timestamp,
      signature: sign(timestamp, raw),
      secret: SECRET,
      now: NOW,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowWebhookError);
    expect((error as Error).message).toBe("webhook rejected: body is not { triggerType, payload }");
  });

  it("accepts a payload of null, which is still a payload", async () => {
    const raw = JSON.stringify({ triggerType: "site_publish", payload: null });
    await expect(
      parseWebhook({
        rawBody: raw,
        timestamp,
        signature: sign(timestamp, raw),
        secret: SECRET,
        now: NOW,
      }),
    ).resolves.toEqual({ triggerType: "site_publish", payload: null });
  });

  it("signs over the exact bytes: re-serialized JSON does not verify", async () => {
    const spaced = JSON.stringify(JSON.parse(body), null, 2);
    expect(
      await verifyWebhookSignature({
        rawBody: spaced,
        timestamp,
        signature: sign(timestamp, body),
        secret: SECRET,
        now: NOW,
      }),
    ).toBe(false);
  });
});

describe("parseWebhook with a validator", () => {
  type FormSubmission = { triggerType: "form_submission"; payload: { name: string } };
  const validate = (value: unknown): ValidationResult<FormSubmission> => {
    const issues: ValidationIssue[] = [];
    if (!isPlainObject(value) || value.triggerType !== "form_submission")
      issues.push(
        issue(
          "/triggerType",
          '"form_submission"',
          isPlainObject(value) ? value.triggerType : value,
        ),
      );
    else if (!isPlainObject(value.payload) || typeof value.payload.name !== "string")
      issues.push(
        issue(
          "/payload/name",
          "string",
          isPlainObject(value.payload) ? value.payload.name : undefined,
        ),
      );
    return issues.length === 0 ? ok(value as FormSubmission) : fail(issues);
  };
  const timestamp = String(NOW);

  it("returns what the validator returns", async () => {
    const event = await parseWebhook({
      rawBody: body,
      timestamp,
      signature: sign(timestamp, body),
      secret: SECRET,
      now: NOW,
      validate,
    });
    expectTypeOf(event).toEqualTypeOf<FormSubmission>();
    expect(event.payload.name).toBe("Contact");
  });

  it("throws the validator's issues, naming the field", async () => {
    const raw = JSON.stringify({ triggerType: "form_submission", payload: { name: 5 } });
    const error = await parseWebhook({
      rawBody: raw,
      timestamp,
      signature: sign(timestamp, raw),
      secret: SECRET,
      now: NOW,
      validate,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowWebhookError);
    expect((error as WebflowWebhookError).issues.map((i) => i.path)).toEqual(["/payload/name"]);
    expect((error as Error).message).toBe(
      "webhook rejected: the form_submission event does not match the spec: /payload/name: expected string, got number 5",
    );
  });

  it("does not run the validator on a forged delivery", async () => {
    let ran = false;
    const error = await parseWebhook({
      rawBody: body,
      timestamp,
      signature: "0".repeat(64),
      secret: SECRET,
      now: NOW,
      validate: (v) => {
        ran = true;
        return validate(v);
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebflowWebhookError);
    expect(ran).toBe(false);
  });
});

describe("webhook rejections, word for word", () => {
  const timestamp = String(NOW - 1000);
  const parse = (overrides: Partial<ParseWebhookOptions<unknown>> = {}) =>
    // The implementation signature: a test may pass a validator or not.
    (parseWebhook as (options: ParseWebhookOptions<unknown>) => Promise<unknown>)({ rawBody: body, timestamp, signature: sign(timestamp, body), secret: SECRET, now: NOW, ...overrides });
  const reason = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WebflowWebhookError);
    return error as WebflowWebhookError;
  };

  it("names a malformed timestamp, even one that starts with digits, and a stale one", async () => {
    const trailing = `${timestamp}x`;
    const malformed = await reason(parse({ timestamp: trailing, signature: sign(trailing, body) }));
    expect(malformed.message).toBe("webhook rejected: missing or malformed x-webflow-timestamp header");
    expect(malformed.issues).toEqual([]);
    const stale = await reason(parse({ now: NOW + 10 * 60_000 }));
    expect(stale.message).toBe("webhook rejected: timestamp is outside the allowed window (possible replay)");
  });

  it("refuses a raw body that is not a string, even one whose text is signed", async () => {
    const bytes = Buffer.from(body);
    const error = await reason(parse({ rawBody: bytes as unknown as string }));
    expect(error.message).toBe("webhook rejected: the raw body must be the request body as a string");
    expect(await verifyWebhookSignature({ rawBody: bytes as unknown as string, timestamp, signature: sign(timestamp, body), secret: SECRET, now: NOW })).toBe(false);
  });

  it("calls the event the root of a validator's issues", async () => {
    const error = await reason(
      parseWebhook({
        rawBody: body,
        timestamp,
        signature: sign(timestamp, body),
        secret: SECRET,
        now: NOW,
        validate: (value: unknown): ValidationResult<unknown> => fail([issue("", "SitePublish", value)]),
      }),
    );
    expect(error.message).toBe("webhook rejected: the form_submission event does not match the spec: event: expected SitePublish, got object");
  });
});
