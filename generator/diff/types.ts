import type { ChangeKind } from "./rules.js";

export type { ChangeKind } from "./rules.js";

/** One difference between two models of the API, as a caller of the generated client sees it. */
export interface Change {
  kind: ChangeKind;
  /** The API version (`info.x-namespace`) the change is in. */
  namespace: string;
  /** The operation concerned; absent for changes to the namespace itself (components). */
  operationId?: string;
  /**
   * Where: `METHOD /path` followed by the place in the operation: `query.limit`, `body.tags[]`,
   * `response.200.items[].name`, `security`; or `#/components/schemas/Name`.
   */
  path: string;
  breaking: boolean;
  /** One sentence for people. */
  message: string;
}

export interface DiffSummary {
  changes: number;
  breaking: number;
}
