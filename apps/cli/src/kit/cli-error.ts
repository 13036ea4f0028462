/** Exit codes of the `pathwise` command, documented in its help. */
export const EXIT = {
  ok: 0,
  /** Something unexpected; the message and stack go to stderr. */
  failed: 1,
  /** Bad input: an unknown command or option, a malformed value, a name that does not exist. Nothing written. */
  badInput: 2,
  /** The database cannot be used now: a running server holds the data folder, or PostgreSQL does not answer. */
  unavailable: 3,
} as const;

/** An error the CLI reports as one plain line (no stack) with its own exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.badInput) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
