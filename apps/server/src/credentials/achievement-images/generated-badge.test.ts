import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BADGE_SHAPES } from '@pathwise/contracts';
import { badgeInitials, generateBadgeSvg } from './generated-badge.ts';
import { sanitizeSvg } from './svg-sanitizer.ts';

describe('generated badge designs', () => {
  test('initials: the first two meaningful words, in English and Spanish, digits too', () => {
    assert.equal(badgeInitials('Adding integers'), 'AI');
    assert.equal(badgeInitials('Integer Arithmetic Certificate'), 'IA');
    assert.equal(badgeInitials('Ángulos y rectas'), 'ÁR');
    assert.equal(badgeInitials('The art of proof'), 'AP');
    assert.equal(badgeInitials('Level 2'), 'L2');
    assert.equal(badgeInitials('  algebra  '), 'A');
    assert.equal(badgeInitials('of the'), 'OT', 'only small words: they are used');
    assert.equal(badgeInitials('¿?!'), '?');
  });

  test('the same input draws the same SVG; another name draws another ring', () => {
    const design = { name: 'Adding integers', shape: 'circle' as const, color: '#0f6f80' };
    assert.equal(generateBadgeSvg(design), generateBadgeSvg({ ...design }));
    assert.notEqual(generateBadgeSvg(design), generateBadgeSvg({ ...design, name: 'Adding fractions' }));
  });

  test('the initials read on the colour: white on a dark one, near-black on a light one', () => {
    const ink = (color: string) =>
      /<text[^>]* fill="(#[0-9a-f]{6})"/.exec(generateBadgeSvg({ name: 'Alg', shape: 'circle', color }))?.[1];
    assert.equal(ink('#0f6f80'), '#ffffff');
    assert.equal(ink('#1c3d7a'), '#ffffff');
    assert.equal(ink('#f5c518'), '#111111');
    assert.equal(ink('#ffffff'), '#111111');
  });

  test('a name with markup stays text', () => {
    const svg = generateBadgeSvg({
      name: '<script>alert(1)</script> & co',
      shape: 'shield',
      color: '#0f6f80',
    });
    assert.ok(!svg.includes('<script'), svg);
    assert.match(svg, /<title>&#60;script&#62;alert\(1\)&#60;\/script&#62; &#38; co<\/title>/);
  });

  test('every shape passes the upload sanitizer with its drawing whole', async () => {
    for (const shape of BADGE_SHAPES) {
      const svg = generateBadgeSvg({ name: 'Order of operations', shape, color: '#5f3dc4' });
      const kept = await sanitizeSvg(Buffer.from(svg));
      const count = (text: string, tag: string) => text.split(`<${tag}`).length - 1;
      for (const tag of ['circle', 'polygon', 'path', 'text', 'title'])
        assert.equal(count(kept, tag), count(svg, tag), `${shape}: ${tag}`);
      assert.match(kept, />OO<\/text>/);
    }
  });
});
