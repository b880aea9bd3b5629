import { bundle, createConfig } from "@redocly/openapi-core";

/**
 * The spec as Redocly bundles and dereferences it: an independent reading of spec/, so tests compare the
 * generated package with the spec rather than with the generator's own model.
 */
export async function dereferencedSpec(file: string): Promise<Record<string, any>> {
  const config = await createConfig({});
  const result = await bundle({ ref: file, config, dereference: true });
  return result.bundle.parsed as Record<string, any>;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

export interface SpecOperation {
  id: string;
  method: string;
  path: string;
  operation: Record<string, any>;
}

export function specOperations(doc: Record<string, any>): SpecOperation[] {
  const list: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) list.push({ id: operation.operationId, method, path, operation });
    }
  }
  return list;
}

/**
 * The operations that page: they take `offset` and `limit` in the query and their success body has
 * `pagination`. These are the lists the client gives an iterator.
 */
export function pagedOperations(doc: Record<string, any>): SpecOperation[] {
  return specOperations(doc).filter(({ path, operation }) => {
    const query = [...(doc.paths[path].parameters ?? []), ...(operation.parameters ?? [])]
      .filter((p: { in: string }) => p.in === "query")
      .map((p: { name: string }) => p.name);
    const success = Object.entries<any>(operation.responses).find(([status]) => status.startsWith("2"))?.[1];
    const schema = success?.content?.["application/json"]?.schema;
    return query.includes("offset") && query.includes("limit") && schema?.properties?.pagination !== undefined;
  });
}
