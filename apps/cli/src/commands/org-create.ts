import type { Organization } from '@pathwise/db';
import { CliError } from '../kit/cli-error.ts';
import { type Command, parseOptions, required } from '../kit/command.ts';
import { parseEmail, parseName, parseSlug, slugFromName } from '../kit/input.ts';
import { withDatabase } from '../kit/with-database.ts';

/** `pathwise org create`: a new organization, optionally with an existing person as its administrator. */
export const orgCreate: Command = {
  words: ['org', 'create'],
  summary: 'Create an organization',
  help: `Usage: pathwise org create --name NAME [--slug SLUG] [--admin EMAIL]

  --name NAME     the organization's name (2 to 100 characters)
  --slug SLUG     its address: lower-case letters, digits and dashes (default: made from the name)
  --admin EMAIL   an existing account that becomes its first administrator
                  (create one with: pathwise user create)

Prints the new organization's id and slug.`,
  async run(args, io) {
    const values = parseOptions(orgCreate, args, {
      name: { type: 'string' },
      slug: { type: 'string' },
      admin: { type: 'string' },
    });
    const name = parseName(required(orgCreate, values.name, 'name'), 'name', 2);
    const slug = values.slug === undefined ? undefined : parseSlug(values.slug);
    const adminEmail = values.admin === undefined ? undefined : parseEmail(values.admin, 'admin');
    const { createOrganization, findUserByEmail, isUniqueViolation, recordAudit } = await import(
      '@pathwise/db'
    );
    const { createOrganizationFor } = await import('@pathwise/server');
    const org = await withDatabase(io.env, ({ db }) =>
      db.kysely.transaction().execute(async (trx): Promise<Organization> => {
        if (adminEmail) {
          const admin = await findUserByEmail(trx, adminEmail);
          if (!admin) throw new CliError(`--admin: no account with the email ${adminEmail}`);
          return createOrganizationFor(trx, admin.id, name, slug);
        }
        const chosen = slug ?? slugFromName(name);
        const taken = await trx
          .selectFrom('organizations')
          .select('id')
          .where('slug', '=', chosen)
          .executeTakeFirst();
        if (taken) throw new CliError(`--slug: the address ${chosen} is taken; give another with --slug`);
        let created: Organization;
        try {
          created = await createOrganization(trx, { slug: chosen, name });
        } catch (error) {
          if (isUniqueViolation(error)) throw new CliError(`--slug: the address ${chosen} is taken`);
          throw error;
        }
        await recordAudit(trx, {
          orgId: created.id,
          action: 'organization.created',
          targetType: 'organization',
          targetId: created.id,
          details: { via: 'cli' },
        });
        return created;
      }),
    );
    io.out(
      `Created organization "${org.name}" (slug ${org.slug}, id ${org.id})${adminEmail ? ` administered by ${adminEmail}` : ''}.`,
    );
  },
};
