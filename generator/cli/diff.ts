import { diffModels, formatJson, formatText, loadModels, summarize } from "../diff/index.js";
import { GenerationError } from "../problems.js";
import type { Command } from "./args.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { extractSpecAtRef } from "./git.js";
import type { Io } from "./output.js";

type DiffCommand = Extract<Command, { name: "diff" }>;

/** `diff OLD NEW` / `diff --base <ref> [spec]`: loads both sides through load → check → model and compares the models. */
export function runDiff(command: DiffCommand, io: Io): ExitCode {
  const options = command.lint ? { lint: command.lint } : {};
  const newModels = loadModels(command.new, process.cwd(), options);
  let oldModels;
  let oldLabel: string;
  if (command.base !== undefined) {
    const atRef = extractSpecAtRef(command.base, command.new);
    try {
      oldModels = loadModels(atRef.spec, atRef.root, options);
    } catch (error) {
      if (error instanceof GenerationError) throw new GenerationError(error.problems.map((p) => ({ ...p, message: `(at ${command.base}) ${p.message}` })));
      throw error;
    } finally {
      atRef.dispose();
    }
    oldLabel = `${command.new} at ${command.base}`;
  } else {
    oldModels = loadModels(command.old as string, process.cwd(), options);
    oldLabel = command.old as string;
  }

  const changes = diffModels(oldModels, newModels, command.byEndpoint ? { matchBy: "endpoint" } : {});
  const labels = { old: oldLabel, new: command.new };
  if (command.json) io.out(formatJson(changes, labels));
  else io.out(formatText(changes, labels, io.outStyle));
  if (command.failOnBreaking && summarize(changes).breaking > 0) {
    if (command.json) io.err(io.errStyle.red(`${summarize(changes).breaking} breaking change(s)`));
    return EXIT.checkFailed;
  }
  return EXIT.ok;
}
