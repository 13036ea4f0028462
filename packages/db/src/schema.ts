/**
 * Every table Pathwise keeps, as Kysely sees them: one file per area under `schema/`, composed here.
 */

import type { AssignmentsTables } from './schema/assignments.ts';
import type { ClassesAnalyticsTables } from './schema/classes-analytics.ts';
import type { ContentImportsTables } from './schema/content-imports.ts';
import type { CredentialsTables } from './schema/credentials.ts';
import type { DiscoveryTables } from './schema/discovery.ts';
import type { IdentityTables } from './schema/identity.ts';
import type { LearningTables } from './schema/learning.ts';
import type { LessonsTables } from './schema/lessons.ts';
import type { MessagesTables } from './schema/messages.ts';
import type { ProjectsTables } from './schema/projects.ts';
import type { PublicProfilesTables } from './schema/public-profiles.ts';
import type { XapiTables } from './schema/xapi.ts';

export * from './schema/assignments.ts';
export * from './schema/classes-analytics.ts';
export * from './schema/content-imports.ts';
export * from './schema/credentials.ts';
export * from './schema/discovery.ts';
export * from './schema/identity.ts';
export * from './schema/learning.ts';
export * from './schema/lessons.ts';
export * from './schema/messages.ts';
export * from './schema/projects.ts';
export * from './schema/public-profiles.ts';
export * from './schema/xapi.ts';

/** Every table Pathwise keeps. */
export interface Database
  extends IdentityTables,
    XapiTables,
    LearningTables,
    ClassesAnalyticsTables,
    CredentialsTables,
    DiscoveryTables,
    ContentImportsTables,
    MessagesTables,
    AssignmentsTables,
    LessonsTables,
    ProjectsTables,
    PublicProfilesTables {}
