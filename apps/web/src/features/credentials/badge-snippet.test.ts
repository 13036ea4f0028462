import { describe, expect, it } from 'vitest';
import { badgeSnippet } from './badge-snippet.ts';

describe('badgeSnippet', () => {
  it('links the verification address around the badge image, described by its alt text', () => {
    expect(
      badgeSnippet({
        verificationUrl: 'https://pw.example/verify/share/pws_abc',
        imageUrl: 'https://pw.example/api/share/pws_abc/badges/0b6c',
        alt: 'Verified credential: Adding integers, issued by Demo School',
        text: 'unused',
      }),
    ).toBe(
      '<a href="https://pw.example/verify/share/pws_abc"><img src="https://pw.example/api/share/pws_abc/badges/0b6c" alt="Verified credential: Adding integers, issued by Demo School" width="120" height="120"></a>',
    );
  });

  it('escapes every value, so a name cannot become markup', () => {
    const html = badgeSnippet({
      verificationUrl: 'https://pw.example/verify/share/pws_abc',
      imageUrl: 'https://pw.example/x"onerror="alert(1)',
      alt: '"><script>alert(1)</script>',
      text: '',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"onerror');
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('without an image, the link holds text', () => {
    expect(
      badgeSnippet({
        verificationUrl: 'https://pw.example/v',
        imageUrl: null,
        alt: 'x',
        text: 'Verified: A & B',
      }),
    ).toBe('<a href="https://pw.example/v">Verified: A &amp; B</a>');
  });
});
