import { processIo } from './kit/io.ts';
import { runCli } from './run-cli.ts';

// Wiring only. exitCode (not exit()) lets stdout drain when it is a pipe.
process.exitCode = await runCli(process.argv.slice(2), processIo());
