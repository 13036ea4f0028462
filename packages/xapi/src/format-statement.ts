import { pickLanguage } from './accept-language.ts';
import type {
  Activity,
  ActivityDefinition,
  Actor,
  Context,
  InteractionComponent,
  LanguageMap,
  Statement,
  StatementFormat,
  StatementObject,
  Verb,
} from './model/statement-types.ts';

/** What the canonical format needs from the LRS's store of definitions, and the client's languages. */
export interface FormatOptions {
  /** The `Accept-Language` request header. */
  readonly acceptLanguage?: string;
  /** The LRS's canonical definition of an Activity; the statement's own definition is used when absent. */
  readonly canonicalActivity?: (activityId: string) => ActivityDefinition | undefined;
  /** The LRS's canonical display of a Verb; the statement's own display is used when absent. */
  readonly canonicalVerbDisplay?: (verbId: string) => LanguageMap | undefined;
}

interface Mapper {
  actor(actor: Actor): Actor;
  verb(verb: Verb): Verb;
  activity(activity: Activity): Activity;
}

/**
 * Formats a stored statement for a GET response. `exact` returns it as stored; `ids` keeps only what
 * identifies Agents, Groups (members of anonymous Groups), Activities and Verbs; `canonical` replaces
 * Activity definitions and Verb displays with the LRS's canonical ones and keeps one language per language map,
 * chosen from `Accept-Language`.
 */
export function formatStatement<T extends Statement>(
  statement: T,
  format: StatementFormat,
  options: FormatOptions = {},
): T {
  if (format === 'exact') return structuredClone(statement);
  return mapStatement(structuredClone(statement), format === 'ids' ? idsMapper : canonicalMapper(options));
}

function mapStatement<T extends Statement>(statement: T, m: Mapper): T {
  const out = { ...statement, actor: m.actor(statement.actor), verb: m.verb(statement.verb) } as T;
  out.object = mapObject(statement.object, m) as T['object'];
  if (statement.authority) out.authority = m.actor(statement.authority);
  if (statement.context) out.context = mapContext(statement.context, m);
  return out;
}

function mapObject(object: StatementObject, m: Mapper): StatementObject {
  switch (object.objectType) {
    case 'Agent':
    case 'Group':
      return m.actor(object);
    case 'StatementRef':
      return object;
    case 'SubStatement':
      return mapStatement(object as unknown as Statement, m) as unknown as StatementObject;
    default:
      return m.activity(object as Activity);
  }
}

function mapContext(context: Context, m: Mapper): Context {
  const out: Context = { ...context };
  if (context.instructor) out.instructor = m.actor(context.instructor);
  if (context.team) out.team = m.actor(context.team) as Context['team'];
  if (context.contextActivities) {
    out.contextActivities = Object.fromEntries(
      Object.entries(context.contextActivities).map(([key, list]) => [
        key,
        (list as Activity[]).map(m.activity),
      ]),
    );
  }
  if (context.contextAgents)
    out.contextAgents = context.contextAgents.map((c) => ({
      ...c,
      agent: m.actor(c.agent) as typeof c.agent,
    }));
  if (context.contextGroups) {
    out.contextGroups = context.contextGroups.map((c) => ({
      ...c,
      group: m.actor(c.group) as typeof c.group,
    }));
  }
  return out;
}

function idsActor(actor: Actor): Actor {
  const { mbox, mbox_sha1sum, openid, account } = actor;
  const ifi = mbox
    ? { mbox }
    : mbox_sha1sum
      ? { mbox_sha1sum }
      : openid
        ? { openid }
        : account
          ? { account }
          : {};
  if (actor.objectType !== 'Group') return { ...(actor.objectType ? { objectType: 'Agent' } : {}), ...ifi };
  if (Object.keys(ifi).length > 0) return { objectType: 'Group', ...ifi };
  return { objectType: 'Group', member: (actor.member ?? []).map((a) => idsActor(a) as typeof a) };
}

const idsMapper: Mapper = {
  actor: idsActor,
  verb: (verb) => ({ id: verb.id }),
  activity: (activity) => ({ ...(activity.objectType ? { objectType: 'Activity' } : {}), id: activity.id }),
};

function canonicalMapper(options: FormatOptions): Mapper {
  const lang = (map: LanguageMap | undefined) =>
    map ? pickLanguage(map, options.acceptLanguage) : undefined;
  const components = (list: InteractionComponent[] | undefined) =>
    list?.map((c) => (c.description ? { ...c, description: lang(c.description)! } : c));
  return {
    actor: (actor) => actor,
    verb(verb) {
      const display = options.canonicalVerbDisplay?.(verb.id) ?? verb.display;
      return display ? { ...verb, display: lang(display)! } : { ...verb };
    },
    activity(activity) {
      const definition = options.canonicalActivity?.(activity.id) ?? activity.definition;
      if (!definition) return { ...activity };
      const out: ActivityDefinition = { ...definition };
      if (definition.name) out.name = lang(definition.name)!;
      if (definition.description) out.description = lang(definition.description)!;
      for (const key of ['choices', 'scale', 'source', 'target', 'steps'] as const) {
        if (definition[key]) out[key] = components(definition[key]);
      }
      return { ...activity, definition: out };
    },
  };
}
