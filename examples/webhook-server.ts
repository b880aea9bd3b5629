/**
 * Receives Webflow webhooks with node:http: checks each delivery's signature and timestamp before
 * believing a word of it, then handles form submissions.
 *
 *   WEBFLOW_WEBHOOK_SECRET=... PORT=3000 npx tsx webhook-server.ts
 *
 * The secret is the app's client secret (webhooks created by an OAuth app) or the webhook's own.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseWebhook, validateFormSubmissionEvent, WebflowWebhookError } from "webflow-api";

const secret = process.env.WEBFLOW_WEBHOOK_SECRET;
if (!secret) {
  console.error("Set WEBFLOW_WEBHOOK_SECRET.");
  process.exit(2);
}

const server = createServer(async (req, res) => {
  if (req.method !== "POST" || req.url !== "/webhooks") {
    res.writeHead(404).end();
    return;
  }
  // The signature covers the body exactly as sent: read it raw, parse it only after the check.
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString("utf8");
  try {
    const event = await parseWebhook({ rawBody, headers: req.headers, secret });
    if (event.triggerType === "form_submission") {
      const checked = validateFormSubmissionEvent(event);
      if (!checked.ok) throw new WebflowWebhookError(`unexpected form_submission: ${checked.issues[0]?.message}`);
      const { name, data = {} } = checked.value.payload ?? {};
      console.log(`form "${name}" submitted: ${JSON.stringify(data)}`);
    } else {
      console.log(`${event.triggerType} received`);
    }
    res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
  } catch (error) {
    if (!(error instanceof WebflowWebhookError)) throw error;
    // Not from Webflow, replayed or malformed: refuse it, and do nothing it asks.
    console.log(`rejected: ${error.message}`);
    res.writeHead(400, { "Content-Type": "text/plain" }).end("rejected");
  }
});

server.listen(Number(process.env.PORT ?? "3000"), "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`listening on http://127.0.0.1:${port}/webhooks`);
});
