import { api } from '../../api/api-client.ts';

/** Server paths of the account page. */
export const accountApi = {
  /** A file download (GET with the session cookie): everything Pathwise holds about the person. */
  exportFile: '/api/me/export',
  /** Deletes the signed-in account; the current password confirms it. */
  deleteAccount: (password: string) => api<void>('DELETE', '/api/me', { password }),
};

/** Client paths of the account pages. */
export const accountPaths = {
  account: '/account',
  /** Where a deleted account lands: the sign-in page, told why. */
  afterDeletion: '/sign-in?account=deleted',
};
