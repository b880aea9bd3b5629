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
