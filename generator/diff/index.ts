export { diffModels } from "./operations.js";
export { formatJson, formatText, summarize, summaryLine } from "./format.js";
export { loadModels } from "./load.js";
export { CHANGE_KINDS, CHANGE_RULES, type ChangeKind, type ChangeRule } from "./rules.js";
export { plainStyle, quote, type Style } from "./text.js";
export type { Change, DiffSummary } from "./types.js";
