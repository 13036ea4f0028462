import type { MatchResult } from '@pathwise/contracts';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';
import { csvCell, matchCsv, matchFileName } from './match-csv.ts';

const match = {
  profile: { name: 'Bookkeeping clerk (demo, O*NET 43-3031.00)' },
  learnerName: 'Ana "Ani" Núñez',
  score: 0.625,
  explanation: '',
  skills: [
    {
      name: 'Mathematics',
      code: '2.A.1.e',
      required: true,
      weight: 3.38,
      status: 'partial',
      met: false,
      via: 'crosswalk',
      crosswalk: {
        framework: 'onet',
        code: '2.A.1.e',
        name: 'Mathematics',
        relation: 'skos:broadMatch',
        heldSkills: ['alg.integers-add'],
        mappedSkills: 4,
      },
      credentials: [{ id: 'c1', achievementName: 'Adding integers', evidence: [] }],
    },
    {
      name: '=HYPERLINK("http://evil.example")',
      code: null,
      required: false,
      weight: 0.5,
      status: 'unmet',
      met: false,
      via: null,
      crosswalk: null,
      credentials: [],
    },
    {
      name: 'Order of operations',
      code: 'alg.order-of-operations',
      required: true,
      weight: 1,
      status: 'met',
      met: true,
      via: 'direct',
      crosswalk: null,
      credentials: [
        { id: 'c2', achievementName: 'Order of operations', evidence: [] },
        { id: 'c3', achievementName: 'Integer Arithmetic Certificate', evidence: [] },
      ],
    },
  ],
} as unknown as MatchResult;

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } } });
});

describe('a match as CSV', () => {
  it('quotes what needs it and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
  });

  it('lists the profile, the learner, the score, then every skill, required first, with what backs it', () => {
    const lines = matchCsv(match, i18next.getFixedT('en')).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'Job profile,"Bookkeeping clerk (demo, O*NET 43-3031.00)"',
      'Shared by,"Ana ""Ani"" Núñez"',
      'Score,63 %',
      '',
      'Skill,Code,Kind,Weight,Status,Credentials behind it,Crosswalk',
    ]);
    expect(lines[5]).toBe(
      'Mathematics,2.A.1.e,Required,3.38,Partly met,Adding integers,Through the crosswalk to O*NET 2.A.1.e “Mathematics”: 1 of the 4 framework skills mapped to it are held.',
    );
    expect(lines[6]).toBe(
      'Order of operations,alg.order-of-operations,Required,1,Met,Order of operations; Integer Arithmetic Certificate,',
    );
    expect(lines[7]).toBe(`"'=HYPERLINK(""http://evil.example"")",,Nice to have,0.5,Not met,,`);
    expect(lines.at(-1)).toBe('');
  });

  it("is in the reader's language and has a file name of letters, digits and dashes", () => {
    const spanish = matchCsv(match, i18next.getFixedT('es'));
    expect(spanish).toMatch(/^Perfil de puesto,/);
    expect(spanish).toContain('Cumplida en parte');
    expect(matchFileName(match)).toBe('match-bookkeeping-clerk-demo-o-net-43-3031-00-ana-ani-nunez.csv');
  });
});
