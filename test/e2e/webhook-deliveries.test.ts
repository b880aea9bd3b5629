/**
 * Webhook deliveries as a receiving server gets them: every trigger type the spec's `webhooks` list is
 * signed, posted to a real node:http handler on 127.0.0.1 and parsed there with the generated
 * `parseWebhookDelivery`, which must return it validated and narrowable on `triggerType`; a trigger type
 * the spec does not list passes through; a listed one with a wrong payload is refused with a pointer.
 */
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRIGGER_SCOPES, WebflowWebhookError, parseWebhookDelivery, validateWebhookDelivery, type WebhookDelivery } from "../../generated/src/index.js";
import { dereferencedSpec } from "../support/spec.js";

const SECRET = "whsec_e2e_5up3r_s3cr3t";
const spec = await dereferencedSpec("spec/webflow-v2.yaml");
const webhooks = Object.entries<any>(spec.webhooks ?? {});

/** What the handler answered for one delivery. */
interface Outcome {
  status: number;
  body: { triggerType?: string; error?: string; issues?: { path: string; expected: string }[] };
}

let server: Server;
let origin: string;

beforeAll(async () => {
  // A receiving endpoint as an app would write one: raw body, headers, then parse.
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      parseWebhookDelivery({ rawBody, headers: request.headers, secret: SECRET }).then(
        (delivery) => {
          response.writeHead(200, { "Content-Type": "application/json" });
          response.end(JSON.stringify({ triggerType: delivery.triggerType }));
        },
        (error: unknown) => {
          response.writeHead(400, { "Content-Type": "application/json" });
          const failure = error as WebflowWebhookError;
          response.end(JSON.stringify({ error: failure.name, issues: (failure as { issues?: unknown }).issues ?? [] }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function deliver(body: unknown, secret = SECRET): Promise<Outcome> {
  const raw = JSON.stringify(body);
  const timestamp = String(Date.now());
  const signature = createHmac("sha256", secret).update(`${timestamp}:${raw}`).digest("hex");
  const response = await fetch(`${origin}/webhooks/webflow`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "x-webflow-timestamp": timestamp, "x-webflow-signature": signature },
    body: raw,
  });
  return { status: response.status, body: (await response.json()) as Outcome["body"] };
}

/** The example of a delivery's body, from its schema. */
function example(webhook: any): Record<string, unknown> {
  const schema = webhook.post.requestBody.content["application/json"].schema;
  const value = schema.examples?.[0] ?? schema.example;
  expect(value, "every delivery schema has an example").toBeDefined();
  return value;
}

describe("webhook deliveries", () => {
  it("lists every trigger type the scope table knows, one delivery each", () => {
    expect(webhooks.map(([name]) => name).sort()).toEqual(Object.keys(TRIGGER_SCOPES).sort());
  });

  it.each(webhooks)("%s: a signed delivery parses, validated, as its own trigger type", async (name, webhook) => {
    const body = example(webhook);
    expect(body.triggerType).toBe(name);
    const outcome = await deliver(body);
    expect(outcome).toEqual({ status: 200, body: { triggerType: name } });
  });

  it("passes a trigger type the spec does not list through, payload and all", async () => {
    const body = { triggerType: "site_unpublished", payload: { siteId: "580e63e98c9a982ac9b8b741", anything: [1, 2] } };
    expect(await deliver(body)).toEqual({ status: 200, body: { triggerType: "site_unpublished" } });
    const result = validateWebhookDelivery(body);
    expect(result.ok && result.value).toEqual(body);
  });

  it("refuses a listed trigger type whose payload does not match, naming where", async () => {
    const body = { triggerType: "collection_item_created", payload: { id: 42 } };
    const outcome = await deliver(body);
    expect(outcome.status).toBe(400);
    expect(outcome.body.error).toBe("WebflowWebhookError");
    const paths = (outcome.body.issues ?? []).map((i) => i.path);
    expect(paths).toContain("/payload/id");
    expect(paths.every((p) => p.startsWith("/payload"))).toBe(true);
  });

  it("refuses a body without a trigger type, and a delivery signed with another secret", async () => {
    expect(await deliver({ payload: {} })).toMatchObject({ status: 400, body: { error: "WebflowWebhookError" } });
    expect(validateWebhookDelivery({ payload: {} })).toMatchObject({ ok: false, issues: [{ path: "/triggerType", expected: "required property" }] });
    const forged = await deliver(example(webhooks[0]?.[1]), "another-secret");
    expect(forged).toEqual({ status: 400, body: { error: "WebflowWebhookError", issues: [] } });
  });

  it("narrows on triggerType at run time as the types say", () => {
    const created = example(spec.webhooks.collection_item_created);
    const result = validateWebhookDelivery(created);
    expect(result.ok).toBe(true);
    const delivery = (result as { value: WebhookDelivery }).value;
    if (delivery.triggerType !== "collection_item_created") throw new Error("not narrowed");
    expect(typeof delivery.payload.collectionId).toBe("string");
  });
});
