import type {
  JobProfile,
  JobProfileBody,
  OccupationPreview,
  OccupationSearchResult,
  ProfileSkillChoices,
} from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';

/** The occupational frameworks by their own names (not translated). */
export const SOURCE_NAMES = { onet: 'O*NET', esco: 'ESCO' } as const;
export type OccupationSource = keyof typeof SOURCE_NAMES;

/** API paths of the job profile pages. */
export const jobProfilePaths = {
  profiles: (orgId: string) => `/api/orgs/${orgId}/job-profiles`,
  frameworkSkills: (orgId: string) => `/api/orgs/${orgId}/job-profiles/framework-skills`,
  search: (orgId: string, q: string, source: OccupationSource) =>
    `/api/orgs/${orgId}/occupations?${new URLSearchParams({ q, source })}`,
  occupation: (orgId: string, source: OccupationSource, code: string) =>
    `/api/orgs/${orgId}/occupations/${source}/${encodeURIComponent(code)}`,
};

/** The server calls of the occupation builder (a test passes its own). */
export interface OccupationsApi {
  search(orgId: string, q: string, source: OccupationSource): Promise<OccupationSearchResult>;
  preview(orgId: string, source: OccupationSource, code: string): Promise<OccupationPreview>;
  save(orgId: string, body: JobProfileBody): Promise<JobProfile>;
}

export const occupationsApi: OccupationsApi = {
  search: (orgId, q, source) => api('GET', jobProfilePaths.search(orgId, q, source)),
  preview: (orgId, source, code) => api('GET', jobProfilePaths.occupation(orgId, source, code)),
  save: (orgId, body) => api('POST', jobProfilePaths.profiles(orgId), body),
};

/** The framework skills to choose from by hand. */
export type FrameworkSkillChoice = ProfileSkillChoices['skills'][number];
