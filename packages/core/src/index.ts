export * from './errors/app-error.ts';
export * from './identity/email.ts';
export * from './identity/roles.ts';
