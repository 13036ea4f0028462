import { type Command, parseOptions } from '../kit/command.ts';
import { withDatabase } from '../kit/with-database.ts';

/** `pathwise seed demo`: creates the demo organization and its accounts, unless it exists. */
export const seedDemo: Command = {
  words: ['seed', 'demo'],
  summary: 'Create the demo organization and one account per role',
  help: `Usage: pathwise seed demo

Creates the demo organization (slug demo) with one account per role: learner@, teacher@, admin@ and
employer@demo.pathwise.test, whose password is DEMO_PASSWORD (default pathwise-demo). Does nothing when the
organization exists. The server does this itself at start unless SEED_DEMO=false.`,
  async run(args, io) {
    parseOptions(seedDemo, args, {});
    const { DEMO_ACCOUNTS, DEMO_ORG_SLUG, seedDemo: seedDemoOrganization } = await import('@pathwise/server');
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
