/** The URL of the CLR 2.0 JSON-LD context that a `ClrCredential` names second in its `@context`. */
export const CLR_CONTEXT_URL = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

/**
 * The CLR 2.0 JSON-LD context document published by 1EdTech at {@link CLR_CONTEXT_URL}, so that a record is
 * signed and verified offline (no npm package ships it, unlike the VC and OB 3.0 contexts).
 *
 * NOTE: it must be the published document term for term: a "close enough" context changes the canonical RDF and
 * breaks the signature for every verifier that loads the real one. This copy was taken from a third-party
 * library that ships it verbatim, not from the purl itself (no network here): compare it once with the live URL.
 */
export const CLR_CONTEXT = {
  '@context': {
    id: '@id',
    type: '@type',
    ClrCredential: {
      '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrCredential',
      '@context': {
        id: '@id',
        type: '@type',
        partial: {
          '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#partial',
          '@type': 'xsd:boolean',
        },
      },
    },
    ClrSubject: {
      '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrSubject',
      '@context': {
        id: '@id',
        type: '@type',
        cred: 'https://www.w3.org/2018/credentials#',
        obi: 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#',
        achievement: {
          '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#achievement',
          '@type': 'obi:Achievement',
          '@container': '@set',
        },
        association: {
          '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#association',
          '@type': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#Association',
          '@container': '@set',
        },
        verifiableCredential: {
          '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#verifiableCredential',
          '@type': 'cred:verifiableCredential',
          '@container': '@set',
        },
        identifier: {
          '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#identifier-1',
          '@type': 'obi:Identifier',
          '@container': '@set',
        },
      },
    },
    Association: {
      '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#Association',
      '@context': {
        associationType: { '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#AssociationType' },
        sourceId: {
          '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#sourceId',
          '@type': 'xsd:anyURI',
        },
        targetId: {
          '@id': 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#targetId',
          '@type': 'xsd:anyURI',
        },
      },
    },
  },
} as const;
