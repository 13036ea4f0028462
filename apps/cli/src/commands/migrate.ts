import { type Command, parseOptions } from '../kit/command.ts';
import { withDatabase } from '../kit/with-database.ts';

/** `pathwise migrate`: brings the database to the newest schema. */
export const migrate: Command = {
  words: ['migrate'],
  summary: 'Bring the database to the newest schema',
  help: `Usage: pathwise migrate

Applies every migration the database has not had yet, in order, each in its own transaction.
The server does this at every start too; run it by hand before a start you want to watch.`,
  async run(args, io) {
    parseOptions(migrate, args, {});
    await withDatabase(io.env, async ({ db, migrated }) => {
      if (migrated.length === 0) io.out(`The ${db.kind} database is up to date.`);
      else
        io.out(`Applied ${migrated.length} migration(s) to the ${db.kind} database: ${migrated.join(', ')}`);
    });
  },
};
