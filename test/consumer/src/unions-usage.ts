/**
 * The open unions of the API: a response may carry a kind newer than the spec, and testing the
 * discriminant still narrows to the listed kind. Each `@ts-expect-error` line proves one narrowing.
 */
import {
  parseWebhookDelivery,
  type AuditLogEvent,
  type CollectionItemCreatedEvent,
  type UnknownWebhookDelivery,
  type WebhookDelivery,
} from "webflow-api";
import type { Equal, Expect } from "./type-assert.js";

/** A webhook handler: what it does with each delivery it can name. */
export async function onDelivery(rawBody: string, headers: Record<string, string>, secret: string): Promise<string> {
  const delivery: WebhookDelivery = await parseWebhookDelivery({ rawBody, headers, secret });
  if (delivery.triggerType === "collection_item_created") {
    type _narrowed = Expect<Equal<typeof delivery, CollectionItemCreatedEvent | UnknownWebhookDelivery>>;
    return delivery.payload.collectionId;
  }
  if (delivery.triggerType === "form_submission") {
    // @ts-expect-error TS2339 -- collectionId belongs to collection item deliveries, not form submissions
    return delivery.payload?.collectionId ?? "";
  }
  // A trigger type the spec does not list still arrives, typed as any string.
  const kind: string = delivery.triggerType;
  return kind;
}

/** An audit-log entry: its payload is typed once `eventType` is tested. */
export function describeAudit(event: AuditLogEvent): string {
  if (event.eventType === "custom_role") return event.payload?.roleName ?? "";
  if (event.eventType === "user_access") {
    // @ts-expect-error TS2339 -- roleName belongs to custom_role events, not user_access ones
    return event.payload?.roleName ?? "";
  }
  return event.eventType ?? "";
}
