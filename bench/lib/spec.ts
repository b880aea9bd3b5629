/** spec/webflow-v2.yaml as one document (cross-file `$ref`s bundled, local ones kept), via Redocly. */
import path from "node:path";
import { bundle, createConfig } from "@redocly/openapi-core";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

export async function bundledSpec(root: string, file = "spec/webflow-v2.yaml"): Promise<Doc> {
  const config = await createConfig({});
  const result = await bundle({ ref: path.join(root, file), config });
  return result.bundle.parsed as Doc;
}

/** The JSON example of an operation's 200 response. */
export function responseExample(doc: Doc, operationId: string): unknown {
  for (const item of Object.values<Doc>(doc.paths ?? {})) {
    for (const operation of Object.values<Doc>(item)) {
      if (operation?.operationId !== operationId) continue;
      const content = operation.responses?.["200"]?.content?.["application/json"];
      if (content?.example !== undefined) return structuredClone(content.example);
      const first = Object.values<Doc>(content?.examples ?? {})[0];
      if (first?.value !== undefined) return structuredClone(first.value);
    }
  }
  throw new Error(`no 200 example for ${operationId}`);
}
