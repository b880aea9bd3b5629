import type { components, operations } from "./schema.js";
/**
 * The Data Client app the token was issued to (present only for OAuth tokens).
 */
export type Application = components["schemas"]["Application"];
/**
 * A registered script applied as custom code to a site or a page: which script, which of its versions, where in the page it goes and with which attributes.
 */
export type AppliedScript = components["schemas"]["AppliedScript"];
/**
 * An asset (image or file) uploaded to a site.
 */
export type Asset = components["schemas"]["Asset"];
/**
 * A folder that groups the assets of a site.
 */
export type AssetFolder = components["schemas"]["AssetFolder"];
/**
 * Response of GET /sites/{site_id}/asset_folders, the asset folders of a site.
 */
export type AssetFolderList = components["schemas"]["AssetFolderList"];
/**
 * Response of GET /sites/{site_id}/assets, one page of assets.
 */
export type AssetList = components["schemas"]["AssetList"];
/**
 * Response of POST /sites/{site_id}/assets: the new asset's metadata and the S3 upload target. POST the file as `multipart/form-data` to `uploadUrl`, with every `uploadDetails` field as a form field, to finish the upload.
 */
export type AssetUpload = components["schemas"]["AssetUpload"];
/**
 * The S3 form fields to send, each as a form field, together with the file when POSTing it to `uploadUrl`. The field names are S3's.
 */
export type AssetUploadDetails = components["schemas"]["AssetUploadDetails"];
/**
 * A resized or reformatted version of an image asset.
 */
export type AssetVariant = components["schemas"]["AssetVariant"];
/**
 * One event of a workspace audit log. Discriminated on `eventType`: each known event type has its own schema, and UnknownAuditEvent takes any event type this description does not know yet (and an event without `eventType`), so a new event type never makes a response fail validation.
 */
export type AuditLogEvent = components["schemas"]["AuditLogEvent"];
/**
 * Response of GET /workspaces/{workspace_id_or_slug}/audit_logs, one page of audit-log events.
 */
export type AuditLogList = components["schemas"]["AuditLogList"];
/**
 * A user named in an audit-log event.
 */
export type AuditLogUser = components["schemas"]["AuditLogUser"];
/**
 * The kind of workspace user (`member`, `guest`, `reviewer` or `client`). Values this description does not know yet are passed through.
 */
export type AuditLogUserType = components["schemas"]["AuditLogUserType"];
/**
 * The authorization (token grant) behind the access token.
 */
export type Authorization = components["schemas"]["Authorization"];
/**
 * The user who authorized the token (response of GET /token/authorized_by).
 */
export type AuthorizedUser = components["schemas"]["AuthorizedUser"];
/**
 * Body of POST /sites/{site_id}/custom_fonts/batchDelete, the fonts to delete.
 */
export type BatchDeleteCustomFontsRequest = components["schemas"]["BatchDeleteCustomFontsRequest"];
/**
 * Response of POST /sites/{site_id}/custom_fonts/batchDelete: which fonts were deleted and which could not be.
 */
export type BatchDeleteCustomFontsResponse = components["schemas"]["BatchDeleteCustomFontsResponse"];
/**
 * Response of POST /collections/{collection_id}/items/bulk: the item created, with the CMS locales it was created in.
 */
export type BulkCollectionItem = components["schemas"]["BulkCollectionItem"];
/**
 * Body of POST /collections/{collection_id}/items/bulk: one item (or up to 100 items) created in each of several locales. Without `cmsLocaleIds` the items are created in the primary locale only.
 */
export type BulkCreateCollectionItemsRequest = components["schemas"]["BulkCreateCollectionItemsRequest"];
/**
 * A CMS collection with its fields (GET /collections/{collection_id}, and the response of POST /sites/{site_id}/collections). Every collection has the built-in `name` and `slug` fields besides its custom fields.
 */
export type Collection = components["schemas"]["Collection"];
/**
 * An item of a CMS collection in one locale, staged or live (the lists, the single-item reads and the create and update responses).
 */
export type CollectionItem = components["schemas"]["CollectionItem"];
/**
 * Several items at once: the response of PATCH .../items/live, and of a create or update that sent several items. The staged bulk update may also send a `pagination` object beside `items`.
 */
export type CollectionItemBatch = components["schemas"]["CollectionItemBatch"];
/**
 * Webhook delivery body for trigger type `collection_item_changed`, sent when an item is updated.
 */
export type CollectionItemChangedEvent = components["schemas"]["CollectionItemChangedEvent"];
/**
 * Webhook delivery body for trigger type `collection_item_created`, sent when an item is created.
 */
export type CollectionItemCreatedEvent = components["schemas"]["CollectionItemCreatedEvent"];
/**
 * Webhook delivery body for trigger type `collection_item_deleted`, sent when an item is deleted.
 */
export type CollectionItemDeletedEvent = components["schemas"]["CollectionItemDeletedEvent"];
/**
 * The item a collection item webhook is about, with the site, workspace and collection it belongs to (payload of collection_item_deleted, collection_item_published and collection_item_unpublished; see CollectionItemSavedEventPayload for created and changed).
 */
export type CollectionItemEventPayload = components["schemas"]["CollectionItemEventPayload"];
/**
 * One page of items (GET /collections/{collection_id}/items and .../items/live), paged with `offset` and `limit`.
 */
export type CollectionItemList = components["schemas"]["CollectionItemList"];
/**
 * One item, or several items under `items`: the response of the create endpoints (POST .../items and .../items/live) and of the staged bulk update (PATCH .../items), depending on whether one item or several were sent. Tell them apart with `'items' in result`.
 */
export type CollectionItemOrBatch = components["schemas"]["CollectionItemOrBatch"];
/**
 * Webhook delivery body for trigger type `collection_item_published`, sent when an item is published.
 */
export type CollectionItemPublishedEvent = components["schemas"]["CollectionItemPublishedEvent"];
/**
 * An item to act on, optionally in some CMS locales only.
 */
export type CollectionItemRef = components["schemas"]["CollectionItemRef"];
/**
 * Body of DELETE /collections/{collection_id}/items (delete) and .../items/live (unpublish, at most 100 items), and one form of the publish body: the items, each optionally limited to some locales.
 */
export type CollectionItemRefList = components["schemas"]["CollectionItemRefList"];
/**
 * Payload of collection_item_created and collection_item_changed: the item as saved, with its site, workspace and collection IDs and its field values.
 */
export type CollectionItemSavedEventPayload = components["schemas"]["CollectionItemSavedEventPayload"];
/**
 * Webhook delivery body for trigger type `collection_item_unpublished`, sent when an item is unpublished.
 */
export type CollectionItemUnpublishedEvent = components["schemas"]["CollectionItemUnpublishedEvent"];
/**
 * Changes to one item (body of PATCH .../items/{item_id} and .../items/{item_id}/live): only the properties and field values sent are changed. Without `cmsLocaleId` the primary locale is updated.
 */
export type CollectionItemUpdate = components["schemas"]["CollectionItemUpdate"];
/**
 * Changes to one item of a several-items update, naming the item by `id`.
 */
export type CollectionItemUpdateWithId = components["schemas"]["CollectionItemUpdateWithId"];
/**
 * Response of GET /sites/{site_id}/collections. The list is not paginated.
 */
export type CollectionList = components["schemas"]["CollectionList"];
/**
 * A CMS collection as GET /sites/{site_id}/collections lists it: its identity and dates, without its fields.
 */
export type CollectionSummary = components["schemas"]["CollectionSummary"];
/**
 * Body of the webhook delivery for trigger type `comment_created` (a comment was created on the site).
 */
export type CommentCreatedEvent = components["schemas"]["CommentCreatedEvent"];
/**
 * The payload of a `comment_created` webhook delivery: the new comment and the thread it belongs to.
 */
export type CommentCreatedEventPayload = components["schemas"]["CommentCreatedEventPayload"];
/**
 * A reply in a comment thread.
 */
export type CommentReply = components["schemas"]["CommentReply"];
/**
 * Response of GET /sites/{site_id}/comments/{comment_thread_id}/replies, one page of replies. The array is under the key `comments`, not `replies`.
 */
export type CommentReplyList = components["schemas"]["CommentReplyList"];
/**
 * A user in a comment reply (its author or a mentioned user). Unlike CommentThreadUser it is identified by `id`, not `userId`.
 */
export type CommentReplyUser = components["schemas"]["CommentReplyUser"];
/**
 * A comment thread left on a page of a site in the Designer.
 */
export type CommentThread = components["schemas"]["CommentThread"];
/**
 * Response of GET /sites/{site_id}/comments, one page of comment threads.
 */
export type CommentThreadList = components["schemas"]["CommentThreadList"];
/**
 * A user in a comment thread (its author or a mentioned user), identified by `userId`.
 */
export type CommentThreadUser = components["schemas"]["CommentThreadUser"];
/**
 * A component (reusable element) defined on a site.
 */
export type Component = components["schemas"]["Component"];
/**
 * Response of GET /sites/{site_id}/components/{component_id}/dom: one page of the static content nodes of a component.
 */
export type ComponentContent = components["schemas"]["ComponentContent"];
/**
 * An instance of a component placed on the page or inside another component, with the property values this instance overrides.
 */
export type ComponentInstanceNode = components["schemas"]["ComponentInstanceNode"];
/**
 * New values of the overridden properties of a component instance.
 */
export type ComponentInstanceNodeUpdate = components["schemas"]["ComponentInstanceNodeUpdate"];
/**
 * Response of GET /sites/{site_id}/components, one page of components.
 */
export type ComponentList = components["schemas"]["ComponentList"];
/**
 * A text property of a component: its definition (id, type, label) and its value. Used for the properties of a component and for the values a component instance overrides.
 */
export type ComponentProperty = components["schemas"]["ComponentProperty"];
/**
 * Response of GET /sites/{site_id}/components/{component_id}/properties: one page of the properties of a component with their default values.
 */
export type ComponentPropertyList = components["schemas"]["ComponentPropertyList"];
/**
 * The new value of one text property of a component.
 */
export type ComponentPropertyUpdate = components["schemas"]["ComponentPropertyUpdate"];
/**
 * Response of the content updates (POST /pages/{page_id}/dom, POST /sites/{site_id}/components/{component_id}/dom and POST /sites/{site_id}/components/{component_id}/properties): `errors` lists the updates that could not be applied (an empty list means all were).
 */
export type ContentUpdateResponse = components["schemas"]["ContentUpdateResponse"];
/**
 * Body of POST /sites/{site_id}/asset_folders.
 */
export type CreateAssetFolderRequest = components["schemas"]["CreateAssetFolderRequest"];
/**
 * Body of POST /collections/{collection_id}/items and .../items/live: one item, or several items under `items`.
 */
export type CreateCollectionItemsRequest = components["schemas"]["CreateCollectionItemsRequest"];
/**
 * Body of POST /sites/{site_id}/collections. The built-in `name` and `slug` fields are created automatically; `fields` adds custom fields (the only way to create several fields in one request).
 */
export type CreateCollectionRequest = components["schemas"]["CreateCollectionRequest"];
/**
 * Body of POST /sites/{site_id}/custom_fonts: the font's settings and the metadata of its file. The file itself is then uploaded to the target the response gives.
 */
export type CreateCustomFontRequest = components["schemas"]["CreateCustomFontRequest"];
/**
 * A field to create (body of POST /collections/{collection_id}/fields, and an entry of `fields` when creating a collection): a static field, an Option field or a Reference field, told apart by `type`. Field validations cannot be set through the API.
 */
export type CreateFieldRequest = components["schemas"]["CreateFieldRequest"];
/**
 * An Option field to create, with the options an item can choose from.
 */
export type CreateOptionFieldRequest = components["schemas"]["CreateOptionFieldRequest"];
/**
 * Body of POST /sites/{site_id}/products: the product and its first (default) SKU. Further SKUs are added with createSkus.
 */
export type CreateProductRequest = components["schemas"]["CreateProductRequest"];
/**
 * Body of POST /sites/{site_id}/redirects.
 */
export type CreateRedirectRequest = components["schemas"]["CreateRedirectRequest"];
/**
 * A Reference or MultiReference field to create, pointing at items of another collection.
 */
export type CreateReferenceFieldRequest = components["schemas"]["CreateReferenceFieldRequest"];
/**
 * Body of POST /workspaces/{workspace_id}/sites.
 */
export type CreateSiteRequest = components["schemas"]["CreateSiteRequest"];
/**
 * Body of POST /sites/{site_id}/products/{product_id}/skus.
 */
export type CreateSkusRequest = components["schemas"]["CreateSkusRequest"];
/**
 * A field to create whose type needs no settings (text, number, date, media, link, switch...).
 */
export type CreateStaticFieldRequest = components["schemas"]["CreateStaticFieldRequest"];
/**
 * Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
 */
export type CreateWebhookRequest = components["schemas"]["CreateWebhookRequest"];
/**
 * Response of POST /collections/{collection_id}/fields: the created field, in the shape of the request (with its `id`).
 */
export type CreatedField = components["schemas"]["CreatedField"];
/**
 * The custom code of a site or of a page: the registered scripts applied to it. Response of GET and PUT /sites/{site_id}/custom_code and /pages/{page_id}/custom_code, and body of the PUT requests.
 */
export type CustomCode = components["schemas"]["CustomCode"];
/**
 * The custom code applied to the site or to one of its pages, as listed by GET /sites/{site_id}/custom_code/blocks.
 */
export type CustomCodeBlock = components["schemas"]["CustomCodeBlock"];
/**
 * Response of GET /sites/{site_id}/custom_code/blocks, one page of custom code blocks.
 */
export type CustomCodeBlockList = components["schemas"]["CustomCodeBlockList"];
/**
 * Response of GET /sites/{site_id}/custom_domains.
 */
export type CustomDomainList = components["schemas"]["CustomDomainList"];
/**
 * A custom font uploaded to a site.
 */
export type CustomFont = components["schemas"]["CustomFont"];
/**
 * A variation axis of a variable font (for example `wght`, weight).
 */
export type CustomFontAxis = components["schemas"]["CustomFontAxis"];
/**
 * A custom font a batch delete could not delete, and why.
 */
export type CustomFontDeleteFailure = components["schemas"]["CustomFontDeleteFailure"];
/**
 * How the browser displays text while a custom font loads (CSS `font-display`): `auto`, `block`, `swap`, `fallback` or `optional`.
 */
export type CustomFontDisplay = components["schemas"]["CustomFontDisplay"];
/**
 * Response of GET /sites/{site_id}/custom_fonts, one page of custom fonts.
 */
export type CustomFontList = components["schemas"]["CustomFontList"];
/**
 * A custom font named by its ID.
 */
export type CustomFontReference = components["schemas"]["CustomFontReference"];
/**
 * A custom font, wrapped (response of the get and update custom font endpoints).
 */
export type CustomFontResponse = components["schemas"]["CustomFontResponse"];
/**
 * An S3 upload target for a font file (a pre-signed form POST).
 */
export type CustomFontUpload = components["schemas"]["CustomFontUpload"];
/**
 * The S3 form fields of a font upload, to send unchanged with the file. The field names are S3's; X-Amz-Security-Token is only sent with temporary credentials.
 */
export type CustomFontUploadFields = components["schemas"]["CustomFontUploadFields"];
/**
 * Response (202 Accepted) of the create custom font and replace custom font file endpoints: the font's record and where to upload its file. POST the file as `multipart/form-data` to `upload.url` with every `upload.fields` entry as a form field before `upload.expiresAt`.
 */
export type CustomFontUploadResponse = components["schemas"]["CustomFontUploadResponse"];
/**
 * A custom role of the workspace was created, updated or deleted (`eventType` `custom_role`).
 */
export type CustomRoleAuditEvent = components["schemas"]["CustomRoleAuditEvent"];
/**
 * An ISO-8601 date and time in UTC, e.g. `2023-04-02T12:42:00.000Z`.
 */
export type DateTime = components["schemas"]["DateTime"];
/**
 * Body of DELETE /sites/{site_id}/well_known, naming the files to delete.
 */
export type DeleteWellKnownFilesRequest = components["schemas"]["DeleteWellKnownFilesRequest"];
/**
 * A node of the static content (DOM) of a page or a component, as read by getPageContent and getComponentContent. Discriminated on `type`: each documented node type has its own schema whose `type` is a constant (`text`, `image`, `component-instance`, `text-input`, `select`, `submit-button`, `search-button`); a node of any other type (Webflow adds node types over time) is an UnknownDomNode and is passed through as sent.
 */
export type DomNode = components["schemas"]["DomNode"];
/**
 * The new content of one node: the fields to send depend on the node's type (`text` for a text node, `propertyOverrides` for a component instance, `choices` for a select field, `placeholder` for a text input, `value` and/or `waitingText` for a submit button, `value` for a search button).
 */
export type DomNodeUpdate = components["schemas"]["DomNodeUpdate"];
/**
 * Text content of a node or of a component property, as HTML (with inline formatting) and as plain text. Either may be null.
 */
export type DomText = components["schemas"]["DomText"];
/**
 * Body of POST /pages/{page_id}/dom and POST /sites/{site_id}/components/{component_id}/dom: the nodes to update, each identified by `nodeId` and carrying the new content for its node type.
 */
export type DomUpdateRequest = components["schemas"]["DomUpdateRequest"];
/**
 * A custom domain attached to a site.
 */
export type Domain = components["schemas"]["Domain"];
/**
 * Body of the webhook delivery for trigger type `ecomm_inventory_changed`: the inventory of a SKU changed; `payload` is the new inventory.
 */
export type EcommInventoryChangedEvent = components["schemas"]["EcommInventoryChangedEvent"];
/**
 * Body of the webhook delivery for trigger type `ecomm_new_order`: a new order was placed; `payload` is the order.
 */
export type EcommNewOrderEvent = components["schemas"]["EcommNewOrderEvent"];
/**
 * Body of the webhook delivery for trigger type `ecomm_order_changed`: an order changed (status, shipping details, comment...); `payload` is the order as it is now.
 */
export type EcommOrderChangedEvent = components["schemas"]["EcommOrderChangedEvent"];
/**
 * The ecommerce settings of a site.
 */
export type EcommerceSettings = components["schemas"]["EcommerceSettings"];
/**
 * Body of every 4xx and 5xx response of the Data API v2. `code` is a machine-readable error code (see ErrorCode), `message` a human-readable explanation (for `missing_scopes` it names the missing scopes), `externalReference` an optional link or reference id, and `details` extra information such as the parameters that failed validation. Only `code` and `message` are required, so that a client can still surface errors whose body omits the optional fields.
 */
export type ErrorSchema = components["schemas"]["Error"];
/**
 * Machine-readable error code. The enum lists every code known when this description was written, but new codes appear over time: the schema also accepts any other string, and clients must handle unknown codes (treat them by HTTP status). Common codes by status: 400 bad_request / validation_error, 401 not_authorized, 403 forbidden / missing_scopes, 404 resource_not_found, 409 conflict, 429 too_many_requests, 500 internal_error, 503 service_unavailable.
 */
export type ErrorCode = components["schemas"]["ErrorCode"];
/**
 * A structured error detail naming the parameter that caused the error.
 */
export type ErrorDetail = components["schemas"]["ErrorDetail"];
/**
 * A field of a CMS collection, as GET /collections/{collection_id} and PATCH .../fields/{field_id} return it.
 */
export type Field = components["schemas"]["Field"];
/**
 * The type of a collection field. Webflow adds field types over time: a value outside the known list is passed through as a plain string.
 */
export type FieldType = components["schemas"]["FieldType"];
/**
 * A form on a page of a site, with its fields and response settings (the form's schema).
 */
export type Form = components["schemas"]["Form"];
/**
 * Response of GET /sites/{site_id}/forms, one page of forms.
 */
export type FormList = components["schemas"]["FormList"];
/**
 * What happens after a form is submitted (redirect and confirmation e-mail).
 */
export type FormResponseSettings = components["schemas"]["FormResponseSettings"];
/**
 * A submission of a form.
 */
export type FormSubmission = components["schemas"]["FormSubmission"];
/**
 * Body of the webhook delivery for trigger type `form_submission` (a form on the site was submitted).
 */
export type FormSubmissionEvent = components["schemas"]["FormSubmissionEvent"];
/**
 * A field of the submitted form, in a `form_submission` webhook delivery.
 */
export type FormSubmissionEventField = components["schemas"]["FormSubmissionEventField"];
/**
 * The payload of a `form_submission` webhook delivery.
 */
export type FormSubmissionEventPayload = components["schemas"]["FormSubmissionEventPayload"];
/**
 * One page of form submissions (response of the list form submissions endpoints).
 */
export type FormSubmissionList = components["schemas"]["FormSubmissionList"];
/**
 * Body of POST /sites/{site_id}/orders/{order_id}/fulfill.
 */
export type FulfillOrderRequest = components["schemas"]["FulfillOrderRequest"];
/**
 * A Google tag (for example a Google Analytics or Google Ads tag ID) installed on a site.
 */
export type GoogleTag = components["schemas"]["GoogleTag"];
/**
 * The Google tags of a site: the response of the Google tag operations and the body of PATCH /sites/{site_id}/integrations/google_tags.
 */
export type GoogleTagList = components["schemas"]["GoogleTagList"];
/**
 * Custom HTML attributes, attribute name to value. The reference gives no shape for the values, so any JSON value is accepted.
 */
export type HtmlAttributes = components["schemas"]["HtmlAttributes"];
/**
 * An image node, identified by the asset it shows.
 */
export type ImageNode = components["schemas"]["ImageNode"];
/**
 * Information about the token used for the request (response of GET /token/introspect). `application` is absent for site and workspace tokens (grantType `client_credentials`).
 */
export type Introspection = components["schemas"]["Introspection"];
/**
 * The inventory of a SKU.
 */
export type Inventory = components["schemas"]["Inventory"];
/**
 * How the stock of a SKU is counted: `finite` (tracked quantity) or `infinite` (unlimited).
 */
export type InventoryType = components["schemas"]["InventoryType"];
/**
 * The field values of a CMS item, keyed by field slug. `name` and `slug` are the built-in fields every collection has; every other key is a custom field whose value type depends on the field's type (text, number, boolean, an image or file object, a referenced item ID, a list of IDs...).
 */
export type ItemFieldData = components["schemas"]["ItemFieldData"];
/**
 * Field values of a CMS item where `name` and `slug` may be absent: the values to change in an update (only the fields sent are changed), and the values echoed by a bulk create. Keyed by field slug like ItemFieldData.
 */
export type ItemFieldDataPartial = components["schemas"]["ItemFieldDataPartial"];
/**
 * A locale of a site (Localization).
 */
export type Locale = components["schemas"]["Locale"];
/**
 * An item to create. Only `fieldData` (with `name` and `slug`) is required.
 */
export type NewCollectionItem = components["schemas"]["NewCollectionItem"];
/**
 * Several items to create in one request.
 */
export type NewCollectionItemList = components["schemas"]["NewCollectionItemList"];
/**
 * A Webflow object id: 24 lowercase hexadecimal characters (a MongoDB ObjectId), as used for sites, pages, collections, items and most other resources.
 */
export type ObjectId = components["schemas"]["ObjectId"];
/**
 * An ecommerce order: its status, customer, addresses, purchased items, payment details and totals. Every field may be absent.
 */
export type Order = components["schemas"]["Order"];
/**
 * A shipping or billing address of an order.
 */
export type OrderAddress = components["schemas"]["OrderAddress"];
/**
 * The customer who placed an order.
 */
export type OrderCustomerInfo = components["schemas"]["OrderCustomerInfo"];
/**
 * Response of GET /sites/{site_id}/orders, one page of orders.
 */
export type OrderList = components["schemas"]["OrderList"];
/**
 * PayPal identifiers of an order's payment.
 */
export type OrderPaypalDetails = components["schemas"]["OrderPaypalDetails"];
/**
 * An amount of money in an order: the amount in the smallest unit of the currency as a string, its currency code, and the amount formatted for display.
 */
export type OrderPrice = components["schemas"]["OrderPrice"];
/**
 * One purchased SKU of an order, with its quantity and prices.
 */
export type OrderPurchasedItem = components["schemas"]["OrderPurchasedItem"];
/**
 * The documented statuses of an order: `pending` (payment not yet confirmed), `unfulfilled`, `fulfilled`, `disputed`, `dispute-lost` and `refunded`.
 */
export type OrderStatus = components["schemas"]["OrderStatus"];
/**
 * The card an order was paid with.
 */
export type OrderStripeCard = components["schemas"]["OrderStripeCard"];
/**
 * Stripe identifiers of an order's payment; each is null when it does not apply.
 */
export type OrderStripeDetails = components["schemas"]["OrderStripeDetails"];
/**
 * The totals of an order.
 */
export type OrderTotals = components["schemas"]["OrderTotals"];
/**
 * Response of GET /pages/{page_id}/dom: one page of the static content nodes of a page (text, images, form fields, component instances...).
 */
export type PageContent = components["schemas"]["PageContent"];
/**
 * Body POSTed to the webhook URL for trigger type `page_created` (a page was created).
 */
export type PageCreatedEvent = components["schemas"]["PageCreatedEvent"];
/**
 * Body POSTed to the webhook URL for trigger type `page_deleted` (a page was deleted).
 */
export type PageDeletedEvent = components["schemas"]["PageDeletedEvent"];
/**
 * The fields common to the payloads of the page webhook deliveries (`page_created`, `page_metadata_updated`, `page_deleted`).
 */
export type PageEventPayload = components["schemas"]["PageEventPayload"];
/**
 * Response of GET /sites/{site_id}/pages, one page of the site's pages.
 */
export type PageList = components["schemas"]["PageList"];
/**
 * A page of a site (static page or CMS collection template page) with its metadata, as listed by listPages and read by getPageMetadata.
 */
export type PageMetadata = components["schemas"]["PageMetadata"];
/**
 * Body POSTed to the webhook URL for trigger type `page_metadata_updated` (the metadata of a page, such as its title, slug, SEO or Open Graph settings, was updated).
 */
export type PageMetadataUpdatedEvent = components["schemas"]["PageMetadataUpdatedEvent"];
/**
 * The Open Graph metadata of a page, used when the page is shared on social networks.
 */
export type PageOpenGraph = components["schemas"]["PageOpenGraph"];
/**
 * The search-engine (SEO) metadata of a page.
 */
export type PageSeo = components["schemas"]["PageSeo"];
/**
 * Paging information returned by list endpoints. Lists page with `offset` and `limit` (at most 100); `total` is the number of items across all pages.
 */
export type Pagination = components["schemas"]["Pagination"];
/**
 * An ecommerce product: an item of the site's Products collection. Its variants (SKUs) are separate items (see Sku). Every field may be absent.
 */
export type Product = components["schemas"]["Product"];
/**
 * A product together with its SKUs.
 */
export type ProductAndSkus = components["schemas"]["ProductAndSkus"];
/**
 * Response of GET /sites/{site_id}/products, one page of products with their SKUs.
 */
export type ProductAndSkusList = components["schemas"]["ProductAndSkusList"];
/**
 * The field values of a product, keyed by field slug. Custom fields added to the site's Products collection appear here too, under their own slugs.
 */
export type ProductFieldData = components["schemas"]["ProductFieldData"];
/**
 * The field values of a product as sent in a request: ProductFieldData with `tax-category` and `ec-product-type` limited to the documented values.
 */
export type ProductFieldDataInput = components["schemas"]["ProductFieldDataInput"];
/**
 * A product as sent in a request body: Product with its `fieldData` as ProductFieldDataInput.
 */
export type ProductInput = components["schemas"]["ProductInput"];
/**
 * The documented product types, identified by fixed IDs: `ff42fee0113744f693a764e3431a9cc2` physical, `f22027db68002190aef89a4a2b7ac8a1` digital, `c599e43b1a1c34d5a323aedf75d3adf6` service, `b6ccc1830db4b1babeb06a9ac5f6dd76` advanced.
 */
export type ProductType = components["schemas"]["ProductType"];
/**
 * Body of POST /collections/{collection_id}/items/publish: the IDs of the items to publish (`itemIds`), or the items with the locales to publish them in (`items`).
 */
export type PublishItemsRequest = components["schemas"]["PublishItemsRequest"];
/**
 * Response of POST /collections/{collection_id}/items/publish (202 Accepted).
 */
export type PublishItemsResponse = components["schemas"]["PublishItemsResponse"];
/**
 * Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
 */
export type PublishSiteRequest = components["schemas"]["PublishSiteRequest"];
/**
 * Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
 */
export type PublishSiteResponse = components["schemas"]["PublishSiteResponse"];
/**
 * Whether a product or SKU write goes to the staged site (`staging`) or is also published live (`live`).
 */
export type PublishStatus = components["schemas"]["PublishStatus"];
/**
 * A 301 redirect of a site, from a path of the site to another path or URL.
 */
export type Redirect = components["schemas"]["Redirect"];
/**
 * The 301 redirects of a site (response of GET /sites/{site_id}/redirects, and of DELETE /sites/{site_id}/redirects/{redirect_id}, which answers with the redirects that remain).
 */
export type RedirectList = components["schemas"]["RedirectList"];
/**
 * Body of POST /sites/{site_id}/orders/{order_id}/refund.
 */
export type RefundOrderRequest = components["schemas"]["RefundOrderRequest"];
/**
 * Body of POST /sites/{site_id}/registered_scripts/hosted: a script hosted at a URL of your own.
 */
export type RegisterHostedScriptRequest = components["schemas"]["RegisterHostedScriptRequest"];
/**
 * Body of POST /sites/{site_id}/registered_scripts/inline: JavaScript source code that Webflow hosts for you.
 */
export type RegisterInlineScriptRequest = components["schemas"]["RegisterInlineScriptRequest"];
/**
 * A script registered on a site (hosted at a URL, or inline code that Webflow hosts), which can then be applied to the site or to its pages as custom code.
 */
export type RegisteredScript = components["schemas"]["RegisteredScript"];
/**
 * Response of GET /sites/{site_id}/registered_scripts.
 */
export type RegisteredScriptList = components["schemas"]["RegisteredScriptList"];
/**
 * Body of PUT /sites/{site_id}/custom_fonts/{font_id}/file: the metadata of the new font file. The file itself is then uploaded to the target the response gives.
 */
export type ReplaceCustomFontFileRequest = components["schemas"]["ReplaceCustomFontFileRequest"];
/**
 * The robots.txt of a site as rules per user agent and a sitemap URL. The response of every robots.txt operation, and the body of the PUT, PATCH and DELETE operations (the rules to set, to add or to remove).
 */
export type RobotsTxt = components["schemas"]["RobotsTxt"];
/**
 * The rules of robots.txt for one user agent.
 */
export type RobotsTxtRule = components["schemas"]["RobotsTxtRule"];
/**
 * The button of a site search form.
 */
export type SearchButtonNode = components["schemas"]["SearchButtonNode"];
/**
 * New label of a search button.
 */
export type SearchButtonNodeUpdate = components["schemas"]["SearchButtonNodeUpdate"];
/**
 * One choice of a select field.
 */
export type SelectChoice = components["schemas"]["SelectChoice"];
/**
 * A select (dropdown) field of a form with its choices.
 */
export type SelectNode = components["schemas"]["SelectNode"];
/**
 * New choices of a select field.
 */
export type SelectNodeUpdate = components["schemas"]["SelectNodeUpdate"];
/**
 * Body of PUT /sites/{site_id}/well_known: a file to serve at `/.well-known/<fileName>` on the site's domains.
 */
export type SetWellKnownFileRequest = components["schemas"]["SetWellKnownFileRequest"];
/**
 * A Webflow site.
 */
export type Site = components["schemas"]["Site"];
/**
 * One entry of a site's activity log (a change made to the site, who made it and when).
 */
export type SiteActivityLogEntry = components["schemas"]["SiteActivityLogEntry"];
/**
 * Response of GET /sites/{site_id}/activity_logs, one page of activity-log entries.
 */
export type SiteActivityLogList = components["schemas"]["SiteActivityLogList"];
/**
 * Response of GET /sites. The list is not paginated.
 */
export type SiteList = components["schemas"]["SiteList"];
/**
 * A user was added to or removed from a site, or their site role or granular access changed (`eventType` `site_membership`).
 */
export type SiteMembershipAuditEvent = components["schemas"]["SiteMembershipAuditEvent"];
/**
 * The hosting plan of a site (response of GET /sites/{site_id}/plan).
 */
export type SitePlan = components["schemas"]["SitePlan"];
/**
 * Body POSTed to the webhook URL for trigger type `site_publish` (the site, or one page of it, was published).
 */
export type SitePublishEvent = components["schemas"]["SitePublishEvent"];
/**
 * A SKU: one purchasable variant of a product, an item of the site's SKUs collection.
 */
export type Sku = components["schemas"]["Sku"];
/**
 * How a SKU is billed, `one-time` or `subscription`.
 */
export type SkuBillingMethod = components["schemas"]["SkuBillingMethod"];
/**
 * The field values of a SKU, keyed by field slug. Custom fields added to the site's SKUs collection appear here too.
 */
export type SkuFieldData = components["schemas"]["SkuFieldData"];
/**
 * The field values of a SKU as sent in a request: SkuFieldData with `ec-sku-billing-method` limited to the documented values and `main-image` given as a URL.
 */
export type SkuFieldDataInput = components["schemas"]["SkuFieldDataInput"];
/**
 * A SKU as sent in a request body: Sku with its `fieldData` as SkuFieldDataInput.
 */
export type SkuInput = components["schemas"]["SkuInput"];
/**
 * Response of POST /sites/{site_id}/products/{product_id}/skus, the SKUs created.
 */
export type SkuList = components["schemas"]["SkuList"];
/**
 * A price of a SKU: an amount in the smallest unit of the currency (for example cents) and its currency code.
 */
export type SkuPrice = components["schemas"]["SkuPrice"];
/**
 * A variant option of a product (for example Color) and its possible values.
 */
export type SkuProperty = components["schemas"]["SkuProperty"];
/**
 * The subscription plan of a SKU billed as a subscription.
 */
export type SkuSubscriptionPlan = components["schemas"]["SkuSubscriptionPlan"];
/**
 * The submit button of a form, with its label and the label shown while the form is sent.
 */
export type SubmitButtonNode = components["schemas"]["SubmitButtonNode"];
/**
 * New labels of a submit button; send either or both.
 */
export type SubmitButtonNodeUpdate = components["schemas"]["SubmitButtonNodeUpdate"];
/**
 * The documented tax categories of a product.
 */
export type TaxCategory = components["schemas"]["TaxCategory"];
/**
 * A text input of a form, whose placeholder can be read and updated.
 */
export type TextInputNode = components["schemas"]["TextInputNode"];
/**
 * New placeholder of a text input.
 */
export type TextInputNodeUpdate = components["schemas"]["TextInputNodeUpdate"];
/**
 * A text node (heading, paragraph, link text...) with its content as HTML and as plain text.
 */
export type TextNode = components["schemas"]["TextNode"];
/**
 * New content of a text node.
 */
export type TextNodeUpdate = components["schemas"]["TextNodeUpdate"];
/**
 * The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
 */
export type TriggerType = components["schemas"]["TriggerType"];
/**
 * An audit-log event of a type this description does not know yet (or without `eventType`): the fallback variant of AuditLogEvent. Its fields are passed through unchecked beyond their JSON types.
 */
export type UnknownAuditEvent = components["schemas"]["UnknownAuditEvent"];
/**
 * A node of a type this description does not document (Webflow adds node types over time). Only `type` is known to be present; every field is passed through as sent.
 */
export type UnknownDomNode = components["schemas"]["UnknownDomNode"];
/**
 * Body of PATCH /assets/{asset_id}. Only the fields sent are changed.
 */
export type UpdateAssetRequest = components["schemas"]["UpdateAssetRequest"];
/**
 * Body of PATCH /collections/{collection_id}/items and .../items/live: up to 100 items to change, each named by `id`.
 */
export type UpdateCollectionItemsRequest = components["schemas"]["UpdateCollectionItemsRequest"];
/**
 * Body of POST /sites/{site_id}/components/{component_id}/properties.
 */
export type UpdateComponentPropertiesRequest = components["schemas"]["UpdateComponentPropertiesRequest"];
/**
 * Body of PATCH /sites/{site_id}/custom_fonts/{font_id}. Only the fields sent are changed.
 */
export type UpdateCustomFontRequest = components["schemas"]["UpdateCustomFontRequest"];
/**
 * Body of PATCH /collections/{collection_id}/fields/{field_id}; only the properties sent are changed.
 */
export type UpdateFieldRequest = components["schemas"]["UpdateFieldRequest"];
/**
 * Body of the modify form submission endpoints.
 */
export type UpdateFormSubmissionRequest = components["schemas"]["UpdateFormSubmissionRequest"];
/**
 * Body of PATCH /collections/{sku_collection_id}/items/{sku_id}/inventory. Send `quantity` to set the stock to a value, or `updateQuantity` to add to (or, negative, subtract from) the current stock.
 */
export type UpdateInventoryRequest = components["schemas"]["UpdateInventoryRequest"];
/**
 * Body of PATCH /sites/{site_id}/orders/{order_id}: the merchant comment and shipping details to set.
 */
export type UpdateOrderRequest = components["schemas"]["UpdateOrderRequest"];
/**
 * Body of PUT /pages/{page_id}: the page metadata to change. Fields that are not sent are left as they are. With the `localeId` query parameter the metadata of that locale is updated.
 */
export type UpdatePageRequest = components["schemas"]["UpdatePageRequest"];
/**
 * Body of PATCH /sites/{site_id}/products/{product_id}: the product fields to change and, optionally, changes to its default SKU.
 */
export type UpdateProductRequest = components["schemas"]["UpdateProductRequest"];
/**
 * Body of PATCH /sites/{site_id}/redirects/{redirect_id}. Only the fields sent are changed.
 */
export type UpdateRedirectRequest = components["schemas"]["UpdateRedirectRequest"];
/**
 * Body of PATCH /sites/{site_id}. Only the fields sent are changed.
 */
export type UpdateSiteRequest = components["schemas"]["UpdateSiteRequest"];
/**
 * Body of PATCH /sites/{site_id}/products/{product_id}/skus/{sku_id}.
 */
export type UpdateSkuRequest = components["schemas"]["UpdateSkuRequest"];
/**
 * Body of POST /sites/{site_id}/assets: the metadata of the file to upload. The file itself is then sent to `uploadUrl` with the `uploadDetails` fields of the response (an S3 form upload).
 */
export type UploadAssetRequest = components["schemas"]["UploadAssetRequest"];
/**
 * A user signed in to or out of the workspace (`eventType` `user_access`).
 */
export type UserAccessAuditEvent = components["schemas"]["UserAccessAuditEvent"];
/**
 * A webhook registered on a site.
 */
export type Webhook = components["schemas"]["Webhook"];
/**
 * Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
 */
export type WebhookFilter = components["schemas"]["WebhookFilter"];
/**
 * Response of GET /sites/{site_id}/webhooks.
 */
export type WebhookList = components["schemas"]["WebhookList"];
/**
 * An invitation to the workspace was sent, accepted, updated, canceled or declined, or an access request was accepted (`eventType` `workspace_invitation`).
 */
export type WorkspaceInvitationAuditEvent = components["schemas"]["WorkspaceInvitationAuditEvent"];
/**
 * A user was added to or removed from the workspace, or their workspace role changed (`eventType` `workspace_membership`).
 */
export type WorkspaceMembershipAuditEvent = components["schemas"]["WorkspaceMembershipAuditEvent"];
/**
 * A workspace setting was changed (`eventType` `workspace_setting`).
 */
export type WorkspaceSettingAuditEvent = components["schemas"]["WorkspaceSettingAuditEvent"];
/**
 * Request body of `client.customFonts.batchDelete` (Batch Delete Custom Fonts).
 *
 * The custom fonts to delete.
 */
export type BatchDeleteCustomFontsBody = NonNullable<operations["batchDeleteCustomFonts"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customFonts.batchDelete` resolves to: the 200 response. Which fonts were deleted and which could not be.
 */
export type BatchDeleteCustomFontsResult = operations["batchDeleteCustomFonts"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.items.createBulk` (Create Collection Items).
 *
 * The item(s) to create and the locales to create them in.
 */
export type BulkCreateCollectionItemsBody = NonNullable<operations["bulkCreateCollectionItems"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.createBulk` resolves to: the 202 response. The created item with the locales it was created in.
 */
export type BulkCreateCollectionItemsResult = operations["bulkCreateCollectionItems"]["responses"][202]["content"]["application/json"];
/**
 * Request body of `client.assetFolders.create` (Create Asset Folder).
 *
 * The new folder.
 */
export type CreateAssetFolderBody = NonNullable<operations["createAssetFolder"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.assetFolders.create` resolves to: the 200 response. The new asset folder.
 */
export type CreateAssetFolderResult = operations["createAssetFolder"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.collections.create` (Create Collection).
 *
 * The collection to create.
 */
export type CreateCollectionBody = NonNullable<operations["createCollection"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.collections.create` resolves to: the 200 response. The created collection, with its fields.
 */
export type CreateCollectionResult = operations["createCollection"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.fields.create` (Create Collection Field).
 *
 * The field to create.
 */
export type CreateCollectionFieldBody = NonNullable<operations["createCollectionField"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.fields.create` resolves to: the 200 response. The created field.
 */
export type CreateCollectionFieldResult = operations["createCollectionField"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.items.create` (Create Collection Item(s)).
 *
 * The item, or the items under `items`.
 */
export type CreateCollectionItemsBody = NonNullable<operations["createCollectionItems"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.create` resolves to: the 202 response. The created item (or the created items under `items`).
 */
export type CreateCollectionItemsResult = operations["createCollectionItems"]["responses"][202]["content"]["application/json"];
/**
 * Request body of `client.customFonts.create` (Create Custom Font).
 *
 * The font's settings and the metadata of its file.
 */
export type CreateCustomFontBody = NonNullable<operations["createCustomFont"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customFonts.create` resolves to: the 202 response. The font was created; its file is to be uploaded to `upload`.
 */
export type CreateCustomFontResult = operations["createCustomFont"]["responses"][202]["content"]["application/json"];
/**
 * Request body of `client.items.createLive` (Create Live Collection Item(s)).
 *
 * The item, or the items under `items`.
 */
export type CreateLiveCollectionItemsBody = NonNullable<operations["createLiveCollectionItems"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.createLive` resolves to: the 202 response. The created item (or the created items under `items`).
 */
export type CreateLiveCollectionItemsResult = operations["createLiveCollectionItems"]["responses"][202]["content"]["application/json"];
/**
 * Request body of `client.products.create` (Create Product & SKU).
 *
 * The product and its default SKU.
 */
export type CreateProductBody = NonNullable<operations["createProduct"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.products.create` resolves to: the 200 response. The product and its SKU were created.
 */
export type CreateProductResult = operations["createProduct"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.redirects.create` (Create a 301 redirect).
 *
 * The redirect to create.
 */
export type CreateRedirectBody = NonNullable<operations["createRedirect"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.redirects.create` resolves to: the 200 response. The redirect was created.
 */
export type CreateRedirectResult = operations["createRedirect"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.sites.create` (Create Site).
 *
 * The new site.
 */
export type CreateSiteBody = NonNullable<operations["createSite"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.sites.create` resolves to: the 201 response. The site was created.
 */
export type CreateSiteResult = operations["createSite"]["responses"][201]["content"]["application/json"];
/**
 * Request body of `client.products.createSkus` (Create SKUs).
 *
 * The SKUs to create.
 */
export type CreateSkusBody = NonNullable<operations["createSkus"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.products.createSkus` resolves to: the 200 response. The SKUs were created.
 */
export type CreateSkusResult = operations["createSkus"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.webhooks.create` (Create Webhook).
 *
 * The webhook to create.
 */
export type CreateWebhookBody = NonNullable<operations["createWebhook"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.webhooks.create` resolves to: the 201 response. The webhook was created.
 */
export type CreateWebhookResult = operations["createWebhook"]["responses"][201]["content"]["application/json"];
/**
 * What `client.googleTags.removeAll` resolves to: the 204 response. The Google tags were removed. No content.
 */
export type DeleteAllGoogleTagsResult = void;
/**
 * What `client.assets.remove` resolves to: the 204 response. The asset was deleted. No body.
 */
export type DeleteAssetResult = void;
/**
 * What `client.collections.remove` resolves to: the 204 response. The collection was deleted. No content.
 */
export type DeleteCollectionResult = void;
/**
 * What `client.fields.remove` resolves to: the 204 response. The field was deleted. No content.
 */
export type DeleteCollectionFieldResult = void;
/**
 * What `client.items.remove` resolves to: the 204 response. The item was deleted. No content.
 */
export type DeleteCollectionItemResult = void;
/**
 * Request body of `client.items.removeMany` (Delete Collection Items).
 *
 * The items to delete.
 */
export type DeleteCollectionItemsBody = NonNullable<operations["deleteCollectionItems"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.removeMany` resolves to: the 204 response. The items were deleted. No content.
 */
export type DeleteCollectionItemsResult = void;
/**
 * What `client.customFonts.remove` resolves to: the 204 response. The custom font was deleted. No body.
 */
export type DeleteCustomFontResult = void;
/**
 * What `client.formSubmissions.remove` resolves to: the 204 response. The form submission was deleted. No body.
 */
export type DeleteFormSubmissionResult = void;
/**
 * What `client.formSubmissions.removeBySite` resolves to: the 204 response. The form submission was deleted. No body.
 */
export type DeleteFormSubmissionBySiteResult = void;
/**
 * What `client.googleTags.remove` resolves to: the 200 response. The tag was removed; the Google tags that remain.
 */
export type DeleteGoogleTagResult = operations["deleteGoogleTag"]["responses"][200]["content"]["application/json"];
/**
 * What `client.customCode.deleteForPage` resolves to: the 204 response. The custom code was removed. No content.
 */
export type DeletePageCustomCodeResult = void;
/**
 * What `client.redirects.remove` resolves to: the 200 response. The redirect was deleted; the redirects that remain.
 */
export type DeleteRedirectResult = operations["deleteRedirect"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.robotsTxt.remove` (Delete robots.txt).
 *
 * The rules and sitemap URL to remove.
 */
export type DeleteRobotsTxtBody = NonNullable<operations["deleteRobotsTxt"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.robotsTxt.remove` resolves to: the 200 response. The robots.txt of the site after the change.
 */
export type DeleteRobotsTxtResult = operations["deleteRobotsTxt"]["responses"][200]["content"]["application/json"];
/**
 * What `client.sites.remove` resolves to: the 204 response. The site was deleted. No content.
 */
export type DeleteSiteResult = void;
/**
 * What `client.customCode.deleteForSite` resolves to: the 204 response. The custom code was removed. No content.
 */
export type DeleteSiteCustomCodeResult = void;
/**
 * Request body of `client.wellKnown.remove` (Delete a well-known file).
 *
 * The files to delete.
 */
export type DeleteWellKnownFilesBody = NonNullable<operations["deleteWellKnownFiles"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.wellKnown.remove` resolves to: the 204 response. The files were deleted. No content.
 */
export type DeleteWellKnownFilesResult = void;
/**
 * Request body of `client.orders.fulfill` (Fulfill Order).
 *
 * Whether to email the customer.
 */
export type FulfillOrderBody = NonNullable<operations["fulfillOrder"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.orders.fulfill` resolves to: the 200 response. The fulfilled order.
 */
export type FulfillOrderResult = operations["fulfillOrder"]["responses"][200]["content"]["application/json"];
/**
 * What `client.assets.get` resolves to: the 200 response. The asset.
 */
export type GetAssetResult = operations["getAsset"]["responses"][200]["content"]["application/json"];
/**
 * What `client.assetFolders.get` resolves to: the 200 response. The asset folder.
 */
export type GetAssetFolderResult = operations["getAssetFolder"]["responses"][200]["content"]["application/json"];
/**
 * What `client.token.getAuthorizedUser` resolves to: the 200 response. The user who authorized the token.
 */
export type GetAuthorizedUserResult = operations["getAuthorizedUser"]["responses"][200]["content"]["application/json"];
/**
 * What `client.collections.get` resolves to: the 200 response. The collection, with its fields.
 */
export type GetCollectionResult = operations["getCollection"]["responses"][200]["content"]["application/json"];
/**
 * What `client.items.get` resolves to: the 200 response. The staged item.
 */
export type GetCollectionItemResult = operations["getCollectionItem"]["responses"][200]["content"]["application/json"];
/**
 * What `client.comments.getThread` resolves to: the 200 response. The comment thread.
 */
export type GetCommentThreadResult = operations["getCommentThread"]["responses"][200]["content"]["application/json"];
/**
 * What `client.components.getContent` resolves to: the 200 response. One page of the content nodes of the component.
 */
export type GetComponentContentResult = operations["getComponentContent"]["responses"][200]["content"]["application/json"];
/**
 * What `client.components.getProperties` resolves to: the 200 response. One page of the properties of the component.
 */
export type GetComponentPropertiesResult = operations["getComponentProperties"]["responses"][200]["content"]["application/json"];
/**
 * What `client.sites.getCustomDomains` resolves to: the 200 response. The custom domains of the site.
 */
export type GetCustomDomainsResult = operations["getCustomDomains"]["responses"][200]["content"]["application/json"];
/**
 * What `client.customFonts.get` resolves to: the 200 response. The custom font.
 */
export type GetCustomFontResult = operations["getCustomFont"]["responses"][200]["content"]["application/json"];
/**
 * What `client.ecommerce.getSettings` resolves to: the 200 response. The ecommerce settings of the site.
 */
export type GetEcommerceSettingsResult = operations["getEcommerceSettings"]["responses"][200]["content"]["application/json"];
/**
 * What `client.forms.get` resolves to: the 200 response. The form.
 */
export type GetFormResult = operations["getForm"]["responses"][200]["content"]["application/json"];
/**
 * What `client.formSubmissions.get` resolves to: the 200 response. The form submission.
 */
export type GetFormSubmissionResult = operations["getFormSubmission"]["responses"][200]["content"]["application/json"];
/**
 * What `client.formSubmissions.getBySite` resolves to: the 200 response. The form submission.
 */
export type GetFormSubmissionBySiteResult = operations["getFormSubmissionBySite"]["responses"][200]["content"]["application/json"];
/**
 * What `client.inventory.get` resolves to: the 200 response. The inventory of the SKU.
 */
export type GetInventoryResult = operations["getInventory"]["responses"][200]["content"]["application/json"];
/**
 * What `client.items.getLive` resolves to: the 200 response. The live item.
 */
export type GetLiveCollectionItemResult = operations["getLiveCollectionItem"]["responses"][200]["content"]["application/json"];
/**
 * What `client.orders.get` resolves to: the 200 response. The order.
 */
export type GetOrderResult = operations["getOrder"]["responses"][200]["content"]["application/json"];
/**
 * What `client.pages.getContent` resolves to: the 200 response. One page of the content nodes of the page.
 */
export type GetPageContentResult = operations["getPageContent"]["responses"][200]["content"]["application/json"];
/**
 * What `client.customCode.getForPage` resolves to: the 200 response. The custom code of the page.
 */
export type GetPageCustomCodeResult = operations["getPageCustomCode"]["responses"][200]["content"]["application/json"];
/**
 * What `client.pages.getMetadata` resolves to: the 200 response. The page metadata.
 */
export type GetPageMetadataResult = operations["getPageMetadata"]["responses"][200]["content"]["application/json"];
/**
 * What `client.products.get` resolves to: the 200 response. The product and its SKUs.
 */
export type GetProductResult = operations["getProduct"]["responses"][200]["content"]["application/json"];
/**
 * What `client.robotsTxt.get` resolves to: the 200 response. The robots.txt of the site.
 */
export type GetRobotsTxtResult = operations["getRobotsTxt"]["responses"][200]["content"]["application/json"];
/**
 * What `client.sites.get` resolves to: the 200 response. The site.
 */
export type GetSiteResult = operations["getSite"]["responses"][200]["content"]["application/json"];
/**
 * What `client.customCode.getForSite` resolves to: the 200 response. The custom code of the site.
 */
export type GetSiteCustomCodeResult = operations["getSiteCustomCode"]["responses"][200]["content"]["application/json"];
/**
 * What `client.sites.getPlan` resolves to: the 200 response. The hosting plan of the site.
 */
export type GetSitePlanResult = operations["getSitePlan"]["responses"][200]["content"]["application/json"];
/**
 * What `client.webhooks.get` resolves to: the 200 response. The webhook.
 */
export type GetWebhookResult = operations["getWebhook"]["responses"][200]["content"]["application/json"];
/**
 * What `client.token.introspect` resolves to: the 200 response. Information about the token.
 */
export type IntrospectTokenResult = operations["introspectToken"]["responses"][200]["content"]["application/json"];
/**
 * What `client.assetFolders.list` resolves to: the 200 response. The asset folders of the site.
 */
export type ListAssetFoldersResult = operations["listAssetFolders"]["responses"][200]["content"]["application/json"];
/**
 * What `client.assets.list` resolves to: the 200 response. One page of assets.
 */
export type ListAssetsResult = operations["listAssets"]["responses"][200]["content"]["application/json"];
/**
 * What `client.items.list` resolves to: the 200 response. One page of staged items.
 */
export type ListCollectionItemsResult = operations["listCollectionItems"]["responses"][200]["content"]["application/json"];
/**
 * What `client.collections.list` resolves to: the 200 response. The collections of the site.
 */
export type ListCollectionsResult = operations["listCollections"]["responses"][200]["content"]["application/json"];
/**
 * What `client.comments.listReplies` resolves to: the 200 response. One page of replies.
 */
export type ListCommentRepliesResult = operations["listCommentReplies"]["responses"][200]["content"]["application/json"];
/**
 * What `client.comments.listThreads` resolves to: the 200 response. One page of comment threads.
 */
export type ListCommentThreadsResult = operations["listCommentThreads"]["responses"][200]["content"]["application/json"];
/**
 * What `client.components.list` resolves to: the 200 response. One page of the site's components.
 */
export type ListComponentsResult = operations["listComponents"]["responses"][200]["content"]["application/json"];
/**
 * What `client.customCode.listBlocks` resolves to: the 200 response. One page of the custom code blocks of the site.
 */
export type ListCustomCodeBlocksResult = operations["listCustomCodeBlocks"]["responses"][200]["content"]["application/json"];
/**
 * What `client.customFonts.list` resolves to: the 200 response. One page of custom fonts.
 */
export type ListCustomFontsResult = operations["listCustomFonts"]["responses"][200]["content"]["application/json"];
/**
 * What `client.formSubmissions.list` resolves to: the 200 response. One page of the submissions of the form.
 */
export type ListFormSubmissionsResult = operations["listFormSubmissions"]["responses"][200]["content"]["application/json"];
/**
 * What `client.formSubmissions.listBySite` resolves to: the 200 response. One page of the form submissions of the site.
 */
export type ListFormSubmissionsBySiteResult = operations["listFormSubmissionsBySite"]["responses"][200]["content"]["application/json"];
/**
 * What `client.formSubmissions.listBySiteAndForm` resolves to: the 200 response. One page of the submissions of the form.
 */
export type ListFormSubmissionsBySiteAndFormResult = operations["listFormSubmissionsBySiteAndForm"]["responses"][200]["content"]["application/json"];
/**
 * What `client.forms.list` resolves to: the 200 response. One page of forms.
 */
export type ListFormsResult = operations["listForms"]["responses"][200]["content"]["application/json"];
/**
 * What `client.googleTags.list` resolves to: the 200 response. The Google tags of the site.
 */
export type ListGoogleTagsResult = operations["listGoogleTags"]["responses"][200]["content"]["application/json"];
/**
 * What `client.items.listLive` resolves to: the 200 response. One page of live items.
 */
export type ListLiveCollectionItemsResult = operations["listLiveCollectionItems"]["responses"][200]["content"]["application/json"];
/**
 * What `client.orders.list` resolves to: the 200 response. One page of orders.
 */
export type ListOrdersResult = operations["listOrders"]["responses"][200]["content"]["application/json"];
/**
 * What `client.pages.list` resolves to: the 200 response. One page of the site's pages.
 */
export type ListPagesResult = operations["listPages"]["responses"][200]["content"]["application/json"];
/**
 * What `client.products.list` resolves to: the 200 response. One page of products with their SKUs.
 */
export type ListProductsResult = operations["listProducts"]["responses"][200]["content"]["application/json"];
/**
 * What `client.redirects.list` resolves to: the 200 response. The redirects of the site.
 */
export type ListRedirectsResult = operations["listRedirects"]["responses"][200]["content"]["application/json"];
/**
 * What `client.scripts.list` resolves to: the 200 response. The scripts registered on the site.
 */
export type ListRegisteredScriptsResult = operations["listRegisteredScripts"]["responses"][200]["content"]["application/json"];
/**
 * What `client.sites.listActivityLogs` resolves to: the 200 response. One page of activity-log entries.
 */
export type ListSiteActivityLogsResult = operations["listSiteActivityLogs"]["responses"][200]["content"]["application/json"];
/**
 * What `client.sites.list` resolves to: the 200 response. The sites the token can access.
 */
export type ListSitesResult = operations["listSites"]["responses"][200]["content"]["application/json"];
/**
 * What `client.webhooks.list` resolves to: the 200 response. The webhooks of the site.
 */
export type ListWebhooksResult = operations["listWebhooks"]["responses"][200]["content"]["application/json"];
/**
 * What `client.workspaces.listAuditLogs` resolves to: the 200 response. One page of audit-log events.
 */
export type ListWorkspaceAuditLogsResult = operations["listWorkspaceAuditLogs"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.items.publish` (Publish Collection Item).
 *
 * The items to publish.
 */
export type PublishCollectionItemsBody = NonNullable<operations["publishCollectionItems"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.publish` resolves to: the 202 response. Publishing was accepted.
 */
export type PublishCollectionItemsResult = operations["publishCollectionItems"]["responses"][202]["content"]["application/json"];
/**
 * Request body of `client.sites.publish` (Publish Site).
 *
 * The publish targets.
 */
export type PublishSiteBody = NonNullable<operations["publishSite"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.sites.publish` resolves to: the 202 response. Publishing was accepted and is in progress.
 */
export type PublishSiteResult = operations["publishSite"]["responses"][202]["content"]["application/json"];
/**
 * Request body of `client.orders.refund` (Refund Order).
 *
 * The reason for the refund.
 */
export type RefundOrderBody = NonNullable<operations["refundOrder"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.orders.refund` resolves to: the 200 response. The refunded order.
 */
export type RefundOrderResult = operations["refundOrder"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.scripts.registerHosted` (Register Script - Hosted).
 *
 * The script to register.
 */
export type RegisterHostedScriptBody = NonNullable<operations["registerHostedScript"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.scripts.registerHosted` resolves to: the 201 response. The script was registered.
 */
export type RegisterHostedScriptResult = operations["registerHostedScript"]["responses"][201]["content"]["application/json"];
/**
 * Request body of `client.scripts.registerInline` (Register Script - Inline).
 *
 * The script to register.
 */
export type RegisterInlineScriptBody = NonNullable<operations["registerInlineScript"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.scripts.registerInline` resolves to: the 201 response. The script was registered.
 */
export type RegisterInlineScriptResult = operations["registerInlineScript"]["responses"][201]["content"]["application/json"];
/**
 * What `client.webhooks.remove` resolves to: the 204 response. The webhook was removed. No content.
 */
export type RemoveWebhookResult = void;
/**
 * Request body of `client.customFonts.replaceFile` (Replace Custom Font File).
 *
 * The metadata of the new font file.
 */
export type ReplaceCustomFontFileBody = NonNullable<operations["replaceCustomFontFile"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customFonts.replaceFile` resolves to: the 202 response. The file replacement was accepted; the new file is to be uploaded to `upload`.
 */
export type ReplaceCustomFontFileResult = operations["replaceCustomFontFile"]["responses"][202]["content"]["application/json"];
/**
 * Request body of `client.robotsTxt.replace` (Replace robots.txt).
 *
 * The new robots.txt.
 */
export type ReplaceRobotsTxtBody = NonNullable<operations["replaceRobotsTxt"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.robotsTxt.replace` resolves to: the 200 response. The robots.txt of the site after the change.
 */
export type ReplaceRobotsTxtResult = operations["replaceRobotsTxt"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.wellKnown.set` (Set a well-known file).
 *
 * The file to serve.
 */
export type SetWellKnownFileBody = NonNullable<operations["setWellKnownFile"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.wellKnown.set` resolves to: the 201 response. The file was set. No content.
 */
export type SetWellKnownFileResult = void;
/**
 * What `client.orders.unfulfill` resolves to: the 200 response. The order, unfulfilled.
 */
export type UnfulfillOrderResult = operations["unfulfillOrder"]["responses"][200]["content"]["application/json"];
/**
 * What `client.items.unpublish` resolves to: the 204 response. The item was unpublished. No content.
 */
export type UnpublishLiveCollectionItemResult = void;
/**
 * Request body of `client.items.unpublishMany` (Unpublish Live Collection Items).
 *
 * The items to unpublish.
 */
export type UnpublishLiveCollectionItemsBody = NonNullable<operations["unpublishLiveCollectionItems"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.unpublishMany` resolves to: the 204 response. The items were unpublished. No content.
 */
export type UnpublishLiveCollectionItemsResult = void;
/**
 * Request body of `client.assets.update` (Update Asset).
 *
 * The fields to change.
 */
export type UpdateAssetBody = NonNullable<operations["updateAsset"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.assets.update` resolves to: the 200 response. The updated asset.
 */
export type UpdateAssetResult = operations["updateAsset"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.fields.update` (Update Collection Field).
 *
 * The changes to the field.
 */
export type UpdateCollectionFieldBody = NonNullable<operations["updateCollectionField"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.fields.update` resolves to: the 200 response. The updated field.
 */
export type UpdateCollectionFieldResult = operations["updateCollectionField"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.items.update` (Update Collection Item).
 *
 * The changes to the item.
 */
export type UpdateCollectionItemBody = NonNullable<operations["updateCollectionItem"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.update` resolves to: the 200 response. The updated item.
 */
export type UpdateCollectionItemResult = operations["updateCollectionItem"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.items.updateMany` (Update Collection Items).
 *
 * The items to change.
 */
export type UpdateCollectionItemsBody = NonNullable<operations["updateCollectionItems"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.updateMany` resolves to: the 200 response. The updated item, or the updated items under `items`.
 */
export type UpdateCollectionItemsResult = operations["updateCollectionItems"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.components.updateContent` (Update Component Content).
 *
 * The nodes to update.
 */
export type UpdateComponentContentBody = NonNullable<operations["updateComponentContent"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.components.updateContent` resolves to: the 200 response. The update was processed; `errors` lists what could not be applied.
 */
export type UpdateComponentContentResult = operations["updateComponentContent"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.components.updateProperties` (Update Component Properties).
 *
 * The properties to update.
 */
export type UpdateComponentPropertiesBody = NonNullable<operations["updateComponentProperties"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.components.updateProperties` resolves to: the 200 response. The update was processed; `errors` lists what could not be applied.
 */
export type UpdateComponentPropertiesResult = operations["updateComponentProperties"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.customFonts.update` (Update Custom Font).
 *
 * The settings to change.
 */
export type UpdateCustomFontBody = NonNullable<operations["updateCustomFont"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customFonts.update` resolves to: the 200 response. The updated custom font.
 */
export type UpdateCustomFontResult = operations["updateCustomFont"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.formSubmissions.update` (Modify Form Submission).
 *
 * The submitted values to change.
 */
export type UpdateFormSubmissionBody = NonNullable<operations["updateFormSubmission"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.formSubmissions.update` resolves to: the 200 response. The modified form submission.
 */
export type UpdateFormSubmissionResult = operations["updateFormSubmission"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.formSubmissions.updateBySite` (Modify Form Submission by Site).
 *
 * The submitted values to change.
 */
export type UpdateFormSubmissionBySiteBody = NonNullable<operations["updateFormSubmissionBySite"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.formSubmissions.updateBySite` resolves to: the 200 response. The modified form submission.
 */
export type UpdateFormSubmissionBySiteResult = operations["updateFormSubmissionBySite"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.googleTags.update` (Update Google Tag).
 *
 * The Google tags to set.
 */
export type UpdateGoogleTagsBody = NonNullable<operations["updateGoogleTags"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.googleTags.update` resolves to: the 200 response. The Google tags of the site after the change.
 */
export type UpdateGoogleTagsResult = operations["updateGoogleTags"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.inventory.update` (Update Item Inventory).
 *
 * The inventory type and the stock change.
 */
export type UpdateInventoryBody = NonNullable<operations["updateInventory"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.inventory.update` resolves to: the 200 response. The updated inventory of the SKU.
 */
export type UpdateInventoryResult = operations["updateInventory"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.items.updateLive` (Update Live Collection Item).
 *
 * The changes to the item.
 */
export type UpdateLiveCollectionItemBody = NonNullable<operations["updateLiveCollectionItem"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.updateLive` resolves to: the 200 response. The updated live item.
 */
export type UpdateLiveCollectionItemResult = operations["updateLiveCollectionItem"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.items.updateManyLive` (Update Live Collection Items).
 *
 * The items to change.
 */
export type UpdateLiveCollectionItemsBody = NonNullable<operations["updateLiveCollectionItems"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.items.updateManyLive` resolves to: the 200 response. The updated items.
 */
export type UpdateLiveCollectionItemsResult = operations["updateLiveCollectionItems"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.orders.update` (Update Order).
 *
 * The fields to set.
 */
export type UpdateOrderBody = NonNullable<operations["updateOrder"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.orders.update` resolves to: the 200 response. The updated order.
 */
export type UpdateOrderResult = operations["updateOrder"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.pages.updateContent` (Update Page Content).
 *
 * The nodes to update.
 */
export type UpdatePageContentBody = NonNullable<operations["updatePageContent"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.pages.updateContent` resolves to: the 200 response. The update was processed; `errors` lists what could not be applied.
 */
export type UpdatePageContentResult = operations["updatePageContent"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.pages.updateMetadata` (Update Page Metadata).
 *
 * The metadata to change.
 */
export type UpdatePageMetadataBody = NonNullable<operations["updatePageMetadata"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.pages.updateMetadata` resolves to: the 200 response. The updated page metadata.
 */
export type UpdatePageMetadataResult = operations["updatePageMetadata"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.products.update` (Update Product).
 *
 * The product fields to change.
 */
export type UpdateProductBody = NonNullable<operations["updateProduct"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.products.update` resolves to: the 200 response. The updated product.
 */
export type UpdateProductResult = operations["updateProduct"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.redirects.update` (Update 301 redirect).
 *
 * The fields to change.
 */
export type UpdateRedirectBody = NonNullable<operations["updateRedirect"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.redirects.update` resolves to: the 200 response. The updated redirect.
 */
export type UpdateRedirectResult = operations["updateRedirect"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.robotsTxt.update` (Update robots.txt).
 *
 * The rules and sitemap URL to add or change.
 */
export type UpdateRobotsTxtBody = NonNullable<operations["updateRobotsTxt"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.robotsTxt.update` resolves to: the 200 response. The robots.txt of the site after the change.
 */
export type UpdateRobotsTxtResult = operations["updateRobotsTxt"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.sites.update` (Update Site).
 *
 * The fields to change.
 */
export type UpdateSiteBody = NonNullable<operations["updateSite"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.sites.update` resolves to: the 200 response. The updated site.
 */
export type UpdateSiteResult = operations["updateSite"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.products.updateSku` (Update SKU).
 *
 * The SKU fields to set.
 */
export type UpdateSkuBody = NonNullable<operations["updateSku"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.products.updateSku` resolves to: the 200 response. The updated SKU.
 */
export type UpdateSkuResult = operations["updateSku"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.assets.upload` (Upload Asset).
 *
 * The metadata of the file to upload.
 */
export type UploadAssetBody = NonNullable<operations["uploadAsset"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.assets.upload` resolves to: the 200 response. The new asset and where to upload its file.
 */
export type UploadAssetResult = operations["uploadAsset"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.customCode.upsertForPage` (Add/Update Page Custom Code).
 *
 * The scripts to apply.
 */
export type UpsertPageCustomCodeBody = NonNullable<operations["upsertPageCustomCode"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customCode.upsertForPage` resolves to: the 200 response. The custom code of the page, as updated.
 */
export type UpsertPageCustomCodeResult = operations["upsertPageCustomCode"]["responses"][200]["content"]["application/json"];
/**
 * Request body of `client.customCode.upsertForSite` (Add/Update Site Custom Code).
 *
 * The scripts to apply.
 */
export type UpsertSiteCustomCodeBody = NonNullable<operations["upsertSiteCustomCode"]["requestBody"]>["content"]["application/json"];
/**
 * What `client.customCode.upsertForSite` resolves to: the 200 response. The custom code of the site, as updated.
 */
export type UpsertSiteCustomCodeResult = operations["upsertSiteCustomCode"]["responses"][200]["content"]["application/json"];
/**
 * Parameters of `client.customFonts.batchDelete` (Batch Delete Custom Fonts).
 *
 * Required scopes: `sites:write`.
 *
 * POST `/sites/{site_id}/custom_fonts/batchDelete` (operationId `batchDeleteCustomFonts`).
 */
export interface BatchDeleteCustomFontsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["batchDeleteCustomFonts"]["parameters"]["path"]>["site_id"];
    /**
     * The custom fonts to delete.
     */
    body: BatchDeleteCustomFontsBody;
}
/**
 * Parameters of `client.items.createBulk` (Create Collection Items).
 *
 * Required scopes: `cms:write`.
 *
 * POST `/collections/{collection_id}/items/bulk` (operationId `bulkCreateCollectionItems`).
 */
export interface BulkCreateCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["bulkCreateCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
     *
     * Sent in the query.
     */
    skipInvalidFiles?: NonNullable<operations["bulkCreateCollectionItems"]["parameters"]["query"]>["skipInvalidFiles"];
    /**
     * The item(s) to create and the locales to create them in.
     */
    body: BulkCreateCollectionItemsBody;
}
/**
 * Parameters of `client.assetFolders.create` (Create Asset Folder).
 *
 * Required scopes: `assets:write`.
 *
 * POST `/sites/{site_id}/asset_folders` (operationId `createAssetFolder`).
 */
export interface CreateAssetFolderParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["createAssetFolder"]["parameters"]["path"]>["site_id"];
    /**
     * The new folder.
     */
    body: CreateAssetFolderBody;
}
/**
 * Parameters of `client.collections.create` (Create Collection).
 *
 * Required scopes: `cms:write`.
 *
 * POST `/sites/{site_id}/collections` (operationId `createCollection`).
 */
export interface CreateCollectionParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["createCollection"]["parameters"]["path"]>["site_id"];
    /**
     * The collection to create.
     */
    body: CreateCollectionBody;
}
/**
 * Parameters of `client.fields.create` (Create Collection Field).
 *
 * Required scopes: `cms:write`.
 *
 * POST `/collections/{collection_id}/fields` (operationId `createCollectionField`).
 */
export interface CreateCollectionFieldParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["createCollectionField"]["parameters"]["path"]>["collection_id"];
    /**
     * The field to create.
     */
    body: CreateCollectionFieldBody;
}
/**
 * Parameters of `client.items.create` (Create Collection Item(s)).
 *
 * Required scopes: `cms:write`.
 *
 * POST `/collections/{collection_id}/items` (operationId `createCollectionItems`).
 */
export interface CreateCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["createCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
     *
     * Sent in the query.
     */
    skipInvalidFiles?: NonNullable<operations["createCollectionItems"]["parameters"]["query"]>["skipInvalidFiles"];
    /**
     * The item, or the items under `items`.
     */
    body: CreateCollectionItemsBody;
}
/**
 * Parameters of `client.customFonts.create` (Create Custom Font).
 *
 * Required scopes: `sites:write`.
 *
 * POST `/sites/{site_id}/custom_fonts` (operationId `createCustomFont`).
 */
export interface CreateCustomFontParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["createCustomFont"]["parameters"]["path"]>["site_id"];
    /**
     * The font's settings and the metadata of its file.
     */
    body: CreateCustomFontBody;
}
/**
 * Parameters of `client.items.createLive` (Create Live Collection Item(s)).
 *
 * Required scopes: `cms:write`.
 *
 * POST `/collections/{collection_id}/items/live` (operationId `createLiveCollectionItems`).
 */
export interface CreateLiveCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["createLiveCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
     *
     * Sent in the query.
     */
    skipInvalidFiles?: NonNullable<operations["createLiveCollectionItems"]["parameters"]["query"]>["skipInvalidFiles"];
    /**
     * The item, or the items under `items`.
     */
    body: CreateLiveCollectionItemsBody;
}
/**
 * Parameters of `client.products.create` (Create Product & SKU).
 *
 * Required scopes: `ecommerce:write`.
 *
 * POST `/sites/{site_id}/products` (operationId `createProduct`).
 */
export interface CreateProductParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["createProduct"]["parameters"]["path"]>["site_id"];
    /**
     * The product and its default SKU.
     */
    body: CreateProductBody;
}
/**
 * Parameters of `client.redirects.create` (Create a 301 redirect).
 *
 * Required scopes: `sites:write`.
 *
 * POST `/sites/{site_id}/redirects` (operationId `createRedirect`).
 */
export interface CreateRedirectParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["createRedirect"]["parameters"]["path"]>["site_id"];
    /**
     * The redirect to create.
     */
    body: CreateRedirectBody;
}
/**
 * Parameters of `client.sites.create` (Create Site).
 *
 * Required scopes: `workspace:write`.
 *
 * POST `/workspaces/{workspace_id}/sites` (operationId `createSite`).
 */
export interface CreateSiteParams {
    /**
     * Unique identifier of a workspace.
     *
     * Sent in the path.
     */
    workspace_id: NonNullable<operations["createSite"]["parameters"]["path"]>["workspace_id"];
    /**
     * The new site.
     */
    body: CreateSiteBody;
}
/**
 * Parameters of `client.products.createSkus` (Create SKUs).
 *
 * Required scopes: `ecommerce:write`.
 *
 * POST `/sites/{site_id}/products/{product_id}/skus` (operationId `createSkus`).
 */
export interface CreateSkusParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["createSkus"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a product.
     *
     * Sent in the path.
     */
    product_id: NonNullable<operations["createSkus"]["parameters"]["path"]>["product_id"];
    /**
     * The SKUs to create.
     */
    body: CreateSkusBody;
}
/**
 * Parameters of `client.webhooks.create` (Create Webhook).
 *
 * Required scopes: `sites:write`.
 *
 * POST `/sites/{site_id}/webhooks` (operationId `createWebhook`).
 */
export interface CreateWebhookParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["createWebhook"]["parameters"]["path"]>["site_id"];
    /**
     * The webhook to create.
     */
    body: CreateWebhookBody;
}
/**
 * Parameters of `client.googleTags.removeAll` (Delete Google Tags).
 *
 * Required scopes: `sites:write`.
 *
 * DELETE `/sites/{site_id}/integrations/google_tags` (operationId `deleteAllGoogleTags`).
 */
export interface DeleteAllGoogleTagsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteAllGoogleTags"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.assets.remove` (Delete Asset).
 *
 * Required scopes: `assets:write`.
 *
 * DELETE `/assets/{asset_id}` (operationId `deleteAsset`).
 */
export interface DeleteAssetParams {
    /**
     * Unique identifier of an asset.
     *
     * Sent in the path.
     */
    asset_id: NonNullable<operations["deleteAsset"]["parameters"]["path"]>["asset_id"];
}
/**
 * Parameters of `client.collections.remove` (Delete Collection).
 *
 * Required scopes: `cms:write`.
 *
 * DELETE `/collections/{collection_id}` (operationId `deleteCollection`).
 */
export interface DeleteCollectionParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["deleteCollection"]["parameters"]["path"]>["collection_id"];
}
/**
 * Parameters of `client.fields.remove` (Delete Collection Field).
 *
 * Required scopes: `cms:write`.
 *
 * DELETE `/collections/{collection_id}/fields/{field_id}` (operationId `deleteCollectionField`).
 */
export interface DeleteCollectionFieldParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["deleteCollectionField"]["parameters"]["path"]>["collection_id"];
    /**
     * Unique identifier of a field of the collection.
     *
     * Sent in the path.
     */
    field_id: NonNullable<operations["deleteCollectionField"]["parameters"]["path"]>["field_id"];
}
/**
 * Parameters of `client.items.remove` (Delete Collection Item).
 *
 * Required scopes: `cms:write`.
 *
 * DELETE `/collections/{collection_id}/items/{item_id}` (operationId `deleteCollectionItem`).
 */
export interface DeleteCollectionItemParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["deleteCollectionItem"]["parameters"]["path"]>["collection_id"];
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
    cmsLocaleId?: NonNullable<operations["deleteCollectionItem"]["parameters"]["query"]>["cmsLocaleId"];
}
/**
 * Parameters of `client.items.removeMany` (Delete Collection Items).
 *
 * Required scopes: `cms:write`.
 *
 * DELETE `/collections/{collection_id}/items` (operationId `deleteCollectionItems`).
 */
export interface DeleteCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["deleteCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * The items to delete.
     */
    body: DeleteCollectionItemsBody;
}
/**
 * Parameters of `client.customFonts.remove` (Delete Custom Font).
 *
 * Required scopes: `sites:write`.
 *
 * DELETE `/sites/{site_id}/custom_fonts/{font_id}` (operationId `deleteCustomFont`).
 */
export interface DeleteCustomFontParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteCustomFont"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a custom font.
     *
     * Sent in the path.
     */
    font_id: NonNullable<operations["deleteCustomFont"]["parameters"]["path"]>["font_id"];
}
/**
 * Parameters of `client.formSubmissions.remove` (Delete Form Submission).
 *
 * Required scopes: `forms:write`.
 *
 * DELETE `/form_submissions/{form_submission_id}` (operationId `deleteFormSubmission`).
 */
export interface DeleteFormSubmissionParams {
    /**
     * Unique identifier of a form submission.
     *
     * Sent in the path.
     */
    form_submission_id: NonNullable<operations["deleteFormSubmission"]["parameters"]["path"]>["form_submission_id"];
}
/**
 * Parameters of `client.formSubmissions.removeBySite` (Delete Form Submission by Site).
 *
 * Required scopes: `forms:write`.
 *
 * DELETE `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `deleteFormSubmissionBySite`).
 */
export interface DeleteFormSubmissionBySiteParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteFormSubmissionBySite"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a form submission.
     *
     * Sent in the path.
     */
    form_submission_id: NonNullable<operations["deleteFormSubmissionBySite"]["parameters"]["path"]>["form_submission_id"];
}
/**
 * Parameters of `client.googleTags.remove` (Delete Google Tag).
 *
 * Required scopes: `sites:write`.
 *
 * DELETE `/sites/{site_id}/integrations/google_tags/{tag_id}` (operationId `deleteGoogleTag`).
 */
export interface DeleteGoogleTagParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteGoogleTag"]["parameters"]["path"]>["site_id"];
    /**
     * A Google tag ID installed on the site (for example `G-7B3C9D2E1F`).
     *
     * Sent in the path.
     */
    tag_id: NonNullable<operations["deleteGoogleTag"]["parameters"]["path"]>["tag_id"];
}
/**
 * Parameters of `client.customCode.deleteForPage` (Delete Page Custom Code).
 *
 * Required scopes: `custom_code:write`.
 *
 * DELETE `/pages/{page_id}/custom_code` (operationId `deletePageCustomCode`).
 */
export interface DeletePageCustomCodeParams {
    /**
     * Unique identifier of a page.
     *
     * Sent in the path.
     */
    page_id: NonNullable<operations["deletePageCustomCode"]["parameters"]["path"]>["page_id"];
}
/**
 * Parameters of `client.redirects.remove` (Delete 301 redirects).
 *
 * Required scopes: `sites:write`.
 *
 * DELETE `/sites/{site_id}/redirects/{redirect_id}` (operationId `deleteRedirect`).
 */
export interface DeleteRedirectParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteRedirect"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a 301 redirect.
     *
     * Sent in the path.
     */
    redirect_id: NonNullable<operations["deleteRedirect"]["parameters"]["path"]>["redirect_id"];
}
/**
 * Parameters of `client.robotsTxt.remove` (Delete robots.txt).
 *
 * Required scopes: `site_config:write`.
 *
 * DELETE `/sites/{site_id}/robots_txt` (operationId `deleteRobotsTxt`).
 */
export interface DeleteRobotsTxtParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteRobotsTxt"]["parameters"]["path"]>["site_id"];
    /**
     * The rules and sitemap URL to remove.
     */
    body: DeleteRobotsTxtBody;
}
/**
 * Parameters of `client.sites.remove` (Delete Site).
 *
 * Required scopes: `sites:write`.
 *
 * DELETE `/sites/{site_id}` (operationId `deleteSite`).
 */
export interface DeleteSiteParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteSite"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.customCode.deleteForSite` (Delete Site Custom Code).
 *
 * Required scopes: `custom_code:write`.
 *
 * DELETE `/sites/{site_id}/custom_code` (operationId `deleteSiteCustomCode`).
 */
export interface DeleteSiteCustomCodeParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteSiteCustomCode"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.wellKnown.remove` (Delete a well-known file).
 *
 * Required scopes: `site_config:write`.
 *
 * DELETE `/sites/{site_id}/well_known` (operationId `deleteWellKnownFiles`).
 */
export interface DeleteWellKnownFilesParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["deleteWellKnownFiles"]["parameters"]["path"]>["site_id"];
    /**
     * The files to delete.
     */
    body: DeleteWellKnownFilesBody;
}
/**
 * Parameters of `client.orders.fulfill` (Fulfill Order).
 *
 * Required scopes: `ecommerce:write`.
 *
 * POST `/sites/{site_id}/orders/{order_id}/fulfill` (operationId `fulfillOrder`).
 */
export interface FulfillOrderParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["fulfillOrder"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
     *
     * Sent in the path.
     */
    order_id: NonNullable<operations["fulfillOrder"]["parameters"]["path"]>["order_id"];
    /**
     * Whether to email the customer.
     */
    body?: FulfillOrderBody;
}
/**
 * Parameters of `client.assets.get` (Get Asset).
 *
 * Required scopes: `assets:read`.
 *
 * GET `/assets/{asset_id}` (operationId `getAsset`).
 */
export interface GetAssetParams {
    /**
     * Unique identifier of an asset.
     *
     * Sent in the path.
     */
    asset_id: NonNullable<operations["getAsset"]["parameters"]["path"]>["asset_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["getAsset"]["parameters"]["query"]>["localeId"];
}
/**
 * Parameters of `client.assetFolders.get` (Get Asset Folder).
 *
 * Required scopes: `assets:read`.
 *
 * GET `/asset_folders/{asset_folder_id}` (operationId `getAssetFolder`).
 */
export interface GetAssetFolderParams {
    /**
     * Unique identifier of an asset folder.
     *
     * Sent in the path.
     */
    asset_folder_id: NonNullable<operations["getAssetFolder"]["parameters"]["path"]>["asset_folder_id"];
}
/**
 * Parameters of `client.collections.get` (Get Collection Details).
 *
 * Required scopes: `cms:read`.
 *
 * GET `/collections/{collection_id}` (operationId `getCollection`).
 */
export interface GetCollectionParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["getCollection"]["parameters"]["path"]>["collection_id"];
}
/**
 * Parameters of `client.items.get` (Get Collection Item).
 *
 * Required scopes: `cms:read`.
 *
 * GET `/collections/{collection_id}/items/{item_id}` (operationId `getCollectionItem`).
 */
export interface GetCollectionItemParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["getCollectionItem"]["parameters"]["path"]>["collection_id"];
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
 * Parameters of `client.comments.getThread` (Get Comment Thread).
 *
 * Required scopes: `comments:read`.
 *
 * GET `/sites/{site_id}/comments/{comment_thread_id}` (operationId `getCommentThread`).
 */
export interface GetCommentThreadParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getCommentThread"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a comment thread.
     *
     * Sent in the path.
     */
    comment_thread_id: NonNullable<operations["getCommentThread"]["parameters"]["path"]>["comment_thread_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["localeId"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["limit"];
    /**
     * Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
     *
     * Sent in the query.
     */
    sortBy?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["sortBy"];
    /**
     * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
     *
     * Sent in the query.
     */
    sortOrder?: NonNullable<operations["getCommentThread"]["parameters"]["query"]>["sortOrder"];
}
/**
 * Parameters of `client.components.getContent` (Get Component Content).
 *
 * Required scopes: `components:read`.
 *
 * GET `/sites/{site_id}/components/{component_id}/dom` (operationId `getComponentContent`).
 */
export interface GetComponentContentParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getComponentContent"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
     *
     * Sent in the path.
     */
    component_id: NonNullable<operations["getComponentContent"]["parameters"]["path"]>["component_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["getComponentContent"]["parameters"]["query"]>["localeId"];
    /**
     * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
     *
     * Sent in the query.
     */
    branchId?: NonNullable<operations["getComponentContent"]["parameters"]["query"]>["branchId"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["getComponentContent"]["parameters"]["query"]>["limit"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["getComponentContent"]["parameters"]["query"]>["offset"];
}
/**
 * Parameters of `client.components.getProperties` (Get Component Properties).
 *
 * Required scopes: `components:read`.
 *
 * GET `/sites/{site_id}/components/{component_id}/properties` (operationId `getComponentProperties`).
 */
export interface GetComponentPropertiesParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getComponentProperties"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
     *
     * Sent in the path.
     */
    component_id: NonNullable<operations["getComponentProperties"]["parameters"]["path"]>["component_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["getComponentProperties"]["parameters"]["query"]>["localeId"];
    /**
     * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
     *
     * Sent in the query.
     */
    branchId?: NonNullable<operations["getComponentProperties"]["parameters"]["query"]>["branchId"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["getComponentProperties"]["parameters"]["query"]>["limit"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["getComponentProperties"]["parameters"]["query"]>["offset"];
}
/**
 * Parameters of `client.sites.getCustomDomains` (Get Custom Domains).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/custom_domains` (operationId `getCustomDomains`).
 */
export interface GetCustomDomainsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getCustomDomains"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.customFonts.get` (Get Custom Font).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/custom_fonts/{font_id}` (operationId `getCustomFont`).
 */
export interface GetCustomFontParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getCustomFont"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a custom font.
     *
     * Sent in the path.
     */
    font_id: NonNullable<operations["getCustomFont"]["parameters"]["path"]>["font_id"];
}
/**
 * Parameters of `client.ecommerce.getSettings` (Get Ecommerce Settings).
 *
 * Required scopes: `ecommerce:read`.
 *
 * GET `/sites/{site_id}/ecommerce/settings` (operationId `getEcommerceSettings`).
 */
export interface GetEcommerceSettingsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getEcommerceSettings"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.forms.get` (Get Form Schema).
 *
 * Required scopes: `forms:read`.
 *
 * GET `/forms/{form_id}` (operationId `getForm`).
 */
export interface GetFormParams {
    /**
     * Unique identifier of a form.
     *
     * Sent in the path.
     */
    form_id: NonNullable<operations["getForm"]["parameters"]["path"]>["form_id"];
}
/**
 * Parameters of `client.formSubmissions.get` (Get Form Submission).
 *
 * Required scopes: `forms:read`.
 *
 * GET `/form_submissions/{form_submission_id}` (operationId `getFormSubmission`).
 */
export interface GetFormSubmissionParams {
    /**
     * Unique identifier of a form submission.
     *
     * Sent in the path.
     */
    form_submission_id: NonNullable<operations["getFormSubmission"]["parameters"]["path"]>["form_submission_id"];
}
/**
 * Parameters of `client.formSubmissions.getBySite` (Get Form Submission by Site).
 *
 * Required scopes: `forms:read`.
 *
 * GET `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `getFormSubmissionBySite`).
 */
export interface GetFormSubmissionBySiteParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getFormSubmissionBySite"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a form submission.
     *
     * Sent in the path.
     */
    form_submission_id: NonNullable<operations["getFormSubmissionBySite"]["parameters"]["path"]>["form_submission_id"];
}
/**
 * Parameters of `client.inventory.get` (List Inventory).
 *
 * Required scopes: `ecommerce:read`.
 *
 * GET `/collections/{sku_collection_id}/items/{sku_id}/inventory` (operationId `getInventory`).
 */
export interface GetInventoryParams {
    /**
     * Unique identifier of the site's SKUs collection.
     *
     * Sent in the path.
     */
    sku_collection_id: NonNullable<operations["getInventory"]["parameters"]["path"]>["sku_collection_id"];
    /**
     * Unique identifier of a SKU (an item of the site's SKUs collection).
     *
     * Sent in the path.
     */
    sku_id: NonNullable<operations["getInventory"]["parameters"]["path"]>["sku_id"];
}
/**
 * Parameters of `client.items.getLive` (Get Live Collection Item).
 *
 * Required scopes: `cms:read`.
 *
 * GET `/collections/{collection_id}/items/{item_id}/live` (operationId `getLiveCollectionItem`).
 */
export interface GetLiveCollectionItemParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["getLiveCollectionItem"]["parameters"]["path"]>["collection_id"];
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
    cmsLocaleId?: NonNullable<operations["getLiveCollectionItem"]["parameters"]["query"]>["cmsLocaleId"];
}
/**
 * Parameters of `client.orders.get` (Get Order).
 *
 * Required scopes: `ecommerce:read`.
 *
 * GET `/sites/{site_id}/orders/{order_id}` (operationId `getOrder`).
 */
export interface GetOrderParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getOrder"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
     *
     * Sent in the path.
     */
    order_id: NonNullable<operations["getOrder"]["parameters"]["path"]>["order_id"];
}
/**
 * Parameters of `client.pages.getContent` (Get Page Content).
 *
 * Required scopes: `pages:read`.
 *
 * GET `/pages/{page_id}/dom` (operationId `getPageContent`).
 */
export interface GetPageContentParams {
    /**
     * Unique identifier of a page.
     *
     * Sent in the path.
     */
    page_id: NonNullable<operations["getPageContent"]["parameters"]["path"]>["page_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["getPageContent"]["parameters"]["query"]>["localeId"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["getPageContent"]["parameters"]["query"]>["limit"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["getPageContent"]["parameters"]["query"]>["offset"];
}
/**
 * Parameters of `client.customCode.getForPage` (Get Page Custom Code).
 *
 * Required scopes: `custom_code:read`.
 *
 * GET `/pages/{page_id}/custom_code` (operationId `getPageCustomCode`).
 */
export interface GetPageCustomCodeParams {
    /**
     * Unique identifier of a page.
     *
     * Sent in the path.
     */
    page_id: NonNullable<operations["getPageCustomCode"]["parameters"]["path"]>["page_id"];
}
/**
 * Parameters of `client.pages.getMetadata` (Get Page Metadata).
 *
 * Required scopes: `pages:read`.
 *
 * GET `/pages/{page_id}` (operationId `getPageMetadata`).
 */
export interface GetPageMetadataParams {
    /**
     * Unique identifier of a page.
     *
     * Sent in the path.
     */
    page_id: NonNullable<operations["getPageMetadata"]["parameters"]["path"]>["page_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["getPageMetadata"]["parameters"]["query"]>["localeId"];
}
/**
 * Parameters of `client.products.get` (Get Product and SKUs).
 *
 * Required scopes: `ecommerce:read`.
 *
 * GET `/sites/{site_id}/products/{product_id}` (operationId `getProduct`).
 */
export interface GetProductParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getProduct"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a product.
     *
     * Sent in the path.
     */
    product_id: NonNullable<operations["getProduct"]["parameters"]["path"]>["product_id"];
}
/**
 * Parameters of `client.robotsTxt.get` (Get robots.txt).
 *
 * Required scopes: `site_config:read`.
 *
 * GET `/sites/{site_id}/robots_txt` (operationId `getRobotsTxt`).
 */
export interface GetRobotsTxtParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getRobotsTxt"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.sites.get` (Get Site).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}` (operationId `getSite`).
 */
export interface GetSiteParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getSite"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.customCode.getForSite` (Get Site Custom Code).
 *
 * Required scopes: `custom_code:read`.
 *
 * GET `/sites/{site_id}/custom_code` (operationId `getSiteCustomCode`).
 */
export interface GetSiteCustomCodeParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getSiteCustomCode"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.sites.getPlan` (Get Site Plan).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/plan` (operationId `getSitePlan`).
 */
export interface GetSitePlanParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["getSitePlan"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.webhooks.get` (Get Webhook).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/webhooks/{webhook_id}` (operationId `getWebhook`).
 */
export interface GetWebhookParams {
    /**
     * Unique identifier of a webhook.
     *
     * Sent in the path.
     */
    webhook_id: NonNullable<operations["getWebhook"]["parameters"]["path"]>["webhook_id"];
}
/**
 * Parameters of `client.assetFolders.list` (List Asset Folders).
 *
 * Required scopes: `assets:read`.
 *
 * GET `/sites/{site_id}/asset_folders` (operationId `listAssetFolders`).
 */
export interface ListAssetFoldersParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listAssetFolders"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.assets.list` (List Assets).
 *
 * Required scopes: `assets:read`.
 *
 * GET `/sites/{site_id}/assets` (operationId `listAssets`).
 */
export interface ListAssetsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listAssets"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["listAssets"]["parameters"]["query"]>["localeId"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listAssets"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listAssets"]["parameters"]["query"]>["limit"];
    /**
     * Unique identifier of an asset folder. Restricts the list to the assets in that folder.
     *
     * Sent in the query.
     */
    folderId?: NonNullable<operations["listAssets"]["parameters"]["query"]>["folderId"];
}
/**
 * Parameters of `client.items.list` (List Collection Items).
 *
 * Required scopes: `cms:read`.
 *
 * GET `/collections/{collection_id}/items` (operationId `listCollectionItems`).
 */
export interface ListCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["listCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
     *
     * Sent in the query.
     */
    cmsLocaleId?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["cmsLocaleId"];
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
    "createdOn[lte]"?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["createdOn[lte]"];
    /**
     * Only return items created on or after this date (the `gte` member of the `createdOn` filter object, sent as `createdOn[gte]`).
     *
     * Sent in the query.
     */
    "createdOn[gte]"?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["createdOn[gte]"];
    /**
     * Only return items last published on or before this date (the `lte` member of the `lastPublished` filter object, sent as `lastPublished[lte]`).
     *
     * Sent in the query.
     */
    "lastPublished[lte]"?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["lastPublished[lte]"];
    /**
     * Only return items last published on or after this date (the `gte` member of the `lastPublished` filter object, sent as `lastPublished[gte]`).
     *
     * Sent in the query.
     */
    "lastPublished[gte]"?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["lastPublished[gte]"];
    /**
     * Only return items last updated on or before this date (the `lte` member of the `lastUpdated` filter object, sent as `lastUpdated[lte]`).
     *
     * Sent in the query.
     */
    "lastUpdated[lte]"?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["lastUpdated[lte]"];
    /**
     * Only return items last updated on or after this date (the `gte` member of the `lastUpdated` filter object, sent as `lastUpdated[gte]`).
     *
     * Sent in the query.
     */
    "lastUpdated[gte]"?: NonNullable<operations["listCollectionItems"]["parameters"]["query"]>["lastUpdated[gte]"];
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
 * Parameters of `client.collections.list` (List Collections).
 *
 * Required scopes: `cms:read`.
 *
 * GET `/sites/{site_id}/collections` (operationId `listCollections`).
 */
export interface ListCollectionsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listCollections"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.comments.listReplies` (List Comment Replies).
 *
 * Required scopes: `comments:read`.
 *
 * GET `/sites/{site_id}/comments/{comment_thread_id}/replies` (operationId `listCommentReplies`).
 */
export interface ListCommentRepliesParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listCommentReplies"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a comment thread.
     *
     * Sent in the path.
     */
    comment_thread_id: NonNullable<operations["listCommentReplies"]["parameters"]["path"]>["comment_thread_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["localeId"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["limit"];
    /**
     * Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
     *
     * Sent in the query.
     */
    sortBy?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["sortBy"];
    /**
     * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
     *
     * Sent in the query.
     */
    sortOrder?: NonNullable<operations["listCommentReplies"]["parameters"]["query"]>["sortOrder"];
}
/**
 * Parameters of `client.comments.listThreads` (List Comment Threads).
 *
 * Required scopes: `comments:read`.
 *
 * GET `/sites/{site_id}/comments` (operationId `listCommentThreads`).
 */
export interface ListCommentThreadsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listCommentThreads"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["localeId"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["limit"];
    /**
     * Field to sort the results by. Only applies together with `sortOrder`; sent alone it has no effect.
     *
     * Sent in the query.
     */
    sortBy?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["sortBy"];
    /**
     * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
     *
     * Sent in the query.
     */
    sortOrder?: NonNullable<operations["listCommentThreads"]["parameters"]["query"]>["sortOrder"];
}
/**
 * Parameters of `client.components.list` (List Components).
 *
 * Required scopes: `components:read`.
 *
 * GET `/sites/{site_id}/components` (operationId `listComponents`).
 */
export interface ListComponentsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listComponents"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
     *
     * Sent in the query.
     */
    branchId?: NonNullable<operations["listComponents"]["parameters"]["query"]>["branchId"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listComponents"]["parameters"]["query"]>["limit"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listComponents"]["parameters"]["query"]>["offset"];
}
/**
 * Parameters of `client.customCode.listBlocks` (List Custom Code Blocks).
 *
 * Required scopes: `custom_code:read`.
 *
 * GET `/sites/{site_id}/custom_code/blocks` (operationId `listCustomCodeBlocks`).
 */
export interface ListCustomCodeBlocksParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listCustomCodeBlocks"]["parameters"]["path"]>["site_id"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listCustomCodeBlocks"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listCustomCodeBlocks"]["parameters"]["query"]>["limit"];
}
/**
 * Parameters of `client.customFonts.list` (List Custom Fonts).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/custom_fonts` (operationId `listCustomFonts`).
 */
export interface ListCustomFontsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listCustomFonts"]["parameters"]["path"]>["site_id"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listCustomFonts"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listCustomFonts"]["parameters"]["query"]>["limit"];
}
/**
 * Parameters of `client.formSubmissions.list` (List Form Submissions).
 *
 * Required scopes: `forms:read`.
 *
 * GET `/forms/{form_id}/submissions` (operationId `listFormSubmissions`).
 */
export interface ListFormSubmissionsParams {
    /**
     * Unique identifier of a form.
     *
     * Sent in the path.
     */
    form_id: NonNullable<operations["listFormSubmissions"]["parameters"]["path"]>["form_id"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listFormSubmissions"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listFormSubmissions"]["parameters"]["query"]>["limit"];
}
/**
 * Parameters of `client.formSubmissions.listBySite` (List Form Submissions by Site).
 *
 * Required scopes: `forms:read`.
 *
 * GET `/sites/{site_id}/form_submissions` (operationId `listFormSubmissionsBySite`).
 */
export interface ListFormSubmissionsBySiteParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listFormSubmissionsBySite"]["parameters"]["path"]>["site_id"];
    /**
     * Identifier of a form element on the site (a form's `formElementId`). Restricts the list to the submissions of that form.
     *
     * Sent in the query.
     */
    elementId?: NonNullable<operations["listFormSubmissionsBySite"]["parameters"]["query"]>["elementId"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listFormSubmissionsBySite"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listFormSubmissionsBySite"]["parameters"]["query"]>["limit"];
}
/**
 * Parameters of `client.formSubmissions.listBySiteAndForm` (List Form Submissions by Site and Form).
 *
 * Required scopes: `forms:read`.
 *
 * GET `/sites/{site_id}/forms/{form_id}/submissions` (operationId `listFormSubmissionsBySiteAndForm`).
 */
export interface ListFormSubmissionsBySiteAndFormParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listFormSubmissionsBySiteAndForm"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a form.
     *
     * Sent in the path.
     */
    form_id: NonNullable<operations["listFormSubmissionsBySiteAndForm"]["parameters"]["path"]>["form_id"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listFormSubmissionsBySiteAndForm"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listFormSubmissionsBySiteAndForm"]["parameters"]["query"]>["limit"];
}
/**
 * Parameters of `client.forms.list` (List Forms).
 *
 * Required scopes: `forms:read`.
 *
 * GET `/sites/{site_id}/forms` (operationId `listForms`).
 */
export interface ListFormsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listForms"]["parameters"]["path"]>["site_id"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listForms"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listForms"]["parameters"]["query"]>["limit"];
}
/**
 * Parameters of `client.googleTags.list` (List Google Tags).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/integrations/google_tags` (operationId `listGoogleTags`).
 */
export interface ListGoogleTagsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listGoogleTags"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.items.listLive` (List Live Collection Items).
 *
 * Required scopes: `cms:read`.
 *
 * GET `/collections/{collection_id}/items/live` (operationId `listLiveCollectionItems`).
 */
export interface ListLiveCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["listLiveCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * Unique identifier of a CMS locale (the `cmsLocaleId` of one of the site's locales). Restricts the request to the item content of that locale; when omitted the primary locale is used.
     *
     * Sent in the query.
     */
    cmsLocaleId?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["cmsLocaleId"];
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
    "createdOn[lte]"?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["createdOn[lte]"];
    /**
     * Only return items created on or after this date (the `gte` member of the `createdOn` filter object, sent as `createdOn[gte]`).
     *
     * Sent in the query.
     */
    "createdOn[gte]"?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["createdOn[gte]"];
    /**
     * Only return items last published on or before this date (the `lte` member of the `lastPublished` filter object, sent as `lastPublished[lte]`).
     *
     * Sent in the query.
     */
    "lastPublished[lte]"?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["lastPublished[lte]"];
    /**
     * Only return items last published on or after this date (the `gte` member of the `lastPublished` filter object, sent as `lastPublished[gte]`).
     *
     * Sent in the query.
     */
    "lastPublished[gte]"?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["lastPublished[gte]"];
    /**
     * Only return items last updated on or before this date (the `lte` member of the `lastUpdated` filter object, sent as `lastUpdated[lte]`).
     *
     * Sent in the query.
     */
    "lastUpdated[lte]"?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["lastUpdated[lte]"];
    /**
     * Only return items last updated on or after this date (the `gte` member of the `lastUpdated` filter object, sent as `lastUpdated[gte]`).
     *
     * Sent in the query.
     */
    "lastUpdated[gte]"?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["lastUpdated[gte]"];
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
    sortOrder?: NonNullable<operations["listLiveCollectionItems"]["parameters"]["query"]>["sortOrder"];
}
/**
 * Parameters of `client.orders.list` (List Orders).
 *
 * Required scopes: `ecommerce:read`.
 *
 * GET `/sites/{site_id}/orders` (operationId `listOrders`).
 */
export interface ListOrdersParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listOrders"]["parameters"]["path"]>["site_id"];
    /**
     * Only list orders with this status.
     *
     * Sent in the query.
     */
    status?: NonNullable<operations["listOrders"]["parameters"]["query"]>["status"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listOrders"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listOrders"]["parameters"]["query"]>["limit"];
}
/**
 * Parameters of `client.pages.list` (List Pages).
 *
 * Required scopes: `pages:read`.
 *
 * GET `/sites/{site_id}/pages` (operationId `listPages`).
 */
export interface ListPagesParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listPages"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["listPages"]["parameters"]["query"]>["localeId"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listPages"]["parameters"]["query"]>["limit"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listPages"]["parameters"]["query"]>["offset"];
}
/**
 * Parameters of `client.products.list` (List Products & SKUs).
 *
 * Required scopes: `ecommerce:read`.
 *
 * GET `/sites/{site_id}/products` (operationId `listProducts`).
 */
export interface ListProductsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listProducts"]["parameters"]["path"]>["site_id"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listProducts"]["parameters"]["query"]>["offset"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listProducts"]["parameters"]["query"]>["limit"];
}
/**
 * Parameters of `client.redirects.list` (Get 301 redirects).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/redirects` (operationId `listRedirects`).
 */
export interface ListRedirectsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listRedirects"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.scripts.list` (Get Registered Scripts).
 *
 * Required scopes: `custom_code:read`.
 *
 * GET `/sites/{site_id}/registered_scripts` (operationId `listRegisteredScripts`).
 */
export interface ListRegisteredScriptsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listRegisteredScripts"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.sites.listActivityLogs` (Get Site Activity Logs).
 *
 * Required scopes: `site_activity:read`.
 *
 * GET `/sites/{site_id}/activity_logs` (operationId `listSiteActivityLogs`).
 */
export interface ListSiteActivityLogsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listSiteActivityLogs"]["parameters"]["path"]>["site_id"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listSiteActivityLogs"]["parameters"]["query"]>["limit"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listSiteActivityLogs"]["parameters"]["query"]>["offset"];
}
/**
 * Parameters of `client.webhooks.list` (List Webhooks).
 *
 * Required scopes: `sites:read`.
 *
 * GET `/sites/{site_id}/webhooks` (operationId `listWebhooks`).
 */
export interface ListWebhooksParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["listWebhooks"]["parameters"]["path"]>["site_id"];
}
/**
 * Parameters of `client.workspaces.listAuditLogs` (Get Workspace Audit Logs).
 *
 * Required scopes: `workspace_activity:read`.
 *
 * GET `/workspaces/{workspace_id_or_slug}/audit_logs` (operationId `listWorkspaceAuditLogs`).
 */
export interface ListWorkspaceAuditLogsParams {
    /**
     * Unique identifier or slug of a workspace.
     *
     * Sent in the path.
     */
    workspace_id_or_slug: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["path"]>["workspace_id_or_slug"];
    /**
     * Maximum number of items to return (at most 100). Defaults to 100.
     *
     * Sent in the query.
     */
    limit?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["limit"];
    /**
     * Number of items to skip before the first item returned (for paging). Defaults to 0.
     *
     * Sent in the query.
     */
    offset?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["offset"];
    /**
     * Sort direction of the results, ascending (`asc`) or descending (`desc`). Needed for `sortBy` to take effect.
     *
     * Sent in the query.
     */
    sortOrder?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["sortOrder"];
    /**
     * Return only the audit-log events of this type.
     *
     * Sent in the query.
     */
    eventType?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["eventType"];
    /**
     * Return only the events that happened at or after this date and time (ISO-8601).
     *
     * Sent in the query.
     */
    from?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["from"];
    /**
     * Return only the events that happened at or before this date and time (ISO-8601).
     *
     * Sent in the query.
     */
    to?: NonNullable<operations["listWorkspaceAuditLogs"]["parameters"]["query"]>["to"];
}
/**
 * Parameters of `client.items.publish` (Publish Collection Item).
 *
 * Required scopes: `cms:write`.
 *
 * POST `/collections/{collection_id}/items/publish` (operationId `publishCollectionItems`).
 */
export interface PublishCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["publishCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * The items to publish.
     */
    body: PublishCollectionItemsBody;
}
/**
 * Parameters of `client.sites.publish` (Publish Site).
 *
 * Required scopes: `sites:write`.
 *
 * POST `/sites/{site_id}/publish` (operationId `publishSite`).
 */
export interface PublishSiteParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["publishSite"]["parameters"]["path"]>["site_id"];
    /**
     * The publish targets.
     */
    body: PublishSiteBody;
}
/**
 * Parameters of `client.orders.refund` (Refund Order).
 *
 * Required scopes: `ecommerce:write`.
 *
 * POST `/sites/{site_id}/orders/{order_id}/refund` (operationId `refundOrder`).
 */
export interface RefundOrderParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["refundOrder"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
     *
     * Sent in the path.
     */
    order_id: NonNullable<operations["refundOrder"]["parameters"]["path"]>["order_id"];
    /**
     * The reason for the refund.
     */
    body?: RefundOrderBody;
}
/**
 * Parameters of `client.scripts.registerHosted` (Register Script - Hosted).
 *
 * Required scopes: `custom_code:write`.
 *
 * POST `/sites/{site_id}/registered_scripts/hosted` (operationId `registerHostedScript`).
 */
export interface RegisterHostedScriptParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["registerHostedScript"]["parameters"]["path"]>["site_id"];
    /**
     * The script to register.
     */
    body: RegisterHostedScriptBody;
}
/**
 * Parameters of `client.scripts.registerInline` (Register Script - Inline).
 *
 * Required scopes: `custom_code:write`.
 *
 * POST `/sites/{site_id}/registered_scripts/inline` (operationId `registerInlineScript`).
 */
export interface RegisterInlineScriptParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["registerInlineScript"]["parameters"]["path"]>["site_id"];
    /**
     * The script to register.
     */
    body: RegisterInlineScriptBody;
}
/**
 * Parameters of `client.webhooks.remove` (Remove Webhook).
 *
 * Required scopes: `sites:write`.
 *
 * DELETE `/webhooks/{webhook_id}` (operationId `removeWebhook`).
 */
export interface RemoveWebhookParams {
    /**
     * Unique identifier of a webhook.
     *
     * Sent in the path.
     */
    webhook_id: NonNullable<operations["removeWebhook"]["parameters"]["path"]>["webhook_id"];
}
/**
 * Parameters of `client.customFonts.replaceFile` (Replace Custom Font File).
 *
 * Required scopes: `sites:write`.
 *
 * PUT `/sites/{site_id}/custom_fonts/{font_id}/file` (operationId `replaceCustomFontFile`).
 */
export interface ReplaceCustomFontFileParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["replaceCustomFontFile"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a custom font.
     *
     * Sent in the path.
     */
    font_id: NonNullable<operations["replaceCustomFontFile"]["parameters"]["path"]>["font_id"];
    /**
     * The metadata of the new font file.
     */
    body: ReplaceCustomFontFileBody;
}
/**
 * Parameters of `client.robotsTxt.replace` (Replace robots.txt).
 *
 * Required scopes: `site_config:write`.
 *
 * PUT `/sites/{site_id}/robots_txt` (operationId `replaceRobotsTxt`).
 */
export interface ReplaceRobotsTxtParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["replaceRobotsTxt"]["parameters"]["path"]>["site_id"];
    /**
     * The new robots.txt.
     */
    body: ReplaceRobotsTxtBody;
}
/**
 * Parameters of `client.wellKnown.set` (Set a well-known file).
 *
 * Required scopes: `site_config:write`.
 *
 * PUT `/sites/{site_id}/well_known` (operationId `setWellKnownFile`).
 */
export interface SetWellKnownFileParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["setWellKnownFile"]["parameters"]["path"]>["site_id"];
    /**
     * The file to serve.
     */
    body: SetWellKnownFileBody;
}
/**
 * Parameters of `client.orders.unfulfill` (Unfulfill Order).
 *
 * Required scopes: `ecommerce:write`.
 *
 * POST `/sites/{site_id}/orders/{order_id}/unfulfill` (operationId `unfulfillOrder`).
 */
export interface UnfulfillOrderParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["unfulfillOrder"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
     *
     * Sent in the path.
     */
    order_id: NonNullable<operations["unfulfillOrder"]["parameters"]["path"]>["order_id"];
}
/**
 * Parameters of `client.items.unpublish` (Unpublish Live Collection Item).
 *
 * Required scopes: `cms:write`.
 *
 * DELETE `/collections/{collection_id}/items/{item_id}/live` (operationId `unpublishLiveCollectionItem`).
 */
export interface UnpublishLiveCollectionItemParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["unpublishLiveCollectionItem"]["parameters"]["path"]>["collection_id"];
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
    cmsLocaleId?: NonNullable<operations["unpublishLiveCollectionItem"]["parameters"]["query"]>["cmsLocaleId"];
}
/**
 * Parameters of `client.items.unpublishMany` (Unpublish Live Collection Items).
 *
 * Required scopes: `cms:write`.
 *
 * DELETE `/collections/{collection_id}/items/live` (operationId `unpublishLiveCollectionItems`).
 */
export interface UnpublishLiveCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["unpublishLiveCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * The items to unpublish.
     */
    body: UnpublishLiveCollectionItemsBody;
}
/**
 * Parameters of `client.assets.update` (Update Asset).
 *
 * Required scopes: `assets:write`.
 *
 * PATCH `/assets/{asset_id}` (operationId `updateAsset`).
 */
export interface UpdateAssetParams {
    /**
     * Unique identifier of an asset.
     *
     * Sent in the path.
     */
    asset_id: NonNullable<operations["updateAsset"]["parameters"]["path"]>["asset_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["updateAsset"]["parameters"]["query"]>["localeId"];
    /**
     * The fields to change.
     */
    body: UpdateAssetBody;
}
/**
 * Parameters of `client.fields.update` (Update Collection Field).
 *
 * Required scopes: `cms:write`.
 *
 * PATCH `/collections/{collection_id}/fields/{field_id}` (operationId `updateCollectionField`).
 */
export interface UpdateCollectionFieldParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["updateCollectionField"]["parameters"]["path"]>["collection_id"];
    /**
     * Unique identifier of a field of the collection.
     *
     * Sent in the path.
     */
    field_id: NonNullable<operations["updateCollectionField"]["parameters"]["path"]>["field_id"];
    /**
     * The changes to the field.
     */
    body: UpdateCollectionFieldBody;
}
/**
 * Parameters of `client.items.update` (Update Collection Item).
 *
 * Required scopes: `cms:write`.
 *
 * PATCH `/collections/{collection_id}/items/{item_id}` (operationId `updateCollectionItem`).
 */
export interface UpdateCollectionItemParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["updateCollectionItem"]["parameters"]["path"]>["collection_id"];
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
    skipInvalidFiles?: NonNullable<operations["updateCollectionItem"]["parameters"]["query"]>["skipInvalidFiles"];
    /**
     * The changes to the item.
     */
    body: UpdateCollectionItemBody;
}
/**
 * Parameters of `client.items.updateMany` (Update Collection Items).
 *
 * Required scopes: `cms:write`.
 *
 * PATCH `/collections/{collection_id}/items` (operationId `updateCollectionItems`).
 */
export interface UpdateCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["updateCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
     *
     * Sent in the query.
     */
    skipInvalidFiles?: NonNullable<operations["updateCollectionItems"]["parameters"]["query"]>["skipInvalidFiles"];
    /**
     * The items to change.
     */
    body: UpdateCollectionItemsBody;
}
/**
 * Parameters of `client.components.updateContent` (Update Component Content).
 *
 * Required scopes: `components:write`.
 *
 * POST `/sites/{site_id}/components/{component_id}/dom` (operationId `updateComponentContent`).
 */
export interface UpdateComponentContentParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateComponentContent"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
     *
     * Sent in the path.
     */
    component_id: NonNullable<operations["updateComponentContent"]["parameters"]["path"]>["component_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["updateComponentContent"]["parameters"]["query"]>["localeId"];
    /**
     * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
     *
     * Sent in the query.
     */
    branchId?: NonNullable<operations["updateComponentContent"]["parameters"]["query"]>["branchId"];
    /**
     * The nodes to update.
     */
    body: UpdateComponentContentBody;
}
/**
 * Parameters of `client.components.updateProperties` (Update Component Properties).
 *
 * Required scopes: `components:write`.
 *
 * POST `/sites/{site_id}/components/{component_id}/properties` (operationId `updateComponentProperties`).
 */
export interface UpdateComponentPropertiesParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateComponentProperties"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a component (see listComponents). Not necessarily a 24-character object id: the reference types it as a plain string.
     *
     * Sent in the path.
     */
    component_id: NonNullable<operations["updateComponentProperties"]["parameters"]["path"]>["component_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["updateComponentProperties"]["parameters"]["query"]>["localeId"];
    /**
     * Unique identifier of a page branch. Reads or writes the component as it is on that branch instead of on the main site.
     *
     * Sent in the query.
     */
    branchId?: NonNullable<operations["updateComponentProperties"]["parameters"]["query"]>["branchId"];
    /**
     * The properties to update.
     */
    body: UpdateComponentPropertiesBody;
}
/**
 * Parameters of `client.customFonts.update` (Update Custom Font).
 *
 * Required scopes: `sites:write`.
 *
 * PATCH `/sites/{site_id}/custom_fonts/{font_id}` (operationId `updateCustomFont`).
 */
export interface UpdateCustomFontParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateCustomFont"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a custom font.
     *
     * Sent in the path.
     */
    font_id: NonNullable<operations["updateCustomFont"]["parameters"]["path"]>["font_id"];
    /**
     * The settings to change.
     */
    body: UpdateCustomFontBody;
}
/**
 * Parameters of `client.formSubmissions.update` (Modify Form Submission).
 *
 * Required scopes: `forms:write`.
 *
 * PATCH `/form_submissions/{form_submission_id}` (operationId `updateFormSubmission`).
 */
export interface UpdateFormSubmissionParams {
    /**
     * Unique identifier of a form submission.
     *
     * Sent in the path.
     */
    form_submission_id: NonNullable<operations["updateFormSubmission"]["parameters"]["path"]>["form_submission_id"];
    /**
     * The submitted values to change.
     */
    body: UpdateFormSubmissionBody;
}
/**
 * Parameters of `client.formSubmissions.updateBySite` (Modify Form Submission by Site).
 *
 * Required scopes: `forms:write`.
 *
 * PATCH `/sites/{site_id}/form_submissions/{form_submission_id}` (operationId `updateFormSubmissionBySite`).
 */
export interface UpdateFormSubmissionBySiteParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateFormSubmissionBySite"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a form submission.
     *
     * Sent in the path.
     */
    form_submission_id: NonNullable<operations["updateFormSubmissionBySite"]["parameters"]["path"]>["form_submission_id"];
    /**
     * The submitted values to change.
     */
    body: UpdateFormSubmissionBySiteBody;
}
/**
 * Parameters of `client.googleTags.update` (Update Google Tag).
 *
 * Required scopes: `sites:write`.
 *
 * PATCH `/sites/{site_id}/integrations/google_tags` (operationId `updateGoogleTags`).
 */
export interface UpdateGoogleTagsParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateGoogleTags"]["parameters"]["path"]>["site_id"];
    /**
     * The Google tags to set.
     */
    body: UpdateGoogleTagsBody;
}
/**
 * Parameters of `client.inventory.update` (Update Item Inventory).
 *
 * Required scopes: `ecommerce:write`.
 *
 * PATCH `/collections/{sku_collection_id}/items/{sku_id}/inventory` (operationId `updateInventory`).
 */
export interface UpdateInventoryParams {
    /**
     * Unique identifier of the site's SKUs collection.
     *
     * Sent in the path.
     */
    sku_collection_id: NonNullable<operations["updateInventory"]["parameters"]["path"]>["sku_collection_id"];
    /**
     * Unique identifier of a SKU (an item of the site's SKUs collection).
     *
     * Sent in the path.
     */
    sku_id: NonNullable<operations["updateInventory"]["parameters"]["path"]>["sku_id"];
    /**
     * The inventory type and the stock change.
     */
    body: UpdateInventoryBody;
}
/**
 * Parameters of `client.items.updateLive` (Update Live Collection Item).
 *
 * Required scopes: `cms:write`.
 *
 * PATCH `/collections/{collection_id}/items/{item_id}/live` (operationId `updateLiveCollectionItem`).
 */
export interface UpdateLiveCollectionItemParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["updateLiveCollectionItem"]["parameters"]["path"]>["collection_id"];
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
    skipInvalidFiles?: NonNullable<operations["updateLiveCollectionItem"]["parameters"]["query"]>["skipInvalidFiles"];
    /**
     * The changes to the item.
     */
    body: UpdateLiveCollectionItemBody;
}
/**
 * Parameters of `client.items.updateManyLive` (Update Live Collection Items).
 *
 * Required scopes: `cms:write`.
 *
 * PATCH `/collections/{collection_id}/items/live` (operationId `updateLiveCollectionItems`).
 */
export interface UpdateLiveCollectionItemsParams {
    /**
     * Unique identifier of a CMS collection.
     *
     * Sent in the path.
     */
    collection_id: NonNullable<operations["updateLiveCollectionItems"]["parameters"]["path"]>["collection_id"];
    /**
     * When true, file and image field values that cannot be fetched or are invalid are skipped and the rest of the request is processed; when false, the whole request fails if any file is invalid.
     *
     * Sent in the query.
     */
    skipInvalidFiles?: NonNullable<operations["updateLiveCollectionItems"]["parameters"]["query"]>["skipInvalidFiles"];
    /**
     * The items to change.
     */
    body: UpdateLiveCollectionItemsBody;
}
/**
 * Parameters of `client.orders.update` (Update Order).
 *
 * Required scopes: `ecommerce:write`.
 *
 * PATCH `/sites/{site_id}/orders/{order_id}` (operationId `updateOrder`).
 */
export interface UpdateOrderParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateOrder"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of an order: its `orderId`, a short string such as `dfa-3f1` (not a 24-character object id).
     *
     * Sent in the path.
     */
    order_id: NonNullable<operations["updateOrder"]["parameters"]["path"]>["order_id"];
    /**
     * The fields to set.
     */
    body: UpdateOrderBody;
}
/**
 * Parameters of `client.pages.updateContent` (Update Page Content).
 *
 * Required scopes: `pages:write`.
 *
 * POST `/pages/{page_id}/dom` (operationId `updatePageContent`).
 */
export interface UpdatePageContentParams {
    /**
     * Unique identifier of a page.
     *
     * Sent in the path.
     */
    page_id: NonNullable<operations["updatePageContent"]["parameters"]["path"]>["page_id"];
    /**
     * Unique identifier of the locale (its `id` in the site's `locales`) whose content is updated. Required by this endpoint.
     *
     * Sent in the query.
     */
    localeId: NonNullable<operations["updatePageContent"]["parameters"]["query"]>["localeId"];
    /**
     * The nodes to update.
     */
    body: UpdatePageContentBody;
}
/**
 * Parameters of `client.pages.updateMetadata` (Update Page Metadata).
 *
 * Required scopes: `pages:write`.
 *
 * PUT `/pages/{page_id}` (operationId `updatePageMetadata`).
 */
export interface UpdatePageMetadataParams {
    /**
     * Unique identifier of a page.
     *
     * Sent in the path.
     */
    page_id: NonNullable<operations["updatePageMetadata"]["parameters"]["path"]>["page_id"];
    /**
     * Unique identifier of a locale (its `id` in the site's `locales`). Restricts the result to the content of that locale.
     *
     * Sent in the query.
     */
    localeId?: NonNullable<operations["updatePageMetadata"]["parameters"]["query"]>["localeId"];
    /**
     * The metadata to change.
     */
    body: UpdatePageMetadataBody;
}
/**
 * Parameters of `client.products.update` (Update Product).
 *
 * Required scopes: `ecommerce:write`.
 *
 * PATCH `/sites/{site_id}/products/{product_id}` (operationId `updateProduct`).
 */
export interface UpdateProductParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateProduct"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a product.
     *
     * Sent in the path.
     */
    product_id: NonNullable<operations["updateProduct"]["parameters"]["path"]>["product_id"];
    /**
     * The product fields to change.
     */
    body: UpdateProductBody;
}
/**
 * Parameters of `client.redirects.update` (Update 301 redirect).
 *
 * Required scopes: `sites:write`.
 *
 * PATCH `/sites/{site_id}/redirects/{redirect_id}` (operationId `updateRedirect`).
 */
export interface UpdateRedirectParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateRedirect"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a 301 redirect.
     *
     * Sent in the path.
     */
    redirect_id: NonNullable<operations["updateRedirect"]["parameters"]["path"]>["redirect_id"];
    /**
     * The fields to change.
     */
    body: UpdateRedirectBody;
}
/**
 * Parameters of `client.robotsTxt.update` (Update robots.txt).
 *
 * Required scopes: `site_config:write`.
 *
 * PATCH `/sites/{site_id}/robots_txt` (operationId `updateRobotsTxt`).
 */
export interface UpdateRobotsTxtParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateRobotsTxt"]["parameters"]["path"]>["site_id"];
    /**
     * The rules and sitemap URL to add or change.
     */
    body: UpdateRobotsTxtBody;
}
/**
 * Parameters of `client.sites.update` (Update Site).
 *
 * Required scopes: `sites:write`.
 *
 * PATCH `/sites/{site_id}` (operationId `updateSite`).
 */
export interface UpdateSiteParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateSite"]["parameters"]["path"]>["site_id"];
    /**
     * The fields to change.
     */
    body: UpdateSiteBody;
}
/**
 * Parameters of `client.products.updateSku` (Update SKU).
 *
 * Required scopes: `ecommerce:write`.
 *
 * PATCH `/sites/{site_id}/products/{product_id}/skus/{sku_id}` (operationId `updateSku`).
 */
export interface UpdateSkuParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["updateSku"]["parameters"]["path"]>["site_id"];
    /**
     * Unique identifier of a product.
     *
     * Sent in the path.
     */
    product_id: NonNullable<operations["updateSku"]["parameters"]["path"]>["product_id"];
    /**
     * Unique identifier of a SKU (an item of the site's SKUs collection).
     *
     * Sent in the path.
     */
    sku_id: NonNullable<operations["updateSku"]["parameters"]["path"]>["sku_id"];
    /**
     * The SKU fields to set.
     */
    body: UpdateSkuBody;
}
/**
 * Parameters of `client.assets.upload` (Upload Asset).
 *
 * Required scopes: `assets:write`.
 *
 * POST `/sites/{site_id}/assets` (operationId `uploadAsset`).
 */
export interface UploadAssetParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["uploadAsset"]["parameters"]["path"]>["site_id"];
    /**
     * The metadata of the file to upload.
     */
    body: UploadAssetBody;
}
/**
 * Parameters of `client.customCode.upsertForPage` (Add/Update Page Custom Code).
 *
 * Required scopes: `custom_code:write`.
 *
 * PUT `/pages/{page_id}/custom_code` (operationId `upsertPageCustomCode`).
 */
export interface UpsertPageCustomCodeParams {
    /**
     * Unique identifier of a page.
     *
     * Sent in the path.
     */
    page_id: NonNullable<operations["upsertPageCustomCode"]["parameters"]["path"]>["page_id"];
    /**
     * The scripts to apply.
     */
    body: UpsertPageCustomCodeBody;
}
/**
 * Parameters of `client.customCode.upsertForSite` (Add/Update Site Custom Code).
 *
 * Required scopes: `custom_code:write`.
 *
 * PUT `/sites/{site_id}/custom_code` (operationId `upsertSiteCustomCode`).
 */
export interface UpsertSiteCustomCodeParams {
    /**
     * Unique identifier of a site.
     *
     * Sent in the path.
     */
    site_id: NonNullable<operations["upsertSiteCustomCode"]["parameters"]["path"]>["site_id"];
    /**
     * The scripts to apply.
     */
    body: UpsertSiteCustomCodeBody;
}
