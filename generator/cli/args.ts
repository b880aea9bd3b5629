import { parseArgs } from "node:util";
import { LINT_PROFILES, type LintProfile } from "../load/config.js";

export type Command =
  | { name: "help" }
  | { name: "version" }
  | { name: "generate"; spec: string; out: string; check: boolean; watch: boolean; verify?: boolean; lint?: LintProfile }
  | { name: "diff"; old?: string; new: string; base?: string; json: boolean; failOnBreaking: boolean; byEndpoint?: boolean; lint?: LintProfile };

/** Bad command line; the CLI prints the message and exits with the usage code. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const DEFAULT_SPEC = "spec";
export const DEFAULT_OUT = "generated";

type OptionSpec = Record<string, { type: "boolean" | "string" }>;

const COMMAND_OPTIONS: Record<"generate" | "diff", OptionSpec> = {
  generate: { check: { type: "boolean" }, watch: { type: "boolean" }, verify: { type: "boolean" }, lint: { type: "string" } },
  diff: { base: { type: "string" }, json: { type: "boolean" }, "fail-on-breaking": { type: "boolean" }, "by-endpoint": { type: "boolean" }, lint: { type: "string" } },
};

/** `--help`/`-h` and `--version`/`-V` win wherever they appear (before a `--`). */
export function parseCommand(argv: readonly string[]): Command {
  const end = argv.indexOf("--");
  const flags = end === -1 ? argv : argv.slice(0, end);
  if (flags.includes("--help") || flags.includes("-h")) return { name: "help" };
  if (flags.includes("--version") || flags.includes("-V")) return { name: "version" };

  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError("no command given");
  if (command === "help") return { name: "help" };
  if (command === "version") return { name: "version" };
  if (command !== "generate" && command !== "diff") {
    throw new UsageError(command.startsWith("-") ? `unknown option ${command}` : `unknown command ${JSON.stringify(command)}`);
  }

  const options = COMMAND_OPTIONS[command];
  const restEnd = rest.indexOf("--");
  for (const arg of restEnd === -1 ? rest : rest.slice(0, restEnd)) {
    if (!arg.startsWith("-") || arg === "-") continue;
    const name = arg.replace(/^--?/, "").split("=")[0] ?? "";
    if (!arg.startsWith("--") || !(name in options)) throw new UsageError(`unknown option ${arg.split("=")[0]} for ${command}`);
  }
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  let lint: LintProfile | undefined;
  if (values.lint !== undefined) {
    if (typeof values.lint !== "string" || !(LINT_PROFILES as readonly string[]).includes(values.lint)) {
      throw new UsageError(`--lint must be one of ${LINT_PROFILES.join(", ")}, got ${JSON.stringify(values.lint)}`);
    }
    lint = values.lint as LintProfile;
  }
  const withLint = { ...(lint !== undefined ? { lint } : {}), ...(values["by-endpoint"] === true ? { byEndpoint: true } : {}) };

  if (command === "generate") {
    if (positionals.length > 2) throw new UsageError(`generate takes at most two arguments (spec and out), got ${positionals.length}`);
    if (values.check && values.watch) throw new UsageError("--check and --watch cannot be combined");
    const verify = values.verify === true ? { verify: true } : {};
    return { name: "generate", spec: positionals[0] ?? DEFAULT_SPEC, out: positionals[1] ?? DEFAULT_OUT, check: values.check === true, watch: values.watch === true, ...verify, ...withLint };
  }

  const json = values.json === true;
  const failOnBreaking = values["fail-on-breaking"] === true;
  const base = values.base;
  if (typeof base === "string") {
    if (base === "") throw new UsageError("--base needs a git ref");
    if (positionals.length > 1) throw new UsageError(`diff --base takes at most one spec argument, got ${positionals.length}`);
    return { name: "diff", base, new: positionals[0] ?? DEFAULT_SPEC, json, failOnBreaking, ...withLint };
  }
  if (positionals.length !== 2) throw new UsageError(`diff needs two specs (OLD NEW) or --base <git-ref>, got ${positionals.length} argument${positionals.length === 1 ? "" : "s"}`);
  return { name: "diff", old: positionals[0] as string, new: positionals[1] as string, json, failOnBreaking, ...withLint };
}
