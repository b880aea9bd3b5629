/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME, EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME, EXPLAIN_ARRAY_NUMBER_OBJECT, EXPLAIN_ARRAY_OBJECT, EXPLAIN_ARRAY_OBJECT_STRING, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME, EXPLAIN_ARRAY_OBJECT_STRING_UNION, EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME, EXPLAIN_ARRAY_OBJECT_UNION, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING_DATE_TIME } from "./explainers.js";
import { isPagination, paginationSchema } from "./shared.js";
const COLLECTION_ITEM_REF_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
/**
 * Whether `value` is a {@link BulkCollectionItem}; the fast check {@link validateBulkCollectionItem} runs before explaining a failure.
 */
export function isBulkCollectionItem(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && isBulkCollectionItem_cmsLocaleIds(value.cmsLocaleIds) && (value.lastPublished === null || typeof value.lastPublished === "string") && typeof value.lastUpdated === "string" && typeof value.createdOn === "string" && typeof value.isArchived === "boolean" && typeof value.isDraft === "boolean" && isItemFieldDataPartial(value.fieldData);
}
function isBulkCollectionItem_cmsLocaleIds_item(value) {
	return typeof value === "string";
}
function isBulkCollectionItem_cmsLocaleIds(value) {
	return Array.isArray(value) && value.every(isBulkCollectionItem_cmsLocaleIds_item);
}
/**
 * The BulkCollectionItem schema as data: what {@link validateBulkCollectionItem} walks to say why a value failed.
 */
export const bulkCollectionItemSchema = {
	kind: "object",
	title: "BulkCollectionItem",
	properties: {
		id: { kind: "string" },
		cmsLocaleIds: {
			kind: "array",
			items: { kind: "string" }
		},
		lastPublished: {
			kind: "string",
			nullable: true
		},
		lastUpdated: { kind: "string" },
		createdOn: { kind: "string" },
		isArchived: { kind: "boolean" },
		isDraft: { kind: "boolean" },
		fieldData: () => itemFieldDataPartialSchema
	},
	required: [
		"id",
		"cmsLocaleIds",
		"lastPublished",
		"lastUpdated",
		"createdOn",
		"isArchived",
		"isDraft",
		"fieldData"
	]
};
/**
 * Checks that `value` is a {@link BulkCollectionItem}.
 * @returns `{ ok: true, value }` typed as {@link BulkCollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateBulkCollectionItem = /* @__PURE__ */ $.validator(isBulkCollectionItem, bulkCollectionItemSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link BulkCreateCollectionItemsRequest}; the fast check {@link validateBulkCreateCollectionItemsRequest} runs before explaining a failure.
 */
export function isBulkCreateCollectionItemsRequest(value) {
	return $.isPlainObject(value) && (value.cmsLocaleIds === undefined || isBulkCreateCollectionItemsRequest_cmsLocaleIds(value.cmsLocaleIds)) && (value.lastPublished === undefined || typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished)) && (value.lastUpdated === undefined || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.isArchived === undefined || typeof value.isArchived === "boolean") && (value.isDraft === undefined || typeof value.isDraft === "boolean") && isBulkCreateCollectionItemsRequest_fieldData(value.fieldData);
}
function isBulkCreateCollectionItemsRequest_cmsLocaleIds_item(value) {
	return typeof value === "string";
}
function isBulkCreateCollectionItemsRequest_cmsLocaleIds(value) {
	return Array.isArray(value) && value.every(isBulkCreateCollectionItemsRequest_cmsLocaleIds_item);
}
function isBulkCreateCollectionItemsRequest_fieldData(value) {
	return Number(isItemFieldData(value)) + Number(Array.isArray(value) && value.length <= 100 && value.every(isItemFieldData)) === 1;
}
/**
 * The BulkCreateCollectionItemsRequest schema as data: what {@link validateBulkCreateCollectionItemsRequest} walks to say why a value failed.
 */
export const bulkCreateCollectionItemsRequestSchema = {
	kind: "object",
	title: "BulkCreateCollectionItemsRequest",
	properties: {
		cmsLocaleIds: {
			kind: "array",
			items: { kind: "string" }
		},
		lastPublished: {
			kind: "string",
			format: "date-time"
		},
		lastUpdated: {
			kind: "string",
			format: "date-time"
		},
		createdOn: {
			kind: "string",
			format: "date-time"
		},
		isArchived: { kind: "boolean" },
		isDraft: { kind: "boolean" },
		fieldData: {
			kind: "oneOf",
			of: [() => itemFieldDataSchema, {
				kind: "array",
				items: () => itemFieldDataSchema,
				maxItems: 100
			}]
		}
	},
	required: ["fieldData"]
};
/**
 * Checks that `value` is a {@link BulkCreateCollectionItemsRequest}.
 * @returns `{ ok: true, value }` typed as {@link BulkCreateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateBulkCreateCollectionItemsRequest = /* @__PURE__ */ $.validator(isBulkCreateCollectionItemsRequest, bulkCreateCollectionItemsRequestSchema, EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link CollectionItem}; the fast check {@link validateCollectionItem} runs before explaining a failure.
 */
export function isCollectionItem(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && (value.cmsLocaleId === undefined || value.cmsLocaleId === null || typeof value.cmsLocaleId === "string") && (value.lastPublished === null || typeof value.lastPublished === "string") && typeof value.lastUpdated === "string" && typeof value.createdOn === "string" && (value.isArchived === undefined || typeof value.isArchived === "boolean") && (value.isDraft === undefined || typeof value.isDraft === "boolean") && isItemFieldData(value.fieldData);
}
/**
 * The CollectionItem schema as data: what {@link validateCollectionItem} walks to say why a value failed.
 */
export const collectionItemSchema = {
	kind: "object",
	title: "CollectionItem",
	properties: {
		id: { kind: "string" },
		cmsLocaleId: {
			kind: "string",
			nullable: true
		},
		lastPublished: {
			kind: "string",
			nullable: true
		},
		lastUpdated: { kind: "string" },
		createdOn: { kind: "string" },
		isArchived: { kind: "boolean" },
		isDraft: { kind: "boolean" },
		fieldData: () => itemFieldDataSchema
	},
	required: [
		"id",
		"lastPublished",
		"lastUpdated",
		"createdOn",
		"fieldData"
	]
};
/**
 * Checks that `value` is a {@link CollectionItem}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItem = /* @__PURE__ */ $.validator(isCollectionItem, collectionItemSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link CollectionItemBatch}; the fast check {@link validateCollectionItemBatch} runs before explaining a failure.
 */
export function isCollectionItemBatch(value) {
	return $.isPlainObject(value) && (value.items === undefined || isCollectionItemBatch_items(value.items));
}
function isCollectionItemBatch_items(value) {
	return Array.isArray(value) && value.every(isCollectionItem);
}
/**
 * The CollectionItemBatch schema as data: what {@link validateCollectionItemBatch} walks to say why a value failed.
 */
export const collectionItemBatchSchema = {
	kind: "object",
	title: "CollectionItemBatch",
	properties: { items: {
		kind: "array",
		items: () => collectionItemSchema
	} }
};
/**
 * Checks that `value` is a {@link CollectionItemBatch}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemBatch}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemBatch = /* @__PURE__ */ $.validator(isCollectionItemBatch, collectionItemBatchSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link CollectionItemList}; the fast check {@link validateCollectionItemList} runs before explaining a failure.
 */
export function isCollectionItemList(value) {
	return $.isPlainObject(value) && isCollectionItemList_items(value.items) && isPagination(value.pagination);
}
function isCollectionItemList_items(value) {
	return Array.isArray(value) && value.every(isCollectionItem);
}
/**
 * The CollectionItemList schema as data: what {@link validateCollectionItemList} walks to say why a value failed.
 */
export const collectionItemListSchema = {
	kind: "object",
	title: "CollectionItemList",
	properties: {
		items: {
			kind: "array",
			items: () => collectionItemSchema
		},
		pagination: () => paginationSchema
	},
	required: ["items", "pagination"]
};
/**
 * Checks that `value` is a {@link CollectionItemList}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemList = /* @__PURE__ */ $.validator(isCollectionItemList, collectionItemListSchema, EXPLAIN_ARRAY_NUMBER_OBJECT);
/**
 * Whether `value` is a {@link CollectionItemOrBatch}; the fast check {@link validateCollectionItemOrBatch} runs before explaining a failure.
 */
export function isCollectionItemOrBatch(value) {
	return isCollectionItem(value) || isCollectionItemBatch(value);
}
/**
 * The CollectionItemOrBatch schema as data: what {@link validateCollectionItemOrBatch} walks to say why a value failed.
 */
export const collectionItemOrBatchSchema = {
	kind: "anyOf",
	title: "CollectionItemOrBatch",
	of: [() => collectionItemSchema, () => collectionItemBatchSchema]
};
/**
 * Checks that `value` is a {@link CollectionItemOrBatch}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemOrBatch}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemOrBatch = /* @__PURE__ */ $.validator(isCollectionItemOrBatch, collectionItemOrBatchSchema, EXPLAIN_ARRAY_OBJECT_UNION);
/**
 * Whether `value` is a {@link CollectionItemRef}; the fast check {@link validateCollectionItemRef} runs before explaining a failure.
 */
export function isCollectionItemRef(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && COLLECTION_ITEM_REF_ID_PATTERN.test(value.id) && (value.cmsLocaleIds === undefined || isCollectionItemRef_cmsLocaleIds(value.cmsLocaleIds));
}
function isCollectionItemRef_cmsLocaleIds_item(value) {
	return typeof value === "string";
}
function isCollectionItemRef_cmsLocaleIds(value) {
	return Array.isArray(value) && value.every(isCollectionItemRef_cmsLocaleIds_item);
}
/**
 * The CollectionItemRef schema as data: what {@link validateCollectionItemRef} walks to say why a value failed.
 */
export const collectionItemRefSchema = {
	kind: "object",
	title: "CollectionItemRef",
	properties: {
		id: {
			kind: "string",
			pattern: COLLECTION_ITEM_REF_ID_PATTERN
		},
		cmsLocaleIds: {
			kind: "array",
			items: { kind: "string" }
		}
	},
	required: ["id"]
};
/**
 * Checks that `value` is a {@link CollectionItemRef}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemRef}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemRef = /* @__PURE__ */ $.validator(isCollectionItemRef, collectionItemRefSchema, EXPLAIN_ARRAY_OBJECT_STRING);
/**
 * Whether `value` is a {@link CollectionItemRefList}; the fast check {@link validateCollectionItemRefList} runs before explaining a failure.
 */
export function isCollectionItemRefList(value) {
	return $.isPlainObject(value) && isCollectionItemRefList_items(value.items);
}
function isCollectionItemRefList_items(value) {
	return Array.isArray(value) && value.every(isCollectionItemRef);
}
/**
 * The CollectionItemRefList schema as data: what {@link validateCollectionItemRefList} walks to say why a value failed.
 */
export const collectionItemRefListSchema = {
	kind: "object",
	title: "CollectionItemRefList",
	properties: { items: {
		kind: "array",
		items: () => collectionItemRefSchema
	} },
	required: ["items"]
};
/**
 * Checks that `value` is a {@link CollectionItemRefList}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemRefList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemRefList = /* @__PURE__ */ $.validator(isCollectionItemRefList, collectionItemRefListSchema, EXPLAIN_ARRAY_OBJECT_STRING);
/**
 * Whether `value` is a {@link CollectionItemUpdate}; the fast check {@link validateCollectionItemUpdate} runs before explaining a failure.
 */
export function isCollectionItemUpdate(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") && (value.lastPublished === undefined || typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished)) && (value.lastUpdated === undefined || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.isArchived === undefined || typeof value.isArchived === "boolean") && (value.isDraft === undefined || typeof value.isDraft === "boolean") && (value.fieldData === undefined || isItemFieldDataPartial(value.fieldData));
}
/**
 * The CollectionItemUpdate schema as data: what {@link validateCollectionItemUpdate} walks to say why a value failed.
 */
export const collectionItemUpdateSchema = {
	kind: "object",
	title: "CollectionItemUpdate",
	properties: {
		id: { kind: "string" },
		cmsLocaleId: { kind: "string" },
		lastPublished: {
			kind: "string",
			format: "date-time"
		},
		lastUpdated: {
			kind: "string",
			format: "date-time"
		},
		createdOn: {
			kind: "string",
			format: "date-time"
		},
		isArchived: { kind: "boolean" },
		isDraft: { kind: "boolean" },
		fieldData: () => itemFieldDataPartialSchema
	}
};
/**
 * Checks that `value` is a {@link CollectionItemUpdate}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemUpdate = /* @__PURE__ */ $.validator(isCollectionItemUpdate, collectionItemUpdateSchema, EXPLAIN_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CollectionItemUpdateWithId}; the fast check {@link validateCollectionItemUpdateWithId} runs before explaining a failure.
 */
export function isCollectionItemUpdateWithId(value) {
	return $.isPlainObject(value) && value.id !== undefined && isCollectionItemUpdate(value);
}
/**
 * The CollectionItemUpdateWithId schema as data: what {@link validateCollectionItemUpdateWithId} walks to say why a value failed.
 */
export const collectionItemUpdateWithIdSchema = {
	kind: "allOf",
	title: "CollectionItemUpdateWithId",
	of: [{
		kind: "object",
		required: ["id"]
	}, {
		kind: "allOf",
		of: [() => collectionItemUpdateSchema]
	}]
};
/**
 * Checks that `value` is a {@link CollectionItemUpdateWithId}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUpdateWithId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemUpdateWithId = /* @__PURE__ */ $.validator(isCollectionItemUpdateWithId, collectionItemUpdateWithIdSchema, EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CreateCollectionItemsRequest}; the fast check {@link validateCreateCollectionItemsRequest} runs before explaining a failure.
 */
export function isCreateCollectionItemsRequest(value) {
	return Number(isNewCollectionItem(value)) + Number(isNewCollectionItemList(value)) === 1;
}
/**
 * The CreateCollectionItemsRequest schema as data: what {@link validateCreateCollectionItemsRequest} walks to say why a value failed.
 */
export const createCollectionItemsRequestSchema = {
	kind: "oneOf",
	title: "CreateCollectionItemsRequest",
	of: [() => newCollectionItemSchema, () => newCollectionItemListSchema]
};
/**
 * Checks that `value` is a {@link CreateCollectionItemsRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateCollectionItemsRequest = /* @__PURE__ */ $.validator(isCreateCollectionItemsRequest, createCollectionItemsRequestSchema, EXPLAIN_ARRAY_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link ItemFieldData}; the fast check {@link validateItemFieldData} runs before explaining a failure.
 */
export function isItemFieldData(value) {
	return $.isPlainObject(value) && typeof value.name === "string" && typeof value.slug === "string";
}
/**
 * The ItemFieldData schema as data: what {@link validateItemFieldData} walks to say why a value failed.
 */
export const itemFieldDataSchema = {
	kind: "object",
	title: "ItemFieldData",
	properties: {
		name: { kind: "string" },
		slug: { kind: "string" }
	},
	required: ["name", "slug"]
};
/**
 * Checks that `value` is a {@link ItemFieldData}.
 * @returns `{ ok: true, value }` typed as {@link ItemFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateItemFieldData = /* @__PURE__ */ $.validator(isItemFieldData, itemFieldDataSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link ItemFieldDataPartial}; the fast check {@link validateItemFieldDataPartial} runs before explaining a failure.
 */
export function isItemFieldDataPartial(value) {
	return $.isPlainObject(value) && (value.name === undefined || typeof value.name === "string") && (value.slug === undefined || typeof value.slug === "string");
}
/**
 * The ItemFieldDataPartial schema as data: what {@link validateItemFieldDataPartial} walks to say why a value failed.
 */
export const itemFieldDataPartialSchema = {
	kind: "object",
	title: "ItemFieldDataPartial",
	properties: {
		name: { kind: "string" },
		slug: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link ItemFieldDataPartial}.
 * @returns `{ ok: true, value }` typed as {@link ItemFieldDataPartial}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateItemFieldDataPartial = /* @__PURE__ */ $.validator(isItemFieldDataPartial, itemFieldDataPartialSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link NewCollectionItem}; the fast check {@link validateNewCollectionItem} runs before explaining a failure.
 */
export function isNewCollectionItem(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") && (value.lastPublished === undefined || typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished)) && (value.lastUpdated === undefined || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.isArchived === undefined || typeof value.isArchived === "boolean") && (value.isDraft === undefined || typeof value.isDraft === "boolean") && isItemFieldData(value.fieldData);
}
/**
 * The NewCollectionItem schema as data: what {@link validateNewCollectionItem} walks to say why a value failed.
 */
export const newCollectionItemSchema = {
	kind: "object",
	title: "NewCollectionItem",
	properties: {
		id: { kind: "string" },
		cmsLocaleId: { kind: "string" },
		lastPublished: {
			kind: "string",
			format: "date-time"
		},
		lastUpdated: {
			kind: "string",
			format: "date-time"
		},
		createdOn: {
			kind: "string",
			format: "date-time"
		},
		isArchived: { kind: "boolean" },
		isDraft: { kind: "boolean" },
		fieldData: () => itemFieldDataSchema
	},
	required: ["fieldData"]
};
/**
 * Checks that `value` is a {@link NewCollectionItem}.
 * @returns `{ ok: true, value }` typed as {@link NewCollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateNewCollectionItem = /* @__PURE__ */ $.validator(isNewCollectionItem, newCollectionItemSchema, EXPLAIN_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link NewCollectionItemList}; the fast check {@link validateNewCollectionItemList} runs before explaining a failure.
 */
export function isNewCollectionItemList(value) {
	return $.isPlainObject(value) && isNewCollectionItemList_items(value.items);
}
function isNewCollectionItemList_items(value) {
	return Array.isArray(value) && value.every(isNewCollectionItem);
}
/**
 * The NewCollectionItemList schema as data: what {@link validateNewCollectionItemList} walks to say why a value failed.
 */
export const newCollectionItemListSchema = {
	kind: "object",
	title: "NewCollectionItemList",
	properties: { items: {
		kind: "array",
		items: () => newCollectionItemSchema
	} },
	required: ["items"]
};
/**
 * Checks that `value` is a {@link NewCollectionItemList}.
 * @returns `{ ok: true, value }` typed as {@link NewCollectionItemList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateNewCollectionItemList = /* @__PURE__ */ $.validator(isNewCollectionItemList, newCollectionItemListSchema, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link PublishItemsRequest}; the fast check {@link validatePublishItemsRequest} runs before explaining a failure.
 */
export function isPublishItemsRequest(value) {
	return Number($.isPlainObject(value) && isPublishItemsRequest_option1_itemIds(value.itemIds)) + Number(isCollectionItemRefList(value)) === 1;
}
function isPublishItemsRequest_option1_itemIds_item(value) {
	return typeof value === "string" && COLLECTION_ITEM_REF_ID_PATTERN.test(value);
}
function isPublishItemsRequest_option1_itemIds(value) {
	return Array.isArray(value) && value.every(isPublishItemsRequest_option1_itemIds_item);
}
/**
 * The PublishItemsRequest schema as data: what {@link validatePublishItemsRequest} walks to say why a value failed.
 */
export const publishItemsRequestSchema = {
	kind: "oneOf",
	title: "PublishItemsRequest",
	of: [{
		kind: "object",
		properties: { itemIds: {
			kind: "array",
			items: {
				kind: "string",
				pattern: COLLECTION_ITEM_REF_ID_PATTERN
			}
		} },
		required: ["itemIds"]
	}, () => collectionItemRefListSchema]
};
/**
 * Checks that `value` is a {@link PublishItemsRequest}.
 * @returns `{ ok: true, value }` typed as {@link PublishItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePublishItemsRequest = /* @__PURE__ */ $.validator(isPublishItemsRequest, publishItemsRequestSchema, EXPLAIN_ARRAY_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link PublishItemsResponse}; the fast check {@link validatePublishItemsResponse} runs before explaining a failure.
 */
export function isPublishItemsResponse(value) {
	return $.isPlainObject(value) && (value.publishedItemIds === undefined || isPublishItemsResponse_publishedItemIds(value.publishedItemIds)) && (value.errors === undefined || isPublishItemsResponse_errors(value.errors));
}
function isPublishItemsResponse_publishedItemIds_item(value) {
	return typeof value === "string";
}
function isPublishItemsResponse_publishedItemIds(value) {
	return Array.isArray(value) && value.every(isPublishItemsResponse_publishedItemIds_item);
}
function isPublishItemsResponse_errors_item(value) {
	return typeof value === "string";
}
function isPublishItemsResponse_errors(value) {
	return Array.isArray(value) && value.every(isPublishItemsResponse_errors_item);
}
/**
 * The PublishItemsResponse schema as data: what {@link validatePublishItemsResponse} walks to say why a value failed.
 */
export const publishItemsResponseSchema = {
	kind: "object",
	title: "PublishItemsResponse",
	properties: {
		publishedItemIds: {
			kind: "array",
			items: { kind: "string" }
		},
		errors: {
			kind: "array",
			items: { kind: "string" }
		}
	}
};
/**
 * Checks that `value` is a {@link PublishItemsResponse}.
 * @returns `{ ok: true, value }` typed as {@link PublishItemsResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePublishItemsResponse = /* @__PURE__ */ $.validator(isPublishItemsResponse, publishItemsResponseSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link UpdateCollectionItemsRequest}; the fast check {@link validateUpdateCollectionItemsRequest} runs before explaining a failure.
 */
export function isUpdateCollectionItemsRequest(value) {
	return $.isPlainObject(value) && isUpdateCollectionItemsRequest_items(value.items);
}
function isUpdateCollectionItemsRequest_items(value) {
	return Array.isArray(value) && value.length <= 100 && value.every(isCollectionItemUpdateWithId);
}
/**
 * The UpdateCollectionItemsRequest schema as data: what {@link validateUpdateCollectionItemsRequest} walks to say why a value failed.
 */
export const updateCollectionItemsRequestSchema = {
	kind: "object",
	title: "UpdateCollectionItemsRequest",
	properties: { items: {
		kind: "array",
		items: () => collectionItemUpdateWithIdSchema,
		maxItems: 100
	} },
	required: ["items"]
};
/**
 * Checks that `value` is a {@link UpdateCollectionItemsRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateCollectionItemsRequest = /* @__PURE__ */ $.validator(isUpdateCollectionItemsRequest, updateCollectionItemsRequestSchema, EXPLAIN_ALL_OF_ARRAY_OBJECT_STRING_DATE_TIME);
/**
 * Checks the 202 response body of `client.items.createBulk`.
 */
export const validateBulkCreateCollectionItemsResult = validateBulkCollectionItem;
/**
 * Checks a request body of `client.items.createBulk`; the client runs it before sending.
 */
export const validateBulkCreateCollectionItemsBody = validateBulkCreateCollectionItemsRequest;
/**
 * Create Collection Items: {@link ItemsApi.createBulk | client.items.createBulk} as a function of the core, so that a program importing only it bundles only it.
 */
export function bulkCreateCollectionItems(core, params, options) {
	return core.request({
		operationId: "bulkCreateCollectionItems",
		method: "POST",
		path: "/collections/{collection_id}/items/bulk",
		pathParams: { collection_id: params.collection_id },
		query: { skipInvalidFiles: params.skipInvalidFiles },
		body: params.body,
		validateBody: validateBulkCreateCollectionItemsBody,
		responseKind: "json",
		validate: validateBulkCreateCollectionItemsResult
	}, options);
}
/**
 * Checks the 202 response body of `client.items.create`.
 */
export const validateCreateCollectionItemsResult = validateCollectionItemOrBatch;
/**
 * Checks a request body of `client.items.create`; the client runs it before sending.
 */
export const validateCreateCollectionItemsBody = validateCreateCollectionItemsRequest;
/**
 * Create Collection Item(s): {@link ItemsApi.create | client.items.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createCollectionItems(core, params, options) {
	return core.request({
		operationId: "createCollectionItems",
		method: "POST",
		path: "/collections/{collection_id}/items",
		pathParams: { collection_id: params.collection_id },
		query: { skipInvalidFiles: params.skipInvalidFiles },
		body: params.body,
		validateBody: validateCreateCollectionItemsBody,
		responseKind: "json",
		validate: validateCreateCollectionItemsResult
	}, options);
}
/**
 * Checks the 202 response body of `client.items.createLive`.
 */
export const validateCreateLiveCollectionItemsResult = validateCollectionItemOrBatch;
/**
 * Checks a request body of `client.items.createLive`; the client runs it before sending.
 */
export const validateCreateLiveCollectionItemsBody = validateCreateCollectionItemsRequest;
/**
 * Create Live Collection Item(s): {@link ItemsApi.createLive | client.items.createLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function createLiveCollectionItems(core, params, options) {
	return core.request({
		operationId: "createLiveCollectionItems",
		method: "POST",
		path: "/collections/{collection_id}/items/live",
		pathParams: { collection_id: params.collection_id },
		query: { skipInvalidFiles: params.skipInvalidFiles },
		body: params.body,
		validateBody: validateCreateLiveCollectionItemsBody,
		responseKind: "json",
		validate: validateCreateLiveCollectionItemsResult
	}, options);
}
/**
 * Delete Collection Item: {@link ItemsApi.remove | client.items.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteCollectionItem(core, params, options) {
	return core.request({
		operationId: "deleteCollectionItem",
		method: "DELETE",
		path: "/collections/{collection_id}/items/{item_id}",
		pathParams: {
			collection_id: params.collection_id,
			item_id: params.item_id
		},
		query: { cmsLocaleId: params.cmsLocaleId },
		responseKind: "empty"
	}, options);
}
/**
 * Checks a request body of `client.items.removeMany`; the client runs it before sending.
 */
export const validateDeleteCollectionItemsBody = validateCollectionItemRefList;
/**
 * Delete Collection Items: {@link ItemsApi.removeMany | client.items.removeMany} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteCollectionItems(core, params, options) {
	return core.request({
		operationId: "deleteCollectionItems",
		method: "DELETE",
		path: "/collections/{collection_id}/items",
		pathParams: { collection_id: params.collection_id },
		body: params.body,
		validateBody: validateDeleteCollectionItemsBody,
		responseKind: "empty"
	}, options);
}
/**
 * Checks the 200 response body of `client.items.get`.
 */
export const validateGetCollectionItemResult = validateCollectionItem;
/**
 * Get Collection Item: {@link ItemsApi.get | client.items.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getCollectionItem(core, params, options) {
	return core.request({
		operationId: "getCollectionItem",
		method: "GET",
		path: "/collections/{collection_id}/items/{item_id}",
		pathParams: {
			collection_id: params.collection_id,
			item_id: params.item_id
		},
		query: { cmsLocaleId: params.cmsLocaleId },
		responseKind: "json",
		validate: validateGetCollectionItemResult
	}, options);
}
/**
 * Checks the 200 response body of `client.items.getLive`.
 */
export const validateGetLiveCollectionItemResult = validateCollectionItem;
/**
 * Get Live Collection Item: {@link ItemsApi.getLive | client.items.getLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function getLiveCollectionItem(core, params, options) {
	return core.request({
		operationId: "getLiveCollectionItem",
		method: "GET",
		path: "/collections/{collection_id}/items/{item_id}/live",
		pathParams: {
			collection_id: params.collection_id,
			item_id: params.item_id
		},
		query: { cmsLocaleId: params.cmsLocaleId },
		responseKind: "json",
		validate: validateGetLiveCollectionItemResult
	}, options);
}
/**
 * Checks the 200 response body of `client.items.list`.
 */
export const validateListCollectionItemsResult = validateCollectionItemList;
/**
 * List Collection Items: {@link ItemsApi.list | client.items.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listCollectionItems(core, params, options) {
	return core.request({
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
			sortOrder: params.sortOrder
		},
		responseKind: "json",
		validate: validateListCollectionItemsResult
	}, options);
}
/**
 * Checks the 200 response body of `client.items.listLive`.
 */
export const validateListLiveCollectionItemsResult = validateCollectionItemList;
/**
 * List Live Collection Items: {@link ItemsApi.listLive | client.items.listLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function listLiveCollectionItems(core, params, options) {
	return core.request({
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
			sortOrder: params.sortOrder
		},
		responseKind: "json",
		validate: validateListLiveCollectionItemsResult
	}, options);
}
/**
 * Checks the 202 response body of `client.items.publish`.
 */
export const validatePublishCollectionItemsResult = validatePublishItemsResponse;
/**
 * Checks a request body of `client.items.publish`; the client runs it before sending.
 */
export const validatePublishCollectionItemsBody = validatePublishItemsRequest;
/**
 * Publish Collection Item: {@link ItemsApi.publish | client.items.publish} as a function of the core, so that a program importing only it bundles only it.
 */
export function publishCollectionItems(core, params, options) {
	return core.request({
		operationId: "publishCollectionItems",
		method: "POST",
		path: "/collections/{collection_id}/items/publish",
		pathParams: { collection_id: params.collection_id },
		body: params.body,
		validateBody: validatePublishCollectionItemsBody,
		responseKind: "json",
		validate: validatePublishCollectionItemsResult
	}, options);
}
/**
 * Unpublish Live Collection Item: {@link ItemsApi.unpublish | client.items.unpublish} as a function of the core, so that a program importing only it bundles only it.
 */
export function unpublishLiveCollectionItem(core, params, options) {
	return core.request({
		operationId: "unpublishLiveCollectionItem",
		method: "DELETE",
		path: "/collections/{collection_id}/items/{item_id}/live",
		pathParams: {
			collection_id: params.collection_id,
			item_id: params.item_id
		},
		query: { cmsLocaleId: params.cmsLocaleId },
		responseKind: "empty"
	}, options);
}
/**
 * Checks a request body of `client.items.unpublishMany`; the client runs it before sending.
 */
export const validateUnpublishLiveCollectionItemsBody = validateCollectionItemRefList;
/**
 * Unpublish Live Collection Items: {@link ItemsApi.unpublishMany | client.items.unpublishMany} as a function of the core, so that a program importing only it bundles only it.
 */
export function unpublishLiveCollectionItems(core, params, options) {
	return core.request({
		operationId: "unpublishLiveCollectionItems",
		method: "DELETE",
		path: "/collections/{collection_id}/items/live",
		pathParams: { collection_id: params.collection_id },
		body: params.body,
		validateBody: validateUnpublishLiveCollectionItemsBody,
		responseKind: "empty"
	}, options);
}
/**
 * Checks the 200 response body of `client.items.update`.
 */
export const validateUpdateCollectionItemResult = validateCollectionItem;
/**
 * Checks a request body of `client.items.update`; the client runs it before sending.
 */
export const validateUpdateCollectionItemBody = validateCollectionItemUpdate;
/**
 * Update Collection Item: {@link ItemsApi.update | client.items.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateCollectionItem(core, params, options) {
	return core.request({
		operationId: "updateCollectionItem",
		method: "PATCH",
		path: "/collections/{collection_id}/items/{item_id}",
		pathParams: {
			collection_id: params.collection_id,
			item_id: params.item_id
		},
		query: { skipInvalidFiles: params.skipInvalidFiles },
		body: params.body,
		validateBody: validateUpdateCollectionItemBody,
		responseKind: "json",
		validate: validateUpdateCollectionItemResult
	}, options);
}
/**
 * Checks the 200 response body of `client.items.updateMany`.
 */
export const validateUpdateCollectionItemsResult = validateCollectionItemOrBatch;
/**
 * Checks a request body of `client.items.updateMany`; the client runs it before sending.
 */
export const validateUpdateCollectionItemsBody = validateUpdateCollectionItemsRequest;
/**
 * Update Collection Items: {@link ItemsApi.updateMany | client.items.updateMany} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateCollectionItems(core, params, options) {
	return core.request({
		operationId: "updateCollectionItems",
		method: "PATCH",
		path: "/collections/{collection_id}/items",
		pathParams: { collection_id: params.collection_id },
		query: { skipInvalidFiles: params.skipInvalidFiles },
		body: params.body,
		validateBody: validateUpdateCollectionItemsBody,
		responseKind: "json",
		validate: validateUpdateCollectionItemsResult
	}, options);
}
/**
 * Checks the 200 response body of `client.items.updateLive`.
 */
export const validateUpdateLiveCollectionItemResult = validateCollectionItem;
/**
 * Checks a request body of `client.items.updateLive`; the client runs it before sending.
 */
export const validateUpdateLiveCollectionItemBody = validateCollectionItemUpdate;
/**
 * Update Live Collection Item: {@link ItemsApi.updateLive | client.items.updateLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateLiveCollectionItem(core, params, options) {
	return core.request({
		operationId: "updateLiveCollectionItem",
		method: "PATCH",
		path: "/collections/{collection_id}/items/{item_id}/live",
		pathParams: {
			collection_id: params.collection_id,
			item_id: params.item_id
		},
		query: { skipInvalidFiles: params.skipInvalidFiles },
		body: params.body,
		validateBody: validateUpdateLiveCollectionItemBody,
		responseKind: "json",
		validate: validateUpdateLiveCollectionItemResult
	}, options);
}
/**
 * Checks the 200 response body of `client.items.updateManyLive`.
 */
export const validateUpdateLiveCollectionItemsResult = validateCollectionItemBatch;
/**
 * Checks a request body of `client.items.updateManyLive`; the client runs it before sending.
 */
export const validateUpdateLiveCollectionItemsBody = validateUpdateCollectionItemsRequest;
/**
 * Update Live Collection Items: {@link ItemsApi.updateManyLive | client.items.updateManyLive} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateLiveCollectionItems(core, params, options) {
	return core.request({
		operationId: "updateLiveCollectionItems",
		method: "PATCH",
		path: "/collections/{collection_id}/items/live",
		pathParams: { collection_id: params.collection_id },
		query: { skipInvalidFiles: params.skipInvalidFiles },
		body: params.body,
		validateBody: validateUpdateLiveCollectionItemsBody,
		responseKind: "json",
		validate: validateUpdateLiveCollectionItemsResult
	}, options);
}
/**
 * Items operations: List, read, create, update, delete, publish and unpublish the items of a CMS collection, staged or live.
 *
 * Reached as `client.items`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class ItemsApi {
	#core;
	constructor(core) {
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
	createBulk(params, options) {
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
	create(params, options) {
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
	createLive(params, options) {
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
	remove(params, options) {
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
	removeMany(params, options) {
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
	get(params, options) {
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
	getLive(params, options) {
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
	list(params, options) {
		return listCollectionItems(this.#core, params, options);
	}
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.items.iterate(params)) console.log(item);
	 */
	iterate(params, options) {
		return $.paginate(async (offset) => {
			const page = await listCollectionItems(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.items,
				pagination: page.pagination
			};
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
	listLive(params, options) {
		return listLiveCollectionItems(this.#core, params, options);
	}
	/**
	 * Every item of `listLive` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.items.iterateLive(params)) console.log(item);
	 */
	iterateLive(params, options) {
		return $.paginate(async (offset) => {
			const page = await listLiveCollectionItems(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.items,
				pagination: page.pagination
			};
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
	publish(params, options) {
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
	unpublish(params, options) {
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
	unpublishMany(params, options) {
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
	update(params, options) {
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
	updateMany(params, options) {
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
	updateLive(params, options) {
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
	updateManyLive(params, options) {
		return updateLiveCollectionItems(this.#core, params, options);
	}
}
