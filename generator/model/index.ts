import type { LoadedSpec } from "../load/index.js";
import { parametersOf } from "../check/rules.js";
import { joinPointer } from "../pointer.js";
import { componentRefName, deref, entries, isJsonMediaType, isObject, operationsOf, own, walkAllSchemas, type Json } from "../walk.js";
import { camelCase, constantCase, kebabCase, memberName, NameRegistry, pascalCase, typeName, words } from "./names.js";
import { toSchemaNode } from "./schema.js";
import type {
  ApiModel,
  BodyModel,
  CredentialModel,
  DeliveriesModel,
  ErrorStatusModel,
  HttpMethod,
  MediaKind,
  NamedSchema,
  OperationModel,
  ParamModel,
  QueryStyle,
  RefSchema,
  ResponseModel,
  SchemaNode,
  ScopeLevel,
  ScopeModel,
  TagModel,
  TriggerModel,
  WebhookModel,
} from "./types.js";

export type * from "./types.js";

/** What templates/runtime/index.ts exports; the package root re-exports it beside the primary namespace. */
export const RUNTIME_EXPORTS = [
  "API_ERROR_CLASSES",
  "AccessToken",
  "ApiErrorClass",
  "ApiErrorFactory",
  "ApiErrorInit",
  "ApiPromise",
  "ApiResponse",
  "BodyKind",
  "ClientOptions",
  "Credential",
  "CredentialRequest",
  "CredentialWriter",
  "HeldCredentials",
  "QueryEncoder",
  "QueryObject",
  "QueryRecord",
  "QueryStyle",
  "AuthorizeUrlOptions",
  "BadGatewayError",
  "BadRequestError",
  "ClientConfig",
  "ConflictError",
  "ExchangeCodeOptions",
  "ForbiddenError",
  "GatewayTimeoutError",
  "HttpCore",
  "HttpCoreSettings",
  "HttpMethod",
  "InternalServerError",
  "MissingScopesError",
  "MissingScopesInit",
  "NetworkErrorInit",
  "NotFoundError",
  "OAuthErrorInit",
  "OAuthFailure",
  "OAuthRequestOptions",
  "OperationRequest",
  "Page",
  "ParseWebhookOptions",
  "QueryValue",
  "RateLimitErrorInit",
  "RateLimitInfo",
  "RateLimitStore",
  "RateLimitedCall",
  "RateLimiter",
  "RateLimiterOptions",
  "RequestOptions",
  "RequestValidationErrorInit",
  "ResponseInfo",
  "ResponseValidationErrorInit",
  "RetryInfo",
  "RetryOptions",
  "RevokeTokenOptions",
  "ScopeCheckSettings",
  "ScopeCheckedCore",
  "ServiceUnavailableError",
  "TooManyRequestsError",
  "UnauthorizedError",
  "UnprocessableEntityError",
  "ValidationIssue",
  "ValidationMode",
  "ValidationResult",
  "VerifyWebhookOptions",
  "WebflowApiError",
  "WebflowError",
  "WebflowNetworkError",
  "WebflowOAuthError",
  "WebflowRateLimitError",
  "WebflowRequestValidationError",
  "WebflowResponseValidationError",
  "WebflowWebhookError",
  "WebhookEvent",
  "WebhookHeaders",
  "assertScopes",
  "authorizeUrl",
  "createHttpCore",
  "createLeanCore",
  "createMemoryStore",
  "createRateLimiter",
  "encodeFormBody",
  "encodeQuery",
  "exchangeCode",
  "paginate",
  "parseMissingScopes",
  "parseWebhook",
  "readRateLimit",
  "revokeToken",
  "toApiError",
  "verifyWebhookSignature",
  "withScopeCheck",
  "writeCredentials",
];

/** Names every namespace exports besides the spec-derived ones; spec names never take these. */
export const FIXED_EXPORTS = [
  ...RUNTIME_EXPORTS,
  "components",
  "paths",
  "operations",
  "webhooks",
  "$defs",
  "createClient",
  "createCore",
  "SchemaPlan",
  "Validator",
  "Client",
  "KnownErrorCode",
  "isKnownErrorCode",
  "ERROR_CODES",
  "SCOPES",
  "Scope",
  "SITE_SCOPES",
  "WORKSPACE_SCOPES",
  "OPERATION_SCOPES",
  "OperationId",
  "TRIGGER_SCOPES",
  "SCOPE_DESCRIPTIONS",
  "scopesFor",
  "missingScopes",
  "MethodScopes",
  "ScopedClient",
  "ScopedClientConfig",
  "OAUTH_AUTHORIZATION_URL",
  "OAUTH_TOKEN_URL",
  "API_ERRORS",
  "toApiError",
  "SERVER_URL",
  "API_VERSION",
];

/** The runtime's error class of each status it has one for (templates/runtime/errors.ts); other statuses throw `WebflowApiError`. */
export const RUNTIME_ERROR_CLASSES: Readonly<Record<number, string>> = {
  400: "BadRequestError",
  401: "UnauthorizedError",
  403: "ForbiddenError",
  404: "NotFoundError",
  409: "ConflictError",
  422: "UnprocessableEntityError",
  429: "TooManyRequestsError",
  500: "InternalServerError",
  502: "BadGatewayError",
  503: "ServiceUnavailableError",
  504: "GatewayTimeoutError",
};

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Builds the model of one checked spec. Assumes the check stage passed: it does not re-report problems. */
export function buildModel(spec: LoadedSpec): ApiModel {
  const doc = spec.document;
  const info = own(doc, "info");
  const registry = new NameRegistry(FIXED_EXPORTS);

  // Two tags that differ only in case or punctuation must still be two client groups.
  // `checkScopes` is a method of every client, beside the groups.
  const groups = new NameRegistry(["checkScopes"]);
  const tags: TagModel[] = (Array.isArray(own(doc, "tags")) ? (own(doc, "tags") as unknown[]) : []).filter(isObject).map((tag) => {
    const description = text(own(tag, "description"));
    const name = String(own(tag, "name"));
    return { name, group: groups.claim(camelCase(name)), className: "", module: "", ...(description ? { description } : {}) };
  });
  const groupOf = new Map(tags.map((tag) => [tag.name, tag.group]));

  // Names by role: an operation's names come from its id and are claimed first, so a component added
  // later can never rename them; a component whose name an operation's role already holds is
  // `<Name>Schema` (the suffix global type names get too), not a numbered copy.
  const operations = operationsOf(doc)
    .sort((a, b) => (String(own(a.operation, "operationId")) < String(own(b.operation, "operationId")) ? -1 : 1))
    .map((ref) => buildOperation(doc, ref, registry, groupOf));
  const schemas: NamedSchema[] = entries(own(own(doc, "components"), "schemas"))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, raw]) => {
      const wanted = typeName(name);
      const type = registry.claim(registry.has(wanted) ? `${wanted}Schema` : wanted);
      return {
        name,
        typeName: type,
        validatorName: registry.claim(`validate${type}`),
        guardName: registry.claim(`is${type}`),
        planName: registry.claim(`${camelCase(type)}Schema`),
        module: COMPONENTS_MODULE,
        schema: toSchemaNode(raw),
        examples: examplesOf(raw),
      };
    });
  assignMethodNames(operations);
  const usedTags = tags.filter((tag) => operations.some((op) => op.tag === tag.name));
  const modules = new NameRegistry(FIXED_MODULES);
  for (const tag of usedTags) {
    tag.className = registry.claim(`${pascalCase(tag.name)}Api`);
    tag.module = modules.claim(kebabCase(tag.group));
  }
  assignSchemaModules(schemas, operations, usedTags);
  const errorStatuses = errorStatusesOf(operations);
  const deliveries = deliveriesOf(doc, schemas, registry);

  const description = text(own(info, "description"));
  const packageName = text(own(info, "x-package-name"));
  return {
    namespace: String(own(info, "x-namespace")),
    title: String(own(info, "title")),
    version: String(own(info, "version")),
    ...(description ? { description } : {}),
    ...(packageName ? { packageName } : {}),
    server: serverOf(doc),
    auth: entries(own(own(doc, "components"), "securitySchemes")).some(([, s]) => own(s, "type") === "oauth2") ? "oauth2" : "bearer",
    requiresToken: operations.length > 0 && operations.every((op) => op.security === undefined),
    tags: usedTags,
    operations,
    schemas,
    scopes: scopesOf(doc, registry),
    ...oauthOf(doc),
    triggers: triggersOf(doc),
    ...(deliveries ? { deliveries } : {}),
    errorStatuses,
    errorCodes: errorCodesOf(doc, operations),
    sourceFile: spec.sourceName,
  };
}

/** The first server's URL with each `{variable}` replaced by its default. */
function serverOf(doc: Json): string {
  const server = Array.isArray(own(doc, "servers")) ? (own(doc, "servers") as unknown[])[0] : undefined;
  const variables = own(server, "variables");
  return String(own(server, "url") ?? "/").replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = own(own(variables, name), "default");
    return value === undefined ? match : String(value);
  });
}

function buildOperation(doc: Json, ref: ReturnType<typeof operationsOf>[number], registry: NameRegistry, groupOf: Map<string, string>): OperationModel {
  const op = ref.operation;
  const id = String(own(op, "operationId"));
  const tag = String((own(op, "tags") as unknown[])[0]);
  const base = pascalCase(id);
  const body = bodyModel(doc, own(op, "requestBody"));
  const params = nameArguments(parametersOf(doc, ref.pathItem, op, ref.pointer).map(({ param }) => paramModel(param)), body !== undefined);
  const statuses = entries(own(op, "responses")).map(([key, response]) => responseModel(doc, key, response));
  statuses.sort((a, b) => a.status - b.status || (a.key < b.key ? -1 : 1));
  const successes = successesOf(statuses);
  const success = successes[0] as ResponseModel;
  const requirement = securityOf(doc, own(op, "security") ?? own(doc, "security"));
  const description = text(own(op, "description"));
  const queryNames = new Set(params.filter((p) => p.in === "query" && p.argument === undefined).map((p) => p.name));
  const itemsProperty = queryNames.has("offset") && queryNames.has("limit") && success.kind === "json" && success.schema ? pageItemsProperty(doc, success.schema) : undefined;
  const resultSchema = resultSchemaOf(successes);
  return {
    id,
    group: groupOf.get(tag) ?? camelCase(tag),
    methodName: text(own(op, "x-method-name")) ?? "",
    tag,
    method: ref.method.toUpperCase() as HttpMethod,
    path: ref.path,
    summary: text(own(op, "summary")) ?? id,
    ...(description ? { description } : {}),
    deprecated: own(op, "deprecated") === true,
    params,
    ...(body ? { body } : {}),
    success,
    successes,
    errors: statuses.filter((r) => r.status >= 400 || (r.key === "default" && r !== success)),
    scopes: [...new Set(requirement.scopes.flat())],
    scopeAlternatives: requirement.scopes,
    ...(requirement.credentials ? { security: requirement.credentials } : {}),
    ...(itemsProperty !== undefined
      ? { paging: { itemsProperty: itemsProperty.name, itemsRequired: itemsProperty.required, paginationRequired: itemsProperty.paginationRequired, iteratorName: "" } }
      : {}),
    functionName: registry.claim(camelCase(id)),
    typeNames: {
      params: registry.claim(`${base}Params`),
      result: registry.claim(`${base}Result`),
      ...(body ? { body: registry.claim(`${base}Body`) } : {}),
    },
    validatorName: registry.claim(`validate${base}Result`),
    ...(body ? { bodyValidatorName: registry.claim(`validate${base}Body`) } : {}),
    inline: {
      ...(resultSchema && !isBareRef(resultSchema) ? { resultGuard: registry.claim(`is${base}Result`), resultPlan: registry.claim(`${camelCase(id)}ResultSchema`) } : {}),
      ...(body && validatedBody(body) && !isBareRef(body.schema) ? { bodyGuard: registry.claim(`is${base}Body`), bodyPlan: registry.claim(`${camelCase(id)}BodySchema`) } : {}),
    },
  };
}

/** Bodies whose value is a JSON-like structure the client checks before sending. */
export const validatedBody = (body: BodyModel): boolean => body.kind === "json" || body.kind === "form" || body.kind === "multipart";

/**
 * Every success response: the 2xx statuses (and a `2XX` range), or, when there is none, `default`; an
 * operation documenting neither gets an empty 200.
 */
function successesOf(statuses: ResponseModel[]): ResponseModel[] {
  const ok = statuses.filter((r) => r.status >= 200 && r.status < 300);
  if (ok.length > 0) return ok;
  const fallback = statuses.find((r) => r.key === "default");
  return [fallback ?? { status: 200, key: "200", kind: "empty", description: "", examples: [] }];
}

/**
 * The schema the validator of an operation's result checks: its JSON success body, or, when several
 * success statuses have different JSON bodies, any one of them.
 */
export function resultSchemaOf(successes: ResponseModel[]): SchemaNode | undefined {
  const schemas = successes.filter((r) => r.kind === "json" && r.schema).map((r) => r.schema as SchemaNode);
  const distinct = schemas.filter((schema, i) => schemas.findIndex((other) => JSON.stringify(other) === JSON.stringify(schema)) === i);
  if (distinct.length <= 1) return distinct[0];
  return { kind: "anyOf", nullable: false, variants: distinct };
}

/**
 * An operation's security requirement as the runtime sends it, and the scopes of each alternative.
 * A scheme the runtime cannot send (http digest, mutual TLS) makes its alternative one that no
 * configuration satisfies, so the call fails with a clear error rather than going out without it.
 */
function securityOf(doc: Json, security: unknown): { credentials?: CredentialModel[][]; scopes: string[][] } {
  const schemes = own(own(doc, "components"), "securitySchemes");
  const requirements = Array.isArray(security) ? security.filter(isObject) : [];
  const credentials: CredentialModel[][] = [];
  const scopes: string[][] = [];
  for (const requirement of requirements) {
    const alternative: CredentialModel[] = [];
    const needed: string[] = [];
    for (const [name, list] of entries(requirement)) {
      const scheme = deref(doc, own(schemes, name), "securitySchemes").value;
      const type = own(scheme, "type");
      if (type === "apiKey") {
        const location = own(scheme, "in");
        alternative.push({ type: "apiKey", in: location === "query" || location === "cookie" ? location : "header", name: String(own(scheme, "name") ?? name) });
      } else if (type === "http" && String(own(scheme, "scheme")).toLowerCase() === "basic") alternative.push({ type: "basic" });
      else alternative.push({ type: "bearer" });
      if (Array.isArray(list)) needed.push(...list.map(String));
    }
    credentials.push(alternative);
    scopes.push([...new Set(needed)]);
  }
  // No requirement at all: the operation is public. The runtime's default is one bearer token.
  if (requirements.length === 0) return { credentials: [[]], scopes: [] };
  const onlyBearer = credentials.length === 1 && credentials[0]?.length === 1 && credentials[0][0]?.type === "bearer";
  return { ...(onlyBearer ? {} : { credentials }), scopes: scopes.filter((list) => list.length > 0) };
}

/**
 * The deliveries of the spec's `webhooks`, and the property that tells them apart: one that every body
 * requires with a constant value of its own, such as Webflow's `triggerType`.
 */
function deliveriesOf(doc: Json, schemas: NamedSchema[], registry: NameRegistry): DeliveriesModel | undefined {
  const webhooks: WebhookModel[] = entries(own(doc, "webhooks"))
    .flatMap(([name, item]) => {
      const post = own(item, "post");
      const json = jsonContent(own(deref(doc, own(post, "requestBody"), "requestBodies").value, "content"));
      if (!json || own(json.media, "schema") === undefined) return [];
      const summary = text(own(post, "summary"));
      const description = text(own(post, "description"));
      return [{ name, ...(summary ? { summary } : {}), ...(description ? { description } : {}), schema: toSchemaNode(own(json.media, "schema")), contentType: json.contentType }];
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (webhooks.length === 0) return undefined;
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const constants = webhooks.map((webhook) => constantProperties(webhook.schema, byName));
  const discriminant = [...(constants[0]?.keys() ?? [])].sort().find((property) => {
    const values = constants.map((c) => c.get(property));
    return values.every((v) => v !== undefined) && new Set(values).size === values.length;
  });
  if (discriminant) webhooks.forEach((webhook, i) => (webhook.discriminantValue = constants[i]?.get(discriminant)));
  return {
    webhooks,
    ...(discriminant ? { discriminant } : {}),
    typeName: registry.claim("WebhookDelivery"),
    unknownTypeName: registry.claim("UnknownWebhookDelivery"),
    guardName: registry.claim("isWebhookDelivery"),
    planName: registry.claim("webhookDeliverySchema"),
    validatorName: registry.claim("validateWebhookDelivery"),
    parseName: registry.claim("parseWebhookDelivery"),
  };
}

/** The required properties of an object schema (followed through refs) whose value is one string constant. */
export function constantProperties(node: SchemaNode, byName: ReadonlyMap<string, NamedSchema>, seen = new Set<string>()): Map<string, string> {
  if (node.kind === "ref") {
    const target = byName.get(node.name);
    return target && !seen.has(node.name) ? constantProperties(target.schema, byName, new Set([...seen, node.name])) : new Map();
  }
  if (node.kind === "allOf") return new Map(node.variants.flatMap((v) => [...constantProperties(v, byName, seen)]));
  if (node.kind !== "object") return new Map();
  const found = new Map<string, string>();
  for (const property of node.properties) {
    const value = property.schema.enum;
    if (property.required && property.schema.kind === "string" && value?.length === 1 && typeof value[0] === "string" && !property.schema.nullable) found.set(property.name, value[0]);
  }
  return found;
}

/** A schema that is just another named schema: its validator, guard and plan are that schema's. */
export const isBareRef = (node: SchemaNode): node is RefSchema => node.kind === "ref" && !node.nullable && node.not === undefined;

/** The module of components shared by several groups, or used by none. */
export const COMPONENTS_MODULE = "shared";

/** The module of the union of webhook deliveries. */
export const DELIVERIES_MODULE = "deliveries";

/** The module of the explainers the namespace's validators use, each declared once. */
export const EXPLAINERS_MODULE = "explainers";

/** Modules every namespace has; a group never takes their names. */
const FIXED_MODULES = [COMPONENTS_MODULE, "index", "schema", "client", "scopes", "errors", DELIVERIES_MODULE, EXPLAINERS_MODULE];

/** The names of the components a schema refers to directly. */
function refsOf(node: SchemaNode | undefined, into: Set<string>): Set<string> {
  if (!node) return into;
  if (node.kind === "ref") into.add(node.name);
  if (node.not) refsOf(node.not, into);
  if (node.kind === "array") {
    refsOf(node.items, into);
    for (const item of node.prefixItems ?? []) refsOf(item, into);
  }
  if (node.kind === "object") {
    for (const property of node.properties) refsOf(property.schema, into);
    if (typeof node.additionalProperties === "object") refsOf(node.additionalProperties, into);
    for (const entry of node.patternProperties ?? []) refsOf(entry.schema, into);
  }
  if (node.kind === "oneOf" || node.kind === "anyOf" || node.kind === "allOf") for (const variant of node.variants) refsOf(variant, into);
  return into;
}

/**
 * A component used (directly or through other components) by the operations of exactly one group lives
 * in that group's module; one used by several groups, or by none, in \`shared\`. So a group's module
 * only ever imports from \`shared\`, and \`shared\` from no group.
 */
function assignSchemaModules(schemas: NamedSchema[], operations: OperationModel[], tags: TagModel[]): void {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const direct = new Map(schemas.map((s) => [s.name, refsOf(s.schema, new Set())]));
  const users = new Map<string, Set<string>>();
  const moduleOf = new Map(tags.map((tag) => [tag.group, tag.module]));
  for (const op of operations) {
    const roots = [op.success.schema, op.body?.schema, ...op.params.map((p) => p.schema), ...op.errors.map((e) => e.schema)];
    const pending = [...roots.reduce((set, node) => refsOf(node, set), new Set<string>())];
    const reached = new Set<string>();
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (reached.has(name) || !byName.has(name)) continue;
      reached.add(name);
      pending.push(...(direct.get(name) ?? []));
    }
    for (const name of reached) (users.get(name) ?? users.set(name, new Set()).get(name)!).add(op.group);
  }
  for (const schema of schemas) {
    const groups = [...(users.get(schema.name) ?? [])];
    schema.module = groups.length === 1 ? (moduleOf.get(groups[0] as string) ?? COMPONENTS_MODULE) : COMPONENTS_MODULE;
  }
}

/**
 * `client.<group>.<method>`: the operationId without the words of its tag, so `listCommentThreads` under
 * Comments becomes `comments.listThreads`. `x-method-name` overrides; a name taken twice in a group gets a numeric suffix.
 */
function assignMethodNames(operations: OperationModel[]): void {
  const byGroup = new Map<string, NameRegistry>();
  const registryOf = (group: string) => byGroup.get(group) ?? byGroup.set(group, new NameRegistry()).get(group)!;
  // Names the spec asks for explicitly are claimed before derived ones, so they never get a suffix.
  const explicit = operations.filter((op) => op.methodName !== "");
  for (const op of explicit) op.methodName = registryOf(op.group).claim(op.methodName);
  for (const op of operations.filter((o) => !explicit.includes(o))) op.methodName = registryOf(op.group).claim(shortMethodName(op.id, op.tag));
  for (const op of operations) {
    if (!op.paging) continue;
    const registry = registryOf(op.group);
    const rest = pascalCase(op.methodName.replace(/^(list|get)(?=[A-Z]|$)/, ""), "");
    op.paging.iteratorName = registry.claim(`iterate${rest}`);
  }
}

function shortMethodName(operationId: string, tag: string): string {
  const opWords = words(operationId);
  const tagWords = new Set(words(tag).flatMap((w) => [w, w.replace(/s$/, ""), `${w}s`]));
  const index = opWords.findIndex((w, i) => i > 0 && tagWords.has(w));
  if (index === -1) return memberName(operationId);
  const rest = opWords.filter((_, i) => i !== index);
  return memberName(rest.join(" "));
}

/**
 * For a page-shaped result (`pagination` with a required numeric `offset` and `total`, plus exactly one
 * array), the array's property. Either may be optional, as Webflow's descriptions mark them: a page
 * without the array has no items, one without `pagination` is the last.
 */
function pageItemsProperty(doc: Json, node: SchemaNode): { name: string; required: boolean; paginationRequired: boolean } | undefined {
  const resolve = (n: SchemaNode) => (n.kind === "ref" ? toSchemaNode(own(own(own(doc, "components"), "schemas"), n.name)) : n);
  const resolved = resolve(node);
  const pagination = resolved.kind === "object" ? resolved.properties.find((p) => p.name === "pagination") : undefined;
  if (resolved.kind !== "object" || !pagination || !countsPages(resolve(pagination.schema))) return undefined;
  const arrays = resolved.properties.filter((p) => p.schema.kind === "array" && !p.schema.nullable);
  const items = arrays.length === 1 ? arrays[0] : undefined;
  return items ? { name: items.name, required: items.required, paginationRequired: pagination.required } : undefined;
}

/** Whether a `pagination` object says where a page sits as the iterator reads it: a required numeric `offset` and `total`. */
function countsPages(pagination: SchemaNode): boolean {
  if (pagination.kind !== "object") return false;
  return ["offset", "total"].every((name) => pagination.properties.some((p) => p.name === name && p.required && (p.schema.kind === "integer" || p.schema.kind === "number")));
}

function paramModel(param: Json): ParamModel {
  const schema = toSchemaNode(own(param, "schema"));
  const location = own(param, "in") as ParamModel["in"];
  const description = text(own(param, "description"));
  const only = schema.enum?.length === 1 ? schema.enum[0] : undefined;
  const fixed = only !== undefined && typeof only !== "object" && location === "header" ? String(only) : undefined;
  const style = location === "query" ? queryStyle(own(param, "style"), own(param, "explode")) : undefined;
  return {
    name: String(own(param, "name")),
    in: location,
    required: own(param, "required") === true || location === "path",
    ...(description ? { description } : {}),
    schema,
    ...(fixed !== undefined ? { fixedValue: fixed } : {}),
    ...(style && style !== "form" ? { style } : {}),
  };
}

const LOCATION_ORDER: readonly ParamModel["in"][] = ["path", "query", "header", "cookie"];

/**
 * The caller passes every parameter in one object, beside the request body under `body`. A name used in
 * several locations keeps its name in the first of path, query, header, cookie; the others are
 * `<name>_<location>` (numbered on if that is taken too).
 */
function nameArguments(params: ParamModel[], hasBody: boolean): ParamModel[] {
  const taken = new Set<string>(hasBody ? ["body"] : []);
  const order = [...params].sort((a, b) => LOCATION_ORDER.indexOf(a.in) - LOCATION_ORDER.indexOf(b.in));
  for (const param of order) {
    if (param.fixedValue !== undefined) continue;
    let key = param.name;
    if (taken.has(key)) {
      key = `${param.name}_${param.in}`;
      for (let n = 2; taken.has(key); n++) key = `${param.name}_${param.in}${n}`;
      param.argument = key;
    }
    taken.add(key);
  }
  return params;
}

/** A query parameter's OpenAPI style and explode, as one of the runtime's styles. */
function queryStyle(style: unknown, explode: unknown): QueryStyle {
  if (style === "deepObject") return "deep-object";
  if (style === "spaceDelimited") return "space-delimited";
  if (style === "pipeDelimited") return "pipe-delimited";
  // `form` explodes unless told not to.
  return explode === false ? "form-no-explode" : "form";
}

/** The JSON media type of a content map and its media object. */
function jsonContent(content: unknown): { contentType: string; media: Json } | undefined {
  const found = entries(content).find(([type]) => isJsonMediaType(type));
  return found && isObject(found[1]) ? { contentType: found[0], media: found[1] } : undefined;
}

/**
 * The media type a client sends or reads, and how: JSON first; a wildcard with a structured schema is
 * JSON too (servers that declare `*\/*` mostly send JSON); then forms, text, and bytes for the rest.
 */
function mediaOf(content: unknown): { contentType: string; media: Json; kind: MediaKind } | undefined {
  const json = jsonContent(content);
  if (json) return { ...json, kind: "json" };
  const list = entries(content).filter((entry): entry is [string, Json] => isObject(entry[1]));
  const first = list[0];
  if (!first) return undefined;
  const pick = (test: (type: string) => boolean) => list.find(([type]) => test(type.toLowerCase()));
  const form = pick((t) => t.startsWith("application/x-www-form-urlencoded"));
  if (form) return { contentType: form[0], media: form[1], kind: "form" };
  const multipart = pick((t) => t.startsWith("multipart/"));
  if (multipart) return { contentType: multipart[0], media: multipart[1], kind: "multipart" };
  const text = pick((t) => t.startsWith("text/") || t.endsWith("+xml") || t === "application/xml");
  if (text) return { contentType: text[0], media: text[1], kind: "text" };
  const schema = own(first[1], "schema");
  const structured = ["object", "array"].includes(String(own(schema, "type"))) || isObject(own(schema, "properties")) || componentRefName(schema, "schemas") !== undefined;
  if (first[0].includes("*") && structured) return { contentType: "application/json", media: first[1], kind: "json" };
  return { contentType: first[0], media: first[1], kind: "binary" };
}

function mediaExamples(media: Json | undefined): unknown[] {
  if (!media) return [];
  const list = own(media, "example") !== undefined ? [own(media, "example")] : [];
  for (const [, example] of entries(own(media, "examples"))) if (own(example, "value") !== undefined) list.push(own(example, "value"));
  return list;
}

function examplesOf(schema: unknown): unknown[] {
  const list = Array.isArray(own(schema, "examples")) ? [...(own(schema, "examples") as unknown[])] : [];
  if (own(schema, "example") !== undefined) list.push(own(schema, "example"));
  return list;
}

/** `404` → 404, `4XX` → 400, `default` → 0. */
const statusOf = (key: string): number => (/^[1-5]XX$/i.test(key) ? Number(key[0]) * 100 : key === "default" ? 0 : Number(key));

function responseModel(doc: Json, key: string, raw: unknown): ResponseModel {
  const resolved = deref(doc, raw, "responses");
  const response = resolved.value;
  const sharedDescription = resolved.pointer ? text(own(response, "description")) : undefined;
  const media = mediaOf(own(response, "content"));
  const schema: SchemaNode | undefined = media && own(media.media, "schema") !== undefined ? toSchemaNode(own(media.media, "schema")) : undefined;
  return {
    status: statusOf(key),
    key,
    kind: media ? media.kind : "empty",
    // An operation may explain a shared error response in its own words beside the $ref.
    description: text(own(raw, "description")) ?? text(own(response, "description")) ?? "",
    ...(sharedDescription !== undefined ? { sharedDescription } : {}),
    ...(media ? { contentType: media.contentType } : {}),
    ...(schema ? { schema } : {}),
    examples: mediaExamples(media?.media),
  };
}

function bodyModel(doc: Json, raw: unknown): BodyModel | undefined {
  const body = deref(doc, raw, "requestBodies").value;
  const media = mediaOf(own(body, "content"));
  if (!media) return undefined;
  const description = text(own(body, "description"));
  return {
    required: own(body, "required") === true,
    ...(description ? { description } : {}),
    contentType: media.contentType,
    kind: media.kind,
    schema: toSchemaNode(own(media.media, "schema")),
  };
}

/** Scope constants share the namespace's exports, so they are named from the same registry. */
function scopesOf(doc: Json, registry: NameRegistry): ScopeModel[] {
  const scopes = new Map<string, ScopeModel>();
  for (const [, scheme] of entries(own(own(doc, "components"), "securitySchemes"))) {
    for (const [, flow] of entries(own(scheme, "flows"))) {
      for (const [name, description] of entries(own(flow, "scopes"))) {
        if (!scopes.has(name)) scopes.set(name, { name, constantName: registry.claim(constantCase(name)), description: String(description ?? ""), levels: [] });
      }
    }
    for (const [level, list] of entries(own(scheme, "x-scope-levels"))) {
      for (const name of Array.isArray(list) ? list : []) {
        const scope = scopes.get(String(name));
        if (scope && !scope.levels.includes(level as ScopeLevel)) scope.levels.push(level as ScopeLevel);
      }
    }
  }
  for (const scope of scopes.values()) scope.levels.sort();
  return [...scopes.values()];
}

function oauthOf(doc: Json): { oauth?: { authorizationUrl: string; tokenUrl: string } } {
  for (const [, scheme] of entries(own(own(doc, "components"), "securitySchemes"))) {
    const flow = own(own(scheme, "flows"), "authorizationCode");
    const authorizationUrl = text(own(flow, "authorizationUrl"));
    const tokenUrl = text(own(flow, "tokenUrl"));
    if (authorizationUrl && tokenUrl) return { oauth: { authorizationUrl, tokenUrl } };
  }
  return {};
}

function triggersOf(doc: Json): TriggerModel[] {
  const triggers: TriggerModel[] = [];
  walkAllSchemas(doc, (schema) => {
    const map = own(schema, "x-trigger-scopes");
    if (!isObject(map)) return;
    const descriptions = own(schema, "x-enum-descriptions");
    for (const value of Array.isArray(own(schema, "enum")) ? (own(schema, "enum") as unknown[]) : []) {
      const name = String(value);
      if (triggers.some((t) => t.name === name)) continue;
      const description = text(own(descriptions, name));
      triggers.push({ name, scope: String(own(map, name)), ...(description ? { description } : {}) });
    }
  });
  return triggers;
}

/**
 * One error class per documented status. Every operation throws it, so its docs come from the shared
 * response component, not from one operation's own wording.
 */
function errorStatusesOf(operations: OperationModel[]): ErrorStatusModel[] {
  const byStatus = new Map<number, ErrorStatusModel & { shared: boolean }>();
  for (const op of operations) {
    // Ranges (`4XX`) and `default` have no class of their own: they throw WebflowApiError.
    for (const error of op.errors.filter((e) => e.key === String(e.status))) {
      const known = byStatus.get(error.status);
      if (known && (known.shared || error.sharedDescription === undefined)) continue;
      const className = RUNTIME_ERROR_CLASSES[error.status] ?? "WebflowApiError";
      byStatus.set(error.status, { status: error.status, className, description: error.sharedDescription ?? error.description, shared: error.sharedDescription !== undefined });
    }
  }
  return [...byStatus.values()].map(({ shared: _shared, ...status }) => status).sort((a, b) => a.status - b.status);
}

/** The known values of the error body's `code`: string enums inside its schema, however it is combined. */
function errorCodesOf(doc: Json, operations: OperationModel[]): string[] {
  const codes = new Set<string>();
  const schemas = own(own(doc, "components"), "schemas");
  const collect = (node: SchemaNode | undefined, seen: Set<string>): void => {
    if (!node) return;
    if (node.kind === "ref") {
      if (seen.has(node.name)) return;
      seen.add(node.name);
      collect(toSchemaNode(own(schemas, node.name)), seen);
      return;
    }
    if (node.kind === "string") for (const value of node.enum ?? []) codes.add(String(value));
    if (node.kind === "oneOf" || node.kind === "anyOf" || node.kind === "allOf") for (const v of node.variants) collect(v, seen);
  };
  const codeSchema = (node: SchemaNode | undefined, seen: Set<string>): SchemaNode | undefined => {
    if (!node) return undefined;
    if (node.kind === "ref") return seen.has(node.name) ? undefined : codeSchema(toSchemaNode(own(schemas, node.name)), new Set([...seen, node.name]));
    if (node.kind === "object") {
      const code = node.properties.find((p) => p.name === "code");
      return code?.schema.kind === "string" || code?.schema.kind === "ref" || code?.schema.kind === "anyOf" || code?.schema.kind === "oneOf" ? code.schema : undefined;
    }
    return undefined;
  };
  for (const op of operations) for (const error of op.errors) collect(codeSchema(error.schema, new Set()), new Set());
  return [...codes].sort();
}
