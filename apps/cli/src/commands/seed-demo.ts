import { DEMO_ACCOUNTS, DEMO_ORG_SLUG, seedDemo as seedDemoOrganization } from '@pathwise/server';
import { type Command, parseOptions } from '../command.ts';
import { withDatabase } from '../with-database.ts';

/** `pathwise seed demo`: creates the demo organization and its accounts, unless it exists. */
export const seedDemo: Command = {
  words: ['seed', 'demo'],
  summary: 'Create the demo organization and one account per role',
  help: `Usage: pathwise seed demo

Creates the organization "${DEMO_ORG_SLUG}" with one account per role (${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}),
whose password is DEMO_PASSWORD (default pathwise-demo). Does nothing when the organization exists.`,
  async run(args, io) {
    parseOptions(seedDemo, args, {});
    await withDatabase(io.env, async ({ db, config }) => {
      const result = await seedDemoOrganization(db, {
        password: config.demoPassword,
        passwordHashCost: config.passwordHashCost,
      });
      if (!result.created) {
        io.out(`The demo organization exists already (id ${result.orgId}); nothing changed.`);
        return;
      }
      io.out(`Created the demo organization "${DEMO_ORG_SLUG}" (id ${result.orgId}) with these accounts:`);
      for (const account of DEMO_ACCOUNTS) io.out(`  ${account.role.padEnd(9)} ${account.email}`);
      io.out(
        io.env.DEMO_PASSWORD
          ? '  password: the value of DEMO_PASSWORD'
          : `  password: ${config.demoPassword}`,
      );
    });
  },
};
