/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { commentThreadUserSchema, isCommentThreadUser } from "./comments.js";
import { EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME, EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME, EXPLAIN_ARRAY_ENUM_OBJECT, EXPLAIN_ARRAY_ENUM_OBJECT_STRING, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME_EMAIL_URI, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION, EXPLAIN_ARRAY_OBJECT, EXPLAIN_ARRAY_OBJECT_STRING_UNION, EXPLAIN_ARRAY_OBJECT_UNION, EXPLAIN_ENUM_OBJECT, EXPLAIN_ENUM_OBJECT_STRING, EXPLAIN_ENUM_OBJECT_STRING_DATE_TIME, EXPLAIN_NUMBER_OBJECT, EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING, EXPLAIN_OBJECT_STRING_DATE_TIME, EXPLAIN_STRING, EXPLAIN_STRING_DATE_TIME, EXPLAIN_TYPES } from "./explainers.js";
import { inventorySchema, isInventory } from "./inventory.js";
import { isItemFieldData, itemFieldDataSchema } from "./items.js";
import { isOrder, orderSchema } from "./orders.js";
const COMPONENT_INSTANCE_NODE_UPDATE_KEYS = /* @__PURE__ */ new Set(["nodeId", "propertyOverrides"]);
const CREATE_OPTION_FIELD_REQUEST_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
const CREATE_STATIC_FIELD_REQUEST_TYPE_VALUES = /* @__PURE__ */ new Set([
	"Color",
	"DateTime",
	"Email",
	"File",
	"Image",
	"Link",
	"MultiImage",
	"Number",
	"Phone",
	"PlainText",
	"RichText",
	"Switch",
	"VideoLink"
]);
const SEARCH_BUTTON_NODE_UPDATE_KEYS = /* @__PURE__ */ new Set(["nodeId", "value"]);
const SELECT_NODE_UPDATE_KEYS = /* @__PURE__ */ new Set(["nodeId", "choices"]);
const SUBMIT_BUTTON_NODE_UPDATE_KEYS = /* @__PURE__ */ new Set([
	"nodeId",
	"value",
	"waitingText"
]);
const TEXT_INPUT_NODE_UPDATE_KEYS = /* @__PURE__ */ new Set(["nodeId", "placeholder"]);
const TEXT_NODE_UPDATE_KEYS = /* @__PURE__ */ new Set(["nodeId", "text"]);
const UNKNOWN_DOM_NODE_TYPE_PATTERN = /* @__PURE__ */ new RegExp("^(?!(?:text|image|component-instance|text-input|select|submit-button|search-button)$)", "u");
/**
 * Whether `value` is a {@link CollectionItemChangedEvent}; the fast check {@link validateCollectionItemChangedEvent} runs before explaining a failure.
 */
export function isCollectionItemChangedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "collection_item_changed" && isCollectionItemSavedEventPayload(value.payload);
}
/**
 * The CollectionItemChangedEvent schema as data: what {@link validateCollectionItemChangedEvent} walks to say why a value failed.
 */
export const collectionItemChangedEventSchema = {
	kind: "object",
	title: "CollectionItemChangedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["collection_item_changed"]
		},
		payload: () => collectionItemSavedEventPayloadSchema
	},
	required: ["triggerType", "payload"]
};
/**
 * Checks that `value` is a {@link CollectionItemChangedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemChangedEvent = /* @__PURE__ */ $.validator(isCollectionItemChangedEvent, collectionItemChangedEventSchema, EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CollectionItemCreatedEvent}; the fast check {@link validateCollectionItemCreatedEvent} runs before explaining a failure.
 */
export function isCollectionItemCreatedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "collection_item_created" && isCollectionItemSavedEventPayload(value.payload);
}
/**
 * The CollectionItemCreatedEvent schema as data: what {@link validateCollectionItemCreatedEvent} walks to say why a value failed.
 */
export const collectionItemCreatedEventSchema = {
	kind: "object",
	title: "CollectionItemCreatedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["collection_item_created"]
		},
		payload: () => collectionItemSavedEventPayloadSchema
	},
	required: ["triggerType", "payload"]
};
/**
 * Checks that `value` is a {@link CollectionItemCreatedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemCreatedEvent = /* @__PURE__ */ $.validator(isCollectionItemCreatedEvent, collectionItemCreatedEventSchema, EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CollectionItemDeletedEvent}; the fast check {@link validateCollectionItemDeletedEvent} runs before explaining a failure.
 */
export function isCollectionItemDeletedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "collection_item_deleted" && (value.payload === undefined || isCollectionItemEventPayload(value.payload));
}
/**
 * The CollectionItemDeletedEvent schema as data: what {@link validateCollectionItemDeletedEvent} walks to say why a value failed.
 */
export const collectionItemDeletedEventSchema = {
	kind: "object",
	title: "CollectionItemDeletedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["collection_item_deleted"]
		},
		payload: () => collectionItemEventPayloadSchema
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link CollectionItemDeletedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemDeletedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemDeletedEvent = /* @__PURE__ */ $.validator(isCollectionItemDeletedEvent, collectionItemDeletedEventSchema, EXPLAIN_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CollectionItemEventPayload}; the fast check {@link validateCollectionItemEventPayload} runs before explaining a failure.
 */
export function isCollectionItemEventPayload(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.siteId === undefined || typeof value.siteId === "string") && (value.workspaceId === undefined || typeof value.workspaceId === "string") && (value.collectionId === undefined || typeof value.collectionId === "string") && (value.cmsLocaleId === undefined || value.cmsLocaleId === null || typeof value.cmsLocaleId === "string") && (value.lastPublished === undefined || value.lastPublished === null || typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished)) && (value.lastUpdated === undefined || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.isArchived === undefined || typeof value.isArchived === "boolean") && (value.isDraft === undefined || typeof value.isDraft === "boolean") && (value.fieldData === undefined || isItemFieldData(value.fieldData));
}
/**
 * The CollectionItemEventPayload schema as data: what {@link validateCollectionItemEventPayload} walks to say why a value failed.
 */
export const collectionItemEventPayloadSchema = {
	kind: "object",
	title: "CollectionItemEventPayload",
	properties: {
		id: { kind: "string" },
		siteId: { kind: "string" },
		workspaceId: { kind: "string" },
		collectionId: { kind: "string" },
		cmsLocaleId: {
			kind: "string",
			nullable: true
		},
		lastPublished: {
			kind: "string",
			nullable: true,
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
	}
};
/**
 * Checks that `value` is a {@link CollectionItemEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemEventPayload = /* @__PURE__ */ $.validator(isCollectionItemEventPayload, collectionItemEventPayloadSchema, EXPLAIN_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CollectionItemPublishedEvent}; the fast check {@link validateCollectionItemPublishedEvent} runs before explaining a failure.
 */
export function isCollectionItemPublishedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "collection_item_published" && (value.payload === undefined || isCollectionItemEventPayload(value.payload));
}
/**
 * The CollectionItemPublishedEvent schema as data: what {@link validateCollectionItemPublishedEvent} walks to say why a value failed.
 */
export const collectionItemPublishedEventSchema = {
	kind: "object",
	title: "CollectionItemPublishedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["collection_item_published"]
		},
		payload: () => collectionItemEventPayloadSchema
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link CollectionItemPublishedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemPublishedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemPublishedEvent = /* @__PURE__ */ $.validator(isCollectionItemPublishedEvent, collectionItemPublishedEventSchema, EXPLAIN_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CollectionItemSavedEventPayload}; the fast check {@link validateCollectionItemSavedEventPayload} runs before explaining a failure.
 */
export function isCollectionItemSavedEventPayload(value) {
	return $.isPlainObject(value) && value.id !== undefined && value.workspaceId !== undefined && value.siteId !== undefined && value.collectionId !== undefined && value.fieldData !== undefined && isCollectionItemEventPayload(value);
}
/**
 * The CollectionItemSavedEventPayload schema as data: what {@link validateCollectionItemSavedEventPayload} walks to say why a value failed.
 */
export const collectionItemSavedEventPayloadSchema = {
	kind: "allOf",
	title: "CollectionItemSavedEventPayload",
	of: [{
		kind: "object",
		required: [
			"id",
			"workspaceId",
			"siteId",
			"collectionId",
			"fieldData"
		]
	}, {
		kind: "allOf",
		of: [() => collectionItemEventPayloadSchema]
	}]
};
/**
 * Checks that `value` is a {@link CollectionItemSavedEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemSavedEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemSavedEventPayload = /* @__PURE__ */ $.validator(isCollectionItemSavedEventPayload, collectionItemSavedEventPayloadSchema, EXPLAIN_ALL_OF_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CollectionItemUnpublishedEvent}; the fast check {@link validateCollectionItemUnpublishedEvent} runs before explaining a failure.
 */
export function isCollectionItemUnpublishedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "collection_item_unpublished" && (value.payload === undefined || isCollectionItemEventPayload(value.payload));
}
/**
 * The CollectionItemUnpublishedEvent schema as data: what {@link validateCollectionItemUnpublishedEvent} walks to say why a value failed.
 */
export const collectionItemUnpublishedEventSchema = {
	kind: "object",
	title: "CollectionItemUnpublishedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["collection_item_unpublished"]
		},
		payload: () => collectionItemEventPayloadSchema
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link CollectionItemUnpublishedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUnpublishedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCollectionItemUnpublishedEvent = /* @__PURE__ */ $.validator(isCollectionItemUnpublishedEvent, collectionItemUnpublishedEventSchema, EXPLAIN_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link CommentCreatedEvent}; the fast check {@link validateCommentCreatedEvent} runs before explaining a failure.
 */
export function isCommentCreatedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "comment_created" && (value.payload === undefined || isCommentCreatedEventPayload(value.payload));
}
/**
 * The CommentCreatedEvent schema as data: what {@link validateCommentCreatedEvent} walks to say why a value failed.
 */
export const commentCreatedEventSchema = {
	kind: "object",
	title: "CommentCreatedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["comment_created"]
		},
		payload: () => commentCreatedEventPayloadSchema
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link CommentCreatedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CommentCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentCreatedEvent = /* @__PURE__ */ $.validator(isCommentCreatedEvent, commentCreatedEventSchema, EXPLAIN_ARRAY_ENUM_OBJECT);
/**
 * Whether `value` is a {@link CommentCreatedEventPayload}; the fast check {@link validateCommentCreatedEventPayload} runs before explaining a failure.
 */
export function isCommentCreatedEventPayload(value) {
	return $.isPlainObject(value) && typeof value.threadId === "string" && typeof value.commentId === "string" && typeof value.type === "string" && typeof value.siteId === "string" && typeof value.pageId === "string" && (value.localeId === null || typeof value.localeId === "string") && typeof value.breakpoint === "string" && typeof value.url === "string" && typeof value.content === "string" && typeof value.isResolved === "boolean" && isCommentThreadUser(value.author) && isCommentCreatedEventPayload_mentionedUsers(value.mentionedUsers) && typeof value.createdOn === "string" && typeof value.lastUpdated === "string";
}
function isCommentCreatedEventPayload_mentionedUsers(value) {
	return Array.isArray(value) && value.every(isCommentThreadUser);
}
/**
 * The CommentCreatedEventPayload schema as data: what {@link validateCommentCreatedEventPayload} walks to say why a value failed.
 */
export const commentCreatedEventPayloadSchema = {
	kind: "object",
	title: "CommentCreatedEventPayload",
	properties: {
		threadId: { kind: "string" },
		commentId: { kind: "string" },
		type: { kind: "string" },
		siteId: { kind: "string" },
		pageId: { kind: "string" },
		localeId: {
			kind: "string",
			nullable: true
		},
		breakpoint: { kind: "string" },
		url: { kind: "string" },
		content: { kind: "string" },
		isResolved: { kind: "boolean" },
		author: () => commentThreadUserSchema,
		mentionedUsers: {
			kind: "array",
			items: () => commentThreadUserSchema
		},
		createdOn: { kind: "string" },
		lastUpdated: { kind: "string" }
	},
	required: [
		"threadId",
		"commentId",
		"type",
		"siteId",
		"pageId",
		"localeId",
		"breakpoint",
		"url",
		"content",
		"isResolved",
		"author",
		"mentionedUsers",
		"createdOn",
		"lastUpdated"
	]
};
/**
 * Checks that `value` is a {@link CommentCreatedEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link CommentCreatedEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCommentCreatedEventPayload = /* @__PURE__ */ $.validator(isCommentCreatedEventPayload, commentCreatedEventPayloadSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link ComponentInstanceNode}; the fast check {@link validateComponentInstanceNode} runs before explaining a failure.
 */
export function isComponentInstanceNode(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.type === "string" && value.type === "component-instance" && typeof value.componentId === "string" && isComponentInstanceNode_propertyOverrides(value.propertyOverrides);
}
function isComponentInstanceNode_propertyOverrides(value) {
	return Array.isArray(value) && value.every(isComponentProperty);
}
/**
 * The ComponentInstanceNode schema as data: what {@link validateComponentInstanceNode} walks to say why a value failed.
 */
export const componentInstanceNodeSchema = {
	kind: "object",
	title: "ComponentInstanceNode",
	properties: {
		id: { kind: "string" },
		type: {
			kind: "string",
			enum: ["component-instance"]
		},
		componentId: { kind: "string" },
		propertyOverrides: {
			kind: "array",
			items: () => componentPropertySchema
		}
	},
	required: [
		"id",
		"type",
		"componentId",
		"propertyOverrides"
	]
};
/**
 * Checks that `value` is a {@link ComponentInstanceNode}.
 * @returns `{ ok: true, value }` typed as {@link ComponentInstanceNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentInstanceNode = /* @__PURE__ */ $.validator(isComponentInstanceNode, componentInstanceNodeSchema, EXPLAIN_ARRAY_ENUM_OBJECT);
/**
 * Whether `value` is a {@link ComponentInstanceNodeUpdate}; the fast check {@link validateComponentInstanceNodeUpdate} runs before explaining a failure.
 */
export function isComponentInstanceNodeUpdate(value) {
	return $.isPlainObject(value) && typeof value.nodeId === "string" && isComponentInstanceNodeUpdate_propertyOverrides(value.propertyOverrides) && $.extrasMatch(value, COMPONENT_INSTANCE_NODE_UPDATE_KEYS, [], false);
}
function isComponentInstanceNodeUpdate_propertyOverrides(value) {
	return Array.isArray(value) && value.every(isComponentPropertyUpdate);
}
/**
 * The ComponentInstanceNodeUpdate schema as data: what {@link validateComponentInstanceNodeUpdate} walks to say why a value failed.
 */
export const componentInstanceNodeUpdateSchema = {
	kind: "object",
	title: "ComponentInstanceNodeUpdate",
	properties: {
		nodeId: { kind: "string" },
		propertyOverrides: {
			kind: "array",
			items: () => componentPropertyUpdateSchema
		}
	},
	required: ["nodeId", "propertyOverrides"],
	additionalProperties: false
};
/**
 * Checks that `value` is a {@link ComponentInstanceNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link ComponentInstanceNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentInstanceNodeUpdate = /* @__PURE__ */ $.validator(isComponentInstanceNodeUpdate, componentInstanceNodeUpdateSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link ComponentProperty}; the fast check {@link validateComponentProperty} runs before explaining a failure.
 */
export function isComponentProperty(value) {
	return $.isPlainObject(value) && typeof value.propertyId === "string" && typeof value.type === "string" && typeof value.label === "string" && isDomText(value.text);
}
/**
 * The ComponentProperty schema as data: what {@link validateComponentProperty} walks to say why a value failed.
 */
export const componentPropertySchema = {
	kind: "object",
	title: "ComponentProperty",
	properties: {
		propertyId: { kind: "string" },
		type: { kind: "string" },
		label: { kind: "string" },
		text: () => domTextSchema
	},
	required: [
		"propertyId",
		"type",
		"label",
		"text"
	]
};
/**
 * Checks that `value` is a {@link ComponentProperty}.
 * @returns `{ ok: true, value }` typed as {@link ComponentProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentProperty = /* @__PURE__ */ $.validator(isComponentProperty, componentPropertySchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link ComponentPropertyUpdate}; the fast check {@link validateComponentPropertyUpdate} runs before explaining a failure.
 */
export function isComponentPropertyUpdate(value) {
	return $.isPlainObject(value) && typeof value.propertyId === "string" && typeof value.text === "string";
}
/**
 * The ComponentPropertyUpdate schema as data: what {@link validateComponentPropertyUpdate} walks to say why a value failed.
 */
export const componentPropertyUpdateSchema = {
	kind: "object",
	title: "ComponentPropertyUpdate",
	properties: {
		propertyId: { kind: "string" },
		text: { kind: "string" }
	},
	required: ["propertyId", "text"]
};
/**
 * Checks that `value` is a {@link ComponentPropertyUpdate}.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateComponentPropertyUpdate = /* @__PURE__ */ $.validator(isComponentPropertyUpdate, componentPropertyUpdateSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link ContentUpdateResponse}; the fast check {@link validateContentUpdateResponse} runs before explaining a failure.
 */
export function isContentUpdateResponse(value) {
	return $.isPlainObject(value) && isContentUpdateResponse_errors(value.errors);
}
function isContentUpdateResponse_errors_item(value) {
	return typeof value === "string";
}
function isContentUpdateResponse_errors(value) {
	return Array.isArray(value) && value.every(isContentUpdateResponse_errors_item);
}
/**
 * The ContentUpdateResponse schema as data: what {@link validateContentUpdateResponse} walks to say why a value failed.
 */
export const contentUpdateResponseSchema = {
	kind: "object",
	title: "ContentUpdateResponse",
	properties: { errors: {
		kind: "array",
		items: { kind: "string" }
	} },
	required: ["errors"]
};
/**
 * Checks that `value` is a {@link ContentUpdateResponse}.
 * @returns `{ ok: true, value }` typed as {@link ContentUpdateResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateContentUpdateResponse = /* @__PURE__ */ $.validator(isContentUpdateResponse, contentUpdateResponseSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link CreateFieldRequest}; the fast check {@link validateCreateFieldRequest} runs before explaining a failure.
 */
export function isCreateFieldRequest(value) {
	return Number(isCreateStaticFieldRequest(value)) + Number(isCreateOptionFieldRequest(value)) + Number(isCreateReferenceFieldRequest(value)) === 1;
}
/**
 * The CreateFieldRequest schema as data: what {@link validateCreateFieldRequest} walks to say why a value failed.
 */
export const createFieldRequestSchema = {
	kind: "oneOf",
	title: "CreateFieldRequest",
	of: [
		() => createStaticFieldRequestSchema,
		() => createOptionFieldRequestSchema,
		() => createReferenceFieldRequestSchema
	]
};
/**
 * Checks that `value` is a {@link CreateFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateFieldRequest = /* @__PURE__ */ $.validator(isCreateFieldRequest, createFieldRequestSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link CreateOptionFieldRequest}; the fast check {@link validateCreateOptionFieldRequest} runs before explaining a failure.
 */
export function isCreateOptionFieldRequest(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && CREATE_OPTION_FIELD_REQUEST_ID_PATTERN.test(value.id)) && (value.isEditable === undefined || typeof value.isEditable === "boolean") && (value.isRequired === undefined || typeof value.isRequired === "boolean") && typeof value.type === "string" && value.type === "Option" && typeof value.displayName === "string" && (value.helpText === undefined || typeof value.helpText === "string") && isCreateOptionFieldRequest_metadata(value.metadata);
}
function isCreateOptionFieldRequest_metadata_options_item(value) {
	return $.isPlainObject(value) && typeof value.name === "string" && (value.id === undefined || typeof value.id === "string");
}
function isCreateOptionFieldRequest_metadata_options(value) {
	return Array.isArray(value) && value.every(isCreateOptionFieldRequest_metadata_options_item);
}
function isCreateOptionFieldRequest_metadata(value) {
	return $.isPlainObject(value) && isCreateOptionFieldRequest_metadata_options(value.options);
}
/**
 * The CreateOptionFieldRequest schema as data: what {@link validateCreateOptionFieldRequest} walks to say why a value failed.
 */
export const createOptionFieldRequestSchema = {
	kind: "object",
	title: "CreateOptionFieldRequest",
	properties: {
		id: {
			kind: "string",
			pattern: CREATE_OPTION_FIELD_REQUEST_ID_PATTERN
		},
		isEditable: { kind: "boolean" },
		isRequired: { kind: "boolean" },
		type: {
			kind: "string",
			enum: ["Option"]
		},
		displayName: { kind: "string" },
		helpText: { kind: "string" },
		metadata: {
			kind: "object",
			properties: { options: {
				kind: "array",
				items: {
					kind: "object",
					properties: {
						name: { kind: "string" },
						id: { kind: "string" }
					},
					required: ["name"]
				}
			} },
			required: ["options"]
		}
	},
	required: [
		"type",
		"displayName",
		"metadata"
	]
};
/**
 * Checks that `value` is a {@link CreateOptionFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateOptionFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateOptionFieldRequest = /* @__PURE__ */ $.validator(isCreateOptionFieldRequest, createOptionFieldRequestSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING);
/**
 * Whether `value` is a {@link CreateReferenceFieldRequest}; the fast check {@link validateCreateReferenceFieldRequest} runs before explaining a failure.
 */
export function isCreateReferenceFieldRequest(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && CREATE_OPTION_FIELD_REQUEST_ID_PATTERN.test(value.id)) && (value.isEditable === undefined || typeof value.isEditable === "boolean") && (value.isRequired === undefined || typeof value.isRequired === "boolean") && typeof value.type === "string" && (value.type === "MultiReference" || value.type === "Reference") && typeof value.displayName === "string" && (value.helpText === undefined || typeof value.helpText === "string") && isCreateReferenceFieldRequest_metadata(value.metadata);
}
function isCreateReferenceFieldRequest_metadata(value) {
	return $.isPlainObject(value) && typeof value.collectionId === "string";
}
/**
 * The CreateReferenceFieldRequest schema as data: what {@link validateCreateReferenceFieldRequest} walks to say why a value failed.
 */
export const createReferenceFieldRequestSchema = {
	kind: "object",
	title: "CreateReferenceFieldRequest",
	properties: {
		id: {
			kind: "string",
			pattern: CREATE_OPTION_FIELD_REQUEST_ID_PATTERN
		},
		isEditable: { kind: "boolean" },
		isRequired: { kind: "boolean" },
		type: {
			kind: "string",
			enum: ["MultiReference", "Reference"]
		},
		displayName: { kind: "string" },
		helpText: { kind: "string" },
		metadata: {
			kind: "object",
			properties: { collectionId: { kind: "string" } },
			required: ["collectionId"]
		}
	},
	required: [
		"type",
		"displayName",
		"metadata"
	]
};
/**
 * Checks that `value` is a {@link CreateReferenceFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateReferenceFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateReferenceFieldRequest = /* @__PURE__ */ $.validator(isCreateReferenceFieldRequest, createReferenceFieldRequestSchema, EXPLAIN_ENUM_OBJECT_STRING);
/**
 * Whether `value` is a {@link CreateStaticFieldRequest}; the fast check {@link validateCreateStaticFieldRequest} runs before explaining a failure.
 */
export function isCreateStaticFieldRequest(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && CREATE_OPTION_FIELD_REQUEST_ID_PATTERN.test(value.id)) && (value.isEditable === undefined || typeof value.isEditable === "boolean") && (value.isRequired === undefined || typeof value.isRequired === "boolean") && typeof value.type === "string" && CREATE_STATIC_FIELD_REQUEST_TYPE_VALUES.has(value.type) && typeof value.displayName === "string" && (value.helpText === undefined || typeof value.helpText === "string");
}
/**
 * The CreateStaticFieldRequest schema as data: what {@link validateCreateStaticFieldRequest} walks to say why a value failed.
 */
export const createStaticFieldRequestSchema = {
	kind: "object",
	title: "CreateStaticFieldRequest",
	properties: {
		id: {
			kind: "string",
			pattern: CREATE_OPTION_FIELD_REQUEST_ID_PATTERN
		},
		isEditable: { kind: "boolean" },
		isRequired: { kind: "boolean" },
		type: {
			kind: "string",
			enum: [
				"Color",
				"DateTime",
				"Email",
				"File",
				"Image",
				"Link",
				"MultiImage",
				"Number",
				"Phone",
				"PlainText",
				"RichText",
				"Switch",
				"VideoLink"
			]
		},
		displayName: { kind: "string" },
		helpText: { kind: "string" }
	},
	required: ["type", "displayName"]
};
/**
 * Checks that `value` is a {@link CreateStaticFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateStaticFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateStaticFieldRequest = /* @__PURE__ */ $.validator(isCreateStaticFieldRequest, createStaticFieldRequestSchema, EXPLAIN_ENUM_OBJECT_STRING);
/**
 * Whether `value` is a {@link DateTime}; the fast check {@link validateDateTime} runs before explaining a failure.
 */
export function isDateTime(value) {
	return typeof value === "string" && $.isDateTime(value);
}
/**
 * The DateTime schema as data: what {@link validateDateTime} walks to say why a value failed.
 */
export const dateTimeSchema = {
	kind: "string",
	title: "DateTime",
	format: "date-time"
};
/**
 * Checks that `value` is a {@link DateTime}.
 * @returns `{ ok: true, value }` typed as {@link DateTime}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateDateTime = /* @__PURE__ */ $.validator(isDateTime, dateTimeSchema, EXPLAIN_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link DomNode}; the fast check {@link validateDomNode} runs before explaining a failure.
 */
export function isDomNode(value) {
	return Number(isTextNode(value)) + Number(isImageNode(value)) + Number(isComponentInstanceNode(value)) + Number(isTextInputNode(value)) + Number(isSelectNode(value)) + Number(isSubmitButtonNode(value)) + Number(isSearchButtonNode(value)) + Number(isUnknownDomNode(value)) === 1;
}
/**
 * The DomNode schema as data: what {@link validateDomNode} walks to say why a value failed.
 */
export const domNodeSchema = {
	kind: "oneOf",
	title: "DomNode",
	of: [
		() => textNodeSchema,
		() => imageNodeSchema,
		() => componentInstanceNodeSchema,
		() => textInputNodeSchema,
		() => selectNodeSchema,
		() => submitButtonNodeSchema,
		() => searchButtonNodeSchema,
		() => unknownDomNodeSchema
	]
};
/**
 * Checks that `value` is a {@link DomNode}.
 * @returns `{ ok: true, value }` typed as {@link DomNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateDomNode = /* @__PURE__ */ $.validator(isDomNode, domNodeSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link DomNodeUpdate}; the fast check {@link validateDomNodeUpdate} runs before explaining a failure.
 */
export function isDomNodeUpdate(value) {
	return isTextNodeUpdate(value) || isComponentInstanceNodeUpdate(value) || isSelectNodeUpdate(value) || isTextInputNodeUpdate(value) || isSubmitButtonNodeUpdate(value) || isSearchButtonNodeUpdate(value);
}
/**
 * The DomNodeUpdate schema as data: what {@link validateDomNodeUpdate} walks to say why a value failed.
 */
export const domNodeUpdateSchema = {
	kind: "anyOf",
	title: "DomNodeUpdate",
	of: [
		() => textNodeUpdateSchema,
		() => componentInstanceNodeUpdateSchema,
		() => selectNodeUpdateSchema,
		() => textInputNodeUpdateSchema,
		() => submitButtonNodeUpdateSchema,
		() => searchButtonNodeUpdateSchema
	]
};
/**
 * Checks that `value` is a {@link DomNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link DomNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateDomNodeUpdate = /* @__PURE__ */ $.validator(isDomNodeUpdate, domNodeUpdateSchema, EXPLAIN_ARRAY_OBJECT_UNION);
/**
 * Whether `value` is a {@link DomText}; the fast check {@link validateDomText} runs before explaining a failure.
 */
export function isDomText(value) {
	return $.isPlainObject(value) && (value.html === undefined || value.html === null || typeof value.html === "string") && (value.text === undefined || value.text === null || typeof value.text === "string");
}
/**
 * The DomText schema as data: what {@link validateDomText} walks to say why a value failed.
 */
export const domTextSchema = {
	kind: "object",
	title: "DomText",
	properties: {
		html: {
			kind: "string",
			nullable: true
		},
		text: {
			kind: "string",
			nullable: true
		}
	}
};
/**
 * Checks that `value` is a {@link DomText}.
 * @returns `{ ok: true, value }` typed as {@link DomText}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateDomText = /* @__PURE__ */ $.validator(isDomText, domTextSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link DomUpdateRequest}; the fast check {@link validateDomUpdateRequest} runs before explaining a failure.
 */
export function isDomUpdateRequest(value) {
	return $.isPlainObject(value) && isDomUpdateRequest_nodes(value.nodes);
}
function isDomUpdateRequest_nodes(value) {
	return Array.isArray(value) && value.every(isDomNodeUpdate);
}
/**
 * The DomUpdateRequest schema as data: what {@link validateDomUpdateRequest} walks to say why a value failed.
 */
export const domUpdateRequestSchema = {
	kind: "object",
	title: "DomUpdateRequest",
	properties: { nodes: {
		kind: "array",
		items: () => domNodeUpdateSchema
	} },
	required: ["nodes"]
};
/**
 * Checks that `value` is a {@link DomUpdateRequest}.
 * @returns `{ ok: true, value }` typed as {@link DomUpdateRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateDomUpdateRequest = /* @__PURE__ */ $.validator(isDomUpdateRequest, domUpdateRequestSchema, EXPLAIN_ARRAY_OBJECT_UNION);
/**
 * Whether `value` is a {@link EcommInventoryChangedEvent}; the fast check {@link validateEcommInventoryChangedEvent} runs before explaining a failure.
 */
export function isEcommInventoryChangedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "ecomm_inventory_changed" && (value.payload === undefined || isInventory(value.payload));
}
/**
 * The EcommInventoryChangedEvent schema as data: what {@link validateEcommInventoryChangedEvent} walks to say why a value failed.
 */
export const ecommInventoryChangedEventSchema = {
	kind: "object",
	title: "EcommInventoryChangedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["ecomm_inventory_changed"]
		},
		payload: () => inventorySchema
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link EcommInventoryChangedEvent}.
 * @returns `{ ok: true, value }` typed as {@link EcommInventoryChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateEcommInventoryChangedEvent = /* @__PURE__ */ $.validator(isEcommInventoryChangedEvent, ecommInventoryChangedEventSchema, EXPLAIN_ENUM_OBJECT_STRING);
/**
 * Whether `value` is a {@link EcommNewOrderEvent}; the fast check {@link validateEcommNewOrderEvent} runs before explaining a failure.
 */
export function isEcommNewOrderEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "ecomm_new_order" && (value.payload === undefined || isOrder(value.payload));
}
/**
 * The EcommNewOrderEvent schema as data: what {@link validateEcommNewOrderEvent} walks to say why a value failed.
 */
export const ecommNewOrderEventSchema = {
	kind: "object",
	title: "EcommNewOrderEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["ecomm_new_order"]
		},
		payload: () => orderSchema
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link EcommNewOrderEvent}.
 * @returns `{ ok: true, value }` typed as {@link EcommNewOrderEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateEcommNewOrderEvent = /* @__PURE__ */ $.validator(isEcommNewOrderEvent, ecommNewOrderEventSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME_EMAIL_URI);
/**
 * Whether `value` is a {@link EcommOrderChangedEvent}; the fast check {@link validateEcommOrderChangedEvent} runs before explaining a failure.
 */
export function isEcommOrderChangedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "ecomm_order_changed" && (value.payload === undefined || isOrder(value.payload));
}
/**
 * The EcommOrderChangedEvent schema as data: what {@link validateEcommOrderChangedEvent} walks to say why a value failed.
 */
export const ecommOrderChangedEventSchema = {
	kind: "object",
	title: "EcommOrderChangedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["ecomm_order_changed"]
		},
		payload: () => orderSchema
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link EcommOrderChangedEvent}.
 * @returns `{ ok: true, value }` typed as {@link EcommOrderChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateEcommOrderChangedEvent = /* @__PURE__ */ $.validator(isEcommOrderChangedEvent, ecommOrderChangedEventSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME_EMAIL_URI);
/**
 * Whether `value` is a {@link ErrorSchema}; the fast check {@link validateErrorSchema} runs before explaining a failure.
 */
export function isErrorSchema(value) {
	return $.isPlainObject(value) && isErrorCode(value.code) && typeof value.message === "string" && (value.externalReference === undefined || value.externalReference === null || typeof value.externalReference === "string") && (value.details === undefined || isErrorSchema_details(value.details));
}
function isErrorSchema_details_item(value) {
	return Number(typeof value === "string") + Number(isErrorDetail(value)) === 1;
}
function isErrorSchema_details(value) {
	return Array.isArray(value) && value.every(isErrorSchema_details_item);
}
/**
 * The ErrorSchema schema as data: what {@link validateErrorSchema} walks to say why a value failed.
 */
export const errorSchemaSchema = {
	kind: "object",
	title: "Error",
	properties: {
		code: () => errorCodeSchema,
		message: { kind: "string" },
		externalReference: {
			kind: "string",
			nullable: true
		},
		details: {
			kind: "array",
			items: {
				kind: "oneOf",
				of: [{ kind: "string" }, () => errorDetailSchema]
			}
		}
	},
	required: ["code", "message"]
};
/**
 * Checks that `value` is a {@link ErrorSchema}.
 * @returns `{ ok: true, value }` typed as {@link ErrorSchema}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateErrorSchema = /* @__PURE__ */ $.validator(isErrorSchema, errorSchemaSchema, EXPLAIN_ARRAY_OBJECT_UNION);
/**
 * Whether `value` is a {@link ErrorCode}; the fast check {@link validateErrorCode} runs before explaining a failure.
 */
export function isErrorCode(value) {
	return typeof value === "string";
}
/**
 * The ErrorCode schema as data: what {@link validateErrorCode} walks to say why a value failed.
 */
export const errorCodeSchema = {
	kind: "string",
	title: "ErrorCode"
};
/**
 * Checks that `value` is a {@link ErrorCode}.
 * @returns `{ ok: true, value }` typed as {@link ErrorCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateErrorCode = /* @__PURE__ */ $.validator(isErrorCode, errorCodeSchema, EXPLAIN_TYPES);
/**
 * Whether `value` is a {@link ErrorDetail}; the fast check {@link validateErrorDetail} runs before explaining a failure.
 */
export function isErrorDetail(value) {
	return $.isPlainObject(value) && (value.param === undefined || typeof value.param === "string") && (value.description === undefined || typeof value.description === "string");
}
/**
 * The ErrorDetail schema as data: what {@link validateErrorDetail} walks to say why a value failed.
 */
export const errorDetailSchema = {
	kind: "object",
	title: "ErrorDetail",
	properties: {
		param: { kind: "string" },
		description: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link ErrorDetail}.
 * @returns `{ ok: true, value }` typed as {@link ErrorDetail}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateErrorDetail = /* @__PURE__ */ $.validator(isErrorDetail, errorDetailSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link Field}; the fast check {@link validateField} runs before explaining a failure.
 */
export function isField(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && CREATE_OPTION_FIELD_REQUEST_ID_PATTERN.test(value.id) && typeof value.isRequired === "boolean" && (value.isEditable === undefined || typeof value.isEditable === "boolean") && isFieldType(value.type) && (value.slug === undefined || typeof value.slug === "string") && typeof value.displayName === "string" && (value.helpText === undefined || typeof value.helpText === "string") && (value.validations === undefined || isField_validations(value.validations));
}
function isField_validations(value) {
	return value === null || $.isPlainObject(value);
}
/**
 * The Field schema as data: what {@link validateField} walks to say why a value failed.
 */
export const fieldSchema = {
	kind: "object",
	title: "Field",
	properties: {
		id: {
			kind: "string",
			pattern: CREATE_OPTION_FIELD_REQUEST_ID_PATTERN
		},
		isRequired: { kind: "boolean" },
		isEditable: { kind: "boolean" },
		type: () => fieldTypeSchema,
		slug: { kind: "string" },
		displayName: { kind: "string" },
		helpText: { kind: "string" },
		validations: {
			kind: "object",
			nullable: true
		}
	},
	required: [
		"id",
		"isRequired",
		"type",
		"displayName"
	]
};
/**
 * Checks that `value` is a {@link Field}.
 * @returns `{ ok: true, value }` typed as {@link Field}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateField = /* @__PURE__ */ $.validator(isField, fieldSchema, EXPLAIN_OBJECT_STRING);
/**
 * Whether `value` is a {@link FieldType}; the fast check {@link validateFieldType} runs before explaining a failure.
 */
export function isFieldType(value) {
	return typeof value === "string";
}
/**
 * The FieldType schema as data: what {@link validateFieldType} walks to say why a value failed.
 */
export const fieldTypeSchema = {
	kind: "string",
	title: "FieldType"
};
/**
 * Checks that `value` is a {@link FieldType}.
 * @returns `{ ok: true, value }` typed as {@link FieldType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFieldType = /* @__PURE__ */ $.validator(isFieldType, fieldTypeSchema, EXPLAIN_TYPES);
/**
 * Whether `value` is a {@link FormSubmissionEvent}; the fast check {@link validateFormSubmissionEvent} runs before explaining a failure.
 */
export function isFormSubmissionEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "form_submission" && (value.payload === undefined || isFormSubmissionEventPayload(value.payload));
}
/**
 * The FormSubmissionEvent schema as data: what {@link validateFormSubmissionEvent} walks to say why a value failed.
 */
export const formSubmissionEventSchema = {
	kind: "object",
	title: "FormSubmissionEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["form_submission"]
		},
		payload: () => formSubmissionEventPayloadSchema
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link FormSubmissionEvent}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormSubmissionEvent = /* @__PURE__ */ $.validator(isFormSubmissionEvent, formSubmissionEventSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link FormSubmissionEventField}; the fast check {@link validateFormSubmissionEventField} runs before explaining a failure.
 */
export function isFormSubmissionEventField(value) {
	return $.isPlainObject(value) && (value.fieldName === undefined || typeof value.fieldName === "string") && (value.fieldType === undefined || typeof value.fieldType === "string") && (value.fieldElementId === undefined || typeof value.fieldElementId === "string");
}
/**
 * The FormSubmissionEventField schema as data: what {@link validateFormSubmissionEventField} walks to say why a value failed.
 */
export const formSubmissionEventFieldSchema = {
	kind: "object",
	title: "FormSubmissionEventField",
	properties: {
		fieldName: { kind: "string" },
		fieldType: { kind: "string" },
		fieldElementId: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link FormSubmissionEventField}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEventField}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormSubmissionEventField = /* @__PURE__ */ $.validator(isFormSubmissionEventField, formSubmissionEventFieldSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link FormSubmissionEventPayload}; the fast check {@link validateFormSubmissionEventPayload} runs before explaining a failure.
 */
export function isFormSubmissionEventPayload(value) {
	return $.isPlainObject(value) && (value.name === undefined || typeof value.name === "string") && (value.siteId === undefined || isObjectId(value.siteId)) && (value.data === undefined || isFormSubmissionEventPayload_data(value.data)) && (value.schema === undefined || isFormSubmissionEventPayload_schema(value.schema)) && (value.submittedAt === undefined || typeof value.submittedAt === "string") && (value.id === undefined || typeof value.id === "string") && (value.formId === undefined || isObjectId(value.formId)) && (value.formElementId === undefined || value.formElementId === null || typeof value.formElementId === "string") && (value.localeId === undefined || isFormSubmissionEventPayload_localeId(value.localeId));
}
function isFormSubmissionEventPayload_data(value) {
	return $.isPlainObject(value);
}
function isFormSubmissionEventPayload_schema(value) {
	return Array.isArray(value) && value.every(isFormSubmissionEventField);
}
function isFormSubmissionEventPayload_localeId(value) {
	return isObjectId(value) || value === null;
}
/**
 * The FormSubmissionEventPayload schema as data: what {@link validateFormSubmissionEventPayload} walks to say why a value failed.
 */
export const formSubmissionEventPayloadSchema = {
	kind: "object",
	title: "FormSubmissionEventPayload",
	properties: {
		name: { kind: "string" },
		siteId: () => objectIdSchema,
		data: { kind: "object" },
		schema: {
			kind: "array",
			items: () => formSubmissionEventFieldSchema
		},
		submittedAt: { kind: "string" },
		id: { kind: "string" },
		formId: () => objectIdSchema,
		formElementId: {
			kind: "string",
			nullable: true
		},
		localeId: {
			kind: "anyOf",
			of: [() => objectIdSchema, { kind: "null" }]
		}
	}
};
/**
 * Checks that `value` is a {@link FormSubmissionEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateFormSubmissionEventPayload = /* @__PURE__ */ $.validator(isFormSubmissionEventPayload, formSubmissionEventPayloadSchema, EXPLAIN_ARRAY_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link HtmlAttributes}; the fast check {@link validateHtmlAttributes} runs before explaining a failure.
 */
export function isHtmlAttributes(value) {
	return $.isPlainObject(value);
}
/**
 * The HtmlAttributes schema as data: what {@link validateHtmlAttributes} walks to say why a value failed.
 */
export const htmlAttributesSchema = {
	kind: "object",
	title: "HtmlAttributes"
};
/**
 * Checks that `value` is a {@link HtmlAttributes}.
 * @returns `{ ok: true, value }` typed as {@link HtmlAttributes}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateHtmlAttributes = /* @__PURE__ */ $.validator(isHtmlAttributes, htmlAttributesSchema, EXPLAIN_TYPES);
/**
 * Whether `value` is a {@link ImageNode}; the fast check {@link validateImageNode} runs before explaining a failure.
 */
export function isImageNode(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.type === "string" && value.type === "image" && isImageNode_image(value.image) && (value.attributes === undefined || isHtmlAttributes(value.attributes));
}
function isImageNode_image(value) {
	return $.isPlainObject(value) && (value.alt === undefined || value.alt === null || typeof value.alt === "string") && (value.assetId === undefined || typeof value.assetId === "string");
}
/**
 * The ImageNode schema as data: what {@link validateImageNode} walks to say why a value failed.
 */
export const imageNodeSchema = {
	kind: "object",
	title: "ImageNode",
	properties: {
		id: { kind: "string" },
		type: {
			kind: "string",
			enum: ["image"]
		},
		image: {
			kind: "object",
			properties: {
				alt: {
					kind: "string",
					nullable: true
				},
				assetId: { kind: "string" }
			}
		},
		attributes: () => htmlAttributesSchema
	},
	required: [
		"id",
		"type",
		"image"
	]
};
/**
 * Checks that `value` is a {@link ImageNode}.
 * @returns `{ ok: true, value }` typed as {@link ImageNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateImageNode = /* @__PURE__ */ $.validator(isImageNode, imageNodeSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link ObjectId}; the fast check {@link validateObjectId} runs before explaining a failure.
 */
export function isObjectId(value) {
	return typeof value === "string" && CREATE_OPTION_FIELD_REQUEST_ID_PATTERN.test(value);
}
/**
 * The ObjectId schema as data: what {@link validateObjectId} walks to say why a value failed.
 */
export const objectIdSchema = {
	kind: "string",
	title: "ObjectId",
	pattern: CREATE_OPTION_FIELD_REQUEST_ID_PATTERN
};
/**
 * Checks that `value` is a {@link ObjectId}.
 * @returns `{ ok: true, value }` typed as {@link ObjectId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateObjectId = /* @__PURE__ */ $.validator(isObjectId, objectIdSchema, EXPLAIN_STRING);
/**
 * Whether `value` is a {@link PageCreatedEvent}; the fast check {@link validatePageCreatedEvent} runs before explaining a failure.
 */
export function isPageCreatedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "page_created" && (value.payload === undefined || isPageCreatedEvent_payload(value.payload));
}
function isPageCreatedEvent_payload(value) {
	return $.isPlainObject(value) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && isPageEventPayload(value);
}
/**
 * The PageCreatedEvent schema as data: what {@link validatePageCreatedEvent} walks to say why a value failed.
 */
export const pageCreatedEventSchema = {
	kind: "object",
	title: "PageCreatedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["page_created"]
		},
		payload: {
			kind: "allOf",
			of: [() => pageEventPayloadSchema, {
				kind: "object",
				properties: { createdOn: {
					kind: "string",
					format: "date-time"
				} }
			}]
		}
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link PageCreatedEvent}.
 * @returns `{ ok: true, value }` typed as {@link PageCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageCreatedEvent = /* @__PURE__ */ $.validator(isPageCreatedEvent, pageCreatedEventSchema, EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link PageDeletedEvent}; the fast check {@link validatePageDeletedEvent} runs before explaining a failure.
 */
export function isPageDeletedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "page_deleted" && (value.payload === undefined || isPageDeletedEvent_payload(value.payload));
}
function isPageDeletedEvent_payload(value) {
	return $.isPlainObject(value) && (value.deletedOn === undefined || typeof value.deletedOn === "string" && $.isDateTime(value.deletedOn)) && isPageEventPayload(value);
}
/**
 * The PageDeletedEvent schema as data: what {@link validatePageDeletedEvent} walks to say why a value failed.
 */
export const pageDeletedEventSchema = {
	kind: "object",
	title: "PageDeletedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["page_deleted"]
		},
		payload: {
			kind: "allOf",
			of: [() => pageEventPayloadSchema, {
				kind: "object",
				properties: { deletedOn: {
					kind: "string",
					format: "date-time"
				} }
			}]
		}
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link PageDeletedEvent}.
 * @returns `{ ok: true, value }` typed as {@link PageDeletedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageDeletedEvent = /* @__PURE__ */ $.validator(isPageDeletedEvent, pageDeletedEventSchema, EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link PageEventPayload}; the fast check {@link validatePageEventPayload} runs before explaining a failure.
 */
export function isPageEventPayload(value) {
	return $.isPlainObject(value) && (value.siteId === undefined || typeof value.siteId === "string" && CREATE_OPTION_FIELD_REQUEST_ID_PATTERN.test(value.siteId)) && (value.pageId === undefined || typeof value.pageId === "string" && CREATE_OPTION_FIELD_REQUEST_ID_PATTERN.test(value.pageId)) && (value.pageTitle === undefined || typeof value.pageTitle === "string") && (value.pageName === undefined || value.pageName === null || typeof value.pageName === "string") && (value.archived === undefined || typeof value.archived === "boolean") && (value.draft === undefined || typeof value.draft === "boolean") && (value.isBranch === undefined || typeof value.isBranch === "boolean") && (value.publishedPath === undefined || typeof value.publishedPath === "string");
}
/**
 * The PageEventPayload schema as data: what {@link validatePageEventPayload} walks to say why a value failed.
 */
export const pageEventPayloadSchema = {
	kind: "object",
	title: "PageEventPayload",
	properties: {
		siteId: {
			kind: "string",
			pattern: CREATE_OPTION_FIELD_REQUEST_ID_PATTERN
		},
		pageId: {
			kind: "string",
			pattern: CREATE_OPTION_FIELD_REQUEST_ID_PATTERN
		},
		pageTitle: { kind: "string" },
		pageName: {
			kind: "string",
			nullable: true
		},
		archived: { kind: "boolean" },
		draft: { kind: "boolean" },
		isBranch: { kind: "boolean" },
		publishedPath: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link PageEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link PageEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageEventPayload = /* @__PURE__ */ $.validator(isPageEventPayload, pageEventPayloadSchema, EXPLAIN_OBJECT_STRING);
/**
 * Whether `value` is a {@link PageMetadataUpdatedEvent}; the fast check {@link validatePageMetadataUpdatedEvent} runs before explaining a failure.
 */
export function isPageMetadataUpdatedEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "page_metadata_updated" && (value.payload === undefined || isPageMetadataUpdatedEvent_payload(value.payload));
}
function isPageMetadataUpdatedEvent_payload(value) {
	return $.isPlainObject(value) && (value.lastUpdated === undefined || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)) && isPageEventPayload(value);
}
/**
 * The PageMetadataUpdatedEvent schema as data: what {@link validatePageMetadataUpdatedEvent} walks to say why a value failed.
 */
export const pageMetadataUpdatedEventSchema = {
	kind: "object",
	title: "PageMetadataUpdatedEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["page_metadata_updated"]
		},
		payload: {
			kind: "allOf",
			of: [() => pageEventPayloadSchema, {
				kind: "object",
				properties: { lastUpdated: {
					kind: "string",
					format: "date-time"
				} }
			}]
		}
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link PageMetadataUpdatedEvent}.
 * @returns `{ ok: true, value }` typed as {@link PageMetadataUpdatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePageMetadataUpdatedEvent = /* @__PURE__ */ $.validator(isPageMetadataUpdatedEvent, pageMetadataUpdatedEventSchema, EXPLAIN_ALL_OF_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link Pagination}; the fast check {@link validatePagination} runs before explaining a failure.
 */
export function isPagination(value) {
	return $.isPlainObject(value) && typeof value.limit === "number" && Number.isInteger(value.limit) && value.limit >= 0 && value.limit <= 100 && typeof value.offset === "number" && Number.isInteger(value.offset) && value.offset >= 0 && typeof value.total === "number" && Number.isInteger(value.total) && value.total >= 0;
}
/**
 * The Pagination schema as data: what {@link validatePagination} walks to say why a value failed.
 */
export const paginationSchema = {
	kind: "object",
	title: "Pagination",
	properties: {
		limit: {
			kind: "integer",
			minimum: 0,
			maximum: 100
		},
		offset: {
			kind: "integer",
			minimum: 0
		},
		total: {
			kind: "integer",
			minimum: 0
		}
	},
	required: [
		"limit",
		"offset",
		"total"
	]
};
/**
 * Checks that `value` is a {@link Pagination}.
 * @returns `{ ok: true, value }` typed as {@link Pagination}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePagination = /* @__PURE__ */ $.validator(isPagination, paginationSchema, EXPLAIN_NUMBER_OBJECT);
/**
 * Whether `value` is a {@link SearchButtonNode}; the fast check {@link validateSearchButtonNode} runs before explaining a failure.
 */
export function isSearchButtonNode(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.type === "string" && value.type === "search-button" && typeof value.value === "string" && (value.attributes === undefined || isHtmlAttributes(value.attributes));
}
/**
 * The SearchButtonNode schema as data: what {@link validateSearchButtonNode} walks to say why a value failed.
 */
export const searchButtonNodeSchema = {
	kind: "object",
	title: "SearchButtonNode",
	properties: {
		id: { kind: "string" },
		type: {
			kind: "string",
			enum: ["search-button"]
		},
		value: { kind: "string" },
		attributes: () => htmlAttributesSchema
	},
	required: [
		"id",
		"type",
		"value"
	]
};
/**
 * Checks that `value` is a {@link SearchButtonNode}.
 * @returns `{ ok: true, value }` typed as {@link SearchButtonNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSearchButtonNode = /* @__PURE__ */ $.validator(isSearchButtonNode, searchButtonNodeSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link SearchButtonNodeUpdate}; the fast check {@link validateSearchButtonNodeUpdate} runs before explaining a failure.
 */
export function isSearchButtonNodeUpdate(value) {
	return $.isPlainObject(value) && typeof value.nodeId === "string" && typeof value.value === "string" && $.extrasMatch(value, SEARCH_BUTTON_NODE_UPDATE_KEYS, [], false);
}
/**
 * The SearchButtonNodeUpdate schema as data: what {@link validateSearchButtonNodeUpdate} walks to say why a value failed.
 */
export const searchButtonNodeUpdateSchema = {
	kind: "object",
	title: "SearchButtonNodeUpdate",
	properties: {
		nodeId: { kind: "string" },
		value: { kind: "string" }
	},
	required: ["nodeId", "value"],
	additionalProperties: false
};
/**
 * Checks that `value` is a {@link SearchButtonNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link SearchButtonNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSearchButtonNodeUpdate = /* @__PURE__ */ $.validator(isSearchButtonNodeUpdate, searchButtonNodeUpdateSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link SelectChoice}; the fast check {@link validateSelectChoice} runs before explaining a failure.
 */
export function isSelectChoice(value) {
	return $.isPlainObject(value) && typeof value.value === "string" && typeof value.text === "string";
}
/**
 * The SelectChoice schema as data: what {@link validateSelectChoice} walks to say why a value failed.
 */
export const selectChoiceSchema = {
	kind: "object",
	title: "SelectChoice",
	properties: {
		value: { kind: "string" },
		text: { kind: "string" }
	},
	required: ["value", "text"]
};
/**
 * Checks that `value` is a {@link SelectChoice}.
 * @returns `{ ok: true, value }` typed as {@link SelectChoice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSelectChoice = /* @__PURE__ */ $.validator(isSelectChoice, selectChoiceSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link SelectNode}; the fast check {@link validateSelectNode} runs before explaining a failure.
 */
export function isSelectNode(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.type === "string" && value.type === "select" && isSelectNode_choices(value.choices) && (value.attributes === undefined || isHtmlAttributes(value.attributes));
}
function isSelectNode_choices(value) {
	return Array.isArray(value) && value.every(isSelectChoice);
}
/**
 * The SelectNode schema as data: what {@link validateSelectNode} walks to say why a value failed.
 */
export const selectNodeSchema = {
	kind: "object",
	title: "SelectNode",
	properties: {
		id: { kind: "string" },
		type: {
			kind: "string",
			enum: ["select"]
		},
		choices: {
			kind: "array",
			items: () => selectChoiceSchema
		},
		attributes: () => htmlAttributesSchema
	},
	required: [
		"id",
		"type",
		"choices"
	]
};
/**
 * Checks that `value` is a {@link SelectNode}.
 * @returns `{ ok: true, value }` typed as {@link SelectNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSelectNode = /* @__PURE__ */ $.validator(isSelectNode, selectNodeSchema, EXPLAIN_ARRAY_ENUM_OBJECT);
/**
 * Whether `value` is a {@link SelectNodeUpdate}; the fast check {@link validateSelectNodeUpdate} runs before explaining a failure.
 */
export function isSelectNodeUpdate(value) {
	return $.isPlainObject(value) && typeof value.nodeId === "string" && isSelectNodeUpdate_choices(value.choices) && $.extrasMatch(value, SELECT_NODE_UPDATE_KEYS, [], false);
}
function isSelectNodeUpdate_choices(value) {
	return Array.isArray(value) && value.every(isSelectChoice);
}
/**
 * The SelectNodeUpdate schema as data: what {@link validateSelectNodeUpdate} walks to say why a value failed.
 */
export const selectNodeUpdateSchema = {
	kind: "object",
	title: "SelectNodeUpdate",
	properties: {
		nodeId: { kind: "string" },
		choices: {
			kind: "array",
			items: () => selectChoiceSchema
		}
	},
	required: ["nodeId", "choices"],
	additionalProperties: false
};
/**
 * Checks that `value` is a {@link SelectNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link SelectNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSelectNodeUpdate = /* @__PURE__ */ $.validator(isSelectNodeUpdate, selectNodeUpdateSchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link SitePublishEvent}; the fast check {@link validateSitePublishEvent} runs before explaining a failure.
 */
export function isSitePublishEvent(value) {
	return $.isPlainObject(value) && typeof value.triggerType === "string" && value.triggerType === "site_publish" && (value.payload === undefined || isSitePublishEvent_payload(value.payload));
}
function isSitePublishEvent_payload_domains_item(value) {
	return typeof value === "string";
}
function isSitePublishEvent_payload_domains(value) {
	return Array.isArray(value) && value.every(isSitePublishEvent_payload_domains_item);
}
function isSitePublishEvent_payload_publishedBy(value) {
	return $.isPlainObject(value);
}
function isSitePublishEvent_payload(value) {
	return $.isPlainObject(value) && (value.siteId === undefined || typeof value.siteId === "string" && CREATE_OPTION_FIELD_REQUEST_ID_PATTERN.test(value.siteId)) && (value.publishedOn === undefined || typeof value.publishedOn === "string" && $.isDateTime(value.publishedOn)) && (value.domains === undefined || isSitePublishEvent_payload_domains(value.domains)) && (value.publishedBy === undefined || isSitePublishEvent_payload_publishedBy(value.publishedBy)) && (value.publishScope === undefined || typeof value.publishScope === "string") && (value.pageId === undefined || typeof value.pageId === "string");
}
/**
 * The SitePublishEvent schema as data: what {@link validateSitePublishEvent} walks to say why a value failed.
 */
export const sitePublishEventSchema = {
	kind: "object",
	title: "SitePublishEvent",
	properties: {
		triggerType: {
			kind: "string",
			enum: ["site_publish"]
		},
		payload: {
			kind: "object",
			properties: {
				siteId: {
					kind: "string",
					pattern: CREATE_OPTION_FIELD_REQUEST_ID_PATTERN
				},
				publishedOn: {
					kind: "string",
					format: "date-time"
				},
				domains: {
					kind: "array",
					items: { kind: "string" }
				},
				publishedBy: { kind: "object" },
				publishScope: { kind: "string" },
				pageId: { kind: "string" }
			}
		}
	},
	required: ["triggerType"]
};
/**
 * Checks that `value` is a {@link SitePublishEvent}.
 * @returns `{ ok: true, value }` typed as {@link SitePublishEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSitePublishEvent = /* @__PURE__ */ $.validator(isSitePublishEvent, sitePublishEventSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link SubmitButtonNode}; the fast check {@link validateSubmitButtonNode} runs before explaining a failure.
 */
export function isSubmitButtonNode(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.type === "string" && value.type === "submit-button" && typeof value.value === "string" && typeof value.waitingText === "string" && (value.attributes === undefined || isHtmlAttributes(value.attributes));
}
/**
 * The SubmitButtonNode schema as data: what {@link validateSubmitButtonNode} walks to say why a value failed.
 */
export const submitButtonNodeSchema = {
	kind: "object",
	title: "SubmitButtonNode",
	properties: {
		id: { kind: "string" },
		type: {
			kind: "string",
			enum: ["submit-button"]
		},
		value: { kind: "string" },
		waitingText: { kind: "string" },
		attributes: () => htmlAttributesSchema
	},
	required: [
		"id",
		"type",
		"value",
		"waitingText"
	]
};
/**
 * Checks that `value` is a {@link SubmitButtonNode}.
 * @returns `{ ok: true, value }` typed as {@link SubmitButtonNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSubmitButtonNode = /* @__PURE__ */ $.validator(isSubmitButtonNode, submitButtonNodeSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link SubmitButtonNodeUpdate}; the fast check {@link validateSubmitButtonNodeUpdate} runs before explaining a failure.
 */
export function isSubmitButtonNodeUpdate(value) {
	return $.isPlainObject(value) && typeof value.nodeId === "string" && (value.value === undefined || typeof value.value === "string") && (value.waitingText === undefined || typeof value.waitingText === "string") && $.extrasMatch(value, SUBMIT_BUTTON_NODE_UPDATE_KEYS, [], false);
}
/**
 * The SubmitButtonNodeUpdate schema as data: what {@link validateSubmitButtonNodeUpdate} walks to say why a value failed.
 */
export const submitButtonNodeUpdateSchema = {
	kind: "object",
	title: "SubmitButtonNodeUpdate",
	properties: {
		nodeId: { kind: "string" },
		value: { kind: "string" },
		waitingText: { kind: "string" }
	},
	required: ["nodeId"],
	additionalProperties: false
};
/**
 * Checks that `value` is a {@link SubmitButtonNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link SubmitButtonNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSubmitButtonNodeUpdate = /* @__PURE__ */ $.validator(isSubmitButtonNodeUpdate, submitButtonNodeUpdateSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link TextInputNode}; the fast check {@link validateTextInputNode} runs before explaining a failure.
 */
export function isTextInputNode(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.type === "string" && value.type === "text-input" && typeof value.placeholder === "string" && (value.attributes === undefined || isHtmlAttributes(value.attributes));
}
/**
 * The TextInputNode schema as data: what {@link validateTextInputNode} walks to say why a value failed.
 */
export const textInputNodeSchema = {
	kind: "object",
	title: "TextInputNode",
	properties: {
		id: { kind: "string" },
		type: {
			kind: "string",
			enum: ["text-input"]
		},
		placeholder: { kind: "string" },
		attributes: () => htmlAttributesSchema
	},
	required: [
		"id",
		"type",
		"placeholder"
	]
};
/**
 * Checks that `value` is a {@link TextInputNode}.
 * @returns `{ ok: true, value }` typed as {@link TextInputNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateTextInputNode = /* @__PURE__ */ $.validator(isTextInputNode, textInputNodeSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link TextInputNodeUpdate}; the fast check {@link validateTextInputNodeUpdate} runs before explaining a failure.
 */
export function isTextInputNodeUpdate(value) {
	return $.isPlainObject(value) && typeof value.nodeId === "string" && typeof value.placeholder === "string" && $.extrasMatch(value, TEXT_INPUT_NODE_UPDATE_KEYS, [], false);
}
/**
 * The TextInputNodeUpdate schema as data: what {@link validateTextInputNodeUpdate} walks to say why a value failed.
 */
export const textInputNodeUpdateSchema = {
	kind: "object",
	title: "TextInputNodeUpdate",
	properties: {
		nodeId: { kind: "string" },
		placeholder: { kind: "string" }
	},
	required: ["nodeId", "placeholder"],
	additionalProperties: false
};
/**
 * Checks that `value` is a {@link TextInputNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link TextInputNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateTextInputNodeUpdate = /* @__PURE__ */ $.validator(isTextInputNodeUpdate, textInputNodeUpdateSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link TextNode}; the fast check {@link validateTextNode} runs before explaining a failure.
 */
export function isTextNode(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.type === "string" && value.type === "text" && isDomText(value.text) && (value.attributes === undefined || isHtmlAttributes(value.attributes));
}
/**
 * The TextNode schema as data: what {@link validateTextNode} walks to say why a value failed.
 */
export const textNodeSchema = {
	kind: "object",
	title: "TextNode",
	properties: {
		id: { kind: "string" },
		type: {
			kind: "string",
			enum: ["text"]
		},
		text: () => domTextSchema,
		attributes: () => htmlAttributesSchema
	},
	required: [
		"id",
		"type",
		"text"
	]
};
/**
 * Checks that `value` is a {@link TextNode}.
 * @returns `{ ok: true, value }` typed as {@link TextNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateTextNode = /* @__PURE__ */ $.validator(isTextNode, textNodeSchema, EXPLAIN_ENUM_OBJECT);
/**
 * Whether `value` is a {@link TextNodeUpdate}; the fast check {@link validateTextNodeUpdate} runs before explaining a failure.
 */
export function isTextNodeUpdate(value) {
	return $.isPlainObject(value) && typeof value.nodeId === "string" && typeof value.text === "string" && $.extrasMatch(value, TEXT_NODE_UPDATE_KEYS, [], false);
}
/**
 * The TextNodeUpdate schema as data: what {@link validateTextNodeUpdate} walks to say why a value failed.
 */
export const textNodeUpdateSchema = {
	kind: "object",
	title: "TextNodeUpdate",
	properties: {
		nodeId: { kind: "string" },
		text: { kind: "string" }
	},
	required: ["nodeId", "text"],
	additionalProperties: false
};
/**
 * Checks that `value` is a {@link TextNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link TextNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateTextNodeUpdate = /* @__PURE__ */ $.validator(isTextNodeUpdate, textNodeUpdateSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link UnknownDomNode}; the fast check {@link validateUnknownDomNode} runs before explaining a failure.
 */
export function isUnknownDomNode(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && typeof value.type === "string" && UNKNOWN_DOM_NODE_TYPE_PATTERN.test(value.type);
}
/**
 * The UnknownDomNode schema as data: what {@link validateUnknownDomNode} walks to say why a value failed.
 */
export const unknownDomNodeSchema = {
	kind: "object",
	title: "UnknownDomNode",
	properties: {
		id: { kind: "string" },
		type: {
			kind: "string",
			pattern: UNKNOWN_DOM_NODE_TYPE_PATTERN
		}
	},
	required: ["type"]
};
/**
 * Checks that `value` is a {@link UnknownDomNode}.
 * @returns `{ ok: true, value }` typed as {@link UnknownDomNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUnknownDomNode = /* @__PURE__ */ $.validator(isUnknownDomNode, unknownDomNodeSchema, EXPLAIN_OBJECT_STRING);
