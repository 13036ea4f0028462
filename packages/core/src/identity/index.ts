export * from './audit-actions.ts';
export * from './email.ts';
export * from './locales.ts';
export * from './organization-settings.ts';
export * from './roles.ts';
export * from './slugify.ts';
