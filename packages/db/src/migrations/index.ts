import type { Migration } from 'kysely';
import * as m0001 from './0001-identity.ts';
import * as m0002 from './0002-xapi-statements.ts';
import * as m0003 from './0003-learning.ts';
import * as m0004 from './0004-xapi-documents.ts';
import * as m0005 from './0005-classes-analytics.ts';
import * as m0006 from './0006-credentials.ts';
import * as m0007 from './0007-skill-crosswalks.ts';
import * as m0008 from './0008-content-imports.ts';
import * as m0009 from './0009-email-verification.ts';
import * as m0010 from './0010-class-access.ts';
import * as m0011 from './0011-credential-superseded.ts';
import * as m0013 from './0013-org-creation-codes.ts';
import * as m0014 from './0014-pathway-drafts.ts';

/**
 * Every migration, in order. Names are `NNNN-name`; Kysely runs them sorted by name, each in a transaction.
 * NOTE: a static list rather than a folder scan, so that the same code runs under tsx, bundlers and tests.
 */
export const migrations: Record<string, Migration> = {
  '0001-identity': m0001,
  '0002-xapi-statements': m0002,
  '0003-learning': m0003,
  '0004-xapi-documents': m0004,
  '0005-classes-analytics': m0005,
  '0006-credentials': m0006,
  '0007-skill-crosswalks': m0007,
  '0008-content-imports': m0008,
  '0009-email-verification': m0009,
  '0010-class-access': m0010,
  '0011-credential-superseded': m0011,
  '0013-org-creation-codes': m0013,
  '0014-pathway-drafts': m0014,
};
