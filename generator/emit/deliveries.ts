import { StructureKind, VariableDeclarationKind } from "../libraries.js";
import { DELIVERIES_MODULE } from "../model/index.js";
import { constantCase } from "../model/names.js";
import type { ApiModel, DeliveriesModel, NamedSchema, SchemaNode, WebhookModel } from "../model/types.js";
import { identifier, objectKey, propertyAccess, stringLiteral, typeKey } from "./literals.js";
import { specifierOf, type EmittedModule } from "./groups.js";
import { ModuleBuilder } from "./module.js";
import { callableGuard, planLiteral, planWithExplainer, schemaScope } from "./schemas.js";
import { jsDoc } from "./source.js";

/**
 * `deliveries.ts`: the union of what the API posts to its clients (the spec's `webhooks`), its validator,
 * and `parseWebhookDelivery`, which verifies a delivery's signature and returns it validated and
 * narrowable on its discriminant (`if (delivery.triggerType === "form_submission") ...`). A delivery
 * whose discriminant value the spec does not list is passed through, not refused: APIs add event types.
 */
export function emitDeliveries(model: ApiModel): EmittedModule | undefined {
  const deliveries = model.deliveries;
  if (!deliveries) return undefined;
  const byName = new Map(model.schemas.map((s) => [s.name, s]));
  const module = new ModuleBuilder(`src/${model.namespace}/${DELIVERIES_MODULE}.ts`, specifierOf(DELIVERIES_MODULE));
  const scope = schemaScope(module, byName, specifierOf, []);
  const variants = deliveries.webhooks.map((webhook) => ({ webhook, type: variantType(module, byName, webhook) }));
  const exports = new Map<string, boolean>();
  const { discriminant } = deliveries;
  const runtimeType = (name: string, file: string) => module.use(name, { module: `../runtime/${file}.js`, typeOnly: true });

  if (discriminant) {
    module.add({
      kind: StructureKind.Interface,
      isExported: true,
      name: identifier(deliveries.unknownTypeName),
      docs: [jsDoc([`A delivery whose \`${discriminant}\` this description does not list (the API added it since): passed through unvalidated. Its other fields are typed \`never\` so that testing \`${discriminant}\` narrows a {@link ${deliveries.typeName}} to the listed delivery; read them from the raw body when you handle a new kind.`])],
      properties: [
        { name: typeKey(discriminant), isReadonly: true, type: "string" },
        ...otherProperties(deliveries, byName).map((name) => ({ name: typeKey(name), isReadonly: true, type: "never" })),
      ],
    });
    exports.set(deliveries.unknownTypeName, true);
  }
  module.add({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: identifier(deliveries.typeName),
    docs: [jsDoc([`A delivery the API posts to a webhook's URL: one of ${deliveries.webhooks.map((w) => `\`${w.discriminantValue ?? w.name}\``).join(", ")}${discriminant ? `, discriminated on \`${discriminant}\`, or a kind the description does not list yet` : ""}.`])],
    type: [...variants.map((v) => v.type), ...(discriminant ? [identifier(deliveries.unknownTypeName)] : [])].join(" | "),
  });
  exports.set(deliveries.typeName, true);

  const guards = variants.map(({ webhook }) => ({ value: webhook.discriminantValue, guard: callableGuard(scope, webhook.schema, [deliveries.typeName, webhook.name]) }));
  const isObject = module.support("isPlainObject");
  let guardBody: string;
  if (discriminant) {
    const map = identifier(constantCase(`${deliveries.typeName} guards`));
    module.constants.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc([`The guard of each listed \`${discriminant}\`.`])],
      declarations: [{ name: map, type: "ReadonlyMap<string, (value: unknown) => boolean>", initializer: `/* @__PURE__ */ new Map<string, (value: unknown) => boolean>([${guards.map((g) => `[${stringLiteral(g.value as string)}, ${g.guard}]`).join(", ")}])` }],
    });
    const key = propertyAccess("value", discriminant);
    guardBody = `${isObject}(value) && typeof ${key} === "string" && (${map}.get(${key})?.(value) ?? true)`;
  } else {
    guardBody = guards.map((g) => `${g.guard}(value)`).join(" || ");
  }
  module.add({
    kind: StructureKind.Function,
    isExported: true,
    name: identifier(deliveries.guardName),
    docs: [jsDoc([`Whether \`value\` is a {@link ${deliveries.typeName}}.`])],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `value is ${deliveries.typeName}`,
    statements: [`return ${guardBody};`],
  });
  exports.set(deliveries.guardName, false);

  // Written here around the variants' plans: the object and discriminator keywords, or the union's.
  const variantPlan = (w: (typeof deliveries.webhooks)[number]) => planLiteral(scope, w.schema, [deliveries.typeName, w.name]);
  const { plan, explainer: explainWith } = planWithExplainer(
    scope,
    () =>
      discriminant
        ? `{ kind: "object", title: ${stringLiteral(deliveries.typeName)}, properties: { ${objectKey(discriminant)}: { kind: "string" } }, required: [${stringLiteral(discriminant)}], discriminator: { property: ${stringLiteral(discriminant)}, mapping: { ${deliveries.webhooks.map((w) => `${objectKey(w.discriminantValue as string)}: ${variantPlan(w)}`).join(", ")} } } }`
        : `{ kind: "anyOf", title: ${stringLiteral(deliveries.typeName)}, of: [${deliveries.webhooks.map(variantPlan).join(", ")}] }`,
    discriminant ? ["object", "discriminator"] : ["union"],
  );
  const validatorType = runtimeType("Validator", "explain");
  module.add(
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc([`The ${deliveries.typeName} union as data: what {@link ${deliveries.validatorName}} walks to say why a delivery failed.`])],
      declarations: [{ name: identifier(deliveries.planName), type: runtimeType("SchemaPlan", "explain"), initializer: plan }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc([`Checks that \`value\` is a {@link ${deliveries.typeName}}${discriminant ? `: a listed \`${discriminant}\` must match its delivery's schema` : ""}.`])],
      declarations: [{ name: identifier(deliveries.validatorName), type: `${validatorType}<${deliveries.typeName}>`, initializer: `/* @__PURE__ */ ${module.support("validator")}(${identifier(deliveries.guardName)}, ${identifier(deliveries.planName)}, ${explainWith})` }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(deliveries.parseName),
      docs: [
        jsDoc(
          [
            `Verifies a delivery's signature and timestamp (see \`verifyWebhookSignature\`), then parses and validates its body as a {@link ${deliveries.typeName}}.`,
            "Pass the raw body exactly as received, and the request's headers.",
          ],
          [
            { tagName: "throws", text: "{@link WebflowWebhookError} when the signature, timestamp or body is wrong; its `issues` say where the body is." },
            ...(discriminant ? [{ tagName: "example", text: `const delivery = await ${deliveries.parseName}({ rawBody, headers: request.headers, secret });\nif (delivery.${discriminant} === ${stringLiteral(deliveries.webhooks[0]?.discriminantValue ?? "")}) console.log(delivery);` }] : []),
          ],
        ),
      ],
      parameters: [{ name: "options", type: runtimeType("VerifyWebhookOptions", "webhooks") }],
      returnType: `Promise<${deliveries.typeName}>`,
      statements: [`return ${module.support("parseWebhook")}({ ...options, validate: ${identifier(deliveries.validatorName)} });`],
    },
  );
  for (const name of ["WebflowWebhookError"]) module.use(name, { module: "../runtime/webhooks.js", typeOnly: true });
  exports.set(deliveries.validatorName, false);
  exports.set(deliveries.parseName, false);
  return { file: module.print(), exports, explainers: scope.explainers };
}

/** The TypeScript type of one delivery body: its component's type, imported. */
function variantType(module: ModuleBuilder, byName: ReadonlyMap<string, NamedSchema>, webhook: WebhookModel): string {
  const schema = webhook.schema.kind === "ref" ? byName.get(webhook.schema.name) : undefined;
  if (schema) return module.use(identifier(schema.typeName), { module: specifierOf(schema.module), typeOnly: true });
  // An inline body has no name of its own: its type is the one openapi-typescript wrote for the webhook.
  const webhooks = module.use("webhooks", { module: "./schema.js", typeOnly: true });
  return `NonNullable<${webhooks}[${stringLiteral(webhook.name)}]["post"]["requestBody"]>["content"][${stringLiteral(webhook.contentType)}]`;
}

/** Every property name a listed delivery declares besides the discriminant. */
function otherProperties(deliveries: DeliveriesModel, byName: ReadonlyMap<string, NamedSchema>): string[] {
  const names = new Set<string>();
  const collect = (node: SchemaNode, seen: Set<string>): void => {
    if (node.kind === "ref") {
      const target = byName.get(node.name);
      if (target && !seen.has(node.name)) collect(target.schema, new Set([...seen, node.name]));
    } else if (node.kind === "allOf" || node.kind === "anyOf" || node.kind === "oneOf") {
      for (const variant of node.variants) collect(variant, seen);
    } else if (node.kind === "object") {
      for (const property of node.properties) names.add(property.name);
    }
  };
  for (const webhook of deliveries.webhooks) collect(webhook.schema, new Set());
  names.delete(deliveries.discriminant ?? "");
  return [...names].sort();
}
