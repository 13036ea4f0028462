import type { EmailVerified, VerificationSent } from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';

/** Server paths of the account page. */
export const accountApi = {
  /** A file download (GET with the session cookie): everything Pathwise holds about the person. */
  exportFile: '/api/me/export',
  /** Deletes the signed-in account; the current password confirms it. */
  deleteAccount: (password: string) => api<void>('DELETE', '/api/me', { password }),
  /** Mails the verification link again (a few times per 15 minutes). */
  resendVerification: () => api<VerificationSent>('POST', '/api/me/email-verification'),
  /** Confirms the address with the token of the mailed link; works signed in or not. */
  verifyEmail: (token: string) => api<EmailVerified>('POST', '/api/auth/verify-email', { token }),
};

/** Client paths of the account pages. */
export const accountPaths = {
  account: '/account',
  /** The page the verification mail links to. */
  verifyEmail: '/verify-email',
  /** Where a deleted account lands: the sign-in page, told why. */
  afterDeletion: '/sign-in?account=deleted',
};
