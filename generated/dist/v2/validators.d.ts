import { type ValidationResult } from "../runtime/validation.js";
import type { Application, AppliedScript, Asset, AssetFolder, AssetFolderList, AssetList, AssetUpload, AssetUploadDetails, AssetVariant, AuditLogEvent, AuditLogList, AuditLogUser, AuditLogUserType, Authorization, AuthorizedUser, BatchDeleteCustomFontsBody, BatchDeleteCustomFontsRequest, BatchDeleteCustomFontsResponse, BatchDeleteCustomFontsResult, BulkCollectionItem, BulkCreateCollectionItemsBody, BulkCreateCollectionItemsRequest, BulkCreateCollectionItemsResult, Collection, CollectionItem, CollectionItemBatch, CollectionItemChangedEvent, CollectionItemCreatedEvent, CollectionItemDeletedEvent, CollectionItemEventPayload, CollectionItemList, CollectionItemOrBatch, CollectionItemPublishedEvent, CollectionItemRef, CollectionItemRefList, CollectionItemSavedEventPayload, CollectionItemUnpublishedEvent, CollectionItemUpdate, CollectionItemUpdateWithId, CollectionList, CollectionSummary, CommentCreatedEvent, CommentCreatedEventPayload, CommentReply, CommentReplyList, CommentReplyUser, CommentThread, CommentThreadList, CommentThreadUser, Component, ComponentContent, ComponentInstanceNode, ComponentInstanceNodeUpdate, ComponentList, ComponentProperty, ComponentPropertyList, ComponentPropertyUpdate, ContentUpdateResponse, CreateAssetFolderBody, CreateAssetFolderRequest, CreateAssetFolderResult, CreateCollectionBody, CreateCollectionFieldBody, CreateCollectionFieldResult, CreateCollectionItemsBody, CreateCollectionItemsRequest, CreateCollectionItemsResult, CreateCollectionRequest, CreateCollectionResult, CreateCustomFontBody, CreateCustomFontRequest, CreateCustomFontResult, CreateFieldRequest, CreateLiveCollectionItemsBody, CreateLiveCollectionItemsResult, CreateOptionFieldRequest, CreateProductBody, CreateProductRequest, CreateProductResult, CreateRedirectBody, CreateRedirectRequest, CreateRedirectResult, CreateReferenceFieldRequest, CreateSiteBody, CreateSiteRequest, CreateSiteResult, CreateSkusBody, CreateSkusRequest, CreateSkusResult, CreateStaticFieldRequest, CreateWebhookBody, CreateWebhookRequest, CreateWebhookResult, CreatedField, CustomCode, CustomCodeBlock, CustomCodeBlockList, CustomDomainList, CustomFont, CustomFontAxis, CustomFontDeleteFailure, CustomFontDisplay, CustomFontList, CustomFontReference, CustomFontResponse, CustomFontUpload, CustomFontUploadFields, CustomFontUploadResponse, CustomRoleAuditEvent, DateTime, DeleteCollectionItemsBody, DeleteGoogleTagResult, DeleteRedirectResult, DeleteRobotsTxtBody, DeleteRobotsTxtResult, DeleteWellKnownFilesBody, DeleteWellKnownFilesRequest, DomNode, DomNodeUpdate, DomText, DomUpdateRequest, Domain, EcommInventoryChangedEvent, EcommNewOrderEvent, EcommOrderChangedEvent, EcommerceSettings, ErrorCode, ErrorDetail, ErrorSchema, Field, FieldType, Form, FormList, FormResponseSettings, FormSubmission, FormSubmissionEvent, FormSubmissionEventField, FormSubmissionEventPayload, FormSubmissionList, FulfillOrderBody, FulfillOrderRequest, FulfillOrderResult, GetAssetFolderResult, GetAssetResult, GetAuthorizedUserResult, GetCollectionItemResult, GetCollectionResult, GetCommentThreadResult, GetComponentContentResult, GetComponentPropertiesResult, GetCustomDomainsResult, GetCustomFontResult, GetEcommerceSettingsResult, GetFormResult, GetFormSubmissionBySiteResult, GetFormSubmissionResult, GetInventoryResult, GetLiveCollectionItemResult, GetOrderResult, GetPageContentResult, GetPageCustomCodeResult, GetPageMetadataResult, GetProductResult, GetRobotsTxtResult, GetSiteCustomCodeResult, GetSitePlanResult, GetSiteResult, GetWebhookResult, GoogleTag, GoogleTagList, HtmlAttributes, ImageNode, IntrospectTokenResult, Introspection, Inventory, InventoryType, ItemFieldData, ItemFieldDataPartial, ListAssetFoldersResult, ListAssetsResult, ListCollectionItemsResult, ListCollectionsResult, ListCommentRepliesResult, ListCommentThreadsResult, ListComponentsResult, ListCustomCodeBlocksResult, ListCustomFontsResult, ListFormSubmissionsBySiteAndFormResult, ListFormSubmissionsBySiteResult, ListFormSubmissionsResult, ListFormsResult, ListGoogleTagsResult, ListLiveCollectionItemsResult, ListOrdersResult, ListPagesResult, ListProductsResult, ListRedirectsResult, ListRegisteredScriptsResult, ListSiteActivityLogsResult, ListSitesResult, ListWebhooksResult, ListWorkspaceAuditLogsResult, Locale, NewCollectionItem, NewCollectionItemList, ObjectId, Order, OrderAddress, OrderCustomerInfo, OrderList, OrderPaypalDetails, OrderPrice, OrderPurchasedItem, OrderStatus, OrderStripeCard, OrderStripeDetails, OrderTotals, PageContent, PageCreatedEvent, PageDeletedEvent, PageEventPayload, PageList, PageMetadata, PageMetadataUpdatedEvent, PageOpenGraph, PageSeo, Pagination, Product, ProductAndSkus, ProductAndSkusList, ProductFieldData, ProductFieldDataInput, ProductInput, ProductType, PublishCollectionItemsBody, PublishCollectionItemsResult, PublishItemsRequest, PublishItemsResponse, PublishSiteBody, PublishSiteRequest, PublishSiteResponse, PublishSiteResult, PublishStatus, Redirect, RedirectList, RefundOrderBody, RefundOrderRequest, RefundOrderResult, RegisterHostedScriptBody, RegisterHostedScriptRequest, RegisterHostedScriptResult, RegisterInlineScriptBody, RegisterInlineScriptRequest, RegisterInlineScriptResult, RegisteredScript, RegisteredScriptList, ReplaceCustomFontFileBody, ReplaceCustomFontFileRequest, ReplaceCustomFontFileResult, ReplaceRobotsTxtBody, ReplaceRobotsTxtResult, RobotsTxt, RobotsTxtRule, SearchButtonNode, SearchButtonNodeUpdate, SelectChoice, SelectNode, SelectNodeUpdate, SetWellKnownFileBody, SetWellKnownFileRequest, Site, SiteActivityLogEntry, SiteActivityLogList, SiteList, SiteMembershipAuditEvent, SitePlan, SitePublishEvent, Sku, SkuBillingMethod, SkuFieldData, SkuFieldDataInput, SkuInput, SkuList, SkuPrice, SkuProperty, SkuSubscriptionPlan, SubmitButtonNode, SubmitButtonNodeUpdate, TaxCategory, TextInputNode, TextInputNodeUpdate, TextNode, TextNodeUpdate, TriggerType, UnfulfillOrderResult, UnknownAuditEvent, UnknownDomNode, UnpublishLiveCollectionItemsBody, UpdateAssetBody, UpdateAssetRequest, UpdateAssetResult, UpdateCollectionFieldBody, UpdateCollectionFieldResult, UpdateCollectionItemBody, UpdateCollectionItemResult, UpdateCollectionItemsBody, UpdateCollectionItemsRequest, UpdateCollectionItemsResult, UpdateComponentContentBody, UpdateComponentContentResult, UpdateComponentPropertiesBody, UpdateComponentPropertiesRequest, UpdateComponentPropertiesResult, UpdateCustomFontBody, UpdateCustomFontRequest, UpdateCustomFontResult, UpdateFieldRequest, UpdateFormSubmissionBody, UpdateFormSubmissionBySiteBody, UpdateFormSubmissionBySiteResult, UpdateFormSubmissionRequest, UpdateFormSubmissionResult, UpdateGoogleTagsBody, UpdateGoogleTagsResult, UpdateInventoryBody, UpdateInventoryRequest, UpdateInventoryResult, UpdateLiveCollectionItemBody, UpdateLiveCollectionItemResult, UpdateLiveCollectionItemsBody, UpdateLiveCollectionItemsResult, UpdateOrderBody, UpdateOrderRequest, UpdateOrderResult, UpdatePageContentBody, UpdatePageContentResult, UpdatePageMetadataBody, UpdatePageMetadataResult, UpdatePageRequest, UpdateProductBody, UpdateProductRequest, UpdateProductResult, UpdateRedirectBody, UpdateRedirectRequest, UpdateRedirectResult, UpdateRobotsTxtBody, UpdateRobotsTxtResult, UpdateSiteBody, UpdateSiteRequest, UpdateSiteResult, UpdateSkuBody, UpdateSkuRequest, UpdateSkuResult, UploadAssetBody, UploadAssetRequest, UploadAssetResult, UpsertPageCustomCodeBody, UpsertPageCustomCodeResult, UpsertSiteCustomCodeBody, UpsertSiteCustomCodeResult, UserAccessAuditEvent, Webhook, WebhookFilter, WebhookList, WorkspaceInvitationAuditEvent, WorkspaceMembershipAuditEvent, WorkspaceSettingAuditEvent } from "./types.js";
/**
 * Checks that `value` is a {@link Application}.
 *
 * The Data Client app the token was issued to (present only for OAuth tokens).
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateApplication(value: unknown): ValidationResult<Application>;
/**
 * Checks that `value` is a {@link AppliedScript}.
 *
 * A registered script applied as custom code to a site or a page: which script, which of its versions, where in the page it goes and with which attributes.
 * @returns `{ ok: true, value }` typed as {@link AppliedScript}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAppliedScript(value: unknown): ValidationResult<AppliedScript>;
/**
 * Checks that `value` is a {@link Asset}.
 *
 * An asset (image or file) uploaded to a site.
 * @returns `{ ok: true, value }` typed as {@link Asset}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAsset(value: unknown): ValidationResult<Asset>;
/**
 * Checks that `value` is a {@link AssetFolder}.
 *
 * A folder that groups the assets of a site.
 * @returns `{ ok: true, value }` typed as {@link AssetFolder}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAssetFolder(value: unknown): ValidationResult<AssetFolder>;
/**
 * Checks that `value` is a {@link AssetFolderList}.
 *
 * Response of GET /sites/{site_id}/asset_folders, the asset folders of a site.
 * @returns `{ ok: true, value }` typed as {@link AssetFolderList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAssetFolderList(value: unknown): ValidationResult<AssetFolderList>;
/**
 * Checks that `value` is a {@link AssetList}.
 *
 * Response of GET /sites/{site_id}/assets, one page of assets.
 * @returns `{ ok: true, value }` typed as {@link AssetList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAssetList(value: unknown): ValidationResult<AssetList>;
/**
 * Checks that `value` is a {@link AssetUpload}.
 *
 * Response of POST /sites/{site_id}/assets: the new asset's metadata and the S3 upload target. POST the file as `multipart/form-data` to `uploadUrl`, with every `uploadDetails` field as a form field, to finish the upload.
 * @returns `{ ok: true, value }` typed as {@link AssetUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAssetUpload(value: unknown): ValidationResult<AssetUpload>;
/**
 * Checks that `value` is a {@link AssetUploadDetails}.
 *
 * The S3 form fields to send, each as a form field, together with the file when POSTing it to `uploadUrl`. The field names are S3's.
 * @returns `{ ok: true, value }` typed as {@link AssetUploadDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAssetUploadDetails(value: unknown): ValidationResult<AssetUploadDetails>;
/**
 * Checks that `value` is a {@link AssetVariant}.
 *
 * A resized or reformatted version of an image asset.
 * @returns `{ ok: true, value }` typed as {@link AssetVariant}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAssetVariant(value: unknown): ValidationResult<AssetVariant>;
/**
 * Checks that `value` is a {@link AuditLogEvent}.
 *
 * One event of a workspace audit log. Discriminated on `eventType`: each known event type has its own schema, and UnknownAuditEvent takes any event type this description does not know yet (and an event without `eventType`), so a new event type never makes a response fail validation.
 * @returns `{ ok: true, value }` typed as {@link AuditLogEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuditLogEvent(value: unknown): ValidationResult<AuditLogEvent>;
/**
 * Checks that `value` is a {@link AuditLogList}.
 *
 * Response of GET /workspaces/{workspace_id_or_slug}/audit_logs, one page of audit-log events.
 * @returns `{ ok: true, value }` typed as {@link AuditLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuditLogList(value: unknown): ValidationResult<AuditLogList>;
/**
 * Checks that `value` is a {@link AuditLogUser}.
 *
 * A user named in an audit-log event.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuditLogUser(value: unknown): ValidationResult<AuditLogUser>;
/**
 * Checks that `value` is a {@link AuditLogUserType}.
 *
 * The kind of workspace user (`member`, `guest`, `reviewer` or `client`). Values this description does not know yet are passed through.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUserType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuditLogUserType(value: unknown): ValidationResult<AuditLogUserType>;
/**
 * Checks that `value` is a {@link Authorization}.
 *
 * The authorization (token grant) behind the access token.
 * @returns `{ ok: true, value }` typed as {@link Authorization}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuthorization(value: unknown): ValidationResult<Authorization>;
/**
 * Checks that `value` is a {@link AuthorizedUser}.
 *
 * The user who authorized the token (response of GET /token/authorized_by).
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateAuthorizedUser(value: unknown): ValidationResult<AuthorizedUser>;
/**
 * Checks that `value` is a {@link BatchDeleteCustomFontsRequest}.
 *
 * Body of POST /sites/{site_id}/custom_fonts/batchDelete, the fonts to delete.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateBatchDeleteCustomFontsRequest(value: unknown): ValidationResult<BatchDeleteCustomFontsRequest>;
/**
 * Checks that `value` is a {@link BatchDeleteCustomFontsResponse}.
 *
 * Response of POST /sites/{site_id}/custom_fonts/batchDelete: which fonts were deleted and which could not be.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateBatchDeleteCustomFontsResponse(value: unknown): ValidationResult<BatchDeleteCustomFontsResponse>;
/**
 * Checks that `value` is a {@link BulkCollectionItem}.
 *
 * Response of POST /collections/{collection_id}/items/bulk: the item created, with the CMS locales it was created in.
 * @returns `{ ok: true, value }` typed as {@link BulkCollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateBulkCollectionItem(value: unknown): ValidationResult<BulkCollectionItem>;
/**
 * Checks that `value` is a {@link BulkCreateCollectionItemsRequest}.
 *
 * Body of POST /collections/{collection_id}/items/bulk: one item (or up to 100 items) created in each of several locales. Without `cmsLocaleIds` the items are created in the primary locale only.
 * @returns `{ ok: true, value }` typed as {@link BulkCreateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateBulkCreateCollectionItemsRequest(value: unknown): ValidationResult<BulkCreateCollectionItemsRequest>;
/**
 * Checks that `value` is a {@link Collection}.
 *
 * A CMS collection with its fields (GET /collections/{collection_id}, and the response of POST /sites/{site_id}/collections). Every collection has the built-in `name` and `slug` fields besides its custom fields.
 * @returns `{ ok: true, value }` typed as {@link Collection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollection(value: unknown): ValidationResult<Collection>;
/**
 * Checks that `value` is a {@link CollectionItem}.
 *
 * An item of a CMS collection in one locale, staged or live (the lists, the single-item reads and the create and update responses).
 * @returns `{ ok: true, value }` typed as {@link CollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItem(value: unknown): ValidationResult<CollectionItem>;
/**
 * Checks that `value` is a {@link CollectionItemBatch}.
 *
 * Several items at once: the response of PATCH .../items/live, and of a create or update that sent several items. The staged bulk update may also send a `pagination` object beside `items`.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemBatch}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemBatch(value: unknown): ValidationResult<CollectionItemBatch>;
/**
 * Checks that `value` is a {@link CollectionItemChangedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_changed`, sent when an item is updated.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemChangedEvent(value: unknown): ValidationResult<CollectionItemChangedEvent>;
/**
 * Checks that `value` is a {@link CollectionItemCreatedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_created`, sent when an item is created.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemCreatedEvent(value: unknown): ValidationResult<CollectionItemCreatedEvent>;
/**
 * Checks that `value` is a {@link CollectionItemDeletedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_deleted`, sent when an item is deleted.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemDeletedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemDeletedEvent(value: unknown): ValidationResult<CollectionItemDeletedEvent>;
/**
 * Checks that `value` is a {@link CollectionItemEventPayload}.
 *
 * The item a collection item webhook is about, with the site, workspace and collection it belongs to (payload of collection_item_deleted, collection_item_published and collection_item_unpublished; see CollectionItemSavedEventPayload for created and changed).
 * @returns `{ ok: true, value }` typed as {@link CollectionItemEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemEventPayload(value: unknown): ValidationResult<CollectionItemEventPayload>;
/**
 * Checks that `value` is a {@link CollectionItemList}.
 *
 * One page of items (GET /collections/{collection_id}/items and .../items/live), paged with `offset` and `limit`.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemList(value: unknown): ValidationResult<CollectionItemList>;
/**
 * Checks that `value` is a {@link CollectionItemOrBatch}.
 *
 * One item, or several items under `items`: the response of the create endpoints (POST .../items and .../items/live) and of the staged bulk update (PATCH .../items), depending on whether one item or several were sent. Tell them apart with `'items' in result`.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemOrBatch}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemOrBatch(value: unknown): ValidationResult<CollectionItemOrBatch>;
/**
 * Checks that `value` is a {@link CollectionItemPublishedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_published`, sent when an item is published.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemPublishedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemPublishedEvent(value: unknown): ValidationResult<CollectionItemPublishedEvent>;
/**
 * Checks that `value` is a {@link CollectionItemRef}.
 *
 * An item to act on, optionally in some CMS locales only.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemRef}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemRef(value: unknown): ValidationResult<CollectionItemRef>;
/**
 * Checks that `value` is a {@link CollectionItemRefList}.
 *
 * Body of DELETE /collections/{collection_id}/items (delete) and .../items/live (unpublish, at most 100 items), and one form of the publish body: the items, each optionally limited to some locales.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemRefList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemRefList(value: unknown): ValidationResult<CollectionItemRefList>;
/**
 * Checks that `value` is a {@link CollectionItemSavedEventPayload}.
 *
 * Payload of collection_item_created and collection_item_changed: the item as saved, with its site, workspace and collection IDs and its field values.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemSavedEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemSavedEventPayload(value: unknown): ValidationResult<CollectionItemSavedEventPayload>;
/**
 * Checks that `value` is a {@link CollectionItemUnpublishedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_unpublished`, sent when an item is unpublished.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUnpublishedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemUnpublishedEvent(value: unknown): ValidationResult<CollectionItemUnpublishedEvent>;
/**
 * Checks that `value` is a {@link CollectionItemUpdate}.
 *
 * Changes to one item (body of PATCH .../items/{item_id} and .../items/{item_id}/live): only the properties and field values sent are changed. Without `cmsLocaleId` the primary locale is updated.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemUpdate(value: unknown): ValidationResult<CollectionItemUpdate>;
/**
 * Checks that `value` is a {@link CollectionItemUpdateWithId}.
 *
 * Changes to one item of a several-items update, naming the item by `id`.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUpdateWithId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionItemUpdateWithId(value: unknown): ValidationResult<CollectionItemUpdateWithId>;
/**
 * Checks that `value` is a {@link CollectionList}.
 *
 * Response of GET /sites/{site_id}/collections. The list is not paginated.
 * @returns `{ ok: true, value }` typed as {@link CollectionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionList(value: unknown): ValidationResult<CollectionList>;
/**
 * Checks that `value` is a {@link CollectionSummary}.
 *
 * A CMS collection as GET /sites/{site_id}/collections lists it: its identity and dates, without its fields.
 * @returns `{ ok: true, value }` typed as {@link CollectionSummary}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCollectionSummary(value: unknown): ValidationResult<CollectionSummary>;
/**
 * Checks that `value` is a {@link CommentCreatedEvent}.
 *
 * Body of the webhook delivery for trigger type `comment_created` (a comment was created on the site).
 * @returns `{ ok: true, value }` typed as {@link CommentCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentCreatedEvent(value: unknown): ValidationResult<CommentCreatedEvent>;
/**
 * Checks that `value` is a {@link CommentCreatedEventPayload}.
 *
 * The payload of a `comment_created` webhook delivery: the new comment and the thread it belongs to.
 * @returns `{ ok: true, value }` typed as {@link CommentCreatedEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentCreatedEventPayload(value: unknown): ValidationResult<CommentCreatedEventPayload>;
/**
 * Checks that `value` is a {@link CommentReply}.
 *
 * A reply in a comment thread.
 * @returns `{ ok: true, value }` typed as {@link CommentReply}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentReply(value: unknown): ValidationResult<CommentReply>;
/**
 * Checks that `value` is a {@link CommentReplyList}.
 *
 * Response of GET /sites/{site_id}/comments/{comment_thread_id}/replies, one page of replies. The array is under the key `comments`, not `replies`.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentReplyList(value: unknown): ValidationResult<CommentReplyList>;
/**
 * Checks that `value` is a {@link CommentReplyUser}.
 *
 * A user in a comment reply (its author or a mentioned user). Unlike CommentThreadUser it is identified by `id`, not `userId`.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentReplyUser(value: unknown): ValidationResult<CommentReplyUser>;
/**
 * Checks that `value` is a {@link CommentThread}.
 *
 * A comment thread left on a page of a site in the Designer.
 * @returns `{ ok: true, value }` typed as {@link CommentThread}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentThread(value: unknown): ValidationResult<CommentThread>;
/**
 * Checks that `value` is a {@link CommentThreadList}.
 *
 * Response of GET /sites/{site_id}/comments, one page of comment threads.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentThreadList(value: unknown): ValidationResult<CommentThreadList>;
/**
 * Checks that `value` is a {@link CommentThreadUser}.
 *
 * A user in a comment thread (its author or a mentioned user), identified by `userId`.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCommentThreadUser(value: unknown): ValidationResult<CommentThreadUser>;
/**
 * Checks that `value` is a {@link Component}.
 *
 * A component (reusable element) defined on a site.
 * @returns `{ ok: true, value }` typed as {@link Component}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateComponent(value: unknown): ValidationResult<Component>;
/**
 * Checks that `value` is a {@link ComponentContent}.
 *
 * Response of GET /sites/{site_id}/components/{component_id}/dom: one page of the static content nodes of a component.
 * @returns `{ ok: true, value }` typed as {@link ComponentContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateComponentContent(value: unknown): ValidationResult<ComponentContent>;
/**
 * Checks that `value` is a {@link ComponentInstanceNode}.
 *
 * An instance of a component placed on the page or inside another component, with the property values this instance overrides.
 * @returns `{ ok: true, value }` typed as {@link ComponentInstanceNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateComponentInstanceNode(value: unknown): ValidationResult<ComponentInstanceNode>;
/**
 * Checks that `value` is a {@link ComponentInstanceNodeUpdate}.
 *
 * New values of the overridden properties of a component instance.
 * @returns `{ ok: true, value }` typed as {@link ComponentInstanceNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateComponentInstanceNodeUpdate(value: unknown): ValidationResult<ComponentInstanceNodeUpdate>;
/**
 * Checks that `value` is a {@link ComponentList}.
 *
 * Response of GET /sites/{site_id}/components, one page of components.
 * @returns `{ ok: true, value }` typed as {@link ComponentList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateComponentList(value: unknown): ValidationResult<ComponentList>;
/**
 * Checks that `value` is a {@link ComponentProperty}.
 *
 * A text property of a component: its definition (id, type, label) and its value. Used for the properties of a component and for the values a component instance overrides.
 * @returns `{ ok: true, value }` typed as {@link ComponentProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateComponentProperty(value: unknown): ValidationResult<ComponentProperty>;
/**
 * Checks that `value` is a {@link ComponentPropertyList}.
 *
 * Response of GET /sites/{site_id}/components/{component_id}/properties: one page of the properties of a component with their default values.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateComponentPropertyList(value: unknown): ValidationResult<ComponentPropertyList>;
/**
 * Checks that `value` is a {@link ComponentPropertyUpdate}.
 *
 * The new value of one text property of a component.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateComponentPropertyUpdate(value: unknown): ValidationResult<ComponentPropertyUpdate>;
/**
 * Checks that `value` is a {@link ContentUpdateResponse}.
 *
 * Response of the content updates (POST /pages/{page_id}/dom, POST /sites/{site_id}/components/{component_id}/dom and POST /sites/{site_id}/components/{component_id}/properties): `errors` lists the updates that could not be applied (an empty list means all were).
 * @returns `{ ok: true, value }` typed as {@link ContentUpdateResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateContentUpdateResponse(value: unknown): ValidationResult<ContentUpdateResponse>;
/**
 * Checks that `value` is a {@link CreateAssetFolderRequest}.
 *
 * Body of POST /sites/{site_id}/asset_folders.
 * @returns `{ ok: true, value }` typed as {@link CreateAssetFolderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateAssetFolderRequest(value: unknown): ValidationResult<CreateAssetFolderRequest>;
/**
 * Checks that `value` is a {@link CreateCollectionItemsRequest}.
 *
 * Body of POST /collections/{collection_id}/items and .../items/live: one item, or several items under `items`.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCollectionItemsRequest(value: unknown): ValidationResult<CreateCollectionItemsRequest>;
/**
 * Checks that `value` is a {@link CreateCollectionRequest}.
 *
 * Body of POST /sites/{site_id}/collections. The built-in `name` and `slug` fields are created automatically; `fields` adds custom fields (the only way to create several fields in one request).
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCollectionRequest(value: unknown): ValidationResult<CreateCollectionRequest>;
/**
 * Checks that `value` is a {@link CreateCustomFontRequest}.
 *
 * Body of POST /sites/{site_id}/custom_fonts: the font's settings and the metadata of its file. The file itself is then uploaded to the target the response gives.
 * @returns `{ ok: true, value }` typed as {@link CreateCustomFontRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCustomFontRequest(value: unknown): ValidationResult<CreateCustomFontRequest>;
/**
 * Checks that `value` is a {@link CreateFieldRequest}.
 *
 * A field to create (body of POST /collections/{collection_id}/fields, and an entry of `fields` when creating a collection): a static field, an Option field or a Reference field, told apart by `type`. Field validations cannot be set through the API.
 * @returns `{ ok: true, value }` typed as {@link CreateFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateFieldRequest(value: unknown): ValidationResult<CreateFieldRequest>;
/**
 * Checks that `value` is a {@link CreateOptionFieldRequest}.
 *
 * An Option field to create, with the options an item can choose from.
 * @returns `{ ok: true, value }` typed as {@link CreateOptionFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateOptionFieldRequest(value: unknown): ValidationResult<CreateOptionFieldRequest>;
/**
 * Checks that `value` is a {@link CreateProductRequest}.
 *
 * Body of POST /sites/{site_id}/products: the product and its first (default) SKU. Further SKUs are added with createSkus.
 * @returns `{ ok: true, value }` typed as {@link CreateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateProductRequest(value: unknown): ValidationResult<CreateProductRequest>;
/**
 * Checks that `value` is a {@link CreateRedirectRequest}.
 *
 * Body of POST /sites/{site_id}/redirects.
 * @returns `{ ok: true, value }` typed as {@link CreateRedirectRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateRedirectRequest(value: unknown): ValidationResult<CreateRedirectRequest>;
/**
 * Checks that `value` is a {@link CreateReferenceFieldRequest}.
 *
 * A Reference or MultiReference field to create, pointing at items of another collection.
 * @returns `{ ok: true, value }` typed as {@link CreateReferenceFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateReferenceFieldRequest(value: unknown): ValidationResult<CreateReferenceFieldRequest>;
/**
 * Checks that `value` is a {@link CreateSiteRequest}.
 *
 * Body of POST /workspaces/{workspace_id}/sites.
 * @returns `{ ok: true, value }` typed as {@link CreateSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateSiteRequest(value: unknown): ValidationResult<CreateSiteRequest>;
/**
 * Checks that `value` is a {@link CreateSkusRequest}.
 *
 * Body of POST /sites/{site_id}/products/{product_id}/skus.
 * @returns `{ ok: true, value }` typed as {@link CreateSkusRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateSkusRequest(value: unknown): ValidationResult<CreateSkusRequest>;
/**
 * Checks that `value` is a {@link CreateStaticFieldRequest}.
 *
 * A field to create whose type needs no settings (text, number, date, media, link, switch...).
 * @returns `{ ok: true, value }` typed as {@link CreateStaticFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateStaticFieldRequest(value: unknown): ValidationResult<CreateStaticFieldRequest>;
/**
 * Checks that `value` is a {@link CreateWebhookRequest}.
 *
 * Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateWebhookRequest(value: unknown): ValidationResult<CreateWebhookRequest>;
/**
 * Checks that `value` is a {@link CreatedField}.
 *
 * Response of POST /collections/{collection_id}/fields: the created field, in the shape of the request (with its `id`).
 * @returns `{ ok: true, value }` typed as {@link CreatedField}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreatedField(value: unknown): ValidationResult<CreatedField>;
/**
 * Checks that `value` is a {@link CustomCode}.
 *
 * The custom code of a site or of a page: the registered scripts applied to it. Response of GET and PUT /sites/{site_id}/custom_code and /pages/{page_id}/custom_code, and body of the PUT requests.
 * @returns `{ ok: true, value }` typed as {@link CustomCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomCode(value: unknown): ValidationResult<CustomCode>;
/**
 * Checks that `value` is a {@link CustomCodeBlock}.
 *
 * The custom code applied to the site or to one of its pages, as listed by GET /sites/{site_id}/custom_code/blocks.
 * @returns `{ ok: true, value }` typed as {@link CustomCodeBlock}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomCodeBlock(value: unknown): ValidationResult<CustomCodeBlock>;
/**
 * Checks that `value` is a {@link CustomCodeBlockList}.
 *
 * Response of GET /sites/{site_id}/custom_code/blocks, one page of custom code blocks.
 * @returns `{ ok: true, value }` typed as {@link CustomCodeBlockList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomCodeBlockList(value: unknown): ValidationResult<CustomCodeBlockList>;
/**
 * Checks that `value` is a {@link CustomDomainList}.
 *
 * Response of GET /sites/{site_id}/custom_domains.
 * @returns `{ ok: true, value }` typed as {@link CustomDomainList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomDomainList(value: unknown): ValidationResult<CustomDomainList>;
/**
 * Checks that `value` is a {@link CustomFont}.
 *
 * A custom font uploaded to a site.
 * @returns `{ ok: true, value }` typed as {@link CustomFont}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFont(value: unknown): ValidationResult<CustomFont>;
/**
 * Checks that `value` is a {@link CustomFontAxis}.
 *
 * A variation axis of a variable font (for example `wght`, weight).
 * @returns `{ ok: true, value }` typed as {@link CustomFontAxis}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontAxis(value: unknown): ValidationResult<CustomFontAxis>;
/**
 * Checks that `value` is a {@link CustomFontDeleteFailure}.
 *
 * A custom font a batch delete could not delete, and why.
 * @returns `{ ok: true, value }` typed as {@link CustomFontDeleteFailure}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontDeleteFailure(value: unknown): ValidationResult<CustomFontDeleteFailure>;
/**
 * Checks that `value` is a {@link CustomFontDisplay}.
 *
 * How the browser displays text while a custom font loads (CSS `font-display`): `auto`, `block`, `swap`, `fallback` or `optional`.
 * @returns `{ ok: true, value }` typed as {@link CustomFontDisplay}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontDisplay(value: unknown): ValidationResult<CustomFontDisplay>;
/**
 * Checks that `value` is a {@link CustomFontList}.
 *
 * Response of GET /sites/{site_id}/custom_fonts, one page of custom fonts.
 * @returns `{ ok: true, value }` typed as {@link CustomFontList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontList(value: unknown): ValidationResult<CustomFontList>;
/**
 * Checks that `value` is a {@link CustomFontReference}.
 *
 * A custom font named by its ID.
 * @returns `{ ok: true, value }` typed as {@link CustomFontReference}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontReference(value: unknown): ValidationResult<CustomFontReference>;
/**
 * Checks that `value` is a {@link CustomFontResponse}.
 *
 * A custom font, wrapped (response of the get and update custom font endpoints).
 * @returns `{ ok: true, value }` typed as {@link CustomFontResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontResponse(value: unknown): ValidationResult<CustomFontResponse>;
/**
 * Checks that `value` is a {@link CustomFontUpload}.
 *
 * An S3 upload target for a font file (a pre-signed form POST).
 * @returns `{ ok: true, value }` typed as {@link CustomFontUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontUpload(value: unknown): ValidationResult<CustomFontUpload>;
/**
 * Checks that `value` is a {@link CustomFontUploadFields}.
 *
 * The S3 form fields of a font upload, to send unchanged with the file. The field names are S3's; X-Amz-Security-Token is only sent with temporary credentials.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUploadFields}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontUploadFields(value: unknown): ValidationResult<CustomFontUploadFields>;
/**
 * Checks that `value` is a {@link CustomFontUploadResponse}.
 *
 * Response (202 Accepted) of the create custom font and replace custom font file endpoints: the font's record and where to upload its file. POST the file as `multipart/form-data` to `upload.url` with every `upload.fields` entry as a form field before `upload.expiresAt`.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUploadResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomFontUploadResponse(value: unknown): ValidationResult<CustomFontUploadResponse>;
/**
 * Checks that `value` is a {@link CustomRoleAuditEvent}.
 *
 * A custom role of the workspace was created, updated or deleted (`eventType` `custom_role`).
 * @returns `{ ok: true, value }` typed as {@link CustomRoleAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCustomRoleAuditEvent(value: unknown): ValidationResult<CustomRoleAuditEvent>;
/**
 * Checks that `value` is a {@link DateTime}.
 *
 * An ISO-8601 date and time in UTC, e.g. `2023-04-02T12:42:00.000Z`.
 * @returns `{ ok: true, value }` typed as {@link DateTime}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDateTime(value: unknown): ValidationResult<DateTime>;
/**
 * Checks that `value` is a {@link DeleteWellKnownFilesRequest}.
 *
 * Body of DELETE /sites/{site_id}/well_known, naming the files to delete.
 * @returns `{ ok: true, value }` typed as {@link DeleteWellKnownFilesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDeleteWellKnownFilesRequest(value: unknown): ValidationResult<DeleteWellKnownFilesRequest>;
/**
 * Checks that `value` is a {@link DomNode}.
 *
 * A node of the static content (DOM) of a page or a component, as read by getPageContent and getComponentContent. Discriminated on `type`: each documented node type has its own schema whose `type` is a constant (`text`, `image`, `component-instance`, `text-input`, `select`, `submit-button`, `search-button`); a node of any other type (Webflow adds node types over time) is an UnknownDomNode and is passed through as sent.
 * @returns `{ ok: true, value }` typed as {@link DomNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDomNode(value: unknown): ValidationResult<DomNode>;
/**
 * Checks that `value` is a {@link DomNodeUpdate}.
 *
 * The new content of one node: the fields to send depend on the node's type (`text` for a text node, `propertyOverrides` for a component instance, `choices` for a select field, `placeholder` for a text input, `value` and/or `waitingText` for a submit button, `value` for a search button).
 * @returns `{ ok: true, value }` typed as {@link DomNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDomNodeUpdate(value: unknown): ValidationResult<DomNodeUpdate>;
/**
 * Checks that `value` is a {@link DomText}.
 *
 * Text content of a node or of a component property, as HTML (with inline formatting) and as plain text. Either may be null.
 * @returns `{ ok: true, value }` typed as {@link DomText}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDomText(value: unknown): ValidationResult<DomText>;
/**
 * Checks that `value` is a {@link DomUpdateRequest}.
 *
 * Body of POST /pages/{page_id}/dom and POST /sites/{site_id}/components/{component_id}/dom: the nodes to update, each identified by `nodeId` and carrying the new content for its node type.
 * @returns `{ ok: true, value }` typed as {@link DomUpdateRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDomUpdateRequest(value: unknown): ValidationResult<DomUpdateRequest>;
/**
 * Checks that `value` is a {@link Domain}.
 *
 * A custom domain attached to a site.
 * @returns `{ ok: true, value }` typed as {@link Domain}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDomain(value: unknown): ValidationResult<Domain>;
/**
 * Checks that `value` is a {@link EcommInventoryChangedEvent}.
 *
 * Body of the webhook delivery for trigger type `ecomm_inventory_changed`: the inventory of a SKU changed; `payload` is the new inventory.
 * @returns `{ ok: true, value }` typed as {@link EcommInventoryChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateEcommInventoryChangedEvent(value: unknown): ValidationResult<EcommInventoryChangedEvent>;
/**
 * Checks that `value` is a {@link EcommNewOrderEvent}.
 *
 * Body of the webhook delivery for trigger type `ecomm_new_order`: a new order was placed; `payload` is the order.
 * @returns `{ ok: true, value }` typed as {@link EcommNewOrderEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateEcommNewOrderEvent(value: unknown): ValidationResult<EcommNewOrderEvent>;
/**
 * Checks that `value` is a {@link EcommOrderChangedEvent}.
 *
 * Body of the webhook delivery for trigger type `ecomm_order_changed`: an order changed (status, shipping details, comment...); `payload` is the order as it is now.
 * @returns `{ ok: true, value }` typed as {@link EcommOrderChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateEcommOrderChangedEvent(value: unknown): ValidationResult<EcommOrderChangedEvent>;
/**
 * Checks that `value` is a {@link EcommerceSettings}.
 *
 * The ecommerce settings of a site.
 * @returns `{ ok: true, value }` typed as {@link EcommerceSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateEcommerceSettings(value: unknown): ValidationResult<EcommerceSettings>;
/**
 * Checks that `value` is a {@link ErrorSchema}.
 *
 * Body of every 4xx and 5xx response of the Data API v2. `code` is a machine-readable error code (see ErrorCode), `message` a human-readable explanation (for `missing_scopes` it names the missing scopes), `externalReference` an optional link or reference id, and `details` extra information such as the parameters that failed validation. Only `code` and `message` are required, so that a client can still surface errors whose body omits the optional fields.
 * @returns `{ ok: true, value }` typed as {@link ErrorSchema}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateErrorSchema(value: unknown): ValidationResult<ErrorSchema>;
/**
 * Checks that `value` is a {@link ErrorCode}.
 *
 * Machine-readable error code. The enum lists every code known when this description was written, but new codes appear over time: the schema also accepts any other string, and clients must handle unknown codes (treat them by HTTP status). Common codes by status: 400 bad_request / validation_error, 401 not_authorized, 403 forbidden / missing_scopes, 404 resource_not_found, 409 conflict, 429 too_many_requests, 500 internal_error, 503 service_unavailable.
 * @returns `{ ok: true, value }` typed as {@link ErrorCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateErrorCode(value: unknown): ValidationResult<ErrorCode>;
/**
 * Checks that `value` is a {@link ErrorDetail}.
 *
 * A structured error detail naming the parameter that caused the error.
 * @returns `{ ok: true, value }` typed as {@link ErrorDetail}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateErrorDetail(value: unknown): ValidationResult<ErrorDetail>;
/**
 * Checks that `value` is a {@link Field}.
 *
 * A field of a CMS collection, as GET /collections/{collection_id} and PATCH .../fields/{field_id} return it.
 * @returns `{ ok: true, value }` typed as {@link Field}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateField(value: unknown): ValidationResult<Field>;
/**
 * Checks that `value` is a {@link FieldType}.
 *
 * The type of a collection field. Webflow adds field types over time: a value outside the known list is passed through as a plain string.
 * @returns `{ ok: true, value }` typed as {@link FieldType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFieldType(value: unknown): ValidationResult<FieldType>;
/**
 * Checks that `value` is a {@link Form}.
 *
 * A form on a page of a site, with its fields and response settings (the form's schema).
 * @returns `{ ok: true, value }` typed as {@link Form}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateForm(value: unknown): ValidationResult<Form>;
/**
 * Checks that `value` is a {@link FormList}.
 *
 * Response of GET /sites/{site_id}/forms, one page of forms.
 * @returns `{ ok: true, value }` typed as {@link FormList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFormList(value: unknown): ValidationResult<FormList>;
/**
 * Checks that `value` is a {@link FormResponseSettings}.
 *
 * What happens after a form is submitted (redirect and confirmation e-mail).
 * @returns `{ ok: true, value }` typed as {@link FormResponseSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFormResponseSettings(value: unknown): ValidationResult<FormResponseSettings>;
/**
 * Checks that `value` is a {@link FormSubmission}.
 *
 * A submission of a form.
 * @returns `{ ok: true, value }` typed as {@link FormSubmission}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFormSubmission(value: unknown): ValidationResult<FormSubmission>;
/**
 * Checks that `value` is a {@link FormSubmissionEvent}.
 *
 * Body of the webhook delivery for trigger type `form_submission` (a form on the site was submitted).
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFormSubmissionEvent(value: unknown): ValidationResult<FormSubmissionEvent>;
/**
 * Checks that `value` is a {@link FormSubmissionEventField}.
 *
 * A field of the submitted form, in a `form_submission` webhook delivery.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEventField}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFormSubmissionEventField(value: unknown): ValidationResult<FormSubmissionEventField>;
/**
 * Checks that `value` is a {@link FormSubmissionEventPayload}.
 *
 * The payload of a `form_submission` webhook delivery.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFormSubmissionEventPayload(value: unknown): ValidationResult<FormSubmissionEventPayload>;
/**
 * Checks that `value` is a {@link FormSubmissionList}.
 *
 * One page of form submissions (response of the list form submissions endpoints).
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFormSubmissionList(value: unknown): ValidationResult<FormSubmissionList>;
/**
 * Checks that `value` is a {@link FulfillOrderRequest}.
 *
 * Body of POST /sites/{site_id}/orders/{order_id}/fulfill.
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFulfillOrderRequest(value: unknown): ValidationResult<FulfillOrderRequest>;
/**
 * Checks that `value` is a {@link GoogleTag}.
 *
 * A Google tag (for example a Google Analytics or Google Ads tag ID) installed on a site.
 * @returns `{ ok: true, value }` typed as {@link GoogleTag}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGoogleTag(value: unknown): ValidationResult<GoogleTag>;
/**
 * Checks that `value` is a {@link GoogleTagList}.
 *
 * The Google tags of a site: the response of the Google tag operations and the body of PATCH /sites/{site_id}/integrations/google_tags.
 * @returns `{ ok: true, value }` typed as {@link GoogleTagList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGoogleTagList(value: unknown): ValidationResult<GoogleTagList>;
/**
 * Checks that `value` is a {@link HtmlAttributes}.
 *
 * Custom HTML attributes, attribute name to value. The reference gives no shape for the values, so any JSON value is accepted.
 * @returns `{ ok: true, value }` typed as {@link HtmlAttributes}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateHtmlAttributes(value: unknown): ValidationResult<HtmlAttributes>;
/**
 * Checks that `value` is a {@link ImageNode}.
 *
 * An image node, identified by the asset it shows.
 * @returns `{ ok: true, value }` typed as {@link ImageNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateImageNode(value: unknown): ValidationResult<ImageNode>;
/**
 * Checks that `value` is a {@link Introspection}.
 *
 * Information about the token used for the request (response of GET /token/introspect). `application` is absent for site and workspace tokens (grantType `client_credentials`).
 * @returns `{ ok: true, value }` typed as {@link Introspection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateIntrospection(value: unknown): ValidationResult<Introspection>;
/**
 * Checks that `value` is a {@link Inventory}.
 *
 * The inventory of a SKU.
 * @returns `{ ok: true, value }` typed as {@link Inventory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateInventory(value: unknown): ValidationResult<Inventory>;
/**
 * Checks that `value` is a {@link InventoryType}.
 *
 * How the stock of a SKU is counted: `finite` (tracked quantity) or `infinite` (unlimited).
 * @returns `{ ok: true, value }` typed as {@link InventoryType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateInventoryType(value: unknown): ValidationResult<InventoryType>;
/**
 * Checks that `value` is a {@link ItemFieldData}.
 *
 * The field values of a CMS item, keyed by field slug. `name` and `slug` are the built-in fields every collection has; every other key is a custom field whose value type depends on the field's type (text, number, boolean, an image or file object, a referenced item ID, a list of IDs...).
 * @returns `{ ok: true, value }` typed as {@link ItemFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateItemFieldData(value: unknown): ValidationResult<ItemFieldData>;
/**
 * Checks that `value` is a {@link ItemFieldDataPartial}.
 *
 * Field values of a CMS item where `name` and `slug` may be absent: the values to change in an update (only the fields sent are changed), and the values echoed by a bulk create. Keyed by field slug like ItemFieldData.
 * @returns `{ ok: true, value }` typed as {@link ItemFieldDataPartial}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateItemFieldDataPartial(value: unknown): ValidationResult<ItemFieldDataPartial>;
/**
 * Checks that `value` is a {@link Locale}.
 *
 * A locale of a site (Localization).
 * @returns `{ ok: true, value }` typed as {@link Locale}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateLocale(value: unknown): ValidationResult<Locale>;
/**
 * Checks that `value` is a {@link NewCollectionItem}.
 *
 * An item to create. Only `fieldData` (with `name` and `slug`) is required.
 * @returns `{ ok: true, value }` typed as {@link NewCollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateNewCollectionItem(value: unknown): ValidationResult<NewCollectionItem>;
/**
 * Checks that `value` is a {@link NewCollectionItemList}.
 *
 * Several items to create in one request.
 * @returns `{ ok: true, value }` typed as {@link NewCollectionItemList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateNewCollectionItemList(value: unknown): ValidationResult<NewCollectionItemList>;
/**
 * Checks that `value` is a {@link ObjectId}.
 *
 * A Webflow object id: 24 lowercase hexadecimal characters (a MongoDB ObjectId), as used for sites, pages, collections, items and most other resources.
 * @returns `{ ok: true, value }` typed as {@link ObjectId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateObjectId(value: unknown): ValidationResult<ObjectId>;
/**
 * Checks that `value` is a {@link Order}.
 *
 * An ecommerce order: its status, customer, addresses, purchased items, payment details and totals. Every field may be absent.
 * @returns `{ ok: true, value }` typed as {@link Order}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrder(value: unknown): ValidationResult<Order>;
/**
 * Checks that `value` is a {@link OrderAddress}.
 *
 * A shipping or billing address of an order.
 * @returns `{ ok: true, value }` typed as {@link OrderAddress}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderAddress(value: unknown): ValidationResult<OrderAddress>;
/**
 * Checks that `value` is a {@link OrderCustomerInfo}.
 *
 * The customer who placed an order.
 * @returns `{ ok: true, value }` typed as {@link OrderCustomerInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderCustomerInfo(value: unknown): ValidationResult<OrderCustomerInfo>;
/**
 * Checks that `value` is a {@link OrderList}.
 *
 * Response of GET /sites/{site_id}/orders, one page of orders.
 * @returns `{ ok: true, value }` typed as {@link OrderList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderList(value: unknown): ValidationResult<OrderList>;
/**
 * Checks that `value` is a {@link OrderPaypalDetails}.
 *
 * PayPal identifiers of an order's payment.
 * @returns `{ ok: true, value }` typed as {@link OrderPaypalDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderPaypalDetails(value: unknown): ValidationResult<OrderPaypalDetails>;
/**
 * Checks that `value` is a {@link OrderPrice}.
 *
 * An amount of money in an order: the amount in the smallest unit of the currency as a string, its currency code, and the amount formatted for display.
 * @returns `{ ok: true, value }` typed as {@link OrderPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderPrice(value: unknown): ValidationResult<OrderPrice>;
/**
 * Checks that `value` is a {@link OrderPurchasedItem}.
 *
 * One purchased SKU of an order, with its quantity and prices.
 * @returns `{ ok: true, value }` typed as {@link OrderPurchasedItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderPurchasedItem(value: unknown): ValidationResult<OrderPurchasedItem>;
/**
 * Checks that `value` is a {@link OrderStatus}.
 *
 * The documented statuses of an order: `pending` (payment not yet confirmed), `unfulfilled`, `fulfilled`, `disputed`, `dispute-lost` and `refunded`.
 * @returns `{ ok: true, value }` typed as {@link OrderStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderStatus(value: unknown): ValidationResult<OrderStatus>;
/**
 * Checks that `value` is a {@link OrderStripeCard}.
 *
 * The card an order was paid with.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeCard}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderStripeCard(value: unknown): ValidationResult<OrderStripeCard>;
/**
 * Checks that `value` is a {@link OrderStripeDetails}.
 *
 * Stripe identifiers of an order's payment; each is null when it does not apply.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderStripeDetails(value: unknown): ValidationResult<OrderStripeDetails>;
/**
 * Checks that `value` is a {@link OrderTotals}.
 *
 * The totals of an order.
 * @returns `{ ok: true, value }` typed as {@link OrderTotals}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateOrderTotals(value: unknown): ValidationResult<OrderTotals>;
/**
 * Checks that `value` is a {@link PageContent}.
 *
 * Response of GET /pages/{page_id}/dom: one page of the static content nodes of a page (text, images, form fields, component instances...).
 * @returns `{ ok: true, value }` typed as {@link PageContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageContent(value: unknown): ValidationResult<PageContent>;
/**
 * Checks that `value` is a {@link PageCreatedEvent}.
 *
 * Body POSTed to the webhook URL for trigger type `page_created` (a page was created).
 * @returns `{ ok: true, value }` typed as {@link PageCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageCreatedEvent(value: unknown): ValidationResult<PageCreatedEvent>;
/**
 * Checks that `value` is a {@link PageDeletedEvent}.
 *
 * Body POSTed to the webhook URL for trigger type `page_deleted` (a page was deleted).
 * @returns `{ ok: true, value }` typed as {@link PageDeletedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageDeletedEvent(value: unknown): ValidationResult<PageDeletedEvent>;
/**
 * Checks that `value` is a {@link PageEventPayload}.
 *
 * The fields common to the payloads of the page webhook deliveries (`page_created`, `page_metadata_updated`, `page_deleted`).
 * @returns `{ ok: true, value }` typed as {@link PageEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageEventPayload(value: unknown): ValidationResult<PageEventPayload>;
/**
 * Checks that `value` is a {@link PageList}.
 *
 * Response of GET /sites/{site_id}/pages, one page of the site's pages.
 * @returns `{ ok: true, value }` typed as {@link PageList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageList(value: unknown): ValidationResult<PageList>;
/**
 * Checks that `value` is a {@link PageMetadata}.
 *
 * A page of a site (static page or CMS collection template page) with its metadata, as listed by listPages and read by getPageMetadata.
 * @returns `{ ok: true, value }` typed as {@link PageMetadata}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageMetadata(value: unknown): ValidationResult<PageMetadata>;
/**
 * Checks that `value` is a {@link PageMetadataUpdatedEvent}.
 *
 * Body POSTed to the webhook URL for trigger type `page_metadata_updated` (the metadata of a page, such as its title, slug, SEO or Open Graph settings, was updated).
 * @returns `{ ok: true, value }` typed as {@link PageMetadataUpdatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageMetadataUpdatedEvent(value: unknown): ValidationResult<PageMetadataUpdatedEvent>;
/**
 * Checks that `value` is a {@link PageOpenGraph}.
 *
 * The Open Graph metadata of a page, used when the page is shared on social networks.
 * @returns `{ ok: true, value }` typed as {@link PageOpenGraph}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageOpenGraph(value: unknown): ValidationResult<PageOpenGraph>;
/**
 * Checks that `value` is a {@link PageSeo}.
 *
 * The search-engine (SEO) metadata of a page.
 * @returns `{ ok: true, value }` typed as {@link PageSeo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePageSeo(value: unknown): ValidationResult<PageSeo>;
/**
 * Checks that `value` is a {@link Pagination}.
 *
 * Paging information returned by list endpoints. Lists page with `offset` and `limit` (at most 100); `total` is the number of items across all pages.
 * @returns `{ ok: true, value }` typed as {@link Pagination}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePagination(value: unknown): ValidationResult<Pagination>;
/**
 * Checks that `value` is a {@link Product}.
 *
 * An ecommerce product: an item of the site's Products collection. Its variants (SKUs) are separate items (see Sku). Every field may be absent.
 * @returns `{ ok: true, value }` typed as {@link Product}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateProduct(value: unknown): ValidationResult<Product>;
/**
 * Checks that `value` is a {@link ProductAndSkus}.
 *
 * A product together with its SKUs.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateProductAndSkus(value: unknown): ValidationResult<ProductAndSkus>;
/**
 * Checks that `value` is a {@link ProductAndSkusList}.
 *
 * Response of GET /sites/{site_id}/products, one page of products with their SKUs.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkusList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateProductAndSkusList(value: unknown): ValidationResult<ProductAndSkusList>;
/**
 * Checks that `value` is a {@link ProductFieldData}.
 *
 * The field values of a product, keyed by field slug. Custom fields added to the site's Products collection appear here too, under their own slugs.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateProductFieldData(value: unknown): ValidationResult<ProductFieldData>;
/**
 * Checks that `value` is a {@link ProductFieldDataInput}.
 *
 * The field values of a product as sent in a request: ProductFieldData with `tax-category` and `ec-product-type` limited to the documented values.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateProductFieldDataInput(value: unknown): ValidationResult<ProductFieldDataInput>;
/**
 * Checks that `value` is a {@link ProductInput}.
 *
 * A product as sent in a request body: Product with its `fieldData` as ProductFieldDataInput.
 * @returns `{ ok: true, value }` typed as {@link ProductInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateProductInput(value: unknown): ValidationResult<ProductInput>;
/**
 * Checks that `value` is a {@link ProductType}.
 *
 * The documented product types, identified by fixed IDs: `ff42fee0113744f693a764e3431a9cc2` physical, `f22027db68002190aef89a4a2b7ac8a1` digital, `c599e43b1a1c34d5a323aedf75d3adf6` service, `b6ccc1830db4b1babeb06a9ac5f6dd76` advanced.
 * @returns `{ ok: true, value }` typed as {@link ProductType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateProductType(value: unknown): ValidationResult<ProductType>;
/**
 * Checks that `value` is a {@link PublishItemsRequest}.
 *
 * Body of POST /collections/{collection_id}/items/publish: the IDs of the items to publish (`itemIds`), or the items with the locales to publish them in (`items`).
 * @returns `{ ok: true, value }` typed as {@link PublishItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishItemsRequest(value: unknown): ValidationResult<PublishItemsRequest>;
/**
 * Checks that `value` is a {@link PublishItemsResponse}.
 *
 * Response of POST /collections/{collection_id}/items/publish (202 Accepted).
 * @returns `{ ok: true, value }` typed as {@link PublishItemsResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishItemsResponse(value: unknown): ValidationResult<PublishItemsResponse>;
/**
 * Checks that `value` is a {@link PublishSiteRequest}.
 *
 * Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishSiteRequest(value: unknown): ValidationResult<PublishSiteRequest>;
/**
 * Checks that `value` is a {@link PublishSiteResponse}.
 *
 * Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishSiteResponse(value: unknown): ValidationResult<PublishSiteResponse>;
/**
 * Checks that `value` is a {@link PublishStatus}.
 *
 * Whether a product or SKU write goes to the staged site (`staging`) or is also published live (`live`).
 * @returns `{ ok: true, value }` typed as {@link PublishStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishStatus(value: unknown): ValidationResult<PublishStatus>;
/**
 * Checks that `value` is a {@link Redirect}.
 *
 * A 301 redirect of a site, from a path of the site to another path or URL.
 * @returns `{ ok: true, value }` typed as {@link Redirect}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRedirect(value: unknown): ValidationResult<Redirect>;
/**
 * Checks that `value` is a {@link RedirectList}.
 *
 * The 301 redirects of a site (response of GET /sites/{site_id}/redirects, and of DELETE /sites/{site_id}/redirects/{redirect_id}, which answers with the redirects that remain).
 * @returns `{ ok: true, value }` typed as {@link RedirectList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRedirectList(value: unknown): ValidationResult<RedirectList>;
/**
 * Checks that `value` is a {@link RefundOrderRequest}.
 *
 * Body of POST /sites/{site_id}/orders/{order_id}/refund.
 * @returns `{ ok: true, value }` typed as {@link RefundOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRefundOrderRequest(value: unknown): ValidationResult<RefundOrderRequest>;
/**
 * Checks that `value` is a {@link RegisterHostedScriptRequest}.
 *
 * Body of POST /sites/{site_id}/registered_scripts/hosted: a script hosted at a URL of your own.
 * @returns `{ ok: true, value }` typed as {@link RegisterHostedScriptRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRegisterHostedScriptRequest(value: unknown): ValidationResult<RegisterHostedScriptRequest>;
/**
 * Checks that `value` is a {@link RegisterInlineScriptRequest}.
 *
 * Body of POST /sites/{site_id}/registered_scripts/inline: JavaScript source code that Webflow hosts for you.
 * @returns `{ ok: true, value }` typed as {@link RegisterInlineScriptRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRegisterInlineScriptRequest(value: unknown): ValidationResult<RegisterInlineScriptRequest>;
/**
 * Checks that `value` is a {@link RegisteredScript}.
 *
 * A script registered on a site (hosted at a URL, or inline code that Webflow hosts), which can then be applied to the site or to its pages as custom code.
 * @returns `{ ok: true, value }` typed as {@link RegisteredScript}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRegisteredScript(value: unknown): ValidationResult<RegisteredScript>;
/**
 * Checks that `value` is a {@link RegisteredScriptList}.
 *
 * Response of GET /sites/{site_id}/registered_scripts.
 * @returns `{ ok: true, value }` typed as {@link RegisteredScriptList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRegisteredScriptList(value: unknown): ValidationResult<RegisteredScriptList>;
/**
 * Checks that `value` is a {@link ReplaceCustomFontFileRequest}.
 *
 * Body of PUT /sites/{site_id}/custom_fonts/{font_id}/file: the metadata of the new font file. The file itself is then uploaded to the target the response gives.
 * @returns `{ ok: true, value }` typed as {@link ReplaceCustomFontFileRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateReplaceCustomFontFileRequest(value: unknown): ValidationResult<ReplaceCustomFontFileRequest>;
/**
 * Checks that `value` is a {@link RobotsTxt}.
 *
 * The robots.txt of a site as rules per user agent and a sitemap URL. The response of every robots.txt operation, and the body of the PUT, PATCH and DELETE operations (the rules to set, to add or to remove).
 * @returns `{ ok: true, value }` typed as {@link RobotsTxt}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRobotsTxt(value: unknown): ValidationResult<RobotsTxt>;
/**
 * Checks that `value` is a {@link RobotsTxtRule}.
 *
 * The rules of robots.txt for one user agent.
 * @returns `{ ok: true, value }` typed as {@link RobotsTxtRule}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRobotsTxtRule(value: unknown): ValidationResult<RobotsTxtRule>;
/**
 * Checks that `value` is a {@link SearchButtonNode}.
 *
 * The button of a site search form.
 * @returns `{ ok: true, value }` typed as {@link SearchButtonNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSearchButtonNode(value: unknown): ValidationResult<SearchButtonNode>;
/**
 * Checks that `value` is a {@link SearchButtonNodeUpdate}.
 *
 * New label of a search button.
 * @returns `{ ok: true, value }` typed as {@link SearchButtonNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSearchButtonNodeUpdate(value: unknown): ValidationResult<SearchButtonNodeUpdate>;
/**
 * Checks that `value` is a {@link SelectChoice}.
 *
 * One choice of a select field.
 * @returns `{ ok: true, value }` typed as {@link SelectChoice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSelectChoice(value: unknown): ValidationResult<SelectChoice>;
/**
 * Checks that `value` is a {@link SelectNode}.
 *
 * A select (dropdown) field of a form with its choices.
 * @returns `{ ok: true, value }` typed as {@link SelectNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSelectNode(value: unknown): ValidationResult<SelectNode>;
/**
 * Checks that `value` is a {@link SelectNodeUpdate}.
 *
 * New choices of a select field.
 * @returns `{ ok: true, value }` typed as {@link SelectNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSelectNodeUpdate(value: unknown): ValidationResult<SelectNodeUpdate>;
/**
 * Checks that `value` is a {@link SetWellKnownFileRequest}.
 *
 * Body of PUT /sites/{site_id}/well_known: a file to serve at `/.well-known/<fileName>` on the site's domains.
 * @returns `{ ok: true, value }` typed as {@link SetWellKnownFileRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSetWellKnownFileRequest(value: unknown): ValidationResult<SetWellKnownFileRequest>;
/**
 * Checks that `value` is a {@link Site}.
 *
 * A Webflow site.
 * @returns `{ ok: true, value }` typed as {@link Site}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSite(value: unknown): ValidationResult<Site>;
/**
 * Checks that `value` is a {@link SiteActivityLogEntry}.
 *
 * One entry of a site's activity log (a change made to the site, who made it and when).
 * @returns `{ ok: true, value }` typed as {@link SiteActivityLogEntry}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSiteActivityLogEntry(value: unknown): ValidationResult<SiteActivityLogEntry>;
/**
 * Checks that `value` is a {@link SiteActivityLogList}.
 *
 * Response of GET /sites/{site_id}/activity_logs, one page of activity-log entries.
 * @returns `{ ok: true, value }` typed as {@link SiteActivityLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSiteActivityLogList(value: unknown): ValidationResult<SiteActivityLogList>;
/**
 * Checks that `value` is a {@link SiteList}.
 *
 * Response of GET /sites. The list is not paginated.
 * @returns `{ ok: true, value }` typed as {@link SiteList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSiteList(value: unknown): ValidationResult<SiteList>;
/**
 * Checks that `value` is a {@link SiteMembershipAuditEvent}.
 *
 * A user was added to or removed from a site, or their site role or granular access changed (`eventType` `site_membership`).
 * @returns `{ ok: true, value }` typed as {@link SiteMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSiteMembershipAuditEvent(value: unknown): ValidationResult<SiteMembershipAuditEvent>;
/**
 * Checks that `value` is a {@link SitePlan}.
 *
 * The hosting plan of a site (response of GET /sites/{site_id}/plan).
 * @returns `{ ok: true, value }` typed as {@link SitePlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSitePlan(value: unknown): ValidationResult<SitePlan>;
/**
 * Checks that `value` is a {@link SitePublishEvent}.
 *
 * Body POSTed to the webhook URL for trigger type `site_publish` (the site, or one page of it, was published).
 * @returns `{ ok: true, value }` typed as {@link SitePublishEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSitePublishEvent(value: unknown): ValidationResult<SitePublishEvent>;
/**
 * Checks that `value` is a {@link Sku}.
 *
 * A SKU: one purchasable variant of a product, an item of the site's SKUs collection.
 * @returns `{ ok: true, value }` typed as {@link Sku}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSku(value: unknown): ValidationResult<Sku>;
/**
 * Checks that `value` is a {@link SkuBillingMethod}.
 *
 * How a SKU is billed, `one-time` or `subscription`.
 * @returns `{ ok: true, value }` typed as {@link SkuBillingMethod}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSkuBillingMethod(value: unknown): ValidationResult<SkuBillingMethod>;
/**
 * Checks that `value` is a {@link SkuFieldData}.
 *
 * The field values of a SKU, keyed by field slug. Custom fields added to the site's SKUs collection appear here too.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSkuFieldData(value: unknown): ValidationResult<SkuFieldData>;
/**
 * Checks that `value` is a {@link SkuFieldDataInput}.
 *
 * The field values of a SKU as sent in a request: SkuFieldData with `ec-sku-billing-method` limited to the documented values and `main-image` given as a URL.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSkuFieldDataInput(value: unknown): ValidationResult<SkuFieldDataInput>;
/**
 * Checks that `value` is a {@link SkuInput}.
 *
 * A SKU as sent in a request body: Sku with its `fieldData` as SkuFieldDataInput.
 * @returns `{ ok: true, value }` typed as {@link SkuInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSkuInput(value: unknown): ValidationResult<SkuInput>;
/**
 * Checks that `value` is a {@link SkuList}.
 *
 * Response of POST /sites/{site_id}/products/{product_id}/skus, the SKUs created.
 * @returns `{ ok: true, value }` typed as {@link SkuList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSkuList(value: unknown): ValidationResult<SkuList>;
/**
 * Checks that `value` is a {@link SkuPrice}.
 *
 * A price of a SKU: an amount in the smallest unit of the currency (for example cents) and its currency code.
 * @returns `{ ok: true, value }` typed as {@link SkuPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSkuPrice(value: unknown): ValidationResult<SkuPrice>;
/**
 * Checks that `value` is a {@link SkuProperty}.
 *
 * A variant option of a product (for example Color) and its possible values.
 * @returns `{ ok: true, value }` typed as {@link SkuProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSkuProperty(value: unknown): ValidationResult<SkuProperty>;
/**
 * Checks that `value` is a {@link SkuSubscriptionPlan}.
 *
 * The subscription plan of a SKU billed as a subscription.
 * @returns `{ ok: true, value }` typed as {@link SkuSubscriptionPlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSkuSubscriptionPlan(value: unknown): ValidationResult<SkuSubscriptionPlan>;
/**
 * Checks that `value` is a {@link SubmitButtonNode}.
 *
 * The submit button of a form, with its label and the label shown while the form is sent.
 * @returns `{ ok: true, value }` typed as {@link SubmitButtonNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSubmitButtonNode(value: unknown): ValidationResult<SubmitButtonNode>;
/**
 * Checks that `value` is a {@link SubmitButtonNodeUpdate}.
 *
 * New labels of a submit button; send either or both.
 * @returns `{ ok: true, value }` typed as {@link SubmitButtonNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSubmitButtonNodeUpdate(value: unknown): ValidationResult<SubmitButtonNodeUpdate>;
/**
 * Checks that `value` is a {@link TaxCategory}.
 *
 * The documented tax categories of a product.
 * @returns `{ ok: true, value }` typed as {@link TaxCategory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateTaxCategory(value: unknown): ValidationResult<TaxCategory>;
/**
 * Checks that `value` is a {@link TextInputNode}.
 *
 * A text input of a form, whose placeholder can be read and updated.
 * @returns `{ ok: true, value }` typed as {@link TextInputNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateTextInputNode(value: unknown): ValidationResult<TextInputNode>;
/**
 * Checks that `value` is a {@link TextInputNodeUpdate}.
 *
 * New placeholder of a text input.
 * @returns `{ ok: true, value }` typed as {@link TextInputNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateTextInputNodeUpdate(value: unknown): ValidationResult<TextInputNodeUpdate>;
/**
 * Checks that `value` is a {@link TextNode}.
 *
 * A text node (heading, paragraph, link text...) with its content as HTML and as plain text.
 * @returns `{ ok: true, value }` typed as {@link TextNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateTextNode(value: unknown): ValidationResult<TextNode>;
/**
 * Checks that `value` is a {@link TextNodeUpdate}.
 *
 * New content of a text node.
 * @returns `{ ok: true, value }` typed as {@link TextNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateTextNodeUpdate(value: unknown): ValidationResult<TextNodeUpdate>;
/**
 * Checks that `value` is a {@link TriggerType}.
 *
 * The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
 * @returns `{ ok: true, value }` typed as {@link TriggerType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateTriggerType(value: unknown): ValidationResult<TriggerType>;
/**
 * Checks that `value` is a {@link UnknownAuditEvent}.
 *
 * An audit-log event of a type this description does not know yet (or without `eventType`): the fallback variant of AuditLogEvent. Its fields are passed through unchecked beyond their JSON types.
 * @returns `{ ok: true, value }` typed as {@link UnknownAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUnknownAuditEvent(value: unknown): ValidationResult<UnknownAuditEvent>;
/**
 * Checks that `value` is a {@link UnknownDomNode}.
 *
 * A node of a type this description does not document (Webflow adds node types over time). Only `type` is known to be present; every field is passed through as sent.
 * @returns `{ ok: true, value }` typed as {@link UnknownDomNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUnknownDomNode(value: unknown): ValidationResult<UnknownDomNode>;
/**
 * Checks that `value` is a {@link UpdateAssetRequest}.
 *
 * Body of PATCH /assets/{asset_id}. Only the fields sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateAssetRequest(value: unknown): ValidationResult<UpdateAssetRequest>;
/**
 * Checks that `value` is a {@link UpdateCollectionItemsRequest}.
 *
 * Body of PATCH /collections/{collection_id}/items and .../items/live: up to 100 items to change, each named by `id`.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCollectionItemsRequest(value: unknown): ValidationResult<UpdateCollectionItemsRequest>;
/**
 * Checks that `value` is a {@link UpdateComponentPropertiesRequest}.
 *
 * Body of POST /sites/{site_id}/components/{component_id}/properties.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateComponentPropertiesRequest(value: unknown): ValidationResult<UpdateComponentPropertiesRequest>;
/**
 * Checks that `value` is a {@link UpdateCustomFontRequest}.
 *
 * Body of PATCH /sites/{site_id}/custom_fonts/{font_id}. Only the fields sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateCustomFontRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCustomFontRequest(value: unknown): ValidationResult<UpdateCustomFontRequest>;
/**
 * Checks that `value` is a {@link UpdateFieldRequest}.
 *
 * Body of PATCH /collections/{collection_id}/fields/{field_id}; only the properties sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateFieldRequest(value: unknown): ValidationResult<UpdateFieldRequest>;
/**
 * Checks that `value` is a {@link UpdateFormSubmissionRequest}.
 *
 * Body of the modify form submission endpoints.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateFormSubmissionRequest(value: unknown): ValidationResult<UpdateFormSubmissionRequest>;
/**
 * Checks that `value` is a {@link UpdateInventoryRequest}.
 *
 * Body of PATCH /collections/{sku_collection_id}/items/{sku_id}/inventory. Send `quantity` to set the stock to a value, or `updateQuantity` to add to (or, negative, subtract from) the current stock.
 * @returns `{ ok: true, value }` typed as {@link UpdateInventoryRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateInventoryRequest(value: unknown): ValidationResult<UpdateInventoryRequest>;
/**
 * Checks that `value` is a {@link UpdateOrderRequest}.
 *
 * Body of PATCH /sites/{site_id}/orders/{order_id}: the merchant comment and shipping details to set.
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateOrderRequest(value: unknown): ValidationResult<UpdateOrderRequest>;
/**
 * Checks that `value` is a {@link UpdatePageRequest}.
 *
 * Body of PUT /pages/{page_id}: the page metadata to change. Fields that are not sent are left as they are. With the `localeId` query parameter the metadata of that locale is updated.
 * @returns `{ ok: true, value }` typed as {@link UpdatePageRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdatePageRequest(value: unknown): ValidationResult<UpdatePageRequest>;
/**
 * Checks that `value` is a {@link UpdateProductRequest}.
 *
 * Body of PATCH /sites/{site_id}/products/{product_id}: the product fields to change and, optionally, changes to its default SKU.
 * @returns `{ ok: true, value }` typed as {@link UpdateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateProductRequest(value: unknown): ValidationResult<UpdateProductRequest>;
/**
 * Checks that `value` is a {@link UpdateRedirectRequest}.
 *
 * Body of PATCH /sites/{site_id}/redirects/{redirect_id}. Only the fields sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateRedirectRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateRedirectRequest(value: unknown): ValidationResult<UpdateRedirectRequest>;
/**
 * Checks that `value` is a {@link UpdateSiteRequest}.
 *
 * Body of PATCH /sites/{site_id}. Only the fields sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateSiteRequest(value: unknown): ValidationResult<UpdateSiteRequest>;
/**
 * Checks that `value` is a {@link UpdateSkuRequest}.
 *
 * Body of PATCH /sites/{site_id}/products/{product_id}/skus/{sku_id}.
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateSkuRequest(value: unknown): ValidationResult<UpdateSkuRequest>;
/**
 * Checks that `value` is a {@link UploadAssetRequest}.
 *
 * Body of POST /sites/{site_id}/assets: the metadata of the file to upload. The file itself is then sent to `uploadUrl` with the `uploadDetails` fields of the response (an S3 form upload).
 * @returns `{ ok: true, value }` typed as {@link UploadAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUploadAssetRequest(value: unknown): ValidationResult<UploadAssetRequest>;
/**
 * Checks that `value` is a {@link UserAccessAuditEvent}.
 *
 * A user signed in to or out of the workspace (`eventType` `user_access`).
 * @returns `{ ok: true, value }` typed as {@link UserAccessAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUserAccessAuditEvent(value: unknown): ValidationResult<UserAccessAuditEvent>;
/**
 * Checks that `value` is a {@link Webhook}.
 *
 * A webhook registered on a site.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWebhook(value: unknown): ValidationResult<Webhook>;
/**
 * Checks that `value` is a {@link WebhookFilter}.
 *
 * Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
 * @returns `{ ok: true, value }` typed as {@link WebhookFilter}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWebhookFilter(value: unknown): ValidationResult<WebhookFilter>;
/**
 * Checks that `value` is a {@link WebhookList}.
 *
 * Response of GET /sites/{site_id}/webhooks.
 * @returns `{ ok: true, value }` typed as {@link WebhookList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWebhookList(value: unknown): ValidationResult<WebhookList>;
/**
 * Checks that `value` is a {@link WorkspaceInvitationAuditEvent}.
 *
 * An invitation to the workspace was sent, accepted, updated, canceled or declined, or an access request was accepted (`eventType` `workspace_invitation`).
 * @returns `{ ok: true, value }` typed as {@link WorkspaceInvitationAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWorkspaceInvitationAuditEvent(value: unknown): ValidationResult<WorkspaceInvitationAuditEvent>;
/**
 * Checks that `value` is a {@link WorkspaceMembershipAuditEvent}.
 *
 * A user was added to or removed from the workspace, or their workspace role changed (`eventType` `workspace_membership`).
 * @returns `{ ok: true, value }` typed as {@link WorkspaceMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWorkspaceMembershipAuditEvent(value: unknown): ValidationResult<WorkspaceMembershipAuditEvent>;
/**
 * Checks that `value` is a {@link WorkspaceSettingAuditEvent}.
 *
 * A workspace setting was changed (`eventType` `workspace_setting`).
 * @returns `{ ok: true, value }` typed as {@link WorkspaceSettingAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateWorkspaceSettingAuditEvent(value: unknown): ValidationResult<WorkspaceSettingAuditEvent>;
/**
 * Checks the 200 response body of `client.customFonts.batchDelete` (Batch Delete Custom Fonts).
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateBatchDeleteCustomFontsResult(value: unknown): ValidationResult<BatchDeleteCustomFontsResult>;
/**
 * Checks the 202 response body of `client.items.createBulk` (Create Collection Items).
 * @returns `{ ok: true, value }` typed as {@link BulkCreateCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateBulkCreateCollectionItemsResult(value: unknown): ValidationResult<BulkCreateCollectionItemsResult>;
/**
 * Checks the 200 response body of `client.assetFolders.create` (Create Asset Folder).
 * @returns `{ ok: true, value }` typed as {@link CreateAssetFolderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateAssetFolderResult(value: unknown): ValidationResult<CreateAssetFolderResult>;
/**
 * Checks the 200 response body of `client.collections.create` (Create Collection).
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCollectionResult(value: unknown): ValidationResult<CreateCollectionResult>;
/**
 * Checks the 200 response body of `client.fields.create` (Create Collection Field).
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionFieldResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCollectionFieldResult(value: unknown): ValidationResult<CreateCollectionFieldResult>;
/**
 * Checks the 202 response body of `client.items.create` (Create Collection Item(s)).
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCollectionItemsResult(value: unknown): ValidationResult<CreateCollectionItemsResult>;
/**
 * Checks the 202 response body of `client.customFonts.create` (Create Custom Font).
 * @returns `{ ok: true, value }` typed as {@link CreateCustomFontResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCustomFontResult(value: unknown): ValidationResult<CreateCustomFontResult>;
/**
 * Checks the 202 response body of `client.items.createLive` (Create Live Collection Item(s)).
 * @returns `{ ok: true, value }` typed as {@link CreateLiveCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateLiveCollectionItemsResult(value: unknown): ValidationResult<CreateLiveCollectionItemsResult>;
/**
 * Checks the 200 response body of `client.products.create` (Create Product & SKU).
 * @returns `{ ok: true, value }` typed as {@link CreateProductResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateProductResult(value: unknown): ValidationResult<CreateProductResult>;
/**
 * Checks the 200 response body of `client.redirects.create` (Create a 301 redirect).
 * @returns `{ ok: true, value }` typed as {@link CreateRedirectResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateRedirectResult(value: unknown): ValidationResult<CreateRedirectResult>;
/**
 * Checks the 201 response body of `client.sites.create` (Create Site).
 * @returns `{ ok: true, value }` typed as {@link CreateSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateSiteResult(value: unknown): ValidationResult<CreateSiteResult>;
/**
 * Checks the 200 response body of `client.products.createSkus` (Create SKUs).
 * @returns `{ ok: true, value }` typed as {@link CreateSkusResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateSkusResult(value: unknown): ValidationResult<CreateSkusResult>;
/**
 * Checks the 201 response body of `client.webhooks.create` (Create Webhook).
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateWebhookResult(value: unknown): ValidationResult<CreateWebhookResult>;
/**
 * Checks the 200 response body of `client.googleTags.remove` (Delete Google Tag).
 * @returns `{ ok: true, value }` typed as {@link DeleteGoogleTagResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDeleteGoogleTagResult(value: unknown): ValidationResult<DeleteGoogleTagResult>;
/**
 * Checks the 200 response body of `client.redirects.remove` (Delete 301 redirects).
 * @returns `{ ok: true, value }` typed as {@link DeleteRedirectResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDeleteRedirectResult(value: unknown): ValidationResult<DeleteRedirectResult>;
/**
 * Checks the 200 response body of `client.robotsTxt.remove` (Delete robots.txt).
 * @returns `{ ok: true, value }` typed as {@link DeleteRobotsTxtResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDeleteRobotsTxtResult(value: unknown): ValidationResult<DeleteRobotsTxtResult>;
/**
 * Checks the 200 response body of `client.orders.fulfill` (Fulfill Order).
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFulfillOrderResult(value: unknown): ValidationResult<FulfillOrderResult>;
/**
 * Checks the 200 response body of `client.assets.get` (Get Asset).
 * @returns `{ ok: true, value }` typed as {@link GetAssetResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetAssetResult(value: unknown): ValidationResult<GetAssetResult>;
/**
 * Checks the 200 response body of `client.assetFolders.get` (Get Asset Folder).
 * @returns `{ ok: true, value }` typed as {@link GetAssetFolderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetAssetFolderResult(value: unknown): ValidationResult<GetAssetFolderResult>;
/**
 * Checks the 200 response body of `client.token.getAuthorizedUser` (Get Authorization User Info).
 * @returns `{ ok: true, value }` typed as {@link GetAuthorizedUserResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetAuthorizedUserResult(value: unknown): ValidationResult<GetAuthorizedUserResult>;
/**
 * Checks the 200 response body of `client.collections.get` (Get Collection Details).
 * @returns `{ ok: true, value }` typed as {@link GetCollectionResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetCollectionResult(value: unknown): ValidationResult<GetCollectionResult>;
/**
 * Checks the 200 response body of `client.items.get` (Get Collection Item).
 * @returns `{ ok: true, value }` typed as {@link GetCollectionItemResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetCollectionItemResult(value: unknown): ValidationResult<GetCollectionItemResult>;
/**
 * Checks the 200 response body of `client.comments.getThread` (Get Comment Thread).
 * @returns `{ ok: true, value }` typed as {@link GetCommentThreadResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetCommentThreadResult(value: unknown): ValidationResult<GetCommentThreadResult>;
/**
 * Checks the 200 response body of `client.components.getContent` (Get Component Content).
 * @returns `{ ok: true, value }` typed as {@link GetComponentContentResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetComponentContentResult(value: unknown): ValidationResult<GetComponentContentResult>;
/**
 * Checks the 200 response body of `client.components.getProperties` (Get Component Properties).
 * @returns `{ ok: true, value }` typed as {@link GetComponentPropertiesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetComponentPropertiesResult(value: unknown): ValidationResult<GetComponentPropertiesResult>;
/**
 * Checks the 200 response body of `client.sites.getCustomDomains` (Get Custom Domains).
 * @returns `{ ok: true, value }` typed as {@link GetCustomDomainsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetCustomDomainsResult(value: unknown): ValidationResult<GetCustomDomainsResult>;
/**
 * Checks the 200 response body of `client.customFonts.get` (Get Custom Font).
 * @returns `{ ok: true, value }` typed as {@link GetCustomFontResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetCustomFontResult(value: unknown): ValidationResult<GetCustomFontResult>;
/**
 * Checks the 200 response body of `client.ecommerce.getSettings` (Get Ecommerce Settings).
 * @returns `{ ok: true, value }` typed as {@link GetEcommerceSettingsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetEcommerceSettingsResult(value: unknown): ValidationResult<GetEcommerceSettingsResult>;
/**
 * Checks the 200 response body of `client.forms.get` (Get Form Schema).
 * @returns `{ ok: true, value }` typed as {@link GetFormResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetFormResult(value: unknown): ValidationResult<GetFormResult>;
/**
 * Checks the 200 response body of `client.formSubmissions.get` (Get Form Submission).
 * @returns `{ ok: true, value }` typed as {@link GetFormSubmissionResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetFormSubmissionResult(value: unknown): ValidationResult<GetFormSubmissionResult>;
/**
 * Checks the 200 response body of `client.formSubmissions.getBySite` (Get Form Submission by Site).
 * @returns `{ ok: true, value }` typed as {@link GetFormSubmissionBySiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetFormSubmissionBySiteResult(value: unknown): ValidationResult<GetFormSubmissionBySiteResult>;
/**
 * Checks the 200 response body of `client.inventory.get` (List Inventory).
 * @returns `{ ok: true, value }` typed as {@link GetInventoryResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetInventoryResult(value: unknown): ValidationResult<GetInventoryResult>;
/**
 * Checks the 200 response body of `client.items.getLive` (Get Live Collection Item).
 * @returns `{ ok: true, value }` typed as {@link GetLiveCollectionItemResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetLiveCollectionItemResult(value: unknown): ValidationResult<GetLiveCollectionItemResult>;
/**
 * Checks the 200 response body of `client.orders.get` (Get Order).
 * @returns `{ ok: true, value }` typed as {@link GetOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetOrderResult(value: unknown): ValidationResult<GetOrderResult>;
/**
 * Checks the 200 response body of `client.pages.getContent` (Get Page Content).
 * @returns `{ ok: true, value }` typed as {@link GetPageContentResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetPageContentResult(value: unknown): ValidationResult<GetPageContentResult>;
/**
 * Checks the 200 response body of `client.customCode.getForPage` (Get Page Custom Code).
 * @returns `{ ok: true, value }` typed as {@link GetPageCustomCodeResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetPageCustomCodeResult(value: unknown): ValidationResult<GetPageCustomCodeResult>;
/**
 * Checks the 200 response body of `client.pages.getMetadata` (Get Page Metadata).
 * @returns `{ ok: true, value }` typed as {@link GetPageMetadataResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetPageMetadataResult(value: unknown): ValidationResult<GetPageMetadataResult>;
/**
 * Checks the 200 response body of `client.products.get` (Get Product and SKUs).
 * @returns `{ ok: true, value }` typed as {@link GetProductResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetProductResult(value: unknown): ValidationResult<GetProductResult>;
/**
 * Checks the 200 response body of `client.robotsTxt.get` (Get robots.txt).
 * @returns `{ ok: true, value }` typed as {@link GetRobotsTxtResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetRobotsTxtResult(value: unknown): ValidationResult<GetRobotsTxtResult>;
/**
 * Checks the 200 response body of `client.sites.get` (Get Site).
 * @returns `{ ok: true, value }` typed as {@link GetSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetSiteResult(value: unknown): ValidationResult<GetSiteResult>;
/**
 * Checks the 200 response body of `client.customCode.getForSite` (Get Site Custom Code).
 * @returns `{ ok: true, value }` typed as {@link GetSiteCustomCodeResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetSiteCustomCodeResult(value: unknown): ValidationResult<GetSiteCustomCodeResult>;
/**
 * Checks the 200 response body of `client.sites.getPlan` (Get Site Plan).
 * @returns `{ ok: true, value }` typed as {@link GetSitePlanResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetSitePlanResult(value: unknown): ValidationResult<GetSitePlanResult>;
/**
 * Checks the 200 response body of `client.webhooks.get` (Get Webhook).
 * @returns `{ ok: true, value }` typed as {@link GetWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateGetWebhookResult(value: unknown): ValidationResult<GetWebhookResult>;
/**
 * Checks the 200 response body of `client.token.introspect` (Get Authorization Info).
 * @returns `{ ok: true, value }` typed as {@link IntrospectTokenResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateIntrospectTokenResult(value: unknown): ValidationResult<IntrospectTokenResult>;
/**
 * Checks the 200 response body of `client.assetFolders.list` (List Asset Folders).
 * @returns `{ ok: true, value }` typed as {@link ListAssetFoldersResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListAssetFoldersResult(value: unknown): ValidationResult<ListAssetFoldersResult>;
/**
 * Checks the 200 response body of `client.assets.list` (List Assets).
 * @returns `{ ok: true, value }` typed as {@link ListAssetsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListAssetsResult(value: unknown): ValidationResult<ListAssetsResult>;
/**
 * Checks the 200 response body of `client.items.list` (List Collection Items).
 * @returns `{ ok: true, value }` typed as {@link ListCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListCollectionItemsResult(value: unknown): ValidationResult<ListCollectionItemsResult>;
/**
 * Checks the 200 response body of `client.collections.list` (List Collections).
 * @returns `{ ok: true, value }` typed as {@link ListCollectionsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListCollectionsResult(value: unknown): ValidationResult<ListCollectionsResult>;
/**
 * Checks the 200 response body of `client.comments.listReplies` (List Comment Replies).
 * @returns `{ ok: true, value }` typed as {@link ListCommentRepliesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListCommentRepliesResult(value: unknown): ValidationResult<ListCommentRepliesResult>;
/**
 * Checks the 200 response body of `client.comments.listThreads` (List Comment Threads).
 * @returns `{ ok: true, value }` typed as {@link ListCommentThreadsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListCommentThreadsResult(value: unknown): ValidationResult<ListCommentThreadsResult>;
/**
 * Checks the 200 response body of `client.components.list` (List Components).
 * @returns `{ ok: true, value }` typed as {@link ListComponentsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListComponentsResult(value: unknown): ValidationResult<ListComponentsResult>;
/**
 * Checks the 200 response body of `client.customCode.listBlocks` (List Custom Code Blocks).
 * @returns `{ ok: true, value }` typed as {@link ListCustomCodeBlocksResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListCustomCodeBlocksResult(value: unknown): ValidationResult<ListCustomCodeBlocksResult>;
/**
 * Checks the 200 response body of `client.customFonts.list` (List Custom Fonts).
 * @returns `{ ok: true, value }` typed as {@link ListCustomFontsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListCustomFontsResult(value: unknown): ValidationResult<ListCustomFontsResult>;
/**
 * Checks the 200 response body of `client.formSubmissions.list` (List Form Submissions).
 * @returns `{ ok: true, value }` typed as {@link ListFormSubmissionsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListFormSubmissionsResult(value: unknown): ValidationResult<ListFormSubmissionsResult>;
/**
 * Checks the 200 response body of `client.formSubmissions.listBySite` (List Form Submissions by Site).
 * @returns `{ ok: true, value }` typed as {@link ListFormSubmissionsBySiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListFormSubmissionsBySiteResult(value: unknown): ValidationResult<ListFormSubmissionsBySiteResult>;
/**
 * Checks the 200 response body of `client.formSubmissions.listBySiteAndForm` (List Form Submissions by Site and Form).
 * @returns `{ ok: true, value }` typed as {@link ListFormSubmissionsBySiteAndFormResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListFormSubmissionsBySiteAndFormResult(value: unknown): ValidationResult<ListFormSubmissionsBySiteAndFormResult>;
/**
 * Checks the 200 response body of `client.forms.list` (List Forms).
 * @returns `{ ok: true, value }` typed as {@link ListFormsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListFormsResult(value: unknown): ValidationResult<ListFormsResult>;
/**
 * Checks the 200 response body of `client.googleTags.list` (List Google Tags).
 * @returns `{ ok: true, value }` typed as {@link ListGoogleTagsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListGoogleTagsResult(value: unknown): ValidationResult<ListGoogleTagsResult>;
/**
 * Checks the 200 response body of `client.items.listLive` (List Live Collection Items).
 * @returns `{ ok: true, value }` typed as {@link ListLiveCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListLiveCollectionItemsResult(value: unknown): ValidationResult<ListLiveCollectionItemsResult>;
/**
 * Checks the 200 response body of `client.orders.list` (List Orders).
 * @returns `{ ok: true, value }` typed as {@link ListOrdersResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListOrdersResult(value: unknown): ValidationResult<ListOrdersResult>;
/**
 * Checks the 200 response body of `client.pages.list` (List Pages).
 * @returns `{ ok: true, value }` typed as {@link ListPagesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListPagesResult(value: unknown): ValidationResult<ListPagesResult>;
/**
 * Checks the 200 response body of `client.products.list` (List Products & SKUs).
 * @returns `{ ok: true, value }` typed as {@link ListProductsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListProductsResult(value: unknown): ValidationResult<ListProductsResult>;
/**
 * Checks the 200 response body of `client.redirects.list` (Get 301 redirects).
 * @returns `{ ok: true, value }` typed as {@link ListRedirectsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListRedirectsResult(value: unknown): ValidationResult<ListRedirectsResult>;
/**
 * Checks the 200 response body of `client.scripts.list` (Get Registered Scripts).
 * @returns `{ ok: true, value }` typed as {@link ListRegisteredScriptsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListRegisteredScriptsResult(value: unknown): ValidationResult<ListRegisteredScriptsResult>;
/**
 * Checks the 200 response body of `client.sites.listActivityLogs` (Get Site Activity Logs).
 * @returns `{ ok: true, value }` typed as {@link ListSiteActivityLogsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListSiteActivityLogsResult(value: unknown): ValidationResult<ListSiteActivityLogsResult>;
/**
 * Checks the 200 response body of `client.sites.list` (List Sites).
 * @returns `{ ok: true, value }` typed as {@link ListSitesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListSitesResult(value: unknown): ValidationResult<ListSitesResult>;
/**
 * Checks the 200 response body of `client.webhooks.list` (List Webhooks).
 * @returns `{ ok: true, value }` typed as {@link ListWebhooksResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListWebhooksResult(value: unknown): ValidationResult<ListWebhooksResult>;
/**
 * Checks the 200 response body of `client.workspaces.listAuditLogs` (Get Workspace Audit Logs).
 * @returns `{ ok: true, value }` typed as {@link ListWorkspaceAuditLogsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateListWorkspaceAuditLogsResult(value: unknown): ValidationResult<ListWorkspaceAuditLogsResult>;
/**
 * Checks the 202 response body of `client.items.publish` (Publish Collection Item).
 * @returns `{ ok: true, value }` typed as {@link PublishCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishCollectionItemsResult(value: unknown): ValidationResult<PublishCollectionItemsResult>;
/**
 * Checks the 202 response body of `client.sites.publish` (Publish Site).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishSiteResult(value: unknown): ValidationResult<PublishSiteResult>;
/**
 * Checks the 200 response body of `client.orders.refund` (Refund Order).
 * @returns `{ ok: true, value }` typed as {@link RefundOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRefundOrderResult(value: unknown): ValidationResult<RefundOrderResult>;
/**
 * Checks the 201 response body of `client.scripts.registerHosted` (Register Script - Hosted).
 * @returns `{ ok: true, value }` typed as {@link RegisterHostedScriptResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRegisterHostedScriptResult(value: unknown): ValidationResult<RegisterHostedScriptResult>;
/**
 * Checks the 201 response body of `client.scripts.registerInline` (Register Script - Inline).
 * @returns `{ ok: true, value }` typed as {@link RegisterInlineScriptResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRegisterInlineScriptResult(value: unknown): ValidationResult<RegisterInlineScriptResult>;
/**
 * Checks the 202 response body of `client.customFonts.replaceFile` (Replace Custom Font File).
 * @returns `{ ok: true, value }` typed as {@link ReplaceCustomFontFileResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateReplaceCustomFontFileResult(value: unknown): ValidationResult<ReplaceCustomFontFileResult>;
/**
 * Checks the 200 response body of `client.robotsTxt.replace` (Replace robots.txt).
 * @returns `{ ok: true, value }` typed as {@link ReplaceRobotsTxtResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateReplaceRobotsTxtResult(value: unknown): ValidationResult<ReplaceRobotsTxtResult>;
/**
 * Checks the 200 response body of `client.orders.unfulfill` (Unfulfill Order).
 * @returns `{ ok: true, value }` typed as {@link UnfulfillOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUnfulfillOrderResult(value: unknown): ValidationResult<UnfulfillOrderResult>;
/**
 * Checks the 200 response body of `client.assets.update` (Update Asset).
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateAssetResult(value: unknown): ValidationResult<UpdateAssetResult>;
/**
 * Checks the 200 response body of `client.fields.update` (Update Collection Field).
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionFieldResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCollectionFieldResult(value: unknown): ValidationResult<UpdateCollectionFieldResult>;
/**
 * Checks the 200 response body of `client.items.update` (Update Collection Item).
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCollectionItemResult(value: unknown): ValidationResult<UpdateCollectionItemResult>;
/**
 * Checks the 200 response body of `client.items.updateMany` (Update Collection Items).
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCollectionItemsResult(value: unknown): ValidationResult<UpdateCollectionItemsResult>;
/**
 * Checks the 200 response body of `client.components.updateContent` (Update Component Content).
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentContentResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateComponentContentResult(value: unknown): ValidationResult<UpdateComponentContentResult>;
/**
 * Checks the 200 response body of `client.components.updateProperties` (Update Component Properties).
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateComponentPropertiesResult(value: unknown): ValidationResult<UpdateComponentPropertiesResult>;
/**
 * Checks the 200 response body of `client.customFonts.update` (Update Custom Font).
 * @returns `{ ok: true, value }` typed as {@link UpdateCustomFontResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCustomFontResult(value: unknown): ValidationResult<UpdateCustomFontResult>;
/**
 * Checks the 200 response body of `client.formSubmissions.update` (Modify Form Submission).
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateFormSubmissionResult(value: unknown): ValidationResult<UpdateFormSubmissionResult>;
/**
 * Checks the 200 response body of `client.formSubmissions.updateBySite` (Modify Form Submission by Site).
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionBySiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateFormSubmissionBySiteResult(value: unknown): ValidationResult<UpdateFormSubmissionBySiteResult>;
/**
 * Checks the 200 response body of `client.googleTags.update` (Update Google Tag).
 * @returns `{ ok: true, value }` typed as {@link UpdateGoogleTagsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateGoogleTagsResult(value: unknown): ValidationResult<UpdateGoogleTagsResult>;
/**
 * Checks the 200 response body of `client.inventory.update` (Update Item Inventory).
 * @returns `{ ok: true, value }` typed as {@link UpdateInventoryResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateInventoryResult(value: unknown): ValidationResult<UpdateInventoryResult>;
/**
 * Checks the 200 response body of `client.items.updateLive` (Update Live Collection Item).
 * @returns `{ ok: true, value }` typed as {@link UpdateLiveCollectionItemResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateLiveCollectionItemResult(value: unknown): ValidationResult<UpdateLiveCollectionItemResult>;
/**
 * Checks the 200 response body of `client.items.updateManyLive` (Update Live Collection Items).
 * @returns `{ ok: true, value }` typed as {@link UpdateLiveCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateLiveCollectionItemsResult(value: unknown): ValidationResult<UpdateLiveCollectionItemsResult>;
/**
 * Checks the 200 response body of `client.orders.update` (Update Order).
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateOrderResult(value: unknown): ValidationResult<UpdateOrderResult>;
/**
 * Checks the 200 response body of `client.pages.updateContent` (Update Page Content).
 * @returns `{ ok: true, value }` typed as {@link UpdatePageContentResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdatePageContentResult(value: unknown): ValidationResult<UpdatePageContentResult>;
/**
 * Checks the 200 response body of `client.pages.updateMetadata` (Update Page Metadata).
 * @returns `{ ok: true, value }` typed as {@link UpdatePageMetadataResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdatePageMetadataResult(value: unknown): ValidationResult<UpdatePageMetadataResult>;
/**
 * Checks the 200 response body of `client.products.update` (Update Product).
 * @returns `{ ok: true, value }` typed as {@link UpdateProductResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateProductResult(value: unknown): ValidationResult<UpdateProductResult>;
/**
 * Checks the 200 response body of `client.redirects.update` (Update 301 redirect).
 * @returns `{ ok: true, value }` typed as {@link UpdateRedirectResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateRedirectResult(value: unknown): ValidationResult<UpdateRedirectResult>;
/**
 * Checks the 200 response body of `client.robotsTxt.update` (Update robots.txt).
 * @returns `{ ok: true, value }` typed as {@link UpdateRobotsTxtResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateRobotsTxtResult(value: unknown): ValidationResult<UpdateRobotsTxtResult>;
/**
 * Checks the 200 response body of `client.sites.update` (Update Site).
 * @returns `{ ok: true, value }` typed as {@link UpdateSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateSiteResult(value: unknown): ValidationResult<UpdateSiteResult>;
/**
 * Checks the 200 response body of `client.products.updateSku` (Update SKU).
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateSkuResult(value: unknown): ValidationResult<UpdateSkuResult>;
/**
 * Checks the 200 response body of `client.assets.upload` (Upload Asset).
 * @returns `{ ok: true, value }` typed as {@link UploadAssetResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUploadAssetResult(value: unknown): ValidationResult<UploadAssetResult>;
/**
 * Checks the 200 response body of `client.customCode.upsertForPage` (Add/Update Page Custom Code).
 * @returns `{ ok: true, value }` typed as {@link UpsertPageCustomCodeResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpsertPageCustomCodeResult(value: unknown): ValidationResult<UpsertPageCustomCodeResult>;
/**
 * Checks the 200 response body of `client.customCode.upsertForSite` (Add/Update Site Custom Code).
 * @returns `{ ok: true, value }` typed as {@link UpsertSiteCustomCodeResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpsertSiteCustomCodeResult(value: unknown): ValidationResult<UpsertSiteCustomCodeResult>;
/**
 * Checks a request body of `client.customFonts.batchDelete` (Batch Delete Custom Fonts); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateBatchDeleteCustomFontsBody(value: unknown): ValidationResult<BatchDeleteCustomFontsBody>;
/**
 * Checks a request body of `client.items.createBulk` (Create Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link BulkCreateCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateBulkCreateCollectionItemsBody(value: unknown): ValidationResult<BulkCreateCollectionItemsBody>;
/**
 * Checks a request body of `client.assetFolders.create` (Create Asset Folder); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateAssetFolderBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateAssetFolderBody(value: unknown): ValidationResult<CreateAssetFolderBody>;
/**
 * Checks a request body of `client.collections.create` (Create Collection); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCollectionBody(value: unknown): ValidationResult<CreateCollectionBody>;
/**
 * Checks a request body of `client.fields.create` (Create Collection Field); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionFieldBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCollectionFieldBody(value: unknown): ValidationResult<CreateCollectionFieldBody>;
/**
 * Checks a request body of `client.items.create` (Create Collection Item(s)); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCollectionItemsBody(value: unknown): ValidationResult<CreateCollectionItemsBody>;
/**
 * Checks a request body of `client.customFonts.create` (Create Custom Font); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateCustomFontBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateCustomFontBody(value: unknown): ValidationResult<CreateCustomFontBody>;
/**
 * Checks a request body of `client.items.createLive` (Create Live Collection Item(s)); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateLiveCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateLiveCollectionItemsBody(value: unknown): ValidationResult<CreateLiveCollectionItemsBody>;
/**
 * Checks a request body of `client.products.create` (Create Product & SKU); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateProductBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateProductBody(value: unknown): ValidationResult<CreateProductBody>;
/**
 * Checks a request body of `client.redirects.create` (Create a 301 redirect); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateRedirectBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateRedirectBody(value: unknown): ValidationResult<CreateRedirectBody>;
/**
 * Checks a request body of `client.sites.create` (Create Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateSiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateSiteBody(value: unknown): ValidationResult<CreateSiteBody>;
/**
 * Checks a request body of `client.products.createSkus` (Create SKUs); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateSkusBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateSkusBody(value: unknown): ValidationResult<CreateSkusBody>;
/**
 * Checks a request body of `client.webhooks.create` (Create Webhook); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateCreateWebhookBody(value: unknown): ValidationResult<CreateWebhookBody>;
/**
 * Checks a request body of `client.items.removeMany` (Delete Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link DeleteCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDeleteCollectionItemsBody(value: unknown): ValidationResult<DeleteCollectionItemsBody>;
/**
 * Checks a request body of `client.robotsTxt.remove` (Delete robots.txt); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link DeleteRobotsTxtBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDeleteRobotsTxtBody(value: unknown): ValidationResult<DeleteRobotsTxtBody>;
/**
 * Checks a request body of `client.wellKnown.remove` (Delete a well-known file); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link DeleteWellKnownFilesBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateDeleteWellKnownFilesBody(value: unknown): ValidationResult<DeleteWellKnownFilesBody>;
/**
 * Checks a request body of `client.orders.fulfill` (Fulfill Order); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateFulfillOrderBody(value: unknown): ValidationResult<FulfillOrderBody>;
/**
 * Checks a request body of `client.items.publish` (Publish Collection Item); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link PublishCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishCollectionItemsBody(value: unknown): ValidationResult<PublishCollectionItemsBody>;
/**
 * Checks a request body of `client.sites.publish` (Publish Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link PublishSiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validatePublishSiteBody(value: unknown): ValidationResult<PublishSiteBody>;
/**
 * Checks a request body of `client.orders.refund` (Refund Order); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link RefundOrderBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRefundOrderBody(value: unknown): ValidationResult<RefundOrderBody>;
/**
 * Checks a request body of `client.scripts.registerHosted` (Register Script - Hosted); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link RegisterHostedScriptBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRegisterHostedScriptBody(value: unknown): ValidationResult<RegisterHostedScriptBody>;
/**
 * Checks a request body of `client.scripts.registerInline` (Register Script - Inline); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link RegisterInlineScriptBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateRegisterInlineScriptBody(value: unknown): ValidationResult<RegisterInlineScriptBody>;
/**
 * Checks a request body of `client.customFonts.replaceFile` (Replace Custom Font File); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link ReplaceCustomFontFileBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateReplaceCustomFontFileBody(value: unknown): ValidationResult<ReplaceCustomFontFileBody>;
/**
 * Checks a request body of `client.robotsTxt.replace` (Replace robots.txt); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link ReplaceRobotsTxtBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateReplaceRobotsTxtBody(value: unknown): ValidationResult<ReplaceRobotsTxtBody>;
/**
 * Checks a request body of `client.wellKnown.set` (Set a well-known file); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link SetWellKnownFileBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateSetWellKnownFileBody(value: unknown): ValidationResult<SetWellKnownFileBody>;
/**
 * Checks a request body of `client.items.unpublishMany` (Unpublish Live Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UnpublishLiveCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUnpublishLiveCollectionItemsBody(value: unknown): ValidationResult<UnpublishLiveCollectionItemsBody>;
/**
 * Checks a request body of `client.assets.update` (Update Asset); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateAssetBody(value: unknown): ValidationResult<UpdateAssetBody>;
/**
 * Checks a request body of `client.fields.update` (Update Collection Field); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionFieldBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCollectionFieldBody(value: unknown): ValidationResult<UpdateCollectionFieldBody>;
/**
 * Checks a request body of `client.items.update` (Update Collection Item); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCollectionItemBody(value: unknown): ValidationResult<UpdateCollectionItemBody>;
/**
 * Checks a request body of `client.items.updateMany` (Update Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCollectionItemsBody(value: unknown): ValidationResult<UpdateCollectionItemsBody>;
/**
 * Checks a request body of `client.components.updateContent` (Update Component Content); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentContentBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateComponentContentBody(value: unknown): ValidationResult<UpdateComponentContentBody>;
/**
 * Checks a request body of `client.components.updateProperties` (Update Component Properties); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateComponentPropertiesBody(value: unknown): ValidationResult<UpdateComponentPropertiesBody>;
/**
 * Checks a request body of `client.customFonts.update` (Update Custom Font); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateCustomFontBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateCustomFontBody(value: unknown): ValidationResult<UpdateCustomFontBody>;
/**
 * Checks a request body of `client.formSubmissions.update` (Modify Form Submission); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateFormSubmissionBody(value: unknown): ValidationResult<UpdateFormSubmissionBody>;
/**
 * Checks a request body of `client.formSubmissions.updateBySite` (Modify Form Submission by Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionBySiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateFormSubmissionBySiteBody(value: unknown): ValidationResult<UpdateFormSubmissionBySiteBody>;
/**
 * Checks a request body of `client.googleTags.update` (Update Google Tag); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateGoogleTagsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateGoogleTagsBody(value: unknown): ValidationResult<UpdateGoogleTagsBody>;
/**
 * Checks a request body of `client.inventory.update` (Update Item Inventory); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateInventoryBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateInventoryBody(value: unknown): ValidationResult<UpdateInventoryBody>;
/**
 * Checks a request body of `client.items.updateLive` (Update Live Collection Item); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateLiveCollectionItemBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateLiveCollectionItemBody(value: unknown): ValidationResult<UpdateLiveCollectionItemBody>;
/**
 * Checks a request body of `client.items.updateManyLive` (Update Live Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateLiveCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateLiveCollectionItemsBody(value: unknown): ValidationResult<UpdateLiveCollectionItemsBody>;
/**
 * Checks a request body of `client.orders.update` (Update Order); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateOrderBody(value: unknown): ValidationResult<UpdateOrderBody>;
/**
 * Checks a request body of `client.pages.updateContent` (Update Page Content); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdatePageContentBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdatePageContentBody(value: unknown): ValidationResult<UpdatePageContentBody>;
/**
 * Checks a request body of `client.pages.updateMetadata` (Update Page Metadata); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdatePageMetadataBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdatePageMetadataBody(value: unknown): ValidationResult<UpdatePageMetadataBody>;
/**
 * Checks a request body of `client.products.update` (Update Product); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateProductBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateProductBody(value: unknown): ValidationResult<UpdateProductBody>;
/**
 * Checks a request body of `client.redirects.update` (Update 301 redirect); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateRedirectBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateRedirectBody(value: unknown): ValidationResult<UpdateRedirectBody>;
/**
 * Checks a request body of `client.robotsTxt.update` (Update robots.txt); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateRobotsTxtBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateRobotsTxtBody(value: unknown): ValidationResult<UpdateRobotsTxtBody>;
/**
 * Checks a request body of `client.sites.update` (Update Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateSiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateSiteBody(value: unknown): ValidationResult<UpdateSiteBody>;
/**
 * Checks a request body of `client.products.updateSku` (Update SKU); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpdateSkuBody(value: unknown): ValidationResult<UpdateSkuBody>;
/**
 * Checks a request body of `client.assets.upload` (Upload Asset); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UploadAssetBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUploadAssetBody(value: unknown): ValidationResult<UploadAssetBody>;
/**
 * Checks a request body of `client.customCode.upsertForPage` (Add/Update Page Custom Code); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpsertPageCustomCodeBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpsertPageCustomCodeBody(value: unknown): ValidationResult<UpsertPageCustomCodeBody>;
/**
 * Checks a request body of `client.customCode.upsertForSite` (Add/Update Site Custom Code); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpsertSiteCustomCodeBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export declare function validateUpsertSiteCustomCodeBody(value: unknown): ValidationResult<UpsertSiteCustomCodeBody>;
