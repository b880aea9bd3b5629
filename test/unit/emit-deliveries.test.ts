/**
 * generator/emit/deliveries.ts given a small in-memory spec with `webhooks`: the declarations of
 * `deliveries.ts` read back with TypeScript's parser, and what its guard, validator and parser do when the
 * module runs beside the components module and the runtime templates. The committed package's deliveries
 * are test/e2e/webhook-deliveries.test.ts; these tests reach the emitter itself.
 */
import { createHmac } from "node:crypto";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitDeliveries } from "../../generator/emit/deliveries.js";
import { emitComponentsModule } from "../../generator/emit/groups.js";
import { emitSchemaTypes } from "../../generator/emit/types.js";
import { importEmitted, strictDiagnostics, moduleFiles } from "../support/emitted-module.js";
import { modelOfDocument } from "../support/model.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const delivery = (schema: unknown) => ({ post: { requestBody: { content: { "application/json": { schema } } }, responses: { "200": { description: "ok" } } } });
const api = (schemas: Record<string, unknown>, webhooks: Record<string, unknown>) =>
  modelOfDocument({ openapi: "3.1.0", info: { title: "T", version: "1", "x-namespace": "t" }, servers: [{ url: "https://api.example.com" }], components: { schemas }, paths: {}, webhooks });

const triggerType = (value: string) => ({ type: "string", const: value });

/**
 * Told apart by `triggerType`, which each body requires with its own constant. Publish reaches its
 * properties through allOf and a ref; `site` and `when` sit beside the discriminant in no one body.
 */
const TOLD_APART = api(
  {
    FormDelivery: { type: "object", required: ["triggerType", "payload"], properties: { triggerType: triggerType("form_submission"), payload: { type: "object", required: ["name"], properties: { name: { type: "string" } } } } },
    Stamped: { type: "object", properties: { when: { type: "string" } } },
    PublishDelivery: {
      allOf: [ref("Stamped"), { type: "object", required: ["triggerType", "site"], properties: { triggerType: triggerType("site_publish"), site: { type: "string" }, payload: {} } }],
    },
  },
  // Listed out of order: deliveries follow the webhooks' names, and are shown by their discriminant values.
  { published: delivery(ref("PublishDelivery")), form: delivery(ref("FormDelivery")) },
);

/** No property tells the bodies apart: the union is any of them. */
const UNTOLD = api(
  {
    Ping: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
    Count: { type: "object", required: ["count"], properties: { count: { type: "integer" } } },
  },
  { ping: delivery(ref("Ping")), count: delivery(ref("Count")) },
);

/**
 * Bodies whose properties lie behind a ref, allOf, anyOf and oneOf, one of them a ref cycle (`Looped` is
 * any of an object or itself) and one an anyOf with a non-object option; `counted` is inline, with a pattern.
 */
const REACHED = api(
  {
    Looped: { anyOf: [{ type: "object", properties: { loop: { type: "string" } } }, ref("Looped")] },
    Picked: { oneOf: [{ type: "object", properties: { left: { type: "string" } } }, { type: "object", properties: { right: { type: "string" } } }] },
    Alert: {
      allOf: [
        { type: "object", required: ["triggerType"], properties: { triggerType: triggerType("alert") } },
        ref("Picked"),
        ref("Looped"),
        { anyOf: [{ type: "object", properties: { either: { type: "string" } } }, { type: "string" }] },
      ],
    },
  },
  { alert: delivery(ref("Alert")), counted: delivery({ type: "object", required: ["triggerType"], properties: { triggerType: triggerType("counted"), code: { type: "string", pattern: "^[a-z]+$" } } }) },
);

const text = (model: ReturnType<typeof api>) => emitDeliveries(model)?.file.contents ?? "";

/**
 * A JSDoc's tags as written. Not through the parser's tags: TypeScript reads `@throws {@link X} text` as
 * an empty `@throws` followed by a `@link` tag.
 */
const tagsAsWritten = (jsDoc: ts.JSDoc) =>
  jsDoc
    .getText()
    .replace(/^\/\*\*|\*\/$/g, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n")
    .split(/\n(?=@)/)
    .slice(1)
    .map((tag) => tag.trim());

/** Each top-level declaration: its kind, its type (alias, annotation or members) and its JSDoc with tags. */
function declarations(source: string) {
  const found = new Map<string, { type: string | undefined; doc: string; tags: string[] }>();
  for (const statement of ts.createSourceFile("deliveries.ts", source, ts.ScriptTarget.Latest, true).statements) {
    const jsDoc = ts.getJSDocCommentsAndTags(statement).find(ts.isJSDoc);
    const doc = { doc: (jsDoc && ts.getTextOfJSDocComment(jsDoc.comment)) ?? "", tags: jsDoc ? tagsAsWritten(jsDoc) : [] };
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) found.set(d.name.getText(), { type: d.type?.getText(), ...doc });
    else if (ts.isTypeAliasDeclaration(statement)) found.set(statement.name.text, { type: statement.type.getText(), ...doc });
    else if (ts.isInterfaceDeclaration(statement)) found.set(statement.name.text, { type: statement.members.map((m) => m.getText()).join(" "), ...doc });
    else if (ts.isFunctionDeclaration(statement)) found.set(statement.name?.text ?? "", { type: statement.type?.getText(), ...doc });
  }
  return found;
}

const importsOf = (source: string) =>
  ts
    .createSourceFile("deliveries.ts", source, ts.ScriptTarget.Latest, true)
    .statements.filter(ts.isImportDeclaration)
    .map((i) => i.getText());

type Result = { ok: true; value: unknown } | { ok: false; issues: { path: string }[] };
type Deliveries = {
  webhookDeliverySchema: { kind: string; title: string; discriminator?: { property: string; mapping: Record<string, unknown> }; of?: unknown[] };
  isWebhookDelivery: (value: unknown) => boolean;
  validateWebhookDelivery: (value: unknown) => Result;
  parseWebhookDelivery: (options: Record<string, unknown>) => Promise<unknown>;
};

/** The deliveries module running beside the components module it imports from. */
async function run(model: ReturnType<typeof api>): Promise<Deliveries> {
  const components = emitComponentsModule(model);
  const deliveries = emitDeliveries(model);
  if (!components || !deliveries) throw new Error("nothing emitted");
  return (await importEmitted(moduleFiles(model, [components, deliveries]), deliveries.file.path)) as unknown as Deliveries;
}

describe("emitDeliveries: what deliveries.ts declares", () => {
  it("writes nothing for an API without webhooks", () => {
    expect(emitDeliveries(api({ A: { type: "string" } }, {}))).toBeUndefined();
  });

  it("writes the module and names its exports, types apart from values", () => {
    const emitted = emitDeliveries(TOLD_APART);
    expect(emitted?.file.path).toBe("src/t/deliveries.ts");
    expect([...(emitted?.exports ?? [])]).toEqual([
      ["UnknownWebhookDelivery", true],
      ["WebhookDelivery", true],
      ["isWebhookDelivery", false],
      ["validateWebhookDelivery", false],
      ["parseWebhookDelivery", false],
    ]);
    expect([...(emitDeliveries(UNTOLD)?.exports.keys() ?? [])]).toEqual(["WebhookDelivery", "isWebhookDelivery", "validateWebhookDelivery", "parseWebhookDelivery"]);
  });

  it("imports each body's type, the runtime's types and the support namespace", () => {
    expect(importsOf(text(TOLD_APART))).toEqual([
      'import * as $ from "../runtime/support.js";',
      'import type { SchemaPlan, Validator } from "../runtime/explain.js";',
      'import type { VerifyWebhookOptions, WebflowWebhookError } from "../runtime/webhooks.js";',
      'import { EXPLAIN_ALL_OF_DISCRIMINATOR_ENUM_OBJECT } from "./explainers.js";',
      'import { type FormDelivery, type PublishDelivery, formDeliverySchema, isFormDelivery, isPublishDelivery, publishDeliverySchema } from "./shared.js";',
    ]);
  });

  it("with a discriminant: a union with an unknown kind whose other fields are never, and docs that say so", () => {
    const found = declarations(text(TOLD_APART));
    const want: [name: string, type: string | undefined, doc: string][] = [
      ["WEBHOOK_DELIVERY_GUARDS", "ReadonlyMap<string, (value: unknown) => boolean>", "The guard of each listed `triggerType`."],
      [
        "UnknownWebhookDelivery",
        "readonly triggerType: string; readonly payload: never; readonly site: never; readonly when: never;",
        "A delivery whose `triggerType` this description does not list (the API added it since): passed through unvalidated. Its other fields are typed `never` so that testing `triggerType` narrows a {@link WebhookDelivery} to the listed delivery; read them from the raw body when you handle a new kind.",
      ],
      [
        "WebhookDelivery",
        "FormDelivery | PublishDelivery | UnknownWebhookDelivery",
        "A delivery the API posts to a webhook's URL: one of `form_submission`, `site_publish`, discriminated on `triggerType`, or a kind the description does not list yet.",
      ],
      ["isWebhookDelivery", "value is WebhookDelivery", "Whether `value` is a {@link WebhookDelivery}."],
      ["webhookDeliverySchema", "SchemaPlan", "The WebhookDelivery union as data: what {@link validateWebhookDelivery} walks to say why a delivery failed."],
      ["validateWebhookDelivery", "Validator<WebhookDelivery>", "Checks that `value` is a {@link WebhookDelivery}: a listed `triggerType` must match its delivery's schema."],
      [
        "parseWebhookDelivery",
        "Promise<WebhookDelivery>",
        "Verifies a delivery's signature and timestamp (see `verifyWebhookSignature`), then parses and validates its body as a {@link WebhookDelivery}.\n\nPass the raw body exactly as received, and the request's headers.",
      ],
    ];
    for (const [name, type, doc] of want) expect([name, found.get(name)?.type, found.get(name)?.doc]).toEqual([name, type, doc]);
    expect(found.get("parseWebhookDelivery")?.tags).toEqual([
      "@throws {@link WebflowWebhookError} when the signature, timestamp or body is wrong; its `issues` say where the body is.",
      '@example const delivery = await parseWebhookDelivery({ rawBody, headers: request.headers, secret });\nif (delivery.triggerType === "form_submission") console.log(delivery);',
    ]);
  });

  it("exports every declaration it names for the index, and the plan, which the index leaves out like every schema plan", () => {
    for (const model of [TOLD_APART, UNTOLD, REACHED]) {
      const emitted = emitDeliveries(model);
      const exported = ts
        .createSourceFile("deliveries.ts", emitted?.file.contents ?? "", ts.ScriptTarget.Latest, true)
        .statements.filter((s) => ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
        .flatMap((s) => (ts.isVariableStatement(s) ? s.declarationList.declarations.map((d) => d.name.getText()) : [(s as ts.DeclarationStatement).name?.getText() ?? ""]));
      expect(exported.sort()).toEqual([...(emitted?.exports.keys() ?? []), "webhookDeliverySchema"].sort());
    }
  });

  it("types as never, in the unknown kind, every property a listed body reaches through refs, allOf, anyOf and oneOf, and stops at a ref cycle", () => {
    expect(declarations(text(REACHED)).get("UnknownWebhookDelivery")?.type).toBe(
      "readonly triggerType: string; readonly code: never; readonly either: never; readonly left: never; readonly loop: never; readonly right: never;",
    );
  });

  it("types an inline body through schema.ts's webhooks type, imported as a type, and names its guard and pattern after the union and the webhook", () => {
    const source = text(REACHED);
    const found = declarations(source);
    expect(found.get("WebhookDelivery")?.type).toBe('Alert | NonNullable<webhooks["counted"]["post"]["requestBody"]>["content"]["application/json"] | UnknownWebhookDelivery');
    expect(importsOf(source)).toContain('import type { webhooks } from "./schema.js";');
    expect([...found.keys()].filter((name) => /counted/i.test(name))).toEqual(["WEBHOOK_DELIVERY_COUNTED_CODE_PATTERN", "isWebhookDelivery_counted"]);
  });

  it("without one: a plain union of the bodies, no unknown kind, no guard table, no example", () => {
    const found = declarations(text(UNTOLD));
    expect([...found.keys()]).toEqual(["WebhookDelivery", "isWebhookDelivery", "webhookDeliverySchema", "validateWebhookDelivery", "parseWebhookDelivery"]);
    expect(found.get("WebhookDelivery")).toMatchObject({ type: "Count | Ping", doc: "A delivery the API posts to a webhook's URL: one of `count`, `ping`." });
    expect(found.get("validateWebhookDelivery")?.doc).toBe("Checks that `value` is a {@link WebhookDelivery}.");
    expect(found.get("parseWebhookDelivery")?.tags).toEqual(["@throws {@link WebflowWebhookError} when the signature, timestamp or body is wrong; its `issues` say where the body is."]);
  });
});

describe("emitDeliveries: what deliveries.ts does when it runs", () => {
  it("with a discriminant: checks a listed kind against its body, passes an unlisted kind through, refuses the rest", async () => {
    const { isWebhookDelivery, validateWebhookDelivery } = await run(TOLD_APART);
    const cases: [value: unknown, valid: boolean, issuesAt: string[]][] = [
      [{ triggerType: "form_submission", payload: { name: "Ann" } }, true, []],
      [{ triggerType: "form_submission", payload: {} }, false, ["/payload/name"]],
      // A body that would fit the other kind is still judged by its own kind's schema.
      [{ triggerType: "form_submission", site: "s1", payload: {} }, false, ["/payload/name"]],
      [{ triggerType: "site_publish", site: "s1", payload: 1 }, true, []],
      [{ triggerType: "site_publish", payload: { name: "Ann" } }, false, ["/site"]],
      [{ triggerType: "collection_item_created", anything: 1 }, true, []],
      [{ triggerType: 1, payload: { name: "Ann" } }, false, ["/triggerType"]],
      [{ payload: { name: "Ann" } }, false, ["/triggerType"]],
      [["form_submission"], false, [""]],
      [null, false, [""]],
    ];
    for (const [value, valid, issuesAt] of cases) {
      const result = validateWebhookDelivery(value);
      expect([value, isWebhookDelivery(value), result.ok, result.ok ? [] : result.issues.map((i) => i.path)]).toEqual([value, valid, valid, issuesAt]);
    }
  });

  it("without one: any body's schema will do", async () => {
    const { isWebhookDelivery, validateWebhookDelivery } = await run(UNTOLD);
    const cases: [value: unknown, valid: boolean][] = [
      [{ id: "p1" }, true],
      [{ count: 2 }, true],
      [{ id: 1, count: 2.5 }, false],
      [{}, false],
      ["p1", false],
    ];
    for (const [value, valid] of cases) expect([value, isWebhookDelivery(value), validateWebhookDelivery(value).ok]).toEqual([value, valid, valid]);
  });

  it("publishes the union as a plan titled with its type: on the discriminant's values, else any of the bodies", async () => {
    const toldApart = (await run(TOLD_APART)).webhookDeliverySchema;
    expect([toldApart.kind, toldApart.title, toldApart.discriminator?.property, Object.keys(toldApart.discriminator?.mapping ?? {})]).toEqual(["object", "WebhookDelivery", "triggerType", ["form_submission", "site_publish"]]);
    const untold = (await run(UNTOLD)).webhookDeliverySchema;
    expect([untold.kind, untold.title, untold.of?.length]).toEqual(["anyOf", "WebhookDelivery", 2]);
  });

  it("parses a signed delivery, validated, and refuses a forged or invalid one", async () => {
    const { parseWebhookDelivery } = await run(TOLD_APART);
    const secret = "s3cret";
    const now = 1_700_000_000_000;
    const signed = (body: unknown, key = secret) => {
      const rawBody = JSON.stringify(body);
      return { rawBody, secret, now, timestamp: String(now), signature: createHmac("sha256", key).update(`${now}:${rawBody}`).digest("hex") };
    };
    const form = { triggerType: "form_submission", payload: { name: "Ann" } };
    await expect(parseWebhookDelivery(signed(form))).resolves.toEqual(form);
    await expect(parseWebhookDelivery(signed(form, "other"))).rejects.toMatchObject({ name: "WebflowWebhookError", message: "webhook rejected: signature does not match" });
    await expect(parseWebhookDelivery(signed({ triggerType: "form_submission", payload: {} }))).rejects.toMatchObject({ name: "WebflowWebhookError", issues: [{ path: "/payload/name" }] });
  });
});

describe("emitDeliveries: the union's types", () => {
  it("types an inline body by the webhook's own type in schema.ts, so testing the discriminant still narrows", () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "T", version: "1", "x-namespace": "t" },
      servers: [{ url: "https://api.example.com" }],
      components: { schemas: { FormDelivery: { type: "object", required: ["triggerType", "name"], properties: { triggerType: triggerType("form_submission"), name: { type: "string" } } } } },
      paths: {},
      webhooks: {
        form: delivery(ref("FormDelivery")),
        counted: delivery({ type: "object", required: ["triggerType", "count"], properties: { triggerType: triggerType("counted"), count: { type: "integer" } } }),
      },
    };
    const model = modelOfDocument(document);
    const probe = [
      'import type { WebhookDelivery } from "./src/t/deliveries.js";',
      "declare const delivery: WebhookDelivery;",
      'if (delivery.triggerType === "counted") { const count: number = delivery.count; void count; }',
      'if (delivery.triggerType === "form_submission") { const name: string = delivery.name; void name; }',
      "// @ts-expect-error a delivery is an object, not any value",
      "const wrong: WebhookDelivery = 42;",
      "void wrong;",
      "",
    ].join("\n");
    const files = [emitSchemaTypes(model, document), ...moduleFiles(model, [emitComponentsModule(model), emitDeliveries(model)]), { path: "probe.ts", contents: probe }];
    const diagnostics = strictDiagnostics(files, "probe.ts");
    expect(diagnostics).toEqual([]);
  });
});

