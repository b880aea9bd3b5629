import { describe, expect, it } from "vitest";
import { createWebflowClient, WebflowRequestValidationError } from "../../generated/src/index.js";
import { thrown } from "./assertions.js";
import { useTestServer } from "./server.js";

const SITE = "580e63e98c9a982ac9b8b741";
const server = useTestServer();

const client = (validateRequests?: boolean) =>
  createWebflowClient({ token: "tok_request_validation", baseUrl: server.origin, retry: false, ...(validateRequests === undefined ? {} : { validateRequests }) });

describe("request bodies are checked before they are sent", () => {
  it("refuses a publish body with neither customDomains nor publishToWebflowSubdomain, sending nothing", async () => {
    const error = await thrown(() => client().sites.publish({ site_id: SITE, body: {} }));
    expect(error).toBeInstanceOf(WebflowRequestValidationError);
    expect((error as WebflowRequestValidationError).operationId).toBe("publishSite");
    expect((error as WebflowRequestValidationError).issues.map((i) => i.path)).toEqual([""]);
    // The message names the fields either alternative needs, not "object or object".
    expect((error as Error).message).toContain("customDomains (required) or publishToWebflowSubdomain (required)");
    expect(server.requests).toHaveLength(0);
  });

  it("names the field of a createWebhook body that is wrong", async () => {
    const body = { triggerType: "not_a_trigger", url: "https://example.com/hook" } as unknown as Parameters<ReturnType<typeof client>["webhooks"]["create"]>[0]["body"];
    const error = await thrown(() => client().webhooks.create({ site_id: SITE, body }));
    expect((error as WebflowRequestValidationError).issues.map((i) => i.path)).toEqual(["/triggerType"]);
    expect(server.requests).toHaveLength(0);
  });

  it("sends a valid body, and any body when validateRequests is false", async () => {
    const published = { customDomains: [], publishToWebflowSubdomain: true, publishScope: "site" };
    server.enqueue({ status: 202, body: published }, { status: 202, body: published });
    await expect(client().sites.publish({ site_id: SITE, body: { publishToWebflowSubdomain: true } })).resolves.toEqual(published);
    await expect(client(false).sites.publish({ site_id: SITE, body: {} })).resolves.toEqual(published);
    expect(server.requests.map((r) => r.body)).toEqual([{ publishToWebflowSubdomain: true }, {}]);
  });
});
