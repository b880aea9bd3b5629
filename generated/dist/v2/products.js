/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import { EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_DATE_TIME, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_UNION, EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME, EXPLAIN_ARRAY_ENUM_OBJECT, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME, EXPLAIN_ARRAY_ENUM_OBJECT_UNION, EXPLAIN_ARRAY_OBJECT, EXPLAIN_ARRAY_OBJECT_STRING, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME, EXPLAIN_ENUM, EXPLAIN_OBJECT } from "./explainers.js";
import { isPagination, paginationSchema } from "./shared.js";
const PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");
const TAX_CATEGORY_VALUES = /* @__PURE__ */ new Set([
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
	"service-training"
]);
/**
 * Whether `value` is a {@link CreateProductRequest}; the fast check {@link validateCreateProductRequest} runs before explaining a failure.
 */
export function isCreateProductRequest(value) {
	return $.isPlainObject(value) && (value.publishStatus === undefined || isPublishStatus(value.publishStatus)) && isCreateProductRequest_product(value.product) && isCreateProductRequest_sku(value.sku);
}
function isCreateProductRequest_product(value) {
	return $.isPlainObject(value) && (value.fieldData === undefined || isProductFieldDataInput(value.fieldData));
}
function isCreateProductRequest_sku(value) {
	return $.isPlainObject(value) && (value.fieldData === undefined || isSkuFieldDataInput(value.fieldData));
}
/**
 * The CreateProductRequest schema as data: what {@link validateCreateProductRequest} walks to say why a value failed.
 */
export const createProductRequestSchema = {
	kind: "object",
	title: "CreateProductRequest",
	properties: {
		publishStatus: () => publishStatusSchema,
		product: {
			kind: "object",
			properties: { fieldData: () => productFieldDataInputSchema }
		},
		sku: {
			kind: "object",
			properties: { fieldData: () => skuFieldDataInputSchema }
		}
	},
	required: ["product", "sku"]
};
/**
 * Checks that `value` is a {@link CreateProductRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateProductRequest = /* @__PURE__ */ $.validator(isCreateProductRequest, createProductRequestSchema, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION);
/**
 * Whether `value` is a {@link CreateSkusRequest}; the fast check {@link validateCreateSkusRequest} runs before explaining a failure.
 */
export function isCreateSkusRequest(value) {
	return $.isPlainObject(value) && (value.publishStatus === undefined || isPublishStatus(value.publishStatus)) && isCreateSkusRequest_skus(value.skus);
}
function isCreateSkusRequest_skus(value) {
	return Array.isArray(value) && value.every(isSkuInput);
}
/**
 * The CreateSkusRequest schema as data: what {@link validateCreateSkusRequest} walks to say why a value failed.
 */
export const createSkusRequestSchema = {
	kind: "object",
	title: "CreateSkusRequest",
	properties: {
		publishStatus: () => publishStatusSchema,
		skus: {
			kind: "array",
			items: () => skuInputSchema
		}
	},
	required: ["skus"]
};
/**
 * Checks that `value` is a {@link CreateSkusRequest}.
 * @returns `{ ok: true, value }` typed as {@link CreateSkusRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreateSkusRequest = /* @__PURE__ */ $.validator(isCreateSkusRequest, createSkusRequestSchema, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link Product}; the fast check {@link validateProduct} runs before explaining a failure.
 */
export function isProduct(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string") && (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") && (value.lastPublished === undefined || value.lastPublished === null || typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished)) && (value.lastUpdated === undefined || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.isArchived === undefined || typeof value.isArchived === "boolean") && (value.isDraft === undefined || typeof value.isDraft === "boolean") && (value.fieldData === undefined || isProductFieldData(value.fieldData));
}
/**
 * The Product schema as data: what {@link validateProduct} walks to say why a value failed.
 */
export const productSchema = {
	kind: "object",
	title: "Product",
	properties: {
		id: { kind: "string" },
		cmsLocaleId: { kind: "string" },
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
		fieldData: () => productFieldDataSchema
	}
};
/**
 * Checks that `value` is a {@link Product}.
 * @returns `{ ok: true, value }` typed as {@link Product}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProduct = /* @__PURE__ */ $.validator(isProduct, productSchema, EXPLAIN_ARRAY_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link ProductAndSkus}; the fast check {@link validateProductAndSkus} runs before explaining a failure.
 */
export function isProductAndSkus(value) {
	return $.isPlainObject(value) && (value.product === undefined || isProduct(value.product)) && (value.skus === undefined || isProductAndSkus_skus(value.skus));
}
function isProductAndSkus_skus(value) {
	return Array.isArray(value) && value.every(isSku);
}
/**
 * The ProductAndSkus schema as data: what {@link validateProductAndSkus} walks to say why a value failed.
 */
export const productAndSkusSchema = {
	kind: "object",
	title: "ProductAndSkus",
	properties: {
		product: () => productSchema,
		skus: {
			kind: "array",
			items: () => skuSchema
		}
	}
};
/**
 * Checks that `value` is a {@link ProductAndSkus}.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductAndSkus = /* @__PURE__ */ $.validator(isProductAndSkus, productAndSkusSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link ProductAndSkusList}; the fast check {@link validateProductAndSkusList} runs before explaining a failure.
 */
export function isProductAndSkusList(value) {
	return $.isPlainObject(value) && (value.items === undefined || isProductAndSkusList_items(value.items)) && (value.pagination === undefined || isPagination(value.pagination));
}
function isProductAndSkusList_items(value) {
	return Array.isArray(value) && value.every(isProductAndSkus);
}
/**
 * The ProductAndSkusList schema as data: what {@link validateProductAndSkusList} walks to say why a value failed.
 */
export const productAndSkusListSchema = {
	kind: "object",
	title: "ProductAndSkusList",
	properties: {
		items: {
			kind: "array",
			items: () => productAndSkusSchema
		},
		pagination: () => paginationSchema
	}
};
/**
 * Checks that `value` is a {@link ProductAndSkusList}.
 * @returns `{ ok: true, value }` typed as {@link ProductAndSkusList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductAndSkusList = /* @__PURE__ */ $.validator(isProductAndSkusList, productAndSkusListSchema, EXPLAIN_ARRAY_ENUM_NUMBER_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link ProductFieldData}; the fast check {@link validateProductFieldData} runs before explaining a failure.
 */
export function isProductFieldData(value) {
	return $.isPlainObject(value) && (value.name === undefined || typeof value.name === "string") && (value.slug === undefined || typeof value.slug === "string") && (value.description === undefined || typeof value.description === "string") && (value.shippable === undefined || typeof value.shippable === "boolean") && (value["sku-properties"] === undefined || isProductFieldData_skuProperties(value["sku-properties"])) && (value.category === undefined || isProductFieldData_category(value.category)) && (value["tax-category"] === undefined || typeof value["tax-category"] === "string") && (value["default-sku"] === undefined || typeof value["default-sku"] === "string" && PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN.test(value["default-sku"])) && (value["ec-product-type"] === undefined || typeof value["ec-product-type"] === "string");
}
function isProductFieldData_skuProperties(value) {
	return Array.isArray(value) && value.every(isSkuProperty);
}
function isProductFieldData_category_item(value) {
	return typeof value === "string";
}
function isProductFieldData_category(value) {
	return Array.isArray(value) && value.every(isProductFieldData_category_item);
}
/**
 * The ProductFieldData schema as data: what {@link validateProductFieldData} walks to say why a value failed.
 */
export const productFieldDataSchema = {
	kind: "object",
	title: "ProductFieldData",
	properties: {
		name: { kind: "string" },
		slug: { kind: "string" },
		description: { kind: "string" },
		shippable: { kind: "boolean" },
		"sku-properties": {
			kind: "array",
			items: () => skuPropertySchema
		},
		category: {
			kind: "array",
			items: { kind: "string" }
		},
		"tax-category": { kind: "string" },
		"default-sku": {
			kind: "string",
			pattern: PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN
		},
		"ec-product-type": { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link ProductFieldData}.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductFieldData = /* @__PURE__ */ $.validator(isProductFieldData, productFieldDataSchema, EXPLAIN_ARRAY_OBJECT_STRING);
/**
 * Whether `value` is a {@link ProductFieldDataInput}; the fast check {@link validateProductFieldDataInput} runs before explaining a failure.
 */
export function isProductFieldDataInput(value) {
	return $.isPlainObject(value) && (value["tax-category"] === undefined || isTaxCategory(value["tax-category"])) && (value["ec-product-type"] === undefined || isProductType(value["ec-product-type"])) && isProductFieldData(value);
}
/**
 * The ProductFieldDataInput schema as data: what {@link validateProductFieldDataInput} walks to say why a value failed.
 */
export const productFieldDataInputSchema = {
	kind: "allOf",
	title: "ProductFieldDataInput",
	of: [() => productFieldDataSchema, {
		kind: "object",
		properties: {
			"tax-category": () => taxCategorySchema,
			"ec-product-type": () => productTypeSchema
		}
	}]
};
/**
 * Checks that `value` is a {@link ProductFieldDataInput}.
 * @returns `{ ok: true, value }` typed as {@link ProductFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductFieldDataInput = /* @__PURE__ */ $.validator(isProductFieldDataInput, productFieldDataInputSchema, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING);
/**
 * Whether `value` is a {@link ProductInput}; the fast check {@link validateProductInput} runs before explaining a failure.
 */
export function isProductInput(value) {
	return $.isPlainObject(value) && (value.fieldData === undefined || isProductFieldDataInput(value.fieldData)) && isProduct(value);
}
/**
 * The ProductInput schema as data: what {@link validateProductInput} walks to say why a value failed.
 */
export const productInputSchema = {
	kind: "allOf",
	title: "ProductInput",
	of: [() => productSchema, {
		kind: "object",
		properties: { fieldData: () => productFieldDataInputSchema }
	}]
};
/**
 * Checks that `value` is a {@link ProductInput}.
 * @returns `{ ok: true, value }` typed as {@link ProductInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductInput = /* @__PURE__ */ $.validator(isProductInput, productInputSchema, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_DATE_TIME);
/**
 * Whether `value` is a {@link ProductType}; the fast check {@link validateProductType} runs before explaining a failure.
 */
export function isProductType(value) {
	return typeof value === "string" && (value === "ff42fee0113744f693a764e3431a9cc2" || value === "f22027db68002190aef89a4a2b7ac8a1" || value === "c599e43b1a1c34d5a323aedf75d3adf6" || value === "b6ccc1830db4b1babeb06a9ac5f6dd76");
}
/**
 * The ProductType schema as data: what {@link validateProductType} walks to say why a value failed.
 */
export const productTypeSchema = {
	kind: "string",
	title: "ProductType",
	enum: [
		"ff42fee0113744f693a764e3431a9cc2",
		"f22027db68002190aef89a4a2b7ac8a1",
		"c599e43b1a1c34d5a323aedf75d3adf6",
		"b6ccc1830db4b1babeb06a9ac5f6dd76"
	]
};
/**
 * Checks that `value` is a {@link ProductType}.
 * @returns `{ ok: true, value }` typed as {@link ProductType}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateProductType = /* @__PURE__ */ $.validator(isProductType, productTypeSchema, EXPLAIN_ENUM);
/**
 * Whether `value` is a {@link PublishStatus}; the fast check {@link validatePublishStatus} runs before explaining a failure.
 */
export function isPublishStatus(value) {
	return typeof value === "string" && (value === "staging" || value === "live");
}
/**
 * The PublishStatus schema as data: what {@link validatePublishStatus} walks to say why a value failed.
 */
export const publishStatusSchema = {
	kind: "string",
	title: "PublishStatus",
	enum: ["staging", "live"]
};
/**
 * Checks that `value` is a {@link PublishStatus}.
 * @returns `{ ok: true, value }` typed as {@link PublishStatus}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validatePublishStatus = /* @__PURE__ */ $.validator(isPublishStatus, publishStatusSchema, EXPLAIN_ENUM);
/**
 * Whether `value` is a {@link Sku}; the fast check {@link validateSku} runs before explaining a failure.
 */
export function isSku(value) {
	return $.isPlainObject(value) && (value.id === undefined || typeof value.id === "string" && PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN.test(value.id)) && (value.cmsLocaleId === undefined || typeof value.cmsLocaleId === "string") && (value.lastPublished === undefined || value.lastPublished === null || typeof value.lastPublished === "string" && $.isDateTime(value.lastPublished)) && (value.lastUpdated === undefined || typeof value.lastUpdated === "string" && $.isDateTime(value.lastUpdated)) && (value.createdOn === undefined || typeof value.createdOn === "string" && $.isDateTime(value.createdOn)) && (value.fieldData === undefined || isSkuFieldData(value.fieldData));
}
/**
 * The Sku schema as data: what {@link validateSku} walks to say why a value failed.
 */
export const skuSchema = {
	kind: "object",
	title: "Sku",
	properties: {
		id: {
			kind: "string",
			pattern: PRODUCT_FIELD_DATA_DEFAULT_SKU_PATTERN
		},
		cmsLocaleId: { kind: "string" },
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
		fieldData: () => skuFieldDataSchema
	}
};
/**
 * Checks that `value` is a {@link Sku}.
 * @returns `{ ok: true, value }` typed as {@link Sku}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSku = /* @__PURE__ */ $.validator(isSku, skuSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link SkuBillingMethod}; the fast check {@link validateSkuBillingMethod} runs before explaining a failure.
 */
export function isSkuBillingMethod(value) {
	return typeof value === "string" && (value === "one-time" || value === "subscription");
}
/**
 * The SkuBillingMethod schema as data: what {@link validateSkuBillingMethod} walks to say why a value failed.
 */
export const skuBillingMethodSchema = {
	kind: "string",
	title: "SkuBillingMethod",
	enum: ["one-time", "subscription"]
};
/**
 * Checks that `value` is a {@link SkuBillingMethod}.
 * @returns `{ ok: true, value }` typed as {@link SkuBillingMethod}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuBillingMethod = /* @__PURE__ */ $.validator(isSkuBillingMethod, skuBillingMethodSchema, EXPLAIN_ENUM);
/**
 * Whether `value` is a {@link SkuFieldData}; the fast check {@link validateSkuFieldData} runs before explaining a failure.
 */
export function isSkuFieldData(value) {
	return $.isPlainObject(value) && (value["sku-values"] === undefined || isSkuFieldData_skuValues(value["sku-values"])) && typeof value.name === "string" && typeof value.slug === "string" && isSkuPrice(value.price) && (value["compare-at-price"] === undefined || isSkuPrice(value["compare-at-price"])) && (value["ec-sku-billing-method"] === undefined || typeof value["ec-sku-billing-method"] === "string") && (value["ec-sku-subscription-plan"] === undefined || isSkuSubscriptionPlan(value["ec-sku-subscription-plan"])) && (value["main-image"] === undefined || isSkuFieldData_mainImage(value["main-image"])) && (value.sku === undefined || typeof value.sku === "string") && (value["sku-properties"] === undefined || isSkuFieldData_skuProperties(value["sku-properties"]));
}
function isSkuFieldData_skuValues(value) {
	return $.isPlainObject(value);
}
function isSkuFieldData_mainImage(value) {
	return typeof value === "string" || $.isPlainObject(value) && (value.fileId === undefined || typeof value.fileId === "string") && (value.url === undefined || typeof value.url === "string") && (value.alt === undefined || value.alt === null || typeof value.alt === "string");
}
function isSkuFieldData_skuProperties(value) {
	return Array.isArray(value) && value.every(isSkuProperty);
}
/**
 * The SkuFieldData schema as data: what {@link validateSkuFieldData} walks to say why a value failed.
 */
export const skuFieldDataSchema = {
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
			of: [{ kind: "string" }, {
				kind: "object",
				properties: {
					fileId: { kind: "string" },
					url: { kind: "string" },
					alt: {
						kind: "string",
						nullable: true
					}
				}
			}]
		},
		sku: { kind: "string" },
		"sku-properties": {
			kind: "array",
			items: () => skuPropertySchema
		}
	},
	required: [
		"name",
		"slug",
		"price"
	]
};
/**
 * Checks that `value` is a {@link SkuFieldData}.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldData}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuFieldData = /* @__PURE__ */ $.validator(isSkuFieldData, skuFieldDataSchema, EXPLAIN_ARRAY_ENUM_OBJECT_UNION);
/**
 * Whether `value` is a {@link SkuFieldDataInput}; the fast check {@link validateSkuFieldDataInput} runs before explaining a failure.
 */
export function isSkuFieldDataInput(value) {
	return $.isPlainObject(value) && (value["ec-sku-billing-method"] === undefined || isSkuBillingMethod(value["ec-sku-billing-method"])) && (value["main-image"] === undefined || typeof value["main-image"] === "string") && isSkuFieldData(value);
}
/**
 * The SkuFieldDataInput schema as data: what {@link validateSkuFieldDataInput} walks to say why a value failed.
 */
export const skuFieldDataInputSchema = {
	kind: "allOf",
	title: "SkuFieldDataInput",
	of: [() => skuFieldDataSchema, {
		kind: "object",
		properties: {
			"ec-sku-billing-method": () => skuBillingMethodSchema,
			"main-image": { kind: "string" }
		}
	}]
};
/**
 * Checks that `value` is a {@link SkuFieldDataInput}.
 * @returns `{ ok: true, value }` typed as {@link SkuFieldDataInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuFieldDataInput = /* @__PURE__ */ $.validator(isSkuFieldDataInput, skuFieldDataInputSchema, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_UNION);
/**
 * Whether `value` is a {@link SkuInput}; the fast check {@link validateSkuInput} runs before explaining a failure.
 */
export function isSkuInput(value) {
	return $.isPlainObject(value) && (value.fieldData === undefined || isSkuFieldDataInput(value.fieldData)) && isSku(value);
}
/**
 * The SkuInput schema as data: what {@link validateSkuInput} walks to say why a value failed.
 */
export const skuInputSchema = {
	kind: "allOf",
	title: "SkuInput",
	of: [() => skuSchema, {
		kind: "object",
		properties: { fieldData: () => skuFieldDataInputSchema }
	}]
};
/**
 * Checks that `value` is a {@link SkuInput}.
 * @returns `{ ok: true, value }` typed as {@link SkuInput}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuInput = /* @__PURE__ */ $.validator(isSkuInput, skuInputSchema, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link SkuList}; the fast check {@link validateSkuList} runs before explaining a failure.
 */
export function isSkuList(value) {
	return $.isPlainObject(value) && isSkuList_skus(value.skus);
}
function isSkuList_skus(value) {
	return Array.isArray(value) && value.every(isSku);
}
/**
 * The SkuList schema as data: what {@link validateSkuList} walks to say why a value failed.
 */
export const skuListSchema = {
	kind: "object",
	title: "SkuList",
	properties: { skus: {
		kind: "array",
		items: () => skuSchema
	} },
	required: ["skus"]
};
/**
 * Checks that `value` is a {@link SkuList}.
 * @returns `{ ok: true, value }` typed as {@link SkuList}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuList = /* @__PURE__ */ $.validator(isSkuList, skuListSchema, EXPLAIN_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link SkuPrice}; the fast check {@link validateSkuPrice} runs before explaining a failure.
 */
export function isSkuPrice(value) {
	return $.isPlainObject(value) && (value.value === undefined || typeof value.value === "number" && Number.isFinite(value.value)) && (value.unit === undefined || typeof value.unit === "string") && (value.currency === undefined || typeof value.currency === "string");
}
/**
 * The SkuPrice schema as data: what {@link validateSkuPrice} walks to say why a value failed.
 */
export const skuPriceSchema = {
	kind: "object",
	title: "SkuPrice",
	properties: {
		value: { kind: "number" },
		unit: { kind: "string" },
		currency: { kind: "string" }
	}
};
/**
 * Checks that `value` is a {@link SkuPrice}.
 * @returns `{ ok: true, value }` typed as {@link SkuPrice}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuPrice = /* @__PURE__ */ $.validator(isSkuPrice, skuPriceSchema, EXPLAIN_OBJECT);
/**
 * Whether `value` is a {@link SkuProperty}; the fast check {@link validateSkuProperty} runs before explaining a failure.
 */
export function isSkuProperty(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.name === "string" && isSkuProperty_enum_(value.enum);
}
function isSkuProperty_enum__item(value) {
	return $.isPlainObject(value) && typeof value.id === "string" && typeof value.name === "string" && typeof value.slug === "string";
}
function isSkuProperty_enum_(value) {
	return Array.isArray(value) && value.every(isSkuProperty_enum__item);
}
/**
 * The SkuProperty schema as data: what {@link validateSkuProperty} walks to say why a value failed.
 */
export const skuPropertySchema = {
	kind: "object",
	title: "SkuProperty",
	properties: {
		id: { kind: "string" },
		name: { kind: "string" },
		enum: {
			kind: "array",
			items: {
				kind: "object",
				properties: {
					id: { kind: "string" },
					name: { kind: "string" },
					slug: { kind: "string" }
				},
				required: [
					"id",
					"name",
					"slug"
				]
			}
		}
	},
	required: [
		"id",
		"name",
		"enum"
	]
};
/**
 * Checks that `value` is a {@link SkuProperty}.
 * @returns `{ ok: true, value }` typed as {@link SkuProperty}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuProperty = /* @__PURE__ */ $.validator(isSkuProperty, skuPropertySchema, EXPLAIN_ARRAY_OBJECT);
/**
 * Whether `value` is a {@link SkuSubscriptionPlan}; the fast check {@link validateSkuSubscriptionPlan} runs before explaining a failure.
 */
export function isSkuSubscriptionPlan(value) {
	return $.isPlainObject(value) && (value.interval === undefined || typeof value.interval === "string" && (value.interval === "day" || value.interval === "week" || value.interval === "month" || value.interval === "year")) && (value.frequency === undefined || typeof value.frequency === "number" && Number.isFinite(value.frequency)) && (value.trial === undefined || typeof value.trial === "number" && Number.isFinite(value.trial)) && (value.plans === undefined || isSkuSubscriptionPlan_plans(value.plans));
}
function isSkuSubscriptionPlan_plans_item(value) {
	return $.isPlainObject(value) && (value.platform === undefined || typeof value.platform === "string") && (value.id === undefined || typeof value.id === "string") && (value.status === undefined || typeof value.status === "string");
}
function isSkuSubscriptionPlan_plans(value) {
	return Array.isArray(value) && value.every(isSkuSubscriptionPlan_plans_item);
}
/**
 * The SkuSubscriptionPlan schema as data: what {@link validateSkuSubscriptionPlan} walks to say why a value failed.
 */
export const skuSubscriptionPlanSchema = {
	kind: "object",
	title: "SkuSubscriptionPlan",
	properties: {
		interval: {
			kind: "string",
			enum: [
				"day",
				"week",
				"month",
				"year"
			]
		},
		frequency: { kind: "number" },
		trial: { kind: "number" },
		plans: {
			kind: "array",
			items: {
				kind: "object",
				properties: {
					platform: { kind: "string" },
					id: { kind: "string" },
					status: { kind: "string" }
				}
			}
		}
	}
};
/**
 * Checks that `value` is a {@link SkuSubscriptionPlan}.
 * @returns `{ ok: true, value }` typed as {@link SkuSubscriptionPlan}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateSkuSubscriptionPlan = /* @__PURE__ */ $.validator(isSkuSubscriptionPlan, skuSubscriptionPlanSchema, EXPLAIN_ARRAY_ENUM_OBJECT);
/**
 * Whether `value` is a {@link TaxCategory}; the fast check {@link validateTaxCategory} runs before explaining a failure.
 */
export function isTaxCategory(value) {
	return typeof value === "string" && TAX_CATEGORY_VALUES.has(value);
}
/**
 * The TaxCategory schema as data: what {@link validateTaxCategory} walks to say why a value failed.
 */
export const taxCategorySchema = {
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
		"service-training"
	]
};
/**
 * Checks that `value` is a {@link TaxCategory}.
 * @returns `{ ok: true, value }` typed as {@link TaxCategory}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateTaxCategory = /* @__PURE__ */ $.validator(isTaxCategory, taxCategorySchema, EXPLAIN_ENUM);
/**
 * Whether `value` is a {@link UpdateProductRequest}; the fast check {@link validateUpdateProductRequest} runs before explaining a failure.
 */
export function isUpdateProductRequest(value) {
	return $.isPlainObject(value) && (value.publishStatus === undefined || isPublishStatus(value.publishStatus)) && (value.product === undefined || isProductInput(value.product)) && (value.sku === undefined || isSkuInput(value.sku));
}
/**
 * The UpdateProductRequest schema as data: what {@link validateUpdateProductRequest} walks to say why a value failed.
 */
export const updateProductRequestSchema = {
	kind: "object",
	title: "UpdateProductRequest",
	properties: {
		publishStatus: () => publishStatusSchema,
		product: () => productInputSchema,
		sku: () => skuInputSchema
	}
};
/**
 * Checks that `value` is a {@link UpdateProductRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateProductRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateProductRequest = /* @__PURE__ */ $.validator(isUpdateProductRequest, updateProductRequestSchema, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Whether `value` is a {@link UpdateSkuRequest}; the fast check {@link validateUpdateSkuRequest} runs before explaining a failure.
 */
export function isUpdateSkuRequest(value) {
	return $.isPlainObject(value) && (value.publishStatus === undefined || isPublishStatus(value.publishStatus)) && isSkuInput(value.sku);
}
/**
 * The UpdateSkuRequest schema as data: what {@link validateUpdateSkuRequest} walks to say why a value failed.
 */
export const updateSkuRequestSchema = {
	kind: "object",
	title: "UpdateSkuRequest",
	properties: {
		publishStatus: () => publishStatusSchema,
		sku: () => skuInputSchema
	},
	required: ["sku"]
};
/**
 * Checks that `value` is a {@link UpdateSkuRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateSkuRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateSkuRequest = /* @__PURE__ */ $.validator(isUpdateSkuRequest, updateSkuRequestSchema, EXPLAIN_ALL_OF_ARRAY_ENUM_OBJECT_STRING_UNION_DATE_TIME);
/**
 * Checks the 200 response body of `client.products.create`.
 */
export const validateCreateProductResult = validateProductAndSkus;
/**
 * Checks a request body of `client.products.create`; the client runs it before sending.
 */
export const validateCreateProductBody = validateCreateProductRequest;
/**
 * Create Product & SKU: {@link ProductsApi.create | client.products.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createProduct(core, params, options) {
	return core.request({
		operationId: "createProduct",
		method: "POST",
		path: "/sites/{site_id}/products",
		pathParams: { site_id: params.site_id },
		body: params.body,
		validateBody: validateCreateProductBody,
		responseKind: "json",
		validate: validateCreateProductResult
	}, options);
}
/**
 * Checks the 200 response body of `client.products.createSkus`.
 */
export const validateCreateSkusResult = validateSkuList;
/**
 * Checks a request body of `client.products.createSkus`; the client runs it before sending.
 */
export const validateCreateSkusBody = validateCreateSkusRequest;
/**
 * Create SKUs: {@link ProductsApi.createSkus | client.products.createSkus} as a function of the core, so that a program importing only it bundles only it.
 */
export function createSkus(core, params, options) {
	return core.request({
		operationId: "createSkus",
		method: "POST",
		path: "/sites/{site_id}/products/{product_id}/skus",
		pathParams: {
			site_id: params.site_id,
			product_id: params.product_id
		},
		body: params.body,
		validateBody: validateCreateSkusBody,
		responseKind: "json",
		validate: validateCreateSkusResult
	}, options);
}
/**
 * Checks the 200 response body of `client.products.get`.
 */
export const validateGetProductResult = validateProductAndSkus;
/**
 * Get Product and SKUs: {@link ProductsApi.get | client.products.get} as a function of the core, so that a program importing only it bundles only it.
 */
export function getProduct(core, params, options) {
	return core.request({
		operationId: "getProduct",
		method: "GET",
		path: "/sites/{site_id}/products/{product_id}",
		pathParams: {
			site_id: params.site_id,
			product_id: params.product_id
		},
		responseKind: "json",
		validate: validateGetProductResult
	}, options);
}
/**
 * Checks the 200 response body of `client.products.list`.
 */
export const validateListProductsResult = validateProductAndSkusList;
/**
 * List Products & SKUs: {@link ProductsApi.list | client.products.list} as a function of the core, so that a program importing only it bundles only it.
 */
export function listProducts(core, params, options) {
	return core.request({
		operationId: "listProducts",
		method: "GET",
		path: "/sites/{site_id}/products",
		pathParams: { site_id: params.site_id },
		query: {
			offset: params.offset,
			limit: params.limit
		},
		responseKind: "json",
		validate: validateListProductsResult
	}, options);
}
/**
 * Checks the 200 response body of `client.products.update`.
 */
export const validateUpdateProductResult = validateProduct;
/**
 * Checks a request body of `client.products.update`; the client runs it before sending.
 */
export const validateUpdateProductBody = validateUpdateProductRequest;
/**
 * Update Product: {@link ProductsApi.update | client.products.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateProduct(core, params, options) {
	return core.request({
		operationId: "updateProduct",
		method: "PATCH",
		path: "/sites/{site_id}/products/{product_id}",
		pathParams: {
			site_id: params.site_id,
			product_id: params.product_id
		},
		body: params.body,
		validateBody: validateUpdateProductBody,
		responseKind: "json",
		validate: validateUpdateProductResult
	}, options);
}
/**
 * Checks the 200 response body of `client.products.updateSku`.
 */
export const validateUpdateSkuResult = validateSku;
/**
 * Checks a request body of `client.products.updateSku`; the client runs it before sending.
 */
export const validateUpdateSkuBody = validateUpdateSkuRequest;
/**
 * Update SKU: {@link ProductsApi.updateSku | client.products.updateSku} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateSku(core, params, options) {
	return core.request({
		operationId: "updateSku",
		method: "PATCH",
		path: "/sites/{site_id}/products/{product_id}/skus/{sku_id}",
		pathParams: {
			site_id: params.site_id,
			product_id: params.product_id,
			sku_id: params.sku_id
		},
		body: params.body,
		validateBody: validateUpdateSkuBody,
		responseKind: "json",
		validate: validateUpdateSkuResult
	}, options);
}
/**
 * Products operations: List, read, create and update ecommerce products and their SKUs (variants).
 *
 * Reached as `client.products`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class ProductsApi {
	#core;
	constructor(core) {
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
	create(params, options) {
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
	createSkus(params, options) {
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
	get(params, options) {
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
	list(params, options) {
		return listProducts(this.#core, params, options);
	}
	/**
	 * Every item of `list` across all pages: requests one page at a time (from `params.offset`, `params.limit` items each) and stops at `pagination.total`.
	 *
	 * Breaking out of the loop sends no further requests. Errors are thrown as by the list call.
	 * @example for await (const item of client.products.iterate(params)) console.log(item);
	 */
	iterate(params, options) {
		return $.paginate(async (offset) => {
			const page = await listProducts(this.#core, {
				...params,
				offset
			}, options);
			return {
				items: page.items ?? [],
				pagination: page.pagination ?? {
					offset,
					total: 0
				}
			};
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
	update(params, options) {
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
	updateSku(params, options) {
		return updateSku(this.#core, params, options);
	}
}
