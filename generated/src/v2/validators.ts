/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import {
  fail,
  hasOwn,
  isDateTime,
  isEmail,
  isPlainObject,
  isUri,
  issue,
  ok,
  pointerJoin,
  type ValidationIssue,
  type ValidationResult,
} from "../runtime/validation.js";
import type {
  Application,
  AppliedScript,
  Asset,
  AssetFolder,
  AssetFolderList,
  AssetList,
  AssetUpload,
  AssetUploadDetails,
  AssetVariant,
  AuditLogEvent,
  AuditLogList,
  AuditLogUser,
  AuditLogUserType,
  Authorization,
  AuthorizedUser,
  BatchDeleteCustomFontsBody,
  BatchDeleteCustomFontsRequest,
  BatchDeleteCustomFontsResponse,
  BatchDeleteCustomFontsResult,
  BulkCollectionItem,
  BulkCreateCollectionItemsBody,
  BulkCreateCollectionItemsRequest,
  BulkCreateCollectionItemsResult,
  Collection,
  CollectionItem,
  CollectionItemBatch,
  CollectionItemChangedEvent,
  CollectionItemCreatedEvent,
  CollectionItemDeletedEvent,
  CollectionItemEventPayload,
  CollectionItemList,
  CollectionItemOrBatch,
  CollectionItemPublishedEvent,
  CollectionItemRef,
  CollectionItemRefList,
  CollectionItemSavedEventPayload,
  CollectionItemUnpublishedEvent,
  CollectionItemUpdate,
  CollectionItemUpdateWithId,
  CollectionList,
  CollectionSummary,
  CommentCreatedEvent,
  CommentCreatedEventPayload,
  CommentReply,
  CommentReplyList,
  CommentReplyUser,
  CommentThread,
  CommentThreadList,
  CommentThreadUser,
  Component,
  ComponentContent,
  ComponentInstanceNode,
  ComponentInstanceNodeUpdate,
  ComponentList,
  ComponentProperty,
  ComponentPropertyList,
  ComponentPropertyUpdate,
  ContentUpdateResponse,
  CreateAssetFolderBody,
  CreateAssetFolderRequest,
  CreateAssetFolderResult,
  CreateCollectionBody,
  CreateCollectionFieldBody,
  CreateCollectionFieldResult,
  CreateCollectionItemsBody,
  CreateCollectionItemsRequest,
  CreateCollectionItemsResult,
  CreateCollectionRequest,
  CreateCollectionResult,
  CreateCustomFontBody,
  CreateCustomFontRequest,
  CreateCustomFontResult,
  CreateFieldRequest,
  CreateLiveCollectionItemsBody,
  CreateLiveCollectionItemsResult,
  CreateOptionFieldRequest,
  CreateProductBody,
  CreateProductRequest,
  CreateProductResult,
  CreateRedirectBody,
  CreateRedirectRequest,
  CreateRedirectResult,
  CreateReferenceFieldRequest,
  CreateSiteBody,
  CreateSiteRequest,
  CreateSiteResult,
  CreateSkusBody,
  CreateSkusRequest,
  CreateSkusResult,
  CreateStaticFieldRequest,
  CreateWebhookBody,
  CreateWebhookRequest,
  CreateWebhookResult,
  CreatedField,
  CustomCode,
  CustomCodeBlock,
  CustomCodeBlockList,
  CustomDomainList,
  CustomFont,
  CustomFontAxis,
  CustomFontDeleteFailure,
  CustomFontDisplay,
  CustomFontList,
  CustomFontReference,
  CustomFontResponse,
  CustomFontUpload,
  CustomFontUploadFields,
  CustomFontUploadResponse,
  CustomRoleAuditEvent,
  DateTime,
  DeleteCollectionItemsBody,
  DeleteGoogleTagResult,
  DeleteRedirectResult,
  DeleteRobotsTxtBody,
  DeleteRobotsTxtResult,
  DeleteWellKnownFilesBody,
  DeleteWellKnownFilesRequest,
  DomNode,
  DomNodeUpdate,
  DomText,
  DomUpdateRequest,
  Domain,
  EcommInventoryChangedEvent,
  EcommNewOrderEvent,
  EcommOrderChangedEvent,
  EcommerceSettings,
  ErrorCode,
  ErrorDetail,
  ErrorSchema,
  Field,
  FieldType,
  Form,
  FormList,
  FormResponseSettings,
  FormSubmission,
  FormSubmissionEvent,
  FormSubmissionEventField,
  FormSubmissionEventPayload,
  FormSubmissionList,
  FulfillOrderBody,
  FulfillOrderRequest,
  FulfillOrderResult,
  GetAssetFolderResult,
  GetAssetResult,
  GetAuthorizedUserResult,
  GetCollectionItemResult,
  GetCollectionResult,
  GetCommentThreadResult,
  GetComponentContentResult,
  GetComponentPropertiesResult,
  GetCustomDomainsResult,
  GetCustomFontResult,
  GetEcommerceSettingsResult,
  GetFormResult,
  GetFormSubmissionBySiteResult,
  GetFormSubmissionResult,
  GetInventoryResult,
  GetLiveCollectionItemResult,
  GetOrderResult,
  GetPageContentResult,
  GetPageCustomCodeResult,
  GetPageMetadataResult,
  GetProductResult,
  GetRobotsTxtResult,
  GetSiteCustomCodeResult,
  GetSitePlanResult,
  GetSiteResult,
  GetWebhookResult,
  GoogleTag,
  GoogleTagList,
  HtmlAttributes,
  ImageNode,
  IntrospectTokenResult,
  Introspection,
  Inventory,
  InventoryType,
  ItemFieldData,
  ItemFieldDataPartial,
  ListAssetFoldersResult,
  ListAssetsResult,
  ListCollectionItemsResult,
  ListCollectionsResult,
  ListCommentRepliesResult,
  ListCommentThreadsResult,
  ListComponentsResult,
  ListCustomCodeBlocksResult,
  ListCustomFontsResult,
  ListFormSubmissionsBySiteAndFormResult,
  ListFormSubmissionsBySiteResult,
  ListFormSubmissionsResult,
  ListFormsResult,
  ListGoogleTagsResult,
  ListLiveCollectionItemsResult,
  ListOrdersResult,
  ListPagesResult,
  ListProductsResult,
  ListRedirectsResult,
  ListRegisteredScriptsResult,
  ListSiteActivityLogsResult,
  ListSitesResult,
  ListWebhooksResult,
  ListWorkspaceAuditLogsResult,
  Locale,
  NewCollectionItem,
  NewCollectionItemList,
  ObjectId,
  Order,
  OrderAddress,
  OrderCustomerInfo,
  OrderList,
  OrderPaypalDetails,
  OrderPrice,
  OrderPurchasedItem,
  OrderStatus,
  OrderStripeCard,
  OrderStripeDetails,
  OrderTotals,
  PageContent,
  PageCreatedEvent,
  PageDeletedEvent,
  PageEventPayload,
  PageList,
  PageMetadata,
  PageMetadataUpdatedEvent,
  PageOpenGraph,
  PageSeo,
  Pagination,
  Product,
  ProductAndSkus,
  ProductAndSkusList,
  ProductFieldData,
  ProductFieldDataInput,
  ProductInput,
  ProductType,
  PublishCollectionItemsBody,
  PublishCollectionItemsResult,
  PublishItemsRequest,
  PublishItemsResponse,
  PublishSiteBody,
  PublishSiteRequest,
  PublishSiteResponse,
  PublishSiteResult,
  PublishStatus,
  Redirect,
  RedirectList,
  RefundOrderBody,
  RefundOrderRequest,
  RefundOrderResult,
  RegisterHostedScriptBody,
  RegisterHostedScriptRequest,
  RegisterHostedScriptResult,
  RegisterInlineScriptBody,
  RegisterInlineScriptRequest,
  RegisterInlineScriptResult,
  RegisteredScript,
  RegisteredScriptList,
  ReplaceCustomFontFileBody,
  ReplaceCustomFontFileRequest,
  ReplaceCustomFontFileResult,
  ReplaceRobotsTxtBody,
  ReplaceRobotsTxtResult,
  RobotsTxt,
  RobotsTxtRule,
  SearchButtonNode,
  SearchButtonNodeUpdate,
  SelectChoice,
  SelectNode,
  SelectNodeUpdate,
  SetWellKnownFileBody,
  SetWellKnownFileRequest,
  Site,
  SiteActivityLogEntry,
  SiteActivityLogList,
  SiteList,
  SiteMembershipAuditEvent,
  SitePlan,
  SitePublishEvent,
  Sku,
  SkuBillingMethod,
  SkuFieldData,
  SkuFieldDataInput,
  SkuInput,
  SkuList,
  SkuPrice,
  SkuProperty,
  SkuSubscriptionPlan,
  SubmitButtonNode,
  SubmitButtonNodeUpdate,
  TaxCategory,
  TextInputNode,
  TextInputNodeUpdate,
  TextNode,
  TextNodeUpdate,
  TriggerType,
  UnfulfillOrderResult,
  UnknownAuditEvent,
  UnknownDomNode,
  UnpublishLiveCollectionItemsBody,
  UpdateAssetBody,
  UpdateAssetRequest,
  UpdateAssetResult,
  UpdateCollectionFieldBody,
  UpdateCollectionFieldResult,
  UpdateCollectionItemBody,
  UpdateCollectionItemResult,
  UpdateCollectionItemsBody,
  UpdateCollectionItemsRequest,
  UpdateCollectionItemsResult,
  UpdateComponentContentBody,
  UpdateComponentContentResult,
  UpdateComponentPropertiesBody,
  UpdateComponentPropertiesRequest,
  UpdateComponentPropertiesResult,
  UpdateCustomFontBody,
  UpdateCustomFontRequest,
  UpdateCustomFontResult,
  UpdateFieldRequest,
  UpdateFormSubmissionBody,
  UpdateFormSubmissionBySiteBody,
  UpdateFormSubmissionBySiteResult,
  UpdateFormSubmissionRequest,
  UpdateFormSubmissionResult,
  UpdateGoogleTagsBody,
  UpdateGoogleTagsResult,
  UpdateInventoryBody,
  UpdateInventoryRequest,
  UpdateInventoryResult,
  UpdateLiveCollectionItemBody,
  UpdateLiveCollectionItemResult,
  UpdateLiveCollectionItemsBody,
  UpdateLiveCollectionItemsResult,
  UpdateOrderBody,
  UpdateOrderRequest,
  UpdateOrderResult,
  UpdatePageContentBody,
  UpdatePageContentResult,
  UpdatePageMetadataBody,
  UpdatePageMetadataResult,
  UpdatePageRequest,
  UpdateProductBody,
  UpdateProductRequest,
  UpdateProductResult,
  UpdateRedirectBody,
  UpdateRedirectRequest,
  UpdateRedirectResult,
  UpdateRobotsTxtBody,
  UpdateRobotsTxtResult,
  UpdateSiteBody,
  UpdateSiteRequest,
  UpdateSiteResult,
  UpdateSkuBody,
  UpdateSkuRequest,
  UpdateSkuResult,
  UploadAssetBody,
  UploadAssetRequest,
  UploadAssetResult,
  UpsertPageCustomCodeBody,
  UpsertPageCustomCodeResult,
  UpsertSiteCustomCodeBody,
  UpsertSiteCustomCodeResult,
  UserAccessAuditEvent,
  Webhook,
  WebhookFilter,
  WebhookList,
  WorkspaceInvitationAuditEvent,
  WorkspaceMembershipAuditEvent,
  WorkspaceSettingAuditEvent,
} from "./types.js";

const PATTERN_1 = new RegExp("^[0-9a-f]{24}$", "u");

const KNOWN_2 = new Set<string>(["nodeId", "propertyOverrides"]);

const ALLOWED_3 = new Set<unknown>([
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
  "VideoLink",
]);

const ALLOWED_4 = new Set<unknown>([
  "bad_request",
  "validation_error",
  "not_authorized",
  "forbidden",
  "missing_scopes",
  "resource_not_found",
  "conflict",
  "too_many_requests",
  "internal_error",
  "service_unavailable",
  "collection_not_found",
  "duplicate_collection",
  "duplicate_user_email",
  "ecommerce_not_enabled",
  "forms_require_republish",
  "incompatible_webhook_filter",
  "invalid_auth_version",
  "invalid_credentials",
  "invalid_domain",
  "invalid_user_email",
  "item_not_found",
  "no_domains",
  "not_enterprise_plan_site",
  "not_enterprise_plan_workspace",
  "order_not_found",
  "unsupported_version",
  "unsupported_webhook_trigger_type",
  "user_limit_reached",
  "user_not_found",
  "users_not_enabled",
]);

const ALLOWED_5 = new Set<unknown>([
  "Color",
  "DateTime",
  "Email",
  "ExtFileRef",
  "File",
  "Image",
  "Link",
  "MultiImage",
  "MultiReference",
  "Number",
  "Option",
  "Phone",
  "PlainText",
  "Reference",
  "RichText",
  "Switch",
  "VideoLink",
]);

const ALLOWED_6 = new Set<unknown>([
  "warning_needs_response",
  "warning_under_review",
  "warning_closed",
  "needs_response",
  "under_review",
  "charge_refunded",
  "won",
  "lost",
]);

const ALLOWED_7 = new Set<unknown>([
  "Visa",
  "American Express",
  "MasterCard",
  "Discover",
  "JCB",
  "Diners Club",
  "Unknown",
]);

const KNOWN_8 = new Set<string>(["nodeId", "value"]);

const KNOWN_9 = new Set<string>(["nodeId", "choices"]);

const ALLOWED_10 = new Set<unknown>([
  "styles_modified",
  "site_published",
  "ix2_modified_on_page",
  "page_dom_modified",
  "cms_item",
  "backup_created",
  "page_custom_code_modified",
  "symbols_modified",
  "variable_modified",
  "variables_modified",
  "cms_collection",
  "page_settings_modified",
  "page_settings_custom_code_modified",
  "ix2_modified_on_component",
  "ix2_modified_on_class",
  "site_custom_code_modified",
  "page_duplicated",
  "secondary_locale_page_content_modified",
  "page_renamed",
  "page_created",
  "page_deleted",
  "site_unpublished",
  "backup_restored",
  "locale_added",
  "branch_created",
  "locale_display_name_updated",
  "locale_subdirectory_updated",
  "branch_merged",
  "locale_tag_updated",
  "branch_deleted",
  "locale_enabled",
  "locale_removed",
  "locale_disabled",
  "library_shared",
  "library_unshared",
  "library_installed",
  "library_uninstalled",
  "library_update_shared",
  "library_update_accepted",
  "branch_review_created",
  "branch_review_approved",
  "branch_review_canceled",
]);

const ALLOWED_11 = new Set<unknown>([
  "CREATED",
  "MODIFIED",
  "PUBLISHED",
  "UNPUBLISHED",
  "DELETED",
  "GROUP_REORDERED",
  "GROUP_CREATED",
  "GROUP_DELETED",
  "REORDERED",
]);

const ALLOWED_12 = new Set<unknown>([
  "hosting-basic-v3",
  "hosting-cms-v3",
  "hosting-business-v3",
  "hosting-ecommerce-standard-v2",
  "hosting-ecommerce-plus-v2",
  "hosting-ecommerce-advanced-v2",
  "hosting-basic-v4",
  "hosting-cms-v4",
  "hosting-business-v4",
  "hosting-ecommerce-standard-v3",
  "hosting-ecommerce-plus-v3",
  "hosting-ecommerce-advanced-v3",
]);

const KNOWN_13 = new Set<string>(["nodeId", "value", "waitingText"]);

const ALLOWED_14 = new Set<unknown>([
  "standard-taxable",
  "standard-exempt",
  "books-religious",
  "books-textbook",
  "clothing",
  "clothing-swimwear",
  "digital-goods",
  "digital-service",
  "drugs-non-prescription",
  "drugs-prescription",
  "food-bottled-water",
  "food-candy",
  "food-groceries",
  "food-prepared",
  "food-soda",
  "food-supplements",
  "magazine-individual",
  "magazine-subscription",
  "service-admission",
  "service-advertising",
  "service-dry-cleaning",
  "service-hairdressing",
  "service-installation",
  "service-miscellaneous",
  "service-parking",
  "service-printing",
  "service-professional",
  "service-repair",
  "service-training",
]);

const KNOWN_15 = new Set<string>(["nodeId", "placeholder"]);

const KNOWN_16 = new Set<string>(["nodeId", "text"]);

const ALLOWED_17 = new Set<unknown>([
  "form_submission",
  "site_publish",
  "page_created",
  "page_metadata_updated",
  "page_deleted",
  "ecomm_new_order",
  "ecomm_order_changed",
  "ecomm_inventory_changed",
  "collection_item_created",
  "collection_item_changed",
  "collection_item_deleted",
  "collection_item_published",
  "collection_item_unpublished",
  "comment_created",
]);

const PATTERN_18 = new RegExp(
  "^(?!(user_access|custom_role|workspace_membership|site_membership|workspace_invitation|workspace_setting)$)",
  "u",
);

const PATTERN_19 = new RegExp(
  "^(?!(?:text|image|component-instance|text-input|select|submit-button|search-button)$)",
  "u",
);

/**
 * Appends to `issues` every way `value` is not a Application.
 */
function checkApplication(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "description")) {
      const v2: unknown = value.description;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "description"), "string", v2));
      }
    }
    if (hasOwn(value, "homepage")) {
      const v3: unknown = value.homepage;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "homepage"), "string", v3));
      } else {
        if (!isUri(v3)) {
          issues.push(issue(pointerJoin(path, "homepage"), "uri string", v3));
        }
      }
    }
    if (hasOwn(value, "displayName")) {
      const v4: unknown = value.displayName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v4));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Application}.
 *
 * The Data Client app the token was issued to (present only for OAuth tokens).
 * @returns `{ ok: true, value }` typed as {@link Application}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateApplication(value: unknown): ValidationResult<Application> {
  const issues: ValidationIssue[] = [];
  checkApplication(value, "", issues);
  return issues.length === 0 ? ok(value as Application) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AppliedScript.
 */
function checkAppliedScript(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "location")) {
      const v2: unknown = value.location;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "location"), "string", v2));
      } else {
        if (v2 !== "header" && v2 !== "footer") {
          issues.push(issue(pointerJoin(path, "location"), 'one of "header", "footer"', v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "location"), "required property", undefined));
    }
    if (hasOwn(value, "version")) {
      const v3: unknown = value.version;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "version"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "version"), "required property", undefined));
    }
    if (hasOwn(value, "attributes")) {
      const v4: unknown = value.attributes;
      checkHtmlAttributes(v4, pointerJoin(path, "attributes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link AppliedScript}.
 *
 * A registered script applied as custom code to a site or a page: which script, which of its versions, where in the page it goes and with which attributes.
 * @returns `{ ok: true, value }` typed as {@link AppliedScript}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAppliedScript(value: unknown): ValidationResult<AppliedScript> {
  const issues: ValidationIssue[] = [];
  checkAppliedScript(value, "", issues);
  return issues.length === 0 ? ok(value as AppliedScript) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Asset.
 */
function checkAsset(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      checkObjectId(v1, pointerJoin(path, "id"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "contentType")) {
      const v2: unknown = value.contentType;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "contentType"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "contentType"), "required property", undefined));
    }
    if (hasOwn(value, "size")) {
      const v3: unknown = value.size;
      if (typeof v3 !== "number" || !Number.isInteger(v3)) {
        issues.push(issue(pointerJoin(path, "size"), "integer", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "size"), "required property", undefined));
    }
    if (hasOwn(value, "siteId")) {
      const v4: unknown = value.siteId;
      checkObjectId(v4, pointerJoin(path, "siteId"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "siteId"), "required property", undefined));
    }
    if (hasOwn(value, "hostedUrl")) {
      const v5: unknown = value.hostedUrl;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "hostedUrl"), "string", v5));
      } else {
        if (!isUri(v5)) {
          issues.push(issue(pointerJoin(path, "hostedUrl"), "uri string", v5));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "hostedUrl"), "required property", undefined));
    }
    if (hasOwn(value, "originalFileName")) {
      const v6: unknown = value.originalFileName;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "originalFileName"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "originalFileName"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v7: unknown = value.displayName;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "lastUpdated")) {
      const v8: unknown = value.lastUpdated;
      checkDateTime(v8, pointerJoin(path, "lastUpdated"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "lastUpdated"), "required property", undefined));
    }
    if (hasOwn(value, "createdOn")) {
      const v9: unknown = value.createdOn;
      checkDateTime(v9, pointerJoin(path, "createdOn"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "variants")) {
      const v10: unknown = value.variants;
      if (!Array.isArray(v10)) {
        issues.push(issue(pointerJoin(path, "variants"), "array", v10));
      } else {
        for (let i11 = 0; i11 < v10.length; i11++) {
          const item12: unknown = v10[i11];
          checkAssetVariant(item12, pointerJoin(pointerJoin(path, "variants"), i11), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "variants"), "required property", undefined));
    }
    if (hasOwn(value, "altText")) {
      const v13: unknown = value.altText;
      if (v13 !== null) {
        if (typeof v13 !== "string") {
          issues.push(issue(pointerJoin(path, "altText"), "string", v13));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "altText"), "required property", undefined));
    }
    if (hasOwn(value, "folderId")) {
      const v14: unknown = value.folderId;
      checkFolderIdShape(v14, pointerJoin(path, "folderId"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link Asset}.
 *
 * An asset (image or file) uploaded to a site.
 * @returns `{ ok: true, value }` typed as {@link Asset}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAsset(value: unknown): ValidationResult<Asset> {
  const issues: ValidationIssue[] = [];
  checkAsset(value, "", issues);
  return issues.length === 0 ? ok(value as Asset) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AssetFolder.
 */
function checkAssetFolder(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      checkObjectId(v1, pointerJoin(path, "id"), issues);
    }
    if (hasOwn(value, "displayName")) {
      const v2: unknown = value.displayName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v2));
      }
    }
    if (hasOwn(value, "parentFolder")) {
      const v3: unknown = value.parentFolder;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "parentFolder"), "string", v3));
        }
      }
    }
    if (hasOwn(value, "assets")) {
      const v4: unknown = value.assets;
      if (!Array.isArray(v4)) {
        issues.push(issue(pointerJoin(path, "assets"), "array", v4));
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const item6: unknown = v4[i5];
          checkObjectId(item6, pointerJoin(pointerJoin(path, "assets"), i5), issues);
        }
      }
    }
    if (hasOwn(value, "siteId")) {
      const v7: unknown = value.siteId;
      checkObjectId(v7, pointerJoin(path, "siteId"), issues);
    }
    if (hasOwn(value, "createdOn")) {
      const v8: unknown = value.createdOn;
      checkDateTime(v8, pointerJoin(path, "createdOn"), issues);
    }
    if (hasOwn(value, "lastUpdated")) {
      const v9: unknown = value.lastUpdated;
      checkDateTime(v9, pointerJoin(path, "lastUpdated"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link AssetFolder}.
 *
 * A folder that groups the assets of a site.
 * @returns `{ ok: true, value }` typed as {@link AssetFolder}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAssetFolder(value: unknown): ValidationResult<AssetFolder> {
  const issues: ValidationIssue[] = [];
  checkAssetFolder(value, "", issues);
  return issues.length === 0 ? ok(value as AssetFolder) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AssetFolderList.
 */
function checkAssetFolderList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "assetFolders")) {
      const v1: unknown = value.assetFolders;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "assetFolders"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkAssetFolder(item3, pointerJoin(pointerJoin(path, "assetFolders"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link AssetFolderList}.
 *
 * Response of GET /sites/{site_id}/asset_folders, the asset folders of a site.
 * @returns `{ ok: true, value }` typed as {@link AssetFolderList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAssetFolderList(value: unknown): ValidationResult<AssetFolderList> {
  const issues: ValidationIssue[] = [];
  checkAssetFolderList(value, "", issues);
  return issues.length === 0 ? ok(value as AssetFolderList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AssetList.
 */
function checkAssetList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "assets")) {
      const v1: unknown = value.assets;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "assets"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkAsset(item3, pointerJoin(pointerJoin(path, "assets"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "assets"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link AssetList}.
 *
 * Response of GET /sites/{site_id}/assets, one page of assets.
 * @returns `{ ok: true, value }` typed as {@link AssetList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAssetList(value: unknown): ValidationResult<AssetList> {
  const issues: ValidationIssue[] = [];
  checkAssetList(value, "", issues);
  return issues.length === 0 ? ok(value as AssetList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AssetUpload.
 */
function checkAssetUpload(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "uploadDetails")) {
      const v1: unknown = value.uploadDetails;
      checkAssetUploadDetails(v1, pointerJoin(path, "uploadDetails"), issues);
    }
    if (hasOwn(value, "contentType")) {
      const v2: unknown = value.contentType;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "contentType"), "string", v2));
      }
    }
    if (hasOwn(value, "id")) {
      const v3: unknown = value.id;
      checkObjectId(v3, pointerJoin(path, "id"), issues);
    }
    if (hasOwn(value, "parentFolder")) {
      const v4: unknown = value.parentFolder;
      checkFolderIdShape(v4, pointerJoin(path, "parentFolder"), issues);
    }
    if (hasOwn(value, "uploadUrl")) {
      const v5: unknown = value.uploadUrl;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "uploadUrl"), "string", v5));
      } else {
        if (!isUri(v5)) {
          issues.push(issue(pointerJoin(path, "uploadUrl"), "uri string", v5));
        }
      }
    }
    if (hasOwn(value, "assetUrl")) {
      const v6: unknown = value.assetUrl;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "assetUrl"), "string", v6));
      } else {
        if (!isUri(v6)) {
          issues.push(issue(pointerJoin(path, "assetUrl"), "uri string", v6));
        }
      }
    }
    if (hasOwn(value, "hostedUrl")) {
      const v7: unknown = value.hostedUrl;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "hostedUrl"), "string", v7));
      } else {
        if (!isUri(v7)) {
          issues.push(issue(pointerJoin(path, "hostedUrl"), "uri string", v7));
        }
      }
    }
    if (hasOwn(value, "originalFileName")) {
      const v8: unknown = value.originalFileName;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "originalFileName"), "string", v8));
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v9: unknown = value.createdOn;
      checkDateTime(v9, pointerJoin(path, "createdOn"), issues);
    }
    if (hasOwn(value, "lastUpdated")) {
      const v10: unknown = value.lastUpdated;
      checkDateTime(v10, pointerJoin(path, "lastUpdated"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link AssetUpload}.
 *
 * Response of POST /sites/{site_id}/assets: the new asset's metadata and the S3 upload target. POST the file as `multipart/form-data` to `uploadUrl`, with every `uploadDetails` field as a form field, to finish the upload.
 * @returns `{ ok: true, value }` typed as {@link AssetUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAssetUpload(value: unknown): ValidationResult<AssetUpload> {
  const issues: ValidationIssue[] = [];
  checkAssetUpload(value, "", issues);
  return issues.length === 0 ? ok(value as AssetUpload) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AssetUploadDetails.
 */
function checkAssetUploadDetails(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "acl")) {
      const v1: unknown = value.acl;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "acl"), "string", v1));
      }
    }
    if (hasOwn(value, "bucket")) {
      const v2: unknown = value.bucket;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "bucket"), "string", v2));
      }
    }
    if (hasOwn(value, "X-Amz-Algorithm")) {
      const v3: unknown = value["X-Amz-Algorithm"];
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Algorithm"), "string", v3));
      }
    }
    if (hasOwn(value, "X-Amz-Credential")) {
      const v4: unknown = value["X-Amz-Credential"];
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Credential"), "string", v4));
      }
    }
    if (hasOwn(value, "X-Amz-Date")) {
      const v5: unknown = value["X-Amz-Date"];
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Date"), "string", v5));
      }
    }
    if (hasOwn(value, "key")) {
      const v6: unknown = value.key;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "key"), "string", v6));
      }
    }
    if (hasOwn(value, "Policy")) {
      const v7: unknown = value.Policy;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "Policy"), "string", v7));
      }
    }
    if (hasOwn(value, "X-Amz-Signature")) {
      const v8: unknown = value["X-Amz-Signature"];
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Signature"), "string", v8));
      }
    }
    if (hasOwn(value, "success_action_status")) {
      const v9: unknown = value.success_action_status;
      if (typeof v9 !== "string") {
        issues.push(issue(pointerJoin(path, "success_action_status"), "string", v9));
      }
    }
    if (hasOwn(value, "content-type")) {
      const v10: unknown = value["content-type"];
      if (typeof v10 !== "string") {
        issues.push(issue(pointerJoin(path, "content-type"), "string", v10));
      }
    }
    if (hasOwn(value, "Cache-Control")) {
      const v11: unknown = value["Cache-Control"];
      if (typeof v11 !== "string") {
        issues.push(issue(pointerJoin(path, "Cache-Control"), "string", v11));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link AssetUploadDetails}.
 *
 * The S3 form fields to send, each as a form field, together with the file when POSTing it to `uploadUrl`. The field names are S3's.
 * @returns `{ ok: true, value }` typed as {@link AssetUploadDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAssetUploadDetails(value: unknown): ValidationResult<AssetUploadDetails> {
  const issues: ValidationIssue[] = [];
  checkAssetUploadDetails(value, "", issues);
  return issues.length === 0 ? ok(value as AssetUploadDetails) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AssetVariant.
 */
function checkAssetVariant(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "hostedUrl")) {
      const v1: unknown = value.hostedUrl;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "hostedUrl"), "string", v1));
      } else {
        if (!isUri(v1)) {
          issues.push(issue(pointerJoin(path, "hostedUrl"), "uri string", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "hostedUrl"), "required property", undefined));
    }
    if (hasOwn(value, "originalFileName")) {
      const v2: unknown = value.originalFileName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "originalFileName"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "originalFileName"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v3: unknown = value.displayName;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "format")) {
      const v4: unknown = value.format;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "format"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "format"), "required property", undefined));
    }
    if (hasOwn(value, "width")) {
      const v5: unknown = value.width;
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        issues.push(issue(pointerJoin(path, "width"), "integer", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "width"), "required property", undefined));
    }
    if (hasOwn(value, "height")) {
      const v6: unknown = value.height;
      if (v6 !== null) {
        if (typeof v6 !== "number" || !Number.isInteger(v6)) {
          issues.push(issue(pointerJoin(path, "height"), "integer", v6));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "height"), "required property", undefined));
    }
    if (hasOwn(value, "quality")) {
      const v7: unknown = value.quality;
      if (typeof v7 !== "number" || !Number.isInteger(v7)) {
        issues.push(issue(pointerJoin(path, "quality"), "integer", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "quality"), "required property", undefined));
    }
    if (hasOwn(value, "error")) {
      const v8: unknown = value.error;
      if (v8 !== null) {
        if (typeof v8 !== "string") {
          issues.push(issue(pointerJoin(path, "error"), "string", v8));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link AssetVariant}.
 *
 * A resized or reformatted version of an image asset.
 * @returns `{ ok: true, value }` typed as {@link AssetVariant}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAssetVariant(value: unknown): ValidationResult<AssetVariant> {
  const issues: ValidationIssue[] = [];
  checkAssetVariant(value, "", issues);
  return issues.length === 0 ? ok(value as AssetVariant) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AuditLogEvent.
 */
function checkAuditLogEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    checkUserAccessAuditEvent(value, path, variantIssues2);
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    checkCustomRoleAuditEvent(value, path, variantIssues3);
    if (variantIssues3.length === 0) matches1++;
  }
  {
    const variantIssues4: ValidationIssue[] = [];
    checkWorkspaceMembershipAuditEvent(value, path, variantIssues4);
    if (variantIssues4.length === 0) matches1++;
  }
  {
    const variantIssues5: ValidationIssue[] = [];
    checkSiteMembershipAuditEvent(value, path, variantIssues5);
    if (variantIssues5.length === 0) matches1++;
  }
  {
    const variantIssues6: ValidationIssue[] = [];
    checkWorkspaceInvitationAuditEvent(value, path, variantIssues6);
    if (variantIssues6.length === 0) matches1++;
  }
  {
    const variantIssues7: ValidationIssue[] = [];
    checkWorkspaceSettingAuditEvent(value, path, variantIssues7);
    if (variantIssues7.length === 0) matches1++;
  }
  {
    const variantIssues8: ValidationIssue[] = [];
    checkUnknownAuditEvent(value, path, variantIssues8);
    if (variantIssues8.length === 0) matches1++;
  }
  if (matches1 !== 1) {
    issues.push(
      issue(
        path,
        "exactly one of: UserAccessAuditEvent xor CustomRoleAuditEvent xor WorkspaceMembershipAuditEvent xor SiteMembershipAuditEvent xor WorkspaceInvitationAuditEvent xor WorkspaceSettingAuditEvent xor UnknownAuditEvent",
        value,
      ),
    );
  }
}

/**
 * Checks that `value` is a {@link AuditLogEvent}.
 *
 * One event of a workspace audit log. Discriminated on `eventType`: each known event type has its own schema, and UnknownAuditEvent takes any event type this description does not know yet (and an event without `eventType`), so a new event type never makes a response fail validation.
 * @returns `{ ok: true, value }` typed as {@link AuditLogEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuditLogEvent(value: unknown): ValidationResult<AuditLogEvent> {
  const issues: ValidationIssue[] = [];
  checkAuditLogEvent(value, "", issues);
  return issues.length === 0 ? ok(value as AuditLogEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AuditLogList.
 */
function checkAuditLogList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "items"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkAuditLogEvent(item3, pointerJoin(pointerJoin(path, "items"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link AuditLogList}.
 *
 * Response of GET /workspaces/{workspace_id_or_slug}/audit_logs, one page of audit-log events.
 * @returns `{ ok: true, value }` typed as {@link AuditLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuditLogList(value: unknown): ValidationResult<AuditLogList> {
  const issues: ValidationIssue[] = [];
  checkAuditLogList(value, "", issues);
  return issues.length === 0 ? ok(value as AuditLogList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AuditLogUser.
 */
function checkAuditLogUser(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "email")) {
      const v2: unknown = value.email;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "email"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link AuditLogUser}.
 *
 * A user named in an audit-log event.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuditLogUser(value: unknown): ValidationResult<AuditLogUser> {
  const issues: ValidationIssue[] = [];
  checkAuditLogUser(value, "", issues);
  return issues.length === 0 ? ok(value as AuditLogUser) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AuditLogUserType.
 */
function checkAuditLogUserType(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues2.push(issue(path, "string", value));
    } else {
      if (value !== "member" && value !== "guest" && value !== "reviewer" && value !== "client") {
        variantIssues2.push(issue(path, 'one of "member", "guest", "reviewer", "client"', value));
      }
    }
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues3.push(issue(path, "string", value));
    }
    if (variantIssues3.length === 0) matches1++;
  }
  if (matches1 === 0) {
    issues.push(issue(path, "string or string", value));
  }
}

/**
 * Checks that `value` is a {@link AuditLogUserType}.
 *
 * The kind of workspace user (`member`, `guest`, `reviewer` or `client`). Values this description does not know yet are passed through.
 * @returns `{ ok: true, value }` typed as {@link AuditLogUserType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuditLogUserType(value: unknown): ValidationResult<AuditLogUserType> {
  const issues: ValidationIssue[] = [];
  checkAuditLogUserType(value, "", issues);
  return issues.length === 0 ? ok(value as AuditLogUserType) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Authorization.
 */
function checkAuthorization(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v2: unknown = value.createdOn;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v2));
      } else {
        if (!isDateTime(v2)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v2));
        }
      }
    }
    if (hasOwn(value, "lastUsed")) {
      const v3: unknown = value.lastUsed;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUsed"), "string", v3));
      } else {
        if (!isDateTime(v3)) {
          issues.push(issue(pointerJoin(path, "lastUsed"), "date-time string", v3));
        }
      }
    }
    if (hasOwn(value, "grantType")) {
      const v4: unknown = value.grantType;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "grantType"), "string", v4));
      }
    }
    if (hasOwn(value, "rateLimit")) {
      const v5: unknown = value.rateLimit;
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        issues.push(issue(pointerJoin(path, "rateLimit"), "integer", v5));
      } else {
        if (v5 < 0) {
          issues.push(issue(pointerJoin(path, "rateLimit"), "integer >= 0", v5));
        }
      }
    }
    if (hasOwn(value, "scope")) {
      const v6: unknown = value.scope;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "scope"), "string", v6));
      }
    }
    if (hasOwn(value, "authorizedTo")) {
      const v7: unknown = value.authorizedTo;
      if (!isPlainObject(v7)) {
        issues.push(issue(pointerJoin(path, "authorizedTo"), "object", v7));
      } else {
        if (hasOwn(v7, "siteIds")) {
          const v8: unknown = v7.siteIds;
          checkSiteIdsShape(v8, pointerJoin(pointerJoin(path, "authorizedTo"), "siteIds"), issues);
        }
        if (hasOwn(v7, "workspaceIds")) {
          const v9: unknown = v7.workspaceIds;
          checkSiteIdsShape(
            v9,
            pointerJoin(pointerJoin(path, "authorizedTo"), "workspaceIds"),
            issues,
          );
        }
        if (hasOwn(v7, "userIds")) {
          const v10: unknown = v7.userIds;
          checkSiteIdsShape(v10, pointerJoin(pointerJoin(path, "authorizedTo"), "userIds"), issues);
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Authorization}.
 *
 * The authorization (token grant) behind the access token.
 * @returns `{ ok: true, value }` typed as {@link Authorization}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuthorization(value: unknown): ValidationResult<Authorization> {
  const issues: ValidationIssue[] = [];
  checkAuthorization(value, "", issues);
  return issues.length === 0 ? ok(value as Authorization) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a AuthorizedUser.
 */
function checkAuthorizedUser(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "email")) {
      const v2: unknown = value.email;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "email"), "string", v2));
      } else {
        if (!isEmail(v2)) {
          issues.push(issue(pointerJoin(path, "email"), "email string", v2));
        }
      }
    }
    if (hasOwn(value, "firstName")) {
      const v3: unknown = value.firstName;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "firstName"), "string", v3));
      }
    }
    if (hasOwn(value, "lastName")) {
      const v4: unknown = value.lastName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "lastName"), "string", v4));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link AuthorizedUser}.
 *
 * The user who authorized the token (response of GET /token/authorized_by).
 * @returns `{ ok: true, value }` typed as {@link AuthorizedUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateAuthorizedUser(value: unknown): ValidationResult<AuthorizedUser> {
  const issues: ValidationIssue[] = [];
  checkAuthorizedUser(value, "", issues);
  return issues.length === 0 ? ok(value as AuthorizedUser) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a BatchDeleteCustomFontsRequest.
 */
function checkBatchDeleteCustomFontsRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      checkItemsShape(v1, pointerJoin(path, "items"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "items"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link BatchDeleteCustomFontsRequest}.
 *
 * Body of POST /sites/{site_id}/custom_fonts/batchDelete, the fonts to delete.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateBatchDeleteCustomFontsRequest(
  value: unknown,
): ValidationResult<BatchDeleteCustomFontsRequest> {
  const issues: ValidationIssue[] = [];
  checkBatchDeleteCustomFontsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as BatchDeleteCustomFontsRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a BatchDeleteCustomFontsResponse.
 */
function checkBatchDeleteCustomFontsResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "deleted")) {
      const v1: unknown = value.deleted;
      checkItemsShape(v1, pointerJoin(path, "deleted"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "deleted"), "required property", undefined));
    }
    if (hasOwn(value, "failed")) {
      const v2: unknown = value.failed;
      if (!Array.isArray(v2)) {
        issues.push(issue(pointerJoin(path, "failed"), "array", v2));
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const item4: unknown = v2[i3];
          checkCustomFontDeleteFailure(item4, pointerJoin(pointerJoin(path, "failed"), i3), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "failed"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link BatchDeleteCustomFontsResponse}.
 *
 * Response of POST /sites/{site_id}/custom_fonts/batchDelete: which fonts were deleted and which could not be.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateBatchDeleteCustomFontsResponse(
  value: unknown,
): ValidationResult<BatchDeleteCustomFontsResponse> {
  const issues: ValidationIssue[] = [];
  checkBatchDeleteCustomFontsResponse(value, "", issues);
  return issues.length === 0 ? ok(value as BatchDeleteCustomFontsResponse) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a BulkCollectionItem.
 */
function checkBulkCollectionItem(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "cmsLocaleIds")) {
      const v2: unknown = value.cmsLocaleIds;
      checkSiteIdsShape(v2, pointerJoin(path, "cmsLocaleIds"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "cmsLocaleIds"), "required property", undefined));
    }
    if (hasOwn(value, "lastPublished")) {
      const v3: unknown = value.lastPublished;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v3));
        } else {
          if (!isDateTime(v3)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v3));
          }
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastPublished"), "required property", undefined));
    }
    if (hasOwn(value, "lastUpdated")) {
      const v4: unknown = value.lastUpdated;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v4));
      } else {
        if (!isDateTime(v4)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v4));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastUpdated"), "required property", undefined));
    }
    if (hasOwn(value, "createdOn")) {
      const v5: unknown = value.createdOn;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v5));
      } else {
        if (!isDateTime(v5)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v5));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "isArchived")) {
      const v6: unknown = value.isArchived;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isArchived"), "boolean", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "isArchived"), "required property", undefined));
    }
    if (hasOwn(value, "isDraft")) {
      const v7: unknown = value.isDraft;
      if (typeof v7 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isDraft"), "boolean", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "isDraft"), "required property", undefined));
    }
    if (hasOwn(value, "fieldData")) {
      const v8: unknown = value.fieldData;
      checkItemFieldDataPartial(v8, pointerJoin(path, "fieldData"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "fieldData"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link BulkCollectionItem}.
 *
 * Response of POST /collections/{collection_id}/items/bulk: the item created, with the CMS locales it was created in.
 * @returns `{ ok: true, value }` typed as {@link BulkCollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateBulkCollectionItem(value: unknown): ValidationResult<BulkCollectionItem> {
  const issues: ValidationIssue[] = [];
  checkBulkCollectionItem(value, "", issues);
  return issues.length === 0 ? ok(value as BulkCollectionItem) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a BulkCreateCollectionItemsRequest.
 */
function checkBulkCreateCollectionItemsRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "cmsLocaleIds")) {
      const v1: unknown = value.cmsLocaleIds;
      checkSiteIdsShape(v1, pointerJoin(path, "cmsLocaleIds"), issues);
    }
    if (hasOwn(value, "lastPublished")) {
      const v2: unknown = value.lastPublished;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "lastPublished"), "string", v2));
      } else {
        if (!isDateTime(v2)) {
          issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v2));
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v3: unknown = value.lastUpdated;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v3));
      } else {
        if (!isDateTime(v3)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v3));
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v4: unknown = value.createdOn;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v4));
      } else {
        if (!isDateTime(v4)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v4));
        }
      }
    }
    if (hasOwn(value, "isArchived")) {
      const v5: unknown = value.isArchived;
      if (typeof v5 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isArchived"), "boolean", v5));
      }
    }
    if (hasOwn(value, "isDraft")) {
      const v6: unknown = value.isDraft;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isDraft"), "boolean", v6));
      }
    }
    if (hasOwn(value, "fieldData")) {
      const v7: unknown = value.fieldData;
      let matches8 = 0;
      {
        const variantIssues9: ValidationIssue[] = [];
        checkItemFieldData(v7, pointerJoin(path, "fieldData"), variantIssues9);
        if (variantIssues9.length === 0) matches8++;
      }
      {
        const variantIssues10: ValidationIssue[] = [];
        if (!Array.isArray(v7)) {
          variantIssues10.push(issue(pointerJoin(path, "fieldData"), "array", v7));
        } else {
          if (v7.length > 100) {
            variantIssues10.push(
              issue(pointerJoin(path, "fieldData"), "array of at most 100 items", v7),
            );
          }
          for (let i11 = 0; i11 < v7.length; i11++) {
            const item12: unknown = v7[i11];
            checkItemFieldData(
              item12,
              pointerJoin(pointerJoin(path, "fieldData"), i11),
              variantIssues10,
            );
          }
        }
        if (variantIssues10.length === 0) matches8++;
      }
      if (matches8 !== 1) {
        issues.push(
          issue(pointerJoin(path, "fieldData"), "exactly one of: ItemFieldData xor array", v7),
        );
      }
    } else {
      issues.push(issue(pointerJoin(path, "fieldData"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link BulkCreateCollectionItemsRequest}.
 *
 * Body of POST /collections/{collection_id}/items/bulk: one item (or up to 100 items) created in each of several locales. Without `cmsLocaleIds` the items are created in the primary locale only.
 * @returns `{ ok: true, value }` typed as {@link BulkCreateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateBulkCreateCollectionItemsRequest(
  value: unknown,
): ValidationResult<BulkCreateCollectionItemsRequest> {
  const issues: ValidationIssue[] = [];
  checkBulkCreateCollectionItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as BulkCreateCollectionItemsRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Collection.
 */
function checkCollection(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fields")) {
      const v1: unknown = value.fields;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "fields"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkField(item3, pointerJoin(pointerJoin(path, "fields"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "fields"), "required property", undefined));
    }
    if (!hasOwn(value, "id")) {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (!hasOwn(value, "displayName")) {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (!hasOwn(value, "singularName")) {
      issues.push(issue(pointerJoin(path, "singularName"), "required property", undefined));
    }
  }
  checkCollectionSummary(value, path, issues);
}

/**
 * Checks that `value` is a {@link Collection}.
 *
 * A CMS collection with its fields (GET /collections/{collection_id}, and the response of POST /sites/{site_id}/collections). Every collection has the built-in `name` and `slug` fields besides its custom fields.
 * @returns `{ ok: true, value }` typed as {@link Collection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollection(value: unknown): ValidationResult<Collection> {
  const issues: ValidationIssue[] = [];
  checkCollection(value, "", issues);
  return issues.length === 0 ? ok(value as Collection) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItem.
 */
function checkCollectionItem(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "cmsLocaleId")) {
      const v2: unknown = value.cmsLocaleId;
      if (v2 !== null) {
        if (typeof v2 !== "string") {
          issues.push(issue(pointerJoin(path, "cmsLocaleId"), "string", v2));
        }
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v3: unknown = value.lastPublished;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v3));
        } else {
          if (!isDateTime(v3)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v3));
          }
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastPublished"), "required property", undefined));
    }
    if (hasOwn(value, "lastUpdated")) {
      const v4: unknown = value.lastUpdated;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v4));
      } else {
        if (!isDateTime(v4)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v4));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastUpdated"), "required property", undefined));
    }
    if (hasOwn(value, "createdOn")) {
      const v5: unknown = value.createdOn;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v5));
      } else {
        if (!isDateTime(v5)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v5));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "isArchived")) {
      const v6: unknown = value.isArchived;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isArchived"), "boolean", v6));
      }
    }
    if (hasOwn(value, "isDraft")) {
      const v7: unknown = value.isDraft;
      if (typeof v7 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isDraft"), "boolean", v7));
      }
    }
    if (hasOwn(value, "fieldData")) {
      const v8: unknown = value.fieldData;
      checkItemFieldData(v8, pointerJoin(path, "fieldData"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "fieldData"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItem}.
 *
 * An item of a CMS collection in one locale, staged or live (the lists, the single-item reads and the create and update responses).
 * @returns `{ ok: true, value }` typed as {@link CollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItem(value: unknown): ValidationResult<CollectionItem> {
  const issues: ValidationIssue[] = [];
  checkCollectionItem(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItem) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemBatch.
 */
function checkCollectionItemBatch(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      checkItemsShape2(v1, pointerJoin(path, "items"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemBatch}.
 *
 * Several items at once: the response of PATCH .../items/live, and of a create or update that sent several items. The staged bulk update may also send a `pagination` object beside `items`.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemBatch}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemBatch(value: unknown): ValidationResult<CollectionItemBatch> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemBatch(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemBatch) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemChangedEvent.
 */
function checkCollectionItemChangedEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "collection_item_changed") {
          issues.push(
            issue(pointerJoin(path, "triggerType"), 'one of "collection_item_changed"', v1),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkCollectionItemSavedEventPayload(v2, pointerJoin(path, "payload"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "payload"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemChangedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_changed`, sent when an item is updated.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemChangedEvent(
  value: unknown,
): ValidationResult<CollectionItemChangedEvent> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemChangedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemChangedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemCreatedEvent.
 */
function checkCollectionItemCreatedEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "collection_item_created") {
          issues.push(
            issue(pointerJoin(path, "triggerType"), 'one of "collection_item_created"', v1),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkCollectionItemSavedEventPayload(v2, pointerJoin(path, "payload"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "payload"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemCreatedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_created`, sent when an item is created.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemCreatedEvent(
  value: unknown,
): ValidationResult<CollectionItemCreatedEvent> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemCreatedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemCreatedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemDeletedEvent.
 */
function checkCollectionItemDeletedEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "collection_item_deleted") {
          issues.push(
            issue(pointerJoin(path, "triggerType"), 'one of "collection_item_deleted"', v1),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkCollectionItemEventPayload(v2, pointerJoin(path, "payload"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemDeletedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_deleted`, sent when an item is deleted.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemDeletedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemDeletedEvent(
  value: unknown,
): ValidationResult<CollectionItemDeletedEvent> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemDeletedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemDeletedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemEventPayload.
 */
function checkCollectionItemEventPayload(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "siteId")) {
      const v2: unknown = value.siteId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v2));
      }
    }
    if (hasOwn(value, "workspaceId")) {
      const v3: unknown = value.workspaceId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "workspaceId"), "string", v3));
      }
    }
    if (hasOwn(value, "collectionId")) {
      const v4: unknown = value.collectionId;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "collectionId"), "string", v4));
      }
    }
    if (hasOwn(value, "cmsLocaleId")) {
      const v5: unknown = value.cmsLocaleId;
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          issues.push(issue(pointerJoin(path, "cmsLocaleId"), "string", v5));
        }
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v6: unknown = value.lastPublished;
      if (v6 !== null) {
        if (typeof v6 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v6));
        } else {
          if (!isDateTime(v6)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v6));
          }
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v7: unknown = value.lastUpdated;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v7));
      } else {
        if (!isDateTime(v7)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v7));
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v8: unknown = value.createdOn;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v8));
      } else {
        if (!isDateTime(v8)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v8));
        }
      }
    }
    if (hasOwn(value, "isArchived")) {
      const v9: unknown = value.isArchived;
      if (typeof v9 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isArchived"), "boolean", v9));
      }
    }
    if (hasOwn(value, "isDraft")) {
      const v10: unknown = value.isDraft;
      if (typeof v10 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isDraft"), "boolean", v10));
      }
    }
    if (hasOwn(value, "fieldData")) {
      const v11: unknown = value.fieldData;
      checkItemFieldData(v11, pointerJoin(path, "fieldData"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemEventPayload}.
 *
 * The item a collection item webhook is about, with the site, workspace and collection it belongs to (payload of collection_item_deleted, collection_item_published and collection_item_unpublished; see CollectionItemSavedEventPayload for created and changed).
 * @returns `{ ok: true, value }` typed as {@link CollectionItemEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemEventPayload(
  value: unknown,
): ValidationResult<CollectionItemEventPayload> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemEventPayload(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemEventPayload) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemList.
 */
function checkCollectionItemList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      checkItemsShape2(v1, pointerJoin(path, "items"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "items"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v2: unknown = value.pagination;
      checkPagination(v2, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemList}.
 *
 * One page of items (GET /collections/{collection_id}/items and .../items/live), paged with `offset` and `limit`.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemList(value: unknown): ValidationResult<CollectionItemList> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemList(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemOrBatch.
 */
function checkCollectionItemOrBatch(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    checkCollectionItem(value, path, variantIssues2);
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    checkCollectionItemBatch(value, path, variantIssues3);
    if (variantIssues3.length === 0) matches1++;
  }
  if (matches1 === 0) {
    issues.push(issue(path, "CollectionItem or CollectionItemBatch", value));
  }
}

/**
 * Checks that `value` is a {@link CollectionItemOrBatch}.
 *
 * One item, or several items under `items`: the response of the create endpoints (POST .../items and .../items/live) and of the staged bulk update (PATCH .../items), depending on whether one item or several were sent. Tell them apart with `'items' in result`.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemOrBatch}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemOrBatch(
  value: unknown,
): ValidationResult<CollectionItemOrBatch> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemOrBatch(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemOrBatch) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemPublishedEvent.
 */
function checkCollectionItemPublishedEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "collection_item_published") {
          issues.push(
            issue(pointerJoin(path, "triggerType"), 'one of "collection_item_published"', v1),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkCollectionItemEventPayload(v2, pointerJoin(path, "payload"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemPublishedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_published`, sent when an item is published.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemPublishedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemPublishedEvent(
  value: unknown,
): ValidationResult<CollectionItemPublishedEvent> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemPublishedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemPublishedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemRef.
 */
function checkCollectionItemRef(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "cmsLocaleIds")) {
      const v2: unknown = value.cmsLocaleIds;
      checkSiteIdsShape(v2, pointerJoin(path, "cmsLocaleIds"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemRef}.
 *
 * An item to act on, optionally in some CMS locales only.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemRef}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemRef(value: unknown): ValidationResult<CollectionItemRef> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemRef(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemRef) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemRefList.
 */
function checkCollectionItemRefList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "items"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCollectionItemRef(item3, pointerJoin(pointerJoin(path, "items"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "items"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemRefList}.
 *
 * Body of DELETE /collections/{collection_id}/items (delete) and .../items/live (unpublish, at most 100 items), and one form of the publish body: the items, each optionally limited to some locales.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemRefList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemRefList(
  value: unknown,
): ValidationResult<CollectionItemRefList> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemRefList(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemRefList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemSavedEventPayload.
 */
function checkCollectionItemSavedEventPayload(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (!hasOwn(value, "id")) {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (!hasOwn(value, "workspaceId")) {
      issues.push(issue(pointerJoin(path, "workspaceId"), "required property", undefined));
    }
    if (!hasOwn(value, "siteId")) {
      issues.push(issue(pointerJoin(path, "siteId"), "required property", undefined));
    }
    if (!hasOwn(value, "collectionId")) {
      issues.push(issue(pointerJoin(path, "collectionId"), "required property", undefined));
    }
    if (!hasOwn(value, "fieldData")) {
      issues.push(issue(pointerJoin(path, "fieldData"), "required property", undefined));
    }
  }
  checkCollectionItemEventPayload(value, path, issues);
}

/**
 * Checks that `value` is a {@link CollectionItemSavedEventPayload}.
 *
 * Payload of collection_item_created and collection_item_changed: the item as saved, with its site, workspace and collection IDs and its field values.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemSavedEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemSavedEventPayload(
  value: unknown,
): ValidationResult<CollectionItemSavedEventPayload> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemSavedEventPayload(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemSavedEventPayload) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemUnpublishedEvent.
 */
function checkCollectionItemUnpublishedEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "collection_item_unpublished") {
          issues.push(
            issue(pointerJoin(path, "triggerType"), 'one of "collection_item_unpublished"', v1),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkCollectionItemEventPayload(v2, pointerJoin(path, "payload"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemUnpublishedEvent}.
 *
 * Webhook delivery body for trigger type `collection_item_unpublished`, sent when an item is unpublished.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUnpublishedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemUnpublishedEvent(
  value: unknown,
): ValidationResult<CollectionItemUnpublishedEvent> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemUnpublishedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemUnpublishedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemUpdate.
 */
function checkCollectionItemUpdate(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "cmsLocaleId")) {
      const v2: unknown = value.cmsLocaleId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "cmsLocaleId"), "string", v2));
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v3: unknown = value.lastPublished;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "lastPublished"), "string", v3));
      } else {
        if (!isDateTime(v3)) {
          issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v3));
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v4: unknown = value.lastUpdated;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v4));
      } else {
        if (!isDateTime(v4)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v4));
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v5: unknown = value.createdOn;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v5));
      } else {
        if (!isDateTime(v5)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v5));
        }
      }
    }
    if (hasOwn(value, "isArchived")) {
      const v6: unknown = value.isArchived;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isArchived"), "boolean", v6));
      }
    }
    if (hasOwn(value, "isDraft")) {
      const v7: unknown = value.isDraft;
      if (typeof v7 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isDraft"), "boolean", v7));
      }
    }
    if (hasOwn(value, "fieldData")) {
      const v8: unknown = value.fieldData;
      checkItemFieldDataPartial(v8, pointerJoin(path, "fieldData"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionItemUpdate}.
 *
 * Changes to one item (body of PATCH .../items/{item_id} and .../items/{item_id}/live): only the properties and field values sent are changed. Without `cmsLocaleId` the primary locale is updated.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemUpdate(
  value: unknown,
): ValidationResult<CollectionItemUpdate> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionItemUpdateWithId.
 */
function checkCollectionItemUpdateWithId(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (!hasOwn(value, "id")) {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
  }
  checkCollectionItemUpdate(value, path, issues);
}

/**
 * Checks that `value` is a {@link CollectionItemUpdateWithId}.
 *
 * Changes to one item of a several-items update, naming the item by `id`.
 * @returns `{ ok: true, value }` typed as {@link CollectionItemUpdateWithId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionItemUpdateWithId(
  value: unknown,
): ValidationResult<CollectionItemUpdateWithId> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemUpdateWithId(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionItemUpdateWithId) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionList.
 */
function checkCollectionList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "collections")) {
      const v1: unknown = value.collections;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "collections"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCollectionSummary(item3, pointerJoin(pointerJoin(path, "collections"), i2), issues);
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionList}.
 *
 * Response of GET /sites/{site_id}/collections. The list is not paginated.
 * @returns `{ ok: true, value }` typed as {@link CollectionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionList(value: unknown): ValidationResult<CollectionList> {
  const issues: ValidationIssue[] = [];
  checkCollectionList(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CollectionSummary.
 */
function checkCollectionSummary(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v2: unknown = value.displayName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v2));
      }
    }
    if (hasOwn(value, "singularName")) {
      const v3: unknown = value.singularName;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "singularName"), "string", v3));
      }
    }
    if (hasOwn(value, "slug")) {
      const v4: unknown = value.slug;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v4));
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v5: unknown = value.createdOn;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v5));
      } else {
        if (!isDateTime(v5)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v5));
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v6: unknown = value.lastUpdated;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v6));
      } else {
        if (!isDateTime(v6)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v6));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CollectionSummary}.
 *
 * A CMS collection as GET /sites/{site_id}/collections lists it: its identity and dates, without its fields.
 * @returns `{ ok: true, value }` typed as {@link CollectionSummary}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCollectionSummary(value: unknown): ValidationResult<CollectionSummary> {
  const issues: ValidationIssue[] = [];
  checkCollectionSummary(value, "", issues);
  return issues.length === 0 ? ok(value as CollectionSummary) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentCreatedEvent.
 */
function checkCommentCreatedEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "comment_created") {
          issues.push(issue(pointerJoin(path, "triggerType"), 'one of "comment_created"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkCommentCreatedEventPayload(v2, pointerJoin(path, "payload"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CommentCreatedEvent}.
 *
 * Body of the webhook delivery for trigger type `comment_created` (a comment was created on the site).
 * @returns `{ ok: true, value }` typed as {@link CommentCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentCreatedEvent(value: unknown): ValidationResult<CommentCreatedEvent> {
  const issues: ValidationIssue[] = [];
  checkCommentCreatedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as CommentCreatedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentCreatedEventPayload.
 */
function checkCommentCreatedEventPayload(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "threadId")) {
      const v1: unknown = value.threadId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "threadId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "threadId"), "required property", undefined));
    }
    if (hasOwn(value, "commentId")) {
      const v2: unknown = value.commentId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "commentId"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "commentId"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v3: unknown = value.type;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "siteId")) {
      const v4: unknown = value.siteId;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "siteId"), "required property", undefined));
    }
    if (hasOwn(value, "pageId")) {
      const v5: unknown = value.pageId;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "pageId"), "required property", undefined));
    }
    if (hasOwn(value, "localeId")) {
      const v6: unknown = value.localeId;
      if (v6 !== null) {
        if (typeof v6 !== "string") {
          issues.push(issue(pointerJoin(path, "localeId"), "string", v6));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "localeId"), "required property", undefined));
    }
    if (hasOwn(value, "breakpoint")) {
      const v7: unknown = value.breakpoint;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "breakpoint"), "string", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "breakpoint"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v8: unknown = value.url;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v8));
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
    if (hasOwn(value, "content")) {
      const v9: unknown = value.content;
      if (typeof v9 !== "string") {
        issues.push(issue(pointerJoin(path, "content"), "string", v9));
      }
    } else {
      issues.push(issue(pointerJoin(path, "content"), "required property", undefined));
    }
    if (hasOwn(value, "isResolved")) {
      const v10: unknown = value.isResolved;
      if (typeof v10 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isResolved"), "boolean", v10));
      }
    } else {
      issues.push(issue(pointerJoin(path, "isResolved"), "required property", undefined));
    }
    if (hasOwn(value, "author")) {
      const v11: unknown = value.author;
      checkCommentThreadUser(v11, pointerJoin(path, "author"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "author"), "required property", undefined));
    }
    if (hasOwn(value, "mentionedUsers")) {
      const v12: unknown = value.mentionedUsers;
      checkMentionedUsersShape(v12, pointerJoin(path, "mentionedUsers"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "mentionedUsers"), "required property", undefined));
    }
    if (hasOwn(value, "createdOn")) {
      const v13: unknown = value.createdOn;
      if (typeof v13 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v13));
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "lastUpdated")) {
      const v14: unknown = value.lastUpdated;
      if (typeof v14 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v14));
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastUpdated"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentCreatedEventPayload}.
 *
 * The payload of a `comment_created` webhook delivery: the new comment and the thread it belongs to.
 * @returns `{ ok: true, value }` typed as {@link CommentCreatedEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentCreatedEventPayload(
  value: unknown,
): ValidationResult<CommentCreatedEventPayload> {
  const issues: ValidationIssue[] = [];
  checkCommentCreatedEventPayload(value, "", issues);
  return issues.length === 0 ? ok(value as CommentCreatedEventPayload) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentReply.
 */
function checkCommentReply(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "commentId")) {
      const v2: unknown = value.commentId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "commentId"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "commentId"), "required property", undefined));
    }
    if (hasOwn(value, "siteId")) {
      const v3: unknown = value.siteId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "siteId"), "required property", undefined));
    }
    if (hasOwn(value, "pageId")) {
      const v4: unknown = value.pageId;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "pageId"), "required property", undefined));
    }
    if (hasOwn(value, "localeId")) {
      const v5: unknown = value.localeId;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "localeId"), "string", v5));
      }
    }
    if (hasOwn(value, "breakpoint")) {
      const v6: unknown = value.breakpoint;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "breakpoint"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "breakpoint"), "required property", undefined));
    }
    if (hasOwn(value, "content")) {
      const v7: unknown = value.content;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "content"), "string", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "content"), "required property", undefined));
    }
    if (hasOwn(value, "isResolved")) {
      const v8: unknown = value.isResolved;
      if (typeof v8 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isResolved"), "boolean", v8));
      }
    } else {
      issues.push(issue(pointerJoin(path, "isResolved"), "required property", undefined));
    }
    if (hasOwn(value, "author")) {
      const v9: unknown = value.author;
      checkCommentReplyUser(v9, pointerJoin(path, "author"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "author"), "required property", undefined));
    }
    if (hasOwn(value, "mentionedUsers")) {
      const v10: unknown = value.mentionedUsers;
      if (!Array.isArray(v10)) {
        issues.push(issue(pointerJoin(path, "mentionedUsers"), "array", v10));
      } else {
        for (let i11 = 0; i11 < v10.length; i11++) {
          const item12: unknown = v10[i11];
          checkCommentReplyUser(
            item12,
            pointerJoin(pointerJoin(path, "mentionedUsers"), i11),
            issues,
          );
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v13: unknown = value.createdOn;
      if (typeof v13 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v13));
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "lastUpdated")) {
      const v14: unknown = value.lastUpdated;
      if (typeof v14 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v14));
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastUpdated"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentReply}.
 *
 * A reply in a comment thread.
 * @returns `{ ok: true, value }` typed as {@link CommentReply}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentReply(value: unknown): ValidationResult<CommentReply> {
  const issues: ValidationIssue[] = [];
  checkCommentReply(value, "", issues);
  return issues.length === 0 ? ok(value as CommentReply) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentReplyList.
 */
function checkCommentReplyList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "comments")) {
      const v1: unknown = value.comments;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "comments"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCommentReply(item3, pointerJoin(pointerJoin(path, "comments"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "comments"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentReplyList}.
 *
 * Response of GET /sites/{site_id}/comments/{comment_thread_id}/replies, one page of replies. The array is under the key `comments`, not `replies`.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentReplyList(value: unknown): ValidationResult<CommentReplyList> {
  const issues: ValidationIssue[] = [];
  checkCommentReplyList(value, "", issues);
  return issues.length === 0 ? ok(value as CommentReplyList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentReplyUser.
 */
function checkCommentReplyUser(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "email")) {
      const v2: unknown = value.email;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "email"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "email"), "required property", undefined));
    }
    if (hasOwn(value, "name")) {
      const v3: unknown = value.name;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentReplyUser}.
 *
 * A user in a comment reply (its author or a mentioned user). Unlike CommentThreadUser it is identified by `id`, not `userId`.
 * @returns `{ ok: true, value }` typed as {@link CommentReplyUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentReplyUser(value: unknown): ValidationResult<CommentReplyUser> {
  const issues: ValidationIssue[] = [];
  checkCommentReplyUser(value, "", issues);
  return issues.length === 0 ? ok(value as CommentReplyUser) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentThread.
 */
function checkCommentThread(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "siteId")) {
      const v2: unknown = value.siteId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "siteId"), "required property", undefined));
    }
    if (hasOwn(value, "pageId")) {
      const v3: unknown = value.pageId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "pageId"), "required property", undefined));
    }
    if (hasOwn(value, "localeId")) {
      const v4: unknown = value.localeId;
      if (v4 !== null) {
        if (typeof v4 !== "string") {
          issues.push(issue(pointerJoin(path, "localeId"), "string", v4));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "localeId"), "required property", undefined));
    }
    if (hasOwn(value, "itemId")) {
      const v5: unknown = value.itemId;
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          issues.push(issue(pointerJoin(path, "itemId"), "string", v5));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "itemId"), "required property", undefined));
    }
    if (hasOwn(value, "breakpoint")) {
      const v6: unknown = value.breakpoint;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "breakpoint"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "breakpoint"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v7: unknown = value.url;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
    if (hasOwn(value, "content")) {
      const v8: unknown = value.content;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "content"), "string", v8));
      }
    } else {
      issues.push(issue(pointerJoin(path, "content"), "required property", undefined));
    }
    if (hasOwn(value, "isResolved")) {
      const v9: unknown = value.isResolved;
      if (typeof v9 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isResolved"), "boolean", v9));
      }
    } else {
      issues.push(issue(pointerJoin(path, "isResolved"), "required property", undefined));
    }
    if (hasOwn(value, "author")) {
      const v10: unknown = value.author;
      checkCommentThreadUser(v10, pointerJoin(path, "author"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "author"), "required property", undefined));
    }
    if (hasOwn(value, "mentionedUsers")) {
      const v11: unknown = value.mentionedUsers;
      checkMentionedUsersShape(v11, pointerJoin(path, "mentionedUsers"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "mentionedUsers"), "required property", undefined));
    }
    if (hasOwn(value, "createdOn")) {
      const v12: unknown = value.createdOn;
      if (typeof v12 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v12));
      }
    } else {
      issues.push(issue(pointerJoin(path, "createdOn"), "required property", undefined));
    }
    if (hasOwn(value, "lastUpdated")) {
      const v13: unknown = value.lastUpdated;
      if (typeof v13 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v13));
      }
    } else {
      issues.push(issue(pointerJoin(path, "lastUpdated"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentThread}.
 *
 * A comment thread left on a page of a site in the Designer.
 * @returns `{ ok: true, value }` typed as {@link CommentThread}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentThread(value: unknown): ValidationResult<CommentThread> {
  const issues: ValidationIssue[] = [];
  checkCommentThread(value, "", issues);
  return issues.length === 0 ? ok(value as CommentThread) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentThreadList.
 */
function checkCommentThreadList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "comments")) {
      const v1: unknown = value.comments;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "comments"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCommentThread(item3, pointerJoin(pointerJoin(path, "comments"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "comments"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentThreadList}.
 *
 * Response of GET /sites/{site_id}/comments, one page of comment threads.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentThreadList(value: unknown): ValidationResult<CommentThreadList> {
  const issues: ValidationIssue[] = [];
  checkCommentThreadList(value, "", issues);
  return issues.length === 0 ? ok(value as CommentThreadList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CommentThreadUser.
 */
function checkCommentThreadUser(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "userId")) {
      const v1: unknown = value.userId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "userId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "userId"), "required property", undefined));
    }
    if (hasOwn(value, "email")) {
      const v2: unknown = value.email;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "email"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "email"), "required property", undefined));
    }
    if (hasOwn(value, "name")) {
      const v3: unknown = value.name;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CommentThreadUser}.
 *
 * A user in a comment thread (its author or a mentioned user), identified by `userId`.
 * @returns `{ ok: true, value }` typed as {@link CommentThreadUser}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCommentThreadUser(value: unknown): ValidationResult<CommentThreadUser> {
  const issues: ValidationIssue[] = [];
  checkCommentThreadUser(value, "", issues);
  return issues.length === 0 ? ok(value as CommentThreadUser) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Component.
 */
function checkComponent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "name")) {
      const v2: unknown = value.name;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v2));
      }
    }
    if (hasOwn(value, "group")) {
      const v3: unknown = value.group;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "group"), "string", v3));
      }
    }
    if (hasOwn(value, "description")) {
      const v4: unknown = value.description;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "description"), "string", v4));
      }
    }
    if (hasOwn(value, "readonly")) {
      const v5: unknown = value.readonly;
      if (typeof v5 !== "boolean") {
        issues.push(issue(pointerJoin(path, "readonly"), "boolean", v5));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Component}.
 *
 * A component (reusable element) defined on a site.
 * @returns `{ ok: true, value }` typed as {@link Component}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateComponent(value: unknown): ValidationResult<Component> {
  const issues: ValidationIssue[] = [];
  checkComponent(value, "", issues);
  return issues.length === 0 ? ok(value as Component) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ComponentContent.
 */
function checkComponentContent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "componentId")) {
      const v1: unknown = value.componentId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "componentId"), "string", v1));
      }
    }
    if (hasOwn(value, "nodes")) {
      const v2: unknown = value.nodes;
      checkNodesShape(v2, pointerJoin(path, "nodes"), issues);
    }
    if (hasOwn(value, "pagination")) {
      const v3: unknown = value.pagination;
      checkPagination(v3, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link ComponentContent}.
 *
 * Response of GET /sites/{site_id}/components/{component_id}/dom: one page of the static content nodes of a component.
 * @returns `{ ok: true, value }` typed as {@link ComponentContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateComponentContent(value: unknown): ValidationResult<ComponentContent> {
  const issues: ValidationIssue[] = [];
  checkComponentContent(value, "", issues);
  return issues.length === 0 ? ok(value as ComponentContent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ComponentInstanceNode.
 */
function checkComponentInstanceNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v2));
      } else {
        if (v2 !== "component-instance") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "component-instance"', v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "componentId")) {
      const v3: unknown = value.componentId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "componentId"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "componentId"), "required property", undefined));
    }
    if (hasOwn(value, "propertyOverrides")) {
      const v4: unknown = value.propertyOverrides;
      checkPropertyOverridesShape(v4, pointerJoin(path, "propertyOverrides"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "propertyOverrides"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link ComponentInstanceNode}.
 *
 * An instance of a component placed on the page or inside another component, with the property values this instance overrides.
 * @returns `{ ok: true, value }` typed as {@link ComponentInstanceNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateComponentInstanceNode(
  value: unknown,
): ValidationResult<ComponentInstanceNode> {
  const issues: ValidationIssue[] = [];
  checkComponentInstanceNode(value, "", issues);
  return issues.length === 0 ? ok(value as ComponentInstanceNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ComponentInstanceNodeUpdate.
 */
function checkComponentInstanceNodeUpdate(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "nodeId")) {
      const v1: unknown = value.nodeId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "nodeId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "nodeId"), "required property", undefined));
    }
    if (hasOwn(value, "propertyOverrides")) {
      const v2: unknown = value.propertyOverrides;
      checkPropertyOverridesShape2(v2, pointerJoin(path, "propertyOverrides"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "propertyOverrides"), "required property", undefined));
    }
    for (const key3 of Object.keys(value)) {
      if (!KNOWN_2.has(key3)) {
        issues.push(issue(pointerJoin(path, key3), "no additional properties", value[key3]));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link ComponentInstanceNodeUpdate}.
 *
 * New values of the overridden properties of a component instance.
 * @returns `{ ok: true, value }` typed as {@link ComponentInstanceNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateComponentInstanceNodeUpdate(
  value: unknown,
): ValidationResult<ComponentInstanceNodeUpdate> {
  const issues: ValidationIssue[] = [];
  checkComponentInstanceNodeUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as ComponentInstanceNodeUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ComponentList.
 */
function checkComponentList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "components")) {
      const v1: unknown = value.components;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "components"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkComponent(item3, pointerJoin(pointerJoin(path, "components"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link ComponentList}.
 *
 * Response of GET /sites/{site_id}/components, one page of components.
 * @returns `{ ok: true, value }` typed as {@link ComponentList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateComponentList(value: unknown): ValidationResult<ComponentList> {
  const issues: ValidationIssue[] = [];
  checkComponentList(value, "", issues);
  return issues.length === 0 ? ok(value as ComponentList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ComponentProperty.
 */
function checkComponentProperty(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "propertyId")) {
      const v1: unknown = value.propertyId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "propertyId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "propertyId"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "type"), "string", v2));
        } else {
          if (v2 !== "Plain Text" && v2 !== "Rich Text" && v2 !== "Alt Text") {
            variantIssues4.push(
              issue(pointerJoin(path, "type"), 'one of "Plain Text", "Rich Text", "Alt Text"', v2),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "type"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "type"), "string or string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "label")) {
      const v6: unknown = value.label;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "label"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "label"), "required property", undefined));
    }
    if (hasOwn(value, "text")) {
      const v7: unknown = value.text;
      checkDomText(v7, pointerJoin(path, "text"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "text"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link ComponentProperty}.
 *
 * A text property of a component: its definition (id, type, label) and its value. Used for the properties of a component and for the values a component instance overrides.
 * @returns `{ ok: true, value }` typed as {@link ComponentProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateComponentProperty(value: unknown): ValidationResult<ComponentProperty> {
  const issues: ValidationIssue[] = [];
  checkComponentProperty(value, "", issues);
  return issues.length === 0 ? ok(value as ComponentProperty) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ComponentPropertyList.
 */
function checkComponentPropertyList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "componentId")) {
      const v1: unknown = value.componentId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "componentId"), "string", v1));
      }
    }
    if (hasOwn(value, "properties")) {
      const v2: unknown = value.properties;
      checkPropertyOverridesShape(v2, pointerJoin(path, "properties"), issues);
    }
    if (hasOwn(value, "pagination")) {
      const v3: unknown = value.pagination;
      checkPagination(v3, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link ComponentPropertyList}.
 *
 * Response of GET /sites/{site_id}/components/{component_id}/properties: one page of the properties of a component with their default values.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateComponentPropertyList(
  value: unknown,
): ValidationResult<ComponentPropertyList> {
  const issues: ValidationIssue[] = [];
  checkComponentPropertyList(value, "", issues);
  return issues.length === 0 ? ok(value as ComponentPropertyList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ComponentPropertyUpdate.
 */
function checkComponentPropertyUpdate(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "propertyId")) {
      const v1: unknown = value.propertyId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "propertyId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "propertyId"), "required property", undefined));
    }
    if (hasOwn(value, "text")) {
      const v2: unknown = value.text;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "text"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "text"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link ComponentPropertyUpdate}.
 *
 * The new value of one text property of a component.
 * @returns `{ ok: true, value }` typed as {@link ComponentPropertyUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateComponentPropertyUpdate(
  value: unknown,
): ValidationResult<ComponentPropertyUpdate> {
  const issues: ValidationIssue[] = [];
  checkComponentPropertyUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as ComponentPropertyUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ContentUpdateResponse.
 */
function checkContentUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "errors")) {
      const v1: unknown = value.errors;
      checkSiteIdsShape(v1, pointerJoin(path, "errors"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "errors"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link ContentUpdateResponse}.
 *
 * Response of the content updates (POST /pages/{page_id}/dom, POST /sites/{site_id}/components/{component_id}/dom and POST /sites/{site_id}/components/{component_id}/properties): `errors` lists the updates that could not be applied (an empty list means all were).
 * @returns `{ ok: true, value }` typed as {@link ContentUpdateResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateContentUpdateResponse(
  value: unknown,
): ValidationResult<ContentUpdateResponse> {
  const issues: ValidationIssue[] = [];
  checkContentUpdateResponse(value, "", issues);
  return issues.length === 0 ? ok(value as ContentUpdateResponse) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateAssetFolderRequest.
 */
function checkCreateAssetFolderRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "displayName")) {
      const v1: unknown = value.displayName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "parentFolder")) {
      const v2: unknown = value.parentFolder;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "parentFolder"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CreateAssetFolderRequest}.
 *
 * Body of POST /sites/{site_id}/asset_folders.
 * @returns `{ ok: true, value }` typed as {@link CreateAssetFolderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateAssetFolderRequest(
  value: unknown,
): ValidationResult<CreateAssetFolderRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateAssetFolderRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateAssetFolderRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateCollectionItemsRequest.
 */
function checkCreateCollectionItemsRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    checkNewCollectionItem(value, path, variantIssues2);
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    checkNewCollectionItemList(value, path, variantIssues3);
    if (variantIssues3.length === 0) matches1++;
  }
  if (matches1 !== 1) {
    issues.push(issue(path, "exactly one of: NewCollectionItem xor NewCollectionItemList", value));
  }
}

/**
 * Checks that `value` is a {@link CreateCollectionItemsRequest}.
 *
 * Body of POST /collections/{collection_id}/items and .../items/live: one item, or several items under `items`.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCollectionItemsRequest(
  value: unknown,
): ValidationResult<CreateCollectionItemsRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateCollectionItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCollectionItemsRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateCollectionRequest.
 */
function checkCreateCollectionRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "displayName")) {
      const v1: unknown = value.displayName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "singularName")) {
      const v2: unknown = value.singularName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "singularName"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "singularName"), "required property", undefined));
    }
    if (hasOwn(value, "slug")) {
      const v3: unknown = value.slug;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v3));
      }
    }
    if (hasOwn(value, "fields")) {
      const v4: unknown = value.fields;
      if (!Array.isArray(v4)) {
        issues.push(issue(pointerJoin(path, "fields"), "array", v4));
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const item6: unknown = v4[i5];
          checkCreateFieldRequest(item6, pointerJoin(pointerJoin(path, "fields"), i5), issues);
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CreateCollectionRequest}.
 *
 * Body of POST /sites/{site_id}/collections. The built-in `name` and `slug` fields are created automatically; `fields` adds custom fields (the only way to create several fields in one request).
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCollectionRequest(
  value: unknown,
): ValidationResult<CreateCollectionRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateCollectionRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCollectionRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateCustomFontRequest.
 */
function checkCreateCustomFontRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fileName")) {
      const v1: unknown = value.fileName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fileName"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileName"), "required property", undefined));
    }
    if (hasOwn(value, "fileHash")) {
      const v2: unknown = value.fileHash;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "fileHash"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileHash"), "required property", undefined));
    }
    if (hasOwn(value, "fontFamily")) {
      const v3: unknown = value.fontFamily;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "fontFamily"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fontFamily"), "required property", undefined));
    }
    if (hasOwn(value, "weight")) {
      const v4: unknown = value.weight;
      if (typeof v4 !== "number" || !Number.isInteger(v4)) {
        issues.push(issue(pointerJoin(path, "weight"), "integer", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "weight"), "required property", undefined));
    }
    if (hasOwn(value, "italic")) {
      const v5: unknown = value.italic;
      if (typeof v5 !== "boolean") {
        issues.push(issue(pointerJoin(path, "italic"), "boolean", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "italic"), "required property", undefined));
    }
    if (hasOwn(value, "fontDisplay")) {
      const v6: unknown = value.fontDisplay;
      checkCustomFontDisplay(v6, pointerJoin(path, "fontDisplay"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "fontDisplay"), "required property", undefined));
    }
    if (hasOwn(value, "axes")) {
      const v7: unknown = value.axes;
      checkAxesShape(v7, pointerJoin(path, "axes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CreateCustomFontRequest}.
 *
 * Body of POST /sites/{site_id}/custom_fonts: the font's settings and the metadata of its file. The file itself is then uploaded to the target the response gives.
 * @returns `{ ok: true, value }` typed as {@link CreateCustomFontRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCustomFontRequest(
  value: unknown,
): ValidationResult<CreateCustomFontRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateCustomFontRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCustomFontRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateFieldRequest.
 */
function checkCreateFieldRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    checkCreateStaticFieldRequest(value, path, variantIssues2);
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    checkCreateOptionFieldRequest(value, path, variantIssues3);
    if (variantIssues3.length === 0) matches1++;
  }
  {
    const variantIssues4: ValidationIssue[] = [];
    checkCreateReferenceFieldRequest(value, path, variantIssues4);
    if (variantIssues4.length === 0) matches1++;
  }
  if (matches1 !== 1) {
    issues.push(
      issue(
        path,
        "exactly one of: CreateStaticFieldRequest xor CreateOptionFieldRequest xor CreateReferenceFieldRequest",
        value,
      ),
    );
  }
}

/**
 * Checks that `value` is a {@link CreateFieldRequest}.
 *
 * A field to create (body of POST /collections/{collection_id}/fields, and an entry of `fields` when creating a collection): a static field, an Option field or a Reference field, told apart by `type`. Field validations cannot be set through the API.
 * @returns `{ ok: true, value }` typed as {@link CreateFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateFieldRequest(value: unknown): ValidationResult<CreateFieldRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateFieldRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateFieldRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateOptionFieldRequest.
 */
function checkCreateOptionFieldRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "isEditable")) {
      const v2: unknown = value.isEditable;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isEditable"), "boolean", v2));
      }
    }
    if (hasOwn(value, "isRequired")) {
      const v3: unknown = value.isRequired;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isRequired"), "boolean", v3));
      }
    }
    if (hasOwn(value, "type")) {
      const v4: unknown = value.type;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v4));
      } else {
        if (v4 !== "Option") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "Option"', v4));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v5: unknown = value.displayName;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "helpText")) {
      const v6: unknown = value.helpText;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "helpText"), "string", v6));
      }
    }
    if (hasOwn(value, "metadata")) {
      const v7: unknown = value.metadata;
      if (!isPlainObject(v7)) {
        issues.push(issue(pointerJoin(path, "metadata"), "object", v7));
      } else {
        if (hasOwn(v7, "options")) {
          const v8: unknown = v7.options;
          if (!Array.isArray(v8)) {
            issues.push(issue(pointerJoin(pointerJoin(path, "metadata"), "options"), "array", v8));
          } else {
            for (let i9 = 0; i9 < v8.length; i9++) {
              const item10: unknown = v8[i9];
              if (!isPlainObject(item10)) {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "metadata"), "options"), i9),
                    "object",
                    item10,
                  ),
                );
              } else {
                if (hasOwn(item10, "name")) {
                  const v11: unknown = item10.name;
                  if (typeof v11 !== "string") {
                    issues.push(
                      issue(
                        pointerJoin(
                          pointerJoin(pointerJoin(pointerJoin(path, "metadata"), "options"), i9),
                          "name",
                        ),
                        "string",
                        v11,
                      ),
                    );
                  }
                } else {
                  issues.push(
                    issue(
                      pointerJoin(
                        pointerJoin(pointerJoin(pointerJoin(path, "metadata"), "options"), i9),
                        "name",
                      ),
                      "required property",
                      undefined,
                    ),
                  );
                }
                if (hasOwn(item10, "id")) {
                  const v12: unknown = item10.id;
                  if (typeof v12 !== "string") {
                    issues.push(
                      issue(
                        pointerJoin(
                          pointerJoin(pointerJoin(pointerJoin(path, "metadata"), "options"), i9),
                          "id",
                        ),
                        "string",
                        v12,
                      ),
                    );
                  }
                }
              }
            }
          }
        } else {
          issues.push(
            issue(
              pointerJoin(pointerJoin(path, "metadata"), "options"),
              "required property",
              undefined,
            ),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "metadata"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CreateOptionFieldRequest}.
 *
 * An Option field to create, with the options an item can choose from.
 * @returns `{ ok: true, value }` typed as {@link CreateOptionFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateOptionFieldRequest(
  value: unknown,
): ValidationResult<CreateOptionFieldRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateOptionFieldRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateOptionFieldRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateProductRequest.
 */
function checkCreateProductRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "publishStatus")) {
      const v1: unknown = value.publishStatus;
      checkPublishStatus(v1, pointerJoin(path, "publishStatus"), issues);
    }
    if (hasOwn(value, "product")) {
      const v2: unknown = value.product;
      checkProductShape(v2, pointerJoin(path, "product"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "product"), "required property", undefined));
    }
    if (hasOwn(value, "sku")) {
      const v3: unknown = value.sku;
      checkSkuShape(v3, pointerJoin(path, "sku"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "sku"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CreateProductRequest}.
 *
 * Body of POST /sites/{site_id}/products: the product and its first (default) SKU. Further SKUs are added with createSkus.
 * @returns `{ ok: true, value }` typed as {@link CreateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateProductRequest(
  value: unknown,
): ValidationResult<CreateProductRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateProductRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateProductRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateRedirectRequest.
 */
function checkCreateRedirectRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fromUrl")) {
      const v1: unknown = value.fromUrl;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fromUrl"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fromUrl"), "required property", undefined));
    }
    if (hasOwn(value, "toUrl")) {
      const v2: unknown = value.toUrl;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "toUrl"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "toUrl"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CreateRedirectRequest}.
 *
 * Body of POST /sites/{site_id}/redirects.
 * @returns `{ ok: true, value }` typed as {@link CreateRedirectRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateRedirectRequest(
  value: unknown,
): ValidationResult<CreateRedirectRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateRedirectRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateRedirectRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateReferenceFieldRequest.
 */
function checkCreateReferenceFieldRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "isEditable")) {
      const v2: unknown = value.isEditable;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isEditable"), "boolean", v2));
      }
    }
    if (hasOwn(value, "isRequired")) {
      const v3: unknown = value.isRequired;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isRequired"), "boolean", v3));
      }
    }
    if (hasOwn(value, "type")) {
      const v4: unknown = value.type;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v4));
      } else {
        if (v4 !== "MultiReference" && v4 !== "Reference") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "MultiReference", "Reference"', v4));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v5: unknown = value.displayName;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "helpText")) {
      const v6: unknown = value.helpText;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "helpText"), "string", v6));
      }
    }
    if (hasOwn(value, "metadata")) {
      const v7: unknown = value.metadata;
      if (!isPlainObject(v7)) {
        issues.push(issue(pointerJoin(path, "metadata"), "object", v7));
      } else {
        if (hasOwn(v7, "collectionId")) {
          const v8: unknown = v7.collectionId;
          if (typeof v8 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "metadata"), "collectionId"), "string", v8),
            );
          }
        } else {
          issues.push(
            issue(
              pointerJoin(pointerJoin(path, "metadata"), "collectionId"),
              "required property",
              undefined,
            ),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "metadata"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CreateReferenceFieldRequest}.
 *
 * A Reference or MultiReference field to create, pointing at items of another collection.
 * @returns `{ ok: true, value }` typed as {@link CreateReferenceFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateReferenceFieldRequest(
  value: unknown,
): ValidationResult<CreateReferenceFieldRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateReferenceFieldRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateReferenceFieldRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateSiteRequest.
 */
function checkCreateSiteRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "name")) {
      const v1: unknown = value.name;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
    if (hasOwn(value, "templateName")) {
      const v2: unknown = value.templateName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "templateName"), "string", v2));
      }
    }
    if (hasOwn(value, "parentFolderId")) {
      const v3: unknown = value.parentFolderId;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "parentFolderId"), "string", v3));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CreateSiteRequest}.
 *
 * Body of POST /workspaces/{workspace_id}/sites.
 * @returns `{ ok: true, value }` typed as {@link CreateSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateSiteRequest(value: unknown): ValidationResult<CreateSiteRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateSiteRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateSiteRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateSkusRequest.
 */
function checkCreateSkusRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "publishStatus")) {
      const v1: unknown = value.publishStatus;
      checkPublishStatus(v1, pointerJoin(path, "publishStatus"), issues);
    }
    if (hasOwn(value, "skus")) {
      const v2: unknown = value.skus;
      if (!Array.isArray(v2)) {
        issues.push(issue(pointerJoin(path, "skus"), "array", v2));
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const item4: unknown = v2[i3];
          checkSkuInput(item4, pointerJoin(pointerJoin(path, "skus"), i3), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "skus"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CreateSkusRequest}.
 *
 * Body of POST /sites/{site_id}/products/{product_id}/skus.
 * @returns `{ ok: true, value }` typed as {@link CreateSkusRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateSkusRequest(value: unknown): ValidationResult<CreateSkusRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateSkusRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateSkusRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateStaticFieldRequest.
 */
function checkCreateStaticFieldRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "isEditable")) {
      const v2: unknown = value.isEditable;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isEditable"), "boolean", v2));
      }
    }
    if (hasOwn(value, "isRequired")) {
      const v3: unknown = value.isRequired;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isRequired"), "boolean", v3));
      }
    }
    if (hasOwn(value, "type")) {
      const v4: unknown = value.type;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v4));
      } else {
        if (!ALLOWED_3.has(v4)) {
          issues.push(
            issue(
              pointerJoin(path, "type"),
              'one of "Color", "DateTime", "Email", "File", "Image", "Link", "MultiImage", "Number", … (13 values)',
              v4,
            ),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v5: unknown = value.displayName;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "helpText")) {
      const v6: unknown = value.helpText;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "helpText"), "string", v6));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CreateStaticFieldRequest}.
 *
 * A field to create whose type needs no settings (text, number, date, media, link, switch...).
 * @returns `{ ok: true, value }` typed as {@link CreateStaticFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateStaticFieldRequest(
  value: unknown,
): ValidationResult<CreateStaticFieldRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateStaticFieldRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateStaticFieldRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreateWebhookRequest.
 */
function checkCreateWebhookRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      checkTriggerType(v1, pointerJoin(path, "triggerType"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v2: unknown = value.url;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v2));
      } else {
        if (!isUri(v2)) {
          issues.push(issue(pointerJoin(path, "url"), "uri string", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
    if (hasOwn(value, "filter")) {
      const v3: unknown = value.filter;
      checkWebhookFilter(v3, pointerJoin(path, "filter"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CreateWebhookRequest}.
 *
 * Body of POST /sites/{site_id}/webhooks. `filter` may only be sent with triggerType `form_submission`. At most 75 webhooks per triggerType per site.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateWebhookRequest(
  value: unknown,
): ValidationResult<CreateWebhookRequest> {
  const issues: ValidationIssue[] = [];
  checkCreateWebhookRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateWebhookRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CreatedField.
 */
function checkCreatedField(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "isEditable")) {
      const v2: unknown = value.isEditable;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isEditable"), "boolean", v2));
      }
    }
    if (hasOwn(value, "isRequired")) {
      const v3: unknown = value.isRequired;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isRequired"), "boolean", v3));
      }
    }
    if (hasOwn(value, "type")) {
      const v4: unknown = value.type;
      checkFieldType(v4, pointerJoin(path, "type"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v5: unknown = value.displayName;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "helpText")) {
      const v6: unknown = value.helpText;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "helpText"), "string", v6));
      }
    }
    if (hasOwn(value, "metadata")) {
      const v7: unknown = value.metadata;
      checkMetadataShape(v7, pointerJoin(path, "metadata"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CreatedField}.
 *
 * Response of POST /collections/{collection_id}/fields: the created field, in the shape of the request (with its `id`).
 * @returns `{ ok: true, value }` typed as {@link CreatedField}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreatedField(value: unknown): ValidationResult<CreatedField> {
  const issues: ValidationIssue[] = [];
  checkCreatedField(value, "", issues);
  return issues.length === 0 ? ok(value as CreatedField) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomCode.
 */
function checkCustomCode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "scripts")) {
      const v1: unknown = value.scripts;
      checkScriptsShape(v1, pointerJoin(path, "scripts"), issues);
    }
    if (hasOwn(value, "lastUpdated")) {
      const v2: unknown = value.lastUpdated;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v2));
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v3: unknown = value.createdOn;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CustomCode}.
 *
 * The custom code of a site or of a page: the registered scripts applied to it. Response of GET and PUT /sites/{site_id}/custom_code and /pages/{page_id}/custom_code, and body of the PUT requests.
 * @returns `{ ok: true, value }` typed as {@link CustomCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomCode(value: unknown): ValidationResult<CustomCode> {
  const issues: ValidationIssue[] = [];
  checkCustomCode(value, "", issues);
  return issues.length === 0 ? ok(value as CustomCode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomCodeBlock.
 */
function checkCustomCodeBlock(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "siteId")) {
      const v1: unknown = value.siteId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v1));
      }
    }
    if (hasOwn(value, "pageId")) {
      const v2: unknown = value.pageId;
      if (v2 !== null) {
        if (typeof v2 !== "string") {
          issues.push(issue(pointerJoin(path, "pageId"), "string", v2));
        }
      }
    }
    if (hasOwn(value, "type")) {
      const v3: unknown = value.type;
      let matches4 = 0;
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v3 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "type"), "string", v3));
        } else {
          if (v3 !== "site" && v3 !== "page") {
            variantIssues5.push(issue(pointerJoin(path, "type"), 'one of "site", "page"', v3));
          }
        }
        if (variantIssues5.length === 0) matches4++;
      }
      {
        const variantIssues6: ValidationIssue[] = [];
        if (typeof v3 !== "string") {
          variantIssues6.push(issue(pointerJoin(path, "type"), "string", v3));
        }
        if (variantIssues6.length === 0) matches4++;
      }
      {
        const variantIssues7: ValidationIssue[] = [];
        if (variantIssues7.length === 0) matches4++;
      }
      if (matches4 === 0) {
        issues.push(issue(pointerJoin(path, "type"), "string or string or any value or null", v3));
      }
    }
    if (hasOwn(value, "scripts")) {
      const v8: unknown = value.scripts;
      checkScriptsShape(v8, pointerJoin(path, "scripts"), issues);
    }
    if (hasOwn(value, "createdOn")) {
      const v9: unknown = value.createdOn;
      if (typeof v9 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v9));
      } else {
        if (!isDateTime(v9)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v9));
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v10: unknown = value.lastUpdated;
      if (typeof v10 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v10));
      } else {
        if (!isDateTime(v10)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v10));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CustomCodeBlock}.
 *
 * The custom code applied to the site or to one of its pages, as listed by GET /sites/{site_id}/custom_code/blocks.
 * @returns `{ ok: true, value }` typed as {@link CustomCodeBlock}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomCodeBlock(value: unknown): ValidationResult<CustomCodeBlock> {
  const issues: ValidationIssue[] = [];
  checkCustomCodeBlock(value, "", issues);
  return issues.length === 0 ? ok(value as CustomCodeBlock) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomCodeBlockList.
 */
function checkCustomCodeBlockList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "blocks")) {
      const v1: unknown = value.blocks;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "blocks"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCustomCodeBlock(item3, pointerJoin(pointerJoin(path, "blocks"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CustomCodeBlockList}.
 *
 * Response of GET /sites/{site_id}/custom_code/blocks, one page of custom code blocks.
 * @returns `{ ok: true, value }` typed as {@link CustomCodeBlockList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomCodeBlockList(value: unknown): ValidationResult<CustomCodeBlockList> {
  const issues: ValidationIssue[] = [];
  checkCustomCodeBlockList(value, "", issues);
  return issues.length === 0 ? ok(value as CustomCodeBlockList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomDomainList.
 */
function checkCustomDomainList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customDomains")) {
      const v1: unknown = value.customDomains;
      checkCustomDomainsShape(v1, pointerJoin(path, "customDomains"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link CustomDomainList}.
 *
 * Response of GET /sites/{site_id}/custom_domains.
 * @returns `{ ok: true, value }` typed as {@link CustomDomainList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomDomainList(value: unknown): ValidationResult<CustomDomainList> {
  const issues: ValidationIssue[] = [];
  checkCustomDomainList(value, "", issues);
  return issues.length === 0 ? ok(value as CustomDomainList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFont.
 */
function checkCustomFont(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      checkObjectId(v1, pointerJoin(path, "id"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "fontFamily")) {
      const v2: unknown = value.fontFamily;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "fontFamily"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fontFamily"), "required property", undefined));
    }
    if (hasOwn(value, "format")) {
      const v3: unknown = value.format;
      let matches4 = 0;
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v3 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "format"), "string", v3));
        } else {
          if (
            v3 !== "woff2" &&
            v3 !== "woff" &&
            v3 !== "truetype" &&
            v3 !== "opentype" &&
            v3 !== "embedded-opentype" &&
            v3 !== "svg"
          ) {
            variantIssues5.push(
              issue(
                pointerJoin(path, "format"),
                'one of "woff2", "woff", "truetype", "opentype", "embedded-opentype", "svg"',
                v3,
              ),
            );
          }
        }
        if (variantIssues5.length === 0) matches4++;
      }
      {
        const variantIssues6: ValidationIssue[] = [];
        if (typeof v3 !== "string") {
          variantIssues6.push(issue(pointerJoin(path, "format"), "string", v3));
        }
        if (variantIssues6.length === 0) matches4++;
      }
      if (matches4 === 0) {
        issues.push(issue(pointerJoin(path, "format"), "string or string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "format"), "required property", undefined));
    }
    if (hasOwn(value, "fileName")) {
      const v7: unknown = value.fileName;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "fileName"), "string", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileName"), "required property", undefined));
    }
    if (hasOwn(value, "weight")) {
      const v8: unknown = value.weight;
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        issues.push(issue(pointerJoin(path, "weight"), "integer", v8));
      }
    } else {
      issues.push(issue(pointerJoin(path, "weight"), "required property", undefined));
    }
    if (hasOwn(value, "italic")) {
      const v9: unknown = value.italic;
      if (typeof v9 !== "boolean") {
        issues.push(issue(pointerJoin(path, "italic"), "boolean", v9));
      }
    } else {
      issues.push(issue(pointerJoin(path, "italic"), "required property", undefined));
    }
    if (hasOwn(value, "fontDisplay")) {
      const v10: unknown = value.fontDisplay;
      let matches11 = 0;
      {
        const variantIssues12: ValidationIssue[] = [];
        checkCustomFontDisplay(v10, pointerJoin(path, "fontDisplay"), variantIssues12);
        if (variantIssues12.length === 0) matches11++;
      }
      {
        const variantIssues13: ValidationIssue[] = [];
        if (typeof v10 !== "string") {
          variantIssues13.push(issue(pointerJoin(path, "fontDisplay"), "string", v10));
        }
        if (variantIssues13.length === 0) matches11++;
      }
      if (matches11 === 0) {
        issues.push(issue(pointerJoin(path, "fontDisplay"), "CustomFontDisplay or string", v10));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fontDisplay"), "required property", undefined));
    }
    if (hasOwn(value, "axes")) {
      const v14: unknown = value.axes;
      checkAxesShape(v14, pointerJoin(path, "axes"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "axes"), "required property", undefined));
    }
    if (hasOwn(value, "hostedUrl")) {
      const v15: unknown = value.hostedUrl;
      if (typeof v15 !== "string") {
        issues.push(issue(pointerJoin(path, "hostedUrl"), "string", v15));
      } else {
        if (!isUri(v15)) {
          issues.push(issue(pointerJoin(path, "hostedUrl"), "uri string", v15));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "hostedUrl"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFont}.
 *
 * A custom font uploaded to a site.
 * @returns `{ ok: true, value }` typed as {@link CustomFont}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFont(value: unknown): ValidationResult<CustomFont> {
  const issues: ValidationIssue[] = [];
  checkCustomFont(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFont) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontAxis.
 */
function checkCustomFontAxis(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "tag")) {
      const v1: unknown = value.tag;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "tag"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "tag"), "required property", undefined));
    }
    if (hasOwn(value, "name")) {
      const v2: unknown = value.name;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v2));
      }
    }
    if (hasOwn(value, "min")) {
      const v3: unknown = value.min;
      if (typeof v3 !== "number" || !Number.isFinite(v3)) {
        issues.push(issue(pointerJoin(path, "min"), "number", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "min"), "required property", undefined));
    }
    if (hasOwn(value, "max")) {
      const v4: unknown = value.max;
      if (typeof v4 !== "number" || !Number.isFinite(v4)) {
        issues.push(issue(pointerJoin(path, "max"), "number", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "max"), "required property", undefined));
    }
    if (hasOwn(value, "defaultValue")) {
      const v5: unknown = value.defaultValue;
      if (typeof v5 !== "number" || !Number.isFinite(v5)) {
        issues.push(issue(pointerJoin(path, "defaultValue"), "number", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "defaultValue"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontAxis}.
 *
 * A variation axis of a variable font (for example `wght`, weight).
 * @returns `{ ok: true, value }` typed as {@link CustomFontAxis}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontAxis(value: unknown): ValidationResult<CustomFontAxis> {
  const issues: ValidationIssue[] = [];
  checkCustomFontAxis(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontAxis) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontDeleteFailure.
 */
function checkCustomFontDeleteFailure(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      checkObjectId(v1, pointerJoin(path, "id"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "name")) {
      const v2: unknown = value.name;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
    if (hasOwn(value, "msg")) {
      const v3: unknown = value.msg;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "msg"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "msg"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontDeleteFailure}.
 *
 * A custom font a batch delete could not delete, and why.
 * @returns `{ ok: true, value }` typed as {@link CustomFontDeleteFailure}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontDeleteFailure(
  value: unknown,
): ValidationResult<CustomFontDeleteFailure> {
  const issues: ValidationIssue[] = [];
  checkCustomFontDeleteFailure(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontDeleteFailure) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontDisplay.
 */
function checkCustomFontDisplay(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (
      value !== "auto" &&
      value !== "block" &&
      value !== "swap" &&
      value !== "fallback" &&
      value !== "optional"
    ) {
      issues.push(issue(path, 'one of "auto", "block", "swap", "fallback", "optional"', value));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontDisplay}.
 *
 * How the browser displays text while a custom font loads (CSS `font-display`): `auto`, `block`, `swap`, `fallback` or `optional`.
 * @returns `{ ok: true, value }` typed as {@link CustomFontDisplay}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontDisplay(value: unknown): ValidationResult<CustomFontDisplay> {
  const issues: ValidationIssue[] = [];
  checkCustomFontDisplay(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontDisplay) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontList.
 */
function checkCustomFontList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customFonts")) {
      const v1: unknown = value.customFonts;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "customFonts"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCustomFont(item3, pointerJoin(pointerJoin(path, "customFonts"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "customFonts"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontList}.
 *
 * Response of GET /sites/{site_id}/custom_fonts, one page of custom fonts.
 * @returns `{ ok: true, value }` typed as {@link CustomFontList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontList(value: unknown): ValidationResult<CustomFontList> {
  const issues: ValidationIssue[] = [];
  checkCustomFontList(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontReference.
 */
function checkCustomFontReference(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      checkObjectId(v1, pointerJoin(path, "id"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontReference}.
 *
 * A custom font named by its ID.
 * @returns `{ ok: true, value }` typed as {@link CustomFontReference}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontReference(value: unknown): ValidationResult<CustomFontReference> {
  const issues: ValidationIssue[] = [];
  checkCustomFontReference(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontReference) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontResponse.
 */
function checkCustomFontResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customFont")) {
      const v1: unknown = value.customFont;
      checkCustomFont(v1, pointerJoin(path, "customFont"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "customFont"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontResponse}.
 *
 * A custom font, wrapped (response of the get and update custom font endpoints).
 * @returns `{ ok: true, value }` typed as {@link CustomFontResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontResponse(value: unknown): ValidationResult<CustomFontResponse> {
  const issues: ValidationIssue[] = [];
  checkCustomFontResponse(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontResponse) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontUpload.
 */
function checkCustomFontUpload(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "url")) {
      const v1: unknown = value.url;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v1));
      } else {
        if (!isUri(v1)) {
          issues.push(issue(pointerJoin(path, "url"), "uri string", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "url"), "required property", undefined));
    }
    if (hasOwn(value, "fields")) {
      const v2: unknown = value.fields;
      checkCustomFontUploadFields(v2, pointerJoin(path, "fields"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "fields"), "required property", undefined));
    }
    if (hasOwn(value, "expiresAt")) {
      const v3: unknown = value.expiresAt;
      checkDateTime(v3, pointerJoin(path, "expiresAt"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "expiresAt"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontUpload}.
 *
 * An S3 upload target for a font file (a pre-signed form POST).
 * @returns `{ ok: true, value }` typed as {@link CustomFontUpload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontUpload(value: unknown): ValidationResult<CustomFontUpload> {
  const issues: ValidationIssue[] = [];
  checkCustomFontUpload(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontUpload) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontUploadFields.
 */
function checkCustomFontUploadFields(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "bucket")) {
      const v1: unknown = value.bucket;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "bucket"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "bucket"), "required property", undefined));
    }
    if (hasOwn(value, "key")) {
      const v2: unknown = value.key;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "key"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "key"), "required property", undefined));
    }
    if (hasOwn(value, "Policy")) {
      const v3: unknown = value.Policy;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "Policy"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "Policy"), "required property", undefined));
    }
    if (hasOwn(value, "X-Amz-Algorithm")) {
      const v4: unknown = value["X-Amz-Algorithm"];
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Algorithm"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "X-Amz-Algorithm"), "required property", undefined));
    }
    if (hasOwn(value, "X-Amz-Credential")) {
      const v5: unknown = value["X-Amz-Credential"];
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Credential"), "string", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "X-Amz-Credential"), "required property", undefined));
    }
    if (hasOwn(value, "X-Amz-Date")) {
      const v6: unknown = value["X-Amz-Date"];
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Date"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "X-Amz-Date"), "required property", undefined));
    }
    if (hasOwn(value, "X-Amz-Signature")) {
      const v7: unknown = value["X-Amz-Signature"];
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Signature"), "string", v7));
      }
    } else {
      issues.push(issue(pointerJoin(path, "X-Amz-Signature"), "required property", undefined));
    }
    if (hasOwn(value, "X-Amz-Security-Token")) {
      const v8: unknown = value["X-Amz-Security-Token"];
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "X-Amz-Security-Token"), "string", v8));
      }
    }
    if (hasOwn(value, "Content-MD5")) {
      const v9: unknown = value["Content-MD5"];
      if (typeof v9 !== "string") {
        issues.push(issue(pointerJoin(path, "Content-MD5"), "string", v9));
      }
    } else {
      issues.push(issue(pointerJoin(path, "Content-MD5"), "required property", undefined));
    }
    if (hasOwn(value, "acl")) {
      const v10: unknown = value.acl;
      if (typeof v10 !== "string") {
        issues.push(issue(pointerJoin(path, "acl"), "string", v10));
      }
    } else {
      issues.push(issue(pointerJoin(path, "acl"), "required property", undefined));
    }
    if (hasOwn(value, "Cache-Control")) {
      const v11: unknown = value["Cache-Control"];
      if (typeof v11 !== "string") {
        issues.push(issue(pointerJoin(path, "Cache-Control"), "string", v11));
      }
    } else {
      issues.push(issue(pointerJoin(path, "Cache-Control"), "required property", undefined));
    }
    if (hasOwn(value, "Content-Type")) {
      const v12: unknown = value["Content-Type"];
      if (typeof v12 !== "string") {
        issues.push(issue(pointerJoin(path, "Content-Type"), "string", v12));
      }
    } else {
      issues.push(issue(pointerJoin(path, "Content-Type"), "required property", undefined));
    }
    if (hasOwn(value, "success_action_status")) {
      const v13: unknown = value.success_action_status;
      if (typeof v13 !== "string") {
        issues.push(issue(pointerJoin(path, "success_action_status"), "string", v13));
      }
    } else {
      issues.push(
        issue(pointerJoin(path, "success_action_status"), "required property", undefined),
      );
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontUploadFields}.
 *
 * The S3 form fields of a font upload, to send unchanged with the file. The field names are S3's; X-Amz-Security-Token is only sent with temporary credentials.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUploadFields}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontUploadFields(
  value: unknown,
): ValidationResult<CustomFontUploadFields> {
  const issues: ValidationIssue[] = [];
  checkCustomFontUploadFields(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontUploadFields) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomFontUploadResponse.
 */
function checkCustomFontUploadResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customFont")) {
      const v1: unknown = value.customFont;
      checkCustomFont(v1, pointerJoin(path, "customFont"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "customFont"), "required property", undefined));
    }
    if (hasOwn(value, "upload")) {
      const v2: unknown = value.upload;
      checkCustomFontUpload(v2, pointerJoin(path, "upload"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "upload"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link CustomFontUploadResponse}.
 *
 * Response (202 Accepted) of the create custom font and replace custom font file endpoints: the font's record and where to upload its file. POST the file as `multipart/form-data` to `upload.url` with every `upload.fields` entry as a form field before `upload.expiresAt`.
 * @returns `{ ok: true, value }` typed as {@link CustomFontUploadResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomFontUploadResponse(
  value: unknown,
): ValidationResult<CustomFontUploadResponse> {
  const issues: ValidationIssue[] = [];
  checkCustomFontUploadResponse(value, "", issues);
  return issues.length === 0 ? ok(value as CustomFontUploadResponse) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a CustomRoleAuditEvent.
 */
function checkCustomRoleAuditEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "eventType")) {
      const v1: unknown = value.eventType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "eventType"), "string", v1));
      } else {
        if (v1 !== "custom_role") {
          issues.push(issue(pointerJoin(path, "eventType"), 'one of "custom_role"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "eventType"), "required property", undefined));
    }
    if (hasOwn(value, "eventSubType")) {
      const v2: unknown = value.eventSubType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        } else {
          if (v2 !== "role_created" && v2 !== "role_updated" && v2 !== "role_deleted") {
            variantIssues4.push(
              issue(
                pointerJoin(path, "eventSubType"),
                'one of "role_created", "role_updated", "role_deleted"',
                v2,
              ),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "eventSubType"), "string or string", v2));
      }
    }
    if (hasOwn(value, "payload")) {
      const v6: unknown = value.payload;
      if (!isPlainObject(v6)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v6));
      } else {
        if (hasOwn(v6, "roleName")) {
          const v7: unknown = v6.roleName;
          if (typeof v7 !== "string") {
            issues.push(issue(pointerJoin(pointerJoin(path, "payload"), "roleName"), "string", v7));
          }
        }
        if (hasOwn(v6, "previousRoleName")) {
          const v8: unknown = v6.previousRoleName;
          if (typeof v8 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "previousRoleName"), "string", v8),
            );
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link CustomRoleAuditEvent}.
 *
 * A custom role of the workspace was created, updated or deleted (`eventType` `custom_role`).
 * @returns `{ ok: true, value }` typed as {@link CustomRoleAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCustomRoleAuditEvent(
  value: unknown,
): ValidationResult<CustomRoleAuditEvent> {
  const issues: ValidationIssue[] = [];
  checkCustomRoleAuditEvent(value, "", issues);
  return issues.length === 0 ? ok(value as CustomRoleAuditEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a DateTime.
 */
function checkDateTime(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (!isDateTime(value)) {
      issues.push(issue(path, "date-time string", value));
    }
  }
}

/**
 * Checks that `value` is a {@link DateTime}.
 *
 * An ISO-8601 date and time in UTC, e.g. `2023-04-02T12:42:00.000Z`.
 * @returns `{ ok: true, value }` typed as {@link DateTime}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDateTime(value: unknown): ValidationResult<DateTime> {
  const issues: ValidationIssue[] = [];
  checkDateTime(value, "", issues);
  return issues.length === 0 ? ok(value as DateTime) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a DeleteWellKnownFilesRequest.
 */
function checkDeleteWellKnownFilesRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fileNames")) {
      const v1: unknown = value.fileNames;
      checkSiteIdsShape(v1, pointerJoin(path, "fileNames"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link DeleteWellKnownFilesRequest}.
 *
 * Body of DELETE /sites/{site_id}/well_known, naming the files to delete.
 * @returns `{ ok: true, value }` typed as {@link DeleteWellKnownFilesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDeleteWellKnownFilesRequest(
  value: unknown,
): ValidationResult<DeleteWellKnownFilesRequest> {
  const issues: ValidationIssue[] = [];
  checkDeleteWellKnownFilesRequest(value, "", issues);
  return issues.length === 0 ? ok(value as DeleteWellKnownFilesRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a DomNode.
 */
function checkDomNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    checkTextNode(value, path, variantIssues2);
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    checkImageNode(value, path, variantIssues3);
    if (variantIssues3.length === 0) matches1++;
  }
  {
    const variantIssues4: ValidationIssue[] = [];
    checkComponentInstanceNode(value, path, variantIssues4);
    if (variantIssues4.length === 0) matches1++;
  }
  {
    const variantIssues5: ValidationIssue[] = [];
    checkTextInputNode(value, path, variantIssues5);
    if (variantIssues5.length === 0) matches1++;
  }
  {
    const variantIssues6: ValidationIssue[] = [];
    checkSelectNode(value, path, variantIssues6);
    if (variantIssues6.length === 0) matches1++;
  }
  {
    const variantIssues7: ValidationIssue[] = [];
    checkSubmitButtonNode(value, path, variantIssues7);
    if (variantIssues7.length === 0) matches1++;
  }
  {
    const variantIssues8: ValidationIssue[] = [];
    checkSearchButtonNode(value, path, variantIssues8);
    if (variantIssues8.length === 0) matches1++;
  }
  {
    const variantIssues9: ValidationIssue[] = [];
    checkUnknownDomNode(value, path, variantIssues9);
    if (variantIssues9.length === 0) matches1++;
  }
  if (matches1 !== 1) {
    issues.push(
      issue(
        path,
        "exactly one of: TextNode xor ImageNode xor ComponentInstanceNode xor TextInputNode xor SelectNode xor SubmitButtonNode xor SearchButtonNode xor UnknownDomNode",
        value,
      ),
    );
  }
}

/**
 * Checks that `value` is a {@link DomNode}.
 *
 * A node of the static content (DOM) of a page or a component, as read by getPageContent and getComponentContent. Discriminated on `type`: each documented node type has its own schema whose `type` is a constant (`text`, `image`, `component-instance`, `text-input`, `select`, `submit-button`, `search-button`); a node of any other type (Webflow adds node types over time) is an UnknownDomNode and is passed through as sent.
 * @returns `{ ok: true, value }` typed as {@link DomNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDomNode(value: unknown): ValidationResult<DomNode> {
  const issues: ValidationIssue[] = [];
  checkDomNode(value, "", issues);
  return issues.length === 0 ? ok(value as DomNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a DomNodeUpdate.
 */
function checkDomNodeUpdate(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    checkTextNodeUpdate(value, path, variantIssues2);
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    checkComponentInstanceNodeUpdate(value, path, variantIssues3);
    if (variantIssues3.length === 0) matches1++;
  }
  {
    const variantIssues4: ValidationIssue[] = [];
    checkSelectNodeUpdate(value, path, variantIssues4);
    if (variantIssues4.length === 0) matches1++;
  }
  {
    const variantIssues5: ValidationIssue[] = [];
    checkTextInputNodeUpdate(value, path, variantIssues5);
    if (variantIssues5.length === 0) matches1++;
  }
  {
    const variantIssues6: ValidationIssue[] = [];
    checkSubmitButtonNodeUpdate(value, path, variantIssues6);
    if (variantIssues6.length === 0) matches1++;
  }
  {
    const variantIssues7: ValidationIssue[] = [];
    checkSearchButtonNodeUpdate(value, path, variantIssues7);
    if (variantIssues7.length === 0) matches1++;
  }
  if (matches1 === 0) {
    issues.push(
      issue(
        path,
        "TextNodeUpdate or ComponentInstanceNodeUpdate or SelectNodeUpdate or TextInputNodeUpdate or SubmitButtonNodeUpdate or SearchButtonNodeUpdate",
        value,
      ),
    );
  }
}

/**
 * Checks that `value` is a {@link DomNodeUpdate}.
 *
 * The new content of one node: the fields to send depend on the node's type (`text` for a text node, `propertyOverrides` for a component instance, `choices` for a select field, `placeholder` for a text input, `value` and/or `waitingText` for a submit button, `value` for a search button).
 * @returns `{ ok: true, value }` typed as {@link DomNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDomNodeUpdate(value: unknown): ValidationResult<DomNodeUpdate> {
  const issues: ValidationIssue[] = [];
  checkDomNodeUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as DomNodeUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a DomText.
 */
function checkDomText(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "html")) {
      const v1: unknown = value.html;
      if (v1 !== null) {
        if (typeof v1 !== "string") {
          issues.push(issue(pointerJoin(path, "html"), "string", v1));
        }
      }
    }
    if (hasOwn(value, "text")) {
      const v2: unknown = value.text;
      if (v2 !== null) {
        if (typeof v2 !== "string") {
          issues.push(issue(pointerJoin(path, "text"), "string", v2));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link DomText}.
 *
 * Text content of a node or of a component property, as HTML (with inline formatting) and as plain text. Either may be null.
 * @returns `{ ok: true, value }` typed as {@link DomText}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDomText(value: unknown): ValidationResult<DomText> {
  const issues: ValidationIssue[] = [];
  checkDomText(value, "", issues);
  return issues.length === 0 ? ok(value as DomText) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a DomUpdateRequest.
 */
function checkDomUpdateRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "nodes")) {
      const v1: unknown = value.nodes;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "nodes"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkDomNodeUpdate(item3, pointerJoin(pointerJoin(path, "nodes"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "nodes"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link DomUpdateRequest}.
 *
 * Body of POST /pages/{page_id}/dom and POST /sites/{site_id}/components/{component_id}/dom: the nodes to update, each identified by `nodeId` and carrying the new content for its node type.
 * @returns `{ ok: true, value }` typed as {@link DomUpdateRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDomUpdateRequest(value: unknown): ValidationResult<DomUpdateRequest> {
  const issues: ValidationIssue[] = [];
  checkDomUpdateRequest(value, "", issues);
  return issues.length === 0 ? ok(value as DomUpdateRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Domain.
 */
function checkDomain(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "url")) {
      const v2: unknown = value.url;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v2));
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v3: unknown = value.lastPublished;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v3));
        } else {
          if (!isDateTime(v3)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v3));
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Domain}.
 *
 * A custom domain attached to a site.
 * @returns `{ ok: true, value }` typed as {@link Domain}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDomain(value: unknown): ValidationResult<Domain> {
  const issues: ValidationIssue[] = [];
  checkDomain(value, "", issues);
  return issues.length === 0 ? ok(value as Domain) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a EcommInventoryChangedEvent.
 */
function checkEcommInventoryChangedEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "ecomm_inventory_changed") {
          issues.push(
            issue(pointerJoin(path, "triggerType"), 'one of "ecomm_inventory_changed"', v1),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkInventory(v2, pointerJoin(path, "payload"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link EcommInventoryChangedEvent}.
 *
 * Body of the webhook delivery for trigger type `ecomm_inventory_changed`: the inventory of a SKU changed; `payload` is the new inventory.
 * @returns `{ ok: true, value }` typed as {@link EcommInventoryChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateEcommInventoryChangedEvent(
  value: unknown,
): ValidationResult<EcommInventoryChangedEvent> {
  const issues: ValidationIssue[] = [];
  checkEcommInventoryChangedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as EcommInventoryChangedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a EcommNewOrderEvent.
 */
function checkEcommNewOrderEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "ecomm_new_order") {
          issues.push(issue(pointerJoin(path, "triggerType"), 'one of "ecomm_new_order"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkOrder(v2, pointerJoin(path, "payload"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link EcommNewOrderEvent}.
 *
 * Body of the webhook delivery for trigger type `ecomm_new_order`: a new order was placed; `payload` is the order.
 * @returns `{ ok: true, value }` typed as {@link EcommNewOrderEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateEcommNewOrderEvent(value: unknown): ValidationResult<EcommNewOrderEvent> {
  const issues: ValidationIssue[] = [];
  checkEcommNewOrderEvent(value, "", issues);
  return issues.length === 0 ? ok(value as EcommNewOrderEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a EcommOrderChangedEvent.
 */
function checkEcommOrderChangedEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "ecomm_order_changed") {
          issues.push(issue(pointerJoin(path, "triggerType"), 'one of "ecomm_order_changed"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkOrder(v2, pointerJoin(path, "payload"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link EcommOrderChangedEvent}.
 *
 * Body of the webhook delivery for trigger type `ecomm_order_changed`: an order changed (status, shipping details, comment...); `payload` is the order as it is now.
 * @returns `{ ok: true, value }` typed as {@link EcommOrderChangedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateEcommOrderChangedEvent(
  value: unknown,
): ValidationResult<EcommOrderChangedEvent> {
  const issues: ValidationIssue[] = [];
  checkEcommOrderChangedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as EcommOrderChangedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a EcommerceSettings.
 */
function checkEcommerceSettings(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "siteId")) {
      const v1: unknown = value.siteId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "siteId"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v2: unknown = value.createdOn;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v2));
      } else {
        if (!isDateTime(v2)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v2));
        }
      }
    }
    if (hasOwn(value, "defaultCurrency")) {
      const v3: unknown = value.defaultCurrency;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "defaultCurrency"), "string", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link EcommerceSettings}.
 *
 * The ecommerce settings of a site.
 * @returns `{ ok: true, value }` typed as {@link EcommerceSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateEcommerceSettings(value: unknown): ValidationResult<EcommerceSettings> {
  const issues: ValidationIssue[] = [];
  checkEcommerceSettings(value, "", issues);
  return issues.length === 0 ? ok(value as EcommerceSettings) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ErrorSchema.
 */
function checkErrorSchema(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "code")) {
      const v1: unknown = value.code;
      checkErrorCode(v1, pointerJoin(path, "code"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "code"), "required property", undefined));
    }
    if (hasOwn(value, "message")) {
      const v2: unknown = value.message;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "message"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "message"), "required property", undefined));
    }
    if (hasOwn(value, "externalReference")) {
      const v3: unknown = value.externalReference;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "externalReference"), "string", v3));
        }
      }
    }
    if (hasOwn(value, "details")) {
      const v4: unknown = value.details;
      if (!Array.isArray(v4)) {
        issues.push(issue(pointerJoin(path, "details"), "array", v4));
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const item6: unknown = v4[i5];
          let matches7 = 0;
          {
            const variantIssues8: ValidationIssue[] = [];
            if (typeof item6 !== "string") {
              variantIssues8.push(
                issue(pointerJoin(pointerJoin(path, "details"), i5), "string", item6),
              );
            }
            if (variantIssues8.length === 0) matches7++;
          }
          {
            const variantIssues9: ValidationIssue[] = [];
            checkErrorDetail(item6, pointerJoin(pointerJoin(path, "details"), i5), variantIssues9);
            if (variantIssues9.length === 0) matches7++;
          }
          if (matches7 !== 1) {
            issues.push(
              issue(
                pointerJoin(pointerJoin(path, "details"), i5),
                "exactly one of: string xor ErrorDetail",
                item6,
              ),
            );
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link ErrorSchema}.
 *
 * Body of every 4xx and 5xx response of the Data API v2. `code` is a machine-readable error code (see ErrorCode), `message` a human-readable explanation (for `missing_scopes` it names the missing scopes), `externalReference` an optional link or reference id, and `details` extra information such as the parameters that failed validation. Only `code` and `message` are required, so that a client can still surface errors whose body omits the optional fields.
 * @returns `{ ok: true, value }` typed as {@link ErrorSchema}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateErrorSchema(value: unknown): ValidationResult<ErrorSchema> {
  const issues: ValidationIssue[] = [];
  checkErrorSchema(value, "", issues);
  return issues.length === 0 ? ok(value as ErrorSchema) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ErrorCode.
 */
function checkErrorCode(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues2.push(issue(path, "string", value));
    } else {
      if (!ALLOWED_4.has(value)) {
        variantIssues2.push(
          issue(
            path,
            'one of "bad_request", "validation_error", "not_authorized", "forbidden", "missing_scopes", "resource_not_found", "conflict", "too_many_requests", … (30 values)',
            value,
          ),
        );
      }
    }
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues3.push(issue(path, "string", value));
    }
    if (variantIssues3.length === 0) matches1++;
  }
  if (matches1 === 0) {
    issues.push(issue(path, "string or string", value));
  }
}

/**
 * Checks that `value` is a {@link ErrorCode}.
 *
 * Machine-readable error code. The enum lists every code known when this description was written, but new codes appear over time: the schema also accepts any other string, and clients must handle unknown codes (treat them by HTTP status). Common codes by status: 400 bad_request / validation_error, 401 not_authorized, 403 forbidden / missing_scopes, 404 resource_not_found, 409 conflict, 429 too_many_requests, 500 internal_error, 503 service_unavailable.
 * @returns `{ ok: true, value }` typed as {@link ErrorCode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateErrorCode(value: unknown): ValidationResult<ErrorCode> {
  const issues: ValidationIssue[] = [];
  checkErrorCode(value, "", issues);
  return issues.length === 0 ? ok(value as ErrorCode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ErrorDetail.
 */
function checkErrorDetail(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "param")) {
      const v1: unknown = value.param;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "param"), "string", v1));
      }
    }
    if (hasOwn(value, "description")) {
      const v2: unknown = value.description;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "description"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link ErrorDetail}.
 *
 * A structured error detail naming the parameter that caused the error.
 * @returns `{ ok: true, value }` typed as {@link ErrorDetail}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateErrorDetail(value: unknown): ValidationResult<ErrorDetail> {
  const issues: ValidationIssue[] = [];
  checkErrorDetail(value, "", issues);
  return issues.length === 0 ? ok(value as ErrorDetail) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Field.
 */
function checkField(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "isRequired")) {
      const v2: unknown = value.isRequired;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isRequired"), "boolean", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "isRequired"), "required property", undefined));
    }
    if (hasOwn(value, "isEditable")) {
      const v3: unknown = value.isEditable;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isEditable"), "boolean", v3));
      }
    }
    if (hasOwn(value, "type")) {
      const v4: unknown = value.type;
      checkFieldType(v4, pointerJoin(path, "type"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "slug")) {
      const v5: unknown = value.slug;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v5));
      }
    }
    if (hasOwn(value, "displayName")) {
      const v6: unknown = value.displayName;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v6));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "helpText")) {
      const v7: unknown = value.helpText;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "helpText"), "string", v7));
      }
    }
    if (hasOwn(value, "validations")) {
      const v8: unknown = value.validations;
      if (v8 !== null) {
        checkMetadataShape(v8, pointerJoin(path, "validations"), issues);
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Field}.
 *
 * A field of a CMS collection, as GET /collections/{collection_id} and PATCH .../fields/{field_id} return it.
 * @returns `{ ok: true, value }` typed as {@link Field}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateField(value: unknown): ValidationResult<Field> {
  const issues: ValidationIssue[] = [];
  checkField(value, "", issues);
  return issues.length === 0 ? ok(value as Field) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FieldType.
 */
function checkFieldType(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues2.push(issue(path, "string", value));
    } else {
      if (!ALLOWED_5.has(value)) {
        variantIssues2.push(
          issue(
            path,
            'one of "Color", "DateTime", "Email", "ExtFileRef", "File", "Image", "Link", "MultiImage", … (17 values)',
            value,
          ),
        );
      }
    }
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues3.push(issue(path, "string", value));
    }
    if (variantIssues3.length === 0) matches1++;
  }
  if (matches1 === 0) {
    issues.push(issue(path, "string or string", value));
  }
}

/**
 * Checks that `value` is a {@link FieldType}.
 *
 * The type of a collection field. Webflow adds field types over time: a value outside the known list is passed through as a plain string.
 * @returns `{ ok: true, value }` typed as {@link FieldType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFieldType(value: unknown): ValidationResult<FieldType> {
  const issues: ValidationIssue[] = [];
  checkFieldType(value, "", issues);
  return issues.length === 0 ? ok(value as FieldType) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Form.
 */
function checkForm(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      checkObjectId(v1, pointerJoin(path, "id"), issues);
    }
    if (hasOwn(value, "displayName")) {
      const v2: unknown = value.displayName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v2));
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v3: unknown = value.createdOn;
      checkDateTime(v3, pointerJoin(path, "createdOn"), issues);
    }
    if (hasOwn(value, "lastUpdated")) {
      const v4: unknown = value.lastUpdated;
      checkDateTime(v4, pointerJoin(path, "lastUpdated"), issues);
    }
    if (hasOwn(value, "fields")) {
      const v5: unknown = value.fields;
      checkMetadataShape(v5, pointerJoin(path, "fields"), issues);
    }
    if (hasOwn(value, "responseSettings")) {
      const v6: unknown = value.responseSettings;
      checkFormResponseSettings(v6, pointerJoin(path, "responseSettings"), issues);
    }
    if (hasOwn(value, "siteId")) {
      const v7: unknown = value.siteId;
      checkObjectId(v7, pointerJoin(path, "siteId"), issues);
    }
    if (hasOwn(value, "siteDomainId")) {
      const v8: unknown = value.siteDomainId;
      checkObjectId(v8, pointerJoin(path, "siteDomainId"), issues);
    }
    if (hasOwn(value, "pageId")) {
      const v9: unknown = value.pageId;
      checkObjectId(v9, pointerJoin(path, "pageId"), issues);
    }
    if (hasOwn(value, "pageName")) {
      const v10: unknown = value.pageName;
      if (typeof v10 !== "string") {
        issues.push(issue(pointerJoin(path, "pageName"), "string", v10));
      }
    }
    if (hasOwn(value, "formElementId")) {
      const v11: unknown = value.formElementId;
      if (v11 !== null) {
        if (typeof v11 !== "string") {
          issues.push(issue(pointerJoin(path, "formElementId"), "string", v11));
        }
      }
    }
    if (hasOwn(value, "workspaceId")) {
      const v12: unknown = value.workspaceId;
      checkObjectId(v12, pointerJoin(path, "workspaceId"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link Form}.
 *
 * A form on a page of a site, with its fields and response settings (the form's schema).
 * @returns `{ ok: true, value }` typed as {@link Form}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateForm(value: unknown): ValidationResult<Form> {
  const issues: ValidationIssue[] = [];
  checkForm(value, "", issues);
  return issues.length === 0 ? ok(value as Form) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FormList.
 */
function checkFormList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "forms")) {
      const v1: unknown = value.forms;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "forms"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkForm(item3, pointerJoin(pointerJoin(path, "forms"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "forms"), "required property", undefined));
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "pagination"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link FormList}.
 *
 * Response of GET /sites/{site_id}/forms, one page of forms.
 * @returns `{ ok: true, value }` typed as {@link FormList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFormList(value: unknown): ValidationResult<FormList> {
  const issues: ValidationIssue[] = [];
  checkFormList(value, "", issues);
  return issues.length === 0 ? ok(value as FormList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FormResponseSettings.
 */
function checkFormResponseSettings(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "redirectUrl")) {
      const v1: unknown = value.redirectUrl;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "redirectUrl"), "string", v1));
      }
    }
    if (hasOwn(value, "redirectMethod")) {
      const v2: unknown = value.redirectMethod;
      if (v2 !== null) {
        if (typeof v2 !== "string") {
          issues.push(issue(pointerJoin(path, "redirectMethod"), "string", v2));
        }
      }
    }
    if (hasOwn(value, "redirectAction")) {
      const v3: unknown = value.redirectAction;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "redirectAction"), "string", v3));
        }
      }
    }
    if (hasOwn(value, "sendEmailConfirmation")) {
      const v4: unknown = value.sendEmailConfirmation;
      if (typeof v4 !== "boolean") {
        issues.push(issue(pointerJoin(path, "sendEmailConfirmation"), "boolean", v4));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link FormResponseSettings}.
 *
 * What happens after a form is submitted (redirect and confirmation e-mail).
 * @returns `{ ok: true, value }` typed as {@link FormResponseSettings}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFormResponseSettings(
  value: unknown,
): ValidationResult<FormResponseSettings> {
  const issues: ValidationIssue[] = [];
  checkFormResponseSettings(value, "", issues);
  return issues.length === 0 ? ok(value as FormResponseSettings) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FormSubmission.
 */
function checkFormSubmission(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      checkObjectId(v1, pointerJoin(path, "id"), issues);
    }
    if (hasOwn(value, "displayName")) {
      const v2: unknown = value.displayName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v2));
      }
    }
    if (hasOwn(value, "siteId")) {
      const v3: unknown = value.siteId;
      checkObjectId(v3, pointerJoin(path, "siteId"), issues);
    }
    if (hasOwn(value, "workspaceId")) {
      const v4: unknown = value.workspaceId;
      checkObjectId(v4, pointerJoin(path, "workspaceId"), issues);
    }
    if (hasOwn(value, "dateSubmitted")) {
      const v5: unknown = value.dateSubmitted;
      checkDateTime(v5, pointerJoin(path, "dateSubmitted"), issues);
    }
    if (hasOwn(value, "formResponse")) {
      const v6: unknown = value.formResponse;
      checkMetadataShape(v6, pointerJoin(path, "formResponse"), issues);
    }
    if (hasOwn(value, "localeId")) {
      const v7: unknown = value.localeId;
      checkFolderIdShape(v7, pointerJoin(path, "localeId"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link FormSubmission}.
 *
 * A submission of a form.
 * @returns `{ ok: true, value }` typed as {@link FormSubmission}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFormSubmission(value: unknown): ValidationResult<FormSubmission> {
  const issues: ValidationIssue[] = [];
  checkFormSubmission(value, "", issues);
  return issues.length === 0 ? ok(value as FormSubmission) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FormSubmissionEvent.
 */
function checkFormSubmissionEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "form_submission") {
          issues.push(issue(pointerJoin(path, "triggerType"), 'one of "form_submission"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkFormSubmissionEventPayload(v2, pointerJoin(path, "payload"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link FormSubmissionEvent}.
 *
 * Body of the webhook delivery for trigger type `form_submission` (a form on the site was submitted).
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFormSubmissionEvent(value: unknown): ValidationResult<FormSubmissionEvent> {
  const issues: ValidationIssue[] = [];
  checkFormSubmissionEvent(value, "", issues);
  return issues.length === 0 ? ok(value as FormSubmissionEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FormSubmissionEventField.
 */
function checkFormSubmissionEventField(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fieldName")) {
      const v1: unknown = value.fieldName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fieldName"), "string", v1));
      }
    }
    if (hasOwn(value, "fieldType")) {
      const v2: unknown = value.fieldType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "fieldType"), "string", v2));
        } else {
          if (
            v2 !== "FormTextInput" &&
            v2 !== "FormTextarea" &&
            v2 !== "FormCheckboxInput" &&
            v2 !== "FormRadioInput" &&
            v2 !== "FormFileUploadInput"
          ) {
            variantIssues4.push(
              issue(
                pointerJoin(path, "fieldType"),
                'one of "FormTextInput", "FormTextarea", "FormCheckboxInput", "FormRadioInput", "FormFileUploadInput"',
                v2,
              ),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "fieldType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "fieldType"), "string or string", v2));
      }
    }
    if (hasOwn(value, "fieldElementId")) {
      const v6: unknown = value.fieldElementId;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "fieldElementId"), "string", v6));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link FormSubmissionEventField}.
 *
 * A field of the submitted form, in a `form_submission` webhook delivery.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEventField}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFormSubmissionEventField(
  value: unknown,
): ValidationResult<FormSubmissionEventField> {
  const issues: ValidationIssue[] = [];
  checkFormSubmissionEventField(value, "", issues);
  return issues.length === 0 ? ok(value as FormSubmissionEventField) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FormSubmissionEventPayload.
 */
function checkFormSubmissionEventPayload(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "name")) {
      const v1: unknown = value.name;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v1));
      }
    }
    if (hasOwn(value, "siteId")) {
      const v2: unknown = value.siteId;
      checkObjectId(v2, pointerJoin(path, "siteId"), issues);
    }
    if (hasOwn(value, "data")) {
      const v3: unknown = value.data;
      checkMetadataShape(v3, pointerJoin(path, "data"), issues);
    }
    if (hasOwn(value, "schema")) {
      const v4: unknown = value.schema;
      if (!Array.isArray(v4)) {
        issues.push(issue(pointerJoin(path, "schema"), "array", v4));
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const item6: unknown = v4[i5];
          checkFormSubmissionEventField(
            item6,
            pointerJoin(pointerJoin(path, "schema"), i5),
            issues,
          );
        }
      }
    }
    if (hasOwn(value, "submittedAt")) {
      const v7: unknown = value.submittedAt;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "submittedAt"), "string", v7));
      }
    }
    if (hasOwn(value, "id")) {
      const v8: unknown = value.id;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v8));
      }
    }
    if (hasOwn(value, "formId")) {
      const v9: unknown = value.formId;
      checkObjectId(v9, pointerJoin(path, "formId"), issues);
    }
    if (hasOwn(value, "formElementId")) {
      const v10: unknown = value.formElementId;
      if (v10 !== null) {
        if (typeof v10 !== "string") {
          issues.push(issue(pointerJoin(path, "formElementId"), "string", v10));
        }
      }
    }
    if (hasOwn(value, "localeId")) {
      const v11: unknown = value.localeId;
      checkFolderIdShape(v11, pointerJoin(path, "localeId"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link FormSubmissionEventPayload}.
 *
 * The payload of a `form_submission` webhook delivery.
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFormSubmissionEventPayload(
  value: unknown,
): ValidationResult<FormSubmissionEventPayload> {
  const issues: ValidationIssue[] = [];
  checkFormSubmissionEventPayload(value, "", issues);
  return issues.length === 0 ? ok(value as FormSubmissionEventPayload) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FormSubmissionList.
 */
function checkFormSubmissionList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "formSubmissions")) {
      const v1: unknown = value.formSubmissions;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "formSubmissions"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkFormSubmission(item3, pointerJoin(pointerJoin(path, "formSubmissions"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link FormSubmissionList}.
 *
 * One page of form submissions (response of the list form submissions endpoints).
 * @returns `{ ok: true, value }` typed as {@link FormSubmissionList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFormSubmissionList(value: unknown): ValidationResult<FormSubmissionList> {
  const issues: ValidationIssue[] = [];
  checkFormSubmissionList(value, "", issues);
  return issues.length === 0 ? ok(value as FormSubmissionList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a FulfillOrderRequest.
 */
function checkFulfillOrderRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "sendOrderFulfilledEmail")) {
      const v1: unknown = value.sendOrderFulfilledEmail;
      if (typeof v1 !== "boolean") {
        issues.push(issue(pointerJoin(path, "sendOrderFulfilledEmail"), "boolean", v1));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link FulfillOrderRequest}.
 *
 * Body of POST /sites/{site_id}/orders/{order_id}/fulfill.
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFulfillOrderRequest(value: unknown): ValidationResult<FulfillOrderRequest> {
  const issues: ValidationIssue[] = [];
  checkFulfillOrderRequest(value, "", issues);
  return issues.length === 0 ? ok(value as FulfillOrderRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a GoogleTag.
 */
function checkGoogleTag(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "order")) {
      const v1: unknown = value.order;
      if (typeof v1 !== "number" || !Number.isInteger(v1)) {
        issues.push(issue(pointerJoin(path, "order"), "integer", v1));
      }
    }
    if (hasOwn(value, "displayName")) {
      const v2: unknown = value.displayName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
    if (hasOwn(value, "tagId")) {
      const v3: unknown = value.tagId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "tagId"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "tagId"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link GoogleTag}.
 *
 * A Google tag (for example a Google Analytics or Google Ads tag ID) installed on a site.
 * @returns `{ ok: true, value }` typed as {@link GoogleTag}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGoogleTag(value: unknown): ValidationResult<GoogleTag> {
  const issues: ValidationIssue[] = [];
  checkGoogleTag(value, "", issues);
  return issues.length === 0 ? ok(value as GoogleTag) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a GoogleTagList.
 */
function checkGoogleTagList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "googleTagIds")) {
      const v1: unknown = value.googleTagIds;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "googleTagIds"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkGoogleTag(item3, pointerJoin(pointerJoin(path, "googleTagIds"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "googleTagIds"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link GoogleTagList}.
 *
 * The Google tags of a site: the response of the Google tag operations and the body of PATCH /sites/{site_id}/integrations/google_tags.
 * @returns `{ ok: true, value }` typed as {@link GoogleTagList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGoogleTagList(value: unknown): ValidationResult<GoogleTagList> {
  const issues: ValidationIssue[] = [];
  checkGoogleTagList(value, "", issues);
  return issues.length === 0 ? ok(value as GoogleTagList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a HtmlAttributes.
 */
function checkHtmlAttributes(value: unknown, path: string, issues: ValidationIssue[]): void {
  checkMetadataShape(value, path, issues);
}

/**
 * Checks that `value` is a {@link HtmlAttributes}.
 *
 * Custom HTML attributes, attribute name to value. The reference gives no shape for the values, so any JSON value is accepted.
 * @returns `{ ok: true, value }` typed as {@link HtmlAttributes}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateHtmlAttributes(value: unknown): ValidationResult<HtmlAttributes> {
  const issues: ValidationIssue[] = [];
  checkHtmlAttributes(value, "", issues);
  return issues.length === 0 ? ok(value as HtmlAttributes) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ImageNode.
 */
function checkImageNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v2));
      } else {
        if (v2 !== "image") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "image"', v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "image")) {
      const v3: unknown = value.image;
      if (!isPlainObject(v3)) {
        issues.push(issue(pointerJoin(path, "image"), "object", v3));
      } else {
        if (hasOwn(v3, "alt")) {
          const v4: unknown = v3.alt;
          if (v4 !== null) {
            if (typeof v4 !== "string") {
              issues.push(issue(pointerJoin(pointerJoin(path, "image"), "alt"), "string", v4));
            }
          }
        }
        if (hasOwn(v3, "assetId")) {
          const v5: unknown = v3.assetId;
          if (typeof v5 !== "string") {
            issues.push(issue(pointerJoin(pointerJoin(path, "image"), "assetId"), "string", v5));
          }
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "image"), "required property", undefined));
    }
    if (hasOwn(value, "attributes")) {
      const v6: unknown = value.attributes;
      checkHtmlAttributes(v6, pointerJoin(path, "attributes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link ImageNode}.
 *
 * An image node, identified by the asset it shows.
 * @returns `{ ok: true, value }` typed as {@link ImageNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateImageNode(value: unknown): ValidationResult<ImageNode> {
  const issues: ValidationIssue[] = [];
  checkImageNode(value, "", issues);
  return issues.length === 0 ? ok(value as ImageNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Introspection.
 */
function checkIntrospection(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "authorization")) {
      const v1: unknown = value.authorization;
      checkAuthorization(v1, pointerJoin(path, "authorization"), issues);
    }
    if (hasOwn(value, "application")) {
      const v2: unknown = value.application;
      checkApplication(v2, pointerJoin(path, "application"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link Introspection}.
 *
 * Information about the token used for the request (response of GET /token/introspect). `application` is absent for site and workspace tokens (grantType `client_credentials`).
 * @returns `{ ok: true, value }` typed as {@link Introspection}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateIntrospection(value: unknown): ValidationResult<Introspection> {
  const issues: ValidationIssue[] = [];
  checkIntrospection(value, "", issues);
  return issues.length === 0 ? ok(value as Introspection) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Inventory.
 */
function checkInventory(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "quantity")) {
      const v2: unknown = value.quantity;
      if (typeof v2 !== "number" || !Number.isFinite(v2)) {
        issues.push(issue(pointerJoin(path, "quantity"), "number", v2));
      }
    }
    if (hasOwn(value, "inventoryType")) {
      const v3: unknown = value.inventoryType;
      let matches4 = 0;
      {
        const variantIssues5: ValidationIssue[] = [];
        checkInventoryType(v3, pointerJoin(path, "inventoryType"), variantIssues5);
        if (variantIssues5.length === 0) matches4++;
      }
      {
        const variantIssues6: ValidationIssue[] = [];
        if (typeof v3 !== "string") {
          variantIssues6.push(issue(pointerJoin(path, "inventoryType"), "string", v3));
        }
        if (variantIssues6.length === 0) matches4++;
      }
      if (matches4 === 0) {
        issues.push(issue(pointerJoin(path, "inventoryType"), "InventoryType or string", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Inventory}.
 *
 * The inventory of a SKU.
 * @returns `{ ok: true, value }` typed as {@link Inventory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateInventory(value: unknown): ValidationResult<Inventory> {
  const issues: ValidationIssue[] = [];
  checkInventory(value, "", issues);
  return issues.length === 0 ? ok(value as Inventory) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a InventoryType.
 */
function checkInventoryType(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (value !== "infinite" && value !== "finite") {
      issues.push(issue(path, 'one of "infinite", "finite"', value));
    }
  }
}

/**
 * Checks that `value` is a {@link InventoryType}.
 *
 * How the stock of a SKU is counted: `finite` (tracked quantity) or `infinite` (unlimited).
 * @returns `{ ok: true, value }` typed as {@link InventoryType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateInventoryType(value: unknown): ValidationResult<InventoryType> {
  const issues: ValidationIssue[] = [];
  checkInventoryType(value, "", issues);
  return issues.length === 0 ? ok(value as InventoryType) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ItemFieldData.
 */
function checkItemFieldData(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "name")) {
      const v1: unknown = value.name;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
    if (hasOwn(value, "slug")) {
      const v2: unknown = value.slug;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "slug"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link ItemFieldData}.
 *
 * The field values of a CMS item, keyed by field slug. `name` and `slug` are the built-in fields every collection has; every other key is a custom field whose value type depends on the field's type (text, number, boolean, an image or file object, a referenced item ID, a list of IDs...).
 * @returns `{ ok: true, value }` typed as {@link ItemFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateItemFieldData(value: unknown): ValidationResult<ItemFieldData> {
  const issues: ValidationIssue[] = [];
  checkItemFieldData(value, "", issues);
  return issues.length === 0 ? ok(value as ItemFieldData) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ItemFieldDataPartial.
 */
function checkItemFieldDataPartial(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "name")) {
      const v1: unknown = value.name;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v1));
      }
    }
    if (hasOwn(value, "slug")) {
      const v2: unknown = value.slug;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link ItemFieldDataPartial}.
 *
 * Field values of a CMS item where `name` and `slug` may be absent: the values to change in an update (only the fields sent are changed), and the values echoed by a bulk create. Keyed by field slug like ItemFieldData.
 * @returns `{ ok: true, value }` typed as {@link ItemFieldDataPartial}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateItemFieldDataPartial(
  value: unknown,
): ValidationResult<ItemFieldDataPartial> {
  const issues: ValidationIssue[] = [];
  checkItemFieldDataPartial(value, "", issues);
  return issues.length === 0 ? ok(value as ItemFieldDataPartial) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Locale.
 */
function checkLocale(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "cmsLocaleId")) {
      const v2: unknown = value.cmsLocaleId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "cmsLocaleId"), "string", v2));
      }
    }
    if (hasOwn(value, "enabled")) {
      const v3: unknown = value.enabled;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "enabled"), "boolean", v3));
      }
    }
    if (hasOwn(value, "displayName")) {
      const v4: unknown = value.displayName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v4));
      }
    }
    if (hasOwn(value, "displayImageId")) {
      const v5: unknown = value.displayImageId;
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          issues.push(issue(pointerJoin(path, "displayImageId"), "string", v5));
        } else {
          if (!PATTERN_1.test(v5)) {
            issues.push(
              issue(pointerJoin(path, "displayImageId"), "string matching /^[0-9a-f]{24}$/", v5),
            );
          }
        }
      }
    }
    if (hasOwn(value, "redirect")) {
      const v6: unknown = value.redirect;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "redirect"), "boolean", v6));
      }
    }
    if (hasOwn(value, "subdirectory")) {
      const v7: unknown = value.subdirectory;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "subdirectory"), "string", v7));
      }
    }
    if (hasOwn(value, "tag")) {
      const v8: unknown = value.tag;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "tag"), "string", v8));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Locale}.
 *
 * A locale of a site (Localization).
 * @returns `{ ok: true, value }` typed as {@link Locale}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateLocale(value: unknown): ValidationResult<Locale> {
  const issues: ValidationIssue[] = [];
  checkLocale(value, "", issues);
  return issues.length === 0 ? ok(value as Locale) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a NewCollectionItem.
 */
function checkNewCollectionItem(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "cmsLocaleId")) {
      const v2: unknown = value.cmsLocaleId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "cmsLocaleId"), "string", v2));
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v3: unknown = value.lastPublished;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "lastPublished"), "string", v3));
      } else {
        if (!isDateTime(v3)) {
          issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v3));
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v4: unknown = value.lastUpdated;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v4));
      } else {
        if (!isDateTime(v4)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v4));
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v5: unknown = value.createdOn;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v5));
      } else {
        if (!isDateTime(v5)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v5));
        }
      }
    }
    if (hasOwn(value, "isArchived")) {
      const v6: unknown = value.isArchived;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isArchived"), "boolean", v6));
      }
    }
    if (hasOwn(value, "isDraft")) {
      const v7: unknown = value.isDraft;
      if (typeof v7 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isDraft"), "boolean", v7));
      }
    }
    if (hasOwn(value, "fieldData")) {
      const v8: unknown = value.fieldData;
      checkItemFieldData(v8, pointerJoin(path, "fieldData"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "fieldData"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link NewCollectionItem}.
 *
 * An item to create. Only `fieldData` (with `name` and `slug`) is required.
 * @returns `{ ok: true, value }` typed as {@link NewCollectionItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateNewCollectionItem(value: unknown): ValidationResult<NewCollectionItem> {
  const issues: ValidationIssue[] = [];
  checkNewCollectionItem(value, "", issues);
  return issues.length === 0 ? ok(value as NewCollectionItem) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a NewCollectionItemList.
 */
function checkNewCollectionItemList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "items"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkNewCollectionItem(item3, pointerJoin(pointerJoin(path, "items"), i2), issues);
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "items"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link NewCollectionItemList}.
 *
 * Several items to create in one request.
 * @returns `{ ok: true, value }` typed as {@link NewCollectionItemList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateNewCollectionItemList(
  value: unknown,
): ValidationResult<NewCollectionItemList> {
  const issues: ValidationIssue[] = [];
  checkNewCollectionItemList(value, "", issues);
  return issues.length === 0 ? ok(value as NewCollectionItemList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ObjectId.
 */
function checkObjectId(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (!PATTERN_1.test(value)) {
      issues.push(issue(path, "string matching /^[0-9a-f]{24}$/", value));
    }
  }
}

/**
 * Checks that `value` is a {@link ObjectId}.
 *
 * A Webflow object id: 24 lowercase hexadecimal characters (a MongoDB ObjectId), as used for sites, pages, collections, items and most other resources.
 * @returns `{ ok: true, value }` typed as {@link ObjectId}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateObjectId(value: unknown): ValidationResult<ObjectId> {
  const issues: ValidationIssue[] = [];
  checkObjectId(value, "", issues);
  return issues.length === 0 ? ok(value as ObjectId) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Order.
 */
function checkOrder(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "orderId")) {
      const v1: unknown = value.orderId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "orderId"), "string", v1));
      }
    }
    if (hasOwn(value, "status")) {
      const v2: unknown = value.status;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        checkOrderStatus(v2, pointerJoin(path, "status"), variantIssues4);
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "status"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "status"), "OrderStatus or string", v2));
      }
    }
    if (hasOwn(value, "comment")) {
      const v6: unknown = value.comment;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "comment"), "string", v6));
      }
    }
    if (hasOwn(value, "orderComment")) {
      const v7: unknown = value.orderComment;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "orderComment"), "string", v7));
      }
    }
    if (hasOwn(value, "acceptedOn")) {
      const v8: unknown = value.acceptedOn;
      if (v8 !== null) {
        if (typeof v8 !== "string") {
          issues.push(issue(pointerJoin(path, "acceptedOn"), "string", v8));
        } else {
          if (!isDateTime(v8)) {
            issues.push(issue(pointerJoin(path, "acceptedOn"), "date-time string", v8));
          }
        }
      }
    }
    if (hasOwn(value, "fulfilledOn")) {
      const v9: unknown = value.fulfilledOn;
      if (v9 !== null) {
        if (typeof v9 !== "string") {
          issues.push(issue(pointerJoin(path, "fulfilledOn"), "string", v9));
        } else {
          if (!isDateTime(v9)) {
            issues.push(issue(pointerJoin(path, "fulfilledOn"), "date-time string", v9));
          }
        }
      }
    }
    if (hasOwn(value, "refundedOn")) {
      const v10: unknown = value.refundedOn;
      if (v10 !== null) {
        if (typeof v10 !== "string") {
          issues.push(issue(pointerJoin(path, "refundedOn"), "string", v10));
        } else {
          if (!isDateTime(v10)) {
            issues.push(issue(pointerJoin(path, "refundedOn"), "date-time string", v10));
          }
        }
      }
    }
    if (hasOwn(value, "disputedOn")) {
      const v11: unknown = value.disputedOn;
      if (v11 !== null) {
        if (typeof v11 !== "string") {
          issues.push(issue(pointerJoin(path, "disputedOn"), "string", v11));
        } else {
          if (!isDateTime(v11)) {
            issues.push(issue(pointerJoin(path, "disputedOn"), "date-time string", v11));
          }
        }
      }
    }
    if (hasOwn(value, "disputeUpdatedOn")) {
      const v12: unknown = value.disputeUpdatedOn;
      if (v12 !== null) {
        if (typeof v12 !== "string") {
          issues.push(issue(pointerJoin(path, "disputeUpdatedOn"), "string", v12));
        } else {
          if (!isDateTime(v12)) {
            issues.push(issue(pointerJoin(path, "disputeUpdatedOn"), "date-time string", v12));
          }
        }
      }
    }
    if (hasOwn(value, "disputeLastStatus")) {
      const v13: unknown = value.disputeLastStatus;
      let matches14 = 0;
      {
        const variantIssues15: ValidationIssue[] = [];
        if (typeof v13 !== "string") {
          variantIssues15.push(issue(pointerJoin(path, "disputeLastStatus"), "string", v13));
        } else {
          if (!ALLOWED_6.has(v13)) {
            variantIssues15.push(
              issue(
                pointerJoin(path, "disputeLastStatus"),
                'one of "warning_needs_response", "warning_under_review", "warning_closed", "needs_response", "under_review", "charge_refunded", "won", "lost"',
                v13,
              ),
            );
          }
        }
        if (variantIssues15.length === 0) matches14++;
      }
      {
        const variantIssues16: ValidationIssue[] = [];
        if (typeof v13 !== "string") {
          variantIssues16.push(issue(pointerJoin(path, "disputeLastStatus"), "string", v13));
        }
        if (variantIssues16.length === 0) matches14++;
      }
      {
        const variantIssues17: ValidationIssue[] = [];
        if (variantIssues17.length === 0) matches14++;
      }
      if (matches14 === 0) {
        issues.push(
          issue(
            pointerJoin(path, "disputeLastStatus"),
            "string or string or any value or null",
            v13,
          ),
        );
      }
    }
    if (hasOwn(value, "customerPaid")) {
      const v18: unknown = value.customerPaid;
      checkOrderPrice(v18, pointerJoin(path, "customerPaid"), issues);
    }
    if (hasOwn(value, "netAmount")) {
      const v19: unknown = value.netAmount;
      checkOrderPrice(v19, pointerJoin(path, "netAmount"), issues);
    }
    if (hasOwn(value, "applicationFee")) {
      const v20: unknown = value.applicationFee;
      checkOrderPrice(v20, pointerJoin(path, "applicationFee"), issues);
    }
    if (hasOwn(value, "allAddresses")) {
      const v21: unknown = value.allAddresses;
      if (!Array.isArray(v21)) {
        issues.push(issue(pointerJoin(path, "allAddresses"), "array", v21));
      } else {
        for (let i22 = 0; i22 < v21.length; i22++) {
          const item23: unknown = v21[i22];
          checkOrderAddress(item23, pointerJoin(pointerJoin(path, "allAddresses"), i22), issues);
        }
      }
    }
    if (hasOwn(value, "shippingAddress")) {
      const v24: unknown = value.shippingAddress;
      checkOrderAddress(v24, pointerJoin(path, "shippingAddress"), issues);
    }
    if (hasOwn(value, "billingAddress")) {
      const v25: unknown = value.billingAddress;
      checkOrderAddress(v25, pointerJoin(path, "billingAddress"), issues);
    }
    if (hasOwn(value, "shippingProvider")) {
      const v26: unknown = value.shippingProvider;
      if (v26 !== null) {
        if (typeof v26 !== "string") {
          issues.push(issue(pointerJoin(path, "shippingProvider"), "string", v26));
        }
      }
    }
    if (hasOwn(value, "shippingTracking")) {
      const v27: unknown = value.shippingTracking;
      if (v27 !== null) {
        if (typeof v27 !== "string") {
          issues.push(issue(pointerJoin(path, "shippingTracking"), "string", v27));
        }
      }
    }
    if (hasOwn(value, "shippingTrackingURL")) {
      const v28: unknown = value.shippingTrackingURL;
      if (v28 !== null) {
        if (typeof v28 !== "string") {
          issues.push(issue(pointerJoin(path, "shippingTrackingURL"), "string", v28));
        }
      }
    }
    if (hasOwn(value, "customerInfo")) {
      const v29: unknown = value.customerInfo;
      checkOrderCustomerInfo(v29, pointerJoin(path, "customerInfo"), issues);
    }
    if (hasOwn(value, "purchasedItems")) {
      const v30: unknown = value.purchasedItems;
      if (!Array.isArray(v30)) {
        issues.push(issue(pointerJoin(path, "purchasedItems"), "array", v30));
      } else {
        for (let i31 = 0; i31 < v30.length; i31++) {
          const item32: unknown = v30[i31];
          checkOrderPurchasedItem(
            item32,
            pointerJoin(pointerJoin(path, "purchasedItems"), i31),
            issues,
          );
        }
      }
    }
    if (hasOwn(value, "purchasedItemsCount")) {
      const v33: unknown = value.purchasedItemsCount;
      if (typeof v33 !== "number" || !Number.isFinite(v33)) {
        issues.push(issue(pointerJoin(path, "purchasedItemsCount"), "number", v33));
      }
    }
    if (hasOwn(value, "stripeDetails")) {
      const v34: unknown = value.stripeDetails;
      checkOrderStripeDetails(v34, pointerJoin(path, "stripeDetails"), issues);
    }
    if (hasOwn(value, "stripeCard")) {
      const v35: unknown = value.stripeCard;
      checkOrderStripeCard(v35, pointerJoin(path, "stripeCard"), issues);
    }
    if (hasOwn(value, "paypalDetails")) {
      const v36: unknown = value.paypalDetails;
      checkOrderPaypalDetails(v36, pointerJoin(path, "paypalDetails"), issues);
    }
    if (hasOwn(value, "customData")) {
      const v37: unknown = value.customData;
      if (!Array.isArray(v37)) {
        issues.push(issue(pointerJoin(path, "customData"), "array", v37));
      } else {
        for (let i38 = 0; i38 < v37.length; i38++) {
          const item39: unknown = v37[i38];
          checkMetadataShape(item39, pointerJoin(pointerJoin(path, "customData"), i38), issues);
        }
      }
    }
    if (hasOwn(value, "metadata")) {
      const v40: unknown = value.metadata;
      if (!isPlainObject(v40)) {
        issues.push(issue(pointerJoin(path, "metadata"), "object", v40));
      } else {
        if (hasOwn(v40, "isBuyNow")) {
          const v41: unknown = v40.isBuyNow;
          if (typeof v41 !== "boolean") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "metadata"), "isBuyNow"), "boolean", v41),
            );
          }
        }
      }
    }
    if (hasOwn(value, "isCustomerDeleted")) {
      const v42: unknown = value.isCustomerDeleted;
      if (typeof v42 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isCustomerDeleted"), "boolean", v42));
      }
    }
    if (hasOwn(value, "isShippingRequired")) {
      const v43: unknown = value.isShippingRequired;
      if (typeof v43 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isShippingRequired"), "boolean", v43));
      }
    }
    if (hasOwn(value, "hasDownloads")) {
      const v44: unknown = value.hasDownloads;
      if (typeof v44 !== "boolean") {
        issues.push(issue(pointerJoin(path, "hasDownloads"), "boolean", v44));
      }
    }
    if (hasOwn(value, "paymentProcessor")) {
      const v45: unknown = value.paymentProcessor;
      if (typeof v45 !== "string") {
        issues.push(issue(pointerJoin(path, "paymentProcessor"), "string", v45));
      }
    }
    if (hasOwn(value, "totals")) {
      const v46: unknown = value.totals;
      checkOrderTotals(v46, pointerJoin(path, "totals"), issues);
    }
    if (hasOwn(value, "downloadFiles")) {
      const v47: unknown = value.downloadFiles;
      if (!Array.isArray(v47)) {
        issues.push(issue(pointerJoin(path, "downloadFiles"), "array", v47));
      } else {
        for (let i48 = 0; i48 < v47.length; i48++) {
          const item49: unknown = v47[i48];
          if (!isPlainObject(item49)) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "downloadFiles"), i48), "object", item49),
            );
          } else {
            if (hasOwn(item49, "id")) {
              const v50: unknown = item49.id;
              if (typeof v50 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "downloadFiles"), i48), "id"),
                    "string",
                    v50,
                  ),
                );
              }
            }
            if (hasOwn(item49, "name")) {
              const v51: unknown = item49.name;
              if (typeof v51 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "downloadFiles"), i48), "name"),
                    "string",
                    v51,
                  ),
                );
              }
            }
            if (hasOwn(item49, "url")) {
              const v52: unknown = item49.url;
              if (typeof v52 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "downloadFiles"), i48), "url"),
                    "string",
                    v52,
                  ),
                );
              } else {
                if (!isUri(v52)) {
                  issues.push(
                    issue(
                      pointerJoin(pointerJoin(pointerJoin(path, "downloadFiles"), i48), "url"),
                      "uri string",
                      v52,
                    ),
                  );
                }
              }
            }
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Order}.
 *
 * An ecommerce order: its status, customer, addresses, purchased items, payment details and totals. Every field may be absent.
 * @returns `{ ok: true, value }` typed as {@link Order}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrder(value: unknown): ValidationResult<Order> {
  const issues: ValidationIssue[] = [];
  checkOrder(value, "", issues);
  return issues.length === 0 ? ok(value as Order) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderAddress.
 */
function checkOrderAddress(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "type")) {
      const v1: unknown = value.type;
      let matches2 = 0;
      {
        const variantIssues3: ValidationIssue[] = [];
        if (typeof v1 !== "string") {
          variantIssues3.push(issue(pointerJoin(path, "type"), "string", v1));
        } else {
          if (v1 !== "shipping" && v1 !== "billing") {
            variantIssues3.push(
              issue(pointerJoin(path, "type"), 'one of "shipping", "billing"', v1),
            );
          }
        }
        if (variantIssues3.length === 0) matches2++;
      }
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v1 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "type"), "string", v1));
        }
        if (variantIssues4.length === 0) matches2++;
      }
      if (matches2 === 0) {
        issues.push(issue(pointerJoin(path, "type"), "string or string", v1));
      }
    }
    if (hasOwn(value, "japanType")) {
      const v5: unknown = value.japanType;
      let matches6 = 0;
      {
        const variantIssues7: ValidationIssue[] = [];
        if (typeof v5 !== "string") {
          variantIssues7.push(issue(pointerJoin(path, "japanType"), "string", v5));
        } else {
          if (v5 !== "kana" && v5 !== "kanji") {
            variantIssues7.push(
              issue(pointerJoin(path, "japanType"), 'one of "kana", "kanji"', v5),
            );
          }
        }
        if (variantIssues7.length === 0) matches6++;
      }
      {
        const variantIssues8: ValidationIssue[] = [];
        if (typeof v5 !== "string") {
          variantIssues8.push(issue(pointerJoin(path, "japanType"), "string", v5));
        }
        if (variantIssues8.length === 0) matches6++;
      }
      {
        const variantIssues9: ValidationIssue[] = [];
        if (variantIssues9.length === 0) matches6++;
      }
      if (matches6 === 0) {
        issues.push(
          issue(pointerJoin(path, "japanType"), "string or string or any value or null", v5),
        );
      }
    }
    if (hasOwn(value, "addressee")) {
      const v10: unknown = value.addressee;
      if (typeof v10 !== "string") {
        issues.push(issue(pointerJoin(path, "addressee"), "string", v10));
      }
    }
    if (hasOwn(value, "line1")) {
      const v11: unknown = value.line1;
      if (typeof v11 !== "string") {
        issues.push(issue(pointerJoin(path, "line1"), "string", v11));
      }
    }
    if (hasOwn(value, "line2")) {
      const v12: unknown = value.line2;
      if (typeof v12 !== "string") {
        issues.push(issue(pointerJoin(path, "line2"), "string", v12));
      }
    }
    if (hasOwn(value, "city")) {
      const v13: unknown = value.city;
      if (typeof v13 !== "string") {
        issues.push(issue(pointerJoin(path, "city"), "string", v13));
      }
    }
    if (hasOwn(value, "state")) {
      const v14: unknown = value.state;
      if (typeof v14 !== "string") {
        issues.push(issue(pointerJoin(path, "state"), "string", v14));
      }
    }
    if (hasOwn(value, "country")) {
      const v15: unknown = value.country;
      if (typeof v15 !== "string") {
        issues.push(issue(pointerJoin(path, "country"), "string", v15));
      }
    }
    if (hasOwn(value, "postalCode")) {
      const v16: unknown = value.postalCode;
      if (typeof v16 !== "string") {
        issues.push(issue(pointerJoin(path, "postalCode"), "string", v16));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link OrderAddress}.
 *
 * A shipping or billing address of an order.
 * @returns `{ ok: true, value }` typed as {@link OrderAddress}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderAddress(value: unknown): ValidationResult<OrderAddress> {
  const issues: ValidationIssue[] = [];
  checkOrderAddress(value, "", issues);
  return issues.length === 0 ? ok(value as OrderAddress) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderCustomerInfo.
 */
function checkOrderCustomerInfo(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fullName")) {
      const v1: unknown = value.fullName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fullName"), "string", v1));
      }
    }
    if (hasOwn(value, "email")) {
      const v2: unknown = value.email;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "email"), "string", v2));
      } else {
        if (!isEmail(v2)) {
          issues.push(issue(pointerJoin(path, "email"), "email string", v2));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link OrderCustomerInfo}.
 *
 * The customer who placed an order.
 * @returns `{ ok: true, value }` typed as {@link OrderCustomerInfo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderCustomerInfo(value: unknown): ValidationResult<OrderCustomerInfo> {
  const issues: ValidationIssue[] = [];
  checkOrderCustomerInfo(value, "", issues);
  return issues.length === 0 ? ok(value as OrderCustomerInfo) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderList.
 */
function checkOrderList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "orders")) {
      const v1: unknown = value.orders;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "orders"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkOrder(item3, pointerJoin(pointerJoin(path, "orders"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link OrderList}.
 *
 * Response of GET /sites/{site_id}/orders, one page of orders.
 * @returns `{ ok: true, value }` typed as {@link OrderList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderList(value: unknown): ValidationResult<OrderList> {
  const issues: ValidationIssue[] = [];
  checkOrderList(value, "", issues);
  return issues.length === 0 ? ok(value as OrderList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderPaypalDetails.
 */
function checkOrderPaypalDetails(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "orderId")) {
      const v1: unknown = value.orderId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "orderId"), "string", v1));
      }
    }
    if (hasOwn(value, "payerId")) {
      const v2: unknown = value.payerId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "payerId"), "string", v2));
      }
    }
    if (hasOwn(value, "captureId")) {
      const v3: unknown = value.captureId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "captureId"), "string", v3));
      }
    }
    if (hasOwn(value, "refundId")) {
      const v4: unknown = value.refundId;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "refundId"), "string", v4));
      }
    }
    if (hasOwn(value, "refundReason")) {
      const v5: unknown = value.refundReason;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "refundReason"), "string", v5));
      }
    }
    if (hasOwn(value, "disputeId")) {
      const v6: unknown = value.disputeId;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "disputeId"), "string", v6));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link OrderPaypalDetails}.
 *
 * PayPal identifiers of an order's payment.
 * @returns `{ ok: true, value }` typed as {@link OrderPaypalDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderPaypalDetails(value: unknown): ValidationResult<OrderPaypalDetails> {
  const issues: ValidationIssue[] = [];
  checkOrderPaypalDetails(value, "", issues);
  return issues.length === 0 ? ok(value as OrderPaypalDetails) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderPrice.
 */
function checkOrderPrice(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "unit")) {
      const v1: unknown = value.unit;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "unit"), "string", v1));
      }
    }
    if (hasOwn(value, "value")) {
      const v2: unknown = value.value;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "value"), "string", v2));
      }
    }
    if (hasOwn(value, "string")) {
      const v3: unknown = value.string;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "string"), "string", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link OrderPrice}.
 *
 * An amount of money in an order: the amount in the smallest unit of the currency as a string, its currency code, and the amount formatted for display.
 * @returns `{ ok: true, value }` typed as {@link OrderPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderPrice(value: unknown): ValidationResult<OrderPrice> {
  const issues: ValidationIssue[] = [];
  checkOrderPrice(value, "", issues);
  return issues.length === 0 ? ok(value as OrderPrice) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderPurchasedItem.
 */
function checkOrderPurchasedItem(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "count")) {
      const v1: unknown = value.count;
      if (typeof v1 !== "number" || !Number.isFinite(v1)) {
        issues.push(issue(pointerJoin(path, "count"), "number", v1));
      }
    }
    if (hasOwn(value, "rowTotal")) {
      const v2: unknown = value.rowTotal;
      checkOrderPrice(v2, pointerJoin(path, "rowTotal"), issues);
    }
    if (hasOwn(value, "productId")) {
      const v3: unknown = value.productId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "productId"), "string", v3));
      } else {
        if (!PATTERN_1.test(v3)) {
          issues.push(
            issue(pointerJoin(path, "productId"), "string matching /^[0-9a-f]{24}$/", v3),
          );
        }
      }
    }
    if (hasOwn(value, "productName")) {
      const v4: unknown = value.productName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "productName"), "string", v4));
      }
    }
    if (hasOwn(value, "productSlug")) {
      const v5: unknown = value.productSlug;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "productSlug"), "string", v5));
      }
    }
    if (hasOwn(value, "variantId")) {
      const v6: unknown = value.variantId;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "variantId"), "string", v6));
      }
    }
    if (hasOwn(value, "variantName")) {
      const v7: unknown = value.variantName;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "variantName"), "string", v7));
      }
    }
    if (hasOwn(value, "variantSlug")) {
      const v8: unknown = value.variantSlug;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "variantSlug"), "string", v8));
      }
    }
    if (hasOwn(value, "variantSKU")) {
      const v9: unknown = value.variantSKU;
      if (typeof v9 !== "string") {
        issues.push(issue(pointerJoin(path, "variantSKU"), "string", v9));
      }
    }
    if (hasOwn(value, "variantImage")) {
      const v10: unknown = value.variantImage;
      if (!isPlainObject(v10)) {
        issues.push(issue(pointerJoin(path, "variantImage"), "object", v10));
      } else {
        if (hasOwn(v10, "url")) {
          const v11: unknown = v10.url;
          if (typeof v11 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "variantImage"), "url"), "string", v11),
            );
          } else {
            if (!isUri(v11)) {
              issues.push(
                issue(pointerJoin(pointerJoin(path, "variantImage"), "url"), "uri string", v11),
              );
            }
          }
        }
        if (hasOwn(v10, "file")) {
          const v12: unknown = v10.file;
          if (!isPlainObject(v12)) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "variantImage"), "file"), "object", v12),
            );
          } else {
            if (hasOwn(v12, "size")) {
              const v13: unknown = v12.size;
              if (typeof v13 !== "number" || !Number.isFinite(v13)) {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "variantImage"), "file"), "size"),
                    "number",
                    v13,
                  ),
                );
              }
            }
            if (hasOwn(v12, "originalFileName")) {
              const v14: unknown = v12.originalFileName;
              if (typeof v14 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(
                      pointerJoin(pointerJoin(path, "variantImage"), "file"),
                      "originalFileName",
                    ),
                    "string",
                    v14,
                  ),
                );
              }
            }
            if (hasOwn(v12, "createdOn")) {
              const v15: unknown = v12.createdOn;
              if (typeof v15 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(
                      pointerJoin(pointerJoin(path, "variantImage"), "file"),
                      "createdOn",
                    ),
                    "string",
                    v15,
                  ),
                );
              } else {
                if (!isDateTime(v15)) {
                  issues.push(
                    issue(
                      pointerJoin(
                        pointerJoin(pointerJoin(path, "variantImage"), "file"),
                        "createdOn",
                      ),
                      "date-time string",
                      v15,
                    ),
                  );
                }
              }
            }
            if (hasOwn(v12, "contentType")) {
              const v16: unknown = v12.contentType;
              if (typeof v16 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(
                      pointerJoin(pointerJoin(path, "variantImage"), "file"),
                      "contentType",
                    ),
                    "string",
                    v16,
                  ),
                );
              }
            }
            if (hasOwn(v12, "width")) {
              const v17: unknown = v12.width;
              if (typeof v17 !== "number" || !Number.isInteger(v17)) {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "variantImage"), "file"), "width"),
                    "integer",
                    v17,
                  ),
                );
              }
            }
            if (hasOwn(v12, "height")) {
              const v18: unknown = v12.height;
              if (typeof v18 !== "number" || !Number.isInteger(v18)) {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "variantImage"), "file"), "height"),
                    "integer",
                    v18,
                  ),
                );
              }
            }
            if (hasOwn(v12, "variants")) {
              const v19: unknown = v12.variants;
              if (!Array.isArray(v19)) {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "variantImage"), "file"), "variants"),
                    "array",
                    v19,
                  ),
                );
              } else {
                for (let i20 = 0; i20 < v19.length; i20++) {
                  const item21: unknown = v19[i20];
                  if (!isPlainObject(item21)) {
                    issues.push(
                      issue(
                        pointerJoin(
                          pointerJoin(
                            pointerJoin(pointerJoin(path, "variantImage"), "file"),
                            "variants",
                          ),
                          i20,
                        ),
                        "object",
                        item21,
                      ),
                    );
                  } else {
                    if (hasOwn(item21, "url")) {
                      const v22: unknown = item21.url;
                      if (typeof v22 !== "string") {
                        issues.push(
                          issue(
                            pointerJoin(
                              pointerJoin(
                                pointerJoin(
                                  pointerJoin(pointerJoin(path, "variantImage"), "file"),
                                  "variants",
                                ),
                                i20,
                              ),
                              "url",
                            ),
                            "string",
                            v22,
                          ),
                        );
                      } else {
                        if (!isUri(v22)) {
                          issues.push(
                            issue(
                              pointerJoin(
                                pointerJoin(
                                  pointerJoin(
                                    pointerJoin(pointerJoin(path, "variantImage"), "file"),
                                    "variants",
                                  ),
                                  i20,
                                ),
                                "url",
                              ),
                              "uri string",
                              v22,
                            ),
                          );
                        }
                      }
                    }
                    if (hasOwn(item21, "originalFileName")) {
                      const v23: unknown = item21.originalFileName;
                      if (typeof v23 !== "string") {
                        issues.push(
                          issue(
                            pointerJoin(
                              pointerJoin(
                                pointerJoin(
                                  pointerJoin(pointerJoin(path, "variantImage"), "file"),
                                  "variants",
                                ),
                                i20,
                              ),
                              "originalFileName",
                            ),
                            "string",
                            v23,
                          ),
                        );
                      }
                    }
                    if (hasOwn(item21, "size")) {
                      const v24: unknown = item21.size;
                      if (typeof v24 !== "number" || !Number.isFinite(v24)) {
                        issues.push(
                          issue(
                            pointerJoin(
                              pointerJoin(
                                pointerJoin(
                                  pointerJoin(pointerJoin(path, "variantImage"), "file"),
                                  "variants",
                                ),
                                i20,
                              ),
                              "size",
                            ),
                            "number",
                            v24,
                          ),
                        );
                      }
                    }
                    if (hasOwn(item21, "width")) {
                      const v25: unknown = item21.width;
                      if (typeof v25 !== "number" || !Number.isInteger(v25)) {
                        issues.push(
                          issue(
                            pointerJoin(
                              pointerJoin(
                                pointerJoin(
                                  pointerJoin(pointerJoin(path, "variantImage"), "file"),
                                  "variants",
                                ),
                                i20,
                              ),
                              "width",
                            ),
                            "integer",
                            v25,
                          ),
                        );
                      }
                    }
                    if (hasOwn(item21, "height")) {
                      const v26: unknown = item21.height;
                      if (typeof v26 !== "number" || !Number.isInteger(v26)) {
                        issues.push(
                          issue(
                            pointerJoin(
                              pointerJoin(
                                pointerJoin(
                                  pointerJoin(pointerJoin(path, "variantImage"), "file"),
                                  "variants",
                                ),
                                i20,
                              ),
                              "height",
                            ),
                            "integer",
                            v26,
                          ),
                        );
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    if (hasOwn(value, "variantPrice")) {
      const v27: unknown = value.variantPrice;
      checkOrderPrice(v27, pointerJoin(path, "variantPrice"), issues);
    }
    if (hasOwn(value, "weight")) {
      const v28: unknown = value.weight;
      if (v28 !== null) {
        if (typeof v28 !== "number" || !Number.isFinite(v28)) {
          issues.push(issue(pointerJoin(path, "weight"), "number", v28));
        }
      }
    }
    if (hasOwn(value, "width")) {
      const v29: unknown = value.width;
      if (v29 !== null) {
        if (typeof v29 !== "number" || !Number.isFinite(v29)) {
          issues.push(issue(pointerJoin(path, "width"), "number", v29));
        }
      }
    }
    if (hasOwn(value, "height")) {
      const v30: unknown = value.height;
      if (v30 !== null) {
        if (typeof v30 !== "number" || !Number.isFinite(v30)) {
          issues.push(issue(pointerJoin(path, "height"), "number", v30));
        }
      }
    }
    if (hasOwn(value, "length")) {
      const v31: unknown = value.length;
      if (v31 !== null) {
        if (typeof v31 !== "number" || !Number.isFinite(v31)) {
          issues.push(issue(pointerJoin(path, "length"), "number", v31));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link OrderPurchasedItem}.
 *
 * One purchased SKU of an order, with its quantity and prices.
 * @returns `{ ok: true, value }` typed as {@link OrderPurchasedItem}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderPurchasedItem(value: unknown): ValidationResult<OrderPurchasedItem> {
  const issues: ValidationIssue[] = [];
  checkOrderPurchasedItem(value, "", issues);
  return issues.length === 0 ? ok(value as OrderPurchasedItem) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderStatus.
 */
function checkOrderStatus(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (
      value !== "pending" &&
      value !== "unfulfilled" &&
      value !== "fulfilled" &&
      value !== "disputed" &&
      value !== "dispute-lost" &&
      value !== "refunded"
    ) {
      issues.push(
        issue(
          path,
          'one of "pending", "unfulfilled", "fulfilled", "disputed", "dispute-lost", "refunded"',
          value,
        ),
      );
    }
  }
}

/**
 * Checks that `value` is a {@link OrderStatus}.
 *
 * The documented statuses of an order: `pending` (payment not yet confirmed), `unfulfilled`, `fulfilled`, `disputed`, `dispute-lost` and `refunded`.
 * @returns `{ ok: true, value }` typed as {@link OrderStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderStatus(value: unknown): ValidationResult<OrderStatus> {
  const issues: ValidationIssue[] = [];
  checkOrderStatus(value, "", issues);
  return issues.length === 0 ? ok(value as OrderStatus) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderStripeCard.
 */
function checkOrderStripeCard(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "last4")) {
      const v1: unknown = value.last4;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "last4"), "string", v1));
      }
    }
    if (hasOwn(value, "brand")) {
      const v2: unknown = value.brand;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "brand"), "string", v2));
        } else {
          if (!ALLOWED_7.has(v2)) {
            variantIssues4.push(
              issue(
                pointerJoin(path, "brand"),
                'one of "Visa", "American Express", "MasterCard", "Discover", "JCB", "Diners Club", "Unknown"',
                v2,
              ),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "brand"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "brand"), "string or string", v2));
      }
    }
    if (hasOwn(value, "ownerName")) {
      const v6: unknown = value.ownerName;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "ownerName"), "string", v6));
      }
    }
    if (hasOwn(value, "expires")) {
      const v7: unknown = value.expires;
      if (!isPlainObject(v7)) {
        issues.push(issue(pointerJoin(path, "expires"), "object", v7));
      } else {
        if (hasOwn(v7, "year")) {
          const v8: unknown = v7.year;
          if (typeof v8 !== "number" || !Number.isFinite(v8)) {
            issues.push(issue(pointerJoin(pointerJoin(path, "expires"), "year"), "number", v8));
          }
        }
        if (hasOwn(v7, "month")) {
          const v9: unknown = v7.month;
          if (typeof v9 !== "number" || !Number.isFinite(v9)) {
            issues.push(issue(pointerJoin(pointerJoin(path, "expires"), "month"), "number", v9));
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link OrderStripeCard}.
 *
 * The card an order was paid with.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeCard}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderStripeCard(value: unknown): ValidationResult<OrderStripeCard> {
  const issues: ValidationIssue[] = [];
  checkOrderStripeCard(value, "", issues);
  return issues.length === 0 ? ok(value as OrderStripeCard) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderStripeDetails.
 */
function checkOrderStripeDetails(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "subscriptionId")) {
      const v1: unknown = value.subscriptionId;
      if (v1 !== null) {
        if (typeof v1 !== "string") {
          issues.push(issue(pointerJoin(path, "subscriptionId"), "string", v1));
        }
      }
    }
    if (hasOwn(value, "paymentMethod")) {
      const v2: unknown = value.paymentMethod;
      if (v2 !== null) {
        if (typeof v2 !== "string") {
          issues.push(issue(pointerJoin(path, "paymentMethod"), "string", v2));
        }
      }
    }
    if (hasOwn(value, "paymentIntentId")) {
      const v3: unknown = value.paymentIntentId;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "paymentIntentId"), "string", v3));
        }
      }
    }
    if (hasOwn(value, "customerId")) {
      const v4: unknown = value.customerId;
      if (v4 !== null) {
        if (typeof v4 !== "string") {
          issues.push(issue(pointerJoin(path, "customerId"), "string", v4));
        }
      }
    }
    if (hasOwn(value, "chargeId")) {
      const v5: unknown = value.chargeId;
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          issues.push(issue(pointerJoin(path, "chargeId"), "string", v5));
        }
      }
    }
    if (hasOwn(value, "disputeId")) {
      const v6: unknown = value.disputeId;
      if (v6 !== null) {
        if (typeof v6 !== "string") {
          issues.push(issue(pointerJoin(path, "disputeId"), "string", v6));
        }
      }
    }
    if (hasOwn(value, "refundId")) {
      const v7: unknown = value.refundId;
      if (v7 !== null) {
        if (typeof v7 !== "string") {
          issues.push(issue(pointerJoin(path, "refundId"), "string", v7));
        }
      }
    }
    if (hasOwn(value, "refundReason")) {
      const v8: unknown = value.refundReason;
      if (v8 !== null) {
        if (typeof v8 !== "string") {
          issues.push(issue(pointerJoin(path, "refundReason"), "string", v8));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link OrderStripeDetails}.
 *
 * Stripe identifiers of an order's payment; each is null when it does not apply.
 * @returns `{ ok: true, value }` typed as {@link OrderStripeDetails}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderStripeDetails(value: unknown): ValidationResult<OrderStripeDetails> {
  const issues: ValidationIssue[] = [];
  checkOrderStripeDetails(value, "", issues);
  return issues.length === 0 ? ok(value as OrderStripeDetails) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a OrderTotals.
 */
function checkOrderTotals(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "subtotal")) {
      const v1: unknown = value.subtotal;
      checkOrderPrice(v1, pointerJoin(path, "subtotal"), issues);
    }
    if (hasOwn(value, "extras")) {
      const v2: unknown = value.extras;
      if (!Array.isArray(v2)) {
        issues.push(issue(pointerJoin(path, "extras"), "array", v2));
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const item4: unknown = v2[i3];
          if (!isPlainObject(item4)) {
            issues.push(issue(pointerJoin(pointerJoin(path, "extras"), i3), "object", item4));
          } else {
            if (hasOwn(item4, "type")) {
              const v5: unknown = item4.type;
              let matches6 = 0;
              {
                const variantIssues7: ValidationIssue[] = [];
                if (typeof v5 !== "string") {
                  variantIssues7.push(
                    issue(
                      pointerJoin(pointerJoin(pointerJoin(path, "extras"), i3), "type"),
                      "string",
                      v5,
                    ),
                  );
                } else {
                  if (
                    v5 !== "discount" &&
                    v5 !== "discount-shipping" &&
                    v5 !== "shipping" &&
                    v5 !== "tax"
                  ) {
                    variantIssues7.push(
                      issue(
                        pointerJoin(pointerJoin(pointerJoin(path, "extras"), i3), "type"),
                        'one of "discount", "discount-shipping", "shipping", "tax"',
                        v5,
                      ),
                    );
                  }
                }
                if (variantIssues7.length === 0) matches6++;
              }
              {
                const variantIssues8: ValidationIssue[] = [];
                if (typeof v5 !== "string") {
                  variantIssues8.push(
                    issue(
                      pointerJoin(pointerJoin(pointerJoin(path, "extras"), i3), "type"),
                      "string",
                      v5,
                    ),
                  );
                }
                if (variantIssues8.length === 0) matches6++;
              }
              if (matches6 === 0) {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "extras"), i3), "type"),
                    "string or string",
                    v5,
                  ),
                );
              }
            }
            if (hasOwn(item4, "name")) {
              const v9: unknown = item4.name;
              if (typeof v9 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "extras"), i3), "name"),
                    "string",
                    v9,
                  ),
                );
              }
            }
            if (hasOwn(item4, "description")) {
              const v10: unknown = item4.description;
              if (typeof v10 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "extras"), i3), "description"),
                    "string",
                    v10,
                  ),
                );
              }
            }
            if (hasOwn(item4, "price")) {
              const v11: unknown = item4.price;
              checkOrderPrice(
                v11,
                pointerJoin(pointerJoin(pointerJoin(path, "extras"), i3), "price"),
                issues,
              );
            }
          }
        }
      }
    }
    if (hasOwn(value, "total")) {
      const v12: unknown = value.total;
      checkOrderPrice(v12, pointerJoin(path, "total"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link OrderTotals}.
 *
 * The totals of an order.
 * @returns `{ ok: true, value }` typed as {@link OrderTotals}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateOrderTotals(value: unknown): ValidationResult<OrderTotals> {
  const issues: ValidationIssue[] = [];
  checkOrderTotals(value, "", issues);
  return issues.length === 0 ? ok(value as OrderTotals) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageContent.
 */
function checkPageContent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "pageId")) {
      const v1: unknown = value.pageId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v1));
      }
    }
    if (hasOwn(value, "branchId")) {
      const v2: unknown = value.branchId;
      if (v2 !== null) {
        if (typeof v2 !== "string") {
          issues.push(issue(pointerJoin(path, "branchId"), "string", v2));
        } else {
          if (!PATTERN_1.test(v2)) {
            issues.push(
              issue(pointerJoin(path, "branchId"), "string matching /^[0-9a-f]{24}$/", v2),
            );
          }
        }
      }
    }
    if (hasOwn(value, "nodes")) {
      const v3: unknown = value.nodes;
      checkNodesShape(v3, pointerJoin(path, "nodes"), issues);
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
    if (hasOwn(value, "lastUpdated")) {
      const v5: unknown = value.lastUpdated;
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v5));
        } else {
          if (!isDateTime(v5)) {
            issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v5));
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link PageContent}.
 *
 * Response of GET /pages/{page_id}/dom: one page of the static content nodes of a page (text, images, form fields, component instances...).
 * @returns `{ ok: true, value }` typed as {@link PageContent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageContent(value: unknown): ValidationResult<PageContent> {
  const issues: ValidationIssue[] = [];
  checkPageContent(value, "", issues);
  return issues.length === 0 ? ok(value as PageContent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageCreatedEvent.
 */
function checkPageCreatedEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "page_created") {
          issues.push(issue(pointerJoin(path, "triggerType"), 'one of "page_created"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkPageEventPayload(v2, pointerJoin(path, "payload"), issues);
      if (!isPlainObject(v2)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v2));
      } else {
        if (hasOwn(v2, "createdOn")) {
          const v3: unknown = v2.createdOn;
          if (typeof v3 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "createdOn"), "string", v3),
            );
          } else {
            if (!isDateTime(v3)) {
              issues.push(
                issue(
                  pointerJoin(pointerJoin(path, "payload"), "createdOn"),
                  "date-time string",
                  v3,
                ),
              );
            }
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link PageCreatedEvent}.
 *
 * Body POSTed to the webhook URL for trigger type `page_created` (a page was created).
 * @returns `{ ok: true, value }` typed as {@link PageCreatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageCreatedEvent(value: unknown): ValidationResult<PageCreatedEvent> {
  const issues: ValidationIssue[] = [];
  checkPageCreatedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as PageCreatedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageDeletedEvent.
 */
function checkPageDeletedEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "page_deleted") {
          issues.push(issue(pointerJoin(path, "triggerType"), 'one of "page_deleted"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkPageEventPayload(v2, pointerJoin(path, "payload"), issues);
      if (!isPlainObject(v2)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v2));
      } else {
        if (hasOwn(v2, "deletedOn")) {
          const v3: unknown = v2.deletedOn;
          if (typeof v3 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "deletedOn"), "string", v3),
            );
          } else {
            if (!isDateTime(v3)) {
              issues.push(
                issue(
                  pointerJoin(pointerJoin(path, "payload"), "deletedOn"),
                  "date-time string",
                  v3,
                ),
              );
            }
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link PageDeletedEvent}.
 *
 * Body POSTed to the webhook URL for trigger type `page_deleted` (a page was deleted).
 * @returns `{ ok: true, value }` typed as {@link PageDeletedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageDeletedEvent(value: unknown): ValidationResult<PageDeletedEvent> {
  const issues: ValidationIssue[] = [];
  checkPageDeletedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as PageDeletedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageEventPayload.
 */
function checkPageEventPayload(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "siteId")) {
      const v1: unknown = value.siteId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "siteId"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "pageId")) {
      const v2: unknown = value.pageId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v2));
      } else {
        if (!PATTERN_1.test(v2)) {
          issues.push(issue(pointerJoin(path, "pageId"), "string matching /^[0-9a-f]{24}$/", v2));
        }
      }
    }
    if (hasOwn(value, "pageTitle")) {
      const v3: unknown = value.pageTitle;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "pageTitle"), "string", v3));
      }
    }
    if (hasOwn(value, "pageName")) {
      const v4: unknown = value.pageName;
      if (v4 !== null) {
        if (typeof v4 !== "string") {
          issues.push(issue(pointerJoin(path, "pageName"), "string", v4));
        }
      }
    }
    if (hasOwn(value, "archived")) {
      const v5: unknown = value.archived;
      if (typeof v5 !== "boolean") {
        issues.push(issue(pointerJoin(path, "archived"), "boolean", v5));
      }
    }
    if (hasOwn(value, "draft")) {
      const v6: unknown = value.draft;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "draft"), "boolean", v6));
      }
    }
    if (hasOwn(value, "isBranch")) {
      const v7: unknown = value.isBranch;
      if (typeof v7 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isBranch"), "boolean", v7));
      }
    }
    if (hasOwn(value, "publishedPath")) {
      const v8: unknown = value.publishedPath;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "publishedPath"), "string", v8));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link PageEventPayload}.
 *
 * The fields common to the payloads of the page webhook deliveries (`page_created`, `page_metadata_updated`, `page_deleted`).
 * @returns `{ ok: true, value }` typed as {@link PageEventPayload}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageEventPayload(value: unknown): ValidationResult<PageEventPayload> {
  const issues: ValidationIssue[] = [];
  checkPageEventPayload(value, "", issues);
  return issues.length === 0 ? ok(value as PageEventPayload) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageList.
 */
function checkPageList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "pages")) {
      const v1: unknown = value.pages;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "pages"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkPageMetadata(item3, pointerJoin(pointerJoin(path, "pages"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link PageList}.
 *
 * Response of GET /sites/{site_id}/pages, one page of the site's pages.
 * @returns `{ ok: true, value }` typed as {@link PageList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageList(value: unknown): ValidationResult<PageList> {
  const issues: ValidationIssue[] = [];
  checkPageList(value, "", issues);
  return issues.length === 0 ? ok(value as PageList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageMetadata.
 */
function checkPageMetadata(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "siteId")) {
      const v2: unknown = value.siteId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v2));
      } else {
        if (!PATTERN_1.test(v2)) {
          issues.push(issue(pointerJoin(path, "siteId"), "string matching /^[0-9a-f]{24}$/", v2));
        }
      }
    }
    if (hasOwn(value, "title")) {
      const v3: unknown = value.title;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "title"), "string", v3));
      }
    }
    if (hasOwn(value, "slug")) {
      const v4: unknown = value.slug;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v4));
      }
    }
    if (hasOwn(value, "parentId")) {
      const v5: unknown = value.parentId;
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          issues.push(issue(pointerJoin(path, "parentId"), "string", v5));
        } else {
          if (!PATTERN_1.test(v5)) {
            issues.push(
              issue(pointerJoin(path, "parentId"), "string matching /^[0-9a-f]{24}$/", v5),
            );
          }
        }
      }
    }
    if (hasOwn(value, "collectionId")) {
      const v6: unknown = value.collectionId;
      if (v6 !== null) {
        if (typeof v6 !== "string") {
          issues.push(issue(pointerJoin(path, "collectionId"), "string", v6));
        } else {
          if (!PATTERN_1.test(v6)) {
            issues.push(
              issue(pointerJoin(path, "collectionId"), "string matching /^[0-9a-f]{24}$/", v6),
            );
          }
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v7: unknown = value.createdOn;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v7));
      } else {
        if (!isDateTime(v7)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v7));
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v8: unknown = value.lastUpdated;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v8));
      } else {
        if (!isDateTime(v8)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v8));
        }
      }
    }
    if (hasOwn(value, "archived")) {
      const v9: unknown = value.archived;
      if (typeof v9 !== "boolean") {
        issues.push(issue(pointerJoin(path, "archived"), "boolean", v9));
      }
    }
    if (hasOwn(value, "draft")) {
      const v10: unknown = value.draft;
      if (typeof v10 !== "boolean") {
        issues.push(issue(pointerJoin(path, "draft"), "boolean", v10));
      }
    }
    if (hasOwn(value, "canBranch")) {
      const v11: unknown = value.canBranch;
      if (typeof v11 !== "boolean") {
        issues.push(issue(pointerJoin(path, "canBranch"), "boolean", v11));
      }
    }
    if (hasOwn(value, "isBranch")) {
      const v12: unknown = value.isBranch;
      if (typeof v12 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isBranch"), "boolean", v12));
      }
    }
    if (hasOwn(value, "branchId")) {
      const v13: unknown = value.branchId;
      if (v13 !== null) {
        if (typeof v13 !== "string") {
          issues.push(issue(pointerJoin(path, "branchId"), "string", v13));
        } else {
          if (!PATTERN_1.test(v13)) {
            issues.push(
              issue(pointerJoin(path, "branchId"), "string matching /^[0-9a-f]{24}$/", v13),
            );
          }
        }
      }
    }
    if (hasOwn(value, "seo")) {
      const v14: unknown = value.seo;
      checkPageSeo(v14, pointerJoin(path, "seo"), issues);
    }
    if (hasOwn(value, "openGraph")) {
      const v15: unknown = value.openGraph;
      checkPageOpenGraph(v15, pointerJoin(path, "openGraph"), issues);
    }
    if (hasOwn(value, "localeId")) {
      const v16: unknown = value.localeId;
      if (v16 !== null) {
        if (typeof v16 !== "string") {
          issues.push(issue(pointerJoin(path, "localeId"), "string", v16));
        } else {
          if (!PATTERN_1.test(v16)) {
            issues.push(
              issue(pointerJoin(path, "localeId"), "string matching /^[0-9a-f]{24}$/", v16),
            );
          }
        }
      }
    }
    if (hasOwn(value, "publishedPath")) {
      const v17: unknown = value.publishedPath;
      if (typeof v17 !== "string") {
        issues.push(issue(pointerJoin(path, "publishedPath"), "string", v17));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link PageMetadata}.
 *
 * A page of a site (static page or CMS collection template page) with its metadata, as listed by listPages and read by getPageMetadata.
 * @returns `{ ok: true, value }` typed as {@link PageMetadata}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageMetadata(value: unknown): ValidationResult<PageMetadata> {
  const issues: ValidationIssue[] = [];
  checkPageMetadata(value, "", issues);
  return issues.length === 0 ? ok(value as PageMetadata) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageMetadataUpdatedEvent.
 */
function checkPageMetadataUpdatedEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "page_metadata_updated") {
          issues.push(
            issue(pointerJoin(path, "triggerType"), 'one of "page_metadata_updated"', v1),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      checkPageEventPayload(v2, pointerJoin(path, "payload"), issues);
      if (!isPlainObject(v2)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v2));
      } else {
        if (hasOwn(v2, "lastUpdated")) {
          const v3: unknown = v2.lastUpdated;
          if (typeof v3 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "lastUpdated"), "string", v3),
            );
          } else {
            if (!isDateTime(v3)) {
              issues.push(
                issue(
                  pointerJoin(pointerJoin(path, "payload"), "lastUpdated"),
                  "date-time string",
                  v3,
                ),
              );
            }
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link PageMetadataUpdatedEvent}.
 *
 * Body POSTed to the webhook URL for trigger type `page_metadata_updated` (the metadata of a page, such as its title, slug, SEO or Open Graph settings, was updated).
 * @returns `{ ok: true, value }` typed as {@link PageMetadataUpdatedEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageMetadataUpdatedEvent(
  value: unknown,
): ValidationResult<PageMetadataUpdatedEvent> {
  const issues: ValidationIssue[] = [];
  checkPageMetadataUpdatedEvent(value, "", issues);
  return issues.length === 0 ? ok(value as PageMetadataUpdatedEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageOpenGraph.
 */
function checkPageOpenGraph(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "title")) {
      const v1: unknown = value.title;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "title"), "string", v1));
      }
    }
    if (hasOwn(value, "titleCopied")) {
      const v2: unknown = value.titleCopied;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "titleCopied"), "boolean", v2));
      }
    }
    if (hasOwn(value, "description")) {
      const v3: unknown = value.description;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "description"), "string", v3));
      }
    }
    if (hasOwn(value, "descriptionCopied")) {
      const v4: unknown = value.descriptionCopied;
      if (typeof v4 !== "boolean") {
        issues.push(issue(pointerJoin(path, "descriptionCopied"), "boolean", v4));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link PageOpenGraph}.
 *
 * The Open Graph metadata of a page, used when the page is shared on social networks.
 * @returns `{ ok: true, value }` typed as {@link PageOpenGraph}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageOpenGraph(value: unknown): ValidationResult<PageOpenGraph> {
  const issues: ValidationIssue[] = [];
  checkPageOpenGraph(value, "", issues);
  return issues.length === 0 ? ok(value as PageOpenGraph) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PageSeo.
 */
function checkPageSeo(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "title")) {
      const v1: unknown = value.title;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "title"), "string", v1));
      }
    }
    if (hasOwn(value, "description")) {
      const v2: unknown = value.description;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "description"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link PageSeo}.
 *
 * The search-engine (SEO) metadata of a page.
 * @returns `{ ok: true, value }` typed as {@link PageSeo}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePageSeo(value: unknown): ValidationResult<PageSeo> {
  const issues: ValidationIssue[] = [];
  checkPageSeo(value, "", issues);
  return issues.length === 0 ? ok(value as PageSeo) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Pagination.
 */
function checkPagination(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "limit")) {
      const v1: unknown = value.limit;
      if (typeof v1 !== "number" || !Number.isInteger(v1)) {
        issues.push(issue(pointerJoin(path, "limit"), "integer", v1));
      } else {
        if (v1 < 0) {
          issues.push(issue(pointerJoin(path, "limit"), "integer >= 0", v1));
        }
        if (v1 > 100) {
          issues.push(issue(pointerJoin(path, "limit"), "integer <= 100", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "limit"), "required property", undefined));
    }
    if (hasOwn(value, "offset")) {
      const v2: unknown = value.offset;
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        issues.push(issue(pointerJoin(path, "offset"), "integer", v2));
      } else {
        if (v2 < 0) {
          issues.push(issue(pointerJoin(path, "offset"), "integer >= 0", v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "offset"), "required property", undefined));
    }
    if (hasOwn(value, "total")) {
      const v3: unknown = value.total;
      if (typeof v3 !== "number" || !Number.isInteger(v3)) {
        issues.push(issue(pointerJoin(path, "total"), "integer", v3));
      } else {
        if (v3 < 0) {
          issues.push(issue(pointerJoin(path, "total"), "integer >= 0", v3));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "total"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link Pagination}.
 *
 * Paging information returned by list endpoints. Lists page with `offset` and `limit` (at most 100); `total` is the number of items across all pages.
 * @returns `{ ok: true, value }` typed as {@link Pagination}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePagination(value: unknown): ValidationResult<Pagination> {
  const issues: ValidationIssue[] = [];
  checkPagination(value, "", issues);
  return issues.length === 0 ? ok(value as Pagination) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Product.
 */
function checkProduct(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "cmsLocaleId")) {
      const v2: unknown = value.cmsLocaleId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "cmsLocaleId"), "string", v2));
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v3: unknown = value.lastPublished;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v3));
        } else {
          if (!isDateTime(v3)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v3));
          }
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v4: unknown = value.lastUpdated;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v4));
      } else {
        if (!isDateTime(v4)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v4));
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v5: unknown = value.createdOn;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v5));
      } else {
        if (!isDateTime(v5)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v5));
        }
      }
    }
    if (hasOwn(value, "isArchived")) {
      const v6: unknown = value.isArchived;
      if (typeof v6 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isArchived"), "boolean", v6));
      }
    }
    if (hasOwn(value, "isDraft")) {
      const v7: unknown = value.isDraft;
      if (typeof v7 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isDraft"), "boolean", v7));
      }
    }
    if (hasOwn(value, "fieldData")) {
      const v8: unknown = value.fieldData;
      checkProductFieldData(v8, pointerJoin(path, "fieldData"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link Product}.
 *
 * An ecommerce product: an item of the site's Products collection. Its variants (SKUs) are separate items (see Sku). Every field may be absent.
 * @returns `{ ok: true, value }` typed as {@link Product}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateProduct(value: unknown): ValidationResult<Product> {
  const issues: ValidationIssue[] = [];
  checkProduct(value, "", issues);
  return issues.length === 0 ? ok(value as Product) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ProductAndSkus.
 */
function checkProductAndSkus(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "product")) {
      const v1: unknown = value.product;
      checkProduct(v1, pointerJoin(path, "product"), issues);
    }
    if (hasOwn(value, "skus")) {
      const v2: unknown = value.skus;
      checkSkusShape(v2, pointerJoin(path, "skus"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link ProductAndSkus}.
 *
 * A product together with its SKUs.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateProductAndSkus(value: unknown): ValidationResult<ProductAndSkus> {
  const issues: ValidationIssue[] = [];
  checkProductAndSkus(value, "", issues);
  return issues.length === 0 ? ok(value as ProductAndSkus) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ProductAndSkusList.
 */
function checkProductAndSkusList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "items"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkProductAndSkus(item3, pointerJoin(pointerJoin(path, "items"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link ProductAndSkusList}.
 *
 * Response of GET /sites/{site_id}/products, one page of products with their SKUs.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkusList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateProductAndSkusList(value: unknown): ValidationResult<ProductAndSkusList> {
  const issues: ValidationIssue[] = [];
  checkProductAndSkusList(value, "", issues);
  return issues.length === 0 ? ok(value as ProductAndSkusList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ProductFieldData.
 */
function checkProductFieldData(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "name")) {
      const v1: unknown = value.name;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v1));
      }
    }
    if (hasOwn(value, "slug")) {
      const v2: unknown = value.slug;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v2));
      }
    }
    if (hasOwn(value, "description")) {
      const v3: unknown = value.description;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "description"), "string", v3));
      }
    }
    if (hasOwn(value, "shippable")) {
      const v4: unknown = value.shippable;
      if (typeof v4 !== "boolean") {
        issues.push(issue(pointerJoin(path, "shippable"), "boolean", v4));
      }
    }
    if (hasOwn(value, "sku-properties")) {
      const v5: unknown = value["sku-properties"];
      checkSkuPropertiesShape(v5, pointerJoin(path, "sku-properties"), issues);
    }
    if (hasOwn(value, "category")) {
      const v6: unknown = value.category;
      checkSiteIdsShape(v6, pointerJoin(path, "category"), issues);
    }
    if (hasOwn(value, "tax-category")) {
      const v7: unknown = value["tax-category"];
      let matches8 = 0;
      {
        const variantIssues9: ValidationIssue[] = [];
        checkTaxCategory(v7, pointerJoin(path, "tax-category"), variantIssues9);
        if (variantIssues9.length === 0) matches8++;
      }
      {
        const variantIssues10: ValidationIssue[] = [];
        if (typeof v7 !== "string") {
          variantIssues10.push(issue(pointerJoin(path, "tax-category"), "string", v7));
        }
        if (variantIssues10.length === 0) matches8++;
      }
      if (matches8 === 0) {
        issues.push(issue(pointerJoin(path, "tax-category"), "TaxCategory or string", v7));
      }
    }
    if (hasOwn(value, "default-sku")) {
      const v11: unknown = value["default-sku"];
      if (typeof v11 !== "string") {
        issues.push(issue(pointerJoin(path, "default-sku"), "string", v11));
      } else {
        if (!PATTERN_1.test(v11)) {
          issues.push(
            issue(pointerJoin(path, "default-sku"), "string matching /^[0-9a-f]{24}$/", v11),
          );
        }
      }
    }
    if (hasOwn(value, "ec-product-type")) {
      const v12: unknown = value["ec-product-type"];
      let matches13 = 0;
      {
        const variantIssues14: ValidationIssue[] = [];
        checkProductType(v12, pointerJoin(path, "ec-product-type"), variantIssues14);
        if (variantIssues14.length === 0) matches13++;
      }
      {
        const variantIssues15: ValidationIssue[] = [];
        if (typeof v12 !== "string") {
          variantIssues15.push(issue(pointerJoin(path, "ec-product-type"), "string", v12));
        }
        if (variantIssues15.length === 0) matches13++;
      }
      if (matches13 === 0) {
        issues.push(issue(pointerJoin(path, "ec-product-type"), "ProductType or string", v12));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link ProductFieldData}.
 *
 * The field values of a product, keyed by field slug. Custom fields added to the site's Products collection appear here too, under their own slugs.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateProductFieldData(value: unknown): ValidationResult<ProductFieldData> {
  const issues: ValidationIssue[] = [];
  checkProductFieldData(value, "", issues);
  return issues.length === 0 ? ok(value as ProductFieldData) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ProductFieldDataInput.
 */
function checkProductFieldDataInput(value: unknown, path: string, issues: ValidationIssue[]): void {
  checkProductFieldData(value, path, issues);
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "tax-category")) {
      const v1: unknown = value["tax-category"];
      checkTaxCategory(v1, pointerJoin(path, "tax-category"), issues);
    }
    if (hasOwn(value, "ec-product-type")) {
      const v2: unknown = value["ec-product-type"];
      checkProductType(v2, pointerJoin(path, "ec-product-type"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link ProductFieldDataInput}.
 *
 * The field values of a product as sent in a request: ProductFieldData with `tax-category` and `ec-product-type` limited to the documented values.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateProductFieldDataInput(
  value: unknown,
): ValidationResult<ProductFieldDataInput> {
  const issues: ValidationIssue[] = [];
  checkProductFieldDataInput(value, "", issues);
  return issues.length === 0 ? ok(value as ProductFieldDataInput) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ProductInput.
 */
function checkProductInput(value: unknown, path: string, issues: ValidationIssue[]): void {
  checkProduct(value, path, issues);
  checkProductShape(value, path, issues);
}

/**
 * Checks that `value` is a {@link ProductInput}.
 *
 * A product as sent in a request body: Product with its `fieldData` as ProductFieldDataInput.
 * @returns `{ ok: true, value }` typed as {@link ProductInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateProductInput(value: unknown): ValidationResult<ProductInput> {
  const issues: ValidationIssue[] = [];
  checkProductInput(value, "", issues);
  return issues.length === 0 ? ok(value as ProductInput) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ProductType.
 */
function checkProductType(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (
      value !== "ff42fee0113744f693a764e3431a9cc2" &&
      value !== "f22027db68002190aef89a4a2b7ac8a1" &&
      value !== "c599e43b1a1c34d5a323aedf75d3adf6" &&
      value !== "b6ccc1830db4b1babeb06a9ac5f6dd76"
    ) {
      issues.push(
        issue(
          path,
          'one of "ff42fee0113744f693a764e3431a9cc2", "f22027db68002190aef89a4a2b7ac8a1", "c599e43b1a1c34d5a323aedf75d3adf6", "b6ccc1830db4b1babeb06a9ac5f6dd76"',
          value,
        ),
      );
    }
  }
}

/**
 * Checks that `value` is a {@link ProductType}.
 *
 * The documented product types, identified by fixed IDs: `ff42fee0113744f693a764e3431a9cc2` physical, `f22027db68002190aef89a4a2b7ac8a1` digital, `c599e43b1a1c34d5a323aedf75d3adf6` service, `b6ccc1830db4b1babeb06a9ac5f6dd76` advanced.
 * @returns `{ ok: true, value }` typed as {@link ProductType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateProductType(value: unknown): ValidationResult<ProductType> {
  const issues: ValidationIssue[] = [];
  checkProductType(value, "", issues);
  return issues.length === 0 ? ok(value as ProductType) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PublishItemsRequest.
 */
function checkPublishItemsRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    if (!isPlainObject(value)) {
      variantIssues2.push(issue(path, "object", value));
    } else {
      if (hasOwn(value, "itemIds")) {
        const v3: unknown = value.itemIds;
        checkItemIdsShape(v3, pointerJoin(path, "itemIds"), variantIssues2);
      } else {
        variantIssues2.push(issue(pointerJoin(path, "itemIds"), "required property", undefined));
      }
    }
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues4: ValidationIssue[] = [];
    checkCollectionItemRefList(value, path, variantIssues4);
    if (variantIssues4.length === 0) matches1++;
  }
  if (matches1 !== 1) {
    issues.push(issue(path, "exactly one of: object xor CollectionItemRefList", value));
  }
}

/**
 * Checks that `value` is a {@link PublishItemsRequest}.
 *
 * Body of POST /collections/{collection_id}/items/publish: the IDs of the items to publish (`itemIds`), or the items with the locales to publish them in (`items`).
 * @returns `{ ok: true, value }` typed as {@link PublishItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishItemsRequest(value: unknown): ValidationResult<PublishItemsRequest> {
  const issues: ValidationIssue[] = [];
  checkPublishItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as PublishItemsRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PublishItemsResponse.
 */
function checkPublishItemsResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "publishedItemIds")) {
      const v1: unknown = value.publishedItemIds;
      checkSiteIdsShape(v1, pointerJoin(path, "publishedItemIds"), issues);
    }
    if (hasOwn(value, "errors")) {
      const v2: unknown = value.errors;
      checkSiteIdsShape(v2, pointerJoin(path, "errors"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link PublishItemsResponse}.
 *
 * Response of POST /collections/{collection_id}/items/publish (202 Accepted).
 * @returns `{ ok: true, value }` typed as {@link PublishItemsResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishItemsResponse(
  value: unknown,
): ValidationResult<PublishItemsResponse> {
  const issues: ValidationIssue[] = [];
  checkPublishItemsResponse(value, "", issues);
  return issues.length === 0 ? ok(value as PublishItemsResponse) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PublishSiteRequest.
 */
function checkPublishSiteRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customDomains")) {
      const v1: unknown = value.customDomains;
      checkItemIdsShape(v1, pointerJoin(path, "customDomains"), issues);
    }
    if (hasOwn(value, "publishToWebflowSubdomain")) {
      const v2: unknown = value.publishToWebflowSubdomain;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "publishToWebflowSubdomain"), "boolean", v2));
      }
    }
    if (hasOwn(value, "pageId")) {
      const v3: unknown = value.pageId;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "pageId"), "string", v3));
      } else {
        if (!PATTERN_1.test(v3)) {
          issues.push(issue(pointerJoin(path, "pageId"), "string matching /^[0-9a-f]{24}$/", v3));
        }
      }
    }
  }
  let matches4 = 0;
  {
    const variantIssues5: ValidationIssue[] = [];
    if (!!isPlainObject(value)) {
      if (!hasOwn(value, "customDomains")) {
        variantIssues5.push(
          issue(pointerJoin(path, "customDomains"), "required property", undefined),
        );
      }
    }
    if (variantIssues5.length === 0) matches4++;
  }
  {
    const variantIssues6: ValidationIssue[] = [];
    if (!!isPlainObject(value)) {
      if (!hasOwn(value, "publishToWebflowSubdomain")) {
        variantIssues6.push(
          issue(pointerJoin(path, "publishToWebflowSubdomain"), "required property", undefined),
        );
      }
    }
    if (variantIssues6.length === 0) matches4++;
  }
  if (matches4 === 0) {
    issues.push(issue(path, "object or object", value));
  }
}

/**
 * Checks that `value` is a {@link PublishSiteRequest}.
 *
 * Body of POST /sites/{site_id}/publish. At least one of `customDomains` and `publishToWebflowSubdomain` must be sent (enforced by the `allOf`/`anyOf` below).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishSiteRequest(value: unknown): ValidationResult<PublishSiteRequest> {
  const issues: ValidationIssue[] = [];
  checkPublishSiteRequest(value, "", issues);
  return issues.length === 0 ? ok(value as PublishSiteRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PublishSiteResponse.
 */
function checkPublishSiteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "customDomains")) {
      const v1: unknown = value.customDomains;
      checkCustomDomainsShape(v1, pointerJoin(path, "customDomains"), issues);
    }
    if (hasOwn(value, "publishToWebflowSubdomain")) {
      const v2: unknown = value.publishToWebflowSubdomain;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "publishToWebflowSubdomain"), "boolean", v2));
      }
    }
    if (hasOwn(value, "publishScope")) {
      const v3: unknown = value.publishScope;
      checkPublishScopeShape(v3, pointerJoin(path, "publishScope"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link PublishSiteResponse}.
 *
 * Response of POST /sites/{site_id}/publish (202 Accepted; publishing continues asynchronously).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResponse}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishSiteResponse(value: unknown): ValidationResult<PublishSiteResponse> {
  const issues: ValidationIssue[] = [];
  checkPublishSiteResponse(value, "", issues);
  return issues.length === 0 ? ok(value as PublishSiteResponse) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a PublishStatus.
 */
function checkPublishStatus(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (value !== "staging" && value !== "live") {
      issues.push(issue(path, 'one of "staging", "live"', value));
    }
  }
}

/**
 * Checks that `value` is a {@link PublishStatus}.
 *
 * Whether a product or SKU write goes to the staged site (`staging`) or is also published live (`live`).
 * @returns `{ ok: true, value }` typed as {@link PublishStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishStatus(value: unknown): ValidationResult<PublishStatus> {
  const issues: ValidationIssue[] = [];
  checkPublishStatus(value, "", issues);
  return issues.length === 0 ? ok(value as PublishStatus) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Redirect.
 */
function checkRedirect(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "fromUrl")) {
      const v2: unknown = value.fromUrl;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "fromUrl"), "string", v2));
      }
    }
    if (hasOwn(value, "toUrl")) {
      const v3: unknown = value.toUrl;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "toUrl"), "string", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Redirect}.
 *
 * A 301 redirect of a site, from a path of the site to another path or URL.
 * @returns `{ ok: true, value }` typed as {@link Redirect}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRedirect(value: unknown): ValidationResult<Redirect> {
  const issues: ValidationIssue[] = [];
  checkRedirect(value, "", issues);
  return issues.length === 0 ? ok(value as Redirect) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a RedirectList.
 */
function checkRedirectList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "redirects")) {
      const v1: unknown = value.redirects;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "redirects"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkRedirect(item3, pointerJoin(pointerJoin(path, "redirects"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link RedirectList}.
 *
 * The 301 redirects of a site (response of GET /sites/{site_id}/redirects, and of DELETE /sites/{site_id}/redirects/{redirect_id}, which answers with the redirects that remain).
 * @returns `{ ok: true, value }` typed as {@link RedirectList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRedirectList(value: unknown): ValidationResult<RedirectList> {
  const issues: ValidationIssue[] = [];
  checkRedirectList(value, "", issues);
  return issues.length === 0 ? ok(value as RedirectList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a RefundOrderRequest.
 */
function checkRefundOrderRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "reason")) {
      const v1: unknown = value.reason;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "reason"), "string", v1));
      } else {
        if (v1 !== "duplicate" && v1 !== "fraudulent" && v1 !== "requested") {
          issues.push(
            issue(pointerJoin(path, "reason"), 'one of "duplicate", "fraudulent", "requested"', v1),
          );
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link RefundOrderRequest}.
 *
 * Body of POST /sites/{site_id}/orders/{order_id}/refund.
 * @returns `{ ok: true, value }` typed as {@link RefundOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRefundOrderRequest(value: unknown): ValidationResult<RefundOrderRequest> {
  const issues: ValidationIssue[] = [];
  checkRefundOrderRequest(value, "", issues);
  return issues.length === 0 ? ok(value as RefundOrderRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a RegisterHostedScriptRequest.
 */
function checkRegisterHostedScriptRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "hostedLocation")) {
      const v1: unknown = value.hostedLocation;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "hostedLocation"), "string", v1));
      } else {
        if (!isUri(v1)) {
          issues.push(issue(pointerJoin(path, "hostedLocation"), "uri string", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "hostedLocation"), "required property", undefined));
    }
    if (hasOwn(value, "integrityHash")) {
      const v2: unknown = value.integrityHash;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "integrityHash"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "integrityHash"), "required property", undefined));
    }
    if (hasOwn(value, "canCopy")) {
      const v3: unknown = value.canCopy;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "canCopy"), "boolean", v3));
      }
    }
    if (hasOwn(value, "version")) {
      const v4: unknown = value.version;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "version"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "version"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v5: unknown = value.displayName;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link RegisterHostedScriptRequest}.
 *
 * Body of POST /sites/{site_id}/registered_scripts/hosted: a script hosted at a URL of your own.
 * @returns `{ ok: true, value }` typed as {@link RegisterHostedScriptRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRegisterHostedScriptRequest(
  value: unknown,
): ValidationResult<RegisterHostedScriptRequest> {
  const issues: ValidationIssue[] = [];
  checkRegisterHostedScriptRequest(value, "", issues);
  return issues.length === 0 ? ok(value as RegisterHostedScriptRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a RegisterInlineScriptRequest.
 */
function checkRegisterInlineScriptRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "sourceCode")) {
      const v1: unknown = value.sourceCode;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "sourceCode"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "sourceCode"), "required property", undefined));
    }
    if (hasOwn(value, "integrityHash")) {
      const v2: unknown = value.integrityHash;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "integrityHash"), "string", v2));
      }
    }
    if (hasOwn(value, "canCopy")) {
      const v3: unknown = value.canCopy;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "canCopy"), "boolean", v3));
      }
    }
    if (hasOwn(value, "version")) {
      const v4: unknown = value.version;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "version"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "version"), "required property", undefined));
    }
    if (hasOwn(value, "displayName")) {
      const v5: unknown = value.displayName;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v5));
      }
    } else {
      issues.push(issue(pointerJoin(path, "displayName"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link RegisterInlineScriptRequest}.
 *
 * Body of POST /sites/{site_id}/registered_scripts/inline: JavaScript source code that Webflow hosts for you.
 * @returns `{ ok: true, value }` typed as {@link RegisterInlineScriptRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRegisterInlineScriptRequest(
  value: unknown,
): ValidationResult<RegisterInlineScriptRequest> {
  const issues: ValidationIssue[] = [];
  checkRegisterInlineScriptRequest(value, "", issues);
  return issues.length === 0 ? ok(value as RegisterInlineScriptRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a RegisteredScript.
 */
function checkRegisteredScript(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "canCopy")) {
      const v2: unknown = value.canCopy;
      if (typeof v2 !== "boolean") {
        issues.push(issue(pointerJoin(path, "canCopy"), "boolean", v2));
      }
    }
    if (hasOwn(value, "displayName")) {
      const v3: unknown = value.displayName;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v3));
      }
    }
    if (hasOwn(value, "hostedLocation")) {
      const v4: unknown = value.hostedLocation;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "hostedLocation"), "string", v4));
      }
    }
    if (hasOwn(value, "integrityHash")) {
      const v5: unknown = value.integrityHash;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "integrityHash"), "string", v5));
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v6: unknown = value.createdOn;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v6));
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v7: unknown = value.lastUpdated;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v7));
      }
    }
    if (hasOwn(value, "version")) {
      const v8: unknown = value.version;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "version"), "string", v8));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link RegisteredScript}.
 *
 * A script registered on a site (hosted at a URL, or inline code that Webflow hosts), which can then be applied to the site or to its pages as custom code.
 * @returns `{ ok: true, value }` typed as {@link RegisteredScript}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRegisteredScript(value: unknown): ValidationResult<RegisteredScript> {
  const issues: ValidationIssue[] = [];
  checkRegisteredScript(value, "", issues);
  return issues.length === 0 ? ok(value as RegisteredScript) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a RegisteredScriptList.
 */
function checkRegisteredScriptList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "registeredScripts")) {
      const v1: unknown = value.registeredScripts;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "registeredScripts"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkRegisteredScript(
            item3,
            pointerJoin(pointerJoin(path, "registeredScripts"), i2),
            issues,
          );
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link RegisteredScriptList}.
 *
 * Response of GET /sites/{site_id}/registered_scripts.
 * @returns `{ ok: true, value }` typed as {@link RegisteredScriptList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRegisteredScriptList(
  value: unknown,
): ValidationResult<RegisteredScriptList> {
  const issues: ValidationIssue[] = [];
  checkRegisteredScriptList(value, "", issues);
  return issues.length === 0 ? ok(value as RegisteredScriptList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a ReplaceCustomFontFileRequest.
 */
function checkReplaceCustomFontFileRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fileName")) {
      const v1: unknown = value.fileName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fileName"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileName"), "required property", undefined));
    }
    if (hasOwn(value, "fileHash")) {
      const v2: unknown = value.fileHash;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "fileHash"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileHash"), "required property", undefined));
    }
    if (hasOwn(value, "axes")) {
      const v3: unknown = value.axes;
      checkAxesShape(v3, pointerJoin(path, "axes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link ReplaceCustomFontFileRequest}.
 *
 * Body of PUT /sites/{site_id}/custom_fonts/{font_id}/file: the metadata of the new font file. The file itself is then uploaded to the target the response gives.
 * @returns `{ ok: true, value }` typed as {@link ReplaceCustomFontFileRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateReplaceCustomFontFileRequest(
  value: unknown,
): ValidationResult<ReplaceCustomFontFileRequest> {
  const issues: ValidationIssue[] = [];
  checkReplaceCustomFontFileRequest(value, "", issues);
  return issues.length === 0 ? ok(value as ReplaceCustomFontFileRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a RobotsTxt.
 */
function checkRobotsTxt(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "rules")) {
      const v1: unknown = value.rules;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "rules"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkRobotsTxtRule(item3, pointerJoin(pointerJoin(path, "rules"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "sitemap")) {
      const v4: unknown = value.sitemap;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "sitemap"), "string", v4));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link RobotsTxt}.
 *
 * The robots.txt of a site as rules per user agent and a sitemap URL. The response of every robots.txt operation, and the body of the PUT, PATCH and DELETE operations (the rules to set, to add or to remove).
 * @returns `{ ok: true, value }` typed as {@link RobotsTxt}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRobotsTxt(value: unknown): ValidationResult<RobotsTxt> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxt(value, "", issues);
  return issues.length === 0 ? ok(value as RobotsTxt) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a RobotsTxtRule.
 */
function checkRobotsTxtRule(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "userAgent")) {
      const v1: unknown = value.userAgent;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "userAgent"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "userAgent"), "required property", undefined));
    }
    if (hasOwn(value, "allows")) {
      const v2: unknown = value.allows;
      checkSiteIdsShape(v2, pointerJoin(path, "allows"), issues);
    }
    if (hasOwn(value, "disallows")) {
      const v3: unknown = value.disallows;
      checkSiteIdsShape(v3, pointerJoin(path, "disallows"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link RobotsTxtRule}.
 *
 * The rules of robots.txt for one user agent.
 * @returns `{ ok: true, value }` typed as {@link RobotsTxtRule}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRobotsTxtRule(value: unknown): ValidationResult<RobotsTxtRule> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxtRule(value, "", issues);
  return issues.length === 0 ? ok(value as RobotsTxtRule) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SearchButtonNode.
 */
function checkSearchButtonNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v2));
      } else {
        if (v2 !== "search-button") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "search-button"', v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "value")) {
      const v3: unknown = value.value;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "value"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "value"), "required property", undefined));
    }
    if (hasOwn(value, "attributes")) {
      const v4: unknown = value.attributes;
      checkHtmlAttributes(v4, pointerJoin(path, "attributes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link SearchButtonNode}.
 *
 * The button of a site search form.
 * @returns `{ ok: true, value }` typed as {@link SearchButtonNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSearchButtonNode(value: unknown): ValidationResult<SearchButtonNode> {
  const issues: ValidationIssue[] = [];
  checkSearchButtonNode(value, "", issues);
  return issues.length === 0 ? ok(value as SearchButtonNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SearchButtonNodeUpdate.
 */
function checkSearchButtonNodeUpdate(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "nodeId")) {
      const v1: unknown = value.nodeId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "nodeId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "nodeId"), "required property", undefined));
    }
    if (hasOwn(value, "value")) {
      const v2: unknown = value.value;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "value"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "value"), "required property", undefined));
    }
    for (const key3 of Object.keys(value)) {
      if (!KNOWN_8.has(key3)) {
        issues.push(issue(pointerJoin(path, key3), "no additional properties", value[key3]));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SearchButtonNodeUpdate}.
 *
 * New label of a search button.
 * @returns `{ ok: true, value }` typed as {@link SearchButtonNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSearchButtonNodeUpdate(
  value: unknown,
): ValidationResult<SearchButtonNodeUpdate> {
  const issues: ValidationIssue[] = [];
  checkSearchButtonNodeUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as SearchButtonNodeUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SelectChoice.
 */
function checkSelectChoice(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "value")) {
      const v1: unknown = value.value;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "value"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "value"), "required property", undefined));
    }
    if (hasOwn(value, "text")) {
      const v2: unknown = value.text;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "text"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "text"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link SelectChoice}.
 *
 * One choice of a select field.
 * @returns `{ ok: true, value }` typed as {@link SelectChoice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSelectChoice(value: unknown): ValidationResult<SelectChoice> {
  const issues: ValidationIssue[] = [];
  checkSelectChoice(value, "", issues);
  return issues.length === 0 ? ok(value as SelectChoice) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SelectNode.
 */
function checkSelectNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v2));
      } else {
        if (v2 !== "select") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "select"', v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "choices")) {
      const v3: unknown = value.choices;
      checkChoicesShape(v3, pointerJoin(path, "choices"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "choices"), "required property", undefined));
    }
    if (hasOwn(value, "attributes")) {
      const v4: unknown = value.attributes;
      checkHtmlAttributes(v4, pointerJoin(path, "attributes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link SelectNode}.
 *
 * A select (dropdown) field of a form with its choices.
 * @returns `{ ok: true, value }` typed as {@link SelectNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSelectNode(value: unknown): ValidationResult<SelectNode> {
  const issues: ValidationIssue[] = [];
  checkSelectNode(value, "", issues);
  return issues.length === 0 ? ok(value as SelectNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SelectNodeUpdate.
 */
function checkSelectNodeUpdate(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "nodeId")) {
      const v1: unknown = value.nodeId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "nodeId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "nodeId"), "required property", undefined));
    }
    if (hasOwn(value, "choices")) {
      const v2: unknown = value.choices;
      checkChoicesShape(v2, pointerJoin(path, "choices"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "choices"), "required property", undefined));
    }
    for (const key3 of Object.keys(value)) {
      if (!KNOWN_9.has(key3)) {
        issues.push(issue(pointerJoin(path, key3), "no additional properties", value[key3]));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SelectNodeUpdate}.
 *
 * New choices of a select field.
 * @returns `{ ok: true, value }` typed as {@link SelectNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSelectNodeUpdate(value: unknown): ValidationResult<SelectNodeUpdate> {
  const issues: ValidationIssue[] = [];
  checkSelectNodeUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as SelectNodeUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SetWellKnownFileRequest.
 */
function checkSetWellKnownFileRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fileName")) {
      const v1: unknown = value.fileName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fileName"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileName"), "required property", undefined));
    }
    if (hasOwn(value, "fileData")) {
      const v2: unknown = value.fileData;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "fileData"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileData"), "required property", undefined));
    }
    if (hasOwn(value, "contentType")) {
      const v3: unknown = value.contentType;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "contentType"), "string", v3));
      } else {
        if (v3 !== "application/json" && v3 !== "text/plain") {
          issues.push(
            issue(pointerJoin(path, "contentType"), 'one of "application/json", "text/plain"', v3),
          );
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SetWellKnownFileRequest}.
 *
 * Body of PUT /sites/{site_id}/well_known: a file to serve at `/.well-known/<fileName>` on the site's domains.
 * @returns `{ ok: true, value }` typed as {@link SetWellKnownFileRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSetWellKnownFileRequest(
  value: unknown,
): ValidationResult<SetWellKnownFileRequest> {
  const issues: ValidationIssue[] = [];
  checkSetWellKnownFileRequest(value, "", issues);
  return issues.length === 0 ? ok(value as SetWellKnownFileRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Site.
 */
function checkSite(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "workspaceId")) {
      const v2: unknown = value.workspaceId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "workspaceId"), "string", v2));
      } else {
        if (!PATTERN_1.test(v2)) {
          issues.push(
            issue(pointerJoin(path, "workspaceId"), "string matching /^[0-9a-f]{24}$/", v2),
          );
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v3: unknown = value.createdOn;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v3));
      } else {
        if (!isDateTime(v3)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v3));
        }
      }
    }
    if (hasOwn(value, "displayName")) {
      const v4: unknown = value.displayName;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v4));
      }
    }
    if (hasOwn(value, "shortName")) {
      const v5: unknown = value.shortName;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "shortName"), "string", v5));
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v6: unknown = value.lastPublished;
      if (v6 !== null) {
        if (typeof v6 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v6));
        } else {
          if (!isDateTime(v6)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v6));
          }
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v7: unknown = value.lastUpdated;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v7));
      } else {
        if (!isDateTime(v7)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v7));
        }
      }
    }
    if (hasOwn(value, "previewUrl")) {
      const v8: unknown = value.previewUrl;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "previewUrl"), "string", v8));
      } else {
        if (!isUri(v8)) {
          issues.push(issue(pointerJoin(path, "previewUrl"), "uri string", v8));
        }
      }
    }
    if (hasOwn(value, "timeZone")) {
      const v9: unknown = value.timeZone;
      if (typeof v9 !== "string") {
        issues.push(issue(pointerJoin(path, "timeZone"), "string", v9));
      }
    }
    if (hasOwn(value, "parentFolderId")) {
      const v10: unknown = value.parentFolderId;
      if (v10 !== null) {
        if (typeof v10 !== "string") {
          issues.push(issue(pointerJoin(path, "parentFolderId"), "string", v10));
        } else {
          if (!PATTERN_1.test(v10)) {
            issues.push(
              issue(pointerJoin(path, "parentFolderId"), "string matching /^[0-9a-f]{24}$/", v10),
            );
          }
        }
      }
    }
    if (hasOwn(value, "customDomains")) {
      const v11: unknown = value.customDomains;
      checkCustomDomainsShape(v11, pointerJoin(path, "customDomains"), issues);
    }
    if (hasOwn(value, "locales")) {
      const v12: unknown = value.locales;
      if (!isPlainObject(v12)) {
        issues.push(issue(pointerJoin(path, "locales"), "object", v12));
      } else {
        if (hasOwn(v12, "primary")) {
          const v13: unknown = v12.primary;
          checkLocale(v13, pointerJoin(pointerJoin(path, "locales"), "primary"), issues);
        }
        if (hasOwn(v12, "secondary")) {
          const v14: unknown = v12.secondary;
          if (!Array.isArray(v14)) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "locales"), "secondary"), "array", v14),
            );
          } else {
            for (let i15 = 0; i15 < v14.length; i15++) {
              const item16: unknown = v14[i15];
              checkLocale(
                item16,
                pointerJoin(pointerJoin(pointerJoin(path, "locales"), "secondary"), i15),
                issues,
              );
            }
          }
        }
      }
    }
    if (hasOwn(value, "dataCollectionEnabled")) {
      const v17: unknown = value.dataCollectionEnabled;
      if (typeof v17 !== "boolean") {
        issues.push(issue(pointerJoin(path, "dataCollectionEnabled"), "boolean", v17));
      }
    }
    if (hasOwn(value, "dataCollectionType")) {
      const v18: unknown = value.dataCollectionType;
      let matches19 = 0;
      {
        const variantIssues20: ValidationIssue[] = [];
        if (typeof v18 !== "string") {
          variantIssues20.push(issue(pointerJoin(path, "dataCollectionType"), "string", v18));
        } else {
          if (v18 !== "always" && v18 !== "optOut" && v18 !== "disabled") {
            variantIssues20.push(
              issue(
                pointerJoin(path, "dataCollectionType"),
                'one of "always", "optOut", "disabled"',
                v18,
              ),
            );
          }
        }
        if (variantIssues20.length === 0) matches19++;
      }
      {
        const variantIssues21: ValidationIssue[] = [];
        if (typeof v18 !== "string") {
          variantIssues21.push(issue(pointerJoin(path, "dataCollectionType"), "string", v18));
        }
        if (variantIssues21.length === 0) matches19++;
      }
      if (matches19 === 0) {
        issues.push(issue(pointerJoin(path, "dataCollectionType"), "string or string", v18));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Site}.
 *
 * A Webflow site.
 * @returns `{ ok: true, value }` typed as {@link Site}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSite(value: unknown): ValidationResult<Site> {
  const issues: ValidationIssue[] = [];
  checkSite(value, "", issues);
  return issues.length === 0 ? ok(value as Site) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SiteActivityLogEntry.
 */
function checkSiteActivityLogEntry(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v2: unknown = value.createdOn;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v2));
      } else {
        if (!isDateTime(v2)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v2));
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v3: unknown = value.lastUpdated;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v3));
      } else {
        if (!isDateTime(v3)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v3));
        }
      }
    }
    if (hasOwn(value, "event")) {
      const v4: unknown = value.event;
      let matches5 = 0;
      {
        const variantIssues6: ValidationIssue[] = [];
        if (typeof v4 !== "string") {
          variantIssues6.push(issue(pointerJoin(path, "event"), "string", v4));
        } else {
          if (!ALLOWED_10.has(v4)) {
            variantIssues6.push(
              issue(
                pointerJoin(path, "event"),
                'one of "styles_modified", "site_published", "ix2_modified_on_page", "page_dom_modified", "cms_item", "backup_created", "page_custom_code_modified", "symbols_modified", … (42 values)',
                v4,
              ),
            );
          }
        }
        if (variantIssues6.length === 0) matches5++;
      }
      {
        const variantIssues7: ValidationIssue[] = [];
        if (typeof v4 !== "string") {
          variantIssues7.push(issue(pointerJoin(path, "event"), "string", v4));
        }
        if (variantIssues7.length === 0) matches5++;
      }
      if (matches5 === 0) {
        issues.push(issue(pointerJoin(path, "event"), "string or string", v4));
      }
    }
    if (hasOwn(value, "resourceOperation")) {
      const v8: unknown = value.resourceOperation;
      let matches9 = 0;
      {
        const variantIssues10: ValidationIssue[] = [];
        if (typeof v8 !== "string") {
          variantIssues10.push(issue(pointerJoin(path, "resourceOperation"), "string", v8));
        } else {
          if (!ALLOWED_11.has(v8)) {
            variantIssues10.push(
              issue(
                pointerJoin(path, "resourceOperation"),
                'one of "CREATED", "MODIFIED", "PUBLISHED", "UNPUBLISHED", "DELETED", "GROUP_REORDERED", "GROUP_CREATED", "GROUP_DELETED", … (9 values)',
                v8,
              ),
            );
          }
        }
        if (variantIssues10.length === 0) matches9++;
      }
      {
        const variantIssues11: ValidationIssue[] = [];
        if (typeof v8 !== "string") {
          variantIssues11.push(issue(pointerJoin(path, "resourceOperation"), "string", v8));
        }
        if (variantIssues11.length === 0) matches9++;
      }
      if (matches9 === 0) {
        issues.push(issue(pointerJoin(path, "resourceOperation"), "string or string", v8));
      }
    }
    if (hasOwn(value, "user")) {
      const v12: unknown = value.user;
      if (v12 !== null) {
        if (!isPlainObject(v12)) {
          issues.push(issue(pointerJoin(path, "user"), "object", v12));
        } else {
          if (hasOwn(v12, "id")) {
            const v13: unknown = v12.id;
            if (typeof v13 !== "string") {
              issues.push(issue(pointerJoin(pointerJoin(path, "user"), "id"), "string", v13));
            }
          }
          if (hasOwn(v12, "displayName")) {
            const v14: unknown = v12.displayName;
            if (typeof v14 !== "string") {
              issues.push(
                issue(pointerJoin(pointerJoin(path, "user"), "displayName"), "string", v14),
              );
            }
          }
        }
      }
    }
    if (hasOwn(value, "resourceId")) {
      const v15: unknown = value.resourceId;
      if (v15 !== null) {
        if (typeof v15 !== "string") {
          issues.push(issue(pointerJoin(path, "resourceId"), "string", v15));
        }
      }
    }
    if (hasOwn(value, "resourceName")) {
      const v16: unknown = value.resourceName;
      if (v16 !== null) {
        if (typeof v16 !== "string") {
          issues.push(issue(pointerJoin(path, "resourceName"), "string", v16));
        }
      }
    }
    if (hasOwn(value, "newValue")) {
      const v17: unknown = value.newValue;
      if (v17 !== null) {
        if (typeof v17 !== "string") {
          issues.push(issue(pointerJoin(path, "newValue"), "string", v17));
        }
      }
    }
    if (hasOwn(value, "previousValue")) {
      const v18: unknown = value.previousValue;
      if (v18 !== null) {
        if (typeof v18 !== "string") {
          issues.push(issue(pointerJoin(path, "previousValue"), "string", v18));
        }
      }
    }
    if (hasOwn(value, "payload")) {
      const v19: unknown = value.payload;
      if (v19 !== null) {
        checkMetadataShape(v19, pointerJoin(path, "payload"), issues);
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SiteActivityLogEntry}.
 *
 * One entry of a site's activity log (a change made to the site, who made it and when).
 * @returns `{ ok: true, value }` typed as {@link SiteActivityLogEntry}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSiteActivityLogEntry(
  value: unknown,
): ValidationResult<SiteActivityLogEntry> {
  const issues: ValidationIssue[] = [];
  checkSiteActivityLogEntry(value, "", issues);
  return issues.length === 0 ? ok(value as SiteActivityLogEntry) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SiteActivityLogList.
 */
function checkSiteActivityLogList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "items"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkSiteActivityLogEntry(item3, pointerJoin(pointerJoin(path, "items"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link SiteActivityLogList}.
 *
 * Response of GET /sites/{site_id}/activity_logs, one page of activity-log entries.
 * @returns `{ ok: true, value }` typed as {@link SiteActivityLogList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSiteActivityLogList(value: unknown): ValidationResult<SiteActivityLogList> {
  const issues: ValidationIssue[] = [];
  checkSiteActivityLogList(value, "", issues);
  return issues.length === 0 ? ok(value as SiteActivityLogList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SiteList.
 */
function checkSiteList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "sites")) {
      const v1: unknown = value.sites;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "sites"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkSite(item3, pointerJoin(pointerJoin(path, "sites"), i2), issues);
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SiteList}.
 *
 * Response of GET /sites. The list is not paginated.
 * @returns `{ ok: true, value }` typed as {@link SiteList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSiteList(value: unknown): ValidationResult<SiteList> {
  const issues: ValidationIssue[] = [];
  checkSiteList(value, "", issues);
  return issues.length === 0 ? ok(value as SiteList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SiteMembershipAuditEvent.
 */
function checkSiteMembershipAuditEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "eventType")) {
      const v1: unknown = value.eventType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "eventType"), "string", v1));
      } else {
        if (v1 !== "site_membership") {
          issues.push(issue(pointerJoin(path, "eventType"), 'one of "site_membership"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "eventType"), "required property", undefined));
    }
    if (hasOwn(value, "eventSubType")) {
      const v2: unknown = value.eventSubType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        } else {
          if (
            v2 !== "user_added" &&
            v2 !== "user_removed" &&
            v2 !== "user_role_updated" &&
            v2 !== "user_granular_access_updated"
          ) {
            variantIssues4.push(
              issue(
                pointerJoin(path, "eventSubType"),
                'one of "user_added", "user_removed", "user_role_updated", "user_granular_access_updated"',
                v2,
              ),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "eventSubType"), "string or string", v2));
      }
    }
    if (hasOwn(value, "payload")) {
      const v6: unknown = value.payload;
      if (!isPlainObject(v6)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v6));
      } else {
        if (hasOwn(v6, "site")) {
          const v7: unknown = v6.site;
          if (!isPlainObject(v7)) {
            issues.push(issue(pointerJoin(pointerJoin(path, "payload"), "site"), "object", v7));
          } else {
            if (hasOwn(v7, "id")) {
              const v8: unknown = v7.id;
              if (typeof v8 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "payload"), "site"), "id"),
                    "string",
                    v8,
                  ),
                );
              }
            }
            if (hasOwn(v7, "slug")) {
              const v9: unknown = v7.slug;
              if (typeof v9 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "payload"), "site"), "slug"),
                    "string",
                    v9,
                  ),
                );
              }
            }
          }
        }
        if (hasOwn(v6, "targetUser")) {
          const v10: unknown = v6.targetUser;
          checkAuditLogUser(v10, pointerJoin(pointerJoin(path, "payload"), "targetUser"), issues);
        }
        if (hasOwn(v6, "method")) {
          const v11: unknown = v6.method;
          let matches12 = 0;
          {
            const variantIssues13: ValidationIssue[] = [];
            if (typeof v11 !== "string") {
              variantIssues13.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v11),
              );
            } else {
              if (
                v11 !== "sso" &&
                v11 !== "invite" &&
                v11 !== "scim" &&
                v11 !== "dashboard" &&
                v11 !== "admin" &&
                v11 !== "access_request"
              ) {
                variantIssues13.push(
                  issue(
                    pointerJoin(pointerJoin(path, "payload"), "method"),
                    'one of "sso", "invite", "scim", "dashboard", "admin", "access_request"',
                    v11,
                  ),
                );
              }
            }
            if (variantIssues13.length === 0) matches12++;
          }
          {
            const variantIssues14: ValidationIssue[] = [];
            if (typeof v11 !== "string") {
              variantIssues14.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v11),
              );
            }
            if (variantIssues14.length === 0) matches12++;
          }
          if (matches12 === 0) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string or string", v11),
            );
          }
        }
        if (hasOwn(v6, "userType")) {
          const v15: unknown = v6.userType;
          checkAuditLogUserType(v15, pointerJoin(pointerJoin(path, "payload"), "userType"), issues);
        }
        if (hasOwn(v6, "roleName")) {
          const v16: unknown = v6.roleName;
          if (typeof v16 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "roleName"), "string", v16),
            );
          }
        }
        if (hasOwn(v6, "previousRoleName")) {
          const v17: unknown = v6.previousRoleName;
          if (typeof v17 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "previousRoleName"), "string", v17),
            );
          }
        }
        if (hasOwn(v6, "granularAccess")) {
          const v18: unknown = v6.granularAccess;
          if (!isPlainObject(v18)) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "granularAccess"), "object", v18),
            );
          } else {
            if (hasOwn(v18, "id")) {
              const v19: unknown = v18.id;
              if (typeof v19 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "payload"), "granularAccess"), "id"),
                    "string",
                    v19,
                  ),
                );
              }
            }
            if (hasOwn(v18, "name")) {
              const v20: unknown = v18.name;
              if (typeof v20 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(
                      pointerJoin(pointerJoin(path, "payload"), "granularAccess"),
                      "name",
                    ),
                    "string",
                    v20,
                  ),
                );
              }
            }
            if (hasOwn(v18, "type")) {
              const v21: unknown = v18.type;
              let matches22 = 0;
              {
                const variantIssues23: ValidationIssue[] = [];
                if (typeof v21 !== "string") {
                  variantIssues23.push(
                    issue(
                      pointerJoin(
                        pointerJoin(pointerJoin(path, "payload"), "granularAccess"),
                        "type",
                      ),
                      "string",
                      v21,
                    ),
                  );
                } else {
                  if (v21 !== "cms") {
                    variantIssues23.push(
                      issue(
                        pointerJoin(
                          pointerJoin(pointerJoin(path, "payload"), "granularAccess"),
                          "type",
                        ),
                        'one of "cms"',
                        v21,
                      ),
                    );
                  }
                }
                if (variantIssues23.length === 0) matches22++;
              }
              {
                const variantIssues24: ValidationIssue[] = [];
                if (typeof v21 !== "string") {
                  variantIssues24.push(
                    issue(
                      pointerJoin(
                        pointerJoin(pointerJoin(path, "payload"), "granularAccess"),
                        "type",
                      ),
                      "string",
                      v21,
                    ),
                  );
                }
                if (variantIssues24.length === 0) matches22++;
              }
              if (matches22 === 0) {
                issues.push(
                  issue(
                    pointerJoin(
                      pointerJoin(pointerJoin(path, "payload"), "granularAccess"),
                      "type",
                    ),
                    "string or string",
                    v21,
                  ),
                );
              }
            }
            if (hasOwn(v18, "restricted")) {
              const v25: unknown = v18.restricted;
              if (typeof v25 !== "boolean") {
                issues.push(
                  issue(
                    pointerJoin(
                      pointerJoin(pointerJoin(path, "payload"), "granularAccess"),
                      "restricted",
                    ),
                    "boolean",
                    v25,
                  ),
                );
              }
            }
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SiteMembershipAuditEvent}.
 *
 * A user was added to or removed from a site, or their site role or granular access changed (`eventType` `site_membership`).
 * @returns `{ ok: true, value }` typed as {@link SiteMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSiteMembershipAuditEvent(
  value: unknown,
): ValidationResult<SiteMembershipAuditEvent> {
  const issues: ValidationIssue[] = [];
  checkSiteMembershipAuditEvent(value, "", issues);
  return issues.length === 0 ? ok(value as SiteMembershipAuditEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SitePlan.
 */
function checkSitePlan(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      let matches2 = 0;
      {
        const variantIssues3: ValidationIssue[] = [];
        if (typeof v1 !== "string") {
          variantIssues3.push(issue(pointerJoin(path, "id"), "string", v1));
        } else {
          if (!ALLOWED_12.has(v1)) {
            variantIssues3.push(
              issue(
                pointerJoin(path, "id"),
                'one of "hosting-basic-v3", "hosting-cms-v3", "hosting-business-v3", "hosting-ecommerce-standard-v2", "hosting-ecommerce-plus-v2", "hosting-ecommerce-advanced-v2", "hosting-basic-v4", "hosting-cms-v4", … (12 values)',
                v1,
              ),
            );
          }
        }
        if (variantIssues3.length === 0) matches2++;
      }
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v1 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "id"), "string", v1));
        }
        if (variantIssues4.length === 0) matches2++;
      }
      if (matches2 === 0) {
        issues.push(issue(pointerJoin(path, "id"), "string or string", v1));
      }
    }
    if (hasOwn(value, "name")) {
      const v5: unknown = value.name;
      let matches6 = 0;
      {
        const variantIssues7: ValidationIssue[] = [];
        if (typeof v5 !== "string") {
          variantIssues7.push(issue(pointerJoin(path, "name"), "string", v5));
        } else {
          if (
            v5 !== "Basic Hosting" &&
            v5 !== "CMS Hosting" &&
            v5 !== "Business Hosting" &&
            v5 !== "ECommerce Standard Hosting" &&
            v5 !== "ECommerce Plus Hosting" &&
            v5 !== "ECommerce Advanced Hosting"
          ) {
            variantIssues7.push(
              issue(
                pointerJoin(path, "name"),
                'one of "Basic Hosting", "CMS Hosting", "Business Hosting", "ECommerce Standard Hosting", "ECommerce Plus Hosting", "ECommerce Advanced Hosting"',
                v5,
              ),
            );
          }
        }
        if (variantIssues7.length === 0) matches6++;
      }
      {
        const variantIssues8: ValidationIssue[] = [];
        if (typeof v5 !== "string") {
          variantIssues8.push(issue(pointerJoin(path, "name"), "string", v5));
        }
        if (variantIssues8.length === 0) matches6++;
      }
      if (matches6 === 0) {
        issues.push(issue(pointerJoin(path, "name"), "string or string", v5));
      }
    }
    if (hasOwn(value, "pricingInfo")) {
      const v9: unknown = value.pricingInfo;
      if (typeof v9 !== "string") {
        issues.push(issue(pointerJoin(path, "pricingInfo"), "string", v9));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SitePlan}.
 *
 * The hosting plan of a site (response of GET /sites/{site_id}/plan).
 * @returns `{ ok: true, value }` typed as {@link SitePlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSitePlan(value: unknown): ValidationResult<SitePlan> {
  const issues: ValidationIssue[] = [];
  checkSitePlan(value, "", issues);
  return issues.length === 0 ? ok(value as SitePlan) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SitePublishEvent.
 */
function checkSitePublishEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "triggerType")) {
      const v1: unknown = value.triggerType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "triggerType"), "string", v1));
      } else {
        if (v1 !== "site_publish") {
          issues.push(issue(pointerJoin(path, "triggerType"), 'one of "site_publish"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "triggerType"), "required property", undefined));
    }
    if (hasOwn(value, "payload")) {
      const v2: unknown = value.payload;
      if (!isPlainObject(v2)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v2));
      } else {
        if (hasOwn(v2, "siteId")) {
          const v3: unknown = v2.siteId;
          if (typeof v3 !== "string") {
            issues.push(issue(pointerJoin(pointerJoin(path, "payload"), "siteId"), "string", v3));
          } else {
            if (!PATTERN_1.test(v3)) {
              issues.push(
                issue(
                  pointerJoin(pointerJoin(path, "payload"), "siteId"),
                  "string matching /^[0-9a-f]{24}$/",
                  v3,
                ),
              );
            }
          }
        }
        if (hasOwn(v2, "publishedOn")) {
          const v4: unknown = v2.publishedOn;
          if (typeof v4 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "publishedOn"), "string", v4),
            );
          } else {
            if (!isDateTime(v4)) {
              issues.push(
                issue(
                  pointerJoin(pointerJoin(path, "payload"), "publishedOn"),
                  "date-time string",
                  v4,
                ),
              );
            }
          }
        }
        if (hasOwn(v2, "domains")) {
          const v5: unknown = v2.domains;
          checkSiteIdsShape(v5, pointerJoin(pointerJoin(path, "payload"), "domains"), issues);
        }
        if (hasOwn(v2, "publishedBy")) {
          const v6: unknown = v2.publishedBy;
          checkMetadataShape(v6, pointerJoin(pointerJoin(path, "payload"), "publishedBy"), issues);
        }
        if (hasOwn(v2, "publishScope")) {
          const v7: unknown = v2.publishScope;
          checkPublishScopeShape(
            v7,
            pointerJoin(pointerJoin(path, "payload"), "publishScope"),
            issues,
          );
        }
        if (hasOwn(v2, "pageId")) {
          const v8: unknown = v2.pageId;
          if (typeof v8 !== "string") {
            issues.push(issue(pointerJoin(pointerJoin(path, "payload"), "pageId"), "string", v8));
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SitePublishEvent}.
 *
 * Body POSTed to the webhook URL for trigger type `site_publish` (the site, or one page of it, was published).
 * @returns `{ ok: true, value }` typed as {@link SitePublishEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSitePublishEvent(value: unknown): ValidationResult<SitePublishEvent> {
  const issues: ValidationIssue[] = [];
  checkSitePublishEvent(value, "", issues);
  return issues.length === 0 ? ok(value as SitePublishEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Sku.
 */
function checkSku(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "cmsLocaleId")) {
      const v2: unknown = value.cmsLocaleId;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "cmsLocaleId"), "string", v2));
      }
    }
    if (hasOwn(value, "lastPublished")) {
      const v3: unknown = value.lastPublished;
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          issues.push(issue(pointerJoin(path, "lastPublished"), "string", v3));
        } else {
          if (!isDateTime(v3)) {
            issues.push(issue(pointerJoin(path, "lastPublished"), "date-time string", v3));
          }
        }
      }
    }
    if (hasOwn(value, "lastUpdated")) {
      const v4: unknown = value.lastUpdated;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "lastUpdated"), "string", v4));
      } else {
        if (!isDateTime(v4)) {
          issues.push(issue(pointerJoin(path, "lastUpdated"), "date-time string", v4));
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v5: unknown = value.createdOn;
      if (typeof v5 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v5));
      } else {
        if (!isDateTime(v5)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v5));
        }
      }
    }
    if (hasOwn(value, "fieldData")) {
      const v6: unknown = value.fieldData;
      checkSkuFieldData(v6, pointerJoin(path, "fieldData"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link Sku}.
 *
 * A SKU: one purchasable variant of a product, an item of the site's SKUs collection.
 * @returns `{ ok: true, value }` typed as {@link Sku}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSku(value: unknown): ValidationResult<Sku> {
  const issues: ValidationIssue[] = [];
  checkSku(value, "", issues);
  return issues.length === 0 ? ok(value as Sku) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SkuBillingMethod.
 */
function checkSkuBillingMethod(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (value !== "one-time" && value !== "subscription") {
      issues.push(issue(path, 'one of "one-time", "subscription"', value));
    }
  }
}

/**
 * Checks that `value` is a {@link SkuBillingMethod}.
 *
 * How a SKU is billed, `one-time` or `subscription`.
 * @returns `{ ok: true, value }` typed as {@link SkuBillingMethod}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSkuBillingMethod(value: unknown): ValidationResult<SkuBillingMethod> {
  const issues: ValidationIssue[] = [];
  checkSkuBillingMethod(value, "", issues);
  return issues.length === 0 ? ok(value as SkuBillingMethod) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SkuFieldData.
 */
function checkSkuFieldData(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "sku-values")) {
      const v1: unknown = value["sku-values"];
      checkMetadataShape(v1, pointerJoin(path, "sku-values"), issues);
    }
    if (hasOwn(value, "name")) {
      const v2: unknown = value.name;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
    if (hasOwn(value, "slug")) {
      const v3: unknown = value.slug;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "slug"), "required property", undefined));
    }
    if (hasOwn(value, "price")) {
      const v4: unknown = value.price;
      checkSkuPrice(v4, pointerJoin(path, "price"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "price"), "required property", undefined));
    }
    if (hasOwn(value, "compare-at-price")) {
      const v5: unknown = value["compare-at-price"];
      checkSkuPrice(v5, pointerJoin(path, "compare-at-price"), issues);
    }
    if (hasOwn(value, "ec-sku-billing-method")) {
      const v6: unknown = value["ec-sku-billing-method"];
      let matches7 = 0;
      {
        const variantIssues8: ValidationIssue[] = [];
        checkSkuBillingMethod(v6, pointerJoin(path, "ec-sku-billing-method"), variantIssues8);
        if (variantIssues8.length === 0) matches7++;
      }
      {
        const variantIssues9: ValidationIssue[] = [];
        if (typeof v6 !== "string") {
          variantIssues9.push(issue(pointerJoin(path, "ec-sku-billing-method"), "string", v6));
        }
        if (variantIssues9.length === 0) matches7++;
      }
      if (matches7 === 0) {
        issues.push(
          issue(pointerJoin(path, "ec-sku-billing-method"), "SkuBillingMethod or string", v6),
        );
      }
    }
    if (hasOwn(value, "ec-sku-subscription-plan")) {
      const v10: unknown = value["ec-sku-subscription-plan"];
      checkSkuSubscriptionPlan(v10, pointerJoin(path, "ec-sku-subscription-plan"), issues);
    }
    if (hasOwn(value, "main-image")) {
      const v11: unknown = value["main-image"];
      let matches12 = 0;
      {
        const variantIssues13: ValidationIssue[] = [];
        if (typeof v11 !== "string") {
          variantIssues13.push(issue(pointerJoin(path, "main-image"), "string", v11));
        }
        if (variantIssues13.length === 0) matches12++;
      }
      {
        const variantIssues14: ValidationIssue[] = [];
        if (!isPlainObject(v11)) {
          variantIssues14.push(issue(pointerJoin(path, "main-image"), "object", v11));
        } else {
          if (hasOwn(v11, "fileId")) {
            const v15: unknown = v11.fileId;
            if (typeof v15 !== "string") {
              variantIssues14.push(
                issue(pointerJoin(pointerJoin(path, "main-image"), "fileId"), "string", v15),
              );
            }
          }
          if (hasOwn(v11, "url")) {
            const v16: unknown = v11.url;
            if (typeof v16 !== "string") {
              variantIssues14.push(
                issue(pointerJoin(pointerJoin(path, "main-image"), "url"), "string", v16),
              );
            }
          }
          if (hasOwn(v11, "alt")) {
            const v17: unknown = v11.alt;
            if (v17 !== null) {
              if (typeof v17 !== "string") {
                variantIssues14.push(
                  issue(pointerJoin(pointerJoin(path, "main-image"), "alt"), "string", v17),
                );
              }
            }
          }
        }
        if (variantIssues14.length === 0) matches12++;
      }
      if (matches12 === 0) {
        issues.push(issue(pointerJoin(path, "main-image"), "string or object", v11));
      }
    }
    if (hasOwn(value, "sku")) {
      const v18: unknown = value.sku;
      if (typeof v18 !== "string") {
        issues.push(issue(pointerJoin(path, "sku"), "string", v18));
      }
    }
    if (hasOwn(value, "sku-properties")) {
      const v19: unknown = value["sku-properties"];
      checkSkuPropertiesShape(v19, pointerJoin(path, "sku-properties"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link SkuFieldData}.
 *
 * The field values of a SKU, keyed by field slug. Custom fields added to the site's SKUs collection appear here too.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSkuFieldData(value: unknown): ValidationResult<SkuFieldData> {
  const issues: ValidationIssue[] = [];
  checkSkuFieldData(value, "", issues);
  return issues.length === 0 ? ok(value as SkuFieldData) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SkuFieldDataInput.
 */
function checkSkuFieldDataInput(value: unknown, path: string, issues: ValidationIssue[]): void {
  checkSkuFieldData(value, path, issues);
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "ec-sku-billing-method")) {
      const v1: unknown = value["ec-sku-billing-method"];
      checkSkuBillingMethod(v1, pointerJoin(path, "ec-sku-billing-method"), issues);
    }
    if (hasOwn(value, "main-image")) {
      const v2: unknown = value["main-image"];
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "main-image"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SkuFieldDataInput}.
 *
 * The field values of a SKU as sent in a request: SkuFieldData with `ec-sku-billing-method` limited to the documented values and `main-image` given as a URL.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSkuFieldDataInput(value: unknown): ValidationResult<SkuFieldDataInput> {
  const issues: ValidationIssue[] = [];
  checkSkuFieldDataInput(value, "", issues);
  return issues.length === 0 ? ok(value as SkuFieldDataInput) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SkuInput.
 */
function checkSkuInput(value: unknown, path: string, issues: ValidationIssue[]): void {
  checkSku(value, path, issues);
  checkSkuShape(value, path, issues);
}

/**
 * Checks that `value` is a {@link SkuInput}.
 *
 * A SKU as sent in a request body: Sku with its `fieldData` as SkuFieldDataInput.
 * @returns `{ ok: true, value }` typed as {@link SkuInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSkuInput(value: unknown): ValidationResult<SkuInput> {
  const issues: ValidationIssue[] = [];
  checkSkuInput(value, "", issues);
  return issues.length === 0 ? ok(value as SkuInput) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SkuList.
 */
function checkSkuList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "skus")) {
      const v1: unknown = value.skus;
      checkSkusShape(v1, pointerJoin(path, "skus"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "skus"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link SkuList}.
 *
 * Response of POST /sites/{site_id}/products/{product_id}/skus, the SKUs created.
 * @returns `{ ok: true, value }` typed as {@link SkuList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSkuList(value: unknown): ValidationResult<SkuList> {
  const issues: ValidationIssue[] = [];
  checkSkuList(value, "", issues);
  return issues.length === 0 ? ok(value as SkuList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SkuPrice.
 */
function checkSkuPrice(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "value")) {
      const v1: unknown = value.value;
      if (typeof v1 !== "number" || !Number.isFinite(v1)) {
        issues.push(issue(pointerJoin(path, "value"), "number", v1));
      }
    }
    if (hasOwn(value, "unit")) {
      const v2: unknown = value.unit;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "unit"), "string", v2));
      }
    }
    if (hasOwn(value, "currency")) {
      const v3: unknown = value.currency;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "currency"), "string", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SkuPrice}.
 *
 * A price of a SKU: an amount in the smallest unit of the currency (for example cents) and its currency code.
 * @returns `{ ok: true, value }` typed as {@link SkuPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSkuPrice(value: unknown): ValidationResult<SkuPrice> {
  const issues: ValidationIssue[] = [];
  checkSkuPrice(value, "", issues);
  return issues.length === 0 ? ok(value as SkuPrice) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SkuProperty.
 */
function checkSkuProperty(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "name")) {
      const v2: unknown = value.name;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "name"), "required property", undefined));
    }
    if (hasOwn(value, "enum")) {
      const v3: unknown = value.enum;
      if (!Array.isArray(v3)) {
        issues.push(issue(pointerJoin(path, "enum"), "array", v3));
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const item5: unknown = v3[i4];
          if (!isPlainObject(item5)) {
            issues.push(issue(pointerJoin(pointerJoin(path, "enum"), i4), "object", item5));
          } else {
            if (hasOwn(item5, "id")) {
              const v6: unknown = item5.id;
              if (typeof v6 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "enum"), i4), "id"),
                    "string",
                    v6,
                  ),
                );
              }
            } else {
              issues.push(
                issue(
                  pointerJoin(pointerJoin(pointerJoin(path, "enum"), i4), "id"),
                  "required property",
                  undefined,
                ),
              );
            }
            if (hasOwn(item5, "name")) {
              const v7: unknown = item5.name;
              if (typeof v7 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "enum"), i4), "name"),
                    "string",
                    v7,
                  ),
                );
              }
            } else {
              issues.push(
                issue(
                  pointerJoin(pointerJoin(pointerJoin(path, "enum"), i4), "name"),
                  "required property",
                  undefined,
                ),
              );
            }
            if (hasOwn(item5, "slug")) {
              const v8: unknown = item5.slug;
              if (typeof v8 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "enum"), i4), "slug"),
                    "string",
                    v8,
                  ),
                );
              }
            } else {
              issues.push(
                issue(
                  pointerJoin(pointerJoin(pointerJoin(path, "enum"), i4), "slug"),
                  "required property",
                  undefined,
                ),
              );
            }
          }
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "enum"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link SkuProperty}.
 *
 * A variant option of a product (for example Color) and its possible values.
 * @returns `{ ok: true, value }` typed as {@link SkuProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSkuProperty(value: unknown): ValidationResult<SkuProperty> {
  const issues: ValidationIssue[] = [];
  checkSkuProperty(value, "", issues);
  return issues.length === 0 ? ok(value as SkuProperty) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SkuSubscriptionPlan.
 */
function checkSkuSubscriptionPlan(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "interval")) {
      const v1: unknown = value.interval;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "interval"), "string", v1));
      } else {
        if (v1 !== "day" && v1 !== "week" && v1 !== "month" && v1 !== "year") {
          issues.push(
            issue(pointerJoin(path, "interval"), 'one of "day", "week", "month", "year"', v1),
          );
        }
      }
    }
    if (hasOwn(value, "frequency")) {
      const v2: unknown = value.frequency;
      if (typeof v2 !== "number" || !Number.isFinite(v2)) {
        issues.push(issue(pointerJoin(path, "frequency"), "number", v2));
      }
    }
    if (hasOwn(value, "trial")) {
      const v3: unknown = value.trial;
      if (typeof v3 !== "number" || !Number.isFinite(v3)) {
        issues.push(issue(pointerJoin(path, "trial"), "number", v3));
      }
    }
    if (hasOwn(value, "plans")) {
      const v4: unknown = value.plans;
      if (!Array.isArray(v4)) {
        issues.push(issue(pointerJoin(path, "plans"), "array", v4));
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const item6: unknown = v4[i5];
          if (!isPlainObject(item6)) {
            issues.push(issue(pointerJoin(pointerJoin(path, "plans"), i5), "object", item6));
          } else {
            if (hasOwn(item6, "platform")) {
              const v7: unknown = item6.platform;
              let matches8 = 0;
              {
                const variantIssues9: ValidationIssue[] = [];
                if (typeof v7 !== "string") {
                  variantIssues9.push(
                    issue(
                      pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "platform"),
                      "string",
                      v7,
                    ),
                  );
                } else {
                  if (v7 !== "stripe") {
                    variantIssues9.push(
                      issue(
                        pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "platform"),
                        'one of "stripe"',
                        v7,
                      ),
                    );
                  }
                }
                if (variantIssues9.length === 0) matches8++;
              }
              {
                const variantIssues10: ValidationIssue[] = [];
                if (typeof v7 !== "string") {
                  variantIssues10.push(
                    issue(
                      pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "platform"),
                      "string",
                      v7,
                    ),
                  );
                }
                if (variantIssues10.length === 0) matches8++;
              }
              if (matches8 === 0) {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "platform"),
                    "string or string",
                    v7,
                  ),
                );
              }
            }
            if (hasOwn(item6, "id")) {
              const v11: unknown = item6.id;
              if (typeof v11 !== "string") {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "id"),
                    "string",
                    v11,
                  ),
                );
              }
            }
            if (hasOwn(item6, "status")) {
              const v12: unknown = item6.status;
              let matches13 = 0;
              {
                const variantIssues14: ValidationIssue[] = [];
                if (typeof v12 !== "string") {
                  variantIssues14.push(
                    issue(
                      pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "status"),
                      "string",
                      v12,
                    ),
                  );
                } else {
                  if (v12 !== "active" && v12 !== "inactive" && v12 !== "canceled") {
                    variantIssues14.push(
                      issue(
                        pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "status"),
                        'one of "active", "inactive", "canceled"',
                        v12,
                      ),
                    );
                  }
                }
                if (variantIssues14.length === 0) matches13++;
              }
              {
                const variantIssues15: ValidationIssue[] = [];
                if (typeof v12 !== "string") {
                  variantIssues15.push(
                    issue(
                      pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "status"),
                      "string",
                      v12,
                    ),
                  );
                }
                if (variantIssues15.length === 0) matches13++;
              }
              if (matches13 === 0) {
                issues.push(
                  issue(
                    pointerJoin(pointerJoin(pointerJoin(path, "plans"), i5), "status"),
                    "string or string",
                    v12,
                  ),
                );
              }
            }
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SkuSubscriptionPlan}.
 *
 * The subscription plan of a SKU billed as a subscription.
 * @returns `{ ok: true, value }` typed as {@link SkuSubscriptionPlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSkuSubscriptionPlan(value: unknown): ValidationResult<SkuSubscriptionPlan> {
  const issues: ValidationIssue[] = [];
  checkSkuSubscriptionPlan(value, "", issues);
  return issues.length === 0 ? ok(value as SkuSubscriptionPlan) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SubmitButtonNode.
 */
function checkSubmitButtonNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v2));
      } else {
        if (v2 !== "submit-button") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "submit-button"', v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "value")) {
      const v3: unknown = value.value;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "value"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "value"), "required property", undefined));
    }
    if (hasOwn(value, "waitingText")) {
      const v4: unknown = value.waitingText;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "waitingText"), "string", v4));
      }
    } else {
      issues.push(issue(pointerJoin(path, "waitingText"), "required property", undefined));
    }
    if (hasOwn(value, "attributes")) {
      const v5: unknown = value.attributes;
      checkHtmlAttributes(v5, pointerJoin(path, "attributes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link SubmitButtonNode}.
 *
 * The submit button of a form, with its label and the label shown while the form is sent.
 * @returns `{ ok: true, value }` typed as {@link SubmitButtonNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSubmitButtonNode(value: unknown): ValidationResult<SubmitButtonNode> {
  const issues: ValidationIssue[] = [];
  checkSubmitButtonNode(value, "", issues);
  return issues.length === 0 ? ok(value as SubmitButtonNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a SubmitButtonNodeUpdate.
 */
function checkSubmitButtonNodeUpdate(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "nodeId")) {
      const v1: unknown = value.nodeId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "nodeId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "nodeId"), "required property", undefined));
    }
    if (hasOwn(value, "value")) {
      const v2: unknown = value.value;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "value"), "string", v2));
      }
    }
    if (hasOwn(value, "waitingText")) {
      const v3: unknown = value.waitingText;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "waitingText"), "string", v3));
      }
    }
    for (const key4 of Object.keys(value)) {
      if (!KNOWN_13.has(key4)) {
        issues.push(issue(pointerJoin(path, key4), "no additional properties", value[key4]));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link SubmitButtonNodeUpdate}.
 *
 * New labels of a submit button; send either or both.
 * @returns `{ ok: true, value }` typed as {@link SubmitButtonNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSubmitButtonNodeUpdate(
  value: unknown,
): ValidationResult<SubmitButtonNodeUpdate> {
  const issues: ValidationIssue[] = [];
  checkSubmitButtonNodeUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as SubmitButtonNodeUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a TaxCategory.
 */
function checkTaxCategory(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (!ALLOWED_14.has(value)) {
      issues.push(
        issue(
          path,
          'one of "standard-taxable", "standard-exempt", "books-religious", "books-textbook", "clothing", "clothing-swimwear", "digital-goods", "digital-service", … (29 values)',
          value,
        ),
      );
    }
  }
}

/**
 * Checks that `value` is a {@link TaxCategory}.
 *
 * The documented tax categories of a product.
 * @returns `{ ok: true, value }` typed as {@link TaxCategory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateTaxCategory(value: unknown): ValidationResult<TaxCategory> {
  const issues: ValidationIssue[] = [];
  checkTaxCategory(value, "", issues);
  return issues.length === 0 ? ok(value as TaxCategory) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a TextInputNode.
 */
function checkTextInputNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v2));
      } else {
        if (v2 !== "text-input") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "text-input"', v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "placeholder")) {
      const v3: unknown = value.placeholder;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "placeholder"), "string", v3));
      }
    } else {
      issues.push(issue(pointerJoin(path, "placeholder"), "required property", undefined));
    }
    if (hasOwn(value, "attributes")) {
      const v4: unknown = value.attributes;
      checkHtmlAttributes(v4, pointerJoin(path, "attributes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link TextInputNode}.
 *
 * A text input of a form, whose placeholder can be read and updated.
 * @returns `{ ok: true, value }` typed as {@link TextInputNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateTextInputNode(value: unknown): ValidationResult<TextInputNode> {
  const issues: ValidationIssue[] = [];
  checkTextInputNode(value, "", issues);
  return issues.length === 0 ? ok(value as TextInputNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a TextInputNodeUpdate.
 */
function checkTextInputNodeUpdate(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "nodeId")) {
      const v1: unknown = value.nodeId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "nodeId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "nodeId"), "required property", undefined));
    }
    if (hasOwn(value, "placeholder")) {
      const v2: unknown = value.placeholder;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "placeholder"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "placeholder"), "required property", undefined));
    }
    for (const key3 of Object.keys(value)) {
      if (!KNOWN_15.has(key3)) {
        issues.push(issue(pointerJoin(path, key3), "no additional properties", value[key3]));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link TextInputNodeUpdate}.
 *
 * New placeholder of a text input.
 * @returns `{ ok: true, value }` typed as {@link TextInputNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateTextInputNodeUpdate(value: unknown): ValidationResult<TextInputNodeUpdate> {
  const issues: ValidationIssue[] = [];
  checkTextInputNodeUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as TextInputNodeUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a TextNode.
 */
function checkTextNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "id"), "required property", undefined));
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v2));
      } else {
        if (v2 !== "text") {
          issues.push(issue(pointerJoin(path, "type"), 'one of "text"', v2));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
    if (hasOwn(value, "text")) {
      const v3: unknown = value.text;
      checkDomText(v3, pointerJoin(path, "text"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "text"), "required property", undefined));
    }
    if (hasOwn(value, "attributes")) {
      const v4: unknown = value.attributes;
      checkHtmlAttributes(v4, pointerJoin(path, "attributes"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link TextNode}.
 *
 * A text node (heading, paragraph, link text...) with its content as HTML and as plain text.
 * @returns `{ ok: true, value }` typed as {@link TextNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateTextNode(value: unknown): ValidationResult<TextNode> {
  const issues: ValidationIssue[] = [];
  checkTextNode(value, "", issues);
  return issues.length === 0 ? ok(value as TextNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a TextNodeUpdate.
 */
function checkTextNodeUpdate(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "nodeId")) {
      const v1: unknown = value.nodeId;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "nodeId"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "nodeId"), "required property", undefined));
    }
    if (hasOwn(value, "text")) {
      const v2: unknown = value.text;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "text"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "text"), "required property", undefined));
    }
    for (const key3 of Object.keys(value)) {
      if (!KNOWN_16.has(key3)) {
        issues.push(issue(pointerJoin(path, key3), "no additional properties", value[key3]));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link TextNodeUpdate}.
 *
 * New content of a text node.
 * @returns `{ ok: true, value }` typed as {@link TextNodeUpdate}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateTextNodeUpdate(value: unknown): ValidationResult<TextNodeUpdate> {
  const issues: ValidationIssue[] = [];
  checkTextNodeUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as TextNodeUpdate) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a TriggerType.
 */
function checkTriggerType(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== "string") {
    issues.push(issue(path, "string", value));
  } else {
    if (!ALLOWED_17.has(value)) {
      issues.push(
        issue(
          path,
          'one of "form_submission", "site_publish", "page_created", "page_metadata_updated", "page_deleted", "ecomm_new_order", "ecomm_order_changed", "ecomm_inventory_changed", … (14 values)',
          value,
        ),
      );
    }
  }
}

/**
 * Checks that `value` is a {@link TriggerType}.
 *
 * The event that fires a webhook. Each trigger type needs a scope in addition to the scope of the webhook endpoint itself (see `x-trigger-scopes`).
 * @returns `{ ok: true, value }` typed as {@link TriggerType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateTriggerType(value: unknown): ValidationResult<TriggerType> {
  const issues: ValidationIssue[] = [];
  checkTriggerType(value, "", issues);
  return issues.length === 0 ? ok(value as TriggerType) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UnknownAuditEvent.
 */
function checkUnknownAuditEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "eventType")) {
      const v1: unknown = value.eventType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "eventType"), "string", v1));
      } else {
        if (!PATTERN_18.test(v1)) {
          issues.push(
            issue(
              pointerJoin(path, "eventType"),
              "string matching /^(?!(user_access|custom_role|workspace_membership|site_membership|workspace_invitation|workspace_setting)$)/",
              v1,
            ),
          );
        }
      }
    }
    if (hasOwn(value, "eventSubType")) {
      const v2: unknown = value.eventSubType;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
      }
    }
    if (hasOwn(value, "payload")) {
      const v3: unknown = value.payload;
    }
  }
}

/**
 * Checks that `value` is a {@link UnknownAuditEvent}.
 *
 * An audit-log event of a type this description does not know yet (or without `eventType`): the fallback variant of AuditLogEvent. Its fields are passed through unchecked beyond their JSON types.
 * @returns `{ ok: true, value }` typed as {@link UnknownAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUnknownAuditEvent(value: unknown): ValidationResult<UnknownAuditEvent> {
  const issues: ValidationIssue[] = [];
  checkUnknownAuditEvent(value, "", issues);
  return issues.length === 0 ? ok(value as UnknownAuditEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UnknownDomNode.
 */
function checkUnknownDomNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      }
    }
    if (hasOwn(value, "type")) {
      const v2: unknown = value.type;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "type"), "string", v2));
      } else {
        if (!PATTERN_19.test(v2)) {
          issues.push(
            issue(
              pointerJoin(path, "type"),
              "string matching /^(?!(?:text|image|component-instance|text-input|select|submit-button|search-button)$)/",
              v2,
            ),
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "type"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link UnknownDomNode}.
 *
 * A node of a type this description does not document (Webflow adds node types over time). Only `type` is known to be present; every field is passed through as sent.
 * @returns `{ ok: true, value }` typed as {@link UnknownDomNode}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUnknownDomNode(value: unknown): ValidationResult<UnknownDomNode> {
  const issues: ValidationIssue[] = [];
  checkUnknownDomNode(value, "", issues);
  return issues.length === 0 ? ok(value as UnknownDomNode) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateAssetRequest.
 */
function checkUpdateAssetRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "displayName")) {
      const v1: unknown = value.displayName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v1));
      }
    }
    if (hasOwn(value, "altText")) {
      const v2: unknown = value.altText;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "altText"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateAssetRequest}.
 *
 * Body of PATCH /assets/{asset_id}. Only the fields sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateAssetRequest(value: unknown): ValidationResult<UpdateAssetRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateAssetRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateAssetRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateCollectionItemsRequest.
 */
function checkUpdateCollectionItemsRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "items")) {
      const v1: unknown = value.items;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "items"), "array", v1));
      } else {
        if (v1.length > 100) {
          issues.push(issue(pointerJoin(path, "items"), "array of at most 100 items", v1));
        }
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkCollectionItemUpdateWithId(
            item3,
            pointerJoin(pointerJoin(path, "items"), i2),
            issues,
          );
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "items"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateCollectionItemsRequest}.
 *
 * Body of PATCH /collections/{collection_id}/items and .../items/live: up to 100 items to change, each named by `id`.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemsRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCollectionItemsRequest(
  value: unknown,
): ValidationResult<UpdateCollectionItemsRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateCollectionItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCollectionItemsRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateComponentPropertiesRequest.
 */
function checkUpdateComponentPropertiesRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "properties")) {
      const v1: unknown = value.properties;
      checkPropertyOverridesShape2(v1, pointerJoin(path, "properties"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "properties"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateComponentPropertiesRequest}.
 *
 * Body of POST /sites/{site_id}/components/{component_id}/properties.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateComponentPropertiesRequest(
  value: unknown,
): ValidationResult<UpdateComponentPropertiesRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateComponentPropertiesRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateComponentPropertiesRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateCustomFontRequest.
 */
function checkUpdateCustomFontRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fontFamily")) {
      const v1: unknown = value.fontFamily;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fontFamily"), "string", v1));
      }
    }
    if (hasOwn(value, "weight")) {
      const v2: unknown = value.weight;
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        issues.push(issue(pointerJoin(path, "weight"), "integer", v2));
      }
    }
    if (hasOwn(value, "italic")) {
      const v3: unknown = value.italic;
      if (typeof v3 !== "boolean") {
        issues.push(issue(pointerJoin(path, "italic"), "boolean", v3));
      }
    }
    if (hasOwn(value, "fontDisplay")) {
      const v4: unknown = value.fontDisplay;
      checkCustomFontDisplay(v4, pointerJoin(path, "fontDisplay"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateCustomFontRequest}.
 *
 * Body of PATCH /sites/{site_id}/custom_fonts/{font_id}. Only the fields sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateCustomFontRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCustomFontRequest(
  value: unknown,
): ValidationResult<UpdateCustomFontRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateCustomFontRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCustomFontRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateFieldRequest.
 */
function checkUpdateFieldRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "isRequired")) {
      const v1: unknown = value.isRequired;
      if (typeof v1 !== "boolean") {
        issues.push(issue(pointerJoin(path, "isRequired"), "boolean", v1));
      }
    }
    if (hasOwn(value, "displayName")) {
      const v2: unknown = value.displayName;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "displayName"), "string", v2));
      }
    }
    if (hasOwn(value, "helpText")) {
      const v3: unknown = value.helpText;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "helpText"), "string", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateFieldRequest}.
 *
 * Body of PATCH /collections/{collection_id}/fields/{field_id}; only the properties sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateFieldRequest(value: unknown): ValidationResult<UpdateFieldRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateFieldRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateFieldRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateFormSubmissionRequest.
 */
function checkUpdateFormSubmissionRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "formSubmissionData")) {
      const v1: unknown = value.formSubmissionData;
      checkMetadataShape(v1, pointerJoin(path, "formSubmissionData"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateFormSubmissionRequest}.
 *
 * Body of the modify form submission endpoints.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateFormSubmissionRequest(
  value: unknown,
): ValidationResult<UpdateFormSubmissionRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateFormSubmissionRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateFormSubmissionRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateInventoryRequest.
 */
function checkUpdateInventoryRequest(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "inventoryType")) {
      const v1: unknown = value.inventoryType;
      checkInventoryType(v1, pointerJoin(path, "inventoryType"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "inventoryType"), "required property", undefined));
    }
    if (hasOwn(value, "updateQuantity")) {
      const v2: unknown = value.updateQuantity;
      if (typeof v2 !== "number" || !Number.isFinite(v2)) {
        issues.push(issue(pointerJoin(path, "updateQuantity"), "number", v2));
      }
    }
    if (hasOwn(value, "quantity")) {
      const v3: unknown = value.quantity;
      if (typeof v3 !== "number" || !Number.isFinite(v3)) {
        issues.push(issue(pointerJoin(path, "quantity"), "number", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateInventoryRequest}.
 *
 * Body of PATCH /collections/{sku_collection_id}/items/{sku_id}/inventory. Send `quantity` to set the stock to a value, or `updateQuantity` to add to (or, negative, subtract from) the current stock.
 * @returns `{ ok: true, value }` typed as {@link UpdateInventoryRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateInventoryRequest(
  value: unknown,
): ValidationResult<UpdateInventoryRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateInventoryRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateInventoryRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateOrderRequest.
 */
function checkUpdateOrderRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "comment")) {
      const v1: unknown = value.comment;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "comment"), "string", v1));
      }
    }
    if (hasOwn(value, "shippingProvider")) {
      const v2: unknown = value.shippingProvider;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "shippingProvider"), "string", v2));
      }
    }
    if (hasOwn(value, "shippingTracking")) {
      const v3: unknown = value.shippingTracking;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "shippingTracking"), "string", v3));
      }
    }
    if (hasOwn(value, "shippingTrackingURL")) {
      const v4: unknown = value.shippingTrackingURL;
      if (typeof v4 !== "string") {
        issues.push(issue(pointerJoin(path, "shippingTrackingURL"), "string", v4));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateOrderRequest}.
 *
 * Body of PATCH /sites/{site_id}/orders/{order_id}: the merchant comment and shipping details to set.
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateOrderRequest(value: unknown): ValidationResult<UpdateOrderRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateOrderRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateOrderRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdatePageRequest.
 */
function checkUpdatePageRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "title")) {
      const v1: unknown = value.title;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "title"), "string", v1));
      }
    }
    if (hasOwn(value, "slug")) {
      const v2: unknown = value.slug;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "slug"), "string", v2));
      }
    }
    if (hasOwn(value, "seo")) {
      const v3: unknown = value.seo;
      checkPageSeo(v3, pointerJoin(path, "seo"), issues);
    }
    if (hasOwn(value, "openGraph")) {
      const v4: unknown = value.openGraph;
      checkPageOpenGraph(v4, pointerJoin(path, "openGraph"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link UpdatePageRequest}.
 *
 * Body of PUT /pages/{page_id}: the page metadata to change. Fields that are not sent are left as they are. With the `localeId` query parameter the metadata of that locale is updated.
 * @returns `{ ok: true, value }` typed as {@link UpdatePageRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdatePageRequest(value: unknown): ValidationResult<UpdatePageRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdatePageRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdatePageRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateProductRequest.
 */
function checkUpdateProductRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "publishStatus")) {
      const v1: unknown = value.publishStatus;
      checkPublishStatus(v1, pointerJoin(path, "publishStatus"), issues);
    }
    if (hasOwn(value, "product")) {
      const v2: unknown = value.product;
      checkProductInput(v2, pointerJoin(path, "product"), issues);
    }
    if (hasOwn(value, "sku")) {
      const v3: unknown = value.sku;
      checkSkuInput(v3, pointerJoin(path, "sku"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateProductRequest}.
 *
 * Body of PATCH /sites/{site_id}/products/{product_id}: the product fields to change and, optionally, changes to its default SKU.
 * @returns `{ ok: true, value }` typed as {@link UpdateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateProductRequest(
  value: unknown,
): ValidationResult<UpdateProductRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateProductRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateProductRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateRedirectRequest.
 */
function checkUpdateRedirectRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fromUrl")) {
      const v1: unknown = value.fromUrl;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fromUrl"), "string", v1));
      }
    }
    if (hasOwn(value, "toUrl")) {
      const v2: unknown = value.toUrl;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "toUrl"), "string", v2));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateRedirectRequest}.
 *
 * Body of PATCH /sites/{site_id}/redirects/{redirect_id}. Only the fields sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateRedirectRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateRedirectRequest(
  value: unknown,
): ValidationResult<UpdateRedirectRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateRedirectRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateRedirectRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateSiteRequest.
 */
function checkUpdateSiteRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "name")) {
      const v1: unknown = value.name;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v1));
      }
    }
    if (hasOwn(value, "parentFolderId")) {
      const v2: unknown = value.parentFolderId;
      if (v2 !== null) {
        if (typeof v2 !== "string") {
          issues.push(issue(pointerJoin(path, "parentFolderId"), "string", v2));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateSiteRequest}.
 *
 * Body of PATCH /sites/{site_id}. Only the fields sent are changed.
 * @returns `{ ok: true, value }` typed as {@link UpdateSiteRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateSiteRequest(value: unknown): ValidationResult<UpdateSiteRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateSiteRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateSiteRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UpdateSkuRequest.
 */
function checkUpdateSkuRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "publishStatus")) {
      const v1: unknown = value.publishStatus;
      checkPublishStatus(v1, pointerJoin(path, "publishStatus"), issues);
    }
    if (hasOwn(value, "sku")) {
      const v2: unknown = value.sku;
      checkSkuInput(v2, pointerJoin(path, "sku"), issues);
    } else {
      issues.push(issue(pointerJoin(path, "sku"), "required property", undefined));
    }
  }
}

/**
 * Checks that `value` is a {@link UpdateSkuRequest}.
 *
 * Body of PATCH /sites/{site_id}/products/{product_id}/skus/{sku_id}.
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateSkuRequest(value: unknown): ValidationResult<UpdateSkuRequest> {
  const issues: ValidationIssue[] = [];
  checkUpdateSkuRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateSkuRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UploadAssetRequest.
 */
function checkUploadAssetRequest(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fileName")) {
      const v1: unknown = value.fileName;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "fileName"), "string", v1));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileName"), "required property", undefined));
    }
    if (hasOwn(value, "fileHash")) {
      const v2: unknown = value.fileHash;
      if (typeof v2 !== "string") {
        issues.push(issue(pointerJoin(path, "fileHash"), "string", v2));
      }
    } else {
      issues.push(issue(pointerJoin(path, "fileHash"), "required property", undefined));
    }
    if (hasOwn(value, "parentFolder")) {
      const v3: unknown = value.parentFolder;
      if (typeof v3 !== "string") {
        issues.push(issue(pointerJoin(path, "parentFolder"), "string", v3));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link UploadAssetRequest}.
 *
 * Body of POST /sites/{site_id}/assets: the metadata of the file to upload. The file itself is then sent to `uploadUrl` with the `uploadDetails` fields of the response (an S3 form upload).
 * @returns `{ ok: true, value }` typed as {@link UploadAssetRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUploadAssetRequest(value: unknown): ValidationResult<UploadAssetRequest> {
  const issues: ValidationIssue[] = [];
  checkUploadAssetRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UploadAssetRequest) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a UserAccessAuditEvent.
 */
function checkUserAccessAuditEvent(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "eventType")) {
      const v1: unknown = value.eventType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "eventType"), "string", v1));
      } else {
        if (v1 !== "user_access") {
          issues.push(issue(pointerJoin(path, "eventType"), 'one of "user_access"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "eventType"), "required property", undefined));
    }
    if (hasOwn(value, "eventSubType")) {
      const v2: unknown = value.eventSubType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        } else {
          if (v2 !== "login" && v2 !== "logout") {
            variantIssues4.push(
              issue(pointerJoin(path, "eventSubType"), 'one of "login", "logout"', v2),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "eventSubType"), "string or string", v2));
      }
    }
    if (hasOwn(value, "payload")) {
      const v6: unknown = value.payload;
      if (!isPlainObject(v6)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v6));
      } else {
        if (hasOwn(v6, "method")) {
          const v7: unknown = v6.method;
          let matches8 = 0;
          {
            const variantIssues9: ValidationIssue[] = [];
            if (typeof v7 !== "string") {
              variantIssues9.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v7),
              );
            } else {
              if (v7 !== "dashboard" && v7 !== "sso" && v7 !== "api" && v7 !== "google") {
                variantIssues9.push(
                  issue(
                    pointerJoin(pointerJoin(path, "payload"), "method"),
                    'one of "dashboard", "sso", "api", "google"',
                    v7,
                  ),
                );
              }
            }
            if (variantIssues9.length === 0) matches8++;
          }
          {
            const variantIssues10: ValidationIssue[] = [];
            if (typeof v7 !== "string") {
              variantIssues10.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v7),
              );
            }
            if (variantIssues10.length === 0) matches8++;
          }
          if (matches8 === 0) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string or string", v7),
            );
          }
        }
        if (hasOwn(v6, "location")) {
          const v11: unknown = v6.location;
          if (typeof v11 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "location"), "string", v11),
            );
          }
        }
        if (hasOwn(v6, "ipAddress")) {
          const v12: unknown = v6.ipAddress;
          if (typeof v12 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "ipAddress"), "string", v12),
            );
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link UserAccessAuditEvent}.
 *
 * A user signed in to or out of the workspace (`eventType` `user_access`).
 * @returns `{ ok: true, value }` typed as {@link UserAccessAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUserAccessAuditEvent(
  value: unknown,
): ValidationResult<UserAccessAuditEvent> {
  const issues: ValidationIssue[] = [];
  checkUserAccessAuditEvent(value, "", issues);
  return issues.length === 0 ? ok(value as UserAccessAuditEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a Webhook.
 */
function checkWebhook(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "id")) {
      const v1: unknown = value.id;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "id"), "string", v1));
      } else {
        if (!PATTERN_1.test(v1)) {
          issues.push(issue(pointerJoin(path, "id"), "string matching /^[0-9a-f]{24}$/", v1));
        }
      }
    }
    if (hasOwn(value, "triggerType")) {
      const v2: unknown = value.triggerType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        checkTriggerType(v2, pointerJoin(path, "triggerType"), variantIssues4);
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "triggerType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "triggerType"), "TriggerType or string", v2));
      }
    }
    if (hasOwn(value, "url")) {
      const v6: unknown = value.url;
      if (typeof v6 !== "string") {
        issues.push(issue(pointerJoin(path, "url"), "string", v6));
      }
    }
    if (hasOwn(value, "workspaceId")) {
      const v7: unknown = value.workspaceId;
      if (typeof v7 !== "string") {
        issues.push(issue(pointerJoin(path, "workspaceId"), "string", v7));
      } else {
        if (!PATTERN_1.test(v7)) {
          issues.push(
            issue(pointerJoin(path, "workspaceId"), "string matching /^[0-9a-f]{24}$/", v7),
          );
        }
      }
    }
    if (hasOwn(value, "siteId")) {
      const v8: unknown = value.siteId;
      if (typeof v8 !== "string") {
        issues.push(issue(pointerJoin(path, "siteId"), "string", v8));
      } else {
        if (!PATTERN_1.test(v8)) {
          issues.push(issue(pointerJoin(path, "siteId"), "string matching /^[0-9a-f]{24}$/", v8));
        }
      }
    }
    if (hasOwn(value, "filter")) {
      const v9: unknown = value.filter;
      checkWebhookFilter(v9, pointerJoin(path, "filter"), issues);
    }
    if (hasOwn(value, "lastTriggered")) {
      const v10: unknown = value.lastTriggered;
      if (v10 !== null) {
        if (typeof v10 !== "string") {
          issues.push(issue(pointerJoin(path, "lastTriggered"), "string", v10));
        } else {
          if (!isDateTime(v10)) {
            issues.push(issue(pointerJoin(path, "lastTriggered"), "date-time string", v10));
          }
        }
      }
    }
    if (hasOwn(value, "createdOn")) {
      const v11: unknown = value.createdOn;
      if (typeof v11 !== "string") {
        issues.push(issue(pointerJoin(path, "createdOn"), "string", v11));
      } else {
        if (!isDateTime(v11)) {
          issues.push(issue(pointerJoin(path, "createdOn"), "date-time string", v11));
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link Webhook}.
 *
 * A webhook registered on a site.
 * @returns `{ ok: true, value }` typed as {@link Webhook}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWebhook(value: unknown): ValidationResult<Webhook> {
  const issues: ValidationIssue[] = [];
  checkWebhook(value, "", issues);
  return issues.length === 0 ? ok(value as Webhook) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a WebhookFilter.
 */
function checkWebhookFilter(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "name")) {
      const v1: unknown = value.name;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "name"), "string", v1));
      }
    }
  }
}

/**
 * Checks that `value` is a {@link WebhookFilter}.
 *
 * Restricts which events fire the webhook. Only valid with triggerType `form_submission` (limits the webhook to the form with this name); the server rejects a filter on any other trigger type with `incompatible_webhook_filter`.
 * @returns `{ ok: true, value }` typed as {@link WebhookFilter}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWebhookFilter(value: unknown): ValidationResult<WebhookFilter> {
  const issues: ValidationIssue[] = [];
  checkWebhookFilter(value, "", issues);
  return issues.length === 0 ? ok(value as WebhookFilter) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a WebhookList.
 */
function checkWebhookList(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "webhooks")) {
      const v1: unknown = value.webhooks;
      if (!Array.isArray(v1)) {
        issues.push(issue(pointerJoin(path, "webhooks"), "array", v1));
      } else {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const item3: unknown = v1[i2];
          checkWebhook(item3, pointerJoin(pointerJoin(path, "webhooks"), i2), issues);
        }
      }
    }
    if (hasOwn(value, "pagination")) {
      const v4: unknown = value.pagination;
      checkPagination(v4, pointerJoin(path, "pagination"), issues);
    }
  }
}

/**
 * Checks that `value` is a {@link WebhookList}.
 *
 * Response of GET /sites/{site_id}/webhooks.
 * @returns `{ ok: true, value }` typed as {@link WebhookList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWebhookList(value: unknown): ValidationResult<WebhookList> {
  const issues: ValidationIssue[] = [];
  checkWebhookList(value, "", issues);
  return issues.length === 0 ? ok(value as WebhookList) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a WorkspaceInvitationAuditEvent.
 */
function checkWorkspaceInvitationAuditEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "eventType")) {
      const v1: unknown = value.eventType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "eventType"), "string", v1));
      } else {
        if (v1 !== "workspace_invitation") {
          issues.push(issue(pointerJoin(path, "eventType"), 'one of "workspace_invitation"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "eventType"), "required property", undefined));
    }
    if (hasOwn(value, "eventSubType")) {
      const v2: unknown = value.eventSubType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        } else {
          if (
            v2 !== "invite_sent" &&
            v2 !== "invite_accepted" &&
            v2 !== "invite_updated" &&
            v2 !== "invite_canceled" &&
            v2 !== "invite_declined" &&
            v2 !== "access_request_accepted"
          ) {
            variantIssues4.push(
              issue(
                pointerJoin(path, "eventSubType"),
                'one of "invite_sent", "invite_accepted", "invite_updated", "invite_canceled", "invite_declined", "access_request_accepted"',
                v2,
              ),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "eventSubType"), "string or string", v2));
      }
    }
    if (hasOwn(value, "payload")) {
      const v6: unknown = value.payload;
      if (!isPlainObject(v6)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v6));
      } else {
        if (hasOwn(v6, "targetUser")) {
          const v7: unknown = v6.targetUser;
          checkAuditLogUser(v7, pointerJoin(pointerJoin(path, "payload"), "targetUser"), issues);
        }
        if (hasOwn(v6, "method")) {
          const v8: unknown = v6.method;
          let matches9 = 0;
          {
            const variantIssues10: ValidationIssue[] = [];
            if (typeof v8 !== "string") {
              variantIssues10.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v8),
              );
            } else {
              if (v8 !== "sso" && v8 !== "dashboard" && v8 !== "admin") {
                variantIssues10.push(
                  issue(
                    pointerJoin(pointerJoin(path, "payload"), "method"),
                    'one of "sso", "dashboard", "admin"',
                    v8,
                  ),
                );
              }
            }
            if (variantIssues10.length === 0) matches9++;
          }
          {
            const variantIssues11: ValidationIssue[] = [];
            if (typeof v8 !== "string") {
              variantIssues11.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v8),
              );
            }
            if (variantIssues11.length === 0) matches9++;
          }
          if (matches9 === 0) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string or string", v8),
            );
          }
        }
        if (hasOwn(v6, "userType")) {
          const v12: unknown = v6.userType;
          checkAuditLogUserType(v12, pointerJoin(pointerJoin(path, "payload"), "userType"), issues);
        }
        if (hasOwn(v6, "roleName")) {
          const v13: unknown = v6.roleName;
          if (typeof v13 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "roleName"), "string", v13),
            );
          }
        }
        if (hasOwn(v6, "previousRoleName")) {
          const v14: unknown = v6.previousRoleName;
          if (typeof v14 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "previousRoleName"), "string", v14),
            );
          }
        }
        if (hasOwn(v6, "targetUsers")) {
          const v15: unknown = v6.targetUsers;
          if (!Array.isArray(v15)) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "targetUsers"), "array", v15),
            );
          } else {
            for (let i16 = 0; i16 < v15.length; i16++) {
              const item17: unknown = v15[i16];
              checkAuditLogUser(
                item17,
                pointerJoin(pointerJoin(pointerJoin(path, "payload"), "targetUsers"), i16),
                issues,
              );
            }
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link WorkspaceInvitationAuditEvent}.
 *
 * An invitation to the workspace was sent, accepted, updated, canceled or declined, or an access request was accepted (`eventType` `workspace_invitation`).
 * @returns `{ ok: true, value }` typed as {@link WorkspaceInvitationAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWorkspaceInvitationAuditEvent(
  value: unknown,
): ValidationResult<WorkspaceInvitationAuditEvent> {
  const issues: ValidationIssue[] = [];
  checkWorkspaceInvitationAuditEvent(value, "", issues);
  return issues.length === 0 ? ok(value as WorkspaceInvitationAuditEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a WorkspaceMembershipAuditEvent.
 */
function checkWorkspaceMembershipAuditEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "eventType")) {
      const v1: unknown = value.eventType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "eventType"), "string", v1));
      } else {
        if (v1 !== "workspace_membership") {
          issues.push(issue(pointerJoin(path, "eventType"), 'one of "workspace_membership"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "eventType"), "required property", undefined));
    }
    if (hasOwn(value, "eventSubType")) {
      const v2: unknown = value.eventSubType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        } else {
          if (v2 !== "user_added" && v2 !== "user_removed" && v2 !== "user_role_updated") {
            variantIssues4.push(
              issue(
                pointerJoin(path, "eventSubType"),
                'one of "user_added", "user_removed", "user_role_updated"',
                v2,
              ),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "eventSubType"), "string or string", v2));
      }
    }
    if (hasOwn(value, "payload")) {
      const v6: unknown = value.payload;
      if (!isPlainObject(v6)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v6));
      } else {
        if (hasOwn(v6, "targetUser")) {
          const v7: unknown = v6.targetUser;
          checkAuditLogUser(v7, pointerJoin(pointerJoin(path, "payload"), "targetUser"), issues);
        }
        if (hasOwn(v6, "method")) {
          const v8: unknown = v6.method;
          let matches9 = 0;
          {
            const variantIssues10: ValidationIssue[] = [];
            if (typeof v8 !== "string") {
              variantIssues10.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v8),
              );
            } else {
              if (v8 !== "sso" && v8 !== "dashboard" && v8 !== "admin" && v8 !== "access_request") {
                variantIssues10.push(
                  issue(
                    pointerJoin(pointerJoin(path, "payload"), "method"),
                    'one of "sso", "dashboard", "admin", "access_request"',
                    v8,
                  ),
                );
              }
            }
            if (variantIssues10.length === 0) matches9++;
          }
          {
            const variantIssues11: ValidationIssue[] = [];
            if (typeof v8 !== "string") {
              variantIssues11.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v8),
              );
            }
            if (variantIssues11.length === 0) matches9++;
          }
          if (matches9 === 0) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string or string", v8),
            );
          }
        }
        if (hasOwn(v6, "userType")) {
          const v12: unknown = v6.userType;
          checkAuditLogUserType(v12, pointerJoin(pointerJoin(path, "payload"), "userType"), issues);
        }
        if (hasOwn(v6, "roleName")) {
          const v13: unknown = v6.roleName;
          if (typeof v13 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "roleName"), "string", v13),
            );
          }
        }
        if (hasOwn(v6, "previousRoleName")) {
          const v14: unknown = v6.previousRoleName;
          if (typeof v14 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "previousRoleName"), "string", v14),
            );
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link WorkspaceMembershipAuditEvent}.
 *
 * A user was added to or removed from the workspace, or their workspace role changed (`eventType` `workspace_membership`).
 * @returns `{ ok: true, value }` typed as {@link WorkspaceMembershipAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWorkspaceMembershipAuditEvent(
  value: unknown,
): ValidationResult<WorkspaceMembershipAuditEvent> {
  const issues: ValidationIssue[] = [];
  checkWorkspaceMembershipAuditEvent(value, "", issues);
  return issues.length === 0 ? ok(value as WorkspaceMembershipAuditEvent) : fail(issues);
}

/**
 * Appends to `issues` every way `value` is not a WorkspaceSettingAuditEvent.
 */
function checkWorkspaceSettingAuditEvent(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "eventType")) {
      const v1: unknown = value.eventType;
      if (typeof v1 !== "string") {
        issues.push(issue(pointerJoin(path, "eventType"), "string", v1));
      } else {
        if (v1 !== "workspace_setting") {
          issues.push(issue(pointerJoin(path, "eventType"), 'one of "workspace_setting"', v1));
        }
      }
    } else {
      issues.push(issue(pointerJoin(path, "eventType"), "required property", undefined));
    }
    if (hasOwn(value, "eventSubType")) {
      const v2: unknown = value.eventSubType;
      let matches3 = 0;
      {
        const variantIssues4: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues4.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        } else {
          if (v2 !== "setting_updated") {
            variantIssues4.push(
              issue(pointerJoin(path, "eventSubType"), 'one of "setting_updated"', v2),
            );
          }
        }
        if (variantIssues4.length === 0) matches3++;
      }
      {
        const variantIssues5: ValidationIssue[] = [];
        if (typeof v2 !== "string") {
          variantIssues5.push(issue(pointerJoin(path, "eventSubType"), "string", v2));
        }
        if (variantIssues5.length === 0) matches3++;
      }
      if (matches3 === 0) {
        issues.push(issue(pointerJoin(path, "eventSubType"), "string or string", v2));
      }
    }
    if (hasOwn(value, "payload")) {
      const v6: unknown = value.payload;
      if (!isPlainObject(v6)) {
        issues.push(issue(pointerJoin(path, "payload"), "object", v6));
      } else {
        if (hasOwn(v6, "setting")) {
          const v7: unknown = v6.setting;
          let matches8 = 0;
          {
            const variantIssues9: ValidationIssue[] = [];
            if (typeof v7 !== "string") {
              variantIssues9.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "setting"), "string", v7),
              );
            } else {
              if (v7 !== "ai_toggle") {
                variantIssues9.push(
                  issue(
                    pointerJoin(pointerJoin(path, "payload"), "setting"),
                    'one of "ai_toggle"',
                    v7,
                  ),
                );
              }
            }
            if (variantIssues9.length === 0) matches8++;
          }
          {
            const variantIssues10: ValidationIssue[] = [];
            if (typeof v7 !== "string") {
              variantIssues10.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "setting"), "string", v7),
              );
            }
            if (variantIssues10.length === 0) matches8++;
          }
          if (matches8 === 0) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "setting"), "string or string", v7),
            );
          }
        }
        if (hasOwn(v6, "previousValue")) {
          const v11: unknown = v6.previousValue;
          if (typeof v11 !== "string") {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "previousValue"), "string", v11),
            );
          }
        }
        if (hasOwn(v6, "value")) {
          const v12: unknown = v6.value;
          if (typeof v12 !== "string") {
            issues.push(issue(pointerJoin(pointerJoin(path, "payload"), "value"), "string", v12));
          }
        }
        if (hasOwn(v6, "method")) {
          const v13: unknown = v6.method;
          let matches14 = 0;
          {
            const variantIssues15: ValidationIssue[] = [];
            if (typeof v13 !== "string") {
              variantIssues15.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v13),
              );
            } else {
              if (v13 !== "dashboard" && v13 !== "admin") {
                variantIssues15.push(
                  issue(
                    pointerJoin(pointerJoin(path, "payload"), "method"),
                    'one of "dashboard", "admin"',
                    v13,
                  ),
                );
              }
            }
            if (variantIssues15.length === 0) matches14++;
          }
          {
            const variantIssues16: ValidationIssue[] = [];
            if (typeof v13 !== "string") {
              variantIssues16.push(
                issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string", v13),
              );
            }
            if (variantIssues16.length === 0) matches14++;
          }
          if (matches14 === 0) {
            issues.push(
              issue(pointerJoin(pointerJoin(path, "payload"), "method"), "string or string", v13),
            );
          }
        }
      }
    }
  }
}

/**
 * Checks that `value` is a {@link WorkspaceSettingAuditEvent}.
 *
 * A workspace setting was changed (`eventType` `workspace_setting`).
 * @returns `{ ok: true, value }` typed as {@link WorkspaceSettingAuditEvent}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateWorkspaceSettingAuditEvent(
  value: unknown,
): ValidationResult<WorkspaceSettingAuditEvent> {
  const issues: ValidationIssue[] = [];
  checkWorkspaceSettingAuditEvent(value, "", issues);
  return issues.length === 0 ? ok(value as WorkspaceSettingAuditEvent) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customFonts.batchDelete` (Batch Delete Custom Fonts).
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateBatchDeleteCustomFontsResult(
  value: unknown,
): ValidationResult<BatchDeleteCustomFontsResult> {
  const issues: ValidationIssue[] = [];
  checkBatchDeleteCustomFontsResponse(value, "", issues);
  return issues.length === 0 ? ok(value as BatchDeleteCustomFontsResult) : fail(issues);
}

/**
 * Checks the 202 response body of `client.items.createBulk` (Create Collection Items).
 * @returns `{ ok: true, value }` typed as {@link BulkCreateCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateBulkCreateCollectionItemsResult(
  value: unknown,
): ValidationResult<BulkCreateCollectionItemsResult> {
  const issues: ValidationIssue[] = [];
  checkBulkCollectionItem(value, "", issues);
  return issues.length === 0 ? ok(value as BulkCreateCollectionItemsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.assetFolders.create` (Create Asset Folder).
 * @returns `{ ok: true, value }` typed as {@link CreateAssetFolderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateAssetFolderResult(
  value: unknown,
): ValidationResult<CreateAssetFolderResult> {
  const issues: ValidationIssue[] = [];
  checkAssetFolder(value, "", issues);
  return issues.length === 0 ? ok(value as CreateAssetFolderResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.collections.create` (Create Collection).
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCollectionResult(
  value: unknown,
): ValidationResult<CreateCollectionResult> {
  const issues: ValidationIssue[] = [];
  checkCollection(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCollectionResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.fields.create` (Create Collection Field).
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionFieldResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCollectionFieldResult(
  value: unknown,
): ValidationResult<CreateCollectionFieldResult> {
  const issues: ValidationIssue[] = [];
  checkCreatedField(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCollectionFieldResult) : fail(issues);
}

/**
 * Checks the 202 response body of `client.items.create` (Create Collection Item(s)).
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCollectionItemsResult(
  value: unknown,
): ValidationResult<CreateCollectionItemsResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemOrBatch(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCollectionItemsResult) : fail(issues);
}

/**
 * Checks the 202 response body of `client.customFonts.create` (Create Custom Font).
 * @returns `{ ok: true, value }` typed as {@link CreateCustomFontResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCustomFontResult(
  value: unknown,
): ValidationResult<CreateCustomFontResult> {
  const issues: ValidationIssue[] = [];
  checkCustomFontUploadResponse(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCustomFontResult) : fail(issues);
}

/**
 * Checks the 202 response body of `client.items.createLive` (Create Live Collection Item(s)).
 * @returns `{ ok: true, value }` typed as {@link CreateLiveCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateLiveCollectionItemsResult(
  value: unknown,
): ValidationResult<CreateLiveCollectionItemsResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemOrBatch(value, "", issues);
  return issues.length === 0 ? ok(value as CreateLiveCollectionItemsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.products.create` (Create Product & SKU).
 * @returns `{ ok: true, value }` typed as {@link CreateProductResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateProductResult(value: unknown): ValidationResult<CreateProductResult> {
  const issues: ValidationIssue[] = [];
  checkProductAndSkus(value, "", issues);
  return issues.length === 0 ? ok(value as CreateProductResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.redirects.create` (Create a 301 redirect).
 * @returns `{ ok: true, value }` typed as {@link CreateRedirectResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateRedirectResult(
  value: unknown,
): ValidationResult<CreateRedirectResult> {
  const issues: ValidationIssue[] = [];
  checkRedirect(value, "", issues);
  return issues.length === 0 ? ok(value as CreateRedirectResult) : fail(issues);
}

/**
 * Checks the 201 response body of `client.sites.create` (Create Site).
 * @returns `{ ok: true, value }` typed as {@link CreateSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateSiteResult(value: unknown): ValidationResult<CreateSiteResult> {
  const issues: ValidationIssue[] = [];
  checkSite(value, "", issues);
  return issues.length === 0 ? ok(value as CreateSiteResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.products.createSkus` (Create SKUs).
 * @returns `{ ok: true, value }` typed as {@link CreateSkusResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateSkusResult(value: unknown): ValidationResult<CreateSkusResult> {
  const issues: ValidationIssue[] = [];
  checkSkuList(value, "", issues);
  return issues.length === 0 ? ok(value as CreateSkusResult) : fail(issues);
}

/**
 * Checks the 201 response body of `client.webhooks.create` (Create Webhook).
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateWebhookResult(value: unknown): ValidationResult<CreateWebhookResult> {
  const issues: ValidationIssue[] = [];
  checkWebhook(value, "", issues);
  return issues.length === 0 ? ok(value as CreateWebhookResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.googleTags.remove` (Delete Google Tag).
 * @returns `{ ok: true, value }` typed as {@link DeleteGoogleTagResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDeleteGoogleTagResult(
  value: unknown,
): ValidationResult<DeleteGoogleTagResult> {
  const issues: ValidationIssue[] = [];
  checkGoogleTagList(value, "", issues);
  return issues.length === 0 ? ok(value as DeleteGoogleTagResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.redirects.remove` (Delete 301 redirects).
 * @returns `{ ok: true, value }` typed as {@link DeleteRedirectResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDeleteRedirectResult(
  value: unknown,
): ValidationResult<DeleteRedirectResult> {
  const issues: ValidationIssue[] = [];
  checkRedirectList(value, "", issues);
  return issues.length === 0 ? ok(value as DeleteRedirectResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.robotsTxt.remove` (Delete robots.txt).
 * @returns `{ ok: true, value }` typed as {@link DeleteRobotsTxtResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDeleteRobotsTxtResult(
  value: unknown,
): ValidationResult<DeleteRobotsTxtResult> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxt(value, "", issues);
  return issues.length === 0 ? ok(value as DeleteRobotsTxtResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.orders.fulfill` (Fulfill Order).
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFulfillOrderResult(value: unknown): ValidationResult<FulfillOrderResult> {
  const issues: ValidationIssue[] = [];
  checkOrder(value, "", issues);
  return issues.length === 0 ? ok(value as FulfillOrderResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.assets.get` (Get Asset).
 * @returns `{ ok: true, value }` typed as {@link GetAssetResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetAssetResult(value: unknown): ValidationResult<GetAssetResult> {
  const issues: ValidationIssue[] = [];
  checkAsset(value, "", issues);
  return issues.length === 0 ? ok(value as GetAssetResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.assetFolders.get` (Get Asset Folder).
 * @returns `{ ok: true, value }` typed as {@link GetAssetFolderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetAssetFolderResult(
  value: unknown,
): ValidationResult<GetAssetFolderResult> {
  const issues: ValidationIssue[] = [];
  checkAssetFolder(value, "", issues);
  return issues.length === 0 ? ok(value as GetAssetFolderResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.token.getAuthorizedUser` (Get Authorization User Info).
 * @returns `{ ok: true, value }` typed as {@link GetAuthorizedUserResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetAuthorizedUserResult(
  value: unknown,
): ValidationResult<GetAuthorizedUserResult> {
  const issues: ValidationIssue[] = [];
  checkAuthorizedUser(value, "", issues);
  return issues.length === 0 ? ok(value as GetAuthorizedUserResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.collections.get` (Get Collection Details).
 * @returns `{ ok: true, value }` typed as {@link GetCollectionResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetCollectionResult(value: unknown): ValidationResult<GetCollectionResult> {
  const issues: ValidationIssue[] = [];
  checkCollection(value, "", issues);
  return issues.length === 0 ? ok(value as GetCollectionResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.items.get` (Get Collection Item).
 * @returns `{ ok: true, value }` typed as {@link GetCollectionItemResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetCollectionItemResult(
  value: unknown,
): ValidationResult<GetCollectionItemResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItem(value, "", issues);
  return issues.length === 0 ? ok(value as GetCollectionItemResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.comments.getThread` (Get Comment Thread).
 * @returns `{ ok: true, value }` typed as {@link GetCommentThreadResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetCommentThreadResult(
  value: unknown,
): ValidationResult<GetCommentThreadResult> {
  const issues: ValidationIssue[] = [];
  checkCommentThread(value, "", issues);
  return issues.length === 0 ? ok(value as GetCommentThreadResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.components.getContent` (Get Component Content).
 * @returns `{ ok: true, value }` typed as {@link GetComponentContentResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetComponentContentResult(
  value: unknown,
): ValidationResult<GetComponentContentResult> {
  const issues: ValidationIssue[] = [];
  checkComponentContent(value, "", issues);
  return issues.length === 0 ? ok(value as GetComponentContentResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.components.getProperties` (Get Component Properties).
 * @returns `{ ok: true, value }` typed as {@link GetComponentPropertiesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetComponentPropertiesResult(
  value: unknown,
): ValidationResult<GetComponentPropertiesResult> {
  const issues: ValidationIssue[] = [];
  checkComponentPropertyList(value, "", issues);
  return issues.length === 0 ? ok(value as GetComponentPropertiesResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.getCustomDomains` (Get Custom Domains).
 * @returns `{ ok: true, value }` typed as {@link GetCustomDomainsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetCustomDomainsResult(
  value: unknown,
): ValidationResult<GetCustomDomainsResult> {
  const issues: ValidationIssue[] = [];
  checkCustomDomainList(value, "", issues);
  return issues.length === 0 ? ok(value as GetCustomDomainsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customFonts.get` (Get Custom Font).
 * @returns `{ ok: true, value }` typed as {@link GetCustomFontResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetCustomFontResult(value: unknown): ValidationResult<GetCustomFontResult> {
  const issues: ValidationIssue[] = [];
  checkCustomFontResponse(value, "", issues);
  return issues.length === 0 ? ok(value as GetCustomFontResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.ecommerce.getSettings` (Get Ecommerce Settings).
 * @returns `{ ok: true, value }` typed as {@link GetEcommerceSettingsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetEcommerceSettingsResult(
  value: unknown,
): ValidationResult<GetEcommerceSettingsResult> {
  const issues: ValidationIssue[] = [];
  checkEcommerceSettings(value, "", issues);
  return issues.length === 0 ? ok(value as GetEcommerceSettingsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.forms.get` (Get Form Schema).
 * @returns `{ ok: true, value }` typed as {@link GetFormResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetFormResult(value: unknown): ValidationResult<GetFormResult> {
  const issues: ValidationIssue[] = [];
  checkForm(value, "", issues);
  return issues.length === 0 ? ok(value as GetFormResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.formSubmissions.get` (Get Form Submission).
 * @returns `{ ok: true, value }` typed as {@link GetFormSubmissionResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetFormSubmissionResult(
  value: unknown,
): ValidationResult<GetFormSubmissionResult> {
  const issues: ValidationIssue[] = [];
  checkFormSubmission(value, "", issues);
  return issues.length === 0 ? ok(value as GetFormSubmissionResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.formSubmissions.getBySite` (Get Form Submission by Site).
 * @returns `{ ok: true, value }` typed as {@link GetFormSubmissionBySiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetFormSubmissionBySiteResult(
  value: unknown,
): ValidationResult<GetFormSubmissionBySiteResult> {
  const issues: ValidationIssue[] = [];
  checkFormSubmission(value, "", issues);
  return issues.length === 0 ? ok(value as GetFormSubmissionBySiteResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.inventory.get` (List Inventory).
 * @returns `{ ok: true, value }` typed as {@link GetInventoryResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetInventoryResult(value: unknown): ValidationResult<GetInventoryResult> {
  const issues: ValidationIssue[] = [];
  checkInventory(value, "", issues);
  return issues.length === 0 ? ok(value as GetInventoryResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.items.getLive` (Get Live Collection Item).
 * @returns `{ ok: true, value }` typed as {@link GetLiveCollectionItemResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetLiveCollectionItemResult(
  value: unknown,
): ValidationResult<GetLiveCollectionItemResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItem(value, "", issues);
  return issues.length === 0 ? ok(value as GetLiveCollectionItemResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.orders.get` (Get Order).
 * @returns `{ ok: true, value }` typed as {@link GetOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetOrderResult(value: unknown): ValidationResult<GetOrderResult> {
  const issues: ValidationIssue[] = [];
  checkOrder(value, "", issues);
  return issues.length === 0 ? ok(value as GetOrderResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.pages.getContent` (Get Page Content).
 * @returns `{ ok: true, value }` typed as {@link GetPageContentResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetPageContentResult(
  value: unknown,
): ValidationResult<GetPageContentResult> {
  const issues: ValidationIssue[] = [];
  checkPageContent(value, "", issues);
  return issues.length === 0 ? ok(value as GetPageContentResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customCode.getForPage` (Get Page Custom Code).
 * @returns `{ ok: true, value }` typed as {@link GetPageCustomCodeResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetPageCustomCodeResult(
  value: unknown,
): ValidationResult<GetPageCustomCodeResult> {
  const issues: ValidationIssue[] = [];
  checkCustomCode(value, "", issues);
  return issues.length === 0 ? ok(value as GetPageCustomCodeResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.pages.getMetadata` (Get Page Metadata).
 * @returns `{ ok: true, value }` typed as {@link GetPageMetadataResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetPageMetadataResult(
  value: unknown,
): ValidationResult<GetPageMetadataResult> {
  const issues: ValidationIssue[] = [];
  checkPageMetadata(value, "", issues);
  return issues.length === 0 ? ok(value as GetPageMetadataResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.products.get` (Get Product and SKUs).
 * @returns `{ ok: true, value }` typed as {@link GetProductResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetProductResult(value: unknown): ValidationResult<GetProductResult> {
  const issues: ValidationIssue[] = [];
  checkProductAndSkus(value, "", issues);
  return issues.length === 0 ? ok(value as GetProductResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.robotsTxt.get` (Get robots.txt).
 * @returns `{ ok: true, value }` typed as {@link GetRobotsTxtResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetRobotsTxtResult(value: unknown): ValidationResult<GetRobotsTxtResult> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxt(value, "", issues);
  return issues.length === 0 ? ok(value as GetRobotsTxtResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.get` (Get Site).
 * @returns `{ ok: true, value }` typed as {@link GetSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetSiteResult(value: unknown): ValidationResult<GetSiteResult> {
  const issues: ValidationIssue[] = [];
  checkSite(value, "", issues);
  return issues.length === 0 ? ok(value as GetSiteResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customCode.getForSite` (Get Site Custom Code).
 * @returns `{ ok: true, value }` typed as {@link GetSiteCustomCodeResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetSiteCustomCodeResult(
  value: unknown,
): ValidationResult<GetSiteCustomCodeResult> {
  const issues: ValidationIssue[] = [];
  checkCustomCode(value, "", issues);
  return issues.length === 0 ? ok(value as GetSiteCustomCodeResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.getPlan` (Get Site Plan).
 * @returns `{ ok: true, value }` typed as {@link GetSitePlanResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetSitePlanResult(value: unknown): ValidationResult<GetSitePlanResult> {
  const issues: ValidationIssue[] = [];
  checkSitePlan(value, "", issues);
  return issues.length === 0 ? ok(value as GetSitePlanResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.webhooks.get` (Get Webhook).
 * @returns `{ ok: true, value }` typed as {@link GetWebhookResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateGetWebhookResult(value: unknown): ValidationResult<GetWebhookResult> {
  const issues: ValidationIssue[] = [];
  checkWebhook(value, "", issues);
  return issues.length === 0 ? ok(value as GetWebhookResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.token.introspect` (Get Authorization Info).
 * @returns `{ ok: true, value }` typed as {@link IntrospectTokenResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateIntrospectTokenResult(
  value: unknown,
): ValidationResult<IntrospectTokenResult> {
  const issues: ValidationIssue[] = [];
  checkIntrospection(value, "", issues);
  return issues.length === 0 ? ok(value as IntrospectTokenResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.assetFolders.list` (List Asset Folders).
 * @returns `{ ok: true, value }` typed as {@link ListAssetFoldersResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListAssetFoldersResult(
  value: unknown,
): ValidationResult<ListAssetFoldersResult> {
  const issues: ValidationIssue[] = [];
  checkAssetFolderList(value, "", issues);
  return issues.length === 0 ? ok(value as ListAssetFoldersResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.assets.list` (List Assets).
 * @returns `{ ok: true, value }` typed as {@link ListAssetsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListAssetsResult(value: unknown): ValidationResult<ListAssetsResult> {
  const issues: ValidationIssue[] = [];
  checkAssetList(value, "", issues);
  return issues.length === 0 ? ok(value as ListAssetsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.items.list` (List Collection Items).
 * @returns `{ ok: true, value }` typed as {@link ListCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListCollectionItemsResult(
  value: unknown,
): ValidationResult<ListCollectionItemsResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemList(value, "", issues);
  return issues.length === 0 ? ok(value as ListCollectionItemsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.collections.list` (List Collections).
 * @returns `{ ok: true, value }` typed as {@link ListCollectionsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListCollectionsResult(
  value: unknown,
): ValidationResult<ListCollectionsResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionList(value, "", issues);
  return issues.length === 0 ? ok(value as ListCollectionsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.comments.listReplies` (List Comment Replies).
 * @returns `{ ok: true, value }` typed as {@link ListCommentRepliesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListCommentRepliesResult(
  value: unknown,
): ValidationResult<ListCommentRepliesResult> {
  const issues: ValidationIssue[] = [];
  checkCommentReplyList(value, "", issues);
  return issues.length === 0 ? ok(value as ListCommentRepliesResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.comments.listThreads` (List Comment Threads).
 * @returns `{ ok: true, value }` typed as {@link ListCommentThreadsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListCommentThreadsResult(
  value: unknown,
): ValidationResult<ListCommentThreadsResult> {
  const issues: ValidationIssue[] = [];
  checkCommentThreadList(value, "", issues);
  return issues.length === 0 ? ok(value as ListCommentThreadsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.components.list` (List Components).
 * @returns `{ ok: true, value }` typed as {@link ListComponentsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListComponentsResult(
  value: unknown,
): ValidationResult<ListComponentsResult> {
  const issues: ValidationIssue[] = [];
  checkComponentList(value, "", issues);
  return issues.length === 0 ? ok(value as ListComponentsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customCode.listBlocks` (List Custom Code Blocks).
 * @returns `{ ok: true, value }` typed as {@link ListCustomCodeBlocksResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListCustomCodeBlocksResult(
  value: unknown,
): ValidationResult<ListCustomCodeBlocksResult> {
  const issues: ValidationIssue[] = [];
  checkCustomCodeBlockList(value, "", issues);
  return issues.length === 0 ? ok(value as ListCustomCodeBlocksResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customFonts.list` (List Custom Fonts).
 * @returns `{ ok: true, value }` typed as {@link ListCustomFontsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListCustomFontsResult(
  value: unknown,
): ValidationResult<ListCustomFontsResult> {
  const issues: ValidationIssue[] = [];
  checkCustomFontList(value, "", issues);
  return issues.length === 0 ? ok(value as ListCustomFontsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.formSubmissions.list` (List Form Submissions).
 * @returns `{ ok: true, value }` typed as {@link ListFormSubmissionsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListFormSubmissionsResult(
  value: unknown,
): ValidationResult<ListFormSubmissionsResult> {
  const issues: ValidationIssue[] = [];
  checkFormSubmissionList(value, "", issues);
  return issues.length === 0 ? ok(value as ListFormSubmissionsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.formSubmissions.listBySite` (List Form Submissions by Site).
 * @returns `{ ok: true, value }` typed as {@link ListFormSubmissionsBySiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListFormSubmissionsBySiteResult(
  value: unknown,
): ValidationResult<ListFormSubmissionsBySiteResult> {
  const issues: ValidationIssue[] = [];
  checkFormSubmissionList(value, "", issues);
  return issues.length === 0 ? ok(value as ListFormSubmissionsBySiteResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.formSubmissions.listBySiteAndForm` (List Form Submissions by Site and Form).
 * @returns `{ ok: true, value }` typed as {@link ListFormSubmissionsBySiteAndFormResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListFormSubmissionsBySiteAndFormResult(
  value: unknown,
): ValidationResult<ListFormSubmissionsBySiteAndFormResult> {
  const issues: ValidationIssue[] = [];
  checkFormSubmissionList(value, "", issues);
  return issues.length === 0 ? ok(value as ListFormSubmissionsBySiteAndFormResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.forms.list` (List Forms).
 * @returns `{ ok: true, value }` typed as {@link ListFormsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListFormsResult(value: unknown): ValidationResult<ListFormsResult> {
  const issues: ValidationIssue[] = [];
  checkFormList(value, "", issues);
  return issues.length === 0 ? ok(value as ListFormsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.googleTags.list` (List Google Tags).
 * @returns `{ ok: true, value }` typed as {@link ListGoogleTagsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListGoogleTagsResult(
  value: unknown,
): ValidationResult<ListGoogleTagsResult> {
  const issues: ValidationIssue[] = [];
  checkGoogleTagList(value, "", issues);
  return issues.length === 0 ? ok(value as ListGoogleTagsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.items.listLive` (List Live Collection Items).
 * @returns `{ ok: true, value }` typed as {@link ListLiveCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListLiveCollectionItemsResult(
  value: unknown,
): ValidationResult<ListLiveCollectionItemsResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemList(value, "", issues);
  return issues.length === 0 ? ok(value as ListLiveCollectionItemsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.orders.list` (List Orders).
 * @returns `{ ok: true, value }` typed as {@link ListOrdersResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListOrdersResult(value: unknown): ValidationResult<ListOrdersResult> {
  const issues: ValidationIssue[] = [];
  checkOrderList(value, "", issues);
  return issues.length === 0 ? ok(value as ListOrdersResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.pages.list` (List Pages).
 * @returns `{ ok: true, value }` typed as {@link ListPagesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListPagesResult(value: unknown): ValidationResult<ListPagesResult> {
  const issues: ValidationIssue[] = [];
  checkPageList(value, "", issues);
  return issues.length === 0 ? ok(value as ListPagesResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.products.list` (List Products & SKUs).
 * @returns `{ ok: true, value }` typed as {@link ListProductsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListProductsResult(value: unknown): ValidationResult<ListProductsResult> {
  const issues: ValidationIssue[] = [];
  checkProductAndSkusList(value, "", issues);
  return issues.length === 0 ? ok(value as ListProductsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.redirects.list` (Get 301 redirects).
 * @returns `{ ok: true, value }` typed as {@link ListRedirectsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListRedirectsResult(value: unknown): ValidationResult<ListRedirectsResult> {
  const issues: ValidationIssue[] = [];
  checkRedirectList(value, "", issues);
  return issues.length === 0 ? ok(value as ListRedirectsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.scripts.list` (Get Registered Scripts).
 * @returns `{ ok: true, value }` typed as {@link ListRegisteredScriptsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListRegisteredScriptsResult(
  value: unknown,
): ValidationResult<ListRegisteredScriptsResult> {
  const issues: ValidationIssue[] = [];
  checkRegisteredScriptList(value, "", issues);
  return issues.length === 0 ? ok(value as ListRegisteredScriptsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.listActivityLogs` (Get Site Activity Logs).
 * @returns `{ ok: true, value }` typed as {@link ListSiteActivityLogsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListSiteActivityLogsResult(
  value: unknown,
): ValidationResult<ListSiteActivityLogsResult> {
  const issues: ValidationIssue[] = [];
  checkSiteActivityLogList(value, "", issues);
  return issues.length === 0 ? ok(value as ListSiteActivityLogsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.list` (List Sites).
 * @returns `{ ok: true, value }` typed as {@link ListSitesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListSitesResult(value: unknown): ValidationResult<ListSitesResult> {
  const issues: ValidationIssue[] = [];
  checkSiteList(value, "", issues);
  return issues.length === 0 ? ok(value as ListSitesResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.webhooks.list` (List Webhooks).
 * @returns `{ ok: true, value }` typed as {@link ListWebhooksResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListWebhooksResult(value: unknown): ValidationResult<ListWebhooksResult> {
  const issues: ValidationIssue[] = [];
  checkWebhookList(value, "", issues);
  return issues.length === 0 ? ok(value as ListWebhooksResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.workspaces.listAuditLogs` (Get Workspace Audit Logs).
 * @returns `{ ok: true, value }` typed as {@link ListWorkspaceAuditLogsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateListWorkspaceAuditLogsResult(
  value: unknown,
): ValidationResult<ListWorkspaceAuditLogsResult> {
  const issues: ValidationIssue[] = [];
  checkAuditLogList(value, "", issues);
  return issues.length === 0 ? ok(value as ListWorkspaceAuditLogsResult) : fail(issues);
}

/**
 * Checks the 202 response body of `client.items.publish` (Publish Collection Item).
 * @returns `{ ok: true, value }` typed as {@link PublishCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishCollectionItemsResult(
  value: unknown,
): ValidationResult<PublishCollectionItemsResult> {
  const issues: ValidationIssue[] = [];
  checkPublishItemsResponse(value, "", issues);
  return issues.length === 0 ? ok(value as PublishCollectionItemsResult) : fail(issues);
}

/**
 * Checks the 202 response body of `client.sites.publish` (Publish Site).
 * @returns `{ ok: true, value }` typed as {@link PublishSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishSiteResult(value: unknown): ValidationResult<PublishSiteResult> {
  const issues: ValidationIssue[] = [];
  checkPublishSiteResponse(value, "", issues);
  return issues.length === 0 ? ok(value as PublishSiteResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.orders.refund` (Refund Order).
 * @returns `{ ok: true, value }` typed as {@link RefundOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRefundOrderResult(value: unknown): ValidationResult<RefundOrderResult> {
  const issues: ValidationIssue[] = [];
  checkOrder(value, "", issues);
  return issues.length === 0 ? ok(value as RefundOrderResult) : fail(issues);
}

/**
 * Checks the 201 response body of `client.scripts.registerHosted` (Register Script - Hosted).
 * @returns `{ ok: true, value }` typed as {@link RegisterHostedScriptResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRegisterHostedScriptResult(
  value: unknown,
): ValidationResult<RegisterHostedScriptResult> {
  const issues: ValidationIssue[] = [];
  checkRegisteredScript(value, "", issues);
  return issues.length === 0 ? ok(value as RegisterHostedScriptResult) : fail(issues);
}

/**
 * Checks the 201 response body of `client.scripts.registerInline` (Register Script - Inline).
 * @returns `{ ok: true, value }` typed as {@link RegisterInlineScriptResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRegisterInlineScriptResult(
  value: unknown,
): ValidationResult<RegisterInlineScriptResult> {
  const issues: ValidationIssue[] = [];
  checkRegisteredScript(value, "", issues);
  return issues.length === 0 ? ok(value as RegisterInlineScriptResult) : fail(issues);
}

/**
 * Checks the 202 response body of `client.customFonts.replaceFile` (Replace Custom Font File).
 * @returns `{ ok: true, value }` typed as {@link ReplaceCustomFontFileResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateReplaceCustomFontFileResult(
  value: unknown,
): ValidationResult<ReplaceCustomFontFileResult> {
  const issues: ValidationIssue[] = [];
  checkCustomFontUploadResponse(value, "", issues);
  return issues.length === 0 ? ok(value as ReplaceCustomFontFileResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.robotsTxt.replace` (Replace robots.txt).
 * @returns `{ ok: true, value }` typed as {@link ReplaceRobotsTxtResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateReplaceRobotsTxtResult(
  value: unknown,
): ValidationResult<ReplaceRobotsTxtResult> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxt(value, "", issues);
  return issues.length === 0 ? ok(value as ReplaceRobotsTxtResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.orders.unfulfill` (Unfulfill Order).
 * @returns `{ ok: true, value }` typed as {@link UnfulfillOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUnfulfillOrderResult(
  value: unknown,
): ValidationResult<UnfulfillOrderResult> {
  const issues: ValidationIssue[] = [];
  checkOrder(value, "", issues);
  return issues.length === 0 ? ok(value as UnfulfillOrderResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.assets.update` (Update Asset).
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateAssetResult(value: unknown): ValidationResult<UpdateAssetResult> {
  const issues: ValidationIssue[] = [];
  checkAsset(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateAssetResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.fields.update` (Update Collection Field).
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionFieldResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCollectionFieldResult(
  value: unknown,
): ValidationResult<UpdateCollectionFieldResult> {
  const issues: ValidationIssue[] = [];
  checkField(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCollectionFieldResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.items.update` (Update Collection Item).
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCollectionItemResult(
  value: unknown,
): ValidationResult<UpdateCollectionItemResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItem(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCollectionItemResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.items.updateMany` (Update Collection Items).
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCollectionItemsResult(
  value: unknown,
): ValidationResult<UpdateCollectionItemsResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemOrBatch(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCollectionItemsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.components.updateContent` (Update Component Content).
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentContentResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateComponentContentResult(
  value: unknown,
): ValidationResult<UpdateComponentContentResult> {
  const issues: ValidationIssue[] = [];
  checkContentUpdateResponse(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateComponentContentResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.components.updateProperties` (Update Component Properties).
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateComponentPropertiesResult(
  value: unknown,
): ValidationResult<UpdateComponentPropertiesResult> {
  const issues: ValidationIssue[] = [];
  checkContentUpdateResponse(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateComponentPropertiesResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customFonts.update` (Update Custom Font).
 * @returns `{ ok: true, value }` typed as {@link UpdateCustomFontResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCustomFontResult(
  value: unknown,
): ValidationResult<UpdateCustomFontResult> {
  const issues: ValidationIssue[] = [];
  checkCustomFontResponse(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCustomFontResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.formSubmissions.update` (Modify Form Submission).
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateFormSubmissionResult(
  value: unknown,
): ValidationResult<UpdateFormSubmissionResult> {
  const issues: ValidationIssue[] = [];
  checkFormSubmission(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateFormSubmissionResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.formSubmissions.updateBySite` (Modify Form Submission by Site).
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionBySiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateFormSubmissionBySiteResult(
  value: unknown,
): ValidationResult<UpdateFormSubmissionBySiteResult> {
  const issues: ValidationIssue[] = [];
  checkFormSubmission(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateFormSubmissionBySiteResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.googleTags.update` (Update Google Tag).
 * @returns `{ ok: true, value }` typed as {@link UpdateGoogleTagsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateGoogleTagsResult(
  value: unknown,
): ValidationResult<UpdateGoogleTagsResult> {
  const issues: ValidationIssue[] = [];
  checkGoogleTagList(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateGoogleTagsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.inventory.update` (Update Item Inventory).
 * @returns `{ ok: true, value }` typed as {@link UpdateInventoryResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateInventoryResult(
  value: unknown,
): ValidationResult<UpdateInventoryResult> {
  const issues: ValidationIssue[] = [];
  checkInventory(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateInventoryResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.items.updateLive` (Update Live Collection Item).
 * @returns `{ ok: true, value }` typed as {@link UpdateLiveCollectionItemResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateLiveCollectionItemResult(
  value: unknown,
): ValidationResult<UpdateLiveCollectionItemResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItem(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateLiveCollectionItemResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.items.updateManyLive` (Update Live Collection Items).
 * @returns `{ ok: true, value }` typed as {@link UpdateLiveCollectionItemsResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateLiveCollectionItemsResult(
  value: unknown,
): ValidationResult<UpdateLiveCollectionItemsResult> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemBatch(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateLiveCollectionItemsResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.orders.update` (Update Order).
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateOrderResult(value: unknown): ValidationResult<UpdateOrderResult> {
  const issues: ValidationIssue[] = [];
  checkOrder(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateOrderResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.pages.updateContent` (Update Page Content).
 * @returns `{ ok: true, value }` typed as {@link UpdatePageContentResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdatePageContentResult(
  value: unknown,
): ValidationResult<UpdatePageContentResult> {
  const issues: ValidationIssue[] = [];
  checkContentUpdateResponse(value, "", issues);
  return issues.length === 0 ? ok(value as UpdatePageContentResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.pages.updateMetadata` (Update Page Metadata).
 * @returns `{ ok: true, value }` typed as {@link UpdatePageMetadataResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdatePageMetadataResult(
  value: unknown,
): ValidationResult<UpdatePageMetadataResult> {
  const issues: ValidationIssue[] = [];
  checkPageMetadata(value, "", issues);
  return issues.length === 0 ? ok(value as UpdatePageMetadataResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.products.update` (Update Product).
 * @returns `{ ok: true, value }` typed as {@link UpdateProductResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateProductResult(value: unknown): ValidationResult<UpdateProductResult> {
  const issues: ValidationIssue[] = [];
  checkProduct(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateProductResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.redirects.update` (Update 301 redirect).
 * @returns `{ ok: true, value }` typed as {@link UpdateRedirectResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateRedirectResult(
  value: unknown,
): ValidationResult<UpdateRedirectResult> {
  const issues: ValidationIssue[] = [];
  checkRedirect(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateRedirectResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.robotsTxt.update` (Update robots.txt).
 * @returns `{ ok: true, value }` typed as {@link UpdateRobotsTxtResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateRobotsTxtResult(
  value: unknown,
): ValidationResult<UpdateRobotsTxtResult> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxt(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateRobotsTxtResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.sites.update` (Update Site).
 * @returns `{ ok: true, value }` typed as {@link UpdateSiteResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateSiteResult(value: unknown): ValidationResult<UpdateSiteResult> {
  const issues: ValidationIssue[] = [];
  checkSite(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateSiteResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.products.updateSku` (Update SKU).
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateSkuResult(value: unknown): ValidationResult<UpdateSkuResult> {
  const issues: ValidationIssue[] = [];
  checkSku(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateSkuResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.assets.upload` (Upload Asset).
 * @returns `{ ok: true, value }` typed as {@link UploadAssetResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUploadAssetResult(value: unknown): ValidationResult<UploadAssetResult> {
  const issues: ValidationIssue[] = [];
  checkAssetUpload(value, "", issues);
  return issues.length === 0 ? ok(value as UploadAssetResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customCode.upsertForPage` (Add/Update Page Custom Code).
 * @returns `{ ok: true, value }` typed as {@link UpsertPageCustomCodeResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpsertPageCustomCodeResult(
  value: unknown,
): ValidationResult<UpsertPageCustomCodeResult> {
  const issues: ValidationIssue[] = [];
  checkCustomCode(value, "", issues);
  return issues.length === 0 ? ok(value as UpsertPageCustomCodeResult) : fail(issues);
}

/**
 * Checks the 200 response body of `client.customCode.upsertForSite` (Add/Update Site Custom Code).
 * @returns `{ ok: true, value }` typed as {@link UpsertSiteCustomCodeResult}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpsertSiteCustomCodeResult(
  value: unknown,
): ValidationResult<UpsertSiteCustomCodeResult> {
  const issues: ValidationIssue[] = [];
  checkCustomCode(value, "", issues);
  return issues.length === 0 ? ok(value as UpsertSiteCustomCodeResult) : fail(issues);
}

/**
 * Checks a request body of `client.customFonts.batchDelete` (Batch Delete Custom Fonts); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link BatchDeleteCustomFontsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateBatchDeleteCustomFontsBody(
  value: unknown,
): ValidationResult<BatchDeleteCustomFontsBody> {
  const issues: ValidationIssue[] = [];
  checkBatchDeleteCustomFontsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as BatchDeleteCustomFontsBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.createBulk` (Create Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link BulkCreateCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateBulkCreateCollectionItemsBody(
  value: unknown,
): ValidationResult<BulkCreateCollectionItemsBody> {
  const issues: ValidationIssue[] = [];
  checkBulkCreateCollectionItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as BulkCreateCollectionItemsBody) : fail(issues);
}

/**
 * Checks a request body of `client.assetFolders.create` (Create Asset Folder); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateAssetFolderBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateAssetFolderBody(
  value: unknown,
): ValidationResult<CreateAssetFolderBody> {
  const issues: ValidationIssue[] = [];
  checkCreateAssetFolderRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateAssetFolderBody) : fail(issues);
}

/**
 * Checks a request body of `client.collections.create` (Create Collection); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCollectionBody(
  value: unknown,
): ValidationResult<CreateCollectionBody> {
  const issues: ValidationIssue[] = [];
  checkCreateCollectionRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCollectionBody) : fail(issues);
}

/**
 * Checks a request body of `client.fields.create` (Create Collection Field); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionFieldBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCollectionFieldBody(
  value: unknown,
): ValidationResult<CreateCollectionFieldBody> {
  const issues: ValidationIssue[] = [];
  checkCreateFieldRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCollectionFieldBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.create` (Create Collection Item(s)); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCollectionItemsBody(
  value: unknown,
): ValidationResult<CreateCollectionItemsBody> {
  const issues: ValidationIssue[] = [];
  checkCreateCollectionItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCollectionItemsBody) : fail(issues);
}

/**
 * Checks a request body of `client.customFonts.create` (Create Custom Font); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateCustomFontBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateCustomFontBody(
  value: unknown,
): ValidationResult<CreateCustomFontBody> {
  const issues: ValidationIssue[] = [];
  checkCreateCustomFontRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateCustomFontBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.createLive` (Create Live Collection Item(s)); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateLiveCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateLiveCollectionItemsBody(
  value: unknown,
): ValidationResult<CreateLiveCollectionItemsBody> {
  const issues: ValidationIssue[] = [];
  checkCreateCollectionItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateLiveCollectionItemsBody) : fail(issues);
}

/**
 * Checks a request body of `client.products.create` (Create Product & SKU); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateProductBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateProductBody(value: unknown): ValidationResult<CreateProductBody> {
  const issues: ValidationIssue[] = [];
  checkCreateProductRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateProductBody) : fail(issues);
}

/**
 * Checks a request body of `client.redirects.create` (Create a 301 redirect); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateRedirectBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateRedirectBody(value: unknown): ValidationResult<CreateRedirectBody> {
  const issues: ValidationIssue[] = [];
  checkCreateRedirectRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateRedirectBody) : fail(issues);
}

/**
 * Checks a request body of `client.sites.create` (Create Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateSiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateSiteBody(value: unknown): ValidationResult<CreateSiteBody> {
  const issues: ValidationIssue[] = [];
  checkCreateSiteRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateSiteBody) : fail(issues);
}

/**
 * Checks a request body of `client.products.createSkus` (Create SKUs); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateSkusBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateSkusBody(value: unknown): ValidationResult<CreateSkusBody> {
  const issues: ValidationIssue[] = [];
  checkCreateSkusRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateSkusBody) : fail(issues);
}

/**
 * Checks a request body of `client.webhooks.create` (Create Webhook); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link CreateWebhookBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateCreateWebhookBody(value: unknown): ValidationResult<CreateWebhookBody> {
  const issues: ValidationIssue[] = [];
  checkCreateWebhookRequest(value, "", issues);
  return issues.length === 0 ? ok(value as CreateWebhookBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.removeMany` (Delete Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link DeleteCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDeleteCollectionItemsBody(
  value: unknown,
): ValidationResult<DeleteCollectionItemsBody> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemRefList(value, "", issues);
  return issues.length === 0 ? ok(value as DeleteCollectionItemsBody) : fail(issues);
}

/**
 * Checks a request body of `client.robotsTxt.remove` (Delete robots.txt); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link DeleteRobotsTxtBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDeleteRobotsTxtBody(value: unknown): ValidationResult<DeleteRobotsTxtBody> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxt(value, "", issues);
  return issues.length === 0 ? ok(value as DeleteRobotsTxtBody) : fail(issues);
}

/**
 * Checks a request body of `client.wellKnown.remove` (Delete a well-known file); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link DeleteWellKnownFilesBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateDeleteWellKnownFilesBody(
  value: unknown,
): ValidationResult<DeleteWellKnownFilesBody> {
  const issues: ValidationIssue[] = [];
  checkDeleteWellKnownFilesRequest(value, "", issues);
  return issues.length === 0 ? ok(value as DeleteWellKnownFilesBody) : fail(issues);
}

/**
 * Checks a request body of `client.orders.fulfill` (Fulfill Order); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link FulfillOrderBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateFulfillOrderBody(value: unknown): ValidationResult<FulfillOrderBody> {
  const issues: ValidationIssue[] = [];
  checkFulfillOrderRequest(value, "", issues);
  return issues.length === 0 ? ok(value as FulfillOrderBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.publish` (Publish Collection Item); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link PublishCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishCollectionItemsBody(
  value: unknown,
): ValidationResult<PublishCollectionItemsBody> {
  const issues: ValidationIssue[] = [];
  checkPublishItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as PublishCollectionItemsBody) : fail(issues);
}

/**
 * Checks a request body of `client.sites.publish` (Publish Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link PublishSiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validatePublishSiteBody(value: unknown): ValidationResult<PublishSiteBody> {
  const issues: ValidationIssue[] = [];
  checkPublishSiteRequest(value, "", issues);
  return issues.length === 0 ? ok(value as PublishSiteBody) : fail(issues);
}

/**
 * Checks a request body of `client.orders.refund` (Refund Order); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link RefundOrderBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRefundOrderBody(value: unknown): ValidationResult<RefundOrderBody> {
  const issues: ValidationIssue[] = [];
  checkRefundOrderRequest(value, "", issues);
  return issues.length === 0 ? ok(value as RefundOrderBody) : fail(issues);
}

/**
 * Checks a request body of `client.scripts.registerHosted` (Register Script - Hosted); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link RegisterHostedScriptBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRegisterHostedScriptBody(
  value: unknown,
): ValidationResult<RegisterHostedScriptBody> {
  const issues: ValidationIssue[] = [];
  checkRegisterHostedScriptRequest(value, "", issues);
  return issues.length === 0 ? ok(value as RegisterHostedScriptBody) : fail(issues);
}

/**
 * Checks a request body of `client.scripts.registerInline` (Register Script - Inline); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link RegisterInlineScriptBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateRegisterInlineScriptBody(
  value: unknown,
): ValidationResult<RegisterInlineScriptBody> {
  const issues: ValidationIssue[] = [];
  checkRegisterInlineScriptRequest(value, "", issues);
  return issues.length === 0 ? ok(value as RegisterInlineScriptBody) : fail(issues);
}

/**
 * Checks a request body of `client.customFonts.replaceFile` (Replace Custom Font File); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link ReplaceCustomFontFileBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateReplaceCustomFontFileBody(
  value: unknown,
): ValidationResult<ReplaceCustomFontFileBody> {
  const issues: ValidationIssue[] = [];
  checkReplaceCustomFontFileRequest(value, "", issues);
  return issues.length === 0 ? ok(value as ReplaceCustomFontFileBody) : fail(issues);
}

/**
 * Checks a request body of `client.robotsTxt.replace` (Replace robots.txt); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link ReplaceRobotsTxtBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateReplaceRobotsTxtBody(
  value: unknown,
): ValidationResult<ReplaceRobotsTxtBody> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxt(value, "", issues);
  return issues.length === 0 ? ok(value as ReplaceRobotsTxtBody) : fail(issues);
}

/**
 * Checks a request body of `client.wellKnown.set` (Set a well-known file); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link SetWellKnownFileBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateSetWellKnownFileBody(
  value: unknown,
): ValidationResult<SetWellKnownFileBody> {
  const issues: ValidationIssue[] = [];
  checkSetWellKnownFileRequest(value, "", issues);
  return issues.length === 0 ? ok(value as SetWellKnownFileBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.unpublishMany` (Unpublish Live Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UnpublishLiveCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUnpublishLiveCollectionItemsBody(
  value: unknown,
): ValidationResult<UnpublishLiveCollectionItemsBody> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemRefList(value, "", issues);
  return issues.length === 0 ? ok(value as UnpublishLiveCollectionItemsBody) : fail(issues);
}

/**
 * Checks a request body of `client.assets.update` (Update Asset); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateAssetBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateAssetBody(value: unknown): ValidationResult<UpdateAssetBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateAssetRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateAssetBody) : fail(issues);
}

/**
 * Checks a request body of `client.fields.update` (Update Collection Field); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionFieldBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCollectionFieldBody(
  value: unknown,
): ValidationResult<UpdateCollectionFieldBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateFieldRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCollectionFieldBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.update` (Update Collection Item); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCollectionItemBody(
  value: unknown,
): ValidationResult<UpdateCollectionItemBody> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCollectionItemBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.updateMany` (Update Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCollectionItemsBody(
  value: unknown,
): ValidationResult<UpdateCollectionItemsBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateCollectionItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCollectionItemsBody) : fail(issues);
}

/**
 * Checks a request body of `client.components.updateContent` (Update Component Content); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentContentBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateComponentContentBody(
  value: unknown,
): ValidationResult<UpdateComponentContentBody> {
  const issues: ValidationIssue[] = [];
  checkDomUpdateRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateComponentContentBody) : fail(issues);
}

/**
 * Checks a request body of `client.components.updateProperties` (Update Component Properties); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateComponentPropertiesBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateComponentPropertiesBody(
  value: unknown,
): ValidationResult<UpdateComponentPropertiesBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateComponentPropertiesRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateComponentPropertiesBody) : fail(issues);
}

/**
 * Checks a request body of `client.customFonts.update` (Update Custom Font); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateCustomFontBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateCustomFontBody(
  value: unknown,
): ValidationResult<UpdateCustomFontBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateCustomFontRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateCustomFontBody) : fail(issues);
}

/**
 * Checks a request body of `client.formSubmissions.update` (Modify Form Submission); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateFormSubmissionBody(
  value: unknown,
): ValidationResult<UpdateFormSubmissionBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateFormSubmissionRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateFormSubmissionBody) : fail(issues);
}

/**
 * Checks a request body of `client.formSubmissions.updateBySite` (Modify Form Submission by Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateFormSubmissionBySiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateFormSubmissionBySiteBody(
  value: unknown,
): ValidationResult<UpdateFormSubmissionBySiteBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateFormSubmissionRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateFormSubmissionBySiteBody) : fail(issues);
}

/**
 * Checks a request body of `client.googleTags.update` (Update Google Tag); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateGoogleTagsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateGoogleTagsBody(
  value: unknown,
): ValidationResult<UpdateGoogleTagsBody> {
  const issues: ValidationIssue[] = [];
  checkGoogleTagList(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateGoogleTagsBody) : fail(issues);
}

/**
 * Checks a request body of `client.inventory.update` (Update Item Inventory); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateInventoryBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateInventoryBody(value: unknown): ValidationResult<UpdateInventoryBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateInventoryRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateInventoryBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.updateLive` (Update Live Collection Item); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateLiveCollectionItemBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateLiveCollectionItemBody(
  value: unknown,
): ValidationResult<UpdateLiveCollectionItemBody> {
  const issues: ValidationIssue[] = [];
  checkCollectionItemUpdate(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateLiveCollectionItemBody) : fail(issues);
}

/**
 * Checks a request body of `client.items.updateManyLive` (Update Live Collection Items); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateLiveCollectionItemsBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateLiveCollectionItemsBody(
  value: unknown,
): ValidationResult<UpdateLiveCollectionItemsBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateCollectionItemsRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateLiveCollectionItemsBody) : fail(issues);
}

/**
 * Checks a request body of `client.orders.update` (Update Order); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateOrderBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateOrderBody(value: unknown): ValidationResult<UpdateOrderBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateOrderRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateOrderBody) : fail(issues);
}

/**
 * Checks a request body of `client.pages.updateContent` (Update Page Content); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdatePageContentBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdatePageContentBody(
  value: unknown,
): ValidationResult<UpdatePageContentBody> {
  const issues: ValidationIssue[] = [];
  checkDomUpdateRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdatePageContentBody) : fail(issues);
}

/**
 * Checks a request body of `client.pages.updateMetadata` (Update Page Metadata); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdatePageMetadataBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdatePageMetadataBody(
  value: unknown,
): ValidationResult<UpdatePageMetadataBody> {
  const issues: ValidationIssue[] = [];
  checkUpdatePageRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdatePageMetadataBody) : fail(issues);
}

/**
 * Checks a request body of `client.products.update` (Update Product); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateProductBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateProductBody(value: unknown): ValidationResult<UpdateProductBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateProductRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateProductBody) : fail(issues);
}

/**
 * Checks a request body of `client.redirects.update` (Update 301 redirect); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateRedirectBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateRedirectBody(value: unknown): ValidationResult<UpdateRedirectBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateRedirectRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateRedirectBody) : fail(issues);
}

/**
 * Checks a request body of `client.robotsTxt.update` (Update robots.txt); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateRobotsTxtBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateRobotsTxtBody(value: unknown): ValidationResult<UpdateRobotsTxtBody> {
  const issues: ValidationIssue[] = [];
  checkRobotsTxt(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateRobotsTxtBody) : fail(issues);
}

/**
 * Checks a request body of `client.sites.update` (Update Site); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateSiteBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateSiteBody(value: unknown): ValidationResult<UpdateSiteBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateSiteRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateSiteBody) : fail(issues);
}

/**
 * Checks a request body of `client.products.updateSku` (Update SKU); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpdateSkuBody(value: unknown): ValidationResult<UpdateSkuBody> {
  const issues: ValidationIssue[] = [];
  checkUpdateSkuRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UpdateSkuBody) : fail(issues);
}

/**
 * Checks a request body of `client.assets.upload` (Upload Asset); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UploadAssetBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUploadAssetBody(value: unknown): ValidationResult<UploadAssetBody> {
  const issues: ValidationIssue[] = [];
  checkUploadAssetRequest(value, "", issues);
  return issues.length === 0 ? ok(value as UploadAssetBody) : fail(issues);
}

/**
 * Checks a request body of `client.customCode.upsertForPage` (Add/Update Page Custom Code); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpsertPageCustomCodeBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpsertPageCustomCodeBody(
  value: unknown,
): ValidationResult<UpsertPageCustomCodeBody> {
  const issues: ValidationIssue[] = [];
  checkCustomCode(value, "", issues);
  return issues.length === 0 ? ok(value as UpsertPageCustomCodeBody) : fail(issues);
}

/**
 * Checks a request body of `client.customCode.upsertForSite` (Add/Update Site Custom Code); the client runs it before sending.
 * @returns `{ ok: true, value }` typed as {@link UpsertSiteCustomCodeBody}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export function validateUpsertSiteCustomCodeBody(
  value: unknown,
): ValidationResult<UpsertSiteCustomCodeBody> {
  const issues: ValidationIssue[] = [];
  checkCustomCode(value, "", issues);
  return issues.length === 0 ? ok(value as UpsertSiteCustomCodeBody) : fail(issues);
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `Asset.folderId`, `AssetUpload.parentFolder`, `FormSubmission.localeId`, `FormSubmissionEventPayload.localeId`.
 */
function checkFolderIdShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    checkObjectId(value, path, variantIssues2);
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    if (variantIssues3.length === 0) matches1++;
  }
  if (matches1 === 0) {
    issues.push(issue(path, "ObjectId or any value or null", value));
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `Authorization.authorizedTo.siteIds`, `Authorization.authorizedTo.workspaceIds`, `Authorization.authorizedTo.userIds`, `BulkCollectionItem.cmsLocaleIds` and 10 more places.
 */
function checkSiteIdsShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      if (typeof item2 !== "string") {
        issues.push(issue(pointerJoin(path, i1), "string", item2));
      }
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `BatchDeleteCustomFontsRequest.items`, `BatchDeleteCustomFontsResponse.deleted`.
 */
function checkItemsShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkCustomFontReference(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CollectionItemBatch.items`, `CollectionItemList.items`.
 */
function checkItemsShape2(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkCollectionItem(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CommentCreatedEventPayload.mentionedUsers`, `CommentThread.mentionedUsers`.
 */
function checkMentionedUsersShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkCommentThreadUser(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `ComponentContent.nodes`, `PageContent.nodes`.
 */
function checkNodesShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkDomNode(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `ComponentInstanceNode.propertyOverrides`, `ComponentPropertyList.properties`.
 */
function checkPropertyOverridesShape(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkComponentProperty(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `ComponentInstanceNodeUpdate.propertyOverrides`, `UpdateComponentPropertiesRequest.properties`.
 */
function checkPropertyOverridesShape2(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkComponentPropertyUpdate(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CreateCustomFontRequest.axes`, `CustomFont.axes`, `ReplaceCustomFontFileRequest.axes`.
 */
function checkAxesShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkCustomFontAxis(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CreateProductRequest.product`, `ProductInput/1`.
 */
function checkProductShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fieldData")) {
      const v1: unknown = value.fieldData;
      checkProductFieldDataInput(v1, pointerJoin(path, "fieldData"), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CreateProductRequest.sku`, `SkuInput/1`.
 */
function checkSkuShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  } else {
    if (hasOwn(value, "fieldData")) {
      const v1: unknown = value.fieldData;
      checkSkuFieldDataInput(v1, pointerJoin(path, "fieldData"), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CreatedField.metadata`, `Field.validations`, `Form.fields`, `FormSubmission.formResponse` and 6 more places.
 */
function checkMetadataShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue(path, "object", value));
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CustomCode.scripts`, `CustomCodeBlock.scripts`.
 */
function checkScriptsShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkAppliedScript(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `CustomDomainList.customDomains`, `PublishSiteResponse.customDomains`, `Site.customDomains`.
 */
function checkCustomDomainsShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkDomain(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `ProductAndSkus.skus`, `SkuList.skus`.
 */
function checkSkusShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkSku(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `ProductFieldData.sku-properties`, `SkuFieldData.sku-properties`.
 */
function checkSkuPropertiesShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkSkuProperty(item2, pointerJoin(path, i1), issues);
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `PublishItemsRequest/0.itemIds`, `PublishSiteRequest/0.customDomains`.
 */
function checkItemIdsShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      if (typeof item2 !== "string") {
        issues.push(issue(pointerJoin(path, i1), "string", item2));
      } else {
        if (!PATTERN_1.test(item2)) {
          issues.push(issue(pointerJoin(path, i1), "string matching /^[0-9a-f]{24}$/", item2));
        }
      }
    }
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `PublishSiteResponse.publishScope`, `SitePublishEvent.payload.publishScope`.
 */
function checkPublishScopeShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  let matches1 = 0;
  {
    const variantIssues2: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues2.push(issue(path, "string", value));
    } else {
      if (value !== "site" && value !== "page") {
        variantIssues2.push(issue(path, 'one of "site", "page"', value));
      }
    }
    if (variantIssues2.length === 0) matches1++;
  }
  {
    const variantIssues3: ValidationIssue[] = [];
    if (typeof value !== "string") {
      variantIssues3.push(issue(path, "string", value));
    }
    if (variantIssues3.length === 0) matches1++;
  }
  if (matches1 === 0) {
    issues.push(issue(path, "string or string", value));
  }
}

/**
 * Appends to `issues` every way `value` does not have the shape shared by `SelectNode.choices`, `SelectNodeUpdate.choices`.
 */
function checkChoicesShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(issue(path, "array", value));
  } else {
    for (let i1 = 0; i1 < value.length; i1++) {
      const item2: unknown = value[i1];
      checkSelectChoice(item2, pointerJoin(path, i1), issues);
    }
  }
}
