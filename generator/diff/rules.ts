/**
 * Every kind of change the spec diff reports, whether it breaks callers, and the oasdiff check it
 * corresponds to. This table is the one place the rules are written in code; the README's
 * "Spec diff rules" section is the same table for people.
 *
 * The default follows oasdiff: its ERR and WARN levels count as breaking, INFO does not. Where this
 * project differs it says why in `note`: the generated client is typed (a removed parameter or field is
 * a compile error for callers) and validates every response against the schema it was generated from (a
 * response that now carries values the old schema did not allow makes old clients throw).
 */
export type Breaking = "yes" | "no" | "depends";

export interface ChangeRule {
  breaking: Breaking;
  /** When `breaking` is "depends": what decides it. */
  when?: string;
  /** The nearest oasdiff check and its level. */
  oasdiff: string;
  note?: string;
}

export const CHANGE_RULES = {
  "operation-added": { breaking: "no", oasdiff: "endpoint-added (INFO)" },
  "operation-removed": { breaking: "yes", oasdiff: "api-removed-without-deprecation (ERR)", note: "also when the operation was deprecated: the client method disappears" },
  "operation-id-changed": { breaking: "yes", oasdiff: "api-operation-id-updated", note: "escalated: the operationId names the generated types (`<Id>Params`, `<Id>Result`) and the `OPERATION_SCOPES` key" },
  "operation-endpoint-changed": { breaking: "yes", oasdiff: "api-path-removed-without-deprecation (ERR)", note: "same operationId, other method or path: released clients call the old endpoint" },
  "client-method-renamed": { breaking: "yes", oasdiff: "— (generator-specific)", note: "`client.<group>.<method>` changed (tag or x-method-name)" },
  "exported-name-changed": { breaking: "yes", oasdiff: "— (generator-specific)", note: "a type, function or validator the package exports for an operation or schema has another name (e.g. an added operation claimed it): imports of the old name no longer compile" },
  "operation-deprecated": { breaking: "no", oasdiff: "endpoint-deprecated (INFO)" },
  "request-parameter-added": { breaking: "depends", when: "breaking when the parameter is required", oasdiff: "new-required-request-parameter (ERR) / new-optional-request-parameter (INFO)" },
  "request-parameter-removed": { breaking: "yes", oasdiff: "request-parameter-removed (WARN)" },
  "request-parameter-became-required": { breaking: "yes", oasdiff: "request-parameter-became-required (ERR)" },
  "request-parameter-became-optional": { breaking: "no", oasdiff: "request-parameter-became-optional (INFO)" },
  "request-body-added": { breaking: "depends", when: "breaking when the body is required", oasdiff: "request-body-added-required (ERR) / request-body-added-optional (INFO)" },
  "request-body-removed": { breaking: "yes", oasdiff: "—", note: "the method no longer takes a body: callers passing one no longer compile" },
  "request-body-became-required": { breaking: "yes", oasdiff: "request-body-became-required (ERR)" },
  "request-body-became-optional": { breaking: "no", oasdiff: "request-body-became-optional (INFO)" },
  "request-property-added": { breaking: "depends", when: "breaking when the field is required", oasdiff: "new-required-request-property (ERR) / new-optional-request-property (INFO)" },
  "request-property-removed": { breaking: "yes", oasdiff: "request-property-removed (WARN)" },
  "request-property-became-required": { breaking: "yes", oasdiff: "request-property-became-required (ERR)" },
  "request-property-became-optional": { breaking: "no", oasdiff: "request-property-became-optional (INFO)" },
  "request-type-changed": {
    breaking: "depends",
    when: "not breaking when the new type accepts every old value (integer → number, anything → untyped, a union gaining a variant)",
    oasdiff: "request-parameter-type-changed / request-property-type-changed (ERR)",
  },
  "request-became-nullable": { breaking: "no", oasdiff: "request-property-became-nullable (INFO)" },
  "request-became-not-nullable": { breaking: "yes", oasdiff: "request-property-became-not-nullable (ERR)" },
  "request-enum-value-added": { breaking: "no", oasdiff: "request-parameter-enum-value-added / request-property-enum-value-added (INFO)" },
  "request-enum-value-removed": { breaking: "depends", when: "breaking unless a sibling union variant still accepts the value", oasdiff: "request-parameter-enum-value-removed / request-property-enum-value-removed (ERR)" },
  "request-constraint-tightened": {
    breaking: "depends",
    when: "breaking unless a sibling union variant still accepts the values",
    oasdiff: "request-parameter-max-length-decreased, request-property-pattern-added, … (ERR/WARN)",
    note: "bounds raised or lowered, length and item limits, pattern or format added or changed, an enum imposed, additional properties closed",
  },
  "request-constraint-relaxed": { breaking: "no", oasdiff: "request-parameter-max-length-increased, … (INFO)" },
  "response-status-added": { breaking: "no", oasdiff: "response-success-status-added / response-non-success-status-added (INFO)" },
  "response-status-removed": { breaking: "depends", when: "breaking for the success (2xx) status, not for an error status", oasdiff: "response-success-status-removed (ERR) / response-non-success-status-removed (INFO)" },
  "response-body-added": { breaking: "no", oasdiff: "response-media-type-added" },
  "response-body-removed": { breaking: "yes", oasdiff: "response-media-type-removed (ERR)", note: "for this project: the success response loses its JSON body" },
  "response-property-added": {
    breaking: "depends",
    when: "breaking only when the old object was closed (additionalProperties: false): the old client's validator rejects the new field",
    oasdiff: "response-optional-property-added / response-required-property-added (INFO)",
  },
  "response-property-removed": { breaking: "yes", oasdiff: "response-required-property-removed (ERR) / response-optional-property-removed (WARN)" },
  "response-property-became-optional": { breaking: "yes", oasdiff: "response-property-became-optional (ERR)" },
  "response-property-became-required": { breaking: "no", oasdiff: "response-property-became-required (INFO)" },
  "response-type-changed": {
    breaking: "depends",
    when: "not breaking when every new value was an old value (number → integer, untyped → anything, a union losing a variant)",
    oasdiff: "response-body-type-changed / response-property-type-changed (ERR)",
  },
  "response-became-nullable": { breaking: "yes", oasdiff: "response-property-became-nullable (ERR)" },
  "response-became-not-nullable": { breaking: "no", oasdiff: "—" },
  "response-enum-value-added": {
    breaking: "depends",
    when: "breaking unless a sibling union variant already accepted any value (an open enum such as `anyOf: [enum, string]`)",
    oasdiff: "response-property-enum-value-added (WARN)",
    note: "exhaustive switches and the old client's validator reject the new value",
  },
  "response-enum-value-removed": { breaking: "no", oasdiff: "response-property-enum-value-removed (INFO)" },
  "response-constraint-relaxed": {
    breaking: "depends",
    when: "breaking unless a sibling union variant already accepted the values",
    oasdiff: "response-property-max-increased, response-property-max-length-increased, … (ERR)",
    note: "the old client validates responses: values outside the old bounds, pattern, format or enum make it throw",
  },
  "response-constraint-tightened": { breaking: "no", oasdiff: "response-property-max-decreased, … (INFO)" },
  "scope-added": { breaking: "yes", oasdiff: "api-security-scope-added (INFO)", note: "escalated: tokens issued with the old scopes get 403" },
  "scope-removed": { breaking: "no", oasdiff: "api-security-scope-removed (INFO)" },
  "trigger-scope-changed": { breaking: "yes", oasdiff: "— (generator-specific)", note: "a webhook trigger type (`x-trigger-scopes`) needs another scope: tokens without it can no longer subscribe" },
  "schema-added": { breaking: "no", oasdiff: "— (generator-specific)" },
  "schema-removed": { breaking: "yes", oasdiff: "— (generator-specific)", note: "the exported type and validator of the component disappear" },
} as const satisfies Record<string, ChangeRule>;

export type ChangeKind = keyof typeof CHANGE_RULES;

export const CHANGE_KINDS = Object.keys(CHANGE_RULES) as ChangeKind[];
