/* This file is generated from the OpenAPI description by webflow-codegen. Do not edit it by hand: change the spec and regenerate. */
import * as $ from "../runtime/support.js";
import type {
  WebflowNetworkError,
  WebflowRequestValidationError,
  WebflowResponseValidationError,
} from "../runtime/errors.js";
import type { SchemaPlan, Validator } from "../runtime/explain.js";
import type { ApiPromise, HttpCore, RequestOptions } from "../runtime/http.js";
import { EXPLAIN_OBJECT, EXPLAIN_OBJECT_STRING } from "./explainers.js";
import type { components, operations } from "./schema.js";
import {
  fieldTypeSchema,
  isFieldType,
  validateCreateFieldRequest,
  validateField,
} from "./shared.js";

const CREATED_FIELD_ID_PATTERN = /* @__PURE__ */ new RegExp("^[0-9a-f]{24}$", "u");

/**
 * Response of POST /collections/{collection_id}/fields: the created field, in the shape of the request (with its `id`).
 */
export type CreatedField = components["schemas"]["CreatedField"];

/**
 * Whether `value` is a {@link CreatedField}; the fast check {@link validateCreatedField} runs before explaining a failure.
 */
export function isCreatedField(value: unknown): value is CreatedField {
  return (
    $.isPlainObject(value) &&
    (value.id === undefined ||
      (typeof value.id === "string" && CREATED_FIELD_ID_PATTERN.test(value.id))) &&
    (value.isEditable === undefined || typeof value.isEditable === "boolean") &&
    (value.isRequired === undefined || typeof value.isRequired === "boolean") &&
    isFieldType(value.type) &&
    typeof value.displayName === "string" &&
    (value.helpText === undefined || typeof value.helpText === "string") &&
    (value.metadata === undefined || isCreatedField_metadata(value.metadata))
  );
}

function isCreatedField_metadata(value: unknown): boolean {
  return $.isPlainObject(value);
}

/**
 * The CreatedField schema as data: what {@link validateCreatedField} walks to say why a value failed.
 */
export const createdFieldSchema: SchemaPlan = {
  kind: "object",
  title: "CreatedField",
  properties: {
    id: { kind: "string", pattern: CREATED_FIELD_ID_PATTERN },
    isEditable: { kind: "boolean" },
    isRequired: { kind: "boolean" },
    type: () => fieldTypeSchema,
    displayName: { kind: "string" },
    helpText: { kind: "string" },
    metadata: { kind: "object" },
  },
  required: ["type", "displayName"],
};

/**
 * Checks that `value` is a {@link CreatedField}.
 * @returns `{ ok: true, value }` typed as {@link CreatedField}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateCreatedField: Validator<CreatedField> = /* @__PURE__ */ $.validator(
  isCreatedField,
  createdFieldSchema,
  EXPLAIN_OBJECT_STRING,
);

/**
 * Body of PATCH /collections/{collection_id}/fields/{field_id}; only the properties sent are changed.
 */
export type UpdateFieldRequest = components["schemas"]["UpdateFieldRequest"];

/**
 * Whether `value` is a {@link UpdateFieldRequest}; the fast check {@link validateUpdateFieldRequest} runs before explaining a failure.
 */
export function isUpdateFieldRequest(value: unknown): value is UpdateFieldRequest {
  return (
    $.isPlainObject(value) &&
    (value.isRequired === undefined || typeof value.isRequired === "boolean") &&
    (value.displayName === undefined || typeof value.displayName === "string") &&
    (value.helpText === undefined || typeof value.helpText === "string")
  );
}

/**
 * The UpdateFieldRequest schema as data: what {@link validateUpdateFieldRequest} walks to say why a value failed.
 */
export const updateFieldRequestSchema: SchemaPlan = {
  kind: "object",
  title: "UpdateFieldRequest",
  properties: {
    isRequired: { kind: "boolean" },
    displayName: { kind: "string" },
    helpText: { kind: "string" },
  },
};

/**
 * Checks that `value` is a {@link UpdateFieldRequest}.
 * @returns `{ ok: true, value }` typed as {@link UpdateFieldRequest}, or `{ ok: false, issues }` with a JSON pointer and the expectation for each problem.
 */
export const validateUpdateFieldRequest: Validator<UpdateFieldRequest> =
  /* @__PURE__ */ $.validator(isUpdateFieldRequest, updateFieldRequestSchema, EXPLAIN_OBJECT);

/**
 * Parameters of `client.fields.create`.
 */
export interface CreateCollectionFieldParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["createCollectionField"]["parameters"]["path"]
  >["collection_id"];
  /**
   * The field to create.
   */
  body: CreateCollectionFieldBody;
}

/**
 * Request body of `client.fields.create`.
 *
 * The field to create.
 */
export type CreateCollectionFieldBody = NonNullable<
  operations["createCollectionField"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.fields.create` resolves to: the 200 response. The created field.
 */
export type CreateCollectionFieldResult =
  operations["createCollectionField"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.fields.create`.
 */
export const validateCreateCollectionFieldResult: Validator<CreateCollectionFieldResult> =
  validateCreatedField;

/**
 * Checks a request body of `client.fields.create`; the client runs it before sending.
 */
export const validateCreateCollectionFieldBody: Validator<CreateCollectionFieldBody> =
  validateCreateFieldRequest;

/**
 * Create Collection Field: {@link FieldsApi.create | client.fields.create} as a function of the core, so that a program importing only it bundles only it.
 */
export function createCollectionField(
  core: HttpCore,
  params: CreateCollectionFieldParams,
  options?: RequestOptions,
): ApiPromise<CreateCollectionFieldResult> {
  return core.request<CreateCollectionFieldResult>(
    {
      operationId: "createCollectionField",
      method: "POST",
      path: "/collections/{collection_id}/fields",
      pathParams: { collection_id: params.collection_id },
      body: params.body,
      validateBody: validateCreateCollectionFieldBody,
      responseKind: "json",
      validate: validateCreateCollectionFieldResult,
    },
    options,
  );
}

/**
 * Parameters of `client.fields.remove`.
 */
export interface DeleteCollectionFieldParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["deleteCollectionField"]["parameters"]["path"]
  >["collection_id"];
  /**
   * Unique identifier of a field of the collection.
   *
   * Sent in the path.
   */
  field_id: NonNullable<operations["deleteCollectionField"]["parameters"]["path"]>["field_id"];
}

/**
 * What `client.fields.remove` resolves to: the 204 response. The field was deleted. No content.
 */
export type DeleteCollectionFieldResult = void;

/**
 * Delete Collection Field: {@link FieldsApi.remove | client.fields.remove} as a function of the core, so that a program importing only it bundles only it.
 */
export function deleteCollectionField(
  core: HttpCore,
  params: DeleteCollectionFieldParams,
  options?: RequestOptions,
): ApiPromise<DeleteCollectionFieldResult> {
  return core.request<DeleteCollectionFieldResult>(
    {
      operationId: "deleteCollectionField",
      method: "DELETE",
      path: "/collections/{collection_id}/fields/{field_id}",
      pathParams: { collection_id: params.collection_id, field_id: params.field_id },
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Parameters of `client.fields.update`.
 */
export interface UpdateCollectionFieldParams {
  /**
   * Unique identifier of a CMS collection.
   *
   * Sent in the path.
   */
  collection_id: NonNullable<
    operations["updateCollectionField"]["parameters"]["path"]
  >["collection_id"];
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
 * Request body of `client.fields.update`.
 *
 * The changes to the field.
 */
export type UpdateCollectionFieldBody = NonNullable<
  operations["updateCollectionField"]["requestBody"]
>["content"]["application/json"];

/**
 * What `client.fields.update` resolves to: the 200 response. The updated field.
 */
export type UpdateCollectionFieldResult =
  operations["updateCollectionField"]["responses"][200]["content"]["application/json"];

/**
 * Checks the 200 response body of `client.fields.update`.
 */
export const validateUpdateCollectionFieldResult: Validator<UpdateCollectionFieldResult> =
  validateField;

/**
 * Checks a request body of `client.fields.update`; the client runs it before sending.
 */
export const validateUpdateCollectionFieldBody: Validator<UpdateCollectionFieldBody> =
  validateUpdateFieldRequest;

/**
 * Update Collection Field: {@link FieldsApi.update | client.fields.update} as a function of the core, so that a program importing only it bundles only it.
 */
export function updateCollectionField(
  core: HttpCore,
  params: UpdateCollectionFieldParams,
  options?: RequestOptions,
): ApiPromise<UpdateCollectionFieldResult> {
  return core.request<UpdateCollectionFieldResult>(
    {
      operationId: "updateCollectionField",
      method: "PATCH",
      path: "/collections/{collection_id}/fields/{field_id}",
      pathParams: { collection_id: params.collection_id, field_id: params.field_id },
      body: params.body,
      validateBody: validateUpdateCollectionFieldBody,
      responseKind: "json",
      validate: validateUpdateCollectionFieldResult,
    },
    options,
  );
}

/**
 * Fields operations: Create, update and delete the custom fields of a CMS collection.
 *
 * Reached as `client.fields`. Every method throws a {@link WebflowNetworkError} when the request cannot be sent or times out, and a {@link WebflowResponseValidationError} when the response does not match the spec; one that takes a body throws a {@link WebflowRequestValidationError}, sending nothing, when the body does not.
 */
export class FieldsApi {
  readonly #core: HttpCore;

  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Create Collection Field
   *
   * Create one custom field in a collection: a static field, an Option field (with its options) or a Reference/MultiReference field (with the referenced collection). Several fields cannot be created in one request here (send them in `fields` when creating the collection), and field validations cannot be set through the API.
   *
   * Required scopes: `cms:write`.
   *
   * POST `/collections/{collection_id}/fields` (operationId `createCollectionField`).
   * @param params - collection_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, or the token cannot access it.
   * @throws {@link ConflictError} 409: The field conflicts with one the collection already has (for example the same slug).
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  create(
    params: CreateCollectionFieldParams,
    options?: RequestOptions,
  ): ApiPromise<CreateCollectionFieldResult> {
    return createCollectionField(this.#core, params, options);
  }

  /**
   * Delete Collection Field
   *
   * Delete a custom field of a collection (one field per request). Answers 204 with no body.
   *
   * Required scopes: `cms:write`.
   *
   * DELETE `/collections/{collection_id}/fields/{field_id}` (operationId `deleteCollectionField`).
   * @param params - collection_id, field_id
   * @param options - Per-call abort signal, headers and timeout.
   * @returns Nothing: the API answers 204 with no body; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no field with this `field_id`.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  remove(
    params: DeleteCollectionFieldParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteCollectionFieldResult> {
    return deleteCollectionField(this.#core, params, options);
  }

  /**
   * Update Collection Field
   *
   * Update a custom field of a collection: whether it is required, its display name and its help text. Only the properties sent are changed.
   *
   * Required scopes: `cms:write`.
   *
   * PATCH `/collections/{collection_id}/fields/{field_id}` (operationId `updateCollectionField`).
   * @param params - collection_id, field_id, body
   * @param options - Per-call abort signal, headers and timeout.
   * @returns The 200 response body, validated; `.withResponse()` adds the status, headers and rate limit.
   * @throws {@link BadRequestError} 400
   * @throws {@link UnauthorizedError} 401
   * @throws {@link ForbiddenError} 403
   * @throws {@link NotFoundError} 404: No collection with this `collection_id` exists, the token cannot access it, or the collection has no field with this `field_id`.
   * @throws {@link TooManyRequestsError} 429
   * @throws {@link InternalServerError} 500
   * @throws {@link ServiceUnavailableError} 503
   */
  update(
    params: UpdateCollectionFieldParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateCollectionFieldResult> {
    return updateCollectionField(this.#core, params, options);
  }
}
