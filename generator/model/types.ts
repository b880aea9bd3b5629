/**
 * The one representation every emitter reads: plain data, no methods, nothing that reaches back into
 * YAML. Every generated identifier is decided here, once.
 */

/** An `enum`/`const` value other than null: a scalar, or (in real descriptions too) an object or array, compared as JSON. */
export type EnumValue = string | number | boolean | { readonly [key: string]: unknown } | readonly unknown[];

export type SchemaNode =
  | RefSchema
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | NullSchema
  | ArraySchema
  | ObjectSchema
  | CompositeSchema
  | UnknownSchema;

interface SchemaBase {
  /** `type: [X, "null"]` (or a `null` enum member): null is accepted besides X. */
  nullable: boolean;
  description?: string;
  /** The JSON-encoded `const`, or the allowed values of `enum`, without null. */
  enum?: readonly EnumValue[];
  deprecated?: boolean;
  /**
   * The type was inferred from keywords such as `maxLength` or `properties` rather than written: those
   * constrain values of that type and let every other type through, as JSON Schema says.
   */
  implied?: boolean;
  /** `not`: the value must not match this schema. */
  not?: SchemaNode;
}

export interface RefSchema extends SchemaBase {
  kind: "ref";
  /** Component name as written in the spec. */
  name: string;
}

export type StringFormat = "date-time" | "date" | "uri" | "email";

export interface StringSchema extends SchemaBase {
  kind: "string";
  format?: StringFormat;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

export interface NumberSchema extends SchemaBase {
  kind: "number" | "integer";
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface BooleanSchema extends SchemaBase {
  kind: "boolean";
}

export interface NullSchema extends SchemaBase {
  kind: "null";
}

export interface ArraySchema extends SchemaBase {
  kind: "array";
  items: SchemaNode;
  /** 3.1 `prefixItems`: schemas of the first items, by position; `items` applies to the rest. */
  prefixItems?: SchemaNode[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

export interface PropertyModel {
  name: string;
  required: boolean;
  schema: SchemaNode;
}

export interface ObjectSchema extends SchemaBase {
  kind: "object";
  properties: PropertyModel[];
  /** `true`: any extra property; `false`: none; a schema: extras must match it. */
  additionalProperties: boolean | SchemaNode;
  /** Required names listed without a property schema of their own. */
  requiredOnly: string[];
  /** `patternProperties`: properties whose name matches a pattern must match its schema. */
  patternProperties?: { pattern: string; schema: SchemaNode }[];
  minProperties?: number;
  maxProperties?: number;
}

export interface CompositeSchema extends SchemaBase {
  kind: "oneOf" | "anyOf" | "allOf";
  variants: SchemaNode[];
}

export interface UnknownSchema extends SchemaBase {
  kind: "unknown";
}

export interface NamedSchema {
  /** Name under components.schemas. */
  name: string;
  /** Exported TypeScript type alias, e.g. `Site`. */
  typeName: string;
  /** Exported validator, e.g. `validateSite`. */
  validatorName: string;
  /** Exported type guard, e.g. `isSite`. */
  guardName: string;
  /** The schema as data for explaining failures, e.g. `siteSchema`. */
  planName: string;
  /** The module it is emitted in: the one group whose operations use it, or `components`. */
  module: string;
  schema: SchemaNode;
  examples: unknown[];
}

export type ParamLocation = "path" | "query" | "header" | "cookie";

/** How a query parameter is written (OpenAPI `style` with `explode` folded in); absent: exploded `form`. */
export type QueryStyle = "form" | "form-no-explode" | "space-delimited" | "pipe-delimited" | "deep-object";

export interface ParamModel {
  name: string;
  in: ParamLocation;
  required: boolean;
  description?: string;
  schema: SchemaNode;
  /** A header whose schema allows one value only (e.g. `Accept-Version: 1.0.0`): the client sends it itself. */
  fixedValue?: string;
  /** A query parameter's style, when it is not exploded `form`. */
  style?: QueryStyle;
  /**
   * Its property in the operation's `<Id>Params` when that is not `name`: parameters of several
   * locations may share a name (a path `id` and a query `id`), and the caller passes them in one object.
   */
  argument?: string;
}

/** How a body travels: JSON, text, bytes or form fields. */
export type MediaKind = "json" | "text" | "binary" | "form" | "multipart";

export interface ResponseModel {
  /** The status code; for a range key (`4XX`) its first code, for `default` 0. */
  status: number;
  /** The key as the spec writes it: `200`, `4XX` or `default`. */
  key: string;
  /** How the body is read; "empty" when the response has none. */
  kind: MediaKind | "empty";
  /** What this operation says of the response (its own words beside a shared `$ref`, if any). */
  description: string;
  /** The shared response component's own description, when the response is a `$ref` to one. */
  sharedDescription?: string;
  /** The body schema; absent for 204 and other bodiless responses. */
  schema?: SchemaNode;
  /** The media type the body is declared under, e.g. `application/json`. */
  contentType?: string;
  /** The media type's examples, which validators must accept. */
  examples: unknown[];
}

export interface BodyModel {
  required: boolean;
  description?: string;
  contentType: string;
  kind: MediaKind;
  schema: SchemaNode;
}

/** One credential of a security requirement, as the runtime sends it. */
export type CredentialModel = { type: "bearer" } | { type: "basic" } | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string };

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface OperationModel {
  id: string;
  /** The client group (from the tag) and the method name within it: `client.sites.get`. */
  group: string;
  methodName: string;
  tag: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  params: ParamModel[];
  body?: BodyModel;
  /** The primary success response (the first 2xx, else `default`); what the docs describe. */
  success: ResponseModel;
  /** Every success response: several 2xx statuses resolve to the union of their bodies. */
  successes: ResponseModel[];
  errors: ResponseModel[];
  /** Required OAuth scopes, of every alternative together; empty when the call needs a token but no scope. */
  scopes: string[];
  /** The scopes of each alternative of the security requirement: one of them is enough. */
  scopeAlternatives: string[][];
  /**
   * The alternatives of the security requirement as credentials to send, each a list that goes
   * together; `[]` among them: no credential needed. Absent: a bearer token (the runtime's default).
   */
  security?: CredentialModel[][];
  /** Set for offset/limit lists that return `pagination`: the client also gets an iterator over all pages. */
  paging?: PagingModel;
  /** The standalone function that performs the call, e.g. `getSite(core, params)`. */
  functionName: string;
  typeNames: { params: string; result: string; body?: string };
  /** Validates the success body: its own, or an alias of the component validator it is. */
  validatorName: string;
  /** Checks the request body before it is sent; set when the operation takes one. */
  bodyValidatorName?: string;
  /** Guard and plan of an inline (not bare `$ref`) success body or request body. */
  inline: { resultGuard?: string; resultPlan?: string; bodyGuard?: string; bodyPlan?: string };
}

export interface PagingModel {
  /** The array property of the result that holds one page of items, e.g. `comments`. */
  itemsProperty: string;
  /** Whether the result always has the items array and `pagination` (Webflow marks them optional in places). */
  itemsRequired: boolean;
  paginationRequired: boolean;
  /** The group method that walks every page, e.g. `iterateThreads`. */
  iteratorName: string;
}

export type ScopeLevel = "site" | "workspace";

export interface ScopeModel {
  name: string;
  /** Exported constant name, e.g. `SITES_READ`. */
  constantName: string;
  description: string;
  levels: ScopeLevel[];
}

export interface TriggerModel {
  name: string;
  description?: string;
  scope: string;
}

export interface ErrorStatusModel {
  status: number;
  className: string;
  description: string;
}

export interface TagModel {
  name: string;
  group: string;
  /** The exported class holding the group's methods, e.g. `SitesApi`. */
  className: string;
  /** The module (file name without extension) of the group's code, e.g. `custom-code`. */
  module: string;
  description?: string;
}

/** One delivery the API posts to its clients (an OpenAPI 3.1 `webhooks` entry). */
export interface WebhookModel {
  name: string;
  summary?: string;
  description?: string;
  /** The JSON body posted, and the media type it is posted as. */
  schema: SchemaNode;
  contentType: string;
  /** The value of the discriminant property in this body, when the deliveries have one. */
  discriminantValue?: string;
}

/** The union of every delivery, which `parse<Union>` verifies, validates and narrows. */
export interface DeliveriesModel {
  webhooks: WebhookModel[];
  /** The property every body has with a constant value of its own (`triggerType`), if there is one. */
  discriminant?: string;
  typeName: string;
  /** The type of a delivery whose discriminant value the spec does not list. */
  unknownTypeName: string;
  guardName: string;
  planName: string;
  validatorName: string;
  parseName: string;
}

export interface ApiModel {
  /** Output folder and export namespace, e.g. `v2`. */
  namespace: string;
  title: string;
  version: string;
  description?: string;
  packageName?: string;
  /** The first server's URL, its variables filled with their defaults. */
  server: string;
  auth: "oauth2" | "bearer";
  /** Whether every operation needs a bearer token, so `createCore` requires `token`. */
  requiresToken: boolean;
  tags: TagModel[];
  operations: OperationModel[];
  schemas: NamedSchema[];
  scopes: ScopeModel[];
  /** The authorization-code flow's endpoints, when the spec declares one. */
  oauth?: { authorizationUrl: string; tokenUrl: string };
  triggers: TriggerModel[];
  /** Set when the spec declares `webhooks`. */
  deliveries?: DeliveriesModel;
  errorStatuses: ErrorStatusModel[];
  /** Known values of the error `code`, from the error schema's enum; unknown codes are still accepted. */
  errorCodes: string[];
  sourceFile: string;
}
