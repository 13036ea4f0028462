import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { PNG } from 'pngjs';
import {
  addMember,
  buildTestApp,
  createOrg,
  type Session,
  signUp,
  type TestApp,
} from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';
import { dccVerify, fetchFromApp, validateOb3 } from './independent-verifiers-test-kit.ts';
import { VERIFY_BODY_LIMIT } from './verify-routes.ts';

// Achievement images (issue 14): what an administrator may upload, what is refused and why, the generated design,
// who may set one, and the credentials that carry it: the OB 3.0 JSON Schema and the DCC verifier (as in
// independent-checks.test.ts) and our own /api/verify accept them.

/** A real PNG of `side`×`side` pixels: one colour, or noise (which does not compress). */
function png(side: number, noise = false): Buffer {
  const image = new PNG({ width: side, height: side });
  image.data = noise ? randomBytes(side * side * 4) : Buffer.alloc(side * side * 4, 0x80);
  return PNG.sync.write(image);
}

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const svgOf = (body: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64"${attrs}>${body}</svg>`;
const decoded = (src: string) => Buffer.from(src.slice(src.indexOf(',') + 1), 'base64').toString('utf8');

for (const backend of await testBackends()) {
  describe(`achievement images on ${backend.kind}`, () => {
    let t: TestApp;
    let admin: Session;
    let learner: Session;
    let orgId: string;
    let achievementId: string;
    let restoreFetch = () => {};
    const imageUrl = (id = achievementId, org = orgId) => `/api/orgs/${org}/achievements/${id}/image`;
    const upload = (mediaType: string, content: string | Buffer, who = admin) =>
      call(t.app, who, 'PUT', imageUrl(), { mediaType, contentBase64: b64(content) });
    const listed = async () => {
      const list = await call(t.app, admin, 'GET', `/api/orgs/${orgId}/achievements`);
      assert.equal(list.status, 200, list.raw);
      return list.body.achievements.find((a: { id: string }) => a.id === achievementId).image;
    };

    before(async () => {
      t = await buildTestApp(backend);
      admin = await signUp(t.app);
      orgId = await createOrg(t.app, admin, `Badge Images ${backend.kind}`);
      learner = await addMember(t.app, admin, orgId, 'learner');
      const made = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements`, {
        name: 'Field project',
        criteria: { evidence: { required: true } },
      });
      assert.equal(made.status, 201, made.raw);
      achievementId = made.body.id;
      // The DCC verifier fetches the DID document and status list: answered by the app itself, nothing else.
      restoreFetch = fetchFromApp(() => t.app);
    });
    after(async () => {
      restoreFetch();
      await t.close();
    });

    test('an administrator uploads a PNG: kept byte for byte and shown in the list as a data: URI', async () => {
      assert.equal(await listed(), null);
      const picture = png(64);
      const res = await upload('image/png', picture);
      assert.equal(res.status, 200, res.raw);
      assert.equal(res.body.source, 'upload');
      assert.equal(res.body.src, `data:image/png;base64,${b64(picture)}`);
      assert.deepEqual(await listed(), res.body);
      // The public achievement (what a credential's achievement id opens) shows the same image.
      const me = await call(t.app, admin, 'GET', '/api/me');
      const slug = me.body.memberships.find((m: { orgId: string }) => m.orgId === orgId).orgSlug;
      const published = await t.app.inject({
        method: 'GET',
        url: `/api/public/orgs/${slug}/achievements/${achievementId}`,
      });
      assert.equal(published.statusCode, 200, published.body);
      assert.equal(published.json().image, res.body.src);
    });

    test('files that are not what they say, damaged or too large are refused, naming the problem, and nothing is stored', async () => {
      const before = await listed();
      const header = png(16);
      header.writeUInt32BE(100_000, 16); // a small file whose header asks for a 100000-pixel-wide picture
      const cases: [string, string | Buffer, number, string, RegExp][] = [
        ['image/png', 'just some text, renamed photo.png', 400, 'not_png', /not a PNG image/],
        ['image/png', png(32).subarray(0, 60), 400, 'png_damaged', /damaged/],
        ['image/png', header, 400, 'png_dimensions', /100000×16 pixels; each side must be 1 to 2048/],
        ['image/svg+xml', png(16), 400, 'not_svg', /a PNG image, not an SVG/],
        [
          'image/svg+xml',
          '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>',
          400,
          'svg_malformed',
          /well-formed/,
        ],
        ['image/png', png(128, true), 413, 'too_large', /at most 40 KB \(40960 bytes\)/],
      ];
      for (const [mediaType, content, status, problem, message] of cases) {
        const res = await upload(mediaType, content);
        assert.equal(res.status, status, `${problem}: ${res.raw}`);
        assert.equal(res.body.imageProblem, problem);
        assert.match(res.body.detail, message);
        assert.equal(res.body.errors[0].field, 'body/contentBase64');
      }
      assert.deepEqual(await listed(), before, 'the PNG uploaded before is still the image');
    });

    test('a 50 MB upload is refused by its size before it is read', async () => {
      const res = await t.app.inject({
        method: 'PUT',
        url: imageUrl(),
        headers: { ...admin.headers, 'content-type': 'application/json' },
        payload: JSON.stringify({ mediaType: 'image/png', contentBase64: 'A'.repeat(50 * 1024 * 1024) }),
      });
      assert.equal(res.statusCode, 413, res.body);
      assert.equal(res.json().code, 'payload_too_large');
      assert.match(res.json().detail, /The image is about 37\.5 MB; .* at most 40 KB/);
    });

    test('an SVG with a script, an event handler, an outside link or a javascript: address is refused, saying which', async () => {
      const before = await listed();
      const cases: [string, string, string | undefined][] = [
        [svgOf('<script>alert(document.cookie)</script><circle r="9"/>'), 'svg_script', undefined],
        [svgOf('<circle r="9"/>', ' onload="alert(1)"'), 'svg_event_handler', 'onload'],
        [
          svgOf('<image xlink:href="https://tracker.example/p.png"/>'),
          'svg_external_reference',
          'https://tracker.example/p.png',
        ],
        [svgOf('<a href="java&#x09;script:alert(1)"><text>x</text></a>'), 'svg_javascript_url', 'href'],
        [
          svgOf('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject>'),
          'svg_foreign_object',
          undefined,
        ],
        [svgOf('<style>@import url(https://x.example/a.css);</style>'), 'svg_external_reference', '@import'],
        [
          svgOf('<rect filter="url(https://x.example/f.svg#f)"/>'),
          'svg_external_reference',
          'https://x.example/f.svg#f',
        ],
        [`<!DOCTYPE svg [<!ENTITY lol "lol">]>${svgOf('<text>&lol;</text>')}`, 'svg_doctype', undefined],
      ];
      for (const [svg, problem, found] of cases) {
        const res = await upload('image/svg+xml', svg);
        assert.equal(res.status, 400, `${problem}: ${res.raw}`);
        assert.equal(res.body.imageProblem, problem, res.raw);
        assert.equal(res.body.found, found);
      }
      assert.deepEqual(await listed(), before);
    });

    test('an inert SVG is kept, sanitized: comments, metadata and editor attributes go, the drawing stays', async () => {
      const svg = `<?xml version="1.0"?><!-- exported -->${svgOf(
        '<metadata><x xmlns="urn:x">secret</x></metadata><defs><linearGradient id="g"><stop offset="0" stop-color="#0f6f80"/></linearGradient></defs>' +
          '<circle id="c" cx="32" cy="32" r="30" fill="url(#g)" ink:label="layer"/><use xlink:href="#c"/><text x="8" y="40">A &amp; B</text>',
        ' xmlns:ink="http://www.inkscape.org/namespaces/inkscape"',
      )}`;
      const res = await upload('image/svg+xml', svg);
      assert.equal(res.status, 200, res.raw);
      assert.equal(res.body.mediaType, 'image/svg+xml');
      const kept = decoded(res.body.src);
      assert.match(kept, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      for (const gone of ['exported', 'secret', 'ink:label', 'inkscape'])
        assert.ok(!kept.includes(gone), gone);
      for (const stays of [
        'viewBox="0 0 64 64"',
        '<linearGradient id="g">',
        'fill="url(#g)"',
        'xlink:href="#c"',
        'A &amp; B',
      ])
        assert.ok(kept.includes(stays), stays);
    });

    test('a generated design: the shape in the colour with the initials, the same every time, following the name', async () => {
      const res = await call(t.app, admin, 'PUT', `${imageUrl()}/design`, {
        shape: 'shield',
        color: '#1C3D7A',
      });
      assert.equal(res.status, 200, res.raw);
      assert.equal(res.body.source, 'generated');
      assert.deepEqual(res.body.design, { shape: 'shield', color: '#1c3d7a' });
      assert.match(res.body.src, /^data:image\/svg\+xml;base64,/);
      const svg = decoded(res.body.src);
      assert.match(svg, /fill="#1c3d7a"/);
      assert.match(svg, />FP<\/text>/);
      assert.doesNotMatch(svg, /script|href|on\w+=/i);
      const again = await call(t.app, admin, 'PUT', `${imageUrl()}/design`, {
        shape: 'shield',
        color: '#1c3d7a',
      });
      assert.equal(again.body.src, res.body.src, 'deterministic');
      const renamed = await call(t.app, admin, 'PUT', `/api/orgs/${orgId}/achievements/${achievementId}`, {
        name: 'Survey project',
        criteria: { evidence: { required: true } },
      });
      assert.equal(renamed.status, 200, renamed.raw);
      assert.match(decoded((await listed()).src), />SP<\/text>/);
      const defaults = await call(t.app, admin, 'PUT', `${imageUrl()}/design`, {});
      assert.deepEqual(defaults.body.design, { shape: 'circle', color: '#0f6f80' });
      const bad = await call(t.app, admin, 'PUT', `${imageUrl()}/design`, { color: 'red' });
      assert.equal(bad.status, 400, bad.raw);
      assert.equal(bad.body.errors[0].field, 'body/color');
    });

    test('only administrators of the organization set or remove an image: others 403, other organizations 404', async () => {
      const teacher = await addMember(t.app, admin, orgId, 'teacher');
      const employer = await addMember(t.app, admin, orgId, 'employer');
      const before = await listed();
      for (const who of [learner, teacher, employer]) {
        assert.equal((await upload('image/png', png(16), who)).status, 403);
        assert.equal((await call(t.app, who, 'PUT', `${imageUrl()}/design`, {})).status, 403);
        assert.equal((await call(t.app, who, 'DELETE', imageUrl())).status, 403);
      }
      const otherAdmin = await signUp(t.app);
      const otherOrg = await createOrg(t.app, otherAdmin, `Other School ${backend.kind}`);
      const theirs = await call(t.app, otherAdmin, 'POST', `/api/orgs/${otherOrg}/achievements`, {
        name: 'Theirs',
        criteria: {},
      });
      // Their administrator cannot reach ours, and ours cannot reach theirs through our organization.
      const foreign = await call(t.app, otherAdmin, 'PUT', `${imageUrl()}/design`, {});
      assert.equal(foreign.status, 404, foreign.raw);
      const crossed = await call(t.app, admin, 'PUT', `${imageUrl(theirs.body.id)}/design`, {});
      assert.equal(crossed.status, 404, crossed.raw);
      assert.equal(crossed.body.detail, 'No such achievement');
      assert.equal((await call(t.app, admin, 'DELETE', imageUrl(theirs.body.id))).status, 404);
      assert.deepEqual(await listed(), before);
    });

    /** The credential file of a new award (to a new learner: one holds an achievement once). */
    async function awardAndFetch(name: string) {
      const holder = await addMember(t.app, admin, orgId, 'learner');
      const res = await call(
        t.app,
        admin,
        'POST',
        `/api/orgs/${orgId}/achievements/${achievementId}/awards`,
        {
          learnerId: holder.userId,
          narrative: `Shown in class: ${name}`,
        },
      );
      assert.equal(res.status, 201, res.raw);
      const file = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/credentials/${res.body.awarded.id}/file`,
        headers: holder.headers,
      });
      return file.json();
    }

    async function assertVerifies(credential: Record<string, unknown>) {
      assert.ok(validateOb3(credential), JSON.stringify(validateOb3.errors));
      const dcc = await dccVerify(credential as never);
      assert.equal(dcc.errors, undefined, JSON.stringify(dcc.errors));
      assert.equal(dcc.log?.find((s) => s.id === 'valid_signature')?.valid, true);
      const ours = await t.app.inject({ method: 'POST', url: '/api/verify', payload: credential });
      assert.equal(ours.statusCode, 200, ours.body);
      assert.equal(ours.json().verified, true, ours.body);
    }

    test('credentials issued after an image is set carry it, signed, and verify independently', async () => {
      const generated = await call(t.app, admin, 'PUT', `${imageUrl()}/design`, { shape: 'hexagon' });
      const withSvg = await awardAndFetch('generated');
      const image = withSvg.credentialSubject.achievement.image;
      assert.deepEqual(image, { id: generated.body.src, type: 'Image', caption: 'Survey project' });
      await assertVerifies(withSvg);
      const tampered = structuredClone(withSvg);
      tampered.credentialSubject.achievement.image.id = `data:image/png;base64,${b64(png(8))}`;
      const refused = await t.app.inject({ method: 'POST', url: '/api/verify', payload: tampered });
      assert.equal(refused.json().verified, false, 'the image is inside what is signed');

      // The largest PNG the upload takes still leaves the credential small enough for POST /api/verify.
      let side = 90;
      let largest = png(side, true);
      while (png(side + 1, true).length <= 40 * 1024) largest = png(++side, true);
      assert.ok(largest.length > 38 * 1024, `${largest.length}`);
      const uploaded = await upload('image/png', largest);
      assert.equal(uploaded.status, 200, uploaded.raw);
      const withPng = await awardAndFetch('uploaded');
      assert.equal(withPng.credentialSubject.achievement.image.id, `data:image/png;base64,${b64(largest)}`);
      assert.ok(JSON.stringify(withPng).length < VERIFY_BODY_LIMIT, `${JSON.stringify(withPng).length}`);
      await assertVerifies(withPng);

      const removed = await call(t.app, admin, 'DELETE', imageUrl());
      assert.equal(removed.status, 204, removed.raw);
      assert.equal(await listed(), null);
      const without = await awardAndFetch('none');
      assert.equal(without.credentialSubject.achievement.image, undefined);
    });
  });
}
