import { CliError } from '../kit/cli-error.ts';
import { type Command, parseOptions, required } from '../kit/command.ts';
import { parseName, parseRole, parseSlug } from '../kit/input.ts';
import { withDatabase } from '../kit/with-database.ts';

/** `pathwise token create`: an API token for an integration; the secret is printed once and stored hashed. */
export const tokenCreate: Command = {
  words: ['token', 'create'],
  summary: 'Create an API token for an organization (printed once)',
  help: `Usage: pathwise token create --org SLUG --name NAME --role ROLE

  --org SLUG    the organization the token acts in
  --name NAME   what the token is for, e.g. "SIS sync" (1 to 100 characters)
  --role ROLE   the role it acts with: learner, teacher, admin or employer

The token alone goes to standard output, once: only its hash is stored. Send it as
"Authorization: Bearer <token>". Example: TOKEN=$(pathwise token create --org demo --name sync --role admin)`,
  async run(args, io) {
    const values = parseOptions(tokenCreate, args, {
      org: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
    });
    const orgSlug = parseSlug(required(tokenCreate, values.org, 'org'), 'org');
    const name = parseName(required(tokenCreate, values.name, 'name'), 'name');
    const role = parseRole(required(tokenCreate, values.role, 'role'));
    const { createApiToken, findOrganizationBySlug, recordAudit } = await import('@pathwise/db');
    const { hashToken, newSecretToken } = await import('@pathwise/server');
    const token = newSecretToken('pw_');
    const row = await withDatabase(io.env, ({ db }) =>
      db.kysely.transaction().execute(async (trx) => {
        const org = await findOrganizationBySlug(trx, orgSlug);
        if (!org) throw new CliError(`--org: no organization with the slug ${orgSlug}`);
        const created = await createApiToken(trx, {
          orgId: org.id,
          name,
          role,
          tokenHash: hashToken(token),
          prefix: token.slice(0, 10),
          createdBy: null,
        });
        await recordAudit(trx, {
          orgId: org.id,
          action: 'api_token.created',
          targetType: 'api_token',
          targetId: created.id,
          details: { role, name, via: 'cli' },
        });
        return created;
      }),
    );
    io.err(
      `Created API token "${row.name}" (id ${row.id}, role ${row.role}) for ${orgSlug}. It is shown only this once:`,
    );
    io.out(token);
  },
};
