/**
 * 4. The generated validators vs Ajv 8 (Ajv2020, compiled, allErrors, ajv-formats) on the same schemas
 * and payloads: realistic responses from the spec's examples and the 1,000-operation synthetic
 * package's resource schema; valid and invalid payloads; both must give the same verdict.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { syntheticSpec } from "./synthetic.js";
import { type Doc, responseExample } from "./lib/spec.js";
import { int, ratio, table } from "./lib/table.js";
import { check, type Target } from "./lib/targets.js";

// Ajv ships CommonJS: under NodeNext its default export arrives as the `module.exports` object.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

type Result = { ok: boolean };
type OurValidator = (value: unknown) => Result;

export interface ValidatorRow {
  schema: string;
  payload: string;
  valid: boolean;
  oursOps: number;
  ajvOps: number;
  ratio: number;
  /** Both said the same (valid for the valid payload, invalid for the other). */
  sameVerdict: boolean;
}

export interface ValidatorResult {
  rows: ValidatorRow[];
  targets: Target[];
  method: string;
}

const ROUNDS = 5;
const ROUND_MS = 300;

/** Calls per second of one timed round. */
function round(run: () => unknown): number {
  let count = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (let i = 0; i < 20; i++) if (run()) sink++;
    count += 20;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink);
  return (count * 1000) / elapsed;
}

/** Best round of each, interleaved so both see the same machine load. */
function compare(ours: () => unknown, baseline: () => unknown): [number, number] {
  let a = 0;
  let b = 0;
  for (let i = 0; i < ROUNDS; i++) {
    a = Math.max(a, round(ours));
    b = Math.max(b, round(baseline));
  }
  return [a, b];
}

const times = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => structuredClone(item));

export async function benchValidators(o: { root: string; doc: Doc; synthetic1000?: string; log: (line: string) => void }): Promise<ValidatorResult> {
  const pkg = (await import(pathToFileURL(path.join(o.root, "generated", "dist", "index.js")).href)) as Record<string, OurValidator>;
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false, logger: false });
  addFormats(ajv);
  ajv.addSchema(o.doc, "webflow-v2");
  const ajvFor = (name: string) => {
    const compiled = ajv.getSchema(`webflow-v2#/components/schemas/${name}`);
    if (!compiled) throw new Error(`Ajv has no schema ${name}`);
    return compiled;
  };
  const ours = (name: string) => {
    const v = pkg[`validate${name}`];
    if (typeof v !== "function") throw new Error(`the generated package has no validate${name}`);
    return v;
  };

  // Payloads: the spec's response examples, lists filled to a realistic page.
  const siteList = responseExample(o.doc, "listSites") as { sites: unknown[] };
  siteList.sites = times(10, siteList.sites[0]);
  const items = responseExample(o.doc, "listCollectionItems") as { items: unknown[]; pagination?: Record<string, number> };
  items.items = Array.from({ length: 100 }, (_, i) => structuredClone(items.items[i % items.items.length]));
  if (items.pagination) items.pagination = { ...items.pagination, limit: 100, total: 100 };
  const order = responseExample(o.doc, "getOrder") as Record<string, unknown>;
  const page = responseExample(o.doc, "getPageContent") as { nodes: Record<string, unknown>[] };

  const cases: { schema: string; payload: string; ours: OurValidator; ajv: (v: unknown) => unknown; valid: unknown; invalid: unknown; invalidHow: string }[] = [
    {
      schema: "SiteList",
      payload: "listSites example, 10 sites",
      ours: ours("SiteList"),
      ajv: ajvFor("SiteList"),
      valid: siteList,
      invalid: mutate(siteList, (v) => ((v.sites as Record<string, unknown>[])[9]!.createdOn = 1_681_000_000)),
      invalidHow: "the last site's createdOn a number",
    },
    {
      schema: "CollectionItemList",
      payload: "listCollectionItems example, 100 items",
      ours: ours("CollectionItemList"),
      ajv: ajvFor("CollectionItemList"),
      valid: items,
      invalid: mutate(items, (v) => {
        for (const item of (v.items as Record<string, unknown>[]).slice(0, 10)) item.isDraft = "no";
      }),
      invalidHow: "10 items with isDraft a string",
    },
    {
      schema: "Order",
      payload: "getOrder example",
      ours: ours("Order"),
      ajv: ajvFor("Order"),
      valid: order,
      invalid: mutate(order, (v) => (v.acceptedOn = "yesterday")),
      invalidHow: "acceptedOn not a date-time",
    },
    {
      schema: "PageContent",
      payload: "getPageContent example (DOM nodes)",
      ours: ours("PageContent"),
      ajv: ajvFor("PageContent"),
      valid: page,
      invalid: mutate(page, (v) => ((v.nodes as Record<string, unknown>[])[0]!.id = 42)),
      invalidHow: "the first node's id a number",
    },
  ];

  if (o.synthetic1000) {
    const synthetic = (await import(pathToFileURL(path.join(o.synthetic1000, "dist", "index.js")).href)) as Record<string, OurValidator>;
    const schema = (syntheticSpec(1) as { components: { schemas: Record<string, object> } }).components.schemas.Resource00000 as object;
    const resource = {
      id: "5f0c8c9e1c9d440000a1b2c3",
      name: "Synthetic resource",
      status: "active",
      createdOn: "2024-05-02T16:04:12.615Z",
      archivedOn: null,
      homepage: "https://example.com/resources/1",
      contact: "owner@example.com",
      count: 42,
      tags: ["alpha", "beta", "gamma", "delta", "epsilon"],
      owner: { userId: "5f0c8c9e1c9d440000a1b2c4", email: "owner@example.com", role: "editor" },
      children: Array.from({ length: 5 }, (_, i) => ({ key: `part-${i}`, weight: i + 0.5, note: i % 2 ? null : "note" })),
    };
    const v = synthetic.validateResource00000;
    if (typeof v !== "function") throw new Error("the synthetic package has no validateResource00000");
    cases.push({
      schema: "Resource00000 (synthetic 1,000)",
      payload: "one resource, 5 tags, 5 children",
      ours: v,
      ajv: ajv.compile(schema),
      valid: resource,
      invalid: mutate(resource, (r) => ((r.owner as Record<string, unknown>).role = "owner")),
      invalidHow: "owner.role outside its enum",
    });
  }

  const rows: ValidatorRow[] = [];
  for (const c of cases) {
    for (const valid of [true, false]) {
      const payload = valid ? c.valid : c.invalid;
      const oursSays = c.ours(payload).ok;
      const ajvSays = c.ajv(payload) === true;
      const sameVerdict = oursSays === valid && ajvSays === valid;
      if (!sameVerdict) o.log(`  VERDICT MISMATCH on ${c.schema} (${valid ? "valid" : "invalid"} payload): ours ${oursSays ? "valid" : "invalid"}, Ajv ${ajvSays ? "valid" : "invalid"}`);
      const [a, b] = compare(
        () => c.ours(payload).ok,
        () => c.ajv(payload),
      );
      rows.push({ schema: c.schema, payload: valid ? c.payload : `${c.payload}; ${c.invalidHow}`, valid, oursOps: a, ajvOps: b, ratio: a / b, sameVerdict });
    }
  }
  const targets = rows
    .filter((r) => r.valid)
    .map((r) => check("validators", `${r.schema}, valid payload: ours ÷ Ajv ops/s`, r.sameVerdict ? r.ratio : undefined, 1.5, ratio, "min"));
  return { rows, targets, method: `best of ${ROUNDS} interleaved ${ROUND_MS} ms rounds; Ajv 8 (Ajv2020, allErrors, strict off, ajv-formats) on the bundled spec; ours: generated/dist` };
}

function mutate<T>(value: T, change: (copy: Record<string, unknown>) => void): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  change(copy);
  return copy as T;
}

export function validatorTables(r: ValidatorResult): string {
  return `Validators vs Ajv (${r.method})\n\n${table(
    ["schema", "payload", "verdict", "ours ops/s", "Ajv ops/s", "ours ÷ Ajv"],
    r.rows.map((x) => [x.schema, x.payload, `${x.valid ? "valid" : "invalid"}${x.sameVerdict ? "" : " (MISMATCH)"}`, int(x.oursOps), int(x.ajvOps), ratio(x.ratio)]),
    ["l", "l", "l", "r", "r", "r"],
  )}`;
}
