/** API paths of finding candidates, with consent: the learner's settings and requests, the employer's search. */
export const discoveryPaths = {
  settings: (orgId: string) => `/api/orgs/${orgId}/record/discovery`,
  received: (orgId: string) => `/api/orgs/${orgId}/record/contact-requests`,
  answer: (orgId: string, id: string, answer: 'accept' | 'decline') =>
    `/api/orgs/${orgId}/record/contact-requests/${encodeURIComponent(id)}/${answer}`,
  search: (orgId: string) => `/api/orgs/${orgId}/candidates/search`,
  sent: (orgId: string) => `/api/orgs/${orgId}/contact-requests`,
};

/** A candidate's pseudonym as pages show it: its first 8 hexadecimal digits, enough to tell candidates apart. */
export function shortReference(pseudonym: string): string {
  return pseudonym.slice('cand_'.length, 'cand_'.length + 8);
}
