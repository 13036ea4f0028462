// biome-ignore-all lint/suspicious/noExplicitAny: assertions reach into formatted JSON.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAcceptLanguage, pickLanguage } from './accept-language.ts';
import { formatStatement } from './format-statement.ts';
import type { Statement } from './model/statement-types.ts';
import { SPEC_EXAMPLE_STATEMENTS } from './test-support/spec-examples.ts';
import { validateStatement } from './validation/validate-statement.ts';

const long = SPEC_EXAMPLE_STATEMENTS[2] as unknown as Statement;

describe('formatStatement exact', () => {
  it('returns the statement unchanged, as a copy', () => {
    const out = formatStatement(long, 'exact');
    assert.deepEqual(out, long);
    assert.notEqual(out, long);
  });
});

describe('formatStatement ids', () => {
  const out = formatStatement(long, 'ids') as unknown as Record<string, any>;
  it('keeps only identifying properties of Agents, Groups, Activities and Verbs', () => {
    assert.deepEqual(out.verb, { id: 'http://adlnet.gov/expapi/verbs/attended' });
    assert.deepEqual(out.object, {
      objectType: 'Activity',
      id: 'http://www.example.com/meetings/occurances/34534',
    });
    assert.deepEqual(out.actor, { objectType: 'Group', mbox: 'mailto:teampb@example.com' });
    assert.deepEqual(out.context.instructor, {
      objectType: 'Agent',
      account: { homePage: 'http://www.example.com', name: '13936749' },
    });
    assert.deepEqual(out.context.contextActivities.category, [
      { objectType: 'Activity', id: 'http://www.example.com/meetings/categories/teammeeting' },
    ]);
    assert.deepEqual(out.authority, {
      objectType: 'Agent',
      account: { homePage: 'http://cloud.scorm.com/', name: 'anonymous' },
    });
  });
  it('keeps members of anonymous Groups by their identifiers, and everything else as is', () => {
    const anonymous = {
      objectType: 'Group',
      member: [
        { name: 'A', mbox: 'mailto:a@x.com' },
        { objectType: 'Agent', name: 'B', openid: 'http://b.example.org/' },
      ],
    };
    const formatted = formatStatement({ ...long, actor: anonymous } as Statement, 'ids');
    assert.deepEqual(formatted.actor, {
      objectType: 'Group',
      member: [{ mbox: 'mailto:a@x.com' }, { objectType: 'Agent', openid: 'http://b.example.org/' }],
    });
    assert.deepEqual(out.result, long.result);
    assert.equal(out.context.platform, 'Example virtual meeting software');
  });
  it('formats a SubStatement object recursively and keeps the result valid', () => {
    const sub = {
      objectType: 'SubStatement',
      actor: { name: 'A', mbox: 'mailto:a@x.com' },
      verb: { id: 'http://x.com/v', display: { en: 'v' } },
      object: { id: 'http://x.com/a', definition: { name: { en: 'A' } } },
    };
    const { context: _, ...withoutContext } = long;
    const formatted = formatStatement(
      { ...withoutContext, object: sub } as unknown as Statement,
      'ids',
    ) as unknown as Record<string, any>;
    assert.deepEqual(formatted.object.actor, { mbox: 'mailto:a@x.com' });
    assert.deepEqual(formatted.object.verb, { id: 'http://x.com/v' });
    assert.deepEqual(formatted.object.object, { id: 'http://x.com/a' });
    assert.equal(validateStatement(formatted, { version: '2.0.0' }).ok, true);
  });
});

describe('formatStatement canonical', () => {
  it('keeps one language per map, chosen from Accept-Language', () => {
    const out = formatStatement(long, 'canonical', { acceptLanguage: 'en-GB' }) as unknown as Record<
      string,
      any
    >;
    assert.deepEqual(out.verb.display, { 'en-GB': 'attended' });
    assert.deepEqual(out.object.definition.name, { 'en-GB': 'example meeting' });
    assert.deepEqual(out.actor, long.actor);
  });
  it('uses the LRS canonical definitions and displays when it has them', () => {
    const out = formatStatement(long, 'canonical', {
      acceptLanguage: 'es-MX, en;q=0.5',
      canonicalVerbDisplay: (id) =>
        id === 'http://adlnet.gov/expapi/verbs/attended' ? { en: 'attended', es: 'asistió' } : undefined,
      canonicalActivity: (id) =>
        id.endsWith('34534')
          ? { name: { en: 'Meeting', es: 'Reunión' }, type: 'http://adlnet.gov/expapi/activities/meeting' }
          : undefined,
    }) as unknown as Record<string, any>;
    assert.deepEqual(out.verb.display, { es: 'asistió' });
    assert.deepEqual(out.object.definition, {
      name: { es: 'Reunión' },
      type: 'http://adlnet.gov/expapi/activities/meeting',
    });
    assert.deepEqual(out.context.contextActivities.category[0].definition.name, { en: 'team meeting' });
  });
  it('filters interaction component descriptions too', () => {
    const statement = {
      ...long,
      object: {
        id: 'http://x.com/q',
        definition: { interactionType: 'choice', choices: [{ id: 'a', description: { en: 'A', fr: 'Un' } }] },
      },
    } as Statement;
    const out = formatStatement(statement, 'canonical', { acceptLanguage: 'fr' }) as unknown as Record<
      string,
      any
    >;
    assert.deepEqual(out.object.definition.choices, [{ id: 'a', description: { fr: 'Un' } }]);
  });
});

describe('parseAcceptLanguage / pickLanguage', () => {
  it('orders ranges by quality and drops q=0 and malformed ranges', () => {
    assert.deepEqual(parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0, *;q=0.5, 12;q=1'), [
      { range: 'fr-ch', q: 1 },
      { range: 'fr', q: 0.9 },
      { range: 'en', q: 0.8 },
      { range: '*', q: 0.5 },
    ]);
    assert.deepEqual(parseAcceptLanguage(undefined), []);
  });
  it('matches prefixes, then truncated ranges, then falls back to the first entry', () => {
    const map = { 'en-US': 'color', 'en-GB': 'colour', fr: 'couleur' };
    assert.deepEqual(pickLanguage(map, 'en-GB'), { 'en-GB': 'colour' });
    assert.deepEqual(pickLanguage(map, 'en'), { 'en-US': 'color' });
    assert.deepEqual(pickLanguage(map, 'fr-CA'), { fr: 'couleur' });
    assert.deepEqual(pickLanguage(map, 'de, fr;q=0.2'), { fr: 'couleur' });
    assert.deepEqual(pickLanguage(map, 'ja'), { 'en-US': 'color' });
    assert.deepEqual(pickLanguage(map, undefined), { 'en-US': 'color' });
    assert.deepEqual(pickLanguage({}, 'en'), {});
  });
});
