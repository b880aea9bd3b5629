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
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_UNION,
  EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME,
  EXPLAIN_ARRAY_ENUM_OBJECT,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
  EXPLAIN_ARRAY_ENUM_OBJECT_UNION,
  EXPLAIN_ARRAY_OBJECT,
  EXPLAIN_ARRAY_OBJECT_STRING,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
  EXPLAIN_ENUM,
  EXPLAIN_OBJECT,
} from "./explainers.js";
import type { components, operations } from "./schema.js";
import { isPagination, paginationSchema } from "./shared.js";

const PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

const TAX_CATEGORY_VALUES = /* @__PURE__ */ new Set<unknown>([
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

/**
 * Body of POST /sites/{site_id}/products: the product and its first (default) SKU. Further SKUs are added with createSkus.
 */
export type CreateProductRequest = components["schemas"]["CreateProductRequest"];

/**
 * Whether `value` is a {@link CreateProductRequest}; the fast check {@link validateCreateProductRequest} runs before explaining a failure.
 */
export function isCreateProductRequest(value: unknown): value is CreateProductRequest {
  return (
    $.isPlainObject(value) &&
    (value.publishStatus === undefined || isPublishStatus(value.publishStatus)) &&
    isCreateProductRequest_product(value.product) &&
    isCreateProductRequest_sku(value.sku)
  );
}

function isCreateProductRequest_product(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.fieldData === undefined || isProductFieldDataInput(value.fieldData))
  );
}

function isCreateProductRequest_sku(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.fieldData === undefined || isSkuFieldDataInput(value.fieldData))
  );
}

/**
 * The CreateProductRequest schema as data: what {@link validateCreateProductRequest} walks to say why a value failed.
 */
export const createProductRequestSchema: SchemaPlan = {
  kind: "object",
  title: "CreateProductRequest",
  properties: {
    publishStatus: () => publishStatusSchema,
    product: { kind: "object", properties: { fieldData: () => productFieldDataInputSchema } },
    sku: { kind: "object", properties: { fieldData: () => skuFieldDataInputSchema } },
  },
  required: ["product", "sku"],
};

/**
 * Checks that `value` is a {@link CreateProductRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateProductRequest: Validator<CreateProductRequest> =
  /* @__PURE__ */ $.validator(
    isCreateProductRequest,
    createProductRequestSchema,
    EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION,
  );

/**
 * Body of POST /sites/{site_id}/products/{product_id}/skus.
 */
export type CreateSkusRequest = components["schemas"]["CreateSkusRequest"];

/**
 * Whether `value` is a {@link CreateSkusRequest}; the fast check {@link validateCreateSkusRequest} runs before explaining a failure.
 */
export function isCreateSkusRequest(value: unknown): value is CreateSkusRequest {
  return (
    $.isPlainObject(value) &&
    (value.publishStatus === undefined || isPublishStatus(value.publishStatus)) &&
    isCreateSkusRequest_skus(value.skus)
  );
}

function isCreateSkusRequest_skus(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSkuInput);
}

/**
 * The CreateSkusRequest schema as data: what {@link validateCreateSkusRequest} walks to say why a value failed.
 */
export const createSkusRequestSchema: SchemaPlan = {
  kind: "object",
  title: "CreateSkusRequest",
  properties: {
    publishStatus: () => publishStatusSchema,
    skus: { kind: "array", items: () => skuInputSchema },
  },
  required: ["skus"],
};

/**
 * Checks that `value` is a {@link CreateSkusRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateSkusRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateSkusRequest: Validator<CreateSkusRequest> = /* @__PURE__ */ $.validator(
  isCreateSkusRequest,
  createSkusRequestSchema,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
);

/**
 * An ecommerce product: an item of the site's Products collection. Its variants (SKUs) are separate items (see Sku). Every field may be absent.
 */
export type Product = components["schemas"]["Product"];

/**
 * Whether `value` is a {@link Product}; the fast check {@link validateProduct} runs before explaining a failure.
 */
export function isProduct(value: unknown): value is Product {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") &&
    (value.lastPublished === undefined ||
      value.lastPublished === null ||
      (typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated))) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.isArchived === undefined || typeof value.isArchived === "boolean") &&
    (value.isDraft === undefined || typeof value.isDraft === "boolean") &&
    (value.fieldData === undefined || isProductFieldData(value.fieldData))
  );
}

/**
 * The Product schema as data: what {@link validateProduct} walks to say why a value failed.
 */
export const productSchema: SchemaPlan = {
  kind: "object",
  title: "Product",
  properties: {
    id: { kind: "string" },
    cmsLocaleId: { kind: "string" },
    lastPublished: { kind: "string", nullable: true, format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
    createdOn: { kind: "string", format: "date-time" },
    isArchived: { kind: "boolean" },
    isDraft: { kind: "boolean" },
    fieldData: () => productFieldDataSchema,
  },
};

/**
 * Checks that `value` is a {@link Product}.
 * @returns `{ ok: true, value }` typed as {@link Product}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProduct: Validator<Product> = /* @__PURE__ */ $.validator(
  isProduct,
  productSchema,
  EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME,
);

/**
 * A product together with its SKUs.
 */
export type ProductAndSkus = components["schemas"]["ProductAndSkus"];

/**
 * Whether `value` is a {@link ProductAndSkus}; the fast check {@link validateProductAndSkus} runs before explaining a failure.
 */
export function isProductAndSkus(value: unknown): value is ProductAndSkus {
  return (
    $.isPlainObject(value) &&
    (value.product === undefined || isProduct(value.product)) &&
    (value.skus === undefined || isProductAndSkus_skus(value.skus))
  );
}

function isProductAndSkus_skus(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSku);
}

/**
 * The ProductAndSkus schema as data: what {@link validateProductAndSkus} walks to say why a value failed.
 */
export const productAndSkusSchema: SchemaPlan = {
  kind: "object",
  title: "ProductAndSkus",
  properties: { product: () => productSchema, skus: { kind: "array", items: () => skuSchema } },
};

/**
 * Checks that `value` is a {@link ProductAndSkus}.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductAndSkus: Validator<ProductAndSkus> = /* @__PURE__ */ $.validator(
  isProductAndSkus,
  productAndSkusSchema,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
);

/**
 * Response of GET /sites/{site_id}/products, one page of products with their SKUs.
 */
export type ProductAndSkusList = components["schemas"]["ProductAndSkusList"];

/**
 * Whether `value` is a {@link ProductAndSkusList}; the fast check {@link validateProductAndSkusList} runs before explaining a failure.
 */
export function isProductAndSkusList(value: unknown): value is ProductAndSkusList {
  return (
    $.isPlainObject(value) &&
    (value.items === undefined || isProductAndSkusList_items(value.items)) &&
    (value.pagination === undefined || isPagination(value.pagination))
  );
}

function isProductAndSkusList_items(value: unknown): boolean {
  return Array.isArray(value) && value.every(isProductAndSkus);
}

/**
 * The ProductAndSkusList schema as data: what {@link validateProductAndSkusList} walks to say why a value failed.
 */
export const productAndSkusListSchema: SchemaPlan = {
  kind: "object",
  title: "ProductAndSkusList",
  properties: {
    items: { kind: "array", items: () => productAndSkusSchema },
    pagination: () => paginationSchema,
  },
};

/**
 * Checks that `value` is a {@link ProductAndSkusList}.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkusList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductAndSkusList: Validator<ProductAndSkusList> =
  /* @__PURE__ */ $.validator(
    isProductAndSkusList,
    productAndSkusListSchema,
    EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME,
  );

/**
 * The field values of a product, keyed by field slug. Custom fields added to the site's Products collection appear here too, under their own slugs.
 */
export type ProductFieldData = components["schemas"]["ProductFieldData"];

/**
 * Whether `value` is a {@link ProductFieldData}; the fast check {@link validateProductFieldData} runs before explaining a failure.
 */
export function isProductFieldData(value: unknown): value is ProductFieldData {
  return (
    $.isPlainObject(value) &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.slug === undefined || typeof value.slug === "string") &&
    (value.description === undefined || typeof value.description === "string") &&
    (value.shippable === undefined || typeof value.shippable === "boolean") &&
    (value["sku-properties"] === undefined ||
      isProductFieldData_skuProperties(value["sku-properties"])) &&
    (value.category === undefined || isProductFieldData_category(value.category)) &&
    (value["tax-category"] === undefined || typeof value["tax-category"] === "string") &&
    (value["default-sku"] === undefined ||
      (typeof value["default-sku"] === "string" &&
        PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN.test(value["default-sku"]))) &&
    (value["ec-product-type"] === undefined || typeof value["ec-product-type"] === "string")
  );
}

function isProductFieldData_skuProperties(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSkuProperty);
}

function isProductFieldData_category_item(value: unknown): boolean {
  return typeof value === "string";
}

function isProductFieldData_category(value: unknown): boolean {
  return Array.isArray(value) && value.every(isProductFieldData_category_item);
}

/**
 * The ProductFieldData schema as data: what {@link validateProductFieldData} walks to say why a value failed.
 */
export const productFieldDataSchema: SchemaPlan = {
  kind: "object",
  title: "ProductFieldData",
  properties: {
    name: { kind: "string" },
    slug: { kind: "string" },
    description: { kind: "string" },
    shippable: { kind: "boolean" },
    "sku-properties": { kind: "array", items: () => skuPropertySchema },
    category: { kind: "array", items: { kind: "string" } },
    "tax-category": { kind: "string" },
    "default-sku": { kind: "string", pattern: PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN },
    "ec-product-type": { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link ProductFieldData}.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductFieldData: Validator<ProductFieldData> = /* @__PURE__ */ $.validator(
  isProductFieldData,
  productFieldDataSchema,
  EXPLAIN_ARRAY_OBJECT_STRING,
);

/**
 * The field values of a product as sent in a request: ProductFieldData with `tax-category` and `ec-product-type` limited to the documented values.
 */
export type ProductFieldDataInput = components["schemas"]["ProductFieldDataInput"];

/**
 * Whether `value` is a {@link ProductFieldDataInput}; the fast check {@link validateProductFieldDataInput} runs before explaining a failure.
 */
export function isProductFieldDataInput(value: unknown): value is ProductFieldDataInput {
  return (
    $.isPlainObject(value) &&
    (value["tax-category"] === undefined || isTaxCategory(value["tax-category"])) &&
    (value["ec-product-type"] === undefined || isProductType(value["ec-product-type"])) &&
    isProductFieldData(value)
  );
}

/**
 * The ProductFieldDataInput schema as data: what {@link validateProductFieldDataInput} walks to say why a value failed.
 */
export const productFieldDataInputSchema: SchemaPlan = {
  kind: "allOf",
  title: "ProductFieldDataInput",
  of: [
    () => productFieldDataSchema,
    {
      kind: "object",
      properties: {
        "tax-category": () => taxCategorySchema,
        "ec-product-type": () => productTypeSchema,
      },
    },
  ],
};

/**
 * Checks that `value` is a {@link ProductFieldDataInput}.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductFieldDataInput: Validator<ProductFieldDataInput> =
  /* @__PURE__ */ $.validator(
    isProductFieldDataInput,
    productFieldDataInputSchema,
    EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING,
  );

/**
 * A product as sent in a request body: Product with its `fieldData` as ProductFieldDataInput.
 */
export type ProductInput = components["schemas"]["ProductInput"];

/**
 * Whether `value` is a {@link ProductInput}; the fast check {@link validateProductInput} runs before explaining a failure.
 */
export function isProductInput(value: unknown): value is ProductInput {
  return (
    $.isPlainObject(value) &&
    (value.fieldData === undefined || isProductFieldDataInput(value.fieldData)) &&
    isProduct(value)
  );
}

/**
 * The ProductInput schema as data: what {@link validateProductInput} walks to say why a value failed.
 */
export const productInputSchema: SchemaPlan = {
  kind: "allOf",
  title: "ProductInput",
  of: [
    () => productSchema,
    { kind: "object", properties: { fieldData: () => productFieldDataInputSchema } },
  ],
};

/**
 * Checks that `value` is a {@link ProductInput}.
 * @returns `{ ok: true, value }` typed as {@link ProductInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductInput: Validator<ProductInput> = /* @__PURE__ */ $.validator(
  isProductInput,
  productInputSchema,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_DATE_TIME,
);

/**
 * The documented product types, identified by fixed IDs: `ff42fee0113744f693a764e3431a9cc2` physical, `f22027db68002190aef89a4a2b7ac8a1` digital, `c599e43b1a1c34d5a323aedf75d3adf6` service, `b6ccc1830db4b1babeb06a9ac5f6dd76` advanced.
 */
export type ProductType = components["schemas"]["ProductType"];

/**
 * Whether `value` is a {@link ProductType}; the fast check {@link validateProductType} runs before explaining a failure.
 */
export function isProductType(value: unknown): value is ProductType {
  return (
    typeof value === "string" &&
    (value === "ff42fee0113744f693a764e3431a9cc2" ||
      value === "f22027db68002190aef89a4a2b7ac8a1" ||
      value === "c599e43b1a1c34d5a323aedf75d3adf6" ||
      value === "b6ccc1830db4b1babeb06a9ac5f6dd76")
  );
}

/**
 * The ProductType schema as data: what {@link validateProductType} walks to say why a value failed.
 */
export const productTypeSchema: SchemaPlan = {
  kind: "string",
  title: "ProductType",
  enum: [
    "ff42fee0113744f693a764e3431a9cc2",
    "f22027db68002190aef89a4a2b7ac8a1",
    "c599e43b1a1c34d5a323aedf75d3adf6",
    "b6ccc1830db4b1babeb06a9ac5f6dd76",
  ],
};

/**
 * Checks that `value` is a {@link ProductType}.
 * @returns `{ ok: true, value }` typed as {@link ProductType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductType: Validator<ProductType> = /* @__PURE__ */ $.validator(
  isProductType,
  productTypeSchema,
  EXPLAIN_ENUM,
);

/**
 * Whether a product or SKU write goes to the staged site (`staging`) or is also published live (`live`).
 */
export type PublishStatus = components["schemas"]["PublishStatus"];

/**
 * Whether `value` is a {@link PublishStatus}; the fast check {@link validatePublishStatus} runs before explaining a failure.
 */
export function isPublishStatus(value: unknown): value is PublishStatus {
  return typeof value === "string" && (value === "staging" || value === "live");
}

/**
 * The PublishStatus schema as data: what {@link validatePublishStatus} walks to say why a value failed.
 */
export const publishStatusSchema: SchemaPlan = {
  kind: "string",
  title: "PublishStatus",
  enum: ["staging", "live"],
};

/**
 * Checks that `value` is a {@link PublishStatus}.
 * @returns `{ ok: true, value }` typed as {@link PublishStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePublishStatus: Validator<PublishStatus> = /* @__PURE__ */ $.validator(
  isPublishStatus,
  publishStatusSchema,
  EXPLAIN_ENUM,
);

/**
 * A SKU: one purchasable variant of a product, an item of the site's SKUs collection.
 */
export type Sku = components["schemas"]["Sku"];

/**
 * Whether `value` is a {@link Sku}; the fast check {@link validateSku} runs before explaining a failure.
 */
export function isSku(value: unknown): value is Sku {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined ||
      (typeof value.id === "string" && PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN.test(value.id))) &&
    (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") &&
    (value.lastPublished === undefined ||
      value.lastPublished === null ||
      (typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished))) &&
    (value.lastUpdated === undefined ||
      (typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated))) &&
    (value.createdOn === undefined ||
      (typeof value.createdOn === "string" && $.isDateTime(value.createdOn))) &&
    (value.fieldData === undefined || isSkuFieldData(value.fieldData))
  );
}

/**
 * The Sku schema as data: what {@link validateSku} walks to say why a value failed.
 */
export const skuSchema: SchemaPlan = {
  kind: "object",
  title: "Sku",
  properties: {
    id: { kind: "string", pattern: PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN },
    cmsLocaleId: { kind: "string" },
    lastPublished: { kind: "string", nullable: true, format: "date-time" },
    lastUpdated: { kind: "string", format: "date-time" },
    createdOn: { kind: "string", format: "date-time" },
    fieldData: () => skuFieldDataSchema,
  },
};

/**
 * Checks that `value` is a {@link Sku}.
 * @returns `{ ok: true, value }` typed as {@link Sku}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSku: Validator<Sku> = /* @__PURE__ */ $.validator(
  isSku,
  skuSchema,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
);

/**
 * How a SKU is billed, `one-time` or `subscription`.
 */
export type SkuBillingMethod = components["schemas"]["SkuBillingMethod"];

/**
 * Whether `value` is a {@link SkuBillingMethod}; the fast check {@link validateSkuBillingMethod} runs before explaining a failure.
 */
export function isSkuBillingMethod(value: unknown): value is SkuBillingMethod {
  return typeof value === "string" && (value === "one-time" || value === "subscription");
}

/**
 * The SkuBillingMethod schema as data: what {@link validateSkuBillingMethod} walks to say why a value failed.
 */
export const skuBillingMethodSchema: SchemaPlan = {
  kind: "string",
  title: "SkuBillingMethod",
  enum: ["one-time", "subscription"],
};

/**
 * Checks that `value` is a {@link SkuBillingMethod}.
 * @returns `{ ok: true, value }` typed as {@link SkuBillingMethod}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuBillingMethod: Validator<SkuBillingMethod> = /* @__PURE__ */ $.validator(
  isSkuBillingMethod,
  skuBillingMethodSchema,
  EXPLAIN_ENUM,
);

/**
 * The field values of a SKU, keyed by field slug. Custom fields added to the site's SKUs collection appear here too.
 */
export type SkuFieldData = components["schemas"]["SkuFieldData"];

/**
 * Whether `value` is a {@link SkuFieldData}; the fast check {@link validateSkuFieldData} runs before explaining a failure.
 */
export function isSkuFieldData(value: unknown): value is SkuFieldData {
  return (
    $.isPlainObject(value) &&
    (value["sku-values"] === undefined || isSkuFieldData_skuValues(value["sku-values"])) &&
    typeof value.name === "string" &&
    typeof value.slug === "string" &&
    isSkuPrice(value.price) &&
    (value["compare-at-price"] === undefined || isSkuPrice(value["compare-at-price"])) &&
    (value["ec-sku-billing-method"] === undefined ||
      typeof value["ec-sku-billing-method"] === "string") &&
    (value["ec-sku-subscription-plan"] === undefined ||
      isSkuSubscriptionPlan(value["ec-sku-subscription-plan"])) &&
    (value["main-image"] === undefined || isSkuFieldData_mainImage(value["main-image"])) &&
    (value.sku === undefined || typeof value.sku === "string") &&
    (value["sku-properties"] === undefined || isSkuFieldData_skuProperties(value["sku-properties"]))
  );
}

function isSkuFieldData_skuValues(value: unknown): boolean {
  return $.isPlainObject(value);
}

function isSkuFieldData_mainImage(value: unknown): boolean {
  return (
    typeof value === "string" ||
    ($.isPlainObject(value) &&
      (value.fileId === undefined || typeof value.fileId === "string") &&
      (value.url === undefined || typeof value.url === "string") &&
      (value.alt === undefined || value.alt === null || typeof value.alt === "string"))
  );
}

function isSkuFieldData_skuProperties(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSkuProperty);
}

/**
 * The SkuFieldData schema as data: what {@link validateSkuFieldData} walks to say why a value failed.
 */
export const skuFieldDataSchema: SchemaPlan = {
  kind: "object",
  title: "SkuFieldData",
  properties: {
    "sku-values": { kind: "object" },
    name: { kind: "string" },
    slug: { kind: "string" },
    price: () => skuPriceSchema,
    "compare-at-price": () => skuPriceSchema,
    "ec-sku-billing-method": { kind: "string" },
    "ec-sku-subscription-plan": () => skuSubscriptionPlanSchema,
    "main-image": {
      kind: "anyOf",
      of: [
        { kind: "string" },
        {
          kind: "object",
          properties: {
            fileId: { kind: "string" },
            url: { kind: "string" },
            alt: { kind: "string", nullable: true },
          },
        },
      ],
    },
    sku: { kind: "string" },
    "sku-properties": { kind: "array", items: () => skuPropertySchema },
  },
  required: ["name", "slug", "price"],
};

/**
 * Checks that `value` is a {@link SkuFieldData}.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuFieldData: Validator<SkuFieldData> = /* @__PURE__ */ $.validator(
  isSkuFieldData,
  skuFieldDataSchema,
  EXPLAIN_ARRAY_ENUM_OBJECT_UNION,
);

/**
 * The field values of a SKU as sent in a request: SkuFieldData with `ec-sku-billing-method` limited to the documented values and `main-image` given as a URL.
 */
export type SkuFieldDataInput = components["schemas"]["SkuFieldDataInput"];

/**
 * Whether `value` is a {@link SkuFieldDataInput}; the fast check {@link validateSkuFieldDataInput} runs before explaining a failure.
 */
export function isSkuFieldDataInput(value: unknown): value is SkuFieldDataInput {
  return (
    $.isPlainObject(value) &&
    (value["ec-sku-billing-method"] === undefined ||
      isSkuBillingMethod(value["ec-sku-billing-method"])) &&
    (value["main-image"] === undefined || typeof value["main-image"] === "string") &&
    isSkuFieldData(value)
  );
}

/**
 * The SkuFieldDataInput schema as data: what {@link validateSkuFieldDataInput} walks to say why a value failed.
 */
export const skuFieldDataInputSchema: SchemaPlan = {
  kind: "allOf",
  title: "SkuFieldDataInput",
  of: [
    () => skuFieldDataSchema,
    {
      kind: "object",
      properties: {
        "ec-sku-billing-method": () => skuBillingMethodSchema,
        "main-image": { kind: "string" },
      },
    },
  ],
};

/**
 * Checks that `value` is a {@link SkuFieldDataInput}.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuFieldDataInput: Validator<SkuFieldDataInput> = /* @__PURE__ */ $.validator(
  isSkuFieldDataInput,
  skuFieldDataInputSchema,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_UNION,
);

/**
 * A SKU as sent in a request body: Sku with its `fieldData` as SkuFieldDataInput.
 */
export type SkuInput = components["schemas"]["SkuInput"];

/**
 * Whether `value` is a {@link SkuInput}; the fast check {@link validateSkuInput} runs before explaining a failure.
 */
export function isSkuInput(value: unknown): value is SkuInput {
  return (
    $.isPlainObject(value) &&
    (value.fieldData === undefined || isSkuFieldDataInput(value.fieldData)) &&
    isSku(value)
  );
}

/**
 * The SkuInput schema as data: what {@link validateSkuInput} walks to say why a value failed.
 */
export const skuInputSchema: SchemaPlan = {
  kind: "allOf",
  title: "SkuInput",
  of: [
    () => skuSchema,
    { kind: "object", properties: { fieldData: () => skuFieldDataInputSchema } },
  ],
};

/**
 * Checks that `value` is a {@link SkuInput}.
 * @returns `{ ok: true, value }` typed as {@link SkuInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuInput: Validator<SkuInput> = /* @__PURE__ */ $.validator(
  isSkuInput,
  skuInputSchema,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
);

/**
 * Response of POST /sites/{site_id}/products/{product_id}/skus, the SKUs created.
 */
export type SkuList = components["schemas"]["SkuList"];

/**
 * Whether `value` is a {@link SkuList}; the fast check {@link validateSkuList} runs before explaining a failure.
 */
export function isSkuList(value: unknown): value is SkuList {
  return $.isPlainObject(value) && isSkuList_skus(value.skus);
}

function isSkuList_skus(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSku);
}

/**
 * The SkuList schema as data: what {@link validateSkuList} walks to say why a value failed.
 */
export const skuListSchema: SchemaPlan = {
  kind: "object",
  title: "SkuList",
  properties: { skus: { kind: "array", items: () => skuSchema } },
  required: ["skus"],
};

/**
 * Checks that `value` is a {@link SkuList}.
 * @returns `{ ok: true, value }` typed as {@link SkuList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuList: Validator<SkuList> = /* @__PURE__ */ $.validator(
  isSkuList,
  skuListSchema,
  EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
);

/**
 * A price of a SKU: an amount in the smallest unit of the currency (for example cents) and its currency code.
 */
export type SkuPrice = components["schemas"]["SkuPrice"];

/**
 * Whether `value` is a {@link SkuPrice}; the fast check {@link validateSkuPrice} runs before explaining a failure.
 */
export function isSkuPrice(value: unknown): value is SkuPrice {
  return (
    $.isPlainObject(value) &&
    (value.value === undefined ||
      (typeof value.value === "number" && Number.isFinite(value.value))) &&
    (value.unit === undefined || typeof value.unit === "string") &&
    (value.currency === undefined || typeof value.currency === "string")
  );
}

/**
 * The SkuPrice schema as data: what {@link validateSkuPrice} walks to say why a value failed.
 */
export const skuPriceSchema: SchemaPlan = {
  kind: "object",
  title: "SkuPrice",
  properties: { value: { kind: "number" }, unit: { kind: "string" }, currency: { kind: "string" } },
};

/**
 * Checks that `value` is a {@link SkuPrice}.
 * @returns `{ ok: true, value }` typed as {@link SkuPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuPrice: Validator<SkuPrice> = /* @__PURE__ */ $.validator(
  isSkuPrice,
  skuPriceSchema,
  EXPLAIN_OBJECT,
);

/**
 * A variant option of a product (for example Color) and its possible values.
 */
export type SkuProperty = components["schemas"]["SkuProperty"];

/**
 * Whether `value` is a {@link SkuProperty}; the fast check {@link validateSkuProperty} runs before explaining a failure.
 */
export function isSkuProperty(value: unknown): value is SkuProperty {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    typeof value.name === "string" &&
    isSkuProperty_enum_(value.enum)
  );
}

function isSkuProperty_enum__item(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    typeof value.id === "string" &&
    typeof value.name === "string" &&
    typeof value.slug === "string"
  );
}

function isSkuProperty_enum_(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSkuProperty_enum__item);
}

/**
 * The SkuProperty schema as data: what {@link validateSkuProperty} walks to say why a value failed.
 */
export const skuPropertySchema: SchemaPlan = {
  kind: "object",
  title: "SkuProperty",
  properties: {
    id: { kind: "string" },
    name: { kind: "string" },
    enum: {
      kind: "array",
      items: {
        kind: "object",
        properties: { id: { kind: "string" }, name: { kind: "string" }, slug: { kind: "string" } },
        required: ["id", "name", "slug"],
      },
    },
  },
  required: ["id", "name", "enum"],
};

/**
 * Checks that `value` is a {@link SkuProperty}.
 * @returns `{ ok: true, value }` typed as {@link SkuProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuProperty: Validator<SkuProperty> = /* @__PURE__ */ $.validator(
  isSkuProperty,
  skuPropertySchema,
  EXPLAIN_ARRAY_OBJECT,
);

/**
 * The subscription plan of a SKU billed as a subscription.
 */
export type SkuSubscriptionPlan = components["schemas"]["SkuSubscriptionPlan"];

/**
 * Whether `value` is a {@link SkuSubscriptionPlan}; the fast check {@link validateSkuSubscriptionPlan} runs before explaining a failure.
 */
export function isSkuSubscriptionPlan(value: unknown): value is SkuSubscriptionPlan {
  return (
    $.isPlainObject(value) &&
    (value.interval === undefined ||
      (typeof value.interval === "string" &&
        (value.interval === "day" ||
          value.interval === "week" ||
          value.interval === "month" ||
          value.interval === "year"))) &&
    (value.frequency === undefined ||
      (typeof value.frequency === "number" && Number.isFinite(value.frequency))) &&
    (value.trial === undefined ||
      (typeof value.trial === "number" && Number.isFinite(value.trial))) &&
    (value.plans === undefined || isSkuSubscriptionPlan_plans(value.plans))
  );
}

function isSkuSubscriptionPlan_plans_item(value: unknown): boolean {
  return (
    $.isPlainObject(value) &&
    (value.platform === undefined || typeof value.platform === "string") &&
    (value.id === undefined || typeof value.id === "string") &&
    (value.status === undefined || typeof value.status === "string")
  );
}

function isSkuSubscriptionPlan_plans(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSkuSubscriptionPlan_plans_item);
}

/**
 * The SkuSubscriptionPlan schema as data: what {@link validateSkuSubscriptionPlan} walks to say why a value failed.
 */
export const skuSubscriptionPlanSchema: SchemaPlan = {
  kind: "object",
  title: "SkuSubscriptionPlan",
  properties: {
    interval: { kind: "string", enum: ["day", "week", "month", "year"] },
    frequency: { kind: "number" },
    trial: { kind: "number" },
    plans: {
      kind: "array",
      items: {
        kind: "object",
        properties: {
          platform: { kind: "string" },
          id: { kind: "string" },
          status: { kind: "string" },
        },
      },
    },
  },
};

/**
 * Checks that `value` is a {@link SkuSubscriptionPlan}.
 * @returns `{ ok: true, value }` typed as {@link SkuSubscriptionPlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuSubscriptionPlan: Validator<SkuSubscriptionPlan> =
  /* @__PURE__ */ $.validator(
    isSkuSubscriptionPlan,
    skuSubscriptionPlanSchema,
    EXPLAIN_ARRAY_ENUM_OBJECT,
  );

/**
 * The documented tax categories of a product.
 */
export type TaxCategory = components["schemas"]["TaxCategory"];

/**
 * Whether `value` is a {@link TaxCategory}; the fast check {@link validateTaxCategory} runs before explaining a failure.
 */
export function isTaxCategory(value: unknown): value is TaxCategory {
  return typeof value === "string" && TAX_CATEGORY_VALUES.has(value);
}

/**
 * The TaxCategory schema as data: what {@link validateTaxCategory} walks to say why a value failed.
 */
export const taxCategorySchema: SchemaPlan = {
  kind: "string",
  title: "TaxCategory",
  enum: [
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
  ],
};

/**
 * Checks that `value` is a {@link TaxCategory}.
 * @returns `{ ok: true, value }` typed as {@link TaxCategory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateTaxCategory: Validator<TaxCategory> = /* @__PURE__ */ $.validator(
  isTaxCategory,
  taxCategorySchema,
  EXPLAIN_ENUM,
);

/**
 * Body of PATCH /sites/{site_id}/products/{product_id}: the product fields to change and, optionally, changes to its default SKU.
 */
export type UpdateProductRequest = components["schemas"]["UpdateProductRequest"];

/**
 * Whether `value` is a {@link UpdateProductRequest}; the fast check {@link validateUpdateProductRequest} runs before explaining a failure.
 */
export function isUpdateProductRequest(value: unknown): value is UpdateProductRequest {
  return (
    $.isPlainObject(value) &&
    (value.publishStatus === undefined || isPublishStatus(value.publishStatus)) &&
    (value.product === undefined || isProductInput(value.product)) &&
    (value.sku === undefined || isSkuInput(value.sku))
  );
}

/**
 * The UpdateProductRequest schema as data: what {@link validateUpdateProductRequest} walks to say why a value failed.
 */
export const updateProductRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateProductRequest",
  properties: {
    publishStatus: () => publishStatusSchema,
    product: () => productInputSchema,
    sku: () => skuInputSchema,
  },
};

/**
 * Checks that `value` is a {@link UpdateProductRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateProductRequest: Validator<UpdateProductRequest> =
  /* @__PURE__ */ $.validator(
    isUpdateProductRequest,
    updateProductRequestSchema,
    EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
  );

/**
 * Body of PATCH /sites/{site_id}/products/{product_id}/skus/{sku_id}.
 */
export type UpdateSkuRequest = components["schemas"]["UpdateSkuRequest"];

/**
 * Whether `value` is a {@link UpdateSkuRequest}; the fast check {@link validateUpdateSkuRequest} runs before explaining a failure.
 */
export function isUpdateSkuRequest(value: unknown): value is UpdateSkuRequest {
  return (
    $.isPlainObject(value) &&
    (value.publishStatus === undefined || isPublishStatus(value.publishStatus)) &&
    isSkuInput(value.sku)
  );
}

/**
 * The UpdateSkuRequest schema as data: what {@link validateUpdateSkuRequest} walks to say why a value failed.
 */
export const updateSkuRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateSkuRequest",
  properties: { publishStatus: () => publishStatusSchema, sku: () => skuInputSchema },
  required: ["sku"],
};

/**
 * Checks that `value` is a {@link UpdateSkuRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateSkuRequest: Validator<UpdateSkuRequest> = /* @__PURE__ */ $.validator(
  isUpdateSkuRequest,
  updateSkuRequestSchema,
  EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME,
);

/**
 * Parameters of `client.products.create`.
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
 * Request body of `client.products.create`.
 *
 * The product and its default SKU.
 */
export type CreateProductBody = NonNullable<
  operations["createProduct"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.products.create` resolves to: the 200 response. The product and its SKU were created.
 */
export type CreateProductResult =
  operations["createProduct"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.products.create`.
 */
export const validateCreateProductResult: Validator<CreateProductResult> = validateProductAndSkus;

/**
 * Checks a request body of `client.products.create`; the client runs it before sending.
 */
export const validateCreateProductBody: Validator<CreateProductBody> = validateCreateProductRequest;

/**
 * Create Product & SKU: {@link ProductsApi.create | client.products.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createProduct(
  core: HttpCore,
  params: CreateProductParams,
  options?: RequestOptions,
): ApiPromise<CreateProductResult> {
  return core.request<CreateProductResult>(
    {
      operationId: "createProduct",
      method: "POST",
      path: "/sites/{site_id}/products",
      pathParams: { site_id: params.site_id },
      body: params.body,
      validateBody: validateCreateProductBody,
      responseKind: "json",
      validate: validateCreateProductResult,
    },
    options,
  );
}

/**
 * Parameters of `client.products.createSkus`.
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
 * Request body of `client.products.createSkus`.
 *
 * The SKUs to create.
 */
export type CreateSkusBody = NonNullable<
  operations["createSkus"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.products.createSkus` resolves to: the 200 response. The SKUs were created.
 */
export type CreateSkusResult =
  operations["createSkus"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.products.createSkus`.
 */
export const validateCreateSkusResult: Validator<CreateSkusResult> = validateSkuList;

/**
 * Checks a request body of `client.products.createSkus`; the client runs it before sending.
 */
export const validateCreateSkusBody: Validator<CreateSkusBody> = validateCreateSkusRequest;

/**
 * Create SKUs: {@link ProductsApi.createSkus | client.products.createSkus} as a function of the core, so that a program importing only it bundles only it.
 */
export function createSkus(
  core: HttpCore,
  params: CreateSkusParams,
  options?: RequestOptions,
): ApiPromise<CreateSkusResult> {
  return core.request<CreateSkusResult>(
    {
      operationId: "createSkus",
      method: "POST",
      path: "/sites/{site_id}/products/{product_id}/skus",
      pathParams: { site_id: params.site_id, product_id: params.product_id },
      body: params.body,
      validateBody: validateCreateSkusBody,
      responseKind: "json",
      validate: validateCreateSkusResult,
    },
    options,
  );
}

/**
 * Parameters of `client.products.get`.
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
 * What `client.products.get` resolves to: the 200 response. The product and its SKUs.
 */
export type GetProductResult =
  operations["getProduct"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.products.get`.
 */
export const validateGetProductResult: Validator<GetProductResult> = validateProductAndSkus;

/**
 * Get Product and SKUs: {@link ProductsApi.get | client.products.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getProduct(
  core: HttpCore,
  params: GetProductParams,
  options?: RequestOptions,
): ApiPromise<GetProductResult> {
  return core.request<GetProductResult>(
    {
      operationId: "getProduct",
      method: "GET",
      path: "/sites/{site_id}/products/{product_id}",
      pathParams: { site_id: params.site_id, product_id: params.product_id },
      responseKind: "json",
      validate: validateGetProductResult,
    },
    options,
  );
}

/**
 * Parameters of `client.products.list`.
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
 * What `client.products.list` resolves to: the 200 response. One page of products with their SKUs.
 */
export type ListProductsResult =
  operations["listProducts"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.products.list`.
 */
export const validateListProductsResult: Validator<ListProductsResult> = validateProductAndSkusList;

/**
 * List Products & SKUs: {@link ProductsApi.list | client.products.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listProducts(
  core: HttpCore,
  params: ListProductsParams,
  options?: RequestOptions,
): ApiPromise<ListProductsResult> {
  return core.request<ListProductsResult>(
    {
      operationId: "listProducts",
      method: "GET",
      path: "/sites/{site_id}/products",
      pathParams: { site_id: params.site_id },
      query: { offset: params.offset, limit: params.limit },
      responseKind: "json",
      validate: validateListProductsResult,
    },
    options,
  );
}

/**
 * Parameters of `client.products.update`.
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
 * Request body of `client.products.update`.
 *
 * The product fields to change.
 */
export type UpdateProductBody = NonNullable<
  operations["updateProduct"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.products.update` resolves to: the 200 response. The updated product.
 */
export type UpdateProductResult =
  operations["updateProduct"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.products.update`.
 */
export const validateUpdateProductResult: Validator<UpdateProductResult> = validateProduct;

/**
 * Checks a request body of `client.products.update`; the client runs it before sending.
 */
export const validateUpdateProductBody: Validator<UpdateProductBody> = validateUpdateProductRequest;

/**
 * Update Product: {@link ProductsApi.update | client.products.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateProduct(
  core: HttpCore,
  params: UpdateProductParams,
  options?: RequestOptions,
): ApiPromise<UpdateProductResult> {
  return core.request<UpdateProductResult>(
    {
      operationId: "updateProduct",
      method: "PATCH",
      path: "/sites/{site_id}/products/{product_id}",
      pathParams: { site_id: params.site_id, product_id: params.product_id },
      body: params.body,
      validateBody: validateUpdateProductBody,
      responseKind: "json",
      validate: validateUpdateProductResult,
    },
    options,
  );
}

/**
 * Parameters of `client.products.updateSku`.
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
 * Request body of `client.products.updateSku`.
 *
 * The SKU fields to set.
 */
export type UpdateSkuBody = NonNullable<
  operations["updateSku"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.products.updateSku` resolves to: the 200 response. The updated SKU.
 */
export type UpdateSkuResult =
  operations["updateSku"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.products.updateSku`.
 */
export const validateUpdateSkuResult: Validator<UpdateSkuResult> = validateSku;

/**
 * Checks a request body of `client.products.updateSku`; the client runs it before sending.
 */
export const validateUpdateSkuBody: Validator<UpdateSkuBody> = validateUpdateSkuRequest;

/**
 * Update SKU: {@link ProductsApi.updateSku | client.products.updateSku} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateSku(
  core: HttpCore,
  params: UpdateSkuParams,
  options?: RequestOptions,
): ApiPromise<UpdateSkuResult> {
  return core.request<UpdateSkuResult>(
    {
      operationId: "updateSku",
      method: "PATCH",
      path: "/sites/{site_id}/products/{product_id}/skus/{sku_id}",
      pathParams: { site_id: params.site_id, product_id: params.product_id, sku_id: params.sku_id },
      body: params.body,
      validateBody: validateUpdateSkuBody,
      responseKind: "json",
      validate: validateUpdateSkuResult,
    },
    options,
  );
}

/**
 * Products operations: List, read, create and update ecommerce products and their SKUs (variants).
 *
 * Reached as `client.products`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class ProductsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Product & SKU
   *
   * Create a product and its default SKU. To give the product variants, define its `sku-properties` here, then add the other SKUs with createSkus. `publishStatus` chooses between staging the product and publishing it live.
   *
   * Required scopes: `ecommerce:write`.
   *
   * POST `/sites/{site_id}/products` (operationId `createProduct`).
   * @param params - site_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  create(params: CreateProductParams, options?: RequestOptions): ApiPromise<CreateProductResult> {
    return createProduct(this.#core, params, options);
  }

  /**
   * Create SKUs
   *
   * Add SKUs (variants) to a product. Each SKU's `sku-values` picks one value of each of the product's `sku-properties`. `publishStatus` chooses between staging the SKUs and publishing them live.
   *
   * Required scopes: `ecommerce:write`.
   *
   * POST `/sites/{site_id}/products/{product_id}/skus` (operationId `createSkus`).
   * @param params - site_id, product_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  createSkus(params: CreateSkusParams, options?: RequestOptions): ApiPromise<CreateSkusResult> {
    return createSkus(this.#core, params, options);
  }

  /**
   * Get Product and SKUs
   *
   * Get a product and its SKUs.
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/sites/{site_id}/products/{product_id}` (operationId `getProduct`).
   * @param params - site_id, product_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  get(params: GetProductParams, options?: RequestOptions): ApiPromise<GetProductResult> {
    return getProduct(this.#core, params, options);
  }

  /**
   * List Products & SKUs
   *
   * List the ecommerce products of a site, each with its SKUs, one page at a time (`offset` and `limit`, at most 100 per page).
   *
   * Required scopes: `ecommerce:read`.
   *
   * GET `/sites/{site_id}/products` (operationId `listProducts`).
   * @param params - site_id, offset, limit
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  list(params: ListProductsParams, options?: RequestOptions): ApiPromise<ListProductsResult> {
    return listProducts(this.#core, params, options);
  }

  /**
   * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
   *
   * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
   * @example for await (const item of client.products.iterate(params)) console.log(item);
   */
  iterate(
    params: ListProductsParams,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<ListProductsResult["items"]>[number], void, undefined> {
    return $.paginate(async (offset) => {
      const page = await listProducts(this.#core, { ...params, offset }, options);
      return { items: page.items ?? [], pagination: page.pagination ?? { offset, total: 0 } };
    }, params.offset ?? 0);
  }

  /**
   * Update Product
   *
   * Update a product and, optionally, its default SKU. Only the fields sent change. `publishStatus` chooses between staging the change and publishing it live. Answers with the product (without its SKUs).
   *
   * Required scopes: `ecommerce:write`.
   *
   * PATCH `/sites/{site_id}/products/{product_id}` (operationId `updateProduct`).
   * @param params - site_id, product_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, or the site has no product with this `product_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  update(params: UpdateProductParams, options?: RequestOptions): ApiPromise<UpdateProductResult> {
    return updateProduct(this.#core, params, options);
  }

  /**
   * Update SKU
   *
   * Update a SKU of a product. `publishStatus` chooses between staging the change and publishing it live.
   *
   * Required scopes: `ecommerce:write`.
   *
   * PATCH `/sites/{site_id}/products/{product_id}/skus/{sku_id}` (operationId `updateSku`).
   * @param params - site_id, product_id, sku_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400: The body is invalid (code `validation_error`); `details` names the offending fields.
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No site with this `site_id` exists, the token cannot access it, the site has no product with this `product_id`, or the product has no SKU with this `sku_id`.
   * @throws {@link ConflictError} 409: Ecommerce is not enabled on the site (code `ecommerce_not_enabled`).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  updateSku(params: UpdateSkuParams, options?: RequestOptions): ApiPromise<UpdateSkuResult> {
    return updateSku(this.#core, params, options);
  }
}
