import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import {
  addMember,
  buildTestApp,
  createOrg,
  type Session,
  signUp,
  type TestApp,
} from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';
import { readCertificate } from './certificate-test-kit.ts';
import { dccVerify, fetchFromApp, validateOb3 } from './independent-verifiers-test-kit.ts';

// Achievement names and descriptions per language (issue 14): an administrator gives the Spanish words; the
// credential carries them as an OB 3.0 `related` language edition with VC 2.0 language values (the OB 3.0 JSON
// Schema types `name` as a string, so the English words stay the achievement's own); the DCC verifier, the schema
// and our /api/verify accept it; Spanish readers see Spanish on the record, the certificate and the public page.

const ENGLISH = { name: 'Budget planner', description: 'Plans a monthly budget with gains and losses.' };
const SPANISH = { name: 'Planificador de presupuestos', description: 'Planifica un presupuesto mensual.' };

for (const backend of await testBackends()) {
  describe(`achievement languages on ${backend.kind}`, () => {
    let t: TestApp;
    let admin: Session;
    let orgId: string;
    let slug: string;
    let achievementId: string;
    let restoreFetch = () => {};
    const achievements = () => `/api/orgs/${orgId}/achievements`;
    const body = (extra: Record<string, unknown> = {}) => ({
      ...ENGLISH,
      criteria: { skills: [{ skillId: 'alg.integers-add', threshold: 0.85 }], evidence: { required: true } },
      ...extra,
    });

    before(async () => {
      t = await buildTestApp(backend);
      admin = await signUp(t.app);
      orgId = await createOrg(t.app, admin, `Languages ${backend.kind}`);
      await installDemoContent(t.db.kysely, orgId);
      const me = await call(t.app, admin, 'GET', '/api/me');
      slug = me.body.memberships.find((m: { orgId: string }) => m.orgId === orgId).orgSlug;
      // The DCC verifier fetches the DID document and status list: answered by the app itself, nothing else.
      restoreFetch = fetchFromApp(() => t.app);
    });
    after(async () => {
      restoreFetch();
      await t.close();
    });

    test('bad translations are refused naming the field, and nothing is written', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ es: { name: '   ' } }, 'body/translations/es/name'],
        [{ es: { description: 'Sin nombre' } }, 'body/translations/es/name'],
        [{ fr: { name: 'Planificateur' } }, 'body/translations/fr'],
        [{ es: { name: 'x'.repeat(201) } }, 'body/translations/es/name'],
      ];
      for (const [translations, field] of cases) {
        const res = await call(t.app, admin, 'POST', achievements(), body({ translations }));
        assert.equal(res.status, 400, `${JSON.stringify(translations)}: ${res.raw}`);
        const fields = (res.body.errors ?? []).map((e: { field: string }) => e.field);
        assert.ok(fields.includes(field), `${JSON.stringify(translations)} names ${field}: ${res.raw}`);
      }
      const list = await call(t.app, admin, 'GET', achievements());
      assert.equal(list.body.achievements.length, 0, 'nothing was written');
    });

    test('an administrator gives the Spanish words; they are kept, replaced and cleared', async () => {
      const made = await call(t.app, admin, 'POST', achievements(), body({ translations: { es: SPANISH } }));
      assert.equal(made.status, 201, made.raw);
      achievementId = made.body.id;
      assert.deepEqual(made.body.translations, { es: SPANISH });
      const nameOnly = await call(
        t.app,
        admin,
        'PUT',
        `${achievements()}/${achievementId}`,
        body({ translations: { es: { name: ' Presupuesto ' } } }),
      );
      assert.equal(nameOnly.status, 200, nameOnly.raw);
      assert.deepEqual(nameOnly.body.translations, { es: { name: 'Presupuesto', description: '' } });
      const cleared = await call(t.app, admin, 'PUT', `${achievements()}/${achievementId}`, body());
      assert.deepEqual(cleared.body.translations, {});
      const back = await call(
        t.app,
        admin,
        'PUT',
        `${achievements()}/${achievementId}`,
        body({ translations: { es: SPANISH } }),
      );
      assert.deepEqual(back.body.translations, { es: SPANISH });
    });

    test('the public achievement answers each language edition', async () => {
      const url = `/api/public/orgs/${slug}/achievements/${achievementId}`;
      const english = await t.app.inject({ method: 'GET', url });
      assert.equal(english.statusCode, 200, english.body);
      assert.equal(english.json().language, 'en');
      assert.equal(english.json().name, ENGLISH.name);
      const spanish = (await t.app.inject({ method: 'GET', url: `${url}?lang=es` })).json();
      assert.deepEqual(
        [spanish.language, spanish.name, spanish.description],
        ['es', SPANISH.name, SPANISH.description],
      );
      const unknown = await t.app.inject({ method: 'GET', url: `${url}?lang=fr` });
      assert.equal(unknown.statusCode, 400, unknown.body);
      assert.match(unknown.body, /lang/);
    });

    let learner: Session;
    let credentialRowId: string;

    test('the credential carries the Spanish edition as VC 2.0 language values and verifies independently', async () => {
      learner = await addMember(t.app, admin, orgId, 'learner');
      const awarded = await call(t.app, admin, 'POST', `${achievements()}/${achievementId}/awards`, {
        learnerId: learner.userId,
        narrative: 'Presented the budget in class.',
      });
      assert.equal(awarded.status, 201, awarded.raw);
      credentialRowId = awarded.body.awarded.id;
      const file = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/credentials/${credentialRowId}/file`,
        headers: learner.headers,
      });
      const credential = file.json();
      const achievement = credential.credentialSubject.achievement;
      assert.equal(achievement.name, ENGLISH.name);
      assert.equal(achievement.description, ENGLISH.description);
      assert.deepEqual(achievement.related, [
        {
          id: `${achievement.id}?lang=es`,
          type: ['Related'],
          name: { '@value': SPANISH.name, '@language': 'es' },
          description: { '@value': SPANISH.description, '@language': 'es' },
        },
      ]);
      // The edition's address opens the Spanish words.
      const edition = new URL(achievement.related[0].id);
      const opened = await t.app.inject({ method: 'GET', url: `${edition.pathname}${edition.search}` });
      assert.equal(opened.json().name, SPANISH.name);

      assert.ok(validateOb3(credential as unknown), JSON.stringify(validateOb3.errors));
      const dcc = await dccVerify(credential);
      assert.equal(dcc.errors, undefined, JSON.stringify(dcc.errors));
      assert.equal(dcc.log?.find((s) => s.id === 'valid_signature')?.valid, true);
      const ours = await t.app.inject({ method: 'POST', url: '/api/verify', payload: credential });
      assert.equal(ours.json().verified, true, ours.body);
      // The Spanish words are signed: changing them breaks the proof, for both verifiers.
      const tampered = structuredClone(credential);
      tampered.credentialSubject.achievement.related[0].name['@value'] = 'Otro logro';
      const refused = await t.app.inject({ method: 'POST', url: '/api/verify', payload: tampered });
      assert.equal(refused.json().verified, false, refused.body);
      const dccRefused = await dccVerify(tampered);
      assert.equal(dccRefused.errors?.[0]?.name, 'invalid_signature', JSON.stringify(dccRefused.errors));
    });

    test('a Spanish reader sees the Spanish name on the record and the certificate; an English one the English', async () => {
      const englishRecord = await call(t.app, learner, 'GET', `/api/orgs/${orgId}/record`);
      assert.equal(englishRecord.body.credentials[0].achievementName, ENGLISH.name);
      const switched = await call(t.app, learner, 'PATCH', '/api/me', { locale: 'es' });
      assert.equal(switched.status, 200, switched.raw);
      const record = await call(t.app, learner, 'GET', `/api/orgs/${orgId}/record`);
      assert.equal(record.body.credentials[0].achievementName, SPANISH.name);
      assert.equal(record.body.notifications[0].achievementName, SPANISH.name);
      assert.match(record.body.credentials[0].words.criteria, /^Domina «Sumar y restar enteros»/);
      assert.deepEqual(record.body.credentials[0].words.skills, {
        'alg.integers-add': 'Sumar y restar enteros',
      });

      const pdf = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/credentials/${credentialRowId}/certificate?locale=es`,
        headers: learner.headers,
      });
      assert.equal(pdf.statusCode, 200, pdf.body);
      const read = await readCertificate(pdf.rawPayload);
      assert.match(read.text, new RegExp(SPANISH.name));
      assert.match(read.text, new RegExp(SPANISH.description));
      assert.doesNotMatch(read.text, new RegExp(ENGLISH.name));
      const english = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/credentials/${credentialRowId}/certificate?locale=en`,
        headers: learner.headers,
      });
      assert.match((await readCertificate(english.rawPayload)).text, new RegExp(ENGLISH.name));
    });

    test("a share link answers the criteria and skill names in the reader's language, while they are still what was issued", async () => {
      const link = await call(t.app, learner, 'POST', `/api/orgs/${orgId}/record/share-links`, {
        credentialIds: [credentialRowId],
        days: 7,
      });
      assert.equal(link.status, 201, link.raw);
      const open = async (query: string) => {
        const res = await t.app.inject({ method: 'GET', url: `/api/share/${link.body.token}${query}` });
        assert.equal(res.statusCode, 200, res.body);
        return res.json().credentials[0];
      };
      const signed = (await open('')).document.credentialSubject.achievement.criteria.narrative;
      assert.match(signed, /^Mastered "Add and subtract integers" \(estimate at least 85%\)/);
      const english = await open('?lang=en');
      assert.deepEqual(english.words, {
        language: 'en',
        criteria: signed,
        skills: { 'alg.integers-add': 'Add and subtract integers' },
      });
      const spanish = await open('?lang=es');
      assert.equal(spanish.words.language, 'es');
      assert.match(
        spanish.words.criteria,
        /^Domina «Sumar y restar enteros» \(estimación de al menos el 85 %\)\./,
      );
      assert.deepEqual(spanish.words.skills, { 'alg.integers-add': 'Sumar y restar enteros' });
      const refused = await t.app.inject({ method: 'GET', url: `/api/share/${link.body.token}?lang=de` });
      assert.equal(refused.statusCode, 400, refused.body);

      // Criteria changed since issue: the Spanish page shows the signed words, never criteria it was not issued under.
      const changed = await call(t.app, admin, 'PUT', `${achievements()}/${achievementId}`, {
        ...body({ translations: { es: SPANISH } }),
        criteria: {
          skills: [{ skillId: 'alg.integers-add', threshold: 0.95 }],
          evidence: { required: true },
        },
      });
      assert.equal(changed.status, 200, changed.raw);
      assert.equal((await open('?lang=es')).words.criteria, signed);
    });
  });
}
