import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readableLabel, readEscoCatalog } from './esco-catalog.ts';
import { suggestedChoice } from './occupation.ts';
import { readOnetCatalog } from './onet-catalog.ts';

const RATINGS_HEADER =
  'O*NET-SOC Code,Element ID,Element Name,Scale ID,Data Value,Recommend Suppress,Not Relevant\n';

const onet = readOnetCatalog({
  occupationData:
    'O*NET-SOC Code,Title,Description\n43-3031.00,"Bookkeeping, Accounting, and Auditing Clerks","Compute, classify, and record numerical data."\n11-9199.00,"Managers, All Other",Managers not listed.\n',
  skills: `${RATINGS_HEADER}43-3031.00,2.A.1.a,Reading Comprehension,IM,3.25,N,\n43-3031.00,2.A.1.a,Reading Comprehension,LV,3.5,N,N\n43-3031.00,2.A.1.e,Mathematics,IM,3.38,N,\n43-3031.00,2.B.5.d,Management of Material Resources,IM,1.5,Y,\n`,
  knowledge: `${RATINGS_HEADER}43-3031.00,2.C.1.c,Economics and Accounting,IM,3.6,N,\n`,
  contentModelReference:
    'Element ID,Element Name,Description\n2.A.1.e,Mathematics,Using mathematics to solve problems.\n2.C.1.c,Economics and Accounting,"Knowledge of economic and accounting principles, …"\n',
});

test('O*NET: skills and knowledge by importance (scale IM), with descriptions; suppressed ratings left out', () => {
  assert.equal(onet.find('43-3031.00')?.title, 'Bookkeeping, Accounting, and Auditing Clerks');
  const skills = onet.skillsOf('43-3031.00');
  assert.deepEqual(
    skills.map((s) => [s.code, s.group, s.importance]),
    [
      ['2.C.1.c', 'knowledge', 3.6],
      ['2.A.1.e', 'skill', 3.38],
      ['2.A.1.a', 'skill', 3.25],
    ],
  );
  assert.equal(skills[1]!.description, 'Using mathematics to solve problems.');
  assert.equal(skills[2]!.description, null);
  assert.deepEqual(onet.skillsOf('11-9199.00'), [], 'an occupation O*NET has not rated');
  assert.deepEqual(onet.skillsOf('99-9999.99'), []);
});

const COLLECTION_HEADER =
  'conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT\n';
const BOOKKEEPER = 'http://data.europa.eu/esco/occupation/c3aae59e-1441-4b3e-bdd1-6da50dc7cf42';

const esco = readEscoCatalog({
  occupations: `conceptUri,preferredLabel,altLabels,description,iscoGroup,code\n${BOOKKEEPER},bookkeeper,"bookkeeping clerk\ngeneral bookkeeper",Bookkeepers record the daily financial transactions.,4311,4311.1\n`,
  occupationSkills: `{"occupationUri":"${BOOKKEEPER}","essentialSkills":["use spreadsheets software","manage budgets"],"optionalSkills":["iOS"]}\n`,
  skillLabels:
    'skillLabel,skillUri,collections,essentialForOccupations,optionalForOccupations\nmanage budgets,,,100,20\nuse spreadsheets software,http://data.europa.eu/esco/skill/1973c966,digital,50,70\niOS,,digital,1,2\n',
  collections: [
    `${COLLECTION_HEADER}KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/1973c966,use spreadsheets software,released,skill/competence,cross-sector,,"Use software tools to create and edit tabular data.",,\n`,
  ],
});

test('ESCO: alternative titles, essential then optional skills with readable labels, URI and description when known', () => {
  const bookkeeper = esco.find('c3aae59e-1441-4b3e-bdd1-6da50dc7cf42');
  assert.deepEqual(bookkeeper?.altTitles, ['bookkeeping clerk', 'general bookkeeper']);
  assert.equal(bookkeeper?.uri, BOOKKEEPER);
  assert.deepEqual(
    esco
      .skillsOf('c3aae59e-1441-4b3e-bdd1-6da50dc7cf42')
      .map((s) => [s.name, s.code, s.group, s.uri !== null]),
    [
      ['Use spreadsheets software', 'use spreadsheets software', 'essential', true],
      ['Manage budgets', 'manage budgets', 'essential', false],
      ['iOS', 'iOS', 'optional', false],
    ],
  );
  assert.equal(
    esco.skillsOf('c3aae59e-1441-4b3e-bdd1-6da50dc7cf42')[0]!.description,
    'Use software tools to create and edit tabular data.',
  );
  assert.equal(readableLabel('ICT market'), 'ICT market');
});

test('a preview suggests: ESCO essential required, optional nice to have; O*NET required from importance 3', () => {
  assert.equal(suggestedChoice({ group: 'essential', importance: null }), 'required');
  assert.equal(suggestedChoice({ group: 'optional', importance: null }), 'niceToHave');
  assert.equal(suggestedChoice({ group: 'skill', importance: 3 }), 'required');
  assert.equal(suggestedChoice({ group: 'knowledge', importance: 2.9 }), 'omit');
});
