import type { Localized } from '../learning/learning-api.ts';

/** A skill as `GET /api/orgs/:orgId/framework` answers it. */
export interface FrameworkSkill {
  id: string;
  framework: string;
  parentId: string | null;
  name: Localized;
  description: Localized;
  /** The skills to master first. */
  prerequisites: string[];
}

export interface FrameworkPathway {
  id: string;
  framework: string;
  name: Localized;
  description: Localized;
  goalSkillIds: string[];
}

export interface Framework {
  skills: FrameworkSkill[];
  pathways: FrameworkPathway[];
}

/** What `PUT …/framework/skills/:skillId` takes. */
export interface SkillInput {
  name: Localized;
  description: Localized;
  parentId: string | null;
  prerequisites: string[];
}

/** What `PUT …/framework/pathways/:pathwayId` takes. */
export interface PathwayInput {
  name: Localized;
  description: Localized;
  goalSkillIds: string[];
}

/** What `POST …/framework/case-import` wrote. */
export interface CaseImportReport {
  framework: string;
  title: string;
  skills: number;
  created: number;
  updated: number;
  prerequisites: number;
  crosswalks: number;
  skipped: { identifier: string; associationType: string; reason: string }[];
  copiedLanguage: boolean;
}

/** API paths of the skills framework. */
export const frameworkPaths = {
  framework: (orgId: string) => `/api/orgs/${orgId}/framework`,
  caseImport: (orgId: string) => `/api/orgs/${orgId}/framework/case-import`,
  /** POST: create only (409 when the id is taken). */
  skills: (orgId: string) => `/api/orgs/${orgId}/framework/skills`,
  pathways: (orgId: string) => `/api/orgs/${orgId}/framework/pathways`,
  /** PUT: create or replace. */
  skill: (orgId: string, skillId: string) =>
    `/api/orgs/${orgId}/framework/skills/${encodeURIComponent(skillId)}`,
  pathway: (orgId: string, pathwayId: string) =>
    `/api/orgs/${orgId}/framework/pathways/${encodeURIComponent(pathwayId)}`,
};

/** Client path of the administrator's framework page. */
export const frameworkPagePath = (orgSlug: string) => `/o/${orgSlug}/framework`;
