/**
 * Reads `shared/reference/webflow-v2-catalog.md`, the list of every operation of Webflow's published v2
 * description and of every webhook delivery, and compares it with spec/ as Redocly reads it (not through
 * the generator). A difference between the two is acceptable only where the spec records why, in an
 * `x-decision` on the node concerned whose text names what differs.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { HTTP_METHODS } from "./spec.js";

const CATALOGUE = join("shared", "reference", "webflow-v2-catalog.md");

/**
 * The catalogue sits in `shared/` beside the clone (`<clone>/../shared`, as on CI and in the main
 * checkout); a worktree kept one level deeper (`…/wt/<name>`) finds the same folder further up.
 * `WEBFLOW_CATALOGUE` names the file explicitly.
 */
export function findCatalogue(): string {
  const explicit = process.env["WEBFLOW_CATALOGUE"];
  if (explicit !== undefined && explicit !== "") return resolve(explicit);
  const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
  const tried: string[] = [];
  for (let dir = dirname(repoRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, CATALOGUE);
    tried.push(candidate);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`webflow-v2-catalog.md not found; looked for ${tried.join(", ")}`);
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

export interface CatalogueParameter {
  name: string;
  in: string;
  required: boolean;
}

export interface CatalogueOperation {
  /** 1-based line in the catalogue. */
  line: number;
  method: string;
  path: string;
  summary: string;
  /** The scope column: the documented scopes (empty when the operation needs none). */
  scopes: string[];
  /**
   * The operation's security block where the scope column says it differs: "X (its security block says
   * Y)" gives [Y], "X (no security block)" gives [] (the published description requires no scope).
   */
  securityBlockScopes?: string[];
  parameters: CatalogueParameter[];
  /** The JSON request body's shape as the catalogue writes it; "" without a body. */
  requestShape: string;
  successStatus: number;
  successHasBody: boolean;
  /** The success body's shape as the catalogue writes it (`{ id: string<objectid>; … }`); "" without a body. */
  successShape: string;
  /** Numeric error statuses, e.g. 400. */
  errorStatuses: number[];
  /** Range keys such as `4XX`. */
  errorRanges: string[];
}

export interface CatalogueTrigger {
  line: number;
  triggerType: string;
  summary: string;
  /** The delivery body's shape as the catalogue writes it. */
  bodyShape: string;
}

export interface Catalogue {
  file: string;
  operations: CatalogueOperation[];
  triggers: CatalogueTrigger[];
}

/** Table cells; `\|` inside a cell is a literal bar. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, "|"));
}

/** The rows of the table whose header row is `header`, with their line numbers. */
function table(lines: string[], header: string[]): Array<{ line: number; cells: string[] }> {
  const start = lines.findIndex((l) => l.startsWith("|") && cells(l).join("|") === header.join("|"));
  if (start < 0) throw new Error(`catalogue: no table with columns ${header.join(", ")}`);
  if (!/^\|(\s*-+\s*\|)+$/.test(lines[start + 1]?.trim() ?? "")) {
    throw new Error(`catalogue line ${start + 2}: expected the table's separator row`);
  }
  const rows: Array<{ line: number; cells: string[] }> = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith("|"); i++) {
    const row = cells(lines[i]!);
    if (row.length !== header.length) {
      throw new Error(`catalogue line ${i + 1}: ${row.length} cells, expected ${header.length}`);
    }
    rows.push({ line: i + 1, cells: row });
  }
  return rows;
}

/** Splits on `;` outside brackets (a parameter's type may be `{ lte?: string; gte?: string }`). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if ("{[(<".includes(ch)) depth++;
    if ("}])>".includes(ch)) depth--;
    if (ch === ";" && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

const SCOPE = "[a-z_]+:[a-z_]+";
const METHODS = new Set(HTTP_METHODS.map((m) => m.toUpperCase()));

function parseScopes(text: string, at: string): Pick<CatalogueOperation, "scopes" | "securityBlockScopes"> {
  if (text === "") return { scopes: [] };
  const m = new RegExp(`^(${SCOPE})(?: \\((?:its security block says (${SCOPE})|(no security block))\\))?$`).exec(text);
  if (m === null) throw new Error(`${at}: unreadable scope "${text}"`);
  if (m[2] !== undefined) return { scopes: [m[1]!], securityBlockScopes: [m[2]] };
  if (m[3] !== undefined) return { scopes: [m[1]!], securityBlockScopes: [] };
  return { scopes: [m[1]!] };
}

function parseOperation(line: number, row: string[]): CatalogueOperation {
  const [method = "", path = "", summary = "", , scope = "", params = "", request = "", success = "", errors = ""] = row;
  const at = `catalogue line ${line}`;
  if (!METHODS.has(method)) throw new Error(`${at}: unknown method "${method}"`);
  const pathMatch = /^`(\/[^`]*)`$/.exec(path);
  if (pathMatch === null) throw new Error(`${at}: unreadable path "${path}"`);

  const parameters = splitTopLevel(params).map((text) => {
    const m = /^([A-Za-z_][\w-]*)(\?)? \((path|query|header|cookie)\): \S/.exec(text);
    if (m === null) throw new Error(`${at}: unreadable parameter "${text}"`);
    return { name: m[1]!, in: m[3]!, required: m[2] === undefined };
  });

  if (request !== "" && !request.startsWith("application/json: ")) throw new Error(`${at}: unreadable request body "${request.slice(0, 40)}"`);

  const s = /^(\d{3})(?: (\(no body\))| \{| \S)/.exec(success);
  if (s === null) throw new Error(`${at}: unreadable success "${success.slice(0, 40)}"`);

  const errorStatuses: number[] = [];
  const errorRanges: string[] = [];
  for (const e of errors.split(",").map((x) => x.trim()).filter((x) => x !== "")) {
    if (/^\d{3}$/.test(e)) errorStatuses.push(Number(e));
    else if (/^[45]XX$/.test(e)) errorRanges.push(e);
    else throw new Error(`${at}: unreadable error status "${e}"`);
  }

  return {
    line,
    method,
    path: pathMatch[1]!,
    summary,
    ...parseScopes(scope, at),
    parameters,
    requestShape: request.replace(/^application\/json: /, ""),
    successStatus: Number(s[1]),
    successHasBody: s[2] === undefined,
    successShape: s[2] === undefined ? success.slice(4) : "",
    errorStatuses,
    errorRanges,
  };
}

export function readCatalogue(file = findCatalogue()): Catalogue {
  const lines = readFileSync(file, "utf8").split("\n");
  const operations = table(lines, [
    "method", "path", "summary", "group", "scope", "parameters", "request body", "success", "errors",
  ]).map(({ line, cells: row }) => parseOperation(line, row));
  const triggers = table(lines, ["triggerType", "summary", "body"]).map(({ line, cells: row }) => {
    const m = /^`([a-z_]+)`$/.exec(row[0] ?? "");
    if (m === null) throw new Error(`catalogue line ${line}: unreadable trigger type "${row[0]}"`);
    return { line, triggerType: m[1]!, summary: row[1] ?? "", bodyShape: row[2] ?? "" };
  });
  return { file, operations, triggers };
}

// ---------------------------------------------------------------------------------------------
// Comparing with the spec
// ---------------------------------------------------------------------------------------------

type Node = Record<string, any>;

export interface Decision {
  /** Where the x-decision sits, e.g. `GET /sites/{site_id}` or `parameter localeId`. */
  at: string;
  text: string;
}

export interface Difference {
  /** `GET /sites/{site_id} (getSite)`, or the catalogue line for an operation the spec lacks. */
  operation: string;
  what: string;
  /** Every one of these must appear, as a whole word, in one decision of `decisions`. */
  mentions: string[];
  /** The x-decisions of the nodes concerned, any of which may cover the difference. */
  decisions: Decision[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** `term` appears in `text` as a whole word: `page:read` is not in `pages:read`, `createdOn` is in `createdOn[lte]`. */
export function mentions(text: string, term: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_:-])${escape(term)}(?![A-Za-z0-9_:-])`).test(text);
}

export function isDecided(d: Difference): boolean {
  return d.decisions.some((decision) => d.mentions.every((term) => mentions(decision.text, term)));
}

function decisionOf(node: unknown, at: string): Decision[] {
  const text = (node as Node | undefined)?.["x-decision"];
  return typeof text === "string" ? [{ at, text }] : [];
}

/** The decisions recorded once for the whole document (root, `info`). */
function rootDecisions(doc: Node): Decision[] {
  return [
    ...decisionOf(doc, "root"),
    ...decisionOf(doc.info, "info"),
    ...(typeof doc.info?.description === "string" ? [{ at: "info.description", text: doc.info.description as string }] : []),
  ];
}

function scopesOf(operation: Node): string[] {
  return ((operation.security ?? []) as Node[]).flatMap((req) => Object.values(req).flat() as string[]);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Every difference between the catalogue's operations and the dereferenced spec `doc`, each with the
 * decisions that could cover it. Compared: method and path, parameters (name, `in`, required), success
 * status (and whether it has a body), scopes, and the numeric error statuses the catalogue lists (the
 * spec may document more). Not compared: summaries, groups, bodies' shapes.
 */
export function compareOperations(catalogue: Catalogue, doc: Node): Difference[] {
  const differences: Difference[] = [];
  const root = rootDecisions(doc);
  const seen = new Set<string>();

  for (const row of catalogue.operations) {
    const item: Node | undefined = doc.paths?.[row.path];
    const operation: Node | undefined = item?.[row.method.toLowerCase()];
    const key = `${row.method} ${row.path}`;
    if (operation === undefined) {
      differences.push({
        operation: `${key} (catalogue line ${row.line})`,
        what: "operation missing from the spec",
        mentions: [row.path],
        decisions: root,
      });
      continue;
    }
    seen.add(key);
    const name = `${key} (${operation.operationId})`;
    const opDecisions = [...decisionOf(operation, key), ...decisionOf(item, `path ${row.path}`)];
    const push = (what: string, terms: string[], extra: Decision[] = []) =>
      differences.push({ operation: name, what, mentions: terms, decisions: [...opDecisions, ...extra] });

    // Scopes. "X (its security block says Y)" and "X (no security block)" are the catalogue contradicting
    // itself: whichever reading the spec follows, the decision names the scopes the readings disagree on.
    const specScopes = scopesOf(operation);
    const readings = [row.scopes, ...(row.securityBlockScopes ? [row.securityBlockScopes] : [])];
    if (readings.some((r) => !sameSet(r, specScopes))) {
      const all = [...new Set([...readings.flat(), ...specScopes])];
      const everywhere = all.filter((s) => readings.every((r) => r.includes(s)) && specScopes.includes(s));
      const shown = readings.map((r) => r.join(" ") || "none").join(" / security block: ");
      push(`scopes: catalogue ${shown}; spec ${specScopes.join(" ") || "none"}`, all.filter((s) => !everywhere.includes(s)));
    }

    // Parameters: path-level ones, overridden by operation-level ones of the same name and location.
    const specParams = new Map<string, Node>();
    for (const p of [...((item?.parameters ?? []) as Node[]), ...((operation.parameters ?? []) as Node[])]) {
      specParams.set(p.name, p);
    }
    const paramDecisions = (p: Node | undefined) => decisionOf(p, `parameter ${p?.name}`);
    const catalogued = new Set(row.parameters.map((p) => p.name));
    for (const c of row.parameters) {
      const s = specParams.get(c.name);
      if (s === undefined) {
        // An object-valued query parameter written as its deepObject members (`createdOn[lte]`, ...).
        const members = [...specParams.values()].filter((p) => p.name.startsWith(`${c.name}[`));
        if (members.length > 0) {
          push(
            `parameter ${c.name} (${c.in}) is written as ${members.map((p) => p.name).join(", ")}`,
            [c.name],
            members.flatMap(paramDecisions),
          );
        } else {
          push(`parameter ${c.name} (${c.in}${c.required ? ", required" : ""}) missing`, [c.name]);
        }
        continue;
      }
      if (s.in !== c.in) push(`parameter ${c.name}: in ${c.in} in the catalogue, ${s.in} in the spec`, [c.name, s.in], paramDecisions(s));
      if ((s.required === true) !== c.required) {
        const now = s.required === true ? "required" : "optional";
        push(`parameter ${c.name}: ${c.required ? "required" : "optional"} in the catalogue, ${now} in the spec`, [c.name, now], paramDecisions(s));
      }
    }
    for (const s of specParams.values()) {
      if (catalogued.has(s.name)) continue;
      const base = /^([^[]+)\[/.exec(s.name)?.[1];
      if (base !== undefined && catalogued.has(base) && !specParams.has(base)) continue; // a member, reported with its object above
      push(`parameter ${s.name} (${s.in}) is not in the catalogue`, [s.name], paramDecisions(s));
    }

    // Success status.
    const responses: Node = operation.responses ?? {};
    const success = Object.keys(responses).filter((status) => status.startsWith("2"));
    const successNode = responses[success[0] ?? ""] as Node | undefined;
    const successDecisions = decisionOf(successNode, `${key} ${success[0]}`);
    if (success.length !== 1 || success[0] !== String(row.successStatus)) {
      push(`success: catalogue ${row.successStatus}, spec ${success.join(", ") || "none"}`, [String(row.successStatus), ...success], successDecisions);
    } else if ((successNode?.content !== undefined) !== row.successHasBody) {
      push(`success ${row.successStatus}: catalogue ${row.successHasBody ? "has a body" : "has no body"}, spec ${row.successHasBody ? "has none" : "has one"}`, [String(row.successStatus), "body"], successDecisions);
    }

    // Error statuses: every numeric one the catalogue lists is written; range keys are decided once, at the root.
    for (const status of row.errorStatuses) {
      if (responses[String(status)] === undefined) push(`error status ${status} missing`, [String(status)]);
    }
    for (const range of row.errorRanges) {
      if (responses[range] === undefined) {
        differences.push({ operation: name, what: `error range ${range} not written`, mentions: [range], decisions: root });
      }
    }
  }

  for (const [path, item] of Object.entries<Node>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Node | undefined;
      const key = `${method.toUpperCase()} ${path}`;
      if (operation === undefined || seen.has(key)) continue;
      differences.push({
        operation: `${key} (${operation.operationId})`,
        what: "operation not in the catalogue",
        mentions: [path],
        decisions: [...decisionOf(operation, key), ...decisionOf(item, `path ${path}`), ...root],
      });
    }
  }
  return differences;
}

/** The delivery schema of each catalogue trigger type: the component schema whose `triggerType` is that constant. */
export function deliverySchemas(catalogue: Catalogue, doc: Node): Map<string, string[]> {
  const found = new Map<string, string[]>(catalogue.triggers.map((t) => [t.triggerType, []]));
  for (const [name, schema] of Object.entries<Node>(doc.components?.schemas ?? {})) {
    const trigger = schema?.properties?.triggerType;
    const value = trigger?.const ?? (Array.isArray(trigger?.enum) && trigger.enum.length === 1 ? trigger.enum[0] : undefined);
    if (typeof value !== "string") continue;
    found.set(value, [...(found.get(value) ?? []), name]);
  }
  return found;
}

export function formatDifference(d: Difference): string {
  const where = d.decisions.map((x) => x.at).join(", ") || "no decision on these nodes";
  return `${d.operation}: ${d.what} — needs an x-decision naming ${d.mentions.map((m) => `"${m}"`).join(", ")} (looked at: ${where})`;
}
