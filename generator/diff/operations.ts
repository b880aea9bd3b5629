import type { ApiModel, OperationModel, ResponseModel } from "../model/types.js";
import type { ChangeKind } from "./rules.js";
import { compareSchemas, type SchemaDiffContext } from "./schema.js";
import { compareText, quote } from "./text.js";
import type { Change } from "./types.js";

/** `POST /things`: how operations are matched and how `Change.path` starts. */
const endpointOf = (op: OperationModel) => `${op.method} ${op.path}`;
/** The endpoint with path parameter names left out: `GET /sites/{}` matches `/sites/{site_id}` and `/sites/{siteId}`. */
const shapeOf = (op: OperationModel) => `${op.method} ${op.path.replace(/\{[^}]*\}/g, "{}")}`;

export interface DiffOptions {
  /**
   * `operationId` (default): operations are matched by id, then by endpoint; renames are changes.
   * `endpoint`: by method and path (parameter names ignored), for two descriptions of one API written
   * apart (a hand-written spec against the vendor's file): ids, client method names and component
   * names are each document's own and not compared.
   */
  matchBy?: "operationId" | "endpoint";
}
/** `POST "/things"`: the endpoint in a message, its path quoted. */
const endpointText = (op: OperationModel) => `${op.method} ${quote(op.path)}`;
const clientCall = (op: OperationModel) => `client.${op.group}.${op.methodName}`;

/** A model with nothing in it: the other side of an API version that was added or removed. */
function emptyModel(namespace: string): ApiModel {
  return { namespace, title: "", version: "", server: "", auth: "bearer", requiresToken: false, tags: [], operations: [], schemas: [], scopes: [], triggers: [], errorStatuses: [], errorCodes: [], sourceFile: "" };
}

/**
 * Every change between two sets of API models, as callers of the generated client see it: per
 * operation (matched by operationId, or by method and path when the id changed), then per component.
 * API versions are matched by namespace. Ordered by namespace, then operationId, then where in the
 * operation; component changes come after the operations of their namespace.
 */
export function diffModels(oldModels: readonly ApiModel[], newModels: readonly ApiModel[], options: DiffOptions = {}): Change[] {
  // Two single documents are the two sides whatever their namespaces (a vendor's file has none of ours).
  if (oldModels.length === 1 && newModels.length === 1 && oldModels[0]?.namespace !== newModels[0]?.namespace) {
    return diffNamespace({ ...(oldModels[0] as ApiModel), namespace: (newModels[0] as ApiModel).namespace }, newModels[0] as ApiModel, options);
  }
  const namespaces = [...new Set([...newModels, ...oldModels].map((m) => m.namespace))].sort(compareText);
  return namespaces.flatMap((namespace) =>
    diffNamespace(oldModels.find((m) => m.namespace === namespace) ?? emptyModel(namespace), newModels.find((m) => m.namespace === namespace) ?? emptyModel(namespace), options),
  );
}

function diffNamespace(oldModel: ApiModel, newModel: ApiModel, options: DiffOptions = {}): Change[] {
  const byEndpoint = options.matchBy === "endpoint";
  const changes: { change: Change; order: number }[] = [];
  const namespace = newModel.namespace;
  const add = (kind: ChangeKind, operationId: string | undefined, path: string, breaking: boolean, message: string) =>
    changes.push({ change: { kind, namespace, ...(operationId !== undefined ? { operationId } : {}), path, breaking, message }, order: changes.length });

  const same = byEndpoint ? (o: OperationModel, n: OperationModel) => shapeOf(o) === shapeOf(n) : (o: OperationModel, n: OperationModel) => o.id === n.id;
  const removed = oldModel.operations.filter((o) => !newModel.operations.some((n) => same(o, n)));
  const added = newModel.operations.filter((n) => !oldModel.operations.some((o) => same(o, n)));
  const pairs: [OperationModel, OperationModel][] = newModel.operations.flatMap((n) => {
    const o = oldModel.operations.find((x) => same(x, n));
    return o ? [[o, n] as [OperationModel, OperationModel]] : [];
  });
  // Same endpoint under another operationId: a rename, compared like any other pair.
  for (const n of [...added]) {
    const o = removed.find((x) => endpointOf(x) === endpointOf(n));
    if (!o) continue;
    removed.splice(removed.indexOf(o), 1);
    added.splice(added.indexOf(n), 1);
    pairs.push([o, n]);
  }

  for (const op of removed) {
    add("operation-removed", op.id, endpointOf(op), true, `operation ${quote(op.id)} (${endpointText(op)}) removed: ${clientCall(op)} no longer exists${op.deprecated ? " (it was deprecated)" : ""}`);
  }
  for (const op of added) add("operation-added", op.id, endpointOf(op), false, `operation ${quote(op.id)} (${endpointText(op)}) added: ${clientCall(op)}`);
  const ignored = new Set<ChangeKind>(byEndpoint ? ["operation-id-changed", "client-method-renamed", "operation-endpoint-changed"] : []);
  for (const [o, n] of pairs) diffOperation(oldModel, newModel, o, n, (kind, path, breaking, message) => void (ignored.has(kind) || add(kind, n.id, path, breaking, message)), byEndpoint);
  if (byEndpoint) {
    const key = (c: Change) => (c.operationId === undefined ? "\uffff" : c.operationId);
    return changes.sort((a, b) => compareText(key(a.change), key(b.change)) || a.order - b.order).map((c) => c.change);
  }

  const oldSchemas = new Set(oldModel.schemas.map((s) => s.name));
  const newSchemas = new Set(newModel.schemas.map((s) => s.name));
  for (const s of oldModel.schemas) if (!newSchemas.has(s.name)) add("schema-removed", undefined, `#/components/schemas/${s.name}`, true, `schema ${quote(s.name)} removed: the type ${s.typeName} and ${s.validatorName} are no longer exported`);
  for (const s of newModel.schemas) if (!oldSchemas.has(s.name)) add("schema-added", undefined, `#/components/schemas/${s.name}`, false, `schema ${quote(s.name)} added: type ${s.typeName}`);
  for (const s of newModel.schemas) {
    const before = oldModel.schemas.find((x) => x.name === s.name);
    if (!before) continue;
    for (const [was, is] of renamedExports([before.typeName, before.validatorName], [s.typeName, s.validatorName])) {
      add("exported-name-changed", undefined, `#/components/schemas/${s.name}`, true, `schema ${quote(s.name)}: ${was} is now exported as ${is}`);
    }
  }

  for (const trigger of newModel.triggers) {
    const before = oldModel.triggers.find((t) => t.name === trigger.name);
    if (before && before.scope !== trigger.scope) {
      add("trigger-scope-changed", undefined, `x-trigger-scopes.${trigger.name}`, true, `webhook trigger ${quote(trigger.name)} now needs scope ${quote(trigger.scope)} instead of ${quote(before.scope)}`);
    }
  }

  const key = (c: Change) => (c.operationId === undefined ? "\uffff" : c.operationId);
  return changes.sort((a, b) => compareText(key(a.change), key(b.change)) || a.order - b.order).map((c) => c.change);
}

type OperationEmit = (kind: ChangeKind, path: string, breaking: boolean, message: string) => void;

function diffOperation(oldModel: ApiModel, newModel: ApiModel, o: OperationModel, n: OperationModel, emit: OperationEmit, pathParamsByPosition = false): void {
  const endpoint = endpointOf(n);
  const ctx: SchemaDiffContext = { old: oldModel, new: newModel, emit };

  if (o.id !== n.id) emit("operation-id-changed", endpoint, true, `operationId ${quote(o.id)} renamed to ${quote(n.id)}: its generated type names change`);
  if (endpointOf(o) !== endpoint) emit("operation-endpoint-changed", endpoint, true, `${quote(n.id)} moved from ${endpointText(o)} to ${endpointText(n)}`);
  if (clientCall(o) !== clientCall(n)) emit("client-method-renamed", endpoint, true, `${clientCall(o)} is now ${clientCall(n)}`);
  if (o.id === n.id) for (const [before, after] of renamedExports(operationExports(o), operationExports(n))) emit("exported-name-changed", endpoint, true, `${before} is now exported as ${after}`);
  if (!o.deprecated && n.deprecated) emit("operation-deprecated", endpoint, false, `${quote(n.id)} is deprecated`);

  for (const scope of n.scopes) {
    if (!o.scopes.includes(scope)) emit("scope-added", `${endpoint} security`, true, `now requires scope ${quote(scope)}: tokens without it get 403`);
  }
  for (const scope of o.scopes) if (!n.scopes.includes(scope)) emit("scope-removed", `${endpoint} security`, false, `no longer requires scope ${quote(scope)}`);

  // Matched by endpoint, a path parameter is the one at the same place in the template, whatever its name.
  const templateIndex = (op: OperationModel, name: string) => [...op.path.matchAll(/\{([^}]*)\}/g)].findIndex((m) => m[1] === name);
  const paramKey = (op: OperationModel, p: { in: string; name: string }) => (pathParamsByPosition && p.in === "path" ? `path:#${templateIndex(op, p.name)}` : `${p.in}:${p.name}`);
  for (const p of o.params) {
    if (!n.params.some((q) => paramKey(n, q) === paramKey(o, p))) emit("request-parameter-removed", `${endpoint} ${p.in}.${p.name}`, true, `${p.in} parameter ${quote(p.name)} removed`);
  }
  for (const p of n.params) {
    const before = o.params.find((q) => paramKey(o, q) === paramKey(n, p));
    const where = `${endpoint} ${p.in}.${p.name}`;
    if (!before) {
      emit("request-parameter-added", where, p.required, `${p.required ? "required" : "optional"} ${p.in} parameter ${quote(p.name)} added`);
      continue;
    }
    if (before.required !== p.required) {
      if (p.required) emit("request-parameter-became-required", where, true, `${p.in} parameter ${quote(p.name)} became required`);
      else emit("request-parameter-became-optional", where, false, `${p.in} parameter ${quote(p.name)} became optional`);
    }
    compareSchemas(ctx, "request", before.schema, p.schema, { base: `${endpoint} ${p.in}`, field: p.name, noun: `${p.in} parameter`, rootLabel: `${p.in} parameter` });
  }

  const bodyWhere = `${endpoint} body`;
  if (!o.body && n.body) emit("request-body-added", bodyWhere, n.body.required, `${n.body.required ? "required" : "optional"} request body added`);
  else if (o.body && !n.body) emit("request-body-removed", bodyWhere, true, "request body removed");
  else if (o.body && n.body) {
    if (o.body.required !== n.body.required) {
      if (n.body.required) emit("request-body-became-required", bodyWhere, true, "request body became required");
      else emit("request-body-became-optional", bodyWhere, false, "request body became optional");
    }
    compareSchemas(ctx, "request", o.body.schema, n.body.schema, { base: bodyWhere, field: "", noun: "request body field", rootLabel: "request body" });
  }

  const statuses = (op: OperationModel): ResponseModel[] => [op.success, ...op.errors];
  for (const r of statuses(o)) {
    if (statuses(n).some((x) => x.status === r.status)) continue;
    const success = r === o.success;
    emit("response-status-removed", `${endpoint} response.${r.status}`, success, `${success ? "success" : "error"} response ${r.status} removed`);
  }
  for (const r of statuses(n)) {
    if (statuses(o).some((x) => x.status === r.status)) continue;
    emit("response-status-added", `${endpoint} response.${r.status}`, false, `${r === n.success ? "success" : "error"} response ${r.status} added`);
  }

  // The client decodes the success response whatever its status, so its bodies are compared even when the status moved.
  const responseWhere = `${endpoint} response.${n.success.status}`;
  if (o.success.schema && !n.success.schema) emit("response-body-removed", responseWhere, true, `the ${n.success.status} response no longer has a body`);
  else if (!o.success.schema && n.success.schema) emit("response-body-added", responseWhere, false, `the ${n.success.status} response now has a body`);
  else if (o.success.schema && n.success.schema) {
    compareSchemas(ctx, "response", o.success.schema, n.success.schema, { base: responseWhere, field: "", noun: "response field", rootLabel: `${n.success.status} response body` });
  }
}

/** What the package exports for an operation, in a fixed order (absent ones as ""). */
const operationExports = (op: OperationModel) => [op.functionName, op.typeNames.params, op.typeNames.result, op.typeNames.body ?? "", op.validatorName, op.bodyValidatorName ?? ""];

/** The pairs of names at the same place that differ, where both exist. */
const renamedExports = (before: readonly string[], after: readonly string[]): [string, string][] =>
  before.flatMap((name, i) => (name !== "" && after[i] !== "" && after[i] !== undefined && after[i] !== name ? [[name, after[i]] as [string, string]] : []));
