/** The CLI's exit codes; the README's "Command line" section documents the same table. */
export const EXIT = {
  /** Done: output written or already up to date, diff printed, help or version shown. */
  ok: 0,
  /** A check failed: `generate --check` found stale files, or `diff --fail-on-breaking` found a breaking change. */
  checkFailed: 1,
  /** The spec is missing or has errors (load, check or compile); nothing was written. */
  specError: 2,
  /** Bad usage: unknown command or option, wrong number of arguments, unknown git ref. */
  usage: 3,
  /** Anything else: a bug or an I/O failure. */
  internal: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
