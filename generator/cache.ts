import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Work done once is not done again: a stage's output text by a key made of its input text and of
 * everything else the output depends on (`fingerprint`: library versions, options). Kept in memory for
 * this process and under `node_modules/.cache/webflow-codegen/<name>/` for the next run, so a `--watch`
 * save or a regeneration pays only for what changed.
 */
export class TextCache {
  readonly #memory = new Map<string, string>();
  readonly #dir: string;

  constructor(
    name: string,
    private readonly fingerprint: string,
  ) {
    const generatorRoot = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
    this.#dir = path.join(generatorRoot, "node_modules", ".cache", "webflow-codegen", name);
  }

  /** The key of an input: its parts (a parser's name, the text) and the cache's fingerprint. */
  key(...parts: string[]): string {
    const hash = createHash("sha256").update(this.fingerprint);
    for (const part of parts) hash.update("\0").update(part);
    return hash.digest("hex");
  }

  get(key: string): string | undefined {
    const known = this.#memory.get(key);
    if (known !== undefined) return known;
    try {
      const text = readFileSync(path.join(this.#dir, key), "utf8");
      this.#memory.set(key, text);
      return text;
    } catch {
      return undefined;
    }
  }

  set(key: string, text: string): void {
    this.#memory.set(key, text);
    try {
      mkdirSync(this.#dir, { recursive: true });
      // Through a temporary name, so a concurrent reader never sees half a file.
      const temporary = path.join(this.#dir, `${key}.${process.pid}.tmp`);
      writeFileSync(temporary, text);
      renameSync(temporary, path.join(this.#dir, key));
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }
}
