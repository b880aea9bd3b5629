/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import {
  EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ARRAY_NUMBER_OBJECT,
  EXPLAIN_ARRAY_OBJECT,
  EXPLAIN_ARRAY_OBJECT_STRING,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ARRAY_OBJECT_STRING_UNION,
  EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME,
  EXPLAIN_ARRAY_OBJECT_UNION,
  EXPLAIN_OBJECT,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

const COLLECTION_ITEM_REF_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

/**
 * Response of POST /collections/{collection_id}/items/bulk: the item created, with the CMS locales it was created in.
 */
export type BulkCollectionItem = components["schemas"]["BulkCollectionItem"];

/**
 * Whether `value` is a {@link BulkCollectionItem}; the fast check {@link validateBulkCollectionItem} runs before explaining a failure.
 */
export function isBulkCollectionItem(value: unknown): value is BulkCollectionItem {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    isBulkCollectionItem_cmsLocaleIds(value.cmsLocaleIds) &&
    (value.lastPublished === null || typeof value.lastPublished === "string") &&
    typeof value.lastUpdated === "string" &&
    typeof value.createdOn === "string" &&
    typeof value.isArchived === "boolean" &&
    typeof value.isDraft === "boolean" &&
    isItemFieldDataPartial(value.fieldData)
  );
}

function isBulkCollectionItem_cmsLocaleIds_item(value: unknown): boolean {
  return typeof value === "string";
}

function isBulkCollectionItem_cmsLocaleIds(value: unknown): boolean {
  return Array.isArray(value) && value.every(isBulkCollectionItem_cmsLocaleIds_item);
}

/**
 * The BulkCollectionItem schema as data: what {@link validateBulkCollectionItem} walks to say why a value failed.
 */
export const bulkCollectionItemSchema: SchemaPlan = {
  kind: "object",
  title: "BulkCollectionItem",
  properties: {
    id: { kind: "string" },
    cmsLocaleIds: { kind: "array", items: { kind: "string" } },
    lastPublished: { kind: "string", nullable: true },
    lastUpdated: { kind: "string" },
    createdOn: { kind: "string" },
    isArchived: { kind: "boolean" },
    isDraft: { kind: "boolean" },
    fieldData: () => itemFieldDataPartialSchema,
  },
  required: [
    "id",
    "cmsLocaleIds",
    "lastPublished",
    "lastUpdated",
    "createdOn",
    "isArchived",
    "isDraft",
    "fieldData",
  ],
};

/**
 * Checks that `value` is a {@link BulkCollectionItem}.
 * @returns `{ ok: true, value }` typed as {@link BulkCollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateBulkCollectionItem: Validator<BulkCollectionItem> =
  /* @__PURE__ */ $.validator(isBulkCollectionItem, bulkCollectionItemSchema, EXPLAIN_ARRAY_OBJECT);

/**
 * Body of POST /collections/{collection_id}/items/bulk: one item (or up to 100 items) created in each of several locales. Without `cmsLocaleIds` the items are created in the primary locale only.
 */
export type BulkCreateCollectionItemsRequest =
  components["schemas"]["BulkCreateCollectionItemsRequest"];

/**
 * Whether `value` is a {@link BulkCreateCollectionItemsRequest}; the fast check {@link validateBulkCreateCollectionItemsRequest} runs before explaining a failure.
 */
export function isBulkCreateCollectionItemsRequest(
  value: unknown,
): value is BulkCreateCollectionItemsRequest {
  return (
    $.isPlainObject(value) &&
    (value.cmsLocaleIds === undefined ||
      isBulkCreateCollectionItemsRequest_cmsLocaleIds(value.cmsLocaleIds)) &&
    (value.lastPublished === undefined ||
      (typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated))) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.isArchived === undefined || typeof value.isArchived === "boolean") &&
    (value.isDraft === undefined || typeof value.isDraft === "boolean") &&
    isBulkCreateCollectionItemsRequest_fieldData(value.fieldData)
  );
}

function isBulkCreateCollectionItemsRequest_cmsLocaleIds_item(value: unknown): boolean {
  return typeof value === "string";
}

function isBulkCreateCollectionItemsRequest_cmsLocaleIds(value: unknown): boolean {
  return Array.isArray(value) && value.every(isBulkCreateCollectionItemsRequest_cmsLocaleIds_item);
}

function isBulkCreateCollectionItemsRequest_fieldData(value: unknown): boolean {
  return (
    Number(isItemFieldData(value)) +
      Number(Array.isArray(value) && value.length <= 100 && value.every(isItemFieldData)) ===
    1
  );
}

/**
 * The BulkCreateCollectionItemsRequest schema as data: what {@link validateBulkCreateCollectionItemsRequest} walks to say why a value failed.
 */
export const bulkCreateCollectionItemsRequestSchema: SchemaPlan = {
  kind: "object",
  title: "BulkCreateCollectionItemsRequest",
  properties: {
    cmsLocaleIds: { kind: "array", items: { kind: "string" } },
    lastPublished: { kind: "string", format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
    createdOn: { kind: "string", format: "date-time" },
    isArchived: { kind: "boolean" },
    isDraft: { kind: "boolean" },
    fieldData: {
      kind: "oneOf",
      of: [
        () => itemFieldDataSchema,
        { kind: "array", items: () => itemFieldDataSchema, maxItems: 100 },
      ],
    },
  },
  required: ["fieldData"],
};

/**
 * Checks that `value` is a {@link BulkCreateCollectionItemsRequest}.
 * @returns `{ ok: true, value }` typed as {@link BulkCreateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateBulkCreateCollectionItemsRequest: Validator<BulkCreateCollectionItemsRequest> =
  /* @__PURE__ */ $.validator(
    isBulkCreateCollectionItemsRequest,
    bulkCreateCollectionItemsRequestSchema,
    EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME,
  );

/**
 * An item of a CMS collection in one locale, staged or live (the lists, the single-item reads and the create and update responses).
 */
export type CollectionItem = components["schemas"]["CollectionItem"];

/**
 * Whether `value` is a {@link CollectionItem}; the fast check {@link validateCollectionItem} runs before explaining a failure.
 */
export function isCollectionItem(value: unknown): value is CollectionItem {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    (value.cmsLocaleId === undefined ||
      value.cmsLocaleId === null ||
      typeof value.cmsLocaleId === "string") &&
    (value.lastPublished === null || typeof value.lastPublished === "string") &&
    typeof value.lastUpdated === "string" &&
    typeof value.createdOn === "string" &&
    (value.isArchived === undefined || typeof value.isArchived === "boolean") &&
    (value.isDraft === undefined || typeof value.isDraft === "boolean") &&
    isItemFieldData(value.fieldData)
  );
}

/**
 * The CollectionItem schema as data: what {@link validateCollectionItem} walks to say why a value failed.
 */
export const collectionItemSchema: SchemaPlan = {
  kind: "object",
  title: "CollectionItem",
  properties: {
    id: { kind: "string" },
    cmsLocaleId: { kind: "string", nullable: true },
    lastPublished: { kind: "string", nullable: true },
    lastUpdated: { kind: "string" },
    createdOn: { kind: "string" },
    isArchived: { kind: "boolean" },
    isDraft: { kind: "boolean" },
    fieldData: () => itemFieldDataSchema,
  },
  required: ["id", "lastPublished", "lastUpdated", "createdOn", "fieldData"],
};

/**
 * Checks that `value` is a {@link CollectionItem}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItem: Validator<CollectionItem> = /* @__PURE__ */ $.validator(
  isCollectionItem,
  collectionItemSchema,
  EXPLAIN_OBJECT,
);

/**
 * Several items at once: the response of PATCH .../items/live, and of a create or update that sent several items. The staged bulk update may also send a `pagination` object beside `items`.
 */
export type CollectionItemBatch = components["schemas"]["CollectionItemBatch"];

/**
 * Whether `value` is a {@link CollectionItemBatch}; the fast check {@link validateCollectionItemBatch} runs before explaining a failure.
 */
export function isCollectionItemBatch(value: unknown): value is CollectionItemBatch {
  return (
    $.isPlainObject(value) &&
    (value.items === undefined || isCollectionItemBatch_items(value.items))
  );
}

function isCollectionItemBatch_items(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCollectionItem);
}

/**
 * The CollectionItemBatch schema as data: what {@link validateCollectionItemBatch} walks to say why a value failed.
 */
export const collectionItemBatchSchema: SchemaPlan = {
  kind: "object",
  title: "CollectionItemBatch",
  properties: { items: { kind: "array", items: () => collectionItemSchema } },
};

/**
 * Checks that `value` is a {@link CollectionItemBatch}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemBatch}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemBatch: Validator<CollectionItemBatch> =
  /* @__PURE__ */ $.validator(
    isCollectionItemBatch,
    collectionItemBatchSchema,
    EXPLAIN_ARRAY_OBJECT,
  );

/**
 * One page of items (GET /collections/{collection_id}/items and .../items/live), paged with `offset` and `limit`.
 */
export type CollectionItemList = components["schemas"]["CollectionItemList"];

/**
 * Whether `value` is a {@link CollectionItemList}; the fast check {@link validateCollectionItemList} runs before explaining a failure.
 */
export function isCollectionItemList(value: unknown): value is CollectionItemList {
  return (
    $.isPlainObject(value) &&
    isCollectionItemList_items(value.items) &&
    isPagination(value.pagination)
  );
}

function isCollectionItemList_items(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCollectionItem);
}

/**
 * The CollectionItemList schema as data: what {@link validateCollectionItemList} walks to say why a value failed.
 */
export const collectionItemListSchema: SchemaPlan = {
  kind: "object",
  title: "CollectionItemList",
  properties: {
    items: { kind: "array", items: () => collectionItemSchema },
    pagination: () => paginationSchema,
  },
  required: ["items", "pagination"],
};

/**
 * Checks that `value` is a {@link CollectionItemList}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemList: Validator<CollectionItemList> =
  /* @__PURE__ */ $.validator(
    isCollectionItemList,
    collectionItemListSchema,
    EXPLAIN_ARRAY_NUMBER_OBJECT,
  );

/**
 * One item, or several items under `items`: the response of the create endpoints (POST .../items and .../items/live) and of the staged bulk update (PATCH .../items), depending on whether one item or several were sent. Tell them apart with `'items' in result`.
 */
export type CollectionItemOrBatch = components["schemas"]["CollectionItemOrBatch"];

/**
 * Whether `value` is a {@link CollectionItemOrBatch}; the fast check {@link validateCollectionItemOrBatch} runs before explaining a failure.
 */
export function isCollectionItemOrBatch(value: unknown): value is CollectionItemOrBatch {
  return isCollectionItem(value) || isCollectionItemBatch(value);
}

/**
 * The CollectionItemOrBatch schema as data: what {@link validateCollectionItemOrBatch} walks to say why a value failed.
 */
export const collectionItemOrBatchSchema: SchemaPlan = {
  kind: "anyOf",
  title: "CollectionItemOrBatch",
  of: [() => collectionItemSchema, () => collectionItemBatchSchema],
};

/**
 * Checks that `value` is a {@link CollectionItemOrBatch}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemOrBatch}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemOrBatch: Validator<CollectionItemOrBatch> =
  /* @__PURE__ */ $.validator(
    isCollectionItemOrBatch,
    collectionItemOrBatchSchema,
    EXPLAIN_ARRAY_OBJECT_UNION,
  );

/**
 * An item to act on, optionally in some CMS locales only.
 */
export type CollectionItemRef = components["schemas"]["CollectionItemRef"];

/**
 * Whether `value` is a {@link CollectionItemRef}; the fast check {@link validateCollectionItemRef} runs before explaining a failure.
 */
export function isCollectionItemRef(value: unknown): value is CollectionItemRef {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    COLLECTION_ITEM_REF_ID_PATTERN.test(value.id) &&
    (value.cmsLocaleIds === undefined || isCollectionItemRef_cmsLocaleIds(value.cmsLocaleIds))
  );
}

function isCollectionItemRef_cmsLocaleIds_item(value: unknown): boolean {
  return typeof value === "string";
}

function isCollectionItemRef_cmsLocaleIds(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCollectionItemRef_cmsLocaleIds_item);
}

/**
 * The CollectionItemRef schema as data: what {@link validateCollectionItemRef} walks to say why a value failed.
 */
export const collectionItemRefSchema: SchemaPlan = {
  kind: "object",
  title: "CollectionItemRef",
  properties: {
    id: { kind: "string", pattern: COLLECTION_ITEM_REF_ID_PATTERN },
    cmsLocaleIds: { kind: "array", items: { kind: "string" } },
  },
  required: ["id"],
};

/**
 * Checks that `value` is a {@link CollectionItemRef}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemRef}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemRef: Validator<CollectionItemRef> = /* @__PURE__ */ $.validator(
  isCollectionItemRef,
  collectionItemRefSchema,
  EXPLAIN_ARRAY_OBJECT_STRING,
);

/**
 * Body of DELETE /collections/{collection_id}/items (delete) and .../items/live (unpublish, at most 100 items), and one form of the publish body: the items, each optionally limited to some locales.
 */
export type CollectionItemRefList = components["schemas"]["CollectionItemRefList"];

/**
 * Whether `value` is a {@link CollectionItemRefList}; the fast check {@link validateCollectionItemRefList} runs before explaining a failure.
 */
export function isCollectionItemRefList(value: unknown): value is CollectionItemRefList {
  return $.isPlainObject(value) && isCollectionItemRefList_items(value.items);
}

function isCollectionItemRefList_items(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCollectionItemRef);
}

/**
 * The CollectionItemRefList schema as data: what {@link validateCollectionItemRefList} walks to say why a value failed.
 */
export const collectionItemRefListSchema: SchemaPlan = {
  kind: "object",
  title: "CollectionItemRefList",
  properties: { items: { kind: "array", items: () => collectionItemRefSchema } },
  required: ["items"],
};

/**
 * Checks that `value` is a {@link CollectionItemRefList}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemRefList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemRefList: Validator<CollectionItemRefList> =
  /* @__PURE__ */ $.validator(
    isCollectionItemRefList,
    collectionItemRefListSchema,
    EXPLAIN_ARRAY_OBJECT_STRING,
  );

/**
 * Changes to one item (body of PATCH .../items/{item_id} and .../items/{item_id}/live): only the properties and field values sent are changed. Without `cmsLocaleId` the primary locale is updated.
 */
export type CollectionItemUpdate = components["schemas"]["CollectionItemUpdate"];

/**
 * Whether `value` is a {@link CollectionItemUpdate}; the fast check {@link validateCollectionItemUpdate} runs before explaining a failure.
 */
export function isCollectionItemUpdate(value: unknown): value is CollectionItemUpdate {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") &&
    (value.lastPublished === undefined ||
      (typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated))) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.isArchived === undefined || typeof value.isArchived === "boolean") &&
    (value.isDraft === undefined || typeof value.isDraft === "boolean") &&
    (value.fieldData === undefined || isItemFieldDataPartial(value.fieldData))
  );
}

/**
 * The CollectionItemUpdate schema as data: what {@link validateCollectionItemUpdate} walks to say why a value failed.
 */
export const collectionItemUpdateSchema: SchemaPlan = {
  kind: "object",
  title: "CollectionItemUpdate",
  properties: {
    id: { kind: "string" },
    cmsLocaleId: { kind: "string" },
    lastPublished: { kind: "string", format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
    createdOn: { kind: "string", format: "date-time" },
    isArchived: { kind: "boolean" },
    isDraft: { kind: "boolean" },
    fieldData: () => itemFieldDataPartialSchema,
  },
};

/**
 * Checks that `value` is a {@link CollectionItemUpdate}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemUpdate: Validator<CollectionItemUpdate> =
  /* @__PURE__ */ $.validator(
    isCollectionItemUpdate,
    collectionItemUpdateSchema,
    EXPLAIN_OBJECT_STRING_DATE_TIME,
  );

/**
 * Changes to one item of a several-items update, naming the item by `id`.
 */
export type CollectionItemUpdateWithId = components["schemas"]["CollectionItemUpdateWithId"];

/**
 * Whether `value` is a {@link CollectionItemUpdateWithId}; the fast check {@link validateCollectionItemUpdateWithId} runs before explaining a failure.
 */
export function isCollectionItemUpdateWithId(value: unknown): value is CollectionItemUpdateWithId {
  return $.isPlainObject(value) && value.id !== undefined && isCollectionItemUpdate(value);
}

/**
 * The CollectionItemUpdateWithId schema as data: what {@link validateCollectionItemUpdateWithId} walks to say why a value failed.
 */
export const collectionItemUpdateWithIdSchema: SchemaPlan = {
  kind: "allOf",
  title: "CollectionItemUpdateWithId",
  of: [
    { kind: "object", required: ["id"] },
    { kind: "allOf", of: [() => collectionItemUpdateSchema] },
  ],
};

/**
 * Checks that `value` is a {@link CollectionItemUpdateWithId}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUpdateWithId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemUpdateWithId: Validator<CollectionItemUpdateWithId> =
  /* @__PURE__ */ $.validator(
    isCollectionItemUpdateWithId,
    collectionItemUpdateWithIdSchema,
    EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME,
  );

/**
 * Body of POST /collections/{collection_id}/items and .../items/live: one item, or several items under `items`.
 */
export type CreateCollectionItemsRequest = components["schemas"]["CreateCollectionItemsRequest"];

/**
 * Whether `value` is a {@link CreateCollectionItemsRequest}; the fast check {@link validateCreateCollectionItemsRequest} runs before explaining a failure.
 */
export function isCreateCollectionItemsRequest(
  value: unknown,
): value is CreateCollectionItemsRequest {
  return Number(isNewCollectionItem(value)) + Number(isNewCollectionItemList(value)) === 1;
}

/**
 * The CreateCollectionItemsRequest schema as data: what {@link validateCreateCollectionItemsRequest} walks to say why a value failed.
 */
export const createCollectionItemsRequestSchema: SchemaPlan = {
  kind: "oneOf",
  title: "CreateCollectionItemsRequest",
  of: [() => newCollectionItemSchema, () => newCollectionItemListSchema],
};

/**
 * Checks that `value` is a {@link CreateCollectionItemsRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateCollectionItemsRequest: Validator<CreateCollectionItemsRequest> =
  /* @__PURE__ */ $.validator(
    isCreateCollectionItemsRequest,
    createCollectionItemsRequestSchema,
    EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME,
  );

/**
 * The field values of a CMS item, keyed by field slug. `name` and `slug` are the built-in fields every collection has; every other key is a custom field whose value type depends on the field's type (text, number, boolean, an image or file object, a referenced item ID, a list of IDs...).
 */
export type ItemFieldData = components["schemas"]["ItemFieldData"];

/**
 * Whether `value` is a {@link ItemFieldData}; the fast check {@link validateItemFieldData} runs before explaining a failure.
 */
export function isItemFieldData(value: unknown): value is ItemFieldData {
  return $.isPlainObject(value) && typeof value.name === "string" && typeof value.slug === "string";
}

/**
 * The ItemFieldData schema as data: what {@link validateItemFieldData} walks to say why a value failed.
 */
export const itemFieldDataSchema: SchemaPlan = {
  kind: "object",
  title: "ItemFieldData",
  properties: { name: { kind: "string" }, slug: { kind: "string" } },
  required: ["name", "slug"],
};

/**
 * Checks that `value` is a {@link ItemFieldData}.
 * @returns `{ ok: true, value }` typed as {@link ItemFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateItemFieldData: Validator<ItemFieldData> = /* @__PURE__ */ $.validator(
  isItemFieldData,
  itemFieldDataSchema,
  EXPLAIN_OBJECT,
);

/**
 * Field values of a CMS item where `name` and `slug` may be absent: the values to change in an update (only the fields sent are changed), and the values echoed by a bulk create. Keyed by field slug like ItemFieldData.
 */
export type ItemFieldDataPartial = components["schemas"]["ItemFieldDataPartial"];

/**
 * Whether `value` is a {@link ItemFieldDataPartial}; the fast check {@link validateItemFieldDataPartial} runs before explaining a failure.
 */
export function isItemFieldDataPartial(value: unknown): value is ItemFieldDataPartial {
  return (
    $.isPlainObject(value) &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.slug === undefined || typeof value.slug === "string")
  );
}

/**
 * The ItemFieldDataPartial schema as data: what {@link validateItemFieldDataPartial} walks to say why a value failed.
 */
export const itemFieldDataPartialSchema: SchemaPlan = {
  kind: "object",
  title: "ItemFieldDataPartial",
  properties: { name: { kind: "string" }, slug: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link ItemFieldDataPartial}.
 * @returns `{ ok: true, value }` typed as {@link ItemFieldDataPartial}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateItemFieldDataPartial: Validator<ItemFieldDataPartial> =
  /* @__PURE__ */ $.validator(isItemFieldDataPartial, itemFieldDataPartialSchema, EXPLAIN_OBJECT);

/**
 * An item to create. Only `fieldData` (with `name` and `slug`) is required.
 */
export type NewCollectionItem = components["schemas"]["NewCollectionItem"];

/**
 * Whether `value` is a {@link NewCollectionItem}; the fast check {@link validateNewCollectionItem} runs before explaining a failure.
 */
export function isNewCollectionItem(value: unknown): value is NewCollectionItem {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") &&
    (value.lastPublished === undefined ||
      (typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated))) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.isArchived === undefined || typeof value.isArchived === "boolean") &&
    (value.isDraft === undefined || typeof value.isDraft === "boolean") &&
    isItemFieldData(value.fieldData)
  );
}

/**
 * The NewCollectionItem schema as data: what {@link validateNewCollectionItem} walks to say why a value failed.
 */
export const newCollectionItemSchema: SchemaPlan = {
  kind: "object",
  title: "NewCollectionItem",
  properties: {
    id: { kind: "string" },
    cmsLocaleId: { kind: "string" },
    lastPublished: { kind: "string", format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
    createdOn: { kind: "string", format: "date-time" },
    isArchived: { kind: "boolean" },
    isDraft: { kind: "boolean" },
    fieldData: () => itemFieldDataSchema,
  },
  required: ["fieldData"],
};

/**
 * Checks that `value` is a {@link NewCollectionItem}.
 * @returns `{ ok: true, value }` typed as {@link NewCollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateNewCollectionItem: Validator<NewCollectionItem> = /* @__PURE__ */ $.validator(
  isNewCollectionItem,
  newCollectionItemSchema,
  EXPLAIN_OBJECT_STRING_DATE_TIME,
);

/**
 * Several items to create in one request.
 */
export type NewCollectionItemList = components["schemas"]["NewCollectionItemList"];

/**
 * Whether `value` is a {@link NewCollectionItemList}; the fast check {@link validateNewCollectionItemList} runs before explaining a failure.
 */
export function isNewCollectionItemList(value: unknown): value is NewCollectionItemList {
  return $.isPlainObject(value) && isNewCollectionItemList_items(value.items);
}

function isNewCollectionItemList_items(value: unknown): boolean {
  return Array.isArray(value) && value.every(isNewCollectionItem);
}

/**
 * The NewCollectionItemList schema as data: what {@link validateNewCollectionItemList} walks to say why a value failed.
 */
export const newCollectionItemListSchema: SchemaPlan = {
  kind: "object",
  title: "NewCollectionItemList",
  properties: { items: { kind: "array", items: () => newCollectionItemSchema } },
  required: ["items"],
};

/**
 * Checks that `value` is a {@link NewCollectionItemList}.
 * @returns `{ ok: true, value }` typed as {@link NewCollectionItemList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateNewCollectionItemList: Validator<NewCollectionItemList> =
  /* @__PURE__ */ $.validator(
    isNewCollectionItemList,
    newCollectionItemListSchema,
    EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
  );

/**
 * Body of POST /collections/{collection_id}/items/publish: the IDs of the items to publish (`itemIds`), or the items with the locales to publish them in (`items`).
 */
export type PublishItemsRequest = components["schemas"]["PublishItemsRequest"];

/**
 * Whether `value` is a {@link PublishItemsRequest}; the fast check {@link validatePublishItemsRequest} runs before explaining a failure.
 */
export function isPublishItemsRequest(value: unknown): value is PublishItemsRequest {
  return (
    Number($.isPlainObject(value) && isPublishItemsRequest_option1_itemIds(value.itemIds)) +
      Number(isCollectionItemRefList(value)) ===
    1
  );
}

function isPublishItemsRequest_option1_itemIds_item(value: unknown): boolean {
  return typeof value === "string" && COLLECTION_ITEM_REF_ID_PATTERN.test(value);
}

function isPublishItemsRequest_option1_itemIds(value: unknown): boolean {
  return Array.isArray(value) && value.every(isPublishItemsRequest_option1_itemIds_item);
}

/**
 * The PublishItemsRequest schema as data: what {@link validatePublishItemsRequest} walks to say why a value failed.
 */
export const publishItemsRequestSchema: SchemaPlan = {
  kind: "oneOf",
  title: "PublishItemsRequest",
  of: [
    {
      kind: "object",
      properties: {
        itemIds: {
          kind: "array",
          items: { kind: "string", pattern: COLLECTION_ITEM_REF_ID_PATTERN },
        },
      },
      required: ["itemIds"],
    },
    () => collectionItemRefListSchema,
  ],
};

/**
 * Checks that `value` is a {@link PublishItemsRequest}.
 * @returns `{ ok: true, value }` typed as {@link PublishItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePublishItemsRequest: Validator<PublishItemsRequest> =
  /* @__PURE__ */ $.validator(
    isPublishItemsRequest,
    publishItemsRequestSchema,
    EXPLAIN_ARRAY_OBJECT_STRING_UNION,
  );

/**
 * Response of POST /collections/{collection_id}/items/publish (202 Accepted).
 */
export type PublishItemsResponse = components["schemas"]["PublishItemsResponse"];

/**
 * Whether `value` is a {@link PublishItemsResponse}; the fast check {@link validatePublishItemsResponse} runs before explaining a failure.
 */
export function isPublishItemsResponse(value: unknown): value is PublishItemsResponse {
  return (
    $.isPlainObject(value) &&
    (value.publishedItemIds === undefined ||
      isPublishItemsResponse_publishedItemIds(value.publishedItemIds)) &&
    (value.errors === undefined || isPublishItemsResponse_errors(value.errors))
  );
}

function isPublishItemsResponse_publishedItemIds_item(value: unknown): boolean {
  return typeof value === "string";
}

function isPublishItemsResponse_publishedItemIds(value: unknown): boolean {
  return Array.isArray(value) && value.every(isPublishItemsResponse_publishedItemIds_item);
}

function isPublishItemsResponse_errors_item(value: unknown): boolean {
  return typeof value === "string";
}

function isPublishItemsResponse_errors(value: unknown): boolean {
  return Array.isArray(value) && value.every(isPublishItemsResponse_errors_item);
}

/**
 * The PublishItemsResponse schema as data: what {@link validatePublishItemsResponse} walks to say why a value failed.
 */
export const publishItemsResponseSchema: SchemaPlan = {
  kind: "object",
  title: "PublishItemsResponse",
  properties: {
    publishedItemIds: { kind: "array", items: { kind: "string" } },
    errors: { kind: "array", items: { kind: "string" } },
  },
};

/**
 * Checks that `value` is a {@link PublishItemsResponse}.
 * @returns `{ ok: true, value }` typed as {@link PublishItemsResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePublishItemsResponse: Validator<PublishItemsResponse> =
  /* @__PURE__ */ $.validator(
    isPublishItemsResponse,
    publishItemsResponseSchema,
    EXPLAIN_ARRAY_OBJECT,
  );

/**
 * Body of PATCH /collections/{collection_id}/items and .../items/live: up to 100 items to change, each named by `id`.
 */
export type UpdateCollectionItemsRequest = components["schemas"]["UpdateCollectionItemsRequest"];

/**
 * Whether `value` is a {@link UpdateCollectionItemsRequest}; the fast check {@link validateUpdateCollectionItemsRequest} runs before explaining a failure.
 */
export function isUpdateCollectionItemsRequest(
  value: unknown,
): value is UpdateCollectionItemsRequest {
  return $.isPlainObject(value) && isUpdateCollectionItemsRequest_items(value.items);
}

function isUpdateCollectionItemsRequest_items(value: unknown): boolean {
  return Array.isArray(value) && value.length <= 100 && value.every(isCollectionItemUpdateWithId);
}

/**
 * The UpdateCollectionItemsRequest schema as data: what {@link validateUpdateCollectionItemsRequest} walks to say why a value failed.
 */
export const updateCollectionItemsRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateCollectionItemsRequest",
  properties: {
    items: { kind: "array", items: () => collectionItemUpdateWithIdSchema, maxItems: 100 },
  },
  required: ["items"],
};

/**
 * Checks that `value` is a {@link UpdateCollectionItemsRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateCollectionItemsRequest: Validator<UpdateCollectionItemsRequest> =
  /* @__PURE__ */ $.validator(
    isUpdateCollectionItemsRequest,
    updateCollectionItemsRequestSchema,
    EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME,
  );

/**
 * Parameters of `client.items.createBulk`.
 */
export interface BulkCreateCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["bulkCreateCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
   *
   * Sent in the query.
   */
  skipInvalidFiles?: NonNullable<
    operations["bulkCreateCollectionItems"]["parameters"]["query"]
  >["skipInvalidFiles"];
  /**
   * The item(s) to create and the locales to create them in.
   */
  body: BulkCreateCollectionItemsBody;
}

/**
 * Request body of `client.items.createBulk`.
 *
 * The item(s) to create and the locales to create them in.
 */
export type BulkCreateCollectionItemsBody = NonNullable<
  operations["bulkCreateCollectionItems"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.createBulk` resolves to: the 202 response. The created item with the locales it was created in.
 */
export type BulkCreateCollectionItemsResult =
  operations["bulkCreateCollectionItems"]["responses"][202]["content"]["application/json"];

/**
 * Checks the 202 response body of `client.items.createBulk`.
 */
export const validateBulkCreateCollectionItemsResult: Validator<BulkCreateCollectionItemsResult> =
  validateBulkCollectionItem;

/**
 * Checks a request body of `client.items.createBulk`; the client runs it before sending.
 */
export const validateBulkCreateCollectionItemsBody: Validator<BulkCreateCollectionItemsBody> =
  validateBulkCreateCollectionItemsRequest;

/**
 * Create Collection Items: {@link ItemsApi.createBulk | client.items.createBulk} as a function of the core, so that a program importing only it bundles only it.
 */
export function bulkCreateCollectionItems(
  core: HttpCore,
  params: BulkCreateCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<BulkCreateCollectionItemsResult> {
  return core.request<BulkCreateCollectionItemsResult>(
    {
      operationId: "bulkCreateCollectionItems",
      method: "POST",
      path: "/collections/{collection_id}/items/bulk",
      pathParams: { collection_id: params.collection_id },
      query: { skipInvalidFiles: params.skipInvalidFiles },
      body: params.body,
      validateBody: validateBulkCreateCollectionItemsBody,
      responseKind: "json",
      validate: validateBulkCreateCollectionItemsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.create`.
 */
export interface CreateCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["createCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
   *
   * Sent in the query.
   */
  skipInvalidFiles?: NonNullable<
    operations["createCollectionItems"]["parameters"]["query"]
  >["skipInvalidFiles"];
  /**
   * The item, or the items under `items`.
   */
  body: CreateCollectionItemsBody;
}

/**
 * Request body of `client.items.create`.
 *
 * The item, or the items under `items`.
 */
export type CreateCollectionItemsBody = NonNullable<
  operations["createCollectionItems"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.create` resolves to: the 202 response. The created item (or the created items under `items`).
 */
export type CreateCollectionItemsResult =
  operations["createCollectionItems"]["responses"][202]["content"]["application/json"];

/**
 * Checks the 202 response body of `client.items.create`.
 */
export const validateCreateCollectionItemsResult: Validator<CreateCollectionItemsResult> =
  validateCollectionItemOrBatch;

/**
 * Checks a request body of `client.items.create`; the client runs it before sending.
 */
export const validateCreateCollectionItemsBody: Validator<CreateCollectionItemsBody> =
  validateCreateCollectionItemsRequest;

/**
 * Create Collection Item(s): {@link ItemsApi.create | client.items.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createCollectionItems(
  core: HttpCore,
  params: CreateCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<CreateCollectionItemsResult> {
  return core.request<CreateCollectionItemsResult>(
    {
      operationId: "createCollectionItems",
      method: "POST",
      path: "/collections/{collection_id}/items",
      pathParams: { collection_id: params.collection_id },
      query: { skipInvalidFiles: params.skipInvalidFiles },
      body: params.body,
      validateBody: validateCreateCollectionItemsBody,
      responseKind: "json",
      validate: validateCreateCollectionItemsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.createLive`.
 */
export interface CreateLiveCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["createLiveCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
   *
   * Sent in the query.
   */
  skipInvalidFiles?: NonNullable<
    operations["createLiveCollectionItems"]["parameters"]["query"]
  >["skipInvalidFiles"];
  /**
   * The item, or the items under `items`.
   */
  body: CreateLiveCollectionItemsBody;
}

/**
 * Request body of `client.items.createLive`.
 *
 * The item, or the items under `items`.
 */
export type CreateLiveCollectionItemsBody = NonNullable<
  operations["createLiveCollectionItems"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.createLive` resolves to: the 202 response. The created item (or the created items under `items`).
 */
export type CreateLiveCollectionItemsResult =
  operations["createLiveCollectionItems"]["responses"][202]["content"]["application/json"];

/**
 * Checks the 202 response body of `client.items.createLive`.
 */
export const validateCreateLiveCollectionItemsResult: Validator<CreateLiveCollectionItemsResult> =
  validateCollectionItemOrBatch;

/**
 * Checks a request body of `client.items.createLive`; the client runs it before sending.
 */
export const validateCreateLiveCollectionItemsBody: Validator<CreateLiveCollectionItemsBody> =
  validateCreateCollectionItemsRequest;

/**
 * Create Live Collection Item(s): {@link ItemsApi.createLive | client.items.createLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function createLiveCollectionItems(
  core: HttpCore,
  params: CreateLiveCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<CreateLiveCollectionItemsResult> {
  return core.request<CreateLiveCollectionItemsResult>(
    {
      operationId: "createLiveCollectionItems",
      method: "POST",
      path: "/collections/{collection_id}/items/live",
      pathParams: { collection_id: params.collection_id },
      query: { skipInvalidFiles: params.skipInvalidFiles },
      body: params.body,
      validateBody: validateCreateLiveCollectionItemsBody,
      responseKind: "json",
      validate: validateCreateLiveCollectionItemsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.remove`.
 */
export interface DeleteCollectionItemParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["deleteCollectionItem"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of an item of the collection.
   *
   * Sent in the path.
   */
  item_id: NonNullable<operations["deleteCollectionItem"]["parameters"]["path"]>["item_id"];
  /**
   * Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
   *
   * Sent in the query.
   */
  cmsLocaleId?: NonNullable<
    operations["deleteCollectionItem"]["parameters"]["query"]
  >["cmsLocaleId"];
}

/**
 * What `client.items.remove` resolves to: the 204 response. The item was deleted. No content.
 */
export type DeleteCollectionItemResult = void;

/**
 * Delete Collection Item: {@link ItemsApi.remove | client.items.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteCollectionItem(
  core: HttpCore,
  params: DeleteCollectionItemParams,
  options?: RequestOptions,
): ApiPromise<DeleteCollectionItemResult> {
  return core.request<DeleteCollectionItemResult>(
    {
      operationId: "deleteCollectionItem",
      method: "DELETE",
      path: "/collections/{collection_id}/items/{item_id}",
      pathParams: { collection_id: params.collection_id, item_id: params.item_id },
      query: { cmsLocaleId: params.cmsLocaleId },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.items.removeMany`.
 */
export interface DeleteCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["deleteCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * The items to delete.
   */
  body: DeleteCollectionItemsBody;
}

/**
 * Request body of `client.items.removeMany`.
 *
 * The items to delete.
 */
export type DeleteCollectionItemsBody = NonNullable<
  operations["deleteCollectionItems"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.removeMany` resolves to: the 204 response. The items were deleted. No content.
 */
export type DeleteCollectionItemsResult = void;

/**
 * Checks a request body of `client.items.removeMany`; the client runs it before sending.
 */
export const validateDeleteCollectionItemsBody: Validator<DeleteCollectionItemsBody> =
  validateCollectionItemRefList;

/**
 * Delete Collection Items: {@link ItemsApi.removeMany | client.items.removeMany} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteCollectionItems(
  core: HttpCore,
  params: DeleteCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<DeleteCollectionItemsResult> {
  return core.request<DeleteCollectionItemsResult>(
    {
      operationId: "deleteCollectionItems",
      method: "DELETE",
      path: "/collections/{collection_id}/items",
      pathParams: { collection_id: params.collection_id },
      body: params.body,
      validateBody: validateDeleteCollectionItemsBody,
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.items.get`.
 */
export interface GetCollectionItemParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["getCollectionItem"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of an item of the collection.
   *
   * Sent in the path.
   */
  item_id: NonNullable<operations["getCollectionItem"]["parameters"]["path"]>["item_id"];
  /**
   * Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
   *
   * Sent in the query.
   */
  cmsLocaleId?: NonNullable<operations["getCollectionItem"]["parameters"]["query"]>["cmsLocaleId"];
}

/**
 * What `client.items.get` resolves to: the 200 response. The staged item.
 */
export type GetCollectionItemResult =
  operations["getCollectionItem"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.items.get`.
 */
export const validateGetCollectionItemResult: Validator<GetCollectionItemResult> =
  validateCollectionItem;

/**
 * Get Collection Item: {@link ItemsApi.get | client.items.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getCollectionItem(
  core: HttpCore,
  params: GetCollectionItemParams,
  options?: RequestOptions,
): ApiPromise<GetCollectionItemResult> {
  return core.request<GetCollectionItemResult>(
    {
      operationId: "getCollectionItem",
      method: "GET",
      path: "/collections/{collection_id}/items/{item_id}",
      pathParams: { collection_id: params.collection_id, item_id: params.item_id },
      query: { cmsLocaleId: params.cmsLocaleId },
      responseKind: "json",
      validate: validateGetCollectionItemResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.getLive`.
 */
export interface GetLiveCollectionItemParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["getLiveCollectionItem"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of an item of the collection.
   *
   * Sent in the path.
   */
  item_id: NonNullable<operations["getLiveCollectionItem"]["parameters"]["path"]>["item_id"];
  /**
   * Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
   *
   * Sent in the query.
   */
  cmsLocaleId?: NonNullable<
    operations["getLiveCollectionItem"]["parameters"]["query"]
  >["cmsLocaleId"];
}

/**
 * What `client.items.getLive` resolves to: the 200 response. The live item.
 */
export type GetLiveCollectionItemResult =
  operations["getLiveCollectionItem"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.items.getLive`.
 */
export const validateGetLiveCollectionItemResult: Validator<GetLiveCollectionItemResult> =
  validateCollectionItem;

/**
 * Get Live Collection Item: {@link ItemsApi.getLive | client.items.getLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function getLiveCollectionItem(
  core: HttpCore,
  params: GetLiveCollectionItemParams,
  options?: RequestOptions,
): ApiPromise<GetLiveCollectionItemResult> {
  return core.request<GetLiveCollectionItemResult>(
    {
      operationId: "getLiveCollectionItem",
      method: "GET",
      path: "/collections/{collection_id}/items/{item_id}/live",
      pathParams: { collection_id: params.collection_id, item_id: params.item_id },
      query: { cmsLocaleId: params.cmsLocaleId },
      responseKind: "json",
      validate: validateGetLiveCollectionItemResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.list`.
 */
export interface ListCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["listCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
   *
   * Sent in the query.
   */
  cmsLocaleId?: NonNullable<
    operations["listCollectionItems"]["parameters"]["query"]
  >["cmsLocaleId"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["limit"];
  /**
   * Only return items whose `name` field equals this value.
   *
   * Sent in the query.
   */
  name?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["name"];
  /**
   * Only return items whose `slug` field equals this value.
   *
   * Sent in the query.
   */
  slug?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["slug"];
  /**
   * Only return items created on or before this date (the `lte` member of the `createdOn` filter object, sent as `createdOn[lte]`).
   *
   * Sent in the query.
   */
  "createdOn[lte]"?: NonNullable<
    operations["listCollectionItems"]["parameters"]["query"]
  >["createdOn[lte]"];
  /**
   * Only return items created on or after this date (the `gte` member of the `createdOn` filter object, sent as `createdOn[gte]`).
   *
   * Sent in the query.
   */
  "createdOn[gte]"?: NonNullable<
    operations["listCollectionItems"]["parameters"]["query"]
  >["createdOn[gte]"];
  /**
   * Only return items last published on or before this date (the `lte` member of the `lastPublished` filter object, sent as `lastPublished[lte]`).
   *
   * Sent in the query.
   */
  "lastPublished[lte]"?: NonNullable<
    operations["listCollectionItems"]["parameters"]["query"]
  >["lastPublished[lte]"];
  /**
   * Only return items last published on or after this date (the `gte` member of the `lastPublished` filter object, sent as `lastPublished[gte]`).
   *
   * Sent in the query.
   */
  "lastPublished[gte]"?: NonNullable<
    operations["listCollectionItems"]["parameters"]["query"]
  >["lastPublished[gte]"];
  /**
   * Only return items last updated on or before this date (the `lte` member of the `lastUpdated` filter object, sent as `lastUpdated[lte]`).
   *
   * Sent in the query.
   */
  "lastUpdated[lte]"?: NonNullable<
    operations["listCollectionItems"]["parameters"]["query"]
  >["lastUpdated[lte]"];
  /**
   * Only return items last updated on or after this date (the `gte` member of the `lastUpdated` filter object, sent as `lastUpdated[gte]`).
   *
   * Sent in the query.
   */
  "lastUpdated[gte]"?: NonNullable<
    operations["listCollectionItems"]["parameters"]["query"]
  >["lastUpdated[gte]"];
  /**
   * Field to sort the items by; `sortOrder` gives the direction.
   *
   * Sent in the query.
   */
  sortBy?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["sortBy"];
  /**
   * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
   *
   * Sent in the query.
   */
  sortOrder?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["sortOrder"];
}

/**
 * What `client.items.list` resolves to: the 200 response. One page of staged items.
 */
export type ListCollectionItemsResult =
  operations["listCollectionItems"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.items.list`.
 */
export const validateListCollectionItemsResult: Validator<ListCollectionItemsResult> =
  validateCollectionItemList;

/**
 * List Collection Items: {@link ItemsApi.list | client.items.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCollectionItems(
  core: HttpCore,
  params: ListCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<ListCollectionItemsResult> {
  return core.request<ListCollectionItemsResult>(
    {
      operationId: "listCollectionItems",
      method: "GET",
      path: "/collections/{collection_id}/items",
      pathParams: { collection_id: params.collection_id },
      query: {
        cmsLocaleId: params.cmsLocaleId,
        offset: params.offset,
        limit: params.limit,
        name: params.name,
        slug: params.slug,
        "createdOn[lte]": params["createdOn[lte]"],
        "createdOn[gte]": params["createdOn[gte]"],
        "lastPublished[lte]": params["lastPublished[lte]"],
        "lastPublished[gte]": params["lastPublished[gte]"],
        "lastUpdated[lte]": params["lastUpdated[lte]"],
        "lastUpdated[gte]": params["lastUpdated[gte]"],
        sortBy: params.sortBy,
        sortOrder: params.sortOrder,
      },
      responseKind: "json",
      validate: validateListCollectionItemsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.listLive`.
 */
export interface ListLiveCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
   *
   * Sent in the query.
   */
  cmsLocaleId?: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["query"]
  >["cmsLocaleId"];
  /**
   * Number of items to skip before the first item returned (for paging). Defaults to 0.
   *
   * Sent in the query.
   */
  offset?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["offset"];
  /**
   * Maximum number of items to return (at most 100). Defaults to 100.
   *
   * Sent in the query.
   */
  limit?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["limit"];
  /**
   * Only return items whose `name` field equals this value.
   *
   * Sent in the query.
   */
  name?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["name"];
  /**
   * Only return items whose `slug` field equals this value.
   *
   * Sent in the query.
   */
  slug?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["slug"];
  /**
   * Only return items created on or before this date (the `lte` member of the `createdOn` filter object, sent as `createdOn[lte]`).
   *
   * Sent in the query.
   */
  "createdOn[lte]"?: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["query"]
  >["createdOn[lte]"];
  /**
   * Only return items created on or after this date (the `gte` member of the `createdOn` filter object, sent as `createdOn[gte]`).
   *
   * Sent in the query.
   */
  "createdOn[gte]"?: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["query"]
  >["createdOn[gte]"];
  /**
   * Only return items last published on or before this date (the `lte` member of the `lastPublished` filter object, sent as `lastPublished[lte]`).
   *
   * Sent in the query.
   */
  "lastPublished[lte]"?: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["query"]
  >["lastPublished[lte]"];
  /**
   * Only return items last published on or after this date (the `gte` member of the `lastPublished` filter object, sent as `lastPublished[gte]`).
   *
   * Sent in the query.
   */
  "lastPublished[gte]"?: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["query"]
  >["lastPublished[gte]"];
  /**
   * Only return items last updated on or before this date (the `lte` member of the `lastUpdated` filter object, sent as `lastUpdated[lte]`).
   *
   * Sent in the query.
   */
  "lastUpdated[lte]"?: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["query"]
  >["lastUpdated[lte]"];
  /**
   * Only return items last updated on or after this date (the `gte` member of the `lastUpdated` filter object, sent as `lastUpdated[gte]`).
   *
   * Sent in the query.
   */
  "lastUpdated[gte]"?: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["query"]
  >["lastUpdated[gte]"];
  /**
   * Field to sort the items by; `sortOrder` gives the direction.
   *
   * Sent in the query.
   */
  sortBy?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["sortBy"];
  /**
   * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
   *
   * Sent in the query.
   */
  sortOrder?: NonNullable<
    operations["listLiveCollectionItems"]["parameters"]["query"]
  >["sortOrder"];
}

/**
 * What `client.items.listLive` resolves to: the 200 response. One page of live items.
 */
export type ListLiveCollectionItemsResult =
  operations["listLiveCollectionItems"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.items.listLive`.
 */
export const validateListLiveCollectionItemsResult: Validator<ListLiveCollectionItemsResult> =
  validateCollectionItemList;

/**
 * List Live Collection Items: {@link ItemsApi.listLive | client.items.listLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function listLiveCollectionItems(
  core: HttpCore,
  params: ListLiveCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<ListLiveCollectionItemsResult> {
  return core.request<ListLiveCollectionItemsResult>(
    {
      operationId: "listLiveCollectionItems",
      method: "GET",
      path: "/collections/{collection_id}/items/live",
      pathParams: { collection_id: params.collection_id },
      query: {
        cmsLocaleId: params.cmsLocaleId,
        offset: params.offset,
        limit: params.limit,
        name: params.name,
        slug: params.slug,
        "createdOn[lte]": params["createdOn[lte]"],
        "createdOn[gte]": params["createdOn[gte]"],
        "lastPublished[lte]": params["lastPublished[lte]"],
        "lastPublished[gte]": params["lastPublished[gte]"],
        "lastUpdated[lte]": params["lastUpdated[lte]"],
        "lastUpdated[gte]": params["lastUpdated[gte]"],
        sortBy: params.sortBy,
        sortOrder: params.sortOrder,
      },
      responseKind: "json",
      validate: validateListLiveCollectionItemsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.publish`.
 */
export interface PublishCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["publishCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * The items to publish.
   */
  body: PublishCollectionItemsBody;
}

/**
 * Request body of `client.items.publish`.
 *
 * The items to publish.
 */
export type PublishCollectionItemsBody = NonNullable<
  operations["publishCollectionItems"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.publish` resolves to: the 202 response. Publishing was accepted.
 */
export type PublishCollectionItemsResult =
  operations["publishCollectionItems"]["responses"][202]["content"]["application/json"];

/**
 * Checks the 202 response body of `client.items.publish`.
 */
export const validatePublishCollectionItemsResult: Validator<PublishCollectionItemsResult> =
  validatePublishItemsResponse;

/**
 * Checks a request body of `client.items.publish`; the client runs it before sending.
 */
export const validatePublishCollectionItemsBody: Validator<PublishCollectionItemsBody> =
  validatePublishItemsRequest;

/**
 * Publish Collection Item: {@link ItemsApi.publish | client.items.publish} as a function of the core, so that a program importing only it bundles only it.
 */
export function publishCollectionItems(
  core: HttpCore,
  params: PublishCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<PublishCollectionItemsResult> {
  return core.request<PublishCollectionItemsResult>(
    {
      operationId: "publishCollectionItems",
      method: "POST",
      path: "/collections/{collection_id}/items/publish",
      pathParams: { collection_id: params.collection_id },
      body: params.body,
      validateBody: validatePublishCollectionItemsBody,
      responseKind: "json",
      validate: validatePublishCollectionItemsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.unpublish`.
 */
export interface UnpublishLiveCollectionItemParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["unpublishLiveCollectionItem"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of an item of the collection.
   *
   * Sent in the path.
   */
  item_id: NonNullable<operations["unpublishLiveCollectionItem"]["parameters"]["path"]>["item_id"];
  /**
   * Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
   *
   * Sent in the query.
   */
  cmsLocaleId?: NonNullable<
    operations["unpublishLiveCollectionItem"]["parameters"]["query"]
  >["cmsLocaleId"];
}

/**
 * What `client.items.unpublish` resolves to: the 204 response. The item was unpublished. No content.
 */
export type UnpublishLiveCollectionItemResult = void;

/**
 * Unpublish Live Collection Item: {@link ItemsApi.unpublish | client.items.unpublish} as a function of the core, so that a program importing only it bundles only it.
 */
export function unpublishLiveCollectionItem(
  core: HttpCore,
  params: UnpublishLiveCollectionItemParams,
  options?: RequestOptions,
): ApiPromise<UnpublishLiveCollectionItemResult> {
  return core.request<UnpublishLiveCollectionItemResult>(
    {
      operationId: "unpublishLiveCollectionItem",
      method: "DELETE",
      path: "/collections/{collection_id}/items/{item_id}/live",
      pathParams: { collection_id: params.collection_id, item_id: params.item_id },
      query: { cmsLocaleId: params.cmsLocaleId },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.items.unpublishMany`.
 */
export interface UnpublishLiveCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["unpublishLiveCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * The items to unpublish.
   */
  body: UnpublishLiveCollectionItemsBody;
}

/**
 * Request body of `client.items.unpublishMany`.
 *
 * The items to unpublish.
 */
export type UnpublishLiveCollectionItemsBody = NonNullable<
  operations["unpublishLiveCollectionItems"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.unpublishMany` resolves to: the 204 response. The items were unpublished. No content.
 */
export type UnpublishLiveCollectionItemsResult = void;

/**
 * Checks a request body of `client.items.unpublishMany`; the client runs it before sending.
 */
export const validateUnpublishLiveCollectionItemsBody: Validator<UnpublishLiveCollectionItemsBody> =
  validateCollectionItemRefList;

/**
 * Unpublish Live Collection Items: {@link ItemsApi.unpublishMany | client.items.unpublishMany} as a function of the core, so that a program importing only it bundles only it.
 */
export function unpublishLiveCollectionItems(
  core: HttpCore,
  params: UnpublishLiveCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<UnpublishLiveCollectionItemsResult> {
  return core.request<UnpublishLiveCollectionItemsResult>(
    {
      operationId: "unpublishLiveCollectionItems",
      method: "DELETE",
      path: "/collections/{collection_id}/items/live",
      pathParams: { collection_id: params.collection_id },
      body: params.body,
      validateBody: validateUnpublishLiveCollectionItemsBody,
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.items.update`.
 */
export interface UpdateCollectionItemParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["updateCollectionItem"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of an item of the collection.
   *
   * Sent in the path.
   */
  item_id: NonNullable<operations["updateCollectionItem"]["parameters"]["path"]>["item_id"];
  /**
   * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
   *
   * Sent in the query.
   */
  skipInvalidFiles?: NonNullable<
    operations["updateCollectionItem"]["parameters"]["query"]
  >["skipInvalidFiles"];
  /**
   * The changes to the item.
   */
  body: UpdateCollectionItemBody;
}

/**
 * Request body of `client.items.update`.
 *
 * The changes to the item.
 */
export type UpdateCollectionItemBody = NonNullable<
  operations["updateCollectionItem"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.update` resolves to: the 200 response. The updated item.
 */
export type UpdateCollectionItemResult =
  operations["updateCollectionItem"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.items.update`.
 */
export const validateUpdateCollectionItemResult: Validator<UpdateCollectionItemResult> =
  validateCollectionItem;

/**
 * Checks a request body of `client.items.update`; the client runs it before sending.
 */
export const validateUpdateCollectionItemBody: Validator<UpdateCollectionItemBody> =
  validateCollectionItemUpdate;

/**
 * Update Collection Item: {@link ItemsApi.update | client.items.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateCollectionItem(
  core: HttpCore,
  params: UpdateCollectionItemParams,
  options?: RequestOptions,
): ApiPromise<UpdateCollectionItemResult> {
  return core.request<UpdateCollectionItemResult>(
    {
      operationId: "updateCollectionItem",
      method: "PATCH",
      path: "/collections/{collection_id}/items/{item_id}",
      pathParams: { collection_id: params.collection_id, item_id: params.item_id },
      query: { skipInvalidFiles: params.skipInvalidFiles },
      body: params.body,
      validateBody: validateUpdateCollectionItemBody,
      responseKind: "json",
      validate: validateUpdateCollectionItemResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.updateMany`.
 */
export interface UpdateCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["updateCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
   *
   * Sent in the query.
   */
  skipInvalidFiles?: NonNullable<
    operations["updateCollectionItems"]["parameters"]["query"]
  >["skipInvalidFiles"];
  /**
   * The items to change.
   */
  body: UpdateCollectionItemsBody;
}

/**
 * Request body of `client.items.updateMany`.
 *
 * The items to change.
 */
export type UpdateCollectionItemsBody = NonNullable<
  operations["updateCollectionItems"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.updateMany` resolves to: the 200 response. The updated item, or the updated items under `items`.
 */
export type UpdateCollectionItemsResult =
  operations["updateCollectionItems"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.items.updateMany`.
 */
export const validateUpdateCollectionItemsResult: Validator<UpdateCollectionItemsResult> =
  validateCollectionItemOrBatch;

/**
 * Checks a request body of `client.items.updateMany`; the client runs it before sending.
 */
export const validateUpdateCollectionItemsBody: Validator<UpdateCollectionItemsBody> =
  validateUpdateCollectionItemsRequest;

/**
 * Update Collection Items: {@link ItemsApi.updateMany | client.items.updateMany} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateCollectionItems(
  core: HttpCore,
  params: UpdateCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<UpdateCollectionItemsResult> {
  return core.request<UpdateCollectionItemsResult>(
    {
      operationId: "updateCollectionItems",
      method: "PATCH",
      path: "/collections/{collection_id}/items",
      pathParams: { collection_id: params.collection_id },
      query: { skipInvalidFiles: params.skipInvalidFiles },
      body: params.body,
      validateBody: validateUpdateCollectionItemsBody,
      responseKind: "json",
      validate: validateUpdateCollectionItemsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.updateLive`.
 */
export interface UpdateLiveCollectionItemParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["updateLiveCollectionItem"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of an item of the collection.
   *
   * Sent in the path.
   */
  item_id: NonNullable<operations["updateLiveCollectionItem"]["parameters"]["path"]>["item_id"];
  /**
   * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
   *
   * Sent in the query.
   */
  skipInvalidFiles?: NonNullable<
    operations["updateLiveCollectionItem"]["parameters"]["query"]
  >["skipInvalidFiles"];
  /**
   * The changes to the item.
   */
  body: UpdateLiveCollectionItemBody;
}

/**
 * Request body of `client.items.updateLive`.
 *
 * The changes to the item.
 */
export type UpdateLiveCollectionItemBody = NonNullable<
  operations["updateLiveCollectionItem"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.updateLive` resolves to: the 200 response. The updated live item.
 */
export type UpdateLiveCollectionItemResult =
  operations["updateLiveCollectionItem"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.items.updateLive`.
 */
export const validateUpdateLiveCollectionItemResult: Validator<UpdateLiveCollectionItemResult> =
  validateCollectionItem;

/**
 * Checks a request body of `client.items.updateLive`; the client runs it before sending.
 */
export const validateUpdateLiveCollectionItemBody: Validator<UpdateLiveCollectionItemBody> =
  validateCollectionItemUpdate;

/**
 * Update Live Collection Item: {@link ItemsApi.updateLive | client.items.updateLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateLiveCollectionItem(
  core: HttpCore,
  params: UpdateLiveCollectionItemParams,
  options?: RequestOptions,
): ApiPromise<UpdateLiveCollectionItemResult> {
  return core.request<UpdateLiveCollectionItemResult>(
    {
      operationId: "updateLiveCollectionItem",
      method: "PATCH",
      path: "/collections/{collection_id}/items/{item_id}/live",
      pathParams: { collection_id: params.collection_id, item_id: params.item_id },
      query: { skipInvalidFiles: params.skipInvalidFiles },
      body: params.body,
      validateBody: validateUpdateLiveCollectionItemBody,
      responseKind: "json",
      validate: validateUpdateLiveCollectionItemResult,
    },
    options,
  );
}

/**
 * Parameters of `client.items.updateManyLive`.
 */
export interface UpdateLiveCollectionItemsParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["updateLiveCollectionItems"]["parameters"]["path"]
  >["collection_id"];
  /**
   * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
   *
   * Sent in the query.
   */
  skipInvalidFiles?: NonNullable<
    operations["updateLiveCollectionItems"]["parameters"]["query"]
  >["skipInvalidFiles"];
  /**
   * The items to change.
   */
  body: UpdateLiveCollectionItemsBody;
}

/**
 * Request body of `client.items.updateManyLive`.
 *
 * The items to change.
 */
export type UpdateLiveCollectionItemsBody = NonNullable<
  operations["updateLiveCollectionItems"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.items.updateManyLive` resolves to: the 200 response. The updated items.
 */
export type UpdateLiveCollectionItemsResult =
  operations["updateLiveCollectionItems"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.items.updateManyLive`.
 */
export const validateUpdateLiveCollectionItemsResult: Validator<UpdateLiveCollectionItemsResult> =
  validateCollectionItemBatch;

/**
 * Checks a request body of `client.items.updateManyLive`; the client runs it before sending.
 */
export const validateUpdateLiveCollectionItemsBody: Validator<UpdateLiveCollectionItemsBody> =
  validateUpdateCollectionItemsRequest;

/**
 * Update Live Collection Items: {@link ItemsApi.updateManyLive | client.items.updateManyLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateLiveCollectionItems(
  core: HttpCore,
  params: UpdateLiveCollectionItemsParams,
  options?: RequestOptions,
): ApiPromise<UpdateLiveCollectionItemsResult> {
  return core.request<UpdateLiveCollectionItemsResult>(
    {
      operationId: "updateLiveCollectionItems",
      method: "PATCH",
      path: "/collections/{collection_id}/items/live",
      pathParams: { collection_id: params.collection_id },
      query: { skipInvalidFiles: params.skipInvalidFiles },
      body: params.body,
      validateBody: validateUpdateLiveCollectionItemsBody,
      responseKind: "json",
      validate: validateUpdateLiveCollectionItemsResult,
    },
    options,
  );
}

/**
 * Items operations: List, read, create, update, delete, publish and unpublish the items of a CMS collection, staged or live.
 *
 * Reached as `client.items`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class ItemsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Collection Items
   *
   * Create one staged item, or up to 100 (`fieldData` as a list), in each of several CMS locales (`cmsLocaleIds`); without `cmsLocaleIds` in the primary locale only. The API answers 202.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/items/bulk` (operationId `bulkCreateCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  createBulk(
    params: BulkCreateCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<BulkCreateCollectionItemsResult> {
    return bulkCreateCollectionItems(this.#core, params, options);
  }

  /**
   * Create Collection Item(s)
   *
   * Create one staged item, or several at once (`items`), in a collection. Without `cmsLocaleId` an item is created in the primary locale; to create items in several locales at once use createBulk (POST .../items/bulk). The API answers 202 with the created item(s).
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/items` (operationId `createCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  create(
    params: CreateCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<CreateCollectionItemsResult> {
    return createCollectionItems(this.#core, params, options);
  }

  /**
   * Create Live Collection Item(s)
   *
   * Create one item, or several at once (`items`), in a collection and publish them to the live site right away. Without `cmsLocaleId` an item is created in the primary locale; to create items in several locales at once use createBulk (POST .../items/bulk). The API answers 202 with the created item(s).
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/items/live` (operationId `createLiveCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  createLive(
    params: CreateLiveCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<CreateLiveCollectionItemsResult> {
    return createLiveCollectionItems(this.#core, params, options);
  }

  /**
   * Delete Collection Item
   *
   * Delete an item of a collection. Without `cmsLocaleId` the item is deleted in the primary locale only. Answers 204 with no body. Required scope: `cms:write`.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/items/{item_id}` (operationId `deleteCollectionItem`).
   * @param params - collection_id, item_id, cmsLocaleId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  remove(
    params: DeleteCollectionItemParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteCollectionItemResult> {
    return deleteCollectionItem(this.#core, params, options);
  }

  /**
   * Delete Collection Items
   *
   * Delete items of a collection. An item is deleted in the primary locale only unless its `cmsLocaleIds` are sent. Answers 204 with no body.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/items` (operationId `deleteCollectionItems`).
   * @param params - collection_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The request conflicts with the current state of the items.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  removeMany(
    params: DeleteCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteCollectionItemsResult> {
    return deleteCollectionItems(this.#core, params, options);
  }

  /**
   * Get Collection Item
   *
   * Get a staged item of a collection. Without `cmsLocaleId` the primary locale's version is returned.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}/items/{item_id}` (operationId `getCollectionItem`).
   * @param params - collection_id, item_id, cmsLocaleId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  get(
    params: GetCollectionItemParams,
    options?: RequestOptions,
  ): ApiPromise<GetCollectionItemResult> {
    return getCollectionItem(this.#core, params, options);
  }

  /**
   * Get Live Collection Item
   *
   * Get the published (live) version of an item of a collection. Without `cmsLocaleId` the primary locale's version is returned. Required scope: `cms:read`.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}/items/{item_id}/live` (operationId `getLiveCollectionItem`).
   * @param params - collection_id, item_id, cmsLocaleId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no live item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  getLive(
    params: GetLiveCollectionItemParams,
    options?: RequestOptions,
  ): ApiPromise<GetLiveCollectionItemResult> {
    return getLiveCollectionItem(this.#core, params, options);
  }

  /**
   * List Collection Items
   *
   * List the staged items of a collection (drafts and published items as last saved), one page at a time (`offset` and `limit`, at most 100 per page), optionally filtered by name, slug or dates and sorted. Without `cmsLocaleId` the items of the primary locale are listed. Required scope: `cms:read`.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}/items` (operationId `listCollectionItems`).
   * @param params - collection_id, cmsLocaleId, offset, limit, name, slug, createdOn[lte], createdOn[gte], lastPublished[lte], lastPublished[gte], lastUpdated[lte], lastUpdated[gte], sortBy, sortOrder
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  list(
    params: ListCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<ListCollectionItemsResult> {
    return listCollectionItems(this.#core, params, options);
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.items.iterate(params)) console.log(item);
   */
  iterate(
    params: ListCollectionItemsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListCollectionItemsResult["items"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listCollectionItems(this.#core, { ...params, offset }, options);
      return { items: page.items, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * List Live Collection Items
   *
   * List the published (live) items of a collection, one page at a time (`offset` and `limit`, at most 100 per page), optionally filtered by name, slug or dates and sorted. Without `cmsLocaleId` the items of the primary locale are listed.
   *
   * Required scopes: `cms:read`.
   *
   * GET `/collections/{collection_id}/items/live` (operationId `listLiveCollectionItems`).
   * @param params - collection_id, cmsLocaleId, offset, limit, name, slug, createdOn[lte], createdOn[gte], lastPublished[lte], lastPublished[gte], lastUpdated[lte], lastUpdated[gte], sortBy, sortOrder
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  listLive(
    params: ListLiveCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<ListLiveCollectionItemsResult> {
    return listLiveCollectionItems(this.#core, params, options);
  }

  /**
   * Every item of `listLive` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.items.iterateLive(params)) console.log(item);
   */
  iterateLive(
    params: ListLiveCollectionItemsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListLiveCollectionItemsResult["items"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listLiveCollectionItems(this.#core, { ...params, offset }, options);
      return { items: page.items, pagination: page.pagination };
    }, params.offset ?? 0);
  }

  /**
   * Publish Collection Item
   *
   * Publish staged items of a collection to the live site: by ID (`itemIds`, primary locale), or with the CMS locales to publish each in (`items`). The API answers 202 with the IDs published and any errors.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/items/publish` (operationId `publishCollectionItems`).
   * @param params - collection_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 202 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The request conflicts with the current state of the items.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  publish(
    params: PublishCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<PublishCollectionItemsResult> {
    return publishCollectionItems(this.#core, params, options);
  }

  /**
   * Unpublish Live Collection Item
   *
   * Unpublish an item from the live site and set its `isDraft` to true; the staged item is kept. Without `cmsLocaleId` the item is unpublished in the primary locale only. Answers 204 with no body.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/items/{item_id}/live` (operationId `unpublishLiveCollectionItem`).
   * @param params - collection_id, item_id, cmsLocaleId
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no live item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  unpublish(
    params: UnpublishLiveCollectionItemParams,
    options?: RequestOptions,
  ): ApiPromise<UnpublishLiveCollectionItemResult> {
    return unpublishLiveCollectionItem(this.#core, params, options);
  }

  /**
   * Unpublish Live Collection Items
   *
   * Unpublish up to 100 items from the live site and set their `isDraft` to true; the staged items are kept. An item is unpublished in the primary locale only unless its `cmsLocaleIds` are sent. Answers 204 with no body.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/items/live` (operationId `unpublishLiveCollectionItems`).
   * @param params - collection_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  unpublishMany(
    params: UnpublishLiveCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<UnpublishLiveCollectionItemsResult> {
    return unpublishLiveCollectionItems(this.#core, params, options);
  }

  /**
   * Update Collection Item
   *
   * Update a staged item of a collection; only the properties and field values sent are changed. Without `cmsLocaleId` in the body the primary locale is updated.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/items/{item_id}` (operationId `updateCollectionItem`).
   * @param params - collection_id, item_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  update(
    params: UpdateCollectionItemParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateCollectionItemResult> {
    return updateCollectionItem(this.#core, params, options);
  }

  /**
   * Update Collection Items
   *
   * Update up to 100 staged items of a collection, each named by `id`; only the properties and field values sent are changed. An item is updated in the primary locale unless its `cmsLocaleId` is sent.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/items` (operationId `updateCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  updateMany(
    params: UpdateCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateCollectionItemsResult> {
    return updateCollectionItems(this.#core, params, options);
  }

  /**
   * Update Live Collection Item
   *
   * Update a published item of a collection and publish the changes to the live site; only the properties and field values sent are changed. Without `cmsLocaleId` in the body the primary locale is updated.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/items/{item_id}/live` (operationId `updateLiveCollectionItem`).
   * @param params - collection_id, item_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no item with this `item_id` (code `item_not_found` or `resource_not_found`).
   * @throws {@link ConflictError} 409: The request conflicts with the current state of the item.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  updateLive(
    params: UpdateLiveCollectionItemParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateLiveCollectionItemResult> {
    return updateLiveCollectionItem(this.#core, params, options);
  }

  /**
   * Update Live Collection Items
   *
   * Update up to 100 published items of a collection, each named by `id`, and publish the changes to the live site; only the properties and field values sent are changed. An item is updated in the primary locale unless its `cmsLocaleId` is sent.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/items/live` (operationId `updateLiveCollectionItems`).
   * @param params - collection_id, skipInvalidFiles, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The request conflicts with the current state of the items.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  updateManyLive(
    params: UpdateLiveCollectionItemsParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateLiveCollectionItemsResult> {
    return updateLiveCollectionItems(this.#core, params, options);
  }
}
