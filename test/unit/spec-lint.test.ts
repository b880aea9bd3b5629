/**
 * Lints the hand-written OpenAPI descriptions in spec/ with Redocly's
 * `recommended` ruleset (plus a few stricter rules), one test per root doc,
 * and checks the file-layout conventions the generator relies on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig, formatProblems, lint, type NormalizedProblem } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const specDir = fileURLToPath(new URL('../../spec/', import.meta.url));

const ROOT_DOCS = ['webflow-v2.yaml', 'webflow-v1.yaml'] as const;

async function lintDoc(file: string): Promise<NormalizedProblem[]> {
  const config = await createConfig({
    extends: ['recommended'],
    rules: {
      // The spec describes Webflow's proprietary third-party API: there is no
      // license under which this description is published, so there is no
      // truthful license object to add.
      'info-license': 'off',
      'info-license-strict': 'off',
      // By convention (the generator depends on it) components are declared as
      // `$ref`s to schema/parameter/response files, and everything else points
      // at the same file targets rather than at `#/components/...`. Redocly
      // therefore sees the component entries themselves as unreferenced.
      'no-unused-components': 'off',
      // Stricter than `recommended`: every example must be valid, every
      // operation documented and tagged with exactly one declared tag.
      'no-invalid-media-type-examples': { severity: 'error', allowAdditionalProperties: false },
      'no-invalid-schema-examples': { severity: 'error', allowAdditionalProperties: false },
      'no-invalid-parameter-examples': 'error',
      'no-schema-type-mismatch': 'error',
      'no-enum-type-mismatch': 'error',
      'operation-description': 'error',
      'operation-tag-defined': 'error',
      'operation-singular-tag': 'error',
      'parameter-description': 'error',
      'tag-description': 'error',
      'security-defined': 'error',
      // Left off (as in `recommended`): `no-required-schema-properties-undefined`
      // does not look at the parent's `properties` when `required` sits in an
      // `anyOf` branch, which is how PublishSiteRequest encodes "at least one of
      // customDomains / publishToWebflowSubdomain".
    },
  });
  return lint({ ref: specDir + file, config });
}

function report(problems: NormalizedProblem[]): string {
  return problems
    .map((p) => {
      const loc = p.location[0];
      const where = loc ? `${loc.source.absoluteRef}${loc.pointer ?? ''}` : '?';
      return `${p.severity} ${p.ruleId}: ${p.message}\n    at ${where}`;
    })
    .join('\n');
}

describe('spec lint (redocly recommended)', () => {
  for (const doc of ROOT_DOCS) {
    it(`${doc} has no errors and no warnings`, async () => {
      const problems = await lintDoc(doc);
      const errors = problems.filter((p) => p.severity === 'error');
      const warnings = problems.filter((p) => p.severity === 'warn');
      if (problems.length > 0) console.log(report(problems));
      expect(report(errors)).toBe('');
      expect(report(warnings)).toBe('');
    });
  }
});

// ---------------------------------------------------------------------------
// Layout conventions the generator relies on (see spec/webflow-v2.yaml).
// ---------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fileCache = new Map<string, Json>();
function loadYaml(file: string): Json {
  let doc = fileCache.get(file);
  if (doc === undefined) {
    doc = parseYaml(readFileSync(file, 'utf8')) as Json;
    fileCache.set(file, doc);
  }
  return doc;
}

function atPointer(doc: Json, pointer: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Every `$ref` in a file: [referring file, absolute target file, pointer]. */
function refsIn(file: string): { from: string; file: string; pointer: string }[] {
  const out: { from: string; file: string; pointer: string }[] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const [path = '', pointer = ''] = value.split('#');
          out.push({ from: file, file: path ? resolve(dirname(file), path) : file, pointer });
        } else if (key !== 'example' && key !== 'examples') visit(value);
      }
    }
  };
  visit(loadYaml(file));
  return out;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));
}

describe('spec layout conventions', () => {
  for (const [root, ns, other] of [
    ['webflow-v2.yaml', 'v2', 'v1'],
    ['webflow-v1.yaml', 'v1', 'v2'],
  ] as const) {
    const rootFile = join(specDir, root);
    const nsDir = join(specDir, ns);
    const files = [rootFile, ...yamlFilesUnder(nsDir)];

    it(`${root}: every $ref resolves and stays inside ${ns}/`, () => {
      const problems: string[] = [];
      for (const ref of files.flatMap(refsIn)) {
        if (!existsSync(ref.file)) problems.push(`${ref.from}: missing file ${ref.file}`);
        else if (atPointer(loadYaml(ref.file), ref.pointer) === undefined)
          problems.push(`${ref.from}: missing ${ref.file}#${ref.pointer}`);
        if (ref.file !== rootFile && !ref.file.startsWith(nsDir + sep))
          problems.push(`${ref.from}: refers outside ${ns}/ (${ref.file})`);
        if (ref.file.startsWith(join(specDir, other) + sep))
          problems.push(`${ref.from}: refers to ${other} (${ref.file})`);
      }
      expect(problems).toEqual([]);
    });

    it(`${root}: every reusable target is declared as a component, and only by $ref`, () => {
      const doc = loadYaml(rootFile);
      const components = isObject(doc) && isObject(doc.components) ? doc.components : {};
      const declared = new Set<string>();
      const problems: string[] = [];
      for (const kind of ['schemas', 'parameters', 'responses', 'headers']) {
        const section = components[kind];
        if (!isObject(section)) continue;
        for (const [name, entry] of Object.entries(section)) {
          const ref = isObject(entry) ? entry.$ref : undefined;
          if (typeof ref !== 'string' || Object.keys(entry as JsonObject).length !== 1) {
            problems.push(`components.${kind}.${name} is not a bare $ref`);
            continue;
          }
          const [path = '', pointer = ''] = ref.split('#');
          declared.add(`${resolve(specDir, path)}#${pointer}`);
        }
      }
      // Every ref from outside the root to a top-level entry of a schema,
      // parameter, response or header file must be a declared component.
      for (const ref of files.filter((f) => f !== rootFile).flatMap(refsIn)) {
        if (ref.pointer.split('/').length !== 2) continue;
        if (!declared.has(`${ref.file}#${ref.pointer}`))
          problems.push(`${ref.from}: ${ref.file}#${ref.pointer} is not a component`);
      }
      // ...and every top-level entry of those files is a component.
      for (const file of files.filter((f) => /[/\\](schemas[/\\][^/\\]+|parameters|responses|headers)\.yaml$/.test(f))) {
        for (const key of Object.keys(loadYaml(file) as JsonObject)) {
          if (!declared.has(`${file}#/${key}`)) problems.push(`${file}#/${key} is not declared as a component`);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${root}: 3.1 style only — no \`nullable\`, every component schema has examples`, () => {
      const problems: string[] = [];
      const visit = (node: Json, where: string): void => {
        if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${where}/${i}`));
        else if (isObject(node)) {
          for (const [key, value] of Object.entries(node)) {
            if (key === 'nullable') problems.push(`${where}: nullable`);
            if (key !== 'example' && key !== 'examples') visit(value, `${where}/${key}`);
          }
        }
      };
      for (const file of files) visit(loadYaml(file), file);
      for (const file of yamlFilesUnder(join(nsDir, 'schemas'))) {
        for (const [name, schema] of Object.entries(loadYaml(file) as JsonObject)) {
          const examples = isObject(schema) ? schema.examples : undefined;
          if (!Array.isArray(examples) || examples.length === 0) problems.push(`${file}#/${name}: no examples`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('webflow-v2.yaml: scopes, scope levels, operation scopes and trigger scopes agree', () => {
    const doc = loadYaml(join(specDir, 'webflow-v2.yaml'));
    const scheme = atPointer(doc, '/components/securitySchemes/oauth2');
    const scopes = atPointer(doc, '/components/securitySchemes/oauth2/flows/authorizationCode/scopes');
    const levels = atPointer(doc, '/components/securitySchemes/oauth2/x-scope-levels');
    expect(isObject(scheme) && isObject(scopes) && isObject(levels)).toBe(true);
    const declared = new Set(Object.keys(scopes as JsonObject));
    const site = (levels as JsonObject).site as string[];
    const workspace = (levels as JsonObject).workspace as string[];
    expect([...new Set([...site, ...workspace])].sort()).toEqual([...declared].sort());
    for (const [scope, text] of Object.entries(scopes as JsonObject)) {
      expect(typeof text === 'string' && text.length > 0, scope).toBe(true);
    }

    const used: string[] = [];
    for (const file of yamlFilesUnder(join(specDir, 'v2', 'paths'))) {
      for (const item of Object.values(loadYaml(file) as JsonObject)) {
        for (const [method, op] of Object.entries(item as JsonObject)) {
          if (method === 'parameters' || !isObject(op)) continue;
          const security = op.security;
          expect(Array.isArray(security) && security.length > 0, `${op.operationId} security`).toBe(true);
          for (const req of security as JsonObject[]) used.push(...((req.oauth2 as string[] | undefined) ?? []));
        }
      }
    }
    expect(used.filter((s) => !declared.has(s))).toEqual([]);

    const trigger = loadYaml(join(specDir, 'v2', 'schemas', 'webhook.yaml')) as JsonObject;
    const triggerType = trigger.TriggerType as JsonObject;
    const values = triggerType.enum as string[];
    expect(values).toHaveLength(14);
    expect(Object.keys(triggerType['x-trigger-scopes'] as JsonObject).sort()).toEqual([...values].sort());
    expect(Object.keys(triggerType['x-enum-descriptions'] as JsonObject).sort()).toEqual([...values].sort());
    for (const scope of Object.values(triggerType['x-trigger-scopes'] as JsonObject)) {
      expect(declared.has(scope as string), String(scope)).toBe(true);
    }
  });
});
