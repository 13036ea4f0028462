import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The long journeys (`*.journey.ts`) alone: one browser test that walks a whole role's work, minutes long. `npm test`
 * runs them with the specs; `npm run test:e2e:journey` runs only them, without retries.
 */
export default defineConfig({ ...base, testMatch: '**/*.journey.ts', retries: 0 });
