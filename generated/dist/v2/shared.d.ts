import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { components } from "./schema.js";
/**
 * Webhook delivery body for trigger type `collection_item_changed`, sent when an item is updated.
 */
export type CollectionItemChangedEvent = components["schemas"]["CollectionItemChangedEvent"];
/**
 * Whether `value` is a {@link CollectionItemChangedEvent}; the fast check {@link validateCollectionItemChangedEvent} runs before explaining a failure.
 */
export declare function isCollectionItemChangedEvent(value: unknown): value is CollectionItemChangedEvent;
/**
 * The CollectionItemChangedEvent schema as data: what {@link validateCollectionItemChangedEvent} walks to say why a value failed.
 */
export declare const collectionItemChangedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionItemChangedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionItemChangedEvent: Validator<CollectionItemChangedEvent>;
/**
 * Webhook delivery body for trigger type `collection_item_created`, sent when an item is created.
 */
export type CollectionItemCreatedEvent = components["schemas"]["CollectionItemCreatedEvent"];
/**
 * Whether `value` is a {@link CollectionItemCreatedEvent}; the fast check {@link validateCollectionItemCreatedEvent} runs before explaining a failure.
 */
export declare function isCollectionItemCreatedEvent(value: unknown): value is CollectionItemCreatedEvent;
/**
 * The CollectionItemCreatedEvent schema as data: what {@link validateCollectionItemCreatedEvent} walks to say why a value failed.
 */
export declare const collectionItemCreatedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionItemCreatedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionItemCreatedEvent: Validator<CollectionItemCreatedEvent>;
/**
 * Webhook delivery body for trigger type `collection_item_deleted`, sent when an item is deleted.
 */
export type CollectionItemDeletedEvent = components["schemas"]["CollectionItemDeletedEvent"];
/**
 * Whether `value` is a {@link CollectionItemDeletedEvent}; the fast check {@link validateCollectionItemDeletedEvent} runs before explaining a failure.
 */
export declare function isCollectionItemDeletedEvent(value: unknown): value is CollectionItemDeletedEvent;
/**
 * The CollectionItemDeletedEvent schema as data: what {@link validateCollectionItemDeletedEvent} walks to say why a value failed.
 */
export declare const collectionItemDeletedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionItemDeletedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemDeletedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionItemDeletedEvent: Validator<CollectionItemDeletedEvent>;
/**
 * The item a collection item webhook is about, with the site, workspace and collection it belongs to (payload of collection_item_deleted, collection_item_published and collection_item_unpublished; see CollectionItemSavedEventPayload for created and changed).
 */
export type CollectionItemEventPayload = components["schemas"]["CollectionItemEventPayload"];
/**
 * Whether `value` is a {@link CollectionItemEventPayload}; the fast check {@link validateCollectionItemEventPayload} runs before explaining a failure.
 */
export declare function isCollectionItemEventPayload(value: unknown): value is CollectionItemEventPayload;
/**
 * The CollectionItemEventPayload schema as data: what {@link validateCollectionItemEventPayload} walks to say why a value failed.
 */
export declare const collectionItemEventPayloadSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionItemEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionItemEventPayload: Validator<CollectionItemEventPayload>;
/**
 * Webhook delivery body for trigger type `collection_item_published`, sent when an item is published.
 */
export type CollectionItemPublishedEvent = components["schemas"]["CollectionItemPublishedEvent"];
/**
 * Whether `value` is a {@link CollectionItemPublishedEvent}; the fast check {@link validateCollectionItemPublishedEvent} runs before explaining a failure.
 */
export declare function isCollectionItemPublishedEvent(value: unknown): value is CollectionItemPublishedEvent;
/**
 * The CollectionItemPublishedEvent schema as data: what {@link validateCollectionItemPublishedEvent} walks to say why a value failed.
 */
export declare const collectionItemPublishedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionItemPublishedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemPublishedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionItemPublishedEvent: Validator<CollectionItemPublishedEvent>;
/**
 * Payload of collection_item_created and collection_item_changed: the item as saved, with its site, workspace and collection IDs and its field values.
 */
export type CollectionItemSavedEventPayload = components["schemas"]["CollectionItemSavedEventPayload"];
/**
 * Whether `value` is a {@link CollectionItemSavedEventPayload}; the fast check {@link validateCollectionItemSavedEventPayload} runs before explaining a failure.
 */
export declare function isCollectionItemSavedEventPayload(value: unknown): value is CollectionItemSavedEventPayload;
/**
 * The CollectionItemSavedEventPayload schema as data: what {@link validateCollectionItemSavedEventPayload} walks to say why a value failed.
 */
export declare const collectionItemSavedEventPayloadSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionItemSavedEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemSavedEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionItemSavedEventPayload: Validator<CollectionItemSavedEventPayload>;
/**
 * Webhook delivery body for trigger type `collection_item_unpublished`, sent when an item is unpublished.
 */
export type CollectionItemUnpublishedEvent = components["schemas"]["CollectionItemUnpublishedEvent"];
/**
 * Whether `value` is a {@link CollectionItemUnpublishedEvent}; the fast check {@link validateCollectionItemUnpublishedEvent} runs before explaining a failure.
 */
export declare function isCollectionItemUnpublishedEvent(value: unknown): value is CollectionItemUnpublishedEvent;
/**
 * The CollectionItemUnpublishedEvent schema as data: what {@link validateCollectionItemUnpublishedEvent} walks to say why a value failed.
 */
export declare const collectionItemUnpublishedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CollectionItemUnpublishedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUnpublishedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCollectionItemUnpublishedEvent: Validator<CollectionItemUnpublishedEvent>;
/**
 * Body of the webhook delivery for trigger type `comment_created` (a comment was created on the site).
 */
export type CommentCreatedEvent = components["schemas"]["CommentCreatedEvent"];
/**
 * Whether `value` is a {@link CommentCreatedEvent}; the fast check {@link validateCommentCreatedEvent} runs before explaining a failure.
 */
export declare function isCommentCreatedEvent(value: unknown): value is CommentCreatedEvent;
/**
 * The CommentCreatedEvent schema as data: what {@link validateCommentCreatedEvent} walks to say why a value failed.
 */
export declare const commentCreatedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CommentCreatedEvent}.
 * @returns `{ ok: true, value }` typed as {@link CommentCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCommentCreatedEvent: Validator<CommentCreatedEvent>;
/**
 * The payload of a `comment_created` webhook delivery: the new comment and the thread it belongs to.
 */
export type CommentCreatedEventPayload = components["schemas"]["CommentCreatedEventPayload"];
/**
 * Whether `value` is a {@link CommentCreatedEventPayload}; the fast check {@link validateCommentCreatedEventPayload} runs before explaining a failure.
 */
export declare function isCommentCreatedEventPayload(value: unknown): value is CommentCreatedEventPayload;
/**
 * The CommentCreatedEventPayload schema as data: what {@link validateCommentCreatedEventPayload} walks to say why a value failed.
 */
export declare const commentCreatedEventPayloadSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CommentCreatedEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link CommentCreatedEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCommentCreatedEventPayload: Validator<CommentCreatedEventPayload>;
/**
 * An instance of a component placed on the page or inside another component, with the property values this instance overrides.
 */
export type ComponentInstanceNode = components["schemas"]["ComponentInstanceNode"];
/**
 * Whether `value` is a {@link ComponentInstanceNode}; the fast check {@link validateComponentInstanceNode} runs before explaining a failure.
 */
export declare function isComponentInstanceNode(value: unknown): value is ComponentInstanceNode;
/**
 * The ComponentInstanceNode schema as data: what {@link validateComponentInstanceNode} walks to say why a value failed.
 */
export declare const componentInstanceNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ComponentInstanceNode}.
 * @returns `{ ok: true, value }` typed as {@link ComponentInstanceNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateComponentInstanceNode: Validator<ComponentInstanceNode>;
/**
 * New values of the overridden properties of a component instance.
 */
export type ComponentInstanceNodeUpdate = components["schemas"]["ComponentInstanceNodeUpdate"];
/**
 * Whether `value` is a {@link ComponentInstanceNodeUpdate}; the fast check {@link validateComponentInstanceNodeUpdate} runs before explaining a failure.
 */
export declare function isComponentInstanceNodeUpdate(value: unknown): value is ComponentInstanceNodeUpdate;
/**
 * The ComponentInstanceNodeUpdate schema as data: what {@link validateComponentInstanceNodeUpdate} walks to say why a value failed.
 */
export declare const componentInstanceNodeUpdateSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ComponentInstanceNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link ComponentInstanceNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateComponentInstanceNodeUpdate: Validator<ComponentInstanceNodeUpdate>;
/**
 * A text property of a component: its definition (id, type, label) and its value. Used for the properties of a component and for the values a component instance overrides.
 */
export type ComponentProperty = components["schemas"]["ComponentProperty"];
/**
 * Whether `value` is a {@link ComponentProperty}; the fast check {@link validateComponentProperty} runs before explaining a failure.
 */
export declare function isComponentProperty(value: unknown): value is ComponentProperty;
/**
 * The ComponentProperty schema as data: what {@link validateComponentProperty} walks to say why a value failed.
 */
export declare const componentPropertySchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ComponentProperty}.
 * @returns `{ ok: true, value }` typed as {@link ComponentProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateComponentProperty: Validator<ComponentProperty>;
/**
 * The new value of one text property of a component.
 */
export type ComponentPropertyUpdate = components["schemas"]["ComponentPropertyUpdate"];
/**
 * Whether `value` is a {@link ComponentPropertyUpdate}; the fast check {@link validateComponentPropertyUpdate} runs before explaining a failure.
 */
export declare function isComponentPropertyUpdate(value: unknown): value is ComponentPropertyUpdate;
/**
 * The ComponentPropertyUpdate schema as data: what {@link validateComponentPropertyUpdate} walks to say why a value failed.
 */
export declare const componentPropertyUpdateSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ComponentPropertyUpdate}.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateComponentPropertyUpdate: Validator<ComponentPropertyUpdate>;
/**
 * Response of the content updates (POST /pages/{page_id}/dom, POST /sites/{site_id}/components/{component_id}/dom and POST /sites/{site_id}/components/{component_id}/properties): `errors` lists the updates that could not be applied (an empty list means all were).
 */
export type ContentUpdateResponse = components["schemas"]["ContentUpdateResponse"];
/**
 * Whether `value` is a {@link ContentUpdateResponse}; the fast check {@link validateContentUpdateResponse} runs before explaining a failure.
 */
export declare function isContentUpdateResponse(value: unknown): value is ContentUpdateResponse;
/**
 * The ContentUpdateResponse schema as data: what {@link validateContentUpdateResponse} walks to say why a value failed.
 */
export declare const contentUpdateResponseSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ContentUpdateResponse}.
 * @returns `{ ok: true, value }` typed as {@link ContentUpdateResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateContentUpdateResponse: Validator<ContentUpdateResponse>;
/**
 * A field to create (body of POST /collections/{collection_id}/fields, and an entry of `fields` when creating a collection): a static field, an Option field or a Reference field, told apart by `type`. Field validations cannot be set through the API.
 */
export type CreateFieldRequest = components["schemas"]["CreateFieldRequest"];
/**
 * Whether `value` is a {@link CreateFieldRequest}; the fast check {@link validateCreateFieldRequest} runs before explaining a failure.
 */
export declare function isCreateFieldRequest(value: unknown): value is CreateFieldRequest;
/**
 * The CreateFieldRequest schema as data: what {@link validateCreateFieldRequest} walks to say why a value failed.
 */
export declare const createFieldRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateFieldRequest: Validator<CreateFieldRequest>;
/**
 * An Option field to create, with the options an item can choose from.
 */
export type CreateOptionFieldRequest = components["schemas"]["CreateOptionFieldRequest"];
/**
 * Whether `value` is a {@link CreateOptionFieldRequest}; the fast check {@link validateCreateOptionFieldRequest} runs before explaining a failure.
 */
export declare function isCreateOptionFieldRequest(value: unknown): value is CreateOptionFieldRequest;
/**
 * The CreateOptionFieldRequest schema as data: what {@link validateCreateOptionFieldRequest} walks to say why a value failed.
 */
export declare const createOptionFieldRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateOptionFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateOptionFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateOptionFieldRequest: Validator<CreateOptionFieldRequest>;
/**
 * A Reference or MultiReference field to create, pointing at items of another collection.
 */
export type CreateReferenceFieldRequest = components["schemas"]["CreateReferenceFieldRequest"];
/**
 * Whether `value` is a {@link CreateReferenceFieldRequest}; the fast check {@link validateCreateReferenceFieldRequest} runs before explaining a failure.
 */
export declare function isCreateReferenceFieldRequest(value: unknown): value is CreateReferenceFieldRequest;
/**
 * The CreateReferenceFieldRequest schema as data: what {@link validateCreateReferenceFieldRequest} walks to say why a value failed.
 */
export declare const createReferenceFieldRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateReferenceFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateReferenceFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateReferenceFieldRequest: Validator<CreateReferenceFieldRequest>;
/**
 * A field to create whose type needs no settings (text, number, date, media, link, switch...).
 */
export type CreateStaticFieldRequest = components["schemas"]["CreateStaticFieldRequest"];
/**
 * Whether `value` is a {@link CreateStaticFieldRequest}; the fast check {@link validateCreateStaticFieldRequest} runs before explaining a failure.
 */
export declare function isCreateStaticFieldRequest(value: unknown): value is CreateStaticFieldRequest;
/**
 * The CreateStaticFieldRequest schema as data: what {@link validateCreateStaticFieldRequest} walks to say why a value failed.
 */
export declare const createStaticFieldRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link CreateStaticFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateStaticFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateCreateStaticFieldRequest: Validator<CreateStaticFieldRequest>;
/**
 * An ISO-8601 date and time in UTC, e.g. `2023-04-02T12:42:00.000Z`.
 */
export type DateTime = components["schemas"]["DateTime"];
/**
 * Whether `value` is a {@link DateTime}; the fast check {@link validateDateTime} runs before explaining a failure.
 */
export declare function isDateTime(value: unknown): value is DateTime;
/**
 * The DateTime schema as data: what {@link validateDateTime} walks to say why a value failed.
 */
export declare const dateTimeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link DateTime}.
 * @returns `{ ok: true, value }` typed as {@link DateTime}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateDateTime: Validator<DateTime>;
/**
 * A node of the static content (DOM) of a page or a component, as read by getPageContent and getComponentContent. Discriminated on `type`: each documented node type has its own schema whose `type` is a constant (`text`, `image`, `component-instance`, `text-input`, `select`, `submit-button`, `search-button`); a node of any other type (Webflow adds node types over time) is an UnknownDomNode and is passed through as sent.
 */
export type DomNode = components["schemas"]["DomNode"];
/**
 * Whether `value` is a {@link DomNode}; the fast check {@link validateDomNode} runs before explaining a failure.
 */
export declare function isDomNode(value: unknown): value is DomNode;
/**
 * The DomNode schema as data: what {@link validateDomNode} walks to say why a value failed.
 */
export declare const domNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link DomNode}.
 * @returns `{ ok: true, value }` typed as {@link DomNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateDomNode: Validator<DomNode>;
/**
 * The new content of one node: the fields to send depend on the node's type (`text` for a text node, `propertyOverrides` for a component instance, `choices` for a select field, `placeholder` for a text input, `value` and/or `waitingText` for a submit button, `value` for a search button).
 */
export type DomNodeUpdate = components["schemas"]["DomNodeUpdate"];
/**
 * Whether `value` is a {@link DomNodeUpdate}; the fast check {@link validateDomNodeUpdate} runs before explaining a failure.
 */
export declare function isDomNodeUpdate(value: unknown): value is DomNodeUpdate;
/**
 * The DomNodeUpdate schema as data: what {@link validateDomNodeUpdate} walks to say why a value failed.
 */
export declare const domNodeUpdateSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link DomNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link DomNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateDomNodeUpdate: Validator<DomNodeUpdate>;
/**
 * Text content of a node or of a component property, as HTML (with inline formatting) and as plain text. Either may be null.
 */
export type DomText = components["schemas"]["DomText"];
/**
 * Whether `value` is a {@link DomText}; the fast check {@link validateDomText} runs before explaining a failure.
 */
export declare function isDomText(value: unknown): value is DomText;
/**
 * The DomText schema as data: what {@link validateDomText} walks to say why a value failed.
 */
export declare const domTextSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link DomText}.
 * @returns `{ ok: true, value }` typed as {@link DomText}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateDomText: Validator<DomText>;
/**
 * Body of POST /pages/{page_id}/dom and POST /sites/{site_id}/components/{component_id}/dom: the nodes to update, each identified by `nodeId` and carrying the new content for its node type.
 */
export type DomUpdateRequest = components["schemas"]["DomUpdateRequest"];
/**
 * Whether `value` is a {@link DomUpdateRequest}; the fast check {@link validateDomUpdateRequest} runs before explaining a failure.
 */
export declare function isDomUpdateRequest(value: unknown): value is DomUpdateRequest;
/**
 * The DomUpdateRequest schema as data: what {@link validateDomUpdateRequest} walks to say why a value failed.
 */
export declare const domUpdateRequestSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link DomUpdateRequest}.
 * @returns `{ ok: true, value }` typed as {@link DomUpdateRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateDomUpdateRequest: Validator<DomUpdateRequest>;
/**
 * Body of the webhook delivery for trigger type `ecomm_inventory_changed`: the inventory of a SKU changed; `payload` is the new inventory.
 */
export type EcommInventoryChangedEvent = components["schemas"]["EcommInventoryChangedEvent"];
/**
 * Whether `value` is a {@link EcommInventoryChangedEvent}; the fast check {@link validateEcommInventoryChangedEvent} runs before explaining a failure.
 */
export declare function isEcommInventoryChangedEvent(value: unknown): value is EcommInventoryChangedEvent;
/**
 * The EcommInventoryChangedEvent schema as data: what {@link validateEcommInventoryChangedEvent} walks to say why a value failed.
 */
export declare const ecommInventoryChangedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link EcommInventoryChangedEvent}.
 * @returns `{ ok: true, value }` typed as {@link EcommInventoryChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateEcommInventoryChangedEvent: Validator<EcommInventoryChangedEvent>;
/**
 * Body of the webhook delivery for trigger type `ecomm_new_order`: a new order was placed; `payload` is the order.
 */
export type EcommNewOrderEvent = components["schemas"]["EcommNewOrderEvent"];
/**
 * Whether `value` is a {@link EcommNewOrderEvent}; the fast check {@link validateEcommNewOrderEvent} runs before explaining a failure.
 */
export declare function isEcommNewOrderEvent(value: unknown): value is EcommNewOrderEvent;
/**
 * The EcommNewOrderEvent schema as data: what {@link validateEcommNewOrderEvent} walks to say why a value failed.
 */
export declare const ecommNewOrderEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link EcommNewOrderEvent}.
 * @returns `{ ok: true, value }` typed as {@link EcommNewOrderEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateEcommNewOrderEvent: Validator<EcommNewOrderEvent>;
/**
 * Body of the webhook delivery for trigger type `ecomm_order_changed`: an order changed (status, shipping details, comment...); `payload` is the order as it is now.
 */
export type EcommOrderChangedEvent = components["schemas"]["EcommOrderChangedEvent"];
/**
 * Whether `value` is a {@link EcommOrderChangedEvent}; the fast check {@link validateEcommOrderChangedEvent} runs before explaining a failure.
 */
export declare function isEcommOrderChangedEvent(value: unknown): value is EcommOrderChangedEvent;
/**
 * The EcommOrderChangedEvent schema as data: what {@link validateEcommOrderChangedEvent} walks to say why a value failed.
 */
export declare const ecommOrderChangedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link EcommOrderChangedEvent}.
 * @returns `{ ok: true, value }` typed as {@link EcommOrderChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateEcommOrderChangedEvent: Validator<EcommOrderChangedEvent>;
/**
 * Body of every 4xx and 5xx response of the Data API v2. `code` is a machine-readable error code (see ErrorCode), `message` a human-readable explanation (for `missing_scopes` it names the missing scopes), `externalReference` an optional link or reference id, and `details` extra information such as the parameters that failed validation. Only `code` and `message` are required, so that a client can still surface errors whose body omits the optional fields.
 */
export type ErrorSchema = components["schemas"]["Error"];
/**
 * Whether `value` is a {@link ErrorSchema}; the fast check {@link validateErrorSchema} runs before explaining a failure.
 */
export declare function isErrorSchema(value: unknown): value is ErrorSchema;
/**
 * The ErrorSchema schema as data: what {@link validateErrorSchema} walks to say why a value failed.
 */
export declare const errorSchemaSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ErrorSchema}.
 * @returns `{ ok: true, value }` typed as {@link ErrorSchema}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateErrorSchema: Validator<ErrorSchema>;
/**
 * Machine-readable error code. The enum lists every code known when this description was written, but new codes appear over time: the schema also accepts any other string, and clients must handle unknown codes (treat them by HTTP status). Common codes by status: 400 bad_request / validation_error, 401 not_authorized, 403 forbidden / missing_scopes, 404 resource_not_found, 409 conflict, 429 too_many_requests, 500 internal_error, 503 service_unavailable.
 */
export type ErrorCode = components["schemas"]["ErrorCode"];
/**
 * Whether `value` is a {@link ErrorCode}; the fast check {@link validateErrorCode} runs before explaining a failure.
 */
export declare function isErrorCode(value: unknown): value is ErrorCode;
/**
 * The ErrorCode schema as data: what {@link validateErrorCode} walks to say why a value failed.
 */
export declare const errorCodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ErrorCode}.
 * @returns `{ ok: true, value }` typed as {@link ErrorCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateErrorCode: Validator<ErrorCode>;
/**
 * A structured error detail naming the parameter that caused the error.
 */
export type ErrorDetail = components["schemas"]["ErrorDetail"];
/**
 * Whether `value` is a {@link ErrorDetail}; the fast check {@link validateErrorDetail} runs before explaining a failure.
 */
export declare function isErrorDetail(value: unknown): value is ErrorDetail;
/**
 * The ErrorDetail schema as data: what {@link validateErrorDetail} walks to say why a value failed.
 */
export declare const errorDetailSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ErrorDetail}.
 * @returns `{ ok: true, value }` typed as {@link ErrorDetail}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateErrorDetail: Validator<ErrorDetail>;
/**
 * A field of a CMS collection, as GET /collections/{collection_id} and PATCH .../fields/{field_id} return it.
 */
export type Field = components["schemas"]["Field"];
/**
 * Whether `value` is a {@link Field}; the fast check {@link validateField} runs before explaining a failure.
 */
export declare function isField(value: unknown): value is Field;
/**
 * The Field schema as data: what {@link validateField} walks to say why a value failed.
 */
export declare const fieldSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Field}.
 * @returns `{ ok: true, value }` typed as {@link Field}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateField: Validator<Field>;
/**
 * The type of a collection field. Webflow adds field types over time: a value outside the known list is passed through as a plain string.
 */
export type FieldType = components["schemas"]["FieldType"];
/**
 * Whether `value` is a {@link FieldType}; the fast check {@link validateFieldType} runs before explaining a failure.
 */
export declare function isFieldType(value: unknown): value is FieldType;
/**
 * The FieldType schema as data: what {@link validateFieldType} walks to say why a value failed.
 */
export declare const fieldTypeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FieldType}.
 * @returns `{ ok: true, value }` typed as {@link FieldType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFieldType: Validator<FieldType>;
/**
 * Body of the webhook delivery for trigger type `form_submission` (a form on the site was submitted).
 */
export type FormSubmissionEvent = components["schemas"]["FormSubmissionEvent"];
/**
 * Whether `value` is a {@link FormSubmissionEvent}; the fast check {@link validateFormSubmissionEvent} runs before explaining a failure.
 */
export declare function isFormSubmissionEvent(value: unknown): value is FormSubmissionEvent;
/**
 * The FormSubmissionEvent schema as data: what {@link validateFormSubmissionEvent} walks to say why a value failed.
 */
export declare const formSubmissionEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FormSubmissionEvent}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFormSubmissionEvent: Validator<FormSubmissionEvent>;
/**
 * A field of the submitted form, in a `form_submission` webhook delivery.
 */
export type FormSubmissionEventField = components["schemas"]["FormSubmissionEventField"];
/**
 * Whether `value` is a {@link FormSubmissionEventField}; the fast check {@link validateFormSubmissionEventField} runs before explaining a failure.
 */
export declare function isFormSubmissionEventField(value: unknown): value is FormSubmissionEventField;
/**
 * The FormSubmissionEventField schema as data: what {@link validateFormSubmissionEventField} walks to say why a value failed.
 */
export declare const formSubmissionEventFieldSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FormSubmissionEventField}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEventField}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFormSubmissionEventField: Validator<FormSubmissionEventField>;
/**
 * The payload of a `form_submission` webhook delivery.
 */
export type FormSubmissionEventPayload = components["schemas"]["FormSubmissionEventPayload"];
/**
 * Whether `value` is a {@link FormSubmissionEventPayload}; the fast check {@link validateFormSubmissionEventPayload} runs before explaining a failure.
 */
export declare function isFormSubmissionEventPayload(value: unknown): value is FormSubmissionEventPayload;
/**
 * The FormSubmissionEventPayload schema as data: what {@link validateFormSubmissionEventPayload} walks to say why a value failed.
 */
export declare const formSubmissionEventPayloadSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link FormSubmissionEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateFormSubmissionEventPayload: Validator<FormSubmissionEventPayload>;
/**
 * Custom HTML attributes, attribute name to value. The reference gives no shape for the values, so any JSON value is accepted.
 */
export type HtmlAttributes = components["schemas"]["HtmlAttributes"];
/**
 * Whether `value` is a {@link HtmlAttributes}; the fast check {@link validateHtmlAttributes} runs before explaining a failure.
 */
export declare function isHtmlAttributes(value: unknown): value is HtmlAttributes;
/**
 * The HtmlAttributes schema as data: what {@link validateHtmlAttributes} walks to say why a value failed.
 */
export declare const htmlAttributesSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link HtmlAttributes}.
 * @returns `{ ok: true, value }` typed as {@link HtmlAttributes}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateHtmlAttributes: Validator<HtmlAttributes>;
/**
 * An image node, identified by the asset it shows.
 */
export type ImageNode = components["schemas"]["ImageNode"];
/**
 * Whether `value` is a {@link ImageNode}; the fast check {@link validateImageNode} runs before explaining a failure.
 */
export declare function isImageNode(value: unknown): value is ImageNode;
/**
 * The ImageNode schema as data: what {@link validateImageNode} walks to say why a value failed.
 */
export declare const imageNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ImageNode}.
 * @returns `{ ok: true, value }` typed as {@link ImageNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateImageNode: Validator<ImageNode>;
/**
 * A Webflow object id: 24 lowercase hexadecimal characters (a MongoDB ObjectId), as used for sites, pages, collections, items and most other resources.
 */
export type ObjectId = components["schemas"]["ObjectId"];
/**
 * Whether `value` is a {@link ObjectId}; the fast check {@link validateObjectId} runs before explaining a failure.
 */
export declare function isObjectId(value: unknown): value is ObjectId;
/**
 * The ObjectId schema as data: what {@link validateObjectId} walks to say why a value failed.
 */
export declare const objectIdSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link ObjectId}.
 * @returns `{ ok: true, value }` typed as {@link ObjectId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateObjectId: Validator<ObjectId>;
/**
 * Body POSTed to the webhook URL for trigger type `page_created` (a page was created).
 */
export type PageCreatedEvent = components["schemas"]["PageCreatedEvent"];
/**
 * Whether `value` is a {@link PageCreatedEvent}; the fast check {@link validatePageCreatedEvent} runs before explaining a failure.
 */
export declare function isPageCreatedEvent(value: unknown): value is PageCreatedEvent;
/**
 * The PageCreatedEvent schema as data: what {@link validatePageCreatedEvent} walks to say why a value failed.
 */
export declare const pageCreatedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageCreatedEvent}.
 * @returns `{ ok: true, value }` typed as {@link PageCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageCreatedEvent: Validator<PageCreatedEvent>;
/**
 * Body POSTed to the webhook URL for trigger type `page_deleted` (a page was deleted).
 */
export type PageDeletedEvent = components["schemas"]["PageDeletedEvent"];
/**
 * Whether `value` is a {@link PageDeletedEvent}; the fast check {@link validatePageDeletedEvent} runs before explaining a failure.
 */
export declare function isPageDeletedEvent(value: unknown): value is PageDeletedEvent;
/**
 * The PageDeletedEvent schema as data: what {@link validatePageDeletedEvent} walks to say why a value failed.
 */
export declare const pageDeletedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageDeletedEvent}.
 * @returns `{ ok: true, value }` typed as {@link PageDeletedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageDeletedEvent: Validator<PageDeletedEvent>;
/**
 * The fields common to the payloads of the page webhook deliveries (`page_created`, `page_metadata_updated`, `page_deleted`).
 */
export type PageEventPayload = components["schemas"]["PageEventPayload"];
/**
 * Whether `value` is a {@link PageEventPayload}; the fast check {@link validatePageEventPayload} runs before explaining a failure.
 */
export declare function isPageEventPayload(value: unknown): value is PageEventPayload;
/**
 * The PageEventPayload schema as data: what {@link validatePageEventPayload} walks to say why a value failed.
 */
export declare const pageEventPayloadSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageEventPayload}.
 * @returns `{ ok: true, value }` typed as {@link PageEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageEventPayload: Validator<PageEventPayload>;
/**
 * Body POSTed to the webhook URL for trigger type `page_metadata_updated` (the metadata of a page, such as its title, slug, SEO or Open Graph settings, was updated).
 */
export type PageMetadataUpdatedEvent = components["schemas"]["PageMetadataUpdatedEvent"];
/**
 * Whether `value` is a {@link PageMetadataUpdatedEvent}; the fast check {@link validatePageMetadataUpdatedEvent} runs before explaining a failure.
 */
export declare function isPageMetadataUpdatedEvent(value: unknown): value is PageMetadataUpdatedEvent;
/**
 * The PageMetadataUpdatedEvent schema as data: what {@link validatePageMetadataUpdatedEvent} walks to say why a value failed.
 */
export declare const pageMetadataUpdatedEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link PageMetadataUpdatedEvent}.
 * @returns `{ ok: true, value }` typed as {@link PageMetadataUpdatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePageMetadataUpdatedEvent: Validator<PageMetadataUpdatedEvent>;
/**
 * Paging information returned by list endpoints. Lists page with `offset` and `limit` (at most 100); `total` is the number of items across all pages.
 */
export type Pagination = components["schemas"]["Pagination"];
/**
 * Whether `value` is a {@link Pagination}; the fast check {@link validatePagination} runs before explaining a failure.
 */
export declare function isPagination(value: unknown): value is Pagination;
/**
 * The Pagination schema as data: what {@link validatePagination} walks to say why a value failed.
 */
export declare const paginationSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link Pagination}.
 * @returns `{ ok: true, value }` typed as {@link Pagination}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validatePagination: Validator<Pagination>;
/**
 * The button of a site search form.
 */
export type SearchButtonNode = components["schemas"]["SearchButtonNode"];
/**
 * Whether `value` is a {@link SearchButtonNode}; the fast check {@link validateSearchButtonNode} runs before explaining a failure.
 */
export declare function isSearchButtonNode(value: unknown): value is SearchButtonNode;
/**
 * The SearchButtonNode schema as data: what {@link validateSearchButtonNode} walks to say why a value failed.
 */
export declare const searchButtonNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SearchButtonNode}.
 * @returns `{ ok: true, value }` typed as {@link SearchButtonNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSearchButtonNode: Validator<SearchButtonNode>;
/**
 * New label of a search button.
 */
export type SearchButtonNodeUpdate = components["schemas"]["SearchButtonNodeUpdate"];
/**
 * Whether `value` is a {@link SearchButtonNodeUpdate}; the fast check {@link validateSearchButtonNodeUpdate} runs before explaining a failure.
 */
export declare function isSearchButtonNodeUpdate(value: unknown): value is SearchButtonNodeUpdate;
/**
 * The SearchButtonNodeUpdate schema as data: what {@link validateSearchButtonNodeUpdate} walks to say why a value failed.
 */
export declare const searchButtonNodeUpdateSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SearchButtonNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link SearchButtonNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSearchButtonNodeUpdate: Validator<SearchButtonNodeUpdate>;
/**
 * One choice of a select field.
 */
export type SelectChoice = components["schemas"]["SelectChoice"];
/**
 * Whether `value` is a {@link SelectChoice}; the fast check {@link validateSelectChoice} runs before explaining a failure.
 */
export declare function isSelectChoice(value: unknown): value is SelectChoice;
/**
 * The SelectChoice schema as data: what {@link validateSelectChoice} walks to say why a value failed.
 */
export declare const selectChoiceSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SelectChoice}.
 * @returns `{ ok: true, value }` typed as {@link SelectChoice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSelectChoice: Validator<SelectChoice>;
/**
 * A select (dropdown) field of a form with its choices.
 */
export type SelectNode = components["schemas"]["SelectNode"];
/**
 * Whether `value` is a {@link SelectNode}; the fast check {@link validateSelectNode} runs before explaining a failure.
 */
export declare function isSelectNode(value: unknown): value is SelectNode;
/**
 * The SelectNode schema as data: what {@link validateSelectNode} walks to say why a value failed.
 */
export declare const selectNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SelectNode}.
 * @returns `{ ok: true, value }` typed as {@link SelectNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSelectNode: Validator<SelectNode>;
/**
 * New choices of a select field.
 */
export type SelectNodeUpdate = components["schemas"]["SelectNodeUpdate"];
/**
 * Whether `value` is a {@link SelectNodeUpdate}; the fast check {@link validateSelectNodeUpdate} runs before explaining a failure.
 */
export declare function isSelectNodeUpdate(value: unknown): value is SelectNodeUpdate;
/**
 * The SelectNodeUpdate schema as data: what {@link validateSelectNodeUpdate} walks to say why a value failed.
 */
export declare const selectNodeUpdateSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SelectNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link SelectNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSelectNodeUpdate: Validator<SelectNodeUpdate>;
/**
 * Body POSTed to the webhook URL for trigger type `site_publish` (the site, or one page of it, was published).
 */
export type SitePublishEvent = components["schemas"]["SitePublishEvent"];
/**
 * Whether `value` is a {@link SitePublishEvent}; the fast check {@link validateSitePublishEvent} runs before explaining a failure.
 */
export declare function isSitePublishEvent(value: unknown): value is SitePublishEvent;
/**
 * The SitePublishEvent schema as data: what {@link validateSitePublishEvent} walks to say why a value failed.
 */
export declare const sitePublishEventSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SitePublishEvent}.
 * @returns `{ ok: true, value }` typed as {@link SitePublishEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSitePublishEvent: Validator<SitePublishEvent>;
/**
 * The submit button of a form, with its label and the label shown while the form is sent.
 */
export type SubmitButtonNode = components["schemas"]["SubmitButtonNode"];
/**
 * Whether `value` is a {@link SubmitButtonNode}; the fast check {@link validateSubmitButtonNode} runs before explaining a failure.
 */
export declare function isSubmitButtonNode(value: unknown): value is SubmitButtonNode;
/**
 * The SubmitButtonNode schema as data: what {@link validateSubmitButtonNode} walks to say why a value failed.
 */
export declare const submitButtonNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SubmitButtonNode}.
 * @returns `{ ok: true, value }` typed as {@link SubmitButtonNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSubmitButtonNode: Validator<SubmitButtonNode>;
/**
 * New labels of a submit button; send either or both.
 */
export type SubmitButtonNodeUpdate = components["schemas"]["SubmitButtonNodeUpdate"];
/**
 * Whether `value` is a {@link SubmitButtonNodeUpdate}; the fast check {@link validateSubmitButtonNodeUpdate} runs before explaining a failure.
 */
export declare function isSubmitButtonNodeUpdate(value: unknown): value is SubmitButtonNodeUpdate;
/**
 * The SubmitButtonNodeUpdate schema as data: what {@link validateSubmitButtonNodeUpdate} walks to say why a value failed.
 */
export declare const submitButtonNodeUpdateSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link SubmitButtonNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link SubmitButtonNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateSubmitButtonNodeUpdate: Validator<SubmitButtonNodeUpdate>;
/**
 * A text input of a form, whose placeholder can be read and updated.
 */
export type TextInputNode = components["schemas"]["TextInputNode"];
/**
 * Whether `value` is a {@link TextInputNode}; the fast check {@link validateTextInputNode} runs before explaining a failure.
 */
export declare function isTextInputNode(value: unknown): value is TextInputNode;
/**
 * The TextInputNode schema as data: what {@link validateTextInputNode} walks to say why a value failed.
 */
export declare const textInputNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link TextInputNode}.
 * @returns `{ ok: true, value }` typed as {@link TextInputNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateTextInputNode: Validator<TextInputNode>;
/**
 * New placeholder of a text input.
 */
export type TextInputNodeUpdate = components["schemas"]["TextInputNodeUpdate"];
/**
 * Whether `value` is a {@link TextInputNodeUpdate}; the fast check {@link validateTextInputNodeUpdate} runs before explaining a failure.
 */
export declare function isTextInputNodeUpdate(value: unknown): value is TextInputNodeUpdate;
/**
 * The TextInputNodeUpdate schema as data: what {@link validateTextInputNodeUpdate} walks to say why a value failed.
 */
export declare const textInputNodeUpdateSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link TextInputNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link TextInputNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateTextInputNodeUpdate: Validator<TextInputNodeUpdate>;
/**
 * A text node (heading, paragraph, link text...) with its content as HTML and as plain text.
 */
export type TextNode = components["schemas"]["TextNode"];
/**
 * Whether `value` is a {@link TextNode}; the fast check {@link validateTextNode} runs before explaining a failure.
 */
export declare function isTextNode(value: unknown): value is TextNode;
/**
 * The TextNode schema as data: what {@link validateTextNode} walks to say why a value failed.
 */
export declare const textNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link TextNode}.
 * @returns `{ ok: true, value }` typed as {@link TextNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateTextNode: Validator<TextNode>;
/**
 * New content of a text node.
 */
export type TextNodeUpdate = components["schemas"]["TextNodeUpdate"];
/**
 * Whether `value` is a {@link TextNodeUpdate}; the fast check {@link validateTextNodeUpdate} runs before explaining a failure.
 */
export declare function isTextNodeUpdate(value: unknown): value is TextNodeUpdate;
/**
 * The TextNodeUpdate schema as data: what {@link validateTextNodeUpdate} walks to say why a value failed.
 */
export declare const textNodeUpdateSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link TextNodeUpdate}.
 * @returns `{ ok: true, value }` typed as {@link TextNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateTextNodeUpdate: Validator<TextNodeUpdate>;
/**
 * A node of a type this description does not document (Webflow adds node types over time). Only `type` is known to be present; every field is passed through as sent.
 */
export type UnknownDomNode = components["schemas"]["UnknownDomNode"];
/**
 * Whether `value` is a {@link UnknownDomNode}; the fast check {@link validateUnknownDomNode} runs before explaining a failure.
 */
export declare function isUnknownDomNode(value: unknown): value is UnknownDomNode;
/**
 * The UnknownDomNode schema as data: what {@link validateUnknownDomNode} walks to say why a value failed.
 */
export declare const unknownDomNodeSchema: SchemaPlan;
/**
 * Checks that `value` is a {@link UnknownDomNode}.
 * @returns `{ ok: true, value }` typed as {@link UnknownDomNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare const validateUnknownDomNode: Validator<UnknownDomNode>;
