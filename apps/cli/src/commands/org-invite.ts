import { CliError } from '../kit/cli-error.ts';
import { type Command, parseOptions } from '../kit/command.ts';
import { withDatabase } from '../kit/with-database.ts';

/** `pathwise org invite`: a single-use organization-creation code, for servers with ORG_SIGNUP=invite. */
export const orgInvite: Command = {
  words: ['org', 'invite'],
  summary: 'Make a single-use code that lets one person create an organization (ORG_SIGNUP=invite)',
  help: `Usage: pathwise org invite [--days DAYS]

  --days DAYS   how long the code stays valid, 1 to 365 days (default 30)

Prints a code such as K7QM-2XWD-9RTB-HCEP. Give it to the person who will create and administer the
organization: they type it on the page that creates one (/start). It works once; only its hash is stored, so it
is shown only now. With ORG_SIGNUP=open no code is needed; with closed, create organizations with
pathwise org create.`,
  async run(args, io) {
    const values = parseOptions(orgInvite, args, { days: { type: 'string' } });
    const days = values.days === undefined ? 30 : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 365)
      throw new CliError(`--days must be a whole number from 1 to 365 (got "${values.days}")`);
    const { issueOrgCreationCode } = await import('@pathwise/server');
    const code = await withDatabase(io.env, ({ db }) =>
      issueOrgCreationCode(db.kysely, { now: new Date(), days }),
    );
    io.out(code);
    io.err(
      `Single-use organization-creation code, valid ${days} day(s); it is not stored and not shown again.`,
    );
  },
};
