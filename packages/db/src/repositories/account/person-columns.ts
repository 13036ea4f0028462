import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** A column that can hold a reference to a person, as `table.column`. */
export type PersonColumn = `${string}.${string}`;

/**
 * Every column of the live schema that can point at a person: foreign keys to `users`, and columns whose name
 * says they hold a person (`user_id`, `…_user_id`, `learner_id`, `teacher_id`, `…_by`, `email`, xAPI `agents`
 * and `agent_key`). Partitions are folded into their parent table. Used to prove that the data export and the
 * account erasure decide about each one.
 */
export async function listPersonColumns(db: Kysely<Database>): Promise<PersonColumn[]> {
  const { rows } = await sql<{ name: PersonColumn }>`
    select distinct c.relname || '.' || a.attname as name
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace ns on ns.oid = c.relnamespace
    where ns.nspname = current_schema()
      and c.relkind in ('r', 'p')
      and not c.relispartition
      and a.attnum > 0
      and not a.attisdropped
      and (
        a.attname in ('user_id', 'learner_id', 'teacher_id', 'email', 'agents', 'related_agents', 'agent_key')
        or a.attname like '%\\_user\\_id'
        or a.attname like '%\\_by'
        or exists (
          select 1 from pg_constraint k
          where k.contype = 'f' and k.conrelid = c.oid and k.confrelid = 'users'::regclass
            and a.attnum = any (k.conkey)
        )
      )
    order by name
  `.execute(db);
  return rows.map((r) => r.name);
}
