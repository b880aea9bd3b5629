/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ALL_OF_ARRAY_DISCRIMINATOR_ENUM_OBJECT_STRING_UNION_DATE_TIME_EMAIL_URI } from "./explainers.js";
import { collectionItemChangedEventSchema, collectionItemCreatedEventSchema, collectionItemDeletedEventSchema, collectionItemPublishedEventSchema, collectionItemUnpublishedEventSchema, commentCreatedEventSchema, ecommInventoryChangedEventSchema, ecommNewOrderEventSchema, ecommOrderChangedEventSchema, formSubmissionEventSchema, isCollectionItemChangedEvent, isCollectionItemCreatedEvent, isCollectionItemDeletedEvent, isCollectionItemPublishedEvent, isCollectionItemUnpublishedEvent, isCommentCreatedEvent, isEcommInventoryChangedEvent, isEcommNewOrderEvent, isEcommOrderChangedEvent, isFormSubmissionEvent, isPageCreatedEvent, isPageDeletedEvent, isPageMetadataUpdatedEvent, isSitePublishEvent, pageCreatedEventSchema, pageDeletedEventSchema, pageMetadataUpdatedEventSchema, sitePublishEventSchema } from "./shared.js";
/**
 * The guard of each listed `triggerType`.
 */
const WEBHOOK_DELIVERY_GUARDS = /* @__PURE__ */ new Map([
	["collection_item_changed", isCollectionItemChangedEvent],
	["collection_item_created", isCollectionItemCreatedEvent],
	["collection_item_deleted", isCollectionItemDeletedEvent],
	["collection_item_published", isCollectionItemPublishedEvent],
	["collection_item_unpublished", isCollectionItemUnpublishedEvent],
	["comment_created", isCommentCreatedEvent],
	["ecomm_inventory_changed", isEcommInventoryChangedEvent],
	["ecomm_new_order", isEcommNewOrderEvent],
	["ecomm_order_changed", isEcommOrderChangedEvent],
	["form_submission", isFormSubmissionEvent],
	["page_created", isPageCreatedEvent],
	["page_deleted", isPageDeletedEvent],
	["page_metadata_updated", isPageMetadataUpdatedEvent],
	["site_publish", isSitePublishEvent]
]);
/**
 * Whether `value` is a {@link WebhookDelivery}.
 */
export function isWebhookDelivery(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && (WEBHOOK_DELIVERY_GUARDS.get(value.triggerType)?.(value) ?? true);
}
/**
 * The WebhookDelivery union as data: what {@link validateWebhookDelivery} walks to say why a delivery failed.
 */
export const webhookDeliverySchema = {
	kind: "object",
	title: "WebhookDelivery",
	properties: { triggerType: { kind: "string" } },
	required: ["triggerType"],
	discriminator: {
		property: "triggerType",
		mapping: {
			collection_item_changed: () => collectionItemChangedEventSchema,
			collection_item_created: () => collectionItemCreatedEventSchema,
			collection_item_deleted: () => collectionItemDeletedEventSchema,
			collection_item_published: () => collectionItemPublishedEventSchema,
			collection_item_unpublished: () => collectionItemUnpublishedEventSchema,
			comment_created: () => commentCreatedEventSchema,
			ecomm_inventory_changed: () => ecommInventoryChangedEventSchema,
			ecomm_new_order: () => ecommNewOrderEventSchema,
			ecomm_order_changed: () => ecommOrderChangedEventSchema,
			form_submission: () => formSubmissionEventSchema,
			page_created: () => pageCreatedEventSchema,
			page_deleted: () => pageDeletedEventSchema,
			page_metadata_updated: () => pageMetadataUpdatedEventSchema,
			site_publish: () => sitePublishEventSchema
		}
	}
};
/**
 * Checks that `value` is a {@link WebhookDelivery}: a listed `triggerType` must match its delivery's schema.
 */
export const validateWebhookDelivery = /* @__PURE__ */ $.validator(isWebhookDelivery, webhookDeliverySchema, EXPLAIN_ALL_OF_ARRAY_DISCRIMINATOR_ENUM_OBJECT_STRING_UNION_DATE_TIME_EMAIL_URI);
/**
 * Verifies a delivery's signature and timestamp (see `verifyWebhookSignature`), then parses and validates its body as a {@link WebhookDelivery}.
 *
 * Pass the raw body exactly as received, and the request's headers.
 * @throws {@link WebflowWebhookError} when the signature, timestamp or body is wrong; its `issues` say where the body is.
 * @example const delivery = await parseWebhookDelivery({ rawBody, headers: request.headers, secret });
 * if (delivery.triggerType === "collection_item_changed") console.log(delivery);
 */
export function parseWebhookDelivery(options) {
	return $.parseWebhook({
		...options,
		validate: validateWebhookDelivery
	});
}
