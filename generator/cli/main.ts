import { GenerationError, hasErrors } from "../problems.js";
import { parseCommand, UsageError } from "./args.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { HELP, version } from "./help.js";
import { printProblems, processIo, type Io } from "./output.js";
import { assertOutputOutsideSpec } from "./paths.js";

/**
 * Runs one command line and resolves with the exit code; every failure is reported here, never thrown.
 * The generator (TypeScript compiler, formatter) is imported only by the commands that need it, so
 * `--help` and `--version` answer at once.
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case "help":
        io.out(HELP);
        return EXIT.ok;
      case "version":
        io.out(`webflow-codegen ${version()}`);
        return EXIT.ok;
      case "diff": {
        const { runDiff } = await import("./diff.js");
        return runDiff(command, io);
      }
      case "generate": {
        const { assertSpecExists, checkOutput, generateAndWrite, specProblems } = await import("./generate.js");
        try {
          assertOutputOutsideSpec(command.spec, command.out);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          // A wrong output folder must not hide the spec's own errors: report both, the spec's first.
          const problems = specProblems(command.spec, command.lint);
          if (hasErrors(problems)) {
            printProblems(io, problems);
            io.err(io.errStyle.red(`error: ${error.message}`));
            io.err(io.errStyle.red("failed: the spec has errors; nothing was written"));
            return EXIT.specError;
          }
          throw error;
        }
        const options = { ...(command.lint ? { lint: command.lint } : {}), ...(command.verify ? { verify: true } : {}) };
        if (command.check) return await checkOutput(command.spec, command.out, io, options);
        if (command.watch) {
          assertSpecExists(command.spec);
          const { watchAndGenerate } = await import("./watch.js");
          return await watchAndGenerate(command.spec, command.out, io, undefined, options);
        }
        await generateAndWrite(command.spec, command.out, io, options);
        return EXIT.ok;
      }
    }
  } catch (error) {
    return reportFailure(error, argv[0], io);
  }
}

/** Prints what stopped a command and answers with its exit code. */
export function reportFailure(error: unknown, command: string | undefined, io: Io): ExitCode {
  if (error instanceof UsageError) {
    io.err(`${io.errStyle.red(`error: ${error.message}`)}\nrun webflow-codegen --help for usage`);
    return EXIT.usage;
  }
  if (error instanceof GenerationError && error.problems.every((p) => p.rule === "generated-code-compiles")) {
    // Only --verify gets here: the spec was accepted and the output is wrong, which is the generator's fault.
    printProblems(io, error.problems);
    io.err(io.errStyle.red("failed: the generated code does not compile under tsc --strict (a generator bug: please report it with the spec); nothing was written"));
    return EXIT.internal;
  }
  if (error instanceof GenerationError) {
    printProblems(io, error.problems);
    io.err(io.errStyle.red(command === "diff" ? "failed: the spec has errors" : "failed: the spec has errors; nothing was written"));
    return EXIT.specError;
  }
  io.err(io.errStyle.red(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  return EXIT.internal;
}
