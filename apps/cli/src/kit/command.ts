import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';
import type { Io } from './io.ts';

/**
 * One `pathwise` command, such as `org create`.
 * NOTE: commands `await import()` the database and server modules inside `run`, after checking their input:
 * loading them (PGlite, fastify, the domain's content) takes about a second, which help and bad input need not wait.
 */
export interface Command {
  /** The words that name it: `['org', 'create']`. */
  readonly words: readonly string[];
  readonly summary: string;
  /** The full text of `pathwise <words> --help`. */
  readonly help: string;
  run(args: string[], io: Io): Promise<void>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's options strictly; any problem is bad input (exit 2) that points to the command's help. */
export function parseOptions<const T extends Options>(command: Command, args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nSee: pathwise ${command.words.join(' ')} --help`);
  }
}

/** The value of a required string option, or bad input naming it. */
export function required(command: Command, value: string | undefined, option: string): string {
  if (value === undefined || value === '') {
    throw new CliError(`--${option} is required.\nSee: pathwise ${command.words.join(' ')} --help`);
  }
  return value;
}
