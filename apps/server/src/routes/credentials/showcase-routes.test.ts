import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildMember, buildOrg, type Member } from '../../test/factories.ts';
import { buildTestApp, type Session, type TestApp, testConfig } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';
import { readCertificate, solidPng } from './certificate-test-kit.ts';

const PUBLIC_URL = testConfig().publicUrl;
const SHARE_URL = new RegExp(`^${PUBLIC_URL.replace(/[.:/]/g, '\\$&')}/verify/share/pws_[\\w-]+$`);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>';

// Issue 14, "Showing off": a learner's own credential as a PDF certificate (QR code of its share link), as
// LinkedIn's add-to-profile link, and as a badge image others may embed, public only behind the link's token.
for (const backend of await testBackends()) {
  describe(`a learner shows a credential off on ${backend.kind}`, () => {
    let t: TestApp;
    let orgId: string;
    let base: string;
    let admin: Member;
    let owner: Member;
    let other: Member;
    let teacher: Member;
    let credentialId: string;
    const orgName = `Showcase School ${backend.kind}`;

    async function award(learner: Session, name: string, validityDays: number | null = 400) {
      const achievement = await call(t.app, admin, 'POST', `${base}/achievements`, {
        name,
        description: `Planned and ran a field project (${name}).`,
        criteria: { evidence: { required: true } },
        ...(validityDays ? { validityDays } : {}),
      });
      assert.equal(achievement.status, 201, achievement.raw);
      const awarded = await call(t.app, admin, 'POST', `${base}/achievements/${achievement.body.id}/awards`, {
        learnerId: learner.userId,
        narrative: 'Shown in class',
      });
      assert.equal(awarded.status, 201, awarded.raw);
      return awarded.body.awarded.id as string;
    }

    async function certificate(who: Session, id: string, query = '') {
      return t.app.inject({
        method: 'GET',
        url: `${base}/record/credentials/${id}/certificate${query}`,
        headers: who.headers,
      });
    }

    async function storedRow(id: string) {
      return t.db.kysely
        .selectFrom('issued_credentials')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    }

    /** Gives the stored credential an achievement image, as credentials issued with one carry it. */
    async function giveImage(id: string, dataUri: string) {
      const document = structuredClone((await storedRow(id)).document) as {
        credentialSubject: { achievement: Record<string, unknown> };
      };
      document.credentialSubject.achievement.image = { id: dataUri, type: 'Image' };
      await t.db.kysely
        .updateTable('issued_credentials')
        .set({ document: JSON.stringify(document) })
        .where('id', '=', id)
        .execute();
    }

    async function ownLinks(who: Session = owner) {
      const list = await call(t.app, who, 'GET', `${base}/record/share-links`);
      assert.equal(list.status, 200, list.raw);
      return list.body.links as { id: string; label: string; credentialIds: string[]; expiresAt: string }[];
    }

    before(async () => {
      t = await buildTestApp(backend);
      ({ orgId, admin } = await buildOrg(t.db.kysely, { name: orgName }));
      base = `/api/orgs/${orgId}`;
      owner = await buildMember(t.db.kysely, orgId, 'learner', { name: 'Ana Ruiz' });
      other = await buildMember(t.db.kysely, orgId, 'learner', { name: 'Bo Lind' });
      teacher = await buildMember(t.db.kysely, orgId, 'teacher');
      credentialId = await award(owner, 'Field project');
    });
    after(() => t.close());

    test('the PDF names learner, achievement, criteria, issuer and dates; its QR code decodes to a share link that opens the credential', async () => {
      const res = await certificate(owner, credentialId);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(
        res.headers['content-disposition'],
        'attachment; filename="certificate-field-project.pdf"',
      );
      const pdf = res.rawPayload;
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const read = await readCertificate(pdf);
      assert.equal(read.pages, 1);
      assert.deepEqual(read.size, [612, 792], 'US Letter');
      assert.equal(read.title, 'Certificate: Field project, Ana Ruiz');
      assert.equal(read.language, 'en-US');
      for (const words of [
        'Certificate of achievement',
        'Ana Ruiz',
        'Field project',
        'Planned and ran a field project (Field project).',
        'Evidence approved by a teacher: a piece of work.',
        `Issued by ${orgName}`,
        /^Issued on [A-Z][a-z]+ \d{1,2}, \d{4}$/m,
        /^Valid until [A-Z][a-z]+ \d{1,2}, \d{4}$/m,
      ])
        if (typeof words === 'string') assert.ok(read.text.includes(words), `${words} in:\n${read.text}`);
        else assert.match(read.text, words);
      for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'Figure', 'Link'])
        assert.ok(read.roles.has(role), role);
      assert.deepEqual(
        read.alts,
        ['QR code of the verification address'],
        'no badge image: one figure, the QR code',
      );

      assert.equal(read.images.length, 1);
      const url = read.images[0]?.qr ?? '';
      assert.match(url, SHARE_URL, 'the QR code decodes to a share link of PUBLIC_URL');
      assert.ok(read.text.includes(url), 'the address is written out too');
      assert.deepEqual(read.links, [url]);
      const opened = await t.app.inject({ method: 'GET', url: `/api/share/${url.split('/').pop()}` });
      assert.equal(opened.json().status, 'ok');
      assert.deepEqual(
        opened.json().credentials.map((c: { credentialId: string }) => c.credentialId),
        [(await storedRow(credentialId)).credential_id],
        'the link shares this credential alone',
      );

      const links = (await ownLinks()).filter((l) => l.credentialIds.includes(credentialId));
      assert.equal(links.length, 1, 'listed with the learner’s links, where they can revoke it');
      assert.equal(links[0]?.label, 'Certificate and badge: Field project');
      const days = (Date.parse(links[0]?.expiresAt ?? '') - Date.now()) / 86_400_000;
      assert.ok(days > 364 && days <= 365, `${days} days`);

      const again = await readCertificate((await certificate(owner, credentialId)).rawPayload);
      assert.equal(again.images[0]?.qr, url, 'downloading again reuses the link');
      assert.equal((await ownLinks()).length, 1, 'no second link');
    });

    test('in Spanish (asked, or the account’s language): Spanish words, Spanish criteria, A4', async () => {
      const read = await readCertificate((await certificate(owner, credentialId, '?locale=es')).rawPayload);
      assert.equal(read.title, 'Certificado: Field project, Ana Ruiz');
      assert.equal(read.language, 'es-ES');
      assert.deepEqual(read.size.map(Math.round), [595, 842], 'A4');
      for (const words of [
        'Certificado de logro',
        'Se certifica que',
        'Evidencia aprobada por un docente: un trabajo.',
        `Emitido por ${orgName}`,
        'Cómo comprobar que es auténtico',
      ])
        assert.ok(read.text.includes(words), `${words} in:\n${read.text}`);
      assert.match(read.text, /^Fecha de emisión: \d{1,2} de [a-z]+ de \d{4}$/m);
      assert.ok(!read.text.includes('Evidence approved'), 'criteria translated');

      const hispanic = await buildMember(t.db.kysely, orgId, 'learner', { name: 'Lía Peña', locale: 'es' });
      const id = await award(hispanic, 'Proyecto de campo');
      const res = await certificate(hispanic, id);
      assert.equal(
        res.headers['content-disposition'],
        'attachment; filename="certificado-proyecto-de-campo.pdf"',
      );
      const own = await readCertificate(res.rawPayload);
      assert.equal(own.title, 'Certificado: Proyecto de campo, Lía Peña');
      assert.ok(own.text.includes('Lía Peña'));
      assert.equal((await ownLinks(hispanic))[0]?.label, 'Certificado e insignia: Proyecto de campo');
      assert.ok(own.text.includes('Evidencia aprobada por un docente: un trabajo.'), own.text);

      // The achievement's criteria change after the credential was issued: the certificate keeps the signed words.
      const { achievement_id } = await storedRow(id);
      const changed = await call(t.app, admin, 'PUT', `${base}/achievements/${achievement_id}`, {
        name: 'Proyecto de campo',
        criteria: { evidence: { required: true, narrative: 'un presupuesto familiar' } },
      });
      assert.equal(changed.status, 200, changed.raw);
      const signed = await readCertificate((await certificate(hispanic, id)).rawPayload);
      assert.ok(signed.text.includes('Evidence approved by a teacher: a piece of work.'), signed.text);
      assert.ok(!signed.text.includes('presupuesto'), 'never criteria it was not issued under');

      const bad = await certificate(owner, credentialId, '?locale=fr');
      assert.equal(bad.statusCode, 400, bad.body);
      assert.match(bad.body, /locale/);
    });

    test('a badge image is drawn in the PDF (PNG as an image, SVG as vectors) and served behind the share link only (SVG under a policy)', async () => {
      const png = solidPng(12, 12, [15, 111, 128]);
      await giveImage(credentialId, `data:image/png;base64,${png.toString('base64')}`);
      const read = await readCertificate((await certificate(owner, credentialId)).rawPayload);
      assert.deepEqual(read.alts, ['Badge of Field project', 'QR code of the verification address']);
      assert.deepEqual(
        read.images.map((i) => [i.width, i.height]),
        [
          [12, 12],
          [read.images[1]?.width, read.images[1]?.width],
        ],
      );
      assert.match(read.images[1]?.qr ?? '', SHARE_URL);

      const showcase = await call(
        t.app,
        owner,
        'POST',
        `${base}/record/credentials/${credentialId}/showcase`,
      );
      assert.equal(showcase.status, 200, showcase.raw);
      assert.equal(showcase.body.verificationUrl, read.images[1]?.qr, 'the same link as the certificate');
      const token = showcase.body.verificationUrl.split('/').pop();
      const uuid = (await storedRow(credentialId)).credential_id.replace('urn:uuid:', '');
      assert.equal(showcase.body.badgeImageUrl, `${PUBLIC_URL}/api/share/${token}/badges/${uuid}`);
      const image = await t.app.inject({ method: 'GET', url: `/api/share/${token}/badges/${uuid}` });
      assert.equal(image.statusCode, 200, image.body);
      assert.equal(image.headers['content-type'], 'image/png');
      assert.equal(image.headers['x-content-type-options'], 'nosniff');
      assert.equal(image.headers['cross-origin-resource-policy'], 'cross-origin');
      assert.deepEqual(image.rawPayload, png);

      for (const [url, status] of [
        [`/api/share/${token}/badges/${randomUUID()}`, 404],
        [`/api/share/pws_${'x'.repeat(40)}/badges/${uuid}`, 404],
        [`/api/share/${token}/badges/not-a-uuid`, 400],
      ] as const) {
        const res = await t.app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, status, `${url}: ${res.body}`);
      }

      await giveImage(credentialId, `data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`);
      const svg = await t.app.inject({ method: 'GET', url: `/api/share/${token}/badges/${uuid}` });
      assert.equal(svg.headers['content-type'], 'image/svg+xml');
      assert.equal(svg.headers['content-security-policy'], "default-src 'none'; style-src 'unsafe-inline'");
      assert.equal(svg.headers['x-content-type-options'], 'nosniff');
      const withSvg = await readCertificate((await certificate(owner, credentialId)).rawPayload);
      assert.deepEqual(
        withSvg.alts,
        ['Badge of Field project', 'QR code of the verification address'],
        'an SVG badge is drawn in the PDF as a figure with its alternative text',
      );
      assert.equal(withSvg.images.length, 1, 'drawn as vectors: the only raster image is the QR code');
      assert.match(withSvg.images[0]?.qr ?? '', SHARE_URL);
      // A picture the SVG names by a path of this machine is never read into the PDF.
      const onDisk = join(mkdtempSync(join(tmpdir(), 'pw-cert-')), 'secret.png');
      writeFileSync(onDisk, solidPng(8, 8, [200, 0, 0]));
      const pointing = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="${onDisk}" width="10" height="10"/></svg>`;
      await giveImage(credentialId, `data:image/svg+xml;base64,${Buffer.from(pointing).toString('base64')}`);
      const withPath = await readCertificate((await certificate(owner, credentialId)).rawPayload);
      assert.deepEqual(
        withPath.images.map((i) => [i.width, i.height]),
        [[withPath.images[0]?.width, withPath.images[0]?.width]],
        'only the QR code: the file on disk was not drawn',
      );
      assert.match(withPath.images[0]?.qr ?? '', SHARE_URL);

      const revoked = await call(
        t.app,
        owner,
        'DELETE',
        `${base}/record/share-links/${showcase.body.shareLinkId}`,
      );
      assert.equal(revoked.status, 204, revoked.raw);
      const gone = await t.app.inject({ method: 'GET', url: `/api/share/${token}/badges/${uuid}` });
      assert.equal(gone.statusCode, 410, gone.body);
      assert.match(gone.json().detail ?? gone.body, /revoked/);
    });

    test('LinkedIn’s add-to-profile link carries the credential’s name, issuer, dates, address and id', async () => {
      const showcase = await call(
        t.app,
        owner,
        'POST',
        `${base}/record/credentials/${credentialId}/showcase`,
      );
      assert.equal(showcase.status, 200, showcase.raw);
      assert.match(showcase.body.verificationUrl, SHARE_URL);
      const row = await storedRow(credentialId);
      const link = new URL(showcase.body.linkedInUrl);
      assert.equal(`${link.origin}${link.pathname}`, 'https://www.linkedin.com/profile/add');
      assert.deepEqual(Object.fromEntries(link.searchParams), {
        startTask: 'CERTIFICATION_NAME',
        name: 'Field project',
        organizationName: orgName,
        issueYear: String(row.issued_at.getUTCFullYear()),
        issueMonth: String(row.issued_at.getUTCMonth() + 1),
        expirationYear: String(row.valid_until?.getUTCFullYear()),
        expirationMonth: String((row.valid_until?.getUTCMonth() ?? -1) + 1),
        certUrl: showcase.body.verificationUrl,
        certId: row.credential_id,
      });
      assert.equal(showcase.body.achievementName, 'Field project');
      assert.equal(showcase.body.issuerName, orgName);

      const lasting = await award(owner, 'Lasting project', null);
      const open = await call(t.app, owner, 'POST', `${base}/record/credentials/${lasting}/showcase`);
      const params = new URL(open.body.linkedInUrl).searchParams;
      assert.equal(params.get('name'), 'Lasting project');
      assert.equal(params.has('expirationYear'), false, 'no expiry when the credential has none');
      assert.equal(open.body.badgeImageUrl, null, 'no image, no badge address');
    });

    test('only its own learner: another learner 404, a teacher 403, signed out 401; revoked 409; nothing made', async () => {
      const before = await t.db.kysely.selectFrom('share_links').select('id').execute();
      const showcase = `${base}/record/credentials/${credentialId}/showcase`;
      assert.equal((await certificate(other, credentialId)).statusCode, 404);
      assert.equal((await call(t.app, other, 'POST', showcase)).status, 404);
      assert.equal((await certificate(owner, randomUUID())).statusCode, 404);
      assert.equal((await certificate(teacher, credentialId)).statusCode, 403);
      assert.equal((await certificate(admin, credentialId)).statusCode, 403);
      const anonymous = await t.app.inject({
        method: 'GET',
        url: `${base}/record/credentials/${credentialId}/certificate`,
      });
      assert.equal(anonymous.statusCode, 401);
      const noCsrf = await t.app.inject({ method: 'POST', url: showcase, headers: { cookie: owner.cookie } });
      assert.equal(noCsrf.statusCode, 403);

      const id = await award(owner, 'Revoked project');
      const revoked = await call(t.app, admin, 'POST', `${base}/credentials/${id}/revoke`, {
        reason: 'by mistake',
      });
      assert.equal(revoked.status, 204, revoked.raw);
      const pdf = await certificate(owner, id);
      assert.equal(pdf.statusCode, 409, pdf.body);
      assert.match(pdf.json().detail, /revoked/);
      assert.equal(
        (await call(t.app, owner, 'POST', `${base}/record/credentials/${id}/showcase`)).status,
        409,
      );
      const after = await t.db.kysely.selectFrom('share_links').select('id').execute();
      assert.equal(after.length, before.length, 'no share link made by a refused request');
    });
  });
}
