import { AppError } from '@pathwise/core';
import { importCommands } from './commands/import-content.ts';
import { migrate } from './commands/migrate.ts';
import { orgCreate } from './commands/org-create.ts';
import { orgInvite } from './commands/org-invite.ts';
import { seedDemo } from './commands/seed-demo.ts';
import { tokenCreate } from './commands/token-create.ts';
import { userCreate } from './commands/user-create.ts';
import { CliError, EXIT } from './kit/cli-error.ts';
import type { Command } from './kit/command.ts';
import type { Io } from './kit/io.ts';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  migrate,
  seedDemo,
  orgCreate,
  orgInvite,
  userCreate,
  tokenCreate,
  ...importCommands,
];

function overview(commands: readonly Command[], group = ''): string {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length));
  const lines = commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}`);
  return `Usage: pathwise ${group ? `${group} ` : ''}<command> [options]

Commands:
${lines.join('\n')}

Run "pathwise <command> --help" for a command's options.

The database is the server's: DATABASE_URL (PostgreSQL) when set, else the embedded one in DATA_DIR
(default ./data). A data folder that a running server holds is refused.

Exit codes: 0 done; 2 bad input (nothing was written); 3 database unavailable (a running server holds the
data folder, or PostgreSQL does not answer); 1 anything else.`;
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** Runs one `pathwise` invocation and returns its exit code; messages go to `io`, never thrown. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const first = argv[0];
  if (first === undefined || isHelp(first) || first === 'help') {
    (first === undefined ? io.err : io.out)(overview(COMMANDS));
    return first === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.words.every((word, i) => argv[i] === word));
  if (!command) {
    const group = COMMANDS.filter((c) => c.words[0] === first);
    if (group.length > 0 && (argv[1] === undefined || isHelp(argv[1]))) {
      (argv[1] === undefined ? io.err : io.out)(overview(group, first));
      return argv[1] === undefined ? EXIT.badInput : EXIT.ok;
    }
    io.err(`Unknown command "${argv.slice(0, 2).join(' ')}".\n\n${overview(COMMANDS)}`);
    return EXIT.badInput;
  }
  const args = argv.slice(command.words.length);
  // Help wins over everything else and never opens the database.
  if (args.some(isHelp)) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    await command.run(args, io);
    return EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: Io): number {
  if (error instanceof CliError) {
    io.err(`pathwise: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof AppError) {
    // Domain rules (a taken address, …) that the input broke: the transaction was rolled back.
    io.err(`pathwise: ${error.message}`);
    return EXIT.badInput;
  }
  io.err(
    `pathwise: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return EXIT.failed;
}
