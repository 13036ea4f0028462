import { isIri } from '../formats/iri.ts';
import { parseTimestamp } from '../formats/timestamp.ts';
import { isUuid } from '../formats/uuid.ts';
import type { Problem } from '../model/result.ts';
import type { Actor, StatementFormat, XapiVersion } from '../model/statement-types.ts';
import { Checker } from './checker.ts';
import { type ActorRole, checkActor } from './validate-actor.ts';
import { modelOf } from './validate-statement.ts';

/** Query parameters as URLSearchParams or as a parsed record (a framework's `request.query`). */
export type QueryParams = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Reads parameters into a map, reporting names not in `known` (naming the right case when only the case
 * differs) and names given more than once.
 */
export function collect(
  params: QueryParams,
  known: readonly string[],
  problems: Problem[],
): Map<string, string> {
  const entries: [string, string][] = [];
  if (params instanceof URLSearchParams) entries.push(...params.entries());
  else {
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined) continue;
      for (const item of typeof value === 'string' ? [value] : value) entries.push([name, item]);
    }
  }
  const values = new Map<string, string>();
  for (const [name, value] of entries) {
    if (!known.includes(name)) {
      const cased = known.find((k) => k.toLowerCase() === name.toLowerCase());
      problems.push({
        path: name,
        message: cased
          ? `is not a parameter (names are case sensitive: "${cased}")`
          : 'is not a parameter of this resource',
      });
    } else if (values.has(name)) problems.push({ path: name, message: 'must be given only once' });
    else values.set(name, value);
  }
  return values;
}

/** Reads and checks typed parameter values, recording a problem per malformed value. */
export class ParamReader {
  constructor(
    private readonly values: Map<string, string>,
    private readonly problems: Problem[],
    private readonly version: XapiVersion,
  ) {}

  private check<T>(name: string, parse: (raw: string) => T | undefined, what: string): T | undefined {
    const raw = this.values.get(name);
    if (raw === undefined) return undefined;
    const value = parse(raw);
    if (value === undefined) this.problems.push({ path: name, message: `must be ${what}` });
    return value;
  }

  uuid(name: string): string | undefined {
    return this.check(name, (raw) => (isUuid(raw) ? raw : undefined), 'a UUID');
  }

  iri(name: string): string | undefined {
    return this.check(name, (raw) => (isIri(raw) ? raw : undefined), 'an absolute IRI');
  }

  boolean(name: string): boolean {
    const parse = (raw: string) => (raw === 'true' ? true : raw === 'false' ? false : undefined);
    return this.check(name, parse, '"true" or "false"') ?? false;
  }

  timestamp(name: string): { timestamp: string; epochMs: number } | undefined {
    return this.check(
      name,
      (raw) => {
        const parsed = parseTimestamp(raw);
        return parsed ? { timestamp: raw, epochMs: parsed.epochMs } : undefined;
      },
      'an ISO 8601 timestamp',
    );
  }

  limit(): number {
    return (
      this.check(
        'limit',
        (raw) => (/^\d{1,9}$/.test(raw) ? Number(raw) : undefined),
        'a non-negative integer',
      ) ?? 0
    );
  }

  format(): StatementFormat {
    const parse = (raw: string) =>
      ['exact', 'ids', 'canonical'].includes(raw) ? (raw as StatementFormat) : undefined;
    return this.check('format', parse, '"exact", "ids" or "canonical"') ?? 'exact';
  }

  string(name: string): string | undefined {
    return this.check(name, (raw) => raw, 'a string');
  }

  /** Reports the parameter as required when absent. */
  require(name: string): void {
    if (!this.values.has(name)) this.problems.push({ path: name, message: 'is required' });
  }

  agent(role: ActorRole = 'identified'): Actor | undefined {
    return (
      this.check(
        'agent',
        (raw) => {
          let json: unknown;
          try {
            json = JSON.parse(raw);
          } catch {
            return undefined;
          }
          const c = new Checker(modelOf(this.version));
          checkActor(c, json, 'agent', role);
          for (const problem of c.problems) this.problems.push(problem);
          return c.problems.length === 0 ? (json as Actor) : null;
        },
        role === 'agent' ? 'an Agent as JSON' : 'an Agent or identified Group as JSON',
      ) ?? undefined
    );
  }
}
