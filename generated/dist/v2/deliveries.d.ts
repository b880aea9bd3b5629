import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { VerifyWebhookOptions } from "../runtime/webhooks.js";
import { type CollectionItemChangedEvent, type CollectionItemCreatedEvent, type CollectionItemDeletedEvent, type CollectionItemPublishedEvent, type CollectionItemUnpublishedEvent, type CommentCreatedEvent, type EcommInventoryChangedEvent, type EcommNewOrderEvent, type EcommOrderChangedEvent, type FormSubmissionEvent, type PageCreatedEvent, type PageDeletedEvent, type PageMetadataUpdatedEvent, type SitePublishEvent } from "./shared.js";
/**
 * A delivery whose `triggerType` this description does not list (the API added it since): passed through unvalidated. Its other fields are typed `never` so that testing `triggerType` narrows a {@link WebhookDelivery} to the listed delivery; read them from the raw body when you handle a new kind.
 */
export interface UnknownWebhookDelivery {
	readonly triggerType: string;
	readonly payload: never;
}
/**
 * A delivery the API posts to a webhook's URL: one of `collection_item_changed`, `collection_item_created`, `collection_item_deleted`, `collection_item_published`, `collection_item_unpublished`, `comment_created`, `ecomm_inventory_changed`, `ecomm_new_order`, `ecomm_order_changed`, `form_submission`, `page_created`, `page_deleted`, `page_metadata_updated`, `site_publish`, discriminated on `triggerType`, or a kind the description does not list yet.
 */
export type WebhookDelivery = CollectionItemChangedEvent | CollectionItemCreatedEvent | CollectionItemDeletedEvent | CollectionItemPublishedEvent | CollectionItemUnpublishedEvent | CommentCreatedEvent | EcommInventoryChangedEvent | EcommNewOrderEvent | EcommOrderChangedEvent | FormSubmissionEvent | PageCreatedEvent | PageDeletedEvent | PageMetadataUpdatedEvent | SitePublishEvent | UnknownWebhookDelivery;
/**
 * Whether `value` is a {@link WebhookDelivery}.
 */
export declare function isWebhookDelivery(value: unknown): value is WebhookDelivery;
/**
 * The WebhookDelivery union as data: what {@link validateWebhookDelivery} walks to say why a delivery failed.
 */
export declare const webhookDeliverySchema: SchemaPlan;
/**
 * Checks that `value` is a {@link WebhookDelivery}: a listed `triggerType` must match its delivery's schema.
 */
export declare const validateWebhookDelivery: Validator<WebhookDelivery>;
/**
 * Verifies a delivery's signature and timestamp (see `verifyWebhookSignature`), then parses and validates its body as a {@link WebhookDelivery}.
 *
 * Pass the raw body exactly as received, and the request's headers.
 * @throws {@link WebflowWebhookError} when the signature, timestamp or body is wrong; its `issues` say where the body is.
 * @example const delivery = await parseWebhookDelivery({ rawBody, headers: request.headers, secret });
 * if (delivery.triggerType === "collection_item_changed") console.log(delivery);
 */
export declare function parseWebhookDelivery(options: VerifyWebhookOptions): Promise<WebhookDelivery>;
