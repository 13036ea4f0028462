import type { ImportAttribution } from './import-result.ts';

/** The attribution text of the OATutor / OpenStax Elementary Algebra dataset (from its README). */
export const oatutorAttribution: ImportAttribution = {
  dataset: 'OATutor: OpenStax Elementary Algebra',
  text:
    'Problems adapted from Elementary Algebra 2e by Lynn Marecek, MaryAnne Anthony-Smith and Andrea Honeycutt ' +
    'Mathis, OpenStax (https://openstax.org/details/books/elementary-algebra-2e), licensed CC BY 4.0. Hints, ' +
    'scaffolds and skill tags by the OATutor project, UC Berkeley CAHLR (https://www.oatutor.io, ' +
    'https://github.com/CAHLR/OATutor-Content), licensed CC BY 4.0. Normalised into JSONL for this project ' +
    '(restructured; text unchanged).',
  license: 'CC BY 4.0',
  url: 'https://github.com/CAHLR/OATutor-Content',
};
