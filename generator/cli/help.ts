import { readFileSync } from "node:fs";

export const HELP = `webflow-codegen: generates a typed, scope-aware, validating TypeScript client from an OpenAPI 3.0 or 3.1 description (YAML or JSON)

usage:
  webflow-codegen generate [spec] [out]          write the package (defaults: spec generated)
  webflow-codegen generate [spec] [out] --check  write nothing; exit 1 and list stale files if out is not what spec produces
  webflow-codegen generate [spec] [out] --watch  regenerate on every change under the spec's folder
  webflow-codegen diff OLD NEW                   compare two API descriptions (root YAML/JSON files or folders)
  webflow-codegen diff --base <git-ref> [spec]   compare spec (default: spec) as committed at <git-ref> with the working tree
  webflow-codegen --help | --version

generate options:
  --verify            also type-check the whole output under tsc --strict before writing it (seconds more);
                      output that does not compile is a generator bug: exit 4, nothing written

generate and diff options:
  --lint <profile>    default | house-style; overrides the spec folder's webflow-codegen.config.json
                      (default: only what breaks generation is an error; house-style: the house rules too)

diff options:
  --json              print the changes as JSON instead of text
  --fail-on-breaking  exit 1 when any change is breaking
  --by-endpoint       match operations by method and path (parameter names ignored), not operationId:
                      for drift between a hand-written spec and the vendor's own file

exit codes:
  0  done (output written or up to date, diff printed)
  1  --check found stale files, or diff --fail-on-breaking found a breaking change
  2  the spec is missing or has errors; nothing was written
  3  usage error: unknown command or option, wrong arguments, unknown git ref
  4  internal error (or, with --verify, generated code that does not compile)

environment:
  NO_COLOR     when set (non-empty), never color; otherwise color only on a terminal
  FORCE_COLOR  when set (non-empty, not 0), color even when not on a terminal (NO_COLOR wins)
`;

/** The tool's version, from its package.json: two folders up from generator/cli/ in a checkout, three from dist/generator/cli/ when installed. */
export function version(): string {
  for (const up of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "webflow-codegen" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // not this one
    }
  }
  return "unknown";
}
