/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { VerifyWebhookOptions, WebflowWebhookError } from "../runtime/webhooks.js";
import { EXPLAIN_ALL_OF_ARRAY_DISCRIMINATOR_ENUM_OBJECT_STRING_UNION_DATE_TIME_EMAIL_URI } from "./explainers.js";
import {
  type CollectionItemChangedEvent,
  type CollectionItemCreatedEvent,
  type CollectionItemDeletedEvent,
  type CollectionItemPublishedEvent,
  type CollectionItemUnpublishedEvent,
  type CommentCreatedEvent,
  type EcommInventoryChangedEvent,
  type EcommNewOrderEvent,
  type EcommOrderChangedEvent,
  type FormSubmissionEvent,
  type PageCreatedEvent,
  type PageDeletedEvent,
  type PageMetadataUpdatedEvent,
  type SitePublishEvent,
  collectionItemChangedEventSchema,
  collectionItemCreatedEventSchema,
  collectionItemDeletedEventSchema,
  collectionItemPublishedEventSchema,
  collectionItemUnpublishedEventSchema,
  commentCreatedEventSchema,
  ecommInventoryChangedEventSchema,
  ecommNewOrderEventSchema,
  ecommOrderChangedEventSchema,
  formSubmissionEventSchema,
  isCollectionItemChangedEvent,
  isCollectionItemCreatedEvent,
  isCollectionItemDeletedEvent,
  isCollectionItemPublishedEvent,
  isCollectionItemUnpublishedEvent,
  isCommentCreatedEvent,
  isEcommInventoryChangedEvent,
  isEcommNewOrderEvent,
  isEcommOrderChangedEvent,
  isFormSubmissionEvent,
  isPageCreatedEvent,
  isPageDeletedEvent,
  isPageMetadataUpdatedEvent,
  isSitePublishEvent,
  pageCreatedEventSchema,
  pageDeletedEventSchema,
  pageMetadataUpdatedEventSchema,
  sitePublishEventSchema,
} from "./shared.js";

/**
 * The guard of each listed `triggerType`.
 */
const WEBHOOK_DELIVERY_GUARDS: ReadonlyMap<string, (value: unknown) => boolean> =
  /* @__PURE__ */ new Map<string, (value: unknown) => boolean>([
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
    ["site_publish", isSitePublishEvent],
  ]);

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
export type WebhookDelivery =
  | CollectionItemChangedEvent
  | CollectionItemCreatedEvent
  | CollectionItemDeletedEvent
  | CollectionItemPublishedEvent
  | CollectionItemUnpublishedEvent
  | CommentCreatedEvent
  | EcommInventoryChangedEvent
  | EcommNewOrderEvent
  | EcommOrderChangedEvent
  | FormSubmissionEvent
  | PageCreatedEvent
  | PageDeletedEvent
  | PageMetadataUpdatedEvent
  | SitePublishEvent
  | UnknownWebhookDelivery;

/**
 * Whether `value` is a {@link WebhookDelivery}.
 */
export function isWebhookDelivery(value: unknown): value is WebhookDelivery {
  return (
    $.isPlainObject(value) &&
    typeof value.triggerType === "string" &&
    (WEBHOOK_DELIVERY_GUARDS.get(value.triggerType)?.(value) ?? true)
  );
}

/**
 * The WebhookDelivery union as data: what {@link validateWebhookDelivery} walks to say why a delivery failed.
 */
export const webhookDeliverySchema: SchemaPlan = {
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
      site_publish: () => sitePublishEventSchema,
    },
  },
};

/**
 * Checks that `value` is a {@link WebhookDelivery}: a listed `triggerType` must match its delivery's schema.
 */
export const validateWebhookDelivery: Validator<WebhookDelivery> = /* @__PURE__ */ $.validator(
  isWebhookDelivery,
  webhookDeliverySchema,
  EXPLAIN_ALL_OF_ARRAY_DISCRIMINATOR_ENUM_OBJECT_STRING_UNION_DATE_TIME_EMAIL_URI,
);

/**
 * Verifies a delivery's signature and timestamp (see `verifyWebhookSignature`), then parses and validates its body as a {@link WebhookDelivery}.
 *
 * Pass the raw body exactly as received, and the request's headers.
 * @throws {@link WebflowWebhookError} when the signature, timestamp or body is wrong; its `issues` say where the body is.
 * @example const delivery = await parseWebhookDelivery({ rawBody, headers: request.headers, secret });
 * if (delivery.triggerType === "collection_item_changed") console.log(delivery);
 */
export function parseWebhookDelivery(options: VerifyWebhookOptions): Promise<WebhookDelivery> {
  return $.parseWebhook({ ...options, validate: validateWebhookDelivery });
}
