export type {
  CaseImportReport,
  Framework,
  FrameworkPathway,
  FrameworkPathwayInput as PathwayInput,
  FrameworkSkill,
  FrameworkSkillInput as SkillInput,
} from '@pathwise/contracts';

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
