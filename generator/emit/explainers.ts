import { StructureKind, VariableDeclarationKind } from "../libraries.js";
import { EXPLAINERS_MODULE } from "../model/index.js";
import type { ApiModel } from "../model/types.js";
import { objectKey } from "./literals.js";
import { specifierOf } from "./groups.js";
import { ModuleBuilder } from "./module.js";
import { FORMAT, FORMAT_GUARDS, type ExplainerPart } from "./schemas.js";
import { jsDoc, type GeneratedFile } from "./source.js";

/** The runtime's part of each keyword family, as its `ExplainerParts` names it. */
const PART_FUNCTIONS: Readonly<Record<ExplainerPart, string>> = {
  string: "stringKeywords",
  number: "numberKeywords",
  array: "arrayKeywords",
  uniqueItems: "uniqueItemsKeyword",
  object: "objectKeywords",
  allOf: "allOfKeywords",
  union: "unionKeywords",
  enum: "enumKeyword",
  not: "notKeyword",
  discriminator: "discriminatorKeyword",
};

/** What a part explains, in a sentence. */
const PART_WORDS: Readonly<Record<ExplainerPart, string>> = {
  string: "string keywords",
  number: "number bounds",
  array: "array keywords",
  uniqueItems: "`uniqueItems`",
  object: "object keywords",
  allOf: "`allOf`",
  union: "`anyOf` and `oneOf`",
  enum: "`enum`",
  not: "`not`",
  discriminator: "the discriminator",
};

/** `a`, `a and b`, `a, b and c`. */
const listed = (words: readonly string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);

/** The doc of an explainer of these parts. */
function explainerDoc(families: readonly ExplainerPart[], formats: readonly string[]): string {
  const pieces = ["its type", ...families.map((part) => PART_WORDS[part])];
  if (formats.length > 0) pieces.push(`the ${listed(formats.map((f) => `\`${f}\``))} format${formats.length > 1 ? "s" : ""}`);
  return `Explains why a value fails its check by ${listed(pieces)}.`;
}

/**
 * `explainers.ts`: every explainer the namespace's validators use (the modules' `needs`, by name: the parts
 * each is made of), sorted by name. Each is declared once and marked pure, so a program bundles those its
 * validators reach and no other; a module of only the explainers the spec needs, not every combination.
 */
export function emitExplainers(model: ApiModel, needs: ReadonlyMap<string, readonly string[]>): GeneratedFile | undefined {
  if (needs.size === 0) return undefined;
  const module = new ModuleBuilder(`src/${model.namespace}/${EXPLAINERS_MODULE}.ts`, specifierOf(EXPLAINERS_MODULE));
  const type = module.use("Explainer", { module: "../runtime/explain.js", typeOnly: true });
  for (const [name, parts] of [...needs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const families = parts.filter((part) => !part.startsWith(FORMAT)) as ExplainerPart[];
    const formats = parts.filter((part) => part.startsWith(FORMAT)).map((part) => part.slice(FORMAT.length) as keyof typeof FORMAT_GUARDS);
    const fields = families.map((part) => `${part}: ${module.support(PART_FUNCTIONS[part])}`);
    if (formats.length > 0) fields.push(`formats: { ${formats.map((f) => `${objectKey(f)}: ${module.support(FORMAT_GUARDS[f])}`).join(", ")} }`);
    module.add({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [jsDoc([explainerDoc(families, formats)])],
      declarations: [{ name, type, initializer: `/* @__PURE__ */ ${module.support("explainer")}(${fields.length > 0 ? `{ ${fields.join(", ")} }` : "{}"})` }],
    });
  }
  return module.print();
}
