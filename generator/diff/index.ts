export { diffModels } from "./operations.js";
export { formatJson, formatText, summarize, summaryLine, type Paint } from "./format.js";
export { loadModels } from "./load.js";
export { CHANGE_KINDS, CHANGE_RULES, type ChangeKind, type ChangeRule } from "./rules.js";
export type { Change, DiffSummary } from "./types.js";
