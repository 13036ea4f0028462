export { buildApp } from './app.ts';
export { type Config, ConfigError, loadConfig } from './config.ts';
export { DEMO_ACCOUNTS, DEMO_ORG_SLUG, seedDemo } from './demo/seed-demo.ts';
export { createOrganizationFor } from './identity/create-organization.ts';
export { hashPassword, verifyPassword } from './identity/password.ts';
export { assertNewPassword, judgeNewPassword } from './identity/password-strength.ts';
export { hashToken, newSecretToken } from './identity/secret-token.ts';
export { startBanner, startServer } from './server.ts';
export type { App, AppContext } from './types.ts';
